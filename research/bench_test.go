package research

import (
	"context"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// BenchmarkDashboard computes every figure over 50,000 leads, on each
// driver (the goal is under 200 ms). Besides wall time it reports the
// process's CPU time per operation (cpu-ms/op), which stays meaningful when
// the machine is busy with other work; for PostgreSQL the server's own CPU
// time is not included.
func BenchmarkDashboard(b *testing.B) {
	for _, driver := range storetest.Drivers(b) {
		b.Run(driver, func(b *testing.B) {
			st := storetest.Open(b, driver)
			seed(b, st, 50000, 7)
			if _, err := st.DB.Exec("ANALYZE"); err != nil {
				b.Fatal(err)
			}
			d := &Dashboard{Store: st, Vocab: vocab.Load()}
			p, err := ParsePeriod("2026-01-01", "2026-12-31")
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.ResetTimer()
			cpu0, n := cpuTime(), 0
			for b.Loop() {
				n++
				f, err := d.Compute(ctx, p)
				if err != nil {
					b.Fatal(err)
				}
				if f.Funnel[0].Doctors == 0 {
					b.Fatal("no physician leads counted")
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(n), "cpu-ms/op")
		})
	}
}

// BenchmarkRender renders the whole dashboard page from computed figures.
func BenchmarkRender(b *testing.B) {
	st := storetest.Open(b, "sqlite")
	seed(b, st, 2000, 8)
	d := &Dashboard{Store: st, Vocab: vocab.Load()}
	p, _ := ParsePeriod("2026-01-01", "2026-12-31")
	f, err := d.Compute(context.Background(), p)
	if err != nil {
		b.Fatal(err)
	}
	r, err := NewRenderer()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := r.Page(discardWriter{}, NewView("/research", f)); err != nil {
			b.Fatal(err)
		}
	}
}

type discardWriter struct{}

func (discardWriter) Write(p []byte) (int, error) { return len(p), nil }
