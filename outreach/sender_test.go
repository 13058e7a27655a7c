package outreach

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/emersion/go-smtp"

	"github.com/md2-rm/madoguchi/outreach/smtpsink"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func startSink(t *testing.T, opts smtpsink.Options) *smtpsink.Sink {
	t.Helper()
	s, err := smtpsink.Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newRun(t *testing.T, st *store.Store, campaignID int64) int64 {
	t.Helper()
	id, created, err := CreateRun(context.Background(), st.DB, campaignID, time.Now(), "manual", RunPending, "")
	if err != nil || !created {
		t.Fatalf("create run: %v created=%v", err, created)
	}
	return id
}

func TestSendRunDeliversOnceWithHeaders(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			campaignID, _ := seedCampaign(t, st, 30)
			// One subscriber unsubscribed earlier: not in the ledger.
			if _, err := Unsubscribe(ctx, st, "doc3@example3.jp", "test"); err != nil {
				t.Fatal(err)
			}
			sink := startSink(t, smtpsink.Options{Keep: true})
			e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
			pub, priv, _ := ed25519.GenerateKey(rand.Reader)
			d, err := NewDKIM("madoguchi.example.jp", "s1", priv)
			if err != nil {
				t.Fatal(err)
			}
			e.DKIM = d
			runID := newRun(t, st, campaignID)
			res, err := e.SendRun(ctx, runID)
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != RunDone || res.Sent != 29 {
				t.Fatalf("result %+v, want done with 29 sent", res)
			}
			counts := sink.Counts()
			if len(counts) != 29 || counts["doc3@example3.jp"] != 0 {
				t.Fatalf("sink got %d recipients (doc3: %d), want 29 without doc3", len(counts), counts["doc3@example3.jp"])
			}
			for addr, n := range counts {
				if n != 1 {
					t.Errorf("%s got %d mails", addr, n)
				}
			}
			if c := sink.Connections(); c > e.Opts.Concurrency {
				t.Errorf("%d SMTP connections for %d senders: connections are not reused", c, e.Opts.Concurrency)
			}
			p, err := RunProgress(ctx, st, runID)
			if err != nil {
				t.Fatal(err)
			}
			if p.Sent != 29 || p.Remaining() != 0 || p.Status != RunDone {
				t.Fatalf("progress %+v", p)
			}
			ids := map[string]bool{}
			for _, m := range sink.Messages() {
				checkMessage(t, e, m, pub, ids)
			}
		})
	}
}

func checkMessage(t *testing.T, e *Engine, m smtpsink.Message, pub ed25519.PublicKey, ids map[string]bool) {
	t.Helper()
	verifs, err := dkim.VerifyWithOptions(bytes.NewReader(m.Data), &dkim.VerifyOptions{
		LookupTXT: func(domain string) ([]string, error) {
			if domain != "s1._domainkey.madoguchi.example.jp" {
				return nil, fmt.Errorf("unexpected lookup %s", domain)
			}
			return []string{"v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub)}, nil
		},
	})
	if err != nil || len(verifs) != 1 || verifs[0].Err != nil {
		t.Fatalf("DKIM: %v %+v", err, verifs)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
	if err != nil {
		t.Fatal(err)
	}
	h := msg.Header
	row, ok := e.Signer.ParseBounceAddress(m.From)
	if !ok {
		t.Fatalf("envelope sender %q does not name a ledger row", m.From)
	}
	if got := h.Get("X-Madoguchi-Ledger"); got != e.Signer.LedgerToken(row) {
		t.Errorf("X-Madoguchi-Ledger %q, want the token of row %d", got, row)
	}
	if id := h.Get("Message-ID"); id == "" || ids[id] {
		t.Errorf("Message-ID %q missing or repeated", id)
	} else {
		ids[id] = true
	}
	lu := h.Get("List-Unsubscribe")
	if !strings.Contains(lu, "<https://madoguchi.example.jp/u/") || !strings.Contains(lu, "<mailto:unsubscribe@madoguchi.example.jp?subject=") {
		t.Errorf("List-Unsubscribe %q", lu)
	}
	if got := h.Get("List-Unsubscribe-Post"); got != "List-Unsubscribe=One-Click" {
		t.Errorf("List-Unsubscribe-Post %q", got)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if err != nil || !strings.Contains(subject, "地域派遣プログラム") {
		t.Errorf("subject %q (%v)", subject, err)
	}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type %q", h.Get("Content-Type"))
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	var types []string
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if cte := part.Header.Get("Content-Transfer-Encoding"); cte != "base64" {
			t.Errorf("part encoding %q", cte)
		}
		ct := part.Header.Get("Content-Type")
		types = append(types, ct)
		body, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, part))
		if err != nil {
			t.Fatal(err)
		}
		text := string(body)
		for _, want := range []string{testOrg().Name, testOrg().Address, testOrg().Email, "配信停止", "/u/", "市立病院"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s part lacks %q", ct, want)
			}
		}
	}
	if len(types) != 2 || !strings.HasPrefix(types[0], "text/plain; charset=UTF-8") || !strings.HasPrefix(types[1], "text/html; charset=UTF-8") {
		t.Errorf("parts %v", types)
	}
}

func TestSendRunRetries4xxAndFails5xx(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			campaignID, _ := seedCampaign(t, st, 20)
			var temp atomic.Int64
			sink := startSink(t, smtpsink.Options{
				Rcpt: func(to string) error {
					if strings.HasPrefix(to, "doc7@") || strings.HasPrefix(to, "doc13@") {
						return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
					}
					return nil
				},
				// The first 15 messages are deferred: "try again later".
				Data: func(string, []string) error {
					if temp.Add(1) <= 15 {
						return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try later"}
					}
					return nil
				},
			})
			e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
			runID := newRun(t, st, campaignID)
			res, err := e.SendRun(ctx, runID)
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != RunDone || res.Retry < 15 {
				t.Fatalf("result %+v, want done after at least 15 retries", res)
			}
			rep, err := RunReport(ctx, st, runID)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Progress.Sent != 18 || rep.Progress.Failed != 2 || len(rep.Failures) != 2 {
				t.Fatalf("report %+v", rep.Progress)
			}
			for _, f := range rep.Failures {
				if f.SMTPCode != 550 || !strings.Contains(f.LastError, "no such user") {
					t.Errorf("failure %s: code %d %q", f.Email, f.SMTPCode, f.LastError)
				}
			}
			if got := sink.Total(); got != 18 {
				t.Errorf("sink accepted %d, want 18", got)
			}
		})
	}
}

func TestSendRunGivesUpAfterMaxAttempts(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	campaignID, _ := seedCampaign(t, st, 3)
	sink := startSink(t, smtpsink.Options{Rcpt: func(string) error {
		return &smtp.SMTPError{Code: 421, Message: "busy"}
	}})
	e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
	runID := newRun(t, st, campaignID)
	res, err := e.SendRun(ctx, runID)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := RunReport(ctx, st, runID)
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != RunDone || rep.Progress.Failed != 3 {
		t.Fatalf("status %s, failed %d, want done with 3 failed", res.Status, rep.Progress.Failed)
	}
	for _, f := range rep.Failures {
		if f.Attempts != e.Opts.MaxAttempts || f.SMTPCode != 421 {
			t.Errorf("%s: %d attempts, code %d", f.Email, f.Attempts, f.SMTPCode)
		}
	}
}

func TestPauseResumeCancel(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	campaignID, _ := seedCampaign(t, st, 200)
	var accepted atomic.Int64
	var runID int64
	var pauseAt, cancelAt atomic.Int64
	pauseAt.Store(20)
	sink := startSink(t, smtpsink.Options{Data: func(string, []string) error {
		n := accepted.Add(1)
		if n == pauseAt.Load() {
			if err := SetRunStatus(ctx, st, runID, RunPaused); err != nil {
				t.Error(err)
			}
		}
		if n == cancelAt.Load() {
			if err := SetRunStatus(ctx, st, runID, RunCancelled); err != nil {
				t.Error(err)
			}
		}
		time.Sleep(5 * time.Millisecond)
		return nil
	}})
	e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
	runID = newRun(t, st, campaignID)
	res, err := e.SendRun(ctx, runID)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := RunProgress(ctx, st, runID)
	if res.Status != RunPaused || p.Sent >= 200 || p.Sending != 0 || p.Sent != sink.Total() {
		t.Fatalf("after pause: %+v, progress %+v, sink %d", res, p, sink.Total())
	}
	if err := SetRunStatus(ctx, st, runID, RunSending); err != nil {
		t.Fatal(err)
	}
	cancelAt.Store(int64(p.Sent + 20))
	res, err = e.SendRun(ctx, runID)
	if err != nil {
		t.Fatal(err)
	}
	p, _ = RunProgress(ctx, st, runID)
	if res.Status != RunCancelled || p.Queued != 0 || p.Sending != 0 || p.Cancelled == 0 || p.Sent+p.Cancelled != 200 {
		t.Fatalf("after cancel: %+v, progress %+v", res, p)
	}
	for addr, n := range sink.Counts() {
		if n != 1 {
			t.Errorf("%s got %d", addr, n)
		}
	}
}

func TestSendRunDrainsOnContextEnd(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	campaignID, _ := seedCampaign(t, st, 300)
	sink := startSink(t, smtpsink.Options{Data: func(string, []string) error {
		time.Sleep(time.Millisecond)
		return nil
	}})
	e := testEngine(t, st, &SMTP{Addr: sink.Addr(), TLS: "none"})
	runID := newRun(t, st, campaignID)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for sink.Total() < 30 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	res, err := e.SendRun(ctx, runID)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := RunProgress(context.Background(), st, runID)
	if res.Status != RunSending || p.Sending != 0 || p.Sent != sink.Total() || p.Queued != 300-p.Sent {
		t.Fatalf("after stop: %+v progress %+v sink %d", res, p, sink.Total())
	}
	res, err = e.SendRun(context.Background(), runID)
	if err != nil || res.Status != RunDone {
		t.Fatalf("resume: %+v %v", res, err)
	}
	if sink.Total() != 300 || len(sink.Counts()) != 300 {
		t.Fatalf("sink %d mails to %d recipients, want 300 once each", sink.Total(), len(sink.Counts()))
	}
}
