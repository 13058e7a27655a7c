package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Suppression reasons.
const (
	SuppressHardBounce  = "hard_bounce"
	SuppressSoftBounce  = "soft_bounce"
	SuppressUnsubscribe = "unsubscribe"
	SuppressComplaint   = "complaint"
	SuppressManual      = "manual"
)

// Suppression is an address that campaigns must not mail.
type Suppression struct {
	Email     string    `db:"email"`
	Reason    string    `db:"reason"`
	Detail    string    `db:"detail"`
	Source    string    `db:"source"`
	CreatedAt time.Time `db:"created_at"`
}

// NormalizeEmail lower-cases and trims an address for comparison.
func NormalizeEmail(addr string) string { return strings.ToLower(strings.TrimSpace(addr)) }

// Suppress puts an address on the suppression list. It is idempotent: an
// address already listed keeps its first reason. It reports whether the
// address was newly added. q may be a transaction.
func (s *Store) Suppress(ctx context.Context, q Execer, sup Suppression) (bool, error) {
	sup.Email = NormalizeEmail(sup.Email)
	if sup.Email == "" {
		return false, errors.New("store: suppress: empty address")
	}
	if sup.CreatedAt.IsZero() {
		sup.CreatedAt = Now()
	}
	res, err := q.ExecContext(ctx, q.Rebind(`INSERT INTO suppressions (email, reason, detail, source, created_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`),
		sup.Email, sup.Reason, sup.Detail, sup.Source, sup.CreatedAt)
	if err != nil {
		return false, fmt.Errorf("store: suppress: %w", err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// Unsuppress removes an address from the list (after fresh consent).
func (s *Store) Unsuppress(ctx context.Context, q Execer, email string) error {
	_, err := q.ExecContext(ctx, q.Rebind(`DELETE FROM suppressions WHERE email = ?`), NormalizeEmail(email))
	if err != nil {
		return fmt.Errorf("store: unsuppress: %w", err)
	}
	return nil
}

// Suppressed returns the suppression of an address, or nil when it may be mailed.
func (s *Store) Suppressed(ctx context.Context, email string) (*Suppression, error) {
	var sup Suppression
	err := s.DB.GetContext(ctx, &sup, s.DB.Rebind(`SELECT * FROM suppressions WHERE email = ?`), NormalizeEmail(email))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: suppressed: %w", err)
	}
	return &sup, nil
}

// RecordBounce counts a bounce for an address and suppresses it on a hard
// bounce, or when soft bounces reach softLimit. It reports whether the
// address is now suppressed.
func (s *Store) RecordBounce(ctx context.Context, q Execer, email, status string, hard bool, softLimit int, source string) (bool, error) {
	email = NormalizeEmail(email)
	now := Now()
	soft, hardN := 1, 0
	if hard {
		soft, hardN = 0, 1
	}
	var softTotal int
	err := q.QueryRowxContext(ctx, q.Rebind(`INSERT INTO bounce_counts (email, soft, hard, last_status, last_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (email) DO UPDATE SET soft = bounce_counts.soft + excluded.soft,
			hard = bounce_counts.hard + excluded.hard, last_status = excluded.last_status, last_at = excluded.last_at
		RETURNING soft`), email, soft, hardN, status, now).Scan(&softTotal)
	if err != nil {
		return false, fmt.Errorf("store: record bounce: %w", err)
	}
	switch {
	case hard:
		_, err = s.Suppress(ctx, q, Suppression{Email: email, Reason: SuppressHardBounce, Detail: status, Source: source})
	case softLimit > 0 && softTotal >= softLimit:
		_, err = s.Suppress(ctx, q, Suppression{Email: email, Reason: SuppressSoftBounce,
			Detail: fmt.Sprintf("%d soft bounces, last %s", softTotal, status), Source: source})
	default:
		return false, nil
	}
	return err == nil, err
}
