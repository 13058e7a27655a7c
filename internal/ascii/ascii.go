// Package ascii holds the ASCII-only text helpers of the parser, which works
// on Japanese text where Unicode case mapping is wasted work.
package ascii

import (
	"encoding/binary"
	"math/bits"
	"strings"
)

// Lower lower-cases the ASCII letters A–Z of s and leaves every other byte
// as it is. It returns s itself, without copying, when there is nothing to
// change, and makes one allocation otherwise. It reads eight bytes at a
// time and copies the words without capitals unchanged.
func Lower(s string) string {
	var b strings.Builder
	last := 0 // s[last:i] is still to be copied unchanged
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i : i+8])
		m := upperMask(w)
		if m == 0 {
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		var t [8]byte
		binary.LittleEndian.PutUint64(t[:], w|m>>2) // 0x80>>2 is the case bit
		b.Write(t[:])
		last = i + 8
	}
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// load64 reads the eight bytes of s as a little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperMask returns 0x80 in each byte of w that is an ASCII capital A–Z and
// 0 in the others. The low seven bits of each byte are compared, so no sum
// carries into the next byte, and bytes of 0x80 or more are masked out.
func upperMask(w uint64) uint64 {
	const (
		low7 = 0x7f7f7f7f7f7f7f7f
		high = 0x8080808080808080
		geA  = 0x3f3f3f3f3f3f3f3f // 0x80 - 'A': sets the high bit from 'A' up
		gtZ  = 0x2525252525252525 // 0x80 - ('Z'+1): sets it from '[' up
	)
	v := w & low7
	return (v + geA) &^ (v + gtZ) &^ w & high
}

// IndexDigit returns the index of the first ASCII digit 0–9 in s, or -1.
// It reads eight bytes at a time.
func IndexDigit(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if m := digitMask(load64(s[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return i
		}
	}
	return -1
}

// digitMask returns 0x80 in each byte of w that is an ASCII digit and 0 in
// the others, as upperMask does for capitals.
func digitMask(w uint64) uint64 {
	const (
		low7 = 0x7f7f7f7f7f7f7f7f
		high = 0x8080808080808080
		ge0  = 0x5050505050505050 // 0x80 - '0'
		gt9  = 0x4646464646464646 // 0x80 - ('9'+1)
	)
	v := w & low7
	return (v + ge0) &^ (v + gt9) &^ w & high
}

// IndexFold returns the index of the first instance of word in s with its
// ASCII letters in either case, or -1. word must be in lower case. s is
// not copied.
func IndexFold(s, word string) int {
	if word == "" {
		return 0
	}
	c := word[0]
	u := c
	if 'a' <= c && c <= 'z' {
		u = c - ('a' - 'A')
	}
	for i := 0; i+len(word) <= len(s); i++ {
		j := indexEither(s[i:len(s)-len(word)+1], c, u)
		if j < 0 {
			return -1
		}
		i += j
		if equalLower(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

// indexEither returns the index of the first byte of s that is a or b, or
// -1.
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	if a == b {
		return i
	}
	if i >= 0 {
		s = s[:i] // b counts only before a
	}
	if j := strings.IndexByte(s, b); j >= 0 {
		return j
	}
	return i
}

// equalLower reports whether s, with its capitals A–Z in lower case, is
// lower. They have the same length.
func equalLower(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// ContainsAnyFold reports whether s holds any of the words, which must be
// in lower case, with their ASCII letters in either case.
func ContainsAnyFold(s string, words ...string) bool {
	for _, w := range words {
		if IndexFold(s, w) >= 0 {
			return true
		}
	}
	return false
}
