package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/md2-rm/madoguchi/internal/config"
	"github.com/md2-rm/madoguchi/internal/termtable"
	"github.com/md2-rm/madoguchi/outreach"
	"github.com/md2-rm/madoguchi/store"
)

// listFlag collects repeated or comma-separated values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// idArg parses the single ID argument of a verb.
func idArg(args []string, what string) (int64, error) {
	if len(args) != 1 {
		return 0, usageError("want one %s ID", what)
	}
	id, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, usageError("%s ID %q is not a positive number", what, args[0])
	}
	return id, nil
}

// jstFormat shows a time in the configured zone.
func jstFormat(cfg config.Config, t time.Time) string {
	return t.In(cfg.Location()).Format("2006-01-02 15:04 MST")
}

func runCampaignList(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign list", "campaign list", "List campaigns with their schedule, lists, audience and next run.")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	cfg, st, _, err := a.openConfigured(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	camps, err := outreach.Campaigns(ctx, st)
	if err != nil {
		return err
	}
	tw := termtable.New(a.stdout)
	fmt.Fprintln(tw, "ID\tNAME\tSTATUS\tSCHEDULE\tLISTS\tAUDIENCE\tNEXT RUN")
	for i := range camps {
		c := &camps[i]
		lists, err := outreach.CampaignLists(ctx, st, c.ID)
		if err != nil {
			return err
		}
		n, err := outreach.Audience(ctx, st, c.ID)
		if err != nil {
			return err
		}
		sched, next := "-", "-"
		switch {
		case c.CronSpec != "":
			sched = c.CronSpec
		case c.SendAt != nil:
			sched = "once " + jstFormat(cfg, *c.SendAt)
		}
		if c.Status == outreach.CampaignScheduled {
			if ts, err := outreach.NextRuns(c, time.Now(), 1); err == nil && len(ts) > 0 {
				next = jstFormat(cfg, ts[0])
			}
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", c.ID, c.Name, c.Status, sched, strings.Join(lists, ","), n, next)
	}
	return tw.Flush()
}

func runCampaignCreate(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign create", "campaign create --name NAME --list LIST [--subject TEMPLATE] [--text FILE] [--html FILE] [--window SPEC]",
		"Create a draft campaign on one or more lists. Without --text the built-in newsletter is used.\n"+
			"Templates are Go templates; the text (and HTML) must include {{template \"footer\" .}}.")
	name := fs.String("name", "", "campaign name")
	var lists listFlag
	fs.Var(&lists, "list", "mailing `LIST` name (repeatable)")
	subject := fs.String("subject", "", "subject template (default: the built-in one)")
	textFile := fs.String("text", "", "text body template `FILE`")
	htmlFile := fs.String("html", "", "HTML body template `FILE` (optional)")
	window := fs.String("window", "", "send window, e.g. \"mon-fri 09:00-18:00\" (Asia/Tokyo)")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if *name == "" || len(lists) == 0 {
		return usageError("--name and --list are required")
	}
	cfg, err := a.config(false)
	if err != nil {
		return err
	}
	content, err := outreach.BuiltinContent()
	if err != nil {
		return err
	}
	if *textFile != "" {
		b, err := os.ReadFile(*textFile)
		if err != nil {
			return err
		}
		content.Text, content.HTML = string(b), ""
	}
	if *htmlFile != "" {
		b, err := os.ReadFile(*htmlFile)
		if err != nil {
			return err
		}
		content.HTML = string(b)
	}
	if *subject != "" {
		content.Subject = *subject
	}
	st, _, err := a.openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	var ids []int64
	for _, l := range lists {
		id, err := outreach.EnsureList(ctx, st.DB, l, "")
		if err != nil {
			return err
		}
		ids = append(ids, id)
	}
	id, err := outreach.CreateCampaign(ctx, st, &outreach.Campaign{Name: *name, Subject: content.Subject,
		BodyText: content.Text, BodyHTML: content.HTML, SendWindow: *window}, ids)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "campaign %d created (draft)\n", id)
	return nil
}

func runCampaignSchedule(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign schedule", "campaign schedule ID (--cron SPEC | --at TIME) [--window SPEC]",
		"Schedule a campaign: a cron spec (Asia/Tokyo unless it starts with CRON_TZ=) such as \"0 9 1 * *\",\n"+
			"or a one-off time \"2026-12-01 09:00\" (Asia/Tokyo). A campaign whose mail lacks the sender's name,\n"+
			"postal address, contact address or opt-out cannot be scheduled. Prints the next five runs.")
	spec := fs.String("cron", "", "cron `SPEC`")
	at := fs.String("at", "", "one-off `TIME`, e.g. \"2026-12-01 09:00\"")
	window := fs.String("window", "", "send window, e.g. \"mon-fri 09:00-18:00\"")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	id, err := idArg(pos, "campaign")
	if err != nil {
		return err
	}
	cfg, err := a.config(false)
	if err != nil {
		return err
	}
	var when *time.Time
	if *at != "" {
		t, err := time.ParseInLocation("2006-01-02 15:04", *at, cfg.Location())
		if err != nil {
			return usageError("--at %q: want \"2006-01-02 15:04\"", *at)
		}
		when = &t
	}
	st, _, err := a.openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := outreach.Schedule(ctx, st, id, orgOf(cfg), *spec, when, *window, time.Now()); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "campaign %d scheduled\n", id)
	return printNextRuns(ctx, a, cfg, st, id)
}

func printNextRuns(ctx context.Context, a *app, cfg config.Config, st *store.Store, id int64) error {
	c, err := outreach.GetCampaign(ctx, st.DB, id)
	if err != nil {
		return err
	}
	next, err := outreach.NextRuns(c, time.Now(), 5)
	if err != nil {
		return err
	}
	if len(next) == 0 {
		fmt.Fprintln(a.stdout, "no upcoming run")
	}
	for _, t := range next {
		fmt.Fprintln(a.stdout, jstFormat(cfg, t))
	}
	return nil
}

func runCampaignNext(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign next", "campaign next ID", "Print a campaign's next five run times.")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	id, err := idArg(pos, "campaign")
	if err != nil {
		return err
	}
	cfg, st, _, err := a.openConfigured(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	return printNextRuns(ctx, a, cfg, st, id)
}

func runCampaignPreview(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign preview", "campaign preview ID [--email ADDR] [--html]",
		"Render a campaign for one recipient (a subscriber's address, or a sample) and print it.")
	email := fs.String("email", "", "render for the subscriber with this address")
	asHTML := fs.Bool("html", false, "print the HTML part instead of the text")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	id, err := idArg(pos, "campaign")
	if err != nil {
		return err
	}
	cfg, st, dataDir, err := a.openConfigured(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := outreach.GetCampaign(ctx, st.DB, id)
	if err != nil {
		return err
	}
	compiled, err := outreach.Compile(outreach.Content{Subject: c.Subject, Text: c.BodyText, HTML: c.BodyHTML})
	if err != nil {
		return err
	}
	secret, err := outreach.LoadSecret(cfg.HTTP.SecretKey.Reveal(), dataDir)
	if err != nil {
		return err
	}
	signer, err := outreach.NewSigner(secret)
	if err != nil {
		return err
	}
	d := outreach.Data{Name: "見本 太郎", Organization: "見本病院", Prefecture: "青森県", Email: "sample@example.jp",
		Kind: outreach.KindPhysician, Basis: "consent", Org: orgOf(cfg)}
	var subID int64
	if *email != "" {
		sub, err := outreach.SubscriberByEmail(ctx, st, *email)
		if err != nil {
			return err
		}
		subID = sub.ID
		d.Name, d.Organization, d.Prefecture, d.Email, d.Kind = sub.Name, sub.Organization, sub.Prefecture, sub.Address(), sub.Kind
		if sub.PublishedBusiness {
			d.Basis = "published"
		}
	}
	d.UnsubscribeURL = outreach.UnsubscribeURL(cfg.HTTP.BaseURL, signer.UnsubscribeToken(subID, d.Email))
	r, err := compiled.Render(&d)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "To: %s\nSubject: %s\n\n", d.Email, r.Subject)
	if *asHTML {
		fmt.Fprintln(a.stdout, r.HTML)
	} else {
		fmt.Fprintln(a.stdout, r.Text)
	}
	if err := outreach.CheckLabels(compiled, orgOf(cfg)); err != nil {
		fmt.Fprintf(a.stderr, "warning: %v: this campaign cannot be scheduled yet\n", err)
	}
	return nil
}

func runCampaignTestSend(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign test-send", "campaign test-send ID [--to ADDR,...]",
		"Send a campaign to staff addresses (default outreach.test_addresses) with \"[テスト]\" in the subject.")
	var to listFlag
	fs.Var(&to, "to", "staff `ADDR`esses (repeatable or comma-separated)")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	id, err := idArg(pos, "campaign")
	if err != nil {
		return err
	}
	cfg, err := a.config(true)
	if err != nil {
		return err
	}
	if len(to) == 0 {
		_ = to.Set(cfg.Outreach.TestAddresses)
	}
	if len(to) == 0 {
		return usageError("no address: give --to or set outreach.test_addresses")
	}
	st, dataDir, err := a.openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	e, err := outreachEngine(cfg, st, dataDir, a)
	if err != nil {
		return err
	}
	if err := e.TestSend(ctx, id, to, nil); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "test mail sent to %d address(es)\n", len(to))
	return nil
}

func runCampaignRun(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign run", "campaign run ID [--wait]",
		"Start a run of a campaign now. Without --wait the running service sends it; with --wait it is sent\n"+
			"here with a progress bar, and Ctrl-C stops after the mails in flight (run it again to resume).")
	wait := fs.Bool("wait", false, "send here and wait until the run ends")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	id, err := idArg(pos, "campaign")
	if err != nil {
		return err
	}
	cfg, st, dataDir, err := a.openConfigured(ctx, *wait)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := outreach.GetCampaign(ctx, st.DB, id)
	if err != nil {
		return err
	}
	compiled, err := outreach.Compile(outreach.Content{Subject: c.Subject, Text: c.BodyText, HTML: c.BodyHTML})
	if err != nil {
		return err
	}
	if err := outreach.CheckLabels(compiled, orgOf(cfg)); err != nil {
		return fmt.Errorf("campaign %d cannot be sent: %w", id, err)
	}
	runID, _, err := outreach.CreateRun(ctx, st.DB, id, store.Now(), "manual", outreach.RunPending, "")
	if err != nil {
		return err
	}
	if !*wait {
		fmt.Fprintf(a.stdout, "run %d created; the service sends it (or: madoguchi campaign resume %d --wait)\n", runID, runID)
		return nil
	}
	return sendAndWatch(ctx, a, cfg, st, dataDir, runID)
}

// sendAndWatch sends a run here, showing progress on a terminal.
func sendAndWatch(ctx context.Context, a *app, cfg config.Config, st *store.Store, dataDir string, runID int64) error {
	e, err := outreachEngine(cfg, st, dataDir, a)
	if err != nil {
		return err
	}
	done := make(chan struct{})
	if f, ok := a.stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		go func() {
			var bar *progressbar.ProgressBar
			t := time.NewTicker(300 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-done:
					if bar != nil {
						_ = bar.Finish()
						fmt.Fprintln(a.stdout)
					}
					return
				case <-t.C:
				}
				p, err := outreach.RunProgress(context.WithoutCancel(ctx), st, runID)
				if err != nil || p.Total == 0 {
					continue
				}
				if bar == nil {
					bar = progressbar.NewOptions(p.Total, progressbar.OptionSetWriter(a.stdout),
						progressbar.OptionSetDescription(fmt.Sprintf("run %d", runID)), progressbar.OptionShowCount(),
						progressbar.OptionShowIts(), progressbar.OptionSetItsString("mails"), progressbar.OptionSetPredictTime(true))
				}
				_ = bar.Set(p.Sent + p.Failed + p.Cancelled)
			}
		}()
	}
	res, err := e.SendRun(ctx, runID)
	close(done)
	if err != nil {
		return err
	}
	return printReport(context.WithoutCancel(ctx), a, cfg, st, runID, res.Status != outreach.RunDone)
}

func printReport(ctx context.Context, a *app, cfg config.Config, st *store.Store, runID int64, short bool) error {
	rep, err := outreach.RunReport(ctx, st, runID)
	if err != nil {
		return err
	}
	p := rep.Progress
	fmt.Fprintf(a.stdout, "run %d of campaign %d (%s, scheduled %s): %s\n", runID, rep.Run.CampaignID, rep.Run.Trigger,
		jstFormat(cfg, rep.Run.ScheduledAt), p.Status)
	if rep.Run.Note != "" {
		fmt.Fprintf(a.stdout, "note: %s\n", rep.Run.Note)
	}
	fmt.Fprintf(a.stdout, "recipients=%d sent=%d failed=%d remaining=%d cancelled=%d rate=%.1f/s", p.Total, p.Sent, p.Failed,
		p.Remaining(), p.Cancelled, p.Rate)
	if p.ETA > 0 {
		fmt.Fprintf(a.stdout, " eta=%s", p.ETA.Round(time.Second))
	}
	fmt.Fprintln(a.stdout)
	if short || len(rep.Failures) == 0 {
		return nil
	}
	tw := termtable.New(a.stdout)
	fmt.Fprintln(tw, "FAILED\tATTEMPTS\tCODE\tERROR")
	for _, f := range rep.Failures {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\n", f.Email, f.Attempts, f.SMTPCode, f.LastError)
	}
	return tw.Flush()
}

func runCampaignReport(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign report", "campaign report RUN", "Show a run's progress (sent, failed, remaining, rate, ETA) and every failure.")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	id, err := idArg(pos, "run")
	if err != nil {
		return err
	}
	cfg, st, _, err := a.openConfigured(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	return printReport(ctx, a, cfg, st, id, false)
}

func runCampaignRuns(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign runs", "campaign runs [ID]", "List the runs of a campaign (of every campaign without ID), newest first.")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	var id int64
	if len(pos) > 0 {
		if id, err = idArg(pos, "campaign"); err != nil {
			return err
		}
	}
	cfg, st, _, err := a.openConfigured(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	runs, err := outreach.Runs(ctx, st, id, 100)
	if err != nil {
		return err
	}
	tw := termtable.New(a.stdout)
	fmt.Fprintln(tw, "RUN\tCAMPAIGN\tSCHEDULED\tTRIGGER\tSTATUS\tRECIPIENTS\tNOTE")
	for _, r := range runs {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%d\t%s\n", r.ID, r.CampaignID, jstFormat(cfg, r.ScheduledAt), r.Trigger, r.Status, r.Total, r.Note)
	}
	return tw.Flush()
}

// runStatusVerb pauses, resumes or cancels a run.
func runStatusVerb(verb, status, description string) func(context.Context, *app, []string) error {
	return func(ctx context.Context, a *app, args []string) error {
		fs := a.flags("campaign "+verb, "campaign "+verb+" RUN", description)
		wait := false
		if verb == "resume" {
			fs.BoolVar(&wait, "wait", false, "send here and wait until the run ends")
		}
		pos, err := a.parseArgs(fs, args)
		if err != nil {
			return err
		}
		id, err := idArg(pos, "run")
		if err != nil {
			return err
		}
		cfg, st, dataDir, err := a.openConfigured(ctx, wait)
		if err != nil {
			return err
		}
		defer st.Close()
		r, err := outreach.GetRun(ctx, st.DB, id)
		if err != nil {
			return err
		}
		// Resuming a run interrupted while sending needs no status change.
		if !(verb == "resume" && (r.Status == outreach.RunSending || r.Status == outreach.RunPending)) {
			if err := outreach.SetRunStatus(ctx, st, id, status); err != nil {
				return err
			}
		}
		fmt.Fprintf(a.stdout, "run %d: %s\n", id, verb)
		if wait {
			err := sendAndWatch(ctx, a, cfg, st, dataDir, id)
			if errors.Is(err, outreach.ErrLeased) {
				return fmt.Errorf("run %d is being sent by the service: %w", id, err)
			}
			return err
		}
		return nil
	}
}

// parseArgs parses flags wherever they appear among the arguments
// ("campaign schedule 3 --cron ...") and returns the positional ones.
func (a *app) parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := a.parseFlags(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
