package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// Session is a signed-in browser. Only the SHA-256 of the cookie's token is
// stored, so a copy of the database does not let anyone sign in.
type Session struct {
	IDHash     string    `db:"id_hash"`
	UserID     int64     `db:"user_id"`
	CSRFToken  string    `db:"csrf_token"`
	RemoteAddr string    `db:"remote_addr"`
	UserAgent  string    `db:"user_agent"`
	CreatedAt  time.Time `db:"created_at"`
	LastSeenAt time.Time `db:"last_seen_at"`
	ExpiresAt  time.Time `db:"expires_at"`
}

// SessionUser is a live session with its account.
type SessionUser struct {
	Session
	User User
}

// RandomToken returns n random bytes, URL-safe base64 encoded.
func RandomToken(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// CreateSession starts a session for the user that ends at expires. It returns
// the token for the cookie and the session.
func (s *Store) CreateSession(ctx context.Context, userID int64, remoteAddr, userAgent string, expires time.Time) (string, *Session, error) {
	token := RandomToken(32)
	now := Now()
	sess := &Session{
		IDHash: hashToken(token), UserID: userID, CSRFToken: RandomToken(32),
		RemoteAddr: remoteAddr, UserAgent: truncate(userAgent, 300),
		CreatedAt: now, LastSeenAt: now, ExpiresAt: expires.UTC(),
	}
	_, err := s.DB.ExecContext(ctx, s.DB.Rebind(`INSERT INTO sessions
		(id_hash, user_id, csrf_token, remote_addr, user_agent, created_at, last_seen_at, expires_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`), sess.IDHash, sess.UserID, sess.CSRFToken, sess.RemoteAddr,
		sess.UserAgent, sess.CreatedAt, sess.LastSeenAt, sess.ExpiresAt)
	if err != nil {
		return "", nil, fmt.Errorf("store: create session: %w", err)
	}
	return token, sess, nil
}

// SessionByToken returns the live session for a cookie token with its
// account, or ErrNotFound when it is unknown, expired or its account is
// disabled.
func (s *Store) SessionByToken(ctx context.Context, token string) (*SessionUser, error) {
	var row struct {
		Session
		User `db:"u"`
	}
	err := s.DB.GetContext(ctx, &row, s.DB.Rebind(`SELECT s.*,
		u.id AS "u.id", u.username AS "u.username", u.display_name AS "u.display_name", u.email AS "u.email",
		u.role AS "u.role", u.password_hash AS "u.password_hash", u.disabled AS "u.disabled",
		u.created_at AS "u.created_at", u.updated_at AS "u.updated_at"
		FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.id_hash = ? AND s.expires_at > ? AND NOT u.disabled`), hashToken(token), Now())
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: session: %w", ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: session: %w", err)
	}
	return &SessionUser{Session: row.Session, User: row.User}, nil
}

// TouchSession records activity and moves the expiry (sliding expiry).
func (s *Store) TouchSession(ctx context.Context, idHash string, expires time.Time) error {
	_, err := s.DB.ExecContext(ctx, s.DB.Rebind(`UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?`),
		Now(), expires.UTC(), idHash)
	if err != nil {
		return fmt.Errorf("store: touch session: %w", err)
	}
	return nil
}

// DeleteSession signs a session out.
func (s *Store) DeleteSession(ctx context.Context, idHash string) error {
	if _, err := s.DB.ExecContext(ctx, s.DB.Rebind(`DELETE FROM sessions WHERE id_hash = ?`), idHash); err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}

// DeleteSessionToken signs out the session of a cookie token, if there is
// one.
func (s *Store) DeleteSessionToken(ctx context.Context, token string) error {
	return s.DeleteSession(ctx, hashToken(token))
}

// DeleteExpiredSessions removes sessions past their expiry and returns how
// many it removed.
func (s *Store) DeleteExpiredSessions(ctx context.Context) (int64, error) {
	res, err := s.DB.ExecContext(ctx, s.DB.Rebind(`DELETE FROM sessions WHERE expires_at <= ?`), Now())
	if err != nil {
		return 0, fmt.Errorf("store: delete expired sessions: %w", err)
	}
	return res.RowsAffected()
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
