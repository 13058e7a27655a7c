package outreach

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/md2-rm/madoguchi/outreach/smtpsink"
)

func TestSMTPConnSendsRefusesAndReuses(t *testing.T) {
	msg := "Subject: t\r\n\r\n.dot at the start\r\nbare LF\nend"
	want := "Subject: t\r\n\r\n.dot at the start\r\nbare LF\r\nend\r\n"
	for _, tc := range []struct {
		name       string
		lean       bool
		pipelining bool
		chunking   bool
	}{
		{"go-smtp/chunked", false, true, true},
		{"go-smtp/pipelined", false, true, false},
		{"go-smtp/sequential", false, false, false},
		{"lean/chunked", true, true, true},
		{"lean/pipelined", true, true, false},
		{"lean/sequential", true, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sink := startSink(t, smtpsink.Options{Keep: true, Lean: tc.lean,
				Rcpt: func(to string) error {
					if strings.HasPrefix(to, "gone@") {
						return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
					}
					return nil
				},
				Data: func(from string, _ []string) error {
					if from == "busy@example.jp" {
						return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}
					}
					return nil
				},
			})
			tr := &SMTP{Addr: sink.Addr(), TLS: "none", noPipelining: !tc.pipelining, noChunking: !tc.chunking}
			conn, err := tr.Dial(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if c := conn.(*smtpConn); c.pipelining != tc.pipelining || c.chunking != tc.chunking {
				t.Fatalf("pipelining %v chunking %v, want %v %v", c.pipelining, c.chunking, tc.pipelining, tc.chunking)
			}
			sends := []struct {
				from, to   string
				code       int
				temporary  bool
				reuse      bool
				errContain string
			}{
				{"b@example.jp", "one@example.jp", 0, false, true, ""},
				{"b@example.jp", "gone@example.jp", 550, false, true, "no such user"},
				{"busy@example.jp", "two@example.jp", 451, true, true, "try later"},
				{"b@example.jp", "two@example.jp", 0, false, true, ""},
			}
			for _, s := range sends {
				err := conn.Send(context.Background(), s.from, s.to, []byte(msg))
				if s.code == 0 {
					if err != nil {
						t.Fatalf("send to %s: %v", s.to, err)
					}
					continue
				}
				code, temporary, reuse := classify(err)
				if code != s.code || temporary != s.temporary || reuse != s.reuse || !strings.Contains(err.Error(), s.errContain) {
					t.Fatalf("send to %s: %v: code %d temporary %v reuse %v", s.to, err, code, temporary, reuse)
				}
				var se *smtp.SMTPError
				if errors.As(err, &se) && se.EnhancedCode[0] != s.code/100 {
					t.Errorf("enhanced code %v for %d", se.EnhancedCode, s.code)
				}
			}
			if err := conn.Close(); err != nil {
				t.Errorf("close: %v", err)
			}
			msgs := sink.Messages()
			if len(msgs) != 2 || msgs[0].To[0] != "one@example.jp" || msgs[1].To[0] != "two@example.jp" {
				t.Fatalf("received %+v", msgs)
			}
			// DATA and BDAT deliver the same bytes.
			if got := string(msgs[0].Data); got != want {
				t.Errorf("received %q, want %q", got, want)
			}
			if sink.Connections() != 1 {
				t.Errorf("%d connections, want 1 reused", sink.Connections())
			}
		})
	}
}

func TestSMTPConnRefusesLineBreaksInAddresses(t *testing.T) {
	sink := startSink(t, smtpsink.Options{Lean: true})
	conn, err := (&SMTP{Addr: sink.Addr(), TLS: "none"}).Dial(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	err = conn.Send(context.Background(), "a@example.jp", "x@example.jp>\r\nRCPT TO:<y@example.jp", []byte("x\r\n"))
	if code, temporary, _ := classify(err); code != 501 || temporary {
		t.Fatalf("err %v, want a permanent 501", err)
	}
	if sink.Total() != 0 {
		t.Fatalf("sink received %d", sink.Total())
	}
}

func TestCanonicalCRLF(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"a", "a\r\n"},
		{"a\r\nb\r\n", "a\r\nb\r\n"},
		{"a\nb", "a\r\nb\r\n"},
		{"a\r\n\n.\r", "a\r\n\r\n.\r\r\n"},
	} {
		if got := string(canonicalCRLF([]byte(tc.in))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWriteDotStuffed(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{".", "..\r\n"},
		{"a\r\n.b\r\n", "a\r\n..b\r\n"},
		{"a\n..\nc", "a\r\n...\r\nc\r\n"},
		{"x\r\n.\r\n", "x\r\n..\r\n"},
	} {
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		writeDotStuffed(w, []byte(tc.in))
		w.Flush()
		if b.String() != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, b.String(), tc.want)
		}
	}
}

// A refusal decided before anything is sent must leave the connection clean
// for the next mail: nothing of the refused command may linger in the buffer.
func TestSMTPConnNonASCIIRefusalKeepsConnectionClean(t *testing.T) {
	for _, tc := range []struct {
		name       string
		lean       bool
		pipelining bool
		chunking   bool
	}{
		{"go-smtp/sequential", false, false, false},
		{"lean/pipelined", true, true, false},
		{"lean/chunked", true, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sink := startSink(t, smtpsink.Options{Keep: true, Lean: tc.lean})
			conn, err := (&SMTP{Addr: sink.Addr(), TLS: "none", noPipelining: !tc.pipelining, noChunking: !tc.chunking}).Dial(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			err = conn.Send(context.Background(), "b@example.jp", "医師@example.jp", []byte("Subject: x\r\n\r\nx\r\n"))
			if code, temporary, reuse := classify(err); code != 553 || temporary || !reuse {
				t.Fatalf("non-ASCII address without SMTPUTF8: %v (code %d temporary %v reuse %v)", err, code, temporary, reuse)
			}
			if err := conn.Send(context.Background(), "b@example.jp", "one@example.jp", []byte("Subject: y\r\n\r\ny\r\n")); err != nil {
				t.Fatalf("next mail on the same connection: %v", err)
			}
			if msgs := sink.Messages(); len(msgs) != 1 || msgs[0].From != "b@example.jp" || msgs[0].To[0] != "one@example.jp" {
				t.Fatalf("received %+v", msgs)
			}
		})
	}
}

func TestSMTPDialRefusesPasswordInClear(t *testing.T) {
	sink := startSink(t, smtpsink.Options{})
	for _, tc := range []struct {
		name    string
		tr      SMTP
		refused bool
	}{
		// Refused before any connection is made: the name is never resolved.
		{"remote host, no TLS", SMTP{Addr: "mail.example.jp:587", TLS: "none", Username: "u", Password: "p"}, true},
		{"remote host, TLS mode unset", SMTP{Addr: "mail.example.jp:587", Username: "u", Password: "p"}, true},
		{"loopback, no TLS", SMTP{Addr: sink.Addr(), TLS: "none", Username: "u", Password: "p"}, false},
		{"no password", SMTP{Addr: sink.Addr(), TLS: "none"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			conn, err := tc.tr.Dial(ctx)
			if conn != nil {
				conn.Close()
			}
			if refused := err != nil && strings.Contains(err.Error(), "without TLS"); refused != tc.refused {
				t.Fatalf("err %v, want refused %v", err, tc.refused)
			}
			// The sink offers no AUTH: with a password on loopback the
			// dial gets as far as the server's answer to AUTH.
			if !tc.refused && tc.tr.Username == "" && err != nil {
				t.Fatalf("dial: %v", err)
			}
		})
	}
}

// fakeAuthServer answers AUTH with code and records the line the client
// sends after that reply.
func fakeAuthServer(t *testing.T, code string) (addr string, next <-chan string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	ch := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		r := bufio.NewReader(c)
		fmt.Fprint(c, "220 fake\r\n")
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				ch <- "(closed)"
				return
			}
			switch {
			case strings.HasPrefix(line, "EHLO"):
				fmt.Fprint(c, "250-fake\r\n250 AUTH PLAIN\r\n")
			case strings.HasPrefix(line, "AUTH"):
				fmt.Fprint(c, code+" 5.7.8 authentication failed\r\n")
			default:
				ch <- strings.TrimSpace(line)
				fmt.Fprint(c, "221 bye\r\n")
				return
			}
		}
	}()
	return ln.Addr().String(), ch
}

// After the server's final answer to AUTH the exchange is over: the client
// must not send "*" (RFC 4954 4 allows it only in answer to a 334).
func TestSMTPAuthFailureSendsNoCancel(t *testing.T) {
	addr, next := fakeAuthServer(t, "535")
	_, err := (&SMTP{Addr: addr, TLS: "none", Username: "u", Password: "p"}).Dial(context.Background())
	if err == nil || !strings.Contains(err.Error(), "535") {
		t.Fatalf("dial: %v, want the 535", err)
	}
	select {
	case line := <-next:
		if line == "*" {
			t.Fatalf("client sent %q after a final reply", line)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("server saw nothing after AUTH")
	}
}
