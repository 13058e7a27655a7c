package web

import (
	"context"
	"fmt"
	"time"

	"github.com/md2-rm/madoguchi/intake/decode"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
)

// DecodeFunc turns a stored mail's raw bytes into its readable form.
type DecodeFunc func(raw []byte) (*decode.Message, error)

// DecodeMail is the default DecodeFunc: the intake decoder, which repairs
// mislabelled Japanese charsets, with its default bounds.
func DecodeMail(raw []byte) (*decode.Message, error) {
	m, err := decode.Parse(raw, decode.Options{})
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	return m, nil
}

// OutboxReplies sends staff replies through the outbox's job queue.
type OutboxReplies struct {
	Outbox *outbox.Outbox
}

// EnqueueReply implements ReplySender.
func (o OutboxReplies) EnqueueReply(ctx context.Context, q store.Execer, r Reply, dedupeKey string) (bool, error) {
	_, created, err := o.Outbox.Enqueue(ctx, q, outbox.Message{
		Kind: "reply", LeadID: r.LeadID, To: []string{r.To}, Subject: r.Subject, Text: r.Text,
		InReplyTo: r.InReplyTo, References: r.References,
	}, dedupeKey, time.Time{})
	return created, err
}
