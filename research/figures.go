// Package research computes the figures of the 調査研究 dashboard from the
// store — leads per prefecture, supply against demand per specialty, the
// funnel from inquiry to placement, the time to first response and the
// campaigns' counts — and renders them as server-side SVG charts, HTML
// tables and CSV.
package research

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

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
	if err := d.places(ctx, p, f); err != nil {
		return nil, err
	}
	if err := d.specialties(ctx, p, f); err != nil {
		return nil, err
	}
	if err := d.funnel(ctx, p, f); err != nil {
		return nil, err
	}
	if err := d.responses(ctx, p, f); err != nil {
		return nil, err
	}
	if d.Campaigns == nil {
		f.CampaignsNote = "キャンペーンの集計元が設定されていません"
	} else {
		pts, err := d.Campaigns.CampaignCounts(ctx, p, f.Bucket)
		if err != nil {
			return nil, fmt.Errorf("research: campaigns: %w", err)
		}
		f.Campaigns = pts
		if len(pts) == 0 {
			f.CampaignsNote = "この期間に配信はありません"
		}
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

func (d *Dashboard) countElements(ctx context.Context, p Period, col string) ([]catCount, error) {
	var rows []catCount
	q := `SELECT l.category AS category, j.value AS value, COUNT(*) AS n
		FROM leads l, ` + d.jsonElements(col) + `
		WHERE l.category IN (?, ?) AND l.created_at >= ? AND l.created_at < ?
		GROUP BY l.category, j.value`
	err := d.Store.DB.SelectContext(ctx, &rows, d.Store.DB.Rebind(q), string(lead.Doctor), string(lead.Hospital), p.From, p.To)
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

func (d *Dashboard) funnel(ctx context.Context, p Period, f *Figures) error {
	var rows []struct {
		Category   string `db:"category"`
		Inquiries  int    `db:"inquiries"`
		Responded  int    `db:"responded"`
		Proposed   int    `db:"proposed"`
		Introduced int    `db:"introduced"`
		Placed     int    `db:"placed"`
	}
	q := `SELECT l.category AS category, COUNT(*) AS inquiries,
		SUM(CASE WHEN EXISTS (SELECT 1 FROM messages m WHERE m.lead_id = l.id AND m.direction = 'out') THEN 1 ELSE 0 END) AS responded,
		SUM(CASE WHEN EXISTS (SELECT 1 FROM proposals x WHERE x.doctor_lead_id = l.id)
			OR EXISTS (SELECT 1 FROM proposals x WHERE x.hospital_lead_id = l.id) THEN 1 ELSE 0 END) AS proposed,
		SUM(CASE WHEN EXISTS (SELECT 1 FROM proposals x WHERE x.doctor_lead_id = l.id AND x.introduced_at IS NOT NULL)
			OR EXISTS (SELECT 1 FROM proposals x WHERE x.hospital_lead_id = l.id AND x.introduced_at IS NOT NULL) THEN 1 ELSE 0 END) AS introduced,
		SUM(CASE WHEN l.status = ? THEN 1 ELSE 0 END) AS placed
		FROM leads l
		WHERE l.category IN (?, ?) AND l.created_at >= ? AND l.created_at < ?
		GROUP BY l.category`
	err := d.Store.DB.SelectContext(ctx, &rows, d.Store.DB.Rebind(q), store.StatusPlaced,
		string(lead.Doctor), string(lead.Hospital), p.From, p.To)
	if err != nil {
		return fmt.Errorf("research: funnel: %w", err)
	}
	f.Funnel = []Stage{{Name: StageInquiry}, {Name: StageResponded}, {Name: StageProposed}, {Name: StageIntroduced}, {Name: StagePlaced}}
	for _, r := range rows {
		vals := []int{r.Inquiries, r.Responded, r.Proposed, r.Introduced, r.Placed}
		for i, v := range vals {
			if r.Category == string(lead.Doctor) {
				f.Funnel[i].Doctors = v
			} else {
				f.Funnel[i].Hospitals = v
			}
		}
	}
	return nil
}

func (d *Dashboard) responses(ctx context.Context, p Period, f *Figures) error {
	delay := "(julianday(MIN(m.created_at)) - julianday(l.created_at)) * 86400.0"
	if d.Store.Driver() == store.Postgres {
		delay = "EXTRACT(EPOCH FROM MIN(m.created_at) - l.created_at)::float8"
	}
	var answered []struct {
		Category string  `db:"category"`
		Seconds  float64 `db:"seconds"`
	}
	q := `SELECT l.category AS category, ` + delay + ` AS seconds
		FROM leads l JOIN messages m ON m.lead_id = l.id AND m.direction = 'out' AND m.created_at >= l.created_at
		WHERE l.category IN (?, ?, ?) AND l.created_at >= ? AND l.created_at < ?
		GROUP BY l.id, l.category, l.created_at`
	err := d.Store.DB.SelectContext(ctx, &answered, d.Store.DB.Rebind(q),
		string(lead.Doctor), string(lead.Hospital), string(lead.General), p.From, p.To)
	if err != nil {
		return fmt.Errorf("research: first responses: %w", err)
	}
	var totals []struct {
		Category string `db:"category"`
		N        int    `db:"n"`
	}
	err = d.Store.DB.SelectContext(ctx, &totals, d.Store.DB.Rebind(`SELECT category, COUNT(*) AS n FROM leads
		WHERE category IN (?, ?, ?) AND created_at >= ? AND created_at < ? GROUP BY category`),
		string(lead.Doctor), string(lead.Hospital), string(lead.General), p.From, p.To)
	if err != nil {
		return fmt.Errorf("research: inquiries: %w", err)
	}
	cats := []string{"", string(lead.Doctor), string(lead.Hospital), string(lead.General)}
	delays := make(map[string][]float64, len(cats))
	for _, a := range answered {
		delays[a.Category] = append(delays[a.Category], a.Seconds)
		delays[""] = append(delays[""], a.Seconds)
	}
	leads := map[string]int{}
	for _, t := range totals {
		leads[t.Category] += t.N
		leads[""] += t.N
	}
	for _, c := range cats {
		f.Responses = append(f.Responses, Response{Category: c, Leads: leads[c], Answered: len(delays[c]),
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
