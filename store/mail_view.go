package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// StoredMail is a row of messages: a mail received or sent, raw bytes
// included.
type StoredMail struct {
	ID          int64          `db:"id"`
	Direction   string         `db:"direction"`
	Mailbox     sql.NullString `db:"mailbox"`
	UIDValidity sql.NullInt64  `db:"uidvalidity"`
	UID         sql.NullInt64  `db:"uid"`
	MessageID   sql.NullString `db:"message_id"`
	RawSHA256   string         `db:"raw_sha256"`
	Raw         []byte         `db:"raw"`
	Size        int64          `db:"size"`
	Subject     string         `db:"subject"`
	FromAddr    string         `db:"from_addr"`
	Category    sql.NullString `db:"category"`
	Parsed      sql.NullString `db:"parsed"`
	Error       sql.NullString `db:"error"`
	LeadID      sql.NullInt64  `db:"lead_id"`
	ReceivedAt  time.Time      `db:"received_at"`
	CreatedAt   time.Time      `db:"created_at"`
}

const mailColumns = `id, direction, mailbox, uidvalidity, uid, message_id, raw_sha256, raw, size, subject,
	from_addr, category, parsed, error, lead_id, received_at, created_at`

const mailColumnsNoRaw = `id, direction, mailbox, uidvalidity, uid, message_id, raw_sha256, size, subject,
	from_addr, category, parsed, error, lead_id, received_at, created_at`

// Mail returns one stored mail with its raw bytes, or ErrNotFound.
func (s *Store) Mail(ctx context.Context, id int64) (*StoredMail, error) {
	var m StoredMail
	err := s.DB.GetContext(ctx, &m, s.DB.Rebind(`SELECT `+mailColumns+` FROM messages WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: mail %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: mail %d: %w", id, err)
	}
	return &m, nil
}

// LeadMails returns the thread of a lead, their mail and ours, in the order
// received or sent, raw bytes included.
func (s *Store) LeadMails(ctx context.Context, leadID int64) ([]StoredMail, error) {
	var out []StoredMail
	err := s.DB.SelectContext(ctx, &out, s.DB.Rebind(`SELECT `+mailColumns+` FROM messages
		WHERE lead_id = ? ORDER BY received_at, id`), leadID)
	if err != nil {
		return nil, fmt.Errorf("store: lead %d mail: %w", leadID, err)
	}
	return out, nil
}

// FailedMails returns the mail that could not be parsed (error set), newest
// first, without raw bytes, and how many there are.
func (s *Store) FailedMails(ctx context.Context, limit, offset int) ([]StoredMail, int, error) {
	var total int
	if err := s.DB.GetContext(ctx, &total, `SELECT COUNT(*) FROM messages WHERE error IS NOT NULL`); err != nil {
		return nil, 0, fmt.Errorf("store: failed mail: %w", err)
	}
	if limit <= 0 {
		limit = 50
	}
	var out []StoredMail
	err := s.DB.SelectContext(ctx, &out, s.DB.Rebind(`SELECT `+mailColumnsNoRaw+` FROM messages
		WHERE error IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`), limit, max(offset, 0))
	if err != nil {
		return nil, 0, fmt.Errorf("store: failed mail: %w", err)
	}
	return out, total, nil
}

// FirstLeadMail returns the earliest incoming mail of a lead, or ErrNotFound.
func (s *Store) FirstLeadMail(ctx context.Context, leadID int64) (*StoredMail, error) {
	var m StoredMail
	err := s.DB.GetContext(ctx, &m, s.DB.Rebind(`SELECT `+mailColumns+` FROM messages
		WHERE lead_id = ? AND direction = 'in' ORDER BY received_at, id LIMIT 1`), leadID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: lead %d first mail: %w", leadID, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: lead %d first mail: %w", leadID, err)
	}
	return &m, nil
}

// InsertMail stores a mail; it is for tests, demos and tools (the mailbox
// watcher has its own path). q may be a transaction.
func (s *Store) InsertMail(ctx context.Context, q Execer, m *StoredMail) (int64, error) {
	now := Now()
	if m.ReceivedAt.IsZero() {
		m.ReceivedAt = now
	}
	if m.CreatedAt.IsZero() {
		m.CreatedAt = now
	}
	if m.Direction == "" {
		m.Direction = "in"
	}
	m.Size = int64(len(m.Raw))
	if m.RawSHA256 == "" {
		sum := sha256.Sum256(m.Raw)
		m.RawSHA256 = hex.EncodeToString(sum[:])
	}
	err := sqlx.GetContext(ctx, q, &m.ID, q.Rebind(`INSERT INTO messages (direction, mailbox, uidvalidity, uid,
		message_id, raw_sha256, raw, size, subject, from_addr, category, parsed, error, lead_id, received_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`), m.Direction, m.Mailbox, m.UIDValidity,
		m.UID, m.MessageID, m.RawSHA256, m.Raw, m.Size, m.Subject, m.FromAddr, m.Category, m.Parsed, m.Error,
		m.LeadID, m.ReceivedAt, m.CreatedAt)
	if err != nil {
		return 0, fmt.Errorf("store: insert mail: %w", err)
	}
	return m.ID, nil
}

func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}
