package substr

import (
	"strings"
	"testing"
)

// japanese is a Japanese text of about 1 KB, as a mail body would be.
var japanese = strings.Repeat("お世話になっております。私は現在、東京都内の病院で内科医として勤務しておりますが、来年の春から週三日程度、地方の医療機関で働きたいと考えております。", 6)

func BenchmarkIndex(b *testing.B) {
	for _, sub := range []string{"書き", "メッセージ", "ます", "希望"} {
		b.Run("substr/"+sub, func(b *testing.B) {
			for b.Loop() {
				Index(japanese, sub)
			}
		})
		b.Run("strings/"+sub, func(b *testing.B) {
			for b.Loop() {
				strings.Index(japanese, sub)
			}
		})
	}
}
