package main

import (
	"strconv"
	"strings"

	"github.com/md2-rm/madoguchi/internal/lead"
)

// fieldRows returns the contract's person and post fields of f in contract
// order as (name, value) pairs for display; a null field's value is "".
func fieldRows(f lead.Fields) [][2]string {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	num := func(p *int) string {
		if p == nil {
			return ""
		}
		return strconv.Itoa(*p)
	}
	return [][2]string{
		{"name", str(f.Name)},
		{"name_kana", str(f.NameKana)},
		{"email", str(f.Email)},
		{"phone", str(f.Phone)},
		{"age", num(f.Age)},
		{"birth_year", num(f.BirthYear)},
		{"organization", str(f.Organization)},
		{"specialties", strings.Join(f.Specialties, "、")},
		{"prefectures", strings.Join(f.Prefectures, "、")},
		{"municipality", str(f.Municipality)},
		{"employment", strings.Join(f.Employment, ", ")},
		{"days_per_week", num(f.DaysPerWeek)},
		{"start", str(f.Start)},
	}
}
