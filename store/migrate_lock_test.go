package store_test

import (
	"context"
	"sync"
	"testing"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// TestConcurrentMigrations migrates one new database from several stores at
// once, as processes started together do: each succeeds, and every
// migration is applied exactly once.
func TestConcurrentMigrations(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			dsn := storetest.DSN(t, driver)
			const n = 4
			applied := make([][]string, n)
			errs := make([]error, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					st, err := store.Open(context.Background(), driver, dsn)
					if err != nil {
						errs[i] = err
						return
					}
					defer st.Close()
					applied[i], errs[i] = st.Migrate(context.Background())
				}()
			}
			wg.Wait()
			for i := range n {
				if errs[i] != nil {
					t.Fatalf("store %d: %v", i, errs[i])
				}
			}
			st := storetest.OpenDSN(t, driver, dsn)
			again, err := st.Migrate(context.Background())
			if err != nil || len(again) != 0 {
				t.Fatalf("migrate after: %v %v", again, err)
			}
			seen := map[string]int{}
			for _, a := range applied {
				for _, m := range a {
					seen[m]++
				}
			}
			if len(seen) == 0 {
				t.Fatal("no migration applied")
			}
			for m, c := range seen {
				if c != 1 {
					t.Errorf("%s applied %d times", m, c)
				}
			}
		})
	}
}
