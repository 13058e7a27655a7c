package intake_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/intake"
	"github.com/md2-rm/madoguchi/intake/decode"
)

// FuzzParse feeds arbitrary bytes to Parse, seeded with the samples and the
// extra mail. Parse must never panic, must fail only for input that is not
// a mail, and must return a lead that encodes as valid JSON with a valid
// category and UTF-8 fields.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{samplesDir, extraDir} {
		files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			raw, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(raw)
		}
	}
	f.Add([]byte("From: a@example.jp\r\n\r\n【お名前】\r\n\r\n■\r\n: \r\n> \r\n-- \r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := intake.Parse(raw, intake.ParseOptions{Decode: decode.Options{MaxDepth: 8, MaxParts: 200}})
		if err != nil {
			if !errors.Is(err, decode.ErrNotMail) || res != nil {
				t.Fatalf("Parse = %v, %v", res, err)
			}
			return
		}
		f := res.Lead
		if f.Category == nil || !f.Category.Valid() {
			t.Fatalf("invalid category %v", f.Category)
		}
		for _, p := range []*string{f.Name, f.NameKana, f.Email, f.Phone, f.Organization, f.Municipality, f.Start, f.Body} {
			if p != nil && !utf8.ValidString(*p) {
				t.Fatalf("invalid UTF-8: %q", *p)
			}
		}
		if _, err := json.Marshal(f); err != nil {
			t.Fatalf("encode: %v", err)
		}
	})
}
