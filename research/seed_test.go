package research

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
)

// seeded is a lead as the seeder made it, to count from directly.
type seeded struct {
	id          int64
	category    string
	status      string
	prefectures []string
	specialties []string
	created     time.Time
	firstOut    time.Duration // 0: no outgoing mail
	proposed    bool
	introduced  bool
}

// seed inserts n leads spread over the year 2026 (UTC), with outgoing mail
// and proposals for some, and returns what it inserted.
func seed(t testing.TB, st *store.Store, n int, seedN uint64) []seeded {
	t.Helper()
	ctx := context.Background()
	v := vocab.Load()
	r := rand.New(rand.NewPCG(seedN, 99))
	cats := []string{string(lead.Doctor), string(lead.Hospital), string(lead.General), string(lead.Spam)}
	statuses := []string{store.StatusNew, store.StatusReviewing, store.StatusContacted, store.StatusMatching, store.StatusPlaced, store.StatusClosed}
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]seeded, 0, n)
	err := st.InTx(ctx, func(tx *sqlx.Tx) error {
		for i := range n {
			s := seeded{
				category: cats[r.IntN(len(cats))],
				status:   statuses[r.IntN(len(statuses))],
				created:  base.Add(time.Duration(r.IntN(365*24*60)) * time.Minute),
			}
			if r.IntN(8) == 0 {
				s.prefectures = []string{"全国"}
			} else {
				for range r.IntN(3) {
					p := v.Prefectures[r.IntN(47)].Name
					if !contains(s.prefectures, p) {
						s.prefectures = append(s.prefectures, p)
					}
				}
			}
			for range r.IntN(3) {
				sp := v.Specialties[r.IntN(len(v.Specialties))].Name
				if !contains(s.specialties, sp) {
					s.specialties = append(s.specialties, sp)
				}
			}
			c := lead.Category(s.category)
			l := store.LeadFromFields(lead.Fields{Category: &c, Prefectures: s.prefectures, Specialties: s.specialties})
			l.Status, l.CreatedAt = s.status, s.created
			id, err := st.CreateLead(ctx, tx, &l)
			if err != nil {
				return err
			}
			s.id = id
			if r.IntN(3) > 0 {
				// One or two outgoing mails; the first one counts.
				s.firstOut = time.Duration(1+r.IntN(72*60)) * time.Minute
				if err := outMail(ctx, tx, id, i, s.created.Add(s.firstOut)); err != nil {
					return err
				}
				if r.IntN(2) == 0 {
					if err := outMail(ctx, tx, id, i+n, s.created.Add(s.firstOut+time.Hour)); err != nil {
						return err
					}
				}
			}
			out = append(out, s)
		}
		// Proposals between some physicians and hospitals.
		var docs, hosps []int
		for i, s := range out {
			switch s.category {
			case string(lead.Doctor):
				docs = append(docs, i)
			case string(lead.Hospital):
				hosps = append(hosps, i)
			}
		}
		for k := 0; k < len(docs) && k < len(hosps); k += 2 {
			d, h := &out[docs[k]], &out[hosps[k]]
			intro := r.IntN(2) == 0
			var introducedAt any
			if intro {
				introducedAt = d.created.Add(time.Hour)
			}
			_, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO proposals (doctor_lead_id, hospital_lead_id, status, actor,
				created_at, updated_at, introduced_at) VALUES (?, ?, ?, 'test', ?, ?, ?)`),
				d.id, h.id, map[bool]string{true: "introduced", false: "proposed"}[intro], d.created, d.created, introducedAt)
			if err != nil {
				return err
			}
			d.proposed, h.proposed = true, true
			d.introduced, h.introduced = d.introduced || intro, h.introduced || intro
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func outMail(ctx context.Context, tx *sqlx.Tx, leadID int64, n int, at time.Time) error {
	_, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO messages (direction, raw_sha256, raw, size, lead_id, received_at, created_at)
		VALUES ('out', ?, ?, 1, ?, ?, ?)`), fmt.Sprintf("sha-%d", n), []byte("x"), leadID, at, at)
	return err
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
