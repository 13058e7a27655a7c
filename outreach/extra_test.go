package outreach

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/outreach/smtpsink"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func TestAddLeadToList(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	cat := lead.Doctor
	f := lead.Fields{Category: &cat, Name: ptr("佐藤 一郎"), Email: ptr("Sato@Example.jp"), Organization: ptr("県立病院"),
		Specialties: []string{"内科"}, Prefectures: []string{"秋田県", "青森県"}}
	l := store.LeadFromFields(f)
	leadID, err := st.CreateLead(ctx, st.DB, &l)
	if err != nil {
		t.Fatal(err)
	}
	listID, err := EnsureList(ctx, st.DB, "news", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AddLeadToList(ctx, st, leadID, listID, Consent{}); err == nil {
		t.Fatal("a lead was added to a list without consent")
	}
	sub, err := AddLeadToList(ctx, st, leadID, listID, Consent{Method: ConsentMail,
		GivenAt: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), Evidence: "問い合わせメールで配信を希望"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := GetSubscriber(ctx, st.DB, sub.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Address() != "sato@example.jp" || got.Name != "佐藤 一郎" || got.Prefecture != "秋田県" ||
		got.Kind != KindPhysician || got.LeadID == nil || *got.LeadID != leadID {
		t.Errorf("subscriber %+v", got)
	}
}

// TestRates checks that the global and per-domain rates hold sending back.
// It asserts only lower bounds (loose, as arrival times jitter).
func TestRates(t *testing.T) {
	cases := []struct {
		name                string
		rate, perDomain     float64
		recipients, domains int
		minimum             time.Duration
	}{
		// doc<i>@example<i%7>.jp: 14 recipients over 7 domains, 2 per domain.
		{"per domain", 0, 5, 14, 7, 190 * time.Millisecond},
		{"global", 40, 0, 14, 7, 280 * time.Millisecond},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, store.SQLite)
			campaignID, _ := seedCampaign(t, st, tc.recipients)
			var mu sync.Mutex
			first := map[string]time.Time{}
			last := map[string]time.Time{}
			sink := startSink(t, smtpsink.Options{Data: func(_ string, to []string) error {
				mu.Lock()
				defer mu.Unlock()
				d := to[0][strings.IndexByte(to[0], '@'):]
				now := time.Now()
				if _, ok := first[d]; !ok {
					first[d] = now
				}
				last[d] = now
				return nil
			}})
			e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
			e.Opts.Rate, e.Opts.PerDomainRate = tc.rate, tc.perDomain
			start := time.Now()
			res, err := e.SendRun(ctx, newRun(t, st, campaignID))
			if err != nil || res.Sent != tc.recipients {
				t.Fatalf("%+v %v", res, err)
			}
			if took := time.Since(start); took < tc.minimum {
				t.Errorf("sent %d in %s, faster than the rate allows (%s)", tc.recipients, took, tc.minimum)
			}
			if tc.perDomain > 0 {
				for d := range first {
					if gap := last[d].Sub(first[d]); gap < 100*time.Millisecond {
						t.Errorf("domain %s: two mails %s apart at %.0f/s per domain", d, gap, tc.perDomain)
					}
				}
			}
		})
	}
}

// TestSendWindowHoldsRun starts a run outside its send window: nothing is
// sent, and the rows stay queued for when the window opens.
func TestSendWindowHoldsRun(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	campaignID, _ := seedCampaign(t, st, 5)
	// A one-minute window twelve hours away from now.
	jst, _ := time.LoadLocation("Asia/Tokyo")
	at := time.Now().In(jst).Add(12 * time.Hour)
	spec := at.Format("15:04") + "-" + at.Add(time.Minute).Format("15:04")
	if at.Hour() == 23 && at.Minute() == 59 {
		spec = "00:00-00:01"
	}
	if _, err := st.DB.Exec(`UPDATE campaigns SET send_window = ? WHERE id = ?`, "daily "+spec, campaignID); err != nil {
		t.Fatal(err)
	}
	sink := startSink(t, smtpsink.Options{})
	e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
	e.Opts.Location = jst
	runID := newRun(t, st, campaignID)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	res, err := e.SendRun(ctx, runID)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := RunProgress(context.Background(), st, runID)
	if res.Status != RunSending || sink.Total() != 0 || p.Queued != 5 {
		t.Fatalf("outside the window: %+v, sink %d, progress %+v", res, sink.Total(), p)
	}
}

// TestRunPausedWithoutLabels: a run whose mail would lack a mandatory label
// (here the configuration lost org.address after scheduling) sends nothing
// and is paused with the reason.
func TestRunPausedWithoutLabels(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	campaignID, _ := seedCampaign(t, st, 2)
	sink := startSink(t, smtpsink.Options{})
	e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
	e.Opts.Org.Address = ""
	runID := newRun(t, st, campaignID)
	res, err := e.SendRun(ctx, runID)
	if !errors.Is(err, ErrMissingLabels) || res.Status != RunPaused || sink.Total() != 0 {
		t.Fatalf("%+v %v, sink %d", res, err, sink.Total())
	}
	r, _ := GetRun(ctx, st.DB, runID)
	if r.Status != RunPaused || !strings.Contains(r.Note, "postal address") {
		t.Errorf("run %s %q", r.Status, r.Note)
	}
}
