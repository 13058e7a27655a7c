package intake

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	mrand "math/rand/v2"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/smtptest"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

var messageIDLine = regexp.MustCompile(`(?mi)^Message-ID:[^\r\n]*(\r?\n[ \t][^\r\n]*)*`)

// sampleLike returns n distinct mails made from the labelled samples: each
// gets its own Message-ID and a sequence header.
func sampleLike(t testing.TB, n int) [][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "samples", "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	var base [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		base = append(base, raw)
	}
	out := make([][]byte, n)
	for i := range n {
		raw := base[i%len(base)]
		eol := "\n"
		if bytes.Contains(raw, []byte("\r\n")) {
			eol = "\r\n"
		}
		id := fmt.Sprintf("Message-ID: <seq%d.%d@crash.example>", i, i%len(base))
		if messageIDLine.Match(raw) {
			raw = messageIDLine.ReplaceAll(raw, []byte(id))
		} else {
			raw = append([]byte(id+eol), raw...)
		}
		out[i] = append([]byte(fmt.Sprintf("X-Crash-Seq: %d%s", i, eol)), raw...)
	}
	return out
}

// TestDovecotCrash fills a Dovecot mailbox with 500 sample-like mails and
// runs the daemon as a subprocess, killing it with SIGKILL at random moments
// five times before letting it finish. Then every mail must be stored once
// and byte-identical, every inquiry must have its lead and its
// acknowledgement; duplicate acknowledgements (a kill between SMTP acceptance
// and the commit after it) are counted and may not exceed 5.
func TestDovecotCrash(t *testing.T) {
	d := newDovecotUser(t)
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	const n = 500
	mails := sampleLike(t, n)

	// The reference: the same mail through the processor without crashes.
	ref := storetest.Open(t, store.SQLite)
	rp := newTestProcessor(t, ref)
	rp.Parse, rp.AckInterval = Parser(ParseOptions{}), 0
	wantLead := map[string]bool{}
	wantAck := map[string]bool{}
	for i, raw := range mails {
		out := process(t, rp, uint32(i+1), raw)
		id := fmt.Sprintf("seq%d.%d@crash.example", i, i%48)
		wantLead[id] = out.LeadID != 0
		wantAck[id] = out.Acked
	}
	var refLeads int
	if err := ref.DB.Get(&refLeads, `SELECT COUNT(*) FROM leads`); err != nil {
		t.Fatal(err)
	}

	c := d.client(t)
	for _, raw := range mails {
		appendMail(t, c, "INBOX", raw)
	}
	smtpSrv, err := smtptest.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer smtpSrv.Close()

	dbPath := filepath.Join(t.TempDir(), "crash.db")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	start := func() *exec.Cmd {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), envChild+"=daemon", "CHILD_DB="+dbPath, "CHILD_IMAP="+d.Addr, "CHILD_USER="+d.User,
			"CHILD_PASS="+d.Password, "CHILD_SMTP="+smtpSrv.Addr, "CHILD_BATCH=20")
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	st := storetest.OpenDSN(t, store.SQLite, dbPath)
	stored := func() int {
		var k int
		_ = st.DB.Get(&k, `SELECT COUNT(*) FROM messages WHERE direction = 'in'`)
		return k
	}
	for k := range 5 {
		before := stored()
		cmd := start()
		// Kill at a random moment once the new process is at work (it first
		// waits for the killed one's lease to expire).
		for wait := time.Now().Add(30 * time.Second); stored() == before && time.Now().Before(wait); {
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(time.Duration(mrand.IntN(150)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		t.Logf("kill %d: %d mails stored, %d mails sent so far", k+1, stored(), len(smtpSrv.Messages()))
	}
	cmd := start()
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var pending, unmoved int
		_ = st.DB.Get(&pending, `SELECT COUNT(*) FROM jobs WHERE kind = 'outbox.send' AND state IN ('queued', 'running')`)
		_ = st.DB.Get(&unmoved, `SELECT COUNT(*) FROM messages WHERE direction = 'in' AND moved_at IS NULL`)
		if stored() == n && pending == 0 && unmoved == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not drained after 2 minutes: %d stored, %d mails pending, %d not moved", stored(), pending, unmoved)
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	_ = cmd.Wait()

	ctx := context.Background()
	// Every mail stored once, byte-identical.
	want := map[[32]byte]bool{}
	for _, raw := range mails {
		want[sha256.Sum256(raw)] = true
	}
	rows, err := st.Messages(ctx, store.MessageFilter{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[32]byte]int{}
	leads := 0
	for _, r := range rows {
		if r.Direction != "in" {
			continue
		}
		m, err := st.GetMessage(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(m.Raw)
		if !want[sum] {
			t.Errorf("stored mail %d matches no appended mail byte for byte", r.ID)
		}
		seen[sum]++
		id := m.MessageID.String
		if wantLead[id] != m.LeadID.Valid {
			t.Errorf("mail %s: lead %v, want lead %v", id, m.LeadID.Valid, wantLead[id])
		}
		if m.LeadID.Valid {
			leads++
		}
	}
	for sum := range want {
		if seen[sum] != 1 {
			t.Errorf("mail %x stored %d times", sum[:6], seen[sum])
		}
	}
	var leadCount int
	if err := st.DB.Get(&leadCount, `SELECT COUNT(*) FROM leads`); err != nil {
		t.Fatal(err)
	}
	if leadCount != refLeads {
		t.Errorf("%d leads, want %d (one per inquiry)", leadCount, refLeads)
	}
	if got := mailboxCount(t, c, "INBOX"); got != 0 {
		t.Errorf("INBOX still holds %d", got)
	}
	if got := mailboxCount(t, c, "Processed") + mailboxCount(t, c, "Failed"); got != n {
		t.Errorf("Processed and Failed hold %d, want %d", got, n)
	}
	// Every inquiry acknowledged; duplicates counted.
	acks := map[string]int{}
	for _, m := range smtpSrv.Messages() {
		msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
		if err != nil {
			t.Fatal(err)
		}
		if msg.Header.Get("Auto-Submitted") == "" {
			continue
		}
		acks[strings.Trim(msg.Header.Get("In-Reply-To"), "<>")]++
	}
	missing, dups := 0, 0
	for id, w := range wantAck {
		if w && acks[id] == 0 {
			missing++
		}
		if acks[id] > 1 {
			dups += acks[id] - 1
		}
	}
	var dead int
	_ = st.DB.Get(&dead, `SELECT COUNT(*) FROM jobs WHERE state = 'dead'`)
	t.Logf("crash test: %d mails stored once each, %d leads, %d acknowledgements sent, %d duplicate acknowledgements, %d dead jobs",
		n, leadCount, len(smtpSrv.Messages()), dups, dead)
	if missing > 0 {
		t.Errorf("%d inquiries were not acknowledged", missing)
	}
	if dups > 5 {
		t.Errorf("%d duplicate acknowledgements, want at most 5", dups)
	}
	if dead > 0 {
		t.Errorf("%d jobs dead", dead)
	}
}
