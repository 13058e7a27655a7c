package outreach

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/robfig/cron/v3"

	"github.com/md2-rm/madoguchi/store"
)

// CreateCampaign stores a draft campaign on the given lists.
func CreateCampaign(ctx context.Context, st *store.Store, c *Campaign, listIDs []int64) (int64, error) {
	if strings.TrimSpace(c.Name) == "" {
		return 0, errors.New("outreach: campaign: empty name")
	}
	if _, err := Compile(Content{Subject: c.Subject, Text: c.BodyText, HTML: c.BodyHTML}); err != nil {
		return 0, err
	}
	now := store.Now()
	var id int64
	err := st.InTx(ctx, func(tx *sqlx.Tx) error {
		err := tx.GetContext(ctx, &id, tx.Rebind(`INSERT INTO campaigns (name, subject, body_text, body_html, status,
			cron_spec, send_window, created_at, updated_at) VALUES (?, ?, ?, ?, 'draft', '', ?, ?, ?) RETURNING id`),
			c.Name, c.Subject, c.BodyText, c.BodyHTML, c.SendWindow, now, now)
		if err != nil {
			return fmt.Errorf("outreach: create campaign: %w", err)
		}
		for _, l := range listIDs {
			if _, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO campaign_lists (campaign_id, list_id) VALUES (?, ?)
				ON CONFLICT DO NOTHING`), id, l); err != nil {
				return fmt.Errorf("outreach: campaign list: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	c.ID = id
	return id, nil
}

// GetCampaign returns one campaign.
func GetCampaign(ctx context.Context, q store.Execer, id int64) (*Campaign, error) {
	var c Campaign
	err := sqlx.GetContext(ctx, q, &c, q.Rebind(`SELECT * FROM campaigns WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("outreach: campaign %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("outreach: campaign %d: %w", id, err)
	}
	return &c, nil
}

// Campaigns returns every campaign, newest first.
func Campaigns(ctx context.Context, st *store.Store) ([]Campaign, error) {
	var out []Campaign
	if err := st.DB.SelectContext(ctx, &out, `SELECT * FROM campaigns ORDER BY id DESC`); err != nil {
		return nil, fmt.Errorf("outreach: campaigns: %w", err)
	}
	return out, nil
}

// CampaignLists returns the names of a campaign's lists.
func CampaignLists(ctx context.Context, st *store.Store, id int64) ([]string, error) {
	var out []string
	err := st.DB.SelectContext(ctx, &out, st.DB.Rebind(`SELECT l.name FROM campaign_lists cl
		JOIN mailing_lists l ON l.id = cl.list_id WHERE cl.campaign_id = ? ORDER BY l.name`), id)
	if err != nil {
		return nil, fmt.Errorf("outreach: campaign lists: %w", err)
	}
	return out, nil
}

// DefaultZone is the zone of cron specs without CRON_TZ.
const DefaultZone = "Asia/Tokyo"

// NormalizeSpec returns a cron spec with its CRON_TZ= prefix (Asia/Tokyo
// unless it names one) after checking that it parses.
func NormalizeSpec(spec string) (string, cron.Schedule, error) {
	spec = strings.TrimSpace(spec)
	if !strings.HasPrefix(spec, "CRON_TZ=") && !strings.HasPrefix(spec, "TZ=") {
		spec = "CRON_TZ=" + DefaultZone + " " + spec
	}
	s, err := cron.ParseStandard(spec)
	if err != nil {
		return "", nil, fmt.Errorf("outreach: cron spec %q: %w", spec, err)
	}
	return spec, s, nil
}

// NextRuns returns the next n run times of a campaign's schedule after t.
func NextRuns(c *Campaign, after time.Time, n int) ([]time.Time, error) {
	if c.CronSpec == "" {
		if c.SendAt != nil && c.SendAt.After(after) {
			return []time.Time{*c.SendAt}, nil
		}
		return nil, nil
	}
	_, s, err := NormalizeSpec(c.CronSpec)
	if err != nil {
		return nil, err
	}
	out := make([]time.Time, 0, n)
	t := after
	for len(out) < n {
		t = s.Next(t)
		if t.IsZero() {
			break
		}
		out = append(out, t)
	}
	return out, nil
}

// Schedule sets a campaign's schedule: a cron spec (stored with CRON_TZ=)
// or a one-off time, and an optional send window. It refuses a campaign
// whose mail would lack a mandatory label. from is when the schedule starts
// counting (normally now).
func Schedule(ctx context.Context, st *store.Store, id int64, org Org, spec string, at *time.Time, window string, from time.Time) error {
	c, err := GetCampaign(ctx, st.DB, id)
	if err != nil {
		return err
	}
	compiled, err := Compile(Content{Subject: c.Subject, Text: c.BodyText, HTML: c.BodyHTML})
	if err != nil {
		return err
	}
	if err := CheckLabels(compiled, org); err != nil {
		return fmt.Errorf("outreach: campaign %d cannot be scheduled: %w", id, err)
	}
	if (spec == "") == (at == nil) {
		return errors.New("outreach: schedule: give either a cron spec or a time")
	}
	if spec != "" {
		if spec, _, err = NormalizeSpec(spec); err != nil {
			return err
		}
	}
	loc, _ := time.LoadLocation(DefaultZone)
	if _, err := ParseWindow(window, loc); err != nil {
		return fmt.Errorf("outreach: %w", err)
	}
	var sendAt *time.Time
	if at != nil {
		t := at.UTC()
		sendAt = &t
	}
	_, err = st.DB.ExecContext(ctx, st.DB.Rebind(`UPDATE campaigns SET status = 'scheduled', cron_spec = ?, send_at = ?,
		send_window = ?, schedule_from = ?, updated_at = ? WHERE id = ?`),
		spec, sendAt, window, from.UTC(), store.Now(), id)
	if err != nil {
		return fmt.Errorf("outreach: schedule: %w", err)
	}
	return nil
}

// SetCampaignStatus pauses (no new runs), reschedules or archives a campaign.
func SetCampaignStatus(ctx context.Context, st *store.Store, id int64, status string) error {
	switch status {
	case CampaignPaused, CampaignScheduled, CampaignArchived, CampaignDraft:
	default:
		return fmt.Errorf("outreach: campaign status %q", status)
	}
	_, err := st.DB.ExecContext(ctx, st.DB.Rebind(`UPDATE campaigns SET status = ?, updated_at = ? WHERE id = ?`),
		status, store.Now(), id)
	if err != nil {
		return fmt.Errorf("outreach: campaign status: %w", err)
	}
	return nil
}
