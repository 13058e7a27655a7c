package cue

import "testing"

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
	}
	for _, tt := range tests {
		p := MustCompile(tt.expr)
		if got := p.MatchString(tt.text); got != tt.want {
			t.Errorf("%q in %q = %v, want %v", tt.expr, tt.text, got, tt.want)
		}
		if (len(p.rest) > 0) != tt.regexpUsed {
			t.Errorf("%q: regexp used = %v, want %v (literals %q)", tt.expr, len(p.rest) > 0, tt.regexpUsed, p.lits)
		}
	}
}
