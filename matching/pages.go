package matching

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
)

// PageTemplates returns the file system and pattern of the matching page's
// template, which defines "title" and "content" for the staff UI's layout
// and needs no template functions of its own.
func PageTemplates() (fs.FS, string) { return templateFS, "templates/match.html" }

// ActionLabel is the button label that moves a proposal to status.
func ActionLabel(status string) string {
	switch status {
	case ProposalIntroduced:
		return "両者に紹介メールを送る"
	case ProposalAccepted:
		return "承諾を記録"
	case ProposalDeclined:
		return "辞退"
	case ProposalPlaced:
		return "成約を記録"
	}
	return status
}

// StatusLabel returns the Japanese label of a proposal status.
func StatusLabel(status string) string {
	for _, s := range ProposalStatuses {
		if s.Value == status {
			return s.Label
		}
	}
	return status
}

// Action is a step staff may take on a proposal: the status it leads to
// and its button label.
type Action struct{ Status, Label string }

// ProposalView is a proposal as the page shows it.
type ProposalView struct {
	Proposal
	DoctorLabel, HospitalLabel string
	StatusLabel                string
	Next                       []Action // what staff may do next
	Events                     []string // "2026-05-10 14:03 提案 (staff)"
}

// MatchView is what the matching page of a lead shows.
type MatchView struct {
	Lead        *store.Lead
	Profile     Profile
	SideLabel   string // 医師 or 医療機関
	Summary     string // the lead's matching fields in one line
	Open        bool
	Suggestions []Suggestion
	Max         int
	Proposals   []ProposalView
	Proposed    map[int64]int64 // candidate lead id → its proposal with this lead
}

// View gathers the matching page of lead id: its suggestions (at most
// limit) and its proposals with their histories.
func (s *Service) View(ctx context.Context, id int64, limit int) (*MatchView, error) {
	l, sugg, err := s.Suggest(ctx, id, limit)
	if err != nil && !errors.Is(err, ErrNotOpen) {
		return nil, err
	}
	v := &MatchView{Lead: l, Profile: ProfileOf(l), Open: err == nil, Suggestions: sugg, Max: s.Matcher.Weights().Max(),
		SideLabel: "医療機関", Summary: summary(l), Proposed: map[int64]int64{}}
	if l.Category == string(lead.Doctor) {
		v.SideLabel = "医師"
	}
	ps, err := s.Proposals(ctx, id)
	if err != nil {
		return nil, err
	}
	tokyo := jst()
	for _, p := range ps {
		pv := ProposalView{Proposal: p, StatusLabel: StatusLabel(p.Status)}
		v.Proposed[p.DoctorLeadID+p.HospitalLeadID-id] = p.ID
		for _, n := range next(p.Status) {
			pv.Next = append(pv.Next, Action{Status: n, Label: ActionLabel(n)})
		}
		for _, other := range []struct {
			id  int64
			dst *string
		}{{p.DoctorLeadID, &pv.DoctorLabel}, {p.HospitalLeadID, &pv.HospitalLabel}} {
			ol, err := s.Store.GetLead(ctx, other.id)
			if err != nil {
				return nil, fmt.Errorf("matching: view of lead %d: %w", id, err)
			}
			*other.dst = ProfileOf(ol).Label
		}
		evs, err := s.ProposalEvents(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			pv.Events = append(pv.Events, fmt.Sprintf("%s %s（%s）", e.CreatedAt.In(tokyo).Format("2006-01-02 15:04"),
				StatusLabel(e.Status), e.Actor))
		}
		v.Proposals = append(v.Proposals, pv)
	}
	return v, nil
}

// summary is a lead's matching fields in one line.
func summary(l *store.Lead) string {
	join := func(l []string) string {
		if len(l) == 0 {
			return "指定なし"
		}
		return strings.Join(l, "・")
	}
	s := "診療科 " + join(l.Specialties) + "／地域 " + join(l.Prefectures) + "／勤務形態 " + employmentText(l.Employment)
	if l.DaysPerWeek.Valid {
		s += fmt.Sprintf("／週%d日", l.DaysPerWeek.Int64)
	}
	if l.Start.Valid && l.Start.String != "" {
		s += "／開始 " + l.Start.String
	}
	return s
}

// jst is the time zone in which staff read times.
func jst() *time.Location {
	loc, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		return time.FixedZone("JST", 9*60*60)
	}
	return loc
}
