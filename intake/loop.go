package intake

import (
	"mime"
	"strings"

	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
)

// mustNotAnswer returns why a mail must not be answered automatically (an
// empty string when it may be): robustness D1–D3. rcpt is the address the
// answer would go to.
func (p *Processor) mustNotAnswer(parsed *Parsed, rcpt string) string {
	if rcpt == "" || !strings.Contains(rcpt, "@") {
		return "no address to answer"
	}
	m := parsed.Message
	if m == nil {
		return "no header"
	}
	get := func(k string) (string, bool) {
		v, ok := m.Header[k]
		if !ok || len(v) == 0 {
			return "", ok
		}
		return strings.ToLower(strings.TrimSpace(v[0])), true
	}
	if v, ok := get("Auto-Submitted"); ok && v != "no" {
		return "Auto-Submitted: " + v
	}
	if v, _ := get("Precedence"); v == "bulk" || v == "list" || v == "junk" || v == "auto_reply" {
		return "Precedence: " + v
	}
	// A report (RFC 6522: delivery status, read receipt, abuse feedback)
	// is written by a program, whatever the parser made of it.
	if v, _ := get("Content-Type"); strings.HasPrefix(v, "multipart/report") {
		return "Content-Type: multipart/report"
	}
	for _, k := range []string{"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "List-Id", "List-Unsubscribe", "X-Mailing-List", "X-Failed-Recipients"} {
		if _, ok := m.Header[k]; ok {
			return k + " header"
		}
	}
	for _, v := range m.Header[outbox.LoopHeader] {
		if p.isOwn(strings.TrimSpace(v)) {
			return "our own X-Loop"
		}
	}
	if v, ok := get("Return-Path"); ok && (v == "<>" || v == "") {
		return "empty return path"
	}
	from := ""
	if m.From != nil {
		from = store.NormalizeEmail(m.From.Address)
	}
	if l := strings.ToLower(localPart(from)); l == "mailer-daemon" || l == "postmaster" {
		return "automatic sender " + l
	}
	// A form relay writes from a no-reply address and names the person in
	// the body: then the answer goes to the person. Otherwise the sender is
	// a program.
	for _, a := range []string{from, rcpt} {
		if a == "" || (a == from && from != rcpt) {
			continue
		}
		if robotAddress(a) {
			return "automatic sender " + localPart(a)
		}
	}
	if p.isOwn(from) || p.isOwn(rcpt) {
		return "our own address"
	}
	return ""
}

func (p *Processor) isOwn(addr string) bool {
	addr = store.NormalizeEmail(strings.Trim(addr, "<>"))
	if addr == "" {
		return false
	}
	for _, o := range p.Own {
		if store.NormalizeEmail(o) == addr {
			return true
		}
	}
	return false
}

func localPart(addr string) string {
	l, _, _ := strings.Cut(addr, "@")
	return l
}

// robotAddress reports addresses that belong to programs, not people.
func robotAddress(addr string) bool {
	l := strings.ToLower(localPart(addr))
	l = strings.NewReplacer("-", "", "_", "", ".", "").Replace(l)
	switch {
	case l == "mailerdaemon", l == "postmaster", l == "listserv", l == "majordomo":
		return true
	case strings.HasPrefix(l, "noreply"), strings.HasPrefix(l, "donotreply"), strings.HasPrefix(l, "bounce"),
		strings.HasSuffix(l, "noreply"):
		return true
	}
	return false
}

// mimeDecoder decodes RFC 2047 words in a header value, keeping the value as
// it is when it cannot.
type mimeDecoder struct{}

func (mimeDecoder) decode(s string) string {
	d := mime.WordDecoder{}
	if v, err := d.DecodeHeader(s); err == nil {
		return v
	}
	return s
}
