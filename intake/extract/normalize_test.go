package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestNFKCAgreesWithNorm checks the fast path of nfkc against the norm
// package on texts that mix the runes it copies with the ones it hands on.
func TestNFKCAgreesWithNorm(t *testing.T) {
	tests := []string{
		"",
		"plain ascii",
		"田中と申します。内科医です。",
		"ＴＥＬ：０３－１２３４－５６７８",
		"ｶﾞｯｺｳ ｲﾘｮｳ",
		"か\u3099き\u309a",       // kana followed by combining sound marks
		"e\u0301 a\u0308",      // Latin letters followed by combining accents
		"㈱メディカル ①② ㍻",          // compatibility characters
		"\u3000全角空白\u3000",     // ideographic space
		"髙橋 﨑 神\ufa19",         // compatibility ideographs
		"ﾊﾟ\u309a",             // half-width voiced mark then a combining one
		"bad \xff\xfe bytes",   // invalid UTF-8
		"한국어 텍스트",              // Hangul syllables
		"\u1100\u1161\u11a8",   // conjoining jamo
		"カ\uff9e",              // full-width kana and a half-width voiced mark
		"ア\u0301",              // kana and a Latin combining mark
		"Ａ\u0301 \u3000\u3099", // mapped characters followed by combining marks
	}
	pool := []rune("aZ0 \n\t。、「」ー・あかがアカガ漢字医院ＡＢ０１！～：（）ｱｶﾞﾞﾟ\u3099\u309a\u0301\u0308\u3000①㈱㍻髙﨑\ufa19가\u1100\u1161\u11a8\ufffd")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(24) {
			if rng.IntN(40) == 0 {
				b.WriteByte(0xff) // invalid UTF-8
				continue
			}
			b.WriteRune(pool[rng.IntN(len(pool))])
		}
		tests = append(tests, b.String())
	}
	for _, s := range tests {
		if got, want := nfkc(s), norm.NFKC.String(s); got != want {
			t.Errorf("nfkc(%+q) = %+q, want %+q", s, got, want)
		}
	}
}

// TestMayNeedPremap checks the byte test against every rune it stands for.
func TestMayNeedPremap(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if needsPremap(r) && !mayNeedPremap("a"+string(r)+"b") {
			t.Errorf("mayNeedPremap misses %U", r)
		}
	}
}
