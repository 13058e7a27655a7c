package extract

import "strings"

// wordList is a set of literal words, answering what a regular expression
// alternating them would answer, without running one: in is the unanchored
// match of `w1|w2|…`, endOf the match of `(?:w1|w2|…)$`.
type wordList []string

// in reports whether s contains one of the words.
func (w wordList) in(s string) bool {
	for _, x := range w {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// endOf reports whether s ends with one of the words.
func (w wordList) endOf(s string) bool {
	for _, x := range w {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
