package substr

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexAgreesWithStrings compares Index with strings.Index on written
// cases and on random texts and needles built from Japanese characters that
// share lead and continuation bytes, ASCII and invalid bytes.
func TestIndexAgreesWithStrings(t *testing.T) {
	pieces := []string{"ま", "す", "ス", "書", "き", "メ", "ッ", "セ", "ー", "ジ", "病", "院", "a", " ", "\n",
		"\xe3", "\x81", "\xbe", "\xe3\x81", "\xff", "𠮷", "é"}
	cases := [][2]string{
		{"", ""}, {"", "ま"}, {"ま", ""}, {"ま", "ま"}, {"ままます", "ます"}, {"書きました", "書き"},
		{"\xbeます", "ます"}, {"\x81\xbe", "ま"}, {"abc", "bc"}, {"メッセージ", "セージ"},
		{strings.Repeat("ま", 500) + "す", "ます"}, {strings.Repeat("ま", 500), "まま" + "す"},
		{"é", "é"}, {"xé", "é"}, {"\xc3", "é"}, {"𠮷野家", "𠮷野"},
	}
	rng := rand.New(rand.NewPCG(7, 8))
	build := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for range 50000 {
		cases = append(cases, [2]string{build(rng.IntN(80)), build(1 + rng.IntN(3))})
	}
	for range 200 {
		// Long runs of one character, where the searched byte is common.
		r := pieces[rng.IntN(4)]
		cases = append(cases, [2]string{strings.Repeat(r, rng.IntN(400)) + build(3), r + build(2)})
	}
	for _, c := range cases {
		if got, want := Index(c[0], c[1]), strings.Index(c[0], c[1]); got != want {
			t.Fatalf("Index(%q, %q) = %d, want %d", c[0], c[1], got, want)
		}
		if got, want := ContainsAny(c[0], "x", c[1]), strings.Contains(c[0], "x") || strings.Contains(c[0], c[1]); got != want {
			t.Fatalf("ContainsAny(%q, x, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
}
