package outreach

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/store"
)

// ErrLeased is returned when another process is sending the run.
var ErrLeased = errors.New("run is being sent by another process")

// CreateRun records a run of the campaign at its scheduled time, with the
// campaign's content copied in. A run is unique on campaign and scheduled
// time: created is false when it existed already. status is RunPending or,
// for a missed schedule, RunSkipped.
func CreateRun(ctx context.Context, q store.Execer, campaignID int64, scheduledAt time.Time, trigger, status, note string) (int64, bool, error) {
	c, err := GetCampaign(ctx, q, campaignID)
	if err != nil {
		return 0, false, err
	}
	scheduledAt = scheduledAt.UTC().Truncate(time.Microsecond)
	now := store.Now()
	var id int64
	err = sqlx.GetContext(ctx, q, &id, q.Rebind(`INSERT INTO campaign_runs (campaign_id, scheduled_at, trigger, status,
		subject, body_text, body_html, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (campaign_id, scheduled_at) DO NOTHING RETURNING id`),
		campaignID, scheduledAt, trigger, status, c.Subject, c.BodyText, c.BodyHTML, note, now)
	if errors.Is(err, sql.ErrNoRows) {
		err = sqlx.GetContext(ctx, q, &id, q.Rebind(`SELECT id FROM campaign_runs WHERE campaign_id = ? AND scheduled_at = ?`),
			campaignID, scheduledAt)
		if err != nil {
			return 0, false, fmt.Errorf("outreach: existing run: %w", err)
		}
		return id, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("outreach: create run: %w", err)
	}
	return id, true, nil
}

// GetRun returns one run.
func GetRun(ctx context.Context, q store.Execer, id int64) (*Run, error) {
	var r Run
	err := sqlx.GetContext(ctx, q, &r, q.Rebind(`SELECT * FROM campaign_runs WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("outreach: run %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("outreach: run %d: %w", id, err)
	}
	return &r, nil
}

// Runs returns a campaign's runs, newest first (every campaign's with id 0).
func Runs(ctx context.Context, st *store.Store, campaignID int64, limit int) ([]Run, error) {
	var out []Run
	q := `SELECT * FROM campaign_runs`
	args := []any{}
	if campaignID > 0 {
		q += ` WHERE campaign_id = ?`
		args = append(args, campaignID)
	}
	q += ` ORDER BY scheduled_at DESC, id DESC LIMIT ?`
	args = append(args, limit)
	if err := st.DB.SelectContext(ctx, &out, st.DB.Rebind(q), args...); err != nil {
		return nil, fmt.Errorf("outreach: runs: %w", err)
	}
	return out, nil
}

// eligibleSQL selects the campaign's recipients (parameters: campaign id
// twice): subscribed to one of its lists, with an address that is not
// suppressed, and with a consent record, or an organisation publishing its
// address for business where it is recorded.
const eligibleSQL = `
FROM subscribers s
WHERE s.email IS NOT NULL AND s.email <> ''
  AND EXISTS (SELECT 1 FROM subscriptions x JOIN campaign_lists cl ON cl.list_id = x.list_id
      WHERE cl.campaign_id = ? AND x.subscriber_id = s.id AND x.status = 'subscribed'
        AND ((x.consent_id IS NOT NULL AND EXISTS (SELECT 1 FROM consent_records c WHERE c.id = x.consent_id AND c.method <> 'published'))
             OR (s.kind IN ('association', 'hospital') AND s.published_business AND s.published_source <> '')))
  AND NOT EXISTS (SELECT 1 FROM suppressions p WHERE p.email = s.email)`

// basisSQL names why the address may be mailed (parameter: campaign id).
const basisSQL = `CASE WHEN EXISTS (SELECT 1 FROM subscriptions x JOIN campaign_lists cl ON cl.list_id = x.list_id
      JOIN consent_records c ON c.id = x.consent_id
      WHERE cl.campaign_id = ? AND x.subscriber_id = s.id AND x.status = 'subscribed' AND c.method <> 'published')
    THEN 'consent' ELSE 'published' END`

// BuildLedger writes a pending run's recipient ledger in one transaction
// and moves the run to sending. It is a no-op for a run past pending.
func BuildLedger(ctx context.Context, st *store.Store, runID int64) (int, error) {
	total := 0
	err := st.InTx(ctx, func(tx *sqlx.Tx) error {
		r, err := GetRun(ctx, tx, runID)
		if err != nil {
			return err
		}
		if r.Status != RunPending {
			total = r.Total
			return nil
		}
		now := store.Now()
		res, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO run_recipients (run_id, subscriber_id, email, name,
			organization, prefecture, kind, basis, state, attempts, next_at, updated_at)
			SELECT ?, s.id, s.email, s.name, s.organization, s.prefecture, s.kind, `+basisSQL+`, 'queued', 0, ?, ?
			`+eligibleSQL+`
			ON CONFLICT (run_id, subscriber_id) DO NOTHING`),
			runID, r.CampaignID, now, now, r.CampaignID)
		if err != nil {
			return fmt.Errorf("outreach: write ledger: %w", err)
		}
		n, _ := res.RowsAffected()
		total = int(n)
		_, err = tx.ExecContext(ctx, tx.Rebind(`UPDATE campaign_runs SET status = 'sending', total = ?, started_at = ? WHERE id = ?`),
			total, now, runID)
		if err != nil {
			return fmt.Errorf("outreach: start run: %w", err)
		}
		return nil
	})
	return total, err
}

// Audience counts a campaign's recipients as a run would write them.
func Audience(ctx context.Context, st *store.Store, campaignID int64) (int, error) {
	var n int
	err := st.DB.GetContext(ctx, &n, st.DB.Rebind(`SELECT COUNT(*) `+eligibleSQL), campaignID)
	if err != nil {
		return 0, fmt.Errorf("outreach: audience: %w", err)
	}
	return n, nil
}

// acquireLease takes the run for this owner when nobody else holds it.
func acquireLease(ctx context.Context, st *store.Store, runID int64, owner string, lease time.Duration) error {
	now, err := st.LeaseNow(ctx, st.DB)
	if err != nil {
		return err
	}
	res, err := st.DB.ExecContext(ctx, st.DB.Rebind(`UPDATE campaign_runs SET lease_owner = ?, lease_until = ?
		WHERE id = ? AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)`),
		owner, now.Add(lease), runID, now, owner)
	if err != nil {
		return fmt.Errorf("outreach: lease run %d: %w", runID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("outreach: run %d: %w", runID, ErrLeased)
	}
	return nil
}

func extendLease(ctx context.Context, st *store.Store, runID int64, owner string, lease time.Duration) error {
	now, err := st.LeaseNow(ctx, st.DB)
	if err != nil {
		return err
	}
	res, err := st.DB.ExecContext(ctx, st.DB.Rebind(`UPDATE campaign_runs SET lease_until = ? WHERE id = ? AND lease_owner = ?`),
		now.Add(lease), runID, owner)
	if err != nil {
		return fmt.Errorf("outreach: extend lease: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("outreach: run %d: %w", runID, ErrLeased)
	}
	return nil
}

func releaseLease(ctx context.Context, st *store.Store, runID int64, owner string) error {
	_, err := st.DB.ExecContext(ctx, st.DB.Rebind(`UPDATE campaign_runs SET lease_owner = '', lease_until = NULL
		WHERE id = ? AND lease_owner = ?`), runID, owner)
	if err != nil {
		return fmt.Errorf("outreach: release lease: %w", err)
	}
	return nil
}

// requeueSending puts back the rows a crashed sender left in sending. Those
// whose mail the server had accepted are the only ones sent twice.
func requeueSending(ctx context.Context, st *store.Store, runID int64) (int64, error) {
	// The interrupted attempt is not counted against the row's retries.
	res, err := st.DB.ExecContext(ctx, st.DB.Rebind(`UPDATE run_recipients SET state = 'queued',
		attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, updated_at = ?
		WHERE run_id = ? AND state = 'sending'`), store.Now(), runID)
	if err != nil {
		return 0, fmt.Errorf("outreach: requeue: %w", err)
	}
	return res.RowsAffected()
}

// claim moves up to limit due rows of the run to sending and returns them
// with the fields a sender needs.
func claim(ctx context.Context, st *store.Store, runID int64, limit int, now time.Time) ([]Recipient, error) {
	lock := ""
	if st.Driver() == store.Postgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	rows, err := st.DB.QueryContext(ctx, st.DB.Rebind(`UPDATE run_recipients SET state = 'sending', attempts = attempts + 1, updated_at = ?
		WHERE id IN (SELECT id FROM run_recipients WHERE run_id = ? AND state = 'queued' AND next_at <= ?
			ORDER BY id LIMIT ?`+lock+`)
		RETURNING id, subscriber_id, email, name, organization, prefecture, kind, basis, attempts`), now, runID, now, limit)
	if err != nil {
		return nil, fmt.Errorf("outreach: claim: %w", err)
	}
	defer rows.Close()
	out := make([]Recipient, 0, limit)
	for rows.Next() {
		r := Recipient{RunID: runID, State: RowSending}
		if err := rows.Scan(&r.ID, &r.SubscriberID, &r.Email, &r.Name, &r.Organization, &r.Prefecture, &r.Kind,
			&r.Basis, &r.Attempts); err != nil {
			return nil, fmt.Errorf("outreach: claim: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outreach: claim: %w", err)
	}
	return out, nil
}

// outcome is what happened to one claimed row.
type outcome struct {
	id      int64
	kind    int // outcomeSent, outcomeRetry, outcomeFailed, outcomeUnclaim
	code    int
	errText string
	nextAt  time.Time
	done    chan error // receives the commit's result
}

const (
	outcomeSent = iota
	outcomeRetry
	outcomeFailed
	outcomeUnclaim
)

// commitOutcomes records a batch of outcomes in one transaction. A batch
// of sent mails only, the usual case, is one statement (atomic by itself):
// on PostgreSQL one round trip with a statement it prepares once.
func commitOutcomes(ctx context.Context, st *store.Store, batch []*outcome) error {
	now := store.Now()
	allSent := true
	for _, o := range batch {
		allSent = allSent && o.kind == outcomeSent
	}
	if allSent {
		ids := make([]int64, len(batch))
		for i, o := range batch {
			ids[i] = o.id
		}
		return recordSent(ctx, st.DB, st.Driver(), now, ids)
	}
	var sent, unclaim []int64
	err := st.InTx(ctx, func(tx *sqlx.Tx) error {
		for _, o := range batch {
			switch o.kind {
			case outcomeSent:
				sent = append(sent, o.id)
			case outcomeUnclaim:
				unclaim = append(unclaim, o.id)
			case outcomeRetry:
				if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE run_recipients SET state = 'queued', next_at = ?,
					smtp_code = ?, last_error = ?, updated_at = ? WHERE id = ?`), o.nextAt, o.code, o.errText, now, o.id); err != nil {
					return fmt.Errorf("outreach: record retry: %w", err)
				}
			case outcomeFailed:
				if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE run_recipients SET state = 'failed',
					smtp_code = ?, last_error = ?, updated_at = ? WHERE id = ?`), o.code, o.errText, now, o.id); err != nil {
					return fmt.Errorf("outreach: record failure: %w", err)
				}
			}
		}
		if len(sent) > 0 {
			if err := recordSent(ctx, tx, st.Driver(), now, sent); err != nil {
				return err
			}
		}
		if len(unclaim) > 0 {
			q, args, err := sqlx.In(`UPDATE run_recipients SET state = 'queued', attempts = attempts - 1, updated_at = ?
				WHERE state = 'sending' AND id IN (?)`, now, unclaim)
			if err != nil {
				return fmt.Errorf("outreach: unclaim: %w", err)
			}
			if _, err := tx.ExecContext(ctx, tx.Rebind(q), args...); err != nil {
				return fmt.Errorf("outreach: unclaim: %w", err)
			}
		}
		return nil
	})
	return err
}

// recordSent marks rows sent.
func recordSent(ctx context.Context, q store.Execer, driver string, now time.Time, ids []int64) error {
	var err error
	if driver == store.Postgres {
		_, err = q.ExecContext(ctx, `UPDATE run_recipients SET state = 'sent', sent_at = $1, smtp_code = 250,
			last_error = '', updated_at = $1 WHERE id = ANY($2)`, now, ids)
	} else {
		var query string
		var args []any
		query, args, err = sqlx.In(`UPDATE run_recipients SET state = 'sent', sent_at = ?, smtp_code = 250, last_error = '',
			updated_at = ? WHERE id IN (?)`, now, now, ids)
		if err == nil {
			_, err = q.ExecContext(ctx, q.Rebind(query), args...)
		}
	}
	if err != nil {
		return fmt.Errorf("outreach: record sent: %w", err)
	}
	return nil
}

// pendingRows returns how many rows of the run are still to send and when
// the next one is due.
func pendingRows(ctx context.Context, st *store.Store, runID int64) (int, *time.Time, error) {
	var row struct {
		N    int          `db:"n"`
		Next sql.NullTime `db:"next"`
	}
	err := st.DB.GetContext(ctx, &row, st.DB.Rebind(`SELECT COUNT(*) AS n, MIN(next_at) AS next FROM run_recipients
		WHERE run_id = ? AND state IN ('queued', 'sending')`), runID)
	if err != nil {
		// SQLite returns MIN() of a DATETIME column as text.
		var alt struct {
			N    int            `db:"n"`
			Next sql.NullString `db:"next"`
		}
		if err2 := st.DB.GetContext(ctx, &alt, st.DB.Rebind(`SELECT COUNT(*) AS n, MIN(next_at) AS next FROM run_recipients
			WHERE run_id = ? AND state IN ('queued', 'sending')`), runID); err2 != nil {
			return 0, nil, fmt.Errorf("outreach: pending rows: %w", err)
		}
		if !alt.Next.Valid {
			return alt.N, nil, nil
		}
		t, perr := parseSQLiteTime(alt.Next.String)
		if perr != nil {
			return alt.N, nil, nil
		}
		return alt.N, &t, nil
	}
	if !row.Next.Valid {
		return row.N, nil, nil
	}
	return row.N, &row.Next.Time, nil
}

func parseSQLiteTime(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05.999999999Z07:00",
		"2006-01-02 15:04:05.999999999", time.RFC3339Nano} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("unparsable time %q", s)
}

// SetRunStatus pauses, resumes or cancels a run. Cancelling marks every row
// not yet sent as cancelled; a run being sent stops after the mail in flight.
func SetRunStatus(ctx context.Context, st *store.Store, runID int64, status string) error {
	var from []string
	switch status {
	case RunPaused:
		from = []string{RunPending, RunSending}
	case RunSending:
		from = []string{RunPaused}
	case RunCancelled:
		from = []string{RunPending, RunSending, RunPaused}
	default:
		return fmt.Errorf("outreach: cannot set a run to %q", status)
	}
	return st.InTx(ctx, func(tx *sqlx.Tx) error {
		r, err := GetRun(ctx, tx, runID)
		if err != nil {
			return err
		}
		if r.Status == status {
			return nil
		}
		ok := false
		for _, f := range from {
			ok = ok || r.Status == f
		}
		if !ok {
			return fmt.Errorf("outreach: run %d is %s and cannot become %s", runID, r.Status, status)
		}
		next := status
		if status == RunSending && r.StartedAt == nil {
			next = RunPending // resumed before its ledger was written
		}
		now := store.Now()
		if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE campaign_runs SET status = ? WHERE id = ?`), next, runID); err != nil {
			return fmt.Errorf("outreach: run status: %w", err)
		}
		if status == RunCancelled {
			if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE run_recipients SET state = 'cancelled', updated_at = ?
				WHERE run_id = ? AND state = 'queued'`), now, runID); err != nil {
				return fmt.Errorf("outreach: cancel rows: %w", err)
			}
			if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE campaign_runs SET finished_at = ? WHERE id = ?`), now, runID); err != nil {
				return fmt.Errorf("outreach: cancel run: %w", err)
			}
		}
		return nil
	})
}

// finishRun marks a run done once no row is left to send.
func finishRun(ctx context.Context, st *store.Store, runID int64) error {
	_, err := st.DB.ExecContext(ctx, st.DB.Rebind(`UPDATE campaign_runs SET status = 'done', finished_at = ?
		WHERE id = ? AND status = 'sending'`), store.Now(), runID)
	if err != nil {
		return fmt.Errorf("outreach: finish run: %w", err)
	}
	return nil
}

// Progress is a run's state of sending.
type Progress struct {
	RunID     int64
	Status    string
	Total     int
	Queued    int
	Sending   int
	Sent      int
	Failed    int
	Cancelled int
	Rate      float64       // mails per second since the first was sent
	ETA       time.Duration // at that rate; 0 when unknown or finished
}

// Remaining is what is left to send.
func (p Progress) Remaining() int { return p.Queued + p.Sending }

// RunProgress returns a run's progress.
func RunProgress(ctx context.Context, st *store.Store, runID int64) (Progress, error) {
	r, err := GetRun(ctx, st.DB, runID)
	if err != nil {
		return Progress{}, err
	}
	p := Progress{RunID: runID, Status: r.Status, Total: r.Total}
	var rows []struct {
		State string `db:"state"`
		N     int    `db:"n"`
	}
	if err := st.DB.SelectContext(ctx, &rows, st.DB.Rebind(`SELECT state, COUNT(*) AS n FROM run_recipients
		WHERE run_id = ? GROUP BY state`), runID); err != nil {
		return p, fmt.Errorf("outreach: progress: %w", err)
	}
	for _, row := range rows {
		switch row.State {
		case RowQueued:
			p.Queued = row.N
		case RowSending:
			p.Sending = row.N
		case RowSent:
			p.Sent = row.N
		case RowFailed:
			p.Failed = row.N
		case RowCancelled:
			p.Cancelled = row.N
		}
	}
	if r.StartedAt != nil && p.Sent > 0 {
		end := store.Now()
		if r.FinishedAt != nil {
			end = *r.FinishedAt
		}
		if secs := end.Sub(*r.StartedAt).Seconds(); secs > 0 {
			p.Rate = float64(p.Sent+p.Failed) / secs
			if p.Remaining() > 0 && p.Rate > 0 {
				p.ETA = time.Duration(float64(p.Remaining()) / p.Rate * float64(time.Second))
			}
		}
	}
	return p, nil
}

// Report is a run's outcome with every failure.
type Report struct {
	Run      Run
	Progress Progress
	Failures []Recipient
}

// RunReport returns a run's report.
func RunReport(ctx context.Context, st *store.Store, runID int64) (*Report, error) {
	r, err := GetRun(ctx, st.DB, runID)
	if err != nil {
		return nil, err
	}
	p, err := RunProgress(ctx, st, runID)
	if err != nil {
		return nil, err
	}
	rep := &Report{Run: *r, Progress: p}
	if err := st.DB.SelectContext(ctx, &rep.Failures, st.DB.Rebind(`SELECT * FROM run_recipients
		WHERE run_id = ? AND state = 'failed' ORDER BY id`), runID); err != nil {
		return nil, fmt.Errorf("outreach: report: %w", err)
	}
	return rep, nil
}

// RunsToSend lists runs that are pending or sending and not leased by a
// live sender, oldest first.
func RunsToSend(ctx context.Context, st *store.Store) ([]int64, error) {
	now, err := st.LeaseNow(ctx, st.DB)
	if err != nil {
		return nil, err
	}
	var ids []int64
	err = st.DB.SelectContext(ctx, &ids, st.DB.Rebind(`SELECT id FROM campaign_runs
		WHERE status IN ('pending', 'sending') AND (lease_until IS NULL OR lease_until < ?)
		ORDER BY scheduled_at, id`), now)
	if err != nil {
		return nil, fmt.Errorf("outreach: runs to send: %w", err)
	}
	return ids, nil
}

func domainOf(addr string) string {
	if at := strings.LastIndexByte(addr, '@'); at >= 0 {
		return strings.ToLower(addr[at+1:])
	}
	return ""
}
