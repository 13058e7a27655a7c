package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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

// simpleMapDigitDashes is the rune-by-rune reading that mapDigitDashes
// must agree with.
func simpleMapDigitDashes(s string) string {
	var b strings.Builder
	last := 0
	prev := rune(0)
	for i, r := range s {
		if r != '-' && isDigit(prev) && isDash(r) {
			if next := i + utf8.RuneLen(r); next < len(s) && s[next] >= '0' && s[next] <= '9' {
				b.WriteString(s[last:i])
				b.WriteByte('-')
				last = next
				prev = '-'
				continue
			}
		}
		prev = r
	}
	b.WriteString(s[last:])
	return b.String()
}

func TestMapDigitDashesAgreesWithRuneScan(t *testing.T) {
	pieces := []string{"0", "3", "9", "-", "‐", "‑", "‒", "–", "—", "―", "−", "ー", "ｰ", "﹣", "－", "─", "━",
		"a", "セ", "ン", "タ", " ", "\xe3", "\x83", "\xff", "\xe2\x80"}
	texts := []string{"", "03ー1234ー5678", "1ー2ー3", "センター", "9ー", "ー9", "1--2", "1－－2", "12\xe3ー3"}
	rng := rand.New(rand.NewPCG(21, 22))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := mapDigitDashes(s), simpleMapDigitDashes(s); got != want {
			t.Fatalf("mapDigitDashes(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestDecodeRuneAgreesWithUTF8 checks decodeRune against
// utf8.DecodeRuneInString on every lead byte followed by every kind of
// continuation, and on random bytes.
func TestDecodeRuneAgreesWithUTF8(t *testing.T) {
	var texts []string
	for c0 := range 256 {
		for _, c1 := range []byte{0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff} {
			for _, c2 := range []byte{0x00, 0x80, 0xbf, 0xc0} {
				texts = append(texts, string([]byte{byte(c0)}), string([]byte{byte(c0), c1}), string([]byte{byte(c0), c1, c2}),
					string([]byte{byte(c0), c1, c2, 0x80}))
			}
		}
	}
	rng := rand.New(rand.NewPCG(23, 24))
	for range 20000 {
		b := make([]byte, rng.IntN(6))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		r, n := decodeRune(s)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Fatalf("decodeRune(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
		}
	}
}

// TestHasCountedNumeralAgreesWithContainsFunc checks the byte scan against
// strings.ContainsFunc on numerals, other kanji and broken bytes.
func TestHasCountedNumeralAgreesWithContainsFunc(t *testing.T) {
	pieces := []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "元", "零", "万", "年",
		"歳", "a", " ", "\xe4", "\xb8", "\x80", "\xe4\xb8", "\xff", "\xed\xa0\x80"}
	texts := []string{"", "一", "\xe4\xb8", "六十五歳", "零", "万年"}
	rng := rand.New(rand.NewPCG(35, 36))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			if rng.IntN(3) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			} else {
				b.WriteString(pieces[15+rng.IntN(len(pieces)-15)])
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := hasCountedNumeral(s), strings.ContainsFunc(s, countedNumeral); got != want {
			t.Fatalf("hasCountedNumeral(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCleanSpacesAgreesWithFields checks CleanSpaces against joining the
// fields of the text, for clean and unclean white space of every kind.
func TestCleanSpacesAgreesWithFields(t *testing.T) {
	pieces := []string{"山田", "太郎", "a", " ", "  ", "\t", "\n", "\u3000", "\u00a0", "\u2003", "\xff", "病院"}
	texts := []string{"", " ", "山田 太郎", " 山田", "山田 ", "山田  太郎", "山田\u3000太郎", "a\tb"}
	rng := rand.New(rand.NewPCG(37, 38))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }), " ")
		if got := CleanSpaces(s); got != want {
			t.Fatalf("CleanSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}
