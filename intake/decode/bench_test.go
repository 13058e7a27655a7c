package decode

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // registers message.CharsetReader
)

// BenchmarkDecode parses the whole sample corpus with Parse, end to end.
func BenchmarkDecode(b *testing.B) {
	samples := loadSamples(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range samples {
			if _, err := Parse(s.raw, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(samples))/b.Elapsed().Seconds(), "mails/s")
}

// BenchmarkBareGoMessage is the baseline: the same mails read with bare
// go-message, every text part decoded to UTF-8 through its charset package
// and every other part read through.
func BenchmarkBareGoMessage(b *testing.B) {
	samples := loadSamples(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range samples {
			e, err := message.Read(bytes.NewReader(s.raw))
			if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
				b.Fatal(err)
			}
			_ = e.Header.Get("Subject")
			if err := bareWalk(e); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(samples))/b.Elapsed().Seconds(), "mails/s")
}

func bareWalk(e *message.Entity) error {
	return e.Walk(func(path []int, part *message.Entity, err error) error {
		if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
			return err
		}
		if part.MultipartReader() != nil {
			return nil
		}
		mt, _, _ := part.Header.ContentType()
		if strings.HasPrefix(mt, "text/") {
			body, err := io.ReadAll(part.Body)
			if err != nil {
				return err
			}
			_ = string(body)
			return nil
		}
		_, err = io.Copy(io.Discard, part.Body)
		return err
	})
}
