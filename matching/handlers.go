package matching

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/md2-rm/madoguchi/store"
)

// Form handlers of the matching page. They know nothing of sessions: the
// staff UI authenticates the request, checks its CSRF token and passes the
// actor; each returns where to send the browser and a notice for it.

// ErrBadRequest marks a form that cannot be acted on as sent.
var ErrBadRequest = errors.New("bad request")

func pathID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("matching: %s %q: %w", name, r.PathValue(name), ErrBadRequest)
	}
	return id, nil
}

// MatchPath is the matching page of a lead.
func MatchPath(leadID int64) string { return fmt.Sprintf("/leads/%d/match", leadID) }

// HandlePropose answers POST /leads/{id}/proposals with the form fields
// candidate (the other side's lead id) and note.
func (s *Service) HandlePropose(r *http.Request, by Actor) (redirect, notice string, err error) {
	id, err := pathID(r, "id")
	if err != nil {
		return "", "", err
	}
	cand, err := strconv.ParseInt(r.PostFormValue("candidate"), 10, 64)
	if err != nil || cand <= 0 {
		return "", "", fmt.Errorf("matching: candidate: %w", ErrBadRequest)
	}
	l, err := s.Store.GetLead(r.Context(), id)
	if err != nil {
		return "", "", err
	}
	doc, hosp := id, cand
	if l.Category == "hospital" {
		doc, hosp = cand, id
	}
	p, err := s.Propose(r.Context(), doc, hosp, strings.TrimSpace(r.PostFormValue("note")), by)
	if err != nil {
		return "", "", err
	}
	return MatchPath(id), fmt.Sprintf("提案 #%d を記録しました。", p.ID), nil
}

// HandleTransition answers POST /proposals/{id}/{status} (introduced,
// accepted, declined with the field reason, placed); the field from names
// the lead whose page to return to.
func (s *Service) HandleTransition(r *http.Request, by Actor) (redirect, notice string, err error) {
	id, err := pathID(r, "id")
	if err != nil {
		return "", "", err
	}
	p, err := s.GetProposal(r.Context(), id)
	if err != nil {
		return "", "", err
	}
	back := p.DoctorLeadID
	if from, err := strconv.ParseInt(r.PostFormValue("from"), 10, 64); err == nil && (from == p.HospitalLeadID || from == p.DoctorLeadID) {
		back = from
	}
	ctx := r.Context()
	status := r.PathValue("status")
	switch status {
	case ProposalIntroduced:
		err = s.Introduce(ctx, id, by)
	case ProposalAccepted:
		err = s.Accept(ctx, id, by)
	case ProposalDeclined:
		reason := strings.TrimSpace(r.PostFormValue("reason"))
		if reason == "" {
			return "", "", fmt.Errorf("matching: decline without a reason: %w", ErrBadRequest)
		}
		err = s.Decline(ctx, id, reason, by)
	case ProposalPlaced:
		err = s.Place(ctx, id, by)
	default:
		return "", "", fmt.Errorf("matching: status %q: %w", status, ErrBadRequest)
	}
	if err != nil {
		return "", "", err
	}
	return MatchPath(back), fmt.Sprintf("提案 #%d: %s", id, StatusLabel(status)), nil
}

// UserMessage turns an error of the matching workflow into the status and
// Japanese message staff see; ok is false for errors that are not theirs to
// fix (they are logged and answered with 500).
func UserMessage(err error) (code int, message string, ok bool) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "見つかりません。", true
	case errors.Is(err, ErrBadRequest):
		return http.StatusBadRequest, "入力内容を確認してください（辞退には理由が必要です）。", true
	case errors.Is(err, ErrTransition):
		return http.StatusConflict, "この提案はその状態に進められません。", true
	case errors.Is(err, ErrNotOpen):
		return http.StatusConflict, "成約済み・終了した問い合わせ、または医師と医療機関以外の問い合わせは提案できません。", true
	case errors.Is(err, ErrNoAddress):
		return http.StatusConflict, "メールアドレスのない問い合わせには紹介メールを送れません。", true
	case errors.Is(err, ErrDuplicate):
		return http.StatusConflict, "この組み合わせはすでに提案されています。", true
	}
	return http.StatusInternalServerError, "", false
}
