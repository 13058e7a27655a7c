package main

import (
	"context"
	"fmt"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/md2-rm/madoguchi/internal/termtable"
	"github.com/md2-rm/madoguchi/outreach"
)

func runSubscribersImport(ctx context.Context, a *app, args []string) error {
	fs := a.flags("subscribers import", "subscribers import [--list NAME] [--kind KIND] FILE.csv",
		"Import subscribers from a CSV file in UTF-8 or Shift_JIS (CP932), with a header row in Japanese or\n"+
			"English (メールアドレス/email, 氏名/name, 所属/organization, 都道府県/prefecture, 診療科/specialties,\n"+
			"種別/kind, リスト/list, 同意方法/consent_method, 同意日/consent_at, 証跡/evidence, 公開元/published_source).\n"+
			"Every bad row is reported with its line and reason; the good ones are imported. Running it again changes nothing.")
	list := fs.String("list", "", "list for rows without a list column")
	kind := fs.String("kind", outreach.KindPhysician, "kind for rows without a kind column: association, physician, hospital or other")
	by := fs.String("recorded-by", "", "who records the consents (default: $USER)")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError("want one CSV file")
	}
	file := pos[0]
	cfg, err := a.config(false)
	if err != nil {
		return err
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	st, _, err := a.openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	if *by == "" {
		*by = a.getenv("USER")
	}
	opts := outreach.ImportOptions{List: *list, Kind: *kind, RecordedBy: *by, Location: cfg.Location()}
	var bar *progressbar.ProgressBar
	if out, ok := a.stdout.(*os.File); ok && term.IsTerminal(int(out.Fd())) {
		opts.Progress = func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(a.stdout),
					progressbar.OptionSetDescription("importing"), progressbar.OptionShowCount())
			}
			_ = bar.Set(done)
		}
	}
	rep, err := outreach.ImportCSV(ctx, st, f, opts)
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(a.stdout)
	}
	if err != nil {
		return err
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(a.stdout, "%s:%d: %s\n", file, e.Line, e.Reason)
	}
	fmt.Fprintf(a.stdout, "%s: %d rows (%s): %d new, %d already known, %d rejected\n",
		file, rep.Rows, rep.Encoding, rep.Created, rep.Updated, len(rep.Errors))
	if len(rep.Errors) > 0 {
		return &exitError{code: 1, err: fmt.Errorf("")}
	}
	return nil
}

func runSubscribersExport(ctx context.Context, a *app, args []string) error {
	fs := a.flags("subscribers export", "subscribers export [--list NAME] [--out FILE]",
		"Write subscriptions with their consent records as CSV (UTF-8 with a BOM, for Excel).")
	list := fs.String("list", "", "only this list")
	out := fs.String("out", "", "output `FILE` (default standard output)")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := a.config(false)
	if err != nil {
		return err
	}
	st, _, err := a.openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	w := a.stdout
	if *out != "" {
		f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	n, err := outreach.ExportCSV(ctx, st, w, *list)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "%d subscriptions exported\n", n)
	return nil
}

func runSubscribersList(ctx context.Context, a *app, args []string) error {
	fs := a.flags("subscribers list", "subscribers list", "List the mailing lists with their number of subscribed members.")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := a.config(false)
	if err != nil {
		return err
	}
	st, _, err := a.openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	lists, err := outreach.Lists(ctx, st)
	if err != nil {
		return err
	}
	tw := termtable.New(a.stdout)
	fmt.Fprintln(tw, "ID\tLIST\tMEMBERS\tDESCRIPTION")
	for _, l := range lists {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\n", l.ID, l.Name, l.Members, l.Description)
	}
	return tw.Flush()
}
