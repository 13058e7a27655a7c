// Package smtpsink is an in-process SMTP server on a loopback address that
// counts and optionally keeps what it receives. Tests and the sending
// benchmark use it; it can answer 4xx or 5xx on demand. By default it is a
// go-smtp server; Options.Lean selects a minimal server that costs the
// sending benchmark far less CPU per mail.
package smtpsink

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

// Message is one received mail.
type Message struct {
	From string
	To   []string
	Data []byte
}

// Options change how the sink answers.
type Options struct {
	// Keep stores every message's bytes (Messages); otherwise only counts.
	Keep bool
	// Rcpt, when set, may refuse a recipient with an *smtp.SMTPError.
	Rcpt func(to string) error
	// Data, when set, may refuse a message after it was read.
	Data func(from string, to []string) error
	// Lean serves with a minimal SMTP implementation that answers
	// pipelined commands in one write and discards the message unless Keep
	// is set, instead of go-smtp's server.
	Lean bool
}

// Sink is a running server.
type Sink struct {
	srv  *smtp.Server
	lean *leanServer
	ln   net.Listener
	opts Options

	mu       sync.Mutex
	counts   map[string]int
	messages []Message
	total    int
	conns    int
}

// Start listens on 127.0.0.1 at a free port.
func Start(opts Options) (*Sink, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("smtpsink: %w", err)
	}
	s := &Sink{ln: ln, opts: opts, counts: map[string]int{}}
	if opts.Lean {
		s.lean = &leanServer{s: s, ln: ln, conns: map[net.Conn]struct{}{}}
		go s.lean.serve()
		return s, nil
	}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		s.mu.Lock()
		s.conns++
		s.mu.Unlock()
		return &session{s: s}, nil
	}))
	srv.Domain = "sink.localhost"
	srv.ReadTimeout = time.Minute
	srv.WriteTimeout = time.Minute
	srv.MaxMessageBytes = 10 << 20
	srv.MaxRecipients = 100
	srv.AllowInsecureAuth = true
	// Clients killed mid-session are expected here.
	srv.ErrorLog = log.New(io.Discard, "", 0)
	s.srv = srv
	go func() { _ = srv.Serve(ln) }()
	return s, nil
}

// Addr is the host:port to send to.
func (s *Sink) Addr() string { return s.ln.Addr().String() }

// Close stops the server.
func (s *Sink) Close() error {
	if s.lean != nil {
		return s.lean.close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		return s.srv.Close()
	}
	return nil
}

// Total is the number of messages accepted (one per recipient).
func (s *Sink) Total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.total
}

// Connections is the number of SMTP connections opened so far.
func (s *Sink) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns
}

// Counts returns how many messages each recipient got.
func (s *Sink) Counts() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.counts))
	for k, v := range s.counts {
		out[k] = v
	}
	return out
}

// Messages returns the kept messages.
func (s *Sink) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

type session struct {
	s    *Sink
	from string
	to   []string
	buf  bytes.Buffer
}

func (x *session) Reset()        { x.from, x.to = "", x.to[:0] }
func (x *session) Logout() error { return nil }

func (x *session) Mail(from string, _ *smtp.MailOptions) error {
	x.from = from
	return nil
}

func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if x.s.opts.Rcpt != nil {
		if err := x.s.opts.Rcpt(to); err != nil {
			return err
		}
	}
	x.to = append(x.to, strings.ToLower(to))
	return nil
}

func (x *session) Data(r io.Reader) error {
	x.buf.Reset()
	if _, err := x.buf.ReadFrom(r); err != nil {
		return err
	}
	return x.s.accept(x.from, x.to, x.buf.Bytes())
}

// accept applies the Data hook and counts (and keeps) an accepted message.
func (s *Sink) accept(from string, to []string, data []byte) error {
	if s.opts.Data != nil {
		if err := s.opts.Data(from, to); err != nil {
			return err
		}
	}
	if len(to) == 0 {
		return errors.New("no recipients")
	}
	s.mu.Lock()
	for _, t := range to {
		s.counts[t]++
		s.total++
	}
	if s.opts.Keep {
		s.messages = append(s.messages, Message{From: from, To: append([]string(nil), to...), Data: bytes.Clone(data)})
	}
	s.mu.Unlock()
	return nil
}
