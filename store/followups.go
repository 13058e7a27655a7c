package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// KindReminder is the job kind of a reminder staff set on a lead. No worker
// handles it: it waits in the queue until staff mark it done on the
// follow-up page.
const KindReminder = "reminder.lead"

// ReminderPayload is the payload of a KindReminder job.
type ReminderPayload struct {
	LeadID int64  `json:"lead_id"`
	Note   string `json:"note"`
	By     string `json:"by"`
}

// FollowUps returns the queued jobs whose kind starts with one of the
// prefixes and that are due before until, the most overdue first.
func (s *Store) FollowUps(ctx context.Context, prefixes []string, until time.Time, limit int) ([]Job, error) {
	if len(prefixes) == 0 {
		return nil, nil
	}
	var conds []string
	args := []any{until.UTC()}
	for _, p := range prefixes {
		conds = append(conds, `kind LIKE ? ESCAPE '\'`)
		args = append(args, likeEscape(p)+`%`)
	}
	if limit <= 0 {
		limit = 200
	}
	args = append(args, limit)
	var jobs []Job
	err := s.DB.SelectContext(ctx, &jobs, s.DB.Rebind(`SELECT * FROM jobs WHERE state = 'queued' AND run_at <= ?
		AND (`+strings.Join(conds, ` OR `)+`) ORDER BY run_at, id LIMIT ?`), args...)
	if err != nil {
		return nil, fmt.Errorf("store: follow-ups: %w", err)
	}
	return jobs, nil
}

// SnoozeJob moves a queued job's due time to until.
func (s *Store) SnoozeJob(ctx context.Context, id int64, until time.Time) error {
	res, err := s.DB.ExecContext(ctx, s.DB.Rebind(`UPDATE jobs SET run_at = ?, updated_at = ? WHERE id = ? AND state = 'queued'`),
		until.UTC(), Now(), id)
	if err != nil {
		return fmt.Errorf("store: snooze job %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: snooze job %d: %w", id, ErrNotFound)
	}
	return nil
}

// DismissJob marks a queued job done without running it (a reminder dealt
// with by hand), noting who did.
func (s *Store) DismissJob(ctx context.Context, id int64, by string) error {
	now := Now()
	res, err := s.DB.ExecContext(ctx, s.DB.Rebind(`UPDATE jobs SET state = 'done', last_error = ?, updated_at = ?,
		finished_at = ? WHERE id = ? AND state = 'queued'`), "done by "+by, now, now, id)
	if err != nil {
		return fmt.Errorf("store: dismiss job %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: dismiss job %d: %w", id, ErrNotFound)
	}
	return nil
}

// JobByID returns one job, or ErrNotFound.
func (s *Store) JobByID(ctx context.Context, id int64) (*Job, error) {
	var j Job
	if err := s.DB.GetContext(ctx, &j, s.DB.Rebind(`SELECT * FROM jobs WHERE id = ?`), id); err != nil {
		return nil, fmt.Errorf("store: job %d: %w", id, notFound(err))
	}
	return &j, nil
}
