package matching

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
	"github.com/md2-rm/madoguchi/web"
)

func TestRegisteredPages(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	svc := newService(t, st)
	srv := web.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err := Register(srv, svc); err != nil {
		t.Fatal(err)
	}
	u, err := st.CreateUser(ctx, "hanako", "pass-word-1", store.RoleStaff)
	if err != nil {
		t.Fatal(err)
	}
	token, sess, err := st.CreateSession(ctx, u.ID, "127.0.0.1", "test", time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	doc := addLead(t, st, doctor(0, "整形外科", "岐阜県", lead.FullTime), "doc@example.jp", store.StatusNew)
	near := addLead(t, st, post(0, "整形外科", "長野県", lead.FullTime), "a@hosp.example.jp", store.StatusNew)
	id := func(n int64) string { return strconv.FormatInt(n, 10) }

	do := func(method, path string, form url.Values, signedIn bool) *httptest.ResponseRecorder {
		var body io.Reader
		if form != nil {
			body = strings.NewReader(form.Encode())
		}
		req := httptest.NewRequest(method, path, body)
		req.RemoteAddr = "127.0.0.1:5555"
		if form != nil {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		if signedIn {
			req.AddCookie(&http.Cookie{Name: "madoguchi_session", Value: token})
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	withCSRF := func(v url.Values) url.Values { v.Set("csrf", sess.CSRFToken); return v }

	tests := []struct {
		name     string
		method   string
		path     string
		form     url.Values
		signedIn bool
		code     int
		contains []string
		location string
	}{
		{"the lead page links to the matching page", "GET", "/leads/" + id(doc), nil, true, 200, []string{`href="/leads/` + id(doc) + `/match"`}, ""},
		{"page needs sign-in", "GET", "/leads/" + id(doc) + "/match", nil, false, http.StatusSeeOther, nil, "/login"},
		{"page", "GET", "/leads/" + id(doc) + "/match", nil, true, 200,
			[]string{"マッチング — ", `id="suggestion-` + id(near) + `"`, "隣県: 岐阜県 ↔ 長野県", `name="csrf" value="` + sess.CSRFToken + `"`}, ""},
		{"unknown lead", "GET", "/leads/999/match", nil, true, 404, nil, ""},
		{"form without CSRF token", "POST", "/leads/" + id(doc) + "/proposals", url.Values{"candidate": {id(near)}}, true, 403, nil, ""},
		{"propose", "POST", "/leads/" + id(doc) + "/proposals", withCSRF(url.Values{"candidate": {id(near)}}), true, http.StatusSeeOther, nil, "/leads/" + id(doc) + "/match"},
		{"propose again", "POST", "/leads/" + id(doc) + "/proposals", withCSRF(url.Values{"candidate": {id(near)}}), true, http.StatusConflict, []string{"すでに提案されています"}, ""},
		{"place too early", "POST", "/proposals/1/placed", withCSRF(url.Values{}), true, http.StatusConflict, []string{"進められません"}, ""},
		{"introduce", "POST", "/proposals/1/introduced", withCSRF(url.Values{"from": {id(near)}}), true, http.StatusSeeOther, nil, "/leads/" + id(near) + "/match"},
		{"page with the proposal", "GET", "/leads/" + id(near) + "/match", nil, true, 200, []string{`id="proposal-1"`, "紹介済", "提案（hanako）", `action="/proposals/1/accepted"`}, ""},
	}
	for _, tt := range tests {
		rec := do(tt.method, tt.path, tt.form, tt.signedIn)
		if rec.Code != tt.code {
			t.Errorf("%s: status %d, want %d\n%.500s", tt.name, rec.Code, tt.code, rec.Body.String())
			continue
		}
		for _, want := range tt.contains {
			if !strings.Contains(rec.Body.String(), want) {
				t.Errorf("%s: body lacks %q", tt.name, want)
			}
		}
		if tt.location != "" && !strings.HasPrefix(rec.Header().Get("Location"), tt.location) {
			t.Errorf("%s: Location %q, want %s…", tt.name, rec.Header().Get("Location"), tt.location)
		}
	}
	if n := len(queued(t, st)); n != 2 {
		t.Errorf("%d introductions queued, want 2", n)
	}
	// Viewing the matching page and working the proposals are in the audit
	// log, with who did it.
	log, err := st.AuditLog(ctx, store.AuditFilter{Actor: "hanako"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range log {
		got = append(got, fmt.Sprintf("%s %s %d %s", e.Action, e.ObjectType, e.ObjectID.Int64, e.Detail))
	}
	for _, want := range []string{
		fmt.Sprintf("%s lead %d matching", store.AuditView, doc),
		fmt.Sprintf("%s lead %d matching", store.AuditView, near),
		fmt.Sprintf("%s lead %d leads/%d/proposals", store.AuditEdit, doc, doc),
		fmt.Sprintf("%s proposal 1 proposals/1/introduced", store.AuditEdit),
	} {
		if !slices.Contains(got, want) {
			t.Errorf("audit log lacks %q: %q", want, got)
		}
	}
	p, err := svc.GetProposal(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !p.CreatedBy.Valid || p.CreatedBy.Int64 != u.ID || p.Actor != "hanako" {
		t.Errorf("proposal created by %v %q, want user %d hanako", p.CreatedBy, p.Actor, u.ID)
	}
}
