package decode

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-message/textproto"
)

// Options bound the work done on one mail. The zero value selects the
// defaults.
type Options struct {
	// MaxDepth caps multipart and message/rfc822 nesting; deeper parts are
	// skipped and marked. Default 16.
	MaxDepth int
	// MaxTextSize caps the decoded bytes kept from one text part; the rest is
	// dropped and marked. Default 4 MiB.
	MaxTextSize int64
	// MaxAttachmentSize caps the bytes kept in one Attachment.Data; larger
	// attachments keep their metadata and Size but no Data. Default 32 MiB.
	MaxAttachmentSize int64
	// MaxTotalSize caps the decoded bytes kept over the whole mail. Default
	// 64 MiB.
	MaxTotalSize int64
	// MaxParts caps the number of MIME parts visited. Default 1000.
	MaxParts int
	// MaxHeaderBytes caps one header block. Default 1 MiB.
	MaxHeaderBytes int64
}

// Default limits.
const (
	DefaultMaxDepth          = 16
	DefaultMaxTextSize       = 4 << 20
	DefaultMaxAttachmentSize = 32 << 20
	DefaultMaxTotalSize      = 64 << 20
	DefaultMaxParts          = 1000
	DefaultMaxHeaderBytes    = 1 << 20
)

func (o Options) withDefaults() Options {
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxTextSize <= 0 {
		o.MaxTextSize = DefaultMaxTextSize
	}
	if o.MaxAttachmentSize <= 0 {
		o.MaxAttachmentSize = DefaultMaxAttachmentSize
	}
	if o.MaxTotalSize <= 0 {
		o.MaxTotalSize = DefaultMaxTotalSize
	}
	if o.MaxParts <= 0 {
		o.MaxParts = DefaultMaxParts
	}
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	return o
}

// ErrNotMail is returned by Parse when the input has no header at all.
var ErrNotMail = errors.New("decode: input is not a mail")

// Parse decodes one raw RFC 5322 message. It returns an error only when raw
// is not a mail at all; any other defect yields a best-effort Message with
// the defect described in Problems. raw is never modified or retained.
func Parse(raw []byte, opt Options) (*Message, error) {
	p := &parser{opt: opt.withDefaults(), msg: &Message{}}
	if err := p.parse(raw); err != nil {
		return nil, err
	}
	return p.msg, nil
}

type parser struct {
	opt     Options
	msg     *Message
	hd      headerDecoder
	parts   int
	kept    int64 // decoded bytes kept so far
	rawSize int   // bytes of the raw mail after its header, more than any decoded part holds

	plain []string // inline text/plain bodies, in order
	html  []string // inline text/html bodies, in order

	textAttachments []textAttachment // text/plain parts sent as files
	reportType      string           // report-type of a multipart/report
}

func (p *parser) problem(format string, args ...any) {
	if len(p.msg.Problems) >= 100 {
		return
	}
	p.msg.Problems = append(p.msg.Problems, fmt.Sprintf(format, args...))
}

func (p *parser) parse(raw []byte) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return fmt.Errorf("empty input: %w", ErrNotMail)
	}
	p.rawSize = len(raw)
	if fs, body, ok := quickHeader(raw, p.opt.MaxHeaderBytes); ok {
		p.rawSize = len(raw) - body + 1
		// The body is read from the mail's bytes, which need no buffer.
		p.headers(fs)
		p.walk(fs, bytes.NewReader(raw[body:]), 0, "")
		p.finish()
		return nil
	}
	cr := &capReader{r: bytes.NewReader(raw), n: p.opt.MaxHeaderBytes}
	// A buffer no larger than the mail: most mails are smaller than the
	// default 4 KiB, and a short buffer only means more reads.
	br := bufio.NewReaderSize(cr, min(len(raw), headerSlack))
	h, err := textproto.ReadHeader(br)
	if h.Len() == 0 {
		if err != nil {
			return fmt.Errorf("reading header: %s: %w", headerErr(err), ErrNotMail)
		}
		return fmt.Errorf("no header fields: %w", ErrNotMail)
	}
	if err != nil {
		// The malformed line is consumed; what follows is read as body.
		p.problem("header: %s; the rest is read as body", headerErr(err))
	}
	cr.n = math.MaxInt64 // the cap applies to the header only
	p.headers(fieldsOf(h))
	p.walk(&h, br, 0, "")
	p.finish()
	return nil
}

// headerErr describes a header error without quoting the header, which may
// hold personal data.
func headerErr(err error) string {
	switch {
	case errors.Is(err, errHeaderTooBig):
		return "exceeds the size limit"
	case strings.Contains(err.Error(), "malformed"):
		return "malformed line"
	}
	return "unreadable"
}

// capReader is an io.LimitedReader with its own error.
type capReader struct {
	r io.Reader
	n int64
}

var errHeaderTooBig = errors.New("header exceeds the size limit")

func (c *capReader) Read(b []byte) (int, error) {
	if c.n <= 0 {
		return 0, errHeaderTooBig
	}
	if int64(len(b)) > c.n {
		b = b[:c.n]
	}
	n, err := c.r.Read(b)
	c.n -= int64(n)
	return n, err
}

func errText(err error) string {
	s := err.Error()
	if len(s) > 80 {
		s = s[:80] + "..."
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// headers fills the top-level header fields of the message.
func (p *parser) headers(h fields) {
	m := p.msg
	m.Header = make(map[string][]string, len(h))
	// The first value of each key is kept in one shared array, in a slice
	// of capacity one, so that a second value is appended to a copy.
	firsts := make([]string, len(h))
	for i, f := range h {
		k, v := f.key, p.hd.decode(f.value)
		if vs, ok := m.Header[k]; ok {
			m.Header[k] = append(vs, v)
			continue
		}
		firsts[i] = v
		m.Header[k] = firsts[i : i+1 : i+1]
	}
	if v := m.Header["Subject"]; len(v) > 0 {
		m.Subject = v[0]
	}
	first := func(k string) string {
		if v := m.Header[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	if ids := messageIDs(first("Message-Id")); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	m.InReplyTo = messageIDs(first("In-Reply-To"))
	m.References = messageIDs(first("References"))

	if v := h.Get("From"); v != "" {
		if list := p.hd.parseAddressList(v); len(list) > 0 {
			m.From = list[0]
			if m.From.Address == "" {
				p.problem("from: no address")
			}
		} else {
			p.problem("from: no address")
		}
	}
	m.ReplyTo = p.hd.parseAddressList(strings.Join(h.Values("Reply-To"), ","))
	m.To = p.hd.parseAddressList(strings.Join(h.Values("To"), ","))
	m.Cc = p.hd.parseAddressList(strings.Join(h.Values("Cc"), ","))

	if v := h.Get("Date"); v != "" {
		if t, err := parseDate(v); err == nil {
			m.Date = t
		} else {
			p.problem("date: unparseable")
		}
	}
}

// parseDate reads an RFC 5322 date, tolerating common deviations.
func parseDate(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	// Fast path for the common form, with or without a "(JST)" comment;
	// mail.ParseDate tries many layouts and allocates an error for each.
	fast := v
	if i := strings.IndexByte(fast, '('); i > 0 {
		fast = strings.TrimSpace(fast[:i])
	}
	for _, l := range []string{"Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(l, fast); err == nil {
			return t, nil
		}
	}
	if t, err := mail.ParseDate(v); err == nil {
		return t, nil
	}
	// Drop a trailing comment such as "(JST)" or "JST" duplicates.
	if i := strings.IndexByte(v, '('); i > 0 {
		if t, err := mail.ParseDate(strings.TrimSpace(v[:i])); err == nil {
			return t, nil
		}
	}
	layouts := []string{
		"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
		"Mon, 2 Jan 2006 15:04:05 MST",
		"2 Jan 2006 15:04:05 MST",
		"Mon, 2 Jan 06 15:04:05 -0700",
		"Mon Jan 2 15:04:05 2006",
		"2006/01/02 15:04:05",
		time.RFC3339,
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("unparseable date")
}
