package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestStartFollowsAgreesWithRegexp checks startFollows against the
// expression it replaces, on written cases and random strings built from
// its words, white space and other characters.
func TestStartFollowsAgreesWithRegexp(t *testing.T) {
	re := regexp.MustCompile(`^\s*(?:の?頃|ごろ|頃)?\s*(?:から|より|以降|~|-|開始|を予定|を希望|予定|スタート)`)
	pieces := []string{"の", "頃", "ご", "ろ", "ごろ", "の頃", "から", "より", "以降", "~", "-", "開始", "を予定", "を希望",
		"予定", "スタート", "を", "以", " ", "\t", "\n", "\f", "\r", "\v", "　", "、", "a", "\xff"}
	texts := []string{"", "から", " から", "頃から", "の頃 から", "ごろ\nより", "頃頃から", "の頃の頃から", "　から", "\vから",
		"頃", "を予定しています", "予", "スタ", "頃を希望"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		want := re.MatchString(s)
		if got := startFollows(s); got != want {
			t.Fatalf("startFollows(%q) = %v, want %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 100 {
		t.Fatalf("only %d of %d texts match: the cases test little", matched, len(texts))
	}
}
