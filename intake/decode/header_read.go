package decode

import (
	"bytes"
	"net/textproto"
	"strings"

	mtextproto "github.com/emersion/go-message/textproto"
)

// headerSlack is the most bytes the bufio.Reader of parse reads ahead of
// the header it hands to textproto.ReadHeader (the size of its buffer).
const headerSlack = 4096

// partHeader is what decoding a part reads of its header.
type partHeader interface {
	Get(key string) string
}

// fields is a header as a list of fields in their order, keys in
// canonical form (Content-Type), values unfolded.
type fields []field

type field struct{ key, value string }

// Get returns the value of the first field with the key, or "".
func (fs fields) Get(key string) string {
	key = textproto.CanonicalMIMEHeaderKey(key)
	for _, f := range fs {
		if f.key == key {
			return f.value
		}
	}
	return ""
}

// Values returns the values of the fields with the key, in order.
func (fs fields) Values(key string) []string {
	key = textproto.CanonicalMIMEHeaderKey(key)
	var vs []string
	for _, f := range fs {
		if f.key == key {
			vs = append(vs, f.value)
		}
	}
	return vs
}

// fieldsOf lists the fields of h.
func fieldsOf(h mtextproto.Header) fields {
	fs := make(fields, 0, h.Len())
	for it := h.Fields(); it.Next(); {
		fs = append(fs, field{it.Key(), it.Value()})
	}
	return fs
}

// quickHeader reads the header of raw without copying its lines, when the
// header is one textproto.ReadHeader reads without an error: fields that
// each start with a valid key and a colon, continued on lines that start
// with a space or a tab, ended by an empty line, small enough for the
// size limit. It returns the fields ReadHeader would give (in the same
// order, values unfolded the same way) and where the body starts; ok is
// false for any other header, which is left to ReadHeader.
func quickHeader(raw []byte, maxBytes int64) (fs fields, body int, ok bool) {
	if len(raw) == 0 || raw[0] == ' ' || raw[0] == '\t' {
		return nil, 0, false
	}
	var starts [64]int
	at := starts[:0] // where each field starts; it ends where the next does
	i := 0
	for {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			return nil, 0, false // no empty line
		}
		line := raw[i : i+j]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		if len(line) == 0 {
			body = i + j + 1
			if int64(body+headerSlack) > maxBytes {
				return nil, 0, false
			}
			break
		}
		if raw[i] != ' ' && raw[i] != '\t' {
			at = append(at, i)
		}
		i += j + 1
		if int64(i+headerSlack) > maxBytes {
			return nil, 0, false
		}
	}
	if len(at) == 0 {
		return nil, 0, false
	}
	// One copy of the header; single-line values are cut out of it.
	hdr := string(raw[:i])
	fs = make(fields, 0, len(at))
	for k, start := range at {
		end := i // the empty line is not part of a field
		if k+1 < len(at) {
			end = at[k+1]
		}
		kv := hdr[start:end]
		colon := strings.IndexByte(kv, ':')
		if colon < 0 {
			return nil, 0, false
		}
		key := trimBlanks(kv[:colon])
		if !validKey(key) {
			return nil, 0, false
		}
		fs = append(fs, field{textproto.CanonicalMIMEHeaderKey(key), unfold(kv[colon+1:])})
	}
	return fs, body, true
}

// validKey reports whether ReadHeader accepts key: printable ASCII other
// than a colon.
func validKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		if c := key[i]; c < 33 || c > 126 {
			return false
		}
	}
	return true
}

// trimBlanks trims spaces and tabs.
func trimBlanks(s string) string {
	return strings.Trim(s, " \t")
}

// unfold joins the lines of a field value as ReadHeader does: each line
// without its line end and the blanks around it, the non-empty ones joined
// by one space.
func unfold(v string) string {
	if i := strings.IndexByte(v, '\n'); i < 0 || i == len(v)-1 {
		return trimBlanks(strings.TrimSuffix(strings.TrimSuffix(v, "\n"), "\r"))
	}
	var b strings.Builder
	b.Grow(len(v))
	for line := range strings.SplitSeq(v, "\n") {
		line = trimBlanks(strings.TrimSuffix(line, "\r"))
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return b.String()
}
