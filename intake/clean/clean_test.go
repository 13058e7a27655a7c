package clean

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name                  string
		in                    string
		body, sig, quotedPart string // body must equal; sig and quotedPart must be contained
	}{
		{
			name:       "gt quoted reply under a Gmail Japanese header",
			in:         "今後このメールは不要です。\n\n2021年2月24日(水) 10:00 事務局 <md@example.org>:\n\n> 新着求人\n> 高知県(内科)\n",
			body:       "今後このメールは不要です。",
			quotedPart: "> 高知県(内科)",
		},
		{
			name:       "Outlook original message",
			in:         "眼科です。\n\n-----Original Message-----\nFrom: 事務局 <md@example.org>\nSent: Thursday, January 14, 2021 4:12 PM\n\nTEL 03-6675-9919",
			body:       "眼科です。",
			quotedPart: "TEL 03-6675-9919",
		},
		{
			name:       "Japanese Outlook header block",
			in:         "非常勤です。\n\n差出人: 事務局 <md@example.org>\n送信日時: 2021年4月2日 11:05\n宛先: a@example.jp\n件名: 募集\n\n整形外科の先生",
			body:       "非常勤です。",
			quotedPart: "整形外科の先生",
		},
		{
			name:       "On … wrote:",
			in:         "精神科です。\n\nOn 2021/07/30 11:20, 事務局 wrote:\n> 募集診療科：\n",
			body:       "精神科です。",
			quotedPart: "> 募集診療科：",
		},
		{
			name:       "Japanese wrote line",
			in:         "了解しました。\n\n山田さんは書きました：\n> 内科",
			body:       "了解しました。",
			quotedPart: "> 内科",
		},
		{
			name: "dash signature",
			in:   "来年4月から探しております。\n\n-- \nたけた家庭医療クリニック\nTEL 0974-63-2817\n",
			body: "来年4月から探しております。",
			sig:  "TEL 0974-63-2817",
		},
		{
			name: "ruled signature block",
			in:   "よろしくお願いいたします。\n\n━━━━━━━━━━━━━━━━━━━━\n医療法人 清流会 しまんと中央病院\n事務長 西森 文雄\nTEL 0880-22-3187\n━━━━━━━━━━━━━━━━━━━━\n",
			body: "よろしくお願いいたします。",
			sig:  "事務長 西森 文雄",
		},
		{
			name: "a rule inside the text is no signature",
			in:   "受付番号：1\n━━━━━━━━━━━━━━━━━━━━\n【お名前】\n川添 真理子\n\n【お問い合わせ内容】\n長い文章です。\nさらに続きます。\nまだ続きます。\nもっと続きます。\n最後です。\n",
			body: "受付番号：1\n━━━━━━━━━━━━━━━━━━━━\n【お名前】\n川添 真理子\n\n【お問い合わせ内容】\n長い文章です。\nさらに続きます。\nまだ続きます。\nもっと続きます。\n最後です。",
		},
		{
			name: "no quote, no signature",
			in:   "はじめまして。\r\n内科医の森田です。\r\n",
			body: "はじめまして。\n内科医の森田です。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Split(tt.in)
			if p.Body != tt.body {
				t.Errorf("Body = %q, want %q", p.Body, tt.body)
			}
			if tt.sig != "" && !strings.Contains(p.Signature, tt.sig) {
				t.Errorf("Signature = %q, want it to contain %q", p.Signature, tt.sig)
			}
			if tt.quotedPart != "" && !strings.Contains(p.Quoted, tt.quotedPart) {
				t.Errorf("Quoted = %q, want it to contain %q", p.Quoted, tt.quotedPart)
			}
			if strings.Contains(p.Body, ">") {
				t.Errorf("Body keeps quoted lines: %q", p.Body)
			}
		})
	}
}

func TestIsRule(t *testing.T) {
	for in, want := range map[string]bool{
		"━━━━━━━━━━━━━━━━":                 true,
		"--------------------------------": true,
		"＊＊＊＊＊＊＊＊＊＊":                       true,
		"==========":                       true,
		"-- ":                              false,
		"――――":                             false,
		"TEL 0880-22-3187":                 false,
	} {
		if got := IsRule(in); got != want {
			t.Errorf("IsRule(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestIsSigDashAgreesWithRegexp checks the separator test against the
// expression it replaces.
func TestIsSigDashAgreesWithRegexp(t *testing.T) {
	re := regexp.MustCompile(`^--\s?$`)
	for _, l := range []string{"", "-", "--", "-- ", "--\t", "--\r", "--\f", "--\n", "--\v", "--  ", "---", " --", "--x", "—", "－－", "--\u3000", "\xff--"} {
		if got, want := isSigDash(l), re.MatchString(l); got != want {
			t.Errorf("isSigDash(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestContactCueAgreesWithRegexp checks the contact cue against the
// expression run by the regexp package, on signature blocks of the samples'
// kind and on random mixtures of its words.
func TestContactCueAgreesWithRegexp(t *testing.T) {
	re := regexp.MustCompile(`(?i)tel|電話|〒|@|fax|携帯|e-mail|mail|住所|\d{2,4}-\d{2,4}-\d{3,4}`)
	words := []string{"TEL", "Tel", "te", "l", "電話", "電", "〒", "@", "FAX", "fa", "携帯", "E-Mail", "e-", "mail", "MAIL",
		"住所", "03", "1234", "-", "5678", "090", " ", "\n", "山田", "病院", "ｔｅｌ", "\xff"}
	texts := []string{"", "山田太郎\n〇〇病院", "TEL 03-1234-5678", "03-1234-5678", "0312345678", "内科 医長"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(words[rng.IntN(len(words))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := contactCue.MatchString(s), re.MatchString(s); got != want {
			t.Fatalf("contactCue in %q = %v, want %v", s, got, want)
		}
	}
}

// joinSplit is Split as it joins the kept lines, which Split must agree
// with when it cuts them out of the text instead.
func joinSplit(text string) Parts {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	q := quoteStart(text, lines)
	var quoted, kept []string
	quoted = append(quoted, lines[q:]...)
	for _, l := range lines[:q] {
		if isQuoteLine(l) {
			quoted = append(quoted, l)
			continue
		}
		kept = append(kept, l)
	}
	body, sig := splitSignature(kept)
	return Parts{
		Body:      strings.TrimSpace(strings.Join(body, "\n")),
		Signature: strings.TrimSpace(strings.Join(sig, "\n")),
		Quoted:    strings.TrimSpace(strings.Join(quoted, "\n")),
	}
}

func TestSplitAgreesWithJoin(t *testing.T) {
	lines := []string{"", " ", "本文です。", "山田太郎", "> 引用", "＞引用", "-- ", "--", "----------", "━━━━━━━━",
		"TEL 03-1234-5678", "On Mon, Jan 1, 2024 at 9:00 Taro <t@example.jp> wrote:", "2024年1月1日(月) 9:00 Taro <t@example.jp>:",
		"-----Original Message-----", "From: t@example.jp", "Sent: Monday", "差出人: 山田", "送信日時: 2024/01/01", "\r"}
	rng := rand.New(rand.NewPCG(27, 28))
	var texts []string
	for range 5000 {
		var b strings.Builder
		for i := range rng.IntN(25) {
			if i > 0 {
				b.WriteString([]string{"\n", "\r\n"}[rng.IntN(2)])
			}
			b.WriteString(lines[rng.IntN(len(lines))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := Split(s), joinSplit(s); got != want {
			t.Fatalf("Split(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestMayWroteLinesAgreesWithContains checks the lines mayWroteLines marks
// against each line searched for the words on its own.
func TestMayWroteLinesAgreesWithContains(t *testing.T) {
	pieces := []string{"wrote", "rote", "ro", "te", "rites", "writes:", "書き", "書", "き", "メッセージ", "メッセ", "ージ",
		"\n", "\n\n", " ", "a", "。", "On Mon", "さんが書きました:"}
	rng := rand.New(rand.NewPCG(51, 52))
	marked := 0
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		lines := strings.Split(text, "\n")
		may := mayWroteLines(text, lines)
		for i, l := range lines {
			want := slices.ContainsFunc(wroteWords, func(w string) bool { return strings.Contains(l, w) })
			if may[i] != want {
				t.Fatalf("line %d %q of %q: marked %v, want %v", i, l, text, may[i], want)
			}
			if want {
				marked++
			}
		}
	}
	if marked < 1000 {
		t.Errorf("only %d lines marked: the test says little", marked)
	}
}
