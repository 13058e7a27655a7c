// Package cue matches keyword patterns fast. A pattern is written as a Go
// regular expression; the branches of its top-level alternation that denote
// a small finite set of strings (語|語句|(?:配信|購読)(?:停止|解除)) are
// matched with strings.Contains, and only the remaining branches go to the
// regexp engine, whose backtracker is slow on long Japanese text.
package cue

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

// maxLiterals caps the strings one branch may expand to.
const maxLiterals = 256

// A Pattern is a compiled keyword pattern. It is safe for concurrent use.
type Pattern struct {
	lits []string       // lower case when fold
	keys [][]rune       // per literal, runes that must occur in the text
	fold bool           // (?i): literals are compared with the lower-cased text
	re   *regexp.Regexp // the branches that are not finite; nil when none
}

// MustCompile compiles expr, panicking when it is not a valid expression.
func MustCompile(expr string) *Pattern {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("cue: " + err.Error())
	}
	p := &Pattern{fold: strings.HasPrefix(expr, "(?i)")}
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		subs = re.Sub
	}
	var rest []string
	for _, s := range subs {
		if set, ok := expand(s); ok && !hasEmpty(set) {
			for _, l := range set {
				if p.fold {
					l = strings.ToLower(l)
				}
				p.lits = append(p.lits, l)
			}
			continue
		}
		rest = append(rest, s.String())
	}
	if len(rest) > 0 {
		p.re = regexp.MustCompile(strings.Join(rest, "|"))
	}
	for _, l := range p.lits {
		rs := []rune(l)
		keys := []rune{rs[0]}
		if len(rs) > 1 {
			keys = append(keys, rs[len(rs)-1])
		}
		if len(rs) > 2 {
			keys = append(keys, rs[len(rs)/2])
		}
		p.keys = append(p.keys, keys)
	}
	return p
}

func hasEmpty(set []string) bool {
	for _, s := range set {
		if s == "" {
			return true
		}
	}
	return false
}

// expand returns the finite set of strings re matches, or ok false.
func expand(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{string(re.Rune)}, true
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCapture:
		return expand(re.Sub[0])
	case syntax.OpQuest:
		set, ok := expand(re.Sub[0])
		return append(set, ""), ok && len(set) < maxLiterals
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) >= 16 {
					return nil, false
				}
				set = append(set, string(r))
			}
		}
		return set, true
	case syntax.OpAlternate:
		var set []string
		for _, s := range re.Sub {
			sub, ok := expand(s)
			if !ok || len(set)+len(sub) > maxLiterals {
				return nil, false
			}
			set = append(set, sub...)
		}
		return set, true
	case syntax.OpConcat:
		set := []string{""}
		for _, s := range re.Sub {
			sub, ok := expand(s)
			if !ok || len(set)*len(sub) > maxLiterals {
				return nil, false
			}
			next := make([]string, 0, len(set)*len(sub))
			for _, a := range set {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			set = next
		}
		return set, true
	}
	return nil, false
}

// Text is a string prepared for matching: its lower-case form and the set
// of runes it holds, so that most literals are ruled out without a scan.
type Text struct {
	S, Lower string
	runes    *runeSet
}

// runeSet is a bit set of runes, folded to 16 bits (a false positive only
// costs a scan).
type runeSet [1 << 10]uint64

func (r *runeSet) add(c rune)      { r[(c>>6)&(1<<10-1)] |= 1 << (uint(c) & 63) }
func (r *runeSet) has(c rune) bool { return r[(c>>6)&(1<<10-1)]&(1<<(uint(c)&63)) != 0 }

// NewText prepares s for matching.
func NewText(s string) Text {
	t := Text{S: s, Lower: strings.ToLower(s), runes: new(runeSet)}
	for _, c := range t.Lower {
		t.runes.add(c)
	}
	return t
}

// Match reports whether the pattern occurs in t.
func (p *Pattern) Match(t Text) bool {
	s := t.S
	if p.fold {
		s = t.Lower
	}
	for i, l := range p.lits {
		if t.runes != nil && !t.hasKeys(p.keys[i]) {
			continue
		}
		if strings.Contains(s, l) {
			return true
		}
	}
	return p.re != nil && p.re.MatchString(t.S)
}

// hasKeys reports whether every key rune may occur in the text. The set
// holds the lower-cased runes; an upper-case ASCII key is looked up lower.
func (t Text) hasKeys(keys []rune) bool {
	for _, k := range keys {
		if k >= 'A' && k <= 'Z' {
			k += 'a' - 'A'
		}
		if !t.runes.has(k) {
			return false
		}
	}
	return true
}

// MatchString is Match for a string used once.
func (p *Pattern) MatchString(s string) bool {
	if p.fold {
		return p.Match(Text{S: s, Lower: strings.ToLower(s)})
	}
	return p.Match(Text{S: s})
}

// String describes the pattern: its literal count and the expression left
// to the regexp engine.
func (p *Pattern) String() string {
	re := ""
	if p.re != nil {
		re = p.re.String()
	}
	return fmt.Sprintf("%d literals; regexp %q", len(p.lits), re)
}
