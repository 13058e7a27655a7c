package extract

import (
	"regexp"
	"strings"

	"github.com/md2-rm/madoguchi/intake/cue"
)

// phoneRe matches a Japanese telephone number in normalised text: domestic
// (0AA-BBBB-CCCC, (03)6675-9919, 03(6675)9919, unseparated) or international
// (+81 3-6675-9919, +81 90-...).
var phoneRe = cue.MustCompileRegexp(`(?:\+81[\s-]?\(?0?\)?|\(0|0)\d{0,4}\)?[\s-]?\(?\d{1,4}\)?[\s-]?\d{3,4}`)

// faxLabel matches the labels of fax numbers, which are not phone numbers.
var faxLabel = regexp.MustCompile(`(?i)(?:fax|ファックス|ファクス|ファクシミリ)\s*[:：]?\s*$`)

// telFax is a label for a number that is both telephone and fax
// (TEL/FAX, 電話・FAX): a phone number all the same.
var telFax = regexp.MustCompile(`(?i)(?:tel|電話)\s?[/・&]\s?(?:fax|ファックス|ファクス)\s*[:：]?\s*$`)

// NormalizePhone returns the digits of a domestic number ("0366759919") for
// one written number, or "" when it is not a plausible Japanese number.
func NormalizePhone(s string) string {
	s = Normalize(s)
	var d strings.Builder
	intl := strings.HasPrefix(strings.TrimSpace(s), "+81")
	if intl {
		s = strings.TrimSpace(s)[3:]
		d.WriteByte('0')
	}
	for _, r := range s {
		if isDigit(r) {
			d.WriteRune(r)
		}
	}
	digits := d.String()
	if intl && strings.HasPrefix(digits, "00") {
		digits = digits[1:] // "+81 (0)3 ..." keeps its trunk zero once
	}
	if !strings.HasPrefix(digits, "0") || strings.HasPrefix(digits, "00") {
		return ""
	}
	switch len(digits) {
	case 10:
		return digits
	case 11:
		switch digits[:3] {
		case "090", "080", "070", "060", "050":
			return digits
		}
		if strings.HasPrefix(digits, "0800") {
			return digits
		}
	}
	return ""
}

// Phones returns the telephone numbers in text in order of appearance,
// normalised, skipping fax numbers.
func Phones(text string) []string {
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		if strings.IndexByte(line, '0') < 0 && !strings.Contains(line, "+81") {
			continue // every number phoneRe matches has a 0 or +81
		}
		for _, m := range phoneRe.FindAllStringIndex(line, -1) {
			if m[0] > 0 {
				if c := line[m[0]-1]; c >= '0' && c <= '9' || c == '-' || c == '.' || c == ',' {
					continue
				}
			}
			if m[1] < len(line) {
				if c := line[m[1]]; c >= '0' && c <= '9' || c == '-' {
					continue
				}
			}
			if before := line[:m[0]]; faxLabel.MatchString(before) && !telFax.MatchString(before) {
				continue
			}
			if p := NormalizePhone(line[m[0]:m[1]]); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
