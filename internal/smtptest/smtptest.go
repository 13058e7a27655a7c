// Package smtptest runs an in-process SMTP server on loopback that records
// what it receives, for tests and the demo. It can answer 4xx for a while or
// reject chosen recipients with 5xx.
package smtptest

import (
	"bytes"
	"context"
	"fmt"
	"io"
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
	At   time.Time
}

// Server is a recording SMTP server.
type Server struct {
	Addr string // host:port it listens on

	// OnMessage, when set, is called for every accepted message.
	OnMessage func(Message)

	srv *smtp.Server
	mu  sync.Mutex
	got []Message
	// tempFailures makes the next N DATA commands answer 451.
	tempFailures int
	// reject answers 550 at RCPT for matching recipients.
	reject func(rcpt string) bool
}

// Start listens on 127.0.0.1 at a free port and serves until Close.
func Start() (*Server, error) { return StartAt("127.0.0.1:0") }

// StartAt listens on addr (a loopback address) and serves until Close.
func StartAt(addr string) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("smtptest: %w", err)
	}
	s := &Server{Addr: ln.Addr().String()}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &session{s: s}, nil
	}))
	s.srv.Domain = "localhost"
	s.srv.AllowInsecureAuth = true
	s.srv.MaxMessageBytes = 50 << 20
	s.srv.MaxRecipients = 1000
	s.srv.ReadTimeout = time.Minute
	s.srv.WriteTimeout = time.Minute
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// Close stops the server.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		return s.srv.Close()
	}
	return nil
}

// FailNext makes the next n messages fail with 451 (a temporary error).
func (s *Server) FailNext(n int) {
	s.mu.Lock()
	s.tempFailures = n
	s.mu.Unlock()
}

// Reject makes RCPT answer 550 for every recipient for which fn is true.
func (s *Server) Reject(fn func(rcpt string) bool) {
	s.mu.Lock()
	s.reject = fn
	s.mu.Unlock()
}

// Messages returns a copy of what was received so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.got...)
}

// Wait blocks until at least n messages arrived or the timeout passed, and
// returns what arrived.
func (s *Server) Wait(n int, timeout time.Duration) []Message {
	deadline := time.Now().Add(timeout)
	for {
		got := s.Messages()
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(5 * time.Millisecond)
	}
}

type session struct {
	s    *Server
	from string
	to   []string
}

func (ss *session) Reset()        { ss.from, ss.to = "", nil }
func (ss *session) Logout() error { return nil }

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.s.mu.Lock()
	reject := ss.s.reject
	ss.s.mu.Unlock()
	if reject != nil && reject(strings.ToLower(to)) {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, r); err != nil {
		return err
	}
	ss.s.mu.Lock()
	if ss.s.tempFailures > 0 {
		ss.s.tempFailures--
		ss.s.mu.Unlock()
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	m := Message{From: ss.from, To: append([]string(nil), ss.to...), Data: buf.Bytes(), At: time.Now()}
	ss.s.got = append(ss.s.got, m)
	cb := ss.s.OnMessage
	ss.s.mu.Unlock()
	if cb != nil {
		cb(m)
	}
	return nil
}
