package web

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
)

// TestPageFromAnotherPackage adds a page the way other packages do: its own
// template on the shared layout, a nav entry and a role.
func TestPageFromAnotherPackage(t *testing.T) {
	f := newFixture(t, store.SQLite)
	tmpl, err := f.srv.Templates(fstest.MapFS{"campaigns.html": {Data: []byte(
		`{{define "title"}}配信{{end}}{{define "content"}}<h1 id="c">{{.Data}}</h1>` +
			`<form method="post" action="/campaigns">{{template "csrf" .}}<button>送信</button></form>{{end}}`)}},
		"campaigns.html")
	if err != nil {
		t.Fatal(err)
	}
	f.srv.Page("GET /campaigns", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *Request) error {
		return f.srv.Render(w, r, q, http.StatusOK, tmpl, "<b>キャンペーン</b> "+q.User.Username)
	})
	posted := 0
	f.srv.Page("POST /campaigns", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *Request) error {
		posted++
		Redirect(w, r, "/campaigns", "ok")
		return nil
	})
	f.srv.Nav("配信", "/campaigns", store.RoleAdmin)

	admin, staff := f.signIn(f.admin), f.signIn(f.staff)
	rec := admin.get("/campaigns")
	body := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.Contains(body, `<h1 id="c">&lt;b&gt;キャンペーン&lt;/b&gt; admin</h1>`) ||
		!strings.Contains(body, `<a href="/campaigns" aria-current="page">配信</a>`) ||
		!strings.Contains(body, `name="csrf" value="`+admin.csrf+`"`) {
		t.Fatalf("admin page: %d\n%s", rec.Code, body)
	}
	if rec := staff.get("/campaigns"); rec.Code != http.StatusForbidden {
		t.Fatalf("staff: %d", rec.Code)
	}
	if strings.Contains(staff.get("/").Body.String(), `href="/campaigns"`) {
		t.Fatal("staff sees the admin nav entry")
	}
	if rec := admin.post("/campaigns", url.Values{"csrf": {"bad"}}); rec.Code != http.StatusForbidden || posted != 0 {
		t.Fatalf("csrf: %d posted %d", rec.Code, posted)
	}
	if rec := admin.post("/campaigns", nil); rec.Code != http.StatusSeeOther || posted != 1 {
		t.Fatalf("post: %d posted %d", rec.Code, posted)
	}
}

// TestReplyThroughOutbox checks the reply lands in the queue as an outbox
// job, threaded, with the lead's history entry.
func TestReplyThroughOutbox(t *testing.T) {
	f := newFixture(t, store.SQLite)
	f.srv.Replies = OutboxReplies{Outbox: &outbox.Outbox{Store: f.st, From: "md@md2-rm.example.org"}}
	id := f.addLead(doctor("山田太郎", "島根県", "整形外科"), plainMail, time.Now())
	staff := f.signIn(f.staff)
	form := url.Values{"template": {"details"}}
	for range 2 { // a double submit queues one mail
		if rec := staff.post("/leads/1/reply", form); rec.Code != http.StatusSeeOther {
			t.Fatalf("reply: %d %s", rec.Code, rec.Body)
		}
	}
	jobs, err := f.st.Jobs(context.Background(), store.JobFilter{Kinds: []string{outbox.JobKind}})
	if err != nil || len(jobs) != 1 {
		t.Fatalf("jobs %v %v", jobs, err)
	}
	var m outbox.Message
	if err := json.Unmarshal(jobs[0].Payload, &m); err != nil {
		t.Fatal(err)
	}
	if m.LeadID != id || m.To[0] != "doc@example.jp" || m.InReplyTo == "" || !strings.HasPrefix(m.Subject, "Re: ") ||
		!strings.Contains(m.Text, "ご希望の勤務地") || m.MessageID == "" {
		t.Fatalf("queued mail %+v", m)
	}
	evs, _ := f.st.LeadEvents(context.Background(), id)
	mails := 0
	for _, e := range evs {
		if e.Kind == "mail" {
			mails++
		}
	}
	if mails != 1 {
		t.Fatalf("history mail entries %d, want 1", mails)
	}
}

func TestEnsureUser(t *testing.T) {
	f := newFixture(t, store.SQLite)
	ctx := context.Background()
	for range 2 { // creating, then resetting
		if err := EnsureUser(ctx, f.st, "demo", "demo", store.RoleAdmin); err != nil {
			t.Fatal(err)
		}
	}
	if err := EnsureUser(ctx, f.st, "staff", "reset-pass", store.RoleAdmin); err != nil {
		t.Fatal(err)
	}
	for name, pass := range map[string]string{"demo": "demo", "staff": "reset-pass"} {
		u, err := f.st.UserByName(ctx, name)
		if err != nil || u.Role != store.RoleAdmin || !u.CheckPassword(pass) || u.Disabled {
			t.Fatalf("%s: %+v %v", name, u, err)
		}
	}
}

func TestPagesWithFuncsAndFragments(t *testing.T) {
	f := newFixture(t, store.SQLite)
	tmpl, err := f.srv.TemplatesWithFuncs(template.FuncMap{"shout": strings.ToUpper}, fstest.MapFS{"p.html": {Data: []byte(
		`{{define "title"}}p{{end}}{{define "content"}}<p id="x">{{shout .Data}}</p>{{end}}`)}}, "p.html")
	if err != nil {
		t.Fatal(err)
	}
	f.srv.Page("GET /p", store.RoleStaff, func(w http.ResponseWriter, r *http.Request, q *Request) error {
		return f.srv.Render(w, r, q, http.StatusOK, tmpl, "<hi>")
	})
	f.srv.Page("GET /frag", store.RoleStaff, func(w http.ResponseWriter, r *http.Request, q *Request) error {
		return f.srv.RenderFragment(w, r, q, http.StatusOK, "調査<研究>", template.HTML(`<section id="dash">表</section>`), "/dash/d.css")
	})
	staff := f.signIn(f.staff)
	if body := staff.get("/p").Body.String(); !strings.Contains(body, `<p id="x">&lt;HI&gt;</p>`) {
		t.Fatalf("page with funcs:\n%s", body)
	}
	body := staff.get("/frag").Body.String()
	for _, want := range []string{`<title>調査&lt;研究&gt; — 窓口</title>`, `<section id="dash">表</section>`, `<link rel="stylesheet" href="/dash/d.css">`} {
		if !strings.Contains(body, want) {
			t.Errorf("fragment page lacks %q", want)
		}
	}
	// The shared pages still have their own functions.
	if rec := staff.get("/"); rec.Code != http.StatusOK {
		t.Fatalf("inbox: %d", rec.Code)
	}
}

// TestFlashNotice checks that a form's notice reaches the next page once,
// through a cookie, and that text in the address never becomes a notice.
func TestFlashNotice(t *testing.T) {
	f := newFixture(t, store.SQLite)
	staff := f.signIn(f.staff)
	id := f.addLead(doctor("山田 太郎", "北海道", "内科"), "", time.Now())
	lead := fmt.Sprintf("/leads/%d", id)

	forged := staff.get(lead + "?flash=" + url.QueryEscape("至急 03-0000-0000 へお電話ください"))
	if forged.Code != http.StatusOK {
		t.Fatalf("lead page: status %d", forged.Code)
	}
	if body := forged.Body.String(); strings.Contains(body, `class="flash"`) || strings.Contains(body, "03-0000-0000") {
		t.Error("a notice in the address was shown")
	}

	rec := staff.post(lead+"/notes", url.Values{"notes": {"メモ"}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != lead {
		t.Fatalf("notes: status %d, Location %q", rec.Code, rec.Header().Get("Location"))
	}
	var cookie *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == flashCookie {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.MaxAge <= 0 {
		t.Fatalf("notice cookie %+v", cookie)
	}
	next := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, lead, nil)
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: staff.token})
		req.AddCookie(&http.Cookie{Name: flashCookie, Value: cookie.Value})
		return f.do(req)
	}
	shown := next()
	if !strings.Contains(shown.Body.String(), `<p class="flash" role="status">メモを保存しました</p>`) {
		t.Errorf("the next page lacks the notice:\n%.800s", shown.Body.String())
	}
	cleared := false
	for _, c := range shown.Result().Cookies() {
		cleared = cleared || (c.Name == flashCookie && c.MaxAge < 0)
	}
	if !cleared {
		t.Error("the page that showed the notice did not remove its cookie")
	}

	bad := httptest.NewRequest(http.MethodGet, lead, nil)
	bad.AddCookie(&http.Cookie{Name: sessionCookie, Value: staff.token})
	bad.AddCookie(&http.Cookie{Name: flashCookie, Value: "%%not-base64"})
	if body := f.do(bad).Body.String(); strings.Contains(body, `class="flash"`) {
		t.Error("an undecodable notice cookie was shown")
	}
}
