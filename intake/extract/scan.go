package extract

import "strings"

// foldPrefix reports where word, written in lower-case ASCII letters and
// spaces, ends when it starts s[i:] with the letters in any case, as the
// case-insensitive flag of a regular expression reads it (an s may also be
// written ſ, a k also K). It returns -1 when word does not start there.
func foldPrefix(s string, i int, word string) int {
	for j := 0; j < len(word); j++ {
		c := word[j]
		switch {
		case i < len(s) && (s[i] == c || 'a' <= c && c <= 'z' && s[i] == c-'a'+'A'):
			i++
		case c == 's' && strings.HasPrefix(s[i:], "\u017f"):
			i += len("\u017f")
		case c == 'k' && strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return -1
		}
	}
	return i
}

// isWordChar reports whether c is an ASCII word character, as \b sees it;
// bytes of other characters are never word characters.
func isWordChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// isSpaceByte reports whether c is one of \s: tab, newline, form feed,
// carriage return or space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// skipSpaces returns the end of the run of \s starting at i.
func skipSpaces(s string, i int) int {
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return i
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// findEnglishMonths returns what
//
//	(?i)\b(january|…|december)\s+(?:of\s+)?(\d{4})\b
//
// FindAllStringSubmatchIndex returns: a month name, then a four-digit year.
func findEnglishMonths(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordChar(s[i-1]) {
			continue
		}
		// \b needs an ASCII word character here: a month written ſeptember
		// never starts a match.
		if c := s[i] | 0x20; c != 'j' && c != 'f' && c != 'm' && c != 'a' && c != 's' && c != 'o' && c != 'n' && c != 'd' {
			continue
		}
		nameEnd := -1
		for _, name := range monthNames {
			if nameEnd = foldPrefix(s, i, name); nameEnd >= 0 {
				break
			}
		}
		if nameEnd < 0 {
			continue
		}
		j := skipSpaces(s, nameEnd)
		if j == nameEnd {
			continue
		}
		if k := foldPrefix(s, j, "of"); k >= 0 && skipSpaces(s, k) > k {
			if y := year4(s, skipSpaces(s, k)); y >= 0 {
				out = append(out, []int{i, y + 4, i, nameEnd, y, y + 4})
				i = y + 4 - 1
				continue
			}
		}
		if y := year4(s, j); y >= 0 {
			out = append(out, []int{i, y + 4, i, nameEnd, y, y + 4})
			i = y + 4 - 1
		}
	}
	return out
}

// year4 returns i when four ASCII digits start at i and no word character
// follows them (\d{4}\b), otherwise -1.
func year4(s string, i int) int {
	if i+4 > len(s) {
		return -1
	}
	for _, c := range []byte(s[i : i+4]) {
		if c < '0' || c > '9' {
			return -1
		}
	}
	if i+4 < len(s) && isWordChar(s[i+4]) {
		return -1
	}
	return i
}

// findFullTime returns what (?i)常勤|full[- ]?time FindAllStringIndex
// returns.
func findFullTime(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); i++ {
		if strings.HasPrefix(s[i:], "常勤") {
			out = append(out, []int{i, i + len("常勤")})
			i += len("常勤") - 1
			continue
		}
		if s[i]|0x20 != 'f' {
			continue
		}
		j := foldPrefix(s, i, "full")
		if j < 0 {
			continue
		}
		k := -1
		if j < len(s) && (s[j] == '-' || s[j] == ' ') {
			k = foldPrefix(s, j+1, "time")
		}
		if k < 0 {
			k = foldPrefix(s, j, "time")
		}
		if k >= 0 {
			out = append(out, []int{i, k})
			i = k - 1
		}
	}
	return out
}
