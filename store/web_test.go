package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func TestUsersAndSessions(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			u, err := st.CreateUser(ctx, "hanako", "pass-1234", store.RoleStaff)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.CreateUser(ctx, "hanako", "other-1234", store.RoleAdmin); !errors.Is(err, store.ErrUserExists) {
				t.Fatalf("duplicate: %v", err)
			}
			if _, err := st.CreateUser(ctx, "jiro", "pass-1234", "boss"); err == nil {
				t.Fatal("bad role accepted")
			}
			if _, err := st.CreateUser(ctx, "jiro", "", store.RoleStaff); err == nil {
				t.Fatal("empty password accepted")
			}
			if store.CheckPasswordPolicy("abcdefghi") == nil || store.CheckPasswordPolicy("パスワード長めの十文字") != nil {
				t.Fatal("password policy: 9 characters accepted or 10 refused")
			}
			if !u.CheckPassword("pass-1234") || u.CheckPassword("pass-12345") {
				t.Fatal("password check wrong")
			}
			token, sess, err := st.CreateSession(ctx, u.ID, "127.0.0.1", "ua", time.Now().Add(time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if sess.IDHash == token {
				t.Fatal("the token itself is stored")
			}
			su, err := st.SessionByToken(ctx, token)
			if err != nil || su.User.Username != "hanako" || su.CSRFToken == "" {
				t.Fatalf("session lookup: %+v %v", su, err)
			}
			if _, err := st.SessionByToken(ctx, token+"x"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("unknown token: %v", err)
			}
			// Disabling signs out; so does a new password.
			if err := st.SetUserDisabled(ctx, u.ID, true); err != nil {
				t.Fatal(err)
			}
			if _, err := st.SessionByToken(ctx, token); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("disabled user's session: %v", err)
			}
			if err := st.SetUserDisabled(ctx, u.ID, false); err != nil {
				t.Fatal(err)
			}
			token, _, _ = st.CreateSession(ctx, u.ID, "", "", time.Now().Add(time.Hour))
			if err := st.SetPassword(ctx, "hanako", "new-pass-1"); err != nil {
				t.Fatal(err)
			}
			if _, err := st.SessionByToken(ctx, token); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("session after password change: %v", err)
			}
			if err := st.SetPassword(ctx, "ghost", "new-pass-1"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("unknown user: %v", err)
			}
			// Expiry.
			old, _, _ := st.CreateSession(ctx, u.ID, "", "", time.Now().Add(-time.Second))
			if _, err := st.SessionByToken(ctx, old); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("expired session: %v", err)
			}
			if n, err := st.DeleteExpiredSessions(ctx); err != nil || n != 1 {
				t.Fatalf("delete expired: %d %v", n, err)
			}
		})
	}
}

func TestLeadWorkflowHistory(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			u, err := st.CreateUser(ctx, "hanako", "pass-1234", store.RoleStaff)
			if err != nil {
				t.Fatal(err)
			}
			c := lead.Doctor
			name := "山田太郎"
			l := store.LeadFromFields(lead.Fields{Category: &c, Name: &name, Specialties: []string{"内科"}})
			id, err := st.CreateLead(ctx, st.DB, &l)
			if err != nil {
				t.Fatal(err)
			}
			by := store.Actor{UserID: u.ID, Name: u.Username}
			changes, err := st.EditLead(ctx, id, by, true, func(l *store.Lead) error {
				l.Name = sql.NullString{}
				l.Specialties = store.StringList{"外科", "内科"}
				l.Age = sql.NullInt64{Int64: 64, Valid: true}
				return nil
			})
			if err != nil || len(changes) != 4 { // name, age, specialties, reviewed_at
				t.Fatalf("changes %+v %v", changes, err)
			}
			if _, err := st.EditLead(ctx, id, by, false, func(l *store.Lead) error { l.Category = "nonsense"; return nil }); !errors.Is(err, store.ErrInvalid) {
				t.Fatalf("bad category: %v", err)
			}
			if err := st.SetLeadStatus(ctx, id, store.StatusClosed, " ", by); !errors.Is(err, store.ErrInvalid) {
				t.Fatalf("close without reason: %v", err)
			}
			if err := st.SetLeadStatus(ctx, id, "flying", "", by); !errors.Is(err, store.ErrInvalid) {
				t.Fatalf("unknown status: %v", err)
			}
			if err := st.SetLeadStatus(ctx, id, store.StatusContacted, "", by); err != nil {
				t.Fatal(err)
			}
			if err := st.SetLeadStatus(ctx, id, store.StatusContacted, "", by); err != nil {
				t.Fatal(err)
			}
			if err := st.AssignLead(ctx, id, u.ID, by); err != nil {
				t.Fatal(err)
			}
			if err := st.AssignLead(ctx, id, 999, by); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("assign to nobody known: %v", err)
			}
			evs, err := st.LeadEvents(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Kind+":"+e.Field+":"+e.OldValue.String+">"+e.NewValue.String)
				if e.Actor != "hanako" || !e.UserID.Valid {
					t.Errorf("event without its author: %+v", e)
				}
			}
			want := []string{
				"field:name:山田太郎>",
				"field:age:>64",
				`field:specialties:["内科"]>["外科","内科"]`,
				"status:status:new>contacted", // the repeated change is not recorded
				"assign:assignee:>hanako",
			}
			if len(got) != 6 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] || got[4] != want[3] || got[5] != want[4] {
				t.Fatalf("history\n%q\nwant (with reviewed at 3)\n%q", got, want)
			}
			reviewed, err := st.ReviewedLeads(ctx)
			if err != nil || len(reviewed) != 1 || reviewed[0].ID != id {
				t.Fatalf("reviewed %v %v", reviewed, err)
			}
			other := store.LeadFromFields(lead.Fields{Category: &c, Specialties: []string{"眼科"}})
			if _, err := st.CreateLead(ctx, st.DB, &other); err != nil {
				t.Fatal(err)
			}
			counts, err := st.LeadStatusCounts(ctx, store.LeadFilter{Status: store.StatusNew})
			if err != nil || counts.All != 2 || counts.ByStatus[store.StatusContacted] != 1 || counts.ByStatus[store.StatusNew] != 1 ||
				counts.Unreviewed != 1 || counts.Matching(store.StatusNew) != 1 || counts.Matching("") != 2 {
				t.Fatalf("counts %+v %v", counts, err)
			}
			if counts, _ := st.LeadStatusCounts(ctx, store.LeadFilter{Specialty: "眼科"}); counts.All != 1 || counts.Unreviewed != 1 {
				t.Fatalf("filtered counts %+v", counts)
			}
			rows, total, err := st.QueryLeads(ctx, store.LeadFilter{AssigneeID: u.ID, Specialty: "外科"})
			if err != nil || total != 1 || len(rows) != 1 || rows[0].Assignee.String != "hanako" {
				t.Fatalf("query %+v %d %v", rows, total, err)
			}
		})
	}
}

func TestFollowUpsAndAudit(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			now := time.Now()
			late, _, _ := st.Enqueue(ctx, st.DB, store.NewJob{Kind: store.KindReminder, RunAt: now.Add(-48 * time.Hour)})
			soon, _, _ := st.Enqueue(ctx, st.DB, store.NewJob{Kind: "followup.ask", RunAt: now.Add(time.Hour)})
			st.Enqueue(ctx, st.DB, store.NewJob{Kind: store.KindReminder, RunAt: now.Add(30 * 24 * time.Hour)})
			st.Enqueue(ctx, st.DB, store.NewJob{Kind: "outbox.send", RunAt: now.Add(-time.Hour)})
			due, err := st.FollowUps(ctx, []string{"reminder.", "followup."}, now.Add(7*24*time.Hour), 0)
			if err != nil || len(due) != 2 || due[0].ID != late || due[1].ID != soon {
				t.Fatalf("due %+v %v", due, err)
			}
			if err := st.SnoozeJob(ctx, late, now.Add(10*24*time.Hour)); err != nil {
				t.Fatal(err)
			}
			if err := st.DismissJob(ctx, soon, "hanako"); err != nil {
				t.Fatal(err)
			}
			if err := st.DismissJob(ctx, soon, "hanako"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("dismiss twice: %v", err)
			}
			if due, _ := st.FollowUps(ctx, []string{"reminder.", "followup."}, now.Add(7*24*time.Hour), 0); len(due) != 0 {
				t.Fatalf("still due %+v", due)
			}
			for i, a := range []string{store.AuditView, store.AuditEdit} {
				if err := st.Audit(ctx, st.DB, store.AuditEntry{Actor: "hanako", Action: a, ObjectType: "lead",
					ObjectID: sql.NullInt64{Int64: int64(i + 1), Valid: true}}); err != nil {
					t.Fatal(err)
				}
			}
			log, err := st.AuditLog(ctx, store.AuditFilter{ObjectType: "lead", ObjectID: 2})
			if err != nil || len(log) != 1 || log[0].Action != store.AuditEdit {
				t.Fatalf("audit %+v %v", log, err)
			}
			all, _ := st.AuditLog(ctx, store.AuditFilter{})
			if len(all) != 2 || all[0].ObjectID.Int64 != 2 {
				t.Fatalf("audit newest first: %+v", all)
			}
			failed := &store.StoredMail{Raw: []byte("garbage"), Error: sql.NullString{String: "not a mail", Valid: true}}
			if _, err := st.InsertMail(ctx, st.DB, failed); err != nil {
				t.Fatal(err)
			}
			if _, err := st.InsertMail(ctx, st.DB, &store.StoredMail{Raw: []byte("Subject: ok\r\n\r\nhi")}); err != nil {
				t.Fatal(err)
			}
			fm, total, err := st.FailedMails(ctx, 10, 0)
			if err != nil || total != 1 || len(fm) != 1 || fm[0].Error.String != "not a mail" || fm[0].Raw != nil {
				t.Fatalf("failed mails %+v %d %v", fm, total, err)
			}
		})
	}
}

func TestLeadSearch(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			c := lead.Doctor
			mk := func(name, org, body string) int64 {
				l := store.LeadFromFields(lead.Fields{Category: &c, Name: &name, Organization: &org, Body: &body})
				id, err := st.CreateLead(ctx, st.DB, &l)
				if err != nil {
					t.Fatal(err)
				}
				return id
			}
			a := mk("山田太郎", "隠岐広域連合立隠岐病院", "整形外科の常勤を希望します")
			b := mk("Suzuki Ichiro", "Kochi Health", "パートタイムで100%在宅")
			if _, err := st.EditLead(ctx, b, store.Actor{Name: "t"}, false, func(l *store.Lead) error {
				l.Name = sql.NullString{String: "鈴木一郎", Valid: true}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			gone := mk("山田花子", "削除される病院", "削除")
			if _, err := st.DB.ExecContext(ctx, st.DB.Rebind(`DELETE FROM leads WHERE id = ?`), gone); err != nil {
				t.Fatal(err)
			}
			tests := []struct {
				q    string
				want []int64
			}{
				{"山田", []int64{a}},      // two characters (not the deleted lead)
				{"一郎", []int64{b}},      // two characters ending the corrected name
				{"郎", []int64{b, a}},    // one character, at the end of both names
				{"岐", []int64{a}},       // one character inside the organisation
				{"院", []int64{a}},       // one character ending the organisation
				{"Su", nil},             // the old name is gone, also for short words
				{"KO", []int64{b}},      // short words are case-insensitive
				{"%", []int64{b}},       // taken literally
				{"_", nil},              // not a wildcard
				{"削除", nil},             // the deleted lead is gone from the index
				{"山田 整形", []int64{a}},   // short words combine
				{"隠岐病院", []int64{a}},    // organisation
				{"常勤を希望", []int64{a}},   // body
				{"鈴木一郎", []int64{b}},    // the corrected name
				{"Suzuki", nil},         // the old name is gone from the index
				{"kochi", []int64{b}},   // case-insensitive
				{"100%", []int64{b}},    // taken literally
				{"10_%", nil},           // _ and % are not wildcards
				{"山田 整形外科", []int64{a}}, // every word must match
				{"山田 パートタイム", nil},
				{`"quoted"`, nil},
			}
			for _, tt := range tests {
				rows, total, err := st.QueryLeads(ctx, store.LeadFilter{Query: tt.q})
				if err != nil {
					t.Fatalf("%q: %v", tt.q, err)
				}
				var got []int64
				for _, r := range rows {
					got = append(got, r.ID)
				}
				if !slices.Equal(got, tt.want) || total != len(tt.want) {
					t.Errorf("%q: got %v (total %d), want %v", tt.q, got, total, tt.want)
				}
			}
		})
	}
}

// TestConcurrentLeadChanges changes one lead from many goroutines at once:
// every change is kept in the history, and each entry's old value is the
// value the entry before it set (no change is lost or recorded against a
// value it did not replace).
func TestConcurrentLeadChanges(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			c := lead.Doctor
			name := "山田太郎"
			l := store.LeadFromFields(lead.Fields{Category: &c, Name: &name})
			id, err := st.CreateLead(ctx, st.DB, &l)
			if err != nil {
				t.Fatal(err)
			}
			const n = 8
			var wg sync.WaitGroup
			errs := make([]error, 2*n)
			for i := range n {
				wg.Go(func() {
					_, errs[i] = st.EditLead(ctx, id, store.Actor{Name: "staff"}, false, func(l *store.Lead) error {
						l.Name = sql.NullString{String: fmt.Sprintf("名前%d", i), Valid: true}
						return nil
					})
				})
				wg.Go(func() {
					status := store.Statuses[i%len(store.Statuses)].Value
					errs[n+i] = st.SetLeadStatus(ctx, id, status, "理由", store.Actor{Name: "staff"})
				})
			}
			wg.Wait()
			for i, err := range errs {
				if err != nil {
					t.Fatalf("change %d: %v", i, err)
				}
			}
			evs, err := st.LeadEvents(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			last := map[string]string{"name": name, "status": store.StatusNew}
			counts := map[string]int{}
			for _, e := range evs {
				if e.Field != "name" && e.Field != "status" {
					continue
				}
				counts[e.Field]++
				if e.OldValue.String != last[e.Field] {
					t.Errorf("%s event %d: old value %q, but the value before was %q", e.Field, e.ID, e.OldValue.String, last[e.Field])
				}
				last[e.Field], _, _ = strings.Cut(e.NewValue.String, ":")
			}
			if counts["name"] != n {
				t.Errorf("%d name changes recorded, want %d", counts["name"], n)
			}
		})
	}
}
