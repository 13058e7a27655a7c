package extract

import (
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
