package extract

import (
	"regexp"
	"sort"
	"strconv"
)

// An era of the Japanese calendar.
type era struct {
	names  []string // written forms, the kanji name first
	offset int      // Gregorian year = offset + era year
	last   int      // the era's last year number
}

var eras = []era{
	{[]string{"明治", "明", "M"}, 1867, 45},
	{[]string{"大正", "大", "T"}, 1911, 15},
	{[]string{"昭和", "昭", "S"}, 1925, 64},
	{[]string{"平成", "平", "H"}, 1988, 31},
	{[]string{"令和", "令", "R"}, 2018, 99},
}

// EraYear converts an era name (昭和, 昭, S, s) and a year number of that era
// to the Gregorian year. ok is false for an unknown era or a year the era
// never reached.
func EraYear(name string, n int) (year int, ok bool) {
	for _, e := range eras {
		for _, w := range e.names {
			if name == w || (len(w) == 1 && len(name) == 1 && name[0]|0x20 == w[0]|0x20) {
				if n < 1 || n > e.last {
					return 0, false
				}
				return e.offset + n, true
			}
		}
	}
	return 0, false
}

// eraDate matches an era date after normalisation: 令和3年4月1日, 昭和33年,
// R3.4, R3.4.1, S33/4/1, H1年. The letter forms need a year followed by a
// separator or 年 so that sizes and room numbers are not read as dates.
var eraDate = regexp.MustCompile(`(明治|大正|昭和|平成|令和)\s?(\d{1,2})\s?年(?:\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?)?` +
	`|(?:^|[^A-Za-z])([MTSHRmtshr])\.?\s?(\d{1,2})(?:(?:年|[./])(?:(\d{1,2})(?:月|[./](\d{1,2})日?|)?)?|生)`)

// A Date is a calendar date that may lack its day or month.
type Date struct {
	Year, Month, Day int // Month and Day are 0 when unknown
}

// String formats the date for the contract: YYYY-MM-DD or YYYY-MM (or YYYY).
func (d Date) String() string {
	switch {
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return pad4(d.Year) + "-" + pad2(d.Month)
	}
	return pad4(d.Year) + "-" + pad2(d.Month) + "-" + pad2(d.Day)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// findEraDates returns every era date in normalised text with its byte span.
func findEraDates(s string) []spanDate {
	var out []spanDate
	pos := positions(s, "明治", "大正", "昭和", "平成", "令和")
	for i := 0; i+1 < len(s); i++ {
		if eraLetters[s[i]] && isEraLetterAt(s, i) {
			pos = append(pos, i)
		}
	}
	if len(pos) == 0 {
		return nil
	}
	sort.Ints(pos)
	for _, m := range findDigitsAt(eraDate, s, 1, 40, pos) {
		var name, y, mo, d string
		get := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		if m[2] >= 0 {
			name, y, mo, d = get(1), get(2), get(3), get(4)
		} else {
			name, y, mo, d = get(5), get(6), get(7), get(8)
		}
		n, _ := strconv.Atoi(y)
		year, ok := EraYear(name, n)
		if !ok {
			continue
		}
		dt := Date{Year: year}
		if mo != "" {
			dt.Month, _ = strconv.Atoi(mo)
			if dt.Month < 1 || dt.Month > 12 {
				continue
			}
			if d != "" {
				dt.Day, _ = strconv.Atoi(d)
				if dt.Day < 1 || dt.Day > 31 {
					dt.Day = 0
				}
			}
		}
		start := m[0]
		if m[2] < 0 && m[10] > start {
			start = m[10]
		}
		out = append(out, spanDate{start: start, end: m[1], date: dt})
	}
	return out
}

// eraLetters marks the letters of the eras in either case.
var eraLetters = func() (t [256]bool) {
	for _, c := range []byte("MTSHRmtshr") {
		t[c] = true
	}
	return t
}()

// isEraLetterAt reports whether s has an era letter at i directly followed
// by a digit, a dot or a space and a digit (S33, R3.4, S.33, H 1): the
// only way the letter form can start.
func isEraLetterAt(s string, i int) bool {
	switch s[i] {
	case 'M', 'T', 'S', 'H', 'R', 'm', 't', 's', 'h', 'r':
		if i+1 >= len(s) {
			return false
		}
		c := s[i+1]
		return c >= '0' && c <= '9' || c == '.' || c == ' ' && i+2 < len(s) && s[i+2] >= '0' && s[i+2] <= '9'
	}
	return false
}

type spanDate struct {
	start, end int
	date       Date
}
