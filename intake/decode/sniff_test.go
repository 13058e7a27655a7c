package decode

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// TestSniffSampleLines re-encodes every non-ASCII line of the decoded
// samples (675 lines, from one character long) in each Japanese encoding
// and decodes it under missing and lying labels: the bytes must win every
// time, even for a single line.
func TestSniffSampleLines(t *testing.T) {
	var lines []string
	for _, s := range loadSamples(t) {
		m := mustParse(t, s.raw)
		for _, l := range strings.Split(m.Text, "\n") {
			if l = strings.TrimSpace(l); l != "" && !isPlainASCII(l) {
				lines = append(lines, l)
			}
		}
	}
	if len(lines) < 500 {
		t.Fatalf("only %d lines", len(lines))
	}
	cases := []struct {
		label string
		enc   encoding.Encoding
	}{
		{"", japanese.ShiftJIS},
		{"", japanese.EUCJP},
		{"", japanese.ISO2022JP},
		{"us-ascii", japanese.ISO2022JP},
		{"iso-2022-jp", japanese.ShiftJIS},
		{"iso-2022-jp", japanese.EUCJP},
		{"iso-2022-jp", unicode.UTF8},
		{"utf-8", japanese.ShiftJIS},
		{"utf-8", japanese.EUCJP},
		{"shift_jis", japanese.EUCJP},
		{"shift_jis", unicode.UTF8},
		{"euc-jp", japanese.ShiftJIS},
		{"euc-jp", unicode.UTF8},
	}
	for _, c := range cases {
		failed, tried := 0, 0
		for _, l := range lines {
			b, err := c.enc.NewEncoder().Bytes([]byte(l))
			if err != nil {
				continue // a character the encoding lacks
			}
			tried++
			if got := decodeText(c.label, b).Text; got != l {
				failed++
				if failed <= 3 {
					t.Errorf("label %q, %T bytes: %q decoded as %q", c.label, c.enc, l, got)
				}
			}
		}
		if failed > 0 || tried < 500 {
			t.Errorf("label %q, %T: %d of %d lines wrong", c.label, c.enc, failed, tried)
		}
	}
}
