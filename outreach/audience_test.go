package outreach

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func ptr[T any](v T) *T { return &v }

func TestSubscribeRequiresConsent(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	listID, err := EnsureList(ctx, st.DB, "news", "")
	if err != nil {
		t.Fatal(err)
	}
	given := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	doctor := &Subscriber{Email: ptr("Doctor@Example.jp"), Kind: KindPhysician, Name: "山田 花子"}
	hospital := &Subscriber{Email: ptr("info@hospital.example.jp"), Kind: KindHospital, Organization: "市立病院",
		PublishedBusiness: true, PublishedSource: "https://hospital.example.jp/contact"}
	for _, s := range []*Subscriber{doctor, hospital} {
		if _, _, err := UpsertSubscriber(ctx, st.DB, s); err != nil {
			t.Fatal(err)
		}
	}
	if doctor.Address() != "doctor@example.jp" {
		t.Errorf("address not normalised: %q", doctor.Address())
	}
	cases := []struct {
		name    string
		sub     *Subscriber
		consent Consent
		noCons  bool // want ErrNoConsent
		ok      bool
	}{
		{"physician without consent", doctor, Consent{}, true, false},
		{"physician without evidence", doctor, Consent{Method: ConsentCard, GivenAt: given}, true, false},
		{"physician without time", doctor, Consent{Method: ConsentCard, Evidence: "名刺"}, true, false},
		{"physician on a published address", doctor, Consent{Method: ConsentPublished, GivenAt: given, Evidence: "https://x"}, true, false},
		{"physician with an unknown method", doctor, Consent{Method: "phone", GivenAt: given, Evidence: "x"}, false, false},
		{"physician with a business card", doctor, Consent{Method: ConsentCard, GivenAt: given, Evidence: "名刺 2026-05-01 学会"}, false, true},
		{"hospital publishing its address", hospital, Consent{Method: ConsentPublished, GivenAt: given, Evidence: hospital.PublishedSource}, false, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := Subscribe(ctx, st, st.DB, listID, tc.sub, tc.consent)
			if (err == nil) != tc.ok {
				t.Fatalf("Subscribe: %v, want ok=%v", err, tc.ok)
			}
			if tc.noCons && !errors.Is(err, ErrNoConsent) {
				t.Errorf("error %v is not ErrNoConsent", err)
			}
		})
	}
	// Subscribing again with the same consent records nothing new.
	if err := Subscribe(ctx, st, st.DB, listID, doctor, cases[5].consent); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := st.DB.Get(&n, `SELECT COUNT(*) FROM consent_records WHERE subscriber_id = ?`, doctor.ID); err != nil || n != 1 {
		t.Errorf("%d consent records (%v), want 1", n, err)
	}
	if _, _, err := UpsertSubscriber(ctx, st.DB, &Subscriber{Email: ptr("a@b.jp"), Kind: KindPhysician, PublishedBusiness: true}); err == nil {
		t.Error("a physician was marked as publishing an address for business")
	}
	if _, _, err := UpsertSubscriber(ctx, st.DB, &Subscriber{Email: ptr("office@c.jp"), Kind: KindHospital, PublishedBusiness: true}); err == nil {
		t.Error("a hospital was marked as publishing an address for business without saying where")
	}
}

// TestLedgerHonoursConsentAndSuppressions checks who a run's ledger
// includes: consenting physicians and organisations publishing their
// address, never an individual without consent, a suppressed address, or a
// seeded association whose address staff have not filled in.
func TestLedgerHonoursConsentAndSuppressions(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			campaignID, listID := seedCampaign(t, st, 3) // doc0..doc2 with consent
			// A physician put on the list without consent (bypassing Subscribe).
			noConsent := &Subscriber{Email: ptr("nocons@example.jp"), Kind: KindPhysician}
			if _, _, err := UpsertSubscriber(ctx, st.DB, noConsent); err != nil {
				t.Fatal(err)
			}
			if _, err := st.DB.Exec(st.DB.Rebind(`INSERT INTO subscriptions (list_id, subscriber_id, status, created_at, updated_at)
				VALUES (?, ?, 'subscribed', ?, ?)`), listID, noConsent.ID, store.Now(), store.Now()); err != nil {
				t.Fatal(err)
			}
			// The seeded associations' list joins the campaign; one association
			// has had its published address filled in.
			var assocList int64
			if err := st.DB.Get(&assocList, st.DB.Rebind(`SELECT id FROM mailing_lists WHERE name = ?`), "都道府県医師会"); err != nil {
				t.Fatal(err)
			}
			if _, err := st.DB.Exec(st.DB.Rebind(`INSERT INTO campaign_lists (campaign_id, list_id) VALUES (?, ?)`), campaignID, assocList); err != nil {
				t.Fatal(err)
			}
			if _, err := st.DB.Exec(st.DB.Rebind(`UPDATE subscribers SET email = ?, published_business = ?, published_source = ?
				WHERE name = ?`), "office@aomori.med.example.jp", true, "https://aomori.med.example.jp/", "青森県医師会"); err != nil {
				t.Fatal(err)
			}
			// Another is marked as publishing but with no record of where:
			// nothing shows the address may be mailed without opt-in.
			if _, err := st.DB.Exec(st.DB.Rebind(`UPDATE subscribers SET email = ?, published_business = ?, published_source = ''
				WHERE name = ?`), "office@iwate.med.example.jp", true, "岩手県医師会"); err != nil {
				t.Fatal(err)
			}
			if _, err := st.Suppress(ctx, st.DB, store.Suppression{Email: "doc1@example1.jp", Reason: store.SuppressHardBounce}); err != nil {
				t.Fatal(err)
			}
			n, err := Audience(ctx, st, campaignID)
			if err != nil {
				t.Fatal(err)
			}
			runID := newRun(t, st, campaignID)
			total, err := BuildLedger(ctx, st, runID)
			if err != nil {
				t.Fatal(err)
			}
			var rows []Recipient
			if err := st.DB.Select(&rows, st.DB.Rebind(`SELECT * FROM run_recipients WHERE run_id = ? ORDER BY email`), runID); err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, r := range rows {
				got[r.Email] = r.Basis
			}
			want := map[string]string{"doc0@example0.jp": "consent", "doc2@example2.jp": "consent",
				"office@aomori.med.example.jp": "published"}
			if total != len(want) || n != len(want) || len(got) != len(want) {
				t.Fatalf("ledger %v (total %d, audience %d), want %v", got, total, n, want)
			}
			for e, b := range want {
				if got[e] != b {
					t.Errorf("%s: basis %q, want %q", e, got[e], b)
				}
			}
			// Writing the ledger again is a no-op: the run is past pending.
			if again, err := BuildLedger(ctx, st, runID); err != nil || again != total {
				t.Errorf("second BuildLedger: %d, %v", again, err)
			}
		})
	}
}

func TestSeededAssociations(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	var names []string
	if err := st.DB.Select(&names, `SELECT s.name FROM subscribers s JOIN subscriptions x ON x.subscriber_id = s.id
		JOIN mailing_lists l ON l.id = x.list_id WHERE l.name = '都道府県医師会' AND s.kind = 'association' ORDER BY s.id`); err != nil {
		t.Fatal(err)
	}
	prefs := vocab.Load().Prefectures
	if len(names) != 47 || len(prefs) != 47 {
		t.Fatalf("%d associations seeded, %d prefectures", len(names), len(prefs))
	}
	for i, p := range prefs {
		if names[i] != p.MedicalAssociation {
			t.Errorf("association %d: %q, want %q", i, names[i], p.MedicalAssociation)
		}
	}
}

func TestUnsubscribeEndpoint(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			campaignID, listID := seedCampaign(t, st, 2)
			signer := testSigner(t)
			mux := http.NewServeMux()
			mux.Handle(UnsubscribePattern, &UnsubscribeHandler{Store: st, Signer: signer, Log: testLog(), Org: testOrg()})
			srv := httptest.NewServer(mux)
			defer srv.Close()
			sub, err := SubscriberByEmail(ctx, st, "doc0@example0.jp")
			if err != nil {
				t.Fatal(err)
			}
			link := UnsubscribeURL(srv.URL, signer.UnsubscribeToken(sub.ID, sub.Address()))
			get := func(u string) (int, string) {
				resp, err := http.Get(u)
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				return resp.StatusCode, string(b)
			}
			oneClick := func(u string) int {
				resp, err := http.PostForm(u, url.Values{"List-Unsubscribe": {"One-Click"}})
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				return resp.StatusCode
			}
			if code, body := get(link); code != 200 || !strings.Contains(body, "配信を停止する") || !strings.Contains(body, `method="post"`) {
				t.Fatalf("GET: %d %s", code, body)
			}
			if s, _ := st.Suppressed(ctx, sub.Address()); s != nil {
				t.Fatal("GET alone unsubscribed")
			}
			if code := oneClick(link); code != 200 {
				t.Fatalf("POST: %d", code)
			}
			if code := oneClick(link); code != 200 {
				t.Fatalf("second POST: %d", code)
			}
			if s, _ := st.Suppressed(ctx, sub.Address()); s == nil || s.Reason != store.SuppressUnsubscribe {
				t.Fatalf("not suppressed: %+v", s)
			}
			if code, body := get(link); code != 200 || !strings.Contains(body, "すでに停止") {
				t.Errorf("GET after: %d", code)
			}
			bad := link[:len(link)-2] + "xx"
			if code, _ := get(bad); code != 404 {
				t.Errorf("tampered token: %d", code)
			}
			other, _ := SubscriberByEmail(ctx, st, "doc1@example1.jp")
			forged := UnsubscribeURL(srv.URL, signer.UnsubscribeToken(other.ID, sub.Address()))
			if code := oneClick(forged); code != 404 {
				t.Errorf("token for another subscriber's id: %d", code)
			}
			// The next run leaves the address out.
			runID := newRun(t, st, campaignID)
			if n, err := BuildLedger(ctx, st, runID); err != nil || n != 1 {
				t.Errorf("ledger after unsubscribe: %d, %v; want 1", n, err)
			}
			// Re-subscribing needs consent given after the unsubscription.
			old := Consent{Method: ConsentWebForm, GivenAt: time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC), Evidence: "form v3, 2026-04-01"}
			if err := Subscribe(ctx, st, st.DB, listID, sub, old); !errors.Is(err, ErrSuppressed) {
				t.Errorf("re-subscribe with the old consent: %v", err)
			}
			fresh := Consent{Method: ConsentWebForm, GivenAt: store.Now().Add(time.Second), Evidence: "form v3, again"}
			if err := Subscribe(ctx, st, st.DB, listID, sub, fresh); err != nil {
				t.Errorf("re-subscribe with fresh consent: %v", err)
			}
			if s, _ := st.Suppressed(ctx, sub.Address()); s != nil {
				t.Error("still suppressed after fresh consent")
			}
		})
	}
}
