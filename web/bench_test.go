package web

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
)

// seedLeads stores n leads spread over the prefectures, specialties,
// categories, statuses and the last two years, each with a body of a few
// hundred characters, in one transaction.
func seedLeads(b *testing.B, f *fixture, n int) {
	b.Helper()
	v := vocab.Load()
	rng := rand.New(rand.NewPCG(1, 2))
	ctx := context.Background()
	body := strings.Repeat("地域医療に関心があり、週に数日の勤務を希望しています。", 12)
	start := time.Now().Add(-2 * 365 * 24 * time.Hour)
	err := f.st.InTx(ctx, func(tx *sqlx.Tx) error {
		for i := range n {
			cat := lead.Categories[rng.IntN(3)]
			name := fmt.Sprintf("医師%05d", i)
			fl := lead.Fields{Category: &cat, Name: &name, Email: ptr(fmt.Sprintf("d%05d@example.jp", i)),
				Organization: ptr(fmt.Sprintf("病院%03d", rng.IntN(500))),
				Prefectures:  []string{v.Prefectures[rng.IntN(47)].Name},
				Specialties:  []string{v.Specialties[rng.IntN(len(v.Specialties))].Name},
				Body:         &body}
			l := store.LeadFromFields(fl)
			l.Status = store.Statuses[rng.IntN(len(store.Statuses))].Value
			l.CreatedAt = start.Add(time.Duration(i) * 2 * 365 * 24 * time.Hour / time.Duration(n)).UTC()
			if _, err := f.st.CreateLead(ctx, tx, &l); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPages measures the inbox with a filter and the lead page through
// the HTTP handler with 50,000 leads in SQLite. Besides ns/op it reports the
// median and the 95th percentile in milliseconds.
func BenchmarkPages(b *testing.B) {
	f := newFixture(b, store.SQLite)
	const n = 50_000
	seedLeads(b, f, n)
	id := f.addLead(doctor("山田太郎", "島根県", "整形外科"), hostileMail, time.Now())
	for i := range 5 {
		if _, err := f.st.EditLead(context.Background(), id, store.Actor{Name: "staff"}, true, func(l *store.Lead) error {
			l.Notes = fmt.Sprintf("メモ%d", i)
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
	staff := f.signIn(f.staff)
	pages := []struct{ name, path string }{
		{"inbox-prefecture", "/?prefecture=" + url.QueryEscape("島根県")},
		{"inbox-prefecture-status-page3", "/?status=new&page=3&prefecture=" + url.QueryEscape("北海道")},
		{"inbox-search", "/?q=" + url.QueryEscape("医師01234")},
		{"inbox-search-2chars", "/?q=" + url.QueryEscape("病院")},         // in every lead's organisation
		{"inbox-search-surname-2chars", "/?q=" + url.QueryEscape("山田")}, // one lead among 50,000
		{"inbox-search-1char-prefecture", "/?prefecture=" + url.QueryEscape("島根県") + "&q=" + url.QueryEscape("郎")},
		{"inbox-all", "/"},
		{"lead", fmt.Sprintf("/leads/%d", id)},
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			var times []time.Duration
			for b.Loop() {
				t0 := time.Now()
				rec := staff.get(p.path)
				times = append(times, time.Since(t0))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d", p.path, rec.Code)
				}
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
			b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "ms-p95")
		})
	}
}
