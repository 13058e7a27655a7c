package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/intake/cue"
	"github.com/md2-rm/madoguchi/internal/substr"
)

var (
	// introName captures the family name (and given name) that ends the text
	// before …と申します or …です.
	introName = cue.MustCompileRegexp(`([\p{Han}々ヶ]{1,4})(?:(\s?)([\p{Han}々]{1,3}))?$`)
	// proxyIntro captures the physician a spouse, secretary or colleague writes for.
	proxyIntro = regexp.MustCompile(`(?:夫|主人|父|義父|兄|弟|息子|教授|院長|部長|科長|医師|先生|科医|先輩|上司|同僚|恩師)(?:の|、)?\s?[・:]?\s?([\p{Han}々]{1,4}\s[\p{Han}々]{1,3}|[\p{Han}々]{3,6}(?:先生|医師))(?:\s?[（(]([\p{Hiragana}\p{Katakana}ー\s]+)[）)])?(?:の|は|が|を|先生|氏|[（(、])`)
	// presentedLine is a line that presents a physician by name alone:
	// 須藤 勝（すどう まさる）先生.
	presentedLine = regexp.MustCompile(`(?m)^\s*([\p{Han}々]{1,4}\s[\p{Han}々]{1,3})\s?(?:[（(]([\p{Hiragana}\p{Katakana}ー\s]+)[）)])?\s?先生\s*$`)
	englishName   = cue.MustCompileRegexp(`(?:My name is|I am|I'm|This is)\s+(?:Dr\.?\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\b`)
	fullNameRe    = regexp.MustCompile(`^[\p{Han}々ヶ]{1,4}\s[\p{Han}々ヶ]{1,3}$|^[\p{Han}々ヶ]{2,4}[\p{Han}々]{1,3}$`)
	// kanaGivenRe is a family name in kanji and a given name in hiragana
	// (中野 さやか), spaced as a signature writes it.
	kanaGivenRe = regexp.MustCompile(`^[\p{Han}々ヶ]{1,4}\s(?:\p{Hiragana}{2,4}|[\p{Katakana}ー]{2,5})$`)
	latinName   = regexp.MustCompile(`^(?:Dr\.?\s+)?([A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z'\-]+){1,2})(?:,?\s*(?:MD|M\.D\.|PhD))?$`)
	// honorifics and titles that are not part of a name.
	honorific = cue.MustCompileRegexp(`\s*(?:様|さま|先生|殿|氏|さん|御中)$|^(?:Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)\s+|,?\s*(?:MD|M\.D\.)$`)
	parenTail = cue.MustCompileRegexp(`\s*[（(][^）)]*[）)]\s*$`)
)

// proxyWords introduce the physician someone writes for.
var proxyWords = []string{"夫", "主人", "父", "兄", "弟", "息子", "教授", "院長", "部長", "科長", "医師", "先生", "科医", "先輩", "上司", "同僚", "恩師"}

// introSuffixes end a self-introduction; です is the weak form.
var introSuffixes = []string{"と申します", "と申し上げます", "といいます", "と言います", "でございます", "です"}

// notFamily lists words that end like a self-introduction but are not names
// (内科医です, 事務局です). Endings shared with common family names (村 in
// 中村, 部 in 阿部, 中 in 田中) are not listed.
var notFamily = []string{"医", "科", "院", "局", "課", "会", "長", "者", "員", "師", "所", "社", "様", "県", "際", "件", "事務", "次第", "以上", "予定", "希望", "状況", "現在", "学生", "専門", "担当", "理由", "必要", "可能", "大丈夫", "結構", "不要"}

// notKanaGiven are hiragana words that may follow a kanji word on a
// closing line but are no given name (事務局 より).
var notKanaGiven = map[string]bool{"より": true, "まで": true, "から": true, "です": true, "ほか": true, "など": true, "あて": true, "さま": true, "さん": true, "くん": true, "ちゃん": true, "いたします": true, "ください": true}

// notGiven are words that follow a family name but are no given name.
var notGiven = map[string]bool{"宛": true, "様": true, "殿": true, "氏": true, "君": true, "先生": true, "宛て": true, "御中": true}

// CleanName normalises a name for the contract: NFKC, one ASCII space
// between parts, no honorifics or bracketed notes.
func CleanName(s string) string {
	s = CleanSpaces(Normalize(s))
	for {
		t := parenTail.ReplaceAllString(s, "")
		t = honorific.ReplaceAllString(t, "")
		t = strings.TrimSpace(t)
		if t == s {
			return s
		}
		s = t
	}
}

// SelfIntroFamily returns the family name (or full name) a writer gives in
// a self-introduction (石田と申します → 石田), or "". strong is false for the
// weaker …です form, which needs confirming by a full name elsewhere.
func SelfIntroFamily(text string) (family string, strong bool) {
	type hit struct {
		at     int
		strong bool
	}
	var hits []hit
	for _, suf := range introSuffixes {
		for off := 0; ; {
			k := substr.Index(text[off:], suf)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(suf)
			weak := suf == "です"
			if weak && off < len(text) && !strings.ContainsRune("。、 \n", firstRune(text[off:])) {
				continue
			}
			hits = append(hits, hit{at, !weak})
		}
	}
	sort.Slice(hits, func(a, b int) bool { return hits[a].at < hits[b].at })
	for _, h := range hits {
		m := introName.FindStringSubmatch(text[max(0, h.at-48):h.at])
		if m == nil {
			continue
		}
		fam := m[1]
		bad := false
		for _, w := range notFamily {
			if strings.HasSuffix(fam, w) || fam == w {
				bad = true
				break
			}
		}
		if bad {
			continue
		}
		// A space only where the text has one: 小野寺健太 is one word.
		if m[3] != "" {
			if m[2] == "" {
				return fam + m[3], h.strong
			}
			return fam + " " + m[3], h.strong
		}
		return fam, h.strong
	}
	return "", false
}

// SpacedForm returns name written with one space between family and
// given name as a word of text (山田太郎 → 山田 太郎 where the signature
// says so), or "". A writer who introduces themself without the space and
// signs with it gives the spaced form.
func SpacedForm(text, name string) string {
	if name == "" || strings.Contains(name, " ") {
		return ""
	}
	for i := range name {
		if i == 0 {
			continue
		}
		fam, given := name[:i], name[i:]
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], fam)
			if k < 0 {
				break
			}
			start, end := off+k, off+k+len(fam)+1+len(given)
			off = start + len(fam)
			if end > len(text) || text[off] != ' ' || text[off+1:end] != given {
				continue
			}
			if start > 0 && isHan(lastRune(text[:start])) {
				continue
			}
			if end < len(text) {
				if r := firstRune(text[end:]); isHan(r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
					continue
				}
			}
			return fam + " " + given
		}
	}
	return ""
}

// FullNameWith returns the first full name in text that starts with family
// (石田 → 石田 俊彦), as written, or "".
func FullNameWith(text, family string) string {
	if family == "" {
		return ""
	}
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], family)
		if k < 0 {
			return ""
		}
		start := off + k
		off = start + len(family)
		// The family name must start a word.
		if start > 0 && isHan(lastRune(text[:start])) {
			continue
		}
		if name, ok := givenAfter(text[off:]); ok {
			return family + name
		}
	}
	return ""
}

// givenAfter reads the given name that follows a family name in s: an
// optional space, then one to three kanji, or two to five kana after a
// space, ended by the end of the line, a space, punctuation or an honorific.
func givenAfter(s string) (string, bool) {
	sep := ""
	if strings.HasPrefix(s, " ") {
		sep, s = " ", s[1:]
	}
	n, end := 0, 0
	var kind int // 1 kanji, 2 hiragana, 3 katakana
	for i, r := range s {
		k := 0
		switch {
		case isHan(r):
			k = 1
		case unicode.Is(unicode.Hiragana, r):
			k = 2
		case unicode.Is(unicode.Katakana, r) && r != '・':
			k = 3
		}
		if k == 0 || (kind != 0 && k != kind) {
			break
		}
		kind = k
		n++
		end = i + utf8.RuneLen(r)
	}
	given, rest := s[:end], s[end:]
	switch {
	case kind == 1 && (n < 1 || n > 3):
		return "", false
	case kind == 2 && (n < 2 || n > 4 || sep == ""):
		return "", false
	case kind == 3 && (n < 2 || n > 5 || sep == ""):
		return "", false
	case kind == 0:
		return "", false
	}
	if notGiven[given] || kind == 1 && (hasOrgSuffix(given) || deptToken.endOf(given)) {
		return "", false // 椎葉村役場, 佐藤課長: no given name
	}
	if rest != "" {
		r := firstRune(rest)
		if !(r == '\n' || r == ' ' || strings.ContainsRune("（(、。,", r) || strings.HasPrefix(rest, "様") || strings.HasPrefix(rest, "先生") || strings.HasPrefix(rest, "宛")) {
			return "", false
		}
	}
	return sep + given, true
}

// NameLine returns the name on a signature line that holds only a name,
// possibly after a role or department (事務長　西森 文雄 → 西森 文雄).
func NameLine(line string) string {
	line = CleanSpaces(line)
	if m := latinName.FindStringSubmatch(line); m != nil {
		return m[1]
	}
	parts := strings.Split(line, " ")
	for k := len(parts) - 1; k >= 0 && k >= len(parts)-2; k-- {
		cand := strings.Join(parts[k:], " ")
		kanaGiven := k == len(parts)-2 && kanaGivenRe.MatchString(cand) && !notKanaGiven[parts[k+1]]
		if (fullNameRe.MatchString(cand) || kanaGiven) && !personOrgWords.in(cand) && !notFamilyToken(parts[k], k == len(parts)-1) && !nonNameWords.in(cand) {
			if k == 0 || roleWords.endOf(parts[k-1]) || orgWords.in(parts[k-1]) {
				return cand
			}
		}
	}
	return ""
}

// nonNameWords are words of a request, never of a name: a one-line mail
// (配信停止希望) is no signature.
var nonNameWords = wordList{"停止", "希望", "配信", "解除", "不要", "登録", "送信", "削除", "依頼", "連絡", "確認", "案内", "申込", "問合", "お願い"}

// roleWords end job titles and departments written before a name.
var roleWords = wordList{"長", "補佐", "主任", "主事", "主査", "主幹", "参事", "担当", "係", "課", "部", "室", "局", "員", "師", "秘書", "教授", "記者", "院長", "理事", "代表", "所長", "医", "科", "センター", "事務", "窓口", "教室", "医局"}

// deptStems mark a token as a department or role, not a family name.
var deptStems = wordList{"総務", "医事", "人事", "事務", "報道", "企画", "保健", "福祉", "庶務", "経理", "管理", "営業", "政策", "秘書", "看護", "薬剤", "検査", "地域", "医療", "診療", "健康", "教育", "広報", "採用", "相談", "業務", "支援", "推進", "連携", "研修", "情報", "医局", "教室", "窓口", "受付"}

// familyNotRole ends words that are roles, never family names (阿部, 服部
// and 室井 end or start like departments and are names).
var familyNotRole = wordList{"長", "補佐", "主任", "主事", "主査", "主幹", "参事", "担当", "局", "員", "師", "秘書", "教授", "記者", "理事", "代表", "医", "科", "センター", "事務", "窓口", "教室", "医局"}

// notFamilyToken reports whether tok, the first part of a name candidate,
// is a department or role instead. alone is true when the candidate is
// this single token, which then must not end like a department either.
func notFamilyToken(tok string, alone bool) bool {
	if deptStems.in(tok) || familyNotRole.endOf(tok) {
		return true
	}
	return alone && strings.ContainsAny(lastRuneString(tok), "課部室係")
}

func lastRuneString(s string) string {
	r := lastRune(s)
	if r == 0 {
		return ""
	}
	return string(r)
}

// personOrgWords is orgWords without the one-character department words,
// which family names contain (阿部, 室井).
var personOrgWords = wordList{"病院", "医院", "クリニック", "診療所", "センター", "法人", "会社", "株式", "(株)", "協会", "医師会", "事務局", "役場", "役所", "大学", "学会", "新聞", "放送", "財団", "組合", "機構", "施設", "ホーム", "苑", "フォーム", "システム", "窓口", "事業", "マッチング", "サポート", "Desk", "Team", "Center", "Office", "Department", "System", "Service", "Support", "Inc", "Ltd", "Co."}

// orgWords are words that make a string an institution, not a person.
var orgWords = wordList{"病院", "医院", "クリニック", "診療所", "センター", "法人", "会社", "株式", "(株)", "協会", "医師会", "事務局", "役場", "役所", "大学", "学会", "新聞", "放送", "財団", "組合", "機構", "施設", "ホーム", "苑", "フォーム", "システム", "課", "部", "室", "係", "窓口", "事業", "マッチング", "サポート", "Desk", "Team", "Center", "Office", "Department", "System", "Service", "Support", "Inc", "Ltd", "Co."}

// ProxyName returns the physician's name and reading when the writer writes
// for someone else (夫・西浦 隆の件, 教授 柘植 和臣（つげ かずおみ）の依頼).
func ProxyName(text string) (name, kana string) {
	if !hasAny(text, proxyWords...) {
		return "", ""
	}
	first := firstAround(proxyIntro, text, 0, 80, proxyWords...)
	if first == nil {
		first = presentedLine.FindStringSubmatchIndex(text)
	}
	if first == nil {
		return "", ""
	}
	var m []string
	for i := 0; i < len(first); i += 2 {
		if first[i] < 0 {
			m = append(m, "")
			continue
		}
		m = append(m, text[first[i]:first[i+1]])
	}
	name = CleanName(strings.TrimSuffix(strings.TrimSuffix(m[1], "先生"), "医師"))
	if m[2] != "" && isKanaText(m[2]) {
		kana = Katakana(m[2])
	}
	return name, kana
}

// EnglishName returns the name in "My name is …".
func EnglishName(text string) string {
	if !hasAny(text, "My name", "I am", "I'm", "This is") {
		return ""
	}
	if m := englishName.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// DisplayName returns the From display name when it looks like a person's
// name (石田 俊彦, Anna Kowalczyk), not an institution or a role.
func DisplayName(display string) string {
	d := CleanName(display)
	if d == "" || personOrgWords.in(d) {
		return ""
	}
	if parts := strings.Split(d, " "); notFamilyToken(parts[0], len(parts) == 1) || len(parts) > 1 && deptStems.in(parts[len(parts)-1]) {
		return ""
	}
	if fullNameRe.MatchString(d) && strings.Contains(d, " ") {
		return d
	}
	if m := latinName.FindStringSubmatch(d); m != nil && m[1] == d {
		return d
	}
	return ""
}
