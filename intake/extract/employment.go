package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/md2-rm/madoguchi/intake/cue"

	"github.com/md2-rm/madoguchi/internal/ascii"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/substr"
)

var (
	partTimeRe = cue.MustCompile(`(?i)非常勤|パート|嘱託|週\s?に?\s?\d{1,2}\s?(?:日|回)|part[- ]?time|\d\s?days?\s?(?:a|per)\s?week`)
	spotRe     = cue.MustCompile(`(?i)スポット|単発|当直|日直|宿直|宿日直|代診|\bspot\b|night duty|locum`)
	// negation of a wish in the same clause: 常勤はむずかしい, 常勤には就かず,
	// 当直はなく, 常勤ではなく.
	negationRe = cue.MustCompile(`(?i)(?:当直|日直|宿直|日当直|スポット|常勤|非常勤)(?:で)?(?:は|も)(?:なく|ありません|なし)|難しい|むずかしい|無理|できません|出来ません|できない|出来ない|就かず|就かない|控え|許してくれない|不可|しない|考えて(?:おりません|いません|ません|いない)|希望(?:しません|いたしません)|つもりはありません|not\s|cannot|can't`)
	// phrases of indifference that look like negation: 構わない, 問わない.
	indifferentRe = regexp.MustCompile(`構わない|かまわない|構いません|かまいません|問わない|問いません|不問|でもよい|でも良い|でも結構`)
	// unchecked is a form's empty check box and the term after it
	// (□常勤 □非常勤 ■スポット: only スポット is chosen).
	unchecked = regexp.MustCompile(`[□☐]\s?[^\s□■☐☑☒✓✔]+`)
	// a clause about the present job, not the wish.
	// 常勤の仕事はこのまま続けます; 常勤医は確保できております: the
	// present job or staff, too.
	currentRe = cue.MustCompile(`現在|現職|今は|いまは|このまま(?:続け|勤め|継続)|(?:は|を)続け(?:ます|る)|確保(?:でき)?て(?:おり|い)|(?:医|勤務|仕事|常勤|非常勤|パート|アルバイト|バイト|院長|部長|往診|診療|外来|当直|健診|検診)をして(?:おり|いま|いる)|現状|状況(?:で|です)|currently|at present`)
	// pastRe is a clause about work done before: 若い頃は当直もこなしました.
	pastRe = cue.MustCompile(`若い頃|以前は|かつては|こなしました|(?:勤務|仕事|当直|アルバイト|バイト|診療)(?:を|も)?して(?:い|おり)ました|(?:務め|勤め|経験し)ました`)
	// askTermsRe is a question about a post's terms (当直の回数はどのくらい
	// でしょうか), not a wish for them.
	askTermWords = []string{"回数", "頻度", "有無", "どのくらい", "どの程度", "何回"}
	askTermsRe   = regexp.MustCompile(`(?:回数|頻度|有無|どのくらい|どの程度|何回)[^。\n]*(?:か|\?|？)[。]?\s*$`)
	// spotNone says a post has no duties of the spot kind: 当直なし,
	// 当直・オンコールはございません.
	spotNone = regexp.MustCompile(`(?:当直|日直|宿直|日当直|オンコール)(?:・(?:当直|日直|宿直|日当直|オンコール))*\s?(?:は|も)?\s?(?:なし|無し|ございません|ありません|不要)`)
)

// Employment returns the employment terms of the contract found in text,
// in contract order (full_time, part_time, spot). Clauses that describe the
// present job or turn the term down are skipped.
func Employment(text string) []string {
	return employment(newReading(text))
}

func employment(r *reading) []string {
	var full, part, spot bool
	if strings.ContainsAny(r.s, "□☐") {
		r = newReading(unchecked.ReplaceAllString(r.s, ""))
	}
	t := r.text()
	anyFull := hasAny(t.Lower(), "常勤", "full")
	anyPart, anySpot := partTimeRe.Match(t), spotRe.Match(t)
	if !anyFull && !anyPart && !anySpot {
		return nil
	}
	old, anyNeg := r.oldJob(), negationRe.Match(t)
	for i, c := range r.clauses() {
		if old != nil && old[i] {
			continue
		}
		if hasAny(c, askTermWords...) && askTermsRe.MatchString(c) {
			continue
		}
		neg := anyNeg && negationRe.MatchString(c) && negationRe.MatchString(indifferentRe.ReplaceAllString(c, ""))
		for _, m := range ifAny(findFullTime, c, "常勤", "full", "Full", "FULL") {
			if m[0] >= len("非") && c[m[0]-len("非"):m[0]] == "非" {
				continue
			}
			if strings.HasPrefix(strings.ToLower(c[max(0, m[0]-5):m[0]]), "non") {
				continue
			}
			if staffAfter.MatchString(c[m[1]:]) {
				continue // 常勤医の負担, 常勤医がおらず: the staff now, not the post
			}
			if !neg {
				full = true
			}
		}
		if anyPart && !neg && partTimeRe.MatchString(c) && !fullWeek(c) {
			part = true
		}
		if anySpot && !neg && spotRe.MatchString(c) && !onlySpotNone(c) {
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

// onlySpotNone reports whether the clause names spot duties only to say
// the post has none (当直なし).
func onlySpotNone(c string) bool {
	if !hasAny(c, "なし", "無し", "ません", "不要") {
		return false
	}
	return !spotRe.MatchString(spotNone.ReplaceAllString(c, ""))
}

// wishText returns the text without its clauses about the present or a
// past job (週3日の非常勤をしておりますが…): what is left speaks of the
// post wished for or offered.
func wishText(r *reading) string {
	old := r.oldJob()
	if old == nil {
		return r.s
	}
	var b strings.Builder
	for i, c := range r.clauses() {
		if !old[i] {
			b.WriteString(c)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

var (
	perWeekRe  = cue.MustCompileRegexp(`週\s?に?\s?(\d{1,2})\s?(?:日|回)`)
	weekRange  = cue.MustCompileRegexp(`週\s?に?\s?\d{1,2}\s?(?:日|回)?\s?(?:~|-|から|か|・|、)\s?\d`)
	engPerWeek = cue.MustCompileRegexp(`(?i)\b(\d)\s?days?\s?(?:a|per)\s?week`)
)

// DaysPerWeek returns the days a week when exactly one number is stated
// (週3日, 週3回, 3 days a week); ranges (週2~3日) and conflicting numbers
// give ok false.
func DaysPerWeek(text string) (int, bool) {
	if !hasAny(text, "週", "week") || weekRange.MatchString(text) {
		return 0, false
	}
	found := -1
	for _, re := range []*cue.Regexp{perWeekRe, engPerWeek} {
		if re == engPerWeek && !mayEngPerWeek(text) {
			continue
		}
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

// mayEngPerWeek reports whether text holds "day" and "wee" in any ASCII
// case, as every match of engPerWeek does (none of their letters has a
// case form outside ASCII).
func mayEngPerWeek(text string) bool {
	return ascii.IndexFold(text, "day") >= 0 && ascii.IndexFold(text, "wee") >= 0
}

// fullWeek reports whether the only part-time cue of a clause is a day
// count that describes full-time work: 週5日 or more, or 週N日 beside 常勤.
func fullWeek(c string) bool {
	if partWords.MatchString(c) {
		return false
	}
	m := perWeekRe.FindStringSubmatch(c)
	if m == nil {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	return n >= 5 || strings.Contains(strings.ReplaceAll(c, "非常勤", ""), "常勤")
}

// staffAfter follows 常勤 where 常勤医 is the subject of a sentence about the
// institution's present staff (常勤医が, 常勤の医師1名で).
var staffAfter = regexp.MustCompile(`^(?:の)?医(?:師)?(?:\s?` + headCount + `\s?(?:名|人)(?:で|の|が|体制)|が|は|も|の(?:負担|先生|方|休))`)

// headCount is a number of physicians: 4, 12, 三, 十二.
const headCount = `(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})`

// partWords are the part-time cues other than a day count.
var partWords = cue.MustCompile(`(?i)非常勤|パート|嘱託|part[- ]?time`)

// clauseEnds end a clause: a contrast (が、), a negative continuative
// (就かず、), ではなく, けれど, ", but".
var clauseEnds = [...]string{"が、", "ず、", "ずに", "ではなく", "けれど", ", but ", "ので、", "ため、"}

// splitClauses cuts s after each clause ending.
func splitClauses(s string, out []string) []string {
	// next[i] is where clauseEnds[i] next ends in s (-1: no more), kept
	// across cuts so that the text is scanned once per ending.
	var next [len(clauseEnds)]int
	for i, e := range clauseEnds {
		next[i] = endOf(s, 0, e)
	}
	start := 0
	for {
		cut := -1
		for i := range clauseEnds {
			if next[i] >= 0 && (cut < 0 || next[i] < cut) {
				cut = next[i]
			}
		}
		if cut < 0 {
			return appendNonBlank(out, s[start:])
		}
		out = appendNonBlank(out, s[start:cut])
		start = cut
		for i, e := range clauseEnds {
			if next[i] >= 0 && next[i] <= cut {
				next[i] = endOf(s, cut, e)
			}
		}
	}
}

// endOf returns the end of the first e in s at or after from, or -1.
func endOf(s string, from int, e string) int {
	k := substr.Index(s[from:], e)
	if k < 0 {
		return -1
	}
	return from + k + len(e)
}

// A reading is a text with what extraction reads of it more than once,
// made on first use: its cue.Text and its clauses.
type reading struct {
	s       string
	t       cue.Text
	cs      []string
	old     []bool // per clause: about the present or a past job
	hasText bool
	hasCs   bool
	hasOld  bool
}

// oldJob reports, per clause, whether it speaks of the present or a past
// job (週3日の非常勤をしておりますが, 若い頃は当直もこなしました): what the
// writer has, not what they wish for or offer.
func (r *reading) oldJob() []bool {
	if r.hasOld {
		return r.old
	}
	r.hasOld = true
	t := r.text()
	if !currentRe.Match(t) && !pastRe.Match(t) {
		return nil
	}
	cs := r.clauses()
	r.old = make([]bool, len(cs))
	for i, c := range cs {
		// 常勤を希望しており、…現在の病院と調整中: a wish in the clause
		// keeps it.
		r.old[i] = hasAny(c, oldJobWords...) && (currentRe.MatchString(c) || pastRe.MatchString(c)) &&
			!hasAny(c, "希望", "したい", "考えております", "考えています")
	}
	return r.old
}

// oldJobWords are words one of which every match of currentRe or pastRe
// holds, looked for before the expressions run on a clause.
var oldJobWords = []string{"現在", "現職", "今は", "いまは", "このまま", "続け", "確保", "をして", "現状", "状況", "urrently", "t present", "若い頃", "以前は", "かつては", "ました"}

func newReading(s string) *reading { return &reading{s: s} }

func (r *reading) text() cue.Text {
	if !r.hasText {
		r.t, r.hasText = cue.NewText(r.s), true
	}
	return r.t
}

func (r *reading) clauses() []string {
	if !r.hasCs {
		r.cs, r.hasCs = clauses(r.s), true
	}
	return r.cs
}

// clauses splits text into sentences and the parts of a sentence joined by
// a contrasting が、 so that "now X, but later Y" can be told apart.
func clauses(text string) []string {
	var out, sentences []string
	for line := range strings.SplitSeq(text, "\n") {
		sentences = splitSentences(line, sentences[:0])
		for _, s := range sentences {
			out = splitClauses(s, out)
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

// splitSentences splits a line after 。！？ and after ". " in Latin text,
// appending the sentences to out.
func splitSentences(line string, out []string) []string {
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
