// Package storetest opens throwaway, migrated stores for tests: a SQLite file
// in a temporary directory, and, when MADOGUCHI_TEST_POSTGRES_DSN names a
// PostgreSQL database, a fresh schema in it.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/store"
)

// EnvPostgres names the variable holding the PostgreSQL DSN for tests.
const EnvPostgres = "MADOGUCHI_TEST_POSTGRES_DSN"

// Drivers lists the drivers a test suite should run on: always sqlite, and
// postgres when EnvPostgres is set.
func Drivers(t testing.TB) []string {
	if os.Getenv(EnvPostgres) == "" {
		t.Logf("%s not set: PostgreSQL tests skipped", EnvPostgres)
		return []string{store.SQLite}
	}
	return []string{store.SQLite, store.Postgres}
}

// Postgres returns the PostgreSQL DSN for tests, skipping the test when it is
// not set.
func Postgres(t testing.TB) string {
	dsn := os.Getenv(EnvPostgres)
	if dsn == "" {
		t.Skipf("%s not set: PostgreSQL test skipped", EnvPostgres)
	}
	return dsn
}

// DSN returns a DSN for a new, empty database of the driver that is dropped
// when the test ends. For postgres it is a fresh schema in the test database.
func DSN(t testing.TB, driver string) string {
	t.Helper()
	switch driver {
	case store.SQLite:
		return filepath.Join(t.TempDir(), "test.db")
	case store.Postgres:
		base := Postgres(t)
		schema := "t_" + randHex(8)
		admin, err := sqlx.Open("pgx", base)
		if err != nil {
			t.Fatalf("storetest: %v", err)
		}
		defer admin.Close()
		if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
			t.Fatalf("storetest: create schema: %v", err)
		}
		t.Cleanup(func() {
			db, err := sqlx.Open("pgx", base)
			if err != nil {
				return
			}
			defer db.Close()
			_, _ = db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		})
		return withParam(base, "search_path", schema)
	}
	t.Fatalf("storetest: unknown driver %q", driver)
	return ""
}

// Open returns a migrated store on a new, empty database of the driver.
func Open(t testing.TB, driver string) *store.Store {
	t.Helper()
	return OpenDSN(t, driver, DSN(t, driver))
}

// OpenDSN opens and migrates a store at dsn, closing it when the test ends.
func OpenDSN(t testing.TB, driver, dsn string) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, driver, dsn)
	if err != nil {
		t.Fatalf("storetest: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("storetest: %v", err)
	}
	return s
}

func withParam(dsn, key, value string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set(key, value)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " " + key + "=" + value
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
