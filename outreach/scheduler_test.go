package outreach

import (
	"context"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/store/storetest"
)

// TestScheduleAcrossDowntime runs a monthly newsletter (9:00 JST on the
// 1st) on a fake clock: a run is recorded once per month however often the
// scheduler checks, a month missed during downtime is skipped, and a run
// missed by less than the grace period is sent late.
func TestScheduleAcrossDowntime(t *testing.T) {
	jst, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			campaignID, _ := seedCampaign(t, st, 1)
			if err := Schedule(ctx, st, campaignID, testOrg(), "0 9 1 * *", nil, "", time.Date(2026, 1, 10, 0, 0, 0, 0, jst)); err != nil {
				t.Fatal(err)
			}
			c, err := GetCampaign(ctx, st.DB, campaignID)
			if err != nil {
				t.Fatal(err)
			}
			if c.CronSpec != "CRON_TZ=Asia/Tokyo 0 9 1 * *" {
				t.Fatalf("stored spec %q", c.CronSpec)
			}
			var clock time.Time
			s := &Scheduler{Store: st, Log: testLog(), Grace: 6 * time.Hour, Now: func() time.Time { return clock }}
			steps := []struct {
				at      time.Time
				created int
			}{
				{time.Date(2026, 1, 20, 12, 0, 0, 0, jst), 0},
				{time.Date(2026, 2, 1, 8, 59, 0, 0, jst), 0},
				{time.Date(2026, 2, 1, 9, 0, 30, 0, jst), 1}, // on time
				{time.Date(2026, 2, 1, 9, 5, 0, 0, jst), 0},  // checked again: not twice
				{time.Date(2026, 2, 15, 9, 0, 0, 0, jst), 0},
				// Down from Feb 15 to Apr 1 12:00: March is missed by a month
				// (skipped), April by 3 hours (within the grace: sent).
				{time.Date(2026, 4, 1, 12, 0, 0, 0, jst), 2},
				{time.Date(2026, 4, 1, 12, 1, 0, 0, jst), 0},
				// Down again until May 1 16:00, 7 hours late: skipped.
				{time.Date(2026, 5, 1, 16, 0, 0, 0, jst), 1},
			}
			for _, step := range steps {
				clock = step.at
				ids, err := s.Tick(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if len(ids) != step.created {
					t.Fatalf("at %s: %d runs recorded, want %d", step.at, len(ids), step.created)
				}
			}
			runs, err := Runs(ctx, st, campaignID, 10)
			if err != nil {
				t.Fatal(err)
			}
			want := []struct {
				at     time.Time
				status string
			}{
				{time.Date(2026, 5, 1, 9, 0, 0, 0, jst), RunSkipped},
				{time.Date(2026, 4, 1, 9, 0, 0, 0, jst), RunPending},
				{time.Date(2026, 3, 1, 9, 0, 0, 0, jst), RunSkipped},
				{time.Date(2026, 2, 1, 9, 0, 0, 0, jst), RunPending},
			}
			if len(runs) != len(want) {
				t.Fatalf("%d runs, want %d", len(runs), len(want))
			}
			for i, w := range want {
				if !runs[i].ScheduledAt.Equal(w.at) || runs[i].Status != w.status {
					t.Errorf("run %d: %s %s, want %s %s", i, runs[i].ScheduledAt.In(jst), runs[i].Status, w.at, w.status)
				}
			}
			next, err := NextRuns(c, time.Date(2026, 5, 2, 0, 0, 0, 0, jst), 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(next) != 5 || !next[0].Equal(time.Date(2026, 6, 1, 9, 0, 0, 0, jst)) || !next[4].Equal(time.Date(2026, 10, 1, 9, 0, 0, 0, jst)) {
				t.Errorf("next runs %v", next)
			}
		})
	}
}

func TestScheduleRefusesMissingLabels(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, "sqlite")
	listID, err := EnsureList(ctx, st.DB, "l", "")
	if err != nil {
		t.Fatal(err)
	}
	noFooter, err := CreateCampaign(ctx, st, &Campaign{Name: "no footer", Subject: "お知らせ",
		BodyText: "{{.Name}} 様\n本文です。"}, []int64{listID})
	if err != nil {
		t.Fatal(err)
	}
	withFooter, err := CreateCampaign(ctx, st, &Campaign{Name: "footer", Subject: "お知らせ",
		BodyText: "本文\n{{template \"footer\" .}}"}, []int64{listID})
	if err != nil {
		t.Fatal(err)
	}
	org := testOrg()
	noAddress := org
	noAddress.Address = ""
	cases := []struct {
		name     string
		campaign int64
		org      Org
		ok       bool
	}{
		{"template without the footer", noFooter, org, false},
		{"organisation without a postal address", withFooter, noAddress, false},
		{"footer and full organisation", withFooter, org, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := Schedule(ctx, st, tc.campaign, tc.org, "0 9 1 * *", nil, "", time.Now())
			if (err == nil) != tc.ok {
				t.Fatalf("Schedule: %v, want ok=%v", err, tc.ok)
			}
			c, _ := GetCampaign(ctx, st.DB, tc.campaign)
			if scheduled := c.Status == CampaignScheduled; scheduled != tc.ok {
				t.Errorf("status %s", c.Status)
			}
		})
	}
}

func TestWindow(t *testing.T) {
	jst, _ := time.LoadLocation("Asia/Tokyo")
	w, err := ParseWindow("mon-fri 09:00-18:00", jst)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		at   time.Time
		open bool
		next time.Time
	}{
		{time.Date(2026, 11, 27, 10, 0, 0, 0, jst), true, time.Date(2026, 11, 27, 10, 0, 0, 0, jst)}, // Friday
		{time.Date(2026, 11, 27, 18, 0, 0, 0, jst), false, time.Date(2026, 11, 30, 9, 0, 0, 0, jst)}, // Friday evening -> Monday
		{time.Date(2026, 11, 28, 12, 0, 0, 0, jst), false, time.Date(2026, 11, 30, 9, 0, 0, 0, jst)}, // Saturday
		{time.Date(2026, 11, 30, 8, 59, 0, 0, jst), false, time.Date(2026, 11, 30, 9, 0, 0, 0, jst)},
	}
	for _, tc := range cases {
		if got := w.Open(tc.at); got != tc.open {
			t.Errorf("Open(%s) = %v", tc.at, got)
		}
		if got := w.Next(tc.at); !got.Equal(tc.next) {
			t.Errorf("Next(%s) = %s, want %s", tc.at, got, tc.next)
		}
	}
	for _, bad := range []string{"mon-fri", "xyz 09:00-10:00", "mon 18:00-09:00", "mon 25:00-26:00"} {
		if _, err := ParseWindow(bad, jst); err == nil {
			t.Errorf("ParseWindow(%q) accepted", bad)
		}
	}
}
