package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/outreach"
	"github.com/md2-rm/madoguchi/store"
)

// publicRoutes are the only patterns served without a session.
var publicRoutes = map[string]bool{
	"GET /healthz":                true,
	"GET /metrics":                true,
	"GET /static/":                true,
	"GET /login":                  true,
	"POST /login":                 true,
	"GET /research/dashboard.css": true,
	outreach.UnsubscribePattern:   true,
}

var wildcard = regexp.MustCompile(`\{[^}]*\}`)

// TestEveryRouteNeedsItsRole builds the web server as serve does, with every
// package's pages mounted, and checks each registered route: without a
// session it sends the browser to the sign-in page (GET) or refuses (other
// methods); admin routes refuse staff; forms refuse a request without the
// CSRF token; and only the routes listed in publicRoutes run without a
// session, so a page mounted without the checks fails here.
func TestEveryRouteNeedsItsRole(t *testing.T) {
	ctx := context.Background()
	a := &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, dataDir: t.TempDir(),
		environ: []string{"MADOGUCHI_SMTP_FROM=md@md2-rm.example.org", "MADOGUCHI_SMTP_ADDR=127.0.0.1:2525"}}
	cfg, err := a.config(false)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := a.newRuntime(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer rt.store.Close()
	session := func(role string) (token, csrf string) {
		u, err := rt.store.CreateUser(ctx, "u-"+role, "pass-"+role+"-1", role)
		if err != nil {
			t.Fatal(err)
		}
		token, s, err := rt.store.CreateSession(ctx, u.ID, "127.0.0.1", "test", time.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		return token, s.CSRFToken
	}
	staffToken, staffCSRF := session(store.RoleStaff)
	adminToken, _ := session(store.RoleAdmin)
	do := func(method, path, token, csrf string) *httptest.ResponseRecorder {
		form := url.Values{}
		if csrf != "" {
			form.Set("csrf", csrf)
		}
		req := httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
		req.RemoteAddr = "127.0.0.1:5555"
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if token != "" {
			req.AddCookie(&http.Cookie{Name: "madoguchi_session", Value: token})
		}
		rec := httptest.NewRecorder()
		rt.web.ServeHTTP(rec, req)
		return rec
	}
	routes := rt.web.Routes()
	if len(routes) < 30 {
		t.Fatalf("only %d routes registered", len(routes))
	}
	for _, r := range routes {
		t.Run(r.Pattern, func(t *testing.T) {
			if r.Role == "" {
				if !publicRoutes[r.Pattern] {
					t.Fatalf("served without a session, and not listed as public")
				}
				return
			}
			method, p, ok := strings.Cut(r.Pattern, " ")
			if !ok {
				t.Fatalf("a page without a method: every page names GET or POST")
			}
			path := wildcard.ReplaceAllStringFunc(p, func(w string) string {
				if w == "{$}" {
					return ""
				}
				return "1"
			})
			rec := do(method, path, "", "")
			switch {
			case method == http.MethodGet && (rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/login")):
				t.Errorf("without a session: %d %q, want 303 to /login", rec.Code, rec.Header().Get("Location"))
			case method != http.MethodGet && rec.Code != http.StatusUnauthorized:
				t.Errorf("without a session: %d, want 401", rec.Code)
			}
			if r.Role == store.RoleAdmin {
				if rec := do(method, path, staffToken, staffCSRF); rec.Code != http.StatusForbidden {
					t.Errorf("staff: %d, want 403", rec.Code)
				}
			}
			if method != http.MethodGet {
				if rec := do(method, path, adminToken, ""); rec.Code != http.StatusForbidden {
					t.Errorf("admin without the CSRF token: %d, want 403", rec.Code)
				}
			}
		})
	}
}
