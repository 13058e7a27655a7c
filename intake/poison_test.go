package intake

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// poisonProxy forwards IMAP between a client and a server, and drops the
// connection whenever the server sends a line containing marker: a response
// the client can never read (E2).
func poisonProxy(t *testing.T, server, marker string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() {
		ln.Close()
		wg.Wait()
	})
	go func() {
		for {
			cc, err := ln.Accept()
			if err != nil {
				return
			}
			sc, err := net.Dial("tcp", server)
			if err != nil {
				cc.Close()
				continue
			}
			wg.Add(2)
			go func() {
				defer wg.Done()
				_, _ = io.Copy(sc, cc)
				sc.Close()
			}()
			go func() {
				defer wg.Done()
				defer cc.Close()
				defer sc.Close()
				r := bufio.NewReader(sc)
				for {
					line, err := r.ReadBytes('\n')
					if bytes.Contains(line, []byte(marker)) {
						return
					}
					if _, werr := cc.Write(line); werr != nil || err != nil {
						return
					}
				}
			}()
		}
	}()
	return ln.Addr().String()
}

func TestWatcherSkipsUnreadableMail(t *testing.T) {
	srv := startMemIMAP(t, nil)
	c := testClient(t, srv.Addr, "md", "secret", "none")
	for i := range 6 {
		extra := []string{"X-Test-Category: general"}
		if i == 2 {
			extra = append(extra, "X-Poison: yes")
		}
		appendMail(t, c, "INBOX", testMail("a@example.com", "件名", "poison"+string(rune('a'+i))+"@example.com", extra...))
	}
	proxy := poisonProxy(t, srv.Addr, "X-Poison")
	st := storetest.Open(t, store.SQLite)
	_, stop := runWatcher(t, st, proxy, func(m *MailboxConfig) {
		m.Addr = proxy
		m.ReconnectBase = 10 * time.Millisecond
	})
	waitFor(t, 20*time.Second, "inbox emptied", func() bool { return mailboxCount(t, c, "INBOX") == 0 })
	stop()
	if n := storedCount(t, st); n != 6 {
		t.Errorf("stored %d, want 6", n)
	}
	var errs []string
	if err := st.DB.Select(&errs, `SELECT error FROM messages WHERE error IS NOT NULL`); err != nil {
		t.Fatal(err)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "could not be read") {
		t.Errorf("errors stored = %q, want one unreadable mail", errs)
	}
	if got := mailboxCount(t, c, "Failed"); got != 1 {
		t.Errorf("Failed holds %d, want 1", got)
	}
	if got := mailboxCount(t, c, "Processed"); got != 5 {
		t.Errorf("Processed holds %d, want 5", got)
	}
}
