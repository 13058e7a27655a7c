// Package termtable writes tab-separated rows as aligned columns for a
// terminal, counting East Asian wide characters (kanji, kana, full-width
// forms) as two columns, which text/tabwriter does not.
package termtable

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Writer buffers rows written to it (cells separated by '\t', rows by
// '\n') and writes them aligned on Flush.
type Writer struct {
	w   io.Writer
	buf bytes.Buffer
	pad int
}

// New returns a Writer that separates columns by two spaces.
func New(w io.Writer) *Writer { return &Writer{w: w, pad: 2} }

// Write buffers p.
func (t *Writer) Write(p []byte) (int, error) { return t.buf.Write(p) }

// Flush writes the buffered rows, aligned, and empties the buffer.
func (t *Writer) Flush() error {
	text := strings.TrimSuffix(t.buf.String(), "\n")
	t.buf.Reset()
	if text == "" {
		return nil
	}
	var rows [][]string
	var widths []int
	for _, line := range strings.Split(text, "\n") {
		cells := strings.Split(line, "\t")
		for i, c := range cells {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], Width(c))
		}
		rows = append(rows, cells)
	}
	var out strings.Builder
	for _, cells := range rows {
		for i, c := range cells {
			out.WriteString(c)
			if i < len(cells)-1 {
				out.WriteString(strings.Repeat(" ", widths[i]-Width(c)+t.pad))
			}
		}
		out.WriteByte('\n')
	}
	_, err := io.WriteString(t.w, out.String())
	return err
}

// Width returns the number of terminal columns s takes.
func Width(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			if r >= 0x20 {
				n++
			}
		}
	}
	return n
}
