package intake

import (
	"testing"
	"time"
)

func TestCalendarHolidays(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	c := NewCalendar(tokyo)
	tests := []struct {
		date    string
		holiday bool
	}{
		{"2026-01-01", true},  // 元日
		{"2026-01-12", true},  // 成人の日
		{"2026-05-06", true},  // 振替休日 (憲法記念日 on Sunday)
		{"2026-09-22", true},  // 国民の休日 between 敬老の日 and 秋分の日
		{"2026-11-23", true},  // 勤労感謝の日
		{"2026-11-24", false}, // an ordinary Tuesday
		{"2019-12-23", false}, // no Emperor's Birthday in 2019
		{"2020-08-10", true},  // Mountain Day moved for the Olympics
		{"2020-08-11", false},
		{"2021-08-09", true}, // substitute for Mountain Day on Sunday 8 August
		{"2021-08-11", false},
		{"2021-07-22", true}, // Marine Day moved
		{"2021-07-23", true}, // Sports Day moved
		{"2019-05-01", true}, // enthronement
	}
	for _, tt := range tests {
		d, err := time.ParseInLocation("2006-01-02", tt.date, tokyo)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.IsHoliday(d.Add(12 * time.Hour)); got != tt.holiday {
			t.Errorf("IsHoliday(%s) = %v, want %v", tt.date, got, tt.holiday)
		}
	}
}

func TestAddBusinessHours(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	c := NewCalendar(tokyo)
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, tokyo)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name  string
		from  string
		hours int
		want  string
	}{
		{"same day", "2026-11-25 09:30", 4, "2026-11-25 13:30"},
		{"into the next day", "2026-11-25 16:00", 8, "2026-11-26 15:00"},
		{"before opening", "2026-11-25 06:00", 2, "2026-11-25 11:00"},
		{"after closing", "2026-11-25 20:00", 1, "2026-11-26 10:00"},
		{"over a weekend", "2026-11-27 17:00", 8, "2026-11-30 16:00"},
		{"over a holiday and a weekend", "2026-11-20 15:00", 8, "2026-11-24 14:00"}, // 11-23 is a holiday (Monday)
		{"received on Saturday", "2026-11-28 11:00", 8, "2026-11-30 17:00"},
		{"new year", "2026-12-31 10:00", 9, "2027-01-04 10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.AddBusinessHours(at(tt.from), tt.hours)
			if want := at(tt.want); !got.Equal(want) {
				t.Errorf("AddBusinessHours(%s, %d) = %s, want %s", tt.from, tt.hours, got.Format("2006-01-02 15:04 Mon"), tt.want)
			}
		})
	}
}
