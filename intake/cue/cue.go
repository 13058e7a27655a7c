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

// Text is a string to match with its lower-case form, computed once.
type Text struct {
	S, Lower string
}

// NewText prepares s for matching.
func NewText(s string) Text { return Text{S: s, Lower: strings.ToLower(s)} }

// Match reports whether the pattern occurs in t.
func (p *Pattern) Match(t Text) bool {
	s := t.S
	if p.fold {
		s = t.Lower
	}
	for _, l := range p.lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return p.re != nil && p.re.MatchString(t.S)
}

// MatchString is Match for a string used once.
func (p *Pattern) MatchString(s string) bool {
	if p.fold {
		return p.Match(NewText(s))
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
