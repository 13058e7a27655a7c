package intake

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/config"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/templates"
)

// envChild makes the test binary run the intake daemon instead of the tests:
// the crash test and the backlog benchmark start it as a subprocess, so
// that it can be killed for real and its memory measured alone.
const envChild = "MADOGUCHI_INTAKE_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(envChild) != "" {
		os.Exit(runChild())
	}
	os.Exit(m.Run())
}

// runChild runs watcher, worker and outbox on the SQLite database, mailbox
// and SMTP server named in the environment until killed or, with
// MADOGUCHI_INTAKE_CHILD=drain, until the mailbox is empty.
func runChild() int {
	env := os.Getenv
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	st, err := store.Open(ctx, store.SQLite, env("CHILD_DB"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	tpl, err := templates.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	smtpCfg := config.SMTP{Addr: env("CHILD_SMTP"), TLS: "none", From: "md@example.jp"}
	ob := &outbox.Outbox{Store: st, Sender: outbox.NewSMTP(smtpCfg), From: smtpCfg.From}
	p := &Processor{
		Store: st, Parse: Parser(ParseOptions{}), Mailer: ob, Templates: tpl, Calendar: NewCalendar(tokyo),
		Org: templates.Org{Name: "事務局", Email: "md@example.jp"}, From: "md@example.jp", Own: []string{"md@example.jp"},
		ParseTimeout: 30 * time.Second, SoftBounceLimit: 3, ReviewWithin: 8, Log: log,
	}
	batch, _ := strconv.Atoi(env("CHILD_BATCH"))
	w := &Watcher{
		Config: MailboxConfig{
			Addr: env("CHILD_IMAP"), TLS: "starttls", Username: env("CHILD_USER"), Password: env("CHILD_PASS"),
			Mailbox: "INBOX", ProcessedMailbox: "Processed", FailedMailbox: "Failed", PollInterval: time.Second,
			IDLE: true, BatchSize: batch, MaxMessageSize: 30 << 20, TLSConfig: insecureTLS(), LeaseTTL: 2 * time.Second,
		},
		Processor: p, Store: st, Log: log,
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workerDone := make(chan error, 1)
	if os.Getenv(envChild) == "daemon" {
		worker := &store.Worker{Store: st, Handlers: map[string]store.Handler{outbox.JobKind: ob.Handle},
			Poll: 100 * time.Millisecond, Lease: 5 * time.Second,
			// One mail in flight: a kill can then duplicate at most the one
			// acknowledgement between SMTP acceptance and its record.
			Concurrency: 1}
		go func() { workerDone <- worker.Run(ctx) }()
	} else {
		close(workerDone)
		// drain: stop once the mailbox is empty.
		account := w.account()
		go func() {
			for ctx.Err() == nil {
				time.Sleep(50 * time.Millisecond)
				s, err := st.GetIMAPState(ctx, account, "INBOX")
				if err != nil || s == nil {
					continue
				}
				var moved, total int
				_ = st.DB.Get(&total, `SELECT COUNT(*) FROM messages`)
				_ = st.DB.Get(&moved, `SELECT COUNT(*) FROM messages WHERE moved_at IS NOT NULL`)
				want, _ := strconv.Atoi(env("CHILD_EXPECT"))
				if total >= want && moved == total {
					cancel()
				}
			}
		}()
	}
	if err := w.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	<-workerDone
	if os.Getenv("CHILD_REPORT") != "" {
		wal, _ := os.Stat(env("CHILD_DB") + "-wal")
		status, _ := os.ReadFile("/proc/self/status")
		fmt.Fprintf(os.Stderr, "child: wal %d bytes\n%s", wal.Size(), status)
	}
	return 0
}
