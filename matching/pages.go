package matching

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"strings"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
)

// PageTemplates returns the file system and pattern of the matching page's
// template, which defines "title" and "content" for the staff UI's layout.
func PageTemplates() (fs.FS, string) { return templateFS, "templates/match.html" }

// PageFuncs are the template functions the matching page uses.
func PageFuncs() template.FuncMap {
	return template.FuncMap{
		"join": func(l []string) string {
			if len(l) == 0 {
				return "指定なし"
			}
			return strings.Join(l, "・")
		},
		"actionLabel": ActionLabel,
	}
}

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

// ProposalView is a proposal as the page shows it.
type ProposalView struct {
	Proposal
	DoctorLabel, HospitalLabel string
	StatusLabel                string
	Next                       []string // statuses staff may move it to
	Events                     []string // "2026-05-10 14:03 提案 (staff)"
}

// MatchView is what the matching page of a lead shows.
type MatchView struct {
	Lead           *store.Lead
	Profile        Profile
	SideLabel      string // 医師 or 医療機関
	EmploymentText string
	Open           bool
	Suggestions    []Suggestion
	Max            int
	Proposals      []ProposalView
	Error          string
}

// View gathers the matching page of lead id: its suggestions (at most
// limit) and its proposals with their histories.
func (s *Service) View(ctx context.Context, id int64, limit int) (*MatchView, error) {
	l, sugg, err := s.Suggest(ctx, id, limit)
	if err != nil && !errors.Is(err, ErrNotOpen) {
		return nil, err
	}
	v := &MatchView{Lead: l, Profile: ProfileOf(l), Open: err == nil, Suggestions: sugg, Max: s.Matcher.Weights().Max(),
		SideLabel: "医療機関", EmploymentText: employmentText(l.Employment)}
	if l.Category == string(lead.Doctor) {
		v.SideLabel = "医師"
	}
	ps, err := s.Proposals(ctx, id)
	if err != nil {
		return nil, err
	}
	tokyo := jst()
	for _, p := range ps {
		pv := ProposalView{Proposal: p, StatusLabel: StatusLabel(p.Status), Next: next(p.Status)}
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

// jst is the time zone in which staff read times.
func jst() *time.Location {
	loc, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		return time.FixedZone("JST", 9*60*60)
	}
	return loc
}
