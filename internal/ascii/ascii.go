// Package ascii holds the ASCII-only text helpers of the parser, which works
// on Japanese text where Unicode case mapping is wasted work.
package ascii

import "strings"

// Lower lower-cases the ASCII letters A–Z of s and leaves every other byte
// as it is. It returns s itself, without copying, when there is nothing to
// change, and makes one allocation otherwise.
func Lower(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	b.WriteString(s[last:])
	return b.String()
}
