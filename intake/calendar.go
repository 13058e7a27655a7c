package intake

import (
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/jp"
)

// Calendar counts business hours: weekdays from Start to End o'clock in Loc,
// skipping Japanese public holidays (github.com/rickar/cal/v2/jp, corrected
// for the years it gets wrong).
type Calendar struct {
	Loc        *time.Location
	Start, End int // hours of the day, e.g. 9 and 18
}

// holidayFixes corrects rickar/cal's Japanese holidays from the Cabinet
// Office's list (内閣府「国民の祝日について」): no Emperor's Birthday in 2019, and
// Mountain Day moved for the Tokyo Olympics (2020-08-10; 2021-08-08, a Sunday,
// observed on 2021-08-09).
var holidayFixes = map[[3]int]bool{
	{2019, 12, 23}: false,
	{2020, 8, 11}:  false,
	{2020, 8, 10}:  true,
	{2021, 8, 11}:  false,
	{2021, 8, 9}:   true,
}

// NewCalendar returns the secretariat's calendar: 9:00–18:00 in loc.
func NewCalendar(loc *time.Location) *Calendar {
	return &Calendar{Loc: loc, Start: 9, End: 18}
}

// IsHoliday reports whether the day of t (in the calendar's zone) is a
// Japanese public holiday or substitute holiday.
func (c *Calendar) IsHoliday(t time.Time) bool {
	t = t.In(c.Loc)
	y, m, d := t.Date()
	if v, ok := holidayFixes[[3]int{y, int(m), d}]; ok {
		return v
	}
	for _, h := range jp.Holidays {
		if h.Type != cal.ObservancePublic {
			continue
		}
		_, obs := h.Calc(y)
		if obs.IsZero() {
			continue
		}
		oy, om, od := obs.Date()
		if oy == y && om == m && od == d {
			return true
		}
	}
	return false
}

// IsWorkday reports whether t falls on a weekday that is not a holiday.
func (c *Calendar) IsWorkday(t time.Time) bool {
	t = t.In(c.Loc)
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	return !c.IsHoliday(t)
}

// AddBusinessHours returns the moment when the given number of business
// hours have passed after t.
func (c *Calendar) AddBusinessHours(t time.Time, hours int) time.Time {
	t = t.In(c.Loc)
	remain := time.Duration(hours) * time.Hour
	for i := 0; i < 3660; i++ { // ten years of days at most
		y, m, d := t.Date()
		open := time.Date(y, m, d, c.Start, 0, 0, 0, c.Loc)
		close := time.Date(y, m, d, c.End, 0, 0, 0, c.Loc)
		if c.IsWorkday(t) && t.Before(close) {
			if t.Before(open) {
				t = open
			}
			if left := close.Sub(t); remain <= left {
				return t.Add(remain)
			} else {
				remain -= left
			}
		}
		t = time.Date(y, m, d+1, 0, 0, 0, 0, c.Loc)
	}
	return t
}
