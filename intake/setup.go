package intake

import (
	"log/slog"
	"net/mail"
	"strings"
	"time"

	"github.com/md2-rm/madoguchi/internal/config"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/templates"
)

// NewProcessor builds the processor from the configuration, with the real
// parser and the given mailer.
func NewProcessor(cfg config.Config, st *store.Store, mailer Mailer, log *slog.Logger) (*Processor, error) {
	tpl, err := templates.Load()
	if err != nil {
		return nil, err
	}
	loc := cfg.Location()
	var own []string
	for _, a := range []string{cfg.SMTP.From, cfg.Org.Email, cfg.Followup.StaffAddress, cfg.IMAP.Username} {
		if addr, err := mail.ParseAddress(a); err == nil {
			own = append(own, strings.ToLower(addr.Address))
		}
	}
	if len(own) == 0 {
		log.Warn("no own address configured (smtp.from, org.email): mail from ourselves cannot be recognised")
	}
	p := &Processor{
		Store: st, Parse: Parser(ParseOptions{Location: loc}), Mailer: mailer, Templates: tpl,
		Calendar: NewCalendar(loc),
		Org: templates.Org{Name: cfg.Org.Name, Address: cfg.Org.Address, Phone: cfg.Org.Phone, Email: cfg.Org.Email,
			Website: cfg.Org.Website},
		From: cfg.SMTP.From, Own: own, StaffAddress: cfg.Followup.StaffAddress, BaseURL: cfg.HTTP.BaseURL,
		ParseTimeout: cfg.Intake.ParseTimeout.Duration, AckInterval: cfg.Intake.AckInterval.Duration,
		SoftBounceLimit: cfg.Intake.SoftBounces, ReviewWithin: cfg.Followup.ReviewWithin,
		InquirerAfter: time.Duration(cfg.Followup.InquirerAfter) * 24 * time.Hour,
		Log:           log,
	}
	if p.Org.Name == "" {
		log.Warn("org.name is not set: acknowledgements name the secretariat only as 事務局")
		p.Org.Name = "事務局"
	}
	return p, nil
}
