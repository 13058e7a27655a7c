package intake

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// BenchmarkIdleLatency measures the time from a mail's arrival in the
// mailbox (APPEND done) to its lead committed, with IDLE, on the in-process
// server and (when MADOGUCHI_TEST_IMAP_ADDR is set) on Dovecot. It reports
// the median and the 90th percentile.
func BenchmarkIdleLatency(b *testing.B) {
	b.Run("memserver", func(b *testing.B) {
		srv := startMemIMAP(b, nil)
		c := testClient(b, srv.Addr, "md", "secret", "none")
		benchLatency(b, c, func(m *MailboxConfig) { m.Addr = srv.Addr })
	})
	b.Run("dovecot", func(b *testing.B) {
		d := newDovecotUser(b)
		benchLatency(b, d.client(b), d.config("starttls"))
	})
}

func benchLatency(b *testing.B, c *imapclient.Client, mod func(*MailboxConfig)) {
	st := storetest.Open(b, store.SQLite)
	done := make(chan int64, 64)
	_, stop := runWatcher(b, st, "", func(m *MailboxConfig) {
		mod(m)
		m.PollInterval = time.Hour
	}, func(w *Watcher) {
		w.Processed = func(o Outcome) {
			select {
			case done <- o.LeadID:
			default:
			}
		}
	})
	defer stop()
	// Let the watcher reach IDLE.
	waitFor(b, 10*time.Second, "watcher ready", func() bool { return count(b, st, `SELECT COUNT(*) FROM imap_state`) == 1 })
	time.Sleep(300 * time.Millisecond)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		raw := testMail(fmt.Sprintf("lat%d@example.com", i), "遅延測定", fmt.Sprintf("lat%d.%d@example.com", i, time.Now().UnixNano()),
			"X-Test-Category: doctor", "X-Test-Specialties: 内科", "X-Test-Prefectures: 島根県")
		appendMail(b, c, "INBOX", raw)
		start := time.Now()
		select {
		case id := <-done:
			if id == 0 {
				b.Fatal("no lead created")
			}
		case <-time.After(30 * time.Second):
			b.Fatal("mail not processed within 30 s")
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(lat[len(lat)*9/10].Microseconds())/1000, "p90-ms")
}

// BenchmarkDovecotBacklog drains a backlog of sample-like mail from Dovecot
// into SQLite with the daemon in a subprocess, and reports mails per second
// and the subprocess's peak RSS, for backlogs of 1,000 and 5,000 mails (the
// peak should not grow with the backlog; MADOGUCHI_BENCH_BACKLOG=n,m,...
// chooses other sizes). Run it with -benchtime=1x.
func BenchmarkDovecotBacklog(b *testing.B) {
	sizes := []int{1000, 5000}
	if v := os.Getenv("MADOGUCHI_BENCH_BACKLOG"); v != "" {
		sizes = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n <= 0 {
				b.Fatalf("MADOGUCHI_BENCH_BACKLOG: %q is not a count", f)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for range b.N {
				d := newDovecotUser(b)
				c := d.client(b)
				for _, raw := range sampleLike(b, n) {
					appendMail(b, c, "INBOX", raw)
				}
				exe, err := os.Executable()
				if err != nil {
					b.Fatal(err)
				}
				dbPath := filepath.Join(b.TempDir(), "backlog.db")
				cmd := exec.Command(exe, "-test.run=^$")
				cmd.Env = append(os.Environ(), envChild+"=drain", "CHILD_DB="+dbPath, "CHILD_IMAP="+d.Addr, "CHILD_USER="+d.User,
					"CHILD_PASS="+d.Password, "CHILD_SMTP=127.0.0.1:9", "CHILD_BATCH=50", "CHILD_REPORT="+os.Getenv("CHILD_REPORT"), "CHILD_EXPECT="+strconv.Itoa(n))
				cmd.Stderr = os.Stderr
				b.ResetTimer()
				start := time.Now()
				if err := cmd.Run(); err != nil {
					b.Fatalf("drain: %v", err)
				}
				elapsed := time.Since(start)
				b.StopTimer()
				st := storetest.OpenDSN(b, store.SQLite, dbPath)
				if got := count(b, st, `SELECT COUNT(*) FROM messages`); got != n {
					b.Fatalf("stored %d of %d", got, n)
				}
				if got := mailboxCount(b, c, "INBOX"); got != 0 {
					b.Fatalf("INBOX still holds %d", got)
				}
				ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
				b.ReportMetric(float64(n)/elapsed.Seconds(), "mails/s")
				b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
				cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n), "cpu-ms/mail")
			}
		})
	}
}
