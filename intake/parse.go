// Package intake turns the raw bytes of a mail into a lead: it decodes the
// message, separates what the writer wrote now from quotes and signatures,
// classifies the mail and extracts the contract's fields.
package intake

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/intake/classify"
	"github.com/md2-rm/madoguchi/intake/clean"
	"github.com/md2-rm/madoguchi/intake/decode"
	"github.com/md2-rm/madoguchi/intake/extract"
	"github.com/md2-rm/madoguchi/internal/ascii"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
)

// ParseOptions tune Parse. The zero value is ready to use.
type ParseOptions struct {
	// Location is where relative dates (来月, 来年4月) are resolved;
	// default Asia/Tokyo.
	Location *time.Location
	// Decode bounds the decoder's work.
	Decode decode.Options
	// Extractor is the field extractor; nil uses one over the embedded
	// vocabulary.
	Extractor *extract.Extractor
}

// Result is a parsed mail.
type Result struct {
	Lead    lead.Fields              // every contract field; Body is the cleaned human text
	Message *decode.Message          // the decoded mail
	Bounce  []decode.FailedRecipient // failed recipients when Category is bounce
	Quoted  string                   // quoted and signature text removed from the body
	Reason  string                   // the cue that settled the category
}

var sharedExtractor = sync.OnceValue(func() *extract.Extractor { return extract.New(vocab.Load()) })

// tokyo is Asia/Tokyo, or a fixed +09:00 zone when the zone database is
// missing on a minimal host (Japan has no daylight saving time).
var tokyo = sync.OnceValue(func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Tokyo"); err == nil {
		return loc
	}
	return time.FixedZone("JST", 9*60*60)
})

// formSender marks the senders of web-form notifications.
var formSender = regexp.MustCompile(`(?i)^(?:no-?reply|do-?not-?reply|form|formmail|webform|wordpress|contact-form)[^@]*@|@form\.`)

// mayFormSender is a cheap test that formSender needs to pass: the address
// starts with the first letter of one of its words, in either case (none
// of n, d, f, w, c folds with another character), or holds "@form.".
func mayFormSender(addr string) bool {
	if addr == "" {
		return false
	}
	switch addr[0] | 0x20 {
	case 'n', 'd', 'f', 'w', 'c':
		return true
	}
	return strings.Contains(ascii.Lower(addr), "@form.")
}

// Parse decodes raw and returns the lead. It fails only when raw is not a
// mail at all.
func Parse(raw []byte, opt ParseOptions) (*Result, error) {
	msg, err := decode.Parse(raw, opt.Decode)
	if err != nil {
		return nil, fmt.Errorf("intake: %w", err)
	}
	x := opt.Extractor
	if x == nil {
		x = sharedExtractor()
	}
	loc := opt.Location
	if loc == nil {
		loc = tokyo()
	}

	p := prepare(msg)
	cl := classify.Classify(p.input)
	var date time.Time
	if !msg.Date.IsZero() {
		date = msg.Date.In(loc)
	}
	f := x.Extract(extract.Input{
		Category:    cl.Category,
		Body:        p.input.Body,
		Signature:   p.input.Footer,
		Quoted:      head(p.parts.Quoted, maxAnalysed),
		Normalized:  true,
		Fields:      p.fields,
		Subject:     msg.Subject,
		FromName:    p.input.FromName,
		FromAddress: p.input.FromAddress,
		ReplyTo:     p.input.ReplyTo,
		Date:        date,
		IsForm:      p.input.IsForm,
	})
	cat := cl.Category
	f.MessageID = msg.MessageID
	f.Category = &cat
	human := p.body
	f.Body = &human
	f.Normalize()

	res := &Result{Lead: f, Message: msg, Reason: cl.Reason}
	res.Quoted = strings.TrimSpace(p.parts.Signature + "\n\n" + p.parts.Quoted)
	if cat == lead.Bounce && msg.Report != nil {
		res.Bounce = msg.Report.Recipients
	}
	return res, nil
}

// prepared is a decoded mail split into the writer's text, signature and
// quotes, with what classification reads.
type prepared struct {
	parts  clean.Parts
	body   string // the writer's text as it came
	fields []extract.Field
	input  classify.Input
}

func prepare(msg *decode.Message) prepared {
	parts := clean.Split(msg.Text)
	body := parts.Body
	if body == "" && parts.Signature == "" && msg.Text == "" && msg.HTML != "" {
		body = msg.HTML
	}
	var fromAddr, fromName, replyTo string
	if msg.From != nil {
		fromAddr = strings.ToLower(msg.From.Address)
		fromName = msg.From.Name
	}
	if len(msg.ReplyTo) > 0 && msg.ReplyTo[0] != nil {
		replyTo = strings.ToLower(msg.ReplyTo[0].Address)
	}
	nbody, nsig := extract.Normalize(head(body, maxAnalysed)), extract.Normalize(head(parts.Signature, maxAnalysed))
	// Subject, body and signature joined once, for the labelled fields
	// and for classification.
	nsubject := extract.Normalize(msg.Subject)
	joined := nsubject + "\n" + nbody + "\n" + nsig
	fields := extract.Fields(joined[len(nsubject)+1:])
	isForm := mayFormSender(fromAddr) && formSender.MatchString(fromAddr) && (hasField(fields, "name") || hasField(fields, "email")) ||
		hasField(fields, "name") && hasField(fields, "email")
	return prepared{parts: parts, body: body, fields: fields, input: classify.Input{
		Header:      msg.Header,
		FromAddress: fromAddr,
		FromName:    fromName,
		ReplyTo:     replyTo,
		Subject:     nsubject,
		Body:        nbody,
		Footer:      nsig,
		Joined:      joined,
		HTML:        msg.HTML,
		IsReport:    msg.Report != nil && len(msg.Report.Recipients) > 0,
		IsForm:      isForm,
		// The quote's salutation is in its first lines.
		Quoted: head(parts.Quoted, 600),
	}}
}

// ClassifyInput decodes raw and returns what Parse gives the classifier:
// for training and checking the text model on labelled mail.
func ClassifyInput(raw []byte, opt ParseOptions) (classify.Input, error) {
	msg, err := decode.Parse(raw, opt.Decode)
	if err != nil {
		return classify.Input{}, fmt.Errorf("intake: %w", err)
	}
	return prepare(msg).input, nil
}

// maxAnalysed bounds the text classification and extraction read: what a
// person writes to the secretariat fits well within it, and the bound keeps
// the work per mail small whatever arrives. Body keeps the whole text.
const maxAnalysed = 32 << 10

// head returns s cut to at most n bytes at a line boundary (or a rune
// boundary when the first line is longer).
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], '\n'); i > 0 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func hasField(fs []extract.Field, kind string) bool {
	_, ok := extract.Lookup(fs, kind)
	return ok
}
