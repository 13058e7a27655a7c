package web

import (
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
)

const pageSize = 50

// inboxFilter reads the inbox filter from the query string.
func (s *Server) inboxFilter(r *http.Request) (store.LeadFilter, url.Values) {
	q := r.URL.Query()
	f := store.LeadFilter{
		Category:   q.Get("category"),
		Status:     q.Get("status"),
		Prefecture: strings.TrimSpace(q.Get("prefecture")),
		Specialty:  strings.TrimSpace(q.Get("specialty")),
		Query:      strings.TrimSpace(q.Get("q")),
		Unreviewed: q.Get("unreviewed") == "1",
		Limit:      pageSize,
	}
	switch a := q.Get("assignee"); a {
	case "":
	case "none":
		f.AssigneeID = store.Unassigned
	default:
		f.AssigneeID, _ = strconv.ParseInt(a, 10, 64)
	}
	if t, err := time.ParseInLocation("2006-01-02", q.Get("from"), s.ui.loc); err == nil {
		f.From = t
	}
	if t, err := time.ParseInLocation("2006-01-02", q.Get("to"), s.ui.loc); err == nil {
		f.To = t.AddDate(0, 0, 1)
	}
	if p, err := strconv.Atoi(q.Get("page")); err == nil && p > 1 {
		f.Offset = (p - 1) * pageSize
	}
	keep := url.Values{}
	for _, k := range []string{"category", "status", "prefecture", "specialty", "q", "unreviewed", "assignee", "from", "to"} {
		if v := q.Get(k); v != "" {
			keep.Set(k, v)
		}
	}
	return f, keep
}

type statusTab struct {
	Value, Label, URL string
	Count             int
	Active            bool
}

type inboxData struct {
	Rows       []store.LeadRow
	Total      int
	Tabs       []statusTab
	Unreviewed int
	Filter     url.Values
	Users      []store.User
	Vocab      *vocab.Vocab
	Page       int
	PrevURL    string
	NextURL    string
	CSVURL     string
}

func (s *Server) inbox(w http.ResponseWriter, r *http.Request, q *Request) error {
	ctx := r.Context()
	f, keep := s.inboxFilter(r)
	counts, err := s.Store.LeadStatusCounts(ctx, f)
	if err != nil {
		return err
	}
	rows, err := s.Store.LeadPage(ctx, f)
	if err != nil {
		return err
	}
	users, err := s.Store.Users(ctx)
	if err != nil {
		return err
	}
	s.Audit(r, q, store.AuditView, "inbox", 0, keep.Encode())
	d := inboxData{Rows: rows, Total: counts.Matching(f.Status), Filter: keep, Users: users, Vocab: vocab.Load(),
		Unreviewed: counts.Unreviewed, Page: f.Offset/pageSize + 1}
	tabURL := func(status string) string {
		v := cloneValues(keep)
		v.Del("status")
		if status != "" {
			v.Set("status", status)
		}
		return "/?" + v.Encode()
	}
	d.Tabs = append(d.Tabs, statusTab{Label: "すべて", URL: tabURL(""), Count: counts.All, Active: f.Status == ""})
	for _, st := range store.Statuses {
		d.Tabs = append(d.Tabs, statusTab{Value: st.Value, Label: st.Label, URL: tabURL(st.Value),
			Count: counts.ByStatus[st.Value], Active: f.Status == st.Value})
	}
	pageURL := func(p int) string {
		v := cloneValues(keep)
		v.Set("page", strconv.Itoa(p))
		return "/?" + v.Encode()
	}
	if d.Page > 1 {
		d.PrevURL = pageURL(d.Page - 1)
	}
	if f.Offset+len(rows) < d.Total {
		d.NextURL = pageURL(d.Page + 1)
	}
	d.CSVURL = "/leads.csv?" + keep.Encode()
	return s.render(w, r, q, "inbox", d)
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// exportCSV writes the filtered leads as CSV in UTF-8 with a byte order mark,
// so that Excel shows the Japanese correctly.
func (s *Server) exportCSV(w http.ResponseWriter, r *http.Request, q *Request) error {
	f, keep := s.inboxFilter(r)
	rows, err := s.Store.ExportLeads(r.Context(), f)
	if err != nil {
		return err
	}
	s.Audit(r, q, store.AuditExport, "leads", 0, fmt.Sprintf("CSV %d件 %s", len(rows), keep.Encode()))
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="leads-`+time.Now().In(s.ui.loc).Format("20060102-1504")+`.csv"`)
	w.Header().Set("Cache-Control", "no-store")
	if _, err := w.Write([]byte("\ufeff")); err != nil {
		return nil
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	_ = cw.Write([]string{"ID", "受付日時", "区分", "状態", "担当", "氏名", "フリガナ", "メール", "電話", "年齢", "所属",
		"診療科", "希望都道府県", "市区町村", "勤務形態", "週日数", "開始時期", "終了理由", "確認日時"})
	for _, l := range rows {
		_ = cw.Write([]string{strconv.FormatInt(l.ID, 10), l.CreatedAt.In(s.ui.loc).Format("2006-01-02 15:04"),
			categoryLabel(l.Category), store.StatusLabel(l.Status), csvSafe(l.Assignee.String),
			csvSafe(l.Name.String), csvSafe(l.NameKana.String), csvSafe(l.Email.String), csvSafe(l.Phone.String),
			nullInt(l.Age), csvSafe(l.Organization.String), csvSafe(strings.Join(l.Specialties, "、")),
			csvSafe(strings.Join(l.Prefectures, "、")), csvSafe(l.Municipality.String), employmentLabels(l.Employment),
			nullInt(l.DaysPerWeek), csvSafe(l.Start.String), csvSafe(l.CloseReason.String), jstOrEmpty(l.ReviewedAt, s.ui.loc)})
	}
	cw.Flush()
	return nil
}

// csvSafe keeps spreadsheet programs from reading a cell as a formula: a
// cell starting with = + - @, a tab or a carriage return gets a leading '.
// Excel in Japanese also reads the full-width ＝ ＋ － ＠ as the start of a
// formula.
func csvSafe(v string) string {
	r, _ := utf8.DecodeRuneInString(v)
	if strings.ContainsRune("=+-@\t\r＝＋－＠", r) {
		return "'" + v
	}
	return v
}

func nullInt(v sql.NullInt64) string {
	if !v.Valid {
		return ""
	}
	return strconv.FormatInt(v.Int64, 10)
}

func jstOrEmpty(t sql.NullTime, loc *time.Location) string {
	if !t.Valid {
		return ""
	}
	return t.Time.In(loc).Format("2006-01-02 15:04")
}

var employmentNames = map[string]string{lead.FullTime: "常勤", lead.PartTime: "非常勤", lead.Spot: "スポット"}

func employmentLabels(l []string) string {
	out := make([]string, 0, len(l))
	for _, e := range l {
		if n, ok := employmentNames[e]; ok {
			out = append(out, n)
		} else {
			out = append(out, e)
		}
	}
	return strings.Join(out, "、")
}

func pathID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, Errorf(http.StatusNotFound, "見つかりません。")
	}
	return id, nil
}

type leadData struct {
	Lead       *store.Lead
	Mails      []mailView
	History    []store.LeadEvent
	Users      []store.User
	Vocab      *vocab.Vocab
	Employment []struct {
		Value, Label string
		Checked      bool
	}
	Templates []replyTemplate
	CanReply  bool
	ReplyTo   string
	Error     string
}

func (s *Server) leadPage(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	return s.showLead(w, r, q, id, http.StatusOK, "")
}

func (s *Server) showLead(w http.ResponseWriter, r *http.Request, q *Request, id int64, status int, msg string) error {
	ctx := r.Context()
	l, err := s.Store.GetLead(ctx, id)
	if err != nil {
		return err
	}
	mails, err := s.Store.LeadMails(ctx, id)
	if err != nil {
		return err
	}
	events, err := s.Store.LeadEvents(ctx, id)
	if err != nil {
		return err
	}
	users, err := s.Store.Users(ctx)
	if err != nil {
		return err
	}
	s.Audit(r, q, store.AuditView, "lead", id, "")
	d := leadData{Lead: l, History: events, Users: users, Vocab: vocab.Load(), Templates: replyTemplates,
		CanReply: s.Replies != nil && l.Email.Valid && l.Email.String != "", Error: msg}
	for _, m := range mails {
		d.Mails = append(d.Mails, s.viewMail(&m))
	}
	for _, e := range []string{lead.FullTime, lead.PartTime, lead.Spot} {
		checked := false
		for _, have := range l.Employment {
			checked = checked || have == e
		}
		d.Employment = append(d.Employment, struct {
			Value, Label string
			Checked      bool
		}{e, employmentNames[e], checked})
	}
	t := s.ui.pages["lead"]
	return s.Render(w, r, q, status, t, d)
}

// splitList reads a list field typed as names separated by commas, 、 or
// spaces.
func splitList(v string) []string {
	f := strings.FieldsFunc(v, func(r rune) bool {
		return r == ',' || r == '、' || r == '，' || r == ' ' || r == '　' || r == '\n' || r == '\r' || r == '\t'
	})
	out := []string{}
	seen := map[string]bool{}
	for _, x := range f {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func formString(r *http.Request, key string) sql.NullString {
	v := strings.TrimSpace(r.PostFormValue(key))
	return sql.NullString{String: v, Valid: v != ""}
}

func formInt(r *http.Request, key string, lo, hi int64) (sql.NullInt64, error) {
	v := strings.TrimSpace(r.PostFormValue(key))
	if v == "" {
		return sql.NullInt64{}, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < lo || n > hi {
		return sql.NullInt64{}, fmt.Errorf("%s: %d〜%dの数字で入力してください", fieldLabel(key), lo, hi)
	}
	return sql.NullInt64{Int64: n, Valid: true}, nil
}

// editFields saves the corrected contract fields; every change goes into the
// lead's history and the lead counts as reviewed.
func (s *Server) editFields(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	v := vocab.Load()
	var problems []string
	changes, err := s.Store.EditLead(r.Context(), id, q.Actor(), true, func(l *store.Lead) error {
		cat := r.PostFormValue("category")
		if !lead.Category(cat).Valid() {
			problems = append(problems, "区分を選んでください")
		} else {
			l.Category = cat
		}
		l.Name = formString(r, "name")
		l.NameKana = formString(r, "name_kana")
		l.Email = formString(r, "email")
		l.Phone = formString(r, "phone")
		l.Organization = formString(r, "organization")
		l.Municipality = formString(r, "municipality")
		l.Start = formString(r, "start")
		var err error
		if l.Age, err = formInt(r, "age", 20, 120); err != nil {
			problems = append(problems, err.Error())
		}
		if l.BirthYear, err = formInt(r, "birth_year", 1900, 2100); err != nil {
			problems = append(problems, err.Error())
		}
		if l.DaysPerWeek, err = formInt(r, "days_per_week", 1, 7); err != nil {
			problems = append(problems, err.Error())
		}
		l.Specialties = splitList(r.PostFormValue("specialties"))
		for _, sp := range l.Specialties {
			if _, ok := v.Specialty(sp); !ok {
				problems = append(problems, "診療科「"+sp+"」は語彙にありません")
			}
		}
		l.Prefectures = splitList(r.PostFormValue("prefectures"))
		for _, p := range l.Prefectures {
			if _, ok := v.Prefecture(p); !ok {
				problems = append(problems, "都道府県「"+p+"」は語彙にありません")
			}
		}
		l.Employment = store.StringList{}
		for _, e := range []string{lead.FullTime, lead.PartTime, lead.Spot} {
			for _, got := range r.PostForm["employment"] {
				if got == e {
					l.Employment = append(l.Employment, e)
				}
			}
		}
		if len(problems) > 0 {
			return store.ErrInvalid
		}
		return nil
	})
	if errors.Is(err, store.ErrInvalid) && len(problems) > 0 {
		return s.showLead(w, r, q, id, http.StatusBadRequest, strings.Join(problems, "。")+"。")
	}
	if err != nil {
		return err
	}
	var names []string
	for _, c := range changes {
		names = append(names, c.Field)
	}
	s.Audit(r, q, store.AuditEdit, "lead", id, strings.Join(names, ","))
	Redirect(w, r, fmt.Sprintf("/leads/%d", id), fmt.Sprintf("%d項目を保存しました", len(changes)))
	return nil
}

func (s *Server) setStatus(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	status := r.PostFormValue("status")
	err = s.Store.SetLeadStatus(r.Context(), id, status, r.PostFormValue("reason"), q.Actor())
	if errors.Is(err, store.ErrInvalid) {
		return s.showLead(w, r, q, id, http.StatusBadRequest, "終了にするには理由を入力してください。")
	}
	if err != nil {
		return err
	}
	s.Audit(r, q, store.AuditEdit, "lead", id, "status")
	Redirect(w, r, fmt.Sprintf("/leads/%d", id), "状態を「"+store.StatusLabel(status)+"」にしました")
	return nil
}

func (s *Server) assign(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var uid int64
	if v := r.PostFormValue("assignee"); v != "" {
		if uid, err = strconv.ParseInt(v, 10, 64); err != nil {
			return Errorf(http.StatusBadRequest, "担当者を選んでください。")
		}
	}
	if err := s.Store.AssignLead(r.Context(), id, uid, q.Actor()); err != nil {
		return err
	}
	s.Audit(r, q, store.AuditEdit, "lead", id, "assignee")
	Redirect(w, r, fmt.Sprintf("/leads/%d", id), "担当を変更しました")
	return nil
}

func (s *Server) editNotes(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	notes := strings.TrimSpace(strings.ReplaceAll(r.PostFormValue("notes"), "\r\n", "\n"))
	if _, err := s.Store.EditLead(r.Context(), id, q.Actor(), false, func(l *store.Lead) error {
		l.Notes = notes
		return nil
	}); err != nil {
		return err
	}
	s.Audit(r, q, store.AuditEdit, "lead", id, "notes")
	Redirect(w, r, fmt.Sprintf("/leads/%d", id), "メモを保存しました")
	return nil
}

// addReminder queues a reminder for the lead, shown on the follow-up page
// when it is due.
func (s *Server) addReminder(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if _, err := s.Store.GetLead(r.Context(), id); err != nil {
		return err
	}
	due, err := time.ParseInLocation("2006-01-02", r.PostFormValue("due"), s.ui.loc)
	if err != nil {
		return s.showLead(w, r, q, id, http.StatusBadRequest, "リマインダーの日付を入力してください。")
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	if _, _, err := s.Store.Enqueue(r.Context(), s.Store.DB, store.NewJob{Kind: store.KindReminder,
		Payload: store.ReminderPayload{LeadID: id, Note: note, By: q.User.Username},
		RunAt:   due.Add(9 * time.Hour)}); err != nil {
		return err
	}
	if err := s.Store.AddLeadEvent(r.Context(), s.Store.DB, store.LeadEvent{LeadID: id,
		UserID: sql.NullInt64{Int64: q.User.ID, Valid: true}, Actor: q.User.Username, Kind: "reminder", Field: "reminder",
		NewValue: sql.NullString{String: due.Format("2006-01-02") + " " + note, Valid: true}}); err != nil {
		return err
	}
	s.Audit(r, q, store.AuditEdit, "lead", id, "reminder")
	Redirect(w, r, fmt.Sprintf("/leads/%d", id), "リマインダーを登録しました")
	return nil
}
