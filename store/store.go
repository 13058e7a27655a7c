// Package store keeps madoguchi's state in a SQL database: embedded SQLite by
// default, PostgreSQL for more than one machine. It holds the migrations, the
// records (raw mail, leads, contacts, users, sessions) and the job queue. The
// database is the only state shared between goroutines and processes.
package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/jmoiron/sqlx"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"modernc.org/sqlite" // also registers the "sqlite" database/sql driver
)

// Drivers.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

//go:embed migrations
var migrations embed.FS

// Store is a handle on the database. It is safe for concurrent use.
type Store struct {
	DB     *sqlx.DB
	driver string
}

// Driver returns "sqlite" or "postgres".
func (s *Store) Driver() string { return s.driver }

// Open connects to the database. For SQLite, dsn is a file path (created when
// missing) or a full "file:" DSN; WAL, a busy timeout, foreign keys and
// immediate write transactions are switched on.
func Open(ctx context.Context, driver, dsn string) (*Store, error) {
	var db *sqlx.DB
	var err error
	switch driver {
	case SQLite:
		db, err = sqlx.Open("sqlite", sqliteDSN(dsn))
		if err == nil {
			// One writer at a time is SQLite's rule; a small pool keeps readers
			// concurrent without piling up writers behind the busy timeout.
			db.SetMaxOpenConns(8)
		}
	case Postgres:
		db, err = sqlx.Open("pgx", dsn)
		if err == nil {
			db.SetMaxOpenConns(16)
			db.SetConnMaxIdleTime(5 * time.Minute)
		}
	default:
		return nil, fmt.Errorf("store: unknown driver %q (want sqlite or postgres)", driver)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", driver, err)
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := ping(pctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: connect to %s: %w", driver, err)
	}
	return &Store{DB: db, driver: driver}, nil
}

// ping checks the connection. A new SQLite database switching to WAL while
// another process opens it may answer SQLITE_BUSY at once, without waiting
// for the busy timeout; that is tried again until ctx ends.
func ping(ctx context.Context, db *sqlx.DB) error {
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, 500*time.Millisecond) {
		err := db.PingContext(ctx)
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqliteBusy {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// sqliteBusy is SQLite's primary result code SQLITE_BUSY.
const sqliteBusy = 5

// SQLitePath returns the default database file inside the data directory.
func SQLitePath(dataDir string) string { return filepath.Join(dataDir, "madoguchi.db") }

func sqliteDSN(dsn string) string {
	if !strings.HasPrefix(dsn, "file:") {
		dsn = "file:" + dsn
	}
	q := url.Values{}
	// The busy timeout comes first, so that switching a new database to WAL
	// waits for another process doing the same instead of failing.
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// An 8 MB page cache per connection and no mmap: the process's memory
	// stays flat however large the database grows (a mapped database file
	// counts in full against the process as it is read), at no measurable
	// cost to the dashboard's aggregate queries (BenchmarkDashboard).
	q.Add("_pragma", "cache_size(-8000)")
	q.Add("_pragma", "mmap_size(0)")
	q.Set("_txlock", "immediate")
	q.Set("_time_format", "sqlite")
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + q.Encode()
}

// Close closes the database.
func (s *Store) Close() error { return s.DB.Close() }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.DB.PingContext(ctx) }

// Migrate applies every pending migration. It is a no-op when the schema is
// current, and safe when several processes start at once: on PostgreSQL they
// take turns under an advisory lock; on SQLite a runner that lost the race to
// another looks again at what is applied and goes on from there.
func (s *Store) Migrate(ctx context.Context) ([]string, error) {
	dialect := goose.DialectSQLite3
	opts := []goose.ProviderOption{goose.WithAllowOutofOrder(true)}
	if s.driver == Postgres {
		dialect = goose.DialectPostgres
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return nil, fmt.Errorf("store: migrations: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	sub, err := fs.Sub(migrations, "migrations/"+s.driver)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	p, err := goose.NewProvider(dialect, s.DB.DB, sub, opts...)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	var applied []string
	for attempt := 1; ; attempt++ {
		res, err := p.Up(ctx)
		for _, r := range res {
			if r.Error == nil {
				applied = append(applied, filepath.Base(r.Source.Path))
			}
		}
		if err == nil {
			return applied, nil
		}
		if s.driver != SQLite || attempt == 3 || ctx.Err() != nil {
			return applied, fmt.Errorf("store: migrate: %w", err)
		}
		time.Sleep(time.Duration(attempt) * 100 * time.Millisecond)
	}
}

// Now returns the current time in UTC with microsecond precision, the form in
// which every time is stored.
func Now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

// InTx runs fn in a transaction, committing when it returns nil.
func (s *Store) InTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	tx, err := s.DB.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// FileExists reports whether the SQLite database file exists.
func FileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// LeaseNow is the clock that leases (jobs, the mailbox, campaign runs) are
// measured by. On PostgreSQL, where several machines share the database, it
// is the database server's clock, so machines whose own clocks disagree
// still agree on when a lease ends; on SQLite it is this machine's clock.
func (s *Store) LeaseNow(ctx context.Context, q Execer) (time.Time, error) {
	if s.driver != Postgres {
		return Now(), nil
	}
	var t time.Time
	if err := sqlx.GetContext(ctx, q, &t, `SELECT clock_timestamp()`); err != nil {
		return time.Time{}, fmt.Errorf("store: database clock: %w", err)
	}
	return t.UTC().Truncate(time.Microsecond), nil
}
