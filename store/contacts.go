package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// Contact is a person or institution that wrote to us.
type Contact struct {
	ID           int64          `db:"id"`
	Kind         string         `db:"kind"` // person | organization
	Name         sql.NullString `db:"name"`
	NameKana     sql.NullString `db:"name_kana"`
	Email        sql.NullString `db:"email"`
	Phone        sql.NullString `db:"phone"`
	Organization sql.NullString `db:"organization"`
	CreatedAt    time.Time      `db:"created_at"`
	UpdatedAt    time.Time      `db:"updated_at"`
}

// FindContact returns the contact with this address, else the one with this
// phone number, else nil. Empty values are not matched.
func (s *Store) FindContact(ctx context.Context, q Execer, email, phone string) (*Contact, error) {
	try := func(col, v string) (*Contact, error) {
		if v == "" {
			return nil, nil
		}
		var c Contact
		err := sqlx.GetContext(ctx, q, &c, q.Rebind(`SELECT * FROM contacts WHERE `+col+` = ? ORDER BY id LIMIT 1`), v)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("store: find contact: %w", err)
		}
		return &c, nil
	}
	c, err := try("email", NormalizeEmail(email))
	if c != nil || err != nil {
		return c, err
	}
	return try("phone", phone)
}

// CreateContact inserts c and returns its id.
func (s *Store) CreateContact(ctx context.Context, q Execer, c *Contact) (int64, error) {
	now := Now()
	c.CreatedAt, c.UpdatedAt = now, now
	if c.Kind == "" {
		c.Kind = "person"
	}
	if c.Email.Valid {
		c.Email.String = NormalizeEmail(c.Email.String)
	}
	query, args, err := sqlx.Named(`INSERT INTO contacts (kind, name, name_kana, email, phone, organization,
		created_at, updated_at) VALUES (:kind, :name, :name_kana, :email, :phone, :organization, :created_at,
		:updated_at) RETURNING id`, c)
	if err != nil {
		return 0, fmt.Errorf("store: create contact: %w", err)
	}
	if err := sqlx.GetContext(ctx, q, &c.ID, q.Rebind(query), args...); err != nil {
		return 0, fmt.Errorf("store: create contact: %w", err)
	}
	return c.ID, nil
}

// FillContact sets the contact's empty fields from c (a later mail may give
// the phone number the first one lacked).
func (s *Store) FillContact(ctx context.Context, q Execer, id int64, c Contact) error {
	if c.Email.Valid {
		c.Email.String = NormalizeEmail(c.Email.String)
	}
	_, err := q.ExecContext(ctx, q.Rebind(`UPDATE contacts SET name = COALESCE(name, ?), name_kana = COALESCE(name_kana, ?),
		email = COALESCE(email, ?), phone = COALESCE(phone, ?), organization = COALESCE(organization, ?),
		updated_at = ? WHERE id = ?`), c.Name, c.NameKana, c.Email, c.Phone, c.Organization, Now(), id)
	if err != nil {
		return fmt.Errorf("store: fill contact %d: %w", id, err)
	}
	return nil
}

// LeadSummary is a lead with the number of mails in its thread.
type LeadSummary struct {
	Lead
	Mails int `db:"mails"`
}

// ListLeads returns leads, newest first, with their mail counts.
func (s *Store) ListLeads(ctx context.Context, limit int) ([]LeadSummary, error) {
	query := `SELECT l.*, (SELECT COUNT(*) FROM messages m WHERE m.lead_id = l.id) AS mails
		FROM leads l ORDER BY l.id DESC`
	var args []any
	if limit > 0 {
		query += ` LIMIT ?`
		args = append(args, limit)
	}
	var out []LeadSummary
	if err := s.DB.SelectContext(ctx, &out, s.DB.Rebind(query), args...); err != nil {
		return nil, fmt.Errorf("store: list leads: %w", err)
	}
	return out, nil
}
