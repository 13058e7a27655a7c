package outreach

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
	_ "time/tzdata" // Asia/Tokyo in minimal images

	"github.com/md2-rm/madoguchi/store"
)

// Scheduler turns campaign schedules into runs and has the Engine send
// them. A scheduled time is recorded as a run under a unique key, so it is
// never sent twice; a time missed while the service was down is sent at
// start-up only within Grace, and is otherwise recorded as skipped.
type Scheduler struct {
	Store  *store.Store
	Engine *Engine
	Log    *slog.Logger
	Grace  time.Duration
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// Interval bounds how long the loop sleeps between checks; 30s when zero.
	Interval time.Duration
}

func (s *Scheduler) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// maxCatchUp bounds how many missed times one check records per campaign.
const maxCatchUp = 1000

// Tick records every run due by now: pending within the grace period,
// skipped beyond it. It returns the runs it created.
func (s *Scheduler) Tick(ctx context.Context) ([]int64, error) {
	now := s.now().UTC()
	camps, err := Campaigns(ctx, s.Store)
	if err != nil {
		return nil, err
	}
	var created []int64
	var errs []error
	for i := range camps {
		c := &camps[i]
		if c.Status != CampaignScheduled {
			continue
		}
		due, err := s.dueTimes(ctx, c, now)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, t := range due {
			status, note := RunPending, ""
			if late := now.Sub(t); late > s.Grace {
				status = RunSkipped
				note = fmt.Sprintf("missed by %s while the service was down (grace %s)", late.Round(time.Second), s.Grace)
			}
			id, ok, err := CreateRun(ctx, s.Store.DB, c.ID, t, "schedule", status, note)
			if err != nil {
				errs = append(errs, err)
				break
			}
			if ok {
				created = append(created, id)
				s.Log.Info("campaign run recorded", "campaign", c.ID, "run", id, "scheduled", t, "status", status)
			}
		}
	}
	return created, errors.Join(errs...)
}

// dueTimes lists the campaign's scheduled times after its last recorded
// scheduled run (or the start of its schedule) up to now.
func (s *Scheduler) dueTimes(ctx context.Context, c *Campaign, now time.Time) ([]time.Time, error) {
	var last *time.Time
	var lastRun []time.Time
	err := s.Store.DB.SelectContext(ctx, &lastRun, s.Store.DB.Rebind(`SELECT scheduled_at FROM campaign_runs
		WHERE campaign_id = ? AND trigger = 'schedule' ORDER BY scheduled_at DESC LIMIT 1`), c.ID)
	if err != nil {
		return nil, fmt.Errorf("outreach: last run of campaign %d: %w", c.ID, err)
	}
	if len(lastRun) > 0 {
		last = &lastRun[0]
	}
	if c.CronSpec == "" {
		if c.SendAt == nil || c.SendAt.After(now) || last != nil {
			return nil, nil
		}
		return []time.Time{*c.SendAt}, nil
	}
	_, sched, err := NormalizeSpec(c.CronSpec)
	if err != nil {
		return nil, err
	}
	from := c.CreatedAt
	if c.ScheduleFrom != nil {
		from = *c.ScheduleFrom
	}
	if last != nil && last.After(from) {
		from = *last
	}
	var out []time.Time
	for t := sched.Next(from); !t.IsZero() && !t.After(now); t = sched.Next(t) {
		out = append(out, t.UTC())
		if len(out) == maxCatchUp {
			break
		}
	}
	return out, nil
}

// Run checks the schedules and sends due runs until ctx ends. Runs are
// sent one at a time; SIGTERM (ctx) lets the mails in flight finish.
func (s *Scheduler) Run(ctx context.Context) error {
	interval := s.Interval
	if interval <= 0 {
		interval = 30 * time.Second
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	sending := make(chan struct{}, 1)
	for {
		if _, err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.Log.Error("campaign schedules", "err", err)
		}
		select {
		case sending <- struct{}{}:
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sending }()
				s.sendDue(ctx)
			}()
		default: // still sending
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

func (s *Scheduler) sendDue(ctx context.Context) {
	ids, err := RunsToSend(ctx, s.Store)
	if err != nil {
		if ctx.Err() == nil {
			s.Log.Error("campaign runs", "err", err)
		}
		return
	}
	for _, id := range ids {
		if ctx.Err() != nil {
			return
		}
		res, err := s.Engine.SendRun(ctx, id)
		switch {
		case errors.Is(err, ErrLeased):
			continue
		case err != nil:
			s.Log.Error("campaign run failed", "run", id, "err", err)
		default:
			s.Log.Info("campaign run", "run", id, "status", res.Status, "sent", res.Sent, "failed", res.Failed)
		}
	}
}
