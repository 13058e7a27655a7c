package cue

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

func TestPattern(t *testing.T) {
	tests := []struct {
		expr, text string
		want       bool
		regexpUsed bool
	}{
		{`配信(?:を)?(?:停止|中止)|購読解除`, "メールの配信を停止してください", true, false},
		{`配信(?:を)?(?:停止|中止)|購読解除`, "購読解除", true, false},
		{`配信(?:を)?(?:停止|中止)|購読解除`, "配信します", false, false},
		{`(?i)remove me|unsubscribe`, "Please REMOVE ME from the list", true, false},
		{`(?i)\bSEO\b|検索順位`, "seo対策", true, true},
		{`(?i)\bSEO\b|検索順位`, "museo", false, true},
		{`週\d日|常勤`, "週3日", true, false},
		{`週\d+日|常勤`, "週12日", true, true},
		{`^自動応答`, "Re: 自動応答", false, true},
		{`即日|今すぐ|完全無料|(?i)act now`, "act now", true, false},
		{`即日|今すぐ|完全無料|(?i)act now`, "Act Now!", true, false},
		{`融資|(?i)\bloan\b|credit offer`, "credit offer", true, true},
		{`融資|(?i)\bloan\b|credit offer`, "a Loan", true, true},
		{`融資|(?i)\bloan\b|credit offer`, "CREDIT OFFER", true, true},
		{`送料(?i)free|(?-i)X`, "送料FREE", true, false},
		{`送料(?i)free|(?-i)X`, "x", false, false},
		{`[Aa]ct now`, "act now", true, true},
		{`(?i)ｆｒｅｅ`, "ＦＲＥＥ", true, false},
		{`(?i)[k]ey`, "\u212aEY", true, false},
		{`abc(?i)def`, "abcDEF", true, true},
		{`abc(?i)def`, "ABCdef", false, true},
	}
	for _, tt := range tests {
		p := MustCompile(tt.expr)
		if got := p.MatchString(tt.text); got != tt.want {
			t.Errorf("%q in %q = %v, want %v", tt.expr, tt.text, got, tt.want)
		}
		if (len(p.rest) > 0) != tt.regexpUsed {
			t.Errorf("%q: regexp used = %v, want %v (literals %v)", tt.expr, len(p.rest) > 0, tt.regexpUsed, p.lits)
		}
	}
}

// TestPatternAgreesWithRegexp checks Match and MatchString against the
// expression run by the regexp package, on written texts and on random
// texts built from the expressions' words, short and long (the residual
// branches tried in windows where their first strings occur, and on the
// whole text past maxStarts places). The Kelvin sign and the long s, which
// (?i) takes for k and s, are left out of texts: literals under (?i) are
// compared with the ASCII-lower-cased text. Flags that change within an
// expression apply from where they stand, as in the regexp package.
func TestPatternAgreesWithRegexp(t *testing.T) {
	exprs := []string{
		`(?:病院|診療所)(?:や[^。]{0,6})?を(?:お)?(?:探|さが)|勤務地`,
		`(?i)\b(?:I am|I'm) an? [^.]{0,40}doctor\b|full-time`,
		`私は[^。]{0,20}(?:医|年生まれ)`,
		`医師(?:です|でした)$|当院`,
		`(?:所|場)[^。]{0,3}\bok\b`,
		`(?i)(?:メール|案内)(?:の)?[^。]{0,3}(?:不要|ok)|unsubscribe`,
		`(?i)(?:k|メ)[^。]{0,2}x`,
		`(?i)週\s?\d{1,2}\s?(?:日|回)|part[- ]?time|\d\s?days?\s?(?:a|per)\s?week`,
		`(?i)\bspot\b|night duty|当直`,
		`即日|今すぐ|完全無料|(?i)act now`,
		`融資|(?i)\bloan\b|credit offer`,
		`送料(?i)free|(?-i)X|abc(?i)def`,
		`[Aa]ct now|(?i)ｆｒｅｅ|(?i:σα)|(?i)[k]ey`,
		`週(?i)(?:\d日|spot)|当直(?i:ok)(?:です|x)`,
		`(?i)our (?:[a-z]+ )?(?:hospital|clinic)|病院[^。]*を探`, // unbounded, anchored
	}
	words := []string{"病院", "診療所", "や", "を", "お", "探", "さが", "勤務地", "I am", "i'M", " a ", " an ", "doctor",
		"Doctor", "full-time", "私は", "医", "年生まれ", "医師", "です", "でした", "当院", "所", "場", "ok", "OK", "okay",
		"メール", "案内", "の", "不要", "UNSUBSCRIBE", "k", "K", "x", "X", "週", "3", "12", "日", "回", " ",
		"\n", "。", ".", "part", "-", "time", "days", "day", "a", "per", "week", "spot", "SPOT", "night duty", "当直",
		"長い前置き", "\xff", "即日", "今すぐ", "act now", "ACT NOW", "Act", "now", "融資", "loan", "Loan", "credit offer",
		"CREDIT", " offer", "送料", "free", "FREE", "abc", "ABC", "def", "DEF", "ｆｒｅｅ", "ＦＲＥＥ", "Σα", "ςΑ", "σα",
		"key", "KEY", "ey", "1日", "Ok", "oK", "our ", "Our ", "general ", "hospital", "CLINIC"}
	texts := []string{"", "病院を探しています", "I am a retired doctor", "週3日", "3 days a week", "spot", "night dutyx"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 3000 {
		var b strings.Builder
		n := rng.IntN(12)
		if rng.IntN(10) == 0 {
			n = 200 + rng.IntN(400) // long: past shortText and maxStarts
		}
		for range n {
			b.WriteString(words[rng.IntN(len(words))])
		}
		texts = append(texts, b.String())
	}
	for _, e := range exprs {
		p, re := MustCompile(e), regexp.MustCompile(e)
		for _, s := range texts {
			want := re.MatchString(s)
			if got := p.MatchString(s); got != want {
				t.Fatalf("%q MatchString(%q) = %v, want %v", e, s, got, want)
			}
			if got := p.Match(NewText(s)); got != want {
				t.Fatalf("%q Match(%q) = %v, want %v", e, s, got, want)
			}
		}
	}
}
