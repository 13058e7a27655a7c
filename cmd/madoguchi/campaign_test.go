package main

import (
	"bytes"
	"context"
	"io"
	"mime"
	"net/http"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/outreach/smtpsink"
)

// TestCampaignCommands imports subscribers, creates, schedules, previews,
// test-sends and runs a campaign through the command line against an
// in-process SMTP server.
func TestCampaignCommands(t *testing.T) {
	sink, err := smtpsink.Start(smtpsink.Options{Keep: true})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	dir := t.TempDir()
	env := []string{
		"MADOGUCHI_ORG_NAME=地域医療支援センター事務局", "MADOGUCHI_ORG_ADDRESS=東京都千代田区霞が関1-2-3",
		"MADOGUCHI_ORG_EMAIL=info@madoguchi.example.jp", "MADOGUCHI_SMTP_FROM=news@madoguchi.example.jp",
		"MADOGUCHI_SMTP_ADDR=" + sink.Addr(), "MADOGUCHI_SMTP_TLS=none",
		"MADOGUCHI_HTTP_BASE_URL=https://madoguchi.example.jp",
	}
	csvPath := filepath.Join(dir, "subs.csv")
	csv := "email,name,organization,prefecture,consent_method,consent_at,evidence\n" +
		"a@example.jp,医師 A,市立病院,青森県,card,2026-04-01,名刺\n" +
		"b@example.jp,医師 B,,岩手県,web_form,2026-04-02,form v3\n" +
		"c@example.jp,医師 C,,,,,\n"
	if err := os.WriteFile(csvPath, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"subscribers", "import", csvPath, "--list", "news"}, 1, "subs.csv:4: missing consent"},
		{[]string{"campaign", "create", "--name", "monthly", "--list", "news"}, 0, "campaign 1 created"},
		{[]string{"campaign", "schedule", "1", "--cron", "0 9 1 * *"}, 0, "09:00 JST"},
		{[]string{"campaign", "next", "1"}, 0, "09:00 JST"},
		{[]string{"campaign", "preview", "1", "--email", "a@example.jp"}, 0, "医師 A 様"},
		{[]string{"campaign", "test-send", "1", "--to", "staff@madoguchi.example.jp"}, 0, "test mail sent to 1"},
		{[]string{"campaign", "run", "1", "--wait"}, 0, "sent=2 failed=0 remaining=0"},
		{[]string{"campaign", "runs", "1"}, 0, "done"},
		{[]string{"subscribers", "export", "--list", "news"}, 0, "a@example.jp"},
	}
	for _, s := range steps {
		args := append(append([]string{}, s.args...), "--data", dir)
		code, out, stderr := runCLI(t, env, args...)
		if code != s.code || !strings.Contains(out, s.out) {
			t.Fatalf("%s: exit %d (want %d)\nstdout: %s\nstderr: %s", strings.Join(s.args, " "), code, s.code, out, stderr)
		}
	}
	counts := sink.Counts()
	if len(counts) != 3 || counts["a@example.jp"] != 1 || counts["b@example.jp"] != 1 || counts["staff@madoguchi.example.jp"] != 1 {
		t.Errorf("mail received: %v", counts)
	}
	for _, m := range sink.Messages() {
		if m.To[0] != "staff@madoguchi.example.jp" {
			continue
		}
		msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
		if err != nil {
			t.Fatal(err)
		}
		subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if err != nil || !strings.HasPrefix(subject, "[テスト] ") {
			t.Errorf("test mail subject %q (%v) lacks [テスト]", subject, err)
		}
	}
}

// TestServeSendsScheduledCampaign schedules a one-off campaign a minute in
// the past (within the grace period) and checks that serve's scheduler
// sends it, and that the mail's one-click unsubscribe link works on serve's
// web server.
func TestServeSendsScheduledCampaign(t *testing.T) {
	sink, err := smtpsink.Start(smtpsink.Options{Keep: true})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	dir := t.TempDir()
	env := []string{
		"MADOGUCHI_ORG_NAME=地域医療支援センター事務局", "MADOGUCHI_ORG_ADDRESS=東京都千代田区霞が関1-2-3",
		"MADOGUCHI_ORG_EMAIL=info@madoguchi.example.jp", "MADOGUCHI_SMTP_FROM=news@madoguchi.example.jp",
		"MADOGUCHI_SMTP_ADDR=" + sink.Addr(), "MADOGUCHI_SMTP_TLS=none",
	}
	csvPath := filepath.Join(dir, "subs.csv")
	if err := os.WriteFile(csvPath, []byte("email,consent_method,consent_at,evidence\nx@example.jp,card,2026-04-01,名刺\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-time.Minute).In(time.FixedZone("JST", 9*3600)).Format("2006-01-02 15:04")
	for _, args := range [][]string{
		{"subscribers", "import", csvPath, "--list", "news"},
		{"campaign", "create", "--name", "once", "--list", "news"},
		{"campaign", "schedule", "1", "--at", past},
	} {
		if code, out, stderr := runCLI(t, env, append(args, "--data", dir)...); code != 0 {
			t.Fatalf("%v: exit %d\n%s\n%s", args, code, out, stderr)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--data", dir, "--http", "127.0.0.1:0", "--log-format", "json"},
			strings.NewReader(""), io.Discard, &stderr, env)
	}()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d:\n%s", code, stderr.String())
		}
	}()
	addrRe := regexp.MustCompile(`"msg":"web server listening","addr":"([^"]+)"`)
	var addr string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addrRe.FindStringSubmatch(stderr.String()); m != nil && sink.Total() > 0 {
			addr = m[1]
			break
		}
	}
	if addr == "" || sink.Total() != 1 {
		t.Fatalf("serve did not send the scheduled campaign (sink %d):\n%s", sink.Total(), stderr.String())
	}
	msg := string(sink.Messages()[0].Data)
	m := regexp.MustCompile(`List-Unsubscribe: <https?://[^/]+(/u/[^>]+)>`).FindStringSubmatch(msg)
	if m == nil {
		t.Fatalf("no unsubscribe link in\n%.600s", msg)
	}
	resp, err := http.Post("http://"+addr+m[1], "application/x-www-form-urlencoded", strings.NewReader("List-Unsubscribe=One-Click"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "配信を停止しました") {
		t.Fatalf("one-click unsubscribe: %d %s", resp.StatusCode, body)
	}
}
