package intake

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func process(t *testing.T, p *Processor, uid uint32, raw []byte) Outcome {
	t.Helper()
	out, err := p.Process(context.Background(), Incoming{Mailbox: "INBOX", UIDValidity: 7, UID: uid, Raw: raw, Size: int64(len(raw))},
		func(store.Execer) error { return nil })
	if err != nil {
		t.Fatalf("process uid %d: %v", uid, err)
	}
	return out
}

func TestProcessInquiry(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			st := storetest.Open(t, driver)
			p := newTestProcessor(t, st)
			raw := testMail("Taro Yamada <taro@example.com>", "勤務先の相談", "m1@example.com",
				"X-Test-Category: doctor", "X-Test-Name: 山田 太郎", "X-Test-Specialties: 整形外科", "X-Test-Prefectures: 島根県",
				"X-Test-Phone: 090-1111-2222")
			out := process(t, p, 1, raw)
			if !out.NewLead || !out.Acked || out.LeadID == 0 || out.Failed || out.Duplicate {
				t.Fatalf("outcome = %+v", out)
			}
			l, err := st.GetLead(context.Background(), out.LeadID)
			if err != nil {
				t.Fatal(err)
			}
			if l.Category != "doctor" || l.Name.String != "山田 太郎" || !l.ContactID.Valid {
				t.Errorf("lead = %+v", l)
			}
			m, err := st.GetMessage(context.Background(), out.MessageID)
			if err != nil {
				t.Fatal(err)
			}
			if string(m.Raw) != string(raw) || m.LeadID.Int64 != out.LeadID || m.MessageID.String != "m1@example.com" {
				t.Errorf("stored message differs: lead %v id %q", m.LeadID, m.MessageID.String)
			}
			mails := queuedMail(t, st)
			if len(mails) != 1 {
				t.Fatalf("queued %d mails, want the acknowledgement", len(mails))
			}
			ack := mails[0]
			for _, check := range []struct{ what, got, want string }{
				{"to", strings.Join(ack.To, ","), "taro@example.com"},
				{"in-reply-to", ack.InReplyTo, "m1@example.com"},
				{"auto-submitted", ack.Headers["Auto-Submitted"], "auto-replied"},
				{"kind", ack.Kind, "ack"},
			} {
				if check.got != check.want {
					t.Errorf("ack %s = %q, want %q", check.what, check.got, check.want)
				}
			}
			for _, want := range []string{Ref(out.LeadID), "整形外科", "島根県", "山田 太郎", "03-0000-0000"} {
				if !strings.Contains(ack.Subject+ack.Text, want) {
					t.Errorf("ack lacks %q", want)
				}
			}
			if n := count(t, st, `SELECT COUNT(*) FROM jobs WHERE kind = ?`, JobReviewReminder); n != 1 {
				t.Errorf("review reminders queued = %d, want 1", n)
			}
			if n := count(t, st, `SELECT COUNT(*) FROM jobs WHERE kind = ?`, JobInquirerFollowup); n != 0 {
				t.Errorf("follow-ups queued = %d, want none (nothing was asked)", n)
			}

			// The writer answers the acknowledgement: the reply joins the lead.
			reply := testMail("Taro Yamada <taro@example.com>", "Re: "+ack.Subject, "m2@example.com",
				"In-Reply-To: <"+ack.MessageID+">", "References: <m1@example.com> <"+ack.MessageID+">", "X-Test-Category: doctor")
			out2 := process(t, p, 2, reply)
			if out2.NewLead || out2.LeadID != out.LeadID || out2.Acked {
				t.Errorf("reply outcome = %+v, want it joined to lead %d without acknowledgement", out2, out.LeadID)
			}
			// A new inquiry from the same person by phone links the same contact.
			again := testMail("Taro <taro.yamada@example.org>", "別件の相談", "m3@example.com",
				"X-Test-Category: doctor", "X-Test-Phone: 090-1111-2222", "X-Test-Specialties: 内科", "X-Test-Prefectures: 高知県")
			out3 := process(t, p, 3, again)
			l3, err := st.GetLead(context.Background(), out3.LeadID)
			if err != nil {
				t.Fatal(err)
			}
			if !out3.NewLead || l3.ContactID != l.ContactID {
				t.Errorf("second inquiry: new=%v contact %v, want new lead on contact %v", out3.NewLead, l3.ContactID, l.ContactID)
			}
		})
	}
}

func TestProcessThreadBySubjectReference(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	p := newTestProcessor(t, st)
	first := process(t, p, 1, testMail("hanako@example.com", "求人について", "a1@example.com", "X-Test-Category: hospital"))
	ref := "[" + Ref(first.LeadID) + "]"
	tests := []struct {
		name     string
		from     string
		wantJoin bool
	}{
		{"the lead's contact", "Hanako <Hanako@Example.com>", true},
		{"someone else", "mallory@example.net", false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := process(t, p, uint32(10+i), testMail(tt.from, "Re: "+ref+" 追加の情報", "", "X-Test-Category: hospital"))
			if joined := out.LeadID == first.LeadID; joined != tt.wantJoin {
				t.Errorf("joined = %v, want %v (outcome %+v)", joined, tt.wantJoin, out)
			}
		})
	}
}

func TestProcessNoAcknowledgement(t *testing.T) {
	tests := []struct {
		name    string
		raw     []byte
		lead    bool
		noAck   string
		setupFn func(t *testing.T, p *Processor)
	}{
		{"auto reply", testMail("taro@example.com", "不在のお知らせ", "x1@example.com", "X-Test-Category: auto_reply"), false, "", nil},
		{"spam", testMail("win@spam.example", "当選", "x2@example.com", "X-Test-Category: spam"), false, "", nil},
		{"Auto-Submitted", testMail("taro@example.com", "自動", "x3@example.com", "Auto-Submitted: auto-generated"), true, "Auto-Submitted", nil},
		{"Auto-Submitted no is a person", testMail("taro@example.com", "相談", "x4@example.com", "Auto-Submitted: no"), true, "", nil},
		{"Precedence bulk", testMail("news@example.com", "お知らせ", "x5@example.com", "Precedence: bulk"), true, "Precedence", nil},
		{"List-Id", testMail("list@example.com", "[ml] 案内", "x6@example.com", "List-Id: <ml.example.com>"), true, "List-Id", nil},
		{"X-Autoreply", testMail("taro@example.com", "Re", "x7@example.com", "X-Autoreply: yes"), true, "X-Autoreply", nil},
		{"our own X-Loop", testMail("someone@example.com", "Re", "x8@example.com", "X-Loop: md@example.jp"), true, "X-Loop", nil},
		{"mailer daemon", testMail("MAILER-DAEMON@mx.example.com", "相談", "x9@example.com"), true, "automatic sender", nil},
		{"no-reply sender", testMail("no-reply@form.example.com", "お問い合わせ", "x10@example.com"), true, "automatic sender", nil},
		{"form relay naming the writer", testMail("no-reply@form.example.com", "フォーム", "x14@example.com", "X-Test-Email: writer@example.com"), true, "", nil},
		{"postmaster", testMail("postmaster@example.com", "相談", "x15@example.com", "X-Test-Email: writer@example.com"), true, "automatic sender", nil},
		{"our own address", testMail("md@example.jp", "テスト", "x11@example.com"), true, "our own address", nil},
		{"delivery report", testMail("mail-notify@mx.example.com", "Delivery Status Notification", "x16@example.com", "Content-Type: multipart/report; report-type=delivery-status; boundary=b"), true, "multipart/report", nil},
		{"read receipt", testMail("taro@example.com", "開封確認", "x17@example.com", "Content-Type: Multipart/Report; report-type=disposition-notification; boundary=b"), true, "multipart/report", nil},
		{"Exim failure", testMail("mail-notify@mx.example.com", "Mail delivery failed", "x18@example.com", "X-Failed-Recipients: someone@example.org"), true, "X-Failed-Recipients", nil},
		{"empty return path", testMail("taro@example.com", "相談", "x12@example.com", "Return-Path: <>"), true, "empty return path", nil},
		{"hard-bounced address", testMail("gone@example.com", "相談", "x13@example.com"), true, "bounces", func(t *testing.T, p *Processor) {
			if _, err := p.Store.RecordBounce(context.Background(), p.Store.DB, "gone@example.com", "5.1.1", true, 3, "test"); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := storetest.Open(t, store.SQLite)
			p := newTestProcessor(t, st)
			if tt.setupFn != nil {
				tt.setupFn(t, p)
			}
			out := process(t, p, 1, tt.raw)
			if (out.LeadID != 0) != tt.lead {
				t.Errorf("lead = %d, want lead %v", out.LeadID, tt.lead)
			}
			mails := queuedMail(t, st)
			if tt.noAck == "" && tt.lead {
				if len(mails) != 1 || !out.Acked {
					t.Errorf("acknowledgements = %d (acked %v, reason %q), want 1", len(mails), out.Acked, out.NoAck)
				}
				return
			}
			if len(mails) != 0 || out.Acked {
				t.Errorf("acknowledgements = %d, want none", len(mails))
			}
			if tt.lead && !strings.Contains(out.NoAck, tt.noAck) {
				t.Errorf("reason = %q, want it to mention %q", out.NoAck, tt.noAck)
			}
		})
	}
}

func TestProcessAckCapPerAddress(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	p := newTestProcessor(t, st)
	now := time.Date(2026, 11, 26, 1, 0, 0, 0, time.UTC)
	p.Now = func() time.Time { return now }
	for i := range 3 {
		out := process(t, p, uint32(i+1), testMail("taro@example.com", "相談", "", "X-Test-Category: doctor", "X-Test-Specialties: 内科", "X-Test-Prefectures: 島根県", "X-N: "+string(rune('a'+i))))
		if !out.NewLead {
			t.Fatalf("mail %d: no new lead", i)
		}
		if out.Acked != (i == 0) {
			t.Errorf("mail %d acked = %v (%s)", i, out.Acked, out.NoAck)
		}
		now = now.Add(time.Hour)
	}
	if n := len(queuedMail(t, st)); n != 1 {
		t.Errorf("acknowledgements = %d, want 1", n)
	}
}

func TestProcessAsksForMissingAndFollowsUp(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	p := newTestProcessor(t, st)
	out := process(t, p, 1, testMail("jiro@example.com", "医師です", "q1@example.com", "X-Test-Category: doctor"))
	mails := queuedMail(t, st)
	if len(mails) != 1 || !strings.Contains(mails[0].Text, "ご専門の診療科") {
		t.Fatalf("the acknowledgement should ask for the specialty: %+v", mails)
	}
	if n := count(t, st, `SELECT COUNT(*) FROM jobs WHERE kind = ? AND state = 'queued'`, JobInquirerFollowup); n != 1 {
		t.Fatalf("follow-ups queued = %d, want 1", n)
	}
	// The inquirer answers: the follow-up is cancelled.
	process(t, p, 2, testMail("jiro@example.com", "Re: "+mails[0].Subject, "q2@example.com",
		"In-Reply-To: <"+mails[0].MessageID+">", "X-Test-Category: doctor"))
	if n := count(t, st, `SELECT COUNT(*) FROM jobs WHERE kind = ? AND state = 'queued'`, JobInquirerFollowup); n != 0 {
		t.Errorf("follow-ups still queued after the reply: %d (lead %d)", n, out.LeadID)
	}
}

func TestProcessIdentity(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			st := storetest.Open(t, driver)
			p := newTestProcessor(t, st)
			a := testMail("a@example.com", "一通目", "same@example.com", "X-Test-Category: general")
			b := testMail("b@example.com", "二通目", "same@example.com", "X-Test-Category: general")
			none := testMail("c@example.com", "IDなし", "", "X-Test-Category: general")
			steps := []struct {
				name      string
				uid       uint32
				raw       []byte
				duplicate bool
			}{
				{"first", 1, a, false},
				{"same Message-ID, other mail (C4)", 2, b, false},
				{"no Message-ID (C4)", 3, none, false},
				{"same UID again (C1)", 3, none, true},
				{"re-delivered under a new UID (C1)", 4, a, true},
				{"mail without Message-ID re-delivered", 5, none, true},
			}
			for _, s := range steps {
				out := process(t, p, s.uid, s.raw)
				if out.Duplicate != s.duplicate {
					t.Errorf("%s: duplicate = %v, want %v", s.name, out.Duplicate, s.duplicate)
				}
			}
			if n := count(t, st, `SELECT COUNT(*) FROM messages WHERE direction = 'in'`); n != 3 {
				t.Errorf("stored %d mails, want 3", n)
			}
			if n := count(t, st, `SELECT COUNT(*) FROM leads`); n != 3 {
				t.Errorf("created %d leads, want 3", n)
			}
		})
	}
}

func TestProcessFailures(t *testing.T) {
	tests := []struct {
		name  string
		raw   []byte
		size  int64
		error string
	}{
		{"parser error", testMail("a@example.com", "壊れた", "f1@example.com", "X-Test-Fail: yes"), 0, "cannot parse"},
		{"parser panic", testMail("a@example.com", "壊れた", "f2@example.com", "X-Test-Panic: yes"), 0, "parser failed"},
		{"parse time limit", testMail("a@example.com", "遅い", "f3@example.com", "X-Test-Sleep: 3s"), 0, "parse_timeout"},
		{"too large", []byte("From: a@example.com\r\nSubject: big\r\nMessage-ID: <f4@example.com>\r\n\r\n"), 50 << 20, "max_message_size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := storetest.Open(t, store.SQLite)
			p := newTestProcessor(t, st)
			p.ParseTimeout = 200 * time.Millisecond
			size := tt.size
			if size == 0 {
				size = int64(len(tt.raw))
			}
			out, err := p.Process(context.Background(), Incoming{Mailbox: "INBOX", UIDValidity: 1, UID: 1, Raw: tt.raw, Size: size},
				func(store.Execer) error { return nil })
			if err != nil {
				t.Fatal(err)
			}
			if !out.Failed || out.LeadID != 0 || out.MessageID == 0 {
				t.Fatalf("outcome = %+v, want stored and failed", out)
			}
			m, err := st.GetMessage(context.Background(), out.MessageID)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(m.Error.String, tt.error) {
				t.Errorf("stored error = %q, want it to mention %q", m.Error.String, tt.error)
			}
			if m.MessageID.String == "" || m.Subject == "" || string(m.Raw) != string(tt.raw) {
				t.Errorf("stored header: id %q subject %q", m.MessageID.String, m.Subject)
			}
			if len(queuedMail(t, st)) != 0 {
				t.Error("a failed mail was answered")
			}
		})
	}
}

func TestProcessBouncesAndUnsubscribes(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			p := newTestProcessor(t, st)
			process(t, p, 1, testMail("MAILER-DAEMON@mx.example.com", "Undelivered", "b1@mx", "X-Test-Category: bounce", "X-Test-Bounce: gone@example.com 5.1.1"))
			for i := range 3 {
				process(t, p, uint32(2+i), testMail("MAILER-DAEMON@mx.example.com", "Delayed", "", "X-Test-Category: bounce",
					"X-Test-Bounce: full@example.com 4.2.2", "X-Seq: "+string(rune('a'+i))))
			}
			for _, c := range []struct {
				addr, reason string
			}{{"gone@example.com", store.SuppressHardBounce}, {"full@example.com", store.SuppressSoftBounce}} {
				sup, err := st.Suppressed(ctx, c.addr)
				if err != nil {
					t.Fatal(err)
				}
				if sup == nil || sup.Reason != c.reason {
					t.Errorf("%s suppression = %+v, want %s", c.addr, sup, c.reason)
				}
			}
			// Unsubscribe twice: suppressed once, confirmed once.
			for i := range 2 {
				out := process(t, p, uint32(10+i), testMail("Reader <reader@example.com>", "配信停止希望", "", "X-Test-Category: unsubscribe", "X-N: "+string(rune('a'+i))))
				if out.LeadID != 0 {
					t.Errorf("unsubscribe created lead %d", out.LeadID)
				}
			}
			sup, err := st.Suppressed(ctx, "reader@example.com")
			if err != nil || sup == nil || sup.Reason != store.SuppressUnsubscribe {
				t.Errorf("reader suppression = %+v, %v", sup, err)
			}
			mails := queuedMail(t, st)
			if len(mails) != 1 || mails[0].Kind != "confirmation" || mails[0].To[0] != "reader@example.com" {
				t.Errorf("queued mail = %+v, want one confirmation to the reader", mails)
			}
			var leadless int
			if err := st.DB.Get(&leadless, `SELECT COUNT(*) FROM messages WHERE lead_id IS NULL`); err != nil {
				t.Fatal(err)
			}
			if leadless != 6 {
				t.Errorf("mails without lead = %d, want 6", leadless)
			}
		})
	}
}

func TestAcknowledgementRecipient(t *testing.T) {
	tests := []struct {
		name string
		from string
		more []string
		want string
	}{
		{"the sender", "taro@example.com", nil, "taro@example.com"},
		{"an address in the body does not redirect a person's mail", "taro@example.com",
			[]string{"X-Test-Email: someone.else@example.org"}, "taro@example.com"},
		{"Reply-To", "taro@example.com",
			[]string{"Reply-To: Taro <Taro.Home@Example.net>", "X-Test-Email: someone.else@example.org"}, "taro.home@example.net"},
		{"a no-reply form relay", "no-reply@form.example.com",
			[]string{"X-Test-Email: writer@example.com"}, "writer@example.com"},
		{"a web server's account", "wordpress@clinic.example.jp",
			[]string{"X-Test-Email: writer@example.com"}, "writer@example.com"},
		{"a form relay with Reply-To", "www-data@clinic.example.jp",
			[]string{"Reply-To: writer@example.com", "X-Test-Email: other@example.com"}, "writer@example.com"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := storetest.Open(t, store.SQLite)
			p := newTestProcessor(t, st)
			more := append([]string{"X-Test-Category: doctor"}, tt.more...)
			out := process(t, p, uint32(i+1), testMail(tt.from, "相談", fmt.Sprintf("r%d@example.com", i), more...))
			mails := queuedMail(t, st)
			if len(mails) != 1 || !out.Acked {
				t.Fatalf("acknowledgements = %d (reason %q), want 1", len(mails), out.NoAck)
			}
			if got := mails[0].To; len(got) != 1 || got[0] != tt.want {
				t.Errorf("acknowledgement to %v, want %s", got, tt.want)
			}
		})
	}
}

// TestRedeliveredMail checks that a mail delivered a second time by another
// route (other trace headers, so other bytes) is stored but makes no second
// lead and no second acknowledgement, and that only the same sender's mail
// counts as a copy.
func TestRedeliveredMail(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			st := storetest.Open(t, driver)
			p := newTestProcessor(t, st)
			mail := testMail("taro@example.com", "勤務先を探しています", "same@example.com", "X-Test-Category: doctor")
			first := process(t, p, 1, append([]byte("Received: from mx1.example.net by mx.example.jp; Tue, 1 Dec 2026 09:00:00 +0900\r\n"), mail...))
			again := process(t, p, 2, append([]byte("Received: from mx2.example.net by mx.example.jp; Tue, 1 Dec 2026 09:05:00 +0900\r\n"), mail...))
			if !first.NewLead || again.NewLead || again.LeadID != first.LeadID || again.MessageID == 0 || again.Duplicate {
				t.Fatalf("first %+v, again %+v: want the copy stored and joined to the first lead", first, again)
			}
			if again.Acked || again.NoAck == "" {
				t.Errorf("copy: acked %v, reason %q", again.Acked, again.NoAck)
			}
			if n := len(queuedMail(t, st)); n != 1 {
				t.Errorf("%d acknowledgements, want 1", n)
			}
			if n := count(t, st, `SELECT COUNT(*) FROM messages WHERE lead_id = ?`, first.LeadID); n != 2 {
				t.Errorf("%d messages on the lead, want both deliveries", n)
			}
			// Another sender reusing the Message-ID is another mail.
			other := process(t, p, 3, testMail("hanako@example.org", "勤務先を探しています", "same@example.com", "X-Test-Category: doctor"))
			if !other.NewLead || other.LeadID == first.LeadID {
				t.Errorf("another sender's mail with the same Message-ID: %+v, want a lead of its own", other)
			}
		})
	}
}
