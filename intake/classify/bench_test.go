package classify_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/md2-rm/madoguchi/intake/classify"
	"github.com/md2-rm/madoguchi/intake/decode"
	"github.com/md2-rm/madoguchi/intake/extract"
)

// BenchmarkClassify classifies the decoded sample mails, their subject and
// whole text, with every cue.
func BenchmarkClassify(b *testing.B) {
	files, err := filepath.Glob("../../testdata/samples/*.eml")
	if err != nil || len(files) == 0 {
		b.Fatalf("no samples: %v", err)
	}
	var ins []classify.Input
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msg, err := decode.Parse(raw, decode.Options{})
		if err != nil {
			b.Fatal(err)
		}
		in := classify.Input{Header: msg.Header, Subject: extract.Normalize(msg.Subject), Body: extract.Normalize(msg.Text)}
		ins = append(ins, in)
		size += len(in.Subject) + len(in.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			classify.Classify(in)
		}
	}
}
