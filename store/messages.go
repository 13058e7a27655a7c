package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// Message directions.
const (
	DirectionIn  = "in"
	DirectionOut = "out"
)

// Message is one stored mail, received or sent, with its raw bytes.
type Message struct {
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
	Parsed      sql.NullString `db:"parsed"` // the contract's fields as JSON
	Error       sql.NullString `db:"error"`
	LeadID      sql.NullInt64  `db:"lead_id"`
	ReceivedAt  time.Time      `db:"received_at"`
	CreatedAt   time.Time      `db:"created_at"`
	MovedAt     sql.NullTime   `db:"moved_at"`
	Target      sql.NullString `db:"target"` // mailbox the mail is to be moved to
}

// MessageSummary is a stored mail without its raw bytes, for listings.
type MessageSummary struct {
	ID          int64          `db:"id" json:"id"`
	Direction   string         `db:"direction" json:"direction"`
	MessageID   sql.NullString `db:"message_id" json:"-"`
	Category    sql.NullString `db:"category" json:"-"`
	LeadID      sql.NullInt64  `db:"lead_id" json:"-"`
	Mailbox     sql.NullString `db:"mailbox" json:"-"`
	UIDValidity sql.NullInt64  `db:"uidvalidity" json:"-"`
	UID         sql.NullInt64  `db:"uid" json:"-"`
	Subject     string         `db:"subject" json:"subject"`
	FromAddr    string         `db:"from_addr" json:"-"`
	Size        int64          `db:"size" json:"size"`
	ReceivedAt  time.Time      `db:"received_at" json:"received_at"`
	Error       sql.NullString `db:"error" json:"-"`
}

// InsertMessage stores a mail. A received mail already stored under the same
// (mailbox, UIDVALIDITY, UID) is not stored again: created is false and id is
// 0. q may be a transaction.
func (s *Store) InsertMessage(ctx context.Context, q Execer, m *Message) (id int64, created bool, err error) {
	now := Now()
	if m.CreatedAt.IsZero() {
		m.CreatedAt = now
	}
	if m.ReceivedAt.IsZero() {
		m.ReceivedAt = now
	}
	if m.Direction == "" {
		m.Direction = DirectionIn
	}
	m.Size = int64(len(m.Raw))
	query, args, err := sqlx.Named(`INSERT INTO messages (direction, mailbox, uidvalidity, uid, message_id,
		raw_sha256, raw, size, subject, from_addr, category, parsed, error, lead_id, received_at, created_at,
		moved_at, target)
		VALUES (:direction, :mailbox, :uidvalidity, :uid, :message_id, :raw_sha256, :raw, :size, :subject,
		:from_addr, :category, :parsed, :error, :lead_id, :received_at, :created_at, :moved_at, :target)
		ON CONFLICT (mailbox, uidvalidity, uid) DO NOTHING RETURNING id`, m)
	if err != nil {
		return 0, false, fmt.Errorf("store: insert message: %w", err)
	}
	err = sqlx.GetContext(ctx, q, &id, q.Rebind(query), args...)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: insert message: %w", err)
	}
	m.ID = id
	return id, true, nil
}

// SetMessageLead links a stored mail to a lead.
func (s *Store) SetMessageLead(ctx context.Context, q Execer, messageID, leadID int64) error {
	_, err := q.ExecContext(ctx, q.Rebind(`UPDATE messages SET lead_id = ? WHERE id = ?`), leadID, messageID)
	if err != nil {
		return fmt.Errorf("store: message %d lead: %w", messageID, err)
	}
	return nil
}

// ReceivedBySHA returns the id of a received mail with these raw bytes (by
// their SHA-256), or 0 when there is none.
func (s *Store) ReceivedBySHA(ctx context.Context, q Execer, sha string) (int64, error) {
	var id int64
	err := sqlx.GetContext(ctx, q, &id, q.Rebind(`SELECT id FROM messages WHERE raw_sha256 = ? AND direction = 'in'
		ORDER BY id LIMIT 1`), sha)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: message by digest: %w", err)
	}
	return id, nil
}

// LeadByMessageIDs returns the lead of the newest stored or sent mail whose
// Message-ID is one of ids, or 0 when none belongs to a lead.
func (s *Store) LeadByMessageIDs(ctx context.Context, q Execer, ids []string) (int64, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	query, args, err := sqlx.In(`SELECT lead_id FROM (
		SELECT lead_id, created_at FROM messages WHERE message_id IN (?) AND lead_id IS NOT NULL
		UNION ALL
		SELECT lead_id, created_at FROM thread_refs WHERE message_id IN (?)
	) t ORDER BY created_at DESC LIMIT 1`, ids, ids)
	if err != nil {
		return 0, fmt.Errorf("store: lead by message id: %w", err)
	}
	var id int64
	err = sqlx.GetContext(ctx, q, &id, q.Rebind(query), args...)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: lead by message id: %w", err)
	}
	return id, nil
}

// LeadOfEarlierCopy returns the lead of an earlier incoming mail that is the
// same mail delivered again: the same Message-ID, sender address and
// subject, stored before the mail except. Mail that took another route
// differs in its trace headers (Received:), so its bytes and hash differ.
// It returns 0 when there is none or the Message-ID is empty.
func (s *Store) LeadOfEarlierCopy(ctx context.Context, q Execer, messageID, from, subject string, except int64) (int64, error) {
	if messageID == "" {
		return 0, nil
	}
	var id int64
	err := sqlx.GetContext(ctx, q, &id, q.Rebind(`SELECT lead_id FROM messages
		WHERE message_id = ? AND direction = ? AND from_addr = ? AND subject = ? AND lead_id IS NOT NULL AND id <> ?
		ORDER BY id LIMIT 1`), messageID, DirectionIn, from, subject, except)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: earlier copy of %s: %w", messageID, err)
	}
	return id, nil
}

// AddThreadRef remembers the Message-ID of a mail we send about a lead, so
// that a reply to it joins the lead.
func (s *Store) AddThreadRef(ctx context.Context, q Execer, messageID string, leadID int64) error {
	_, err := q.ExecContext(ctx, q.Rebind(`INSERT INTO thread_refs (message_id, lead_id, created_at)
		VALUES (?, ?, ?) ON CONFLICT (message_id) DO NOTHING`), messageID, leadID, Now())
	if err != nil {
		return fmt.Errorf("store: thread ref: %w", err)
	}
	return nil
}

// PendingMove is a stored mail still in the watched mailbox.
type PendingMove struct {
	UID    uint32 `db:"uid"`
	Target string `db:"target"`
}

// PendingMoves lists the stored mail of a mailbox that has not been moved to
// its target mailbox yet, oldest first.
func (s *Store) PendingMoves(ctx context.Context, mailbox string, uidValidity uint32, limit int) ([]PendingMove, error) {
	var out []PendingMove
	err := s.DB.SelectContext(ctx, &out, s.DB.Rebind(`SELECT uid, COALESCE(target, '') AS target FROM messages
		WHERE mailbox = ? AND uidvalidity = ? AND moved_at IS NULL AND uid IS NOT NULL ORDER BY uid LIMIT ?`),
		mailbox, int64(uidValidity), limit)
	if err != nil {
		return nil, fmt.Errorf("store: pending moves: %w", err)
	}
	return out, nil
}

// MarkMoved records that the mail with these UIDs left the watched mailbox.
func (s *Store) MarkMoved(ctx context.Context, mailbox string, uidValidity uint32, uids []uint32) error {
	if len(uids) == 0 {
		return nil
	}
	query, args, err := sqlx.In(`UPDATE messages SET moved_at = ? WHERE mailbox = ? AND uidvalidity = ? AND uid IN (?)`,
		Now(), mailbox, int64(uidValidity), uids)
	if err != nil {
		return fmt.Errorf("store: mark moved: %w", err)
	}
	if _, err := s.DB.ExecContext(ctx, s.DB.Rebind(query), args...); err != nil {
		return fmt.Errorf("store: mark moved: %w", err)
	}
	return nil
}

// StoredTargets returns, for those of uids that are stored for the mailbox,
// where each is to be moved ("processed" or "failed").
func (s *Store) StoredTargets(ctx context.Context, mailbox string, uidValidity uint32, uids []uint32) (map[uint32]string, error) {
	out := map[uint32]string{}
	if len(uids) == 0 {
		return out, nil
	}
	query, args, err := sqlx.In(`SELECT uid, COALESCE(target, '') AS target FROM messages
		WHERE mailbox = ? AND uidvalidity = ? AND uid IN (?)`, mailbox, int64(uidValidity), uids)
	if err != nil {
		return nil, fmt.Errorf("store: stored uids: %w", err)
	}
	var got []PendingMove
	if err := s.DB.SelectContext(ctx, &got, s.DB.Rebind(query), args...); err != nil {
		return nil, fmt.Errorf("store: stored uids: %w", err)
	}
	for _, g := range got {
		out[g.UID] = g.Target
	}
	return out, nil
}

const summaryColumns = `id, direction, message_id, category, lead_id, mailbox, uidvalidity, uid, subject,
	from_addr, size, received_at, error`

// MessageFilter selects stored mail to list.
type MessageFilter struct {
	LeadID int64 // 0: every lead or none
	Limit  int   // 0: no limit
}

// Messages lists stored mail (without raw bytes), oldest first.
func (s *Store) Messages(ctx context.Context, f MessageFilter) ([]MessageSummary, error) {
	query := `SELECT ` + summaryColumns + ` FROM messages WHERE 1=1`
	var args []any
	if f.LeadID != 0 {
		query += ` AND lead_id = ?`
		args = append(args, f.LeadID)
	}
	query += ` ORDER BY id`
	if f.Limit > 0 {
		query += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	var out []MessageSummary
	if err := s.DB.SelectContext(ctx, &out, s.DB.Rebind(query), args...); err != nil {
		return nil, fmt.Errorf("store: messages: %w", err)
	}
	return out, nil
}

// GetMessage returns one stored mail with its raw bytes.
func (s *Store) GetMessage(ctx context.Context, id int64) (*Message, error) {
	var m Message
	err := s.DB.GetContext(ctx, &m, s.DB.Rebind(`SELECT * FROM messages WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: message %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: message %d: %w", id, err)
	}
	return &m, nil
}
