package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/intake/clean"
	"github.com/md2-rm/madoguchi/internal/ascii"
	"github.com/md2-rm/madoguchi/internal/substr"
)

// A Field is one labelled field of a web form or a structured mail:
// 【お名前】 on its own line followed by the value, ■診療科 likewise, or
// お名前：value on one line.
type Field struct {
	Label string
	Value string
}

var (
	bracketLabel = regexp.MustCompile(`^\s*[【\[［<〈《]([^】\]］>〉》]{1,20})[】\]］>〉》]\s*(.*)$`)
	squareLabel  = regexp.MustCompile(`^\s*[■□◆◇●○▼▽]\s*([^:：\s]{1,20})\s*(?:[:：]\s*(.*))?$`)
	colonLabel   = regexp.MustCompile(`^\s*(?:[・\-*※]\s*)?([^:：。、]{1,14}?)\s*[:：]\s*(.*)$`)
)

// labelStart returns the first rune of line after the white space \s
// matches, which decides whether bracketLabel or squareLabel can match.
func labelStart(line string) rune {
	return firstRune(line[skipSpaces(line, 0):])
}

// isBracketLabel and isSquareLabel are bracketLabel.MatchString and
// squareLabel.MatchString, run only on lines that start as they must.
func isBracketLabel(line string) bool {
	switch labelStart(line) {
	case '【', '[', '［', '<', '〈', '《':
		return bracketLabel.MatchString(line)
	}
	return false
}

func isSquareLabel(line string) bool {
	switch labelStart(line) {
	case '■', '□', '◆', '◇', '●', '○', '▼', '▽':
		return squareLabel.MatchString(line)
	}
	return false
}

// mayColonLabel is a cheap test that colonLabel needs to pass: the first
// colon (ASCII or full-width) must have no 。 or 、 before it, and at most 15
// characters other than \s (a bullet and the 14 of a label).
func mayColonLabel(s string) bool {
	n := 0
	for _, r := range s {
		switch r {
		case ':', '：':
			return true
		case '。', '、':
			return false
		case ' ', '\t', '\n', '\f', '\r':
			continue
		}
		if n++; n > 15 {
			return false
		}
	}
	return false
}

// colonFields is colonLabel.FindStringSubmatch(line), with the expression
// run only up to the first colon: neither the label nor what precedes it
// holds a colon, so the expression matches at the first one or not at all,
// and \s*(.*)$ takes the rest of a line without a newline as the value.
func colonFields(line string) []string {
	c, n := strings.IndexByte(line, ':'), 1
	if k := strings.Index(line, "："); k >= 0 && (c < 0 || k < c) {
		c, n = k, len("：")
	}
	if c < 0 {
		return nil
	}
	value := line[skipSpaces(line, c+n):]
	if strings.IndexByte(value, '\n') >= 0 {
		return colonLabel.FindStringSubmatch(line) // . stops at a newline
	}
	label, ok := colonLabelBefore(line[:c])
	if !ok {
		return nil
	}
	return []string{line, label, value} // the match runs from ^ to $
}

// colonLabelBefore returns the label colonLabel takes from b, the text
// before a line's first colon, which holds no colon itself:
// ^\s*(?:[・\-*※]\s*)?([^:：。、]{1,14}?)\s* read with its preferences (the
// most leading white space and the bullet, then the shortest label, which
// leaves the trailing white space out). Where the label would be empty the
// expression gives back a bullet or a white space character, the only
// way it can match; a longer label never helps a label too long or one
// with 。 or 、.
func colonLabelBefore(b string) (string, bool) {
	k := skipSpaces(b, 0)
	rest := b[k:]
	if rest == "" {
		if k == 0 {
			return "", false
		}
		return b[k-1 : k], true
	}
	r, size := utf8.DecodeRuneInString(rest)
	if r == '・' || r == '-' || r == '*' || r == '※' {
		after := rest[size:]
		k2 := skipSpaces(after, 0)
		switch {
		case k2 < len(after):
			return shortestLabel(after[k2:])
		case k2 > 0:
			return after[k2-1 : k2], true
		}
		return rest[:size], true // the bullet as the label
	}
	return shortestLabel(rest)
}

// shortestLabel returns s, which starts with a character other than white
// space, without its trailing white space, if that is a label of
// colonLabel: at most 14 characters, none of them 。 or 、.
func shortestLabel(s string) (string, bool) {
	end := len(s)
	for end > 0 && isSpaceByte(s[end-1]) {
		end--
	}
	label := s[:end]
	if utf8.RuneCountInString(label) > 14 || strings.Contains(label, "。") || strings.Contains(label, "、") {
		return "", false
	}
	return label, true
}

// Fields returns the labelled fields of normalised text in order. A value
// may continue on following lines until a blank line or the next label.
func Fields(text string) []Field {
	lines := strings.Split(text, "\n")
	var out []Field
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		var m []string
		if isBracketLabel(line) {
			m = bracketLabel.FindStringSubmatch(line)
		}
		if m != nil || isSquareLabel(line) {
			var label, rest string
			if m != nil {
				label, rest = m[1], m[2]
			} else {
				m = squareLabel.FindStringSubmatch(line)
				label, rest = m[1], m[2]
			}
			if strings.TrimSpace(rest) != "" {
				out = append(out, Field{Label: strings.TrimSpace(label), Value: strings.TrimSpace(rest)})
				continue
			}
			var vals []string
			j := i + 1
			for ; j < len(lines); j++ {
				l := strings.TrimSpace(lines[j])
				if l == "" || isBracketLabel(l) || isSquareLabel(l) || isRule(l) {
					break
				}
				if mayColonLabel(l) {
					if m := colonFields(l); m != nil && isLabelText(m[1]) {
						break
					}
				}
				vals = append(vals, l)
			}
			out = append(out, Field{Label: strings.TrimSpace(label), Value: strings.Join(vals, "\n")})
			i = j - 1
			continue
		}
		if !mayColonLabel(line) {
			continue
		}
		if m := colonFields(line); m != nil && isLabelText(m[1]) {
			out = append(out, Field{Label: strings.TrimSpace(m[1]), Value: strings.TrimSpace(m[2])})
		}
	}
	return out
}

// isLabelText rejects colon-prefixes that are not labels: times (9:30),
// URLs, sentences.
func isLabelText(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "0123456789/") && !strings.ContainsAny(s, "年月日") {
		return false
	}
	if strings.HasPrefix(strings.ToLower(s), "http") {
		return false
	}
	return true
}

func isRule(line string) bool { return clean.IsRule(line) }

// fieldKinds maps a contract field to the label words that carry it, and
// the words that disqualify a label (フリガナ is not the name).
var fieldKinds = map[string]struct{ want, not []string }{
	"name":        {[]string{"名前", "氏名", "担当者名", "医師名", "芳名", "候補者", "対象医師", "name"}, []string{"フリガナ", "ふりがな", "カナ", "かな", "よみ", "施設", "病院", "法人", "機関", "会社"}},
	"kana":        {[]string{"フリガナ", "ふりがな", "カナ", "よみがな", "ヨミガナ"}, nil},
	"age":         {[]string{"年齢", "age"}, nil},
	"email":       {[]string{"メール", "mail", "e-mail"}, nil},
	"phone":       {[]string{"電話", "tel", "携帯", "連絡先"}, []string{"fax"}},
	"docorg":      {[]string{"勤務先", "所属先", "現職"}, []string{"希望"}},
	"hosporg":     {[]string{"施設名", "病院名", "医療機関名", "法人名", "機関名", "事業所名", "団体名", "会社名"}, nil},
	"specialty":   {[]string{"診療科", "専門", "科目"}, nil},
	"place":       {[]string{"勤務地", "所在地", "勤務場所"}, []string{"勤務先"}},
	"employment":  {[]string{"勤務形態", "雇用形態", "勤務内容", "勤務条件"}, nil},
	"start":       {[]string{"開始", "勤務時期", "就業時期", "着任", "赴任", "任用", "採用予定"}, nil},
	"daysPerWeek": {[]string{"勤務日数", "日数", "勤務日"}, nil},
	"birth":       {[]string{"生年", "生まれ", "誕生", "birth"}, nil},
}

// Lookup returns the value of the first field of the kind and whether the
// form has such a field at all (an empty value is still a field).
func Lookup(fields []Field, kind string) (string, bool) {
	k := fieldKinds[kind]
	for _, f := range fields {
		l := ascii.Lower(f.Label)
		ok := false
		for _, w := range k.want {
			if substr.Contains(l, w) {
				ok = true
				break
			}
		}
		if !ok {
			continue
		}
		for _, w := range k.not {
			if substr.Contains(l, w) {
				ok = false
				break
			}
		}
		if ok {
			return f.Value, true
		}
	}
	return "", false
}
