package intake

import (
	"context"
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// recordingCampaigns records what intake asks of the campaign side; tokens
// in ours are the campaign mail it knows.
type recordingCampaigns struct {
	ours         map[string]bool
	bounces      []string
	subjects     []string
	unsubscribed []string
}

func (r *recordingCampaigns) Bounce(ctx context.Context, q store.Execer, token, status string, hard bool) (bool, error) {
	r.bounces = append(r.bounces, token+" "+status)
	return r.ours[token], nil
}

func (r *recordingCampaigns) UnsubscribeBySubject(ctx context.Context, q store.Execer, subject string) (bool, error) {
	r.subjects = append(r.subjects, subject)
	return strings.Contains(subject, "tok-"), nil
}

func (r *recordingCampaigns) Unsubscribe(ctx context.Context, q store.Execer, addr, source string) error {
	r.unsubscribed = append(r.unsubscribed, addr)
	return nil
}

// dsn builds a delivery status notification for a campaign mail sent to
// rcpt, returning the original's headers the way mail servers do.
func dsn(to, rcpt, returnedHeaders string) []byte {
	return []byte("From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\n" +
		"To: " + to + "\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\n" +
		"Date: Thu, 26 Nov 2026 10:00:00 +0900\r\n" +
		"Message-ID: <dsn." + rcpt + "@mx.example.com>\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n" +
		"--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n" +
		"--B\r\nContent-Type: message/delivery-status\r\n\r\n" +
		"Reporting-MTA: dns; mx.example.com\r\n\r\n" +
		"Final-Recipient: rfc822; " + rcpt + "\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
		"Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n" +
		"--B\r\nContent-Type: text/rfc822-headers\r\n\r\n" + returnedHeaders +
		"--B--\r\n")
}

func TestCampaignBouncesAndUnsubscribes(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	p := newTestProcessor(t, st)
	p.Parse = Parser(ParseOptions{})
	camp := &recordingCampaigns{ours: map[string]bool{"12-abcdef0123": true, "bounce+13-0011223344@news.example.jp": true}}
	p.Campaigns = camp

	// Tied by the ledger header of the returned mail: the campaign side
	// counts it, so intake does not count it again.
	process(t, p, 1, dsn("md@example.jp", "doc1@hospital.example.jp",
		"From: news@example.jp\r\nTo: doc1@hospital.example.jp\r\nX-Madoguchi-Ledger: 12-abcdef0123\r\n\r\n"))
	// Tied by the envelope sender it was returned to.
	process(t, p, 2, dsn("bounce+13-0011223344@news.example.jp", "doc2@hospital.example.jp", "From: news@example.jp\r\n\r\n"))
	// Not campaign mail: intake counts the bounce itself.
	process(t, p, 3, dsn("md@example.jp", "ack@clinic.example.jp", "From: md@example.jp\r\n\r\n"))

	if len(camp.bounces) != 2 {
		t.Fatalf("campaign side asked about %v, want the two campaign tokens", camp.bounces)
	}
	for i, want := range []string{"12-abcdef0123 5.1.1", "bounce+13-0011223344@news.example.jp 5.1.1"} {
		if camp.bounces[i] != want {
			t.Errorf("bounce %d: asked %q, want %q", i, camp.bounces[i], want)
		}
	}
	ctx := context.Background()
	for addr, want := range map[string]bool{"doc1@hospital.example.jp": false, "doc2@hospital.example.jp": false, "ack@clinic.example.jp": true} {
		sup, err := st.Suppressed(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		if (sup != nil) != want {
			t.Errorf("%s suppressed by intake = %v, want %v", addr, sup != nil, want)
		}
	}

	// An unsubscribe request ends the sender's subscriptions and is offered
	// to the campaign side for a List-Unsubscribe token; confirmed once.
	process(t, p, 4, []byte("From: Reader <reader@example.com>\r\nTo: md@example.jp\r\nSubject: unsubscribe tok-99\r\n"+
		"Date: Thu, 26 Nov 2026 10:00:00 +0900\r\nMessage-ID: <u1@example.com>\r\n\r\n配信停止をお願いします。\r\n"))
	if len(camp.subjects) != 1 || camp.subjects[0] != "unsubscribe tok-99" || len(camp.unsubscribed) != 1 || camp.unsubscribed[0] != "reader@example.com" {
		t.Errorf("campaign side: subjects %v, unsubscribed %v", camp.subjects, camp.unsubscribed)
	}
	mails := queuedMail(t, st)
	if len(mails) != 1 || mails[0].Kind != "confirmation" {
		t.Errorf("queued %+v, want one unsubscribe confirmation", mails)
	}
}
