package intake

import (
	"context"
	"net/mail"
	"strings"

	"github.com/md2-rm/madoguchi/intake/decode"
	"github.com/md2-rm/madoguchi/store"
)

// CampaignMail is what intake asks of the campaign side when a bounce or an
// unsubscribe request answers campaign mail. Both methods run inside the
// transaction that stores the mail.
type CampaignMail interface {
	// Bounce ties a bounce to the campaign mail that token names (an
	// envelope sender bounce+…@ or an X-Madoguchi-Ledger value) and counts it
	// for that recipient. ok is false when the token is not ours.
	Bounce(ctx context.Context, q store.Execer, token, status string, hard bool) (ok bool, err error)
	// UnsubscribeBySubject honours a List-Unsubscribe mailto request whose
	// subject carries a recipient's token; ok is false when it carries none.
	UnsubscribeBySubject(ctx context.Context, q store.Execer, subject string) (ok bool, err error)
	// Unsubscribe ends every campaign subscription of addr.
	Unsubscribe(ctx context.Context, q store.Execer, addr, source string) error
}

// ledgerHeader names the campaign recipient a campaign mail was sent to.
const ledgerHeader = "X-Madoguchi-Ledger"

// ledgerTokens finds what ties a bounce to campaign mail: the VERP address
// it was sent back to (bounce+…@, in the recipient headers) and the ledger
// header of the returned mail, whether attached whole or as its headers.
func ledgerTokens(m *decode.Message) []string {
	if m == nil {
		return nil
	}
	var tokens []string
	seen := map[string]bool{}
	add := func(t string) {
		t = strings.TrimSpace(t)
		if t != "" && !seen[t] {
			seen[t] = true
			tokens = append(tokens, t)
		}
	}
	for _, key := range []string{"To", "Delivered-To", "X-Original-To", "Envelope-To"} {
		for _, v := range m.Header[key] {
			addrs, err := mail.ParseAddressList(v)
			if err != nil {
				addrs = []*mail.Address{{Address: strings.Trim(strings.TrimSpace(v), "<>")}}
			}
			for _, a := range addrs {
				if strings.HasPrefix(strings.ToLower(a.Address), "bounce+") {
					add(a.Address)
				}
			}
		}
	}
	var walk func(m *decode.Message, depth int)
	walk = func(m *decode.Message, depth int) {
		for _, v := range m.Header[ledgerHeader] {
			add(v)
		}
		for _, a := range m.Attachments {
			if a.Message != nil && depth < 3 {
				walk(a.Message, depth+1)
			}
			// A returned text/rfc822-headers part arrives as an attachment
			// holding only the header block.
			if strings.EqualFold(a.ContentType, "text/rfc822-headers") {
				addHeaderLines(a.Data, add)
			}
		}
	}
	walk(m, 0)
	addHeaderLines([]byte(m.Text), add)
	return tokens
}

// addHeaderLines adds the value of every ledger header line in text.
func addHeaderLines(text []byte, add func(string)) {
	prefix := strings.ToLower(ledgerHeader) + ":"
	for _, line := range strings.Split(string(text), "\n") {
		line = strings.TrimSpace(line)
		if len(line) > len(prefix) && strings.ToLower(line[:len(prefix)]) == prefix {
			add(line[len(prefix):])
		}
	}
}
