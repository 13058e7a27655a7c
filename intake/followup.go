package intake

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/templates"
)

// Register adds the intake's job handlers to a worker's handler table.
func (p *Processor) Register(handlers map[string]store.Handler) {
	handlers[JobReviewReminder] = p.HandleReviewReminder
	handlers[JobInquirerFollowup] = p.HandleInquirerFollowup
}

// HandleReviewReminder mails the staff when a new lead has not been reviewed
// within followup.review_within business hours.
func (p *Processor) HandleReviewReminder(ctx context.Context, j *store.Job) error {
	var job leadJob
	if err := j.Decode(&job); err != nil {
		return store.Permanent(err)
	}
	l, err := p.Store.GetLead(ctx, job.LeadID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if l.Status != store.StatusNew || l.ReviewedAt.Valid {
		return nil // reviewed in time
	}
	to := p.StaffAddress
	if to == "" {
		to = p.Org.Email
	}
	if to == "" {
		p.log().Warn("review reminder not sent: followup.staff_address is not set", "lead", l.ID)
		return nil
	}
	loc := time.UTC
	if p.Calendar != nil {
		loc = p.Calendar.Loc
	}
	url := ""
	if p.BaseURL != "" {
		url = strings.TrimRight(p.BaseURL, "/") + "/leads/" + strconv.FormatInt(l.ID, 10)
	}
	mail, err := p.Templates.Render(templates.ReviewReminder, templates.Data{
		Org: p.Org, Ref: Ref(l.ID), Category: categoryLabel(l.Category),
		Received: l.CreatedAt.In(loc).Format("2006-01-02 15:04"), LeadURL: url,
	})
	if err != nil {
		return store.Permanent(err)
	}
	_, _, err = p.Mailer.Enqueue(ctx, p.Store.DB, outbox.Message{
		Kind: "reminder", LeadID: l.ID, To: []string{to}, Subject: mail.Subject, Text: mail.Text, HTML: mail.HTML,
		Headers: map[string]string{"Auto-Submitted": "auto-generated"},
	}, "review-reminder-mail:"+strconv.FormatInt(l.ID, 10), time.Time{})
	if err != nil {
		return fmt.Errorf("intake: review reminder: %w", err)
	}
	return nil
}

// HandleInquirerFollowup asks an inquirer again for what the acknowledgement
// asked, when they have not answered within followup.inquirer_after days. A
// reply cancels the job before it runs; this handler checks again.
func (p *Processor) HandleInquirerFollowup(ctx context.Context, j *store.Job) error {
	var job leadJob
	if err := j.Decode(&job); err != nil {
		return store.Permanent(err)
	}
	l, err := p.Store.GetLead(ctx, job.LeadID)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if l.Status == store.StatusClosed || l.Status == store.StatusPlaced {
		return nil
	}
	var replies int
	if err := p.Store.DB.GetContext(ctx, &replies, p.Store.DB.Rebind(`SELECT COUNT(*) FROM messages
		WHERE lead_id = ? AND direction = 'in' AND created_at > ?`), l.ID, j.CreatedAt); err != nil {
		return fmt.Errorf("intake: follow-up: %w", err)
	}
	if replies > 0 || job.To == "" {
		return nil
	}
	name := ""
	if l.Name.Valid {
		name = l.Name.String
	}
	mail, err := p.Templates.Render(templates.Followup, templates.Data{Org: p.Org, Ref: Ref(l.ID), Name: name, Missing: job.Missing})
	if err != nil {
		return store.Permanent(err)
	}
	msg := outbox.Message{
		Kind: "followup", LeadID: l.ID, To: []string{job.To}, Subject: mail.Subject, Text: mail.Text, HTML: mail.HTML,
		Headers:   map[string]string{"Auto-Submitted": "auto-generated"},
		MessageID: outbox.NewMessageID(p.From),
	}
	if p.StaffAddress != "" {
		msg.Cc = []string{p.StaffAddress}
	}
	if err := p.Store.AddThreadRef(ctx, p.Store.DB, msg.MessageID, l.ID); err != nil {
		return err
	}
	if _, _, err := p.Mailer.Enqueue(ctx, p.Store.DB, msg, "inquirer-followup-mail:"+strconv.FormatInt(l.ID, 10), time.Time{}); err != nil {
		return fmt.Errorf("intake: follow-up: %w", err)
	}
	return nil
}

// ScheduleFollowup queues the inquirer follow-up for a lead after staff asked
// the inquirer a question; the inquirer's reply cancels it. q may be the
// transaction that records the question.
func (p *Processor) ScheduleFollowup(ctx context.Context, q store.Execer, leadID int64, to string, ask []string) error {
	if p.InquirerAfter <= 0 {
		return nil
	}
	_, _, err := p.Store.Enqueue(ctx, q, store.NewJob{
		Kind: JobInquirerFollowup, Payload: leadJob{LeadID: leadID, To: to, Missing: ask},
		RunAt: p.now().Add(p.InquirerAfter), DedupeKey: followupKey(leadID),
	})
	return err
}
