package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/md2-rm/madoguchi/intake/cue"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
)

// Input is the text of one mail as extraction sees it.
type Input struct {
	Category    lead.Category
	Body        string // the writer's own text, quotes and signature removed
	Signature   string // the signature or form footer (person fields only)
	Subject     string
	FromName    string
	FromAddress string
	ReplyTo     string    // the first Reply-To address, if any
	Date        time.Time // the mail's Date, in the zone relative dates resolve in
	IsForm      bool      // a web-form notification: the inquirer is in the body
	Normalized  bool      // Body and Signature have been through Normalize already
	Fields      []Field   // the labelled fields of Body and Signature, if already found
	// Quoted is the quoted earlier mail. It is never a source of fields; a
	// phone number it holds (the secretariat's own) is not the inquirer's.
	Quoted string
}

// Extractor finds the contract's fields. It is safe for concurrent use.
type Extractor struct {
	places *Places
	specs  *Specialties
}

// New returns an Extractor over the vocabulary.
func New(v *vocab.Vocab) *Extractor {
	return &Extractor{places: NewPlaces(v), specs: NewSpecialties(v)}
}

var (
	emailRe      = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	ageRe        = regexp.MustCompile(`(?:満|今年で|現在|年齢は)?\s?(\d{2})\s?(?:歳|才)`)
	ageBecome    = regexp.MustCompile(`(?:今年|誕生日|年が明けて)(?:で)?\s?(\d{2}|[一二三四五六七八九十]{2,3})\s?(?:歳|才)?(?:に)?なり`)
	ageEnglish   = regexp.MustCompile(`(?i)\b(\d{2})\s?(?:years old|-year-old|yo\b)`)
	ageNotAfter  = cue.MustCompileRegexp(`^\s?(?:以上|以下|未満|まで|不問|前後|程度|から|~|-|を過ぎ|を超え|の方|位|くらい|代)`)
	ageNotBefore = cue.MustCompileRegexp(`(?:定年|定年は|定年が|上限|年齢|制限|定年を)\s?$`)
	birthGreg    = regexp.MustCompile(`(19\d\d)\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?\s?(?:\([^)]{0,12}\)\s?)?(?:生まれ|生)|born in (19\d\d)`)
	residenceRe  = cue.MustCompile(`(?i)現勤務先|勤務先\s?[:：]|住んで|在住|住まい|現在|現職|務めて|勤務して|勤務中|勤めて|従事|開業して|working at|working in|been working|(?:I|and) work (?:as|at|in)|live in|living in|based in`)
	proxyOrgRe   = regexp.MustCompile(`当(?:教室|医局|科|院|講座|部|センター)`)
	kanaParen    = regexp.MustCompile(`^\s?[（(]([\p{Hiragana}\p{Katakana}ー\s]+)[）)]`)
)

// Extract returns the contract fields of the mail (without message_id,
// category and body), following the category's rules.
func (x *Extractor) Extract(in Input) lead.Fields {
	var f lead.Fields
	body, sig := in.Body, in.Signature
	if !in.Normalized {
		body, sig = Normalize(body), Normalize(sig)
	}
	body, sig = ReplaceKanjiNumbers(body), ReplaceKanjiNumbers(sig)
	own := body + "\n" + sig
	fields := in.Fields
	if fields == nil {
		fields = Fields(own)
	} else {
		fields = append([]Field(nil), fields...)
		for i := range fields {
			fields[i].Value = ReplaceKanjiNumbers(fields[i].Value)
		}
	}
	cat := in.Category
	if cat == lead.AutoReply || cat == lead.Bounce || cat == lead.Spam || cat == "" {
		f.Normalize()
		return f
	}

	// Person fields.
	name, kana, proxy, proxyWord := x.name(in, body, sig, fields)
	if kana == "" && name != "" {
		kana = kanaAfter(body, sig, name)
	}
	f.Name = ptr(name)
	f.NameKana = ptr(kana)
	f.Email = ptr(x.email(in, body, fields, proxy))
	f.Phone = ptr(x.phone(own, fields, in.Quoted))
	var bodyOrgs []string
	if cat == lead.Doctor || cat == lead.Hospital {
		bodyOrgs = orgsIn(body) // a person writing in general is named by the signature
	}
	org := x.organization(cat, body, sig, bodyOrgs, fields, proxy, proxyWord, in.FromName)
	f.Organization = ptr(OfficeName(org))
	if cat != lead.Doctor && cat != lead.Hospital {
		f.Normalize()
		return f
	}

	if cat == lead.Doctor {
		if v, ok := Lookup(fields, "age"); ok {
			if n, err := strconv.Atoi(strings.TrimRight(strings.TrimSpace(v), "歳才 ")); err == nil && n >= 20 && n < 100 {
				f.Age = &n
			}
		}
		if f.Age == nil {
			f.Age = age(body)
		}
		if v, ok := Lookup(fields, "birth"); ok {
			f.BirthYear = labelledYear(v)
		}
		if f.BirthYear == nil {
			f.BirthYear = birthYear(own)
		}
	}

	masked := body
	for _, o := range append(bodyOrgs, org) {
		if o != "" {
			masked = strings.ReplaceAll(masked, o, " ")
		}
	}
	if v, ok := Lookup(fields, "docorg"); ok && v != "" {
		masked = strings.ReplaceAll(masked, v, " ") // 所属: …病院 外科 is the workplace
	}
	anyField := x.specs.Any(own)
	if anyField {
		f.Specialties = []string{}
	} else {
		f.Specialties = x.specs.Find(othersDropped(cat, masked, proxy))
	}

	if cat == lead.Hospital && org != "" && len(f.Specialties) == 0 && !anyField {
		// A care facility that names no field looks for its own physician
		// (施設長, 嘱託医): a post in care, though its name was masked.
		if slices.Contains(x.specs.Find(org), careFacility) {
			f.Specialties = append(f.Specialties, careFacility)
		}
	}

	bodyReading := newReading(body) // read by prefectures and employment
	f.Prefectures = x.prefecturesIn(cat, bodyReading, sig, fields)

	if cat == lead.Hospital {
		place, _ := Lookup(fields, "place")
		for _, t := range []string{place, body, sig} {
			if m := Municipality(t); m != "" {
				f.Municipality = &m
				break
			}
		}
		// A town office recruiting for its own clinic: 十津川村役場.
		if m := townOffice.FindStringSubmatch(org); f.Municipality == nil && m != nil {
			f.Municipality = &m[1]
		}
	}

	emp, hasEmp := Lookup(fields, "employment")
	if hasEmp {
		f.Employment = Employment(emp)
	}
	if len(f.Employment) == 0 {
		f.Employment = employment(bodyReading)
	}
	if v, ok := Lookup(fields, "daysPerWeek"); ok {
		if n, ok := DaysPerWeek(v); ok {
			f.DaysPerWeek = &n
		}
	} else if hasAny(body, "週", "week") {
		if n, ok := DaysPerWeek(wishText(bodyReading)); ok {
			f.DaysPerWeek = &n
		}
	}

	if v, ok := Lookup(fields, "start"); ok {
		f.Start = ptr(StartDate(v, in.Date, true))
	} else {
		f.Start = ptr(StartDate(body, in.Date, false))
	}
	f.Normalize()
	return f
}

func ptr[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

// name finds the person's name and reading. proxy is true when the mail is
// written for someone else (the name is not the writer's).
func (x *Extractor) name(in Input, body, sig string, fields []Field) (name, kana string, proxy bool, proxyWord string) {
	if v, ok := Lookup(fields, "kana"); ok && isKanaText(Normalize(v)) {
		kana = Katakana(v)
	}
	if v, ok := Lookup(fields, "name"); ok && strings.TrimSpace(v) != "" {
		name = CleanName(v)
		writer, _ := SelfIntroFamily(body)
		proxy = !in.IsForm && writer != "" && !strings.HasPrefix(name, strings.Fields(writer)[0])
		return name, kana, proxy, ""
	}
	if in.Category == lead.Doctor {
		if n, k := ProxyName(body); n != "" {
			if kana == "" {
				kana = k
			}
			return n, kana, true, proxyKeyword(body, n)
		}
	}
	if n := EnglishName(body); n != "" {
		return n, kana, false, ""
	}
	fam, strong := SelfIntroFamily(body)
	if strings.Contains(fam, " ") {
		if kana == "" {
			kana = kanaAfter(body, sig, fam)
		}
		return fam, kana, false, ""
	}
	if sp := spacedIn(fam, sig, body, in.FromName); sp != "" {
		if kana == "" {
			kana = kanaAfter(body, sig, sp)
		}
		return sp, kana, false, ""
	}
	if fam != "" {
		full := FullNameWith(sig, fam)
		if full == "" {
			full = FullNameWith(body, fam)
		}
		if full == "" {
			full = FullNameWith(CleanName(in.FromName), fam)
		}
		if full != "" {
			name = CleanSpaces(full)
			if kana == "" {
				kana = kanaAfter(body, sig, full)
			}
			return name, kana, false, ""
		}
		if strong {
			return fam, kana, false, ""
		}
	}
	// A line holding only a name: the signature, then the closing lines.
	for l := range strings.SplitSeq(sig, "\n") {
		if n := NameLine(l); n != "" {
			return n, kana, false, ""
		}
	}
	lines := lastLines(body, 6)
	for i := len(lines) - 1; i >= 0; i-- {
		if n := NameLine(lines[i]); n != "" {
			return n, kana, false, ""
		}
	}
	if !in.IsForm {
		if n := DisplayName(in.FromName); n != "" {
			return n, kana, false, ""
		}
	}
	return "", kana, false, ""
}

// kanaAfter returns the reading written in brackets right after name.
// The body is read before the signature.
func kanaAfter(body, sig, name string) string {
	for _, text := range [2]string{body, sig} {
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			off += i + len(name)
			if m := kanaParen.FindStringSubmatch(text[off:]); m != nil && isKanaText(m[1]) {
				return Katakana(m[1])
			}
		}
	}
	return ""
}

// spacedIn returns the spaced form of name the signature, the body or the
// From display name writes, or "".
func spacedIn(name, sig, body, fromName string) string {
	if name == "" || strings.Contains(name, " ") {
		return ""
	}
	if sp := SpacedForm(sig, name); sp != "" {
		return sp
	}
	if sp := SpacedForm(body, name); sp != "" {
		return sp
	}
	if !strings.Contains(fromName, " ") && !strings.Contains(fromName, "\u3000") {
		return ""
	}
	return SpacedForm(CleanName(fromName), name)
}

func proxyKeyword(body, name string) string {
	i := strings.Index(body, name)
	if i < 0 {
		return ""
	}
	before := body[max(0, i-12):i]
	for _, w := range []string{"夫", "主人", "父", "教授", "院長", "部長", "科長", "科医"} {
		if strings.Contains(before, w) {
			return w
		}
	}
	return ""
}

func (x *Extractor) email(in Input, body string, fields []Field, proxy bool) string {
	if v, ok := Lookup(fields, "email"); ok && (in.IsForm || proxy) {
		if m := emailRe.FindString(v); m != "" {
			return strings.ToLower(m)
		}
	}
	if proxy {
		for _, m := range emailRe.FindAllString(body, -1) {
			m = strings.ToLower(m)
			if m != in.FromAddress && m != in.ReplyTo {
				return m
			}
		}
	}
	if in.IsForm {
		if m := emailRe.FindString(body); m != "" {
			return strings.ToLower(m)
		}
	}
	if in.ReplyTo != "" {
		return strings.ToLower(in.ReplyTo)
	}
	if in.IsForm {
		return ""
	}
	return strings.ToLower(in.FromAddress)
}

func (x *Extractor) phone(own string, fields []Field, quoted string) string {
	if v, ok := Lookup(fields, "phone"); ok {
		if p := Phones(v); len(p) > 0 {
			return p[0]
		}
		if strings.TrimSpace(v) == "" {
			return "" // the form has the field and it was left empty
		}
	}
	phones := Phones(own)
	var ours []string
	if quoted != "" && len(phones) > 0 {
		ours = Phones(Normalize(quoted))
	}
	for _, p := range phones {
		if !slices.Contains(ours, p) {
			return p
		}
	}
	return ""
}

// namedOrg returns the first of orgs that names an institution rather than
// a field (内科, 透析クリニック), leaving companies out when noCompany is set.
func (x *Extractor) namedOrg(orgs []string, noCompany bool) string {
	for _, o := range orgs {
		if !x.specs.IsTerm(o) && !x.fieldOnly(o) && !(noCompany && strings.Contains(o, "会社")) {
			return o
		}
	}
	return ""
}

// fieldOnly reports whether an institution's name is only a field and an
// institution word (透析クリニック, 内科医院): a kind of place, no name.
func (x *Extractor) fieldOnly(org string) bool {
	for _, w := range []string{"クリニック", "医院", "診療所", "病院"} {
		if head, ok := strings.CutSuffix(org, w); ok && head != "" && x.specs.IsTerm(head) {
			return true
		}
	}
	return false
}

// orgsIn returns the institutions named in text, line by line, skipping
// the lines that address the secretariat.
func orgsIn(text string) []string {
	if !hasOrgSuffix(text) {
		return nil
	}
	var out []string
	for l := range strings.SplitSeq(text, "\n") {
		if !greeting(l) {
			out = append(out, Organizations(l)...)
		}
	}
	return out
}

func (x *Extractor) organization(cat lead.Category, body, sig string, bodyOrgs []string, fields []Field, proxy bool, proxyWord, fromName string) string {
	if cat == lead.Doctor {
		if v, ok := Lookup(fields, "docorg"); ok {
			if o := Organizations(v); len(o) > 0 {
				return o[0]
			}
			if v = CleanSpaces(v); v != "" && hasOrgSuffix(v) && !isGenericOrg(v) && !strings.ContainsAny(v, "内の") {
				return v
			}
			return ""
		}
		// A secretary or colleague writing for their chief shares the
		// workplace; a relative does not, so for them only an institution
		// the text names is the physician's.
		if proxy && !(proxyWord != "" && proxyWord != "夫" && proxyWord != "主人" && proxyWord != "父" && (proxyWord != "院長" || proxyOrgRe.MatchString(body))) {
			// A placement company presenting a candidate is no workplace
			// of the physician.
			return x.namedOrg(bodyOrgs, true)
		}
		if o := x.namedOrg(bodyOrgs, false); o != "" {
			return o
		}
		if o := EnglishOrganizations(body); len(o) > 0 {
			return o[0]
		}
		return sigOrg(body, sig, fromName)
	}
	if v, ok := Lookup(fields, "hosporg"); ok && strings.TrimSpace(v) != "" {
		return CleanSpaces(v)
	}
	if o := sigOrg(body, sig, fromName); o != "" {
		// The signature may shorten the name the text gives in full
		// (医療法人 清風会 しおさい病院 above, しおさい病院 below).
		for _, b := range bodyOrgs {
			if len(b) > len(o) && strings.HasSuffix(b, o) {
				return b
			}
		}
		return o
	}
	if cat == lead.Hospital && len(bodyOrgs) > 0 {
		return bodyOrgs[0]
	}
	if o := EnglishOrganizations(body); cat == lead.Hospital && len(o) > 0 {
		return o[0]
	}
	if o := SignatureOrg(Normalize(fromName)); o != "" {
		return o
	}
	return ""
}

// sigOrg returns the institution on the signature's lines, or on the last
// lines of the body when the signature is not set off.
func sigOrg(body, sig, fromName string) string {
	for l := range strings.SplitSeq(sig, "\n") {
		if o := SignatureOrg(l); o != "" {
			return o
		}
	}
	lines := lastLines(body, 6)
	for i := range lines {
		if o := SignatureOrg(lines[i]); o != "" {
			return o
		}
	}
	for l := range strings.SplitSeq(sig, "\n") {
		if o := EnglishOrganizations(l); len(o) > 0 {
			return o[0]
		}
	}
	return ""
}

// lastLines returns the last n of the lines strings.Split(s, "\n") returns,
// in order, without splitting the rest.
func lastLines(s string, n int) []string {
	var rev []string
	for len(rev) < n {
		i := strings.LastIndexByte(s, '\n')
		rev = append(rev, s[i+1:])
		if i < 0 {
			break
		}
		s = s[:i]
	}
	slices.Reverse(rev)
	return rev
}

func greeting(line string) bool {
	l := strings.TrimSpace(line)
	return strings.HasSuffix(l, "御中") || strings.HasSuffix(l, "様") || strings.HasSuffix(l, "各位") || strings.Contains(l, "事務局")
}

// prefectures returns the prefectures where the writer wishes to work (a
// doctor) or the post is (a hospital).
func (x *Extractor) prefectures(cat lead.Category, body, sig string, fields []Field) []string {
	return x.prefecturesIn(cat, newReading(body), sig, fields)
}

// prefecturesIn is prefectures for a body whose reading is shared with
// the other fields read from it.
func (x *Extractor) prefecturesIn(cat lead.Category, br *reading, sig string, fields []Field) []string {
	body := br.s
	if v, ok := Lookup(fields, "place"); ok {
		prefs, any := x.places.Find(v)
		if any && len(prefs) == 0 {
			return []string{Nationwide}
		}
		if ex := x.places.excluded(v); len(ex) > 0 {
			prefs = slices.DeleteFunc(prefs, func(p string) bool { return slices.Contains(ex, p) })
		}
		if len(prefs) > 0 {
			return prefs
		}
	}
	if cat == lead.Hospital {
		// The post is where the institution is: the prefecture of the first
		// address in the text (庄原市 in 広島県, not the neighbours it names).
		if pref, _ := Address(body); pref != "" {
			if ps, _ := x.places.find(pref, false); len(ps) == 1 {
				return ps
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	nationwide := false
	t := br.text()
	anyRes, anyWhere := cat == lead.Doctor && residenceRe.Match(t), anywhere.Match(t)
	var home []string // where the writer lives or works now
	// Whether any clause can be a self-introduction, an address or an
	// institution's name, asked of the whole text once.
	anySelf := cat == lead.Doctor && (hasAny(body, selfWords...) || hasAny(body, "〒", "住所", "自宅") || hasOrgSuffix(body))
	for _, c := range br.clauses() {
		if greeting(c) {
			continue
		}
		if cat == lead.Doctor {
			// 名古屋から富山へ引っ越す: where the writer moves from is no wish.
			if i := strings.LastIndex(c, "から"); i > 0 && moveRe.MatchString(c[i:]) {
				c = c[i:]
			}
			// 仙台の○○センターの三浦と申します, ○○病院で働いております,
			// 〒227-0062 横浜市…: the writer's workplace or address, unless
			// the clause is also a wish.
			if anySelf && (selfClause(c) || isOrgLine(strings.TrimSpace(c)) || isAddressLine(c)) &&
				!hasAny(c, wishWords...) && !strings.Contains(c, "たい") {
				if ps, _ := x.places.find(c, false); len(ps) > 0 {
					home = ps // 道内で, later, means here
				}
				continue
			}
		}
		if anyRes && residenceRe.MatchString(c) {
			ps, _ := x.places.find(c, false)
			if len(ps) > 0 {
				home = ps
			}
			// 香川県在住で、県内を希望: the home prefecture is the wish.
			if !(hasAny(c, localWords...) && hasAny(c, wishWords...)) {
				continue
			}
		}
		prefs, any := x.places.find(c, anyWhere)
		if len(prefs) == 0 && len(home) > 0 && hasAny(c, localWords...) && hasAny(c, wishWords...) {
			prefs = home
		}
		// 県内であれば地域は問いません: anywhere within the place named.
		if any && len(prefs) == 0 && !hasAny(c, localWords...) {
			nationwide = true
		}
		for _, p := range prefs {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	if nationwide {
		return []string{Nationwide}
	}
	if ex := x.places.excludedBy(body, cat != lead.Hospital); len(ex) > 0 {
		out = slices.DeleteFunc(out, func(p string) bool { return slices.Contains(ex, p) })
		if len(out) == 0 {
			out = nil // 東京以外ならどこでも: no place to name
		}
	}
	if len(out) == 0 && cat == lead.Hospital {
		for l := range strings.SplitSeq(sig, "\n") {
			if prefs, _ := x.places.Find(l); len(prefs) > 0 {
				return prefs[:1]
			}
		}
	}
	return out
}

var (
	// moveRe follows the place a writer moves from.
	moveRe = regexp.MustCompile(`引っ越|転居|移り住|移住|転勤`)
	// orgLine is a clause that is only an institution's name: a doctor's
	// answer naming the present workplace.
	orgLine = regexp.MustCompile(`^(?:\d{1,2}[.．、)）]\s*)?[^の、。!?！？\s][^の、。!?！？]{1,40}(?:病院|医院|クリニック|診療所|センター)(?:\s?[（(][^）)]*[）)])?$`)
)

var (
	// hospitalSelf is a clause in which a physician describes the hospital
	// they work at (当院は内科、外科…を標榜), not their own field.
	hospitalSelf = []string{"当院", "弊院"}
	// ownWork keeps such a clause: the writer's own post in it.
	ownWork = []string{"私", "担当", "専門", "医として", "医です", "をしており", "をしていま"}
	// relatives are the family a physician may write of: 妻も医師(小児科)で.
	relatives = []string{"妻", "夫", "主人", "家内", "息子", "娘"}
	// staffNow is a clause about an institution's present physicians:
	// 腎臓内科の常勤医1名で運営しておりますが.
	staffWords = []string{"名で", "名が", "人で", "人が", "担って", "在籍"}
	staffNow   = regexp.MustCompile(`(?:医|医師|先生)\s?` + headCount + `\s?(?:名|人)(?:で|が)|担って(?:おり|います|いる)|在籍して|が在籍`)
)

// othersDropped returns text without the clauses that name the fields of
// other people than the one the lead is about: for a physician writing
// themself, their hospital's departments and their family's fields; for
// an institution, the physicians it has now.
func othersDropped(cat lead.Category, text string, proxy bool) string {
	var drop func(c string) bool
	switch {
	case cat == lead.Doctor && !proxy && (hasAny(text, hospitalSelf...) || relativeSubject(text)):
		drop = func(c string) bool {
			return hasAny(c, hospitalSelf...) && !hasAny(c, ownWork...) || relativeSubject(c)
		}
	case cat == lead.Hospital && hasAny(text, staffWords...):
		drop = func(c string) bool { return hasAny(c, staffWords...) && staffNow.MatchString(c) }
	default:
		return text
	}
	cs := clauses(text)
	if !slices.ContainsFunc(cs, drop) {
		return text
	}
	var b strings.Builder
	for _, c := range cs {
		if !drop(c) {
			b.WriteString(c)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// relativeSubject reports whether a relative is the subject of a clause in
// s: 妻も, 主人は, 娘が.
func relativeSubject(s string) bool {
	for _, w := range relatives {
		for off := 0; ; {
			k := strings.Index(s[off:], w)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(w)
			if at > 0 && isHan(lastRune(s[:at])) {
				continue // 工夫が, 大丈夫は: part of another word
			}
			if r := firstRune(s[off:]); r == 'も' || r == 'は' || r == 'が' {
				return true
			}
		}
	}
	return false
}

// selfWords mark a clause that says who the writer is and where they work
// now.
var selfWords = []string{"と申します", "と申す者", "働いており", "働いていま", "働いている", "をしており", "をしていま", "勤務しております", "在籍しております", "休職して", "勤めていた", "担当している", "担当しており", "今は", "してます"}

func selfClause(c string) bool { return hasAny(c, selfWords...) }

// isAddressLine reports whether a clause is a postal address: 〒227-0062
// 横浜市…, 住所: ….
func isAddressLine(c string) bool {
	c = strings.TrimSpace(c)
	return strings.HasPrefix(c, "〒") || strings.HasPrefix(c, "住所") || strings.HasPrefix(c, "ご住所") || strings.HasPrefix(c, "自宅")
}

// isOrgLine reports whether a trimmed clause is only an institution's name
// (orgLine), looking at its end before running the expression.
func isOrgLine(c string) bool {
	// ○○病院 こころの診療科: the institution and a department.
	if i := strings.LastIndexByte(c, ' '); i > 0 && !strings.ContainsAny(c[i:], "。、") && isOrgLine(strings.TrimSpace(c[:i])) {
		return true
	}
	end := strings.TrimRight(c, ")）")
	if len(end) < len(c) {
		if i := strings.LastIndexAny(end, "(（"); i >= 0 {
			end = strings.TrimRight(end[:i], " ")
		}
	}
	if !hasSuffixAny(end, "病院", "医院", "クリニック", "診療所", "センター") {
		return false
	}
	return orgLine.MatchString(c)
}

func hasSuffixAny(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// localWords refer back to the writer's home area; wishWords make a clause
// a wish rather than a fact.
var (
	localWords = []string{"県内", "道内", "府内", "都内", "地元", "近隣", "近く", "市内"}
	wishWords  = []string{"希望", "働きたい", "働ければ", "働けれ", "働ける", "勤務したい", "勤務できれば", "勤務でき", "従事でき", "探して", "探しており", "お手伝いしたい", "お手伝いできれば", "伺います", "紹介していただ", "ご紹介いただ"}
)

// careFacility is the specialty of posts at care facilities.
const careFacility = "老健・介護施設"

// townOffice is the office of a city, town or village.
var townOffice = regexp.MustCompile(`^(\p{Han}{1,5}[市町村])(?:役所|役場)$`)

// ageParen is an age in brackets after the physician: 耳鼻科医(68).
var ageParen = regexp.MustCompile(`(?:医|医師|先生|氏)\s?\((\d{2})(?:歳|才)?\)`)

func age(body string) *int {
	for _, m := range findAround(ageBecome, body, 0, 40, "今年", "誕生日", "年が明けて") {
		// 七十二になります: a kanji age without 歳 is not rewritten earlier.
		n, err := strconv.Atoi(body[m[2]:m[3]])
		if err != nil {
			n, _ = KanjiNumber(body[m[2]:m[3]])
		}
		if n >= 25 && n < 100 {
			return &n
		}
	}
	for _, m := range findDigitsAround(ageRe, body, 16, 3, "歳", "才") {
		if ageNotAfter.MatchString(body[m[1]:]) || ageNotBefore.MatchString(body[:m[0]]) {
			continue
		}
		n, _ := strconv.Atoi(body[m[2]:m[3]])
		if n >= 25 && n < 100 {
			return &n
		}
	}
	for _, m := range findDigitsAround(ageParen, body, 8, 8, "(") {
		n, _ := strconv.Atoi(body[m[2]:m[3]])
		if n >= 25 && n < 100 {
			return &n
		}
	}
	for _, m := range findAllIf(ageEnglish, body, "year", "yo") {
		n, _ := strconv.Atoi(body[m[2]:m[3]])
		if n >= 25 && n < 100 {
			return &n
		}
	}
	return nil
}

// labelledYear reads the year of a labelled birth field: an era year
// (昭和32年, S32) or a Gregorian one (1957年, 1957/4/1).
func labelledYear(v string) *int {
	if ds := findEraDates(v); len(ds) > 0 {
		y := ds[0].date.Year
		return &y
	}
	// A bare letter form is a year only where the label says so: S32.
	if m := bareEraYear.FindStringSubmatch(strings.TrimSpace(v)); m != nil {
		n, _ := strconv.Atoi(m[2])
		if y, ok := EraYear(m[1], n); ok {
			return &y
		}
	}
	if m := gregYear.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		return &y
	}
	return nil
}

var bareEraYear = regexp.MustCompile(`^([MTSHRmtshr])\.?\s?(\d{1,2})$`)

var gregYear = regexp.MustCompile(`\b(19\d\d|20[0-2]\d)\b`)

func birthYear(text string) *int {
	for _, e := range findEraDates(text) {
		rest := strings.TrimLeft(text[e.end:], " )")
		if strings.HasPrefix(rest, "生") || strings.HasSuffix(text[e.start:e.end], "生") {
			y := e.date.Year
			return &y
		}
	}
	if m := firstAround(birthGreg, text, 40, 8, "生", "born"); m != nil {
		s := ""
		if m[2] >= 0 {
			s = text[m[2]:m[3]]
		} else if m[4] >= 0 {
			s = text[m[4]:m[5]]
		}
		y, _ := strconv.Atoi(s)
		return &y
	}
	return nil
}
