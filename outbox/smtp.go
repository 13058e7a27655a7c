package outbox

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"strconv"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/md2-rm/madoguchi/internal/config"
)

// SMTP sends through the configured mail server, one connection per mail
// (this mail is low in volume; campaigns reuse connections in outreach).
type SMTP struct {
	cfg config.SMTP
}

// NewSMTP returns a sender for the smtp.* configuration.
func NewSMTP(cfg config.SMTP) *SMTP { return &SMTP{cfg: cfg} }

// ClientOptions turns the smtp.* configuration into go-mail client options.
func ClientOptions(cfg config.SMTP) (host string, opts []gomail.Option, err error) {
	host, portStr, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return "", nil, fmt.Errorf("smtp.addr %q: %w", cfg.Addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return "", nil, fmt.Errorf("smtp.addr %q: bad port", cfg.Addr)
	}
	opts = []gomail.Option{gomail.WithPort(port), gomail.WithTimeout(30 * time.Second)}
	tlsConf := &tls.Config{ServerName: host, InsecureSkipVerify: cfg.InsecureSkipVerify, MinVersion: tls.VersionTLS12}
	switch cfg.TLS {
	case "tls":
		opts = append(opts, gomail.WithSSL(), gomail.WithTLSConfig(tlsConf))
	case "starttls":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory), gomail.WithTLSConfig(tlsConf))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if cfg.HELO != "" {
		opts = append(opts, gomail.WithHELO(cfg.HELO))
	}
	if cfg.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(cfg.Username), gomail.WithPassword(cfg.Password.Reveal()))
	}
	return host, opts, nil
}

// Send delivers one message.
func (s *SMTP) Send(ctx context.Context, msg *gomail.Msg) error {
	host, opts, err := ClientOptions(s.cfg)
	if err != nil {
		return err
	}
	c, err := gomail.NewClient(host, opts...)
	if err != nil {
		return fmt.Errorf("smtp client: %w", err)
	}
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		return fmt.Errorf("smtp %s: %w", s.cfg.Addr, err)
	}
	return nil
}
