package decode

import "strings"

// unflow undoes RFC 3676 format=flowed on decoded text (LF line ends): a line
// ending in a space is joined with the next line of the same quote depth;
// with delSp the trailing space is deleted (Japanese text has no spaces
// between words). Space-stuffing is removed, quote depth is kept and the
// signature separator "-- " is never joined.
func unflow(s string, delSp bool) string {
	trailing := strings.HasSuffix(s, "\n")
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	var b strings.Builder
	b.Grow(len(s))
	open := false // the previous line was a soft break
	openDepth := 0
	for _, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		content := line[depth:]
		if strings.HasPrefix(content, " ") {
			content = content[1:] // space-stuffing (or the space after '>')
		}
		if open && depth != openDepth {
			b.WriteByte('\n') // a quote-depth change ends a flowed paragraph
			open = false
		}
		if !open {
			if depth > 0 {
				b.WriteString(strings.Repeat(">", depth))
				b.WriteByte(' ')
			}
		}
		soft := strings.HasSuffix(content, " ") && content != "-- "
		if soft && delSp {
			content = content[:len(content)-1]
		}
		b.WriteString(content)
		if soft {
			open, openDepth = true, depth
			continue
		}
		open = false
		b.WriteByte('\n')
	}
	out := strings.TrimSuffix(b.String(), "\n")
	if trailing {
		out += "\n"
	}
	return out
}
