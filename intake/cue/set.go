package cue

import (
	"slices"
	"unicode/utf8"
)

// A Set matches the literals of many patterns in one pass over a text: an
// Aho–Corasick automaton over the bytes of the lower-cased text, built once
// and never changed, so that a Set is safe for concurrent use. A Text made
// by Set.NewText answers Match for the Set's patterns from that one pass;
// only the branches left to the regexp engine run on their own, and only
// when the pass found one of the strings they start with.
type Set struct {
	base  map[*Pattern]int // a pattern's first slot: its literals, then one per residual
	slots int
	keys  []setKey // per automaton key
	ac    automaton
}

// setKey is one string of the automaton: the slot it marks, and for a
// case-sensitive literal with ASCII letters, the literal to compare with
// the original text (the automaton reads the lower-cased one).
type setKey struct {
	slot   int
	verify string
	n      int  // bytes
	at     bool // the slot is a residual tried where its strings occur
}

// NewSet builds the automaton of the patterns' literals.
func NewSet(ps ...*Pattern) *Set {
	s := &Set{base: map[*Pattern]int{}}
	var keys []string
	add := func(l string, fold bool, slot int, at bool) {
		k := setKey{slot: slot, n: len(l), at: at}
		if !fold && hasASCIILetter(l) {
			k.verify = l
		}
		keys = append(keys, asciiLower(l))
		s.keys = append(s.keys, k)
	}
	for _, p := range ps {
		if _, ok := s.base[p]; ok {
			continue
		}
		b := s.slots
		s.base[p] = b
		s.slots += 1 + len(p.rest)
		for _, l := range p.lits {
			add(l, p.fold, b, false)
		}
		for j, r := range p.rest {
			for _, l := range r.pre {
				add(l, p.fold, b+1+j, r.at != nil)
			}
		}
	}
	s.ac = buildAutomaton(keys)
	return s
}

func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// NewText prepares s for matching with the Set's patterns. The Text keeps
// the result of its scan: it is not safe for concurrent use.
func (s *Set) NewText(str string) Text {
	return s.NewSpans(str, [2]int{0, len(str)})[0]
}

// NewSpans prepares the parts of str between the bounds of each span for
// matching with the Set's patterns, scanning str only once for all of them
// (a subject, a body, and the two joined, say). A match is reported for a
// span only when it lies wholly inside it, as if the span were a text of
// its own. The Texts share the scan: they are not safe for concurrent use.
func (s *Set) NewSpans(str string, spans ...[2]int) []Text {
	full := NewText(str)
	sc := &setScan{set: s, full: full, spans: spans}
	out := make([]Text, len(spans))
	for k, sp := range spans {
		out[k] = Text{S: str[sp[0]:sp[1]], Lower: full.Lower[sp[0]:sp[1]], runes: new(runeSet), scan: sc, span: k}
	}
	return out
}

// setScan is the result of scanning one text with a Set, made on first use.
type setScan struct {
	set    *Set
	full   Text
	spans  [][2]int
	done   bool
	hits   [][]uint64    // by span, by slot
	starts map[int][]int // by residual slot, where its strings occur in full
}

// maxStarts bounds the places kept per residual; past it the residual
// runs on the whole text.
const maxStarts = 32

func (sc *setScan) has(span, slot int) bool { return sc.hits[span][slot/64]&(1<<(slot%64)) != 0 }

// run scans the text once, marking in each span the slots whose strings
// occur in it.
func (sc *setScan) run() {
	sc.done = true
	s := sc.set
	sc.hits = make([][]uint64, len(sc.spans))
	words := (s.slots + 63) / 64
	all := make([]uint64, words*len(sc.spans))
	for k := range sc.hits {
		sc.hits[k] = all[k*words : (k+1)*words]
	}
	ac := &s.ac
	state := int32(0)
	t := sc.full
	lower := t.Lower
	for i := 0; i < len(lower); i++ {
		state = ac.step(state, lower[i])
		for _, o := range ac.out[state] {
			k := s.keys[o]
			end := i + 1
			start := end - k.n
			if k.verify != "" && t.S[start:end] != k.verify {
				continue
			}
			for sp, b := range sc.spans {
				if start >= b[0] && end <= b[1] {
					sc.hits[sp][k.slot/64] |= 1 << (k.slot % 64)
				}
			}
			if k.at {
				if sc.starts == nil {
					sc.starts = map[int][]int{}
				}
				if st := sc.starts[k.slot]; len(st) <= maxStarts {
					sc.starts[k.slot] = append(st, start)
				}
			}
		}
	}
}

// match answers p.Match(t) from the scan; ok is false when p is not in
// the Set.
func (sc *setScan) match(p *Pattern, t Text) (matched, ok bool) {
	b, ok := sc.set.base[p]
	if !ok {
		return false, false
	}
	if !sc.done {
		sc.run()
	}
	if sc.has(t.span, b) {
		return true, true
	}
	sp := sc.spans[t.span]
	for j, r := range p.rest {
		if len(r.pre) > 0 && !sc.has(t.span, b+1+j) {
			continue
		}
		if st := sc.starts[b+1+j]; r.at != nil && len(st) <= maxStarts {
			for _, i := range st {
				if i >= sp[0] && i < sp[1] && r.at.MatchString(window(t.S, i-sp[0], r.window)) {
					return true, true
				}
			}
			continue
		}
		if r.re.MatchString(t.S) {
			return true, true
		}
	}
	return false, true
}

// window returns s from i on, cut after n bytes and one more rune (the
// context of an assertion at the end of a match), at a rune boundary.
func window(s string, i, n int) string {
	end := i + n + utf8.UTFMax
	if end >= len(s) {
		return s[i:]
	}
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end++
	}
	return s[i:end]
}

// automaton is an Aho–Corasick automaton over bytes. The root has a
// transition for every byte; other states keep their own edges sorted and
// fall back along their failure links.
type automaton struct {
	root  [256]int32
	edges [][]edge  // per state, sorted by byte
	fail  []int32   // per state
	out   [][]int32 // per state, the keys ending here, own and by suffix
}

type edge struct {
	b  byte
	to int32
}

func buildAutomaton(keys []string) automaton {
	a := automaton{edges: [][]edge{nil}, fail: []int32{0}, out: [][]int32{nil}}
	child := func(s int32, b byte) int32 {
		for _, e := range a.edges[s] {
			if e.b == b {
				return e.to
			}
		}
		return -1
	}
	for k, key := range keys {
		s := int32(0)
		for i := 0; i < len(key); i++ {
			n := child(s, key[i])
			if n < 0 {
				n = int32(len(a.edges))
				a.edges = append(a.edges, nil)
				a.fail = append(a.fail, 0)
				a.out = append(a.out, nil)
				a.edges[s] = append(a.edges[s], edge{key[i], n})
			}
			s = n
		}
		a.out[s] = append(a.out[s], int32(k))
	}
	for s := range a.edges {
		slices.SortFunc(a.edges[s], func(x, y edge) int { return int(x.b) - int(y.b) })
	}
	for _, e := range a.edges[0] {
		a.root[e.b] = e.to
	}
	// Breadth first: a state's failure link is set before its children's.
	queue := make([]int32, 0, len(a.edges))
	for _, e := range a.edges[0] {
		queue = append(queue, e.to)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, e := range a.edges[s] {
			f := a.fail[s]
			for {
				if n := a.next(f, e.b); n >= 0 {
					a.fail[e.to] = n
					break
				}
				f = a.fail[f]
			}
			a.out[e.to] = append(a.out[e.to], a.out[a.fail[e.to]]...)
			queue = append(queue, e.to)
		}
	}
	return a
}

// next is the direct transition of s on b, or -1; the root always has one.
func (a *automaton) next(s int32, b byte) int32 {
	if s == 0 {
		return a.root[b]
	}
	for _, e := range a.edges[s] {
		if e.b == b {
			return e.to
		} else if e.b > b {
			break
		}
	}
	return -1
}

// step is the state after reading b in state s.
func (a *automaton) step(s int32, b byte) int32 {
	for {
		if n := a.next(s, b); n >= 0 {
			return n
		}
		s = a.fail[s]
	}
}
