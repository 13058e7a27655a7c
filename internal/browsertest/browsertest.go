// Package browsertest runs the end-to-end tests of the staff UI's pages in
// Debian's Chromium, headless, driven with chromedp: it finds the browser
// (or skips the test), starts it with a fresh profile, and saves
// screenshots where the README says they are.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Chromium returns the browser to drive: $MADOGUCHI_CHROMIUM,
// /usr/bin/chromium, or chromium on the PATH. Without one the test is
// skipped with a message (scripts/ci-chromium.sh installs it).
func Chromium(t testing.TB) string {
	t.Helper()
	for _, p := range []string{os.Getenv("MADOGUCHI_CHROMIUM"), "/usr/bin/chromium"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	t.Skip("no Chromium (set MADOGUCHI_CHROMIUM or run scripts/ci-chromium.sh): browser test skipped")
	return ""
}

// New starts a headless Chromium with a fresh profile and a window of
// width × height pixels, and returns its context, which ends after
// 90 seconds or with the test.
func New(t testing.TB, width, height int) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	return ctx
}

// LoadAfter runs trigger (a click, a navigation) and waits until the page
// it leads to has loaded.
func LoadAfter[T any](t testing.TB, ctx context.Context, what string, trigger chromedp.Action[T]) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, trigger)); err != nil {
		t.Fatalf("browser: %s: %v", what, err)
	}
}

// SignIn opens url, which sends the browser to the sign-in page, signs in
// as user and waits for the page it returns to.
func SignIn(t testing.TB, ctx context.Context, url, user, password string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.ID("username")),
		chromedp.SendKeys(chromedp.ID("username"), user),
		chromedp.SendKeys(chromedp.ID("password"), password),
	)
	if err != nil {
		t.Fatalf("browser: sign-in form: %v", err)
	}
	LoadAfter(t, ctx, "sign in", chromedp.Click(chromedp.ID("login")))
}

// ScreenshotDir is where the browser tests write screenshots:
// $MADOGUCHI_SCREENSHOTS, or screenshots/ at the repository root.
func ScreenshotDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("MADOGUCHI_SCREENSHOTS")
	if dir == "" {
		root, err := repoRoot()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// SaveScreenshot writes a PNG into ScreenshotDir as name and returns its
// path.
func SaveScreenshot(t testing.TB, name string, png []byte) string {
	t.Helper()
	if len(png) < 8 || string(png[1:4]) != "PNG" {
		t.Fatalf("screenshot %s is not a PNG", name)
	}
	path := filepath.Join(ScreenshotDir(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s (%d bytes)", path, len(png))
	return path
}

// repoRoot is the nearest directory above the working directory (a test's
// package directory) that holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("browsertest: no go.mod above the working directory: %w", os.ErrNotExist)
		}
		dir = parent
	}
}
