package matching

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
)

// Proposal statuses.
const (
	ProposalProposed   = "proposed"
	ProposalIntroduced = "introduced"
	ProposalAccepted   = "accepted"
	ProposalDeclined   = "declined"
	ProposalPlaced     = "placed"
)

// ProposalStatuses lists the statuses in workflow order with the staff's
// Japanese labels.
var ProposalStatuses = []struct{ Value, Label string }{
	{ProposalProposed, "提案"},
	{ProposalIntroduced, "紹介済"},
	{ProposalAccepted, "承諾"},
	{ProposalDeclined, "辞退"},
	{ProposalPlaced, "成約"},
}

// next lists the statuses a proposal may move to from each status.
func next(status string) []string {
	switch status {
	case ProposalProposed:
		return []string{ProposalIntroduced, ProposalDeclined}
	case ProposalIntroduced:
		return []string{ProposalAccepted, ProposalDeclined}
	case ProposalAccepted:
		return []string{ProposalPlaced, ProposalDeclined}
	}
	return nil
}

// Errors of the proposal workflow.
var (
	ErrTransition = errors.New("status change not allowed")
	ErrNotOpen    = errors.New("lead is not open for matching")
	ErrNoAddress  = errors.New("lead has no mail address")
	ErrDuplicate  = errors.New("pair already proposed")
)

// Proposal is one physician lead proposed to one hospital lead.
type Proposal struct {
	ID             int64            `db:"id"`
	DoctorLeadID   int64            `db:"doctor_lead_id"`
	HospitalLeadID int64            `db:"hospital_lead_id"`
	Status         string           `db:"status"`
	Score          int              `db:"score"`
	Reasons        store.StringList `db:"reasons"`
	Note           string           `db:"note"`
	DeclineReason  sql.NullString   `db:"decline_reason"`
	CreatedBy      sql.NullInt64    `db:"created_by"`
	Actor          string           `db:"actor"`
	CreatedAt      time.Time        `db:"created_at"`
	UpdatedAt      time.Time        `db:"updated_at"`
	IntroducedAt   sql.NullTime     `db:"introduced_at"`
	DecidedAt      sql.NullTime     `db:"decided_at"`
	PlacedAt       sql.NullTime     `db:"placed_at"`
}

// ProposalEvent is one change of a proposal.
type ProposalEvent struct {
	ID         int64          `db:"id"`
	ProposalID int64          `db:"proposal_id"`
	UserID     sql.NullInt64  `db:"user_id"`
	Actor      string         `db:"actor"`
	Status     string         `db:"status"`
	Reason     sql.NullString `db:"reason"`
	CreatedAt  time.Time      `db:"created_at"`
}

// Actor is who makes a change: a staff user (UserID > 0) or a process.
type Actor = store.Actor

func userOf(a Actor) sql.NullInt64 {
	return sql.NullInt64{Int64: a.UserID, Valid: a.UserID > 0}
}

// Mailer queues a mail in the transaction q, so that it is sent only when
// the change that calls for it is committed. *outbox.Outbox satisfies it.
type Mailer interface {
	Enqueue(ctx context.Context, q store.Execer, m outbox.Message, dedupeKey string, runAt time.Time) (int64, bool, error)
}

//go:embed templates/*.txt templates/*.html
var templateFS embed.FS

// Service is matching on top of the store: suggestions for stored leads and
// the proposal workflow.
type Service struct {
	Store   *store.Store
	Matcher *Matcher
	Mailer  Mailer

	intro map[lead.Category]*template.Template
}

// NewService returns a service over st with matcher m, sending introductions
// through mailer.
func NewService(st *store.Store, m *Matcher, mailer Mailer) (*Service, error) {
	s := &Service{Store: st, Matcher: m, Mailer: mailer, intro: map[lead.Category]*template.Template{}}
	for cat, name := range map[lead.Category]string{lead.Doctor: "intro_doctor.txt", lead.Hospital: "intro_hospital.txt"} {
		t, err := template.ParseFS(templateFS, "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("matching: template %s: %w", name, err)
		}
		s.intro[cat] = t
	}
	return s, nil
}

// IsOpen reports whether a lead takes part in matching: a physician or a
// hospital lead that is neither placed nor closed.
func IsOpen(l *store.Lead) bool {
	return (l.Category == string(lead.Doctor) || l.Category == string(lead.Hospital)) &&
		l.Status != store.StatusPlaced && l.Status != store.StatusClosed
}

// ProfileOf reduces a stored lead to a profile.
func ProfileOf(l *store.Lead) Profile {
	label := l.Organization.String
	if label == "" {
		label = l.Name.String
	}
	return Profile{
		ID: l.ID, Category: lead.Category(l.Category), Label: label,
		Specialties: l.Specialties, Prefectures: l.Prefectures, Employment: l.Employment,
		DaysPerWeek: int(l.DaysPerWeek.Int64), Start: l.Start.String,
	}
}

// OpenProfiles loads the open leads of a category as profiles, by id.
func (s *Service) OpenProfiles(ctx context.Context, cat lead.Category) ([]Profile, error) {
	var rows []store.Lead
	err := s.Store.DB.SelectContext(ctx, &rows, s.Store.DB.Rebind(`SELECT id, category, status, name, organization,
		specialties, prefectures, employment, days_per_week, start
		FROM leads WHERE category = ? AND status NOT IN (?, ?) ORDER BY id`),
		string(cat), store.StatusPlaced, store.StatusClosed)
	if err != nil {
		return nil, fmt.Errorf("matching: open %s leads: %w", cat, err)
	}
	out := make([]Profile, len(rows))
	for i := range rows {
		out[i] = ProfileOf(&rows[i])
	}
	return out, nil
}

// Suggest ranks the open leads of the other side for lead id, best first,
// at most limit of them.
func (s *Service) Suggest(ctx context.Context, id int64, limit int) (*store.Lead, []Suggestion, error) {
	l, err := s.Store.GetLead(ctx, id)
	if err != nil {
		return nil, nil, fmt.Errorf("matching: suggest: %w", err)
	}
	if !IsOpen(l) {
		return l, nil, fmt.Errorf("matching: suggest for lead %d (%s, %s): %w", id, l.Category, l.Status, ErrNotOpen)
	}
	other := lead.Hospital
	if l.Category == string(lead.Hospital) {
		other = lead.Doctor
	}
	cands, err := s.OpenProfiles(ctx, other)
	if err != nil {
		return l, nil, err
	}
	return l, s.Matcher.Rank(ProfileOf(l), s.Matcher.NewPool(cands), limit), nil
}

// Propose records a proposal of physician lead doctorID to hospital lead
// hospitalID, with the score and reasons as they are now. Leads that are
// not yet being matched move to マッチング中.
func (s *Service) Propose(ctx context.Context, doctorID, hospitalID int64, note string, by Actor) (*Proposal, error) {
	var p Proposal
	err := s.Store.InTx(ctx, func(tx *sqlx.Tx) error {
		d, h, err := s.pair(ctx, tx, doctorID, hospitalID)
		if err != nil {
			return err
		}
		var n int
		if err := tx.GetContext(ctx, &n, tx.Rebind(`SELECT COUNT(*) FROM proposals
			WHERE doctor_lead_id = ? AND hospital_lead_id = ?`), doctorID, hospitalID); err != nil {
			return fmt.Errorf("matching: propose: %w", err)
		}
		if n > 0 {
			return fmt.Errorf("matching: propose %d → %d: %w", doctorID, hospitalID, ErrDuplicate)
		}
		score, reasons, _ := s.Matcher.Explain(ProfileOf(d), ProfileOf(h))
		texts := make(store.StringList, len(reasons))
		for i, r := range reasons {
			texts[i] = r.Text
		}
		now := store.Now()
		p = Proposal{DoctorLeadID: doctorID, HospitalLeadID: hospitalID, Status: ProposalProposed,
			Score: score, Reasons: texts, Note: note, CreatedBy: userOf(by), Actor: by.Name,
			CreatedAt: now, UpdatedAt: now}
		// The pair is unique: a proposal of the same pair committed since
		// the count above (a double click, on PostgreSQL) inserts nothing.
		q, args, err := sqlx.Named(`INSERT INTO proposals (doctor_lead_id, hospital_lead_id, status, score, reasons,
			note, created_by, actor, created_at, updated_at) VALUES (:doctor_lead_id, :hospital_lead_id, :status,
			:score, :reasons, :note, :created_by, :actor, :created_at, :updated_at)
			ON CONFLICT (doctor_lead_id, hospital_lead_id) DO NOTHING RETURNING id`, &p)
		if err != nil {
			return fmt.Errorf("matching: propose: %w", err)
		}
		err = tx.GetContext(ctx, &p.ID, tx.Rebind(q), args...)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("matching: propose %d → %d: %w", doctorID, hospitalID, ErrDuplicate)
		}
		if err != nil {
			return fmt.Errorf("matching: propose %d → %d: %w", doctorID, hospitalID, err)
		}
		if err := s.event(ctx, tx, &p, ProposalProposed, "", by, now); err != nil {
			return err
		}
		for _, l := range []*store.Lead{d, h} {
			if err := s.leadEvent(ctx, tx, l.ID, "proposal", fmt.Sprintf("proposal %d", p.ID), "", ProposalProposed, by, now); err != nil {
				return err
			}
			switch l.Status {
			case store.StatusNew, store.StatusReviewing, store.StatusContacted:
				if err := s.setLeadStatus(ctx, tx, l, store.StatusMatching, by, now); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// pair loads and checks the two open leads of a proposal.
func (s *Service) pair(ctx context.Context, q sqlx.ExtContext, doctorID, hospitalID int64) (*store.Lead, *store.Lead, error) {
	var d, h store.Lead
	for _, x := range []struct {
		id  int64
		cat lead.Category
		dst *store.Lead
	}{{doctorID, lead.Doctor, &d}, {hospitalID, lead.Hospital, &h}} {
		err := sqlx.GetContext(ctx, q, x.dst, q.Rebind(`SELECT * FROM leads WHERE id = ?`), x.id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil, fmt.Errorf("matching: lead %d: %w", x.id, store.ErrNotFound)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("matching: lead %d: %w", x.id, err)
		}
		if x.dst.Category != string(x.cat) || !IsOpen(x.dst) {
			return nil, nil, fmt.Errorf("matching: lead %d (%s, %s) as the %s side: %w",
				x.id, x.dst.Category, x.dst.Status, x.cat, ErrNotOpen)
		}
	}
	return &d, &h, nil
}

// GetProposal returns the proposal with id, or store.ErrNotFound.
func (s *Service) GetProposal(ctx context.Context, id int64) (*Proposal, error) {
	return getProposal(ctx, s.Store.DB, id, "")
}

// getProposal reads a proposal; lock is appended to the query (" FOR
// UPDATE" to hold the row until the transaction ends).
func getProposal(ctx context.Context, q sqlx.ExtContext, id int64, lock string) (*Proposal, error) {
	var p Proposal
	err := sqlx.GetContext(ctx, q, &p, q.Rebind(`SELECT * FROM proposals WHERE id = ?`+lock), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("matching: proposal %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("matching: proposal %d: %w", id, err)
	}
	return &p, nil
}

// Proposals returns the proposals a lead takes part in, newest first.
func (s *Service) Proposals(ctx context.Context, leadID int64) ([]Proposal, error) {
	var ps []Proposal
	err := s.Store.DB.SelectContext(ctx, &ps, s.Store.DB.Rebind(`SELECT * FROM proposals
		WHERE doctor_lead_id = ? OR hospital_lead_id = ? ORDER BY id DESC`), leadID, leadID)
	if err != nil {
		return nil, fmt.Errorf("matching: proposals of lead %d: %w", leadID, err)
	}
	return ps, nil
}

// ProposalEvents returns a proposal's history, oldest first.
func (s *Service) ProposalEvents(ctx context.Context, id int64) ([]ProposalEvent, error) {
	var evs []ProposalEvent
	err := s.Store.DB.SelectContext(ctx, &evs, s.Store.DB.Rebind(`SELECT * FROM proposal_events
		WHERE proposal_id = ? ORDER BY id`), id)
	if err != nil {
		return nil, fmt.Errorf("matching: proposal %d events: %w", id, err)
	}
	return evs, nil
}

// Introduce queues an introduction to each side, written from the
// templates, and marks the proposal introduced. Both mails are queued in
// the same transaction as the change, once per proposal.
func (s *Service) Introduce(ctx context.Context, id int64, by Actor) error {
	return s.transition(ctx, id, ProposalIntroduced, "", by, func(tx *sqlx.Tx, p *Proposal, d, h *store.Lead) error {
		if s.Mailer == nil {
			return errors.New("matching: introduce: no mailer configured")
		}
		for _, side := range []struct {
			l   *store.Lead
			cat lead.Category
		}{{d, lead.Doctor}, {h, lead.Hospital}} {
			if !side.l.Email.Valid || side.l.Email.String == "" {
				return fmt.Errorf("matching: introduce proposal %d: lead %d: %w", p.ID, side.l.ID, ErrNoAddress)
			}
			m, err := s.introduction(side.cat, p, d, h)
			if err != nil {
				return err
			}
			key := fmt.Sprintf("introduction:%d:%s", p.ID, side.cat)
			if _, _, err := s.Mailer.Enqueue(ctx, tx, m, key, time.Time{}); err != nil {
				return fmt.Errorf("matching: introduce proposal %d: %w", p.ID, err)
			}
		}
		return nil
	})
}

// Accept records that both sides want to go on.
func (s *Service) Accept(ctx context.Context, id int64, by Actor) error {
	return s.transition(ctx, id, ProposalAccepted, "", by, nil)
}

// Decline records that a side declined, and why.
func (s *Service) Decline(ctx context.Context, id int64, reason string, by Actor) error {
	if strings.TrimSpace(reason) == "" {
		return fmt.Errorf("matching: decline: a reason is required: %w", ErrBadRequest)
	}
	return s.transition(ctx, id, ProposalDeclined, reason, by, nil)
}

// placedElsewhere is the reason recorded on the proposals a placement ends.
const placedElsewhere = "他の提案で成約したため終了"

// Place records the placement: the proposal and both leads become placed
// (成約), with an entry in each lead's history. The two leads' other open
// proposals can no longer go on, so they are declined with the reason
// placedElsewhere, each with its history entry.
func (s *Service) Place(ctx context.Context, id int64, by Actor) error {
	return s.transition(ctx, id, ProposalPlaced, "", by, func(tx *sqlx.Tx, p *Proposal, d, h *store.Lead) error {
		now := store.Now()
		for _, l := range []*store.Lead{d, h} {
			if err := s.setLeadStatus(ctx, tx, l, store.StatusPlaced, by, now); err != nil {
				return err
			}
		}
		return s.endOthers(ctx, tx, p, by, now)
	})
}

// endOthers declines the open proposals, other than p, of p's two leads.
func (s *Service) endOthers(ctx context.Context, tx *sqlx.Tx, p *Proposal, by Actor, now time.Time) error {
	var others []Proposal
	err := tx.SelectContext(ctx, &others, tx.Rebind(`SELECT * FROM proposals
		WHERE (doctor_lead_id = ? OR hospital_lead_id = ?) AND id <> ? AND status NOT IN (?, ?) ORDER BY id`),
		p.DoctorLeadID, p.HospitalLeadID, p.ID, ProposalDeclined, ProposalPlaced)
	if err != nil {
		return fmt.Errorf("matching: proposals of leads %d and %d: %w", p.DoctorLeadID, p.HospitalLeadID, err)
	}
	for i := range others {
		o := &others[i]
		if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE proposals SET status = ?, decline_reason = ?, updated_at = ?,
			decided_at = ? WHERE id = ?`), ProposalDeclined, placedElsewhere, now, now, o.ID); err != nil {
			return fmt.Errorf("matching: proposal %d: %w", o.ID, err)
		}
		if err := s.event(ctx, tx, o, ProposalDeclined, placedElsewhere, by, now); err != nil {
			return err
		}
		for _, lid := range []int64{o.DoctorLeadID, o.HospitalLeadID} {
			if err := s.leadEvent(ctx, tx, lid, "proposal", fmt.Sprintf("proposal %d", o.ID), o.Status, ProposalDeclined, by, now); err != nil {
				return err
			}
		}
	}
	return nil
}

// transition moves proposal id to status in one transaction, running fn
// (when not nil) with the proposal and its two leads first.
func (s *Service) transition(ctx context.Context, id int64, status, reason string, by Actor,
	fn func(tx *sqlx.Tx, p *Proposal, d, h *store.Lead) error) error {
	// On PostgreSQL the proposal is locked while the step runs, so that two
	// steps at once follow one another and the second sees the first's
	// status (SQLite's write transactions are serialised already).
	lock := ""
	if s.Store.Driver() == store.Postgres {
		lock = " FOR UPDATE"
	}
	return s.Store.InTx(ctx, func(tx *sqlx.Tx) error {
		p, err := getProposal(ctx, tx, id, lock)
		if err != nil {
			return err
		}
		allowed := false
		for _, n := range next(p.Status) {
			allowed = allowed || n == status
		}
		if !allowed {
			return fmt.Errorf("matching: proposal %d: %s → %s: %w", id, p.Status, status, ErrTransition)
		}
		var d, h *store.Lead
		if status != ProposalDeclined {
			if d, h, err = s.pair(ctx, tx, p.DoctorLeadID, p.HospitalLeadID); err != nil {
				return err
			}
		}
		if fn != nil {
			if err := fn(tx, p, d, h); err != nil {
				return err
			}
		}
		now := store.Now()
		col := map[string]string{ProposalIntroduced: "introduced_at", ProposalAccepted: "decided_at",
			ProposalDeclined: "decided_at", ProposalPlaced: "placed_at"}[status]
		// Only from the status read above: on PostgreSQL two staff acting
		// on one proposal at once (one declines, the other places) both
		// read the same status; the second update then changes nothing and
		// its transaction, mails and lead changes included, is undone.
		res, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE proposals SET status = ?, decline_reason = ?, updated_at = ?, `+
			col+` = ? WHERE id = ? AND status = ?`), status, sql.NullString{String: reason, Valid: reason != ""}, now, now, id, p.Status)
		if err != nil {
			return fmt.Errorf("matching: proposal %d: %w", id, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("matching: proposal %d: %w", id, err)
		} else if n != 1 {
			return fmt.Errorf("matching: proposal %d: %s → %s: changed meanwhile: %w", id, p.Status, status, ErrTransition)
		}
		if err := s.event(ctx, tx, p, status, reason, by, now); err != nil {
			return err
		}
		for _, lid := range []int64{p.DoctorLeadID, p.HospitalLeadID} {
			if err := s.leadEvent(ctx, tx, lid, "proposal", fmt.Sprintf("proposal %d", id), p.Status, status, by, now); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *Service) event(ctx context.Context, tx *sqlx.Tx, p *Proposal, status, reason string, by Actor, at time.Time) error {
	_, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO proposal_events (proposal_id, user_id, actor, status, reason, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`), p.ID, userOf(by), by.Name, status, sql.NullString{String: reason, Valid: reason != ""}, at)
	if err != nil {
		return fmt.Errorf("matching: proposal %d event: %w", p.ID, err)
	}
	return nil
}

func (s *Service) leadEvent(ctx context.Context, tx *sqlx.Tx, leadID int64, kind, field, old, new string, by Actor, at time.Time) error {
	return s.Store.AddLeadEvent(ctx, tx, store.LeadEvent{
		LeadID: leadID, UserID: userOf(by), Actor: by.Name, Kind: kind, Field: field,
		OldValue: sql.NullString{String: old, Valid: old != ""}, NewValue: sql.NullString{String: new, Valid: true},
		CreatedAt: at,
	})
}

func (s *Service) setLeadStatus(ctx context.Context, tx *sqlx.Tx, l *store.Lead, status string, by Actor, at time.Time) error {
	if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE leads SET status = ?, updated_at = ? WHERE id = ?`), status, at, l.ID); err != nil {
		return fmt.Errorf("matching: lead %d status: %w", l.ID, err)
	}
	if err := s.leadEvent(ctx, tx, l.ID, "status", "status", l.Status, status, by, at); err != nil {
		return err
	}
	l.Status = status
	return nil
}

// side is what an introduction says about one lead.
type side struct {
	Name, Prefectures, Municipality, Specialties, Employment, Start string
	Days                                                            int
	Named                                                           bool // Name was stated
}

func sideOf(l *store.Lead) side {
	name := l.Organization.String
	if l.Category == string(lead.Doctor) || name == "" {
		name = l.Name.String
	}
	emp := make([]string, len(l.Employment))
	for i, e := range l.Employment {
		emp[i] = EmploymentLabel(e)
	}
	orNone := func(s string) string {
		if s == "" {
			return "指定なし"
		}
		return s
	}
	return side{
		Named:        name != "",
		Name:         orNone(name),
		Prefectures:  orNone(strings.Join(l.Prefectures, "・")),
		Municipality: l.Municipality.String,
		Specialties:  orNone(strings.Join(l.Specialties, "・")),
		Employment:   orNone(strings.Join(emp, "・")),
		Start:        orNone(l.Start.String),
		Days:         int(l.DaysPerWeek.Int64),
	}
}

// introduction renders the introduction to the side cat of proposal p.
func (s *Service) introduction(cat lead.Category, p *Proposal, d, h *store.Lead) (outbox.Message, error) {
	data := struct {
		Doctor, Hospital side
		Reasons          []string
	}{sideOf(d), sideOf(h), p.Reasons}
	t := s.intro[cat]
	var subj, body bytes.Buffer
	if err := t.ExecuteTemplate(&subj, "subject", data); err != nil {
		return outbox.Message{}, fmt.Errorf("matching: introduction subject: %w", err)
	}
	if err := t.ExecuteTemplate(&body, "body", data); err != nil {
		return outbox.Message{}, fmt.Errorf("matching: introduction body: %w", err)
	}
	to := d
	if cat == lead.Hospital {
		to = h
	}
	return outbox.Message{To: []string{to.Email.String}, Subject: strings.TrimSpace(subj.String()), Text: body.String(),
		LeadID: to.ID, Kind: "introduction"}, nil
}
