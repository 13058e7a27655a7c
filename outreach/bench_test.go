package outreach

import (
	"context"
	"syscall"
	"testing"
	"time"

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
			cpu0 := cpuTime()
			res, err := Bench(context.Background(), e, campaignID, b.N)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/mail")
			if res.Lost != 0 || res.Duplicates != 0 {
				b.Fatalf("lost %d, duplicates %d", res.Lost, res.Duplicates)
			}
			b.ReportMetric(res.Rate, "mails/s")
		})
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
