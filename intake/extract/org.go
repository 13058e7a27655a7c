package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/intake/cue"
)

// orgSuffixes end the name of an institution. None is a prefix of another,
// so at most one of them starts at any place in a text.
var orgSuffixes = []string{"病院", "クリニック", "医院", "診療所", "医科大学", "大学", "センター", "株式会社", "会社", "苑", "園", "ホーム", "役場", "役所", "医師会", "協会", "新聞社", "放送局", "財団", "機構", "組合", "施設", "ステーション", "医療院", "テレビ", "県庁", "道庁", "都庁", "府庁", "保健所", "薬局", "学校", "附属病院", "付属病院", "図書館", "事務所", "協議会", "研究所"}

// orgSuffixesByFirst holds the institution words by their first rune, in
// the order of orgSuffixes; orgFirstRunes marks those runes, all in the
// Basic Multilingual Plane.
var (
	orgSuffixesByFirst = func() map[rune][]string {
		m := map[rune][]string{}
		for _, w := range orgSuffixes {
			r, _ := utf8.DecodeRuneInString(w)
			m[r] = append(m[r], w)
		}
		return m
	}()
	orgFirstRunes = func() (set [1 << 16 / 64]uint64) {
		for r := range orgSuffixesByFirst {
			set[r/64] |= 1 << (r % 64)
		}
		return set
	}()
)

// orgSuffixAt returns the length of the institution word s starts with,
// or 0.
func orgSuffixAt(s string) int {
	var r rune
	if len(s) >= 3 && s[0]&0xf0 == 0xe0 {
		// The code point of a three-byte character, read without checking
		// the continuation bytes: HasPrefix below compares the bytes.
		r = rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	if r >= 1<<16 || orgFirstRunes[r/64]&(1<<(r%64)) == 0 {
		return 0
	}
	for _, w := range orgSuffixesByFirst[r] {
		if strings.HasPrefix(s, w) {
			if w == "ホーム" && strings.HasPrefix(s[len(w):], "ページ") {
				return 0 // a web site, not a care home
			}
			return len(w)
		}
	}
	return 0
}

// nextOrgSuffix returns the bounds of the first institution word in s, or
// -1, -1.
func nextOrgSuffix(s string) (start, end int) {
	// Every word starts with a non-ASCII character, so at a lead byte
	// (0xC0 or more), which no valid character holds inside it.
	for i := 0; i < len(s); i++ {
		if s[i] < 0xc0 {
			continue
		}
		if n := orgSuffixAt(s[i:]); n > 0 {
			return i, i + n
		}
	}
	return -1, -1
}

// hasOrgSuffix reports whether s holds an institution word.
func hasOrgSuffix(s string) bool {
	i, _ := nextOrgSuffix(s)
	return i >= 0
}

// legalEntities are the legal forms of an institution, longest first
// where one ends another.
var legalEntities = []string{"地方独立行政法人", "医療法人社団", "医療法人財団", "社会医療法人", "一般財団法人", "公益財団法人", "一般社団法人", "公益社団法人", "社会福祉法人", "独立行政法人", "国立大学法人", "学校法人", "医療法人", "株式会社", "有限会社", "合同会社"}

// legalForm is a token written before an institution's own name: a legal
// form, its short form, a group's name (…会) or a kind of care facility.
var legalForm = regexp.MustCompile(`^(?:` + strings.Join(legalEntities, "|") +
	`|\(株\)|\(有\)|\(医\)|[^\s]{1,8}会|介護老人保健施設|住宅型有料老人ホーム|介護付有料老人ホーム|有料老人ホーム|特別養護老人ホーム|介護医療院)$`)

// legalEntityEnd returns the legal form tok ends with, or "".
func legalEntityEnd(tok string) string {
	for _, e := range legalEntities {
		if strings.HasSuffix(tok, e) {
			return e
		}
	}
	return ""
}

// leftCut returns where the institution's name may start in s: after the
// last prefix that is not part of a name (punctuation, an address ending in
// …市の, a particle after a kanji or digit such as 月で or 在は, まで, 現在,
// 先月, 昨年, 今の). It returns 0 when there is none.
func leftCut(s string) int {
	cut := 0
	prev := rune(0)
	for i, r := range s {
		size := utf8.RuneLen(r)
		end := i + size
		switch {
		case strings.ContainsRune("、。「」『』,:\t■□◆◇●○▼▽", r):
			cut = end
		case r == 'の' && strings.ContainsRune("都道府県市区町村郡", prev):
			cut = end
		case r == 'の' && katakanaRun(s[:i]) >= 3 && end < len(s) && unicode.In(firstRune(s[end:]), unicode.Katakana):
			cut = end // シアトルのノースウッド大学: a place abroad before the name
		case r == 'の' && prev == '内' && i >= len("市内") && strings.ContainsRune("都道府県市区町村郡", lastRune(s[:i-len("内")])):
			cut = end
		case strings.ContainsRune("はがでをに", r) && (isHan(prev) || isDigit(prev)):
			cut = end
		case r == 'ら' && strings.HasSuffix(s[:i], "か") && i >= len("か") && (isHan(lastRune(s[:i-len("か")])) || isDigit(lastRune(s[:i-len("か")]))):
			cut = end
		case r == 'で' && strings.HasSuffix(s[:i], "ま"):
			cut = end
		case strings.HasSuffix(s[:end], "現在") || strings.HasSuffix(s[:end], "先月") || strings.HasSuffix(s[:end], "昨年"):
			cut = end
		case strings.HasSuffix(s[:end], "ました") || strings.HasSuffix(s[:end], "ます") || strings.HasSuffix(s[:end], "です"):
			cut = end // 30年あまり勤めました福岡東部医科大学病院
		case r == 'た' && strings.ContainsRune("めしっいれきちにびみりけせてね", prev) && end < len(s) && isHan(firstRune(s[end:])):
			cut = end // 長年勤めた眼科医院
		case r == 'は' && unicode.In(prev, unicode.Hiragana) && (end == len(s) || isHan(firstRune(s[end:]))):
			cut = end // 若いころは大学…
		case r == 'の' && (strings.HasSuffix(s[:i], "今") || strings.HasSuffix(s[:i], "現在") || strings.HasSuffix(s[:i], "前") || strings.HasSuffix(s[:i], "元")):
			cut = end // 今の, 現在の, 前の, 元の: the time, not the name
		}
		prev = r
	}
	return cut
}

// isGenericOrg reports whether s is a description, not a name: 民間病院,
// 都内の病院, 当院. It answers what this expression would, without running it:
//
//	^(?:民間|公立|…|一般)?(?:病院|クリニック|…|大学病院)$
//	|の(?:病院|クリニック|医院|診療所|施設)$
//	|(?:ける|える|…|伴う)(?:病院|クリニック|医院|診療所|施設|センター|ホーム)$
//	|(?s:(?:する|される).*)(?:病院|クリニック|医院|診療所|施設|センター|ホーム)$
//
// or two such descriptions joined by か, や, と, ・ (病院か診療所).
func isGenericOrg(s string) bool {
	if isGenericOrgOne(s) {
		return true
	}
	// 病院か診療所, 病院や施設: two descriptions joined.
	if !strings.ContainsAny(s, "かやと・は") {
		return false
	}
	for _, j := range []string{"か", "や", "と", "または", "又は", "もしくは", "・"} {
		if a, b, ok := strings.Cut(s, j); ok && a != "" && isGenericOrgOne(a) && isGenericOrgOne(b) {
			return true
		}
	}
	return false
}

// isGenericOrgOne is isGenericOrg for one description.
func isGenericOrgOne(s string) bool {
	for _, w := range genericOrgWords {
		if p, ok := strings.CutSuffix(s, w); ok && (p == "" || slices.Contains(genericOrgPrefixes, p)) {
			return true
		}
	}
	for _, w := range genericAfterNo {
		if p, ok := strings.CutSuffix(s, w); ok && strings.HasSuffix(p, "の") {
			return true
		}
	}
	for _, w := range genericAfterVerb {
		// 設置するへき地診療所: a verb a few words before the institution
		// word describes it too.
		if p, ok := strings.CutSuffix(s, w); ok && (genericVerbEnds.endOf(p) || strings.Contains(p, "する") || strings.Contains(p, "される")) {
			return true
		}
	}
	return false
}

var (
	genericOrgPrefixes = []string{"民間", "公立", "市立", "県立", "町立", "村立", "国立", "私立", "大学", "総合", "地域の", "近隣の", "地元の", "近くの", "勤務先の", "別の", "他の", "当", "貴", "弊", "同", "本", "大きな", "小さな", "一般", "看護", "専門", "高等", "小", "中", "市中"}
	genericOrgWords    = []string{"病院", "クリニック", "医院", "診療所", "大学", "センター", "会社", "施設", "ホーム", "大学病院", "学校", "事務所"}
	genericAfterNo     = []string{"病院", "クリニック", "医院", "診療所", "施設"}
	genericVerbEnds    = wordList{"ける", "える", "せる", "きる", "れる", "いる", "ある", "する", "した", "いた", "ない", "ような", "的な", "ている", "合う", "担う", "行う", "通う", "伴う"}
	genericAfterVerb   = []string{"病院", "クリニック", "医院", "診療所", "施設", "センター", "ホーム"}
)

// isVerbHead reports whether s ends in a verb form, a description before
// an institution word: \p{Han}[っいきしちにびみりめべけせてねえ]?(?:た|る|だ|ない)$.
func isVerbHead(s string) bool {
	// 扱う病院, 取り組む診療所: a verb's plain form after its kanji stem.
	if r, size := utf8.DecodeLastRuneInString(s); size > 0 && strings.ContainsRune("うくぐすつぬぶむ", r) {
		if p, _ := utf8.DecodeLastRuneInString(s[:len(s)-size]); unicode.Is(unicode.Han, p) || strings.ContainsRune("りみし", p) {
			return true
		}
	}
	for _, end := range []string{"た", "る", "だ", "ない"} {
		if !strings.HasSuffix(s, end) {
			continue
		}
		rest := s[:len(s)-len(end)]
		r, size := utf8.DecodeLastRuneInString(rest)
		if strings.ContainsRune("っいきしちにびみりめべけせてねえ", r) {
			r, _ = utf8.DecodeLastRuneInString(rest[:len(rest)-size])
		}
		return unicode.Is(unicode.Han, r)
	}
	return false
}

// Organizations returns the institution names in a line, as written: legal
// forms and group names before the name are kept, departments and roles
// after it are not (みの医科大学 麻酔科学教室 → みの医科大学).
func Organizations(line string) []string {
	var out []string
	if !hasOrgSuffix(line) {
		return nil
	}
	for off := 0; off < len(line); {
		i, j := nextOrgSuffix(line[off:])
		if i < 0 {
			break
		}
		m := [2]int{off + i, off + j}
		off = m[1]
		end := m[1]
		// 花園記念病院: a one-character suffix inside a longer name.
		oneChar := strings.HasSuffix(line[:end], "園") || strings.HasSuffix(line[:end], "苑")
		if n := nameRunOnto(line[end:]); n > 0 && oneChar {
			end += n
			off = end
		} else if oneChar && isHan(firstRune(line[end:])) {
			continue // 中園律子: a family name, not a garden
		}
		// Compound suffixes: 大学病院, 健診センター… keep the longest.
		for {
			n := orgSuffixAt(line[end:])
			if n == 0 {
				break
			}
			end += n
		}
		start := m[0]
		for start > 0 {
			r := lastRune(line[:start])
			if r == ' ' || r == '\t' || strings.ContainsRune("、。「」『』()（）,:：・", r) {
				break
			}
			start -= len(string(r))
		}
		head := line[start:m[0]]
		head = head[leftCut(head):]
		if isVerbHead(head) {
			continue // 勤めた病院, 働ける病院: a description
		}
		name := head + line[m[0]:end]
		if oneChar && utf8.RuneCountInString(name) < 3 {
			continue // 中園: a family name
		}
		// Extend left over legal forms and group names.
		prefix := strings.TrimRight(line[:start], " ")
		for prefix != "" && start > 0 && line[start-1] == ' ' {
			i := strings.LastIndexByte(prefix, ' ')
			tok := prefix[i+1:]
			tok = tok[leftCut(tok):]
			if !legalForm.MatchString(tok) {
				// 仙台の医療法人: the legal form ends a longer word.
				if e := legalEntityEnd(tok); e != "" {
					name = e + " " + name
				}
				break
			}
			name = tok + " " + name
			if i < 0 || tok != prefix[i+1:] {
				break
			}
			prefix = strings.TrimRight(prefix[:i], " ")
			start = i + 1
		}
		if name == line[m[0]:end] && legalForm.MatchString(name) {
			// 株式会社メディカルブリッジ: the legal form comes first.
			rest := line[end:]
			if i := strings.IndexAny(rest, " 、。(（の"); i >= 0 {
				rest = rest[:i]
			}
			// 株式会社ひたち精機で…: a particle after the name ends it.
			rest = rest[:particleCut(rest)]
			if rest == "" {
				continue
			}
			name += rest
		}
		if isGenericOrg(name) || name == line[m[0]:end] {
			continue
		}
		out = append(out, CleanSpaces(name))
	}
	return dedupe(out)
}

// nameRunOnto returns the length of a run of up to six kanji or katakana
// at the start of s that ends in a hospital word (記念病院), or 0.
func nameRunOnto(s string) int {
	i := 0
	for n := 0; n <= 6 && i < len(s); n++ {
		for _, w := range []string{"病院", "クリニック", "医院", "診療所"} {
			if strings.HasPrefix(s[i:], w) {
				if n == 0 {
					return 0
				}
				return i + len(w)
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) {
			return 0
		}
		i += size
	}
	return 0
}

// englishOrg matches a capitalised institution name in English text.
var englishOrg = cue.MustCompileRegexp(`\b((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s){1,4}(?:Hospital|Clinic|Medical Cent(?:er|re)|University Hospital|University|Health Cent(?:er|re)|Cent(?:er|re)|Institute|Forum|Foundation)(?:\sof(?:\s[A-Z][a-z]+){1,4})?)\b`)

// EnglishOrganizations returns capitalised institution names in English text.
func EnglishOrganizations(text string) []string {
	// Every match ends in one of these words.
	if !hasAny(text, "Hospital", "Clinic", "University", "Cent", "Institute", "Forum", "Foundation") {
		return nil
	}
	var out []string
	for _, m := range englishOrg.FindAllStringSubmatch(text, -1) {
		out = append(out, CleanSpaces(m[1])) // a name may break across lines
	}
	return dedupe(out)
}

func dedupe(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// deptToken is a department or role written after an institution's name.
var deptToken = wordList{"課", "部", "室", "局", "教室", "医局", "係", "課長", "部長", "室長", "局長", "事務長", "院長", "理事長", "主任", "担当", "秘書", "記者", "窓口", "長", "代表", "研究会", "勤務", "在籍", "司書", "教諭", "職員", "相談員"}

// SignatureOrg returns the institution named on a signature line, without
// the department, role and person that follow it, or "".
func SignatureOrg(line string) string {
	if p := prefectureOffice(line); p != "" {
		return p
	}
	if !hasOrgSuffix(line) {
		return ""
	}
	line = CleanSpaces(line)
	if line == "" || strings.ContainsAny(line, "。、") || strings.Contains(line, "ます") || strings.Contains(line, "です") || strings.HasSuffix(line, "御中") || strings.HasSuffix(line, "様") || strings.ContainsAny(line, "@〒:：") {
		return ""
	}
	toks := strings.Split(line, " ")
	// 図書館 小野寺 美穂 宛: where to send something, to a person.
	if n := len(toks); n > 1 && (toks[n-1] == "宛" || toks[n-1] == "宛て") {
		toks = toks[:n-1]
	}
	// A place before the name is its address (富山県南砺市 南砺中央病院).
	if len(toks) > 1 && placeEnd.endOf(toks[0]) && placeOnly.MatchString(toks[0]) {
		toks = toks[1:]
	}
	var kept []string
	orgSeen := false // a kept token names an institution
	for i, t := range toks {
		// What follows a public office is one of its units (八幡浜市役所
		// 保健センター).
		if i > 0 && officeEnd.endOf(toks[i-1]) {
			break
		}
		if i > 0 && (deptToken.endOf(t) || deptStems.in(t) && !hasOrgSuffix(t) && !legalForm.MatchString(t) || NameLine(strings.Join(toks[i:], " ")) != "") {
			break
		}
		if i > 0 && strings.ContainsAny(t, "0123456789") {
			break
		}
		// 鶴岡協立病院 内科: a department named by its field; 小国町立図書館
		// 小野寺: the person, by family name alone, at the end of the line.
		if orgSeen && (isDeptField(t) || i == len(toks)-1 && isFamilyOnly(t)) {
			break
		}
		if slices.Contains(contactWord, t) {
			break // 事務所 TEL …
		}
		kept = append(kept, t)
		orgSeen = orgSeen || hasOrgSuffix(t)
	}
	org := strings.Join(kept, " ")
	if !hasOrgSuffix(org) || isGenericOrg(org) && !kanaBeforeNo(org) || deptToken.endOf(kept[0]) || len([]rune(org)) > 40 {
		return ""
	}
	return org
}

// contactWord starts the contact details on a signature line.
var contactWord = []string{"TEL", "Tel", "tel", "FAX", "Fax", "E-mail", "Email", "email", "Mail", "URL", "電話", "携帯"}

// isFamilyOnly reports whether t may be a family name alone: two or three
// kanji that name no institution.
func isFamilyOnly(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 3 || hasOrgSuffix(t) || legalForm.MatchString(t) {
		return false
	}
	for _, r := range t {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// isDeptField reports whether t is a field's department: kanji ending in
// 科 (内科, 心臓血管外科).
func isDeptField(t string) bool {
	if !strings.HasSuffix(t, "科") || utf8.RuneCountInString(t) > 8 {
		return false
	}
	for _, r := range t {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// kanaBeforeNo reports whether the の before the institution word of org
// may be part of its name (なすこころの病院), not a description (都内の
// 病院, 近くの病院).
func kanaBeforeNo(org string) bool {
	i := strings.LastIndex(org, "の")
	if i <= 0 || strings.Contains(org[i:], " ") {
		return false
	}
	r := lastRune(org[:i])
	if !unicode.In(r, unicode.Hiragana, unicode.Katakana) {
		return false
	}
	head := org[:i]
	return utf8.RuneCountInString(head) >= 3 && !pronounHead.endOf(head) &&
		!slices.ContainsFunc(genericOrgPrefixes, func(p string) bool { return strings.HasSuffix(head+"の", p) })
}

// pronounHead ends words that point at institutions without naming them
// (いくつかの病院, こちらの施設).
var pronounHead = wordList{"いくつか", "ほか", "どこか", "いずれか", "なにか", "何らか", "そちら", "こちら", "あちら", "どちら", "それら", "これら", "多く", "近く", "遠く", "すべて", "全て", "ほとんど"}

// particleCut returns where a particle (で, に, は, が, を) follows a
// kanji or katakana in s, or len(s).
func particleCut(s string) int {
	prev := rune(0)
	for i, r := range s {
		if strings.ContainsRune("でにはがを", r) && (isHan(prev) || unicode.In(prev, unicode.Katakana)) {
			return i
		}
		prev = r
	}
	return len(s)
}

// officeEnd ends the name of a public office.
var officeEnd = wordList{"役場", "役所", "県庁", "道庁", "都庁", "府庁"}

// placeEnd ends a prefecture's or a municipality's name.
var placeEnd = wordList{"道", "都", "府", "県", "市", "区", "町", "村"}

// placeOnly is an address alone: a prefecture, a district, a
// municipality.
var placeOnly = regexp.MustCompile(`^(?:北海道|東京都|京都府|大阪府|\p{Han}{2,3}県)(?:\p{Han}{1,5}郡)?(?:\p{Han}{1,6}?[市区町村])?$`)

// isPrefecture reports whether s is a prefecture's name alone: 北海道,
// 東京都, 京都府, 大阪府, or two or three kanji and 県.
func isPrefecture(s string) bool {
	switch s {
	case "北海道", "東京都", "京都府", "大阪府":
		return true
	}
	p, ok := strings.CutSuffix(s, "県")
	if !ok {
		return false
	}
	n := 0
	for _, r := range p {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n == 2 || n == 3
}

// prefectureOffice returns the prefecture of a signature line naming one
// of its departments (和歌山県 福祉保健部 医務課 → 和歌山県): the
// prefecture is the institution that writes.
func prefectureOffice(line string) string {
	first, rest, ok := strings.Cut(strings.TrimLeft(line, " "), " ")
	if !ok || !isPrefecture(first) {
		return ""
	}
	second, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if !deptToken.endOf(second) {
		return ""
	}
	return first
}

// officePlace is the prefecture and district written before a municipal
// office's own name (高知県土佐郡大川村役場).
var officePlace = regexp.MustCompile(`^(?:北海道|東京都|京都府|大阪府|[\p{Han}]{2,3}県)\s?(?:[\p{Han}\p{Hiragana}\p{Katakana}]{1,5}?郡\s?)?([\p{Han}\p{Hiragana}\p{Katakana}ヶ]{1,6}[市町村](?:役場|役所))$`)

// OfficeName returns a city hall's or town office's name without the
// prefecture and district before it (奈良県五條市役所 → 五條市役所), as the
// office calls itself; other names are returned unchanged.
func OfficeName(org string) string {
	if !strings.HasSuffix(org, "役場") && !strings.HasSuffix(org, "役所") {
		return org
	}
	if m := officePlace.FindStringSubmatch(org); m != nil {
		return m[1]
	}
	return org
}

// katakanaRun returns how many katakana end s.
func katakanaRun(s string) int {
	n := 0
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.In(r, unicode.Katakana) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}
