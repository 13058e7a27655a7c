package intake

import (
	"context"
	"strconv"
	"testing"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// BenchmarkProcess stores sample-like mail with the real parser into SQLite,
// one transaction per mail, without IMAP.
func BenchmarkProcess(b *testing.B) {
	st := storetest.Open(b, store.SQLite)
	p := newTestProcessor(b, st)
	p.Parse, p.AckInterval = Parser(ParseOptions{}), 0
	mails := sampleLike(b, 480)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		raw := mails[i%len(mails)]
		if i >= len(mails) {
			raw = append([]byte("X-Round: "+itoa(i)+"\r\n"), raw...)
		}
		if _, err := p.Process(context.Background(), Incoming{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1), Raw: raw, Size: int64(len(raw))},
			func(store.Execer) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseOnly is the parser's share of BenchmarkProcess.
func BenchmarkParseOnly(b *testing.B) {
	parse := Parser(ParseOptions{})
	mails := sampleLike(b, 48)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := parse(mails[i%len(mails)]); err != nil {
			b.Fatal(err)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
