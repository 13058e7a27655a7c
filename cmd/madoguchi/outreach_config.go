package main

import (
	"context"
	"fmt"
	"net/mail"
	"strings"

	"github.com/md2-rm/madoguchi/internal/config"
	"github.com/md2-rm/madoguchi/outreach"
	"github.com/md2-rm/madoguchi/outreach/admin"
	"github.com/md2-rm/madoguchi/store"
)

// orgOf returns the sender named in campaign mail.
func orgOf(cfg config.Config) outreach.Org {
	return outreach.Org{Name: cfg.Org.Name, Address: cfg.Org.Address, Phone: cfg.Org.Phone,
		Email: cfg.Org.Email, Website: cfg.Org.Website}
}

// outreachEngine builds the campaign sender from the configuration.
func outreachEngine(cfg config.Config, st *store.Store, dataDir string, a *app) (*outreach.Engine, error) {
	secret, err := outreach.LoadSecret(cfg.HTTP.SecretKey.Reveal(), dataDir)
	if err != nil {
		return nil, err
	}
	signer, err := outreach.NewSigner(secret)
	if err != nil {
		return nil, err
	}
	from, err := mail.ParseAddress(cfg.SMTP.From)
	if err != nil {
		return nil, fmt.Errorf("smtp.from: %w", err)
	}
	e := &outreach.Engine{
		Store:  st,
		Signer: signer,
		Log:    a.logger().With("component", "outreach"),
		Transport: &outreach.SMTP{Addr: cfg.SMTP.Addr, TLS: cfg.SMTP.TLS, InsecureSkipVerify: cfg.SMTP.InsecureSkipVerify,
			Username: cfg.SMTP.Username, Password: cfg.SMTP.Password.Reveal(), HELO: cfg.SMTP.HELO},
		Opts: outreach.Options{
			Concurrency: cfg.Outreach.Concurrency, Rate: cfg.Outreach.Rate, PerDomainRate: cfg.Outreach.PerDomainRate,
			MaxAttempts: cfg.Outreach.MaxAttempts, RetryBackoff: cfg.Outreach.RetryBackoff.Duration,
			BatchSize: cfg.Outreach.BatchSize, Org: orgOf(cfg), FromAddr: from.Address,
			BounceDomain: cfg.Outreach.BounceDomain, BaseURL: cfg.HTTP.BaseURL, UnsubscribeTo: unsubscribeMailbox(cfg),
			DefaultWindow: cfg.Outreach.SendWindow, Location: cfg.Location(),
		},
	}
	if cfg.Outreach.DKIMKeyFile != "" {
		domain := cfg.Outreach.DKIMDomain
		if domain == "" {
			domain = from.Address[strings.LastIndexByte(from.Address, '@')+1:]
		}
		d, err := outreach.LoadDKIM(domain, cfg.Outreach.DKIMSelector, cfg.Outreach.DKIMKeyFile)
		if err != nil {
			return nil, err
		}
		e.DKIM = d
	}
	return e, nil
}

// unsubscribeMailbox is the mailto target of List-Unsubscribe: the watched
// mailbox's address (smtp.from), where intake turns "unsubscribe TOKEN"
// subjects into suppressions.
func unsubscribeMailbox(cfg config.Config) string {
	if a, err := mail.ParseAddress(cfg.SMTP.From); err == nil {
		return a.Address
	}
	return ""
}

// addOutreach mounts the public unsubscribe endpoint and the campaign pages
// of the staff UI, and adds the campaign scheduler to the service.
func (a *app) addOutreach(rt *runtime) error {
	secret, err := outreach.LoadSecret(rt.cfg.HTTP.SecretKey.Reveal(), rt.dataDir)
	if err != nil {
		return err
	}
	signer, err := outreach.NewSigner(secret)
	if err != nil {
		return err
	}
	log := rt.log.With("component", "outreach")
	if rt.intake != nil {
		rt.intake.Campaigns = campaignMail{st: rt.store, signer: signer, softLimit: rt.cfg.Intake.SoftBounces}
	}
	rt.web.Handle(outreach.UnsubscribePattern, &outreach.UnsubscribeHandler{Store: rt.store, Signer: signer, Log: log, Org: orgOf(rt.cfg)})
	pages := &admin.Pages{Store: rt.store, Signer: signer, Org: orgOf(rt.cfg), BaseURL: rt.cfg.HTTP.BaseURL,
		TestAddresses: rt.cfg.Outreach.TestAddresses}
	if rt.cfg.SMTP.From == "" || rt.cfg.SMTP.Addr == "" {
		log.Warn("campaign scheduler off: smtp.addr and smtp.from are needed to send")
		return admin.Register(rt.web, pages)
	}
	e, err := outreachEngine(rt.cfg, rt.store, rt.dataDir, a)
	if err != nil {
		return err
	}
	pages.Tester = e
	if err := admin.Register(rt.web, pages); err != nil {
		return err
	}
	sched := &outreach.Scheduler{Store: rt.store, Engine: e, Log: log, Grace: rt.cfg.Outreach.MissedGrace.Duration}
	rt.components = append(rt.components, component{name: "campaign scheduler", run: sched.Run})
	return nil
}

// campaignMail lets intake act on bounces and unsubscribe requests that
// answer campaign mail, inside the transaction that stores the mail.
type campaignMail struct {
	st        *store.Store
	signer    *outreach.Signer
	softLimit int
}

func (c campaignMail) Bounce(ctx context.Context, q store.Execer, token, status string, hard bool) (bool, error) {
	_, ok, err := outreach.RecordLedgerBounce(ctx, c.st, q, c.signer, token, status, hard, c.softLimit)
	return ok, err
}

func (c campaignMail) UnsubscribeBySubject(ctx context.Context, q store.Execer, subject string) (bool, error) {
	return outreach.UnsubscribeBySubject(ctx, c.st, q, c.signer, subject)
}

func (c campaignMail) Unsubscribe(ctx context.Context, q store.Execer, addr, source string) error {
	_, err := outreach.UnsubscribeIn(ctx, c.st, q, addr, source)
	return err
}
