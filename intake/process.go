package intake

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/templates"
)

// Processor stores mail and acts on it. Its fields come from the
// configuration; see NewProcessor.
type Processor struct {
	Store     *store.Store
	Parse     ParseFunc
	Mailer    Mailer
	Templates *templates.Set
	Calendar  *Calendar

	Org          templates.Org
	From         string   // smtp.from
	Own          []string // our own addresses: never answered
	StaffAddress string   // followup.staff_address
	BaseURL      string   // http.base_url, for links in staff reminders

	ParseTimeout    time.Duration // per mail
	AckInterval     time.Duration // at most one acknowledgement per address per interval
	SoftBounceLimit int           // soft bounces that suppress an address
	ReviewWithin    int           // business hours before the staff reminder
	InquirerAfter   time.Duration // before the inquirer follow-up

	// Campaigns, when set, ties bounces and unsubscribe requests to the
	// campaign mail they answer.
	Campaigns CampaignMail

	Log *slog.Logger
	Now func() time.Time // default store.Now
}

// Incoming is one mail fetched from a mailbox.
type Incoming struct {
	Mailbox     string
	UIDValidity uint32
	UID         uint32
	Raw         []byte
	// Size is the mail's size on the server. When it is larger than Raw,
	// the mail exceeded the size cap and Raw holds only its header.
	Size int64
}

// Outcome is what became of one mail.
type Outcome struct {
	MessageID int64 // stored row; 0 for a duplicate
	LeadID    int64 // the lead it created or joined; 0 for none
	Category  lead.Category
	Failed    bool // not parsed (error, timeout or too large): goes to the failed mailbox
	Duplicate bool // already stored (same UID or same bytes)
	NewLead   bool
	Acked     bool
	NoAck     string // why no acknowledgement was sent, for inquiries
}

// ErrParseTimeout is the error stored for a mail whose parsing took longer
// than the per-mail limit.
var ErrParseTimeout = errors.New("parsing took longer than intake.parse_timeout")

func (p *Processor) now() time.Time {
	if p.Now != nil {
		return p.Now().UTC()
	}
	return store.Now()
}

func (p *Processor) log() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Log
}

// Process stores one mail and everything that follows from it (lead or
// thread, contact, acknowledgement, bounce, suppression, follow-ups) in one
// transaction, in which it also calls after (the caller advances its
// mailbox position there). A mail already stored changes nothing but still
// calls after.
func (p *Processor) Process(ctx context.Context, in Incoming, after func(q store.Execer) error) (Outcome, error) {
	pr, err := p.Prepare(ctx, in)
	if err != nil {
		return Outcome{}, err
	}
	return p.Commit(ctx, pr, after)
}

// Prepared is a mail parsed and ready to be committed.
type Prepared struct {
	in     Incoming
	parsed *Parsed
	perr   error // why the mail could not be parsed
}

// Prepare parses a mail (within the per-mail time limit). It touches no
// state, so several mails may be prepared at once; they must then be
// committed in mailbox order.
func (p *Processor) Prepare(ctx context.Context, in Incoming) (*Prepared, error) {
	pr := &Prepared{in: in}
	if in.Size < 0 {
		pr.perr = errors.New("the server's answer for this mail could not be read; it is left for staff in the failed mailbox")
		return pr, nil
	}
	if in.Size > int64(len(in.Raw)) {
		pr.perr = fmt.Errorf("mail of %d bytes exceeds intake.max_message_size; only its header is stored", in.Size)
		return pr, nil
	}
	pr.parsed, pr.perr = p.parse(ctx, in.Raw)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return pr, nil
}

// Commit stores a prepared mail and everything that follows from it in one
// transaction, in which it also calls after.
func (p *Processor) Commit(ctx context.Context, pr *Prepared, after func(q store.Execer) error) (Outcome, error) {
	in, parsed, perr := pr.in, pr.parsed, pr.perr
	sum := sha256.Sum256(in.Raw)
	sha := hex.EncodeToString(sum[:])
	var out Outcome
	err := p.Store.InTx(ctx, func(tx *sqlx.Tx) error {
		out = Outcome{}
		if dup, err := p.Store.ReceivedBySHA(ctx, tx, sha); err != nil {
			return err
		} else if dup != 0 {
			out.Duplicate = true
			return after(tx)
		}
		m := &store.Message{
			Direction:   store.DirectionIn,
			Mailbox:     nullString(in.Mailbox),
			UIDValidity: sql.NullInt64{Int64: int64(in.UIDValidity), Valid: in.Mailbox != ""},
			UID:         sql.NullInt64{Int64: int64(in.UID), Valid: in.Mailbox != ""},
			RawSHA256:   sha,
			Raw:         in.Raw,
			ReceivedAt:  p.now(),
			Target:      nullString("processed"),
		}
		if perr != nil {
			hdr := headerOf(in.Raw)
			m.MessageID = nullString(hdr.messageID)
			m.Subject = hdr.subject
			m.FromAddr = hdr.from
			m.Error = nullString(perr.Error())
			m.Target = nullString("failed")
			out.Failed = true
		} else {
			f := parsed.Lead
			f.Normalize()
			if parsed.Message != nil {
				m.MessageID = nullString(parsed.Message.MessageID)
				m.Subject = parsed.Message.Subject
				if parsed.Message.From != nil {
					m.FromAddr = store.NormalizeEmail(parsed.Message.From.Address)
				}
			}
			if f.Category != nil {
				m.Category = nullString(string(*f.Category))
				out.Category = *f.Category
			}
			if f.Error != nil {
				m.Error = nullString(*f.Error)
			}
			b, err := json.Marshal(f)
			if err != nil {
				return fmt.Errorf("intake: encode parse result: %w", err)
			}
			m.Parsed = nullString(string(b))
		}
		id, created, err := p.Store.InsertMessage(ctx, tx, m)
		if err != nil {
			return err
		}
		if !created {
			out.Duplicate = true
			return after(tx)
		}
		out.MessageID = id
		if perr == nil {
			if err := p.act(ctx, tx, id, parsed, &out); err != nil {
				return err
			}
		}
		return after(tx)
	})
	if err != nil {
		return Outcome{}, fmt.Errorf("intake: store mail %s/%d/%d: %w", in.Mailbox, in.UIDValidity, in.UID, err)
	}
	return out, nil
}

// parse runs the parser with the per-mail time limit; a panic in the parser
// is turned into an error so that one bad mail never stops the intake.
func (p *Processor) parse(ctx context.Context, raw []byte) (*Parsed, error) {
	type result struct {
		p   *Parsed
		err error
	}
	ch := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ch <- result{nil, fmt.Errorf("parser failed: %v", r)}
			}
		}()
		res, err := p.Parse(raw)
		if err == nil && res == nil {
			err = errors.New("parser returned nothing")
		}
		ch <- result{res, err}
	}()
	limit := p.ParseTimeout
	if limit <= 0 {
		limit = 30 * time.Second
	}
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-ch:
		return r.p, r.err
	case <-timer.C:
		return nil, ErrParseTimeout
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// act applies the mail's consequences inside the transaction.
func (p *Processor) act(ctx context.Context, tx *sqlx.Tx, msgID int64, parsed *Parsed, out *Outcome) error {
	f := parsed.Lead
	cat := lead.Category("")
	if f.Category != nil {
		cat = *f.Category
	}
	switch {
	case cat.IsInquiry():
		return p.inquiry(ctx, tx, msgID, parsed, out)
	case cat == lead.Bounce:
		if tied, err := p.campaignBounce(ctx, tx, parsed); err != nil || tied {
			return err
		}
		for _, r := range parsed.Bounce {
			if r.Address == "" {
				continue
			}
			if _, err := p.Store.RecordBounce(ctx, tx, r.Address, r.Status, r.Permanent(), p.SoftBounceLimit,
				"mail:"+strconv.FormatInt(msgID, 10)); err != nil {
				return err
			}
		}
	case cat == lead.Unsubscribe:
		return p.unsubscribe(ctx, tx, msgID, parsed)
	}
	return nil
}

func (p *Processor) inquiry(ctx context.Context, tx *sqlx.Tx, msgID int64, parsed *Parsed, out *Outcome) error {
	f := parsed.Lead
	subject := ""
	if parsed.Message != nil {
		subject = parsed.Message.Subject
	}
	if leadID, err := p.earlierCopy(ctx, tx, msgID, parsed); err != nil || leadID != 0 {
		if leadID != 0 {
			out.LeadID = leadID
			out.NoAck = "the same mail arrived before"
			if err := p.Store.SetMessageLead(ctx, tx, msgID, leadID); err != nil {
				return err
			}
			return p.Store.AddLeadEvent(ctx, tx, store.LeadEvent{LeadID: leadID, Actor: "intake", Kind: "mail",
				Field: "redelivered", NewValue: nullString(subject), CreatedAt: p.now()})
		}
		return err
	}
	leadID, err := p.findThread(ctx, tx, parsed)
	if err != nil {
		return err
	}
	if leadID != 0 {
		out.LeadID = leadID
		if err := p.Store.SetMessageLead(ctx, tx, msgID, leadID); err != nil {
			return err
		}
		if _, err := p.Store.Cancel(ctx, tx, followupKey(leadID), "the inquirer replied"); err != nil {
			return err
		}
		out.NoAck = "reply in a thread"
		return p.Store.AddLeadEvent(ctx, tx, store.LeadEvent{LeadID: leadID, Actor: "intake", Kind: "mail",
			Field: "reply", NewValue: nullString(subject), CreatedAt: p.now()})
	}

	contactID, err := p.contact(ctx, tx, parsed)
	if err != nil {
		return err
	}
	l := store.LeadFromFields(f)
	l.ContactID = sql.NullInt64{Int64: contactID, Valid: contactID != 0}
	l.CreatedAt = p.now()
	if l.Email.Valid {
		l.Email.String = store.NormalizeEmail(l.Email.String)
	}
	if _, err := p.Store.CreateLead(ctx, tx, &l); err != nil {
		return err
	}
	out.LeadID, out.NewLead = l.ID, true
	if err := p.Store.SetMessageLead(ctx, tx, msgID, l.ID); err != nil {
		return err
	}
	if err := p.Store.AddLeadEvent(ctx, tx, store.LeadEvent{LeadID: l.ID, Actor: "intake", Kind: "created",
		NewValue: nullString(l.Category), CreatedAt: p.now()}); err != nil {
		return err
	}
	if p.ReviewWithin > 0 && p.Calendar != nil {
		if _, _, err := p.Store.Enqueue(ctx, tx, store.NewJob{
			Kind: JobReviewReminder, Payload: leadJob{LeadID: l.ID},
			RunAt:     p.Calendar.AddBusinessHours(p.now(), p.ReviewWithin),
			DedupeKey: "review-reminder:" + strconv.FormatInt(l.ID, 10),
		}); err != nil {
			return err
		}
	}
	return p.acknowledge(ctx, tx, &l, parsed, out)
}

// earlierCopy returns the lead of an earlier delivery of the same mail (see
// store.LeadOfEarlierCopy), so that a mail delivered twice by different
// routes makes one lead and one acknowledgement. The copy is still stored.
func (p *Processor) earlierCopy(ctx context.Context, tx *sqlx.Tx, msgID int64, parsed *Parsed) (int64, error) {
	m := parsed.Message
	if m == nil || m.From == nil || m.MessageID == "" {
		return 0, nil
	}
	return p.Store.LeadOfEarlierCopy(ctx, tx, m.MessageID, store.NormalizeEmail(m.From.Address), m.Subject, msgID)
}

var subjectRef = regexp.MustCompile(`\[?MD2-(\d{6,})\]?`)

// findThread returns the lead a mail replies to: by In-Reply-To/References,
// else by a lead reference in the subject when the sender is the lead's own
// contact.
func (p *Processor) findThread(ctx context.Context, tx *sqlx.Tx, parsed *Parsed) (int64, error) {
	msg := parsed.Message
	if msg == nil {
		return 0, nil
	}
	ids := append(append([]string{}, msg.InReplyTo...), msg.References...)
	if id, err := p.Store.LeadByMessageIDs(ctx, tx, ids); err != nil || id != 0 {
		return id, err
	}
	mm := subjectRef.FindStringSubmatch(msg.Subject)
	if mm == nil || msg.From == nil {
		return 0, nil
	}
	id, err := strconv.ParseInt(mm[1], 10, 64)
	if err != nil {
		return 0, nil
	}
	sender := store.NormalizeEmail(msg.From.Address)
	var n int
	err = sqlx.GetContext(ctx, tx, &n, tx.Rebind(`SELECT COUNT(*) FROM leads l LEFT JOIN contacts c ON c.id = l.contact_id
		WHERE l.id = ? AND (l.email = ? OR c.email = ?)`), id, sender, sender)
	if err != nil {
		return 0, fmt.Errorf("intake: subject reference: %w", err)
	}
	if n == 0 {
		return 0, nil
	}
	return id, nil
}

// contact links the writer to an existing contact (by address, then phone)
// or creates one.
func (p *Processor) contact(ctx context.Context, tx *sqlx.Tx, parsed *Parsed) (int64, error) {
	f := parsed.Lead
	email := ""
	if f.Email != nil {
		email = *f.Email
	} else if parsed.Message != nil && parsed.Message.From != nil {
		email = parsed.Message.From.Address
	}
	phone := ""
	if f.Phone != nil {
		phone = *f.Phone
	}
	if email == "" && phone == "" {
		return 0, nil
	}
	c := store.Contact{
		Name: strPtr(f.Name), NameKana: strPtr(f.NameKana), Email: nullString(store.NormalizeEmail(email)),
		Phone: nullString(phone), Organization: strPtr(f.Organization),
	}
	if f.Category != nil && *f.Category == lead.Hospital {
		c.Kind = "organization"
	}
	found, err := p.Store.FindContact(ctx, tx, email, phone)
	if err != nil {
		return 0, err
	}
	if found != nil {
		return found.ID, p.Store.FillContact(ctx, tx, found.ID, c)
	}
	return p.Store.CreateContact(ctx, tx, &c)
}

// categoryLabel is the Japanese name of a category as echoed to the writer.
func categoryLabel(c string) string {
	switch lead.Category(c) {
	case lead.Doctor:
		return "医師としてのご応募・ご相談"
	case lead.Hospital:
		return "医療機関からの医師募集のご相談"
	default:
		return "一般のお問い合わせ"
	}
}

// missing lists what an inquiry lacks for the secretariat to act on it.
func missing(l *store.Lead) []string {
	var out []string
	switch lead.Category(l.Category) {
	case lead.Doctor:
		if len(l.Specialties) == 0 {
			out = append(out, "ご専門の診療科")
		}
		if len(l.Prefectures) == 0 {
			out = append(out, "勤務をご希望の地域（都道府県）")
		}
	case lead.Hospital:
		if len(l.Specialties) == 0 {
			out = append(out, "募集されている診療科")
		}
		if len(l.Prefectures) == 0 {
			out = append(out, "医療機関の所在地（都道府県）")
		}
	}
	return out
}

// acknowledge queues the acknowledgement of a new inquiry, unless the mail or
// its recipient must not be answered.
func (p *Processor) acknowledge(ctx context.Context, tx *sqlx.Tx, l *store.Lead, parsed *Parsed, out *Outcome) error {
	rcpt := replyAddress(parsed)
	if reason := p.mustNotAnswer(parsed, rcpt); reason != "" {
		out.NoAck = reason
		p.log().Info("no acknowledgement", "lead", l.ID, "reason", reason)
		return nil
	}
	if sup, err := p.Store.Suppressed(ctx, rcpt); err != nil {
		return err
	} else if sup != nil && (sup.Reason == store.SuppressHardBounce || sup.Reason == store.SuppressSoftBounce) {
		out.NoAck = "address bounces"
		return nil
	}
	if p.AckInterval > 0 {
		n, err := p.Store.AckCount(ctx, tx, rcpt, "ack", p.now().Add(-p.AckInterval))
		if err != nil {
			return err
		}
		if n > 0 {
			out.NoAck = "acknowledged recently"
			p.log().Info("no acknowledgement", "lead", l.ID, "reason", out.NoAck)
			return nil
		}
	}
	name := ""
	if l.Name.Valid {
		name = l.Name.String
	}
	ask := missing(l)
	mail, err := p.Templates.Render(templates.Ack, templates.Data{
		Org: p.Org, Ref: Ref(l.ID), Name: name, Category: categoryLabel(l.Category),
		Specialties: l.Specialties, Prefectures: l.Prefectures, Missing: ask,
	})
	if err != nil {
		return err
	}
	msg := outbox.Message{
		Kind: "ack", LeadID: l.ID, To: []string{rcpt}, Subject: mail.Subject, Text: mail.Text, HTML: mail.HTML,
		Headers:   map[string]string{"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
		MessageID: outbox.NewMessageID(p.From),
	}
	if m := parsed.Message; m != nil && m.MessageID != "" {
		msg.InReplyTo = m.MessageID
		msg.References = append(append([]string{}, m.References...), m.MessageID)
	}
	if _, _, err := p.Mailer.Enqueue(ctx, tx, msg, "ack:"+strconv.FormatInt(l.ID, 10), time.Time{}); err != nil {
		return err
	}
	if err := p.Store.LogAck(ctx, tx, rcpt, "ack", l.ID, msg.MessageID); err != nil {
		return err
	}
	if err := p.Store.AddThreadRef(ctx, tx, msg.MessageID, l.ID); err != nil {
		return err
	}
	out.Acked = true
	if len(ask) > 0 && p.InquirerAfter > 0 {
		if _, _, err := p.Store.Enqueue(ctx, tx, store.NewJob{
			Kind: JobInquirerFollowup, Payload: leadJob{LeadID: l.ID, To: rcpt, Missing: ask},
			RunAt: p.now().Add(p.InquirerAfter), DedupeKey: followupKey(l.ID),
		}); err != nil {
			return err
		}
	}
	return nil
}

// campaignUnsubscribe ends the campaign subscriptions of the sender and of
// the recipient a List-Unsubscribe token in the subject names.
func (p *Processor) campaignUnsubscribe(ctx context.Context, tx *sqlx.Tx, parsed *Parsed, addr, source string) error {
	if p.Campaigns == nil {
		return nil
	}
	if parsed.Message != nil {
		if _, err := p.Campaigns.UnsubscribeBySubject(ctx, tx, parsed.Message.Subject); err != nil {
			return err
		}
	}
	if addr == "" {
		return nil
	}
	return p.Campaigns.Unsubscribe(ctx, tx, addr, source)
}

// campaignBounce records a bounce of campaign mail against its recipient
// row; it reports whether the bounce was tied to one.
func (p *Processor) campaignBounce(ctx context.Context, tx *sqlx.Tx, parsed *Parsed) (bool, error) {
	if p.Campaigns == nil {
		return false, nil
	}
	status, hard := "", false
	for _, r := range parsed.Bounce {
		if r.Status != "" {
			status, hard = r.Status, r.Permanent()
			break
		}
	}
	if status == "" {
		status, hard = "5.0.0", true // a failure report without a status
	}
	for _, token := range ledgerTokens(parsed.Message) {
		ok, err := p.Campaigns.Bounce(ctx, tx, token, status, hard)
		if err != nil {
			return false, err
		}
		if ok {
			return true, nil
		}
	}
	return false, nil
}

func (p *Processor) unsubscribe(ctx context.Context, tx *sqlx.Tx, msgID int64, parsed *Parsed) error {
	addr := ""
	if m := parsed.Message; m != nil && m.From != nil {
		addr = m.From.Address
	}
	if addr == "" && parsed.Lead.Email != nil {
		addr = *parsed.Lead.Email
	}
	if addr == "" {
		return p.campaignUnsubscribe(ctx, tx, parsed, "", "")
	}
	source := "mail:" + strconv.FormatInt(msgID, 10)
	added, err := p.Store.Suppress(ctx, tx, store.Suppression{Email: addr, Reason: store.SuppressUnsubscribe,
		Detail: "unsubscribe mail", Source: source})
	if err != nil {
		return err
	}
	if err := p.campaignUnsubscribe(ctx, tx, parsed, addr, source); err != nil {
		return err
	}
	if !added {
		return nil // confirmed the first time already
	}
	if reason := p.mustNotAnswer(parsed, addr); reason != "" {
		p.log().Info("no unsubscribe confirmation", "reason", reason)
		return nil
	}
	mail, err := p.Templates.Render(templates.Unsubscribed, templates.Data{Org: p.Org})
	if err != nil {
		return err
	}
	msg := outbox.Message{
		Kind: "confirmation", To: []string{addr}, Subject: mail.Subject, Text: mail.Text, HTML: mail.HTML,
		Headers:   map[string]string{"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
		MessageID: outbox.NewMessageID(p.From),
	}
	if m := parsed.Message; m != nil && m.MessageID != "" {
		msg.InReplyTo = m.MessageID
		msg.References = []string{m.MessageID}
	}
	if _, _, err := p.Mailer.Enqueue(ctx, tx, msg, "unsubscribed:"+store.NormalizeEmail(addr), time.Time{}); err != nil {
		return err
	}
	return p.Store.LogAck(ctx, tx, addr, "unsubscribed", 0, msg.MessageID)
}

// replyAddress is where an acknowledgement goes: Reply-To, else From. An
// address written in the body is used only when the mail comes from a
// program that relays a web form (a no-reply or web-server account), since
// then the sender cannot read the answer; taking it from any mail would let a
// writer make the secretariat mail a third party.
func replyAddress(parsed *Parsed) string {
	m := parsed.Message
	var from string
	if m != nil {
		if len(m.ReplyTo) > 0 && m.ReplyTo[0] != nil && m.ReplyTo[0].Address != "" {
			return store.NormalizeEmail(m.ReplyTo[0].Address)
		}
		if m.From != nil {
			from = store.NormalizeEmail(m.From.Address)
		}
	}
	if e := parsed.Lead.Email; e != nil && strings.Contains(*e, "@") && (from == "" || formRelay(from)) {
		return store.NormalizeEmail(*e)
	}
	return from
}

// formRelay reports whether addr is the kind of account web forms send
// their notifications from: one nobody reads, or a web server's own.
func formRelay(addr string) bool {
	if robotAddress(addr) {
		return true
	}
	switch strings.ToLower(localPart(addr)) {
	case "wordpress", "www-data", "apache", "nginx", "nobody", "httpd", "webmaster", "form", "forms", "mailform":
		return true
	}
	return false
}

func followupKey(leadID int64) string { return "inquirer-followup:" + strconv.FormatInt(leadID, 10) }

type leadJob struct {
	LeadID  int64    `json:"lead_id"`
	To      string   `json:"to,omitempty"`
	Missing []string `json:"missing,omitempty"`
}

type rawHeader struct{ messageID, subject, from string }

// headerOf reads what it can of a mail the parser could not handle, for staff.
func headerOf(raw []byte) rawHeader {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return rawHeader{}
	}
	var h rawHeader
	h.messageID = strings.Trim(strings.TrimSpace(m.Header.Get("Message-Id")), "<>")
	dec := new(mimeDecoder)
	h.subject = dec.decode(m.Header.Get("Subject"))
	if a, err := mail.ParseAddress(m.Header.Get("From")); err == nil {
		h.from = store.NormalizeEmail(a.Address)
	}
	return h
}

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

func strPtr(p *string) sql.NullString {
	if p == nil || *p == "" {
		return sql.NullString{}
	}
	return sql.NullString{String: *p, Valid: true}
}
