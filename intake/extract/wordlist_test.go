package extract

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordListsAgreeWithRegexps checks each word list against the regular
// expression it replaces, on words of the lists, names and institutions, and
// random strings built from the lists' characters.
func TestWordListsAgreeWithRegexps(t *testing.T) {
	tests := []struct {
		name  string
		words wordList
		endOf bool
		re    string
	}{
		{"roleWords", roleWords, true, `(?:長|補佐|主任|主事|主査|主幹|参事|担当|係|課|部|室|局|員|師|秘書|教授|記者|院長|理事|代表|所長|医|科|センター|事務|窓口|教室|医局)$`},
		{"deptStems", deptStems, false, `総務|医事|人事|事務|報道|企画|保健|福祉|庶務|経理|管理|営業|政策|秘書|看護|薬剤|検査|地域|医療|診療|健康|教育|広報|採用|相談|業務|支援|推進|連携|研修|情報|医局|教室|窓口|受付`},
		{"familyNotRole", familyNotRole, true, `(?:長|補佐|主任|主事|主査|主幹|参事|担当|局|員|師|秘書|教授|記者|理事|代表|医|科|センター|事務|窓口|教室|医局)$`},
		{"personOrgWords", personOrgWords, false, `病院|医院|クリニック|診療所|センター|法人|会社|株式|\(株\)|協会|医師会|事務局|役場|役所|大学|学会|新聞|放送|財団|組合|機構|施設|ホーム|苑|フォーム|システム|窓口|事業|マッチング|サポート|Desk|Team|Center|Office|Department|System|Service|Support|Inc|Ltd|Co\.`},
		{"orgWords", orgWords, false, `病院|医院|クリニック|診療所|センター|法人|会社|株式|\(株\)|協会|医師会|事務局|役場|役所|大学|学会|新聞|放送|財団|組合|機構|施設|ホーム|苑|フォーム|システム|課|部|室|係|窓口|事業|マッチング|サポート|Desk|Team|Center|Office|Department|System|Service|Support|Inc|Ltd|Co\.`},
		{"deptToken", deptToken, true, `(?:課|部|室|局|教室|医局|係|課長|部長|室長|局長|事務長|院長|理事長|主任|担当|秘書|記者|窓口|長|代表|研究会|勤務|在籍|司書|教諭|職員|相談員)$`},
	}
	fixed := []string{"", "阿部", "服部", "室井", "長谷川", "総務課", "医事課長", "山田 太郎", "事務局長",
		"〇〇大学病院", "Co", "Co.", "(株)", "(株", "Inc.", "center", "Center", "看護部 部長", "センタ", "局 ", "bad \xff\xfe", "長\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tt := range tests {
		re := regexp.MustCompile(tt.re)
		var alphabet []rune
		for _, w := range tt.words {
			alphabet = append(alphabet, []rune(w)...)
		}
		alphabet = append(alphabet, ' ', '\n', '山', 'a', '.', utf8.RuneError)
		texts := append([]string(nil), fixed...)
		for _, w := range tt.words {
			texts = append(texts, w, w+" ", "山"+w, w+"田", w[:len(w)-1])
		}
		for range 5000 {
			var b strings.Builder
			for range rng.IntN(8) {
				if rng.IntN(4) == 0 {
					b.WriteString(tt.words[rng.IntN(len(tt.words))])
				} else {
					b.WriteRune(alphabet[rng.IntN(len(alphabet))])
				}
			}
			texts = append(texts, b.String())
		}
		for _, s := range texts {
			got := tt.words.in(s)
			if tt.endOf {
				got = tt.words.endOf(s)
			}
			if want := re.MatchString(s); got != want {
				t.Errorf("%s on %q: %v, want %v", tt.name, s, got, want)
			}
		}
	}
}

// TestIsGenericOrgAgreesWithRegexp checks isGenericOrgOne against the
// expression it replaces, on descriptions, names and random concatenations
// of the expression's words.
func TestIsGenericOrgAgreesWithRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(?:民間|公立|市立|県立|町立|村立|国立|私立|大学|総合|地域の|近隣の|地元の|近くの|勤務先の|別の|他の|当|貴|弊|同|本|大きな|小さな|一般|看護|専門|高等|小|中|市中)?(?:病院|クリニック|医院|診療所|大学|センター|会社|施設|ホーム|大学病院|学校|事務所)$|の(?:病院|クリニック|医院|診療所|施設)$|(?:ける|える|せる|きる|れる|いる|ある|する|した|いた|ない|ような|的な|ている|合う|担う|行う|通う|伴う)(?:病院|クリニック|医院|診療所|施設|センター|ホーム)$|(?s:(?:する|される).*)(?:病院|クリニック|医院|診療所|施設|センター|ホーム)$`)
	texts := []string{"", "病院", "民間病院", "大学病院", "大学大学病院", "都内の病院", "の施設", "当院", "当病院", "働いている病院",
		"勤務しているクリニック", "的なセンター", "東京総合病院", "総合病院 ", "病院\n", "みの医科大学", "のホーム", "地域の医院", "地域医院", "\xff病院", "設置するへき地診療所", "運営される在宅センター"}
	var pieces []string
	for _, l := range [][]string{genericOrgPrefixes, genericOrgWords, genericAfterNo, genericVerbEnds, genericAfterVerb} {
		pieces = append(pieces, l...)
	}
	pieces = append(pieces, "の", "東京", " ", "院", "る", "\n")
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := isGenericOrgOne(s), re.MatchString(s); got != want {
			t.Errorf("isGenericOrgOne(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestScannersAgreeWithRegexps checks the English month and full-time
// scanners against the expressions they replace, on written cases and on
// random strings of their words, digits, spaces and look-alike letters.
func TestScannersAgreeWithRegexps(t *testing.T) {
	tests := []struct {
		name   string
		find   func(string) [][]int
		re     string
		pieces []string
		fixed  []string
	}{
		{
			"findEnglishMonths", findEnglishMonths,
			`(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?(\d{4})\b`,
			append(slices.Clone(monthNames), "MAY", "Sept", "ſ", "K", "of", "OF", " ", "\t", "\n", "\v", "2026", "12", "0", "_", "x", "é", "年", "\xff"),
			[]string{"", "April 2027", "from april of 2026.", "May  2026年", "mayday 2026", "xMay 2026", "May 20261", "May 2026_", "_May 2026", "May 2026x",
				"ſeptember 2026", "MAY\t\n2026", "May of  2026", "May of2026", "May 2026 June 2027", "MayMay 2026", "May 202", "May\v2026", "May 2026é", "éMay 2026"},
		},
		{
			"findFullTime", findFullTime, `(?i)常勤|full[- ]?time`,
			[]string{"常勤", "非常勤", "full", "FULL", "Full", "time", "TIME", "-", " ", "  ", "x", "f", "常", "勤", "ull"},
			[]string{"", "常勤", "非常勤で", "full-time", "Full Time", "fulltime", "full  time", "full--time", "FULL-TIME常勤", "fullfull-time", "full-常勤"},
		},
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, tt := range tests {
		re := regexp.MustCompile(tt.re)
		texts := slices.Clone(tt.fixed)
		for range 20000 {
			var b strings.Builder
			for range rng.IntN(10) {
				b.WriteString(tt.pieces[rng.IntN(len(tt.pieces))])
			}
			texts = append(texts, b.String())
		}
		for _, s := range texts {
			got, want := tt.find(s), re.FindAllStringSubmatchIndex(s, -1)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s(%q) = %v, want %v", tt.name, s, got, want)
			}
		}
	}
}

// TestFoldPrefixCoversFolding checks that the only characters other than
// the two ASCII cases that a case-insensitive expression takes for an ASCII
// letter are ſ (for s) and K (for k), which foldPrefix accepts.
func TestFoldPrefixCoversFolding(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if r == unicode.ToUpper(c) {
				continue
			}
			if got := foldPrefix(string(r), 0, string(c)); got != len(string(r)) {
				t.Errorf("foldPrefix(%q, %q) = %d, want %d", r, c, got, len(string(r)))
			}
		}
	}
}

// TestMayColonLabel checks that the cheap test never rejects a line that
// colonLabel matches.
func TestMayColonLabel(t *testing.T) {
	pieces := []string{"お名前", "診療科", "・", "-", "*", "※", " ", "\t", "\v", ":", "：", "。", "、", "a", "12", "山", "\u3000", "\xff", "http://x"}
	texts := []string{"", ":", "・:", "・ :", " :", "お名前：山田", "  ・ 診療科 : 内科", "一二三四五六七八九十一二三四五:x", "一二三四五六七八九十一二三四五六:x", "あ、い:う"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		if colonLabel.MatchString(s) {
			matched++
			if !mayColonLabel(s) {
				t.Errorf("mayColonLabel(%q) = false, but colonLabel matches", s)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d of %d texts match colonLabel: the test says little", matched, len(texts))
	}
}

// TestPhoneGate checks that phoneRe never matches a line without a 0 or
// +81, which Phones skips.
func TestPhoneGate(t *testing.T) {
	pieces := []string{"+81", "+8", "1", "2", "3", "9", "0", "-", " ", "(", ")", "電話", "\t"}
	rng := rand.New(rand.NewPCG(9, 10))
	matched := 0
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if phoneRe.MatchString(s) {
			matched++
			if !strings.Contains(s, "0") && !strings.Contains(s, "+81") {
				t.Errorf("phoneRe matches %q, which has neither 0 nor +81", s)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d texts match phoneRe: the test says little", matched)
	}
}

// TestColonFieldsAgreesWithRegexp checks colonFields against colonLabel
// run on the whole line, on lines of labels, bullets, colons of both
// widths, white space of every kind (newlines included) and values.
func TestColonFieldsAgreesWithRegexp(t *testing.T) {
	pieces := []string{"お名前", "診療科", "・", "-", "*", "※", " ", "\t", "\n", "\r", "\f", "\v", ":", "：", "。", "、", "a",
		"12", "山田 太郎", "\u3000", "\xff", "\xef\xbc", "http://x", "内科"}
	texts := []string{"", ":", "・:", "・ :", " :", "   :x", "・  :", "お名前：山田", "  ・ 診療科 : 内科", "a:\nb", "a: \n b", "a:b\n",
		strings.Repeat("あ", 14) + ":", strings.Repeat("あ", 15) + ":", "・" + strings.Repeat("あ", 14) + ":",
		"・" + strings.Repeat("あ", 13) + ":", " - " + strings.Repeat("a", 14) + " :", "-:", "- :", "-a:", "・。:", "。:",
		"\xff\xff:", strings.Repeat("\xff", 15) + ":", "※\t\t:", "\n:", "a\nb:c"}
	rng := rand.New(rand.NewPCG(33, 34))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		got, want := colonFields(s), colonLabel.FindStringSubmatch(s)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("colonFields(%q) = %q, want %q", s, got, want)
		}
		if want != nil {
			matched++
		}
	}
	if matched < 1000 {
		t.Errorf("only %d of %d texts match colonLabel: the test says little", matched, len(texts))
	}
}

// TestFirstAroundAgreesWithFindAround checks firstAround against the first
// match of findAround, on texts where windows overlap, hold several
// matches or none.
func TestFirstAroundAgreesWithFindAround(t *testing.T) {
	tests := []struct {
		re            *regexp.Regexp
		before, after int
		lits          []string
		pieces        []string
	}{
		{birthGreg, 40, 8, []string{"生", "born"}, []string{"1957", "年", "4月", "生まれ", "生", "born in ", "1960", " ", "（昭和32年）", "私は", "。"}},
		{proxyIntro, 0, 80, proxyWords, []string{"夫", "主人", "医師", "先生", "の", "山田 太郎", "（ヤマダ タロウ）", "は", "、", " ", "科医", "です。"}},
		{gregDate, 12, 24, []string{"年"}, []string{"2024", "年", "4", "月", "1", "日", " ", "から", "来年", "。", "2024年4月", "2025年 10月1日"}},
	}
	rng := rand.New(rand.NewPCG(39, 40))
	for _, tt := range tests {
		found := 0
		for range 5000 {
			var b strings.Builder
			for range rng.IntN(30) {
				b.WriteString(tt.pieces[rng.IntN(len(tt.pieces))])
			}
			s := b.String()
			var want []int
			if ms := findAround(tt.re, s, tt.before, tt.after, tt.lits...); ms != nil {
				want = ms[0]
				found++
			}
			if got := firstAround(tt.re, s, tt.before, tt.after, tt.lits...); !slices.Equal(got, want) {
				t.Fatalf("%v on %q: firstAround %v, want %v", tt.re, s, got, want)
			}
		}
		if found < 100 {
			t.Errorf("%v: only %d texts match: the test says little", tt.re, found)
		}
	}
}

// TestFindDigitsAroundAgreesWithFindAround checks that the expressions
// whose windows are searched only when they hold a digit find what they
// find in every window, on texts with and without digits near the
// literals.
func TestFindDigitsAroundAgreesWithFindAround(t *testing.T) {
	common := []string{"年", "月", "日", " ", "4", "12", "から", "の", "。", "、", "予定", "来年", "医師", "(", ")"}
	tests := []struct {
		re            *regexp.Regexp
		before, after int
		lits          []string
		pieces        []string
	}{
		{fiscalYear, 8, 8, []string{"年度"}, []string{"2024年度", "2025 年度", "年度", "度"}},
		{gregDate, 12, 24, []string{"年"}, []string{"2024年4月", "2025年 10月1日", "2024", "1日"}},
		{slashDate, 6, 10, []string{"/", "."}, []string{"2024/4", "2024.10.1", "/", ".", "2024", "/1"}},
		{relYearMo, 12, 12, []string{"年"}, []string{"来年4月", "再来年の10月", "今年", "本年 3月", "月"}},
		{bareMonth, 9, 12, []string{"月"}, []string{"4月", "10月1日", "月", "年4月", "/4月"}},
		{eraDate, 1, 40, []string{"令和", "平成", "昭和", "R", "H", "s"}, []string{"令和3年4月1日", "平成", "昭和33年", "R3.4", "H1年", "s", "Mr.", "H.", "R 5/1"}},
		{ageRe, 16, 3, []string{"歳", "才"}, []string{"35歳", "満40才", "歳", "才", "今年で", "現在"}},
		{ageParen, 8, 8, []string{"("}, []string{"医師(35)", "先生(40歳)", "氏 (52才)", "(", "氏"}},
	}
	rng := rand.New(rand.NewPCG(41, 42))
	for _, tt := range tests {
		pieces := append(slices.Clone(common), tt.pieces...)
		found, skipped := 0, 0
		for range 5000 {
			var b strings.Builder
			for range rng.IntN(40) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			s := b.String()
			want := findAround(tt.re, s, tt.before, tt.after, tt.lits...)
			got := findDigitsAround(tt.re, s, tt.before, tt.after, tt.lits...)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%v on %q: findDigitsAround %v, want %v", tt.re, s, got, want)
			}
			if want != nil {
				found++
			}
			for _, p := range positions(s, tt.lits...) {
				if start, end := windowAt(s, p, tt.before, tt.after); !strings.ContainsAny(s[start:end], "0123456789") {
					skipped++
				}
			}
		}
		if found < 100 || skipped < 100 {
			t.Errorf("%v: %d texts match, %d windows skipped: the test says little", tt.re, found, skipped)
		}
	}
}

// TestLastLinesAgreesWithSplit compares lastLines with the tail of
// strings.Split, blank lines and a missing final newline included.
func TestLastLinesAgreesWithSplit(t *testing.T) {
	for _, s := range []string{"", "\n", "a", "a\n", "\na", "a\nb\nc", "1\n2\n3\n4\n5\n6\n7\n8", "\n\n\n\n\n\n\n", "x\n\ny\n"} {
		for n := 1; n <= 8; n++ {
			all := strings.Split(s, "\n")
			want := all[max(0, len(all)-n):]
			if got := lastLines(s, n); !slices.Equal(got, want) {
				t.Errorf("lastLines(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestMayEngPerWeekPassesEveryMatch checks that the test run before
// engPerWeek passes every text it matches, in any case.
func TestMayEngPerWeekPassesEveryMatch(t *testing.T) {
	pieces := []string{"3", "5", " ", "day", "Day", "DAYS", "dAys", "a", "A", "per", "PER", "week", "WEEK", "weeK", "wee\u212a",
		"ſ", "週3日", "x", "\n", "-", "a week", " days per week"}
	rng := rand.New(rand.NewPCG(43, 44))
	matched := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if engPerWeek.MatchString(s) {
			matched++
			if !mayEngPerWeek(s) {
				t.Fatalf("mayEngPerWeek(%q) = false, but engPerWeek matches", s)
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d texts match engPerWeek: the test says little", matched)
	}
}
