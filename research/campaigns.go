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

// SentCounter counts the campaign mail sent per bucket (keys are bucket
// starts from BucketStart). The outreach side's recipient ledger satisfies
// it.
type SentCounter interface {
	SentCounts(ctx context.Context, p Period, bucket string) (map[time.Time]int, error)
}

// StoreCampaigns is a CampaignSource on the store's suppression list:
// bounced counts the addresses newly suppressed for a hard or soft bounce in
// each bucket, unsubscribed those newly suppressed for an unsubscribe. Sent
// comes from Sent when it is set (and is 0 otherwise).
type StoreCampaigns struct {
	Store *store.Store
	Sent  SentCounter
}

// CampaignCounts implements CampaignSource.
func (c *StoreCampaigns) CampaignCounts(ctx context.Context, p Period, bucket string) ([]CampaignPoint, error) {
	var rows []struct {
		Reason    string    `db:"reason"`
		CreatedAt time.Time `db:"created_at"`
	}
	err := c.Store.DB.SelectContext(ctx, &rows, c.Store.DB.Rebind(`SELECT reason, created_at FROM suppressions
		WHERE reason IN (?, ?, ?) AND created_at >= ? AND created_at < ?`),
		store.SuppressHardBounce, store.SuppressSoftBounce, store.SuppressUnsubscribe, p.From, p.To)
	if err != nil {
		return nil, fmt.Errorf("research: suppressions: %w", err)
	}
	points := map[int64]*CampaignPoint{} // by the bucket's start in Unix seconds
	at := func(t time.Time) *CampaignPoint {
		start := BucketStart(t, bucket)
		if pt, ok := points[start.Unix()]; ok {
			return pt
		}
		pt := &CampaignPoint{Start: start}
		points[start.Unix()] = pt
		return pt
	}
	for _, r := range rows {
		if r.Reason == store.SuppressUnsubscribe {
			at(r.CreatedAt).Unsubscribed++
		} else {
			at(r.CreatedAt).Bounced++
		}
	}
	if c.Sent != nil {
		sent, err := c.Sent.SentCounts(ctx, p, bucket)
		if err != nil {
			return nil, fmt.Errorf("research: sent campaign mail: %w", err)
		}
		for k, n := range sent {
			at(k).Sent += n
		}
	}
	out := make([]CampaignPoint, 0, len(points))
	for _, pt := range points {
		out = append(out, *pt)
	}
	slices.SortFunc(out, func(a, b CampaignPoint) int { return a.Start.Compare(b.Start) })
	return out, nil
}
