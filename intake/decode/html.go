package decode

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText renders HTML as readable plain text: block elements and <br>
// become line breaks, entities are decoded, whitespace collapses as a
// browser would, and script, style and head content is dropped. It runs in
// one pass over the tokens, so its cost is linear in the input.
func htmlToText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src) / 2)
	skip := 0 // depth inside script/style/head/title
	pre := 0  // depth inside pre/textarea
	pendingSpace := false
	newline := func(n int) {
		pendingSpace = false
		s := b.String()
		have := 0
		for i := len(s) - 1; i >= 0 && s[i] == '\n' && have < n; i-- {
			have++
		}
		if b.Len() == 0 {
			return
		}
		for ; have < n; have++ {
			b.WriteByte('\n')
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return strings.TrimSpace(tidyLines(b.String()))
		case html.TextToken:
			if skip > 0 {
				continue
			}
			text := string(z.Text())
			if pre > 0 {
				b.WriteString(text)
				continue
			}
			text = strings.ReplaceAll(text, "\u00a0", " ")
			for i, f := range strings.Fields(text) {
				if i > 0 || (pendingSpace || startsWithSpace(text)) && !atLineStart(&b) {
					b.WriteByte(' ')
				}
				b.WriteString(f)
				pendingSpace = false
			}
			if strings.TrimSpace(text) == "" && text != "" {
				pendingSpace = true
			} else if endsWithSpace(text) {
				pendingSpace = true
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			end := tt == html.EndTagToken
			switch a {
			case atom.Script, atom.Style, atom.Head, atom.Title, atom.Noscript, atom.Template:
				if tt == html.SelfClosingTagToken {
					continue
				}
				if end {
					if skip > 0 {
						skip--
					}
				} else {
					skip++
				}
				continue
			case atom.Pre, atom.Textarea:
				if end {
					if pre > 0 {
						pre--
					}
				} else if tt == html.StartTagToken {
					pre++
				}
				newline(1)
			case atom.Br:
				pendingSpace = false
				b.WriteByte('\n')
			case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Blockquote, atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Hr:
				newline(2)
			case atom.Div, atom.Li, atom.Tr, atom.Dt, atom.Dd, atom.Section,
				atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Aside,
				atom.Address, atom.Form, atom.Fieldset, atom.Center, atom.Caption,
				atom.Body, atom.Html, atom.Main, atom.Figure, atom.Figcaption:
				newline(1)
			case atom.Td, atom.Th:
				if !end && !atLineStart(&b) {
					b.WriteByte('\t')
					pendingSpace = false
				}
			case atom.Img:
				if alt, ok := attr(z, "alt"); ok && alt != "" && skip == 0 {
					b.WriteString(alt)
				}
			}
		}
	}
}

func attr(z *html.Tokenizer, name string) (string, bool) {
	for {
		k, v, more := z.TagAttr()
		if string(k) == name {
			return string(v), true
		}
		if !more {
			return "", false
		}
	}
}

func atLineStart(b *strings.Builder) bool {
	s := b.String()
	return len(s) == 0 || s[len(s)-1] == '\n'
}

func startsWithSpace(s string) bool {
	return s != "" && strings.TrimLeft(s, " \t\r\n\u00a0") != s
}

func endsWithSpace(s string) bool {
	return s != "" && strings.TrimRight(s, " \t\r\n\u00a0") != s
}

// tidyLines trims trailing spaces from lines and collapses runs of more than
// one blank line.
func tidyLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
