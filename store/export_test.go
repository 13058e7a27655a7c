package store

import (
	"context"
	"io/fs"

	"github.com/pressly/goose/v3"
)

// LeadWhere exposes the inbox filter's SQL to the tests of package store_test.
func (s *Store) LeadWhere(f LeadFilter) (string, []any) { return s.leadWhere(f, true) }

// MigrateDownTo rolls the schema back to version, for tests of upgrades.
func (s *Store) MigrateDownTo(ctx context.Context, version int64) error {
	dialect := goose.DialectSQLite3
	if s.driver == Postgres {
		dialect = goose.DialectPostgres
	}
	sub, err := fs.Sub(migrations, "migrations/"+s.driver)
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(dialect, s.DB.DB, sub, goose.WithAllowOutofOrder(true))
	if err != nil {
		return err
	}
	_, err = p.DownTo(ctx, version)
	return err
}
