package store

import (
	"context"
	"fmt"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

// migrationLock keeps two processes from migrating one database at once
// (say "serve" and a command started beside it): on PostgreSQL with goose's
// advisory-lock session locker, on SQLite with an exclusive lock on a file
// beside the database. unlock releases it.
func (s *Store) migrationLock(ctx context.Context) (opts []goose.ProviderOption, unlock func(), err error) {
	if s.driver == Postgres {
		l, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return nil, nil, fmt.Errorf("store: migration lock: %w", err)
		}
		return []goose.ProviderOption{goose.WithSessionLocker(l)}, func() {}, nil
	}
	var path string
	if err := s.DB.GetContext(ctx, &path, `SELECT file FROM pragma_database_list WHERE name = 'main'`); err != nil {
		return nil, nil, fmt.Errorf("store: migration lock: %w", err)
	}
	if path == "" { // an in-memory database
		return nil, func() {}, nil
	}
	unlock, err = lockFile(ctx, path+"-migrate.lock")
	if err != nil {
		return nil, nil, fmt.Errorf("store: migration lock: %w", err)
	}
	return nil, unlock, nil
}
