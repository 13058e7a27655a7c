package research

import (
	"fmt"
	"html/template"
	"math"
	"strings"
)

// tile is a prefecture's place on the tile-grid map: column and row.
type tile struct{ col, row int }

// tiles places the 47 prefectures (by JIS code) on a 13 × 12 grid that
// keeps neighbours near each other, north-east at the top right.
func tiles() map[string]tile {
	return map[string]tile{
		"01": {12, 0},
		"02": {12, 2},
		"05": {11, 3}, "03": {12, 3},
		"06": {11, 4}, "04": {12, 4},
		"17": {8, 5}, "16": {9, 5}, "15": {10, 5}, "07": {11, 5},
		"18": {7, 6}, "21": {8, 6}, "20": {9, 6}, "10": {10, 6}, "09": {11, 6}, "08": {12, 6},
		"32": {3, 7}, "31": {4, 7}, "28": {5, 7}, "26": {6, 7}, "25": {7, 7}, "23": {8, 7}, "19": {9, 7}, "11": {10, 7}, "12": {11, 7},
		"41": {0, 8}, "40": {1, 8}, "35": {2, 8}, "34": {3, 8}, "33": {4, 8}, "27": {5, 8}, "29": {6, 8}, "24": {7, 8}, "22": {8, 8}, "14": {9, 8}, "13": {10, 8},
		"42": {0, 9}, "43": {1, 9}, "44": {2, 9}, "38": {3, 9}, "37": {4, 9}, "36": {5, 9}, "30": {6, 9},
		"46": {1, 10}, "45": {2, 10}, "39": {4, 10},
		"47": {0, 11},
	}
}

// Palette is a sequential colour scale, lightest first.
type Palette []string

// Blues is the physicians' palette (ColorBrewer Blues, five classes).
func Blues() Palette { return Palette{"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"} }

// Oranges is the hospitals' palette (ColorBrewer Oranges, five classes).
func Oranges() Palette { return Palette{"#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603"} }

const zeroFill = "#f2f2f2"

// classes splits 1..max into at most len(p) ranges of equal width and
// returns their upper bounds.
func classes(max, n int) []int {
	if max <= 0 {
		return nil
	}
	n = min(n, max)
	out := make([]int, n)
	for i := range n {
		out[i] = int(math.Ceil(float64(max) * float64(i+1) / float64(n)))
	}
	return out
}

func fill(v int, bounds []int, p Palette) string {
	if v <= 0 || len(bounds) == 0 {
		return zeroFill
	}
	for i, b := range bounds {
		if v <= b {
			// Spread the classes over the palette when there are fewer.
			return p[i*(len(p)-1)/max(len(bounds)-1, 1)]
		}
	}
	return p[len(p)-1]
}

func esc(s string) string { return template.HTMLEscapeString(s) }

// MapValue is one prefecture's value on the map.
type MapValue struct {
	Code, Name, Short string
	Count             int
}

// TileMap renders the 47 prefectures as a tile-grid map coloured by count,
// with a legend. Each prefecture is a <g> with id "pref-CODE" and the
// attributes data-name and data-count.
func TileMap(title string, values []MapValue, p Palette) template.HTML {
	const size, gap, left, top = 46, 4, 10, 40
	grid := tiles()
	maxv := 0
	for _, v := range values {
		maxv = max(maxv, v.Count)
	}
	bounds := classes(maxv, len(p))
	w, h := left+13*(size+gap)+170, top+12*(size+gap)+10
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="tilemap" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`,
		w, h, w, h, esc(title))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(title))
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="16" font-weight="bold">%s</text>`, left, esc(title))
	for _, v := range values {
		t, ok := grid[v.Code]
		if !ok {
			continue
		}
		x, y := left+t.col*(size+gap), top+t.row*(size+gap)
		fg := "#222"
		if c := fill(v.Count, bounds, p); c == p[len(p)-1] || c == p[max(len(p)-2, 0)] {
			fg = "#fff"
		}
		fmt.Fprintf(&b, `<g class="pref" id="pref-%s" data-name="%s" data-count="%d">`, esc(v.Code), esc(v.Name), v.Count)
		fmt.Fprintf(&b, `<title>%s: %d</title>`, esc(v.Name), v.Count)
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="4" fill="%s" stroke="#999" stroke-width="0.5"/>`,
			x, y, size, size, fill(v.Count, bounds, p))
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="middle" fill="%s">%s</text>`, x+size/2, y+18, fg, esc(v.Short))
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" font-weight="bold" text-anchor="middle" fill="%s">%d</text>`, x+size/2, y+36, fg, v.Count)
		b.WriteString(`</g>`)
	}
	// Legend.
	lx, ly := left+13*(size+gap)+10, top
	fmt.Fprintf(&b, `<g class="legend"><text x="%d" y="%d" font-size="12">件数</text>`, lx, ly+10)
	row := func(i int, color, label string) {
		y := ly + 20 + i*22
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="18" height="18" fill="%s" stroke="#999" stroke-width="0.5"/>`, lx, y, color)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12">%s</text>`, lx+24, y+14, esc(label))
	}
	row(0, zeroFill, "0")
	lo := 1
	for i, hi := range bounds {
		label := fmt.Sprintf("%d–%d", lo, hi)
		if lo == hi {
			label = fmt.Sprint(hi)
		}
		row(i+1, fill(hi, bounds, p), label)
		lo = hi + 1
	}
	b.WriteString(`</g></svg>`)
	return template.HTML(b.String())
}

// Series is one set of bars of a chart.
type Series struct {
	Name   string
	Color  string
	Values []int
}

// BarChart renders horizontal grouped bars: one group per label, one bar
// per series, with the value at the end of each bar and a legend.
func BarChart(title string, labels []string, series []Series) template.HTML {
	const labelW, barH, gap, top, chartW = 150, 14, 10, 56, 460
	maxv := 1
	for _, s := range series {
		for _, v := range s.Values {
			maxv = max(maxv, v)
		}
	}
	groupH := len(series)*barH + gap
	w, h := labelW+chartW+60, top+len(labels)*groupH+10
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="barchart" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`,
		w, h, w, h, esc(title))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(title))
	fmt.Fprintf(&b, `<text x="10" y="22" font-size="16" font-weight="bold">%s</text>`, esc(title))
	for i, s := range series {
		x := labelW + i*130
		fmt.Fprintf(&b, `<rect x="%d" y="32" width="12" height="12" fill="%s"/><text x="%d" y="43" font-size="12">%s</text>`,
			x, esc(s.Color), x+16, esc(s.Name))
	}
	for i, l := range labels {
		y := top + i*groupH
		fmt.Fprintf(&b, `<g class="bar-group" data-label="%s">`, esc(l))
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" text-anchor="end">%s</text>`, labelW-8, y+len(series)*barH/2+4, esc(l))
		for j, s := range series {
			v := 0
			if i < len(s.Values) {
				v = s.Values[i]
			}
			bw := v * chartW / maxv
			by := y + j*barH
			fmt.Fprintf(&b, `<rect class="bar" x="%d" y="%d" width="%d" height="%d" fill="%s" data-series="%s" data-value="%d"><title>%s %s: %d</title></rect>`,
				labelW, by, bw, barH-2, esc(s.Color), esc(s.Name), v, esc(l), esc(s.Name), v)
			fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11">%d</text>`, labelW+bw+4, by+barH-4, v)
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// Chart colours of the two sides and the campaign series.
const (
	ColorDoctor   = "#3182bd"
	ColorHospital = "#e6550d"
	ColorSent     = "#31a354"
	ColorBounced  = "#de2d26"
	ColorUnsub    = "#756bb1"
)

// DoctorMap and HospitalMap are the tile-grid maps of leads per prefecture.
func (f *Figures) DoctorMap() template.HTML {
	return TileMap("医師の希望勤務地（都道府県別）", f.mapValues(func(p PrefectureCount) int { return p.Doctors }), Blues())
}

// HospitalMap is the map of hospital leads per prefecture.
func (f *Figures) HospitalMap() template.HTML {
	return TileMap("医療機関の募集（都道府県別）", f.mapValues(func(p PrefectureCount) int { return p.Hospitals }), Oranges())
}

func (f *Figures) mapValues(v func(PrefectureCount) int) []MapValue {
	out := make([]MapValue, len(f.Prefectures))
	for i, p := range f.Prefectures {
		out[i] = MapValue{Code: p.Code, Name: p.Name, Short: p.Short, Count: v(p)}
	}
	return out
}

// SpecialtyChart is supply against demand for the specialties that have
// any.
func (f *Figures) SpecialtyChart() template.HTML {
	var labels []string
	var sup, dem []int
	for _, s := range f.Specialties {
		if s.Supply == 0 && s.Demand == 0 {
			continue
		}
		labels = append(labels, s.Name)
		sup, dem = append(sup, s.Supply), append(dem, s.Demand)
	}
	return BarChart("診療科別の需給", labels, []Series{{"医師（供給）", ColorDoctor, sup}, {"医療機関（需要）", ColorHospital, dem}})
}

// FunnelChart is the funnel from inquiry to placement.
func (f *Figures) FunnelChart() template.HTML {
	labels := make([]string, len(f.Funnel))
	d, h := make([]int, len(f.Funnel)), make([]int, len(f.Funnel))
	for i, s := range f.Funnel {
		labels[i], d[i], h[i] = s.Name, s.Doctors, s.Hospitals
	}
	return BarChart("問い合わせから成約まで", labels, []Series{{"医師", ColorDoctor, d}, {"医療機関", ColorHospital, h}})
}

// ResponseChart is the median time to first response per category, in
// minutes.
func (f *Figures) ResponseChart() template.HTML {
	var labels []string
	var mins []int
	for _, r := range f.Responses {
		labels = append(labels, CategoryLabel(r.Category))
		mins = append(mins, int(math.Round(r.Median.Minutes())))
	}
	return BarChart("初回返信までの時間（中央値・分）", labels, []Series{{"中央値（分）", ColorDoctor, mins}})
}

// CampaignChart is the campaigns' counts over time.
func (f *Figures) CampaignChart() template.HTML {
	labels := make([]string, len(f.Campaigns))
	s, bo, u := make([]int, len(f.Campaigns)), make([]int, len(f.Campaigns)), make([]int, len(f.Campaigns))
	for i, c := range f.Campaigns {
		labels[i], s[i], bo[i], u[i] = BucketLabel(c.Start, f.Bucket), c.Sent, c.Bounced, c.Unsubscribed
	}
	return BarChart("キャンペーン配信の推移", labels, []Series{{"送信", ColorSent, s}, {"不達", ColorBounced, bo}, {"配信停止", ColorUnsub, u}})
}
