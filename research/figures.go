// Package research computes the figures of the 調査研究 dashboard from the
// store — leads per prefecture, supply against demand per specialty, the
// funnel from inquiry to placement, the time to first response and the
// campaigns' counts — and renders them as server-side SVG charts, HTML
// tables and CSV.
package research

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
)

// Tokyo is the time zone in which periods and days are read and shown.
func Tokyo() *time.Location {
	loc, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		return time.FixedZone("JST", 9*60*60)
	}
	return loc
}

// Period is the half-open interval [From, To) of lead creation times.
type Period struct {
	From, To time.Time
}

// ParsePeriod reads two dates (YYYY-MM-DD) in Asia/Tokyo; the period runs
// from the start of from to the end of to.
func ParsePeriod(from, to string) (Period, error) {
	loc := Tokyo()
	f, err := time.ParseInLocation(time.DateOnly, from, loc)
	if err != nil {
		return Period{}, fmt.Errorf("research: from: %w", err)
	}
	t, err := time.ParseInLocation(time.DateOnly, to, loc)
	if err != nil {
		return Period{}, fmt.Errorf("research: to: %w", err)
	}
	if t.Before(f) {
		return Period{}, fmt.Errorf("research: period ends (%s) before it starts (%s)", to, from)
	}
	return Period{From: f.UTC(), To: t.AddDate(0, 0, 1).UTC()}, nil
}

// String shows the period as its first and last day in Asia/Tokyo.
func (p Period) String() string {
	loc := Tokyo()
	return p.From.In(loc).Format(time.DateOnly) + " – " + p.To.In(loc).AddDate(0, 0, -1).Format(time.DateOnly)
}

// PrefectureCount is the number of physician and hospital leads naming a
// prefecture.
type PrefectureCount struct {
	Code, Name, Short, Region string
	Doctors, Hospitals        int
}

// SpecialtyCount is supply (physician leads) against demand (hospital
// leads) for a specialty.
type SpecialtyCount struct {
	Name, Group    string
	Supply, Demand int
}

// Stage is one step of the funnel from inquiry to placement.
type Stage struct {
	Name               string
	Doctors, Hospitals int
}

// Response is the time to first response for the inquiries of a category.
type Response struct {
	Category string // doctor, hospital, general, or "" for all
	Leads    int
	Answered int
	Median   time.Duration // of the answered leads
}

// CampaignPoint is what campaigns did in one bucket of time.
type CampaignPoint struct {
	Start                       time.Time // start of the bucket, in Asia/Tokyo
	Sent, Bounced, Unsubscribed int
}

// CampaignSource gives the campaigns' counts per bucket of time; the
// outreach side's tables satisfy it. Bucket is "day", "week" or "month".
type CampaignSource interface {
	CampaignCounts(ctx context.Context, p Period, bucket string) ([]CampaignPoint, error)
}

// Figures are everything the dashboard shows for a period.
type Figures struct {
	Period        Period
	Prefectures   []PrefectureCount // the 47 in JIS order
	Nationwide    PrefectureCount   // leads naming 全国
	Specialties   []SpecialtyCount  // every specialty of the vocabulary
	Funnel        []Stage
	Responses     []Response // all, then doctor, hospital, general
	Bucket        string     // of Campaigns
	Campaigns     []CampaignPoint
	CampaignsNote string // why there are no campaign figures, when there are none
}

// Dashboard computes figures from a store.
type Dashboard struct {
	Store     *store.Store
	Vocab     *vocab.Vocab
	Campaigns CampaignSource // nil: no campaign figures
}

// Compute returns the figures for period p.
func (d *Dashboard) Compute(ctx context.Context, p Period) (*Figures, error) {
	f := &Figures{Period: p, Bucket: Bucket(p)}
	// The queries fill separate fields and run side by side.
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return d.places(ctx, p, f) })
	g.Go(func() error { return d.specialties(ctx, p, f) })
	g.Go(func() error { return d.inquiries(ctx, p, f) })
	g.Go(func() error {
		if d.Campaigns == nil {
			f.CampaignsNote = "キャンペーンの集計元が設定されていません"
			return nil
		}
		pts, err := d.Campaigns.CampaignCounts(ctx, p, f.Bucket)
		if err != nil {
			return fmt.Errorf("research: campaigns: %w", err)
		}
		f.Campaigns = pts
		if len(pts) == 0 {
			f.CampaignsNote = "この期間に配信はありません"
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return f, nil
}

// Bucket chooses the campaign chart's bucket for a period: days up to two
// months, weeks up to a year, months beyond.
func Bucket(p Period) string {
	switch days := p.To.Sub(p.From).Hours() / 24; {
	case days <= 62:
		return "day"
	case days <= 366:
		return "week"
	}
	return "month"
}

// jsonElements returns the FROM item that expands the JSON array column
// col of leads l into rows with a column named value.
func (d *Dashboard) jsonElements(col string) string {
	if d.Store.Driver() == store.Postgres {
		return "jsonb_array_elements_text(l." + col + "::jsonb) AS j(value)"
	}
	return "json_each(l." + col + ") AS j"
}

type catCount struct {
	Category string `db:"category"`
	Value    string `db:"value"`
	N        int    `db:"n"`
}

// elementsQuery counts the physician and hospital leads of a period per
// element of the JSON array column col. On SQLite it reads only the index
// leads_research (migration 00251), not the rows with their bodies.
func (d *Dashboard) elementsQuery(col string) string {
	return `SELECT l.category AS category, j.value AS value, COUNT(*) AS n
		FROM leads l, ` + d.jsonElements(col) + `
		WHERE l.category IN (?, ?) AND l.created_at >= ? AND l.created_at < ?
		GROUP BY l.category, j.value`
}

func (d *Dashboard) countElements(ctx context.Context, p Period, col string) ([]catCount, error) {
	var rows []catCount
	err := d.Store.DB.SelectContext(ctx, &rows, d.Store.DB.Rebind(d.elementsQuery(col)), string(lead.Doctor), string(lead.Hospital), p.From, p.To)
	if err != nil {
		return nil, fmt.Errorf("research: leads per %s: %w", col, err)
	}
	return rows, nil
}

func (d *Dashboard) places(ctx context.Context, p Period, f *Figures) error {
	rows, err := d.countElements(ctx, p, "prefectures")
	if err != nil {
		return err
	}
	idx := map[string]int{}
	for i, pr := range d.Vocab.Prefectures {
		idx[pr.Name] = i
		f.Prefectures = append(f.Prefectures, PrefectureCount{Code: pr.Code, Name: pr.Name, Short: pr.Short, Region: pr.Region})
	}
	f.Nationwide = PrefectureCount{Name: "全国"}
	for _, r := range rows {
		var pc *PrefectureCount
		if i, ok := idx[r.Value]; ok {
			pc = &f.Prefectures[i]
		} else if r.Value == f.Nationwide.Name {
			pc = &f.Nationwide
		} else {
			continue
		}
		if r.Category == string(lead.Doctor) {
			pc.Doctors += r.N
		} else {
			pc.Hospitals += r.N
		}
	}
	return nil
}

func (d *Dashboard) specialties(ctx context.Context, p Period, f *Figures) error {
	rows, err := d.countElements(ctx, p, "specialties")
	if err != nil {
		return err
	}
	idx := map[string]int{}
	for i, s := range d.Vocab.Specialties {
		idx[s.Name] = i
		f.Specialties = append(f.Specialties, SpecialtyCount{Name: s.Name, Group: s.Group})
	}
	for _, r := range rows {
		i, ok := idx[r.Value]
		if !ok {
			continue
		}
		if r.Category == string(lead.Doctor) {
			f.Specialties[i].Supply += r.N
		} else {
			f.Specialties[i].Demand += r.N
		}
	}
	return nil
}

// Funnel stage names.
const (
	StageInquiry    = "問い合わせ"
	StageResponded  = "返信済"
	StageProposed   = "提案"
	StageIntroduced = "紹介"
	StagePlaced     = "成約"
)

// leadRow is one inquiry of the period with its first response.
type leadRow struct {
	ID       int64           `db:"id"`
	Category string          `db:"category"`
	Status   string          `db:"status"`
	Delay    sql.NullFloat64 `db:"delay"` // seconds to the first outgoing mail
}

// proposed returns the leads that take part in a proposal, with whether one
// of their proposals was introduced.
func (d *Dashboard) proposed(ctx context.Context) (map[int64]bool, error) {
	var rows []struct {
		Doctor     int64 `db:"doctor_lead_id"`
		Hospital   int64 `db:"hospital_lead_id"`
		Introduced bool  `db:"introduced"`
	}
	err := d.Store.DB.SelectContext(ctx, &rows, `SELECT doctor_lead_id, hospital_lead_id,
		CASE WHEN introduced_at IS NULL THEN 0 ELSE 1 END AS introduced FROM proposals`)
	if err != nil {
		return nil, fmt.Errorf("research: proposals: %w", err)
	}
	out := make(map[int64]bool, 2*len(rows))
	for _, r := range rows {
		out[r.Doctor] = out[r.Doctor] || r.Introduced
		out[r.Hospital] = out[r.Hospital] || r.Introduced
	}
	return out, nil
}

// inquiries fills the funnel and the response times from one pass over the
// period's inquiries.
func (d *Dashboard) inquiries(ctx context.Context, p Period, f *Figures) error {
	props, err := d.proposed(ctx)
	if err != nil {
		return err
	}
	first := `(SELECT MIN(m.created_at) FROM messages m
		WHERE m.lead_id = l.id AND m.direction = 'out' AND m.created_at >= l.created_at)`
	delay := "(julianday(" + first + ") - julianday(l.created_at)) * 86400.0"
	if d.Store.Driver() == store.Postgres {
		delay = "EXTRACT(EPOCH FROM " + first + " - l.created_at)::float8"
	}
	q := `SELECT l.id AS id, l.category AS category, l.status AS status, ` + delay + ` AS delay
		FROM leads l
		WHERE l.category IN (?, ?, ?) AND l.created_at >= ? AND l.created_at < ?`
	rows, err := d.Store.DB.QueryContext(ctx, d.Store.DB.Rebind(q),
		string(lead.Doctor), string(lead.Hospital), string(lead.General), p.From, p.To)
	if err != nil {
		return fmt.Errorf("research: inquiries: %w", err)
	}
	defer rows.Close()

	f.Funnel = []Stage{{Name: StageInquiry}, {Name: StageResponded}, {Name: StageProposed}, {Name: StageIntroduced}, {Name: StagePlaced}}
	cats := []string{"", string(lead.Doctor), string(lead.Hospital), string(lead.General)}
	delays := make(map[string][]float64, len(cats))
	total := make(map[string]int, len(cats))
	var r leadRow
	for rows.Next() {
		if err := rows.Scan(&r.ID, &r.Category, &r.Status, &r.Delay); err != nil {
			return fmt.Errorf("research: inquiries: %w", err)
		}
		total[r.Category]++
		total[""]++
		if r.Delay.Valid {
			delays[r.Category] = append(delays[r.Category], r.Delay.Float64)
			delays[""] = append(delays[""], r.Delay.Float64)
		}
		if r.Category == string(lead.General) {
			continue
		}
		introduced, proposed := props[r.ID]
		for i, reached := range []bool{true, r.Delay.Valid, proposed, introduced, r.Status == store.StatusPlaced} {
			if !reached {
				continue
			}
			if r.Category == string(lead.Doctor) {
				f.Funnel[i].Doctors++
			} else {
				f.Funnel[i].Hospitals++
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("research: inquiries: %w", err)
	}
	for _, c := range cats {
		f.Responses = append(f.Responses, Response{Category: c, Leads: total[c], Answered: len(delays[c]),
			Median: median(delays[c])})
	}
	return nil
}

// median returns the median of seconds as a duration (0 for none).
func median(seconds []float64) time.Duration {
	if len(seconds) == 0 {
		return 0
	}
	s := slices.Clone(seconds)
	sort.Float64s(s)
	n := len(s)
	m := s[n/2]
	if n%2 == 0 {
		m = (s[n/2-1] + s[n/2]) / 2
	}
	return time.Duration(m * float64(time.Second)).Round(time.Second)
}
