package web

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/store"
)

// Reply is a staff answer to an inquirer.
type Reply struct {
	LeadID     int64
	To         string
	Subject    string
	Text       string
	InReplyTo  string   // Message-ID answered, without angle brackets
	References []string // the thread's Message-IDs, oldest first
}

// ReplySender queues a reply for sending, in the caller's transaction, so the
// reply and the lead's history entry are stored together. A reply with a
// dedupe key already queued is not queued again (created false).
type ReplySender interface {
	EnqueueReply(ctx context.Context, q store.Execer, r Reply, dedupeKey string) (created bool, err error)
}

type replyTemplate struct {
	ID, Label, Subject, Body string
}

// replyTemplates are the answers staff start from. {name} becomes the
// inquirer's name.
var replyTemplates = []replyTemplate{
	{"ack", "受付のご連絡", "お問い合わせありがとうございます",
		"{name} 様\n\nこのたびはお問い合わせいただき、誠にありがとうございます。\n内容を確認のうえ、担当者より改めてご連絡いたします。\n今しばらくお待ちくださいますようお願い申し上げます。\n"},
	{"details", "詳細のお伺い", "ご希望条件についてのお伺い",
		"{name} 様\n\nお問い合わせありがとうございます。\nご紹介にあたり、以下についてお知らせいただけますでしょうか。\n\n・ご希望の勤務地（都道府県・市区町村）\n・ご希望の勤務形態（常勤・非常勤・スポット）\n・勤務開始の時期\n・ご連絡のつきやすい時間帯\n\nよろしくお願い申し上げます。\n"},
	{"call", "お電話のご相談", "お電話でのご相談について",
		"{name} 様\n\nお問い合わせありがとうございます。\nよろしければ一度お電話でお話を伺えればと存じます。\nご都合のよい日時を二、三お知らせください。\n"},
}

func findTemplate(id string) (replyTemplate, bool) {
	for _, t := range replyTemplates {
		if t.ID == id {
			return t, true
		}
	}
	return replyTemplate{}, false
}

// reply queues an answer to the lead's inquirer, threaded under their mail.
func (s *Server) reply(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if s.Replies == nil {
		return Errorf(http.StatusServiceUnavailable, "メール送信が設定されていません。")
	}
	ctx := r.Context()
	l, err := s.Store.GetLead(ctx, id)
	if err != nil {
		return err
	}
	if !l.Email.Valid || l.Email.String == "" {
		return s.showLead(w, r, q, id, http.StatusBadRequest, "メールアドレスがないため返信できません。")
	}
	tmpl, ok := findTemplate(r.PostFormValue("template"))
	text := strings.TrimSpace(strings.ReplaceAll(r.PostFormValue("text"), "\r\n", "\n"))
	if text == "" && ok {
		text = tmpl.Body
	}
	if text == "" {
		return s.showLead(w, r, q, id, http.StatusBadRequest, "返信の本文を入力するか、テンプレートを選んでください。")
	}
	name := l.Name.String
	if name == "" {
		name = "ご担当者"
	}
	text = strings.ReplaceAll(text, "{name}", name)
	subject := strings.TrimSpace(r.PostFormValue("subject"))
	mails, err := s.Store.LeadMails(ctx, id)
	if err != nil {
		return err
	}
	rp := Reply{LeadID: id, To: l.Email.String, Text: text}
	var lastSubject string
	for _, m := range mails {
		if m.MessageID.Valid && m.MessageID.String != "" {
			mid := strings.Trim(m.MessageID.String, "<>")
			rp.References = append(rp.References, mid)
			if m.Direction == "in" {
				rp.InReplyTo = mid
				lastSubject = m.Subject
			}
		}
	}
	switch {
	case subject != "":
		rp.Subject = subject
	case lastSubject != "":
		rp.Subject = "Re: " + strings.TrimPrefix(lastSubject, "Re: ")
	case ok:
		rp.Subject = tmpl.Subject
	default:
		rp.Subject = "お問い合わせの件"
	}
	sum := sha256.Sum256([]byte(rp.Subject + "\x00" + text))
	key := fmt.Sprintf("reply:%d:%s", id, hex.EncodeToString(sum[:8]))
	var created bool
	err = s.Store.InTx(ctx, func(tx *sqlx.Tx) error {
		var err error
		if created, err = s.Replies.EnqueueReply(ctx, tx, rp, key); err != nil {
			return fmt.Errorf("web: reply to lead %d: %w", id, err)
		}
		if !created {
			return nil
		}
		return s.Store.AddLeadEvent(ctx, tx, store.LeadEvent{LeadID: id, UserID: sql.NullInt64{Int64: q.User.ID, Valid: true},
			Actor: q.User.Username, Kind: "mail", Field: "mail", NewValue: sql.NullString{String: rp.Subject, Valid: true}})
	})
	if err != nil {
		return err
	}
	if !created {
		Redirect(w, r, fmt.Sprintf("/leads/%d", id), "同じ返信はすでに送信キューにあります")
		return nil
	}
	s.Audit(r, q, store.AuditEdit, "lead", id, "reply")
	Redirect(w, r, fmt.Sprintf("/leads/%d", id), "返信を送信キューに入れました")
	return nil
}
