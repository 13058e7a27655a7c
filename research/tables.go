package research

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
)

// Table is one chart's figures as rows, for the page, the CLI and CSV.
type Table struct {
	Name   string // file name stem of its CSV, e.g. "prefectures"
	Title  string
	Header []string
	Rows   [][]string
	Note   string // shown when there are no rows
}

// WriteCSV writes the table as CSV (UTF-8 with a byte-order mark, so that
// spreadsheet programs read the Japanese correctly).
func (t *Table) WriteCSV(w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("research: csv %s: %w", t.Name, err)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Header); err != nil {
		return fmt.Errorf("research: csv %s: %w", t.Name, err)
	}
	if err := cw.WriteAll(t.Rows); err != nil {
		return fmt.Errorf("research: csv %s: %w", t.Name, err)
	}
	return nil
}

// WriteText writes the table aligned in columns, for the terminal.
func (t *Table) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "# %s\n", t.Title)
	if len(t.Rows) == 0 && t.Note != "" {
		fmt.Fprintf(tw, "(%s)\n", t.Note)
	} else {
		fmt.Fprintln(tw, strings.Join(t.Header, "\t"))
		for _, r := range t.Rows {
			fmt.Fprintln(tw, strings.Join(r, "\t"))
		}
	}
	fmt.Fprintln(tw)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("research: table %s: %w", t.Name, err)
	}
	return nil
}

// Table names.
const (
	TablePrefectures = "prefectures"
	TableSpecialties = "specialties"
	TableFunnel      = "funnel"
	TableResponse    = "response"
	TableCampaigns   = "campaigns"
)

// Tables returns the figures as tables, in the dashboard's order.
func (f *Figures) Tables() []Table {
	return []Table{f.PrefectureTable(), f.SpecialtyTable(), f.FunnelTable(), f.ResponseTable(), f.CampaignTable()}
}

// Table returns the table called name.
func (f *Figures) Table(name string) (Table, bool) {
	for _, t := range f.Tables() {
		if t.Name == name {
			return t, true
		}
	}
	return Table{}, false
}

func itoa(n int) string { return strconv.Itoa(n) }

// PrefectureTable is leads per prefecture; 全国 is the last row.
func (f *Figures) PrefectureTable() Table {
	t := Table{Name: TablePrefectures, Title: "都道府県別の問い合わせ（医師・医療機関）",
		Header: []string{"コード", "都道府県", "地方", "医師", "医療機関"}}
	for _, p := range append(f.Prefectures, f.Nationwide) {
		t.Rows = append(t.Rows, []string{p.Code, p.Name, p.Region, itoa(p.Doctors), itoa(p.Hospitals)})
	}
	return t
}

// SpecialtyTable is supply against demand per specialty.
func (f *Figures) SpecialtyTable() Table {
	t := Table{Name: TableSpecialties, Title: "診療科別の需給（医師の希望と医療機関の募集）",
		Header: []string{"診療科", "系統", "医師（供給）", "医療機関（需要）", "差（供給−需要）"}}
	for _, s := range f.Specialties {
		t.Rows = append(t.Rows, []string{s.Name, s.Group, itoa(s.Supply), itoa(s.Demand), itoa(s.Supply - s.Demand)})
	}
	return t
}

// FunnelTable is the funnel from inquiry to placement.
func (f *Figures) FunnelTable() Table {
	t := Table{Name: TableFunnel, Title: "問い合わせから成約まで",
		Header: []string{"段階", "医師", "医療機関", "合計"}}
	for _, s := range f.Funnel {
		t.Rows = append(t.Rows, []string{s.Name, itoa(s.Doctors), itoa(s.Hospitals), itoa(s.Doctors + s.Hospitals)})
	}
	return t
}

// CategoryLabel returns the Japanese label of a lead category ("" is all).
func CategoryLabel(c string) string {
	switch lead.Category(c) {
	case lead.Doctor:
		return "医師"
	case lead.Hospital:
		return "医療機関"
	case lead.General:
		return "一般"
	case "":
		return "全体"
	}
	return c
}

// DurationText shows a duration in hours and minutes ("3時間05分").
func DurationText(d time.Duration) string {
	d = d.Round(time.Minute)
	h, m := int(d.Hours()), int(d.Minutes())%60
	if h >= 48 {
		return fmt.Sprintf("%d日%d時間", h/24, h%24)
	}
	return fmt.Sprintf("%d時間%02d分", h, m)
}

// ResponseTable is the median time to first response per category.
func (f *Figures) ResponseTable() Table {
	t := Table{Name: TableResponse, Title: "初回返信までの時間（中央値）",
		Header: []string{"区分", "問い合わせ", "返信済", "中央値", "中央値（分）"}}
	for _, r := range f.Responses {
		med, mins := "—", ""
		if r.Answered > 0 {
			med, mins = DurationText(r.Median), strconv.FormatFloat(r.Median.Minutes(), 'f', 1, 64)
		}
		t.Rows = append(t.Rows, []string{CategoryLabel(r.Category), itoa(r.Leads), itoa(r.Answered), med, mins})
	}
	return t
}

// BucketLabel shows the start of a campaign bucket.
func BucketLabel(start time.Time, bucket string) string {
	start = start.In(Tokyo())
	switch bucket {
	case "month":
		return start.Format("2006-01")
	case "week":
		return start.Format(time.DateOnly) + "週"
	}
	return start.Format(time.DateOnly)
}

// CampaignTable is the campaigns' counts over time.
func (f *Figures) CampaignTable() Table {
	t := Table{Name: TableCampaigns, Title: "キャンペーン配信の推移（送信・不達・配信停止）",
		Header: []string{"期間", "送信", "不達", "配信停止"}, Note: f.CampaignsNote}
	for _, c := range f.Campaigns {
		t.Rows = append(t.Rows, []string{BucketLabel(c.Start, f.Bucket), itoa(c.Sent), itoa(c.Bounced), itoa(c.Unsubscribed)})
	}
	return t
}
