package main

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/mail"
	"path"
	"sort"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/md2-rm/madoguchi/internal/config"
	"github.com/md2-rm/madoguchi/internal/smtptest"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/web"
)

// demoSamples are the labelled sample mails (a copy of testdata/samples),
// seeded into the demo mailbox.
//
//go:embed demo/samples/*.eml
var demoSamples embed.FS

const (
	demoUser     = "demo"
	demoPassword = "demo"
)

func runDemo(ctx context.Context, a *app, args []string) error {
	fs := a.flags("demo", "demo [--http ADDR]",
		"Run the whole service on embedded parts: an in-memory IMAP server seeded with the sample mail, an SMTP server "+
			"that keeps what is sent, SQLite in the data directory, the intake and the web UI. Runs until interrupted.")
	httpAddr := fs.String("http", "127.0.0.1:8080", "listen `ADDR` for the web server")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if err := requireLoopback(*httpAddr); err != nil {
		return err
	}
	log := a.logger()

	imapAddr, stopIMAP, err := startDemoIMAP(ctx)
	if err != nil {
		return err
	}
	defer stopIMAP()
	smtpSrv, err := smtptest.Start()
	if err != nil {
		return err
	}
	defer smtpSrv.Close()
	smtpSrv.OnMessage = func(m smtptest.Message) {
		subject := ""
		if msg, err := mail.ReadMessage(bytes.NewReader(m.Data)); err == nil {
			subject = (&mimeWords{}).decode(msg.Header.Get("Subject"))
		}
		log.Info("demo SMTP server received a mail", "subject", subject, "recipients", len(m.To), "bytes", len(m.Data))
	}

	cfg := config.Default()
	cfg.HTTP.Addr = *httpAddr
	cfg.HTTP.BaseURL = "http://" + *httpAddr
	cfg.IMAP = config.IMAP{
		Addr: imapAddr, TLS: "none", Username: demoUser, Password: config.Secret(demoPassword), Mailbox: "INBOX",
		ProcessedMailbox: "Processed", FailedMailbox: "Failed", PollInterval: config.Duration{Duration: 10 * time.Second}, IDLE: true,
	}
	cfg.SMTP = config.SMTP{Addr: smtpSrv.Addr, TLS: "none", From: "md@demo.madoguchi.invalid"}
	cfg.Org = config.Org{Name: "地域医療 医師派遣事業 事務局（デモ）", Address: "東京都千代田区（架空）", Phone: "03-0000-0000",
		Email: "md@demo.madoguchi.invalid", Website: "https://demo.madoguchi.invalid/"}
	cfg.Followup.StaffAddress = "staff@demo.madoguchi.invalid"
	if err := cfg.Validate(true); err != nil {
		return fmt.Errorf("demo configuration: %w", err)
	}
	rt, err := a.newRuntime(ctx, cfg)
	if err != nil {
		return err
	}
	if err := demoAccounts(ctx, rt); err != nil {
		rt.store.Close()
		return err
	}
	return rt.run(ctx, cfg.HTTP.Addr, func(addr net.Addr) {
		w := a.stderr
		fmt.Fprintf(w, "\nmadoguchi demo is running.\n\n")
		fmt.Fprintf(w, "  Web UI        http://%s/\n", addr)
		fmt.Fprint(w, demoSignIn())
		fmt.Fprintf(w, "  IMAP server   %s (user %q, password %q, no TLS), seeded with the sample mail\n", imapAddr, demoUser, demoPassword)
		fmt.Fprintf(w, "  SMTP server   %s keeps what madoguchi sends; each mail is logged below\n", smtpSrv.Addr)
		fmt.Fprintf(w, "  Database      %s\n\n", store.SQLitePath(rt.dataDir))
		fmt.Fprintf(w, "In another terminal:\n")
		fmt.Fprintf(w, "  madoguchi leads list --data %s\n", rt.dataDir)
		fmt.Fprintf(w, "  madoguchi leads show --data %s 1\n", rt.dataDir)
		fmt.Fprintf(w, "  madoguchi mail list --data %s\n\n", rt.dataDir)
		fmt.Fprintf(w, "Press Ctrl-C to stop.\n\n")
	})
}

// demoAccounts creates (or resets) the web UI's demo admin account.
func demoAccounts(ctx context.Context, rt *runtime) error {
	return web.EnsureUser(ctx, rt.store, demoUser, demoPassword, store.RoleAdmin)
}

// startDemoIMAP runs go-imap's in-memory server on a free loopback port with
// the demo user, and appends every sample to its INBOX.
func startDemoIMAP(ctx context.Context) (string, func(), error) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(demoUser, demoPassword)
	if err := user.Create("INBOX", nil); err != nil {
		return "", nil, fmt.Errorf("demo imap: %w", err)
	}
	mem.AddUser(user)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		Logger:       quietIMAPLog{},
	})
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("demo imap: %w", err)
	}
	go func() { _ = srv.Serve(ln) }()
	addr := ln.Addr().String()
	if err := seedDemoMailbox(addr); err != nil {
		srv.Close()
		return "", nil, err
	}
	return addr, func() { srv.Close() }, nil
}

func seedDemoMailbox(addr string) error {
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		return fmt.Errorf("demo imap: %w", err)
	}
	defer c.Close()
	if err := c.Login(demoUser, demoPassword).Wait(); err != nil {
		return fmt.Errorf("demo imap: %w", err)
	}
	names, err := fs.Glob(demoSamples, "demo/samples/*.eml")
	if err != nil {
		return fmt.Errorf("demo samples: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		raw, err := demoSamples.ReadFile(name)
		if err != nil {
			return fmt.Errorf("demo samples: %w", err)
		}
		cmd := c.Append("INBOX", int64(len(raw)), nil)
		if _, err := cmd.Write(raw); err != nil {
			return fmt.Errorf("demo imap: append %s: %w", path.Base(name), err)
		}
		if err := cmd.Close(); err != nil {
			return fmt.Errorf("demo imap: append %s: %w", path.Base(name), err)
		}
		if _, err := cmd.Wait(); err != nil {
			return fmt.Errorf("demo imap: append %s: %w", path.Base(name), err)
		}
	}
	return c.Logout().Wait()
}

type quietIMAPLog struct{}

func (quietIMAPLog) Printf(string, ...any) {}
func (quietIMAPLog) Println(...any)        {}

// mimeWords decodes RFC 2047 words for the demo's log lines.
type mimeWords struct{}

func (mimeWords) decode(s string) string {
	var d mime.WordDecoder
	if v, err := d.DecodeHeader(s); err == nil {
		return v
	}
	return s
}
