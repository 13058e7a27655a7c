package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func TestMigrateTwiceIsNoop(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s, err := store.Open(ctx, driver, storetest.DSN(t, driver))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			first, err := s.Migrate(ctx)
			if err != nil {
				t.Fatalf("first migrate: %v", err)
			}
			if len(first) == 0 {
				t.Fatal("first migrate applied nothing on an empty database")
			}
			second, err := s.Migrate(ctx)
			if err != nil {
				t.Fatalf("second migrate: %v", err)
			}
			if len(second) != 0 {
				t.Fatalf("second migrate applied %v, want nothing", second)
			}
			for _, table := range []string{"users", "sessions", "contacts", "leads", "messages", "lead_events", "jobs"} {
				var n int
				if err := s.DB.GetContext(ctx, &n, `SELECT COUNT(*) FROM `+table); err != nil {
					t.Errorf("table %s: %v", table, err)
				}
			}
		})
	}
}

func TestLeadRoundTrip(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			cat := lead.Doctor
			name, age := "山田 太郎", 66
			in := store.LeadFromFields(lead.Fields{
				Category: &cat, Name: &name, Age: &age,
				Specialties: []string{"整形外科", "リハビリテーション科"}, Prefectures: []string{"島根県"},
			})
			id, err := s.CreateLead(ctx, s.DB, &in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.GetLead(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			f := got.Fields()
			if *f.Category != lead.Doctor || *f.Name != name || *f.Age != age || f.Phone != nil {
				t.Errorf("fields = %+v", f)
			}
			if len(f.Specialties) != 2 || f.Specialties[1] != "リハビリテーション科" || len(f.Employment) != 0 {
				t.Errorf("lists = %v %v", f.Specialties, f.Employment)
			}
			if got.Status != store.StatusNew || time.Since(got.CreatedAt) > time.Minute || time.Since(got.CreatedAt) < 0 {
				t.Errorf("status %q created %v", got.Status, got.CreatedAt)
			}
			if _, err := s.GetLead(ctx, id+100); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("missing lead: err = %v, want ErrNotFound", err)
			}
			if err := s.AddLeadEvent(ctx, s.DB, store.LeadEvent{LeadID: id, Actor: "tester", Kind: "field", Field: "age"}); err != nil {
				t.Fatal(err)
			}
			evs, err := s.LeadEvents(ctx, id)
			if err != nil || len(evs) != 1 || evs[0].Field != "age" {
				t.Errorf("events = %+v, %v", evs, err)
			}
		})
	}
}

func TestConcurrentMigrations(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			dsn := storetest.DSN(t, driver)
			errs := make(chan error, 4)
			for range 4 {
				go func() {
					s, err := store.Open(ctx, driver, dsn)
					if err != nil {
						errs <- err
						return
					}
					defer s.Close()
					_, err = s.Migrate(ctx)
					errs <- err
				}()
			}
			for range 4 {
				if err := <-errs; err != nil {
					t.Errorf("concurrent migrate: %v", err)
				}
			}
		})
	}
}

// TestLeaseClock checks that leases are measured by the database's clock on
// PostgreSQL, which every machine shares, and by the local clock on SQLite.
func TestLeaseClock(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			got, err := s.LeaseNow(ctx, s.DB)
			if err != nil {
				t.Fatal(err)
			}
			want := store.Now()
			if driver == store.Postgres {
				if err := s.DB.GetContext(ctx, &want, `SELECT clock_timestamp()`); err != nil {
					t.Fatal(err)
				}
			}
			if d := want.Sub(got); d < 0 || d > time.Second {
				t.Errorf("lease clock %v, %s clock %v", got, driver, want)
			}
			if got.Location() != time.UTC {
				t.Errorf("lease clock in %v, want UTC", got.Location())
			}
		})
	}
}
