package cue

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSetAgreesWithMatch checks that a Text made by a Set answers every
// pattern as the pattern alone does, literals, case and residual branches
// included, and that patterns outside the Set still match on their own.
func TestSetAgreesWithMatch(t *testing.T) {
	exprs := []string{
		`配信(?:を)?(?:停止|中止)|購読解除`,
		`(?i)remove me|unsubscribe`,
		`(?i)\bSEO\b|検索順位`,
		`週\d日|常勤`,
		`週\d+日|常勤`,
		`^自動応答`,
		`即日|今すぐ|(?i)act now`,
		`FX|Bitcoin`,
		`(?:病院|診療所)(?:や[^。]{0,6})?を(?:お)?(?:探|さが)|勤務地`,
		`(?i)\b(?:I am|I'm) an? [^.]{0,40}doctor\b|full-time`,
		`医師|医師会|師会`,                   // keys that are suffixes of one another
		`Main|MAINS|(?i)ain|Xai|rain`, // keys that hold others, in one case or any
		`FX|FX取引|fx会社`,
		`he|she|his|hers`,
		`私は[^。]{0,20}(?:医|年生まれ)`,
		`医師(?:です|でした)$|当院`,
		`(?:所|場)[^。]{0,3}\bok\b`,
		`(?i)(?:メール|案内)(?:の)?[^。]{0,3}(?:不要|ok)|unsubscribe`, // folded, anchored
		`(?i)(?:k|メ)[^。]{0,2}x`,                             // folded, not anchored (K folds)
		`融資|(?i)\bloan\b|credit offer`,                      // (?i) from the second branch on
		`送料(?i)free|(?-i)X|[Aa]ct|(?i)ｆｒｅｅ`,                 // flags within a branch
		`(?i)our (?:[a-z]+ )?(?:hospital|clinic)|病院[^。]*を探`, // unbounded, anchored
	}
	texts := []string{
		"",
		"メールの配信を停止してください",
		"配信します",
		"Please REMOVE ME from the list",
		"seo対策と検索順位",
		"museo",
		"週3日、週12日",
		"自動応答: 不在です",
		"Re: 自動応答",
		"即日対応 ACT NOW",
		"act now",
		"fx と bitcoin",
		"FX と Bitcoin",
		"病院や診療所を探しています",
		"病院を、探しています。勤務地",
		"I am a retired doctor looking for FULL-TIME work",
		"i'm an old doctor",
		"地元の医師会です",
		"ushers",
		"師会",
		"私は昭和三十年生まれです",
		"私は、長年この町で診療してきた外科医です",
		"私は。医",
		"私は" + strings.Repeat("長い前置き", 10) + "医",
		"元は医師です",
		"元は医師でした。今は",
		strings.Repeat("病院を。", 40) + "病院をお探し", // more places than are kept
		strings.Repeat("病院を。", 40),
		"所 ok", "場でok", "所でokay", "場所は ok", "所",
		"MAINS", "Mains", "main", "xAIN", "Xai", "RAIN", "FX取引", "fx取引", "fx会社", "FX会社",
		"act now", "Credit Offer", "a LOAN", "送料FREE", "送料free", "x", "X", "aCT", "ＦＲＥＥ",
		"メールは不要です", "ご案内のOK", "メールの。不要", "UNSUBSCRIBE", "\u212a x", "Kax", "メ x",
		"Our General Hospital", "our clinic", "OUR HOSPITAL", "ours hospital", "our two clinics", "our 1 clinic",
		strings.Repeat("our x ", 3) + "our clinic", strings.Repeat("our x ", 4) + "our clinic", // places past the
		strings.Repeat("our x ", 5) + "our clinic", strings.Repeat("our x ", 6), // few kept for it
		"病院は。を探す", "病院の勤務を探しています", strings.Repeat("病院。", 6) + "病院を探す",
	}
	var ps []*Pattern
	for _, e := range exprs {
		ps = append(ps, MustCompile(e))
	}
	outside := MustCompile(`不在|勤務`)
	set := NewSet(append(ps, ps[0])...) // a pattern given twice counts once
	for _, s := range texts {
		st := set.NewText(s)
		for i, p := range ps {
			if got, want := p.Match(st), p.MatchString(s); got != want {
				t.Errorf("%q in %q: set %v, alone %v", exprs[i], s, got, want)
			}
			if got, want := p.Match(st), p.Match(NewText(s)); got != want {
				t.Errorf("%q in %q: set %v, Text %v", exprs[i], s, got, want)
			}
		}
		if got, want := outside.Match(st), outside.MatchString(s); got != want {
			t.Errorf("pattern outside the set in %q: %v, want %v", s, got, want)
		}
	}

	// Random texts of the patterns' words, in either case, with broken
	// UTF-8 among them (a lead byte without its continuation, a
	// continuation byte alone).
	pieces := []string{"医師", "会", "配信", "停止", "を", "病院", "探", "MAIN", "ain", "fx", "FX", "取引", "act now", "ACT",
		"\xe5", "\x8c", "\xbb", "\xe3\x81", "\x80", "\xff", " ", "\n", "。", "私は", "医", "k", "\u212a", "x",
		"our ", "OUR ", "hospital", "Clinic", "big "}
	rng := rand.New(rand.NewPCG(17, 18))
	long := 0
	for range 5000 {
		var b strings.Builder
		n := rng.IntN(16)
		if rng.IntN(8) == 0 {
			n = 50 + rng.IntN(400) // long enough to be scanned from both ends
		}
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		str := b.String()
		if len(str)/2 >= 4*set.ac.longest {
			long++
		}
		st := set.NewText(str)
		for i, p := range ps {
			if got, want := p.Match(st), p.Match(NewText(str)); got != want {
				t.Fatalf("%q in %q: set %v, Text %v", exprs[i], str, got, want)
			}
		}
	}
	if long < 200 {
		t.Errorf("only %d random texts are scanned in two halves: the test says little", long)
	}

	// Spans of one text answer as the texts they cut out would, matches
	// across their bounds included.
	for _, a := range texts {
		for _, b := range texts {
			joined := a + "\n" + b
			spans := [][2]int{{0, len(a)}, {len(a) + 1, len(joined)}, {0, len(joined)}, {len(a) / 2, len(a) + 1 + len(b)/2}}
			ts := set.NewSpans(joined, spans...)
			for k, sp := range spans {
				sub := joined[sp[0]:sp[1]]
				if ts[k].S != sub {
					t.Fatalf("span %v of %q is %q", sp, joined, ts[k].S)
				}
				for i, p := range ps {
					if got, want := p.Match(ts[k]), p.MatchString(sub); got != want {
						t.Errorf("%q in span %q of %q: %v, want %v", exprs[i], sub, joined, got, want)
					}
				}
				if got, want := outside.Match(ts[k]), outside.MatchString(sub); got != want {
					t.Errorf("pattern outside the set in span %q of %q: %v, want %v", sub, joined, got, want)
				}
			}
		}
	}
}

// TestSetScansAcrossTheMiddle checks that a key is found wherever it
// crosses the middle of a text long enough to be scanned from both ends,
// and that a residual branch is tried at places on both sides of it.
func TestSetScansAcrossTheMiddle(t *testing.T) {
	long := MustCompile(`とても長いキーワードの並び|短い`)
	near := MustCompile(`(?:語|句)[^。]{0,3}です`) // tried at the places of 語 and 句
	set := NewSet(long, near)
	key := "とても長いキーワードの並び"
	if set.ac.longest != len(key) {
		t.Fatalf("longest key %d bytes, want %d", set.ac.longest, len(key))
	}
	pad := strings.Repeat("x", 4*len(key))
	for d := 0; d <= len(key); d++ {
		// The text's middle falls d bytes into the key.
		text := pad + key + strings.Repeat("y", len(pad)-len(key)+2*d)
		if mid := len(text) / 2; mid != len(pad)+d {
			t.Fatalf("middle at %d, want %d", mid, len(pad)+d)
		}
		if !long.Match(set.NewText(text)) {
			t.Errorf("key with the middle %d bytes into it not found", d)
		}
		// Places of 語 on both sides of the middle, the match after it.
		text = strings.Repeat("語。", 20) + pad + key + pad + "語xです"
		if got, want := near.Match(set.NewText(text)), near.MatchString(text); got != want {
			t.Errorf("residual across the middle: %v, want %v", got, want)
		}
	}
}
