package intake

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestMayFormSenderPassesEveryMatch checks that the cheap test never turns
// away an address formSender matches, on written addresses and on random
// ones built from the expression's words, in any case.
func TestMayFormSenderPassesEveryMatch(t *testing.T) {
	words := []string{"no", "reply", "-", "do", "not", "form", "mail", "web", "wordpress", "contact", "@", ".", "example",
		"jp", "x", "FORM", "NoReply", "WordPreſs", "\u212a", "山田", "\xff", ""}
	addrs := []string{"", "noreply@example.jp", "No-Reply@example.jp", "info@form.example.jp", "info@FORM.jp",
		"contact-form@x.jp", "Wordpress@x.jp", "wordpreſs@x.jp", "dr.yamada@example.jp", "@form."}
	rng := rand.New(rand.NewPCG(17, 18))
	matched := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(words[rng.IntN(len(words))])
		}
		addrs = append(addrs, b.String())
	}
	for _, a := range addrs {
		if formSender.MatchString(a) {
			matched++
			if !mayFormSender(a) {
				t.Fatalf("mayFormSender(%q) is false, but formSender matches", a)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d of the addresses match formSender", matched)
	}
}
