package decode

import (
	"bufio"
	"bytes"
	"io"
	"net/mail"
	"regexp"
	"strings"

	"github.com/emersion/go-message/textproto"

	"github.com/md2-rm/madoguchi/internal/ascii"
	"github.com/md2-rm/madoguchi/internal/substr"
)

// deliveryStatus parses a message/delivery-status body (RFC 3464): one
// per-message block, then one block per recipient.
func (p *parser) deliveryStatus(data []byte) {
	text := decodeBody("", data).Text
	blocks := splitBlocks(text)
	if len(blocks) == 0 {
		p.problem("delivery-status: empty")
		return
	}
	if p.msg.Report == nil {
		p.msg.Report = &DeliveryReport{}
	}
	for _, blk := range blocks {
		h, err := textproto.ReadHeader(smallReader(strings.NewReader(blk+"\n\n"), len(blk)+2))
		if err != nil && h.Len() == 0 {
			continue
		}
		addr := dsnAddress(h.Get("Final-Recipient"))
		if addr == "" {
			addr = dsnAddress(h.Get("Original-Recipient"))
		}
		if addr == "" {
			if h.Has("Reporting-Mta") || h.Has("Arrival-Date") {
				continue // the per-message block
			}
			if !h.Has("Action") && !h.Has("Status") {
				continue
			}
		}
		diag := h.Get("Diagnostic-Code")
		if _, after, ok := strings.Cut(diag, ";"); ok && !strings.Contains(diag[:len(diag)-len(after)], " ") {
			diag = after
		}
		diag = strings.Join(strings.Fields(diag), " ")
		status := enhancedStatus.FindString(h.Get("Status"))
		if status == "" {
			status = statusFrom(diag)
		}
		p.msg.Report.Recipients = append(p.msg.Report.Recipients, FailedRecipient{
			Address:    addr,
			Action:     strings.ToLower(strings.TrimSpace(h.Get("Action"))),
			Status:     status,
			Diagnostic: truncate(diag, 500),
		})
	}
}

// splitBlocks splits text at blank lines.
func splitBlocks(s string) []string {
	var out []string
	for _, b := range blankLine.Split(s, -1) {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	return out
}

// dsnAddress extracts the address of "rfc822; user@example.com".
func dsnAddress(v string) string {
	if _, after, ok := strings.Cut(v, ";"); ok {
		v = after
	}
	v = strings.TrimSpace(v)
	v = strings.Trim(v, "<>")
	if !strings.Contains(v, "@") {
		return ""
	}
	return strings.ToLower(v)
}

var (
	blankLine      = regexp.MustCompile(`\n[ \t]*\n`)
	enhancedStatus = regexp.MustCompile(`\b[245]\.\d{1,3}\.\d{1,3}\b`)
	smtpCode       = regexp.MustCompile(`\b[45]\d\d\b`)
	addrRe         = regexp.MustCompile(`[A-Za-z0-9.!#$%&'*+/=?^_{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`)
	// A line naming a failed recipient: an optional short label
	// ("宛先：", "Recipient:"), the address, maybe in angle brackets, then
	// optionally ":" and an explanation.
	recipientLine = regexp.MustCompile(`^(?:[^\s@:：<]{1,20}\s*[:：]\s*)?<?(` + addrRe.String() + `)>?\s*(?:[:：]\s*(.*)|\s+(.*)|)$`)
	// A line quoting an SMTP reply that names the address.
	smtpLine = regexp.MustCompile(`\b[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?.*?<?(` + addrRe.String() + `)>?`)
	// Where the returned copy of the original message starts.
	returnedStart = regexp.MustCompile(`(?i)^(?:return-path|received|message-id|from|to|subject|date)\s*:|^-{2,}.*(?:copy|original|header|message|below|enclosed|元の|ヘッダ|メッセージ|本文)`)
)

// statusKeywords maps typical explanations to an RFC 3463 status.
var statusKeywords = []struct {
	words  []string
	status string
}{
	{[]string{"user unknown", "unknown user", "no such user", "does not exist", "not found", "invalid recipient", "address rejected", "unknown recipient", "存在しません", "宛先不明", "見つかりません", "ユーザーが存在"}, "5.1.1"},
	{[]string{"host not found", "domain not found", "no such domain", "host unknown", "ドメインが存在"}, "5.1.2"},
	{[]string{"mailbox is full", "mailbox full", "quota", "over quota", "insufficient storage", "容量", "いっぱい", "満杯"}, "5.2.2"},
	{[]string{"message too large", "too big", "サイズ"}, "5.3.4"},
}

// statusFrom derives a status from a diagnostic text.
func statusFrom(diag string) string {
	if s := enhancedStatus.FindString(diag); s != "" {
		return s
	}
	lower := strings.ToLower(diag)
	for _, k := range statusKeywords {
		for _, w := range k.words {
			if strings.Contains(lower, w) {
				return k.status
			}
		}
	}
	if c := smtpCode.FindString(diag); c != "" {
		return c[:1] + ".0.0"
	}
	return ""
}

// Markers of plain-text bounces written by common MTAs and Japanese ISPs.
var (
	strongBounceMarkers = []string{
		"this is the qmail-send program",
		"this message was created automatically by mail delivery software",
		"i'm sorry to have to inform you that your message could not",
		"delivery has failed to these recipients",
		"delivery to the following recipient failed",
		"the following addresses had permanent fatal errors",
	}
	bounceMarkers = []string{
		"undeliverable", "undelivered", "delivery failed", "delivery status notification",
		"returned mail", "failure notice", "could not be delivered", "user unknown",
		"mail delivery", "non-delivery", "delivery failure",
		"配送できません", "配信できません", "配信不能", "届きませんでした", "送信できませんでした",
		"配送エラー", "配信エラー", "宛先不明", "エラーメール", "不達",
	}
	daemonLocals = map[string]bool{"mailer-daemon": true, "postmaster": true, "mail-daemon": true, "mailerdaemon": true}
)

// bounce recognises a plain-text bounce when no delivery-status part was
// read, and fills missing data of a report from the human-readable text.
func (p *parser) bounce() {
	m := p.msg
	text := m.Text
	failedHdr := m.Header["X-Failed-Recipients"]

	if m.Report == nil {
		daemon := false
		if m.From != nil {
			local, _, _ := strings.Cut(strings.ToLower(m.From.Address), "@")
			daemon = daemonLocals[local]
		}
		// Bounce texts say what they are near the top; only that much is
		// searched, in either case.
		head := text[:cutUTF8(text, bounceHead)]
		strong := ascii.ContainsAnyFold(head, strongBounceMarkers...)
		weak := daemon && (containsAny(ascii.Lower(head), bounceMarkers) || containsAny(ascii.Lower(m.Subject), bounceMarkers))
		if !(len(failedHdr) > 0 || strong || weak) {
			return
		}
		m.Report = &DeliveryReport{}
	}
	r := m.Report
	if len(r.Recipients) == 0 {
		r.Recipients = textRecipients(text, ownAddresses(m))
	}
	for _, v := range failedHdr {
		for _, a := range addrRe.FindAllString(v, -1) {
			a = strings.ToLower(a)
			if !hasRecipient(r.Recipients, a) {
				r.Recipients = append(r.Recipients, FailedRecipient{Address: a, Action: "failed"})
			}
		}
	}
	human := humanPart(text)
	permanent := strings.Contains(ascii.Lower(human), "permanent")
	humanStatus := ""
	for i := range r.Recipients {
		fr := &r.Recipients[i]
		if fr.Status == "" {
			fr.Status = statusFrom(fr.Diagnostic)
		}
		if fr.Status == "" {
			if humanStatus == "" {
				humanStatus = statusFrom(human) + " " // computed once
			}
			fr.Status = strings.TrimSpace(humanStatus)
		}
		if fr.Status == "" && (permanent || fr.Action == "failed") {
			fr.Status = "5.0.0"
		}
		if fr.Action == "" {
			fr.Action = "failed"
			if strings.HasPrefix(fr.Status, "4") {
				fr.Action = "delayed"
			}
		}
	}
	if r.OriginalMessageID == "" {
		r.OriginalMessageID = originalMessageID(text, m.MessageID)
	}
}

// bounceHead is how many bytes of text are searched for bounce markers.
const bounceHead = 2048

// cutUTF8 returns n, or len(s) if shorter, moved back to a rune boundary.
func cutUTF8(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return n
}

func containsAny(s string, words []string) bool {
	return substr.ContainsAny(s, words...)
}

func hasRecipient(rs []FailedRecipient, addr string) bool {
	for _, r := range rs {
		if r.Address == addr {
			return true
		}
	}
	return false
}

// ownAddresses are the addresses of the bounce itself (its sender and the
// original sender it is returned to), never failed recipients.
func ownAddresses(m *Message) map[string]bool {
	own := map[string]bool{}
	add := func(as ...*mail.Address) {
		for _, a := range as {
			if a != nil && a.Address != "" {
				own[strings.ToLower(a.Address)] = true
			}
		}
	}
	add(m.From)
	add(m.To...)
	add(m.Cc...)
	add(m.ReplyTo...)
	return own
}

// humanPart is the text before the returned copy of the original message.
func humanPart(text string) string {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if t := strings.TrimSpace(line); n > 0 && mayReturnedStart(t) && returnedStart.MatchString(t) {
			return text[:n]
		}
		n += len(line) + 1
		if n > len(text) {
			n = len(text)
		}
	}
	return text
}

// mayReturnedStart is a cheap test that returnedStart needs to pass: the
// line starts with the first letter of one of its header names, in either
// case (an s may be written ſ), or with a dash.
func mayReturnedStart(l string) bool {
	return l != "" && (strings.IndexByte("rmftsdRMFTSD-", l[0]) >= 0 || strings.HasPrefix(l, "\u017f"))
}

// textRecipients finds the failed recipients named in a bounce's
// human-readable text.
func textRecipients(text string, own map[string]bool) []FailedRecipient {
	lines := strings.Split(humanPart(text), "\n")
	var out []FailedRecipient
	seen := map[string]bool{}
	for i, raw := range lines {
		if !strings.Contains(raw, "@") {
			continue // both recipientLine and smtpLine need an address
		}
		line := strings.TrimSpace(strings.ReplaceAll(raw, "\u3000", " "))
		if line == "" {
			continue
		}
		var addr, diag string
		if mm := recipientLine.FindStringSubmatch(line); mm != nil {
			addr = mm[1]
			diag = strings.TrimSpace(mm[2] + mm[3])
			// The explanation follows on indented or labelled lines.
			for j := i + 1; j < len(lines) && j <= i+3; j++ {
				next := strings.TrimSpace(strings.ReplaceAll(lines[j], "\u3000", " "))
				if next == "" {
					if diag != "" {
						break
					}
					continue
				}
				indented := strings.HasPrefix(lines[j], " ") || strings.HasPrefix(lines[j], "\t") || strings.HasPrefix(lines[j], "\u3000")
				if recipientLine.MatchString(next) && !(indented && diag != "") {
					break
				}
				if !indented && diag != "" {
					break
				}
				diag = strings.TrimSpace(diag + " " + stripLabel(next))
				if !indented {
					break
				}
			}
		} else if mm := smtpLine.FindStringSubmatch(line); mm != nil {
			addr, diag = mm[1], line
		} else {
			continue
		}
		addr = strings.ToLower(addr)
		if own[addr] || seen[addr] {
			continue
		}
		seen[addr] = true
		out = append(out, FailedRecipient{
			Address:    addr,
			Status:     statusFrom(diag),
			Diagnostic: truncate(strings.Join(strings.Fields(diag), " "), 500),
		})
	}
	return out
}

// stripLabel removes a short "理由：" or "Reason:" label.
func stripLabel(s string) string {
	for _, sep := range []string{"：", ":"} {
		if i := strings.Index(s, sep); i > 0 && i <= 24 && !strings.ContainsAny(s[:i], "@ ") {
			return strings.TrimSpace(s[i+len(sep):])
		}
	}
	return s
}

var messageIDLine = regexp.MustCompile(`(?im)^\s*message-id:\s*<([^<>\s]+)>`)

// smallReader buffers r, which holds n bytes, in no more than n bytes and
// the default 4 KiB: textproto.ReadHeader joins the pieces of a line longer
// than the buffer, so its size changes only the number of reads.
func smallReader(r io.Reader, n int) *bufio.Reader {
	return bufio.NewReaderSize(r, min(n, 4096))
}

// originalMessageID finds the Message-ID of the returned original message.
func originalMessageID(text, own string) string {
	for _, mm := range messageIDLine.FindAllStringSubmatch(text, -1) {
		if mm[1] != own {
			return mm[1]
		}
	}
	return ""
}

// originalFromHeaders reads the Message-ID of a text/rfc822-headers or
// message/rfc822 part of a report.
func originalFromHeaders(data []byte) string {
	h, _ := textproto.ReadHeader(smallReader(bytes.NewReader(data), len(data)))
	if ids := messageIDs(h.Get("Message-Id")); len(ids) > 0 {
		return ids[0]
	}
	return ""
}
