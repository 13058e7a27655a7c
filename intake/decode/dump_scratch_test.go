package decode

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestScratchDump(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/samples/*.eml")
	for _, f := range files {
		if os.Getenv("ONLY") != "" && !contains(f, os.Getenv("ONLY")) {
			continue
		}
		raw, _ := os.ReadFile(f)
		m, err := Parse(raw, Options{})
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		txt := m.Text
		if len(txt) > 300 && os.Getenv("FULL") == "" {
			txt = txt[:300]
		}
		fmt.Printf("== %s\nSubj: %s\nFrom: %+v\nReplyTo: %v Date: %v\nCharsets: %v Problems: %q\nAtt: %d Report: %+v\n%s\n", filepath.Base(f), m.Subject, m.From, m.ReplyTo, m.Date, m.Charsets, m.Problems, len(m.Attachments), m.Report, txt)
		for _, a := range m.Attachments {
			fmt.Printf("  att %q %s %d\n", a.Filename, a.ContentType, a.Size)
		}
	}
}

func contains(a, b string) bool {
	return len(b) == 0 || (len(a) >= len(b) && (a == b || filepath.Base(a)[:3] == b))
}
