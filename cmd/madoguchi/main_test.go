package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func runCLI(t *testing.T, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb, env)
	return code, out.String(), errb.String()
}

func TestBrokenConfigNamesEveryKey(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(cfg, []byte("[db]\ndriver = \"mysql\"\n[smtp]\naddr = \"127.0.0.1:25\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, nil, "serve", "--config", cfg, "--data", dir)
	if code == 0 {
		t.Fatal("serve with a broken configuration exited 0")
	}
	for _, key := range []string{"db.driver", "smtp.from"} {
		if !strings.Contains(stderr, key) {
			t.Errorf("stderr does not name %s:\n%s", key, stderr)
		}
	}
}

func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands() {
		code, _, stderr := runCLI(t, nil, c.name, "--help")
		if code != 0 || !strings.Contains(stderr, "Usage: madoguchi "+c.name) {
			t.Errorf("%s --help: exit %d, stderr %q", c.name, code, stderr)
		}
	}
	if code, _, _ := runCLI(t, nil, "no-such-command"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
}

func TestMigrateIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	code, out, stderr := runCLI(t, nil, "migrate", "--data", dir)
	if code != 0 || !strings.Contains(out, "applied") {
		t.Fatalf("first migrate: exit %d, %s %s", code, out, stderr)
	}
	code, out, _ = runCLI(t, nil, "migrate", "--data", dir)
	if code != 0 || !strings.Contains(out, "up to date") {
		t.Fatalf("second migrate: exit %d, %s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "madoguchi.db")); err != nil {
		t.Fatal(err)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, nil, "version")
	if code != 0 || !strings.HasPrefix(out, "madoguchi ") {
		t.Fatalf("version: exit %d, %q", code, out)
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeAnswersHealthAndMetrics(t *testing.T) {
	dir := t.TempDir()
	env := []string{"MADOGUCHI_SMTP_FROM=md@md2-rm.example.org", "MADOGUCHI_SMTP_ADDR=127.0.0.1:2525"}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--data", dir, "--http", "127.0.0.1:0", "--log-format", "json"},
			strings.NewReader(""), io.Discard, &stderr, env)
	}()
	addrRe := regexp.MustCompile(`"msg":"web server listening","addr":"([^"]+)"`)
	var addr string
	for deadline := time.Now().Add(20 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addrRe.FindStringSubmatch(stderr.String()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		cancel()
		t.Fatalf("serve did not start:\n%s", stderr.String())
	}
	for path, want := range map[string]string{"/healthz": `"status":"ok"`, "/metrics": `madoguchi_jobs{state="queued"}`} {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d, body lacks %q", path, resp.StatusCode, want)
		}
	}
	code, out, _ := runCLI(t, nil, "healthcheck", "--url", "http://"+addr+"/healthz")
	if code != 0 || !strings.Contains(out, "healthy") {
		t.Errorf("healthcheck: exit %d %q", code, out)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve exited %d after interrupt:\n%s", code, stderr.String())
	}
}
