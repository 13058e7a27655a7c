package cue

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/internal/substr"
)

// A Regexp is a regular expression that answers as regexp.Regexp does,
// faster when every match must start with one of a few strings: it looks
// for those strings by substring search and runs the expression, anchored,
// only where one of them occurs, on a window as long as a match can be.
// An expression anchored at the start of the text (^…) or at its end (…$)
// that matches a bounded length runs on only that much of the text. Any
// other expression (a branch that starts with \b, a large character
// class, a repetition) is left to the regexp package as it is. The methods
// not redefined here are regexp.Regexp's.
type Regexp struct {
	*regexp.Regexp
	starts []string       // every match starts with one of them; nil: not sped up
	at     *regexp.Regexp // the expression anchored at the start of the text
	window int            // the most bytes a match spans, or -1
	// head (tail) is the most bytes a match spans when every match starts
	// at the start (ends at the end) of the text: only that much of it is
	// read. 0 otherwise.
	head, tail int
	// need holds strings one of which every match contains; a text without
	// any of them has no match. nil when some branch has none.
	need []string
}

// maxNeed bounds the strings of need.
const maxNeed = 16

// Regexps with more start strings than this are left to the regexp package.
const maxStartStrings = 8

// maxTries bounds the places tried in one search, bounded and unbounded
// matches; past them the regexp package searches the rest of the text.
const (
	maxTries          = 32
	maxUnboundedTries = 4
)

// MustCompileRegexp compiles expr as regexp.MustCompile does.
func MustCompileRegexp(expr string) *Regexp {
	r := &Regexp{Regexp: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return r
	}
	branches := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		branches = re.Sub
	}
	r.need = needed(branches)
	if n := maxLen(re); n >= 0 {
		switch {
		case all(branches, func(b *syntax.Regexp) bool { return edge(b, 0) == syntax.OpBeginText }):
			r.head = max(n, 1)
			return r
		case all(branches, func(b *syntax.Regexp) bool { return edge(b, -1) == syntax.OpEndText }):
			r.tail = max(n, 1)
			return r
		}
	}
	var starts []string
	for _, b := range branches {
		set, ok := startStrings(b)
		if !ok {
			return r
		}
		starts = append(starts, set...)
	}
	starts = withoutLonger(starts)
	if len(starts) == 0 || len(starts) > maxStartStrings {
		return r
	}
	r.starts = starts
	r.at = regexp.MustCompile(`^(?:` + expr + `)`)
	r.window = maxLen(re)
	return r
}

// needed returns strings one of which every match of the branches holds:
// for each branch, the strings of one part it cannot do without, or nil
// when a branch has no such part.
func needed(branches []*syntax.Regexp) []string {
	var need []string
	for _, b := range branches {
		set, ok := required(b)
		if !ok {
			return nil
		}
		need = append(need, set...)
	}
	need = withoutContaining(need)
	if len(need) > maxNeed {
		return nil
	}
	return need
}

// withoutContaining drops the strings that hold another string of set
// (a text that holds them holds the other) and the duplicates.
func withoutContaining(set []string) []string {
	var out []string
	for i, a := range set {
		keep := true
		for j, b := range set {
			if i != j && strings.Contains(a, b) && (len(b) < len(a) || j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

// required returns the strings one of which every match of re holds, from
// the part of re with the longest such strings: a finite set of non-empty
// strings, a group, a repetition of at least one, or the best part of a
// concatenation.
func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil, false
	case syntax.OpConcat:
		var best []string
		for _, s := range re.Sub {
			set, ok := required(s)
			if ok && (best == nil || shortest(set) > shortest(best) || shortest(set) == shortest(best) && len(set) < len(best)) {
				best = set
			}
		}
		return best, best != nil
	}
	if foldsLetters(re) {
		return nil, false
	}
	set, ok := expand(re)
	if !ok || len(set) == 0 || len(set) > 64 || hasEmpty(set) {
		return nil, false
	}
	for _, l := range set {
		if !exactBytes(l) {
			return nil, false
		}
	}
	return set, true
}

// exactBytes reports whether l occurs in a text exactly where the regexp
// package reads it: valid UTF-8 without U+FFFD, which the package also
// reads for each invalid byte.
func exactBytes(l string) bool {
	return utf8.ValidString(l) && !strings.ContainsRune(l, utf8.RuneError)
}

func shortest(set []string) int {
	n := len(set[0])
	for _, l := range set[1:] {
		n = min(n, len(l))
	}
	return n
}

// absent reports whether s holds none of the needed strings, and so no
// match.
func (r *Regexp) absent(s string) bool {
	return r.need != nil && !substr.ContainsAny(s, r.need...)
}

func all(rs []*syntax.Regexp, f func(*syntax.Regexp) bool) bool {
	for _, r := range rs {
		if !f(r) {
			return false
		}
	}
	return true
}

// edge returns the operator re starts with (at 0) or ends with (at -1),
// looking into groups and concatenations.
func edge(re *syntax.Regexp, at int) syntax.Op {
	for {
		switch {
		case re.Op == syntax.OpCapture:
			re = re.Sub[0]
		case re.Op == syntax.OpConcat && len(re.Sub) > 0:
			if at == 0 {
				re = re.Sub[0]
			} else {
				re = re.Sub[len(re.Sub)-1]
			}
		default:
			return re.Op
		}
	}
}

// text returns the part of s that holds every match of a head or tail
// expression, and where it starts in s. The tail part keeps a character
// before the earliest start of a match, for the assertions that look at it.
func (r *Regexp) text(s string) (string, int) {
	if r.head > 0 {
		return window(s, 0, r.head), 0
	}
	from := len(s) - r.tail - utf8.UTFMax
	if from <= 0 {
		return s, 0
	}
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	return s[from:], from
}

// startStrings returns the strings one of which every match of re starts
// with, when re starts with a finite set of non-empty strings; under (?i),
// the case forms of the first character of a literal.
func startStrings(re *syntax.Regexp) ([]string, bool) {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		subs = re.Sub
	}
	var set []string
	for _, s := range subs {
		if foldsLetters(s) {
			if set != nil {
				break // the strings so far are a prefix of every match
			}
			for s.Op == syntax.OpCapture {
				s = s.Sub[0]
			}
			if s.Op != syntax.OpLiteral || len(s.Rune) == 0 {
				return nil, false
			}
			for f := s.Rune[0]; ; {
				set = append(set, string(f))
				if f = unicode.SimpleFold(f); f == s.Rune[0] {
					break
				}
			}
			return set, true
		}
		sub, ok := expand(s)
		if !ok || hasEmpty(sub) || set != nil && len(set)*len(sub) > 64 {
			break
		}
		if set == nil {
			set = sub
			continue
		}
		next := make([]string, 0, len(set)*len(sub))
		for _, a := range set {
			for _, b := range sub {
				next = append(next, a+b)
			}
		}
		set = next
	}
	for _, l := range set {
		if !exactBytes(l) {
			return nil, false
		}
	}
	return set, set != nil
}

// foldsLetters reports whether re holds a literal matched under (?i) with a
// character that has other case forms, which expand would not list.
func foldsLetters(re *syntax.Regexp) bool {
	if re.Op == syntax.OpLiteral && re.Flags&syntax.FoldCase != 0 {
		for _, r := range re.Rune {
			if unicode.SimpleFold(r) != r {
				return true
			}
		}
	}
	for _, s := range re.Sub {
		if foldsLetters(s) {
			return true
		}
	}
	return false
}

// withoutLonger drops the strings that another string of set starts with
// (each of their places is one of the other's) and the duplicates.
func withoutLonger(set []string) []string {
	var out []string
	for i, a := range set {
		keep := true
		for j, b := range set {
			if i != j && strings.HasPrefix(a, b) && (len(b) < len(a) || j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

// places iterates over the places in s where one of the start strings
// occurs, in order, each once.
type places struct {
	s      string
	starts []string
	next   [maxStartStrings]int // per start string, its next place (-1: none left)
}

func newPlaces(s string, starts []string, from int) places {
	p := places{s: s, starts: starts}
	for i, l := range starts {
		p.next[i] = index(s, l, from)
	}
	return p
}

func index(s, l string, from int) int {
	if from > len(s) {
		return -1
	}
	if k := substr.Index(s[from:], l); k >= 0 {
		return from + k
	}
	return -1
}

// take returns the next place, or -1.
func (p *places) take() int {
	at := -1
	for i := range p.starts {
		if n := p.next[i]; n >= 0 && (at < 0 || n < at) {
			at = n
		}
	}
	if at < 0 {
		return -1
	}
	for i, l := range p.starts {
		if p.next[i] == at {
			p.next[i] = index(p.s, l, at+1)
		}
	}
	return at
}

// find returns the submatch indices of the leftmost match in s that starts
// at or after from, as regexp's FindStringSubmatchIndex on s[from:] offset
// by from; every match starts with a start string, which no assertion
// precedes, so nothing before from matters.
func (r *Regexp) find(s string, from int) []int {
	ps := newPlaces(s, r.starts, from)
	tries := maxTries
	if r.window < 0 {
		tries = maxUnboundedTries
	}
	for at := ps.take(); at >= 0; at = ps.take() {
		if tries--; tries < 0 {
			loc := r.Regexp.FindStringSubmatchIndex(s[at:])
			return shift(loc, at)
		}
		text := s[at:]
		if r.window >= 0 {
			text = window(s, at, r.window)
		}
		if loc := r.at.FindStringSubmatchIndex(text); loc != nil {
			return shift(loc, at)
		}
	}
	return nil
}

func shift(loc []int, by int) []int {
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += by
		}
	}
	return loc
}

// MatchString reports whether s holds a match.
func (r *Regexp) MatchString(s string) bool {
	if r.absent(s) {
		return false
	}
	if r.head > 0 || r.tail > 0 {
		t, _ := r.text(s)
		return r.Regexp.MatchString(t)
	}
	if r.starts == nil {
		return r.Regexp.MatchString(s)
	}
	ps := newPlaces(s, r.starts, 0)
	tries := maxTries
	if r.window < 0 {
		tries = maxUnboundedTries
	}
	for at := ps.take(); at >= 0; at = ps.take() {
		if tries--; tries < 0 {
			return r.Regexp.MatchString(s[at:])
		}
		text := s[at:]
		if r.window >= 0 {
			text = window(s, at, r.window)
		}
		if r.at.MatchString(text) {
			return true
		}
	}
	return false
}

// FindStringSubmatchIndex returns the indices of the leftmost match and its
// submatches, or nil.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.findIndex(s)
}

func (r *Regexp) findIndex(s string) []int {
	if r.absent(s) {
		return nil
	}
	if r.head > 0 || r.tail > 0 {
		t, from := r.text(s)
		return shift(r.Regexp.FindStringSubmatchIndex(t), from)
	}
	if r.starts == nil {
		return r.Regexp.FindStringSubmatchIndex(s)
	}
	return r.find(s, 0)
}

// FindStringSubmatch returns the text of the leftmost match and its
// submatches, or nil.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if r.starts == nil && r.head == 0 && r.tail == 0 && !r.absent(s) {
		return r.Regexp.FindStringSubmatch(s)
	}
	loc := r.findIndex(s)
	if loc == nil {
		return nil
	}
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// FindAllStringIndex returns the bounds of the successive matches, at most
// n of them (all when n < 0), or nil. Every match holds a start string, so
// none is empty and each search goes on where the last match ended.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if r.absent(s) {
		return nil
	}
	if r.starts == nil {
		return r.Regexp.FindAllStringIndex(s, n)
	}
	out := r.findAll(s, n)
	for i, loc := range out {
		out[i] = loc[:2:2]
	}
	return out
}

// findAll returns the submatch indices of the successive matches, at most
// n of them (all when n < 0), for an expression with start strings.
func (r *Regexp) findAll(s string, n int) [][]int {
	var out [][]int
	for pos := 0; n < 0 || len(out) < n; {
		loc := r.find(s, pos)
		if loc == nil {
			break
		}
		out = append(out, loc)
		pos = loc[1]
	}
	return out
}

// FindAllStringSubmatch returns the text of the successive matches and
// their submatches, as FindAllStringIndex finds them.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if r.absent(s) {
		return nil
	}
	if r.starts == nil {
		return r.Regexp.FindAllStringSubmatch(s, n)
	}
	locs := r.findAll(s, n)
	if locs == nil {
		return nil
	}
	out := make([][]string, len(locs))
	for i, loc := range locs {
		out[i] = make([]string, len(loc)/2)
		for j := range out[i] {
			if loc[2*j] >= 0 {
				out[i][j] = s[loc[2*j]:loc[2*j+1]]
			}
		}
	}
	return out
}

// FindAllStringSubmatchIndex returns the indices of the successive matches
// and their submatches, as FindAllStringIndex finds them.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if r.absent(s) {
		return nil
	}
	if r.starts == nil {
		return r.Regexp.FindAllStringSubmatchIndex(s, n)
	}
	return r.findAll(s, n)
}

// ReplaceAllString is regexp.Regexp's; a text that cannot hold a match is
// returned as it is.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	if r.absent(src) {
		return src
	}
	return r.Regexp.ReplaceAllString(src, repl)
}
