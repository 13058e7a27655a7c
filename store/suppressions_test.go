package store_test

import (
	"context"
	"testing"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func TestBouncesSuppress(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			tests := []struct {
				email      string
				hard       bool
				wantSupp   bool
				wantReason string
			}{
				{"Soft@Example.JP", false, false, ""},
				{"soft@example.jp", false, false, ""},
				{"soft@example.jp ", false, true, store.SuppressSoftBounce}, // third soft bounce
				{"hard@example.jp", true, true, store.SuppressHardBounce},
			}
			for i, tt := range tests {
				got, err := s.RecordBounce(ctx, s.DB, tt.email, "4.2.2", tt.hard, 3, "test")
				if err != nil {
					t.Fatal(err)
				}
				if got != tt.wantSupp {
					t.Errorf("bounce %d (%s): suppressed = %v, want %v", i, tt.email, got, tt.wantSupp)
				}
				sup, err := s.Suppressed(ctx, tt.email)
				if err != nil {
					t.Fatal(err)
				}
				if (sup != nil) != tt.wantSupp || sup != nil && sup.Reason != tt.wantReason {
					t.Errorf("bounce %d: suppression = %+v, want reason %q", i, sup, tt.wantReason)
				}
			}
			added, err := s.Suppress(ctx, s.DB, store.Suppression{Email: "HARD@example.jp", Reason: store.SuppressUnsubscribe})
			if err != nil || added {
				t.Errorf("re-suppressing: added=%v err=%v, want not added", added, err)
			}
			if err := s.Unsuppress(ctx, s.DB, "hard@example.jp"); err != nil {
				t.Fatal(err)
			}
			if sup, _ := s.Suppressed(ctx, "hard@example.jp"); sup != nil {
				t.Error("address still suppressed after Unsuppress")
			}
		})
	}
}
