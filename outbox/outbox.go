// Package outbox sends the mail that madoguchi writes to one person at a time
// (acknowledgements, staff replies, reminders, follow-ups, introductions)
// through the durable job queue, and records every sent mail in the store.
// Bulk campaign mail goes through package outreach instead.
package outbox

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"regexp"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	gomail "github.com/wneessen/go-mail"

	"github.com/md2-rm/madoguchi/store"
)

// JobKind is the job queue kind of a pending outgoing mail.
const JobKind = "outbox.send"

// LoopHeader marks our own outgoing mail, so intake recognises it coming back.
const LoopHeader = "X-Loop"

// Message is one mail to send. It is stored as the job's payload, so it must
// hold everything needed to build the mail again on a retry.
type Message struct {
	Kind       string            `json:"kind"` // ack, reply, reminder, followup, introduction, confirmation...
	LeadID     int64             `json:"lead_id,omitempty"`
	From       string            `json:"from,omitempty"` // default: the outbox's From
	To         []string          `json:"to"`
	Cc         []string          `json:"cc,omitempty"`
	ReplyTo    string            `json:"reply_to,omitempty"`
	Subject    string            `json:"subject"`
	Text       string            `json:"text"`
	HTML       string            `json:"html,omitempty"`
	InReplyTo  string            `json:"in_reply_to,omitempty"` // message id without brackets
	References []string          `json:"references,omitempty"`  // message ids without brackets
	Headers    map[string]string `json:"headers,omitempty"`     // e.g. Auto-Submitted
	MessageID  string            `json:"message_id"`            // assigned at enqueue, so a retry resends the same mail
}

// Sender hands a built message to a mail server.
type Sender interface {
	Send(ctx context.Context, msg *gomail.Msg) error
}

// Outbox builds, sends and records outgoing mail.
type Outbox struct {
	Store  *store.Store
	Sender Sender
	From   string // the default From (smtp.from)
	Log    *slog.Logger
}

// Enqueue queues m for sending; q may be a transaction so that the mail is
// queued atomically with what caused it. A non-empty dedupeKey makes the
// mail unique: a second Enqueue with the same key queues nothing.
func (o *Outbox) Enqueue(ctx context.Context, q store.Execer, m Message, dedupeKey string, runAt time.Time) (int64, bool, error) {
	if len(m.To) == 0 {
		return 0, false, errors.New("outbox: message without recipient")
	}
	for _, addr := range append(append([]string{}, m.To...), m.Cc...) {
		if _, err := mail.ParseAddress(addr); err != nil {
			return 0, false, fmt.Errorf("outbox: recipient %q: %w", addr, err)
		}
	}
	if m.MessageID == "" {
		m.MessageID = NewMessageID(o.from(m))
	}
	return o.Store.Enqueue(ctx, q, store.NewJob{Kind: JobKind, Payload: m, DedupeKey: dedupeKey, RunAt: runAt})
}

func (o *Outbox) from(m Message) string {
	if m.From != "" {
		return m.From
	}
	return o.From
}

// NewMessageID returns a unique message id (without brackets) in the domain
// of the from address.
func NewMessageID(from string) string {
	domain := "madoguchi.invalid"
	if a, err := mail.ParseAddress(from); err == nil {
		if _, d, ok := strings.Cut(a.Address, "@"); ok && d != "" {
			domain = d
		}
	}
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%d.%s@%s", time.Now().UnixNano(), hex.EncodeToString(b), domain)
}

// Build turns m into a go-mail message: UTF-8, quoted-printable, text and,
// when given, an HTML alternative, with our loop marker.
func (o *Outbox) Build(m Message) (*gomail.Msg, error) {
	msg := gomail.NewMsg(gomail.WithCharset(gomail.CharsetUTF8), gomail.WithEncoding(gomail.EncodingQP), gomail.WithNoDefaultUserAgent())
	from := o.from(m)
	if err := msg.From(from); err != nil {
		return nil, fmt.Errorf("outbox: from %q: %w", from, err)
	}
	if err := msg.To(m.To...); err != nil {
		return nil, fmt.Errorf("outbox: to: %w", err)
	}
	if len(m.Cc) > 0 {
		if err := msg.Cc(m.Cc...); err != nil {
			return nil, fmt.Errorf("outbox: cc: %w", err)
		}
	}
	if m.ReplyTo != "" {
		if err := msg.ReplyTo(m.ReplyTo); err != nil {
			return nil, fmt.Errorf("outbox: reply-to: %w", err)
		}
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(m.MessageID)
	msg.SetDate()
	if m.InReplyTo != "" {
		msg.SetGenHeaderPreformatted(gomail.HeaderInReplyTo, "<"+m.InReplyTo+">")
	}
	if len(m.References) > 0 {
		refs := make([]string, len(m.References))
		for i, r := range m.References {
			refs[i] = "<" + r + ">"
		}
		msg.SetGenHeaderPreformatted(gomail.HeaderReferences, strings.Join(refs, " "))
	}
	msg.SetGenHeader(gomail.Header(LoopHeader), LoopValue(from))
	for k, v := range m.Headers {
		msg.SetGenHeader(gomail.Header(k), v)
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	if m.HTML != "" {
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	}
	return msg, nil
}

// LoopValue is the X-Loop value our mail carries: our own address.
func LoopValue(from string) string {
	if a, err := mail.ParseAddress(from); err == nil {
		return strings.ToLower(a.Address)
	}
	return strings.ToLower(strings.TrimSpace(from))
}

// Handle is the job handler for JobKind: it sends the mail once and records
// it. SMTP 4xx and connection errors are retried with backoff; 5xx fails the
// job for staff to see. A job re-run after its mail was recorded sends nothing.
func (o *Outbox) Handle(ctx context.Context, j *store.Job) error {
	var m Message
	if err := j.Decode(&m); err != nil {
		return store.Permanent(err)
	}
	var sent int
	if err := o.Store.DB.GetContext(ctx, &sent, o.Store.DB.Rebind(
		`SELECT COUNT(*) FROM messages WHERE direction = 'out' AND message_id = ?`), m.MessageID); err != nil {
		return fmt.Errorf("outbox: check sent: %w", err)
	}
	if sent > 0 {
		return nil
	}
	msg, err := o.Build(m)
	if err != nil {
		return store.Permanent(err)
	}
	var raw bytes.Buffer
	if _, err := msg.WriteTo(&raw); err != nil {
		return store.Permanent(fmt.Errorf("outbox: build: %w", err))
	}
	if err := o.Sender.Send(ctx, msg); err != nil {
		// The worker logs the error and keeps it on the job: the
		// recipients' addresses (in go-mail's text and often in the
		// server's) are left out; the job's payload still names them.
		err = redacted{err, m.To}
		var se *gomail.SendError
		if errors.As(err, &se) && se.ErrorCode() >= 500 {
			return store.Permanent(fmt.Errorf("outbox: %s rejected: %w", m.Kind, err))
		}
		return fmt.Errorf("outbox: send %s: %w", m.Kind, err)
	}
	if err := o.record(ctx, m, raw.Bytes()); err != nil {
		return store.Permanent(fmt.Errorf("outbox: sent but not recorded: %w", err))
	}
	if o.Log != nil {
		o.Log.Info("mail sent", "kind", m.Kind, "lead", m.LeadID, "message_id", m.MessageID)
	}
	return nil
}

func (o *Outbox) record(ctx context.Context, m Message, raw []byte) error {
	sum := sha256.Sum256(raw)
	now := store.Now()
	var lead any
	if m.LeadID != 0 {
		lead = m.LeadID
	}
	return o.Store.InTx(ctx, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO messages (direction, message_id, raw_sha256, raw, size,
			subject, from_addr, category, lead_id, received_at, created_at)
			VALUES ('out', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			m.MessageID, hex.EncodeToString(sum[:]), raw, len(raw), m.Subject, LoopValue(o.from(m)), m.Kind, lead, now, now)
		if err != nil {
			return fmt.Errorf("outbox: record: %w", err)
		}
		if m.LeadID == 0 {
			return nil
		}
		return o.Store.AddLeadEvent(ctx, tx, store.LeadEvent{
			LeadID: m.LeadID, Actor: "system", Kind: "mail", Field: m.Kind,
			NewValue: nullString(m.Subject),
		})
	})
}

// redacted is an error whose text has the given addresses taken out.
type redacted struct {
	err   error
	addrs []string
}

func (r redacted) Error() string {
	s := r.err.Error()
	for _, a := range r.addrs {
		a = LoopValue(a)
		if a == "" {
			continue
		}
		s = regexp.MustCompile(`(?i)`+regexp.QuoteMeta(a)).ReplaceAllLiteralString(s, "(recipient)")
	}
	return s
}

func (r redacted) Unwrap() error { return r.err }

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: true} }
