package research

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

type fakeCampaigns []CampaignPoint

func (f fakeCampaigns) CampaignCounts(_ context.Context, p Period, _ string) ([]CampaignPoint, error) {
	var out []CampaignPoint
	for _, c := range f {
		if !c.Start.Before(p.From) && c.Start.Before(p.To) {
			out = append(out, c)
		}
	}
	return out, nil
}

func TestFiguresAgainstDirectCounts(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			st := storetest.Open(t, driver)
			leads := seed(t, st, 400, 1)
			p, err := ParsePeriod("2026-03-01", "2026-09-30")
			if err != nil {
				t.Fatal(err)
			}
			d := &Dashboard{Store: st, Vocab: vocab.Load()}
			f, err := d.Compute(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}

			type pair struct{ d, h int }
			prefs, specs := map[string]pair{}, map[string]pair{}
			funnel := make([]pair, 5)
			delays := map[string][]float64{}
			total := map[string]int{}
			inPeriod := 0
			for _, l := range leads {
				if l.created.Before(p.From) || !l.created.Before(p.To) {
					continue
				}
				inPeriod++
				if l.category == string(lead.Doctor) || l.category == string(lead.Hospital) || l.category == string(lead.General) {
					total[l.category]++
					total[""]++
					if l.firstOut > 0 {
						delays[l.category] = append(delays[l.category], l.firstOut.Seconds())
						delays[""] = append(delays[""], l.firstOut.Seconds())
					}
				}
				add := func(c pair) pair {
					if l.category == string(lead.Doctor) {
						c.d++
					} else {
						c.h++
					}
					return c
				}
				if l.category != string(lead.Doctor) && l.category != string(lead.Hospital) {
					continue
				}
				for _, x := range l.prefectures {
					prefs[x] = add(prefs[x])
				}
				for _, x := range l.specialties {
					specs[x] = add(specs[x])
				}
				for i, reached := range []bool{true, l.firstOut > 0, l.proposed, l.introduced, l.status == store.StatusPlaced} {
					if reached {
						funnel[i] = add(funnel[i])
					}
				}
			}
			if inPeriod < 100 {
				t.Fatalf("only %d seeded leads in the period: the test checks too little", inPeriod)
			}

			if len(f.Prefectures) != 47 {
				t.Fatalf("%d prefectures, want 47", len(f.Prefectures))
			}
			nonzero := 0
			for _, pc := range append(f.Prefectures, f.Nationwide) {
				want := prefs[pc.Name]
				if pc.Doctors != want.d || pc.Hospitals != want.h {
					t.Errorf("%s: %d/%d, want %d/%d", pc.Name, pc.Doctors, pc.Hospitals, want.d, want.h)
				}
				if pc.Doctors+pc.Hospitals > 0 {
					nonzero++
				}
			}
			if nonzero < 20 {
				t.Errorf("only %d prefectures with leads: the sample is too thin", nonzero)
			}
			for _, sc := range f.Specialties {
				want := specs[sc.Name]
				if sc.Supply != want.d || sc.Demand != want.h {
					t.Errorf("%s: supply %d demand %d, want %d/%d", sc.Name, sc.Supply, sc.Demand, want.d, want.h)
				}
			}
			for i, s := range f.Funnel {
				if s.Doctors != funnel[i].d || s.Hospitals != funnel[i].h {
					t.Errorf("funnel %s: %d/%d, want %d/%d", s.Name, s.Doctors, s.Hospitals, funnel[i].d, funnel[i].h)
				}
			}
			for _, r := range f.Responses {
				ds := delays[r.Category]
				if r.Leads != total[r.Category] || r.Answered != len(ds) {
					t.Errorf("responses %q: %d leads %d answered, want %d/%d", r.Category, r.Leads, r.Answered, total[r.Category], len(ds))
				}
				sort.Float64s(ds)
				want := ds[len(ds)/2]
				if len(ds)%2 == 0 {
					want = (ds[len(ds)/2-1] + ds[len(ds)/2]) / 2
				}
				if got := r.Median.Seconds(); got < want-1 || got > want+1 {
					t.Errorf("median %q: %.0fs, want %.0fs", r.Category, got, want)
				}
			}
			if f.CampaignsNote == "" || len(f.CampaignTable().Rows) != 0 {
				t.Errorf("no campaign source: note %q rows %v", f.CampaignsNote, f.CampaignTable().Rows)
			}
		})
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		from, to   string
		wantFrom   string
		wantTo     string
		wantErr    bool
		wantBucket string
	}{
		{"2026-04-01", "2026-04-30", "2026-03-31T15:00:00Z", "2026-04-30T15:00:00Z", false, "day"},
		{"2026-04-01", "2026-09-30", "2026-03-31T15:00:00Z", "2026-09-30T15:00:00Z", false, "week"},
		{"2025-04-01", "2027-03-31", "2025-03-31T15:00:00Z", "2027-03-31T15:00:00Z", false, "month"},
		{"2026-05-01", "2026-04-01", "", "", true, ""},
		{"2026/05/01", "2026-06-01", "", "", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.from+"_"+tt.to, func(t *testing.T) {
			p, err := ParsePeriod(tt.from, tt.to)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if got := p.From.Format(time.RFC3339); got != tt.wantFrom {
				t.Errorf("from %s, want %s", got, tt.wantFrom)
			}
			if got := p.To.Format(time.RFC3339); got != tt.wantTo {
				t.Errorf("to %s, want %s", got, tt.wantTo)
			}
			if got := Bucket(p); got != tt.wantBucket {
				t.Errorf("bucket %s, want %s", got, tt.wantBucket)
			}
		})
	}
}

// svgNode is enough of SVG to find the prefectures and bars.
type svgNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []svgNode  `xml:",any"`
}

func (n *svgNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n *svgNode) walk(fn func(*svgNode)) {
	fn(n)
	for i := range n.Nodes {
		n.Nodes[i].walk(fn)
	}
}

func parseSVG(t *testing.T, s string) *svgNode {
	t.Helper()
	var root svgNode
	if err := xml.Unmarshal([]byte(s), &root); err != nil {
		t.Fatalf("SVG does not parse: %v\n%s", err, s)
	}
	if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("root element %v", root.XMLName)
	}
	return &root
}

func TestTileMapHas47Prefectures(t *testing.T) {
	v := vocab.Load()
	f := &Figures{}
	for i, p := range v.Prefectures {
		f.Prefectures = append(f.Prefectures, PrefectureCount{Code: p.Code, Name: p.Name, Short: p.Short, Doctors: i % 7, Hospitals: (i * 3) % 11})
	}
	for _, tc := range []struct {
		name  string
		svg   string
		count func(PrefectureCount) int
		pal   Palette
	}{
		{"doctors", string(f.DoctorMap()), func(p PrefectureCount) int { return p.Doctors }, Blues()},
		{"hospitals", string(f.HospitalMap()), func(p PrefectureCount) int { return p.Hospitals }, Oranges()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := parseSVG(t, tc.svg)
			seen := map[string]bool{}
			positions := map[string]string{}
			fills := map[string]bool{}
			root.walk(func(n *svgNode) {
				id := n.attr("id")
				if n.XMLName.Local != "g" || !strings.HasPrefix(id, "pref-") {
					return
				}
				code := strings.TrimPrefix(id, "pref-")
				if seen[code] {
					t.Errorf("prefecture %s twice", code)
				}
				seen[code] = true
				p, ok := v.Prefecture(n.attr("data-name"))
				if !ok || p.Code != code {
					t.Errorf("%s: data-name %q", id, n.attr("data-name"))
				}
				want := tc.count(f.Prefectures[mustAtoi(t, code)-1])
				if got := n.attr("data-count"); got != strconv.Itoa(want) {
					t.Errorf("%s: data-count %s, want %d", id, got, want)
				}
				for _, c := range n.Nodes {
					if c.XMLName.Local == "rect" {
						pos := c.attr("x") + "," + c.attr("y")
						if other, dup := positions[pos]; dup {
							t.Errorf("%s and %s share the tile at %s", other, code, pos)
						}
						positions[pos] = code
						fills[c.attr("fill")] = true
						if want == 0 && c.attr("fill") != zeroFill {
							t.Errorf("%s: zero count filled %s", id, c.attr("fill"))
						}
					}
				}
			})
			if len(seen) != 47 {
				t.Errorf("%d prefectures on the map, want 47", len(seen))
			}
			for _, c := range tc.pal {
				if !fills[c] {
					t.Errorf("colour %s of the scale unused", c)
				}
			}
		})
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestBarChart(t *testing.T) {
	root := parseSVG(t, string(BarChart("需給 <テスト>", []string{"内科", "外科"},
		[]Series{{"医師", ColorDoctor, []int{3, 0}}, {"医療機関", ColorHospital, []int{6, 2}}})))
	var got []string
	widths := map[string]int{}
	root.walk(func(n *svgNode) {
		if n.XMLName.Local == "rect" && n.attr("class") == "bar" {
			key := n.attr("data-series") + "=" + n.attr("data-value")
			got = append(got, key)
			w, _ := strconv.Atoi(n.attr("width"))
			widths[key] = w
		}
	})
	if want := []string{"医師=3", "医療機関=6", "医師=0", "医療機関=2"}; !slices.Equal(got, want) {
		t.Errorf("bars %v, want %v", got, want)
	}
	if !(widths["医療機関=6"] > widths["医師=3"] && widths["医師=3"] > widths["医療機関=2"] && widths["医師=0"] == 0) {
		t.Errorf("bar widths not proportional: %v", widths)
	}
}

func TestTablesAndCSV(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	seed(t, st, 200, 2)
	p, _ := ParsePeriod("2026-01-01", "2026-12-31")
	jst := Tokyo()
	camp := fakeCampaigns{
		{Start: time.Date(2026, 4, 1, 0, 0, 0, 0, jst), Sent: 1200, Bounced: 14, Unsubscribed: 3},
		{Start: time.Date(2026, 5, 1, 0, 0, 0, 0, jst), Sent: 900, Bounced: 9, Unsubscribed: 5},
	}
	d := &Dashboard{Store: st, Vocab: vocab.Load(), Campaigns: camp}
	f, err := d.Compute(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	if f.Bucket != "month" && f.Bucket != "week" {
		t.Errorf("bucket %s for a year", f.Bucket)
	}
	for _, tb := range f.Tables() {
		var buf bytes.Buffer
		if err := tb.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		b := buf.Bytes()
		if !bytes.HasPrefix(b, []byte("\ufeff")) {
			t.Errorf("%s: no byte-order mark", tb.Name)
		}
		recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", tb.Name, err)
		}
		if !slices.Equal(recs[0], tb.Header) || len(recs)-1 != len(tb.Rows) {
			t.Errorf("%s: %d records, header %v", tb.Name, len(recs), recs[0])
		}
		for i, r := range tb.Rows {
			if !slices.Equal(recs[i+1], r) {
				t.Errorf("%s row %d: %v, want %v", tb.Name, i, recs[i+1], r)
			}
		}
	}
	if n := len(f.PrefectureTable().Rows); n != 48 {
		t.Errorf("prefecture table has %d rows, want 47 + 全国", n)
	}
	ct := f.CampaignTable()
	if len(ct.Rows) != 2 || ct.Rows[0][1] != "1200" || ct.Rows[1][3] != "5" {
		t.Errorf("campaign table %v", ct.Rows)
	}
	var text bytes.Buffer
	for _, tb := range f.Tables() {
		if err := tb.WriteText(&text); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{"# 都道府県別の問い合わせ", "# 初回返信までの時間", "全国", "1200"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text tables lack %q", want)
		}
	}
}

func TestHandler(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	seed(t, st, 100, 3)
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	h := &Handler{Dashboard: &Dashboard{Store: st, Vocab: vocab.Load()}, Renderer: r, Log: discard(), Base: "/research",
		Now: func() time.Time { return time.Date(2026, 12, 31, 12, 0, 0, 0, time.UTC) }}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /research", h.Page)
	mux.HandleFunc("GET /research/{name}", h.CSV)
	mux.HandleFunc("GET /research/dashboard.css", h.Style)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		path     string
		status   int
		ctype    string
		contains []string
	}{
		{"/research", 200, "text/html", []string{"調査研究", `id="pref-47"`, `id="pref-01"`, "prefectures.csv?from=2026-01-01&to=2026-12-31", "キャンペーンの集計元が設定されていません", `href="/research/dashboard.css"`}},
		{"/research?from=2026-04-01&to=2026-06-30", 200, "text/html", []string{`value="2026-04-01"`, "2026-04-01 – 2026-06-30"}},
		{"/research?from=bad", 400, "text/plain", nil},
		{"/research/prefectures.csv?from=2026-01-01&to=2026-12-31", 200, "text/csv", []string{"コード,都道府県,地方,医師,医療機関", "13,東京都,関東,"}},
		{"/research/funnel.csv", 200, "text/csv", []string{"問い合わせ,"}},
		{"/research/nothing.csv", 404, "text/plain", nil},
		{"/research/dashboard.css", 200, "text/css", []string{".research .charts"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("content type %s, want %s", ct, tt.ctype)
			}
			for _, want := range tt.contains {
				if !strings.Contains(string(body), want) {
					t.Errorf("body lacks %q", want)
				}
			}
		})
	}
}
