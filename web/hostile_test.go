package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/store"
)

// hostileMail carries what mail can throw at the staff: script in text and
// HTML, javascript: links, event handlers, remote images, CSS overlays, a
// huge line, a right-to-left override, a homoglyph sender name and an HTML
// attachment.
var hostileMail = "From: =?UTF-8?B?" + b64("Mісrоsоft Suppоrt \u202Egpj.exe") + "?= <attacker@evil.example>\r\n" +
	"To: md@md2-rm.example.org\r\n" +
	"Subject: <script>alert('subject')</script>\r\n" +
	"Message-ID: <hostile-1@evil.example>\r\n" +
	"MIME-Version: 1.0\r\n" +
	"Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n" +
	"--outer\r\n" +
	"Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n" +
	"--alt\r\n" +
	"Content-Type: text/plain; charset=UTF-8\r\n\r\n" +
	"<script>document.title='pwned'</script>\r\n" +
	"<img src=x onerror=alert(1)>\r\n" +
	"invoice\u202Efdp.exe\r\n" +
	strings.Repeat("A", 300000) + "\r\n" +
	"--alt\r\n" +
	"Content-Type: text/html; charset=UTF-8\r\n\r\n" +
	"<html><head><style>body{background:url(https://tracker.evil.example/bg.png)}</style>" +
	"<script>parent.document.body.innerHTML='pwned'</script></head><body>" +
	"<p onclick=\"alert(2)\">hello</p><a href=\"javascript:alert(3)\">click</a>" +
	"<img src=\"https://tracker.evil.example/pixel.gif\" onerror=\"alert(4)\">" +
	"<div style=\"position:fixed;top:0;left:0;width:100%;height:100%;background:red\">overlay</div>" +
	"<iframe src=\"https://evil.example/\"></iframe><form action=\"https://evil.example/\"><input name=p></form>" +
	"<svg onload=alert(5)></svg><a href=\"https://example.jp/ok\">ok link</a></body></html>\r\n" +
	"--alt--\r\n" +
	"--outer\r\n" +
	"Content-Type: text/html; name=\"evil.html\"\r\n" +
	"Content-Disposition: attachment; filename=\"../../evil.html\"\r\n\r\n" +
	"<script>alert(6)</script>\r\n" +
	"--outer--\r\n"

func TestHostileMailRenderedSafely(t *testing.T) {
	f := newFixture(t, store.SQLite)
	id := f.addLead(doctor("<script>alert('name')</script>", "島根県", "内科"), hostileMail, time.Now())
	staff := f.signIn(f.staff)

	for _, path := range []string{fmt.Sprintf("/leads/%d", id), "/mail/1", "/"} {
		rec := staff.get(path)
		body := rec.Body.String()
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d", path, rec.Code)
		}
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'none'") {
			t.Fatalf("%s: CSP %q", path, csp)
		}
		for _, bad := range []string{"<script>", "<img src=x", "\u202E"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: page contains %q unescaped", path, bad)
			}
		}
		if strings.Contains(body, "<script") {
			t.Errorf("%s: a script element is on the page", path)
		}
	}
	page := staff.get(fmt.Sprintf("/leads/%d", id)).Body.String()
	for _, want := range []string{
		"&lt;script&gt;document.title=",                         // text shown, escaped
		"[U&#43;202E]",                                          // the override made visible (+ is escaped)
		"紛らわしい差出人名",                                             // homoglyph warning
		`sandbox="allow-popups allow-popups-to-escape-sandbox"`, // the frame runs nothing
		`href="/mail/1/attachments/0" download`,
		"長いため一部のみ表示",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("lead page lacks %q", want)
		}
	}

	rec := staff.get("/mail/1/html")
	frame := rec.Body.String()
	if rec.Code != http.StatusOK {
		t.Fatalf("frame: %d", rec.Code)
	}
	fcsp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "img-src data:", "sandbox", "frame-ancestors 'self'"} {
		if !strings.Contains(fcsp, want) {
			t.Errorf("frame CSP %q lacks %q", fcsp, want)
		}
	}
	if strings.Contains(fcsp, "allow-scripts") || strings.Contains(fcsp, "allow-same-origin") {
		t.Errorf("frame CSP lets scripts run: %q", fcsp)
	}
	for _, bad := range []string{"<script", "javascript:", "onclick", "onerror", "onload", "<style", "style=", "<iframe", "<form", "<svg"} {
		if strings.Contains(strings.ToLower(frame), bad) {
			t.Errorf("sanitised HTML contains %q", bad)
		}
	}
	if !strings.Contains(frame, `href="https://example.jp/ok"`) || !strings.Contains(frame, "hello") {
		t.Errorf("sanitiser removed harmless content: %s", frame)
	}

	att := staff.get("/mail/1/attachments/0")
	if att.Header().Get("Content-Type") != "application/octet-stream" ||
		!strings.HasPrefix(att.Header().Get("Content-Disposition"), "attachment") ||
		strings.Contains(att.Header().Get("Content-Disposition"), "..") {
		t.Errorf("attachment headers %v", att.Header())
	}
	raw := staff.get("/mail/1/raw")
	if raw.Body.String() != hostileMail || !strings.HasPrefix(raw.Header().Get("Content-Disposition"), "attachment") {
		t.Error("raw download differs or is inline")
	}
}

func TestSafeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"普通の文", "普通の文"},
		{"a\u202Eb", "a[U+202E]b"},
		{"x\u2066y\u2069", "x[U+2066]y[U+2069]"},
		{"zero\u200Bwidth", "zero[U+200B]width"},
	}
	for _, tt := range tests {
		if got := safeText(tt.in); got != tt.want {
			t.Errorf("safeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	names := []struct {
		name string
		want bool
	}{
		{"山田 太郎", false},
		{"Microsoft Support", false},
		{"Mісrоsоft", true}, // Cyrillic і, с, о
		{"Support\u202E", true},
		{"Ωμέγα", false},
	}
	for _, tt := range names {
		if got := suspiciousName(tt.name); got != tt.want {
			t.Errorf("suspiciousName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
