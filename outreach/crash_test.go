package outreach

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/outreach/smtpsink"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

const (
	crashEnvDB   = "MADOGUCHI_OUTREACH_CRASH_DB"
	crashEnvSMTP = "MADOGUCHI_OUTREACH_CRASH_SMTP"
	crashEnvRun  = "MADOGUCHI_OUTREACH_CRASH_RUN"
	crashSenders = 8
)

// TestCrashChild is the sending process of TestCrashResume; it does
// nothing unless started by it.
func TestCrashChild(t *testing.T) {
	dbPath := os.Getenv(crashEnvDB)
	if dbPath == "" {
		t.Skip("started by TestCrashResume only")
	}
	runID, err := strconv.ParseInt(os.Getenv(crashEnvRun), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, store.SQLite, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := testEngine(t, st, &SMTP{Addr: os.Getenv(crashEnvSMTP), TLS: "none"})
	e.Opts.Concurrency = crashSenders
	e.Opts.BatchSize = 500
	e.Opts.Lease = time.Second
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := e.SendRun(ctx, runID)
		if errors.Is(err, ErrLeased) && time.Now().Before(deadline) {
			// The killed process's lease has not expired yet.
			time.Sleep(200 * time.Millisecond)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if res.Status != RunDone {
			t.Fatalf("run ended %s", res.Status)
		}
		return
	}
}

// TestCrashResume kills the sending process with SIGKILL three times at
// random points of a 20,000-recipient run and restarts it. Afterwards
// every recipient has exactly one mail or is listed as failed; the only
// duplicates are mails accepted by the server and not yet recorded when
// the process died: at most one per sender per crash.
func TestCrashResume(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	recipients := 20000
	if raceEnabled {
		// The race detector slows sending about tenfold: keep the test
		// under two minutes with fewer recipients.
		recipients = 5000
	}
	const kills = 3
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "crash.db")
	st := storetest.OpenDSN(t, store.SQLite, dbPath)
	campaignID, err := SeedBench(ctx, st, recipients)
	if err != nil {
		t.Fatal(err)
	}
	runID, _, err := CreateRun(ctx, st.DB, campaignID, time.Now(), "manual", RunPending, "crash test")
	if err != nil {
		t.Fatal(err)
	}
	sink := startSink(t, smtpsink.Options{})
	start := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnvDB+"="+dbPath, crashEnvSMTP+"="+sink.Addr(),
			crashEnvRun+"="+strconv.FormatInt(runID, 10))
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	began := time.Now()
	for k := 0; k < kills; k++ {
		cmd := start()
		// Kill somewhere in the k-th quarter of the run.
		target := recipients*k/4 + 500 + rng.IntN(recipients/4-1000)
		limit := time.Now().Add(60 * time.Second)
		for sink.Total() < target && time.Now().Before(limit) {
			time.Sleep(time.Millisecond)
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		// Mails the server accepted that the ledger does not show as sent
		// will be sent again: the crash's duplicates.
		sent := map[string]bool{}
		var rows []Recipient
		if err := st.DB.Select(&rows, `SELECT * FROM run_recipients WHERE run_id = ? AND state = 'sent'`, runID); err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			sent[r.Email] = true
		}
		unrecorded := 0
		for addr := range sink.Counts() {
			if !sent[addr] {
				unrecorded++
			}
		}
		t.Logf("kill %d at %d mails received: %d accepted but unrecorded", k+1, sink.Total(), unrecorded)
		if unrecorded > crashSenders {
			t.Errorf("kill %d: %d mails accepted but unrecorded, more than the %d senders", k+1, unrecorded, crashSenders)
		}
	}
	cmd := start()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("last sending process: %v", err)
	}
	var rows []Recipient
	if err := st.DB.Select(&rows, `SELECT * FROM run_recipients WHERE run_id = ?`, runID); err != nil {
		t.Fatal(err)
	}
	if len(rows) != recipients {
		t.Fatalf("ledger has %d rows, want %d", len(rows), recipients)
	}
	counts := sink.Counts()
	duplicates, lost, failed := 0, 0, 0
	for _, r := range rows {
		n := counts[r.Email]
		switch {
		case r.State == RowFailed:
			failed++
		case r.State != RowSent:
			t.Errorf("%s left %s", r.Email, r.State)
		case n == 0:
			lost++
		}
		if n > 1 {
			duplicates += n - 1
		}
	}
	run, err := GetRun(ctx, st.DB, runID)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("crash test: %d recipients, %d kills, %d received, lost=%d failed=%d duplicates=%d, %s",
		recipients, kills, sink.Total(), lost, failed, duplicates, time.Since(began).Round(time.Millisecond))
	if run.Status != RunDone {
		t.Errorf("run is %s, want done", run.Status)
	}
	if lost != 0 {
		t.Errorf("%d recipients lost", lost)
	}
	if len(counts) != recipients-failed {
		t.Errorf("%d distinct recipients received mail, want %d", len(counts), recipients-failed)
	}
	if duplicates > crashSenders*kills {
		t.Errorf("%d duplicates, more than %d senders × %d crashes", duplicates, crashSenders, kills)
	}
}
