package outreach

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/store"
)

func testOrg() Org {
	return Org{Name: "地域医療支援センター事務局", Address: "東京都千代田区霞が関1-2-3", Phone: "03-1234-5678",
		Email: "info@madoguchi.example.jp", Website: "https://madoguchi.example.jp"}
}

func testLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// seedCampaign creates a list with n consenting physicians and a built-in
// newsletter campaign on it.
func seedCampaign(t testing.TB, st *store.Store, n int) (campaignID, listID int64) {
	t.Helper()
	ctx := context.Background()
	var err error
	listID, err = EnsureList(ctx, st.DB, "医師ニュースレター", "")
	if err != nil {
		t.Fatal(err)
	}
	seedSubscribers(t, st, listID, 0, n)
	content, err := BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	campaignID, err = CreateCampaign(ctx, st, &Campaign{Name: "月次ニュースレター", Subject: content.Subject,
		BodyText: content.Text, BodyHTML: content.HTML}, []int64{listID})
	if err != nil {
		t.Fatal(err)
	}
	return campaignID, listID
}

// seedSubscribers adds physicians doc<from>..doc<from+n-1>@example<i%7>.jp
// with consent, in bulk.
func seedSubscribers(t testing.TB, st *store.Store, listID int64, from, n int) {
	t.Helper()
	ctx := context.Background()
	given := time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC)
	err := st.InTx(ctx, func(tx *sqlx.Tx) error {
		for i := from; i < from+n; i++ {
			email := fmt.Sprintf("doc%d@example%d.jp", i, i%7)
			sub := &Subscriber{Email: &email, Name: fmt.Sprintf("医師 %d", i), Organization: "市立病院",
				Prefecture: "青森県", Kind: KindPhysician}
			if _, _, err := UpsertSubscriber(ctx, tx, sub); err != nil {
				return err
			}
			if err := Subscribe(ctx, st, tx, listID, sub, Consent{Method: ConsentWebForm, GivenAt: given,
				Evidence: "form v3, 2026-04-01"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func testSigner(t testing.TB) *Signer {
	s, err := NewSigner([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testEngine(t testing.TB, st *store.Store, tr Transport) *Engine {
	return &Engine{Store: st, Transport: tr, Signer: testSigner(t), Log: testLog(), Opts: Options{
		Concurrency: 4, MaxAttempts: 3, RetryBackoff: 20 * time.Millisecond, BatchSize: 50, Lease: 2 * time.Second,
		Org: testOrg(), FromAddr: "news@madoguchi.example.jp", BaseURL: "https://madoguchi.example.jp",
		UnsubscribeTo: "unsubscribe@madoguchi.example.jp", Location: time.UTC,
	}}
}
