package decode

import (
	"bufio"
	"bytes"
	"io"
	"mime/quotedprintable"
)

// qpLineLimit is the size of the buffer mime/quotedprintable reads lines
// into when it is handed a reader other than a large enough bufio.Reader.
const qpLineLimit = 4096

// readQP reads a quoted-printable body as readLimited reads
// quotedprintable.NewReader(body): the same bytes kept, the same total and
// the same error. The raw body is read at once and decoded in place; a body
// the bulk decoder would not decode exactly as the reader does (one the
// reader reports an error for, or with a line longer than its buffer) is
// handed to the reader after all.
func (p *parser) readQP(body io.Reader, limit int64) ([]byte, int64, error) {
	lineLimit := qpLineLimit
	if b, ok := body.(*bufio.Reader); ok && b.Size() >= qpLineLimit {
		lineLimit = b.Size() // quotedprintable.NewReader reads through it
	}
	raw, err := readAll(body, min(p.rawSize, 4<<10))
	if err == nil {
		if out, ok := decodeQP(raw, lineLimit); ok {
			if room := p.opt.MaxTotalSize - p.kept; room < limit {
				limit = max(room, 0)
			}
			total := int64(len(out))
			data := out[:min(total, limit)]
			if len(data) == 0 {
				data = nil
			}
			p.kept += int64(len(data))
			return data, total, nil
		}
	}
	var r io.Reader = bytes.NewReader(raw)
	if err != nil {
		r = io.MultiReader(r, errReader{err})
	}
	if lineLimit > qpLineLimit {
		r = bufio.NewReaderSize(r, lineLimit)
	}
	return p.readLimited(quotedprintable.NewReader(r), limit)
}

// errReader returns its error on every read.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// readAll reads r to the end as readChunked does, the first chunk of first
// bytes, and returns the error that ended it, nil for io.EOF.
func readAll(r io.Reader, first int) ([]byte, error) {
	var chunks [][]byte
	size, chunk := 0, max(first, 1)
	for {
		c := make([]byte, chunk)
		chunk = min(chunk*2, 1<<20)
		n := 0
		var err error
		for n < len(c) && err == nil {
			var m int
			m, err = r.Read(c[n:])
			n += m
		}
		if n > 0 {
			chunks = append(chunks, c[:n])
			size += n
		}
		if err == io.EOF {
			return join(chunks, size), nil
		}
		if err != nil {
			return join(chunks, size), err
		}
	}
}

// decodeQP decodes a whole quoted-printable body in place, line by line as
// mime/quotedprintable.Reader does: trailing white space dropped, a final
// = joining a line to the next, = followed by two hex digits (either
// case) as that byte, any other = followed by a character kept as it is,
// and bytes of 0x80 and above passed through. It reports false where the
// reader would stop with an error (a bad soft line break, = at the end of
// a line or before a CR, a control character) and for lines of lineLimit
// bytes or more, which the reader's buffer cannot hold; b is then left as
// it was.
func decodeQP(b []byte, lineLimit int) ([]byte, bool) {
	if _, ok := qpPass(b, lineLimit, false); !ok {
		return nil, false
	}
	n, _ := qpPass(b, lineLimit, true)
	return b[:n], true
}

// qpPass reads b as decodeQP describes, writing the decoded bytes over it
// only when write is set, and returns their number.
func qpPass(b []byte, lineLimit int, write bool) (int, bool) {
	w := 0
	for start := 0; start < len(b); {
		end := len(b)
		hasLF := false
		if i := bytes.IndexByte(b[start:], '\n'); i >= 0 {
			end, hasLF = start+i+1, true
		}
		if end-start >= lineLimit {
			return 0, false
		}
		t := end
		for t > start && isQPSpace(b[t-1]) {
			t--
		}
		var suffix string
		if t > start && b[t-1] == '=' {
			rest := b[t:end]
			for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
				rest = rest[1:]
			}
			t--
			if !bytes.HasPrefix(rest, []byte("\n")) && !bytes.HasPrefix(rest, []byte("\r\n")) &&
				(len(rest) != 0 || t == start || hasLF) {
				return 0, false
			}
		} else if hasLF {
			suffix = "\n"
			if end-start >= 2 && b[end-2] == '\r' {
				suffix = "\r\n"
			}
		}
		for i := start; i < t; i++ {
			c := b[i]
			if qpLiteral[c] {
				// A run of bytes that stand for themselves.
				j := i + 1
				for j < t && qpLiteral[b[j]] {
					j++
				}
				if write && w != i {
					copy(b[w:], b[i:j])
				}
				w += j - i
				i = j - 1
				continue
			}
			// Now c is = or a control character.
			if c != '=' || i+1 >= t || b[i+1] == '\r' {
				return 0, false
			}
			if i+2 < t {
				hi, ok1 := qpHex(b[i+1])
				lo, ok2 := qpHex(b[i+2])
				if ok1 && ok2 {
					c = hi<<4 | lo
					i += 2
				}
			}
			if write {
				b[w] = c
			}
			w++
		}
		if write {
			copy(b[w:], suffix)
		}
		w += len(suffix)
		start = end
	}
	return w, true
}

// qpLiteral marks the bytes a quoted-printable body passes on as they are:
// printable ASCII but =, tab, CR, and the bytes from 0x80 on.
var qpLiteral = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c == '\t' || c == '\r' || c >= ' ' && c <= '~' && c != '=' || c >= 0x80
	}
	return t
}()

func isQPSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func qpHex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}
