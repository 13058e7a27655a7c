package cue

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestRegexpAgreesWithRegexp checks every method of Regexp against the
// regexp package on written texts and random ones built from the
// expressions' words, for expressions that are sped up and ones that are
// not, folded, anchored, bounded and unbounded, with and without groups.
func TestRegexpAgreesWithRegexp(t *testing.T) {
	tests := []struct {
		expr   string
		spedUp bool
	}{
		{`診療科(?:は|を)?(?:特に)?(?:不問|問いません|問わない)|診療科\s?[:：]\s?(?:不問|問いません|問わず|特になし|なし)|(?i)any specialty`, true},
		{`(?:My name is|I am|I'm|This is)\s+(?:Dr\.?\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\b`, true},
		{`(?:\+81[\s-]?\(?0?\)?|\(0|0)\d{0,4}\)?[\s-]?\(?\d{1,4}\)?[\s-]?\d{3,4}`, true},
		{`(?i)kk|ss`, true},
		{`医師(?:です|でした)$|当院`, true},
		{`(a)(b)?|c(d)`, true},
		{`週\s?に?\s?(\d{1,2})\s?(?:日|回)`, true},
		{`ab+|abc`, true},
		{`a[^。]*x|b`, true},
		{`(?m)ok$|no\b`, true},
		{`\bok|no`, false},
		{`^ok|no`, false},
		{`[A-Z][a-z]+ Hospital`, false},
		{`x?y`, false},
		{`(?i)(?:ab|cd)e`, false},
		{`^\s?(?:以上|以下|未満|まで|不問|前後|程度|から|~|-|を過ぎ|を超え|の方|位|くらい|代)`, true},
		{`(?:定年|定年は|定年が|上限|年齢|制限|定年を)\s?$`, true},
		{`([\p{Han}々ヶ]{1,4})(?:\s?([\p{Han}々]{1,3}))?$`, true},
		{`^[\p{Han}々ヶ]{1,4}\s[\p{Han}々ヶ]{1,3}$|^[\p{Han}々ヶ]{2,4}[\p{Han}々]{1,3}$`, true},
		{`\Aab?c|^x`, true},
		{`\bab\z|cd$`, true},
		{`(?i)\bk[a-z]{0,3}$`, true},
		{`\b[𠮷𩸽]{1,2}\z`, true}, // four-byte characters: the bound is tight
		{`^[𠮷𩸽]{1,2}\b`, true},
		{`\s*[（(][^）)]*[）)]\s*$`, false}, // a needed string only
		{`\s*(?:様|さま|先生|殿|氏|さん|御中)$|^(?:Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)\s+|,?\s*(?:MD|M\.D\.)$`, false}, // mixed anchors
		{`\b((?:[A-Z][a-z]+\s){1,4}(?:Hospital|Clinic|Medical Center))\b`, false},
		{`x*[\x{FFFD}b]y*`, false}, // U+FFFD also stands for an invalid byte
		{`^a|b`, false},
		{`(?m)^ab`, false},
		{`a$|^b`, false},
		{`^a+`, false},
	}
	words := []string{"診療科", "は", "を", "特に", "不問", "問いません", "問わない", "問わず", "特になし", "なし", ":", "：", " ",
		"any specialty", "ANY SPECIALTY", "Any Specialty", "any ſpecialty", "My name is", "I am", "I'm", "This is", "Dr.", "Dr",
		"Taro", "Yamada", "Anna", "Kowalczyk", "yamada", "+81", "-", "(", ")", "0", "3", "12", "1234", "5678", "090",
		"k", "K", "\u212a", "s", "S", "ſ", "医師", "です", "でした", "当院", "a", "b", "c", "d", "x", "。", "ok", "no",
		"OK", "\n", "Hospital", "e", "cde", "\xff", "\xe8", "以上", "まで", "代", "定年", "上限", "年齢", "山田", "太",
		"郎", "々", "ヶ", "\u3000", "z", "kaz", "Kz", "𠮷", "𩸽", "𠮷𩸽", "（", "）", "(", ")", "様", "先生", "Mr.", "MD",
		"M.D.", "Prof", "Mrs", ",", "Tokyo ", "Hospital", "Clinic", "Medical Center", "\ufffd", "y", "週", "に", "日", "回"}
	rng := rand.New(rand.NewPCG(29, 30))
	texts := []string{"", "診療科は不問", "I am Taro Yamada.", "TEL 03-1234-5678", "any ſpecialty", "\u212a\u212a", "ab", "abc"}
	for range 3000 {
		var b strings.Builder
		n := rng.IntN(14)
		if rng.IntN(8) == 0 {
			n = 100 + rng.IntN(300) // past maxTries places
		}
		for range n {
			b.WriteString(words[rng.IntN(len(words))])
		}
		texts = append(texts, b.String())
	}
	for _, e := range []string{tests[len(tests)-8].expr, tests[len(tests)-7].expr, tests[len(tests)-6].expr} {
		if MustCompileRegexp(e).need == nil {
			t.Errorf("%q: no needed strings", e)
		}
	}
	for _, tt := range tests {
		r, re := MustCompileRegexp(tt.expr), regexp.MustCompile(tt.expr)
		if spedUp := r.starts != nil || r.head > 0 || r.tail > 0; spedUp != tt.spedUp {
			t.Errorf("%q: sped up %v, want %v (starts %q)", tt.expr, spedUp, tt.spedUp, r.starts)
		}
		for _, s := range texts {
			if got, want := r.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%q MatchString(%q) = %v, want %v", tt.expr, s, got, want)
			}
			if got, want := r.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%q FindStringSubmatchIndex(%q) = %v, want %v", tt.expr, s, got, want)
			}
			if got, want := r.FindStringSubmatch(s), re.FindStringSubmatch(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
				t.Fatalf("%q FindStringSubmatch(%q) = %q, want %q", tt.expr, s, got, want)
			}
			if got, want := r.ReplaceAllString(s, "<$0>"), re.ReplaceAllString(s, "<$0>"); got != want {
				t.Fatalf("%q ReplaceAllString(%q) = %q, want %q", tt.expr, s, got, want)
			}
			for _, n := range []int{-1, 0, 1, 2} {
				got, want := r.FindAllStringIndex(s, n), re.FindAllStringIndex(s, n)
				if !slices.EqualFunc(got, want, slices.Equal) || (got == nil) != (want == nil) {
					t.Fatalf("%q FindAllStringIndex(%q, %d) = %v, want %v", tt.expr, s, n, got, want)
				}
				gotSub, wantSub := r.FindAllStringSubmatchIndex(s, n), re.FindAllStringSubmatchIndex(s, n)
				if !slices.EqualFunc(gotSub, wantSub, slices.Equal) || (gotSub == nil) != (wantSub == nil) {
					t.Fatalf("%q FindAllStringSubmatchIndex(%q, %d) = %v, want %v", tt.expr, s, n, gotSub, wantSub)
				}
				gotStr, wantStr := r.FindAllStringSubmatch(s, n), re.FindAllStringSubmatch(s, n)
				if !slices.EqualFunc(gotStr, wantStr, slices.Equal) || (gotStr == nil) != (wantStr == nil) {
					t.Fatalf("%q FindAllStringSubmatch(%q, %d) = %q, want %q", tt.expr, s, n, gotStr, wantStr)
				}
			}
		}
	}
}
