package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// IMAPState is where the intake stands in one mailbox.
type IMAPState struct {
	Account     string    `db:"account"`
	Mailbox     string    `db:"mailbox"`
	UIDValidity uint32    `db:"uidvalidity"`
	LastUID     uint32    `db:"last_uid"`
	UpdatedAt   time.Time `db:"updated_at"`
}

// GetIMAPState returns the state of a mailbox, or nil when it was never read.
func (s *Store) GetIMAPState(ctx context.Context, account, mailbox string) (*IMAPState, error) {
	var st IMAPState
	err := s.DB.GetContext(ctx, &st, s.DB.Rebind(`SELECT * FROM imap_state WHERE account = ? AND mailbox = ?`),
		account, mailbox)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: imap state: %w", err)
	}
	return &st, nil
}

// PutIMAPState records the state of a mailbox. q may be a transaction, so the
// position moves with the mail stored.
func (s *Store) PutIMAPState(ctx context.Context, q Execer, st IMAPState) error {
	_, err := q.ExecContext(ctx, q.Rebind(`INSERT INTO imap_state (account, mailbox, uidvalidity, last_uid, updated_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity,
		last_uid = excluded.last_uid, updated_at = excluded.updated_at`),
		st.Account, st.Mailbox, int64(st.UIDValidity), int64(st.LastUID), Now())
	if err != nil {
		return fmt.Errorf("store: imap state: %w", err)
	}
	return nil
}

// AcquireLease takes or renews the named lease for holder until now+ttl. It
// reports false when another holder has it and it has not expired. Leases
// work the same on SQLite and PostgreSQL, so several processes on one
// database elect one holder.
func (s *Store) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	var got bool
	err := s.InTx(ctx, func(tx *sqlx.Tx) error {
		now, err := s.LeaseNow(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO leases (name, holder, until, updated_at)
			VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`), name, holder, now.Add(ttl), now); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE leases SET holder = ?, until = ?, updated_at = ?
			WHERE name = ? AND (holder = ? OR until < ?)`), holder, now.Add(ttl), now, name, holder, now)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		got = n > 0
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store: lease %s: %w", name, err)
	}
	return got, nil
}

// ReleaseLease gives the lease up if holder has it.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	_, err := s.DB.ExecContext(ctx, s.DB.Rebind(`DELETE FROM leases WHERE name = ? AND holder = ?`), name, holder)
	if err != nil {
		return fmt.Errorf("store: release lease %s: %w", name, err)
	}
	return nil
}

// AckCount returns how many acknowledgements of kind went to email since t.
func (s *Store) AckCount(ctx context.Context, q Execer, email, kind string, since time.Time) (int, error) {
	var n int
	err := sqlx.GetContext(ctx, q, &n, q.Rebind(`SELECT COUNT(*) FROM ack_log WHERE email = ? AND kind = ? AND created_at > ?`),
		NormalizeEmail(email), kind, since.UTC())
	if err != nil {
		return 0, fmt.Errorf("store: ack count: %w", err)
	}
	return n, nil
}

// LogAck records an acknowledgement (or confirmation) queued for email.
func (s *Store) LogAck(ctx context.Context, q Execer, email, kind string, leadID int64, messageID string) error {
	var lead sql.NullInt64
	if leadID != 0 {
		lead = sql.NullInt64{Int64: leadID, Valid: true}
	}
	_, err := q.ExecContext(ctx, q.Rebind(`INSERT INTO ack_log (email, kind, lead_id, message_id, created_at)
		VALUES (?, ?, ?, ?, ?)`), NormalizeEmail(email), kind, lead, messageID, Now())
	if err != nil {
		return fmt.Errorf("store: log ack: %w", err)
	}
	return nil
}
