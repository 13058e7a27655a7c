package decode

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDeliveryReports(t *testing.T) {
	dsn := buildMail([]string{
		"From: MAILER-DAEMON@mx.example.org (Mail Delivery System)",
		"To: md@example.org",
		"Subject: Undelivered Mail Returned to Sender",
		`Content-Type: multipart/report; report-type=delivery-status; boundary="r"`,
	}, []byte("--r\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered.\r\n"+
		"--r\r\nContent-Type: message/delivery-status\r\n\r\n"+
		"Reporting-MTA: dns; mx.example.org\r\n\r\n"+
		"Final-Recipient: rfc822; One@Example.JP\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <one@example.jp>:\r\n    User unknown\r\n\r\n"+
		"Final-Recipient: rfc822;two@example.jp\r\nAction: delayed\r\nStatus: 4.4.1\r\nDiagnostic-Code: X-Postfix; connect timed out\r\n"+
		"--r\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <orig-1@example.org>\r\nSubject: news\r\n"+
		"--r--\r\n"))

	tests := []struct {
		name   string
		raw    []byte
		want   []FailedRecipient
		origID string
	}{
		{"multipart/report with two recipients", dsn, []FailedRecipient{
			{Address: "one@example.jp", Action: "failed", Status: "5.1.1", Diagnostic: "550 5.1.1 <one@example.jp>: User unknown"},
			{Address: "two@example.jp", Action: "delayed", Status: "4.4.1", Diagnostic: "connect timed out"},
		}, "orig-1@example.org"},
		{"qmail", buildMail([]string{"From: MAILER-DAEMON@mail.example.net", "To: md@example.org", "Subject: failure notice"},
			[]byte("Hi. This is the qmail-send program at mail.example.net.\r\n"+
				"I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"+
				"This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n"+
				"<gone@example.net>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"+
				"--- Below this line is a copy of the message.\r\n\r\nReturn-Path: <md@example.org>\r\nMessage-ID: <orig-2@example.org>\r\nTo: gone@example.net\r\n")),
			[]FailedRecipient{{Address: "gone@example.net", Action: "failed", Status: "5.1.1", Diagnostic: "Sorry, no mailbox here by that name. (#5.1.1)"}}, "orig-2@example.org"},
		{"Exim with X-Failed-Recipients", buildMail([]string{"From: Mail Delivery System <Mailer-Daemon@mx.example.com>", "To: md@example.org",
			"Subject: Mail delivery failed: returning message to sender", "X-Failed-Recipients: full@example.com"},
			[]byte("This message was created automatically by mail delivery software.\r\n\r\n"+
				"A message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n"+
				"  full@example.com\r\n    mailbox is full: retry timeout exceeded\r\n")),
			[]FailedRecipient{{Address: "full@example.com", Action: "failed", Status: "5.2.2", Diagnostic: "mailbox is full: retry timeout exceeded"}}, ""},
		{"Postfix without DSN", buildMail([]string{"From: MAILER-DAEMON@mx.example.org", "To: md@example.org", "Subject: Undelivered Mail Returned to Sender"},
			[]byte("This is the mail system at host mx.example.org.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n"+
				"<nobody@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1\r\n    <nobody@example.jp>: Recipient address rejected: User unknown (in reply to\r\n    RCPT TO command)\r\n")),
			[]FailedRecipient{{Address: "nobody@example.jp", Action: "failed", Status: "5.1.1",
				Diagnostic: "host mx.example.jp[192.0.2.1] said: 550 5.1.1 <nobody@example.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)"}}, ""},
		{"bare SMTP reply lines", buildMail([]string{"From: postmaster@isp.example.jp", "To: md@example.org", "Subject: Returned mail: see transcript for details"},
			[]byte("The original message was received.\r\n\r\n   ----- Transcript of session follows -----\r\n... while talking to mx.isp.example.jp.:\r\n"+
				">>> RCPT To:<x1@isp.example.jp>\r\n<<< 550 5.1.1 <x1@isp.example.jp>... User unknown\r\n")),
			[]FailedRecipient{{Address: "x1@isp.example.jp", Action: "failed", Status: "5.1.1"}}, ""},
		{"Japanese carrier bounce", buildMail([]string{"From: " + bword("ISO-2022-JP", jis(t, "メール配送システム")) + " <postmaster@docomo.example.jp>",
			"To: md@example.org", "Subject: " + bword("ISO-2022-JP", jis(t, "【配信エラー】メールを配送できませんでした")), "Content-Type: text/plain; charset=ISO-2022-JP"},
			cat(jis(t, "以下の宛先に配送できませんでした。\r\n\r\n宛先：　taro@docomo.example.jp\r\n理由：　宛先のメールアドレスが存在しません\r\n"))),
			[]FailedRecipient{{Address: "taro@docomo.example.jp", Action: "failed", Status: "5.1.1", Diagnostic: "宛先のメールアドレスが存在しません"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.Report == nil {
				t.Fatalf("Report = nil; Text %q", m.Text)
			}
			got := m.Report.Recipients
			if len(got) != len(tt.want) {
				t.Fatalf("Recipients = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				w := tt.want[i]
				if got[i].Address != w.Address || got[i].Action != w.Action || got[i].Status != w.Status ||
					(w.Diagnostic != "" && got[i].Diagnostic != w.Diagnostic) {
					t.Errorf("recipient %d = %+v, want %+v", i, got[i], w)
				}
			}
			if m.Report.OriginalMessageID != tt.origID {
				t.Errorf("OriginalMessageID = %q, want %q", m.Report.OriginalMessageID, tt.origID)
			}
		})
	}
}

// TestNotBounces checks that people writing about delivery problems are not
// taken for bounces.
func TestNotBounces(t *testing.T) {
	tests := []struct {
		name string
		from string
		body string
	}{
		{"person mentions user unknown", "taro@example.jp", "先日のメールが user unknown で届かなかったようです。taro2@example.jp にお送りください。"},
		{"auto-reply from postmaster without bounce wording", "postmaster@example.jp", "年末年始は休業いたします。"},
		{"read receipt", "taro@example.jp", ""},
		{"person quotes a failure", "jiro@example.jp", "Your message could not be delivered to my old address jiro@old.example.jp, so please write to this one."},
		{"person mentions undelivered", "hanako@example.jp", "The parcel was undelivered; could you resend it to hanako@example.jp?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := buildMail([]string{"From: " + tt.from, "Subject: ご連絡", "Content-Type: text/plain; charset=utf-8"}, []byte(tt.body))
			if tt.body == "" {
				raw = buildMail([]string{"From: " + tt.from, "Subject: Read: news", `Content-Type: multipart/report; report-type=disposition-notification; boundary="m"`},
					[]byte("--m\r\nContent-Type: text/plain\r\n\r\nYour message was displayed.\r\n"+
						"--m\r\nContent-Type: message/disposition-notification\r\n\r\nFinal-Recipient: rfc822; taro@example.jp\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"+
						"--m\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <n1@example.org>\r\n--m--\r\n"))
			}
			m := mustParse(t, raw)
			if m.Report != nil {
				t.Errorf("Report = %+v, want nil", m.Report)
			}
		})
	}
}

func TestPermanent(t *testing.T) {
	for status, want := range map[string]bool{"5.1.1": true, "4.2.2": false, "": false} {
		if got := (FailedRecipient{Status: status}).Permanent(); got != want {
			t.Errorf("Permanent(%q) = %v", status, got)
		}
	}
	if !strings.HasPrefix(statusFrom("quota exceeded"), "5.2.2") {
		t.Errorf("statusFrom(quota) = %q", statusFrom("quota exceeded"))
	}
}

// TestMayReturnedStart checks that the cheap test never rejects a line that
// returnedStart matches.
func TestMayReturnedStart(t *testing.T) {
	pieces := []string{"Return-Path", "received", "MESSAGE-ID", "From", "to", "ſubject", "Subject", "date", ":", " ", "\t", "--", "-", "copy", "元の", "本文", "x", "Ａ", "\xff", "K"}
	rng := rand.New(rand.NewPCG(11, 12))
	matched := 0
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		l := strings.TrimSpace(b.String())
		if returnedStart.MatchString(l) {
			matched++
			if !mayReturnedStart(l) {
				t.Errorf("mayReturnedStart(%q) = false, but returnedStart matches", l)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d lines match returnedStart: the test says little", matched)
	}
}
