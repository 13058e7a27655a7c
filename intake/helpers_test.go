package intake

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/mail"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/md2-rm/madoguchi/intake/decode"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/templates"
)

// testParse stands in for the parser in the intake's own tests: it reads the
// header with net/mail and takes the category and the contract's fields from
// X-Test-* headers, so that each test states what the parser would find.
// The real parser is tested on its own.
func testParse(raw []byte) (*Parsed, error) {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("test parser: %w", err)
	}
	h := m.Header
	if h.Get("X-Test-Panic") != "" {
		panic("test parser panics")
	}
	if d := h.Get("X-Test-Sleep"); d != "" {
		v, _ := time.ParseDuration(d)
		time.Sleep(v)
	}
	if h.Get("X-Test-Fail") != "" {
		return nil, errors.New("test parser: cannot parse")
	}
	msg := &decode.Message{Header: map[string][]string{}}
	for k, v := range h {
		msg.Header[textproto.CanonicalMIMEHeaderKey(k)] = v
	}
	msg.MessageID = strings.Trim(h.Get("Message-Id"), "<> ")
	dec := mimeDecoder{}
	msg.Subject = dec.decode(h.Get("Subject"))
	msg.From, _ = mail.ParseAddress(h.Get("From"))
	if rt, err := mail.ParseAddressList(h.Get("Reply-To")); err == nil {
		msg.ReplyTo = rt
	}
	ids := func(v string) []string {
		var out []string
		for _, f := range strings.Fields(v) {
			out = append(out, strings.Trim(f, "<>"))
		}
		return out
	}
	msg.InReplyTo = ids(h.Get("In-Reply-To"))
	msg.References = ids(h.Get("References"))
	body, _ := io.ReadAll(m.Body)
	msg.Text = string(body)

	f := lead.Fields{MessageID: msg.MessageID}
	cat := lead.Category(h.Get("X-Test-Category"))
	if cat == "" {
		cat = lead.General
	}
	f.Category = &cat
	str := func(k string) *string {
		if v := h.Get(k); v != "" {
			return &v
		}
		return nil
	}
	f.Name = str("X-Test-Name")
	f.Email = str("X-Test-Email")
	f.Phone = str("X-Test-Phone")
	if v := h.Get("X-Test-Specialties"); v != "" {
		f.Specialties = strings.Split(v, ",")
	}
	if v := h.Get("X-Test-Prefectures"); v != "" {
		f.Prefectures = strings.Split(v, ",")
	}
	f.Normalize()
	p := &Parsed{Lead: f, Message: msg}
	if v := h.Get("X-Test-Bounce"); v != "" {
		addr, status, _ := strings.Cut(v, " ")
		p.Bounce = []decode.FailedRecipient{{Address: addr, Status: status, Action: "failed"}}
	}
	return p, nil
}

// testMail builds a raw mail. Extra header lines come as "Key: value".
func testMail(from, subject, messageID string, extra ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: md@example.jp\r\nSubject: %s\r\nDate: Thu, 26 Nov 2026 10:00:00 +0900\r\n", from, subject)
	if messageID != "" {
		fmt.Fprintf(&b, "Message-ID: <%s>\r\n", messageID)
	}
	for _, e := range extra {
		b.WriteString(e + "\r\n")
	}
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nお世話になっております。\r\n")
	return []byte(b.String())
}

// newTestProcessor returns a processor on st with the test parser and the
// real outbox (jobs queued in st).
func newTestProcessor(t testing.TB, st *store.Store) *Processor {
	t.Helper()
	tpl, err := templates.Load()
	if err != nil {
		t.Fatal(err)
	}
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	return &Processor{
		Store: st, Parse: testParse, Templates: tpl, Calendar: NewCalendar(tokyo),
		Mailer: &outbox.Outbox{Store: st, From: "md@example.jp"},
		Org:    templates.Org{Name: "地域医療支援センター", Email: "md@example.jp", Phone: "03-0000-0000"},
		From:   "md@example.jp", Own: []string{"md@example.jp", "staff@example.jp"}, StaffAddress: "staff@example.jp",
		ParseTimeout: 2 * time.Second, AckInterval: 24 * time.Hour, SoftBounceLimit: 3, ReviewWithin: 8,
		InquirerAfter: 7 * 24 * time.Hour,
	}
}

// queuedMail returns the outgoing mail queued in st, oldest first.
func queuedMail(t testing.TB, st *store.Store) []outbox.Message {
	t.Helper()
	jobs, err := st.Jobs(context.Background(), store.JobFilter{Kinds: []string{outbox.JobKind}, Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]outbox.Message, 0, len(jobs))
	for i := len(jobs) - 1; i >= 0; i-- {
		var m outbox.Message
		if err := jobs[i].Decode(&m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func count(t testing.TB, st *store.Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := st.DB.Get(&n, st.DB.Rebind(query), args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// memIMAP is an in-process IMAP server with one user.
type memIMAP struct {
	Addr string
	User *imapmemserver.User
	srv  *imapserver.Server
}

func startMemIMAP(t testing.TB, caps imap.CapSet) *memIMAP {
	t.Helper()
	mem := imapmemserver.New()
	user := imapmemserver.NewUser("md", "secret")
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	if caps == nil {
		caps = imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         caps,
		InsecureAuth: true,
		Logger:       discardLogger{},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { srv.Close() })
	return &memIMAP{Addr: ln.Addr().String(), User: user, srv: srv}
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}
func (discardLogger) Println(...any)        {}

// client logs in to an IMAP server for the test's own use.
func testClient(t testing.TB, addr, user, pass string, tlsMode string) *imapclient.Client {
	t.Helper()
	var c *imapclient.Client
	var err error
	switch tlsMode {
	case "tls":
		c, err = imapclient.DialTLS(addr, &imapclient.Options{TLSConfig: insecureTLS()})
	default:
		c, err = imapclient.DialInsecure(addr, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(user, pass).Wait(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func appendMail(t testing.TB, c *imapclient.Client, mailbox string, raw []byte) {
	t.Helper()
	cmd := c.Append(mailbox, int64(len(raw)), nil)
	if _, err := cmd.Write(raw); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		t.Fatalf("append to %s: %v", mailbox, err)
	}
}

func mailboxCount(t testing.TB, c *imapclient.Client, mailbox string) int {
	t.Helper()
	st, err := c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatalf("status %s: %v", mailbox, err)
	}
	return int(*st.NumMessages)
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
