package research

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
	"github.com/md2-rm/madoguchi/web"
)

func TestRegisteredDashboard(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	seed(t, st, 100, 5)
	srv := web.New(st, discard(), nil)
	if err := Register(srv, &Dashboard{Store: st, Vocab: vocab.Load(), Campaigns: &CampaignTables{Store: st}}); err != nil {
		t.Fatal(err)
	}
	u, err := st.CreateUser(ctx, "taro", "pass-word-2", store.RoleStaff)
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := st.CreateSession(ctx, u.ID, "127.0.0.1", "test", time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string, signedIn bool) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.RemoteAddr = "127.0.0.1:5555"
		if signedIn {
			req.AddCookie(&http.Cookie{Name: "madoguchi_session", Value: token})
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	tests := []struct {
		path     string
		signedIn bool
		code     int
		ctype    string
		contains []string
	}{
		{"/research", false, http.StatusSeeOther, "", nil},
		{"/research/prefectures.csv", false, http.StatusSeeOther, "", nil},
		{"/research?from=2026-01-01&to=2026-12-31", true, 200, "text/html",
			[]string{`<a href="/research"`, "調査研究", `id="pref-01"`, `id="pref-47"`, `href="/research/dashboard.css"`, "この期間に配信はありません", "taro"}},
		{"/research?from=nope", true, 400, "text/html", []string{"期間の指定が正しくありません"}},
		{"/research/funnel.csv?from=2026-01-01&to=2026-12-31", true, 200, "text/csv", []string{"段階,医師,医療機関,合計"}},
		{"/research/other.csv", true, 404, "", nil},
		{"/research/dashboard.css", false, 200, "text/css", []string{".research"}},
	}
	for _, tt := range tests {
		rec := get(tt.path, tt.signedIn)
		if rec.Code != tt.code {
			t.Errorf("%s: status %d, want %d", tt.path, rec.Code, tt.code)
			continue
		}
		if tt.ctype != "" && !strings.HasPrefix(rec.Header().Get("Content-Type"), tt.ctype) {
			t.Errorf("%s: content type %s", tt.path, rec.Header().Get("Content-Type"))
		}
		for _, want := range tt.contains {
			if !strings.Contains(rec.Body.String(), want) {
				t.Errorf("%s: body lacks %q", tt.path, want)
			}
		}
	}
	if csp := get("/research", true).Header().Get("Content-Security-Policy"); !strings.Contains(csp, "style-src 'self'") {
		t.Errorf("dashboard without the staff UI's CSP: %q", csp)
	}
}
