package outreach

import (
	"context"
	"testing"

	"github.com/md2-rm/madoguchi/store/storetest"
)

// BenchmarkSend sends b.N mails to an in-process sink, ledger included.
func BenchmarkSend(b *testing.B) {
	for _, driver := range storetest.Drivers(b) {
		b.Run(driver, func(b *testing.B) {
			st := storetest.Open(b, driver)
			campaignID, err := SeedBench(context.Background(), st, b.N)
			if err != nil {
				b.Fatal(err)
			}
			e := testEngine(b, st, nil)
			e.Opts.Concurrency = 32
			b.ResetTimer()
			res, err := Bench(context.Background(), e, campaignID, b.N)
			if err != nil {
				b.Fatal(err)
			}
			if res.Lost != 0 || res.Duplicates != 0 {
				b.Fatalf("lost %d, duplicates %d", res.Lost, res.Duplicates)
			}
			b.ReportMetric(res.Rate, "mails/s")
		})
	}
}
