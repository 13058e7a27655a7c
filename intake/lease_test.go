package intake

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// lockedBuffer is a log destination safe for the watcher's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// A holder that cannot renew its lease must stop reading the mailbox
// before the lease runs out and another process may take it over.
func TestWatcherStopsWhenLeaseCannotBeRenewed(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	srv := startMemIMAP(t, nil)
	var logs lockedBuffer
	mod := func(c *MailboxConfig) { c.LeaseTTL = time.Second }
	runWatcher(t, st, srv.Addr, mod, func(w *Watcher) {
		w.Log = slog.New(slog.NewTextHandler(&logs, nil))
	})
	waitFor(t, 5*time.Second, "watching", func() bool { return strings.Contains(logs.String(), "watching mailbox") })
	// Every renewal from now on fails.
	if _, err := st.DB.Exec(`DROP TABLE leases`); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*time.Second, "the session ends", func() bool {
		return strings.Contains(logs.String(), "mailbox lease not renewed")
	})
}
