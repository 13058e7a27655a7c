package main

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDemoSignIn runs the demo and signs in to its web UI as demo/demo.
func TestDemoSignIn(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"demo", "--data", t.TempDir(), "--http", "127.0.0.1:0", "--log-format", "json"},
			strings.NewReader(""), io.Discard, &stderr, nil)
	}()
	defer func() {
		cancel()
		<-done
	}()
	urlRe := regexp.MustCompile(`Web UI\s+(http://127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(30 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if m := urlRe.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatalf("demo did not print its URL:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), `Sign in       user "demo", password "demo"`) {
		t.Fatalf("demo did not print the sign-in:\n%s", stderr.String())
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	resp, err := c.Get(base + "/login")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(page)
	if m == nil {
		t.Fatalf("no csrf on the login page:\n%s", page)
	}
	resp, err = c.PostForm(base+"/login", url.Values{"username": {"demo"}, "password": {"demo"}, "csrf": {string(m[1])}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "受信一覧") || !strings.Contains(string(body), "demo（管理者）") {
		t.Fatalf("after sign-in: %d\n%.500s", resp.StatusCode, body)
	}
}
