package web

import (
	"fmt"
	"mime"
	"net/http"
	"net/mail"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/microcosm-cc/bluemonday"

	"github.com/md2-rm/madoguchi/intake/decode"
	"github.com/md2-rm/madoguchi/store"
)

// maxTextShown bounds the decoded text shown on a page; the raw mail has the
// rest.
const maxTextShown = 200_000

type attachmentView struct {
	Index       int
	Filename    string
	ContentType string
	Size        int64
}

// mailView is a stored mail as the pages show it.
type mailView struct {
	ID          int64
	Direction   string
	LeadID      int64
	Subject     string
	FromName    string
	FromAddr    string
	Suspicious  bool // the sender's name hides or imitates characters
	To          string
	Date        time.Time
	ReceivedAt  time.Time
	MessageID   string
	Text        string
	Truncated   bool
	HasHTML     bool
	Attachments []attachmentView
	Problems    []string
	Headers     []headerField
	Error       string
	DecodeError string
}

// headerField is one decoded header line.
type headerField struct{ Key, Value string }

func (s *Server) decodeMail(m *store.StoredMail) (*decode.Message, error) {
	if s.Decode == nil {
		return DecodeMail(m.Raw)
	}
	return s.Decode(m.Raw)
}

func (s *Server) viewMail(m *store.StoredMail) mailView {
	v := mailView{ID: m.ID, Direction: m.Direction, LeadID: m.LeadID.Int64, Subject: m.Subject,
		FromAddr: m.FromAddr, ReceivedAt: m.ReceivedAt, MessageID: m.MessageID.String, Error: m.Error.String}
	dm, err := s.decodeMail(m)
	if err != nil {
		v.DecodeError = err.Error()
		return v
	}
	if dm.Subject != "" {
		v.Subject = dm.Subject
	}
	if dm.From != nil {
		v.FromName, v.FromAddr = dm.From.Name, dm.From.Address
		v.Suspicious = suspiciousName(dm.From.Name)
	}
	v.To = addressList(dm.To)
	v.Date = dm.Date
	if dm.MessageID != "" {
		v.MessageID = dm.MessageID
	}
	v.Text = dm.Text
	if len(v.Text) > maxTextShown {
		v.Text = strings.ToValidUTF8(v.Text[:maxTextShown], "")
		v.Truncated = true
	}
	v.HasHTML = strings.TrimSpace(dm.HTML) != ""
	for i, a := range dm.Attachments {
		v.Attachments = append(v.Attachments, attachmentView{Index: i, Filename: a.Filename, ContentType: a.ContentType, Size: a.Size})
	}
	v.Problems = dm.Problems
	keys := make([]string, 0, len(dm.Header))
	for k := range dm.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, val := range dm.Header[k] {
			v.Headers = append(v.Headers, headerField{Key: k, Value: val})
		}
	}
	return v
}

func addressList(l []*mail.Address) string {
	var out []string
	for _, a := range l {
		out = append(out, a.Address)
	}
	return strings.Join(out, ", ")
}

// bidi and invisible format characters that can reorder or hide text.
func isFormatControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F ||
		r == 0x061C || (r >= 0x200B && r <= 0x200D) || r == 0xFEFF
}

// safeText makes bidi overrides and invisible characters visible as
// [U+XXXX], so mail cannot reorder what staff read.
func safeText(s string) string {
	if !strings.ContainsFunc(s, isFormatControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isFormatControl(r) {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// suspiciousName reports names that mix Latin letters with look-alike
// scripts (Cyrillic, Greek) or carry invisible or bidi characters.
func suspiciousName(name string) bool {
	var latin, lookalike bool
	for _, r := range name {
		switch {
		case isFormatControl(r):
			return true
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r):
			lookalike = true
		}
	}
	return latin && lookalike
}

func (s *Server) loadMail(r *http.Request) (*store.StoredMail, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, err
	}
	return s.Store.Mail(r.Context(), id)
}

func (s *Server) mailPage(w http.ResponseWriter, r *http.Request, q *Request) error {
	m, err := s.loadMail(r)
	if err != nil {
		return err
	}
	s.Audit(r, q, store.AuditView, "mail", m.ID, "")
	return s.render(w, r, q, "mail", s.viewMail(m))
}

// mailRaw offers the mail exactly as received, as a download.
func (s *Server) mailRaw(w http.ResponseWriter, r *http.Request, q *Request) error {
	m, err := s.loadMail(r)
	if err != nil {
		return err
	}
	s.Audit(r, q, store.AuditDownload, "mail", m.ID, "eml")
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="mail-%d.eml"`, m.ID))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(m.Raw)
	return nil
}

// mailAttachment offers an attachment as a download only, never shown
// inline, whatever its type.
func (s *Server) mailAttachment(w http.ResponseWriter, r *http.Request, q *Request) error {
	m, err := s.loadMail(r)
	if err != nil {
		return err
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil {
		return Errorf(http.StatusNotFound, "見つかりません。")
	}
	dm, err := s.decodeMail(m)
	if err != nil || n < 0 || n >= len(dm.Attachments) {
		return Errorf(http.StatusNotFound, "見つかりません。")
	}
	a := dm.Attachments[n]
	s.Audit(r, q, store.AuditDownload, "mail", m.ID, "attachment "+strconv.Itoa(n))
	name := path.Base(strings.ReplaceAll(a.Filename, "\\", "/"))
	if name == "" || name == "." || name == "/" {
		name = fmt.Sprintf("attachment-%d", n)
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(a.Data)
	return nil
}

// mailPolicy is the sanitiser for mail HTML: user-generated content rules
// (no script, no event handlers, no javascript: URLs, no style), links open
// outside the frame without a referrer.
func mailPolicy() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	p.AllowURLSchemes("http", "https", "mailto")
	return p
}

// mailFrameCSP is the policy of the sanitised HTML frame: nothing may load
// or run — no script, no remote images, no forms — and only this origin's
// pages may frame it.
const mailFrameCSP = "default-src 'none'; img-src data:; style-src 'self'; form-action 'none'; " +
	"frame-ancestors 'self'; base-uri 'none'; sandbox allow-popups allow-popups-to-escape-sandbox"

// mailHTML serves a mail's HTML part after sanitising, for the sandboxed
// frame on the lead page.
func (s *Server) mailHTML(w http.ResponseWriter, r *http.Request, q *Request) error {
	m, err := s.loadMail(r)
	if err != nil {
		return err
	}
	dm, err := s.decodeMail(m)
	if err != nil || strings.TrimSpace(dm.HTML) == "" {
		return Errorf(http.StatusNotFound, "HTMLパートはありません。")
	}
	clean := mailPolicy().Sanitize(dm.HTML)
	h := w.Header()
	h.Set("Content-Security-Policy", mailFrameCSP)
	h.Set("X-Frame-Options", "SAMEORIGIN")
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	_, _ = fmt.Fprintf(w, `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="stylesheet" href="/static/frame.css"></head><body>%s</body></html>`, clean)
	return nil
}

type failedData struct {
	Mails   []mailView
	Total   int
	Page    int
	PrevURL string
	NextURL string
}

func (s *Server) failedMail(w http.ResponseWriter, r *http.Request, q *Request) error {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	page = max(page, 1)
	rows, total, err := s.Store.FailedMails(r.Context(), pageSize, (page-1)*pageSize)
	if err != nil {
		return err
	}
	// The list shows senders and subjects: personal data.
	s.Audit(r, q, store.AuditView, "failed_mail", 0, "page "+strconv.Itoa(page))
	d := failedData{Total: total, Page: page}
	for _, m := range rows {
		d.Mails = append(d.Mails, mailView{ID: m.ID, Subject: m.Subject, FromAddr: m.FromAddr,
			ReceivedAt: m.ReceivedAt, Error: m.Error.String, LeadID: m.LeadID.Int64})
	}
	if page > 1 {
		d.PrevURL = fmt.Sprintf("/mail/failed?page=%d", page-1)
	}
	if page*pageSize < total {
		d.NextURL = fmt.Sprintf("/mail/failed?page=%d", page+1)
	}
	return s.render(w, r, q, "failed", d)
}
