package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	mrand "math/rand/v2"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/jmoiron/sqlx/types"
)

// Job states.
const (
	JobQueued  = "queued"
	JobRunning = "running"
	JobDone    = "done"
	JobDead    = "dead"
)

// Job is one unit of work in the durable queue.
type Job struct {
	ID          int64          `db:"id"`
	Kind        string         `db:"kind"`
	Payload     types.JSONText `db:"payload"`
	DedupeKey   sql.NullString `db:"dedupe_key"`
	State       string         `db:"state"`
	RunAt       time.Time      `db:"run_at"`
	Attempts    int            `db:"attempts"`
	MaxAttempts int            `db:"max_attempts"`
	LastError   string         `db:"last_error"`
	LeaseToken  sql.NullString `db:"lease_token"`
	LeaseUntil  sql.NullTime   `db:"lease_until"`
	CreatedAt   time.Time      `db:"created_at"`
	UpdatedAt   time.Time      `db:"updated_at"`
	FinishedAt  sql.NullTime   `db:"finished_at"`
}

// Decode unmarshals the job's payload into v.
func (j *Job) Decode(v any) error {
	if err := json.Unmarshal(j.Payload, v); err != nil {
		return fmt.Errorf("job %d (%s): payload: %w", j.ID, j.Kind, err)
	}
	return nil
}

// NewJob describes a job to enqueue.
type NewJob struct {
	Kind        string
	Payload     any       // marshalled as JSON
	RunAt       time.Time // zero: now
	DedupeKey   string    // optional: a second job with the same key is not enqueued
	MaxAttempts int       // zero: 8
}

// ErrLeaseLost is returned when a job's lease expired and another worker took
// it over, so the caller must not report on it any more.
var ErrLeaseLost = errors.New("job lease lost")

// Execer is what Enqueue runs on: the database or a transaction.
type Execer interface {
	sqlx.ExtContext
}

// Enqueue adds a job. It returns the job's id and whether it was created; a
// job whose dedupe key already exists is not created again (created=false,
// id of the existing job). q may be s.DB or a transaction, so a job can be
// enqueued atomically with the change that calls for it.
func (s *Store) Enqueue(ctx context.Context, q Execer, j NewJob) (id int64, created bool, err error) {
	if j.Kind == "" {
		return 0, false, errors.New("store: enqueue: empty kind")
	}
	payload, err := json.Marshal(j.Payload)
	if err != nil {
		return 0, false, fmt.Errorf("store: enqueue %s: payload: %w", j.Kind, err)
	}
	if j.Payload == nil {
		payload = []byte("{}")
	}
	now := Now()
	runAt := j.RunAt.UTC()
	if j.RunAt.IsZero() {
		runAt = now
	}
	maxAttempts := j.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = 8
	}
	var key sql.NullString
	if j.DedupeKey != "" {
		key = sql.NullString{String: j.DedupeKey, Valid: true}
	}
	err = sqlx.GetContext(ctx, q, &id, q.Rebind(`
		INSERT INTO jobs (kind, payload, dedupe_key, state, run_at, max_attempts, created_at, updated_at)
		VALUES (?, ?, ?, 'queued', ?, ?, ?, ?)
		ON CONFLICT (dedupe_key) DO NOTHING
		RETURNING id`), j.Kind, string(payload), key, runAt, maxAttempts, now, now)
	if errors.Is(err, sql.ErrNoRows) {
		err = sqlx.GetContext(ctx, q, &id, q.Rebind(`SELECT id FROM jobs WHERE dedupe_key = ?`), key)
		if err != nil {
			return 0, false, fmt.Errorf("store: enqueue %s: existing job: %w", j.Kind, err)
		}
		return id, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: enqueue %s: %w", j.Kind, err)
	}
	return id, true, nil
}

// Claim leases up to limit runnable jobs of the given kinds (all kinds when
// none are given) for the lease duration. A job is runnable when it is queued
// and due, or running with an expired lease (its worker died). Two claimers
// never get the same job: PostgreSQL uses FOR UPDATE SKIP LOCKED; SQLite
// serialises the claim in an immediate transaction. Jobs that have used up
// their attempts while their lease expired become dead.
func (s *Store) Claim(ctx context.Context, kinds []string, limit int, lease time.Duration) ([]Job, error) {
	if limit <= 0 {
		limit = 1
	}
	token := newToken()
	var jobs []Job
	err := s.InTx(ctx, func(tx *sqlx.Tx) error {
		now, err := s.LeaseNow(ctx, tx)
		if err != nil {
			return err
		}
		until := now.Add(lease)
		// A job whose worker died on its last attempt has nothing left to try.
		if _, err := tx.ExecContext(ctx, tx.Rebind(`
			UPDATE jobs SET state = 'dead', last_error = 'lease expired after the last attempt',
			       lease_token = NULL, lease_until = NULL, updated_at = ?, finished_at = ?
			WHERE state = 'running' AND lease_until < ? AND attempts >= max_attempts`),
			now, now, now); err != nil {
			return fmt.Errorf("store: claim: expire: %w", err)
		}
		where := `((state = 'queued' AND run_at <= ?) OR (state = 'running' AND lease_until < ?))`
		args := []any{now, now}
		if len(kinds) > 0 {
			where += ` AND kind IN (?)`
			args = append(args, kinds)
		}
		sel := `SELECT id FROM jobs WHERE ` + where + ` ORDER BY run_at, id LIMIT ?`
		if s.driver == Postgres {
			sel += ` FOR UPDATE SKIP LOCKED`
		}
		args = append(args, limit)
		query, qargs, err := sqlx.In(`
			UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_token = ?,
			       lease_until = ?, updated_at = ?
			WHERE id IN (`+sel+`)
			RETURNING *`, append([]any{token, until, now}, args...)...)
		if err != nil {
			return fmt.Errorf("store: claim: %w", err)
		}
		if err := sqlx.SelectContext(ctx, tx, &jobs, tx.Rebind(query), qargs...); err != nil {
			return fmt.Errorf("store: claim: %w", err)
		}
		return nil
	})
	return jobs, err
}

// Complete marks a claimed job done. It returns ErrLeaseLost when the lease
// is no longer the caller's.
func (s *Store) Complete(ctx context.Context, j *Job) error {
	now := Now()
	return s.finish(ctx, j, `UPDATE jobs SET state = 'done', lease_token = NULL, lease_until = NULL,
		updated_at = ?, finished_at = ? WHERE id = ? AND lease_token = ? AND state = 'running'`,
		now, now, j.ID, j.LeaseToken)
}

// Fail records a failed attempt. The job is retried with exponential backoff
// and jitter until it has used its attempts; then, or at once when permanent
// is set, it becomes dead, where staff can see it and retry it.
func (s *Store) Fail(ctx context.Context, j *Job, cause error, permanent bool) error {
	now := Now()
	msg := cause.Error()
	if permanent || j.Attempts >= j.MaxAttempts {
		return s.finish(ctx, j, `UPDATE jobs SET state = 'dead', last_error = ?, lease_token = NULL,
			lease_until = NULL, updated_at = ?, finished_at = ? WHERE id = ? AND lease_token = ? AND state = 'running'`,
			msg, now, now, j.ID, j.LeaseToken)
	}
	next := now.Add(Backoff(j.Attempts))
	return s.finish(ctx, j, `UPDATE jobs SET state = 'queued', last_error = ?, run_at = ?, lease_token = NULL,
		lease_until = NULL, updated_at = ? WHERE id = ? AND lease_token = ? AND state = 'running'`,
		msg, next, now, j.ID, j.LeaseToken)
}

// Extend renews a claimed job's lease; long jobs call it before the lease ends.
func (s *Store) Extend(ctx context.Context, j *Job, lease time.Duration) error {
	now, err := s.LeaseNow(ctx, s.DB)
	if err != nil {
		return err
	}
	return s.finish(ctx, j, `UPDATE jobs SET lease_until = ?, updated_at = ?
		WHERE id = ? AND lease_token = ? AND state = 'running'`, now.Add(lease), now, j.ID, j.LeaseToken)
}

func (s *Store) finish(ctx context.Context, j *Job, query string, args ...any) error {
	res, err := s.DB.ExecContext(ctx, s.DB.Rebind(query), args...)
	if err != nil {
		return fmt.Errorf("store: job %d: %w", j.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: job %d: %w", j.ID, err)
	}
	if n == 0 {
		return fmt.Errorf("store: job %d: %w", j.ID, ErrLeaseLost)
	}
	return nil
}

// Retry puts a dead job back in the queue with fresh attempts.
func (s *Store) Retry(ctx context.Context, id int64) error {
	now := Now()
	res, err := s.DB.ExecContext(ctx, s.DB.Rebind(`UPDATE jobs SET state = 'queued', attempts = 0, run_at = ?,
		updated_at = ?, finished_at = NULL WHERE id = ? AND state = 'dead'`), now, now, id)
	if err != nil {
		return fmt.Errorf("store: retry job %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: retry job %d: %w", id, ErrNotFound)
	}
	return nil
}

// Cancel marks queued jobs with the dedupe key dead without running them
// (e.g. a follow-up made moot by the inquirer's reply). It returns how many
// jobs it cancelled.
func (s *Store) Cancel(ctx context.Context, q Execer, dedupeKey, reason string) (int64, error) {
	now := Now()
	res, err := q.ExecContext(ctx, q.Rebind(`UPDATE jobs SET state = 'done', last_error = ?, updated_at = ?,
		finished_at = ? WHERE dedupe_key = ? AND state = 'queued'`), "cancelled: "+reason, now, now, dedupeKey)
	if err != nil {
		return 0, fmt.Errorf("store: cancel job %s: %w", dedupeKey, err)
	}
	n, err := res.RowsAffected()
	return n, err
}

// JobFilter selects jobs to list.
type JobFilter struct {
	States []string
	Kinds  []string
	Limit  int
}

// Jobs lists jobs, newest first.
func (s *Store) Jobs(ctx context.Context, f JobFilter) ([]Job, error) {
	query := `SELECT * FROM jobs WHERE 1=1`
	var args []any
	if len(f.States) > 0 {
		query += ` AND state IN (?)`
		args = append(args, f.States)
	}
	if len(f.Kinds) > 0 {
		query += ` AND kind IN (?)`
		args = append(args, f.Kinds)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	query += ` ORDER BY id DESC LIMIT ?`
	args = append(args, limit)
	q, qargs, err := sqlx.In(query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: jobs: %w", err)
	}
	var jobs []Job
	if err := s.DB.SelectContext(ctx, &jobs, s.DB.Rebind(q), qargs...); err != nil {
		return nil, fmt.Errorf("store: jobs: %w", err)
	}
	return jobs, nil
}

// JobCounts returns the number of jobs in each state.
func (s *Store) JobCounts(ctx context.Context) (map[string]int, error) {
	rows, err := s.DB.QueryContext(ctx, `SELECT state, COUNT(*) FROM jobs GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("store: job counts: %w", err)
	}
	defer rows.Close()
	counts := map[string]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, fmt.Errorf("store: job counts: %w", err)
		}
		counts[st] = n
	}
	return counts, rows.Err()
}

// Backoff returns the delay before retry number attempt (1-based): 10 s
// doubled per attempt, at most 6 h, with ±20% jitter.
func Backoff(attempt int) time.Duration {
	base := 10 * time.Second
	d := time.Duration(float64(base) * math.Pow(2, float64(max(attempt-1, 0))))
	if d > 6*time.Hour || d <= 0 {
		d = 6 * time.Hour
	}
	jitter := 0.8 + 0.4*mrand.Float64()
	return time.Duration(float64(d) * jitter)
}

func newToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
