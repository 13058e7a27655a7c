package store_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func TestLeases(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			steps := []struct {
				holder string
				wait   time.Duration
				want   bool
			}{
				{"a", 0, true},                       // free: taken
				{"b", 0, false},                      // held by a
				{"a", 0, true},                       // a renews
				{"b", 1200 * time.Millisecond, true}, // a's lease expired: b takes over
				{"a", 0, false},                      // now b holds it
			}
			for i, st := range steps {
				time.Sleep(st.wait)
				got, err := s.AcquireLease(ctx, "imap:test", st.holder, time.Second)
				if err != nil {
					t.Fatal(err)
				}
				if got != st.want {
					t.Errorf("step %d: %s acquire = %v, want %v", i, st.holder, got, st.want)
				}
			}
			if err := s.ReleaseLease(ctx, "imap:test", "b"); err != nil {
				t.Fatal(err)
			}
			if got, _ := s.AcquireLease(ctx, "imap:test", "a", time.Second); !got {
				t.Error("released lease not free")
			}
		})
	}
}

func TestMessagesAndState(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			if st, err := s.GetIMAPState(ctx, "md@host", "INBOX"); err != nil || st != nil {
				t.Fatalf("fresh state = %+v, %v", st, err)
			}
			if err := s.PutIMAPState(ctx, s.DB, store.IMAPState{Account: "md@host", Mailbox: "INBOX", UIDValidity: 4000000000, LastUID: 7}); err != nil {
				t.Fatal(err)
			}
			st, err := s.GetIMAPState(ctx, "md@host", "INBOX")
			if err != nil || st == nil || st.UIDValidity != 4000000000 || st.LastUID != 7 {
				t.Fatalf("state = %+v, %v", st, err)
			}
			l := store.Lead{Category: "doctor", Email: sql.NullString{String: "a@example.com", Valid: true}}
			if _, err := s.CreateLead(ctx, s.DB, &l); err != nil {
				t.Fatal(err)
			}
			m := &store.Message{Mailbox: sql.NullString{String: "INBOX", Valid: true}, UIDValidity: sql.NullInt64{Int64: 4000000000, Valid: true},
				UID: sql.NullInt64{Int64: 3, Valid: true}, MessageID: sql.NullString{String: "x@example.com", Valid: true},
				RawSHA256: "abc", Raw: []byte("raw"), LeadID: sql.NullInt64{Int64: l.ID, Valid: true}, Target: sql.NullString{String: "processed", Valid: true}}
			if _, created, err := s.InsertMessage(ctx, s.DB, m); err != nil || !created {
				t.Fatalf("insert: %v %v", created, err)
			}
			again := *m
			if _, created, err := s.InsertMessage(ctx, s.DB, &again); err != nil || created {
				t.Errorf("second insert of the same UID: created %v, %v", created, err)
			}
			if id, err := s.ReceivedBySHA(ctx, s.DB, "abc"); err != nil || id != m.ID {
				t.Errorf("by digest = %d, %v", id, err)
			}
			if err := s.AddThreadRef(ctx, s.DB, "ack@ours", l.ID); err != nil {
				t.Fatal(err)
			}
			for _, ids := range [][]string{{"x@example.com"}, {"nope", "ack@ours"}} {
				if id, err := s.LeadByMessageIDs(ctx, s.DB, ids); err != nil || id != l.ID {
					t.Errorf("lead by %v = %d, %v", ids, id, err)
				}
			}
			if id, err := s.LeadByMessageIDs(ctx, s.DB, []string{"nope"}); err != nil || id != 0 {
				t.Errorf("lead by unknown id = %d, %v", id, err)
			}
			pending, err := s.PendingMoves(ctx, "INBOX", 4000000000, 10)
			if err != nil || len(pending) != 1 || pending[0].UID != 3 || pending[0].Target != "processed" {
				t.Fatalf("pending = %+v, %v", pending, err)
			}
			if err := s.MarkMoved(ctx, "INBOX", 4000000000, []uint32{3}); err != nil {
				t.Fatal(err)
			}
			if pending, _ := s.PendingMoves(ctx, "INBOX", 4000000000, 10); len(pending) != 0 {
				t.Errorf("still pending after move: %+v", pending)
			}
			leads, err := s.ListLeads(ctx, 0)
			if err != nil || len(leads) != 1 || leads[0].Mails != 1 {
				t.Errorf("list leads = %+v, %v", leads, err)
			}
		})
	}
}

func TestContactsAndAckLog(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			c := store.Contact{Email: sql.NullString{String: "Taro@Example.com", Valid: true}}
			if _, err := s.CreateContact(ctx, s.DB, &c); err != nil {
				t.Fatal(err)
			}
			if err := s.FillContact(ctx, s.DB, c.ID, store.Contact{Phone: sql.NullString{String: "090-1111-2222", Valid: true}}); err != nil {
				t.Fatal(err)
			}
			for _, q := range []struct{ email, phone string }{{"taro@example.com", ""}, {"other@example.com", "090-1111-2222"}} {
				got, err := s.FindContact(ctx, s.DB, q.email, q.phone)
				if err != nil || got == nil || got.ID != c.ID {
					t.Errorf("find %v = %+v, %v", q, got, err)
				}
			}
			if got, err := s.FindContact(ctx, s.DB, "", ""); err != nil || got != nil {
				t.Errorf("find nothing = %+v, %v", got, err)
			}
			if err := s.LogAck(ctx, s.DB, "Taro@Example.com", "ack", 0, "m@ours"); err != nil {
				t.Fatal(err)
			}
			if n, err := s.AckCount(ctx, s.DB, "taro@example.com", "ack", store.Now().Add(-time.Hour)); err != nil || n != 1 {
				t.Errorf("ack count = %d, %v", n, err)
			}
			if n, _ := s.AckCount(ctx, s.DB, "taro@example.com", "ack", store.Now().Add(time.Minute)); n != 0 {
				t.Errorf("ack count after now = %d", n)
			}
		})
	}
}
