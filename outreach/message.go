package outreach

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-msgauth/dkim"
)

// Envelope is one composed mail: its SMTP envelope and bytes.
type Envelope struct {
	From      string // envelope sender (the bounce address)
	To        string
	MessageID string
	Data      []byte
}

// Header describes the headers of one campaign mail.
type Header struct {
	FromName       string
	FromAddr       string
	To             string
	Subject        string
	MessageID      string // without angle brackets
	Date           time.Time
	UnsubscribeURL string // https link; also the RFC 8058 one-click POST target
	UnsubscribeTo  string // mailto address for List-Unsubscribe
	UnsubscribeKey string // token put in the mailto subject
	ListID         string // e.g. "campaign-3.example.jp"
	LedgerToken    string // X-Madoguchi-Ledger
}

// Compose writes a multipart/alternative UTF-8 mail (text, and HTML when
// given) with base64 parts, into buf, which it resets.
func Compose(buf *bytes.Buffer, h *Header, r *Rendered, boundary string) {
	buf.Reset()
	writeHeader(buf, "From", encodeDisplay(h.FromName)+" <"+h.FromAddr+">")
	writeHeader(buf, "To", "<"+h.To+">")
	writeHeader(buf, "Subject", mime.BEncoding.Encode("UTF-8", r.Subject))
	writeHeader(buf, "Date", h.Date.Format(time.RFC1123Z))
	writeHeader(buf, "Message-ID", "<"+h.MessageID+">")
	writeHeader(buf, "MIME-Version", "1.0")
	if h.ListID != "" {
		writeHeader(buf, "List-Id", "<"+h.ListID+">")
	}
	lu := "<" + h.UnsubscribeURL + ">"
	if h.UnsubscribeTo != "" {
		lu += ", <mailto:" + h.UnsubscribeTo + "?subject=" + url.PathEscape("unsubscribe "+h.UnsubscribeKey) + ">"
	}
	writeHeader(buf, "List-Unsubscribe", lu)
	writeHeader(buf, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
	writeHeader(buf, "Precedence", "bulk")
	if h.LedgerToken != "" {
		writeHeader(buf, "X-Madoguchi-Ledger", h.LedgerToken)
	}
	if r.HTML == "" {
		writeHeader(buf, "Content-Type", "text/plain; charset=UTF-8")
		writeHeader(buf, "Content-Transfer-Encoding", "base64")
		buf.WriteString("\r\n")
		writeBase64(buf, r.Text)
		return
	}
	writeHeader(buf, "Content-Type", `multipart/alternative; boundary="`+boundary+`"`)
	buf.WriteString("\r\n")
	for _, part := range []struct{ ctype, body string }{
		{"text/plain; charset=UTF-8", r.Text},
		{"text/html; charset=UTF-8", r.HTML},
	} {
		buf.WriteString("--" + boundary + "\r\n")
		writeHeader(buf, "Content-Type", part.ctype)
		writeHeader(buf, "Content-Transfer-Encoding", "base64")
		buf.WriteString("\r\n")
		writeBase64(buf, part.body)
	}
	buf.WriteString("--" + boundary + "--\r\n")
}

// writeHeader writes one field, folding between encoded words so that no
// line exceeds 78 characters where it can be avoided.
func writeHeader(buf *bytes.Buffer, name, value string) {
	buf.WriteString(name)
	buf.WriteByte(':')
	line := len(name) + 1
	for _, w := range strings.Split(value, " ") {
		if line > 1 && line+1+len(w) > 78 {
			buf.WriteString("\r\n")
			line = 0
		}
		buf.WriteByte(' ')
		buf.WriteString(w)
		line += 1 + len(w)
	}
	buf.WriteString("\r\n")
}

func encodeDisplay(name string) string {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= 0x7f || c < ' ' || strings.ContainsRune(`"(),:;<>@[\]`, rune(c)) {
			return mime.BEncoding.Encode("UTF-8", name)
		}
	}
	return name
}

// writeBase64 writes s as base64 in lines of 76 characters.
func writeBase64(buf *bytes.Buffer, s string) {
	const lineBytes = 57 // 76 encoded characters
	var enc [76]byte
	normalized := strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
	b := []byte(normalized)
	for len(b) > 0 {
		n := min(lineBytes, len(b))
		m := base64.StdEncoding.EncodedLen(n)
		base64.StdEncoding.Encode(enc[:m], b[:n])
		buf.Write(enc[:m])
		buf.WriteString("\r\n")
		b = b[n:]
	}
}

// DKIM signs campaign mail.
type DKIM struct {
	opts dkim.SignOptions
}

// dkimHeaders are the fields signed: a short list (see docs/outreach.md).
func dkimHeaders() []string {
	return []string{"From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
		"List-Unsubscribe", "List-Unsubscribe-Post"}
}

// LoadDKIM reads a PEM private key (RSA in PKCS#1 or PKCS#8, or Ed25519 in
// PKCS#8) for signing as selector._domainkey.domain.
func LoadDKIM(domain, selector, keyFile string) (*DKIM, error) {
	b, err := os.ReadFile(keyFile)
	if err != nil {
		return nil, fmt.Errorf("outreach: DKIM key: %w", err)
	}
	block, _ := pem.Decode(b)
	if block == nil {
		return nil, fmt.Errorf("outreach: DKIM key %s: no PEM block", keyFile)
	}
	var signer crypto.Signer
	switch block.Type {
	case "RSA PRIVATE KEY":
		signer, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "PRIVATE KEY":
		var k any
		k, err = x509.ParsePKCS8PrivateKey(block.Bytes)
		if err == nil {
			switch k := k.(type) {
			case *rsa.PrivateKey:
				signer = k
			case ed25519.PrivateKey:
				signer = k
			default:
				err = fmt.Errorf("unsupported key type %T", k)
			}
		}
	default:
		err = fmt.Errorf("unsupported PEM block %q", block.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("outreach: DKIM key %s: %w", keyFile, err)
	}
	return NewDKIM(domain, selector, signer)
}

// NewDKIM returns a signer for the key.
func NewDKIM(domain, selector string, key crypto.Signer) (*DKIM, error) {
	if domain == "" || selector == "" {
		return nil, errors.New("outreach: DKIM needs a domain and a selector")
	}
	return &DKIM{opts: dkim.SignOptions{
		Domain:                 domain,
		Selector:               selector,
		Signer:                 key,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed,
		BodyCanonicalization:   dkim.CanonicalizationRelaxed,
		HeaderKeys:             dkimHeaders(),
	}}, nil
}

// Sign returns msg with a DKIM-Signature field prepended.
func (d *DKIM) Sign(msg []byte) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(msg) + 512)
	opts := d.opts
	if err := dkim.Sign(&out, bytes.NewReader(msg), &opts); err != nil {
		return nil, fmt.Errorf("outreach: DKIM sign: %w", err)
	}
	return out.Bytes(), nil
}

// messageID returns a unique Message-ID for one send of a ledger row.
func messageID(runID, rowID int64, attempt int, nonce uint64, domain string) string {
	return "c" + strconv.FormatInt(runID, 10) + "." + strconv.FormatInt(rowID, 10) + "." +
		strconv.Itoa(attempt) + "." + strconv.FormatUint(nonce, 36) + "@" + domain
}
