package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/internal/lead"
)

// Lead statuses: 新規 → 確認中 → 連絡済 → マッチング中 → 成約 / 終了.
const (
	StatusNew       = "new"
	StatusReviewing = "reviewing"
	StatusContacted = "contacted"
	StatusMatching  = "matching"
	StatusPlaced    = "placed"
	StatusClosed    = "closed"
)

// Statuses lists the workflow in order with the staff's Japanese labels.
var Statuses = []struct{ Value, Label string }{
	{StatusNew, "新規"},
	{StatusReviewing, "確認中"},
	{StatusContacted, "連絡済"},
	{StatusMatching, "マッチング中"},
	{StatusPlaced, "成約"},
	{StatusClosed, "終了"},
}

// Lead is a stored inquiry: the contract's fields plus its workflow state.
type Lead struct {
	ID           int64          `db:"id"`
	ContactID    sql.NullInt64  `db:"contact_id"`
	Category     string         `db:"category"`
	Status       string         `db:"status"`
	CloseReason  sql.NullString `db:"close_reason"`
	AssigneeID   sql.NullInt64  `db:"assignee_id"`
	Name         sql.NullString `db:"name"`
	NameKana     sql.NullString `db:"name_kana"`
	Email        sql.NullString `db:"email"`
	Phone        sql.NullString `db:"phone"`
	Age          sql.NullInt64  `db:"age"`
	BirthYear    sql.NullInt64  `db:"birth_year"`
	Organization sql.NullString `db:"organization"`
	Specialties  StringList     `db:"specialties"`
	Prefectures  StringList     `db:"prefectures"`
	Municipality sql.NullString `db:"municipality"`
	Employment   StringList     `db:"employment"`
	DaysPerWeek  sql.NullInt64  `db:"days_per_week"`
	Start        sql.NullString `db:"start"`
	Body         string         `db:"body"`
	Notes        string         `db:"notes"`
	ReviewedAt   sql.NullTime   `db:"reviewed_at"`
	CreatedAt    time.Time      `db:"created_at"`
	UpdatedAt    time.Time      `db:"updated_at"`
}

// Fields returns the lead in the contract's shape.
func (l *Lead) Fields() lead.Fields {
	c := lead.Category(l.Category)
	f := lead.Fields{
		Category:     &c,
		Name:         nullStr(l.Name),
		NameKana:     nullStr(l.NameKana),
		Email:        nullStr(l.Email),
		Phone:        nullStr(l.Phone),
		Age:          nullInt(l.Age),
		BirthYear:    nullInt(l.BirthYear),
		Organization: nullStr(l.Organization),
		Specialties:  []string(l.Specialties),
		Prefectures:  []string(l.Prefectures),
		Municipality: nullStr(l.Municipality),
		Employment:   []string(l.Employment),
		DaysPerWeek:  nullInt(l.DaysPerWeek),
		Start:        nullStr(l.Start),
	}
	if l.Body != "" {
		b := l.Body
		f.Body = &b
	}
	f.Normalize()
	return f
}

// LeadFromFields builds a new lead (status new) from the contract's fields.
func LeadFromFields(f lead.Fields) Lead {
	l := Lead{
		Status:       StatusNew,
		Name:         strNull(f.Name),
		NameKana:     strNull(f.NameKana),
		Email:        strNull(f.Email),
		Phone:        strNull(f.Phone),
		Age:          intNull(f.Age),
		BirthYear:    intNull(f.BirthYear),
		Organization: strNull(f.Organization),
		Specialties:  StringList(f.Specialties),
		Prefectures:  StringList(f.Prefectures),
		Municipality: strNull(f.Municipality),
		Employment:   StringList(f.Employment),
		DaysPerWeek:  intNull(f.DaysPerWeek),
		Start:        strNull(f.Start),
	}
	if f.Category != nil {
		l.Category = string(*f.Category)
	}
	if f.Body != nil {
		l.Body = *f.Body
	}
	return l
}

// CreateLead inserts l and returns its id; q may be a transaction.
func (s *Store) CreateLead(ctx context.Context, q Execer, l *Lead) (int64, error) {
	now := Now()
	if l.CreatedAt.IsZero() {
		l.CreatedAt = now
	}
	l.UpdatedAt = now
	if l.Status == "" {
		l.Status = StatusNew
	}
	query, args, err := sqlx.Named(`INSERT INTO leads (contact_id, category, status, close_reason, assignee_id,
		name, name_kana, email, phone, age, birth_year, organization, specialties, prefectures,
		municipality, employment, days_per_week, start, body, notes, reviewed_at, created_at, updated_at)
		VALUES (:contact_id, :category, :status, :close_reason, :assignee_id, :name, :name_kana, :email,
		:phone, :age, :birth_year, :organization, :specialties, :prefectures, :municipality, :employment,
		:days_per_week, :start, :body, :notes, :reviewed_at, :created_at, :updated_at) RETURNING id`, l)
	if err != nil {
		return 0, fmt.Errorf("store: create lead: %w", err)
	}
	if err := sqlx.GetContext(ctx, q, &l.ID, q.Rebind(query), args...); err != nil {
		return 0, fmt.Errorf("store: create lead: %w", err)
	}
	return l.ID, nil
}

// GetLead returns the lead with id, or ErrNotFound.
func (s *Store) GetLead(ctx context.Context, id int64) (*Lead, error) {
	var l Lead
	err := s.DB.GetContext(ctx, &l, s.DB.Rebind(`SELECT * FROM leads WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: lead %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: lead %d: %w", id, err)
	}
	return &l, nil
}

// LeadEvent is one entry of a lead's history.
type LeadEvent struct {
	ID        int64          `db:"id"`
	LeadID    int64          `db:"lead_id"`
	UserID    sql.NullInt64  `db:"user_id"`
	Actor     string         `db:"actor"`
	Kind      string         `db:"kind"` // created, field, status, assign, note, mail
	Field     string         `db:"field"`
	OldValue  sql.NullString `db:"old_value"`
	NewValue  sql.NullString `db:"new_value"`
	CreatedAt time.Time      `db:"created_at"`
}

// AddLeadEvent records an entry in a lead's history; q may be a transaction.
func (s *Store) AddLeadEvent(ctx context.Context, q Execer, e LeadEvent) error {
	if e.CreatedAt.IsZero() {
		e.CreatedAt = Now()
	}
	_, err := q.ExecContext(ctx, q.Rebind(`INSERT INTO lead_events
		(lead_id, user_id, actor, kind, field, old_value, new_value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
		e.LeadID, e.UserID, e.Actor, e.Kind, e.Field, e.OldValue, e.NewValue, e.CreatedAt)
	if err != nil {
		return fmt.Errorf("store: lead %d event: %w", e.LeadID, err)
	}
	return nil
}

// LeadEvents returns a lead's history, oldest first.
func (s *Store) LeadEvents(ctx context.Context, leadID int64) ([]LeadEvent, error) {
	var evs []LeadEvent
	err := s.DB.SelectContext(ctx, &evs, s.DB.Rebind(`SELECT * FROM lead_events WHERE lead_id = ? ORDER BY id`), leadID)
	if err != nil {
		return nil, fmt.Errorf("store: lead %d events: %w", leadID, err)
	}
	return evs, nil
}

func nullStr(v sql.NullString) *string {
	if !v.Valid {
		return nil
	}
	s := v.String
	return &s
}

func nullInt(v sql.NullInt64) *int {
	if !v.Valid {
		return nil
	}
	n := int(v.Int64)
	return &n
}

func strNull(p *string) sql.NullString {
	if p == nil {
		return sql.NullString{}
	}
	return sql.NullString{String: *p, Valid: true}
}

func intNull(p *int) sql.NullInt64 {
	if p == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: int64(*p), Valid: true}
}
