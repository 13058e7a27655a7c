package outreach

import (
	"errors"
	"time"

	"github.com/md2-rm/madoguchi/store"
)

// Subscriber kinds.
const (
	KindAssociation = "association"
	KindPhysician   = "physician"
	KindHospital    = "hospital"
	KindOther       = "other"
)

// Kinds lists the subscriber kinds.
func Kinds() []string { return []string{KindAssociation, KindPhysician, KindHospital, KindOther} }

// Consent methods: how a subscriber agreed to receive mail.
const (
	ConsentWebForm  = "web_form"
	ConsentMail     = "mail"
	ConsentInPerson = "in_person"
	ConsentCard     = "card"
	// ConsentPublished records that an organisation's address is published
	// for business mail (no opt-in needed, 施行規則3条).
	ConsentPublished = "published"
)

// ConsentMethods lists the methods an individual's consent may be given by.
func ConsentMethods() []string {
	return []string{ConsentWebForm, ConsentMail, ConsentInPerson, ConsentCard}
}

// Run statuses.
const (
	RunPending   = "pending"
	RunSending   = "sending"
	RunPaused    = "paused"
	RunDone      = "done"
	RunCancelled = "cancelled"
	RunSkipped   = "skipped"
)

// Ledger row states.
const (
	RowQueued    = "queued"
	RowSending   = "sending"
	RowSent      = "sent"
	RowFailed    = "failed"
	RowCancelled = "cancelled"
)

// Campaign statuses.
const (
	CampaignDraft     = "draft"
	CampaignScheduled = "scheduled"
	CampaignPaused    = "paused"
	CampaignArchived  = "archived"
)

// Errors.
var (
	// ErrNoConsent refuses mail to an individual without a consent record.
	ErrNoConsent = errors.New("no consent record: an individual's address may only be mailed with recorded consent")
	// ErrSuppressed refuses mail to an address on the suppression list.
	ErrSuppressed = errors.New("address is on the suppression list")
	// ErrNotFound is returned for a missing record.
	ErrNotFound = store.ErrNotFound
)

// Subscriber is one person or organisation in the audience.
type Subscriber struct {
	ID                int64            `db:"id"`
	Email             *string          `db:"email"`
	Name              string           `db:"name"`
	Organization      string           `db:"organization"`
	Prefecture        string           `db:"prefecture"`
	Specialties       store.StringList `db:"specialties"`
	Kind              string           `db:"kind"`
	PublishedBusiness bool             `db:"published_business"`
	PublishedSource   string           `db:"published_source"`
	LeadID            *int64           `db:"lead_id"`
	CreatedAt         time.Time        `db:"created_at"`
	UpdatedAt         time.Time        `db:"updated_at"`
}

// Address returns the subscriber's address or "".
func (s *Subscriber) Address() string {
	if s.Email == nil {
		return ""
	}
	return *s.Email
}

// IsOrganization reports whether the kind is one that may publish an
// address for business mail.
func IsOrganization(kind string) bool { return kind == KindAssociation || kind == KindHospital }

// List is a mailing list.
type List struct {
	ID          int64     `db:"id"`
	Name        string    `db:"name"`
	Description string    `db:"description"`
	CreatedAt   time.Time `db:"created_at"`
}

// Consent is one consent record.
type Consent struct {
	ID           int64     `db:"id"`
	SubscriberID int64     `db:"subscriber_id"`
	ListID       int64     `db:"list_id"`
	Method       string    `db:"method"`
	GivenAt      time.Time `db:"given_at"`
	Evidence     string    `db:"evidence"`
	RecordedBy   string    `db:"recorded_by"`
	CreatedAt    time.Time `db:"created_at"`
}

// Campaign is a newsletter or campaign with its templates and schedule.
type Campaign struct {
	ID           int64      `db:"id"`
	Name         string     `db:"name"`
	Subject      string     `db:"subject"`
	BodyText     string     `db:"body_text"`
	BodyHTML     string     `db:"body_html"`
	Status       string     `db:"status"`
	CronSpec     string     `db:"cron_spec"`
	SendAt       *time.Time `db:"send_at"`
	SendWindow   string     `db:"send_window"`
	ScheduleFrom *time.Time `db:"schedule_from"`
	CreatedAt    time.Time  `db:"created_at"`
	UpdatedAt    time.Time  `db:"updated_at"`
}

// Run is one sending of a campaign.
type Run struct {
	ID          int64      `db:"id"`
	CampaignID  int64      `db:"campaign_id"`
	ScheduledAt time.Time  `db:"scheduled_at"`
	Trigger     string     `db:"trigger"`
	Status      string     `db:"status"`
	Subject     string     `db:"subject"`
	BodyText    string     `db:"body_text"`
	BodyHTML    string     `db:"body_html"`
	Total       int        `db:"total"`
	Note        string     `db:"note"`
	LeaseOwner  string     `db:"lease_owner"`
	LeaseUntil  *time.Time `db:"lease_until"`
	CreatedAt   time.Time  `db:"created_at"`
	StartedAt   *time.Time `db:"started_at"`
	FinishedAt  *time.Time `db:"finished_at"`
}

// Recipient is one ledger row: a run's recipient with the fields the
// templates see.
type Recipient struct {
	ID           int64      `db:"id"`
	RunID        int64      `db:"run_id"`
	SubscriberID int64      `db:"subscriber_id"`
	Email        string     `db:"email"`
	Name         string     `db:"name"`
	Organization string     `db:"organization"`
	Prefecture   string     `db:"prefecture"`
	Kind         string     `db:"kind"`
	Basis        string     `db:"basis"`
	State        string     `db:"state"`
	Attempts     int        `db:"attempts"`
	NextAt       time.Time  `db:"next_at"`
	SMTPCode     int        `db:"smtp_code"`
	LastError    string     `db:"last_error"`
	SentAt       *time.Time `db:"sent_at"`
	UpdatedAt    time.Time  `db:"updated_at"`
}
