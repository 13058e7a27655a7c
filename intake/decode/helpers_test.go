package decode

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime/quotedprintable"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// enc encodes s with e, failing the test when s has no encoding.
func enc(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func jis(t testing.TB, s string) []byte  { return enc(t, japanese.ISO2022JP, s) }
func sjis(t testing.TB, s string) []byte { return enc(t, japanese.ShiftJIS, s) }
func eucjp(t testing.TB, s string) []byte {
	return enc(t, japanese.EUCJP, s)
}

// buildMail joins header lines and a body with CRLF line ends.
func buildMail(headers []string, body []byte) []byte {
	var b bytes.Buffer
	for _, h := range headers {
		b.WriteString(h)
		b.WriteString("\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// textMail is a one-part mail with the given Content-Type line (none when
// empty) and Content-Transfer-Encoding.
func textMail(contentType, cte string, body []byte) []byte {
	h := []string{
		"From: sender@example.jp",
		"To: md@example.org",
		"Subject: test",
		"Date: Mon, 12 Oct 2020 09:41:27 +0900",
		"Message-ID: <t1@example.jp>",
		"MIME-Version: 1.0",
	}
	if contentType != "" {
		h = append(h, "Content-Type: "+contentType)
	}
	if cte != "" {
		h = append(h, "Content-Transfer-Encoding: "+cte)
	}
	switch strings.ToLower(cte) {
	case "base64":
		body = []byte(wrap76(base64.StdEncoding.EncodeToString(body)))
	case "quoted-printable":
		var qp bytes.Buffer
		w := quotedprintable.NewWriter(&qp)
		w.Write(body)
		w.Close()
		body = qp.Bytes()
	}
	return buildMail(h, body)
}

func wrap76(s string) string {
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76])
		b.WriteString("\r\n")
		s = s[76:]
	}
	b.WriteString(s)
	return b.String()
}

// bword makes an RFC 2047 B encoded-word from raw bytes.
func bword(charset string, b []byte) string {
	return fmt.Sprintf("=?%s?B?%s?=", charset, base64.StdEncoding.EncodeToString(b))
}

// pct percent-encodes every byte, as RFC 2231 values are.
func pct(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		fmt.Fprintf(&s, "%%%02X", c)
	}
	return s.String()
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func mustParse(t testing.TB, raw []byte) *Message {
	t.Helper()
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return m
}

func hasProblem(m *Message, substr string) bool {
	for _, p := range m.Problems {
		if strings.Contains(p, substr) {
			return true
		}
	}
	return false
}
