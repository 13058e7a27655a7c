package smtpsink

import (
	"errors"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"
)

func TestSinkCountsKeepsAndRefuses(t *testing.T) {
	for _, lean := range []bool{false, true} {
		name := "go-smtp"
		if lean {
			name = "lean"
		}
		t.Run(name, func(t *testing.T) {
			s, err := Start(Options{Keep: true, Lean: lean,
				Rcpt: func(to string) error {
					if strings.HasPrefix(to, "nobody@") {
						return &smtp.SMTPError{Code: 550, Message: "no such user"}
					}
					return nil
				},
				Data: func(from string, _ []string) error {
					if from == "later@example.jp" {
						return &smtp.SMTPError{Code: 451, Message: "try later"}
					}
					return nil
				},
			})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			c, err := smtp.Dial(s.Addr())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if ok, _ := c.Extension("PIPELINING"); !ok {
				t.Error("PIPELINING not advertised")
			}
			body := "Subject: x\r\n\r\n.leading dot\r\nline\r\n"
			sends := []struct {
				from, to string
				code     int // 0: accepted
			}{
				{"a@example.jp", "One@Example.jp", 0},
				{"a@example.jp", "two@example.jp", 0},
				{"a@example.jp", "one@example.jp", 0},
				{"a@example.jp", "nobody@example.jp", 550},
				{"later@example.jp", "three@example.jp", 451},
			}
			for _, snd := range sends {
				err := c.SendMail(snd.from, []string{snd.to}, strings.NewReader(body))
				var se *smtp.SMTPError
				switch {
				case snd.code == 0 && err != nil:
					t.Fatalf("send to %s: %v", snd.to, err)
				case snd.code != 0 && (!errors.As(err, &se) || se.Code != snd.code):
					t.Fatalf("send to %s: %v, want code %d", snd.to, err, snd.code)
				}
				if err != nil {
					if err := c.Reset(); err != nil {
						t.Fatal(err)
					}
				}
			}
			if got := s.Total(); got != 3 {
				t.Errorf("total %d, want 3", got)
			}
			counts := s.Counts()
			if counts["one@example.jp"] != 2 || counts["two@example.jp"] != 1 || len(counts) != 2 {
				t.Errorf("counts %v", counts)
			}
			msgs := s.Messages()
			if len(msgs) != 3 {
				t.Fatalf("kept %d messages", len(msgs))
			}
			if got := string(msgs[1].Data); got != body {
				t.Errorf("kept %q, want %q", got, body)
			}
			if msgs[0].From != "a@example.jp" || msgs[0].To[0] != "one@example.jp" {
				t.Errorf("envelope %q %q", msgs[0].From, msgs[0].To)
			}
			if err := c.Quit(); err != nil {
				t.Errorf("quit: %v", err)
			}
			if s.Connections() != 1 {
				t.Errorf("connections %d", s.Connections())
			}
		})
	}
}
