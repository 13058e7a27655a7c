package outreach

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Window is a weekly send window in a time zone, e.g. weekdays 9:00-18:00
// JST. The zero Window is always open.
type Window struct {
	days       [7]bool // indexed by time.Weekday
	start, end int     // minutes after midnight; start < end
	loc        *time.Location
	set        bool
}

// ParseWindow parses "mon-fri 09:00-18:00", "sat,sun 10:00-12:00",
// "daily 09:00-18:00" or "09:00-18:00" (every day), in loc. An empty spec is
// always open.
func ParseWindow(spec string, loc *time.Location) (Window, error) {
	spec = strings.TrimSpace(strings.ToLower(spec))
	if spec == "" {
		return Window{}, nil
	}
	w := Window{loc: loc, set: true}
	fields := strings.Fields(spec)
	var days, hours string
	switch len(fields) {
	case 1:
		days, hours = "daily", fields[0]
	case 2:
		days, hours = fields[0], fields[1]
	default:
		return w, fmt.Errorf("send window %q: want e.g. \"mon-fri 09:00-18:00\"", spec)
	}
	names := map[string]time.Weekday{"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday,
		"wed": time.Wednesday, "thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday}
	if days == "daily" {
		for i := range w.days {
			w.days[i] = true
		}
	} else {
		for _, part := range strings.Split(days, ",") {
			a, b, isRange := strings.Cut(part, "-")
			da, ok := names[a]
			if !ok {
				return w, fmt.Errorf("send window %q: unknown day %q", spec, a)
			}
			if !isRange {
				w.days[da] = true
				continue
			}
			db, ok := names[b]
			if !ok {
				return w, fmt.Errorf("send window %q: unknown day %q", spec, b)
			}
			for d := da; ; d = (d + 1) % 7 {
				w.days[d] = true
				if d == db {
					break
				}
			}
		}
	}
	from, to, ok := strings.Cut(hours, "-")
	if !ok {
		return w, fmt.Errorf("send window %q: want hours as 09:00-18:00", spec)
	}
	var err error
	if w.start, err = parseClock(from); err != nil {
		return w, fmt.Errorf("send window %q: %w", spec, err)
	}
	if w.end, err = parseClock(to); err != nil {
		return w, fmt.Errorf("send window %q: %w", spec, err)
	}
	if w.start >= w.end {
		return w, fmt.Errorf("send window %q: the start must be before the end", spec)
	}
	return w, nil
}

func parseClock(s string) (int, error) {
	h, m, ok := strings.Cut(s, ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 24 || mm < 0 || mm > 59 || hh*60+mm > 24*60 {
		return 0, fmt.Errorf("bad time %q", s)
	}
	return hh*60 + mm, nil
}

// Open reports whether mail may be sent at t.
func (w Window) Open(t time.Time) bool {
	if !w.set {
		return true
	}
	lt := t.In(w.loc)
	m := lt.Hour()*60 + lt.Minute()
	return w.days[lt.Weekday()] && m >= w.start && m < w.end
}

// Next returns the first time at or after t when the window is open.
func (w Window) Next(t time.Time) time.Time {
	if w.Open(t) {
		return t
	}
	lt := t.In(w.loc)
	day := time.Date(lt.Year(), lt.Month(), lt.Day(), 0, 0, 0, 0, w.loc)
	for i := 0; i < 8; i++ {
		d := day.AddDate(0, 0, i)
		open := d.Add(time.Duration(w.start) * time.Minute)
		if w.days[d.Weekday()] && !open.Before(t) {
			return open
		}
	}
	return t // no day selected: treated as always closed by Open; never reached for parsed windows
}

// String returns the window as parsed.
func (w Window) String() string {
	if !w.set {
		return "any time"
	}
	var days []string
	for d := time.Sunday; d <= time.Saturday; d++ {
		if w.days[d] {
			days = append(days, d.String()[:3])
		}
	}
	return fmt.Sprintf("%s %02d:%02d-%02d:%02d %s", strings.Join(days, ","), w.start/60, w.start%60, w.end/60, w.end%60, w.loc)
}
