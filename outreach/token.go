package outreach

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Signer makes and checks the HMAC-signed tokens in campaign mail: the
// per-recipient unsubscribe token and the ledger token in the bounce
// address.
type Signer struct {
	unsub  []byte
	ledger []byte
}

// NewSigner derives the token keys from the secret key.
func NewSigner(secret []byte) (*Signer, error) {
	if len(secret) < 16 {
		return nil, errors.New("outreach: secret key shorter than 16 bytes")
	}
	derive := func(purpose string) []byte {
		m := hmac.New(sha256.New, secret)
		m.Write([]byte("madoguchi/outreach/" + purpose))
		return m.Sum(nil)
	}
	return &Signer{unsub: derive("unsubscribe"), ledger: derive("ledger")}, nil
}

func mac(key []byte, parts ...string) []byte {
	m := hmac.New(sha256.New, key)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return m.Sum(nil)
}

// UnsubscribeToken returns the token for a subscriber's address. Subscriber
// 0 is a test send: its token is valid but unsubscribes nobody.
func (s *Signer) UnsubscribeToken(subscriberID int64, email string) string {
	id := strconv.FormatInt(subscriberID, 36)
	return id + "." + base64.RawURLEncoding.EncodeToString(mac(s.unsub, id, NormalizeForToken(email))[:16])
}

// NormalizeForToken is the form of an address the tokens sign.
func NormalizeForToken(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// ParseUnsubscribeToken returns the subscriber id a token names, without
// checking it; Verify checks it against the subscriber's address.
func ParseUnsubscribeToken(token string) (int64, bool) {
	id, _, ok := strings.Cut(token, ".")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(id, 36, 64)
	if err != nil || n < 0 {
		return 0, false
	}
	return n, true
}

// VerifyUnsubscribe reports whether token was made for the subscriber and address.
func (s *Signer) VerifyUnsubscribe(token string, subscriberID int64, email string) bool {
	want := s.UnsubscribeToken(subscriberID, email)
	return hmac.Equal([]byte(token), []byte(want))
}

// LedgerToken ties a sent mail to its ledger row: "<row>-<mac>".
func (s *Signer) LedgerToken(rowID int64) string {
	id := strconv.FormatInt(rowID, 10)
	return id + "-" + hex.EncodeToString(mac(s.ledger, id)[:5])
}

// ParseLedgerToken checks a ledger token and returns its row id.
func (s *Signer) ParseLedgerToken(token string) (int64, bool) {
	id, _, ok := strings.Cut(token, "-")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	if !hmac.Equal([]byte(token), []byte(s.LedgerToken(n))) {
		return 0, false
	}
	return n, true
}

// BounceAddress is the envelope sender (VERP) of a campaign mail:
// bounce+<ledger token>@domain.
func (s *Signer) BounceAddress(rowID int64, domain string) string {
	return "bounce+" + s.LedgerToken(rowID) + "@" + domain
}

// ParseBounceAddress returns the ledger row named by a bounce address (the
// recipient of a delivery status notification), or false.
func (s *Signer) ParseBounceAddress(addr string) (int64, bool) {
	local, _, ok := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	if !ok {
		return 0, false
	}
	tok, ok := strings.CutPrefix(local, "bounce+")
	if !ok {
		return 0, false
	}
	return s.ParseLedgerToken(tok)
}

// SecretFile is the name of the generated key in the data directory.
const SecretFile = "secret_key"

// LoadSecret returns the configured secret key, or the one generated into
// the data directory (creating it on first use).
func LoadSecret(configured, dataDir string) ([]byte, error) {
	if configured != "" {
		return []byte(configured), nil
	}
	path := filepath.Join(dataDir, SecretFile)
	b, err := os.ReadFile(path)
	if err == nil {
		k := strings.TrimSpace(string(b))
		if len(k) < 32 {
			return nil, fmt.Errorf("outreach: %s is too short", path)
		}
		return []byte(k), nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("outreach: secret key: %w", err)
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, fmt.Errorf("outreach: secret key: %w", err)
	}
	k := hex.EncodeToString(raw)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return LoadSecret("", dataDir)
	}
	if err != nil {
		return nil, fmt.Errorf("outreach: secret key: %w", err)
	}
	if _, err := f.WriteString(k + "\n"); err != nil {
		f.Close()
		return nil, fmt.Errorf("outreach: secret key: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("outreach: secret key: %w", err)
	}
	return []byte(k), nil
}
