package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/intake/cue"
	"github.com/md2-rm/madoguchi/internal/vocab"
)

// Nationwide is the prefectures value for "anywhere in Japan".
const Nationwide = "全国"

// majorCities maps cities whose name certainly designates one prefecture to
// that prefecture: the capitals whose name differs from their prefecture's
// and other well-known cities. Names shared with a prefecture (京都, 広島…),
// with common words, or with common family names that are not capitals
// (松本, 川崎, 福山) are left out on purpose.
var majorCities = map[string]string{
	"札幌": "北海道", "函館": "北海道", "旭川": "北海道", "釧路": "北海道", "帯広": "北海道", "小樽": "北海道",
	"盛岡": "岩手県", "仙台": "宮城県", "水戸": "茨城県", "つくば": "茨城県", "宇都宮": "栃木県", "前橋": "群馬県",
	"高崎": "群馬県", "さいたま": "埼玉県", "川越": "埼玉県", "船橋": "千葉県", "横浜": "神奈川県",
	"相模原": "神奈川県", "横須賀": "神奈川県", "甲府": "山梨県", "金沢": "石川県", "浜松": "静岡県",
	"名古屋": "愛知県", "豊橋": "愛知県", "四日市": "三重県", "大津": "滋賀県", "堺": "大阪府", "神戸": "兵庫県",
	"姫路": "兵庫県", "西宮": "兵庫県", "倉敷": "岡山県", "下関": "山口県", "松江": "島根県",
	"出雲": "島根県", "米子": "鳥取県", "高松": "香川県", "松山": "愛媛県", "北九州": "福岡県", "久留米": "福岡県",
	"佐世保": "長崎県", "那覇": "沖縄県",
}

// hokkaidoParts are the parts of Hokkaido, all within it; no family name.
var hokkaidoParts = []string{"道北", "道東", "道南", "道央"}

// anywhere says that the writer would work anywhere; with a region or
// prefecture on the same line it means anywhere within them instead.
var anywhere = cue.MustCompile(`(?i)全国|日本中|どこでも|何処でも|(?:地域|場所|勤務地|エリア)(?:は|を)?(?:特に)?問(?:わ|い)|(?:地域|勤務地)不問|anywhere`)

// placeTerm is one written form of a place and what it stands for.
type placeTerm struct {
	text   string
	prefs  []string
	short  bool // a prefecture name without its suffix: checked against names
	region bool
}

// Places finds prefectures in text.
type Places struct {
	terms   []placeTerm          // longest first
	byFirst map[rune][]placeTerm // terms by their first rune (lower case), longest first
	firsts  runeFilter           // the keys of byFirst
}

// NewPlaces builds the matcher from the vocabulary.
func NewPlaces(v *vocab.Vocab) *Places {
	p := &Places{}
	for _, pr := range v.Prefectures {
		p.terms = append(p.terms, placeTerm{text: pr.Name, prefs: []string{pr.Name}})
		if pr.Short != pr.Name {
			p.terms = append(p.terms, placeTerm{text: pr.Short, prefs: []string{pr.Name}, short: true})
		}
		if pr.Romaji != "" {
			p.terms = append(p.terms, placeTerm{text: pr.Romaji, prefs: []string{pr.Name}, short: true})
		}
	}
	for _, r := range v.Regions {
		if r.Name == "北海道" {
			continue
		}
		names := append([]string{r.Name}, r.Synonyms...)
		for _, n := range names {
			// 中国 and 中部 alone are too often something else (China, a
			// company's region): only their 地方 forms count.
			if n == "中国" || n == "中部" {
				continue
			}
			p.terms = append(p.terms, placeTerm{text: n, prefs: r.Prefectures, region: true})
		}
	}
	for city, pref := range majorCities {
		p.terms = append(p.terms, placeTerm{text: city, prefs: []string{pref}, short: true})
	}
	for _, part := range hokkaidoParts {
		p.terms = append(p.terms, placeTerm{text: part, prefs: []string{"北海道"}})
	}
	sort.SliceStable(p.terms, func(i, j int) bool {
		if len(p.terms[i].text) != len(p.terms[j].text) {
			return len(p.terms[i].text) > len(p.terms[j].text)
		}
		return p.terms[i].text < p.terms[j].text
	})
	p.byFirst = map[rune][]placeTerm{}
	for _, t := range p.terms {
		t.text = strings.ToLower(t.text)
		r := firstRune(t.text)
		p.byFirst[r] = append(p.byFirst[r], t)
		p.firsts.add(r)
	}
	return p
}

// personAfter follows a short place name that is in fact a family name.
var personAfter = regexp.MustCompile(`^(?:\s?[\p{Han}]{1,3}(?:\s|$|様|さん|先生|と申|です)|様|さん|君|先生|と申|といい|です|でございます|氏)`)

// Find returns the prefectures named in line in order of first mention,
// regions expanded, and whether the line says "anywhere".
func (p *Places) Find(line string) (prefs []string, any bool) {
	return p.find(line, true)
}

// find is Find; with checkAny false it does not look for "anywhere".
func (p *Places) find(line string, checkAny bool) (prefs []string, any bool) {
	seen := map[string]bool{}
	add := func(ps []string) {
		for _, x := range ps {
			if !seen[x] {
				seen[x] = true
				prefs = append(prefs, x)
			}
		}
	}
	for i := 0; i < len(line); {
		matched := false
		r, size := utf8.DecodeRuneInString(line[i:])
		if r < 0x80 {
			if i > 0 && isWordByte(line[i-1]) {
				i += size
				continue // Latin names start a word
			}
			r = unicode.ToLower(r)
		}
		if !p.firsts.has(r) {
			i += size
			continue
		}
		for _, t := range p.byFirst[r] {
			if !hasPrefixFold(line[i:], t.text) {
				continue
			}
			end := i + len(t.text)
			if t.text[0] < 0x80 {
				// Latin names must be whole words.
				if (i > 0 && isWordByte(line[i-1])) || (end < len(line) && isWordByte(line[end])) {
					continue
				}
			} else if t.short {
				if personAfter.MatchString(line[end:]) {
					continue
				}
			}
			if t.region && i > 0 && strings.ContainsRune("北南東西", lastRune(line[:i])) {
				// 北関東, 南東北: a part of a region the vocabulary does
				// not divide; the whole region would be a guess.
				i = end
				matched = true
				break
			}
			if t.region {
				// 九州南部(宮崎・鹿児島): the prefectures in brackets
				// after a region say which part of it is meant.
				if inner, next, ok := bracketAfter(line, end); ok && isNameList(inner) {
					if ps, _ := p.find(inner, false); len(ps) > 0 {
						add(ps)
						i = next
						matched = true
						break
					}
				}
			}
			add(t.prefs)
			i = end
			matched = true
			break
		}
		if !matched {
			i += size
		}
	}
	return prefs, checkAny && anywhere.MatchString(line)
}

// bracketAfter returns the bracketed text that follows line[end:] after at
// most a few characters (九州南部(…), 東海地方 (…)) and where it ends.
func bracketAfter(line string, end int) (inner string, next int, ok bool) {
	rest := line[end:]
	open := strings.IndexByte(rest, '(')
	if open < 0 || open > 9 {
		return "", 0, false
	}
	close := strings.IndexByte(rest[open:], ')')
	if close < 0 {
		return "", 0, false
	}
	return rest[open+1 : open+close], end + open + close + 1, true
}

// isNameList reports whether s is a bare list of place names: kanji
// separated by ・、, / or spaces, perhaps ending in など.
func isNameList(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), "など")
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isHan(r) && !strings.ContainsRune("・、,/ ", r) {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s starts with the lower-case prefix p,
// ignoring the case of ASCII letters in s.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == '\n' && p[i] == ' ' {
			continue // general\npractitioner: a term broken across lines
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func firstRuneSize(s string) (rune, int) {
	for i, r := range s {
		_ = i
		return r, len(string(r))
	}
	return 0, 1
}

// municipalityRe finds a municipality after a prefecture name (広島県の
// 庄原市 too): an optional district (…郡, …郡の) and the city, town or
// village (or ward).
var municipalityRe = regexp.MustCompile(`(北海道|東京都|京都府|大阪府|[\p{Han}]{2,3}県)\s?の?(?:[\p{Han}\p{Hiragana}\p{Katakana}]{1,5}?郡\s?の?)?([\p{Han}\p{Hiragana}\p{Katakana}ヶ]{1,6}?[市町村区])`)

// Municipality returns the first municipality written after a prefecture in
// text, or "".
func Municipality(text string) string {
	_, m := Address(text)
	return m
}

// Address returns the prefecture as written and the municipality of the
// first address (prefecture followed by a city, town or village) in text.
func Address(text string) (pref, muni string) {
	// Run the expression only from a few runes before each prefecture
	// suffix, so that the work stays proportional to the text.
	for off := 0; off < len(text); {
		k := strings.IndexAny(text[off:], "県都府道")
		if k < 0 {
			return "", ""
		}
		at := off + k
		_, size := utf8.DecodeRuneInString(text[at:])
		off = at + size
		start := at
		for n := 0; n < 3 && start > 0; n++ {
			_, sz := utf8.DecodeLastRuneInString(text[:start])
			start -= sz
		}
		end := min(len(text), off+64)
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		if m := municipalityRe.FindStringSubmatch(text[start:end]); m != nil {
			return m[1], m[2]
		}
	}
	return "", ""
}

// excludeWords follow a place the writer rules out: 石川県以外, 沖縄を除く.
var excludeWords = []string{"以外", "を除", "は除"}

// excluded returns the prefectures text rules out (石川県以外でお願いしたい):
// the place written right before an exclusion word.
func (p *Places) excluded(text string) []string { return p.excludedBy(text, true) }

// excludedBy is excluded; with avoid false it reads only the exclusion
// words (以外, を除く), not a clause that rules its topic out (…は難しい),
// which an institution writing of its own place would be misread by.
func (p *Places) excludedBy(text string, avoid bool) []string {
	var out []string
	for _, at := range indexesOf(text, excludeWords) {
		out = append(out, p.tailPlace(text[:at], 5)...)
	}
	if !avoid {
		return out
	}
	// 福島県は家の事情で避けたい, 高知も考えましたが、通勤を考えると難しい:
	// the topic of the clause that rules it out, or, when that clause has
	// none (当直は難しい has one), of the clause before.
	for _, at := range indexesOf(text, avoidWords) {
		end := at
		for step := 0; step < 2; step++ {
			seg := text[:end]
			start := strings.LastIndexAny(seg, "。、")
			if start >= 0 {
				_, size := utf8.DecodeRuneInString(seg[start:])
				seg = seg[start+size:]
			}
			ps, topic := p.topics(seg)
			out = append(out, ps...)
			if topic || start < 0 || strings.HasPrefix(text[start:], "。") {
				break
			}
			end = start
		}
	}
	return out
}

// topics returns the prefectures named as the topic of seg, the place
// right before a は or も (福井は, 高知も), and whether seg has a topic at
// all.
func (p *Places) topics(seg string) (out []string, topic bool) {
	for i, r := range seg {
		if r != 'は' && r != 'も' {
			continue
		}
		before := seg[:i]
		if r == 'も' && strings.HasSuffix(before, "で") {
			continue // 長野県でもいい: no topic
		}
		if r == 'は' && timeTopic.endOf(before) {
			continue // 今回は外していただければ: a time, not what is ruled out
		}
		topic = true
		if utf8.RuneCountInString(before) <= 12 {
			// 香川・徳島は: the whole topic, a list of places.
			if ps, _ := p.find(before, false); len(ps) > 0 {
				out = append(out, ps...)
				continue
			}
		}
		out = append(out, p.tailPlace(before, 6)...)
	}
	return out, topic
}

// indexesOf returns where each of the words occurs in text, word by word.
func indexesOf(text string, words []string) []int {
	var out []int
	for _, w := range words {
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			out = append(out, off+k)
			off += k + len(w)
		}
	}
	return out
}

// timeTopic ends a time written as a topic (今回は, 当面は).
var timeTopic = wordList{"今回", "今後", "当面", "今", "現在", "今年", "来年", "将来", "当分"}

// avoidWords end a clause that rules out its topic: 山口県は通えないので
// 除いてください.
var avoidWords = []string{"避けたい", "避けて", "除いて", "除き", "除外", "外して", "難しい", "無理"}

// tailPlace returns the prefectures of the shortest tail of before, of two
// to max characters, that names a place.
func (p *Places) tailPlace(before string, max int) []string {
	for n, i := 0, len(before); i > 0 && n < max; n++ {
		_, size := utf8.DecodeLastRuneInString(before[:i])
		i -= size
		if n == 0 {
			continue
		}
		if ps, _ := p.find(before[i:], false); len(ps) > 0 {
			return ps
		}
	}
	return nil
}
