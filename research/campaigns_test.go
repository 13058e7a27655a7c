package research

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store/storetest"
)

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

func TestCampaignTables(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			jst := Tokyo()
			at := func(day, hour, min int) time.Time { return time.Date(2026, 4, day, hour, min, 0, 0, jst).UTC() }
			exec := func(q string, args ...any) {
				t.Helper()
				if _, err := st.DB.ExecContext(ctx, st.DB.Rebind(q), args...); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			exec(`INSERT INTO campaigns (id, name, subject, body_text, created_at, updated_at) VALUES (1, 'c', 's', 'b', ?, ?)`, at(1, 0, 0), at(1, 0, 0))
			exec(`INSERT INTO campaign_runs (id, campaign_id, scheduled_at, trigger, status, created_at) VALUES (1, 1, ?, 'manual', 'done', ?)`, at(1, 0, 0), at(1, 0, 0))
			recipients := []struct {
				sub       int
				state     string
				sentAt    any
				lastError string
				updated   time.Time
			}{
				{1, "sent", at(2, 9, 0), "", at(2, 9, 0)},
				{2, "sent", at(2, 23, 30), "", at(2, 23, 30)},
				{3, "sent", at(2, 10, 0), "bounced (hard) 5.1.1", at(4, 8, 0)},
				{4, "sent", at(3, 0, 10), "", at(3, 0, 10)}, // 15:10 UTC on the 2nd: the 3rd in Tokyo
				{6, "failed", nil, "550 no such user", at(2, 9, 0)},
				{7, "sent", at(30, 23, 59).Add(2 * time.Minute), "", at(30, 23, 59)}, // May in Tokyo: outside
			}
			for i, r := range recipients {
				exec(`INSERT INTO run_recipients (run_id, subscriber_id, email, kind, basis, state, next_at, sent_at, last_error, updated_at)
					VALUES (1, ?, ?, 'association', 'published', ?, ?, ?, ?, ?)`,
					r.sub, fmt.Sprintf("r%d@example.jp", i), r.state, r.updated, r.sentAt, r.lastError, r.updated)
			}
			exec(`UPDATE subscriptions SET status = 'unsubscribed', unsubscribed_at = ? WHERE subscriber_id = 5`, at(3, 12, 0))

			p, _ := ParsePeriod("2026-04-01", "2026-04-30")
			d := &Dashboard{Store: st, Vocab: vocab.Load(), Campaigns: &CampaignTables{Store: st}}
			f, err := d.Compute(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			if f.Bucket != "day" {
				t.Fatalf("bucket %s", f.Bucket)
			}
			got := f.CampaignTable().Rows
			want := [][]string{
				{"2026-04-02", "3", "0", "0"},
				{"2026-04-03", "1", "0", "1"},
				{"2026-04-04", "0", "1", "0"},
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("rows %v, want %v", got, want)
			}

			// The same figures by week and by month.
			for _, tc := range []struct {
				bucket string
				want   string
			}{
				{"week", "[{2026-03-30 4 1 1}]"},
				{"month", "[{2026-04-01 4 1 1}]"},
			} {
				pts, err := (&CampaignTables{Store: st}).CampaignCounts(ctx, p, tc.bucket)
				if err != nil {
					t.Fatal(err)
				}
				var s []string
				for _, pt := range pts {
					s = append(s, fmt.Sprintf("{%s %d %d %d}", pt.Start.Format(time.DateOnly), pt.Sent, pt.Bounced, pt.Unsubscribed))
				}
				if g := "[" + strings.Join(s, " ") + "]"; g != tc.want {
					t.Errorf("%s: %s, want %s", tc.bucket, g, tc.want)
				}
			}
		})
	}
}
