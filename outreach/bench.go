package outreach

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/outreach/smtpsink"
	"github.com/md2-rm/madoguchi/store"
)

// SeedBench adds n consenting physicians bench<i>@bench<i%50>.example on a
// new list and a built-in newsletter campaign on it, in bulk. It returns
// the campaign id.
func SeedBench(ctx context.Context, st *store.Store, n int) (int64, error) {
	now := store.Now()
	listID, err := EnsureList(ctx, st.DB, fmt.Sprintf("bench-%d", now.UnixNano()), "benchmark")
	if err != nil {
		return 0, err
	}
	const chunk = 500
	err = st.InTx(ctx, func(tx *sqlx.Tx) error {
		for from := 0; from < n; from += chunk {
			to := min(from+chunk, n)
			var sb strings.Builder
			args := make([]any, 0, (to-from)*5)
			sb.WriteString(`INSERT INTO subscribers (email, name, organization, prefecture, kind, created_at, updated_at) VALUES `)
			for i := from; i < to; i++ {
				if i > from {
					sb.WriteString(", ")
				}
				sb.WriteString("(?, ?, ?, ?, 'physician', ?, ?)")
				args = append(args, fmt.Sprintf("bench%d.%d@bench%d.example", i, listID, i%50),
					fmt.Sprintf("医師 %d", i), "市立病院", "青森県", now, now)
			}
			sb.WriteString(" ON CONFLICT (email) DO NOTHING")
			if _, err := tx.ExecContext(ctx, tx.Rebind(sb.String()), args...); err != nil {
				return fmt.Errorf("outreach: seed subscribers: %w", err)
			}
		}
		pattern := fmt.Sprintf("bench%%.%d@%%", listID)
		if _, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO consent_records (subscriber_id, list_id, method, given_at,
			evidence, recorded_by, created_at) SELECT id, ?, 'web_form', ?, 'benchmark', 'bench', ? FROM subscribers
			WHERE email LIKE ?`), listID, now, now, pattern); err != nil {
			return fmt.Errorf("outreach: seed consent: %w", err)
		}
		if _, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO subscriptions (list_id, subscriber_id, status, consent_id,
			created_at, updated_at) SELECT list_id, subscriber_id, 'subscribed', id, ?, ? FROM consent_records
			WHERE list_id = ?`), now, now, listID); err != nil {
			return fmt.Errorf("outreach: seed subscriptions: %w", err)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	content, err := BuiltinContent()
	if err != nil {
		return 0, err
	}
	return CreateCampaign(ctx, st, &Campaign{Name: "bench", Subject: content.Subject, BodyText: content.Text,
		BodyHTML: content.HTML}, []int64{listID})
}

// BenchResult is what a benchmark run measured.
type BenchResult struct {
	Recipients int
	Sent       int // distinct recipients the sink received
	Lost       int // recipients never received
	Duplicates int // mails received beyond one per recipient
	Elapsed    time.Duration
	Rate       float64
}

// Bench sends the campaign's run to an in-process SMTP sink with engine e
// (its Transport is replaced) and checks every recipient got one mail. The
// time runs from the run's creation (ledger included) to its end. The sink
// is the lean one: it counts mails per recipient and discards them.
func Bench(ctx context.Context, e *Engine, campaignID int64, recipients int) (BenchResult, error) {
	sink, err := smtpsink.Start(smtpsink.Options{Lean: true})
	if err != nil {
		return BenchResult{}, err
	}
	defer sink.Close()
	e.Transport = &SMTP{Addr: sink.Addr(), TLS: "none", HELO: "localhost"}
	start := time.Now()
	runID, _, err := CreateRun(ctx, e.Store.DB, campaignID, store.Now(), "manual", RunPending, "benchmark")
	if err != nil {
		return BenchResult{}, err
	}
	res, err := e.SendRun(ctx, runID)
	if err != nil {
		return BenchResult{}, err
	}
	elapsed := time.Since(start)
	if res.Status != RunDone {
		return BenchResult{}, fmt.Errorf("outreach: bench run ended %s", res.Status)
	}
	counts := sink.Counts()
	out := BenchResult{Recipients: recipients, Sent: len(counts), Elapsed: elapsed}
	for _, n := range counts {
		out.Duplicates += n - 1
	}
	out.Lost = recipients - len(counts)
	out.Rate = float64(sink.Total()) / elapsed.Seconds()
	return out, nil
}
