package admin

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/outreach"
	"github.com/md2-rm/madoguchi/outreach/smtpsink"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
	"github.com/md2-rm/madoguchi/web"
)

type client struct {
	srv         http.Handler
	token, csrf string
}

func (c *client) do(method, path string, form url.Values) *httptest.ResponseRecorder {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req := httptest.NewRequest(method, path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.RemoteAddr = "127.0.0.1:5555"
	req.AddCookie(&http.Cookie{Name: "madoguchi_session", Value: c.token})
	rec := httptest.NewRecorder()
	c.srv.ServeHTTP(rec, req)
	return rec
}

func TestCampaignPages(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			org := outreach.Org{Name: "地域医療支援センター事務局", Address: "東京都千代田区霞が関1-2-3", Email: "info@madoguchi.example.jp"}
			listID, err := outreach.EnsureList(ctx, st.DB, "news", "")
			if err != nil {
				t.Fatal(err)
			}
			email := "doc@example.jp"
			sub := &outreach.Subscriber{Email: &email, Name: "山田 花子", Organization: "市立病院", Kind: outreach.KindPhysician}
			if _, _, err := outreach.UpsertSubscriber(ctx, st.DB, sub); err != nil {
				t.Fatal(err)
			}
			if err := outreach.Subscribe(ctx, st, st.DB, listID, sub, outreach.Consent{Method: outreach.ConsentCard,
				GivenAt: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), Evidence: "名刺"}); err != nil {
				t.Fatal(err)
			}
			content, err := outreach.BuiltinContent()
			if err != nil {
				t.Fatal(err)
			}
			id, err := outreach.CreateCampaign(ctx, st, &outreach.Campaign{Name: "月次ニュースレター", Subject: content.Subject,
				BodyText: content.Text, BodyHTML: content.HTML}, []int64{listID})
			if err != nil {
				t.Fatal(err)
			}
			if err := outreach.Schedule(ctx, st, id, org, "0 9 1 * *", nil, "", time.Now()); err != nil {
				t.Fatal(err)
			}
			signer, err := outreach.NewSigner([]byte("0123456789abcdef0123456789abcdef"))
			if err != nil {
				t.Fatal(err)
			}
			srv := web.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
			sink, err := smtpsink.Start(smtpsink.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer sink.Close()
			engine := &outreach.Engine{Store: st, Signer: signer, Transport: &outreach.SMTP{Addr: sink.Addr(), TLS: "none"},
				Log:  slog.New(slog.NewTextHandler(io.Discard, nil)),
				Opts: outreach.Options{Org: org, FromAddr: "news@madoguchi.example.jp", BaseURL: "https://madoguchi.example.jp"}}
			if err := Register(srv, &Pages{Store: st, Signer: signer, Org: org, BaseURL: "https://madoguchi.example.jp",
				Tester: engine, TestAddresses: "staff@madoguchi.example.jp"}); err != nil {
				t.Fatal(err)
			}
			signIn := func(name, role string) *client {
				u, err := st.CreateUser(ctx, name, name+"-password", role)
				if err != nil {
					t.Fatal(err)
				}
				token, sess, err := st.CreateSession(ctx, u.ID, "127.0.0.1", "test", time.Now().Add(time.Hour))
				if err != nil {
					t.Fatal(err)
				}
				return &client{srv: srv, token: token, csrf: sess.CSRFToken}
			}
			admin, staff := signIn("admin", store.RoleAdmin), signIn("staff", store.RoleStaff)

			if rec := staff.do("GET", "/campaigns", nil); rec.Code != http.StatusForbidden {
				t.Errorf("staff on /campaigns: %d", rec.Code)
			}
			rec := admin.do("GET", "/campaigns", nil)
			if rec.Code != 200 || !strings.Contains(rec.Body.String(), "月次ニュースレター") || !strings.Contains(rec.Body.String(), "CRON_TZ=Asia/Tokyo 0 9 1 * *") {
				t.Fatalf("list: %d\n%s", rec.Code, rec.Body)
			}
			rec = admin.do("GET", "/campaigns/1?email=doc@example.jp", nil)
			body := rec.Body.String()
			if rec.Code != 200 || strings.Count(body, "09:00") < 5 || !strings.Contains(body, "山田 花子 様") ||
				!strings.Contains(body, "配信停止") || strings.Contains(body, "送信できません") {
				t.Fatalf("campaign page: %d\n%s", rec.Code, body)
			}
			rec = admin.do("GET", "/campaigns/1/preview.html", nil)
			if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "sandbox") || !strings.Contains(rec.Body.String(), "<html") {
				t.Fatalf("preview frame: %d %q", rec.Code, rec.Header().Get("Content-Security-Policy"))
			}
			if !strings.Contains(body, `value="staff@madoguchi.example.jp"`) {
				t.Error("the test-send form does not offer the staff address")
			}
			rec = admin.do("POST", "/campaigns/1/test-send", url.Values{"csrf": {admin.csrf}, "to": {"staff@madoguchi.example.jp, boss@madoguchi.example.jp"}})
			if rec.Code != http.StatusSeeOther || sink.Total() != 2 || sink.Counts()["boss@madoguchi.example.jp"] != 1 {
				t.Fatalf("test send: %d, sink %v\n%s", rec.Code, sink.Counts(), rec.Body)
			}
			if rec := admin.do("POST", "/campaigns/1/test-send", url.Values{"csrf": {admin.csrf}, "to": {"not an address"}}); rec.Code != http.StatusBadRequest {
				t.Errorf("test send to a bad address: %d", rec.Code)
			}
			for _, tc := range []struct {
				form url.Values
				code int
				spec string
			}{
				{url.Values{"cron": {"0 10 * * mon"}, "window": {"mon-fri 09:00-18:00"}}, http.StatusSeeOther, "CRON_TZ=Asia/Tokyo 0 10 * * mon"},
				{url.Values{"cron": {"not a spec"}}, http.StatusBadRequest, "CRON_TZ=Asia/Tokyo 0 10 * * mon"},
				{url.Values{"cron": {"0 9 1 * *"}, "at": {"2027-01-05T10:00"}}, http.StatusBadRequest, "CRON_TZ=Asia/Tokyo 0 10 * * mon"},
				{url.Values{"cron": {"0 9 1 * *"}}, http.StatusSeeOther, "CRON_TZ=Asia/Tokyo 0 9 1 * *"},
			} {
				tc.form.Set("csrf", admin.csrf)
				if rec := admin.do("POST", "/campaigns/1/schedule", tc.form); rec.Code != tc.code {
					t.Errorf("schedule %v: %d", tc.form, rec.Code)
				}
				if c, _ := outreach.GetCampaign(ctx, st.DB, 1); c.CronSpec != tc.spec {
					t.Errorf("after %v: spec %q, want %q", tc.form, c.CronSpec, tc.spec)
				}
			}
			if rec := admin.do("POST", "/campaigns/1/schedule", url.Values{"csrf": {admin.csrf}, "stop": {"1"}}); rec.Code != http.StatusSeeOther {
				t.Errorf("stop the schedule: %d", rec.Code)
			}
			if c, _ := outreach.GetCampaign(ctx, st.DB, 1); c.Status != outreach.CampaignPaused {
				t.Errorf("after stopping: %s", c.Status)
			}
			if rec := admin.do("POST", "/campaigns/1/run", url.Values{"csrf": {"wrong"}}); rec.Code != http.StatusForbidden {
				t.Errorf("run without the CSRF token: %d", rec.Code)
			}
			rec = admin.do("POST", "/campaigns/1/run", url.Values{"csrf": {admin.csrf}})
			if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/campaign-runs/") {
				t.Fatalf("run: %d %s", rec.Code, rec.Header().Get("Location"))
			}
			runPath := strings.SplitN(rec.Header().Get("Location"), "?", 2)[0]
			rec = admin.do("GET", runPath, nil)
			if rec.Code != 200 || !strings.Contains(rec.Body.String(), `id="status">pending`) || !strings.Contains(rec.Body.String(), "一時停止") {
				t.Fatalf("run page: %d\n%s", rec.Code, rec.Body)
			}
			for _, step := range []struct{ action, status string }{{"pause", "paused"}, {"resume", "pending"}, {"cancel", "cancelled"}} {
				rec = admin.do("POST", runPath+"/"+step.action, url.Values{"csrf": {admin.csrf}})
				if rec.Code != http.StatusSeeOther {
					t.Fatalf("%s: %d %s", step.action, rec.Code, rec.Body)
				}
				if rec = admin.do("GET", runPath, nil); !strings.Contains(rec.Body.String(), `id="status">`+step.status) {
					t.Fatalf("after %s: want %s\n%s", step.action, step.status, rec.Body)
				}
			}
			if rec := admin.do("POST", runPath+"/resume", url.Values{"csrf": {admin.csrf}}); rec.Code != http.StatusConflict {
				t.Errorf("resume a cancelled run: %d", rec.Code)
			}
		})
	}
}

func TestSubscribeLeadPage(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	email, name := "sato@example.jp", "佐藤 一郎"
	l := store.Lead{Category: "doctor", Status: store.StatusNew, Name: sql.NullString{String: name, Valid: true},
		Email: sql.NullString{String: email, Valid: true}}
	leadID, err := st.CreateLead(ctx, st.DB, &l)
	if err != nil {
		t.Fatal(err)
	}
	listID, err := outreach.EnsureList(ctx, st.DB, "医師ニュースレター", "")
	if err != nil {
		t.Fatal(err)
	}
	signer, _ := outreach.NewSigner([]byte("0123456789abcdef0123456789abcdef"))
	srv := web.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err := Register(srv, &Pages{Store: st, Signer: signer}); err != nil {
		t.Fatal(err)
	}
	u, err := st.CreateUser(ctx, "staff", "staff-password", store.RoleStaff)
	if err != nil {
		t.Fatal(err)
	}
	token, sess, err := st.CreateSession(ctx, u.ID, "127.0.0.1", "test", time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	c := &client{srv: srv, token: token, csrf: sess.CSRFToken}
	path := fmt.Sprintf("/leads/%d/subscribe", leadID)
	if rec := c.do("GET", path, nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), name) || !strings.Contains(rec.Body.String(), "医師ニュースレター") {
		t.Fatalf("form: %d\n%s", rec.Code, rec.Body)
	}
	cases := []struct {
		name     string
		evidence string
		code     int
	}{
		{"without evidence", "", http.StatusBadRequest},
		{"with consent", "問い合わせメールで配信を希望", http.StatusSeeOther},
	}
	for _, tc := range cases {
		rec := c.do("POST", path, url.Values{"csrf": {c.csrf}, "list": {fmt.Sprint(listID)}, "method": {"mail"},
			"given": {"2026-05-01"}, "evidence": {tc.evidence}})
		if rec.Code != tc.code {
			t.Fatalf("%s: %d\n%s", tc.name, rec.Code, rec.Body)
		}
	}
	sub, err := outreach.SubscriberByEmail(ctx, st, email)
	if err != nil || sub.LeadID == nil || *sub.LeadID != leadID {
		t.Fatalf("subscriber %+v %v", sub, err)
	}
	var n int
	if err := st.DB.Get(&n, `SELECT COUNT(*) FROM subscriptions WHERE list_id = ? AND subscriber_id = ? AND status = 'subscribed'`, listID, sub.ID); err != nil || n != 1 {
		t.Errorf("subscription %d %v", n, err)
	}
}
