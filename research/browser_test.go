package research

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// chromium returns the browser to drive, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("MADOGUCHI_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("no Chromium (set MADOGUCHI_CHROMIUM or install Debian's chromium): browser test skipped")
	return ""
}

// TestDashboardInBrowser opens the dashboard in headless Chromium, checks
// that both maps show the 47 prefectures and that the tables are there, and
// saves a screenshot (into $MADOGUCHI_SCREENSHOTS, or screenshots/ at the repository root).
func TestDashboardInBrowser(t *testing.T) {
	exe := chromium(t)
	st := storetest.Open(t, store.SQLite)
	seed(t, st, 600, 11)
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	h := &Handler{Dashboard: &Dashboard{Store: st, Vocab: vocab.Load()}, Renderer: r, Log: discard(), Base: "/research"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /research", h.Page)
	mux.HandleFunc("GET /research/{name}", h.CSV)
	mux.HandleFunc("GET /research/dashboard.css", h.Style)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1280, 1000))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/research?from=2026-01-01&to=2026-12-31"),
		chromedp.WaitVisible(chromedp.CSS(`#fig-prefectures svg.tilemap`)),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	prefs, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('svg.tilemap g.pref').length`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	tables, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('table.figures').length`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	display, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('.research .charts')).display`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if display != "flex" {
		t.Errorf("charts are laid out as %q: the stylesheet did not load", display)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("browser: screenshot: %v", err)
	}
	maps, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(`#fig-prefectures .charts`)))
	if err != nil {
		t.Fatalf("browser: screenshot of the maps: %v", err)
	}
	if prefs != 2*47 {
		t.Errorf("%d prefecture tiles on the page, want 94 (two maps of 47)", prefs)
	}
	if tables != 4 {
		t.Errorf("%d tables, want 4 (the campaign table has no source here)", tables)
	}
	if title != "調査研究 — 窓口" {
		t.Errorf("title %q", title)
	}
	if len(shot) < 10000 {
		t.Errorf("screenshot of %d bytes: the page looks empty", len(shot))
	}
	dir := os.Getenv("MADOGUCHI_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("..", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, img := range map[string][]byte{"research-dashboard.png": shot, "research-maps.png": maps} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, img, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}
}
