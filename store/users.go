package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// Roles of staff accounts.
const (
	RoleAdmin = "admin" // users, campaigns, settings, the audit log; and everything staff do
	RoleStaff = "staff" // leads
)

// User is a staff account.
type User struct {
	ID           int64     `db:"id"`
	Username     string    `db:"username"`
	DisplayName  string    `db:"display_name"`
	Email        string    `db:"email"`
	Role         string    `db:"role"`
	PasswordHash string    `db:"password_hash"`
	Disabled     bool      `db:"disabled"`
	CreatedAt    time.Time `db:"created_at"`
	UpdatedAt    time.Time `db:"updated_at"`
}

// Label is the name shown for the user in the UI and in histories.
func (u *User) Label() string {
	if u.DisplayName != "" {
		return u.DisplayName
	}
	return u.Username
}

// ErrUserExists is returned when a username is already taken.
var ErrUserExists = errors.New("user already exists")

// MinPasswordLen is the shortest password staff may choose.
const MinPasswordLen = 10

// CheckPasswordPolicy reports why a password chosen by staff is not
// accepted, or nil. The demo's fixed account is made without it.
func CheckPasswordPolicy(password string) error {
	if utf8.RuneCountInString(password) < MinPasswordLen {
		return fmt.Errorf("password shorter than %d characters", MinPasswordLen)
	}
	return nil
}

// bcryptCost is the work factor of password hashes.
const bcryptCost = bcrypt.DefaultCost

// HashPassword returns the bcrypt hash of password.
func HashPassword(password string) (string, error) {
	if password == "" {
		return "", errors.New("empty password")
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcryptCost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(h), nil
}

// CheckPassword reports whether password matches the user's hash.
func (u *User) CheckPassword(password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(password)) == nil
}

// dummyHash is compared against when a sign-in names no account, so that
// the answer takes as long as for a wrong password.
var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("no account has this password"), bcryptCost)
	return h
})

// CheckNoPassword spends the time a password check takes, for a sign-in
// that names no account; it always reports false.
func CheckNoPassword(password string) bool {
	_ = bcrypt.CompareHashAndPassword(dummyHash(), []byte(password))
	return false
}

// ValidRole reports whether role is admin or staff.
func ValidRole(role string) bool { return role == RoleAdmin || role == RoleStaff }

// CreateUser adds an account with the password hashed; it returns
// ErrUserExists when the username is taken.
func (s *Store) CreateUser(ctx context.Context, username, password, role string) (*User, error) {
	username = strings.TrimSpace(username)
	if username == "" {
		return nil, errors.New("store: create user: empty username")
	}
	if !ValidRole(role) {
		return nil, fmt.Errorf("store: create user %q: role %q is neither admin nor staff", username, role)
	}
	hash, err := HashPassword(password)
	if err != nil {
		return nil, fmt.Errorf("store: create user %q: %w", username, err)
	}
	now := Now()
	u := &User{Username: username, Role: role, PasswordHash: hash, CreatedAt: now, UpdatedAt: now}
	err = s.DB.GetContext(ctx, &u.ID, s.DB.Rebind(`INSERT INTO users (username, role, password_hash, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING RETURNING id`), username, role, hash, now, now)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: create user %q: %w", username, ErrUserExists)
	}
	if err != nil {
		return nil, fmt.Errorf("store: create user %q: %w", username, err)
	}
	return u, nil
}

// UserByName returns the account with the username, or ErrNotFound.
func (s *Store) UserByName(ctx context.Context, username string) (*User, error) {
	var u User
	err := s.DB.GetContext(ctx, &u, s.DB.Rebind(`SELECT * FROM users WHERE username = ?`), username)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: user %q: %w", username, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: user %q: %w", username, err)
	}
	return &u, nil
}

// User returns the account with id, or ErrNotFound.
func (s *Store) User(ctx context.Context, id int64) (*User, error) {
	var u User
	err := s.DB.GetContext(ctx, &u, s.DB.Rebind(`SELECT * FROM users WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: user %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: user %d: %w", id, err)
	}
	return &u, nil
}

// Users lists every account by username.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	var us []User
	if err := s.DB.SelectContext(ctx, &us, `SELECT * FROM users ORDER BY username`); err != nil {
		return nil, fmt.Errorf("store: users: %w", err)
	}
	return us, nil
}

// SetPassword replaces a user's password and signs out all their sessions.
func (s *Store) SetPassword(ctx context.Context, username, password string) error {
	hash, err := HashPassword(password)
	if err != nil {
		return fmt.Errorf("store: set password of %q: %w", username, err)
	}
	now := Now()
	res, err := s.DB.ExecContext(ctx, s.DB.Rebind(`UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?`),
		hash, now, username)
	if err != nil {
		return fmt.Errorf("store: set password of %q: %w", username, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: set password of %q: %w", username, ErrNotFound)
	}
	if _, err := s.DB.ExecContext(ctx, s.DB.Rebind(`DELETE FROM sessions WHERE user_id IN
		(SELECT id FROM users WHERE username = ?)`), username); err != nil {
		return fmt.Errorf("store: set password of %q: sign out: %w", username, err)
	}
	return nil
}

// SetUserDisabled disables or enables an account; disabling signs it out.
func (s *Store) SetUserDisabled(ctx context.Context, id int64, disabled bool) error {
	res, err := s.DB.ExecContext(ctx, s.DB.Rebind(`UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?`),
		disabled, Now(), id)
	if err != nil {
		return fmt.Errorf("store: disable user %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: disable user %d: %w", id, ErrNotFound)
	}
	if disabled {
		if _, err := s.DB.ExecContext(ctx, s.DB.Rebind(`DELETE FROM sessions WHERE user_id = ?`), id); err != nil {
			return fmt.Errorf("store: disable user %d: sign out: %w", id, err)
		}
	}
	return nil
}
