// Package intake turns the secretariat's mailbox into stored leads: it watches
// the mailbox over IMAP, stores every mail exactly once with its parse result
// in one transaction, threads replies onto their leads, links contacts,
// acknowledges inquiries (never auto-replies, bounces or lists), acts on
// bounces and unsubscribes, and queues the follow-ups.
package intake

import (
	"context"
	"fmt"
	"time"

	"github.com/md2-rm/madoguchi/intake/decode"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
)

// Parsed is what the intake needs from the parser for one mail.
type Parsed struct {
	Lead    lead.Fields
	Message *decode.Message
	Bounce  []decode.FailedRecipient
}

// ParseFunc parses the raw bytes of one mail.
type ParseFunc func(raw []byte) (*Parsed, error)

// Mailer queues a mail for sending, atomically with the caller's transaction
// q. *outbox.Outbox is one.
type Mailer interface {
	Enqueue(ctx context.Context, q store.Execer, m outbox.Message, dedupeKey string, runAt time.Time) (int64, bool, error)
}

// Job kinds of the intake.
const (
	JobReviewReminder   = "intake.review_reminder"
	JobInquirerFollowup = "intake.inquirer_followup"
)

// Ref returns a lead's reference as written in our subjects: MD2-000123.
func Ref(leadID int64) string { return fmt.Sprintf("MD2-%06d", leadID) }
