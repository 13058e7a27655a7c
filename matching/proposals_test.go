package matching

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// queued returns the outbox messages queued in st, oldest first.
func queued(t *testing.T, st *store.Store) []outbox.Message {
	t.Helper()
	jobs, err := st.Jobs(context.Background(), store.JobFilter{Kinds: []string{outbox.JobKind}})
	if err != nil {
		t.Fatal(err)
	}
	var out []outbox.Message
	for i := len(jobs) - 1; i >= 0; i-- {
		var m outbox.Message
		if err := jobs[i].Decode(&m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func newService(t *testing.T, st *store.Store) *Service {
	t.Helper()
	svc, err := NewService(st, newMatcher(t), &outbox.Outbox{Store: st, From: "jimukyoku@example.jp"})
	if err != nil {
		t.Fatal(err)
	}
	return svc
}

func addLead(t *testing.T, st *store.Store, p Profile, email, status string) int64 {
	t.Helper()
	cat := p.Category
	f := lead.Fields{Category: &cat, Specialties: p.Specialties, Prefectures: p.Prefectures, Employment: p.Employment}
	if email != "" {
		f.Email = &email
	}
	name := p.Label
	if cat == lead.Hospital {
		f.Organization = &name
	} else {
		f.Name = &name
	}
	if p.Start != "" {
		f.Start = &p.Start
	}
	l := store.LeadFromFields(f)
	l.Status = status
	id, err := st.CreateLead(context.Background(), st.DB, &l)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestProposalWorkflow(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			svc := newService(t, st)
			doc := addLead(t, st, doctor(0, "整形外科", "岐阜県", lead.FullTime), "doc@example.jp", store.StatusContacted)
			near := addLead(t, st, post(0, "整形外科", "長野県", lead.FullTime), "jimu@hosp.example.jp", store.StatusNew)
			far := addLead(t, st, post(0, "整形外科", "沖縄県", lead.FullTime), "", store.StatusNew)
			addLead(t, st, post(0, "整形外科", "岐阜県", lead.FullTime), "", store.StatusClosed)
			general := post(0, "整形外科", "岐阜県", lead.FullTime)
			general.Category = lead.General
			addLead(t, st, general, "", store.StatusNew)

			_, sugg, err := svc.Suggest(ctx, doc, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(sugg); !slices.Equal(got, []int64{near, far}) {
				t.Fatalf("suggestions = %v, want [%d %d] (closed and general leads left out)", got, near, far)
			}

			staff := Actor{Name: "staff"}
			p, err := svc.Propose(ctx, doc, near, "", staff)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains([]string(p.Reasons), "隣県: 岐阜県 ↔ 長野県") {
				t.Errorf("stored reasons %v lack the neighbour", p.Reasons)
			}
			// A second proposal for the same physician, ended by the placement below.
			other, err := svc.Propose(ctx, doc, far, "", staff)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := svc.Propose(ctx, doc, near, "", staff); !errors.Is(err, ErrDuplicate) {
				t.Errorf("the same pair proposed twice: err = %v, want ErrDuplicate", err)
			}
			if _, err := svc.Propose(ctx, near, doc, "", staff); !errors.Is(err, ErrNotOpen) {
				t.Errorf("sides swapped: err = %v, want ErrNotOpen", err)
			}
			if err := svc.Place(ctx, p.ID, staff); !errors.Is(err, ErrTransition) {
				t.Errorf("place before introduction: err = %v, want ErrTransition", err)
			}

			if err := svc.Introduce(ctx, p.ID, staff); err != nil {
				t.Fatal(err)
			}
			mail := queued(t, st)
			if len(mail) != 2 {
				t.Fatalf("%d introductions queued, want 2", len(mail))
			}
			wantTo := map[string]int64{"doc@example.jp": doc, "jimu@hosp.example.jp": near}
			for _, m := range mail {
				if len(m.To) != 1 || wantTo[m.To[0]] != m.LeadID || m.Kind != "introduction" {
					t.Errorf("mail to %s for lead %d kind %s", m.To, m.LeadID, m.Kind)
				}
				if !strings.Contains(m.Text, "隣県: 岐阜県 ↔ 長野県") || !strings.Contains(m.Subject, "ご紹介") {
					t.Errorf("introduction lacks its subject or reasons:\n%s\n%s", m.Subject, m.Text)
				}
			}

			if err := svc.Accept(ctx, p.ID, staff); err != nil {
				t.Fatal(err)
			}
			if err := svc.Place(ctx, p.ID, staff); err != nil {
				t.Fatal(err)
			}
			for _, id := range []int64{doc, near} {
				l, err := st.GetLead(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				if l.Status != store.StatusPlaced {
					t.Errorf("lead %d status %s, want placed", id, l.Status)
				}
				evs, err := st.LeadEvents(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				var statuses []string
				for _, e := range evs {
					if e.Kind == "status" {
						statuses = append(statuses, e.NewValue.String)
					}
				}
				if want := []string{store.StatusMatching, store.StatusPlaced}; !slices.Equal(statuses, want) {
					t.Errorf("lead %d status events %v, want %v", id, statuses, want)
				}
			}
			got, err := svc.GetProposal(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != ProposalPlaced || !got.IntroducedAt.Valid || !got.DecidedAt.Valid || !got.PlacedAt.Valid {
				t.Errorf("proposal after placement: %+v", got)
			}
			evs, err := svc.ProposalEvents(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			var seq []string
			for _, e := range evs {
				seq = append(seq, e.Status+"/"+e.Actor)
			}
			if want := []string{"proposed/staff", "introduced/staff", "accepted/staff", "placed/staff"}; !slices.Equal(seq, want) {
				t.Errorf("proposal history %v, want %v", seq, want)
			}
			ended, err := svc.GetProposal(ctx, other.ID)
			if err != nil {
				t.Fatal(err)
			}
			if ended.Status != ProposalDeclined || ended.DeclineReason.String != placedElsewhere || !ended.DecidedAt.Valid {
				t.Errorf("the physician's other proposal after placement: %s %q", ended.Status, ended.DeclineReason.String)
			}
			if evs, err := svc.ProposalEvents(ctx, other.ID); err != nil {
				t.Fatal(err)
			} else if last := evs[len(evs)-1]; last.Status != ProposalDeclined || last.Reason.String != placedElsewhere {
				t.Errorf("the other proposal's last event %+v", last)
			}
			// Placed leads are no longer open.
			if _, _, err := svc.Suggest(ctx, doc, 10); !errors.Is(err, ErrNotOpen) {
				t.Errorf("suggest for a placed lead: err = %v, want ErrNotOpen", err)
			}
			if _, err := svc.Propose(ctx, doc, far, "", staff); !errors.Is(err, ErrNotOpen) {
				t.Errorf("propose a placed physician: err = %v, want ErrNotOpen", err)
			}
		})
	}
}

func TestProposalDeclineAndNoAddress(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			svc := newService(t, st)
			doc := addLead(t, st, doctor(0, "内科", "東京都"), "doc@example.jp", store.StatusNew)
			hosp := addLead(t, st, post(0, "内科", "東京都"), "", store.StatusNew)
			p, err := svc.Propose(ctx, doc, hosp, "メモ", Actor{UserID: 0, Name: "staff"})
			if err != nil {
				t.Fatal(err)
			}
			if err := svc.Introduce(ctx, p.ID, Actor{Name: "staff"}); !errors.Is(err, ErrNoAddress) {
				t.Fatalf("introduce without an address: err = %v, want ErrNoAddress", err)
			}
			got, err := svc.GetProposal(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != ProposalProposed {
				t.Errorf("status after a failed introduction: %s, want proposed", got.Status)
			}
			if n := len(queued(t, st)); n != 0 {
				t.Errorf("%d mails queued by a failed introduction, want none", n)
			}
			if err := svc.Decline(ctx, p.ID, "", Actor{Name: "staff"}); err == nil {
				t.Error("decline without a reason accepted")
			}
			if err := svc.Decline(ctx, p.ID, "勤務地が遠い", Actor{Name: "staff"}); err != nil {
				t.Fatal(err)
			}
			got, err = svc.GetProposal(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != ProposalDeclined || got.DeclineReason != (sql.NullString{String: "勤務地が遠い", Valid: true}) {
				t.Errorf("after decline: status %s reason %v", got.Status, got.DeclineReason)
			}
			l, err := st.GetLead(ctx, doc)
			if err != nil {
				t.Fatal(err)
			}
			if l.Status != store.StatusMatching {
				t.Errorf("physician status %s after a declined proposal, want matching", l.Status)
			}
			ps, err := svc.Proposals(ctx, hosp)
			if err != nil || len(ps) != 1 || ps[0].ID != p.ID {
				t.Errorf("proposals of the hospital: %v, %v", ps, err)
			}
		})
	}
}

// TestConcurrentTransitions has staff decline and place one accepted
// proposal at the same moment: exactly one change wins, the others are
// refused as not allowed any more, and the history holds the winner only.
func TestConcurrentTransitions(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			svc := newService(t, st)
			doc := addLead(t, st, doctor(0, "整形外科", "岐阜県", lead.FullTime), "doc@example.jp", store.StatusNew)
			hosp := addLead(t, st, post(0, "整形外科", "岐阜県", lead.FullTime), "jimu@hosp.example.jp", store.StatusNew)
			staff := Actor{Name: "staff"}
			p, err := svc.Propose(ctx, doc, hosp, "", staff)
			if err != nil {
				t.Fatal(err)
			}
			if err := svc.Introduce(ctx, p.ID, staff); err != nil {
				t.Fatal(err)
			}
			if err := svc.Accept(ctx, p.ID, staff); err != nil {
				t.Fatal(err)
			}
			const n = 8
			errs := make([]error, n)
			start := make(chan struct{})
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					<-start
					if i%2 == 0 {
						errs[i] = svc.Decline(ctx, p.ID, "条件が合わない", staff)
					} else {
						errs[i] = svc.Place(ctx, p.ID, staff)
					}
				})
			}
			close(start)
			wg.Wait()
			won := 0
			for i, err := range errs {
				switch {
				case err == nil:
					won++
				case !errors.Is(err, ErrTransition):
					t.Errorf("goroutine %d: %v, want nil or ErrTransition", i, err)
				}
			}
			if won != 1 {
				t.Fatalf("%d changes succeeded, want 1", won)
			}
			evs, err := svc.ProposalEvents(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 4 {
				t.Errorf("%d proposal events, want 4 (proposed, introduced, accepted, one decision)", len(evs))
			}
			got, err := svc.GetProposal(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			l, err := st.GetLead(ctx, doc)
			if err != nil {
				t.Fatal(err)
			}
			if (got.Status == ProposalPlaced) != (l.Status == store.StatusPlaced) || evs[len(evs)-1].Status != got.Status {
				t.Errorf("proposal %s, last event %s, physician lead %s", got.Status, evs[len(evs)-1].Status, l.Status)
			}
		})
	}
}

// TestConcurrentProposals proposes one pair from many goroutines at once (a
// double click): one proposal is recorded, every other call is told the
// pair is already proposed.
func TestConcurrentProposals(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, driver)
			svc := newService(t, st)
			doc := addLead(t, st, doctor(0, "整形外科", "岐阜県", lead.FullTime), "doc@example.jp", store.StatusNew)
			hosp := addLead(t, st, post(0, "整形外科", "岐阜県", lead.FullTime), "jimu@hosp.example.jp", store.StatusNew)
			const n = 8
			errs := make([]error, n)
			start := make(chan struct{})
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					<-start
					_, errs[i] = svc.Propose(ctx, doc, hosp, "", Actor{Name: "staff"})
				})
			}
			close(start)
			wg.Wait()
			won := 0
			for i, err := range errs {
				switch {
				case err == nil:
					won++
				case !errors.Is(err, ErrDuplicate):
					t.Errorf("goroutine %d: %v, want nil or ErrDuplicate", i, err)
				}
			}
			ps, err := svc.Proposals(ctx, doc)
			if err != nil {
				t.Fatal(err)
			}
			if won != 1 || len(ps) != 1 {
				t.Errorf("%d proposals succeeded, %d stored; want 1 and 1", won, len(ps))
			}
		})
	}
}
