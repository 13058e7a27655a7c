// Package substr finds substrings in Japanese UTF-8 text faster than the
// strings package does for Japanese needles. strings.Index looks for the
// needle's first byte, which for a Japanese needle is a lead byte such as
// 0xE3 that starts most characters of the text, and soon falls back to
// comparing at every position. Index looks instead for the last byte of the
// needle's first character, one of 64 continuation values, which is rare in
// any text, and compares the needle only where it occurs.
package substr

import "strings"

// shortText is the length up to which strings.Index compares the needle at
// every position with vector instructions, faster than a search for a byte.
const shortText = 64

// Index returns the index of the first instance of sub in s, or -1, as
// strings.Index does.
func Index(s, sub string) int {
	// A short text is compared at every position at once by
	// strings.Index; an ASCII needle starts with a byte as rare as any.
	if len(s) <= shortText || len(sub) < 2 || sub[0] < 0xc0 {
		return strings.Index(s, sub)
	}
	// k is the last byte of the first character by its lead byte; any
	// byte of sub would do, the choice only makes the search fast.
	k := 1
	switch {
	case sub[0] >= 0xf0:
		k = 3
	case sub[0] >= 0xe0:
		k = 2
	}
	k = min(k, len(sub)-1)
	c := sub[k]
	fails := 0
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		i += j
		start := i - k
		if len(s)-start < len(sub) {
			return -1
		}
		if s[start:start+len(sub)] == sub {
			return start
		}
		// A text where the byte is common (one character repeated) is
		// left to strings.Index, which stays linear.
		if fails++; fails > 16+i/8 {
			if r := strings.Index(s[start+1:], sub); r >= 0 {
				return start + 1 + r
			}
			return -1
		}
		i++
	}
	return -1
}

// Contains reports whether sub is within s.
func Contains(s, sub string) bool { return Index(s, sub) >= 0 }

// ContainsAny reports whether any of subs is within s.
func ContainsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if Index(s, sub) >= 0 {
			return true
		}
	}
	return false
}
