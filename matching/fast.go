package matching

// tables are the per-field points precomputed from the weights, so that
// the matrix's inner loop is table look-ups and bit tests. points must
// always agree with evaluate; TestPointsAgree checks that it does.
type tables struct {
	emp   [8][8]int16 // physician × post employment bits; -1 excluded
	days  [8][8]int16 // physician × post days per week; 0 is unknown
	start [16]int16   // by months apart, the last entry for "further"
}

func (m *Matcher) buildTables() {
	var zero compiled
	for d := range 8 {
		for p := range 8 {
			a, b := zero, zero
			a.emp, b.emp = uint8(d), uint8(p)
			a.days, b.days = int8(d), int8(p)
			o := m.evaluate(&a, &b)
			if o.emp == kExcluded {
				m.tab.emp[d][p] = -1
			} else {
				m.tab.emp[d][p] = int16(m.empPoints(o.emp))
			}
			m.tab.days[d][p] = int16(m.daysPoints(o.days))
		}
	}
	for diff := range len(m.tab.start) {
		a, b := zero, zero
		a.start, b.start = 1000, int32(1000+diff)
		if diff == len(m.tab.start)-1 {
			b.start = 1000 + 1000
		}
		m.tab.start[diff] = int16(m.startPoints(m.evaluate(&a, &b).start))
	}
}

func (m *Matcher) empPoints(k uint8) int {
	switch k {
	case kSame:
		return m.w.EmploymentSame
	case kMore:
		return m.w.EmploymentMore
	case kUnknown:
		return m.w.EmploymentUnknown
	}
	return 0
}

func (m *Matcher) daysPoints(k uint8) int {
	switch k {
	case kEnough:
		return m.w.DaysEnough
	case kUnknown:
		return m.w.DaysUnknown
	}
	return 0
}

func (m *Matcher) startPoints(k uint8) int {
	switch k {
	case kNear:
		return m.w.StartNear
	case kSoon:
		return m.w.StartSoon
	case kUnknown:
		return m.w.StartUnknown
	}
	return 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// points returns the score of physician d against post p, or -1 when the
// pair is excluded. It is evaluate without the explanation.
func (m *Matcher) points(d, p *compiled) int {
	e := int(m.tab.emp[d.emp][p.emp])
	if e < 0 {
		return -1
	}
	w := &m.w
	score := e + int(m.tab.days[d.days][p.days])

	if d.start < 0 || p.start < 0 {
		score += w.StartUnknown
	} else {
		diff := d.start - p.start
		if diff < 0 {
			diff = -diff
		}
		score += int(m.tab.start[min(diff, int32(len(m.tab.start)-1))])
	}

	if d.spec == 0 || p.spec == 0 {
		score += w.SpecialtyUnknown
	} else {
		s := max(
			b2i(d.spec&p.spec != 0)*w.SpecialtySame,
			b2i((d.general && p.groups&m.naika != 0) || (p.general && d.groups&m.naika != 0))*w.SpecialtyBroad,
			b2i(d.groups&p.groups != 0)*w.SpecialtyGroup,
			b2i(d.general || p.general)*w.SpecialtyGeneral,
		)
		score += s
	}

	if d.pref&p.pref != 0 {
		return score + w.PlaceSame
	}
	base := 0
	if d.nationwide || p.nationwide {
		base = w.PlaceNationwide
	} else if d.pref == 0 || p.pref == 0 {
		base = w.PlaceUnknown
	}
	if d.neigh&p.pref != 0 {
		base = max(base, w.PlaceNeighbor)
	} else if d.region&p.region != 0 {
		base = max(base, w.PlaceRegion)
	}
	return score + base
}
