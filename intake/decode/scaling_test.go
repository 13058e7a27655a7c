package decode

import (
	"fmt"
	"strings"
	"testing"
)

// hostile builds mails of about n bytes that would take quadratic time in a
// naive decoder: unterminated encoded-words, parameters without values,
// thousands of block elements and addresses, long JIS runs broken by line
// ends.
func hostile(kind string, n int) []byte {
	rep := func(s string) string { return strings.Repeat(s, n/len(s)) }
	switch kind {
	case "encoded-word starts":
		return buildMail([]string{"From: a@example.jp", "Subject: " + rep("=?c?B?X")}, []byte("x"))
	case "bare parameters":
		return buildMail([]string{"From: a@example.jp", "Content-Type: text/plain; " + rep("a;")}, []byte("x"))
	case "html blocks":
		return textMail("text/html; charset=utf-8", "8bit", []byte(rep("<br>")+rep("<p>")))
	case "bounce addresses":
		var b strings.Builder
		b.WriteString("This message was created automatically by mail delivery software.\n")
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "  user%d@example.com\n", i)
		}
		return buildMail([]string{"From: Mailer-Daemon@example.com", "Subject: Mail delivery failed"}, []byte(b.String()))
	case "broken JIS runs":
		return textMail("text/plain; charset=iso-2022-jp", "7bit", []byte(rep("\x1b$B0e\n;U")))
	case "many parts":
		return buildMail([]string{"From: a@example.jp", `Content-Type: multipart/mixed; boundary="b"`},
			[]byte(rep("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n")+"--b--\r\n"))
	case "deep nesting":
		var b strings.Builder
		b.WriteString("From: a@example.jp\r\n")
		for i := 0; b.Len() < n/2; i++ {
			fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n", i, i)
		}
		return []byte(b.String() + rep("x"))
	}
	panic(kind)
}

var hostileKinds = []string{"encoded-word starts", "bare parameters", "html blocks", "bounce addresses", "broken JIS runs", "many parts", "deep nesting"}

// BenchmarkHostile parses each hostile mail at two sizes; the time per byte
// must stay flat from one size to the next (linear time).
func BenchmarkHostile(b *testing.B) {
	for _, kind := range hostileKinds {
		for _, n := range []int{128 << 10, 1 << 20} {
			raw := hostile(kind, n)
			b.Run(fmt.Sprintf("%s/%dKiB", kind, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(raw)))
				for b.Loop() {
					if _, err := Parse(raw, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestHostileInputs checks that the hostile mails decode to sound results.
func TestHostileInputs(t *testing.T) {
	for _, kind := range hostileKinds {
		m := mustParse(t, hostile(kind, 20<<10))
		switch kind {
		case "bounce addresses":
			if m.Report == nil || len(m.Report.Recipients) < 500 {
				t.Errorf("%s: report %v", kind, m.Report != nil)
			}
		case "broken JIS runs":
			if !strings.HasPrefix(m.Text, "医\n師医\n師") || m.InvalidChars != 0 {
				t.Errorf("%s: Text starts %q, %d invalid", kind, head(m.Text), m.InvalidChars)
			}
		}
	}
}
