package intake_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // go-message's charset decoders, as a bare user would import them
	gomail "github.com/emersion/go-message/mail"

	"github.com/md2-rm/madoguchi/intake"
)

func loadCorpus(tb testing.TB) ([][]byte, int64) {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(samplesDir, "*.eml"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no samples: %v", err)
	}
	var corpus [][]byte
	var size int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		corpus = append(corpus, raw)
		size += int64(len(raw))
	}
	return corpus, size
}

// BenchmarkParse parses the whole sample corpus end to end per iteration:
// decode, clean, classify and extract. Compare with BenchmarkBareGoMessage.
func BenchmarkParse(b *testing.B) {
	corpus, size := loadCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	// One pass before measuring builds what the parser makes on first use
	// (the keyword automaton), as a running daemon has.
	for _, raw := range corpus {
		if _, err := intake.Parse(raw, intake.ParseOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	cpu0 := cpuTime()
	for b.Loop() {
		for _, raw := range corpus {
			if _, err := intake.Parse(raw, intake.ParseOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportRates(b, len(corpus), cpuTime()-cpu0)
}

// reportRates reports the mails parsed per second of wall time and the
// CPU time per mail (user and system, the garbage collector included),
// the steadier figure on a shared machine.
func reportRates(b *testing.B, perOp int, cpu time.Duration) {
	n := float64(b.N * perOp)
	b.ReportMetric(n/b.Elapsed().Seconds(), "mails/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/mail")
	}
}

// BenchmarkBareGoMessage only decodes the same corpus with go-message and its
// charset package: headers, and every text part read to the end.
func BenchmarkBareGoMessage(b *testing.B) {
	corpus, size := loadCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for _, raw := range corpus {
		bareDecode(raw) // the same warm-up pass as BenchmarkParse
	}
	cpu0 := cpuTime()
	for b.Loop() {
		for _, raw := range corpus {
			bareDecode(raw)
		}
	}
	reportRates(b, len(corpus), cpuTime()-cpu0)
}

func bareDecode(raw []byte) {
	mr, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return
	}
	_, _ = mr.Header.Subject()
	_, _ = mr.Header.AddressList("From")
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		_, _ = io.Copy(io.Discard, p.Body)
	}
}
