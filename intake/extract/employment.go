package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/md2-rm/madoguchi/internal/lead"
)

var (
	fullTimeRe = regexp.MustCompile(`(?i)常勤|full[- ]?time`)
	partTimeRe = regexp.MustCompile(`(?i)非常勤|パート|嘱託|週\s?\d{1,2}\s?(?:日|回)|part[- ]?time|\d\s?days?\s?(?:a|per)\s?week`)
	spotRe     = regexp.MustCompile(`(?i)スポット|単発|当直|日直|宿直|宿日直|\bspot\b|night duty`)
	// negation of a wish in the same clause: 常勤はむずかしい, 常勤には就かず.
	negationRe = regexp.MustCompile(`(?i)難しい|むずかしい|無理|できません|出来ません|できない|出来ない|就かず|就かない|控え|許してくれない|不可|しない|not\s|cannot|can't`)
	// phrases of indifference that look like negation: 構わない, 問わない.
	indifferentRe = regexp.MustCompile(`構わない|かまわない|構いません|かまいません|問わない|問いません|不問|でもよい|でも良い|でも結構`)
	// a clause about the present job, not the wish.
	currentRe = regexp.MustCompile(`現在|現職|今は|いまは|currently|at present`)
)

// Employment returns the employment terms of the contract found in text,
// in contract order (full_time, part_time, spot). Clauses that describe the
// present job or turn the term down are skipped.
func Employment(text string) []string {
	var full, part, spot bool
	for _, c := range clauses(text) {
		if currentRe.MatchString(c) {
			continue
		}
		neg := negationRe.MatchString(indifferentRe.ReplaceAllString(c, ""))
		for _, m := range fullTimeRe.FindAllStringIndex(c, -1) {
			if m[0] >= len("非") && c[m[0]-len("非"):m[0]] == "非" {
				continue
			}
			if strings.HasPrefix(strings.ToLower(c[max(0, m[0]-5):m[0]]), "non") {
				continue
			}
			if !neg {
				full = true
			}
		}
		if partTimeRe.MatchString(c) && !neg {
			part = true
		}
		if spotRe.MatchString(c) && !neg {
			spot = true
		}
	}
	var out []string
	if full {
		out = append(out, lead.FullTime)
	}
	if part {
		out = append(out, lead.PartTime)
	}
	if spot {
		out = append(out, lead.Spot)
	}
	return out
}

var (
	perWeekRe  = regexp.MustCompile(`週\s?(\d{1,2})\s?(?:日|回)`)
	weekRange  = regexp.MustCompile(`週\s?\d{1,2}\s?(?:日|回)?\s?(?:~|-|から|か|・|、)\s?\d`)
	engPerWeek = regexp.MustCompile(`(?i)\b(\d)\s?days?\s?(?:a|per)\s?week`)
)

// DaysPerWeek returns the days a week when exactly one number is stated
// (週3日, 週3回, 3 days a week); ranges (週2~3日) and conflicting numbers
// give ok false.
func DaysPerWeek(text string) (int, bool) {
	if weekRange.MatchString(text) {
		return 0, false
	}
	found := -1
	for _, re := range []*regexp.Regexp{perWeekRe, engPerWeek} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			n, _ := strconv.Atoi(m[1])
			if n < 1 || n > 7 {
				continue
			}
			if found >= 0 && found != n {
				return 0, false
			}
			found = n
		}
	}
	return found, found > 0
}

// clauseSplit ends a clause: a contrast (が、), a negative continuative
// (就かず、), ではなく.
var clauseSplit = regexp.MustCompile(`が、|ず、|ずに|ではなく、?|けれど(?:も)?、?|,\s?but\s`)

// clauses splits text into sentences and the parts of a sentence joined by
// a contrasting が、 so that "now X, but later Y" can be told apart.
func clauses(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, s := range splitSentences(line) {
			start := 0
			for _, m := range clauseSplit.FindAllStringIndex(s, -1) {
				out = appendNonBlank(out, s[start:m[1]])
				start = m[1]
			}
			out = appendNonBlank(out, s[start:])
		}
	}
	return out
}

func appendNonBlank(out []string, s string) []string {
	if strings.TrimSpace(s) == "" {
		return out
	}
	return append(out, s)
}

// splitSentences splits a line after 。！？ and after ". " in Latin text.
func splitSentences(line string) []string {
	var out []string
	start := 0
	for i, r := range line {
		switch r {
		case '。', '!', '?', '！', '？':
			out = append(out, line[start:i+len(string(r))])
			start = i + len(string(r))
		case '.':
			if i+1 < len(line) && line[i+1] == ' ' {
				out = append(out, line[start:i+1])
				start = i + 1
			}
		}
	}
	if start < len(line) {
		out = append(out, line[start:])
	}
	return out
}
