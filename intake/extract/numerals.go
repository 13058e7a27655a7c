package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

var kanjiDigits = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9,
}

// isKanjiNumeral reports whether r is a kanji digit or unit (〇 to 九, 十,
// 百, 千).
// countedNumeral reports whether r is a numeral ReplaceKanjiNumbers looks
// for (零 alone is not).
func countedNumeral(r rune) bool {
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '元':
		return true
	}
	return false
}

// hasCountedNumeral is strings.ContainsFunc(s, countedNumeral), read
// byte by byte: every counted numeral is a three-byte character, which
// starts wherever its lead byte stands.
func hasCountedNumeral(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		c0 := s[i]
		if c0&0xf0 != 0xe0 { // not the lead byte of a three-byte character
			continue
		}
		c1, c2 := s[i+1], s[i+2]
		if c1&0xc0 != 0x80 || c2&0xc0 != 0x80 {
			continue
		}
		if countedNumeral(rune(c0&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f)) {
			return true
		}
		i += 2 // c1 and c2, continuation bytes, start no character
	}
	return false
}

func isKanjiNumeral(r rune) bool {
	switch r {
	case '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千':
		return true
	}
	return false
}

// KanjiNumber parses a Japanese numeral written in kanji: the additive form
// (六十五, 千九百五十八), the positional form with 〇 (二〇二五), and 元 (the
// first year of an era). ok is false when s is not a numeral.
func KanjiNumber(s string) (n int, ok bool) {
	if s == "" {
		return 0, false
	}
	if s == "元" {
		return 1, true
	}
	if !strings.ContainsAny(s, "十百千") {
		// Positional: every rune is a digit.
		for _, r := range s {
			d, ok := kanjiDigits[r]
			if !ok {
				return 0, false
			}
			n = n*10 + d
		}
		return n, true
	}
	total, cur := 0, -1
	for _, r := range s {
		if d, ok := kanjiDigits[r]; ok {
			if cur >= 0 {
				return 0, false // two digits in a row in the additive form
			}
			cur = d
			continue
		}
		var unit int
		switch r {
		case '十':
			unit = 10
		case '百':
			unit = 100
		case '千':
			unit = 1000
		default:
			return 0, false
		}
		if cur < 0 {
			cur = 1
		}
		total += cur * unit
		cur = -1
	}
	if cur >= 0 {
		total += cur
	}
	return total, true
}

// ReplaceKanjiNumbers rewrites counted kanji numerals as ASCII digits:
// 六十五歳 → 65歳, 昭和三十三年 → 昭和33年, 週二日 → 週2日, 令和元年 → 令和1年.
// Only numerals directly followed by a counter (歳 才 年 月 日 回 名) are read
// as numbers, so that words such as 一般 or 一緒 are left alone.
func ReplaceKanjiNumbers(s string) string {
	if !hasCountedNumeral(s) {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isKanjiNumeral(r) && r != '元' {
			i += size
			continue
		}
		j := i + size
		if r != '元' {
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !isKanjiNumeral(r2) {
					break
				}
				j += sz
			}
		}
		counter, _ := utf8.DecodeRuneInString(s[j:])
		counted := strings.ContainsRune("歳才年月日回名", counter)
		if r == '元' {
			counted = counter == '年'
		}
		if counted {
			if n, ok := KanjiNumber(s[i:j]); ok {
				if b.Len() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[last:i])
				b.WriteString(strconv.Itoa(n))
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
