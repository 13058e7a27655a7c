package research

import (
	"context"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

type sentCounts map[time.Time]int

func (s sentCounts) SentCounts(context.Context, Period, string) (map[time.Time]int, error) {
	return s, nil
}

func TestBucketStart(t *testing.T) {
	jst := Tokyo()
	// 2026-05-13 is a Wednesday; 23:30 UTC on the 12th is 08:30 on the 13th in Tokyo.
	at := time.Date(2026, 5, 12, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		bucket string
		want   time.Time
	}{
		{"day", time.Date(2026, 5, 13, 0, 0, 0, 0, jst)},
		{"week", time.Date(2026, 5, 11, 0, 0, 0, 0, jst)},
		{"month", time.Date(2026, 5, 1, 0, 0, 0, 0, jst)},
	}
	for _, tt := range tests {
		if got := BucketStart(at, tt.bucket); !got.Equal(tt.want) {
			t.Errorf("%s: %v, want %v", tt.bucket, got, tt.want)
		}
	}
}

func TestStoreCampaigns(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			jst := Tokyo()
			sups := []struct {
				email, reason string
				at            time.Time
			}{
				{"a@example.jp", store.SuppressHardBounce, time.Date(2026, 4, 2, 10, 0, 0, 0, jst)},
				{"b@example.jp", store.SuppressSoftBounce, time.Date(2026, 4, 2, 23, 0, 0, 0, jst)},
				{"c@example.jp", store.SuppressUnsubscribe, time.Date(2026, 4, 3, 0, 30, 0, 0, jst)},
				{"d@example.jp", store.SuppressManual, time.Date(2026, 4, 3, 1, 0, 0, 0, jst)},
				{"e@example.jp", store.SuppressUnsubscribe, time.Date(2026, 5, 1, 1, 0, 0, 0, jst)}, // outside
			}
			for _, s := range sups {
				if _, err := st.Suppress(ctx, st.DB, store.Suppression{Email: s.email, Reason: s.reason, CreatedAt: s.at.UTC()}); err != nil {
					t.Fatal(err)
				}
			}
			p, _ := ParsePeriod("2026-04-01", "2026-04-30")
			d := &Dashboard{Store: st, Vocab: vocab.Load(), Campaigns: &StoreCampaigns{Store: st,
				Sent: sentCounts{time.Date(2026, 4, 2, 0, 0, 0, 0, jst): 500}}}
			f, err := d.Compute(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			if f.Bucket != "day" {
				t.Fatalf("bucket %s", f.Bucket)
			}
			got := f.CampaignTable().Rows
			want := [][]string{{"2026-04-02", "500", "2", "0"}, {"2026-04-03", "0", "0", "1"}}
			if len(got) != len(want) {
				t.Fatalf("rows %v, want %v", got, want)
			}
			for i := range want {
				for j := range want[i] {
					if got[i][j] != want[i][j] {
						t.Errorf("row %d: %v, want %v", i, got[i], want[i])
						break
					}
				}
			}
		})
	}
}
