package web

import (
	"context"
	"database/sql"
	"encoding/base64"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// fixture is a server on a fresh store with an admin and a staff account.
type fixture struct {
	t     testing.TB
	st    *store.Store
	srv   *Server
	admin *store.User
	staff *store.User
}

func newFixture(t testing.TB, driver string) *fixture {
	t.Helper()
	st := storetest.Open(t, driver)
	ctx := context.Background()
	admin, err := st.CreateUser(ctx, "admin", "admin-pass", store.RoleAdmin)
	if err != nil {
		t.Fatal(err)
	}
	staff, err := st.CreateUser(ctx, "staff", "staff-pass", store.RoleStaff)
	if err != nil {
		t.Fatal(err)
	}
	srv := New(st, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	return &fixture{t: t, st: st, srv: srv, admin: admin, staff: staff}
}

// client is a signed-in user: its cookie and CSRF token.
type client struct {
	f     *fixture
	token string
	csrf  string
}

func (f *fixture) signIn(u *store.User) *client {
	f.t.Helper()
	token, sess, err := f.st.CreateSession(context.Background(), u.ID, "127.0.0.1", "test", time.Now().Add(time.Hour))
	if err != nil {
		f.t.Fatal(err)
	}
	return &client{f: f, token: token, csrf: sess.CSRFToken}
}

func (f *fixture) do(req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	req.RemoteAddr = "127.0.0.1:5555"
	f.srv.ServeHTTP(rec, req)
	return rec
}

func (c *client) get(path string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if c != nil {
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: c.token})
	}
	return c.f.do(req)
}

// post sends a form; the CSRF token is added unless form has "csrf".
func (c *client) post(path string, form url.Values) *httptest.ResponseRecorder {
	if form == nil {
		form = url.Values{}
	}
	if _, ok := form["csrf"]; !ok {
		form.Set("csrf", c.csrf)
	}
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if c.token != "" {
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: c.token})
	}
	return c.f.do(req)
}

func ptr[T any](v T) *T { return &v }

// addLead stores a lead with an incoming mail and returns the lead's id.
func (f *fixture) addLead(fields lead.Fields, raw string, created time.Time) int64 {
	f.t.Helper()
	ctx := context.Background()
	l := store.LeadFromFields(fields)
	l.CreatedAt = created
	id, err := f.st.CreateLead(ctx, f.st.DB, &l)
	if err != nil {
		f.t.Fatal(err)
	}
	if raw != "" {
		m := &store.StoredMail{Raw: []byte(raw), Subject: "subject", FromAddr: "from@example.jp",
			MessageID: sql.NullString{String: "msg-" + time.Now().Format("150405.000000000") + "@example.jp", Valid: true},
			LeadID:    sql.NullInt64{Int64: id, Valid: true}, ReceivedAt: created}
		if _, err := f.st.InsertMail(ctx, f.st.DB, m); err != nil {
			f.t.Fatal(err)
		}
	}
	return id
}

func doctor(name, pref, spec string) lead.Fields {
	c := lead.Doctor
	return lead.Fields{Category: &c, Name: ptr(name), Email: ptr("doc@example.jp"),
		Prefectures: []string{pref}, Specialties: []string{spec}, Body: ptr("本文 " + name)}
}

const plainMail = "From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro@example.jp>\r\n" +
	"To: md@md2-rm.example.org\r\nSubject: =?UTF-8?B?5rGC6IG344Gu55u46KuH?=\r\n" +
	"Message-ID: <plain-1@example.jp>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0900\r\n" +
	"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
	"整形外科医の山田です。島根県での勤務を希望します。\r\n"

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
