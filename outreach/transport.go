package outreach

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/md2-rm/madoguchi/internal/config"
)

// Transport opens connections to the mail server.
type Transport interface {
	Dial(ctx context.Context) (Conn, error)
}

// Conn is one reusable connection that sends mail after mail.
type Conn interface {
	// Send sends one mail. An *smtp.SMTPError tells the server's answer.
	Send(ctx context.Context, from, to string, data []byte) error
	Close() error
}

// SMTP is a Transport to an SMTP server; every connection is reused for
// many mails. When the server offers PIPELINING (RFC 2920), MAIL, RCPT and
// DATA go out in one write and the message with its final dot in another,
// so a mail costs two round trips instead of four; when it also offers
// CHUNKING (RFC 3030), MAIL, RCPT and the message in one BDAT LAST chunk go
// out together: one round trip per mail.
type SMTP struct {
	Addr               string
	TLS                string // tls | starttls | none
	InsecureSkipVerify bool
	Username           string
	Password           string
	HELO               string
	Timeout            time.Duration // per command; default 30s

	noPipelining bool // tests: behave as if the server did not offer PIPELINING
	noChunking   bool // tests: behave as if the server did not offer CHUNKING
}

// Dial opens an authenticated connection.
func (s *SMTP) Dial(ctx context.Context) (Conn, error) {
	host, _, err := net.SplitHostPort(s.Addr)
	if err != nil {
		return nil, fmt.Errorf("smtp %s: %w", s.Addr, err)
	}
	if s.Username != "" && s.TLS != "tls" && s.TLS != "starttls" && !config.IsLoopback(host) {
		// As net/smtp's PlainAuth: never send the password in clear
		// across the network.
		return nil, fmt.Errorf("smtp %s: refusing to send the password without TLS to a host other than this one; use tls or starttls", s.Addr)
	}
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	d := net.Dialer{Timeout: timeout}
	raw, err := d.DialContext(ctx, "tcp", s.Addr)
	if err != nil {
		return nil, fmt.Errorf("smtp dial %s: %w", s.Addr, err)
	}
	tcfg := &tls.Config{ServerName: host, InsecureSkipVerify: s.InsecureSkipVerify, MinVersion: tls.VersionTLS12}
	var conn net.Conn = raw
	if s.TLS == "tls" {
		conn = tls.Client(raw, tcfg)
	}
	c := &smtpConn{timeout: timeout}
	c.setConn(conn)
	if err := c.open(ctx, s, tcfg); err != nil {
		conn.Close()
		return nil, fmt.Errorf("smtp %s: %w", s.Addr, err)
	}
	return c, nil
}

// smtpConn is a client connection: net/textproto reads the replies, a
// buffered writer batches the commands.
type smtpConn struct {
	conn       net.Conn
	r          *textproto.Reader
	w          *bufio.Writer
	timeout    time.Duration
	ext        map[string]string
	pipelining bool
	chunking   bool // BDAT (RFC 3030), used together with pipelining
	broken     bool // the connection is out of step with the server: no QUIT
}

func (c *smtpConn) setConn(conn net.Conn) {
	c.conn = conn
	c.r = textproto.NewReader(bufio.NewReaderSize(conn, 4<<10))
	c.w = bufio.NewWriterSize(conn, 32<<10)
}

// open reads the greeting, says EHLO (or HELO), starts TLS and
// authenticates as configured.
func (c *smtpConn) open(ctx context.Context, s *SMTP, tcfg *tls.Config) error {
	c.deadline(ctx, c.timeout)
	if _, _, err := c.reply(220); err != nil {
		return fmt.Errorf("greeting: %w", err)
	}
	name := s.HELO
	if name == "" {
		name = "localhost"
	}
	if strings.ContainsAny(name, "\r\n") {
		return errors.New("HELO name contains a line break")
	}
	if err := c.hello(name); err != nil {
		return err
	}
	if s.TLS == "starttls" {
		if _, ok := c.ext["STARTTLS"]; !ok {
			return errors.New("the server does not offer STARTTLS")
		}
		if _, _, err := c.cmd(220, "STARTTLS"); err != nil {
			return fmt.Errorf("starttls: %w", err)
		}
		tc := tls.Client(c.conn, tcfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			return fmt.Errorf("starttls: %w", err)
		}
		c.setConn(tc)
		c.deadline(ctx, c.timeout)
		if err := c.hello(name); err != nil {
			return err
		}
	}
	if s.Username != "" {
		if err := c.auth(sasl.NewPlainClient("", s.Username, s.Password)); err != nil {
			return fmt.Errorf("auth: %w", err)
		}
	}
	_, c.pipelining = c.ext["PIPELINING"]
	c.pipelining = c.pipelining && !s.noPipelining
	_, c.chunking = c.ext["CHUNKING"]
	c.chunking = c.chunking && c.pipelining && !s.noChunking
	return c.conn.SetDeadline(time.Time{})
}

// hello says EHLO and records the extensions, or HELO when EHLO is refused.
func (c *smtpConn) hello(name string) error {
	_, msg, err := c.cmd(250, "EHLO "+name)
	var se *smtp.SMTPError
	if errors.As(err, &se) && (se.Code == 500 || se.Code == 502) {
		c.ext = map[string]string{}
		if _, _, err := c.cmd(250, "HELO "+name); err != nil {
			return fmt.Errorf("helo: %w", err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("ehlo: %w", err)
	}
	c.ext = map[string]string{}
	lines := strings.Split(msg, "\n")
	for _, line := range lines[1:] {
		k, v, _ := strings.Cut(line, " ")
		c.ext[strings.ToUpper(k)] = v
	}
	return nil
}

// auth runs a SASL exchange.
func (c *smtpConn) auth(a sasl.Client) error {
	enc := base64.StdEncoding
	mech, resp, err := a.Start()
	if err != nil {
		return err
	}
	line := "AUTH " + mech
	if len(resp) > 0 {
		line += " " + enc.EncodeToString(resp)
	} else if resp != nil {
		line += " ="
	}
	code, msg, err := c.cmd(0, line)
	for err == nil {
		switch code {
		case 235:
			return nil
		case 334:
			var challenge []byte
			if challenge, err = enc.DecodeString(msg); err == nil {
				resp, err = a.Next(challenge)
			}
			if err != nil {
				// Cancel the exchange (RFC 4954 4): only a 334 may be
				// answered with "*". The caller closes the connection.
				_, _, _ = c.cmd(0, "*")
				return err
			}
			code, msg, err = c.cmd(0, enc.EncodeToString(resp))
		default:
			// A final reply: the exchange is over.
			return smtpError(code, msg)
		}
	}
	return err
}

// cmd sends one command and reads its reply.
func (c *smtpConn) cmd(expect int, line string) (int, string, error) {
	c.w.WriteString(line)
	c.w.WriteString("\r\n")
	if err := c.w.Flush(); err != nil {
		return 0, "", err
	}
	return c.reply(expect)
}

// reply reads one (possibly multi-line) reply; an unexpected code is an
// *smtp.SMTPError.
func (c *smtpConn) reply(expect int) (int, string, error) {
	code, msg, err := c.r.ReadResponse(expect)
	var pe *textproto.Error
	if errors.As(err, &pe) {
		return code, msg, smtpError(pe.Code, pe.Msg)
	}
	return code, msg, err
}

// smtpError turns a reply into an *smtp.SMTPError, with its enhanced
// status code (RFC 2034) when there is one.
func smtpError(code int, msg string) *smtp.SMTPError {
	se := &smtp.SMTPError{Code: code, Message: msg}
	first, rest, ok := strings.Cut(msg, " ")
	if !ok {
		return se
	}
	parts := strings.Split(first, ".")
	if len(parts) != 3 {
		return se
	}
	var ec smtp.EnhancedCode
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return se
		}
		ec[i] = n
	}
	se.EnhancedCode = ec
	se.Message = strings.ReplaceAll(rest, "\n"+first+" ", "\n")
	return se
}

func (c *smtpConn) deadline(ctx context.Context, d time.Duration) {
	t := time.Now().Add(d)
	if dl, ok := ctx.Deadline(); ok && dl.Before(t) {
		t = dl
	}
	_ = c.conn.SetDeadline(t)
}

// Send sends one mail: MAIL, RCPT and DATA (pipelined when the server
// allows), then the dot-stuffed message. After a refusal the transaction
// is reset so that the connection carries the next mail.
func (c *smtpConn) Send(ctx context.Context, from, to string, data []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if strings.ContainsAny(from, "\r\n<>") || strings.ContainsAny(to, "\r\n<>") {
		return &smtp.SMTPError{Code: 501, Message: "address contains a forbidden character"}
	}
	utf8 := !isASCII(from) || !isASCII(to)
	if _, ok := c.ext["SMTPUTF8"]; utf8 && !ok {
		// Decided before anything is written, so that the connection
		// stays clean for the next mail.
		return &smtp.SMTPError{Code: 553, Message: "the server does not support SMTPUTF8 for a non-ASCII address"}
	}
	c.deadline(ctx, 2*c.timeout)
	c.w.WriteString("MAIL FROM:<")
	c.w.WriteString(from)
	c.w.WriteByte('>')
	if utf8 {
		c.w.WriteString(" SMTPUTF8")
	}
	c.w.WriteString("\r\n")
	var err error
	if !c.pipelining {
		if err = c.w.Flush(); err == nil {
			_, _, err = c.reply(250)
		}
		if err != nil {
			return c.reset(err)
		}
	}
	c.w.WriteString("RCPT TO:<")
	c.w.WriteString(to)
	c.w.WriteString(">\r\n")
	if c.chunking {
		return c.sendChunk(data)
	}
	if !c.pipelining {
		if err = c.w.Flush(); err == nil {
			_, _, err = c.reply(25)
		}
		if err != nil {
			return c.reset(err)
		}
	}
	c.w.WriteString("DATA\r\n")
	if err := c.w.Flush(); err != nil {
		return err
	}
	if c.pipelining {
		// Every pipelined command gets its reply; the first refusal counts.
		if _, _, e := c.reply(250); e != nil {
			err = e
		}
		if _, _, e := c.reply(25); e != nil && err == nil {
			err = e
		}
	}
	if _, _, e := c.reply(354); e != nil {
		if err == nil {
			err = e
		}
		return c.reset(err)
	} else if err != nil {
		// The server would take a message although MAIL or RCPT was
		// refused: abandon the connection rather than send it.
		c.broken = true
		return errors.Join(err, &brokenConn{errors.New("DATA accepted after a refused command")})
	}
	writeDotStuffed(c.w, data)
	c.w.WriteString(".\r\n")
	if err := c.w.Flush(); err != nil {
		return err
	}
	if _, _, err := c.reply(250); err != nil {
		return c.reset(err)
	}
	return nil
}

// sendChunk finishes a pipelined MAIL and RCPT with the message as one
// BDAT LAST chunk and reads the three replies. The chunk carries the same
// bytes DATA would deliver: CRLF line ends (RFC 5321 2.3.8 forbids a bare
// LF, and receivers refuse it since SMTP smuggling), ending with CRLF.
func (c *smtpConn) sendChunk(data []byte) error {
	data = canonicalCRLF(data)
	c.w.WriteString("BDAT ")
	c.w.WriteString(strconv.Itoa(len(data)))
	c.w.WriteString(" LAST\r\n")
	c.w.Write(data)
	if err := c.w.Flush(); err != nil {
		return err
	}
	var err error
	if _, _, e := c.reply(250); e != nil {
		err = e
	}
	if _, _, e := c.reply(25); e != nil && err == nil {
		err = e
	}
	if _, _, e := c.reply(250); e != nil && err == nil {
		err = e
	}
	if err != nil {
		return c.reset(err)
	}
	return nil
}

// reset clears the transaction after an SMTP refusal so the connection can
// carry the next mail; other errors leave the connection unusable.
func (c *smtpConn) reset(err error) error {
	var se *smtp.SMTPError
	if !errors.As(err, &se) {
		return err
	}
	if _, _, rerr := c.cmd(250, "RSET"); rerr != nil {
		c.broken = true
		return errors.Join(err, &brokenConn{rerr})
	}
	return err
}

// writeDotStuffed writes data with CRLF line ends, doubling a dot that
// begins a line (RFC 5321 4.5.2), and ends it with CRLF.
func writeDotStuffed(w *bufio.Writer, data []byte) {
	for len(data) > 0 {
		if data[0] == '.' {
			w.WriteByte('.')
		}
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			w.Write(data)
			w.WriteString("\r\n")
			return
		}
		line := data[:i]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		w.Write(line)
		w.WriteString("\r\n")
		data = data[i+1:]
	}
}

// canonicalCRLF returns data with every line ended by CRLF, the last one
// included; data is returned as it is when it already is so.
func canonicalCRLF(data []byte) []byte {
	if len(data) == 0 {
		return data
	}
	bare := bytes.Count(data, []byte("\n")) - bytes.Count(data, []byte("\r\n"))
	if bare == 0 && bytes.HasSuffix(data, []byte("\r\n")) {
		return data
	}
	out := make([]byte, 0, len(data)+bare+2)
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			out = append(out, data...)
			return append(out, '\r', '\n')
		}
		line := data[:i]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		out = append(append(out, line...), '\r', '\n')
		data = data[i+1:]
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (c *smtpConn) Close() error {
	if c.broken {
		return c.conn.Close()
	}
	_ = c.conn.SetDeadline(time.Now().Add(5 * time.Second))
	_, _, qerr := c.cmd(221, "QUIT")
	err := c.conn.Close()
	if qerr != nil {
		return qerr
	}
	return err
}

// brokenConn marks an error after which the connection cannot be reused.
type brokenConn struct{ err error }

func (b *brokenConn) Error() string { return "connection unusable: " + b.err.Error() }
func (b *brokenConn) Unwrap() error { return b.err }

// classify turns a send error into a retry decision: temporary errors (SMTP
// 4xx, network) are retried, permanent ones (5xx) fail the row. reuse tells
// whether the connection can carry the next mail.
func classify(err error) (code int, temporary, reuse bool) {
	var se *smtp.SMTPError
	var bc *brokenConn
	if errors.As(err, &se) {
		return se.Code, se.Code < 500, !errors.As(err, &bc)
	}
	return 0, true, false
}
