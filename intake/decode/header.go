package decode

import (
	"encoding/base64"
	"net/mail"
	"strings"
)

// headerDecoder decodes header values and remembers what went wrong.
type headerDecoder struct {
	unknown  []string // unknown charset labels met
	override []string // labels the bytes contradicted
	badWords int      // encoded-words whose payload was malformed
}

// encodedWord is one RFC 2047 encoded-word found in a header value.
type encodedWord struct {
	start, end int // byte offsets in the value
	charset    string
	payload    []byte // transfer-decoded bytes
}

// wordScanner finds RFC 2047 encoded-words in one header value. It
// remembers the next "?=" and the next whitespace it found, so that a value
// full of unterminated "=?" starts is still scanned in linear time.
type wordScanner struct {
	v                string
	endFrom, endAt   int // v[endFrom:] has its first "?=" at endAt (-1: none)
	spaceFrom, space int // v[spaceFrom:] has its first whitespace at space
}

func newWordScanner(v string) *wordScanner {
	return &wordScanner{v: v, endFrom: -1, spaceFrom: -1}
}

// nextEnd returns the index of the first "?=" at or after p, or -1.
func (s *wordScanner) nextEnd(p int) int {
	if s.endFrom >= 0 && p >= s.endFrom && (s.endAt < 0 || p <= s.endAt) {
		return s.endAt
	}
	i := strings.Index(s.v[p:], "?=")
	if i >= 0 {
		i += p
	}
	s.endFrom, s.endAt = p, i
	return i
}

// nextSpace returns the index of the first whitespace at or after p, or
// len(v).
func (s *wordScanner) nextSpace(p int) int {
	if s.spaceFrom >= 0 && p >= s.spaceFrom && p <= s.space {
		return s.space
	}
	i := strings.IndexAny(s.v[p:], " \t\r\n")
	if i < 0 {
		i = len(s.v)
	} else {
		i += p
	}
	s.spaceFrom, s.space = p, i
	return i
}

// find returns the next well-formed encoded-word at or after from.
func (s *wordScanner) find(from int) (encodedWord, bool) {
	for {
		i := strings.Index(s.v[from:], "=?")
		if i < 0 {
			return encodedWord{}, false
		}
		start := from + i
		if w, ok := s.parseAt(start); ok {
			return w, true
		}
		from = start + 2
	}
}

// parseAt parses "=?charset?enc?text?=" at v[start:].
func (s *wordScanner) parseAt(start int) (encodedWord, bool) {
	v := s.v
	rest := v[start+2:]
	q1 := strings.IndexByte(rest, '?')
	if q1 <= 0 || q1 > 64 || q1+3 > len(rest) || rest[q1+2] != '?' {
		return encodedWord{}, false
	}
	cs := rest[:q1]
	if strings.ContainsAny(cs, " \t\r\n") {
		return encodedWord{}, false
	}
	enc := rest[q1+1]
	textStart := start + 2 + q1 + 3
	e := s.nextEnd(textStart)
	if e < 0 || s.nextSpace(textStart) < e {
		return encodedWord{}, false
	}
	text := v[textStart:e]
	end := e + 2
	var payload []byte
	var ok bool
	switch enc {
	case 'B', 'b':
		payload, ok = decodeB(text)
	case 'Q', 'q':
		payload, ok = decodeQ(text)
	default:
		return encodedWord{}, false
	}
	if !ok {
		payload = nil
	}
	return encodedWord{start: start, end: end, charset: cs, payload: payload}, true
}

func decodeB(s string) ([]byte, bool) {
	s = strings.TrimRight(s, "=")
	b, err := base64.RawStdEncoding.DecodeString(s)
	if err != nil {
		// A trailing partial quantum is common in truncated words: keep
		// what decodes.
		n := len(s) / 4 * 4
		b2, err2 := base64.RawStdEncoding.DecodeString(s[:n])
		if err2 != nil || n == 0 {
			return nil, false
		}
		return b2, true
	}
	return b, true
}

func decodeQ(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			out = append(out, ' ')
		case c == '=' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		default:
			out = append(out, c)
		}
	}
	return out, true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// decode decodes one header value: RFC 2047 encoded-words (adjacent words of
// the same charset joined at byte level first, also inside quoted strings),
// and raw 8-bit or ISO-2022-JP text sniffed like a body.
func (d *headerDecoder) decode(v string) string {
	if !strings.Contains(v, "=?") && isPlainASCII(v) {
		return v
	}
	var b strings.Builder
	sc := newWordScanner(v)
	pos := 0
	for pos < len(v) {
		w, ok := sc.find(pos)
		if !ok {
			b.WriteString(d.raw(v[pos:]))
			break
		}
		b.WriteString(d.raw(v[pos:w.start]))
		if w.payload == nil {
			d.badWords++
			b.WriteString(d.raw(v[w.start:w.end]))
			pos = w.end
			continue
		}
		// Gather following words of the same charset separated only by
		// linear whitespace.
		buf := append([]byte(nil), w.payload...)
		end := w.end
		for {
			j := end
			for j < len(v) && (v[j] == ' ' || v[j] == '\t' || v[j] == '\r' || v[j] == '\n') {
				j++
			}
			if j >= len(v) || !strings.HasPrefix(v[j:], "=?") {
				break
			}
			nw, ok := sc.parseAt(j)
			if !ok || nw.payload == nil || !sameCharset(nw.charset, w.charset) {
				if ok && nw.payload != nil {
					end = j // whitespace between words of different charsets is dropped too
				}
				break
			}
			buf = append(buf, nw.payload...)
			end = nw.end
		}
		b.WriteString(d.text(w.charset, buf))
		pos = end
	}
	return b.String()
}

// raw decodes a stretch of a header that is not an encoded-word.
func (d *headerDecoder) raw(s string) string {
	if isPlainASCII(s) {
		return s
	}
	return d.text("", []byte(s))
}

func (d *headerDecoder) text(label string, b []byte) string {
	r := decodeText(label, b)
	if r.Unknown {
		d.unknown = append(d.unknown, r.Declared)
	}
	if r.Overridden {
		d.override = append(d.override, r.Declared+"->"+r.Used)
	}
	return r.Text
}

func sameCharset(a, b string) bool {
	return normaliseLabel(a) == normaliseLabel(b)
}

// isPlainASCII reports whether s has only printable ASCII and tabs.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == 0x1b || c == 0x0e || c == 0x0f || c == 0 {
			return false
		}
	}
	return true
}

// parseAddressList splits a raw address header into addresses, decoding the
// display names. It does not rely on net/mail, which rejects raw 8-bit
// names and quoted encoded-words, so the address itself is never lost.
func (d *headerDecoder) parseAddressList(v string) []*mail.Address {
	var out []*mail.Address
	for _, item := range splitAddresses(v) {
		a := d.parseAddress(item)
		if a != nil {
			out = append(out, a)
		}
	}
	return out
}

// splitAddresses splits on commas outside quotes, comments and angle brackets
// and drops group syntax ("name: a, b;").
func splitAddresses(v string) []string {
	var items []string
	depthParen, inQuote, inAngle := 0, false, false
	start := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case inQuote:
			if c == '\\' {
				i++
			} else if c == '"' {
				inQuote = false
			}
		case c == '"':
			inQuote = true
		case c == '(':
			depthParen++
		case c == ')' && depthParen > 0:
			depthParen--
		case depthParen > 0:
		case c == '<':
			inAngle = true
		case c == '>':
			inAngle = false
		case inAngle:
		case c == ':':
			// group name: everything before is the group's label
			start = i + 1
		case c == ',' || c == ';':
			if strings.TrimSpace(v[start:i]) != "" {
				items = append(items, v[start:i])
			}
			start = i + 1
		}
	}
	if strings.TrimSpace(v[start:]) != "" {
		items = append(items, v[start:])
	}
	return items
}

// parseAddress decodes one "Name <addr>", "addr (Name)" or bare "addr".
func (d *headerDecoder) parseAddress(item string) *mail.Address {
	item = strings.TrimSpace(item)
	var name, addr string
	if lt := strings.LastIndexByte(item, '<'); lt >= 0 {
		gt := strings.IndexByte(item[lt:], '>')
		if gt < 0 {
			addr = item[lt+1:]
		} else {
			addr = item[lt+1 : lt+gt]
		}
		name = item[:lt]
	} else {
		addr, name = stripComment(item)
		if !strings.Contains(addr, "@") {
			// No address at all: keep the text as a name.
			name, addr = item, ""
		}
	}
	addr = strings.TrimSpace(addr)
	addr = strings.Trim(addr, "\"")
	if strings.ContainsAny(addr, " \t") || !isPlainASCII(addr) {
		addr = strings.Join(strings.Fields(d.decode(addr)), "")
	}
	name = strings.TrimSpace(name)
	if len(name) >= 2 && name[0] == '"' && name[len(name)-1] == '"' {
		name = unquote(name[1 : len(name)-1])
	} else if len(name) >= 2 && name[0] == '(' && name[len(name)-1] == ')' {
		name = name[1 : len(name)-1]
	}
	name = strings.TrimSpace(d.decode(name))
	if len(name) >= 2 && name[0] == '"' && name[len(name)-1] == '"' {
		name = name[1 : len(name)-1]
	}
	if name == "" && addr == "" {
		return nil
	}
	return &mail.Address{Name: name, Address: addr}
}

// stripComment splits "addr (comment)" into the address and the comment.
func stripComment(s string) (addr, comment string) {
	i := strings.IndexByte(s, '(')
	if i < 0 {
		return s, ""
	}
	j := strings.LastIndexByte(s, ')')
	if j < i {
		return s[:i], s[i+1:]
	}
	return s[:i] + s[j+1:], s[i+1 : j]
}

func unquote(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// messageIDs extracts the ids of a Message-ID, In-Reply-To or References
// value, without angle brackets.
func messageIDs(v string) []string {
	var ids []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(v[i+1 : i+j]); id != "" {
			ids = append(ids, id)
		}
		v = v[i+j+1:]
	}
	if ids == nil {
		for _, f := range strings.Fields(v) {
			if strings.Contains(f, "@") {
				ids = append(ids, f)
			}
		}
	}
	return ids
}
