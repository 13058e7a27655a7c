package decode

import (
	"bufio"
	"bytes"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-message/textproto"
)

// TestQuickHeaderAgreesWithReadHeader checks that whenever quickHeader
// reads a header, textproto.ReadHeader reads the same fields in the same
// order without an error, answers Get and Values the same and leaves the
// same body, on the sample mails
// and on random headers: valid and broken keys, continuation lines, CR,
// LF and CRLF line ends, a missing empty line, and headers near the size
// limit.
func TestQuickHeaderAgreesWithReadHeader(t *testing.T) {
	var raws [][]byte
	for _, dir := range []string{"../../testdata/samples", "../../testdata/extra"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			raws = append(raws, b)
		}
	}
	if len(raws) == 0 {
		t.Fatal("no sample mails")
	}
	samples := len(raws)
	keys := []string{"Subject", "from", "X-Mailer", "content-TYPE", "Bad Key", "", " Sp", "Tab\t", "Ü", "A\x7f"}
	values := []string{"", " ", "\t", "hello", "日本語", "=?ISO-2022-JP?B?GyRCJDMkcxsoQg==?=", "\xff\xfe", "a:b",
		" x ", "\r", strings.Repeat("long ", 300)}
	ends := []string{"\n", "\r\n", "\r\r\n", "\r"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b bytes.Buffer
		for range rng.IntN(8) {
			switch rng.IntN(6) {
			case 0: // a continuation line
				b.WriteString([]string{" ", "\t"}[rng.IntN(2)])
				b.WriteString(values[rng.IntN(len(values))])
			case 1: // a line without a colon
				b.WriteString(values[rng.IntN(len(values))])
			default:
				b.WriteString(keys[rng.IntN(len(keys))])
				b.WriteString([]string{":", " :", ": ", "::"}[rng.IntN(4)])
				b.WriteString(values[rng.IntN(len(values))])
			}
			b.WriteString(ends[rng.IntN(len(ends))])
		}
		if rng.IntN(8) > 0 {
			b.WriteString([]string{"\n", "\r\n"}[rng.IntN(2)])
		}
		b.WriteString([]string{"", "body\n", "Key: not a header\n\nmore", "\n"}[rng.IntN(4)])
		raws = append(raws, b.Bytes())
	}
	read := 0
	for n, raw := range raws {
		maxBytes := int64(DefaultMaxHeaderBytes)
		if n >= samples && n%3 == 0 {
			maxBytes = int64(headerSlack + rng.IntN(2000))
		}
		h, body, ok := quickHeader(raw, maxBytes)
		if !ok {
			if n < samples {
				t.Errorf("sample mail %d: header left to ReadHeader", n)
			}
			continue
		}
		read++
		cr := &capReader{r: bytes.NewReader(raw), n: maxBytes}
		br := bufio.NewReaderSize(cr, min(len(raw), headerSlack))
		rh, err := textproto.ReadHeader(br)
		cr.n = math.MaxInt64 // as parse reads the body
		if err != nil {
			t.Fatalf("%q: quickHeader read it, ReadHeader failed: %v", raw, err)
		}
		if !slices.Equal(h, fieldsOf(rh)) {
			t.Fatalf("%q: fields\n%q\nwant\n%q", raw, h, fieldsOf(rh))
		}
		for _, f := range h {
			for _, k := range []string{f.key, strings.ToLower(f.key)} {
				if got, want := h.Get(k), rh.Get(k); got != want {
					t.Fatalf("%q: Get(%q) = %q, want %q", raw, k, got, want)
				}
				if got, want := h.Values(k), rh.Values(k); !slices.Equal(got, want) {
					t.Fatalf("%q: Values(%q) = %q, want %q", raw, k, got, want)
				}
			}
		}
		rest, _ := io.ReadAll(br)
		if !bytes.Equal(rest, raw[body:]) {
			t.Fatalf("%.200q: body at %d, ReadHeader leaves %d bytes", raw, body, len(rest))
		}
	}
	if read < len(raws)/10 {
		t.Fatalf("quickHeader read only %d of %d headers: the cases test little", read, len(raws))
	}
}
