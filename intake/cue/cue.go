// Package cue matches keyword patterns fast. A pattern is written as a Go
// regular expression; the branches of its top-level alternation that denote
// a small finite set of strings (語|語句|(?:配信|購読)(?:停止|解除)) are
// matched by substring search, and only the remaining branches go to the
// regexp engine, whose backtracker is slow on long Japanese text. A Regexp
// is a regular expression with all of regexp.Regexp's answers, run only
// where its matches can start, on as much text as a match can span.
package cue

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/internal/ascii"
	"github.com/md2-rm/madoguchi/internal/substr"
)

// maxLiterals caps the strings one branch may expand to.
const maxLiterals = 256

// A Pattern is a compiled keyword pattern. It is safe for concurrent use.
type Pattern struct {
	lits    []lit          // the strings of the finite branches
	keys    [][]rune       // per literal, runes that must occur in the text
	fold    bool           // some literal is compared with the lower-cased text
	byFirst map[rune][]lit // literals by their first rune, for short texts
	firsts  runeSet        // the keys of byFirst, to skip most lookups
	rest    []residual     // the branches that are not finite
}

// A lit is a string a branch matches. Under (?i) its ASCII letters are in
// lower case and it is compared with the ASCII-lower-cased text (fold);
// otherwise with the text as it is. A string without ASCII letters is
// never fold: both comparisons give the same answer.
type lit struct {
	s    string
	fold bool
}

// in returns the form of t that l is compared with.
func (l lit) in(t Text) string {
	if l.fold {
		return t.Lower()
	}
	return t.S
}

// residual is a branch left to the regexp engine, run only when the text
// holds one of the strings its first element can match.
type residual struct {
	pre  []lit    // empty: always run
	keys [][]rune // per pre literal, as Pattern.keys
	re   *regexp.Regexp
	// at is re anchored at the start, set when every match of re starts
	// with one of pre, and is at most window bytes long (window >= 0) or
	// of any length (window < 0, read to the end of the text).
	at     *regexp.Regexp
	window int
}

// maxStarts returns the most places at which r.at is tried before r.re
// runs on the whole text instead: fewer for a match of any length, whose
// every try may read the rest of the text.
func (r *residual) maxStarts() int {
	if r.window < 0 {
		return maxUnboundedStarts
	}
	return maxStarts
}

// leadingAssertion reports whether re starts with a zero-width assertion,
// which looks at the text before the match.
func leadingAssertion(re *syntax.Regexp) bool {
	for re.Op == syntax.OpCapture || re.Op == syntax.OpConcat && len(re.Sub) > 0 {
		re = re.Sub[0]
	}
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	return false
}

// maxLen returns the most bytes re can match, or -1 when unbounded.
func maxLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		return utf8.UTFMax * len(re.Rune) // a folded rune may be longer
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxLen(re.Sub[0])
	case syntax.OpRepeat:
		n := maxLen(re.Sub[0])
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, s := range re.Sub {
			n := maxLen(s)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	return -1
}

// MustCompile compiles expr, panicking when it is not a valid expression.
// A flag such as (?i) applies from where it stands, as in the regexp
// package.
func MustCompile(expr string) *Pattern {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("cue: " + err.Error())
	}
	p := &Pattern{}
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		subs = re.Sub
	}
	for _, s := range subs {
		if set, ok := expandLits(s); ok && !hasEmptyLit(set) {
			p.lits = append(p.lits, set...)
			continue
		}
		r := residual{re: regexp.MustCompile(s.String())}
		if pre, ok := firstLits(s); ok {
			r.pre = pre
			// A branch that starts with its first set can be tried at each
			// place one of those strings occurs, on a window as long as
			// the match can be (the rest of the text when its length is
			// not bounded); under (?i), only when case folding cannot
			// change where they occur.
			if !anyFold(pre) && !leadingAssertion(s) {
				r.at = regexp.MustCompile(`^(?:` + s.String() + `)`)
				r.window = maxLen(s)
			}
		}
		p.rest = append(p.rest, r)
	}
	p.fold = anyFold(p.lits)
	for _, r := range p.rest {
		p.fold = p.fold || anyFold(r.pre)
	}
	p.byFirst = map[rune][]lit{}
	for _, l := range p.lits {
		p.keys = append(p.keys, keyRunes(l.s))
		first := l.s
		if p.fold {
			first = ascii.Lower(first)
		}
		r, _ := utf8.DecodeRuneInString(first)
		p.byFirst[r] = append(p.byFirst[r], l)
		p.firsts.add(r)
	}
	for i := range p.rest {
		for _, l := range p.rest[i].pre {
			p.rest[i].keys = append(p.rest[i].keys, keyRunes(l.s))
		}
	}
	return p
}

func anyFold(set []lit) bool {
	for _, l := range set {
		if l.fold {
			return true
		}
	}
	return false
}

func hasEmptyLit(set []lit) bool {
	for _, l := range set {
		if l.s == "" {
			return true
		}
	}
	return false
}

// join returns a followed by b, or ok false when one is compared with the
// lower-cased text and the other, with ASCII letters, with the text as it
// is.
func join(a, b lit) (lit, bool) {
	switch {
	case a.fold == b.fold:
	case a.fold && hasASCIILetter(b.s), b.fold && hasASCIILetter(a.s):
		return lit{}, false
	}
	return lit{s: a.s + b.s, fold: a.fold || b.fold}, true
}

// product returns each string of a followed by each of b, or ok false when
// there would be more than limit or two cannot be joined.
func product(a, b []lit, limit int) ([]lit, bool) {
	if len(a)*len(b) > limit {
		return nil, false
	}
	out := make([]lit, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			l, ok := join(x, y)
			if !ok {
				return nil, false
			}
			out = append(out, l)
		}
	}
	return out, true
}

// expandLits returns the finite set of strings re matches, or ok false.
// Under (?i), an ASCII letter of a literal is compared in lower case with
// the lower-cased text, and a character with other case forms outside
// ASCII is listed in each of them; a character class that holds both
// cases of each of its ASCII letters is taken the same way.
func expandLits(re *syntax.Regexp) ([]lit, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return []lit{{s: string(re.Rune)}}, true
		}
		set := []lit{{}}
		for _, r := range re.Rune {
			var forms []lit
			if c := r | 0x20; r < utf8.RuneSelf && c >= 'a' && c <= 'z' {
				forms = []lit{{s: string(c), fold: true}}
			} else {
				for f := r; ; {
					forms = append(forms, lit{s: string(f)})
					if f = unicode.SimpleFold(f); f == r {
						break
					}
				}
			}
			var ok bool
			if set, ok = product(set, forms, maxLiterals); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpEmptyMatch:
		return []lit{{}}, true
	case syntax.OpCapture:
		return expandLits(re.Sub[0])
	case syntax.OpQuest:
		set, ok := expandLits(re.Sub[0])
		return append(set, lit{}), ok && len(set) < maxLiterals
	case syntax.OpCharClass:
		var runes []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(runes) >= 16 {
					return nil, false
				}
				runes = append(runes, r)
			}
		}
		var set []lit
		folded := bothCases(runes)
		for _, r := range runes {
			if c := r | 0x20; folded && r < utf8.RuneSelf && c >= 'a' && c <= 'z' {
				if r == c {
					set = append(set, lit{s: string(c), fold: true})
				}
				continue
			}
			set = append(set, lit{s: string(r)})
		}
		return set, true
	case syntax.OpAlternate:
		var set []lit
		for _, s := range re.Sub {
			sub, ok := expandLits(s)
			if !ok || len(set)+len(sub) > maxLiterals {
				return nil, false
			}
			set = append(set, sub...)
		}
		return set, true
	case syntax.OpConcat:
		set := []lit{{}}
		for _, s := range re.Sub {
			sub, ok := expandLits(s)
			if !ok {
				return nil, false
			}
			if set, ok = product(set, sub, maxLiterals); !ok {
				return nil, false
			}
		}
		return set, true
	}
	return nil, false
}

// bothCases reports whether the runes hold an ASCII letter and, for each,
// the letter in the other case.
func bothCases(runes []rune) bool {
	letters := false
	for _, r := range runes {
		if c := r | 0x20; r < utf8.RuneSelf && c >= 'a' && c <= 'z' {
			letters = true
			if !slices.Contains(runes, r^0x20) {
				return false
			}
		}
	}
	return letters
}

// firstLits returns the strings the first elements of a concatenation can
// match (after zero-width assertions), when that set is finite and has no
// empty string: one of them must occur wherever the branch matches.
func firstLits(re *syntax.Regexp) ([]lit, bool) {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		return nil, false
	}
	// The longest finite prefix of the concatenation, up to 64 strings:
	// "I(?: AM|'M)" gives {"I AM", "I'M"}, not just {"I"}.
	var set []lit
	for _, s := range re.Sub {
		switch s.Op {
		case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpBeginText:
			if set == nil {
				continue
			}
		}
		sub, ok := expandLits(s)
		if !ok || hasEmptyLit(sub) {
			break
		}
		if set == nil {
			set = sub
			continue
		}
		next, ok := product(set, sub, 64)
		if !ok {
			break
		}
		set = next
	}
	return set, set != nil
}

// keyRunes picks up to three runes of a literal that are least common in
// Japanese text (kanji, then katakana, then the rest, hiragana and ASCII
// last): a text missing one of them cannot hold the literal.
func keyRunes(l string) []rune {
	rank := func(r rune) int {
		switch {
		case unicode.Is(unicode.Han, r):
			return 0
		case unicode.Is(unicode.Katakana, r):
			return 1
		case r < 0x80:
			return 4
		case unicode.Is(unicode.Hiragana, r):
			return 3
		}
		return 2
	}
	var rs []rune
	for _, r := range l {
		if !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	slices.SortStableFunc(rs, func(a, b rune) int { return rank(a) - rank(b) })
	return rs[:min(3, len(rs))]
}

func hasEmpty(set []string) bool {
	for _, s := range set {
		if s == "" {
			return true
		}
	}
	return false
}

// expand returns the finite set of strings re matches, or ok false. A
// literal under (?i) is listed as written: callers rule such literals out
// first.
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

// Text is a string prepared for matching: made on first use, its
// lower-case form and the set of runes it holds, so that most literals are
// ruled out without a scan. A Text made by Set.NewText also keeps the
// Set's scan.
type Text struct {
	S     string
	lower string     // the lower-case form, when whole is nil
	whole *wholeText // the text S is part of, from byte from on
	from  int
	scan  *setScan
	span  int // the Text's span in scan
}

// Lower returns the text with its ASCII letters in lower case.
func (t Text) Lower() string {
	if t.whole == nil {
		return t.lower
	}
	if !t.whole.lowered {
		t.whole.lowered = true
		t.whole.lower = ascii.Lower(t.whole.src)
	}
	return t.whole.lower[t.from : t.from+len(t.S)]
}

// wholeText is a text whose parts Texts are, with what is made of it on
// first use: its lower-case form and its runes.
type wholeText struct {
	src     string
	lower   string
	lowered bool
	runes   runeSet
}

// runeSet is a bit set of runes, folded to 12 bits (a false positive only
// costs a scan), filled on first use.
type runeSet struct {
	ready bool
	bits  [1 << 6]uint64
}

func (r *runeSet) add(c rune)      { r.bits[(c>>6)&(1<<6-1)] |= 1 << (uint(c) & 63) }
func (r *runeSet) has(c rune) bool { return r.bits[(c>>6)&(1<<6-1)]&(1<<(uint(c)&63)) != 0 }

// NewText prepares s for matching.
func NewText(s string) Text {
	return Text{S: s, whole: &wholeText{src: s}}
}

// Match reports whether the pattern occurs in t.
func (p *Pattern) Match(t Text) bool {
	if t.scan != nil {
		if m, ok := t.scan.match(p, t); ok {
			return m
		}
	}
	for i, l := range p.lits {
		if t.whole != nil && !t.hasKeys(p.keys[i]) {
			continue
		}
		if substr.Contains(l.in(t), l.s) {
			return true
		}
	}
	return p.matchRest(t)
}

// matchRest runs the branches left to the regexp engine.
func (p *Pattern) matchRest(t Text) bool {
	for _, r := range p.rest {
		if r.at != nil {
			if matched, ok := r.matchAt(t); ok {
				if matched {
					return true
				}
				continue
			}
		}
		if len(r.pre) > 0 {
			found := false
			for i, l := range r.pre {
				if t.whole != nil && !t.hasKeys(r.keys[i]) {
					continue
				}
				if substr.Contains(l.in(t), l.s) {
					found = true
					break
				}
			}
			if !found {
				continue
			}
		}
		if r.re.MatchString(t.S) {
			return true
		}
	}
	return false
}

// matchAt tries r.at on a window at each place where one of r.pre occurs
// in t, as a Set does; ok is false when there are more than r.maxStarts
// places, which are left to r.re on the whole text.
func (r *residual) matchAt(t Text) (matched, ok bool) {
	n := 0
	for i, l := range r.pre {
		if t.whole != nil && !t.hasKeys(r.keys[i]) {
			continue
		}
		s := l.in(t)
		for off := 0; ; {
			k := substr.Index(s[off:], l.s)
			if k < 0 {
				break
			}
			at := off + k
			if n++; n > r.maxStarts() {
				return false, false
			}
			if r.at.MatchString(window(t.S, at, r.window)) {
				return true, true
			}
			off = at + 1
		}
	}
	return false, true
}

// hasKeys reports whether every key rune may occur in the text. The set
// holds the runes of the whole text with ASCII letters in lower case; an
// upper-case ASCII key is looked up lower.
func (t Text) hasKeys(keys []rune) bool {
	rs := &t.whole.runes
	if !rs.ready {
		rs.ready = true
		for _, c := range t.whole.src {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			rs.add(c)
		}
	}
	for _, k := range keys {
		if k >= 'A' && k <= 'Z' {
			k += 'a' - 'A'
		}
		if !rs.has(k) {
			return false
		}
	}
	return true
}

// shortText is the length below which MatchString looks literals up by
// the text's runes instead of scanning the text once per literal.
const shortText = 512

// MatchString is Match for a string used once.
func (p *Pattern) MatchString(s string) bool {
	t := Text{S: s}
	if p.fold {
		t.lower = ascii.Lower(s)
	}
	if len(s) >= shortText {
		return p.Match(t)
	}
	src := s
	if p.fold {
		src = t.lower
	}
	for i, r := range src {
		if !p.firsts.has(r) {
			continue
		}
		for _, l := range p.byFirst[r] {
			if strings.HasPrefix(l.in(t)[i:], l.s) {
				return true
			}
		}
	}
	return p.matchRest(t)
}

// String describes the pattern: its literal count and the expression left
// to the regexp engine.
func (p *Pattern) String() string {
	var re []string
	for _, r := range p.rest {
		re = append(re, r.re.String())
	}
	return fmt.Sprintf("%d literals; regexp %q", len(p.lits), strings.Join(re, "|"))
}
