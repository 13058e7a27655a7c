package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Audit actions.
const (
	AuditView     = "view"     // a page showing personal data
	AuditEdit     = "edit"     // a change to personal data
	AuditExport   = "export"   // personal data leaving the system (CSV, labels)
	AuditDownload = "download" // a raw mail or attachment downloaded
	AuditLogin    = "login"
	AuditLoginBad = "login_failed"
	AuditLogout   = "logout"
	AuditUser     = "user" // account management
)

// AuditEntry is one line of the audit log.
type AuditEntry struct {
	ID         int64         `db:"id"`
	UserID     sql.NullInt64 `db:"user_id"`
	Actor      string        `db:"actor"`
	Action     string        `db:"action"`
	ObjectType string        `db:"object_type"`
	ObjectID   sql.NullInt64 `db:"object_id"`
	Detail     string        `db:"detail"`
	RemoteAddr string        `db:"remote_addr"`
	CreatedAt  time.Time     `db:"created_at"`
}

// Audit appends an entry to the audit log; q may be a transaction.
func (s *Store) Audit(ctx context.Context, q Execer, e AuditEntry) error {
	if e.CreatedAt.IsZero() {
		e.CreatedAt = Now()
	}
	_, err := q.ExecContext(ctx, q.Rebind(`INSERT INTO audit_log
		(user_id, actor, action, object_type, object_id, detail, remote_addr, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`), e.UserID, e.Actor, e.Action, e.ObjectType, e.ObjectID,
		truncate(e.Detail, 2000), e.RemoteAddr, e.CreatedAt)
	if err != nil {
		return fmt.Errorf("store: audit %s: %w", e.Action, err)
	}
	return nil
}

// AuditFilter selects audit entries.
type AuditFilter struct {
	Actor      string
	ObjectType string
	ObjectID   int64
	Limit      int
	Offset     int
}

// AuditLog lists audit entries, newest first.
func (s *Store) AuditLog(ctx context.Context, f AuditFilter) ([]AuditEntry, error) {
	query := `SELECT * FROM audit_log WHERE 1=1`
	var args []any
	if f.Actor != "" {
		query += ` AND actor = ?`
		args = append(args, f.Actor)
	}
	if f.ObjectType != "" {
		query += ` AND object_type = ?`
		args = append(args, f.ObjectType)
	}
	if f.ObjectID != 0 {
		query += ` AND object_id = ?`
		args = append(args, f.ObjectID)
	}
	limit := f.Limit
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	query += ` ORDER BY id DESC LIMIT ? OFFSET ?`
	args = append(args, limit, max(f.Offset, 0))
	var out []AuditEntry
	if err := s.DB.SelectContext(ctx, &out, s.DB.Rebind(query), args...); err != nil {
		return nil, fmt.Errorf("store: audit log: %w", err)
	}
	return out, nil
}
