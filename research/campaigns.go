package research

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/md2-rm/madoguchi/store"
)

// BucketStart returns the start, in Asia/Tokyo, of the bucket ("day",
// "week" from Monday, or "month") that t falls in.
func BucketStart(t time.Time, bucket string) time.Time {
	t = t.In(Tokyo())
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	switch bucket {
	case "week":
		return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	case "month":
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
	}
	return day
}

// CampaignTables is the CampaignSource on the campaign tables (migration
// 00300): sent counts the recipient ledger's rows sent in each bucket
// (run_recipients.state = 'sent', by sent_at), bounced the ledger rows a
// bounce was tied to (last_error "bounced (…)", by updated_at), and
// unsubscribed the subscriptions ended in each bucket (by unsubscribed_at).
type CampaignTables struct {
	Store *store.Store
}

// CampaignCounts implements CampaignSource.
func (c *CampaignTables) CampaignCounts(ctx context.Context, p Period, bucket string) ([]CampaignPoint, error) {
	// Days in Asia/Tokyo are counted in SQL; weeks and months in Go.
	day := func(col string) string {
		if c.Store.Driver() == store.Postgres {
			return "to_char(" + col + " AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD')"
		}
		return "date(" + col + ", '+9 hours')"
	}
	queries := []struct {
		what  string
		query string
		add   func(*CampaignPoint, int)
	}{
		{"sent", `SELECT ` + day("sent_at") + ` AS day, COUNT(*) AS n FROM run_recipients
			WHERE state = 'sent' AND sent_at >= ? AND sent_at < ? GROUP BY 1`,
			func(pt *CampaignPoint, n int) { pt.Sent += n }},
		{"bounced", `SELECT ` + day("updated_at") + ` AS day, COUNT(*) AS n FROM run_recipients
			WHERE last_error LIKE 'bounced (%' AND updated_at >= ? AND updated_at < ? GROUP BY 1`,
			func(pt *CampaignPoint, n int) { pt.Bounced += n }},
		{"unsubscribed", `SELECT ` + day("unsubscribed_at") + ` AS day, COUNT(*) AS n FROM subscriptions
			WHERE status = 'unsubscribed' AND unsubscribed_at >= ? AND unsubscribed_at < ? GROUP BY 1`,
			func(pt *CampaignPoint, n int) { pt.Unsubscribed += n }},
	}
	loc := Tokyo()
	points := map[int64]*CampaignPoint{} // by the bucket's start in Unix seconds
	for _, q := range queries {
		var rows []struct {
			Day string `db:"day"`
			N   int    `db:"n"`
		}
		if err := c.Store.DB.SelectContext(ctx, &rows, c.Store.DB.Rebind(q.query), p.From, p.To); err != nil {
			return nil, fmt.Errorf("research: campaigns %s: %w", q.what, err)
		}
		for _, r := range rows {
			d, err := time.ParseInLocation(time.DateOnly, r.Day, loc)
			if err != nil {
				return nil, fmt.Errorf("research: campaigns %s: day %q: %w", q.what, r.Day, err)
			}
			start := BucketStart(d, bucket)
			pt, ok := points[start.Unix()]
			if !ok {
				pt = &CampaignPoint{Start: start}
				points[start.Unix()] = pt
			}
			q.add(pt, r.N)
		}
	}
	out := make([]CampaignPoint, 0, len(points))
	for _, pt := range points {
		out = append(out, *pt)
	}
	slices.SortFunc(out, func(a, b CampaignPoint) int { return a.Start.Compare(b.Start) })
	return out, nil
}
