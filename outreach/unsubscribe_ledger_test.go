package outreach

import (
	"context"
	"testing"

	"github.com/md2-rm/madoguchi/outreach/smtpsink"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// An opt-out takes effect at once, also for a run whose ledger was written
// before it (a long run, a run waiting for its send window, a retry).
func TestUnsubscribeCancelsQueuedLedgerRows(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			campaignID, _ := seedCampaign(t, st, 5)
			runID := newRun(t, st, campaignID)
			if n, err := BuildLedger(ctx, st, runID); err != nil || n != 5 {
				t.Fatalf("ledger: %d rows, %v", n, err)
			}
			for _, tc := range []struct {
				addr    string
				changed bool
			}{
				{"doc2@example2.jp", true},
				{"DOC2@example2.jp", false}, // idempotent, whatever the case
			} {
				changed, err := Unsubscribe(ctx, st, tc.addr, "test")
				if err != nil || changed != tc.changed {
					t.Fatalf("unsubscribe %s: changed %v, %v; want changed %v", tc.addr, changed, err, tc.changed)
				}
			}
			sink := startSink(t, smtpsink.Options{Keep: true})
			e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
			res, err := e.SendRun(ctx, runID)
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != RunDone || res.Sent != 4 {
				t.Fatalf("result %+v, want done with 4 sent", res)
			}
			if n := sink.Counts()["doc2@example2.jp"]; n != 0 {
				t.Fatalf("the unsubscribed address got %d mails", n)
			}
			p, err := RunProgress(ctx, st, runID)
			if err != nil {
				t.Fatal(err)
			}
			if p.Cancelled != 1 || p.Sent != 4 || p.Remaining() != 0 {
				t.Fatalf("progress %+v, want 4 sent and 1 cancelled", p)
			}
		})
	}
}
