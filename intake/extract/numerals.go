package extract

import (
	"regexp"
	"strconv"
	"strings"
)

var kanjiDigits = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9,
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

// kanjiCounted matches kanji numerals directly followed by a counter word, the
// only place where they are read as numbers (一般 or 一緒 are left alone).
var kanjiCounted = regexp.MustCompile(`[〇一二三四五六七八九十百千]+(?:歳|才|年|月|日|回|名)|元年`)

// ReplaceKanjiNumbers rewrites counted kanji numerals as ASCII digits:
// 六十五歳 → 65歳, 昭和三十三年 → 昭和33年, 週二日 → 週2日, 令和元年 → 令和1年.
func ReplaceKanjiNumbers(s string) string {
	return kanjiCounted.ReplaceAllStringFunc(s, func(m string) string {
		_, size := lastRuneSize(m)
		num, counter := m[:len(m)-size], m[len(m)-size:]
		n, ok := KanjiNumber(num)
		if !ok {
			return m
		}
		return strconv.Itoa(n) + counter
	})
}

func lastRuneSize(s string) (rune, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xC0 != 0x80 {
			return []rune(s[i:])[0], len(s) - i
		}
	}
	return 0, 0
}
