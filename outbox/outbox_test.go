package outbox_test

import (
	"bytes"
	"context"
	"errors"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"

	"github.com/md2-rm/madoguchi/internal/config"
	"github.com/md2-rm/madoguchi/internal/smtptest"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func newOutbox(t *testing.T, driver string) (*outbox.Outbox, *smtptest.Server) {
	t.Helper()
	srv, err := smtptest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	st := storetest.Open(t, driver)
	return &outbox.Outbox{
		Store:  st,
		Sender: outbox.NewSMTP(config.SMTP{Addr: srv.Addr, TLS: "none"}),
		From:   "事務局 <md@md2-rm.example.org>",
	}, srv
}

// runOnce claims the one pending job and runs the handler on it, recording
// the outcome as the worker would.
func runOnce(t *testing.T, o *outbox.Outbox) (store.Job, error) {
	t.Helper()
	ctx := context.Background()
	jobs, err := o.Store.Claim(ctx, []string{outbox.JobKind}, 1, time.Minute)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("claim: %d jobs, %v", len(jobs), err)
	}
	j := jobs[0]
	herr := o.Handle(ctx, &j)
	if herr == nil {
		err = o.Store.Complete(ctx, &j)
	} else {
		err = o.Store.Fail(ctx, &j, herr, store.IsPermanent(herr))
	}
	if err != nil {
		t.Fatal(err)
	}
	return j, herr
}

func TestSendRecordsAndThreads(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			o, srv := newOutbox(t, driver)
			msg := outbox.Message{
				Kind: "ack", To: []string{"yamada@example.jp"},
				Subject: "【受付】お問い合わせありがとうございます 〜 [MD2-000001]",
				Text:    "山田様\n\nお問い合わせを受け付けました。①㈱〜",
				HTML:    "<p>山田様</p>", InReplyTo: "abc@example.jp", References: []string{"abc@example.jp"},
				Headers: map[string]string{"Auto-Submitted": "auto-replied"},
			}
			if _, created, err := o.Enqueue(ctx, o.Store.DB, msg, "ack:abc", time.Time{}); err != nil || !created {
				t.Fatalf("enqueue: %v %v", created, err)
			}
			if _, created, _ := o.Enqueue(ctx, o.Store.DB, msg, "ack:abc", time.Time{}); created {
				t.Fatal("a second acknowledgement with the same key was queued")
			}
			if _, err := runOnce(t, o); err != nil {
				t.Fatal(err)
			}
			got := srv.Wait(1, 5*time.Second)
			if len(got) != 1 {
				t.Fatalf("%d mails received, want 1", len(got))
			}
			if got[0].To[0] != "yamada@example.jp" || got[0].From != "md@md2-rm.example.org" {
				t.Errorf("envelope %s -> %v", got[0].From, got[0].To)
			}
			e, err := message.Read(bytes.NewReader(got[0].Data))
			if err != nil {
				t.Fatal(err)
			}
			h := e.Header
			subj, _ := h.Text("Subject")
			checks := map[string][2]string{
				"Subject":        {subj, msg.Subject},
				"Auto-Submitted": {h.Get("Auto-Submitted"), "auto-replied"},
				"In-Reply-To":    {h.Get("In-Reply-To"), "<abc@example.jp>"},
				"X-Loop":         {h.Get("X-Loop"), "md@md2-rm.example.org"},
			}
			for k, v := range checks {
				if v[0] != v[1] {
					t.Errorf("%s = %q, want %q", k, v[0], v[1])
				}
			}
			if !strings.Contains(strings.ToLower(string(got[0].Data)), "charset=utf-8") {
				t.Error("mail is not labelled UTF-8")
			}
			var text string
			mr := e.MultipartReader()
			for mr != nil {
				p, err := mr.NextPart()
				if err != nil {
					break
				}
				if ct, _, _ := p.Header.ContentType(); ct == "text/plain" {
					var b bytes.Buffer
					_, _ = b.ReadFrom(p.Body)
					text = b.String()
				}
			}
			if !strings.Contains(text, "①㈱〜") {
				t.Errorf("text part lost characters: %q", text)
			}
			var n int
			if err := o.Store.DB.GetContext(ctx, &n, `SELECT COUNT(*) FROM messages WHERE direction = 'out'`); err != nil || n != 1 {
				t.Fatalf("%d outgoing mails recorded (%v), want 1", n, err)
			}
			if _, err := mail.ReadMessage(bytes.NewReader(got[0].Data)); err != nil {
				t.Errorf("received mail does not parse: %v", err)
			}
			// A job that runs again after its mail was sent and recorded (its
			// worker died before completing it) sends nothing.
			var sentID string
			_ = o.Store.DB.GetContext(ctx, &sentID, `SELECT message_id FROM messages WHERE direction = 'out'`)
			msg.MessageID = sentID
			if _, _, err := o.Enqueue(ctx, o.Store.DB, msg, "ack:abc:again", time.Time{}); err != nil {
				t.Fatal(err)
			}
			if _, err := runOnce(t, o); err != nil {
				t.Fatal(err)
			}
			if got := srv.Wait(2, 300*time.Millisecond); len(got) != 1 {
				t.Errorf("a recorded mail was sent again: %d mails", len(got))
			}
		})
	}
}

func TestTemporaryFailureRetriesPermanentFails(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			o, srv := newOutbox(t, driver)
			srv.FailNext(1)
			srv.Reject(func(rcpt string) bool { return strings.HasPrefix(rcpt, "gone@") })
			if _, _, err := o.Enqueue(ctx, o.Store.DB, outbox.Message{Kind: "ack", To: []string{"a@example.jp"}, Subject: "s", Text: "t"}, "", time.Time{}); err != nil {
				t.Fatal(err)
			}
			j, err := runOnce(t, o)
			if err == nil || store.IsPermanent(err) {
				t.Fatalf("451: err = %v, want a temporary error", err)
			}
			var state string
			_ = o.Store.DB.GetContext(ctx, &state, o.Store.DB.Rebind(`SELECT state FROM jobs WHERE id = ?`), j.ID)
			if state != store.JobQueued {
				t.Fatalf("after 451 the job is %s, want queued for retry", state)
			}
			if _, err := o.Store.DB.ExecContext(ctx, `UPDATE jobs SET run_at = created_at`); err != nil {
				t.Fatal(err)
			}
			if _, err := runOnce(t, o); err != nil {
				t.Fatalf("retry: %v", err)
			}
			if got := srv.Wait(1, 5*time.Second); len(got) != 1 {
				t.Fatalf("%d mails after retry, want 1", len(got))
			}

			if _, _, err := o.Enqueue(ctx, o.Store.DB, outbox.Message{Kind: "ack", To: []string{"gone@example.jp"}, Subject: "s", Text: "t"}, "", time.Time{}); err != nil {
				t.Fatal(err)
			}
			j, err = runOnce(t, o)
			if !store.IsPermanent(err) {
				t.Fatalf("550: err = %v, want permanent", err)
			}
			_ = o.Store.DB.GetContext(ctx, &state, o.Store.DB.Rebind(`SELECT state FROM jobs WHERE id = ?`), j.ID)
			if state != store.JobDead {
				t.Fatalf("after 550 the job is %s, want dead", state)
			}
		})
	}
}

func TestEnqueueRejectsBadRecipient(t *testing.T) {
	o, _ := newOutbox(t, store.SQLite)
	_, _, err := o.Enqueue(context.Background(), o.Store.DB, outbox.Message{To: []string{"not an address"}}, "", time.Time{})
	if err == nil {
		t.Fatal("a bad recipient was queued")
	}
	_, _, err = o.Enqueue(context.Background(), o.Store.DB, outbox.Message{}, "", time.Time{})
	if err == nil || errors.Is(err, nil) {
		t.Fatal("a mail without recipient was queued")
	}
}

// A failed send is logged by the worker and kept on the job: neither may
// carry the recipient's address (personal data stays out of logs).
func TestSendFailureNamesNoAddress(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			o, srv := newOutbox(t, driver)
			srv.Reject(func(rcpt string) bool { return strings.HasPrefix(rcpt, "yamada.taro@") })
			for _, tc := range []struct {
				name      string
				to        string
				fail      int
				permanent bool
			}{
				{"4xx", "Suzuki.Hanako@example.jp", 1, false},
				{"5xx", "yamada.taro@example.jp", 0, true},
			} {
				t.Run(tc.name, func(t *testing.T) {
					srv.FailNext(tc.fail)
					if _, _, err := o.Enqueue(ctx, o.Store.DB, outbox.Message{Kind: "ack", To: []string{tc.to}, Subject: "s", Text: "t"}, "", time.Time{}); err != nil {
						t.Fatal(err)
					}
					j, err := runOnce(t, o)
					if err == nil || store.IsPermanent(err) != tc.permanent {
						t.Fatalf("err = %v, want permanent %v", err, tc.permanent)
					}
					var stored string
					if err := o.Store.DB.GetContext(ctx, &stored, o.Store.DB.Rebind(`SELECT last_error FROM jobs WHERE id = ?`), j.ID); err != nil {
						t.Fatal(err)
					}
					for _, s := range []string{err.Error(), stored} {
						if local, _, _ := strings.Cut(strings.ToLower(tc.to), "@"); strings.Contains(strings.ToLower(s), local) {
							t.Errorf("error names the recipient: %q", s)
						}
						if !strings.Contains(s, "ack") {
							t.Errorf("error does not say which mail failed: %q", s)
						}
					}
					if _, err := o.Store.DB.ExecContext(ctx, `UPDATE jobs SET state = 'dead'`); err != nil {
						t.Fatal(err)
					}
				})
			}
		})
	}
}
