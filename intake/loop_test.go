package intake

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// TestAutoresponderLoop runs an autoresponder that answers every mail we
// send, for an hour of simulated time, in a minute-by-minute exchange (D1–D3).
// Whatever the autoresponder does, at most one acknowledgement may reach it.
func TestAutoresponderLoop(t *testing.T) {
	const bot = "auto@partner.example"
	tests := []struct {
		name  string
		reply func(i int, m outbox.Message) []byte
	}{
		{"answers with Auto-Submitted", func(i int, m outbox.Message) []byte {
			return testMail(bot, "自動返信: "+m.Subject, fmt.Sprintf("r%d@partner.example", i),
				"Auto-Submitted: auto-replied", "In-Reply-To: <"+m.MessageID+">", "X-Test-Category: auto_reply")
		}},
		{"answers in the thread, read as an inquiry", func(i int, m outbox.Message) []byte {
			return testMail(bot, "Re: "+m.Subject, fmt.Sprintf("r%d@partner.example", i),
				"In-Reply-To: <"+m.MessageID+">", "X-Test-Category: general")
		}},
		{"answers without any marker, read as a new inquiry", func(i int, m outbox.Message) []byte {
			return testMail(bot, "ご連絡ありがとうございます", fmt.Sprintf("r%d@partner.example", i), "X-Test-Category: general")
		}},
		{"quotes our X-Loop", func(i int, m outbox.Message) []byte {
			return testMail(bot, "Re: "+m.Subject, fmt.Sprintf("r%d@partner.example", i),
				"X-Loop: md@example.jp", "X-Test-Category: general")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := storetest.Open(t, store.SQLite)
			p := newTestProcessor(t, st)
			now := time.Date(2026, 11, 26, 1, 0, 0, 0, time.UTC)
			p.Now = func() time.Time { return now }
			uid := uint32(1)
			process(t, p, uid, testMail("Partner <"+bot+">", "医師募集について", "start@partner.example",
				"X-Test-Category: hospital", "X-Test-Specialties: 内科", "X-Test-Prefectures: 高知県"))
			answered := 0
			for minute := 0; minute < 60; minute++ {
				now = now.Add(time.Minute)
				mails := queuedMail(t, st)
				for _, m := range mails[answered:] {
					if strings.Join(m.To, ",") != bot {
						continue
					}
					uid++
					process(t, p, uid, tt.reply(int(uid), m))
				}
				answered = len(mails)
			}
			acks := 0
			for _, m := range queuedMail(t, st) {
				if strings.Join(m.To, ",") == bot {
					acks++
				}
			}
			t.Logf("mails to the autoresponder in one simulated hour: %d; its mails stored: %d", acks, uid)
			if acks > 1 {
				t.Errorf("%d acknowledgements went to the autoresponder, want at most 1", acks)
			}
		})
	}
}
