// Package decode turns the raw bytes of one RFC 5322 message into readable
// UTF-8: headers, text, HTML, attachments and delivery reports, repairing the
// Japanese encodings that mail clients get wrong. It never modifies the raw
// bytes and marks what it could not decode instead of dropping it.
package decode

import (
	"net/mail"
	"time"
)

// Message is a decoded mail.
type Message struct {
	// Header holds every header field, unfolded and decoded to UTF-8, keyed by
	// canonical MIME key (textproto.CanonicalMIMEHeaderKey), values in order.
	Header map[string][]string

	MessageID  string          // without angle brackets; "" when absent
	Subject    string          // decoded
	From       *mail.Address   // nil when absent or unparseable
	ReplyTo    []*mail.Address // decoded
	To         []*mail.Address
	Cc         []*mail.Address
	Date       time.Time // zero when absent or unparseable
	InReplyTo  []string  // message ids without angle brackets
	References []string  // message ids without angle brackets

	// Text is the human-readable body in UTF-8: the text/plain part, or the
	// HTML part turned into text when there is no plain part; format=flowed
	// is unflowed.
	Text string
	// HTML is the decoded (unsanitised) HTML part, if any.
	HTML string

	Attachments []Attachment

	// Report is set for delivery status notifications (multipart/report or
	// a recognised plain-text bounce).
	Report *DeliveryReport

	// Problems lists what could not be decoded cleanly (unknown charset,
	// invalid bytes, overridden labels, truncated parts...). Empty when the
	// mail decoded without doubt.
	Problems []string

	// Charsets lists, per decoded text part, the charset actually used to
	// read it ("iso-2022-jp", "cp932", "euc-jp", "utf-8", "us-ascii" or the
	// declared label of another charset).
	Charsets []string
	// InvalidChars counts the characters in Subject, headers and text parts
	// that could not be decoded and were replaced by U+FFFD.
	InvalidChars int
}

// Attachment is a non-text part offered to staff as a download.
type Attachment struct {
	Filename    string // decoded (RFC 2231 / RFC 2047)
	ContentType string
	Size        int64 // decoded size in bytes
	Data        []byte
	// Truncated is true when the attachment exceeded the size limit: Size
	// is its full decoded size and Data is nil.
	Truncated bool
	// Message is the decoded form of an attached message/rfc822 part (a
	// forwarded mail); nil for other parts.
	Message *Message
}

// DeliveryReport is what a bounce says about the failed recipients.
type DeliveryReport struct {
	Recipients []FailedRecipient
	// OriginalMessageID is the Message-ID of the returned message, when the
	// report includes its headers; "" otherwise.
	OriginalMessageID string
}

// FailedRecipient is one recipient that a delivery report names.
type FailedRecipient struct {
	Address    string // lower case
	Action     string // "failed", "delayed", ...
	Status     string // e.g. "5.1.1"
	Diagnostic string
}

// Permanent reports whether the failure is a hard bounce (status 5.x.x).
func (r FailedRecipient) Permanent() bool {
	return len(r.Status) > 0 && r.Status[0] == '5'
}
