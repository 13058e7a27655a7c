// Package textmodel is a naive Bayes model of a mail's category over the
// character 2- and 3-grams of its subject and the start of its body. Each
// gram counts once per mail (binarised), grams of white space only are
// skipped, and grams are hashed into a fixed table of buckets, so scoring a
// mail hashes a window of runes and indexes an array, with no allocation
// per gram. The model is trained from labelled mail (see Trainer) and the
// package embeds the one trained on the development sets (Default).
package textmodel

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/internal/lead"
)

const (
	// Bits is the base-2 logarithm of the number of hash buckets.
	Bits = 14
	// MaxRunes is how much of the text is read: the subject, a line break
	// and the body, cut to this many characters.
	MaxRunes = 300
	// Alpha is the additive (Laplace) smoothing of the gram counts.
	Alpha = 0.5
	// GainScale is how finely a kept bucket's gain, the log of its
	// smoothed count over α, is stored: in four bits, units of
	// 1/GainScale nats (up to 15/GainScale nats, a count of about 900).
	GainScale = 2
	// MinMails is how many training mails a bucket must occur in to be
	// kept; rarer buckets are pruned and scored as unseen.
	MinMails = 2

	buckets = 1 << Bits
	magic   = "madoguchi-textmodel-1\n"
)

// The model reads the lower-cased subject, a line break and the body, cut
// to MaxRunes characters (callers pass normalised, NFKC, text), a link
// (http:// or https:// up to white space) read as one space: its grams
// tell whose site it is, not what the mail asks, and in the development
// mail they are mostly spam's. Grams of white space alone are skipped.
// The text is Japanese when kana make at least a fifth of its letters.

// decode returns the rune of s at i (a link read as a space) and where
// the next one starts. The three-byte characters of kana and ideographs
// are read directly (Model.Scores does so in its loop), decodeMore reads
// the rest.
func decode(s string, i int) (rune, int) {
	if c := s[i]; 0xe1 <= c && c <= 0xec && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
		return rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f), i + 3
	}
	return decodeMore(s, i)
}

func decodeMore(s string, i int) (rune, int) {
	c := s[i]
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s[i:])
		return r, i + n
	}
	if c == 'h' && (strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://")) {
		if n := strings.IndexFunc(s[i:], unicode.IsSpace); n >= 0 {
			return ' ', i + n
		}
		return ' ', len(s)
	}
	return rune(c), i + 1
}

// Kinds of rune, for telling Japanese text.
const (
	other  = 0
	letter = 1
	kana   = 3 // a letter too
)

// fold returns r lower-cased, whether it is white space and its kind.
func fold(r rune) (rune, bool, int) {
	if uint32(r-0x3041) <= 0x30fa-0x3041 { // hiragana and katakana
		return r, false, kana
	}
	if uint32(r-0x4e00) <= 0x9fff-0x4e00 { // unified ideographs
		return r, false, letter
	}
	return foldMore(r)
}

func foldMore(r rune) (rune, bool, int) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if 'a' <= r && r <= 'z' {
			return r, false, letter
		}
		return r, r == ' ' || '\t' <= r && r <= '\r', other
	case 0x3000 <= r && r <= 0x3004 || 0x3008 <= r && r <= 0x3030: // ideographic space and punctuation
		return r, r == 0x3000, other
	}
	return foldOther(r)
}

func foldOther(r rune) (rune, bool, int) {
	k := other
	if unicode.IsLetter(r) {
		k = letter
	}
	r = unicode.ToLower(r)
	return r, unicode.IsSpace(r), k
}

func japanese(kanaCount, letters int) bool { return letters > 0 && 5*kanaCount >= letters }

// eachGram calls fn with the bucket of every 2- and 3-gram of the text the
// model reads, and returns whether that text is Japanese. Model.Scores
// reads the text the same way without a function call per gram.
func eachGram(subject, body string, fn func(bucket uint32)) bool {
	var v0, v1, v2 uint64
	var sp0, sp1, sp2 bool
	n, kanas, letters := 0, 0, 0
	for _, s := range [3]string{subject, "\n", body} {
		for i := 0; i < len(s) && n < MaxRunes; {
			var r rune
			r, i = decode(s, i)
			r, space, kind := fold(r)
			kanas += kind >> 1
			letters += kind & 1
			v0, v1, v2 = v1, v2, value(r)
			sp0, sp1, sp2 = sp1, sp2, space
			n++
			if n >= 2 && !(sp1 && sp2) {
				fn(hash2v(v1, v2))
			}
			if n >= 3 && !(sp0 && sp1 && sp2) {
				fn(hash3v(v0, v1, v2))
			}
		}
	}
	return japanese(kanas, letters)
}

// A rune's value is the rune times an odd 64-bit constant; a gram's hash
// is the exclusive or of its runes' values, each rotated by its place,
// with a seed for its length, then mixed with a shift and another
// multiplication, whose top Bits bits are the bucket.
const (
	mul   = 0x9E3779B97F4A7C15
	mul2  = 0xC2B2AE3D27D4EB4F
	seed2 = 0x2545F4914F6CDD1D
	seed3 = 0x94D049BB133111EB
)

func value(r rune) uint64 { return uint64(r) * mul2 }

func finish(h uint64) uint32 {
	h ^= h >> 29
	return uint32((h * mul) >> (64 - Bits))
}

func hash2v(a, b uint64) uint32 { return finish(bits.RotateLeft64(a, 23) ^ b ^ seed2) }

func hash3v(a, b, c uint64) uint32 {
	return finish(bits.RotateLeft64(a, 46) ^ bits.RotateLeft64(b, 23) ^ c ^ seed3)
}

func hash2(a, b rune) uint32 { return hash2v(value(a), value(b)) }

func hash3(a, b, c rune) uint32 { return hash3v(value(a), value(b), value(c)) }

// Model is a trained model, ready to score mail. It is safe for
// concurrent use.
type Model struct {
	classes []lead.Category
	prior   []float64 // log of each class's share of the training mail
	unseen  []float64 // log probability of a gram in no kept bucket, per class
	cell    []uint32  // per bucket, four bits per class: log((count+α)/α) in units of 1/GainScale; 0 when pruned
	encoded []byte
}

// seen marks the buckets one mail touched, so that each counts once: a
// bit a bucket, 2 KB, cleared for each mail.
type seen [buckets / 64]uint64

// add marks b and reports whether it was unmarked.
func (s *seen) add(b uint32) bool {
	w, m := b/64%uint32(len(s)), uint64(1)<<(b%64)
	if s[w]&m != 0 {
		return false
	}
	s[w] |= m
	return true
}

// Classes are the categories the model tells apart, in the order of the
// scores Score returns.
func (m *Model) Classes() []lead.Category { return m.classes }

// Bytes is the model's encoding, as Decode reads it.
func (m *Model) Bytes() []byte { return m.encoded }

// Scores returns each class's log probability (up to a constant common to
// all) for a mail, into dst, which must have len(Classes()) elements, and
// whether the mail is written in Japanese. The development mail is mostly
// Japanese and its English mail mostly spam, so the model's view of mail
// in other languages is weak.
func (m *Model) Scores(subject, body string, dst []float64) bool {
	var sc seen
	// This is eachGram with the work per gram written out. A bucket's
	// four-bit gains are summed a class to a byte of two words (even
	// classes in even, odd in odd), which are emptied into gain before
	// 15 four-bit values could overflow a byte (two are added a rune).
	var gain [8]uint32
	var even, odd uint32
	distinct, pending := 0, 0
	var v0, v1, v2 uint64
	var sp0, sp1, sp2 bool
	n, kanas, letters := 0, 0, 0
	for _, s := range [3]string{subject, "\n", body} {
		for i := 0; i < len(s) && n < MaxRunes; {
			var r rune
			if c := s[i]; 0xe1 <= c && c <= 0xec && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
				r, i = rune(c&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), i+3
			} else {
				r, i = decodeMore(s, i)
			}
			space, kind := false, letter
			switch {
			case uint32(r-0x3041) <= 0x30fa-0x3041:
				kind = kana
			case uint32(r-0x4e00) <= 0x9fff-0x4e00:
			default:
				r, space, kind = foldMore(r)
			}
			kanas += kind >> 1
			letters += kind & 1
			v0, v1, v2 = v1, v2, value(r)
			sp0, sp1, sp2 = sp1, sp2, space
			n++
			if n >= 2 && !(sp1 && sp2) {
				if b := hash2v(v1, v2); sc.add(b) {
					distinct++
					if g := m.cell[b]; g != 0 {
						even += g & 0x0f0f0f0f
						odd += g >> 4 & 0x0f0f0f0f
						pending++
					}
				}
			}
			if n >= 3 && !(sp0 && sp1 && sp2) {
				if b := hash3v(v0, v1, v2); sc.add(b) {
					distinct++
					if g := m.cell[b]; g != 0 {
						even += g & 0x0f0f0f0f
						odd += g >> 4 & 0x0f0f0f0f
						pending++
					}
				}
			}
			if pending >= 15 {
				gain = addLanes(gain, even, odd)
				even, odd, pending = 0, 0, 0
			}
		}
	}
	gain = addLanes(gain, even, odd)
	for c := range m.classes {
		dst[c] = m.prior[c] + float64(distinct)*m.unseen[c] + float64(gain[c])/GainScale
	}
	return japanese(kanas, letters)
}

// addLanes adds the bytes of even and odd to the classes' sums.
func addLanes(gain [8]uint32, even, odd uint32) [8]uint32 {
	for c := range 4 {
		gain[2*c] += even >> (8 * c) & 0xff
		gain[2*c+1] += odd >> (8 * c) & 0xff
	}
	return gain
}

// Index returns the position of a category in Classes, or -1.
func (m *Model) Index(c lead.Category) int {
	for i, x := range m.classes {
		if x == c {
			return i
		}
	}
	return -1
}

// Trainer counts the mails of each class a bucket occurs in.
type Trainer struct {
	classes []lead.Category
	mails   []uint64
	grams   []uint64   // per class: the sum over its mails of their distinct buckets
	counts  [][]uint32 // per class, per bucket
}

// Add counts one labelled mail.
func (t *Trainer) Add(c lead.Category, subject, body string) {
	i := -1
	for j, x := range t.classes {
		if x == c {
			i = j
		}
	}
	if i < 0 {
		i = len(t.classes)
		t.classes = append(t.classes, c)
		t.mails = append(t.mails, 0)
		t.grams = append(t.grams, 0)
		t.counts = append(t.counts, make([]uint32, buckets))
	}
	t.mails[i]++
	var s seen
	eachGram(subject, body, func(b uint32) {
		if s.add(b) {
			t.grams[i]++
			t.counts[i][b]++
		}
	})
}

// Model returns the model of the mail added so far.
func (t *Trainer) Model() (*Model, error) {
	return Decode(t.Encode())
}

// Encode writes the trained counts: a header, then per class its name, its
// mails and its grams, the number of distinct buckets seen, and per kept
// bucket (in order, as the gap from the previous one) its count in each
// class, all as unsigned varints. Classes are written in the order of
// lead.Categories, so the encoding depends only on the mail added, not on
// its order.
func (t *Trainer) Encode() []byte {
	order := make([]int, 0, len(t.classes))
	for _, c := range lead.Categories {
		for i, x := range t.classes {
			if x == c {
				order = append(order, i)
			}
		}
	}
	buf := []byte(magic)
	buf = binary.AppendUvarint(buf, Bits)
	buf = binary.AppendUvarint(buf, MaxRunes)
	buf = binary.AppendUvarint(buf, MinMails)
	buf = binary.AppendUvarint(buf, uint64(len(order)))
	for _, i := range order {
		buf = binary.AppendUvarint(buf, uint64(len(t.classes[i])))
		buf = append(buf, t.classes[i]...)
		buf = binary.AppendUvarint(buf, t.mails[i])
		buf = binary.AppendUvarint(buf, t.grams[i])
	}
	var vocab, kept uint64
	for b := range buckets {
		n := uint32(0)
		for _, i := range order {
			n += t.counts[i][b]
		}
		if n > 0 {
			vocab++
		}
		if n >= MinMails {
			kept++
		}
	}
	buf = binary.AppendUvarint(buf, vocab)
	buf = binary.AppendUvarint(buf, kept)
	prev := 0
	for b := range buckets {
		n := uint32(0)
		for _, i := range order {
			n += t.counts[i][b]
		}
		if n < MinMails {
			continue
		}
		buf = binary.AppendUvarint(buf, uint64(b-prev))
		prev = b
		for _, i := range order {
			buf = binary.AppendUvarint(buf, uint64(t.counts[i][b]))
		}
	}
	return buf
}

//go:embed model.bin
var embedded []byte

// Default is the model embedded in the package, trained on the development
// sets by the train command.
var Default = sync.OnceValue(func() *Model {
	m, err := Decode(embedded)
	if err != nil {
		panic(fmt.Sprintf("textmodel: the embedded model: %v", err))
	}
	return m
})

// Decode reads a model written by Trainer.Encode.
func Decode(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("textmodel: not a model")
	}
	d := decoder{data: data[len(magic):]}
	if b, n, mr := d.next(), d.next(), d.next(); d.err == nil && (b != Bits || n != MaxRunes || mr != MinMails) {
		return nil, fmt.Errorf("textmodel: the model has %d bits, %d runes and prunes below %d; this code reads %d, %d, %d", b, n, mr, Bits, MaxRunes, MinMails)
	}
	k := int(d.next())
	if d.err == nil && (k == 0 || k > 8) {
		return nil, fmt.Errorf("textmodel: %d classes", k)
	}
	m := &Model{encoded: data, cell: make([]uint32, buckets)}
	mails, grams := make([]float64, k), make([]float64, k)
	total := 0.0
	for c := range k {
		m.classes = append(m.classes, lead.Category(d.bytes(int(d.next()))))
		mails[c], grams[c] = float64(d.next()), float64(d.next())
		total += mails[c]
	}
	vocab := float64(d.next())
	kept := int(d.next())
	if d.err != nil {
		return nil, d.err
	}
	for c := range k {
		m.prior = append(m.prior, math.Log(mails[c]/total))
		m.unseen = append(m.unseen, math.Log(Alpha)-math.Log(grams[c]+Alpha*vocab))
	}
	b := uint64(0)
	for range kept {
		b += d.next()
		if b >= buckets {
			return nil, fmt.Errorf("textmodel: bucket %d out of range", b)
		}
		for c := range k {
			g := math.Round(GainScale * math.Log((float64(d.next())+Alpha)/Alpha))
			m.cell[b] |= uint32(min(g, 15)) << (4 * c)
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.data) != 0 {
		return nil, errors.New("textmodel: trailing bytes after the model")
	}
	return m, nil
}

// decoder reads unsigned varints and byte strings, keeping the first
// error.
type decoder struct {
	data []byte
	err  error
}

func (d *decoder) next() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data)
	if n <= 0 {
		d.err = errors.New("textmodel: the model is cut short")
		return 0
	}
	d.data = d.data[n:]
	return v
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.data) {
		d.err = errors.New("textmodel: the model is cut short")
		return nil
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}
