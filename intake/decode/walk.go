package decode

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime/quotedprintable"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// walk visits one entity: a multipart container, a text body, a delivery
// report or an attachment.
func (p *parser) walk(h partHeader, body io.Reader, depth int, parent string) {
	p.parts++
	if p.parts > p.opt.MaxParts {
		if p.parts == p.opt.MaxParts+1 {
			p.problem("parts: more than %d parts, the rest skipped", p.opt.MaxParts)
		}
		return
	}
	defaultType := "text/plain"
	if parent == "multipart/digest" {
		defaultType = "message/rfc822"
	}
	ct := h.Get("Content-Type")
	mt, params := parseMediaType(ct, &p.hd)
	if mt == "" || !strings.Contains(mt, "/") || len(mt) > 100 {
		if ct != "" {
			p.problem("content-type: malformed %q, read as %s", truncate(ct, 40), defaultType)
		}
		mt = defaultType
		if params == nil {
			params = map[string]string{}
		}
	}
	disp, dparams := parseMediaType(h.Get("Content-Disposition"), &p.hd)

	if strings.HasPrefix(mt, "multipart/") {
		if depth >= p.opt.MaxDepth {
			p.problem("nesting: deeper than %d, part skipped", p.opt.MaxDepth)
			return
		}
		boundary := params["boundary"]
		if boundary == "" {
			p.problem("multipart: %s without boundary, read as text", mt)
			p.textPart(h, body, "text/plain", params)
			return
		}
		if mt == "multipart/report" {
			p.reportType = strings.ToLower(params["report-type"])
		}
		p.multipart(mt, boundary, body, depth)
		return
	}

	filename := dparams["filename"]
	if filename == "" {
		filename = params["name"]
	}
	isAttachment := disp == "attachment" || (filename != "" && disp != "inline")

	switch {
	case mt == "message/delivery-status" || mt == "message/global-delivery-status":
		data := p.readPart(h, body, p.opt.MaxTextSize, "delivery status")
		p.deliveryStatus(data)
		p.attach(filename, mt, data, int64(len(data)), false)
		return
	case parent == "multipart/report" && (mt == "text/rfc822-headers" || mt == "message/rfc822" || mt == "message/global"):
		data := p.readPart(h, body, p.opt.MaxTextSize, mt)
		if p.reportType == "disposition-notification" {
			// A read receipt, not a delivery report.
			p.attach(filename, mt, data, int64(len(data)), false)
			return
		}
		if p.msg.Report == nil {
			p.msg.Report = &DeliveryReport{}
		}
		if p.msg.Report.OriginalMessageID == "" {
			p.msg.Report.OriginalMessageID = originalFromHeaders(data)
		}
		p.attach(filename, mt, data, int64(len(data)), false)
		return
	case (mt == "text/plain" || mt == "text/html") && !isAttachment:
		p.textPart(h, body, mt, params)
		return
	}
	p.attachment(h, body, filename, mt, params["charset"], depth)
}

// multipart walks the parts of a multipart body.
func (p *parser) multipart(mt, boundary string, body io.Reader, depth int) {
	mr := textproto.NewMultipartReader(body, boundary)
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return
		}
		if err != nil {
			p.problem("multipart: %s", errText(err))
			return
		}
		p.walk(&part.Header, part, depth+1, mt)
		// Drain what the part handler did not read, so a failed part never
		// stops the next one.
		if _, err := io.Copy(io.Discard, part); err != nil {
			p.problem("multipart: %s", errText(err))
			return
		}
	}
}

// transferReader undoes the Content-Transfer-Encoding. An unknown encoding
// is read as binary and marked.
func (p *parser) transferReader(h partHeader, body io.Reader) io.Reader {
	cte := transferEncoding(h)
	switch cte {
	case "", "7bit", "8bit", "binary", "7-bit", "8-bit":
		return body
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &base64Cleaner{r: body})
	case "quoted-printable":
		return quotedprintable.NewReader(body)
	}
	p.problem("content-transfer-encoding: unknown %q, read as binary", truncate(cte, 40))
	return body
}

// transferEncoding is the part's Content-Transfer-Encoding, lower-cased,
// without parameters or comments.
func transferEncoding(h partHeader) string {
	cte := strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding")))
	if i := strings.IndexAny(cte, " ;("); i >= 0 {
		cte = cte[:i]
	}
	return cte
}

// readBody reads a part's body with its transfer encoding undone as
// readLimited reads it; quoted-printable bodies are decoded at once.
func (p *parser) readBody(h partHeader, body io.Reader, limit int64) ([]byte, int64, error) {
	if transferEncoding(h) == "quoted-printable" {
		return p.readQP(body, limit)
	}
	return p.readLimited(p.transferReader(h, body), limit)
}

// readPart reads a part's decoded body, keeping at most limit bytes (and
// never more than the mail's total cap); the rest is counted and dropped.
func (p *parser) readPart(h partHeader, body io.Reader, limit int64, what string) []byte {
	data, total, err := p.readBody(h, body, limit)
	if err != nil {
		p.problem("%s: %s", what, errText(err))
	}
	if total > int64(len(data)) {
		p.problem("%s: %d of %d bytes kept", what, len(data), total)
	}
	return data
}

// readLimited reads r, keeping at most limit bytes within the total cap, and
// returns the kept bytes and the full decoded size.
func (p *parser) readLimited(r io.Reader, limit int64) ([]byte, int64, error) {
	if room := p.opt.MaxTotalSize - p.kept; room < limit {
		limit = max(room, 0)
	}
	// No part decodes to as many bytes as the raw mail holds after its
	// header: a first chunk of that size reads a small mail's part at once.
	data, err := readChunked(io.LimitReader(r, limit), min(p.rawSize, 4<<10))
	n := int64(len(data))
	total := n
	if err == nil && n == limit {
		var m int64
		m, err = io.Copy(io.Discard, r)
		total += m
	}
	p.kept += n
	if err != nil && errors.Is(err, io.ErrUnexpectedEOF) {
		err = nil // a truncated last part still yields what it has
	}
	return data, total, err
}

// readChunked reads r to the end in growing chunks, the first of first
// bytes (at least one), and joins them once, so a large part costs about
// twice its size in allocations instead of the up to fourfold of a
// doubling buffer.
func readChunked(r io.Reader, first int) ([]byte, error) {
	var chunks [][]byte
	size, chunk := 0, max(first, 1)
	for {
		c := make([]byte, chunk)
		chunk = min(chunk*2, 1<<20)
		n, err := io.ReadFull(r, c)
		if n > 0 {
			chunks = append(chunks, c[:n])
			size += n
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return join(chunks, size), err
		}
	}
	return join(chunks, size), nil
}

func join(chunks [][]byte, size int) []byte {
	switch len(chunks) {
	case 0:
		return nil
	case 1:
		return chunks[0]
	}
	out := make([]byte, 0, size)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out
}

// textPart decodes an inline text/plain or text/html body.
func (p *parser) textPart(h partHeader, body io.Reader, mt string, params map[string]string) {
	data := p.readPart(h, body, p.opt.MaxTextSize, mt)
	label := params["charset"]
	if label == "" && mt == "text/html" {
		label = htmlCharset(data)
	}
	r := decodeOwnBody(label, data) // data is read for this part alone
	p.noteText(mt, r)
	text := r.Text
	if mt == "text/html" {
		p.html = append(p.html, text)
		return
	}
	if strings.EqualFold(params["format"], "flowed") {
		text = unflow(text, strings.EqualFold(params["delsp"], "yes"))
	}
	p.plain = append(p.plain, text)
}

// noteText records what a text decode revealed.
func (p *parser) noteText(mt string, r textResult) {
	m := p.msg
	m.InvalidChars += r.Invalid
	if r.Unknown {
		p.problem("%s: unknown charset %q, read as %s", mt, truncate(r.Declared, 40), r.Used)
	}
	if r.Overridden {
		p.problem("%s: charset %q overridden, read as %s", mt, truncate(r.Declared, 40), r.Used)
	}
	if r.Invalid > 0 {
		p.problem("%s: %d undecodable characters marked U+FFFD", mt, r.Invalid)
	}
	m.Charsets = append(m.Charsets, r.Used)
}

// attachment stores a non-text part.
func (p *parser) attachment(h partHeader, body io.Reader, filename, mt, charset string, depth int) {
	data, total, err := p.readBody(h, body, p.opt.MaxAttachmentSize)
	if err != nil {
		p.problem("attachment: %s", errText(err))
	}
	truncated := total > int64(len(data))
	if truncated {
		p.problem("attachment %d (%s) is %d bytes, over the limit: data not kept", len(p.msg.Attachments)+1, mt, total)
		p.kept -= int64(len(data))
		data = nil
	}
	p.attach(filename, mt, data, total, truncated)
	a := &p.msg.Attachments[len(p.msg.Attachments)-1]
	switch {
	case data == nil:
	case mt == "message/rfc822" || mt == "message/global":
		// A forwarded mail: decode it too, within the remaining depth.
		if depth+1 >= p.opt.MaxDepth {
			p.problem("nesting: deeper than %d, attached message not decoded", p.opt.MaxDepth)
			return
		}
		opt := p.opt
		opt.MaxDepth -= depth + 1
		// The nested parse shares this mail's size budget.
		sub := &parser{opt: opt, msg: &Message{}, kept: p.kept}
		if err := sub.parse(data); err == nil {
			a.Message = sub.msg
		}
		p.kept = sub.kept
	case mt == "text/plain" && len(p.textAttachments) < 4:
		p.textAttachments = append(p.textAttachments, textAttachment{data: data, charset: charset})
	}
}

// textAttachment is a text/plain part sent as an attachment, read as the
// body when a mail has no other text.
type textAttachment struct {
	data    []byte
	charset string
}

func (p *parser) attach(filename, mt string, data []byte, size int64, truncated bool) {
	p.msg.Attachments = append(p.msg.Attachments, Attachment{
		Filename:    filename,
		ContentType: mt,
		Size:        size,
		Data:        data,
		Truncated:   truncated,
	})
}

// finish assembles Text from the collected parts and the bounce report.
func (p *parser) finish() {
	m := p.msg
	if len(p.html) > 0 {
		m.HTML = p.html[0]
	}
	switch {
	case len(p.plain) > 0:
		m.Text = strings.Join(p.plain, "\n\n")
	case len(p.html) > 0:
		var parts []string
		for _, h := range p.html {
			parts = append(parts, htmlToText(h))
		}
		m.Text = strings.Join(parts, "\n\n")
	case len(p.textAttachments) > 0:
		// Some mobile mailers name their only text part as if it were a
		// file; it is still the body.
		ta := p.textAttachments[0]
		r := decodeBody(ta.charset, ta.data)
		p.noteText("text/plain attachment", r)
		m.Text = r.Text
	}
	m.Subject = strings.TrimSpace(m.Subject)
	p.headerProblems()
	p.bounce()
}

// headerProblems turns the header decoder's tallies into Problems.
func (p *parser) headerProblems() {
	d := &p.hd
	for _, u := range dedupe(d.unknown) {
		p.problem("header: unknown charset %q", truncate(u, 40))
	}
	for _, o := range dedupe(d.override) {
		p.problem("header: charset overridden %s", truncate(o, 60))
	}
	if d.badWords > 0 {
		p.problem("header: %d malformed encoded-words kept as text", d.badWords)
	}
	// Count from the results, as structured fields are decoded more than
	// once (whole value, then display names and parameters).
	invalid := 0
	for _, vs := range p.msg.Header {
		for _, v := range vs {
			invalid += strings.Count(v, "\uFFFD")
		}
	}
	for _, a := range p.msg.Attachments {
		invalid += strings.Count(a.Filename, "\uFFFD")
	}
	if invalid > 0 {
		p.msg.InvalidChars += invalid
		p.problem("header: %d undecodable characters marked U+FFFD", invalid)
	}
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func truncate(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

func utf8RuneStart(b byte) bool { return b&0xc0 != 0x80 }

// normaliseNewlines turns CRLF and lone CR into LF, in one copy.
func normaliseNewlines(s string) string {
	i := strings.IndexByte(s, '\r')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		b.WriteByte('\n')
		s = s[i+1:]
		if s != "" && s[0] == '\n' {
			s = s[1:]
		}
		i = strings.IndexByte(s, '\r')
	}
	b.WriteString(s)
	return b.String()
}

// base64Cleaner drops everything that is not base64 alphabet, so stray
// spaces, line breaks and junk never stop the decoder, and ends the stream
// after the padding that closes the last quantum.
type base64Cleaner struct {
	r      io.Reader
	n      int // alphabet and padding characters passed on
	padded bool
}

func (c *base64Cleaner) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	for {
		if c.padded && c.n%4 == 0 {
			return 0, io.EOF
		}
		n, err := c.r.Read(b)
		j := 0
		for i := 0; i < n; i++ {
			ch := b[i]
			if !c.padded && base64Alphabet[ch] {
				b[j] = ch // the common case, as the switch below would
				j++
				c.n++
				continue
			}
			switch {
			case ch == '=':
				if c.n%4 == 0 {
					continue // stray padding
				}
				c.padded = true
			case c.padded:
				continue
			case ch >= 'A' && ch <= 'Z', ch >= 'a' && ch <= 'z', ch >= '0' && ch <= '9', ch == '+', ch == '/':
			default:
				continue
			}
			if c.padded && c.n%4 == 0 {
				break
			}
			b[j] = ch
			j++
			c.n++
		}
		if j > 0 {
			return j, nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// base64Alphabet marks the 64 characters of the base64 alphabet.
var base64Alphabet = func() (a [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" {
		a[c] = true
	}
	return a
}()

// htmlCharset finds a <meta charset> declaration near the start of an HTML
// part.
func htmlCharset(b []byte) string {
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	lower := bytes.ToLower(head)
	i := bytes.Index(lower, []byte("charset="))
	if i < 0 {
		return ""
	}
	rest := lower[i+len("charset="):]
	rest = bytes.TrimLeft(rest, "\"' ")
	end := bytes.IndexAny(rest, "\"' ;/>")
	if end < 0 {
		return ""
	}
	return string(rest[:end])
}
