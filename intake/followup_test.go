package intake

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// runJob makes the job of kind due and runs it through handler.
func runJob(t *testing.T, st *store.Store, kind string, handler store.Handler) {
	t.Helper()
	ctx := context.Background()
	if _, err := st.DB.Exec(st.DB.Rebind(`UPDATE jobs SET run_at = ? WHERE kind = ?`), store.Now().Add(-time.Second), kind); err != nil {
		t.Fatal(err)
	}
	jobs, err := st.Claim(ctx, []string{kind}, 10, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 1 {
		t.Fatalf("%d %s jobs due, want 1", len(jobs), kind)
	}
	if err := handler(ctx, &jobs[0]); err != nil {
		t.Fatalf("%s: %v", kind, err)
	}
	if err := st.Complete(ctx, &jobs[0]); err != nil {
		t.Fatal(err)
	}
}

func mailsOfKind(t *testing.T, st *store.Store, kind string) []string {
	var to []string
	for _, m := range queuedMail(t, st) {
		if m.Kind == kind {
			to = append(to, strings.Join(m.To, ","))
		}
	}
	return to
}

func TestReviewReminder(t *testing.T) {
	tests := []struct {
		name     string
		reviewed bool
		want     int
	}{
		{"still new", false, 1},
		{"reviewed in time", true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := storetest.Open(t, store.SQLite)
			p := newTestProcessor(t, st)
			out := process(t, p, 1, testMail("a@example.com", "相談", "rr@example.com", "X-Test-Category: doctor",
				"X-Test-Specialties: 内科", "X-Test-Prefectures: 島根県"))
			var runAt time.Time
			if err := st.DB.Get(&runAt, st.DB.Rebind(`SELECT run_at FROM jobs WHERE kind = ?`), JobReviewReminder); err != nil {
				t.Fatal(err)
			}
			if want := p.Calendar.AddBusinessHours(time.Now(), 8); runAt.Sub(want).Abs() > time.Minute {
				t.Errorf("reminder due %s, want about %s", runAt, want)
			}
			if tt.reviewed {
				if _, err := st.DB.Exec(st.DB.Rebind(`UPDATE leads SET status = 'reviewing', reviewed_at = ? WHERE id = ?`), store.Now(), out.LeadID); err != nil {
					t.Fatal(err)
				}
			}
			runJob(t, st, JobReviewReminder, p.HandleReviewReminder)
			got := mailsOfKind(t, st, "reminder")
			if len(got) != tt.want || (tt.want == 1 && got[0] != "staff@example.jp") {
				t.Errorf("reminders = %v, want %d to staff@example.jp", got, tt.want)
			}
		})
	}
}

func TestInquirerFollowup(t *testing.T) {
	tests := []struct {
		name    string
		replies bool
	}{
		{"no answer", false},
		{"answered", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := storetest.Open(t, store.SQLite)
			p := newTestProcessor(t, st)
			process(t, p, 1, testMail("Jiro <jiro@example.com>", "医師です", "fu1@example.com", "X-Test-Category: doctor"))
			if tt.replies {
				// The reply arrives without threading headers but with the
				// reference, from the lead's own address.
				ack := queuedMail(t, st)[0]
				process(t, p, 2, testMail("jiro@example.com", "Re: "+ack.Subject, "fu2@example.com", "X-Test-Category: doctor"))
				if n := count(t, st, `SELECT COUNT(*) FROM jobs WHERE kind = ? AND state = 'queued'`, JobInquirerFollowup); n != 0 {
					t.Fatalf("follow-up still queued after the reply")
				}
				return
			}
			runJob(t, st, JobInquirerFollowup, p.HandleInquirerFollowup)
			got := mailsOfKind(t, st, "followup")
			if len(got) != 1 || got[0] != "jiro@example.com" {
				t.Errorf("follow-ups = %v, want one to jiro@example.com", got)
			}
			var text string
			for _, m := range queuedMail(t, st) {
				if m.Kind == "followup" {
					text = m.Text
				}
			}
			if !strings.Contains(text, "ご専門の診療科") {
				t.Errorf("follow-up does not repeat the question:\n%s", text)
			}
		})
	}
}
