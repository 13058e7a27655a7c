package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/md2-rm/madoguchi/intake"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/termtable"
	"github.com/md2-rm/madoguchi/store"
)

// leadLine is one lead as `leads list --json` prints it: the workflow state,
// the number of mails in its thread and the contract's fields.
type leadLine struct {
	ID        int64     `json:"id"`
	Ref       string    `json:"ref"`
	Status    string    `json:"status"`
	CreatedAt time.Time `json:"created_at"`
	Mails     int       `json:"mails"`
	lead.Fields
}

func runLeadsList(ctx context.Context, a *app, args []string) error {
	fs := a.flags("leads list", "leads list [--json] [--limit N]", "List leads, newest first.")
	asJSON := fs.Bool("json", false, "print one JSON object per line")
	limit := fs.Int("limit", 0, "print at most `N` leads (0: all)")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	st, loc, err := a.readStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	leads, err := st.ListLeads(ctx, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		for _, l := range leads {
			f := l.Fields()
			f.Body = nil
			if first, err := st.Messages(ctx, store.MessageFilter{LeadID: l.ID, Limit: 1}); err == nil && len(first) > 0 {
				f.MessageID = first[0].MessageID.String
			}
			if err := enc.Encode(leadLine{ID: l.ID, Ref: intake.Ref(l.ID), Status: l.Status, CreatedAt: l.CreatedAt.UTC(),
				Mails: l.Mails, Fields: f}); err != nil {
				return fmt.Errorf("leads list: %w", err)
			}
		}
		return nil
	}
	tw := termtable.New(a.stdout)
	fmt.Fprintln(tw, "ID\tREF\tSTATUS\tCREATED (JST)\tMAILS\tCATEGORY\tNAME\tSPECIALTIES\tPREFECTURES")
	for _, l := range leads {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", l.ID, intake.Ref(l.ID), statusLabel(l.Status),
			l.CreatedAt.In(loc).Format("2006-01-02 15:04"), l.Mails, l.Category, orDash(l.Name.String),
			orDash(strings.Join(l.Specialties, "、")), orDash(strings.Join(l.Prefectures, "、")))
	}
	return tw.Flush()
}

func runLeadsShow(ctx context.Context, a *app, args []string) error {
	fs := a.flags("leads show", "leads show [--json] ID", "Show one lead with its mails and history. ID may be a number or a reference (MD2-000123).")
	asJSON := fs.Bool("json", false, "print the lead as JSON")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("want one lead ID")
	}
	id, err := strconv.ParseInt(strings.TrimLeft(strings.TrimPrefix(strings.ToUpper(fs.Arg(0)), "MD2-"), "0"), 10, 64)
	if err != nil || id <= 0 {
		return usageError("%q is not a lead ID", fs.Arg(0))
	}
	st, loc, err := a.readStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	l, err := st.GetLead(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return &exitError{code: 1, err: fmt.Errorf("no lead %d", id)}
	}
	if err != nil {
		return err
	}
	mails, err := st.Messages(ctx, store.MessageFilter{LeadID: id})
	if err != nil {
		return err
	}
	events, err := st.LeadEvents(ctx, id)
	if err != nil {
		return err
	}
	f := l.Fields()
	if len(mails) > 0 {
		f.MessageID = mails[0].MessageID.String
	}
	if *asJSON {
		out := struct {
			leadLine
			Thread []mailLine `json:"thread"`
		}{leadLine: leadLine{ID: l.ID, Ref: intake.Ref(l.ID), Status: l.Status, CreatedAt: l.CreatedAt.UTC(), Mails: len(mails), Fields: f}}
		for _, m := range mails {
			out.Thread = append(out.Thread, toMailLine(m))
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	w := a.stdout
	fmt.Fprintf(w, "%s  (lead %d)\n", intake.Ref(l.ID), l.ID)
	tw := termtable.New(w)
	row := func(k, v string) { fmt.Fprintf(tw, "  %s\t%s\n", k, orDash(v)) }
	row("status", statusLabel(l.Status))
	row("created", l.CreatedAt.In(loc).Format("2006-01-02 15:04:05 MST"))
	row("category", string(*f.Category))
	for _, r := range fieldRows(f) {
		row(r[0], r[1])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nMails (%d):\n", len(mails))
	tw = termtable.New(w)
	for _, m := range mails {
		fmt.Fprintf(tw, "  #%d\t%s\t%s\t%s\t%s\n", m.ID, m.Direction, m.ReceivedAt.In(loc).Format("2006-01-02 15:04"),
			orDash(m.Category.String), m.Subject)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nHistory:\n")
	for _, e := range events {
		fmt.Fprintf(w, "  %s  %s %s %s %s\n", e.CreatedAt.In(loc).Format("2006-01-02 15:04"), e.Actor, e.Kind, e.Field, e.NewValue.String)
	}
	if f.Body != nil && *f.Body != "" {
		fmt.Fprintf(w, "\nBody:\n%s\n", *f.Body)
	}
	return nil
}

// mailLine is one stored mail as `mail list --json` prints it.
type mailLine struct {
	ID          int64     `json:"id"`
	Direction   string    `json:"direction"`
	MessageID   *string   `json:"message_id"`
	Category    *string   `json:"category"`
	LeadID      *int64    `json:"lead_id"`
	Mailbox     *string   `json:"mailbox"`
	UIDValidity *int64    `json:"uidvalidity"`
	UID         *int64    `json:"uid"`
	ReceivedAt  time.Time `json:"received_at"`
	Subject     string    `json:"subject"`
	Error       *string   `json:"error"`
}

func toMailLine(m store.MessageSummary) mailLine {
	str := func(ok bool, s string) *string {
		if !ok {
			return nil
		}
		return &s
	}
	num := func(ok bool, n int64) *int64 {
		if !ok {
			return nil
		}
		return &n
	}
	return mailLine{
		ID: m.ID, Direction: m.Direction, MessageID: str(m.MessageID.Valid, m.MessageID.String),
		Category: str(m.Category.Valid, m.Category.String), LeadID: num(m.LeadID.Valid, m.LeadID.Int64),
		Mailbox: str(m.Mailbox.Valid, m.Mailbox.String), UIDValidity: num(m.UIDValidity.Valid, m.UIDValidity.Int64),
		UID: num(m.UID.Valid, m.UID.Int64), ReceivedAt: m.ReceivedAt.UTC(), Subject: m.Subject,
		Error: str(m.Error.Valid, m.Error.String),
	}
}

func runMailList(ctx context.Context, a *app, args []string) error {
	fs := a.flags("mail list", "mail list [--json]", "List every stored mail, received and sent, lead or not, oldest first.")
	asJSON := fs.Bool("json", false, "print one JSON object per line")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	st, loc, err := a.readStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	mails, err := st.Messages(ctx, store.MessageFilter{})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		for _, m := range mails {
			if err := enc.Encode(toMailLine(m)); err != nil {
				return fmt.Errorf("mail list: %w", err)
			}
		}
		return nil
	}
	tw := termtable.New(a.stdout)
	fmt.Fprintln(tw, "ID\tDIR\tRECEIVED (JST)\tCATEGORY\tLEAD\tMAILBOX/UIDVALIDITY/UID\tSUBJECT\tERROR")
	for _, m := range mails {
		leadID := "-"
		if m.LeadID.Valid {
			leadID = intake.Ref(m.LeadID.Int64)
		}
		where := "-"
		if m.Mailbox.Valid {
			where = fmt.Sprintf("%s/%d/%d", m.Mailbox.String, m.UIDValidity.Int64, m.UID.Int64)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", m.ID, m.Direction, m.ReceivedAt.In(loc).Format("2006-01-02 15:04"),
			orDash(m.Category.String), leadID, where, truncate(m.Subject, 40), orDash(truncate(m.Error.String, 60)))
	}
	return tw.Flush()
}

// readStore opens the configured database for reading while serve or demo
// may be writing it (SQLite in WAL mode allows that).
func (a *app) readStore(ctx context.Context) (*store.Store, *time.Location, error) {
	cfg, err := a.config(false)
	if err != nil {
		return nil, nil, err
	}
	st, _, err := a.openStore(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	return st, cfg.Location(), nil
}

func statusLabel(s string) string {
	for _, v := range store.Statuses {
		if v.Value == s {
			return v.Label
		}
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
