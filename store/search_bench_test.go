package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// BenchmarkLeadSearch runs the inbox search (one page and the counts per
// status, as the inbox does) over 50,000 leads on each driver, for a rare
// surname of two characters, a word of two characters in every lead, and a
// word of five. On PostgreSQL it runs once with the pg_trgm index and once
// after dropping it, for comparison.
func BenchmarkLeadSearch(b *testing.B) {
	ctx := context.Background()
	for _, driver := range storetest.Drivers(b) {
		st := storetest.Open(b, driver)
		seedSearch(b, st, 50_000)
		words := []struct{ name, q string }{
			{"surname-2chars", "山田"},
			{"common-2chars", "病院"},
			{"word-5chars", "整形外科医"},
		}
		run := func(b *testing.B) {
			for _, w := range words {
				b.Run(w.name, func(b *testing.B) {
					f := store.LeadFilter{Query: w.q}
					for b.Loop() {
						if _, err := st.LeadStatusCounts(ctx, f); err != nil {
							b.Fatal(err)
						}
						if _, err := st.LeadPage(ctx, f); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
		b.Run(driver, run)
		if driver == store.Postgres {
			if _, err := st.DB.ExecContext(ctx, `DROP INDEX IF EXISTS leads_search_trgm`); err != nil {
				b.Fatal(err)
			}
			b.Run(driver+"-without-index", run)
		}
	}
}

// seedSearch stores n leads with generated names, organisations and bodies;
// one in a thousand is called 山田, one in ten is an orthopaedic surgeon.
func seedSearch(b *testing.B, st *store.Store, n int) {
	b.Helper()
	rng := rand.New(rand.NewPCG(3, 4))
	surnames := []string{"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田"}
	body := strings.Repeat("地域医療に関心があり、週に数日の勤務を希望しています。", 10)
	err := st.InTx(context.Background(), func(tx *sqlx.Tx) error {
		for i := range n {
			c := lead.Doctor
			name := surnames[rng.IntN(len(surnames))] + fmt.Sprintf("%05d", i)
			if i%1000 == 0 {
				name = "山田" + fmt.Sprintf("%05d", i)
			}
			text := body
			if i%10 == 0 {
				text += "整形外科医として"
			}
			org := fmt.Sprintf("病院%03d", rng.IntN(500))
			l := store.LeadFromFields(lead.Fields{Category: &c, Name: &name, Organization: &org, Body: &text})
			if _, err := st.CreateLead(context.Background(), tx, &l); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if st.Driver() == store.Postgres {
		if _, err := st.DB.ExecContext(context.Background(), `ANALYZE leads`); err != nil {
			b.Fatal(err)
		}
	}
}
