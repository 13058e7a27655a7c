package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/md2-rm/madoguchi/internal/termtable"
	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/matching"
	"github.com/md2-rm/madoguchi/research"
	"github.com/md2-rm/madoguchi/store"
)

func runLeadsMatch(ctx context.Context, a *app, args []string) error {
	fs := a.flags("leads match", "leads match [--limit N] [--json] ID",
		"Rank the open leads of the other side for lead ID (hospital posts for a physician, physicians for a hospital), with the reasons field by field.")
	limit := fs.Int("limit", 10, "show at most `N` suggestions (0: all)")
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("leads match: want exactly one lead ID")
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || id <= 0 {
		return usageError("leads match: %q is not a lead ID", fs.Arg(0))
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
	m, err := matching.New(vocab.Load(), matching.DefaultWeights())
	if err != nil {
		return err
	}
	svc, err := matching.NewService(st, m, nil)
	if err != nil {
		return err
	}
	l, sugg, err := svc.Suggest(ctx, id, *limit)
	if errors.Is(err, store.ErrNotFound) {
		return &exitError{code: 1, err: fmt.Errorf("lead %d does not exist", id)}
	}
	if err != nil {
		return err
	}
	if *asJSON {
		type reason struct {
			Field  string `json:"field"`
			Points int    `json:"points"`
			Text   string `json:"text"`
		}
		type row struct {
			LeadID  int64    `json:"lead_id"`
			Label   string   `json:"label"`
			Score   int      `json:"score"`
			Reasons []reason `json:"reasons"`
		}
		out := []row{}
		for _, s := range sugg {
			r := row{LeadID: s.Candidate.ID, Label: s.Candidate.Label, Score: s.Score}
			for _, x := range s.Reasons {
				r.Reasons = append(r.Reasons, reason{x.Field, x.Points, x.Text})
			}
			out = append(out, r)
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	side := "医療機関"
	if l.Category == "hospital" {
		side = "医師"
	}
	fmt.Fprintf(a.stdout, "リード %d（%s）に合う%s: %d件（満点 %d）\n\n", l.ID, research.CategoryLabel(l.Category), side, len(sugg), m.Weights().Max())
	tw := termtable.New(a.stdout)
	for i, s := range sugg {
		fmt.Fprintf(tw, "%d.\tリード %d\t%s\t%d点\n", i+1, s.Candidate.ID, s.Candidate.Label, s.Score)
		for _, r := range s.Reasons {
			fmt.Fprintf(tw, "\t\t%+d\t%s\n", r.Points, r.Text)
		}
	}
	return tw.Flush()
}

func runLeadsStats(ctx context.Context, a *app, args []string) error {
	fs := a.flags("leads stats", "leads stats [--from DATE] [--to DATE] [--csv DIR]",
		"Print the research dashboard's tables for a period (dates in Asia/Tokyo, both included; default the last twelve months).")
	from := fs.String("from", "", "first `DATE` of the period (YYYY-MM-DD)")
	to := fs.String("to", "", "last `DATE` of the period (YYYY-MM-DD)")
	csvDir := fs.String("csv", "", "also write each table as CSV into `DIR`")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError("leads stats: unexpected arguments %s", strings.Join(fs.Args(), " "))
	}
	q := map[string][]string{}
	if *from != "" {
		q["from"] = []string{*from}
	}
	if *to != "" {
		q["to"] = []string{*to}
	}
	p, err := research.PeriodFromQuery(q, time.Now())
	if err != nil {
		return usageError("leads stats: %v", err)
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
	d := &research.Dashboard{Store: st, Vocab: vocab.Load(), Campaigns: &research.CampaignTables{Store: st}}
	f, err := d.Compute(ctx, p)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "調査研究: %s\n\n", p)
	for _, t := range f.Tables() {
		if err := t.WriteText(a.stdout); err != nil {
			return err
		}
		if *csvDir != "" {
			if err := writeCSV(*csvDir, t); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeCSV(dir string, t research.Table) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	path := filepath.Join(dir, t.Name+".csv")
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	if err := t.WriteCSV(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("csv %s: %w", path, err)
	}
	return nil
}
