package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// route is every staff route with a request that reaches its handler.
type route struct {
	method, path string
	admin        bool
}

func routes(leadID, mailID, jobID int64) []route {
	return []route{
		{"GET", "/", false},
		{"GET", "/leads.csv", false},
		{"GET", fmt.Sprintf("/leads/%d", leadID), false},
		{"POST", fmt.Sprintf("/leads/%d/fields", leadID), false},
		{"POST", fmt.Sprintf("/leads/%d/status", leadID), false},
		{"POST", fmt.Sprintf("/leads/%d/assign", leadID), false},
		{"POST", fmt.Sprintf("/leads/%d/notes", leadID), false},
		{"POST", fmt.Sprintf("/leads/%d/reminder", leadID), false},
		{"POST", fmt.Sprintf("/leads/%d/reply", leadID), false},
		{"GET", "/mail/failed", false},
		{"GET", fmt.Sprintf("/mail/%d", mailID), false},
		{"GET", fmt.Sprintf("/mail/%d/raw", mailID), false},
		{"GET", fmt.Sprintf("/mail/%d/html", mailID), false},
		{"GET", fmt.Sprintf("/mail/%d/attachments/0", mailID), false},
		{"GET", "/followups", false},
		{"POST", fmt.Sprintf("/followups/%d/done", jobID), false},
		{"POST", fmt.Sprintf("/followups/%d/snooze", jobID), false},
		{"POST", fmt.Sprintf("/jobs/%d/retry", jobID), false},
		{"POST", "/logout", false},
		{"GET", "/admin/users", true},
		{"POST", "/admin/users", true},
		{"POST", "/admin/users/2/disable", true},
		{"GET", "/admin/audit", true},
	}
}

func TestNoPageWithoutSession(t *testing.T) {
	f := newFixture(t, store.SQLite)
	id := f.addLead(doctor("山田太郎", "島根県", "整形外科"), plainMail, time.Now())
	anon := &client{f: f}
	for _, rt := range routes(id, 1, 1) {
		t.Run(rt.method+" "+rt.path, func(t *testing.T) {
			var rec *httptest.ResponseRecorder
			if rt.method == "GET" {
				rec = anon.get(rt.path)
			} else {
				rec = anon.post(rt.path, url.Values{"csrf": {"x"}})
			}
			switch rt.method {
			case "GET":
				if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/login?next=") {
					t.Fatalf("got %d %q, want 303 to /login", rec.Code, rec.Header().Get("Location"))
				}
			default:
				if rec.Code != http.StatusUnauthorized {
					t.Fatalf("got %d, want 401", rec.Code)
				}
			}
			if strings.Contains(rec.Body.String(), "山田") {
				t.Fatal("personal data shown without a session")
			}
		})
	}
	// An expired session is no session.
	token, _, err := f.st.CreateSession(context.Background(), f.staff.ID, "", "", time.Now().Add(-time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if rec := (&client{f: f, token: token}).get("/"); rec.Code != http.StatusSeeOther {
		t.Fatalf("expired session: got %d, want 303", rec.Code)
	}
}

func TestRolesAndCSRF(t *testing.T) {
	f := newFixture(t, store.SQLite)
	id := f.addLead(doctor("山田太郎", "島根県", "整形外科"), plainMail, time.Now())
	staff := f.signIn(f.staff)
	for _, rt := range routes(id, 1, 1) {
		if rt.path == "/logout" {
			continue
		}
		t.Run(rt.method+" "+rt.path, func(t *testing.T) {
			if rt.method == "POST" {
				// Without the token and with a wrong one: refused before the handler runs.
				for _, tok := range []string{"", "wrong"} {
					if rec := staff.post(rt.path, url.Values{"csrf": {tok}}); rec.Code != http.StatusForbidden {
						t.Fatalf("csrf %q: got %d, want 403", tok, rec.Code)
					}
				}
			}
			if !rt.admin {
				return
			}
			var rec *httptest.ResponseRecorder
			if rt.method == "GET" {
				rec = staff.get(rt.path)
			} else {
				rec = staff.post(rt.path, url.Values{"username": {"x"}, "password": {"xxxxxx"}, "role": {"admin"}})
			}
			if rec.Code != http.StatusForbidden {
				t.Fatalf("staff: got %d, want 403", rec.Code)
			}
		})
	}
	if _, err := f.st.UserByName(context.Background(), "x"); err == nil {
		t.Fatal("staff created a user")
	}
	admin := f.signIn(f.admin)
	for _, p := range []string{"/admin/users", "/admin/audit"} {
		if rec := admin.get(p); rec.Code != http.StatusOK {
			t.Fatalf("admin %s: %d", p, rec.Code)
		}
	}
	if rec := admin.post("/admin/users", url.Values{"username": {"weak"}, "password": {"secret-1"}, "role": {"staff"}}); rec.Code != http.StatusBadRequest {
		t.Fatalf("admin add user with a short password: %d, want 400", rec.Code)
	}
	if _, err := f.st.UserByName(context.Background(), "weak"); err == nil {
		t.Fatal("a user with a short password was created")
	}
	if rec := admin.post("/admin/users", url.Values{"username": {"newstaff"}, "password": {"secret-pass-1"}, "role": {"staff"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("admin add user: %d %s", rec.Code, rec.Body)
	}
	u, err := f.st.UserByName(context.Background(), "newstaff")
	if err != nil || u.Role != store.RoleStaff || !u.CheckPassword("secret-pass-1") {
		t.Fatalf("added user: %+v %v", u, err)
	}
}

func TestEveryRouteAnswers(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			f := newFixture(t, driver)
			f.srv.Replies = &fakeReplies{}
			id := f.addLead(doctor("山田太郎", "島根県", "整形外科"), hostileMail, time.Now())
			ctx := context.Background()
			jobID, _, err := f.st.Enqueue(ctx, f.st.DB, store.NewJob{Kind: store.KindReminder,
				Payload: store.ReminderPayload{LeadID: id, Note: "電話"}, RunAt: time.Now().Add(-time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			admin := f.signIn(f.admin)
			forms := map[string]url.Values{
				"fields":   {"category": {"doctor"}, "name": {"山田太郎"}, "email": {"doc@example.jp"}, "specialties": {"整形外科"}, "prefectures": {"島根県"}},
				"status":   {"status": {"reviewing"}},
				"assign":   {"assignee": {fmt.Sprint(f.staff.ID)}},
				"notes":    {"notes": {"メモ"}},
				"reminder": {"due": {"2026-12-01"}, "note": {"電話"}},
				"reply":    {"template": {"ack"}},
				"users":    {"username": {"n"}, "password": {"pass-word-1"}, "role": {"staff"}},
				"disable":  {"disabled": {"1"}},
				"snooze":   {"days": {"3"}},
			}
			for _, rt := range routes(id, 1, jobID) {
				if rt.path == "/logout" || strings.HasSuffix(rt.path, "/retry") || strings.HasSuffix(rt.path, "/done") {
					continue
				}
				var rec *httptest.ResponseRecorder
				if rt.method == "GET" {
					rec = admin.get(rt.path)
				} else {
					parts := strings.Split(rt.path, "/")
					rec = admin.post(rt.path, forms[parts[len(parts)-1]])
				}
				want := http.StatusOK
				if rt.method == "POST" {
					want = http.StatusSeeOther
				}
				if rec.Code != want {
					t.Errorf("%s %s: got %d, want %d: %.300s", rt.method, rt.path, rec.Code, want, rec.Body)
				}
			}
			// done and retry
			if rec := admin.post(fmt.Sprintf("/followups/%d/done", jobID), nil); rec.Code != http.StatusSeeOther {
				t.Errorf("done: %d", rec.Code)
			}
			j, err := f.st.JobByID(ctx, jobID)
			if err != nil || j.State != store.JobDone {
				t.Errorf("done job state %v %v", j, err)
			}
			dead, _, _ := f.st.Enqueue(ctx, f.st.DB, store.NewJob{Kind: "outbox.send", Payload: map[string]any{"lead_id": id}})
			if _, err := f.st.DB.ExecContext(ctx, f.st.DB.Rebind(`UPDATE jobs SET state = 'dead', last_error = '550 no such user' WHERE id = ?`), dead); err != nil {
				t.Fatal(err)
			}
			if body := admin.get("/followups").Body.String(); !strings.Contains(body, "550 no such user") {
				t.Error("dead job not listed")
			}
			if rec := admin.post(fmt.Sprintf("/jobs/%d/retry", dead), nil); rec.Code != http.StatusSeeOther {
				t.Errorf("retry: %d", rec.Code)
			}
			if j, _ := f.st.JobByID(ctx, dead); j.State != store.JobQueued {
				t.Errorf("retried job state %s", j.State)
			}
			if rec := admin.post("/logout", nil); rec.Code != http.StatusSeeOther {
				t.Errorf("logout: %d", rec.Code)
			}
			if rec := admin.get("/"); rec.Code != http.StatusSeeOther {
				t.Errorf("after logout: %d", rec.Code)
			}
		})
	}
}

type fakeReplies struct{ got []Reply }

func (f *fakeReplies) EnqueueReply(ctx context.Context, q store.Execer, r Reply, key string) (bool, error) {
	f.got = append(f.got, r)
	return true, nil
}

func TestSignIn(t *testing.T) {
	f := newFixture(t, store.SQLite)
	get := httptest.NewRequest("GET", "/login", nil)
	rec := f.do(get)
	if rec.Code != http.StatusOK {
		t.Fatalf("login page %d", rec.Code)
	}
	var formCookie *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == loginCSRFCookie {
			formCookie = c
		}
	}
	if formCookie == nil {
		t.Fatal("no login form cookie")
	}
	login := func(user, pass, csrf string, proto string) *httptest.ResponseRecorder {
		form := url.Values{"username": {user}, "password": {pass}, "csrf": {csrf}, "next": {"/leads/1"}}
		req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if proto != "" {
			req.Header.Set("X-Forwarded-Proto", proto)
		}
		req.AddCookie(formCookie)
		return f.do(req)
	}
	tests := []struct {
		name       string
		user, pass string
		csrf       string
		proto      string
		want       int
		secure     bool
	}{
		{"wrong csrf", "staff", "staff-pass", "nope", "", http.StatusForbidden, false},
		{"wrong password", "staff", "bad", formCookie.Value, "", http.StatusUnauthorized, false},
		{"unknown user", "ghost", "bad", formCookie.Value, "", http.StatusUnauthorized, false},
		{"plain http", "staff", "staff-pass", formCookie.Value, "", http.StatusSeeOther, false},
		{"behind tls", "staff", "staff-pass", formCookie.Value, "https", http.StatusSeeOther, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := login(tt.user, tt.pass, tt.csrf, tt.proto)
			if rec.Code != tt.want {
				t.Fatalf("got %d, want %d", rec.Code, tt.want)
			}
			if tt.want != http.StatusSeeOther {
				return
			}
			if loc := rec.Header().Get("Location"); loc != "/leads/1" {
				t.Fatalf("redirect to %q", loc)
			}
			var sess *http.Cookie
			for _, c := range rec.Result().Cookies() {
				if c.Name == sessionCookie {
					sess = c
				}
			}
			if sess == nil || !sess.HttpOnly || sess.SameSite != http.SameSiteLaxMode || sess.Secure != tt.secure {
				t.Fatalf("session cookie %+v", sess)
			}
			if c := (&client{f: f, token: sess.Value}).get("/"); c.Code != http.StatusOK {
				t.Fatalf("inbox with new session: %d", c.Code)
			}
		})
	}
	if rec := f.signIn(f.staff).get("/login?next=/followups"); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/followups" {
		t.Fatalf("signed-in user on /login: %d %q", rec.Code, rec.Header().Get("Location"))
	}
}

// TestSignInReplacesSession checks that signing in with a session cookie
// already set (planted, or left from before) gives a new token and ends the
// old session, and that signing out ends the new one.
func TestSignInReplacesSession(t *testing.T) {
	f := newFixture(t, store.SQLite)
	old := f.signIn(f.staff)
	if rec := old.get("/"); rec.Code != http.StatusOK {
		t.Fatalf("old session: %d", rec.Code)
	}
	form := url.Values{"username": {"staff"}, "password": {"staff-pass"}, "csrf": {"form-token"}}
	req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: loginCSRFCookie, Value: "form-token"})
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: old.token})
	rec := f.do(req)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("sign-in: %d", rec.Code)
	}
	var fresh *client
	for _, c := range rec.Result().Cookies() {
		if c.Name == sessionCookie {
			fresh = &client{f: f, token: c.Value}
		}
	}
	if fresh == nil || fresh.token == old.token || fresh.token == "" {
		t.Fatalf("no new session token: %+v", fresh)
	}
	if rec := old.get("/"); rec.Code != http.StatusSeeOther {
		t.Errorf("the session from before signing in still works: %d", rec.Code)
	}
	if rec := fresh.get("/"); rec.Code != http.StatusOK {
		t.Fatalf("new session: %d", rec.Code)
	}
	su, err := f.st.SessionByToken(context.Background(), fresh.token)
	if err != nil {
		t.Fatal(err)
	}
	fresh.csrf = su.CSRFToken
	if rec := fresh.post("/logout", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("sign-out: %d", rec.Code)
	}
	if rec := fresh.get("/"); rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/login") {
		t.Errorf("session still works after signing out: %d", rec.Code)
	}
}

func TestSafeNext(t *testing.T) {
	tests := []struct {
		next, want string
	}{
		{"/leads/1", "/leads/1"},
		{"/?status=new&q=%E5%B1%B1%E7%94%B0", "/?status=new&q=%E5%B1%B1%E7%94%B0"},
		{"", ""},
		{"leads/1", ""},
		{"//evil.example/", ""},
		{"https://evil.example/", ""},
		{"/\\evil.example/", ""},
		{"/\t/evil.example/", ""},
		{"/\n/evil.example/", ""},
		{"/\r\n/evil.example/", ""},
		{"/leads/1\\..\\..\\/evil.example", ""},
		{"/\x00/evil.example/", ""},
	}
	for _, tt := range tests {
		if got := safeNext(tt.next); got != tt.want {
			t.Errorf("safeNext(%q) = %q, want %q", tt.next, got, tt.want)
		}
	}
}

func TestLoginRateLimit(t *testing.T) {
	tests := []struct {
		name      string
		fails     int
		account   string
		addr      string
		wantAllow bool
	}{
		{"under the account limit", 4, "staff", "10.0.0.1", true},
		{"account limit", 5, "staff", "10.0.0.1", false},
		{"account limit from another address", 5, "staff", "10.0.0.2", false},
		{"other account, same address", 5, "admin", "10.0.0.1", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLoginLimiter()
			for range tt.fails {
				l.failed("staff", "10.0.0.1")
			}
			if got := l.allowed(tt.account, tt.addr); got != tt.wantAllow {
				t.Fatalf("allowed = %v, want %v", got, tt.wantAllow)
			}
		})
	}
	l := newLoginLimiter()
	for i := range 20 {
		l.failed(fmt.Sprintf("user%d", i), "10.0.0.9")
	}
	if l.allowed("fresh", "10.0.0.9") {
		t.Fatal("address limit not applied")
	}
	now := time.Now()
	l.now = func() time.Time { return now.Add(16 * time.Minute) }
	if !l.allowed("fresh", "10.0.0.9") {
		t.Fatal("window did not expire")
	}

	// Through the handler: the sixth attempt is refused even with the right password.
	f := newFixture(t, store.SQLite)
	rec := f.do(httptest.NewRequest("GET", "/login", nil))
	cookie := rec.Result().Cookies()[0]
	var last int
	for i := range 6 {
		pass := "bad"
		if i == 5 {
			pass = "staff-pass"
		}
		form := url.Values{"username": {"staff"}, "password": {pass}, "csrf": {cookie.Value}}
		req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(cookie)
		last = f.do(req).Code
	}
	if last != http.StatusTooManyRequests {
		t.Fatalf("sixth attempt: %d, want 429", last)
	}
}

func TestInboxFilters(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			f := newFixture(t, driver)
			base := time.Date(2026, 11, 1, 3, 0, 0, 0, time.UTC)
			a := f.addLead(doctor("青森一郎", "青森県", "内科"), "", base)
			b := f.addLead(doctor("島根花子", "島根県", "整形外科"), "", base.Add(24*time.Hour))
			hc := lead.Hospital
			c := f.addLead(lead.Fields{Category: &hc, Organization: ptr("隠岐病院"), Prefectures: []string{"島根県"},
				Specialties: []string{"内科"}, Body: ptr("常勤の内科医を募集")}, "", base.Add(48*time.Hour))
			ctx := context.Background()
			if err := f.st.SetLeadStatus(ctx, a, store.StatusClosed, "辞退", store.Actor{Name: "t"}); err != nil {
				t.Fatal(err)
			}
			if err := f.st.AssignLead(ctx, b, f.staff.ID, store.Actor{Name: "t"}); err != nil {
				t.Fatal(err)
			}
			staff := f.signIn(f.staff)
			tests := []struct {
				query string
				want  []int64 // newest first
			}{
				{"", []int64{c, b, a}},
				{"prefecture=島根県", []int64{c, b}},
				{"specialty=内科", []int64{c, a}},
				{"category=hospital", []int64{c}},
				{"status=closed", []int64{a}},
				{"assignee=" + fmt.Sprint(f.staff.ID), []int64{b}},
				{"assignee=none", []int64{c, a}},
				{"q=隠岐", []int64{c}},
				{"q=募集", []int64{c}},
				{"q=花子", []int64{b}},
				{"q=100%25", nil},
				{"from=2026-11-02&to=2026-11-02", []int64{b}},
				{"unreviewed=1", []int64{c, b}},
			}
			for _, tt := range tests {
				rec := staff.get("/?" + url.Values(mustParseQuery(t, tt.query)).Encode())
				if rec.Code != http.StatusOK {
					t.Fatalf("%s: %d", tt.query, rec.Code)
				}
				if got := rowIDs(rec.Body.String()); fmt.Sprint(got) != fmt.Sprint(tt.want) {
					t.Errorf("%s: rows %v, want %v", tt.query, got, tt.want)
				}
			}
			body := staff.get("/?prefecture=" + url.QueryEscape("島根県")).Body.String()
			if !strings.Contains(body, `data-status="closed">終了 <span class="count">0</span>`) ||
				!strings.Contains(body, `data-status="new">新規 <span class="count">2</span>`) {
				t.Errorf("status counts for the filter wrong")
			}
			if strings.Count(body, `class="unreviewed"`) != 2 {
				t.Errorf("unreviewed rows not marked")
			}
		})
	}
}

func mustParseQuery(t *testing.T, q string) url.Values {
	v, err := url.ParseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// rowIDs returns the lead ids of the inbox table, in order.
func rowIDs(body string) []int64 {
	var ids []int64
	for _, part := range strings.Split(body, `data-id="`)[1:] {
		var id int64
		fmt.Sscanf(part, "%d", &id)
		ids = append(ids, id)
	}
	return ids
}

func TestPaging(t *testing.T) {
	f := newFixture(t, store.SQLite)
	base := time.Now().Add(-time.Hour)
	for i := range pageSize + 5 {
		f.addLead(doctor(fmt.Sprintf("医師%d", i), "北海道", "内科"), "", base.Add(time.Duration(i)*time.Second))
	}
	staff := f.signIn(f.staff)
	p1 := staff.get("/?prefecture=" + url.QueryEscape("北海道")).Body.String()
	p2 := staff.get("/?page=2&prefecture=" + url.QueryEscape("北海道")).Body.String()
	if n := len(rowIDs(p1)); n != pageSize {
		t.Fatalf("page 1 rows %d", n)
	}
	if ids := rowIDs(p2); len(ids) != 5 || ids[0] != 5 {
		t.Fatalf("page 2 rows %v", ids)
	}
	if !strings.Contains(p1, "受信一覧 <small>55件") {
		t.Fatal("total wrong")
	}
	if !strings.Contains(p1, `rel="next"`) || strings.Contains(p2, `rel="next"`) {
		t.Fatal("next links wrong")
	}
}

func TestCorrectionsRecorded(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			f := newFixture(t, driver)
			id := f.addLead(doctor("山田太郎", "島根県", "整形外科"), plainMail, time.Now())
			staff := f.signIn(f.staff)
			form := url.Values{"category": {"doctor"}, "name": {"山田太郎"}, "email": {"doc@example.jp"},
				"specialties": {"整形外科、リハビリテーション科"}, "prefectures": {"島根県, 鳥取県"},
				"employment": {"part_time"}, "age": {"63"}}
			if rec := staff.post(fmt.Sprintf("/leads/%d/fields", id), form); rec.Code != http.StatusSeeOther {
				t.Fatalf("save: %d %s", rec.Code, rec.Body)
			}
			l, err := f.st.GetLead(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(l.Specialties) != "[整形外科 リハビリテーション科]" || fmt.Sprint(l.Prefectures) != "[島根県 鳥取県]" ||
				l.Age.Int64 != 63 || fmt.Sprint(l.Employment) != "[part_time]" || !l.ReviewedAt.Valid {
				t.Fatalf("lead after save: %+v", l)
			}
			evs, err := f.st.LeadEvents(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]store.LeadEvent{}
			for _, e := range evs {
				got[e.Field] = e
			}
			sp := got["specialties"]
			if sp.Actor != "staff" || sp.OldValue.String != `["整形外科"]` || sp.NewValue.String != `["整形外科","リハビリテーション科"]` {
				t.Fatalf("specialties event %+v", sp)
			}
			if age := got["age"]; age.OldValue.Valid || age.NewValue.String != "63" {
				t.Fatalf("age event %+v", age)
			}
			if _, ok := got["name"]; ok {
				t.Fatal("unchanged field recorded")
			}
			page := staff.get(fmt.Sprintf("/leads/%d", id)).Body.String()
			if !strings.Contains(page, `data-field="specialties"`) || !strings.Contains(page, "リハビリテーション科") {
				t.Fatal("history not shown")
			}
			// Unknown vocabulary and bad numbers are refused and change nothing.
			bad := url.Values{"category": {"doctor"}, "specialties": {"魔法科"}, "age": {"abc"}}
			rec := staff.post(fmt.Sprintf("/leads/%d/fields", id), bad)
			if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "魔法科") {
				t.Fatalf("bad input: %d", rec.Code)
			}
			if l2, _ := f.st.GetLead(context.Background(), id); fmt.Sprint(l2.Specialties) != fmt.Sprint(l.Specialties) {
				t.Fatal("refused edit changed the lead")
			}
			// Workflow: closing needs a reason.
			if rec := staff.post(fmt.Sprintf("/leads/%d/status", id), url.Values{"status": {"closed"}}); rec.Code != http.StatusBadRequest {
				t.Fatalf("close without reason: %d", rec.Code)
			}
			if rec := staff.post(fmt.Sprintf("/leads/%d/status", id), url.Values{"status": {"closed"}, "reason": {"他で決定"}}); rec.Code != http.StatusSeeOther {
				t.Fatalf("close: %d", rec.Code)
			}
			if l3, _ := f.st.GetLead(context.Background(), id); l3.Status != store.StatusClosed || l3.CloseReason.String != "他で決定" {
				t.Fatalf("closed lead %+v", l3)
			}
			if page := staff.get(fmt.Sprintf("/leads/%d", id)).Body.String(); !strings.Contains(page, "新規 → 終了（他で決定）") {
				t.Fatal("status change not in the history")
			}
			// Viewing and editing are audited.
			entries, err := f.st.AuditLog(context.Background(), store.AuditFilter{ObjectType: "lead", ObjectID: id})
			if err != nil {
				t.Fatal(err)
			}
			actions := map[string]int{}
			for _, e := range entries {
				actions[e.Action]++
			}
			if actions[store.AuditView] == 0 || actions[store.AuditEdit] < 2 {
				t.Fatalf("audit %v", actions)
			}
		})
	}
}

func TestReplyThreaded(t *testing.T) {
	f := newFixture(t, store.SQLite)
	replies := &fakeReplies{}
	f.srv.Replies = replies
	id := f.addLead(doctor("山田太郎", "島根県", "整形外科"), plainMail, time.Now())
	staff := f.signIn(f.staff)
	if rec := staff.post(fmt.Sprintf("/leads/%d/reply", id), url.Values{"template": {"ack"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("reply: %d %s", rec.Code, rec.Body)
	}
	if len(replies.got) != 1 {
		t.Fatalf("replies %d", len(replies.got))
	}
	r := replies.got[0]
	if r.To != "doc@example.jp" || !strings.HasPrefix(r.Subject, "Re: ") || r.InReplyTo == "" ||
		!strings.HasPrefix(r.Text, "山田太郎 様") || len(r.References) != 1 {
		t.Fatalf("reply %+v", r)
	}
}

func TestCSVExport(t *testing.T) {
	f := newFixture(t, store.SQLite)
	f.addLead(doctor("山田太郎", "島根県", "整形外科"), "", time.Now())
	f.addLead(doctor("=HYPERLINK(\"x\")", "青森県", "内科"), "", time.Now())
	rec := f.signIn(f.staff).get("/leads.csv?prefecture=" + url.QueryEscape("島根県"))
	body := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.HasPrefix(body, "\ufeffID,受付日時,区分") {
		t.Fatalf("csv %d %.60q", rec.Code, body)
	}
	if !strings.Contains(body, "山田太郎") || strings.Contains(body, "HYPERLINK") {
		t.Fatal("filter not applied")
	}
	if !strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") {
		t.Fatal("not a download")
	}
	all := f.signIn(f.staff).get("/leads.csv").Body.String()
	if !strings.Contains(all, `"'=HYPERLINK(""x"")"`) {
		t.Fatalf("formula not neutralised: %s", all)
	}
}

func TestCSVSafe(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"山田太郎", "山田太郎"},
		{"", ""},
		{"03-1234-5678", "03-1234-5678"},
		{"=1+1", "'=1+1"},
		{"+81 3 1234", "'+81 3 1234"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"＝HYPERLINK(\"http://evil.example\")", "'＝HYPERLINK(\"http://evil.example\")"},
		{"＋１", "'＋１"},
		{"－１", "'－１"},
		{"＠１", "'＠１"},
		{"a=1", "a=1"},
	}
	for _, tt := range tests {
		if got := csvSafe(tt.in); got != tt.want {
			t.Errorf("csvSafe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHealthAndMetricsNeedNoSession(t *testing.T) {
	f := newFixture(t, store.SQLite)
	anon := &client{f: f}
	tests := []struct {
		path, want string
	}{
		{"/healthz", `"status":"ok"`},
		{"/metrics", "madoguchi_jobs"},
		{"/static/style.css", ".tabs"},
	}
	for _, tt := range tests {
		rec := anon.get(tt.path)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), tt.want) {
			t.Errorf("%s: %d %.200s", tt.path, rec.Code, rec.Body)
		}
	}
}

// TestAuditedPages checks that pages and forms that show or change personal
// data write who did what to the audit log.
func TestAuditedPages(t *testing.T) {
	f := newFixture(t, store.SQLite)
	id := f.addLead(doctor("山田太郎", "島根県", "整形外科"), plainMail, time.Now())
	staff := f.signIn(f.staff)
	tests := []struct {
		name       string
		do         func() *httptest.ResponseRecorder
		action     string
		objectType string
		detail     string
	}{
		{"failed mail list", func() *httptest.ResponseRecorder { return staff.get("/mail/failed") },
			store.AuditView, "failed_mail", "page 1"},
		{"reminder", func() *httptest.ResponseRecorder {
			return staff.post(fmt.Sprintf("/leads/%d/reminder", id), url.Values{"due": {"2026-12-01"}, "note": {"電話"}})
		}, store.AuditEdit, "lead", "reminder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if rec := tt.do(); rec.Code != http.StatusOK && rec.Code != http.StatusSeeOther {
				t.Fatalf("status %d", rec.Code)
			}
			entries, err := f.st.AuditLog(context.Background(), store.AuditFilter{Actor: "staff", ObjectType: tt.objectType})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if e.Action == tt.action && e.Detail == tt.detail {
					return
				}
			}
			t.Errorf("no %s %s %q in the audit log: %+v", tt.action, tt.objectType, tt.detail, entries)
		})
	}
}

// TestSecurityHeaders checks the headers every response carries, and HSTS
// over TLS only.
func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t, store.SQLite)
	tests := []struct {
		name  string
		proto string
		hsts  bool
	}{
		{"plain http", "", false},
		{"behind a TLS proxy", "https", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", "/login", nil)
			if tt.proto != "" {
				req.Header.Set("X-Forwarded-Proto", tt.proto)
			}
			h := f.do(req).Header()
			if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("CSP %q", csp)
			}
			if h.Get("X-Frame-Options") != "DENY" || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("framing or sniffing allowed: %v", h)
			}
			if got := h.Get("Strict-Transport-Security") != ""; got != tt.hsts {
				t.Errorf("HSTS sent: %v, want %v", got, tt.hsts)
			}
		})
	}
}

func TestClientAddrBehindProxies(t *testing.T) {
	s := &Server{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("10.0.0.0/8")}}
	tests := []struct {
		name, peer string
		xff        []string
		want       string
	}{
		{"direct client", "198.51.100.1:4000", nil, "198.51.100.1"},
		{"header from an untrusted peer is ignored", "198.51.100.1:4000", []string{"203.0.113.9"}, "198.51.100.1"},
		{"through the proxy", "127.0.0.1:4000", []string{"203.0.113.9"}, "203.0.113.9"},
		{"client's own forged hops are skipped", "127.0.0.1:4000", []string{"1.2.3.4, 203.0.113.9"}, "203.0.113.9"},
		{"two trusted proxies", "127.0.0.1:4000", []string{"203.0.113.9, 10.1.1.1"}, "203.0.113.9"},
		{"header lines are joined", "127.0.0.1:4000", []string{"1.2.3.4", "203.0.113.9"}, "203.0.113.9"},
		{"IPv4-mapped IPv6", "127.0.0.1:4000", []string{"::ffff:203.0.113.9"}, "203.0.113.9"},
		{"proxy without header", "127.0.0.1:4000", nil, "127.0.0.1"},
		{"malformed chain", "127.0.0.1:4000", []string{"203.0.113.9, evil"}, "127.0.0.1"},
		{"only trusted hops", "127.0.0.1:4000", []string{"10.0.0.5"}, "127.0.0.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.peer
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := s.clientAddr(r); got != tt.want {
				t.Errorf("clientAddr = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLoginLimitBehindProxy checks that behind a trusted proxy the
// per-address sign-in limit counts each client on its own, and that the
// audit log records the client's address.
func TestLoginLimitBehindProxy(t *testing.T) {
	f := newFixture(t, store.SQLite)
	f.srv.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
	cookie := f.do(httptest.NewRequest("GET", "/login", nil)).Result().Cookies()[0]
	attempt := func(user, client string) int {
		form := url.Values{"username": {user}, "password": {"wrong-password"}, "csrf": {cookie.Value}}
		req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Forwarded-For", client)
		req.AddCookie(cookie)
		return f.do(req).Code
	}
	for i := range 20 {
		attempt(fmt.Sprintf("nobody%d", i), "203.0.113.9")
	}
	if code := attempt("nobody-else", "203.0.113.9"); code != http.StatusTooManyRequests {
		t.Errorf("21st failure from one client: %d, want 429", code)
	}
	if code := attempt("nobody-else", "198.51.100.20"); code == http.StatusTooManyRequests {
		t.Error("another client behind the same proxy was throttled")
	}
	log, err := f.st.AuditLog(context.Background(), store.AuditFilter{Actor: "nobody0"})
	if err != nil {
		t.Fatal(err)
	}
	if len(log) == 0 || log[0].RemoteAddr != "203.0.113.9" {
		t.Errorf("audit log %+v, want the client's address 203.0.113.9", log)
	}
}
