package decode

import (
	"errors"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes to Parse, seeded with the sample corpus.
// Parse must never panic, must fail only with ErrNotMail, and must return
// valid UTF-8 with no raw escape or NUL bytes, within size bounds.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join(samplesDir, "*.eml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("Subject: =?ISO-2022-JP?B?GyRCMGU7VRsoQg==?=\r\n\r\n\x1b$B0e;U\x1b(B"))
	f.Add(nested(20))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(raw, Options{MaxDepth: 8, MaxParts: 200})
		if err != nil {
			if !errors.Is(err, ErrNotMail) || m != nil {
				t.Fatalf("Parse = %v, %v", m, err)
			}
			return
		}
		check := func(field, s string) {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", field, s)
			}
		}
		check("Subject", m.Subject)
		check("Text", m.Text)
		check("HTML", m.HTML)
		if strings.ContainsAny(m.Text, "\x00\x1b") || strings.ContainsAny(m.Subject, "\x00\x1b") {
			t.Fatalf("raw NUL or ESC in output: %q / %q", m.Subject, m.Text)
		}
		for k, vs := range m.Header {
			for _, v := range vs {
				check("Header "+k, v)
			}
		}
		all := append(append(append([]*mail.Address{}, m.To...), m.Cc...), m.ReplyTo...)
		if m.From != nil {
			all = append(all, m.From)
		}
		for _, a := range all {
			check("address name", a.Name)
			check("address", a.Address)
		}
		for _, a := range m.Attachments {
			check("Filename", a.Filename)
			check("ContentType", a.ContentType)
			if int64(len(a.Data)) > a.Size {
				t.Fatalf("attachment keeps %d bytes of %d", len(a.Data), a.Size)
			}
		}
		if len(m.Text) > 3*len(raw)+16 {
			t.Fatalf("Text is %d bytes for a %d-byte mail", len(m.Text), len(raw))
		}
		check("MessageID", m.MessageID)
		for _, id := range append(append([]string{}, m.InReplyTo...), m.References...) {
			check("message id", id)
		}
		for _, p := range m.Problems {
			check("Problem", p)
		}
		if m.Report != nil {
			for _, r := range m.Report.Recipients {
				check("recipient", r.Address+r.Action+r.Status+r.Diagnostic)
			}
		}
		if len(m.Problems) > 100 {
			t.Fatalf("%d problems", len(m.Problems))
		}
	})
}
