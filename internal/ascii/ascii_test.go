package ascii

import (
	"math/rand/v2"
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
