package decode

import (
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
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

// simpleBase64Cleaner is base64Cleaner without the table of the alphabet.
type simpleBase64Cleaner struct {
	r      io.Reader
	n      int
	padded bool
}

func (c *simpleBase64Cleaner) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	for {
		if c.padded && c.n%4 == 0 {
			return 0, io.EOF
		}
		n, err := c.r.Read(b)
		j := 0
		for i := 0; i < n; i++ {
			ch := b[i]
			switch {
			case ch == '=':
				if c.n%4 == 0 {
					continue
				}
				c.padded = true
			case c.padded:
				continue
			case ch >= 'A' && ch <= 'Z', ch >= 'a' && ch <= 'z', ch >= '0' && ch <= '9', ch == '+', ch == '/':
			default:
				continue
			}
			if c.padded && c.n%4 == 0 {
				break
			}
			b[j] = ch
			j++
			c.n++
		}
		if j > 0 {
			return j, nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// TestBase64CleanerAgreesWithSimple reads random base64-like input in
// random slices through both cleaners.
func TestBase64CleanerAgreesWithSimple(t *testing.T) {
	pieces := []string{"QUJD", "ZA==", "ZGU=", "=", "==", " ", "\r\n", "\n", "-", "*", "A", "/", "+", "9", "\xff", "é"}
	rng := rand.New(rand.NewPCG(31, 32))
	for _, s := range randomBytes(rng, pieces, 5000) {
		read := func(r io.Reader) []byte {
			var out []byte
			buf := make([]byte, 1+rng.IntN(16))
			for {
				n, err := r.Read(buf[:1+rng.IntN(len(buf))])
				out = append(out, buf[:n]...)
				if err != nil {
					return out
				}
			}
		}
		seed := rng.Uint64()
		rng = rand.New(rand.NewPCG(seed, 1))
		got := read(&base64Cleaner{r: iotest.OneByteReader(strings.NewReader(s))})
		rng = rand.New(rand.NewPCG(seed, 1))
		want := read(&simpleBase64Cleaner{r: iotest.OneByteReader(strings.NewReader(s))})
		if string(got) != string(want) {
			t.Fatalf("%q: cleaned to %q, want %q", s, got, want)
		}
		got = read(&base64Cleaner{r: strings.NewReader(s)})
		want = read(&simpleBase64Cleaner{r: strings.NewReader(s)})
		if string(got) != string(want) {
			t.Fatalf("%q: cleaned to %q, want %q", s, got, want)
		}
	}
}
