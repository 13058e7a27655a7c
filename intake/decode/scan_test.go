package decode

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// simpleSniff is the byte-at-a-time reading that sniffBytes must agree with.
func simpleSniff(b []byte) sniff {
	var s sniff
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= 0x80:
			s.has8bit = true
		case c == 0x1b && i+2 < len(b):
			switch {
			case b[i+1] == '$' && (b[i+2] == 'B' || b[i+2] == '@' || b[i+2] == '('):
				s.hasJIS = true
			case b[i+1] == '(' && (b[i+2] == 'I' || b[i+2] == 'J'):
				s.hasJIS = true
			}
		case c == 0x0e || c == 0x0f:
			s.hasSOSI = true
		}
	}
	return s
}

// randomBytes builds strings of the pieces, long enough to cross the
// eight- and 32-byte steps of the word-wise scans.
func randomBytes(rng *rand.Rand, pieces []string, n int) []string {
	var out []string
	for range n {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestSniffBytesAgreesWithSimpleScan(t *testing.T) {
	pieces := []string{"a", "abcdefgh", " ", "\n", "\r", "\r\n", "\x1b", "\x1b$B", "\x1b$@", "\x1b$(D", "\x1b(B",
		"\x1b(I", "\x1b(J", "\x1b(", "\x1b$", "\x0e", "\x0f", "\x7f", "\x80", "\xff", "配信", "\x82\xa0", "0123456789012345"}
	texts := []string{"", "\x1b", "\x1b$", "\x1b$B", "x\x1b(", "\x1b(J", "\x80", strings.Repeat("a", 31) + "\x80",
		strings.Repeat("a", 32) + "\x80", strings.Repeat("a", 64), "\x1b\x1b$B", "\x1b(X\x1b(I"}
	texts = append(texts, randomBytes(rand.New(rand.NewPCG(3, 4)), pieces, 20000)...)
	for _, s := range texts {
		if got, want := sniffBytes([]byte(s)), simpleSniff([]byte(s)); got != want {
			t.Fatalf("sniffBytes(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func TestNormaliseNewlinesAgreesWithReplaceAll(t *testing.T) {
	pieces := []string{"a", "行", "\r", "\n", "\r\n", "\n\r", "\r\r", " ", "\xff"}
	texts := []string{"", "\r", "\n", "\r\n", "\r\r\n", "\n\r\n\r", "a\rb\r\nc\nd\r"}
	texts = append(texts, randomBytes(rand.New(rand.NewPCG(5, 6)), pieces, 20000)...)
	for _, s := range texts {
		want := strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
		if got := normaliseNewlines(s); got != want {
			t.Fatalf("normaliseNewlines(%q) = %q, want %q", s, got, want)
		}
	}
}
