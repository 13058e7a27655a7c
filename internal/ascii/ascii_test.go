package ascii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLower checks Lower against a byte-wise mapping of A–Z,
// on strings of capitals, other ASCII, Japanese and invalid bytes.
func TestLower(t *testing.T) {
	pieces := []string{"A", "Z", "a", "z", "@", "[", "`", "MAILER-DAEMON", "配信", "Ｘ", "\xff", " "}
	rng := rand.New(rand.NewPCG(13, 14))
	texts := []string{"", "abc", "ABC", "aBc", "Ab配信Cd", "Z"}
	for range 5000 {
		s := ""
		for range rng.IntN(10) {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	for _, s := range texts {
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := Lower(s); got != string(want) {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerLong checks Lower on longer strings, where it reads whole words:
// capitals, the bytes next to them and high bytes at every offset of a word.
func TestLowerLong(t *testing.T) {
	pieces := []string{"A", "Z", "@", "[", "a", "z", "`", "{", "\x7f", "\x80", "\xc1", "\xda", "\xff", "配信", "Mailer-Daemon ", "01234567"}
	rng := rand.New(rand.NewPCG(15, 16))
	var texts []string
	for range 20000 {
		s := ""
		for range rng.IntN(40) {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	for c := range 256 {
		for off := range 9 {
			texts = append(texts, string(make([]byte, off))+string([]byte{byte(c)})+"abcdefgh")
		}
	}
	for _, s := range texts {
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := Lower(s); got != string(want) {
			t.Fatalf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIndexDigitAndFold checks IndexDigit against a byte-wise search and
// IndexFold against strings.Index of the lower-cased text, on random
// mixtures of digits, the bytes around them, letters in both cases,
// Japanese and invalid bytes.
func TestIndexDigitAndFold(t *testing.T) {
	pieces := []string{"0", "9", "/", ":", "5", "a", "A", "ab", "AB", "aB", "b", "x", "配信", "Ｘ", "\xff", "\xb0", "\xb9", " ", "\n"}
	words := []string{"a", "ab", "aba", "b a", "x", "0", "配信", "ab配", "\xff"}
	rng := rand.New(rand.NewPCG(15, 16))
	texts := []string{"", "0", "a", "12345678", "abcdefgh9", "AB", "配信1"}
	for range 20000 {
		s := ""
		for range rng.IntN(24) {
			s += pieces[rng.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	found := 0
	for _, s := range texts {
		want := -1
		for i := 0; i < len(s); i++ {
			if '0' <= s[i] && s[i] <= '9' {
				want = i
				break
			}
		}
		if got := IndexDigit(s); got != want {
			t.Fatalf("IndexDigit(%q) = %d, want %d", s, got, want)
		}
		for _, w := range words {
			want := strings.Index(Lower(s), w)
			if got := IndexFold(s, w); got != want {
				t.Fatalf("IndexFold(%q, %q) = %d, want %d", s, w, got, want)
			}
			if want >= 0 {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d words found: the cases test little", found)
	}
}
