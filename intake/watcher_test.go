package intake

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// runWatcher starts a watcher on srv's INBOX and stops it when the test ends.
func runWatcher(t testing.TB, st *store.Store, addr string, mod func(*MailboxConfig), opts ...func(*Watcher)) (*Watcher, func()) {
	t.Helper()
	cfg := MailboxConfig{
		Addr: addr, TLS: "none", Username: "md", Password: "secret", Mailbox: "INBOX",
		ProcessedMailbox: "Processed", FailedMailbox: "Failed", PollInterval: time.Second, IDLE: true,
		BatchSize: 7, MaxMessageSize: 1 << 20, CommandTimeout: 10 * time.Second,
	}
	if mod != nil {
		mod(&cfg)
	}
	w := &Watcher{Config: cfg, Processor: newTestProcessor(t, st), Store: st}
	for _, o := range opts {
		o(w)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop := func() { once.Do(func() { stopWatcher(t, cancel, done) }) }
	t.Cleanup(stop)
	return w, stop
}

func stopWatcher(t testing.TB, cancel func(), done chan error) {
	{
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("watcher: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("watcher did not stop")
		}
	}
}

func storedCount(t testing.TB, st *store.Store) int {
	return count(t, st, `SELECT COUNT(*) FROM messages WHERE direction = 'in'`)
}

func TestWatcherDrainsInBatchesAndMoves(t *testing.T) {
	tests := []struct {
		name string
		caps imap.CapSet
	}{
		{"MOVE", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}},
		{"COPY and UID EXPUNGE", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIdle: {}, imap.CapUIDPlus: {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := startMemIMAP(t, tt.caps)
			c := testClient(t, srv.Addr, "md", "secret", "none")
			const n = 23 // more than three batches of 7 (C5)
			for i := range n {
				extra := []string{"X-Test-Category: general"}
				if i == 5 {
					extra = append(extra, "X-Test-Fail: yes")
				}
				appendMail(t, c, "INBOX", testMail(fmt.Sprintf("u%d@example.com", i), fmt.Sprintf("件名 %d", i), fmt.Sprintf("w%d@example.com", i), extra...))
			}
			// Another client's deleted mail must survive our expunges.
			appendMail(t, c, "INBOX", testMail("keep@example.com", "keep", "keep@example.com"))
			st := storetest.Open(t, store.SQLite)
			_, stop := runWatcher(t, st, srv.Addr, func(c *MailboxConfig) {
				c.Username, c.Password = "md", "secret"
			})
			waitFor(t, 10*time.Second, "all mail stored", func() bool { return storedCount(t, st) == n+1 })
			waitFor(t, 10*time.Second, "inbox emptied", func() bool { return mailboxCount(t, c, "INBOX") == 0 })
			// The move is recorded right after the server confirms it.
			waitFor(t, 10*time.Second, "every move recorded", func() bool {
				return count(t, st, `SELECT COUNT(*) FROM messages WHERE moved_at IS NULL AND direction = 'in'`) == 0
			})
			stop()
			if got := mailboxCount(t, c, "Processed"); got != n {
				t.Errorf("Processed holds %d, want %d", got, n)
			}
			if got := mailboxCount(t, c, "Failed"); got != 1 {
				t.Errorf("Failed holds %d, want 1", got)
			}
			if n := count(t, st, `SELECT COUNT(*) FROM messages WHERE error IS NOT NULL`); n != 1 {
				t.Errorf("mails stored with an error = %d, want 1", n)
			}
		})
	}
}

func TestWatcherIdleLatency(t *testing.T) {
	srv := startMemIMAP(t, nil)
	c := testClient(t, srv.Addr, "md", "secret", "none")
	st := storetest.Open(t, store.SQLite)
	var mu sync.Mutex
	arrived := map[int64]time.Time{}
	w, _ := runWatcher(t, st, srv.Addr, func(c *MailboxConfig) { c.PollInterval = time.Hour }, func(w *Watcher) {
		w.Processed = func(o Outcome) {
			mu.Lock()
			arrived[o.MessageID] = time.Now()
			mu.Unlock()
		}
	})
	waitFor(t, 5*time.Second, "watcher idling", func() bool {
		s, _ := st.GetIMAPState(context.Background(), w.account(), "INBOX")
		return s != nil
	})
	time.Sleep(200 * time.Millisecond)
	var lat []time.Duration
	for i := range 5 {
		start := time.Now()
		appendMail(t, c, "INBOX", testMail("idle@example.com", "idle", fmt.Sprintf("idle%d@example.com", i)))
		waitFor(t, 5*time.Second, "mail stored", func() bool { return storedCount(t, st) == i+1 })
		lat = append(lat, time.Since(start))
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("arrival to stored with IDLE: median %s, max %s", lat[len(lat)/2], lat[len(lat)-1])
	if lat[len(lat)/2] > 2*time.Second {
		t.Errorf("median %s: IDLE notices are not being used (poll interval is an hour)", lat[len(lat)/2])
	}
}

func TestWatcherUIDValidityChange(t *testing.T) {
	srv := startMemIMAP(t, nil)
	c := testClient(t, srv.Addr, "md", "secret", "none")
	if err := c.Create("Work", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	mails := [][]byte{
		testMail("a@example.com", "一", "v1@example.com"),
		testMail("b@example.com", "二", "v2@example.com"),
	}
	for _, m := range mails {
		appendMail(t, c, "Work", m)
	}
	st := storetest.Open(t, store.SQLite)
	// Flag-only: the mail stays in the mailbox, as on a server whose flags
	// another client may clear (C3).
	_, stop := runWatcher(t, st, srv.Addr, func(c *MailboxConfig) {
		c.Mailbox, c.ProcessedMailbox, c.FailedMailbox = "Work", "", ""
	})
	waitFor(t, 5*time.Second, "first mails", func() bool { return storedCount(t, st) == 2 })
	stop()
	// The mailbox is rebuilt: new UIDVALIDITY, the same mail plus one new.
	if err := c.Delete("Work").Wait(); err != nil {
		t.Fatal(err)
	}
	if err := c.Create("Work", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	for _, m := range append(mails, testMail("c@example.com", "三", "v3@example.com")) {
		appendMail(t, c, "Work", m)
	}
	_, stop = runWatcher(t, st, srv.Addr, func(c *MailboxConfig) {
		c.Mailbox, c.ProcessedMailbox, c.FailedMailbox = "Work", "", ""
	})
	waitFor(t, 5*time.Second, "the new mail", func() bool { return storedCount(t, st) == 3 })
	time.Sleep(300 * time.Millisecond)
	stop()
	if n := storedCount(t, st); n != 3 {
		t.Errorf("stored %d mails, want 3 (no duplicates after UIDVALIDITY change)", n)
	}
	if n := count(t, st, `SELECT COUNT(*) FROM leads`); n != 3 {
		t.Errorf("leads = %d, want 3", n)
	}
	if got := mailboxCount(t, c, "Work"); got != 3 {
		t.Errorf("flag-only mode removed mail: %d left, want 3", got)
	}
}

func TestWatcherMovesLeftoversAfterCrash(t *testing.T) {
	srv := startMemIMAP(t, nil)
	c := testClient(t, srv.Addr, "md", "secret", "none")
	raw := testMail("a@example.com", "残り", "left@example.com")
	appendMail(t, c, "INBOX", raw)
	st := storetest.Open(t, store.SQLite)
	// The mail was stored and the position advanced, then the process died
	// before the move.
	p := newTestProcessor(t, st)
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	w := &Watcher{Config: MailboxConfig{Addr: srv.Addr, Username: "md", Mailbox: "INBOX"}}
	next := store.IMAPState{Account: w.account(), Mailbox: "INBOX", UIDValidity: sel.UIDValidity, LastUID: 1}
	if _, err := p.Process(context.Background(), Incoming{Mailbox: "INBOX", UIDValidity: sel.UIDValidity, UID: 1, Raw: raw, Size: int64(len(raw))},
		func(q store.Execer) error { return st.PutIMAPState(context.Background(), q, next) }); err != nil {
		t.Fatal(err)
	}
	if err := c.Unselect().Wait(); err != nil {
		t.Fatal(err)
	}
	_, stop := runWatcher(t, st, srv.Addr, nil)
	waitFor(t, 5*time.Second, "leftover moved", func() bool { return mailboxCount(t, c, "INBOX") == 0 })
	stop()
	if n := storedCount(t, st); n != 1 {
		t.Errorf("stored %d, want 1", n)
	}
	if got := mailboxCount(t, c, "Processed"); got != 1 {
		t.Errorf("Processed holds %d, want 1", got)
	}
}

func TestWatcherJapaneseMailboxNames(t *testing.T) {
	srv := startMemIMAP(t, nil)
	c := testClient(t, srv.Addr, "md", "secret", "none")
	appendMail(t, c, "INBOX", testMail("a@example.com", "失敗", "jp1@example.com", "X-Test-Fail: yes"))
	appendMail(t, c, "INBOX", testMail("b@example.com", "成功", "jp2@example.com"))
	st := storetest.Open(t, store.SQLite)
	_, stop := runWatcher(t, st, srv.Addr, func(c *MailboxConfig) {
		c.ProcessedMailbox, c.FailedMailbox = "処理済み", "読めなかったメール"
	})
	waitFor(t, 5*time.Second, "inbox emptied", func() bool { return mailboxCount(t, c, "INBOX") == 0 })
	stop()
	if got := mailboxCount(t, c, "処理済み"); got != 1 {
		t.Errorf("処理済み holds %d, want 1", got)
	}
	if got := mailboxCount(t, c, "読めなかったメール"); got != 1 {
		t.Errorf("読めなかったメール holds %d, want 1", got)
	}
}

func TestMailboxConfigCheck(t *testing.T) {
	tests := []struct {
		addr, tls string
		insecure  bool
		ok        bool
	}{
		{"127.0.0.1:143", "none", false, true},
		{"localhost:143", "none", false, true},
		{"[::1]:143", "none", false, true},
		{"imap.example.jp:143", "none", false, false},
		{"imap.example.jp:143", "none", true, true},
		{"imap.example.jp:993", "tls", false, true},
		{"imap.example.jp:143", "starttls", false, true},
		{"imap.example.jp", "tls", false, false},
	}
	for _, tt := range tests {
		err := MailboxConfig{Addr: tt.addr, TLS: tt.tls, AllowInsecure: tt.insecure}.Check()
		if (err == nil) != tt.ok {
			t.Errorf("Check(%s, %s, insecure=%v) = %v, want ok %v", tt.addr, tt.tls, tt.insecure, err, tt.ok)
		}
	}
}

// TestWatcherLeaseTakeover runs two watchers, each with its own database
// handle as two machines would have, on one mailbox: one holds the mailbox,
// the other takes over when it stops.
func TestWatcherLeaseTakeover(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			srv := startMemIMAP(t, nil)
			c := testClient(t, srv.Addr, "md", "secret", "none")
			dsn := storetest.DSN(t, driver)
			st1 := storetest.OpenDSN(t, driver, dsn)
			st2 := storetest.OpenDSN(t, driver, dsn)
			mod := func(c *MailboxConfig) { c.LeaseTTL = time.Second }
			_, stopFirst := runWatcher(t, st1, srv.Addr, mod)
			waitFor(t, 5*time.Second, "first holds the lease", func() bool {
				return count(t, st1, `SELECT COUNT(*) FROM leases`) == 1
			})
			var holder string
			if err := st1.DB.Get(&holder, `SELECT holder FROM leases`); err != nil {
				t.Fatal(err)
			}
			runWatcher(t, st2, srv.Addr, mod)
			appendMail(t, c, "INBOX", testMail("a@example.com", "一", "l1@example.com"))
			waitFor(t, 5*time.Second, "first stores", func() bool { return storedCount(t, st1) == 1 })
			stopFirst()
			start := time.Now()
			appendMail(t, c, "INBOX", testMail("b@example.com", "二", "l2@example.com"))
			waitFor(t, 30*time.Second, "second takes over", func() bool { return storedCount(t, st2) == 2 })
			var now string
			if err := st2.DB.Get(&now, `SELECT holder FROM leases`); err != nil {
				t.Fatal(err)
			}
			if now == holder {
				t.Errorf("lease still held by the stopped watcher")
			}
			t.Logf("takeover after %s", time.Since(start).Round(time.Millisecond))
		})
	}
}
