package decode

import (
	"bytes"
	"encoding/binary"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// family groups the charset labels that share one decoder.
type family int

const (
	famNone      family = iota // no label, or a label that promises ASCII
	famUTF8                    // UTF-8
	famISO2022JP               // ISO-2022-JP and the Microsoft CP5022x variants
	famCP932                   // Shift_JIS and its Microsoft superset CP932
	famEUCJP                   // EUC-JP, CP51932, eucJP-ms
	famOther                   // any other label that go-message's charset package knows
	famUnknown                 // a label no table knows
)

// String returns the canonical name under which a family's decoder is
// reported in Message.Charsets and Problems.
func (f family) String() string {
	switch f {
	case famNone:
		return "us-ascii"
	case famUTF8:
		return "utf-8"
	case famISO2022JP:
		return "iso-2022-jp"
	case famCP932:
		return "cp932"
	case famEUCJP:
		return "euc-jp"
	case famOther:
		return "other"
	}
	return "unknown"
}

// aliases maps normalised charset labels that the standard lookups miss or
// map poorly to the decoder family that really reads them.
var aliases = map[string]family{
	"": famNone, "us-ascii": famNone, "ascii": famNone, "us": famNone, "ansi_x3.4-1968": famNone, "iso646-us": famNone, "7bit": famNone,

	"utf-8": famUTF8, "utf8": famUTF8, "utf8mb4": famUTF8, "unicode-1-1-utf-8": famUTF8, "x-utf_8j": famUTF8, "x-unicode20utf8": famUTF8,

	"iso-2022-jp": famISO2022JP, "csiso2022jp": famISO2022JP, "iso-2022-jp-ms": famISO2022JP,
	"iso-2022-jp-1": famISO2022JP, "iso-2022-jp-2": famISO2022JP, "iso-2022-jp-3": famISO2022JP,
	"iso-2022-jp-2004": famISO2022JP, "cp50220": famISO2022JP, "cp50221": famISO2022JP,
	"cp50222": famISO2022JP, "x-cp50220": famISO2022JP, "x-cp50221": famISO2022JP,
	"x-cp50222": famISO2022JP, "x-cp5022x": famISO2022JP, "jis": famISO2022JP, "jis7": famISO2022JP,
	"csiso2022jp2": famISO2022JP, "iso2022jp": famISO2022JP,

	"shift_jis": famCP932, "shift-jis": famCP932, "sjis": famCP932, "x-sjis": famCP932,
	"ms_kanji": famCP932, "csshiftjis": famCP932, "windows-31j": famCP932, "cswindows31j": famCP932,
	"cp932": famCP932, "ms932": famCP932, "x-ms-cp932": famCP932, "windows-932": famCP932,
	"ibm-943": famCP932, "ibm943": famCP932, "sjis-win": famCP932, "sjis-open": famCP932,
	"shift_jis-2004": famCP932, "shift_jisx0213": famCP932, "x-mac-japanese": famCP932,
	"shiftjis": famCP932, "x-shift_jis": famCP932, "ms-kanji": famCP932,

	"euc-jp": famEUCJP, "x-euc-jp": famEUCJP, "eucjp": famEUCJP, "cseucpkdfmtjapanese": famEUCJP,
	"eucjp-ms": famEUCJP, "eucjp-win": famEUCJP, "eucjp-open": famEUCJP, "cp51932": famEUCJP,
	"euc-jis-2004": famEUCJP, "ujis": famEUCJP, "x-eucjp": famEUCJP, "euc_jp": famEUCJP,
}

// otherAliases maps labels that go-message's charset package reads with a
// narrower decoder than the one senders really use.
var otherAliases = map[string]encoding.Encoding{
	"gb2312":          simplifiedchinese.GB18030,
	"csgb2312":        simplifiedchinese.GB18030,
	"gbk":             simplifiedchinese.GB18030,
	"x-gbk":           simplifiedchinese.GB18030,
	"cp936":           simplifiedchinese.GB18030,
	"euc-cn":          simplifiedchinese.GB18030,
	"ks_c_5601-1987":  korean.EUCKR,
	"ks_c_5601":       korean.EUCKR,
	"ksc5601":         korean.EUCKR,
	"cp949":           korean.EUCKR,
	"x-windows-949":   korean.EUCKR,
	"windows-949":     korean.EUCKR,
	"ks_c_5601-1989":  korean.EUCKR,
	"csksc56011987":   korean.EUCKR,
	"iso-ir-149":      korean.EUCKR,
	"korean":          korean.EUCKR,
	"x-mac-korean":    korean.EUCKR,
	"unicode-2-0-utf": nil, // disabled: too ambiguous to guess
}

// normaliseLabel lower-cases a charset label and strips the quotes, spaces,
// RFC 2231 language suffix and stray "charset=" that senders leave in it.
func normaliseLabel(label string) string {
	if l, ok := commonLabels[label]; ok {
		return l
	}
	return normaliseLabelCopy(label)
}

// commonLabels maps the labels mail most often carries, as written, to
// their normalised forms, which would otherwise be lower-cased copies made
// for every text part and encoded word.
var commonLabels = func() map[string]string {
	m := map[string]string{}
	for _, l := range []string{"ISO-2022-JP", "iso-2022-jp", "UTF-8", "utf-8", "Shift_JIS", "SHIFT_JIS", "shift_jis",
		"EUC-JP", "euc-jp", "US-ASCII", "us-ascii", "Windows-31J", "windows-31j", "CP932", "cp932"} {
		m[l] = normaliseLabelCopy(l)
	}
	return m
}()

func normaliseLabelCopy(label string) string {
	l := strings.ToLower(strings.TrimSpace(label))
	l = strings.TrimPrefix(l, "charset=")
	l = strings.Trim(l, "\"' \t;")
	if i := strings.IndexByte(l, '*'); i >= 0 { // RFC 2231 language: iso-2022-jp*ja
		l = l[:i]
	}
	return l
}

// lookup resolves a label to its family and, for famOther, the decoder.
func lookup(label string) (family, *otherDecoder) {
	l := normaliseLabel(label)
	if f, ok := aliases[l]; ok {
		return f, nil
	}
	if enc, ok := otherAliases[l]; ok {
		if enc == nil {
			return famUnknown, nil
		}
		return famOther, &otherDecoder{enc: enc}
	}
	if _, err := charset.Reader(l, strings.NewReader("")); err == nil {
		return famOther, &otherDecoder{label: l}
	}
	return famUnknown, nil
}

// otherDecoder reads a charset outside the Japanese families: with an
// x/text encoding from otherAliases, or through go-message's charset
// package by label.
type otherDecoder struct {
	enc   encoding.Encoding
	label string
}

func (o *otherDecoder) decode(b []byte) (string, bool) {
	if o.enc != nil {
		out, err := o.enc.NewDecoder().Bytes(b)
		return string(out), err == nil
	}
	r, err := charset.Reader(o.label, bytes.NewReader(b))
	if err != nil {
		return "", false
	}
	out, err := io.ReadAll(r)
	return string(out), err == nil
}

// textResult is the outcome of decoding one run of text.
type textResult struct {
	Text     string
	Declared string // normalised label as declared ("" when none)
	Used     string // the decoder family actually used
	// Overridden is true when the bytes contradicted a declared label.
	Overridden bool
	// Unknown is true when the declared label is known to no table.
	Unknown bool
	// Invalid counts the characters that could not be decoded and were
	// replaced by U+FFFD (NUL bytes included).
	Invalid int
}

// sniff describes what the bytes themselves say about their encoding.
type sniff struct {
	has8bit bool
	hasJIS  bool // ISO-2022-JP designation escape seen
	hasSOSI bool
}

func sniffBytes(b []byte) sniff {
	s := sniff{
		has8bit: has8bit(b),
		hasSOSI: bytes.IndexByte(b, 0x0e) >= 0 || bytes.IndexByte(b, 0x0f) >= 0,
	}
	for i := bytes.IndexByte(b, 0x1b); i >= 0 && i+2 < len(b); {
		switch {
		case b[i+1] == '$' && (b[i+2] == 'B' || b[i+2] == '@' || b[i+2] == '('):
			s.hasJIS = true
		case b[i+1] == '(' && (b[i+2] == 'I' || b[i+2] == 'J'):
			s.hasJIS = true
		}
		if s.hasJIS {
			break
		}
		j := bytes.IndexByte(b[i+1:], 0x1b)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return s
}

// has8bit reports whether b holds a byte of 0x80 or more, reading eight
// bytes at a time.
func has8bit(b []byte) bool {
	const high = 0x8080808080808080
	for len(b) >= 32 {
		w := binary.LittleEndian.Uint64(b) | binary.LittleEndian.Uint64(b[8:]) |
			binary.LittleEndian.Uint64(b[16:]) | binary.LittleEndian.Uint64(b[24:])
		if w&high != 0 {
			return true
		}
		b = b[32:]
	}
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// scoreWindow bounds how many input bytes are decoded with every candidate
// charset when guessing; the winner then decodes the whole input.
const scoreWindow = 64 << 10

// decodeText turns b, declared as label, into valid UTF-8, trusting the bytes
// over the label when the two disagree.
func decodeText(label string, b []byte) textResult {
	return decodeLines(label, b, false, false)
}

// decodeBody is decodeText for a body: CRLF and lone CR become LF, in the
// copy that decoding makes when the bytes are UTF-8 already.
func decodeBody(label string, b []byte) textResult {
	return decodeLines(label, b, true, false)
}

// decodeOwnBody is decodeBody for bytes nothing else refers to or reads
// again: UTF-8 bytes become the text in place, without a copy.
func decodeOwnBody(label string, b []byte) textResult {
	return decodeLines(label, b, true, true)
}

func decodeLines(label string, b []byte, lf, own bool) textResult {
	fam, other := lookup(label)
	res := textResult{Declared: normaliseLabel(label), Unknown: fam == famUnknown}
	s := sniffBytes(b)

	declared := fam
	chosen := fam
	valid := false // b is valid UTF-8
	switch {
	case !s.has8bit && (s.hasJIS || (s.hasSOSI && fam == famISO2022JP)):
		chosen = famISO2022JP
	case !s.has8bit:
		if fam == famUnknown || fam == famUTF8 || fam == famCP932 || fam == famEUCJP {
			chosen = famNone // plain ASCII reads the same in all of them
		}
	case utf8.Valid(b):
		chosen = famUTF8
		valid = true
	default:
		chosen = guess8bit(fam, other, s, b)
	}

	var text string
	copied := false // text is a copy of b with its newlines normalised
	switch chosen {
	case famNone, famUTF8:
		// Stray control bytes are judged by markInvalid.
		switch {
		case chosen == famUTF8 && !valid:
			text = strings.ToValidUTF8(string(b), "\uFFFD")
		case own && lf:
			text, copied = stringOf(squeezeNewlines(b)), true
		default:
			text, copied = copyLines(b, lf), lf
		}
	case famISO2022JP:
		text, copied = decodeLinesWith(japanese.ISO2022JP, prepassJIS(b), lf), lf
	case famCP932:
		text, copied = decodeLinesWith(japanese.ShiftJIS, b, lf), lf
	case famEUCJP:
		text, copied = decodeLinesWith(japanese.EUCJP, b, lf), lf
	case famOther:
		t, ok := other.decode(b)
		if !ok {
			chosen = famUTF8
			t = strings.ToValidUTF8(string(b), "\uFFFD")
		}
		text = t
	}
	if chosen == famOther {
		res.Used = res.Declared
	} else {
		res.Used = chosen.String()
	}
	res.Overridden = res.Declared != "" && declared != famUnknown && chosen != declared && chosen != famNone
	if lf && !copied {
		text = normaliseNewlines(text)
	}
	text, res.Invalid = markInvalid(text)
	res.Text = text
	return res
}

// copyLines returns b as a string, with CRLF and lone CR turned into LF
// when lf is true.
func copyLines(b []byte, lf bool) string {
	i := bytes.IndexByte(b, '\r')
	if !lf || i < 0 {
		return string(b)
	}
	var out strings.Builder
	out.Grow(len(b))
	for i >= 0 {
		out.Write(b[:i])
		out.WriteByte('\n')
		b = b[i+1:]
		if len(b) > 0 && b[0] == '\n' {
			b = b[1:]
		}
		i = bytes.IndexByte(b, '\r')
	}
	out.Write(b)
	return out.String()
}

func decodeWith(enc encoding.Encoding, b []byte) string {
	return decodeLinesWith(enc, b, false)
}

// decodeLinesWith decodes b with enc into a buffer that becomes the
// returned string, CRLF and lone CR turned into LF in place when lf is
// true.
func decodeLinesWith(enc encoding.Encoding, b []byte, lf bool) string {
	// Room for the usual growth from two bytes of JIS or Shift_JIS to three
	// of UTF-8, so that the output is rarely grown.
	out, _, err := transform.Append(enc.NewDecoder(), make([]byte, 0, len(b)*3/2+16), b)
	if err != nil { // x/text decoders replace rather than fail; be safe anyway
		text := strings.ToValidUTF8(string(b), "\uFFFD")
		if lf {
			text = normaliseNewlines(text)
		}
		return text
	}
	if lf {
		out = squeezeNewlines(out)
	}
	return stringOf(out)
}

// stringOf returns the bytes of b as a string without a copy; b must not
// be written to again.
func stringOf(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// squeezeNewlines turns CRLF and lone CR in b into LF, in place.
func squeezeNewlines(b []byte) []byte {
	i := bytes.IndexByte(b, '\r')
	if i < 0 {
		return b
	}
	w := i
	for ; i < len(b); i++ {
		c := b[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		}
		b[w] = c
		w++
	}
	return b[:w]
}

// markInvalid replaces NUL and leftover ESC bytes by U+FFFD and counts every
// U+FFFD in s.
func markInvalid(s string) (string, int) {
	if strings.IndexByte(s, 0) >= 0 || strings.IndexByte(s, 0x1b) >= 0 {
		s = strings.Map(func(r rune) rune {
			if r == 0 || r == 0x1b {
				return utf8.RuneError
			}
			return r
		}, s)
	}
	return s, strings.Count(s, "\uFFFD")
}

// guess8bit picks the decoder for 8-bit data that is not valid UTF-8.
func guess8bit(fam family, other *otherDecoder, s sniff, b []byte) family {
	window := b
	if len(window) > scoreWindow {
		window = window[:scoreWindow]
	}
	// A Japanese label whose reading is clean and plausible is kept without
	// trying the others.
	if fam == famCP932 || fam == famEUCJP {
		dec := japanese.ShiftJIS
		if fam == famEUCJP {
			dec = japanese.EUCJP
		}
		st := statsOf(decodeWith(dec, window))
		if st.invalid == 0 && st.controls == 0 && 4*st.halfKana <= st.kana+st.kanji {
			return fam
		}
	}
	type cand struct {
		f     family
		score int
		st    textStats
	}
	var cands []cand
	add := func(f family, text string) {
		st := statsOf(text)
		cands = append(cands, cand{f, st.score(), st})
	}
	add(famCP932, decodeWith(japanese.ShiftJIS, window))
	add(famEUCJP, decodeWith(japanese.EUCJP, window))
	add(famUTF8, strings.ToValidUTF8(string(window), "\uFFFD"))
	if s.hasJIS {
		add(famISO2022JP, decodeWith(japanese.ISO2022JP, prepassJIS(window)))
	}
	best := cands[0]
	for _, c := range cands[1:] {
		if c.score > best.score {
			best = c
		}
	}
	switch fam {
	case famCP932, famEUCJP:
		for _, c := range cands {
			if c.f == fam && best.score <= c.score+2 {
				return fam // keep the label unless another reading is clearly better
			}
		}
		return best.f
	case famOther:
		t, ok := other.decode(window)
		if !ok {
			return best.f
		}
		st := statsOf(t)
		// A non-Japanese label is overridden only by a clean Japanese
		// reading: no undecodable bytes and real kana.
		if best.st.invalid == 0 && best.st.kana >= 2 && best.score > st.score()+2 {
			return best.f
		}
		return famOther
	}
	return best.f
}

// textStats counts what makes a decoded text look like real Japanese or
// like a wrong guess.
type textStats struct {
	kana, kanji, halfKana, symbols, invalid, controls int
}

func statsOf(s string) textStats {
	var st textStats
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			st.invalid++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
			st.controls++
		case r >= 0x7f && r < 0xa0:
			st.controls++
		case r >= 0x3041 && r <= 0x30ff:
			st.kana++
		case r >= 0x4e00 && r <= 0x9fff:
			st.kanji++
		case r >= 0xff61 && r <= 0xff9f:
			st.halfKana++
		case r >= 0x3000 && r <= 0x303f, r >= 0xff01 && r <= 0xff5e:
			st.symbols++ // ideographic space and punctuation, full-width forms
		}
	}
	return st
}

func (st textStats) score() int {
	return 2*st.kana + st.kanji + st.symbols - st.halfKana - 20*st.invalid - 5*st.controls
}

// prepassJIS repairs what x/text's ISO-2022-JP decoder does not read: SO/SI
// half-width kana (CP50222), the ESC & @ announcer, two-byte runs that a
// gateway broke at a line end, and a dangling half character at the end of
// a run (replaced by NUL, which markInvalid turns into U+FFFD).
func prepassJIS(b []byte) []byte {
	if bytes.IndexByte(b, 0x0e) < 0 && bytes.IndexByte(b, 0x0f) < 0 &&
		!bytes.Contains(b, []byte("\x1b&@")) && !needsRepair(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	var cur, beforeSO []byte // current designation; the one SO interrupted
	ascii := []byte("\x1b(B")
	run := 0 // bytes in the current two-byte run
	closeRun := func() {
		if cur != nil && cur[1] == '$' && run%2 == 1 {
			out = append(out[:len(out)-1], ascii...)
			out = append(out, 0)
		}
		run = 0
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == 0x1b && i+2 < len(b) && b[i+1] == '&' && b[i+2] == '@':
			i += 2
		case c == 0x1b && i+2 < len(b):
			closeRun()
			n := 3
			if b[i+1] == '$' && b[i+2] == '(' && i+3 < len(b) {
				n = 4
			}
			seq := b[i : i+n]
			out = append(out, seq...)
			if bytes.Equal(seq, ascii) || bytes.Equal(seq, []byte("\x1b(J")) {
				cur = nil
			} else {
				cur = seq
			}
			i += n - 1
		case c == 0x0e:
			closeRun()
			beforeSO = cur
			cur = []byte("\x1b(I")
			out = append(out, cur...)
		case c == 0x0f:
			closeRun()
			cur = beforeSO
			if cur == nil {
				out = append(out, ascii...)
			} else {
				out = append(out, cur...)
			}
		case (c == '\r' || c == '\n') && cur != nil:
			closeRun()
			out = append(out, ascii...)
			j := i
			for j < len(b) && (b[j] == '\r' || b[j] == '\n') {
				j++
			}
			out = append(out, b[i:j]...)
			i = j - 1
			if j < len(b) && b[j] != 0x1b {
				out = append(out, cur...)
			} else {
				cur = nil
			}
		default:
			out = append(out, c)
			run++
		}
	}
	closeRun()
	return out
}

// needsRepair reports whether a line break interrupts a non-ASCII run or a
// two-byte run has an odd number of bytes.
func needsRepair(b []byte) bool {
	inRun, twoByte, run := false, false, 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case 0x1b:
			if twoByte && run%2 == 1 {
				return true
			}
			if i+2 < len(b) {
				inRun = !(b[i+1] == '(' && (b[i+2] == 'B' || b[i+2] == 'J'))
				twoByte = b[i+1] == '$'
				run = 0
				i += 2
				if b[i-1] == '$' && b[i] == '(' {
					i++
				}
			}
		case '\r', '\n':
			if inRun {
				return true
			}
		default:
			run++
		}
	}
	return twoByte && run%2 == 1
}
