package cue

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/internal/ascii"
)

// A Set matches the literals of many patterns in one pass over a text: an
// Aho–Corasick automaton over the bytes of the text, read as if its ASCII
// letters were in lower case, built once
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
	add := func(l lit, slot int, at bool) {
		k := setKey{slot: slot, n: len(l.s), at: at}
		if !l.fold && hasASCIILetter(l.s) {
			k.verify = l.s
		}
		keys = append(keys, ascii.Lower(l.s))
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
			add(l, b, false)
		}
		for j, r := range p.rest {
			for _, l := range r.pre {
				add(l, b+1+j, r.at != nil)
			}
		}
	}
	keys, s.keys = withoutImplied(keys, s.keys)
	s.ac = buildAutomaton(keys)
	return s
}

// withoutImplied drops the keys that only mark a slot whose mark another
// key of the same slot sets wherever they occur: a text, or a span, that
// holds 医師会 holds 医師. Keys whose places are kept for a residual, and
// case-sensitive keys that hold a folded one only in another case, stay.
func withoutImplied(keys []string, meta []setKey) ([]string, []setKey) {
	bySlot := map[int][]int{}
	for i, k := range meta {
		if !k.at {
			bySlot[k.slot] = append(bySlot[k.slot], i)
		}
	}
	drop := make([]bool, len(keys))
	for _, idx := range bySlot {
		for _, i := range idx {
			for _, j := range idx {
				if i == j || drop[j] || len(keys[j]) > len(keys[i]) || !strings.Contains(keys[i], keys[j]) {
					continue
				}
				if len(keys[j]) == len(keys[i]) && j > i {
					continue // of two equal keys, the first stays
				}
				if meta[j].verify == "" || meta[i].verify != "" && strings.Contains(meta[i].verify, meta[j].verify) {
					drop[i] = true
					break
				}
			}
		}
	}
	var k2 []string
	var m2 []setKey
	for i := range keys {
		if !drop[i] {
			k2 = append(k2, keys[i])
			m2 = append(m2, meta[i])
		}
	}
	return k2, m2
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
		// The runes of the whole text rule out at least as much as a
		// span's own for the patterns outside the Set.
		out[k] = Text{S: str[sp[0]:sp[1]], whole: full.whole, from: sp[0], scan: sc, span: k}
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

// maxStarts bounds the places kept per residual; past it, or past
// maxUnboundedStarts for a residual whose matches have no bounded length,
// the residual runs on the whole text.
const (
	maxStarts          = 32
	maxUnboundedStarts = 4
)

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
	text := sc.full.S
	mid := len(text) / 2
	if mid < 4*ac.longest {
		state := uint16(0)
		for i := 0; i < len(text); i++ {
			state = ac.step(state, text[i])
			if ac.final[state] {
				sc.found(state, i)
			}
		}
		return
	}
	// Two scans side by side, so that the lookups of one wait for memory
	// while the other's are under way: the first reads the first half of
	// the text; the second starts as many bytes before the middle as a
	// key can span, less one, and reports the keys that end in the second
	// half, after the first scan's, so that they come in the text's order.
	type hit struct {
		state uint16
		i     int
	}
	var buf [64]hit
	later := buf[:0]
	s1, s2 := uint16(0), uint16(0)
	i, j := 0, mid-(ac.longest-1)
	for ; i < mid; i, j = i+1, j+1 {
		s1 = ac.step(s1, text[i])
		s2 = ac.step(s2, text[j])
		if ac.final[s1] {
			sc.found(s1, i)
		}
		if ac.final[s2] && j >= mid {
			later = append(later, hit{s2, j})
		}
	}
	for ; j < len(text); j++ {
		s2 = ac.step(s2, text[j])
		if ac.final[s2] {
			later = append(later, hit{s2, j})
		}
	}
	for _, h := range later {
		sc.found(h.state, h.i)
	}
}

// found marks the keys that end at byte i of the text, where the scan
// reached state.
func (sc *setScan) found(state uint16, i int) {
	s := sc.set
	for _, o := range s.ac.out[state] {
		k := s.keys[o]
		end := i + 1
		start := end - k.n
		if k.verify != "" && sc.full.S[start:end] != k.verify {
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
		if st := sc.starts[b+1+j]; r.at != nil && len(st) <= r.maxStarts() {
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
// context of an assertion at the end of a match), at a rune boundary; not
// cut when n is negative.
func window(s string, i, n int) string {
	end := i + n + utf8.UTFMax
	if n < 0 || end >= len(s) {
		return s[i:]
	}
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end++
	}
	return s[i:end]
}

// automaton is an Aho–Corasick automaton over bytes, compiled into a
// table: one row per state, one column per byte class (every byte that
// occurs in a key has a class of its own, an upper-case ASCII letter the
// class of its lower case, the others share class 0), so that reading a
// byte is one lookup and the keys, in lower case, are found in a text
// whatever the case of its ASCII letters.
type automaton struct {
	class   [256]uint8
	nclass  int
	delta   []uint16  // state*nclass + class → state
	out     [][]int32 // per state, the keys ending here, own and by suffix
	final   []bool    // per state, whether out is not empty (a small table)
	longest int       // the bytes of the longest key
}

// maxStates is the most states the table's uint16 entries can name.
const maxStates = 1 << 16

func buildAutomaton(keys []string) automaton {
	var a automaton
	for _, k := range keys {
		a.longest = max(a.longest, len(k))
		for i := 0; i < len(k); i++ {
			if a.class[k[i]] == 0 {
				if a.nclass == 255 {
					panic("cue: keys use every byte value")
				}
				a.nclass++
				a.class[k[i]] = uint8(a.nclass)
			}
		}
	}
	a.nclass++ // class 0
	for c := byte('A'); c <= 'Z'; c++ {
		if a.class[c] != 0 {
			panic("cue: keys must be in lower case")
		}
		a.class[c] = a.class[c+'a'-'A']
	}
	// The trie, with sparse children.
	type edge struct {
		c  uint8
		to int
	}
	children := [][]edge{nil}
	a.out = [][]int32{nil}
	child := func(s int, c uint8) int {
		for _, e := range children[s] {
			if e.c == c {
				return e.to
			}
		}
		return -1
	}
	for k, key := range keys {
		s := 0
		for i := 0; i < len(key); i++ {
			c := a.class[key[i]]
			n := child(s, c)
			if n < 0 {
				n = len(children)
				children = append(children, nil)
				a.out = append(a.out, nil)
				children[s] = append(children[s], edge{c, n})
			}
			s = n
		}
		a.out[s] = append(a.out[s], int32(k))
	}
	// Number the states breadth first, so that the rows of the shallow
	// states, which a scan reads most, lie together.
	order := []int{0}
	for i := 0; i < len(order); i++ {
		for _, e := range children[order[i]] {
			order = append(order, e.to)
		}
	}
	id := make([]int, len(order))
	for newID, old := range order {
		id[old] = newID
	}
	renumbered := make([][]edge, len(order))
	outs := make([][]int32, len(order))
	for old, es := range children {
		for _, e := range es {
			renumbered[id[old]] = append(renumbered[id[old]], edge{e.c, id[e.to]})
		}
		outs[id[old]] = a.out[old]
	}
	children, a.out = renumbered, outs
	if len(children) > maxStates {
		panic(fmt.Sprintf("cue: %d states, more than %d", len(children), maxStates))
	}
	// Breadth first: a state's failure link, and its row, are complete
	// before its children's, so a missing transition is copied from the
	// row of the failure link.
	n := a.nclass
	a.delta = make([]uint16, len(children)*n)
	fail := make([]int, len(children))
	queue := make([]int, 0, len(children))
	for _, e := range children[0] {
		a.delta[int(e.c)] = uint16(e.to)
		queue = append(queue, e.to)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		copy(a.delta[s*n:(s+1)*n], a.delta[fail[s]*n:(fail[s]+1)*n])
		for _, e := range children[s] {
			fail[e.to] = int(a.delta[fail[s]*n+int(e.c)])
			a.out[e.to] = append(a.out[e.to], a.out[fail[e.to]]...)
			a.delta[s*n+int(e.c)] = uint16(e.to)
			queue = append(queue, e.to)
		}
	}
	a.final = make([]bool, len(a.out))
	for i, o := range a.out {
		a.final[i] = len(o) > 0
	}
	return a
}

// step is the state after reading b in state s.
func (a *automaton) step(s uint16, b byte) uint16 {
	return a.delta[int(s)*a.nclass+int(a.class[b])]
}
