package outreach

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
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
// many mails.
type SMTP struct {
	Addr               string
	TLS                string // tls | starttls | none
	InsecureSkipVerify bool
	Username           string
	Password           string
	HELO               string
	Timeout            time.Duration // per command; default 30s
}

// Dial opens an authenticated connection.
func (s *SMTP) Dial(ctx context.Context) (Conn, error) {
	host, _, err := net.SplitHostPort(s.Addr)
	if err != nil {
		return nil, fmt.Errorf("smtp %s: %w", s.Addr, err)
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
	var c *smtp.Client
	switch s.TLS {
	case "tls":
		c = smtp.NewClient(tls.Client(raw, tcfg))
	case "starttls":
		c, err = smtp.NewClientStartTLS(raw, tcfg)
	default:
		c = smtp.NewClient(raw)
	}
	if err != nil {
		raw.Close()
		return nil, fmt.Errorf("smtp %s: %w", s.Addr, err)
	}
	c.CommandTimeout = timeout
	c.SubmissionTimeout = 2 * timeout
	if s.HELO != "" {
		if err := c.Hello(s.HELO); err != nil {
			c.Close()
			return nil, fmt.Errorf("smtp %s: hello: %w", s.Addr, err)
		}
	}
	if s.Username != "" {
		if err := c.Auth(sasl.NewPlainClient("", s.Username, s.Password)); err != nil {
			c.Close()
			return nil, fmt.Errorf("smtp %s: auth: %w", s.Addr, err)
		}
	}
	return &smtpConn{c: c}, nil
}

type smtpConn struct {
	c *smtp.Client
	r bytes.Reader
}

func (s *smtpConn) Send(ctx context.Context, from, to string, data []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.r.Reset(data)
	err := s.c.SendMail(from, []string{to}, &s.r)
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		// The connection is fine; clear the transaction for the next mail.
		if rerr := s.c.Reset(); rerr != nil {
			return errors.Join(err, &brokenConn{rerr})
		}
	}
	return err
}

func (s *smtpConn) Close() error {
	if err := s.c.Quit(); err != nil {
		return s.c.Close()
	}
	return nil
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
