package web

import (
	"bytes"
	"database/sql"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strings"
	"time"
	_ "time/tzdata" // Asia/Tokyo on machines without a zoneinfo database
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Request is what an authenticated handler knows about its caller.
type Request struct {
	User    *store.User
	Session *store.Session
	// CSRF is the token every form of the page must send as the field
	// "csrf" (templates: {{template "csrf" .}}).
	CSRF string
}

// Actor is the user as the store records changes.
func (q *Request) Actor() store.Actor { return store.Actor{UserID: q.User.ID, Name: q.User.Username} }

// IsAdmin reports whether the user has the admin role.
func (q *Request) IsAdmin() bool { return q.User.Role == store.RoleAdmin }

// HandlerFunc is an authenticated page or form handler. It writes the
// response, or returns an error: an *HTTPError is shown to the user with its
// status, anything else is logged and shown as a 500.
type HandlerFunc func(w http.ResponseWriter, r *http.Request, q *Request) error

// HTTPError is an error with the status and message the user sees.
type HTTPError struct {
	Code    int
	Message string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Message) }

// Errorf returns an *HTTPError.
func Errorf(code int, format string, a ...any) error {
	return &HTTPError{Code: code, Message: fmt.Sprintf(format, a...)}
}

// navItem is one entry of the navigation bar.
type navItem struct {
	Label, Path, Role string
}

// ui holds the parsed templates and the navigation.
type ui struct {
	base  *template.Template
	pages map[string]*template.Template
	nav   []navItem
	loc   *time.Location
}

func newUI() *ui {
	loc, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		loc = time.FixedZone("JST", 9*3600)
	}
	u := &ui{pages: map[string]*template.Template{}, loc: loc}
	u.base = template.Must(template.New("base").Funcs(u.funcs()).ParseFS(templateFS, "templates/layout.html"))
	entries, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(strings.TrimPrefix(e, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		u.pages[name] = template.Must(template.Must(u.base.Clone()).ParseFS(templateFS, e))
	}
	return u
}

// Templates parses page templates (each defining "title" and "content")
// from fsys on top of the shared layout, for pages added from other
// packages: pass the result to Render.
func (s *Server) Templates(fsys fs.FS, patterns ...string) (*template.Template, error) {
	t, err := s.ui.base.Clone()
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	t, err = t.ParseFS(fsys, patterns...)
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	return t, nil
}

// TemplatesWithFuncs is Templates for page templates that use functions of
// their own (added to the shared ones, replacing those of the same name).
func (s *Server) TemplatesWithFuncs(funcs template.FuncMap, fsys fs.FS, patterns ...string) (*template.Template, error) {
	t, err := s.ui.base.Clone()
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	t, err = t.Funcs(funcs).ParseFS(fsys, patterns...)
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	return t, nil
}

// RenderFragment writes HTML that another package rendered (trusted,
// already escaped) inside the layout with the title, linking the extra
// style sheets (same-origin paths, e.g. "/research/dashboard.css").
func (s *Server) RenderFragment(w http.ResponseWriter, r *http.Request, q *Request, status int, title string, body template.HTML, styles ...string) error {
	return s.renderView(w, r, q, status, s.ui.pages["fragment"], title, styles, body)
}

// Nav adds an entry to the navigation bar, shown to users with the role
// (store.RoleStaff: everyone signed in; store.RoleAdmin: admins only).
func (s *Server) Nav(label, path, role string) {
	s.ui.nav = append(s.ui.nav, navItem{Label: label, Path: path, Role: role})
}

// Page registers an authenticated handler for pattern (a net/http pattern
// such as "GET /campaigns/{id}"). Requests without a live session are sent to
// the sign-in page (GET) or refused (other methods); users without role get
// 403; requests other than GET and HEAD must carry the session's CSRF token.
func (s *Server) Page(pattern, role string, h HandlerFunc) {
	s.handle(pattern, role, s.authenticated(role, h))
}

// view is what the layout is executed with.
type view struct {
	Title  string
	Styles []string
	Q      *Request
	Nav    []navItem
	Path   string
	Flash  string
	Data   any
}

// Render executes a template set made by Templates (or one of the
// package's own) with data, inside the layout, and writes it with status.
func (s *Server) Render(w http.ResponseWriter, r *http.Request, q *Request, status int, t *template.Template, data any) error {
	return s.renderView(w, r, q, status, t, "", nil, data)
}

func (s *Server) renderView(w http.ResponseWriter, r *http.Request, q *Request, status int, t *template.Template,
	title string, styles []string, data any) error {
	v := view{Title: title, Styles: styles, Q: q, Path: r.URL.Path, Flash: takeFlash(w, r), Data: data}
	if q != nil && q.User != nil {
		for _, n := range s.ui.nav {
			if n.Role == store.RoleStaff || n.Role == q.User.Role {
				v.Nav = append(v.Nav, n)
			}
		}
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", v); err != nil {
		return fmt.Errorf("web: render %s: %w", r.URL.Path, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, q *Request, page string, data any) error {
	t, ok := s.ui.pages[page]
	if !ok {
		return fmt.Errorf("web: no template %q", page)
	}
	return s.Render(w, r, q, http.StatusOK, t, data)
}

// fail answers a handler's error.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, q *Request, err error) {
	var he *HTTPError
	if !errors.As(err, &he) {
		switch {
		case errors.Is(err, store.ErrNotFound):
			he = &HTTPError{Code: http.StatusNotFound, Message: "見つかりません。"}
		case errors.Is(err, store.ErrInvalid):
			he = &HTTPError{Code: http.StatusBadRequest, Message: "入力内容を確認してください。"}
		default:
			s.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
			he = &HTTPError{Code: http.StatusInternalServerError, Message: "内部エラーが発生しました。"}
		}
	}
	if rerr := s.Render(w, r, q, he.Code, s.ui.pages["error"], he); rerr != nil {
		http.Error(w, he.Message, he.Code)
	}
}

// flashCookie carries a notice from a form's answer to the next page.
const flashCookie = "madoguchi_flash"

// maxFlash bounds a notice's length in bytes; notices are short sentences.
const maxFlash = 512

// Redirect sends the browser to path after a form, with an optional notice
// that the next page shows once. The notice travels in a short-lived cookie,
// never in the address, so that a link cannot put words on the staff's pages.
func Redirect(w http.ResponseWriter, r *http.Request, path, notice string) {
	if notice != "" && len(notice) <= maxFlash {
		http.SetCookie(w, &http.Cookie{
			Name: flashCookie, Value: base64.RawURLEncoding.EncodeToString([]byte(notice)), Path: "/", MaxAge: 60,
			HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: secure(r),
		})
	}
	http.Redirect(w, r, path, http.StatusSeeOther)
}

// takeFlash returns the notice a Redirect left for this page, and removes it
// so that it is shown once.
func takeFlash(w http.ResponseWriter, r *http.Request) string {
	c, err := r.Cookie(flashCookie)
	if err != nil {
		return ""
	}
	http.SetCookie(w, &http.Cookie{
		Name: flashCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: secure(r),
	})
	b, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil || len(b) > maxFlash || !utf8.Valid(b) {
		return ""
	}
	return string(b)
}

func (u *ui) funcs() template.FuncMap {
	return template.FuncMap{
		"jst": func(t any) string {
			switch v := t.(type) {
			case time.Time:
				if v.IsZero() {
					return ""
				}
				return v.In(u.loc).Format("2006-01-02 15:04")
			case sql.NullTime:
				if !v.Valid {
					return ""
				}
				return v.Time.In(u.loc).Format("2006-01-02 15:04")
			}
			return ""
		},
		"str": func(v any) string {
			switch x := v.(type) {
			case sql.NullString:
				return x.String
			case sql.NullInt64:
				if x.Valid {
					return fmt.Sprint(x.Int64)
				}
				return ""
			case string:
				return x
			case nil:
				return ""
			}
			return fmt.Sprint(v)
		},
		"join":          func(l []string) string { return strings.Join(l, "、") },
		"statusLabel":   store.StatusLabel,
		"categoryLabel": categoryLabel,
		"fieldLabel":    fieldLabel,
		"statuses":      func() any { return store.Statuses },
		"categories":    func() []lead.Category { return lead.Categories },
		"safeText":      safeText,
		"add":           func(a, b int) int { return a + b },
		"histValue":     historyValue,
		"kindLabel":     kindLabel,
		"histStatus":    historyStatus,
	}
}

// historyValue shows a recorded value as staff read it: lists as names
// joined with 、, categories and employment terms in Japanese.
func historyValue(field, v string) string {
	switch field {
	case "specialties", "prefectures", "employment":
		var l []string
		if err := json.Unmarshal([]byte(v), &l); err != nil {
			return v
		}
		if field == "employment" {
			return employmentLabels(l)
		}
		return strings.Join(l, "、")
	case "category":
		return categoryLabel(v)
	}
	return v
}

// historyStatus shows a recorded status ("closed: 理由") in Japanese.
func historyStatus(v string) string {
	st, reason, ok := strings.Cut(v, ": ")
	if !ok {
		return store.StatusLabel(v)
	}
	return store.StatusLabel(st) + "（" + reason + "）"
}

var kindLabels = map[string]string{
	store.KindReminder:         "リマインダー",
	"intake.review_reminder":   "未確認の督促（スタッフ宛メール）",
	"intake.inquirer_followup": "問い合わせ者への再確認メール",
	"outbox.send":              "メール送信",
}

// kindLabel names a job kind for staff; unknown kinds are shown as they are.
func kindLabel(kind string) string {
	if l, ok := kindLabels[kind]; ok {
		return l
	}
	return kind
}

var categoryLabels = map[string]string{
	"doctor": "医師", "hospital": "医療機関", "general": "一般", "unsubscribe": "配信停止",
	"auto_reply": "自動応答", "bounce": "不達", "spam": "迷惑",
}

func categoryLabel(c string) string {
	if l, ok := categoryLabels[c]; ok {
		return l
	}
	return c
}

var fieldLabels = map[string]string{
	"category": "区分", "name": "氏名", "name_kana": "フリガナ", "email": "メール", "phone": "電話",
	"age": "年齢", "birth_year": "生年", "organization": "所属", "specialties": "診療科",
	"prefectures": "希望都道府県", "municipality": "市区町村", "employment": "勤務形態",
	"days_per_week": "週日数", "start": "開始時期", "notes": "メモ", "status": "状態",
	"assignee": "担当", "reviewed_at": "確認", "created": "受付", "mail": "返信", "ack": "受付メール", "reminder": "リマインダー",
}

func fieldLabel(f string) string {
	if l, ok := fieldLabels[f]; ok {
		return l
	}
	return f
}

// securityHeaders are sent with every response: a strict CSP (no inline
// script or style anywhere), no framing except the mail frames, no sniffing.
func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "+
		"font-src 'self'; connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

func (s *Server) static() http.Handler {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err)
	}
	fileServer := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fileServer.ServeHTTP(w, r)
	})
}
