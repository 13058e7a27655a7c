package intake

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// Integration tests against a real Dovecot (scripts/ci-dovecot.sh) run when
// MADOGUCHI_TEST_IMAP_ADDR is set.
const (
	envIMAPAddr  = "MADOGUCHI_TEST_IMAP_ADDR"  // STARTTLS listener
	envIMAPSAddr = "MADOGUCHI_TEST_IMAPS_ADDR" // implicit TLS listener
	envIMAPPass  = "MADOGUCHI_TEST_IMAP_PASSWORD"
)

type dovecot struct {
	Addr, TLSAddr, User, Password string
}

// newDovecotUser returns a fresh user (its own empty Maildir) on the test
// Dovecot, or skips the test.
func newDovecotUser(t testing.TB) dovecot {
	t.Helper()
	addr := os.Getenv(envIMAPAddr)
	if addr == "" {
		t.Skipf("%s not set: Dovecot tests skipped (see scripts/ci-dovecot.sh)", envIMAPAddr)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	pass := os.Getenv(envIMAPPass)
	if pass == "" {
		pass = "test"
	}
	return dovecot{Addr: addr, TLSAddr: os.Getenv(envIMAPSAddr), User: "t" + hex.EncodeToString(b), Password: pass}
}

func (d dovecot) client(t testing.TB) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialStartTLS(d.Addr, &imapclient.Options{TLSConfig: insecureTLS()})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(d.User, d.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func (d dovecot) config(mode string) func(*MailboxConfig) {
	return func(c *MailboxConfig) {
		c.Addr, c.TLS, c.Username, c.Password = d.Addr, mode, d.User, d.Password
		if mode == "tls" {
			c.Addr = d.TLSAddr
		}
		c.TLSConfig = insecureTLS()
		c.TLSConfig.ServerName = "localhost"
	}
}

func TestDovecotWatcher(t *testing.T) {
	for _, mode := range []string{"starttls", "tls"} {
		t.Run(mode, func(t *testing.T) {
			d := newDovecotUser(t)
			if mode == "tls" && d.TLSAddr == "" {
				t.Skipf("%s not set", envIMAPSAddr)
			}
			c := d.client(t)
			for i := range 30 {
				extra := []string{"X-Test-Category: general"}
				if i == 3 {
					extra = append(extra, "X-Test-Fail: yes")
				}
				appendMail(t, c, "INBOX", testMail(fmt.Sprintf("d%d@example.com", i), fmt.Sprintf("件名 %d", i), fmt.Sprintf("dv%d@example.com", i), extra...))
			}
			st := storetest.Open(t, store.SQLite)
			_, stop := runWatcher(t, st, "", d.config(mode))
			waitFor(t, 20*time.Second, "backlog stored", func() bool { return storedCount(t, st) == 30 })
			waitFor(t, 10*time.Second, "inbox emptied", func() bool { return mailboxCount(t, c, "INBOX") == 0 })
			// Arrival to stored with IDLE.
			var lat []time.Duration
			for i := range 7 {
				start := time.Now()
				appendMail(t, c, "INBOX", testMail("idle@example.com", "idle", fmt.Sprintf("dvidle%d@example.com", i)))
				waitFor(t, 10*time.Second, "new mail stored", func() bool { return storedCount(t, st) == 31+i })
				lat = append(lat, time.Since(start))
			}
			waitFor(t, 10*time.Second, "inbox emptied", func() bool { return mailboxCount(t, c, "INBOX") == 0 })
			stop()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			t.Logf("Dovecot (%s): arrival to stored with IDLE: median %s, max %s", mode, lat[len(lat)/2], lat[len(lat)-1])
			if lat[len(lat)/2] > time.Second {
				t.Errorf("median latency %s, want under 1 s", lat[len(lat)/2])
			}
			if got := mailboxCount(t, c, "Processed"); got != 36 {
				t.Errorf("Processed holds %d, want 36", got)
			}
			if got := mailboxCount(t, c, "Failed"); got != 1 {
				t.Errorf("Failed holds %d, want 1", got)
			}
		})
	}
}

// TestDovecotNeverDeletesOnMisconfiguration checks C6: a wrong processed
// mailbox name that cannot be created must leave the mail where it is.
func TestDovecotNeverDeletesOnMisconfiguration(t *testing.T) {
	d := newDovecotUser(t)
	c := d.client(t)
	for i := range 3 {
		appendMail(t, c, "INBOX", testMail("a@example.com", "件名", fmt.Sprintf("mis%d@example.com", i)))
	}
	st := storetest.Open(t, store.SQLite)
	w := &Watcher{Processor: newTestProcessor(t, st), Store: st}
	w.Config = MailboxConfig{Mailbox: "INBOX", ProcessedMailbox: "bad\x00name", FailedMailbox: "Failed", BatchSize: 10,
		PollInterval: time.Second, CommandTimeout: 10 * time.Second}
	d.config("starttls")(&w.Config)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := w.session(ctx); err == nil {
		t.Error("session with an impossible processed mailbox did not fail")
	}
	if got := mailboxCount(t, c, "INBOX"); got != 3 {
		t.Errorf("INBOX holds %d after the failed session, want 3", got)
	}
}
