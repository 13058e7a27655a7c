package outreach

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"
)

func TestComposeFoldsAndEncodes(t *testing.T) {
	subject := strings.Repeat("医師の地域派遣プログラムのお知らせ", 4)
	h := &Header{FromName: "地域医療支援センター事務局", FromAddr: "news@madoguchi.example.jp", To: "doc@example.jp",
		MessageID: "c1.2.1.x@madoguchi.example.jp", Date: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC),
		UnsubscribeURL: "https://madoguchi.example.jp/u/tok", UnsubscribeTo: "news@madoguchi.example.jp", UnsubscribeKey: "tok"}
	var buf bytes.Buffer
	Compose(&buf, h, &Rendered{Subject: subject, Text: "本文\n二行目\n"}, "b")
	for i, line := range strings.Split(buf.String(), "\r\n") {
		if len(line) > 78 && !strings.HasPrefix(line, "List-Unsubscribe:") {
			t.Errorf("line %d has %d characters: %q", i, len(line), line)
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil || got != subject {
		t.Errorf("subject %q (%v)", got, err)
	}
	from, err := msg.Header.AddressList("From")
	if err != nil || from[0].Name != h.FromName || from[0].Address != h.FromAddr {
		t.Errorf("From %v (%v)", from, err)
	}
	if ct := msg.Header.Get("Content-Type"); ct != "text/plain; charset=UTF-8" {
		t.Errorf("Content-Type %q for a text-only campaign", ct)
	}
	var body bytes.Buffer
	if _, err := body.ReadFrom(base64.NewDecoder(base64.StdEncoding, msg.Body)); err != nil {
		t.Fatal(err)
	}
	if body.String() != "本文\r\n二行目\r\n" {
		t.Errorf("body %q", body.String())
	}
}

func TestDKIMWithRSAKeyFile(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "dkim.pem")
	pemBytes := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
	if err := os.WriteFile(path, pemBytes, 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := LoadDKIM("madoguchi.example.jp", "rsa1", path)
	if err != nil {
		t.Fatal(err)
	}
	h := &Header{FromName: "事務局", FromAddr: "news@madoguchi.example.jp", To: "doc@example.jp", MessageID: "x@y",
		Date: time.Now(), UnsubscribeURL: "https://madoguchi.example.jp/u/t", UnsubscribeTo: "news@madoguchi.example.jp",
		UnsubscribeKey: "t", ListID: "campaign-1.madoguchi.example.jp", LedgerToken: "1-abc"}
	var buf bytes.Buffer
	Compose(&buf, h, &Rendered{Subject: "お知らせ", Text: "本文", HTML: "<p>本文</p>"}, "b")
	signed, err := d.Sign(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	verify := func(msg []byte) error {
		v, err := dkim.VerifyWithOptions(bytes.NewReader(msg), &dkim.VerifyOptions{LookupTXT: func(string) ([]string, error) {
			return []string{"v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(pub)}, nil
		}})
		if err != nil {
			return err
		}
		if len(v) != 1 {
			t.Fatalf("%d signatures", len(v))
		}
		return v[0].Err
	}
	if err := verify(signed); err != nil {
		t.Fatalf("signature does not verify: %v", err)
	}
	tampered := bytes.Replace(signed, []byte("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), []byte("List-Unsubscribe-Post: nothing"), 1)
	if err := verify(tampered); err == nil {
		t.Error("a changed List-Unsubscribe-Post still verifies")
	}
}

func TestTokens(t *testing.T) {
	s := testSigner(t)
	other, _ := NewSigner([]byte("another-secret-key-0123456789abcdef"))
	tok := s.UnsubscribeToken(42, "Doc@Example.jp")
	if id, ok := ParseUnsubscribeToken(tok); !ok || id != 42 {
		t.Fatalf("parse %q: %d %v", tok, id, ok)
	}
	cases := []struct {
		name  string
		ok    bool
		check func() bool
	}{
		{"same address, any case", true, func() bool { return s.VerifyUnsubscribe(tok, 42, "doc@example.jp") }},
		{"other address", false, func() bool { return s.VerifyUnsubscribe(tok, 42, "x@example.jp") }},
		{"other subscriber", false, func() bool { return s.VerifyUnsubscribe(tok, 43, "doc@example.jp") }},
		{"other key", false, func() bool { return other.VerifyUnsubscribe(tok, 42, "doc@example.jp") }},
	}
	for _, tc := range cases {
		if got := tc.check(); got != tc.ok {
			t.Errorf("%s: %v", tc.name, got)
		}
	}
	addr := s.BounceAddress(1234, "bounce.example.jp")
	if id, ok := s.ParseBounceAddress(addr); !ok || id != 1234 {
		t.Errorf("bounce address %q: %d %v", addr, id, ok)
	}
	if _, ok := other.ParseBounceAddress(addr); ok {
		t.Error("bounce address verifies under another key")
	}
	if _, ok := s.ParseBounceAddress(strings.Replace(addr, "1234", "1235", 1)); ok {
		t.Error("altered bounce address verifies")
	}
	dir := t.TempDir()
	k1, err := LoadSecret("", dir)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := LoadSecret("", dir)
	if err != nil || !bytes.Equal(k1, k2) || len(k1) < 32 {
		t.Errorf("generated key not kept: %q %q %v", k1, k2, err)
	}
	if fi, err := os.Stat(filepath.Join(dir, SecretFile)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v (%v)", fi.Mode(), err)
	}
}

// A line break or another control character in the sender's name
// (org.name comes from the operator's file) must neither start a field of
// its own nor break the header.
func TestComposeKeepsLineBreaksOutOfHeaders(t *testing.T) {
	for _, name := range []string{"Secretariat\r\nBcc: all@example.org", "Secretariat\r\nMedical Office", "Secretariat\nMedical Office", "Bell\a"} {
		h := &Header{FromName: name, FromAddr: "news@madoguchi.example.jp", To: "doc@example.jp",
			MessageID: "m@madoguchi.example.jp", Date: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC),
			UnsubscribeURL: "https://madoguchi.example.jp/u/tok"}
		var buf bytes.Buffer
		Compose(&buf, h, &Rendered{Subject: "s", Text: "t"}, "b")
		msg, err := mail.ReadMessage(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%q: %v", name, err)
		}
		if bcc := msg.Header.Get("Bcc"); bcc != "" {
			t.Errorf("%q: a Bcc field was injected: %q", name, bcc)
		}
		from, err := msg.Header.AddressList("From")
		if err != nil || len(from) != 1 || from[0].Name != name {
			t.Errorf("%q: From %v (%v)", name, from, err)
		}
	}
}
