package extract

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestNextOrgSuffixAgreesWithRegexp checks the institution-word scanner
// against the alternation it replaces, leftmost first.
func TestNextOrgSuffixAgreesWithRegexp(t *testing.T) {
	re := regexp.MustCompile(`(?:` + strings.Join(orgSuffixes, "|") + `)`)
	lines := []string{
		"",
		"ascii only hospital",
		"みの医科大学 麻酔科学教室",
		"株式会社メディカルブリッジ 会社員",
		"〇〇大学病院 健診センター長",
		"医師会と協会と新聞社、放送局",
		"訪問看護ステーションと介護施設",
		"医院医科大学医師会医",
		"役場の役所、財団と機構と組合",
		"苑園ホームセンタークリニック診療所",
		"bad \xff bytes 病院\xfe",
		"\xe7\x97病院", "\xe7病\x85院", "\xc0\x80病院",
	}
	// Random lines of the words, their halves and broken bytes (a lead byte
	// without its continuation, a continuation without its lead).
	pieces := []string{"山", "の", "a", " ", "\xe7", "\x97", "\x85", "\xff", "\xf0\x9f\x98\x80", "é"}
	for _, w := range orgSuffixes {
		pieces = append(pieces, w, w[:len(w)-1], w[1:])
	}
	rng := rand.New(rand.NewPCG(19, 20))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	for _, l := range lines {
		var got [][]int
		for off := 0; off < len(l); {
			i, j := nextOrgSuffix(l[off:])
			if i < 0 {
				break
			}
			got = append(got, []int{off + i, off + j})
			off += j
		}
		want := re.FindAllStringIndex(l, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%q: %v, want %v", l, got, want)
		}
		if hasOrgSuffix(l) != re.MatchString(l) {
			t.Errorf("hasOrgSuffix(%q) = %v", l, hasOrgSuffix(l))
		}
	}
}

// TestFindLiteralsAgreesWithRegexp checks findLiterals against the
// alternation of the same literals.
func TestFindLiteralsAgreesWithRegexp(t *testing.T) {
	tests := []struct {
		lits []string
		text string
	}{
		{[]string{"来月", "翌月"}, "来月から、翌月でも来月でも"},
		{[]string{"来年度", "次年度", "翌年度"}, "今年度は無理ですが来年度か次年度、翌年度"},
		{[]string{"今年度", "本年度"}, "本年度今年度"},
		{[]string{"来月", "翌月"}, "月末"},
		{[]string{"ab", "ba"}, "abababa"},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(strings.Join(tt.lits, "|"))
		var got [][]int
		for _, m := range findLiterals(tt.text, tt.lits...) {
			got = append(got, []int{m[0], m[1]})
		}
		if want := re.FindAllStringIndex(tt.text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%q in %q: %v, want %v", tt.lits, tt.text, got, want)
		}
	}
}

// TestLabelPrefilters checks that the cheap first-rune tests never hide a
// line the label expressions match.
func TestLabelPrefilters(t *testing.T) {
	lines := []string{"【お名前】山田", " \t［診療科］内科", "[name] x", "■診療科：内科", "  ● 勤務地", "お名前：山田", "　【全角空白の後】", "\f▼開始時期", "本文です", ""}
	for _, l := range lines {
		if got, want := isBracketLabel(l), bracketLabel.MatchString(l); got != want {
			t.Errorf("isBracketLabel(%q) = %v, want %v", l, got, want)
		}
		if got, want := isSquareLabel(l), squareLabel.MatchString(l); got != want {
			t.Errorf("isSquareLabel(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestIsVerbHead checks the verb-form test against its expression.
func TestIsVerbHead(t *testing.T) {
	re := regexp.MustCompile(`\p{Han}[っいきしちにびみりめべけせてねえ]?(?:た|る|だ|ない)$`)
	for _, s := range []string{"", "勤めた", "働ける", "勤めない", "行った", "大きな", "みの", "た", "いた", "勤務した", "近くの", "選んだ", "古い", "見る", "見ない", "々た", "ABた"} {
		if got, want := isVerbHead(s), re.MatchString(s); got != want {
			t.Errorf("isVerbHead(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestEnglishOrganizations(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"I work at Harbourfront General\nHospital in Singapore.", []string{"Harbourfront General Hospital"}},
		{"a GP at Riverside Community Health Centre, London", []string{"Riverside Community Health Centre"}},
		{"Associate Research Fellow, Formosa Institute of Health Policy", []string{"Formosa Institute of Health Policy"}},
		{"the Asia-Pacific Rural Health Forum in May", []string{"Asia-Pacific Rural Health Forum"}},
		{"I would like to work in a hospital in Japan.", nil},
	}
	for _, tt := range tests {
		if got := EnglishOrganizations(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("EnglishOrganizations(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
