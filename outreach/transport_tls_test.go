package outreach

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// authBackend is a go-smtp backend that requires AUTH PLAIN as user/secret
// and records the mails it accepts.
type authBackend struct {
	mu    sync.Mutex
	mails []string
	tls   []bool
}

type authSession struct {
	b      *authBackend
	c      *smtp.Conn
	authed bool
}

func (b *authBackend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &authSession{b: b, c: c}, nil
}

func (s *authSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *authSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "user" || pass != "secret" {
			return &smtp.SMTPError{Code: 535, Message: "bad credentials"}
		}
		s.authed = true
		return nil
	}), nil
}

func (s *authSession) Mail(string, *smtp.MailOptions) error {
	if !s.authed {
		return &smtp.SMTPError{Code: 530, Message: "authentication required"}
	}
	return nil
}
func (s *authSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *authSession) Reset()                               {}
func (s *authSession) Logout() error                        { return nil }

func (s *authSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	_, isTLS := s.c.TLSConnectionState()
	s.b.mu.Lock()
	s.b.mails = append(s.b.mails, string(b))
	s.b.tls = append(s.b.tls, isTLS)
	s.b.mu.Unlock()
	return nil
}

func selfSigned(t *testing.T) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

func TestSMTPTLSAndAuth(t *testing.T) {
	cert := selfSigned(t)
	tcfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	for _, tc := range []struct {
		name     string
		mode     string // the transport's TLS setting
		password string
		wantErr  int // SMTP code of the expected failure, 0 for success
	}{
		{"starttls", "starttls", "secret", 0},
		{"implicit tls", "tls", "secret", 0},
		{"wrong password", "starttls", "wrong", 535},
	} {
		t.Run(tc.name, func(t *testing.T) {
			be := &authBackend{}
			srv := smtp.NewServer(be)
			srv.Domain = "localhost"
			srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
			var ln net.Listener
			var err error
			if tc.mode == "tls" {
				ln, err = tls.Listen("tcp", "127.0.0.1:0", tcfg)
			} else {
				srv.TLSConfig = tcfg
				ln, err = net.Listen("tcp", "127.0.0.1:0")
			}
			if err != nil {
				t.Fatal(err)
			}
			go func() { _ = srv.Serve(ln) }()
			t.Cleanup(func() { srv.Close() })
			tr := &SMTP{Addr: ln.Addr().String(), TLS: tc.mode, InsecureSkipVerify: true,
				Username: "user", Password: tc.password, Timeout: 5 * time.Second}
			conn, err := tr.Dial(context.Background())
			if tc.wantErr != 0 {
				var se *smtp.SMTPError
				if !errors.As(err, &se) || se.Code != tc.wantErr {
					t.Fatalf("dial: %v, want SMTP %d", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, to := range []string{"a@example.jp", "b@example.jp"} {
				if err := conn.Send(context.Background(), "news@example.jp", to, []byte("Subject: x\r\n\r\nbody\r\n")); err != nil {
					t.Fatalf("send to %s: %v", to, err)
				}
			}
			if err := conn.Close(); err != nil {
				t.Errorf("close: %v", err)
			}
			be.mu.Lock()
			defer be.mu.Unlock()
			if len(be.mails) != 2 || be.mails[0] != "Subject: x\r\n\r\nbody\r\n" {
				t.Fatalf("received %q", be.mails)
			}
			for i, secure := range be.tls {
				if !secure {
					t.Errorf("mail %d was not sent over TLS", i)
				}
			}
		})
	}
}
