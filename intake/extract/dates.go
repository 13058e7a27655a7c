package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/internal/ascii"
	"github.com/md2-rm/madoguchi/internal/substr"
)

// startAbout and startWords follow a date that says when work begins:
// after white space, one of startAbout if any, white space, then one of
// startWords (4月頃から, 2025年4月 開始).
var (
	startAbout = []string{"の頃", "ごろ", "頃"}
	startWords = []string{"から", "より", "以降", "~", "-", "開始", "を予定", "を希望", "予定", "スタート"}
)

// startFollows reports whether s starts with the words after a date that
// say when work begins, as
//
//	^\s*(?:の?頃|ごろ|頃)?\s*(?:から|より|以降|~|-|開始|を予定|を希望|予定|スタート)
//
// matches, reading only as far as those words.
func startFollows(s string) bool {
	s = s[skipSpaces(s, 0):]
	for _, a := range startAbout {
		if rest, ok := strings.CutPrefix(s, a); ok {
			if hasPrefixAny(rest[skipSpaces(rest, 0):], startWords) {
				return true
			}
			break
		}
	}
	return hasPrefixAny(s, startWords)
}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

var (
	gregDate   = regexp.MustCompile(`(\d{4})\s?年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?`)
	slashDate  = regexp.MustCompile(`(?:^|[^\d])(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?(?:[^\d]|$)`)
	relYearMo  = regexp.MustCompile(`(来年|再来年|今年|本年)(?:の)?\s?(\d{1,2})\s?月`)
	springMo   = regexp.MustCompile(`来春\s?(\d{1,2})\s?月`)
	bareMonth  = regexp.MustCompile(`(?:^|[^\d年/.])(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?`)
	fiscalYear = regexp.MustCompile(`(\d{4})\s?年度`)
)

var engMonths = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}

// fiscalStart returns April of the fiscal year after the one containing now
// (the Japanese fiscal year starts in April).
func fiscalStart(now time.Time, next bool) Date {
	y := now.Year()
	if now.Month() < time.April {
		y-- // January–March belong to the fiscal year that began last April
	}
	if next {
		y++
	}
	return Date{Year: y, Month: 4}
}

// nextOccurrence returns the first month m on or after the month of now,
// moving to the next year when m has already passed.
func nextOccurrence(now time.Time, m int) int {
	if m < int(now.Month()) {
		return now.Year() + 1
	}
	return now.Year()
}

// dateMention is a date found in text with where it ends.
type dateMention struct {
	start, end int
	date       Date
	relative   bool
}

// findDates returns the dates written in normalised text, resolving relative
// expressions against now (the mail's Date in Asia/Tokyo). A zero now skips
// relative expressions.
func findDates(s string, now time.Time) []dateMention {
	var out []dateMention
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.end && b > d.start {
				return true
			}
		}
		return false
	}
	add := func(a, b int, d Date, rel bool) {
		if taken(a, b) || d.Year < 1900 || d.Year > 2200 {
			return
		}
		out = append(out, dateMention{a, b, d, rel})
	}
	for _, e := range findEraDates(s) {
		if e.date.Month == 0 && strings.HasPrefix(s[e.end:], "度") {
			// 令和5年度: the fiscal year, which starts in April.
			e.date.Month = 4
			e.end += len("度")
		}
		add(e.start, e.end, e.date, false)
	}
	for _, m := range findDigitsAround(fiscalYear, s, 8, 8, "年度") {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		add(m[0], m[1], Date{Year: y, Month: 4}, false)
	}
	for _, m := range findDigitsAround(gregDate, s, 12, 24, "年") {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d := Date{Year: y, Month: mo}
		if m[6] >= 0 {
			d.Day, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		if mo >= 1 && mo <= 12 && d.Day <= 31 {
			add(m[0], m[1], d, false)
		}
	}
	for _, m := range findDigitsAround(slashDate, s, 6, 10, "/", ".") {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d := Date{Year: y, Month: mo}
		if m[6] >= 0 {
			d.Day, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		if mo >= 1 && mo <= 12 && d.Day <= 31 {
			add(m[2], m[5], d, false)
			if m[6] >= 0 {
				out[len(out)-1].end = m[7]
			}
		}
	}
	for _, m := range ifAny(findEnglishMonths, s, "anuary", "ebruary", "arch", "pril", "ay ", "une", "uly", "ugust", "eptember", "ctober", "ovember", "ecember", "ANUARY", "EBRUARY", "ARCH", "PRIL", "AY ", "UNE", "ULY", "UGUST", "EPTEMBER", "CTOBER", "OVEMBER", "ECEMBER") {
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		add(m[0], m[1], Date{Year: y, Month: engMonths[strings.ToLower(s[m[2]:m[3]])]}, false)
	}
	if now.IsZero() {
		return out
	}
	for _, m := range findDigitsAround(relYearMo, s, 12, 12, "年") {
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y := now.Year()
		switch s[m[2]:m[3]] {
		case "来年":
			y++
		case "再来年":
			y += 2
		}
		if mo >= 1 && mo <= 12 {
			add(m[0], m[1], Date{Year: y, Month: mo}, true)
		}
	}
	for _, m := range findAllIf(springMo, s, "来春") {
		mo, _ := strconv.Atoi(s[m[2]:m[3]])
		if mo >= 1 && mo <= 12 {
			add(m[0], m[1], Date{Year: now.Year() + 1, Month: mo}, true)
		}
	}
	for _, m := range findLiterals(s, "来年度", "次年度", "翌年度") {
		add(m[0], m[1], fiscalStart(now, true), true)
	}
	for _, m := range findLiterals(s, "今年度", "本年度") {
		add(m[0], m[1], fiscalStart(now, false), true)
	}
	for _, m := range findLiterals(s, "再来月") {
		n := now.AddDate(0, 0, 1-now.Day()).AddDate(0, 2, 0)
		add(m[0], m[1], Date{Year: n.Year(), Month: int(n.Month())}, true)
	}
	for _, m := range findLiterals(s, "来月", "翌月") {
		n := now.AddDate(0, 0, 1-now.Day()).AddDate(0, 1, 0)
		add(m[0], m[1], Date{Year: n.Year(), Month: int(n.Month())}, true)
	}
	for _, m := range findDigitsAround(bareMonth, s, 9, 12, "月") {
		mo, _ := strconv.Atoi(s[m[2]:m[3]])
		if mo < 1 || mo > 12 {
			continue
		}
		d := Date{Year: nextOccurrence(now, mo), Month: mo}
		end := m[3] + len("月")
		if m[4] >= 0 {
			d.Day, _ = strconv.Atoi(s[m[4]:m[5]])
			end = m[5] + len("日")
		}
		for end < len(s) && s[end] == ' ' {
			end++
		}
		add(m[2], end, d, true)
	}
	return out
}

// findAllIf runs re only when s contains one of the literals it needs.
func findAllIf(re *regexp.Regexp, s string, lits ...string) [][]int {
	if !hasAny(s, lits...) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// ifAny runs find only when s contains one of the literals it needs.
func ifAny(find func(string) [][]int, s string, lits ...string) [][]int {
	if !hasAny(s, lits...) {
		return nil
	}
	return find(s)
}

// findLiterals returns the bounds of the occurrences of the literals in s,
// in order and without overlaps, as a regexp alternating them would find
// them (none of the literals may be a prefix of another).
func findLiterals(s string, lits ...string) [][2]int {
	var out [][2]int
	for off := 0; off < len(s); {
		best, n := -1, 0
		for _, l := range lits {
			if k := substr.Index(s[off:], l); k >= 0 && (best < 0 || k < best) {
				best, n = k, len(l)
			}
		}
		if best < 0 {
			break
		}
		out = append(out, [2]int{off + best, off + best + n})
		off += best + n
	}
	return out
}

// findAround runs re only on windows around each occurrence of the literals
// (before bytes ahead of it, after bytes past it), so that the work stays
// proportional to the places where a match can be. The windows are wide
// enough for the context the expressions look at; matches are returned with
// offsets into s, in order, without overlaps.
func findAround(re *regexp.Regexp, s string, before, after int, lits ...string) [][]int {
	return findAt(re, s, before, after, positions(s, lits...))
}

// positions returns where the literals occur in s, in order.
func positions(s string, lits ...string) []int {
	var pos []int
	for _, l := range lits {
		for off := 0; ; {
			k := substr.Index(s[off:], l)
			if k < 0 {
				break
			}
			pos = append(pos, off+k)
			off += k + len(l)
		}
	}
	sort.Ints(pos)
	return pos
}

// findDigitsAround is findAround for an expression every match of which
// holds an ASCII digit: a window without one is not searched.
func findDigitsAround(re *regexp.Regexp, s string, before, after int, lits ...string) [][]int {
	return findDigitsAt(re, s, before, after, positions(s, lits...))
}

// findAt is findAround for positions found by the caller.
func findAt(re *regexp.Regexp, s string, before, after int, pos []int) [][]int {
	return findAtIf(re, s, before, after, pos, false)
}

// findDigitsAt is findDigitsAround for positions found by the caller.
func findDigitsAt(re *regexp.Regexp, s string, before, after int, pos []int) [][]int {
	return findAtIf(re, s, before, after, pos, true)
}

// findAtIf is findAt, skipping the windows without an ASCII digit when
// digits is set.
func findAtIf(re *regexp.Regexp, s string, before, after int, pos []int, digits bool) [][]int {
	if len(pos) == 0 {
		return nil
	}
	var out [][]int
	done := 0 // matches must start at or after done
	for _, p := range pos {
		start, end := windowAt(s, p, before, after)
		if digits && ascii.IndexDigit(s[start:end]) < 0 {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(s[start:end], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += start
				}
			}
			if m[0] >= done {
				out = append(out, m)
				done = m[1]
			}
		}
	}
	return out
}

// windowAt returns the bounds of the window findAt reads around p, at rune
// boundaries.
func windowAt(s string, p, before, after int) (start, end int) {
	start = max(0, p-before)
	for start > 0 && !utf8.RuneStart(s[start]) {
		start--
	}
	end = min(len(s), p+after)
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end++
	}
	return start, end
}

// firstAround returns the first match findAround returns, or nil, reading
// the windows only up to the first that holds a match.
func firstAround(re *regexp.Regexp, s string, before, after int, lits ...string) []int {
	for _, p := range positions(s, lits...) {
		start, end := windowAt(s, p, before, after)
		if m := re.FindStringSubmatchIndex(s[start:end]); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i] += start
				}
			}
			return m
		}
	}
	return nil
}

// StartDate finds when work is to begin: the first date in text followed by a
// start cue (から, より, 以降, ~, 開始…), or any date when labelled is true
// (the text is the value of a 開始時期 field). It returns "" when none.
func StartDate(text string, now time.Time, labelled bool) string {
	ds := findDates(text, now)
	var starts []dateMention // the mentions that read as a start
	for _, d := range ds {
		if d.date.Month == 0 {
			continue // a year alone is no start month
		}
		if rest := strings.TrimLeft(text[d.end:], " "); strings.HasPrefix(rest, "末") || strings.HasPrefix(rest, "いっぱい") || strings.HasPrefix(rest, "まで") {
			continue // 6月末で退職, 3月いっぱい: an end, not a start
		}
		after := text[d.end:]
		if strings.HasPrefix(after, "(") {
			if i := strings.IndexByte(after, ')'); i > 0 && i < 24 {
				after = after[i+1:] // 再来月(6月)から
			}
		} else if strings.HasPrefix(after, ")") && strings.HasSuffix(text[:d.start], "(") {
			after = after[1:] // 年度明け(4月)から
		}
		if !labelled && !startFollows(after) && !precededByStart(text[:d.start]) {
			continue
		}
		starts = append(starts, d)
	}
	if len(starts) == 0 {
		return ""
	}
	slices.SortFunc(starts, func(a, b dateMention) int { return a.start - b.start })
	// 8月 → 9月から, (変更前) 8月から (変更後) 10月から: a start changed to
	// the next one gives way to it.
	best := 0
	for best+1 < len(starts) && hasAny(text[starts[best].end:starts[best+1].start], "→", "⇒", "->", "変更後", "に変更") {
		best++
	}
	return starts[best].date.String()
}

var engStart = regexp.MustCompile(`(?i)(?:start(?:ing)?|from|beginning)\s+(?:in\s+|on\s+)?$`)

func precededByStart(before string) bool {
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	// 勤務開始　令和5年4月1日: a label set off by spaces, not a colon.
	b := strings.TrimRight(before, " \t:：は")
	for _, w := range startLabels {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return engStart.MatchString(before)
}

// startLabels end the label or subject of a start date.
var startLabels = []string{"開始", "開始時期", "開始日", "開始予定", "着任", "着任日", "着任時期", "赴任時期", "赴任日", "赴任予定日", "任用日", "任用予定日", "採用予定日"}
