// Package matching ranks the open hospital posts for a physician, and the
// physicians for a hospital, by a score that explains itself field by field
// in Japanese: specialty, place, employment, start and days per week.
//
// A lead is reduced to a Profile; a Matcher turns profiles into compact bit
// sets once (see Pool), so that scoring one pair is a handful of bit
// operations and the whole physician × post matrix is cheap.
package matching

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
)

// Nationwide is the contract's value for "anywhere in Japan".
const Nationwide = "全国"

// Profile is a lead reduced to what matching looks at.
type Profile struct {
	ID          int64
	Category    lead.Category // lead.Doctor or lead.Hospital
	Label       string        // what staff recognise the lead by (organisation or name)
	Specialties []string      // canonical names
	Prefectures []string      // canonical names, or the single value 全国
	Employment  []string      // lead.FullTime, lead.PartTime, lead.Spot
	DaysPerWeek int           // 0 when not stated
	Start       string        // YYYY-MM or YYYY-MM-DD, "" when not stated
}

// Field names of a Reason.
const (
	FieldSpecialty  = "specialty"
	FieldPlace      = "place"
	FieldEmployment = "employment"
	FieldStart      = "start"
	FieldDays       = "days"
)

// Reason explains the points one field gave.
type Reason struct {
	Field  string
	Points int
	Text   string // in Japanese, e.g. "診療科が一致: 整形外科"
}

// Suggestion is one ranked candidate with its score and reasons.
type Suggestion struct {
	Candidate Profile
	Score     int
	Reasons   []Reason
}

// kinds of outcome per field; the zero value of each is "no fit".
const (
	kNone = iota
	kSame
	kBroad
	kGroup
	kGeneral
	kUnknown
	kNeighbor
	kNationwide
	kRegion
	kMore
	kNear
	kSoon
	kEnough
	kExcluded
)

// Employment levels as bits, ordered by commitment.
const (
	empSpot uint8 = 1 << iota
	empPart
	empFull
)

// compiled is a profile as bit sets over the vocabulary.
type compiled struct {
	spec       uint64 // specialties by vocabulary index
	groups     uint8  // specialty groups
	general    bool   // has 総合診療科 or 内科
	pref       uint64 // prefectures by vocabulary index
	neigh      uint64 // neighbours of any of its prefectures
	region     uint16 // primary regions of its prefectures
	nationwide bool
	emp        uint8
	start      int32 // months since year 0; -1 when unknown
	days       int8
}

// outcome is the evaluation of one physician × post pair.
type outcome struct {
	spec, place, emp, start, days uint8
	score                         int
}

// Matcher scores pairs of profiles with fixed weights over a vocabulary. It
// is immutable and safe for concurrent use.
type Matcher struct {
	w   Weights
	voc *vocab.Vocab

	specIdx   map[string]int
	specGroup []uint8 // group bit per specialty index
	groupName []string
	naika     uint8 // the group bit of 内科 (内科系)
	generals  uint64
	prefIdx   map[string]int
	neigh     []uint64 // per prefecture index
	region    []uint16 // primary-region bit per prefecture index
	regions   []string
	tab       tables
}

// New returns a Matcher over the vocabulary v with weights w.
func New(v *vocab.Vocab, w Weights) (*Matcher, error) {
	if len(v.Specialties) > 64 || len(v.Prefectures) > 64 {
		return nil, fmt.Errorf("matching: vocabulary too large for bit sets (%d specialties, %d prefectures)",
			len(v.Specialties), len(v.Prefectures))
	}
	m := &Matcher{w: w, voc: v, specIdx: map[string]int{}, prefIdx: map[string]int{}}
	groupBit := map[string]uint8{}
	for i, s := range v.Specialties {
		m.specIdx[s.Name] = i
		b, ok := groupBit[s.Group]
		if !ok {
			if len(groupBit) == 8 {
				return nil, fmt.Errorf("matching: more than 8 specialty groups")
			}
			b = 1 << len(groupBit)
			groupBit[s.Group] = b
			m.groupName = append(m.groupName, s.Group)
		}
		m.specGroup = append(m.specGroup, b)
	}
	for _, g := range []string{"内科", "総合診療科"} {
		i, ok := m.specIdx[g]
		if !ok {
			return nil, fmt.Errorf("matching: vocabulary lacks %s", g)
		}
		m.generals |= 1 << i
	}
	m.naika = m.specGroup[m.specIdx["内科"]]
	regionBit := map[string]uint16{}
	for i, p := range v.Prefectures {
		m.prefIdx[p.Name] = i
		b, ok := regionBit[p.Region]
		if !ok {
			if len(regionBit) == 16 {
				return nil, fmt.Errorf("matching: more than 16 regions")
			}
			b = 1 << len(regionBit)
			regionBit[p.Region] = b
			m.regions = append(m.regions, p.Region)
		}
		m.region = append(m.region, b)
	}
	m.neigh = make([]uint64, len(v.Prefectures))
	for i, p := range v.Prefectures {
		for _, n := range p.Neighbors {
			m.neigh[i] |= 1 << m.prefIdx[n]
		}
	}
	m.buildTables()
	return m, nil
}

// Weights returns the matcher's weights.
func (m *Matcher) Weights() Weights { return m.w }

func (m *Matcher) compile(p *Profile) compiled {
	c := compiled{start: -1}
	for _, s := range p.Specialties {
		if i, ok := m.specIdx[s]; ok {
			c.spec |= 1 << i
			c.groups |= m.specGroup[i]
		}
	}
	c.general = c.spec&m.generals != 0
	for _, name := range p.Prefectures {
		if name == Nationwide {
			c.nationwide = true
			continue
		}
		if i, ok := m.prefIdx[name]; ok {
			c.pref |= 1 << i
			c.neigh |= m.neigh[i]
			c.region |= m.region[i]
		}
	}
	c.neigh &^= c.pref
	for _, e := range p.Employment {
		switch e {
		case lead.FullTime:
			c.emp |= empFull
		case lead.PartTime:
			c.emp |= empPart
		case lead.Spot:
			c.emp |= empSpot
		}
	}
	c.start = parseMonth(p.Start)
	if p.DaysPerWeek > 0 && p.DaysPerWeek <= 7 {
		c.days = int8(p.DaysPerWeek)
	}
	return c
}

// parseMonth turns YYYY-MM or YYYY-MM-DD into months since year 0, or -1.
func parseMonth(s string) int32 {
	if len(s) < 7 || s[4] != '-' {
		return -1
	}
	y, err1 := strconv.Atoi(s[:4])
	mo, err2 := strconv.Atoi(s[5:7])
	if err1 != nil || err2 != nil || mo < 1 || mo > 12 {
		return -1
	}
	return int32(y*12 + mo - 1)
}

// evaluate scores physician d against post p and says which case of each
// field applied. It is the definition of the score: explanations are
// derived from its outcome, and points is its fast form for the matrix.
func (m *Matcher) evaluate(d, p *compiled) outcome {
	w := &m.w
	var o outcome

	// Employment first: an incompatible pair is not suggested at all.
	switch {
	case d.emp == 0 || p.emp == 0:
		o.emp, o.score = kUnknown, w.EmploymentUnknown
	case d.emp&p.emp != 0:
		o.emp, o.score = kSame, w.EmploymentSame
	case highBit(d.emp) > p.emp&-p.emp:
		o.emp, o.score = kMore, w.EmploymentMore
	default:
		o.emp = kExcluded
		return o
	}

	switch {
	case d.spec == 0 || p.spec == 0:
		o.spec = kUnknown
		o.score += w.SpecialtyUnknown
	case d.spec&p.spec != 0:
		o.spec = kSame
		o.score += w.SpecialtySame
	case (d.general && p.groups&m.naika != 0) || (p.general && d.groups&m.naika != 0):
		o.spec = kBroad
		o.score += w.SpecialtyBroad
	case d.groups&p.groups != 0:
		o.spec = kGroup
		o.score += w.SpecialtyGroup
	case d.general || p.general:
		o.spec = kGeneral
		o.score += w.SpecialtyGeneral
	}

	place, pts := uint8(kNone), 0
	if d.pref&p.pref != 0 {
		place, pts = kSame, w.PlaceSame
	} else {
		if d.nationwide || p.nationwide {
			place, pts = kNationwide, w.PlaceNationwide
		} else if (d.pref == 0) || (p.pref == 0) {
			place, pts = kUnknown, w.PlaceUnknown
		}
		if d.neigh&p.pref != 0 && w.PlaceNeighbor > pts {
			place, pts = kNeighbor, w.PlaceNeighbor
		} else if d.region&p.region != 0 && w.PlaceRegion > pts {
			place, pts = kRegion, w.PlaceRegion
		}
	}
	o.place = place
	o.score += pts

	switch {
	case d.start < 0 || p.start < 0:
		o.start = kUnknown
		o.score += w.StartUnknown
	default:
		diff := d.start - p.start
		if diff < 0 {
			diff = -diff
		}
		if diff <= int32(w.StartNearMonths) {
			o.start = kNear
			o.score += w.StartNear
		} else if diff <= int32(w.StartSoonMonths) {
			o.start = kSoon
			o.score += w.StartSoon
		}
	}

	switch {
	case d.days == 0 || p.days == 0:
		o.days = kUnknown
		o.score += w.DaysUnknown
	case d.days >= p.days:
		o.days = kEnough
		o.score += w.DaysEnough
	}
	return o
}

func highBit(b uint8) uint8 { return 1 << (7 - bits.LeadingZeros8(b)) }

// Explain scores physician d against post h and gives the reasons field by
// field. ok is false when the pair is excluded (incompatible employment);
// the reasons then say why.
func (m *Matcher) Explain(d, h Profile) (score int, reasons []Reason, ok bool) {
	dc, hc := m.compile(&d), m.compile(&h)
	o := m.evaluate(&dc, &hc)
	return o.score, m.reasons(o, &d, &h, &dc, &hc), o.emp != kExcluded
}

func (m *Matcher) reasons(o outcome, d, h *Profile, dc, hc *compiled) []Reason {
	w := &m.w
	var rs []Reason
	if o.emp == kExcluded {
		return []Reason{{FieldEmployment, 0, fmt.Sprintf("勤務形態が合わない: 希望 %s / 募集 %s",
			employmentText(d.Employment), employmentText(h.Employment))}}
	}

	switch o.spec {
	case kSame:
		rs = append(rs, Reason{FieldSpecialty, w.SpecialtySame, "診療科が一致: " + m.specNames(dc.spec&hc.spec)})
	case kBroad:
		rs = append(rs, Reason{FieldSpecialty, w.SpecialtyBroad, "幅広く対応: " + m.specPair(dc, hc, true)})
	case kGroup:
		g := dc.groups & hc.groups
		rs = append(rs, Reason{FieldSpecialty, w.SpecialtyGroup, fmt.Sprintf("同じ系統（%s）: %s",
			m.groupName[bits.TrailingZeros8(g)], m.specPair(dc, hc, false))})
	case kGeneral:
		rs = append(rs, Reason{FieldSpecialty, w.SpecialtyGeneral, "総合診療として対応: " + m.specPair(dc, hc, true)})
	case kUnknown:
		rs = append(rs, Reason{FieldSpecialty, w.SpecialtyUnknown, "診療科の指定なし（" + sideMissing(dc.spec == 0, hc.spec == 0) + "）"})
	default:
		rs = append(rs, Reason{FieldSpecialty, 0, fmt.Sprintf("診療科が異なる: %s ↔ %s",
			m.specNames(dc.spec), m.specNames(hc.spec))})
	}

	switch o.place {
	case kSame:
		rs = append(rs, Reason{FieldPlace, w.PlaceSame, "都道府県が一致: " + m.prefNames(dc.pref&hc.pref)})
	case kNeighbor:
		a, b := m.neighborPair(dc, hc)
		rs = append(rs, Reason{FieldPlace, w.PlaceNeighbor, "隣県: " + a + " ↔ " + b})
	case kNationwide:
		rs = append(rs, Reason{FieldPlace, w.PlaceNationwide, "全国可: " + m.placeText(dc) + " ↔ " + m.placeText(hc)})
	case kRegion:
		r := dc.region & hc.region
		a, b := m.regionPair(dc, hc, r)
		rs = append(rs, Reason{FieldPlace, w.PlaceRegion, fmt.Sprintf("同じ地方（%s）: %s ↔ %s",
			m.regions[bits.TrailingZeros16(r)], a, b)})
	case kUnknown:
		rs = append(rs, Reason{FieldPlace, w.PlaceUnknown, "地域の指定なし（" + sideMissing(dc.pref == 0, hc.pref == 0) + "）"})
	default:
		rs = append(rs, Reason{FieldPlace, 0, "地域が離れている: " + m.placeText(dc) + " ↔ " + m.placeText(hc)})
	}

	switch o.emp {
	case kSame:
		rs = append(rs, Reason{FieldEmployment, w.EmploymentSame, "勤務形態が一致: " + employmentText(commonTerms(d.Employment, h.Employment))})
	case kMore:
		rs = append(rs, Reason{FieldEmployment, w.EmploymentMore, fmt.Sprintf("募集以上の勤務が可能: 希望 %s / 募集 %s",
			employmentText(d.Employment), employmentText(h.Employment))})
	case kUnknown:
		rs = append(rs, Reason{FieldEmployment, w.EmploymentUnknown, "勤務形態の指定なし（" + sideMissing(dc.emp == 0, hc.emp == 0) + "）"})
	}

	switch o.start {
	case kNear, kSoon:
		pts := w.StartNear
		if o.start == kSoon {
			pts = w.StartSoon
		}
		rs = append(rs, Reason{FieldStart, pts, fmt.Sprintf("開始時期が近い: %s ↔ %s（%dか月差）",
			monthText(dc.start), monthText(hc.start), absDiff(dc.start, hc.start))})
	case kUnknown:
		rs = append(rs, Reason{FieldStart, w.StartUnknown, "開始時期の指定なし（" + sideMissing(dc.start < 0, hc.start < 0) + "）"})
	default:
		rs = append(rs, Reason{FieldStart, 0, fmt.Sprintf("開始時期が離れている: %s ↔ %s（%dか月差）",
			monthText(dc.start), monthText(hc.start), absDiff(dc.start, hc.start))})
	}

	switch o.days {
	case kEnough:
		rs = append(rs, Reason{FieldDays, w.DaysEnough, fmt.Sprintf("勤務日数が合う: 希望 週%d日 / 募集 週%d日", dc.days, hc.days)})
	case kUnknown:
		rs = append(rs, Reason{FieldDays, w.DaysUnknown, "勤務日数の指定なし（" + sideMissing(dc.days == 0, hc.days == 0) + "）"})
	default:
		rs = append(rs, Reason{FieldDays, 0, fmt.Sprintf("勤務日数が不足: 希望 週%d日 / 募集 週%d日", dc.days, hc.days)})
	}
	return rs
}

func sideMissing(doctor, hospital bool) string {
	switch {
	case doctor && hospital:
		return "双方"
	case doctor:
		return "医師側"
	default:
		return "医療機関側"
	}
}

func (m *Matcher) specNames(set uint64) string {
	var names []string
	for set != 0 {
		i := bits.TrailingZeros64(set)
		names = append(names, m.voc.Specialties[i].Name)
		set &^= 1 << i
	}
	return strings.Join(names, "・")
}

func (m *Matcher) prefNames(set uint64) string {
	var names []string
	for set != 0 {
		i := bits.TrailingZeros64(set)
		names = append(names, m.voc.Prefectures[i].Name)
		set &^= 1 << i
	}
	return strings.Join(names, "・")
}

// specPair names the physician's and the post's specialties that made a
// broad, general or group fit.
func (m *Matcher) specPair(dc, hc *compiled, general bool) string {
	pick := func(c, other *compiled) string {
		set := c.spec
		switch {
		case general && c.spec&m.generals != 0:
			set = c.spec & m.generals
		case general:
			set = m.inGroups(c.spec, m.naika)
		default:
			set = m.inGroups(c.spec, other.groups)
		}
		if set == 0 {
			set = c.spec
		}
		return m.voc.Specialties[bits.TrailingZeros64(set)].Name
	}
	return pick(dc, hc) + " ↔ " + pick(hc, dc)
}

// inGroups returns the specialties of set that belong to one of groups.
func (m *Matcher) inGroups(set uint64, groups uint8) uint64 {
	var out uint64
	for s := set; s != 0; s &= s - 1 {
		i := bits.TrailingZeros64(s)
		if m.specGroup[i]&groups != 0 {
			out |= 1 << i
		}
	}
	return out
}

func (m *Matcher) neighborPair(dc, hc *compiled) (string, string) {
	for s := dc.pref; s != 0; s &= s - 1 {
		i := bits.TrailingZeros64(s)
		if n := m.neigh[i] & hc.pref; n != 0 {
			return m.voc.Prefectures[i].Name, m.voc.Prefectures[bits.TrailingZeros64(n)].Name
		}
	}
	return m.prefNames(dc.pref), m.prefNames(hc.pref)
}

func (m *Matcher) regionPair(dc, hc *compiled, r uint16) (string, string) {
	first := func(set uint64) string {
		for s := set; s != 0; s &= s - 1 {
			i := bits.TrailingZeros64(s)
			if m.region[i]&r != 0 {
				return m.voc.Prefectures[i].Name
			}
		}
		return ""
	}
	return first(dc.pref), first(hc.pref)
}

func (m *Matcher) placeText(c *compiled) string {
	if c.nationwide {
		return Nationwide
	}
	if c.pref == 0 {
		return "指定なし"
	}
	return m.prefNames(c.pref)
}

// EmploymentLabel returns the Japanese label of an employment term.
func EmploymentLabel(term string) string {
	switch term {
	case lead.FullTime:
		return "常勤"
	case lead.PartTime:
		return "非常勤"
	case lead.Spot:
		return "スポット"
	}
	return term
}

func employmentText(terms []string) string {
	if len(terms) == 0 {
		return "指定なし"
	}
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = EmploymentLabel(t)
	}
	return strings.Join(out, "・")
}

func commonTerms(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

func monthText(m int32) string { return fmt.Sprintf("%04d-%02d", m/12, m%12+1) }

func absDiff(a, b int32) int32 {
	if a > b {
		return a - b
	}
	return b - a
}
