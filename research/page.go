package research

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

//go:embed templates/dashboard.html
var templatesFS embed.FS

//go:embed static/dashboard.css
var stylesheet []byte

// Section is one chart (or two maps) with its table.
type Section struct {
	Charts []template.HTML
	Table  Table
}

// Sections returns the dashboard's sections in order.
func (f *Figures) Sections() []Section {
	var campaigns []template.HTML
	if len(f.Campaigns) > 0 {
		campaigns = []template.HTML{f.CampaignChart()}
	}
	return []Section{
		{[]template.HTML{f.DoctorMap(), f.HospitalMap()}, f.PrefectureTable()},
		{[]template.HTML{f.SpecialtyChart()}, f.SpecialtyTable()},
		{[]template.HTML{f.FunnelChart()}, f.FunnelTable()},
		{[]template.HTML{f.ResponseChart()}, f.ResponseTable()},
		{campaigns, f.CampaignTable()},
	}
}

// View is what the dashboard template renders.
type View struct {
	Base     string // path of the page; CSV files are at Base/NAME.csv
	From, To string // the period as YYYY-MM-DD in Asia/Tokyo
	Figures  *Figures
	Sections []Section
}

// NewView prepares figures for the template, with CSV links under base.
func NewView(base string, f *Figures) View {
	loc := Tokyo()
	from := f.Period.From.In(loc).Format(time.DateOnly)
	to := f.Period.To.In(loc).AddDate(0, 0, -1).Format(time.DateOnly)
	return View{Base: strings.TrimSuffix(base, "/"), From: from, To: to, Figures: f, Sections: f.Sections()}
}

// Renderer renders the dashboard as an HTML fragment (for the staff UI's
// layout) or as a whole page.
type Renderer struct {
	t *template.Template
}

// NewRenderer parses the dashboard's templates.
func NewRenderer() (*Renderer, error) {
	t, err := template.ParseFS(templatesFS, "templates/dashboard.html")
	if err != nil {
		return nil, fmt.Errorf("research: templates: %w", err)
	}
	return &Renderer{t: t}, nil
}

// Fragment writes the dashboard's body: period form, charts, tables and
// CSV links.
func (r *Renderer) Fragment(w io.Writer, v View) error {
	if err := r.t.ExecuteTemplate(w, "dashboard", v); err != nil {
		return fmt.Errorf("research: render: %w", err)
	}
	return nil
}

// Page writes the dashboard as a standalone HTML document.
func (r *Renderer) Page(w io.Writer, v View) error {
	if err := r.t.ExecuteTemplate(w, "page", v); err != nil {
		return fmt.Errorf("research: render: %w", err)
	}
	return nil
}

// DefaultPeriod is the twelve months up to and including today in
// Asia/Tokyo.
func DefaultPeriod(now time.Time) Period {
	loc := Tokyo()
	today := now.In(loc)
	end := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, loc).AddDate(0, 0, 1)
	return Period{From: end.AddDate(-1, 0, 0).UTC(), To: end.UTC()}
}

// PeriodFromQuery reads from and to (YYYY-MM-DD) from a query, defaulting
// to DefaultPeriod.
func PeriodFromQuery(q url.Values, now time.Time) (Period, error) {
	from, to := q.Get("from"), q.Get("to")
	if from == "" && to == "" {
		return DefaultPeriod(now), nil
	}
	def := DefaultPeriod(now)
	loc := Tokyo()
	if from == "" {
		from = def.From.In(loc).Format(time.DateOnly)
	}
	if to == "" {
		to = def.To.In(loc).AddDate(0, 0, -1).Format(time.DateOnly)
	}
	return ParsePeriod(from, to)
}

// Handler serves the dashboard page, its stylesheet and its CSV files.
// Mount Page at the dashboard's path, Style at path/dashboard.css and CSV at
// path/{name}, behind the staff sign-in; the figures are aggregates and hold
// no personal data.
type Handler struct {
	Dashboard *Dashboard
	Renderer  *Renderer
	Log       *slog.Logger
	Base      string           // the page's path, e.g. "/research"
	Now       func() time.Time // nil: time.Now
}

func (h *Handler) now() time.Time {
	if h.Now != nil {
		return h.Now()
	}
	return time.Now()
}

func (h *Handler) figures(w http.ResponseWriter, r *http.Request) (*Figures, bool) {
	p, err := PeriodFromQuery(r.URL.Query(), h.now())
	if err != nil {
		http.Error(w, "期間の指定が正しくありません（YYYY-MM-DD）", http.StatusBadRequest)
		return nil, false
	}
	f, err := h.Dashboard.Compute(r.Context(), p)
	if err != nil {
		h.Log.Error("research: dashboard", "err", err)
		http.Error(w, "集計に失敗しました", http.StatusInternalServerError)
		return nil, false
	}
	return f, true
}

// Page serves the dashboard as a standalone page (Register puts it in the
// staff UI's layout instead).
func (h *Handler) Page(w http.ResponseWriter, r *http.Request) {
	f, ok := h.figures(w, r)
	if !ok {
		return
	}
	var buf bytes.Buffer
	if err := h.Renderer.Page(&buf, NewView(h.Base, f)); err != nil {
		h.Log.Error("research: dashboard", "err", err)
		http.Error(w, "表示に失敗しました", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = buf.WriteTo(w)
}

// Style serves the dashboard's stylesheet; mount it at Base/dashboard.css.
func (h *Handler) Style(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(stylesheet)
}

// CSV serves one table as CSV; the path value "name" is NAME.csv.
func (h *Handler) CSV(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutSuffix(r.PathValue("name"), ".csv")
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, ok := h.figures(w, r)
	if !ok {
		return
	}
	t, ok := f.Table(name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	v := NewView(h.Base, f)
	var buf bytes.Buffer
	if err := t.WriteCSV(&buf); err != nil {
		h.Log.Error("research: csv", "err", err)
		http.Error(w, "CSV の作成に失敗しました", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s_%s_%s.csv"`, name, v.From, v.To))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = buf.WriteTo(w)
}
