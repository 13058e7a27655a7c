package web

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/md2-rm/madoguchi/store"
)

type jobView struct {
	store.Job
	LeadID  int64
	Note    string
	To      string
	Overdue bool
}

type followUpData struct {
	Due  []jobView
	Dead []jobView
	Now  time.Time
}

func viewJob(j store.Job, now time.Time) jobView {
	v := jobView{Job: j, Overdue: j.RunAt.Before(now)}
	var p struct {
		LeadID int64  `json:"lead_id"`
		Note   string `json:"note"`
		To     any    `json:"to"`
	}
	if json.Unmarshal(j.Payload, &p) == nil {
		v.LeadID, v.Note = p.LeadID, p.Note
	}
	return v
}

// followUps lists the reminders and follow-ups due within a week, the most
// overdue first, and the jobs that failed for good (outgoing mail among
// them), which staff can retry.
func (s *Server) followUps(w http.ResponseWriter, r *http.Request, q *Request) error {
	ctx := r.Context()
	now := store.Now()
	due, err := s.Store.FollowUps(ctx, s.FollowUpKinds, now.Add(7*24*time.Hour), 200)
	if err != nil {
		return err
	}
	dead, err := s.Store.Jobs(ctx, store.JobFilter{States: []string{store.JobDead}, Limit: 100})
	if err != nil {
		return err
	}
	d := followUpData{Now: now}
	for _, j := range due {
		d.Due = append(d.Due, viewJob(j, now))
	}
	for _, j := range dead {
		d.Dead = append(d.Dead, viewJob(j, now))
	}
	return s.render(w, r, q, "followups", d)
}

func (s *Server) followUpDone(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.Store.DismissJob(r.Context(), id, q.User.Username); err != nil {
		return err
	}
	Redirect(w, r, "/followups", "完了にしました")
	return nil
}

func (s *Server) followUpSnooze(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	days, err := strconv.Atoi(r.PostFormValue("days"))
	if err != nil || days < 1 || days > 90 {
		days = 1
	}
	if err := s.Store.SnoozeJob(r.Context(), id, store.Now().AddDate(0, 0, days)); err != nil {
		return err
	}
	Redirect(w, r, "/followups", strconv.Itoa(days)+"日後に延期しました")
	return nil
}

func (s *Server) retryJob(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.Store.Retry(r.Context(), id); err != nil {
		return err
	}
	s.Audit(r, q, "retry", "job", id, "")
	Redirect(w, r, "/followups", "再実行を予約しました")
	return nil
}
