package main

import (
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"strings"
	"testing"
	"time"
)

// TestDemoIntakeAndListings runs the demo, waits until every sample is
// stored, and reads the database with leads list, leads show and mail list
// while the demo is still running.
func TestDemoIntakeAndListings(t *testing.T) {
	samples, err := fs.Glob(demoSamples, "demo/samples/*.eml")
	if err != nil || len(samples) == 0 {
		t.Fatalf("no embedded samples: %v", err)
	}
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"demo", "--data", dir, "--http", "127.0.0.1:0", "--log-format", "json"},
			strings.NewReader(""), io.Discard, &stderr, nil)
	}()
	type mailRow struct {
		ID          int64   `json:"id"`
		Direction   string  `json:"direction"`
		MessageID   *string `json:"message_id"`
		Category    *string `json:"category"`
		LeadID      *int64  `json:"lead_id"`
		Mailbox     *string `json:"mailbox"`
		UIDValidity *int64  `json:"uidvalidity"`
		UID         *int64  `json:"uid"`
		Error       *string `json:"error"`
	}
	var rows []mailRow
	listMail := func() []mailRow {
		code, out, errOut := runCLI(t, nil, "mail", "list", "--json", "--data", dir)
		if code != 0 {
			return nil
		}
		var got []mailRow
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line == "" {
				continue
			}
			var r mailRow
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("mail list line %q: %v (%s)", line, err, errOut)
			}
			got = append(got, r)
		}
		return got
	}
	incoming := func(rs []mailRow) int {
		n := 0
		for _, r := range rs {
			if r.Direction == "in" {
				n++
			}
		}
		return n
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if rows = listMail(); incoming(rows) == len(samples) {
			break
		}
	}
	if got := incoming(rows); got != len(samples) {
		cancel()
		<-done
		t.Fatalf("stored %d of %d samples:\n%s", got, len(samples), stderr.String())
	}
	leadsOf := map[int64]bool{}
	for _, r := range rows {
		if r.Direction != "in" {
			continue
		}
		if r.Mailbox == nil || *r.Mailbox != "INBOX" || r.UID == nil || r.UIDValidity == nil {
			t.Errorf("mail %d lacks its mailbox identity", r.ID)
		}
		if r.Category == nil {
			t.Errorf("mail %d has no category (error %v)", r.ID, r.Error)
			continue
		}
		switch *r.Category {
		case "doctor", "hospital", "general":
			if r.LeadID == nil {
				t.Errorf("inquiry mail %d has no lead", r.ID)
			} else {
				leadsOf[*r.LeadID] = true
			}
		default:
			if r.LeadID != nil {
				t.Errorf("%s mail %d has lead %d", *r.Category, r.ID, *r.LeadID)
			}
		}
	}
	code, out, errOut := runCLI(t, nil, "leads", "list", "--json", "--data", dir)
	if code != 0 {
		t.Fatalf("leads list: exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(leadsOf) {
		t.Errorf("leads list printed %d leads, the mail links %d", len(lines), len(leadsOf))
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "status", "created_at", "mails", "category", "name", "specialties", "prefectures", "email"} {
		if _, ok := first[k]; !ok {
			t.Errorf("leads list --json lacks %q: %s", k, lines[0])
		}
	}
	code, out, errOut = runCLI(t, nil, "leads", "show", "--data", dir, "MD2-000001")
	if code != 0 || !strings.Contains(out, "MD2-000001") || !strings.Contains(out, "Mails (") {
		t.Errorf("leads show: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, _ := runCLI(t, nil, "leads", "show", "--data", dir, "999999"); code != 1 {
		t.Errorf("leads show of a missing lead: exit %d, want 1", code)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("demo exited %d:\n%s", code, stderr.String())
	}
}
