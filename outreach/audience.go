package outreach

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/store"
)

// NormalizeAddress checks that addr is a single bare address and returns it
// lower-cased.
func NormalizeAddress(addr string) (string, error) {
	addr = strings.TrimSpace(addr)
	if addr == "" {
		return "", errors.New("empty address")
	}
	a, err := mail.ParseAddress(addr)
	if err != nil {
		return "", fmt.Errorf("bad address: %w", err)
	}
	if a.Name != "" || a.Address != addr {
		return "", errors.New("bad address: not a bare address")
	}
	at := strings.LastIndexByte(a.Address, '@')
	if at <= 0 || !strings.Contains(a.Address[at+1:], ".") {
		return "", errors.New("bad address: domain has no dot")
	}
	return store.NormalizeEmail(a.Address), nil
}

// UpsertSubscriber inserts a subscriber, or updates the one with the same
// address. It returns the id and whether the row was created.
func UpsertSubscriber(ctx context.Context, q store.Execer, s *Subscriber) (int64, bool, error) {
	if !slices.Contains(Kinds(), s.Kind) {
		return 0, false, fmt.Errorf("outreach: subscriber kind %q: want one of %s", s.Kind, strings.Join(Kinds(), ", "))
	}
	if s.Email != nil {
		e, err := NormalizeAddress(*s.Email)
		if err != nil {
			return 0, false, fmt.Errorf("outreach: subscriber: %w", err)
		}
		s.Email = &e
	}
	if s.PublishedBusiness && !IsOrganization(s.Kind) {
		return 0, false, fmt.Errorf("outreach: subscriber: only associations and hospitals may be marked as publishing their address for business")
	}
	if s.PublishedBusiness && strings.TrimSpace(s.PublishedSource) == "" {
		return 0, false, fmt.Errorf("outreach: subscriber: an address marked as published for business needs where it is published (published_source)")
	}
	now := store.Now()
	if s.Email != nil {
		var existing int64
		err := sqlx.GetContext(ctx, q, &existing, q.Rebind(`SELECT id FROM subscribers WHERE email = ?`), *s.Email)
		switch {
		case err == nil:
			_, err = q.ExecContext(ctx, q.Rebind(`UPDATE subscribers SET name = ?, organization = ?, prefecture = ?,
				specialties = ?, kind = ?, published_business = ?, published_source = ?,
				lead_id = COALESCE(?, lead_id), updated_at = ? WHERE id = ?`),
				s.Name, s.Organization, s.Prefecture, s.Specialties, s.Kind, s.PublishedBusiness, s.PublishedSource,
				s.LeadID, now, existing)
			if err != nil {
				return 0, false, fmt.Errorf("outreach: update subscriber: %w", err)
			}
			s.ID = existing
			return existing, false, nil
		case !errors.Is(err, sql.ErrNoRows):
			return 0, false, fmt.Errorf("outreach: find subscriber: %w", err)
		}
	}
	var id int64
	err := sqlx.GetContext(ctx, q, &id, q.Rebind(`INSERT INTO subscribers (email, name, organization, prefecture,
		specialties, kind, published_business, published_source, lead_id, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		s.Email, s.Name, s.Organization, s.Prefecture, s.Specialties, s.Kind, s.PublishedBusiness,
		s.PublishedSource, s.LeadID, now, now)
	if err != nil {
		return 0, false, fmt.Errorf("outreach: insert subscriber: %w", err)
	}
	s.ID = id
	return id, true, nil
}

// GetSubscriber returns one subscriber.
func GetSubscriber(ctx context.Context, q store.Execer, id int64) (*Subscriber, error) {
	var s Subscriber
	err := sqlx.GetContext(ctx, q, &s, q.Rebind(`SELECT * FROM subscribers WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("outreach: subscriber %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("outreach: subscriber %d: %w", id, err)
	}
	return &s, nil
}

// SubscriberByEmail returns the subscriber with the address.
func SubscriberByEmail(ctx context.Context, st *store.Store, email string) (*Subscriber, error) {
	var s Subscriber
	err := st.DB.GetContext(ctx, &s, st.DB.Rebind(`SELECT * FROM subscribers WHERE email = ?`), store.NormalizeEmail(email))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("outreach: subscriber: %w", ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("outreach: subscriber: %w", err)
	}
	return &s, nil
}

// EnsureList returns the id of the list with the name, creating it.
func EnsureList(ctx context.Context, q store.Execer, name, description string) (int64, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return 0, errors.New("outreach: list: empty name")
	}
	var id int64
	err := sqlx.GetContext(ctx, q, &id, q.Rebind(`SELECT id FROM mailing_lists WHERE name = ?`), name)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("outreach: list %q: %w", name, err)
	}
	err = sqlx.GetContext(ctx, q, &id, q.Rebind(`INSERT INTO mailing_lists (name, description, created_at)
		VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`), name, description, store.Now())
	if err != nil {
		return 0, fmt.Errorf("outreach: create list %q: %w", name, err)
	}
	return id, nil
}

// Lists returns every mailing list with its number of subscribed members.
func Lists(ctx context.Context, st *store.Store) ([]ListCount, error) {
	var out []ListCount
	err := st.DB.SelectContext(ctx, &out, `SELECT l.id, l.name, l.description, l.created_at,
		(SELECT COUNT(*) FROM subscriptions s WHERE s.list_id = l.id AND s.status = 'subscribed') AS members
		FROM mailing_lists l ORDER BY l.id`)
	if err != nil {
		return nil, fmt.Errorf("outreach: lists: %w", err)
	}
	return out, nil
}

// ListCount is a list with its number of members.
type ListCount struct {
	List
	Members int `db:"members"`
}

// Subscribe puts a subscriber on a list with a consent record. An
// individual (physician or other) needs consent given by one of
// ConsentMethods, with its time and evidence. An organisation marked as
// publishing its address for business may be subscribed with method
// "published" and the page where the address is published as evidence.
// An address that unsubscribed is put back only with consent given after
// the unsubscription. Subscribing again with the same consent is a no-op.
func Subscribe(ctx context.Context, st *store.Store, q store.Execer, listID int64, sub *Subscriber, c Consent) error {
	if err := checkConsent(sub, c); err != nil {
		return err
	}
	if addr := sub.Address(); addr != "" {
		var sup store.Suppression
		err := sqlx.GetContext(ctx, q, &sup, q.Rebind(`SELECT * FROM suppressions WHERE email = ?`), addr)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return fmt.Errorf("outreach: subscribe: %w", err)
		case sup.Reason == store.SuppressUnsubscribe && c.GivenAt.After(sup.CreatedAt):
			// Fresh consent after the opt-out.
			if err := st.Unsuppress(ctx, q, addr); err != nil {
				return err
			}
		default:
			return fmt.Errorf("outreach: subscribe: %w (%s since %s); fresh consent given after that is needed",
				ErrSuppressed, sup.Reason, sup.CreatedAt.Format(time.DateOnly))
		}
	}
	now := store.Now()
	var consentID int64
	err := sqlx.GetContext(ctx, q, &consentID, q.Rebind(`SELECT id FROM consent_records
		WHERE subscriber_id = ? AND list_id = ? AND method = ? AND given_at = ? AND evidence = ?`),
		sub.ID, listID, c.Method, c.GivenAt.UTC(), c.Evidence)
	if errors.Is(err, sql.ErrNoRows) {
		err = sqlx.GetContext(ctx, q, &consentID, q.Rebind(`INSERT INTO consent_records
			(subscriber_id, list_id, method, given_at, evidence, recorded_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`),
			sub.ID, listID, c.Method, c.GivenAt.UTC(), c.Evidence, c.RecordedBy, now)
	}
	if err != nil {
		return fmt.Errorf("outreach: consent record: %w", err)
	}
	_, err = q.ExecContext(ctx, q.Rebind(`INSERT INTO subscriptions (list_id, subscriber_id, status, consent_id, created_at, updated_at)
		VALUES (?, ?, 'subscribed', ?, ?, ?)
		ON CONFLICT (list_id, subscriber_id) DO UPDATE SET status = 'subscribed', consent_id = excluded.consent_id,
			updated_at = excluded.updated_at, unsubscribed_at = NULL`), listID, sub.ID, consentID, now, now)
	if err != nil {
		return fmt.Errorf("outreach: subscribe: %w", err)
	}
	return nil
}

func checkConsent(sub *Subscriber, c Consent) error {
	if c.Method == ConsentPublished {
		if !IsOrganization(sub.Kind) || !sub.PublishedBusiness {
			return fmt.Errorf("outreach: subscribe: %w (only an association or hospital whose address is published for business may be mailed without opt-in)", ErrNoConsent)
		}
		if strings.TrimSpace(c.Evidence) == "" {
			return errors.New("outreach: subscribe: a published address needs the page where it is published as evidence")
		}
		if c.GivenAt.IsZero() {
			return errors.New("outreach: subscribe: the date the published address was checked is needed")
		}
		return nil
	}
	if !slices.Contains(ConsentMethods(), c.Method) {
		if c.Method == "" {
			return fmt.Errorf("outreach: subscribe: %w", ErrNoConsent)
		}
		return fmt.Errorf("outreach: subscribe: consent method %q: want one of %s", c.Method, strings.Join(ConsentMethods(), ", "))
	}
	if c.GivenAt.IsZero() {
		return fmt.Errorf("outreach: subscribe: %w (when consent was given is missing)", ErrNoConsent)
	}
	if strings.TrimSpace(c.Evidence) == "" {
		return fmt.Errorf("outreach: subscribe: %w (the evidence of consent is missing)", ErrNoConsent)
	}
	if c.GivenAt.After(store.Now().Add(time.Hour)) {
		return errors.New("outreach: subscribe: consent given in the future")
	}
	return nil
}

// Unsubscribe takes an address off every list and puts it on the
// suppression list. It is idempotent and reports whether anything changed.
func Unsubscribe(ctx context.Context, st *store.Store, email, source string) (bool, error) {
	changed := false
	err := st.InTx(ctx, func(tx *sqlx.Tx) error {
		var err error
		changed, err = UnsubscribeIn(ctx, st, tx, email, source)
		return err
	})
	return changed, err
}

// UnsubscribeIn is Unsubscribe inside the caller's transaction q.
func UnsubscribeIn(ctx context.Context, st *store.Store, q store.Execer, email, source string) (bool, error) {
	email = store.NormalizeEmail(email)
	now := store.Now()
	res, err := q.ExecContext(ctx, q.Rebind(`UPDATE subscriptions SET status = 'unsubscribed', unsubscribed_at = ?, updated_at = ?
		WHERE status = 'subscribed' AND subscriber_id IN (SELECT id FROM subscribers WHERE email = ?)`), now, now, email)
	if err != nil {
		return false, fmt.Errorf("outreach: unsubscribe: %w", err)
	}
	n, _ := res.RowsAffected()
	// Runs whose ledger was written before the opt-out must not mail the
	// address either (a long run, one waiting for its send window, a
	// retry). A mail already being handed to the server cannot be held.
	if _, err := q.ExecContext(ctx, q.Rebind(`UPDATE run_recipients SET state = 'cancelled', last_error = 'unsubscribed', updated_at = ?
		WHERE run_id IN (SELECT id FROM campaign_runs WHERE status IN ('pending', 'sending', 'paused'))
			AND state = 'queued' AND email = ?`), now, email); err != nil {
		return false, fmt.Errorf("outreach: unsubscribe: cancel queued mail: %w", err)
	}
	added, err := st.Suppress(ctx, q, store.Suppression{Email: email, Reason: store.SuppressUnsubscribe, Source: source})
	if err != nil {
		return false, err
	}
	return n > 0 || added, nil
}

// AddLeadToList makes a subscriber of a doctor lead and puts it on a list
// with the consent given.
func AddLeadToList(ctx context.Context, st *store.Store, leadID, listID int64, c Consent) (*Subscriber, error) {
	l, err := st.GetLead(ctx, leadID)
	if err != nil {
		return nil, fmt.Errorf("outreach: lead %d: %w", leadID, err)
	}
	if !l.Email.Valid || l.Email.String == "" {
		return nil, fmt.Errorf("outreach: lead %d has no address", leadID)
	}
	email := l.Email.String
	sub := &Subscriber{Email: &email, Kind: KindPhysician, LeadID: &leadID, Specialties: l.Specialties,
		Name: l.Name.String, Organization: l.Organization.String}
	if len(l.Prefectures) > 0 {
		sub.Prefecture = l.Prefectures[0]
	}
	err = st.InTx(ctx, func(tx *sqlx.Tx) error {
		if _, _, err := UpsertSubscriber(ctx, tx, sub); err != nil {
			return err
		}
		return Subscribe(ctx, st, tx, listID, sub, c)
	})
	if err != nil {
		return nil, err
	}
	return sub, nil
}
