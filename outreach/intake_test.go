package outreach

import (
	"context"
	"testing"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func TestIntakeHelpers(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	campaignID, _ := seedCampaign(t, st, 3)
	runID := newRun(t, st, campaignID)
	if _, err := BuildLedger(ctx, st, runID); err != nil {
		t.Fatal(err)
	}
	signer := testSigner(t)
	var row Recipient
	if err := st.DB.Get(&row, `SELECT * FROM run_recipients WHERE run_id = ? AND email = 'doc1@example1.jp'`, runID); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, token string
		hard, ok    bool
	}{
		{"forged token", "999-0011223344", true, false},
		{"header token, soft", signer.LedgerToken(row.ID), false, true},
		{"bounce address, hard", signer.BounceAddress(row.ID, "madoguchi.example.jp"), true, true},
	}
	for _, tc := range cases {
		id, ok, err := RecordLedgerBounce(ctx, st, st.DB, signer, tc.token, "5.1.1", tc.hard, 3)
		if err != nil || ok != tc.ok || (ok && id != row.ID) {
			t.Errorf("%s: id %d ok %v err %v", tc.name, id, ok, err)
		}
	}
	if sup, _ := st.Suppressed(ctx, "doc1@example1.jp"); sup == nil || sup.Reason != store.SuppressHardBounce {
		t.Errorf("hard bounce did not suppress: %+v", sup)
	}
	sub, _ := SubscriberByEmail(ctx, st, "doc2@example2.jp")
	for _, tc := range []struct {
		subject string
		ok      bool
	}{
		{"unsubscribe", false},
		{"unsubscribe 2x.AAAA", false},
		{"Re: unsubscribe " + signer.UnsubscribeToken(sub.ID, "doc2@example2.jp"), true},
	} {
		ok, err := UnsubscribeBySubject(ctx, st, st.DB, signer, tc.subject)
		if err != nil || ok != tc.ok {
			t.Errorf("%q: %v %v", tc.subject, ok, err)
		}
	}
	if sup, _ := st.Suppressed(ctx, "doc2@example2.jp"); sup == nil || sup.Reason != store.SuppressUnsubscribe {
		t.Errorf("unsubscribe mail did not suppress: %+v", sup)
	}
}
