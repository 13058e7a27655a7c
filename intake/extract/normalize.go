// Package extract finds the lead contract's fields in the human text of a
// mail: labelled form fields, names, phones, ages, era dates, relative start
// dates, places, specialties and employment terms. It works on plain strings
// and knows nothing of MIME; the rules prefer no value to a guessed one.
package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/md2-rm/madoguchi/internal/ascii"
	"github.com/md2-rm/madoguchi/internal/substr"
)

// Normalize folds text for matching: circled numbers become list bullets,
// NFKC folds widths (full-width digits and Latin, half-width katakana), the
// dashes and prolonged-sound marks between digits become '-', wave dashes
// become '~' and carriage returns are dropped.
func Normalize(s string) string {
	if mayNeedPremap(s) && strings.ContainsFunc(s, needsPremap) {
		var b strings.Builder
		b.Grow(len(s))
		for _, r := range s {
			switch {
			case isCircled(r):
				b.WriteString("・")
			case r == '\r':
			case r == '〜' || r == '～' || r == '∼':
				b.WriteByte('~')
			default:
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	return mapDigitDashes(nfkc(s))
}

// nfkc returns norm.NFKC.String(s). Mail text is mostly characters NFKC
// leaves alone and that never combine with a neighbour (ASCII, kana,
// unified ideographs, common Japanese punctuation): those are copied as they
// are, full-width ASCII and the ideographic space are mapped directly, and
// only the runs of other characters, each with the character before it, go
// through the norm package.
func nfkc(s string) string {
	i := 0
	for i < len(s) {
		r, size := decodeRune(s[i:])
		if !nfkcStable(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	prev, prevOut := -1, 0 // where the last rune copied or mapped starts in s and in b
	if i > 0 {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		prev, prevOut = i-size, i-size
	}
	for i < len(s) {
		r, size := decodeRune(s[i:])
		switch {
		case nfkcStable(r):
			// The run of stable characters is copied at once.
			last, j := i, i+size
			for j < len(s) {
				r, size := decodeRune(s[j:])
				if !nfkcStable(r) {
					break
				}
				last, j = j, j+size
			}
			b = append(b, s[i:j]...)
			prev, prevOut = last, len(b)-(j-last)
			i = j
		case nfkcASCII(r):
			prev, prevOut = i, len(b)
			b = append(b, byte(nfkcASCIIMap(r)))
			i += size
		default:
			j := i + size
			for j < len(s) {
				r, size := decodeRune(s[j:])
				if nfkcStable(r) || nfkcASCII(r) {
					break
				}
				j += size
			}
			// The character before the run may compose with it.
			start := i
			if prev >= 0 {
				start, b = prev, b[:prevOut]
			}
			b = norm.NFKC.AppendString(b, s[start:j])
			prev, i = -1, j
		}
	}
	return string(b)
}

// decodeRune is utf8.DecodeRuneInString with ASCII and the three-byte
// characters of Japanese text (leads 0xE1–0xEC, 0xEE, 0xEF, whose
// continuation bytes need no further check) read inline.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 {
		c0, c1, c2 := s[0], s[1], s[2]
		if c0 >= 0xe1 && c0 <= 0xef && c0 != 0xed && c1&0xc0 == 0x80 && c2&0xc0 == 0x80 {
			return rune(c0&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f), 3
		}
	}
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// nfkcASCII reports whether r is full-width ASCII or the ideographic space,
// which NFKC maps to one ASCII character (nfkcASCIIMap).
func nfkcASCII(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E || r == 0x3000 }

func nfkcASCIIMap(r rune) rune {
	if r == 0x3000 {
		return ' '
	}
	return r - 0xFF01 + '!'
}

// nfkcStable reports whether NFKC leaves r unchanged wherever it stands:
// r is its own NFKC form, has combining class 0 and is never the second
// character of a composition.
func nfkcStable(r rune) bool {
	switch {
	case r < 0x80:
		return true
	case r >= 0x3041 && r <= 0x3096: // hiragana
		return true
	case r >= 0x30A1 && r <= 0x30FA || r == 0x30FB || r == 0x30FC: // katakana, ・, ー
		return true
	case r >= 0x4E00 && r <= 0x9FFF: // unified ideographs
		return true
	case r >= 0x3001 && r <= 0x3003 || r >= 0x3005 && r <= 0x3007 || r >= 0x300C && r <= 0x3011:
		return true // 、。〃 々〆〇 「」『』【】
	}
	return false
}

// isCircled reports whether r is a circled or parenthesised number, a list
// marker that NFKC would turn into digits running into their neighbours.
func isCircled(r rune) bool {
	return r >= '①' && r <= '⑳' || r >= '❶' && r <= '❿' || r >= '⑴' && r <= '⒇'
}

// mayNeedPremap is a byte test before needsPremap: the runes it maps are
// '\r', 〜, ～ and runes whose UTF-8 form starts with 0xE2.
func mayNeedPremap(s string) bool {
	return strings.IndexByte(s, '\r') >= 0 || strings.IndexByte(s, 0xE2) >= 0 ||
		strings.Contains(s, "〜") || strings.Contains(s, "～")
}

// needsPremap reports whether r is mapped before NFKC.
func needsPremap(r rune) bool {
	return isCircled(r) || r == '\r' || r == '〜' || r == '～' || r == '∼'
}

// isDash reports whether r is one of the characters mail writers put between
// the digit groups of phone numbers and postal codes.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−', 'ー', 'ｰ', '﹣', '－', '─', '━':
		return true
	}
	return false
}

// mapDigitDashes replaces a dash between two digits by '-'. Dashes elsewhere
// are left alone so that words such as センター keep their prolonged mark.
func mapDigitDashes(s string) string {
	// Only the character right after an ASCII digit can be mapped: the
	// digits are found eight bytes at a time, and only what follows them is
	// decoded.
	var b *strings.Builder
	last := 0
	for i := 0; i+1 < len(s); i++ {
		k := ascii.IndexDigit(s[i : len(s)-1])
		if k < 0 {
			break
		}
		i += k
		r, size := utf8.DecodeRuneInString(s[i+1:])
		next := i + 1 + size
		if r == '-' || !isDash(r) || next >= len(s) || s[next] < '0' || s[next] > '9' {
			continue
		}
		if b == nil {
			b = &strings.Builder{}
			b.Grow(len(s))
		}
		b.WriteString(s[last : i+1])
		b.WriteByte('-')
		last = next
		i = next - 1 // the digit after the dash is looked at next
	}
	if b == nil {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// hasAny reports whether s contains any of the literals: a cheap test run
// before a regular expression that can only match around one of them.
func hasAny(s string, lits ...string) bool {
	return substr.ContainsAny(s, lits...)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// CleanSpaces trims s and turns every run of white space, including the
// ideographic space, into one ASCII space.
func CleanSpaces(s string) string {
	// Most strings are clean already: single ASCII spaces between words.
	prevSpace := true // a space at the start is not clean
	for _, r := range s {
		sp := isCleanSpace(r)
		if sp && (prevSpace || r != ' ') {
			return strings.Join(strings.FieldsFunc(s, isCleanSpace), " ")
		}
		prevSpace = sp
	}
	if prevSpace && s != "" {
		return strings.Join(strings.FieldsFunc(s, isCleanSpace), " ")
	}
	return s
}

// isCleanSpace reports whether CleanSpaces treats r as white space.
func isCleanSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

// Katakana converts hiragana to full-width katakana (after NFKC, which
// widens half-width katakana) and cleans the spaces.
func Katakana(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	for _, r := range s {
		if r >= 'ぁ' && r <= 'ゖ' {
			r += 'ァ' - 'ぁ'
		}
		b.WriteRune(r)
	}
	return CleanSpaces(b.String())
}

// isKanaText reports whether s holds only kana, the prolonged-sound mark,
// middle dots and spaces (a reading), with at least two kana.
func isKanaText(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			n++
		case r == 'ー' || r == '・' || r == ' ' || r == '\u3000':
		default:
			return false
		}
	}
	return n >= 2
}

func isHan(r rune) bool {
	return unicode.Is(unicode.Han, r) || r == '々' || r == '〆' || r == 'ヶ'
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// runeFilter is a set of runes folded to 12 bits: a rune it does not hold is
// surely not in the set it was made from.
type runeFilter [1 << 6]uint64

func (f *runeFilter) add(r rune)      { f[(r>>6)&(1<<6-1)] |= 1 << (uint(r) & 63) }
func (f *runeFilter) has(r rune) bool { return f[(r>>6)&(1<<6-1)]&(1<<(uint(r)&63)) != 0 }
