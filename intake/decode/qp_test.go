package decode

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/quotedprintable"
	"strings"
	"testing"
)

// chunkReader hands out its bytes a few at a time and then its error, as a
// multipart part may.
type chunkReader struct {
	b   []byte
	n   int
	err error
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.b) == 0 {
		return 0, c.err
	}
	n := copy(p[:min(len(p), c.n)], c.b)
	c.b = c.b[n:]
	return n, nil
}

// TestReadQPAgreesWithReader compares readQP with readLimited over
// mime/quotedprintable's reader: the bytes kept, the total, the error and
// the bytes counted against the mail's cap.
func TestReadQPAgreesWithReader(t *testing.T) {
	pieces := []string{"a", "=", "=3D", "=41", "=e3=81=82", "=E3=81", "=4", "=g1", "=4g", "= ", "=\t",
		"=\n", "=\r\n", "= \n", "= \r\n", "=\r", "=\r\r\n", " ", "\t", "\n", "\r\n", "\r", " \r\n", "\t\n",
		"\x01", "\x7f", "\x80", "\xe3\x81\x82", "abcdefgh", "~", "==", "=0a", "=Ff"}
	texts := []string{"", "=", "a=", "a=\n", "a= ", "=\n", "abc", "a\n", strings.Repeat("x", 4095),
		strings.Repeat("x", 4096), strings.Repeat("x", 4094) + "\n", strings.Repeat("x", 4095) + "\n",
		strings.Repeat("y", 5000) + "\nz"}
	texts = append(texts, randomBytes(rand.New(rand.NewPCG(5, 6)), pieces, 30000)...)
	errs := []error{io.EOF, io.ErrUnexpectedEOF, errors.New("broken")}
	limits := []int64{0, 1, 7, 1 << 20}
	rng := rand.New(rand.NewPCG(7, 8))
	bulk := 0
	for i, s := range texts {
		if _, ok := decodeQP([]byte(s), qpLineLimit); ok {
			bulk++
		}
		readErr := errs[0]
		if i%5 == 4 {
			readErr = errs[rng.IntN(len(errs))]
		}
		limit := limits[rng.IntN(len(limits))]
		total := int64(1 << 30)
		if i%7 == 6 {
			total = int64(rng.IntN(10))
		}
		buffered := i%3 == 2
		body := func() io.Reader {
			var r io.Reader = &chunkReader{b: []byte(s), n: 1 + rng.IntN(50), err: readErr}
			if buffered {
				r = bufio.NewReaderSize(r, 4096+rng.IntN(2)*2048)
			}
			return r
		}
		run := func(read func(p *parser, r io.Reader) ([]byte, int64, error)) string {
			p := &parser{opt: Options{MaxTotalSize: total}.withDefaults(), rawSize: len(s) + 1}
			data, n, err := read(p, body())
			return fmt.Sprintf("%q %v data=%v total=%d kept=%d err=%v", data, data == nil, len(data), n, p.kept, err)
		}
		got := run(func(p *parser, r io.Reader) ([]byte, int64, error) { return p.readQP(r, limit) })
		want := run(func(p *parser, r io.Reader) ([]byte, int64, error) {
			return p.readLimited(quotedprintable.NewReader(r), limit)
		})
		if got != want {
			t.Fatalf("readQP(%q, limit %d, read error %v, buffered %v)\n = %s\nwant %s", s, limit, readErr, buffered, got, want)
		}
	}
	// Both the bulk decoder and the reader it falls back to are compared.
	if bulk < len(texts)/10 || bulk > len(texts)*9/10 {
		t.Errorf("%d of %d texts decoded in bulk, want between a tenth and nine tenths", bulk, len(texts))
	}
}

// TestDecodeQPDecodesCleanBodies checks that the bulk decoder answers for
// the bodies the reader decodes without an error, so that they do not fall
// back to it.
func TestDecodeQPDecodesCleanBodies(t *testing.T) {
	for _, s := range []string{"", "a=3D=E3=81=82 \r\nb=\r\nc\r\n", "x=\ny\n", "=4g=g4 =\t\n", "end="} {
		want, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(s)))
		if err != nil {
			t.Fatalf("reader on %q: %v", s, err)
		}
		got, ok := decodeQP([]byte(s), qpLineLimit)
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("decodeQP(%q) = %q, %v; want %q, true", s, got, ok, want)
		}
	}
}
