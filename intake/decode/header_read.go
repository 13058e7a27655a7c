package decode

import (
	"bytes"

	"github.com/emersion/go-message/textproto"
)

// headerSlack is the most bytes the bufio.Reader of parse reads ahead of
// the header it hands to textproto.ReadHeader (the size of its buffer).
const headerSlack = 4096

// quickHeader reads the header of raw without copying its lines, when the
// header is one textproto.ReadHeader reads without an error: fields that
// each start with a valid key and a colon, continued on lines that start
// with a space or a tab, ended by an empty line, small enough for the
// size limit. It returns the header ReadHeader would return (fields in
// the same order, values unfolded the same way) and where the body starts;
// ok is false for any other header, which is left to ReadHeader.
func quickHeader(raw []byte, maxBytes int64) (h textproto.Header, body int, ok bool) {
	if len(raw) == 0 || raw[0] == ' ' || raw[0] == '\t' {
		return h, 0, false
	}
	var starts [64]int
	fields := starts[:0] // where each field starts; it ends where the next does
	i := 0
	for {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			return h, 0, false // no empty line
		}
		line := raw[i : i+j]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		if len(line) == 0 {
			body = i + j + 1
			if int64(body+headerSlack) > maxBytes {
				return h, 0, false
			}
			break
		}
		if raw[i] != ' ' && raw[i] != '\t' {
			fields = append(fields, i)
		}
		i += j + 1
		if int64(i+headerSlack) > maxBytes {
			return h, 0, false
		}
	}
	if len(fields) == 0 {
		return h, 0, false
	}
	// Both ways give the fields in reverse order, the last added first.
	for k := len(fields) - 1; k >= 0; k-- {
		end := i // the empty line is not part of a field
		if k+1 < len(fields) {
			end = fields[k+1]
		}
		kv := raw[fields[k]:end:end]
		if !validKey(kv) {
			return textproto.Header{}, 0, false
		}
		h.AddRaw(kv)
	}
	return h, body, true
}

// validKey reports whether the field kv starts with a key ReadHeader
// accepts: printable ASCII other than a colon, spaces and tabs around it,
// then a colon.
func validKey(kv []byte) bool {
	colon := bytes.IndexByte(kv, ':')
	if colon < 0 {
		return false
	}
	key := bytes.Trim(kv[:colon], " \t")
	if len(key) == 0 {
		return false
	}
	for _, c := range key {
		if c < 33 || c > 126 {
			return false
		}
	}
	return true
}
