package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/md2-rm/madoguchi/intake"
	"github.com/md2-rm/madoguchi/intake/classify"
	"github.com/md2-rm/madoguchi/intake/evaluate"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/termtable"
)

// runEval implements "madoguchi eval [--verbose] DIR".
func runEval(ctx context.Context, a *app, args []string) error {
	fs := a.flags("eval", "eval [--verbose] DIR | eval --cross [TESTDATA]",
		"Parse every .eml in DIR, compare with the .json gold beside it and print the accuracy.\n"+
			"With --cross, check the text model set by set: train it on all development sets under\n"+
			"TESTDATA (default testdata) but one, classify that one, and print the category accuracy\n"+
			"of the rules alone, the model alone and the rules with the model's overrides.")
	verbose := fs.Bool("verbose", false, "list every mismatch (file, field, got, want)")
	cross := fs.Bool("cross", false, "the text model's leave-one-set-out check")
	var ruled []string
	fs.Func("ruled", "with --cross, `SET=FILE`: the rules' decisions on SET as they were before they were written for it,\n"+
		"one \"FILE.eml<TAB>category\" a line; the mail listed is checked again with them (repeatable)", func(v string) error {
		ruled = append(ruled, v)
		return nil
	})
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if *cross {
		dir := "testdata"
		if fs.NArg() > 1 {
			return usageError("eval --cross: want at most one TESTDATA")
		}
		if fs.NArg() == 1 {
			dir = fs.Arg(0)
		}
		return runCross(a, dir, ruled)
	}
	if fs.NArg() != 1 {
		return usageError("eval: want one DIR")
	}
	r, err := evaluate.Dir(ctx, fs.Arg(0), func(raw []byte) (lead.Fields, error) {
		res, err := intake.Parse(raw, intake.ParseOptions{})
		if err != nil {
			return lead.Fields{}, err
		}
		return res.Lead, nil
	})
	if err != nil {
		return err
	}
	if r.Mails == 0 {
		return fmt.Errorf("eval: no labelled mail (.eml with .json) in %s", fs.Arg(0))
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "field\taccuracy\tcorrect\t\n")
	for _, f := range evaluate.Fields {
		fmt.Fprintf(tw, "%s\t%.3f\t%d/%d\t\n", f, r.Accuracy(f), r.Correct[f], r.Mails)
	}
	tw.Flush()
	fmt.Fprintf(a.stdout, "\nmails               %d\n", r.Mails)
	fmt.Fprintf(a.stdout, "category accuracy   %.3f\n", r.CategoryAccuracy())
	fmt.Fprintf(a.stdout, "field accuracy      %.3f\n", r.FieldAccuracy())
	fmt.Fprintf(a.stdout, "recall              %.3f  (%d/%d gold values)\n", r.Recall(), r.RecallHits, r.RecallTotal)
	fmt.Fprintf(a.stdout, "invented            %.3f  (%d/%d gold-empty fields)\n", r.InventedRate(), r.Invented, r.GoldEmpty)
	for _, f := range r.Failures {
		fmt.Fprintf(a.stdout, "failed: %s\n", f)
	}
	if *verbose {
		fmt.Fprintln(a.stdout)
		tw := termtable.New(a.stdout)
		fmt.Fprintf(tw, "file\tfield\tgot\twant\n")
		for _, m := range r.Mismatches {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.File, m.Field, m.Got, m.Want)
		}
		tw.Flush()
	}
	return nil
}

// crossMargins are the margins, in nats, runCross tries.
var crossMargins = []float64{0, 10, 20, 30, 40, 50, 60, 80, 100, 150}

// runCross prints the text model's leave-one-set-out check.
func runCross(a *app, dir string, ruled []string) error {
	names := intake.TextModelSets()
	sets := make([][]intake.Labelled, len(names))
	for i, n := range names {
		s, err := intake.ReadLabelled(filepath.Join(dir, n))
		if err != nil {
			return err
		}
		if len(s) == 0 {
			return fmt.Errorf("eval: no labelled mail in %s", filepath.Join(dir, n))
		}
		sets[i] = s
	}
	then := make([][]intake.Labelled, len(names))
	for _, r := range ruled {
		set, file, ok := strings.Cut(r, "=")
		i := slices.Index(names, set)
		if !ok || i < 0 {
			return usageError("eval: --ruled wants SET=FILE with SET one of %s", strings.Join(names, ", "))
		}
		cats, err := readRuled(file)
		if err != nil {
			return err
		}
		for _, m := range sets[i] {
			if c, ok := cats[m.File]; ok {
				m.Ruled = classify.Result{Category: c, Reason: "rules then"}
				then[i] = append(then[i], m)
			}
		}
		if len(then[i]) != len(cats) {
			return fmt.Errorf("eval: %s names %d mails, %d of them labelled in %s", file, len(cats), len(then[i]), set)
		}
	}
	folds, err := intake.CrossCheck(names, sets, then, crossMargins)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "set\tmails\trules\tmodel\t")
	for _, t := range crossMargins {
		fmt.Fprintf(tw, "T=%g\t", t)
	}
	fmt.Fprintf(tw, "\n")
	total := intake.Fold{Set: "all", Hybrid: make([]int, len(crossMargins)), Flips: make([]int, len(crossMargins))}
	for _, f := range folds {
		total.Mails += f.Mails
		total.Rules += f.Rules
		total.Model += f.Model
		for k := range crossMargins {
			total.Hybrid[k] += f.Hybrid[k]
			total.Flips[k] += f.Flips[k]
		}
	}
	best := 0
	for k := range crossMargins {
		if total.Hybrid[k] >= total.Hybrid[best] {
			best = k
		}
	}
	for _, f := range append(folds, total) {
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t", f.Set, f.Mails, ratio(f.Rules, f.Mails), ratio(f.Model, f.Mails))
		for k := range crossMargins {
			fmt.Fprintf(tw, "%.3f (%d)\t", ratio(f.Hybrid[k], f.Mails), f.Flips[k])
		}
		fmt.Fprintf(tw, "\n")
	}
	tw.Flush()
	fmt.Fprintf(a.stdout, "\nthe largest margin with the most mails right over all folds: %g (in use: %d)\n", crossMargins[best], classify.DefaultMargin)
	fmt.Fprintf(a.stdout, "\nrules: the rules alone (written with every set in view: optimistic)\n")
	fmt.Fprintf(a.stdout, "model: the text model alone, trained on the other sets\n")
	fmt.Fprintf(a.stdout, "(rules then): the rules as they were before they were written for the set\n")
	fmt.Fprintf(a.stdout, "T=n:   the rules, overridden where the model leads by more than n nats (mails changed)\n")
	return nil
}

// readRuled reads lines of a file name, a tab and a category.
func readRuled(file string) (map[string]lead.Category, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	cats := map[string]lead.Category{}
	for line := range strings.Lines(string(data)) {
		name, cat, ok := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
		if !ok || !slices.Contains(lead.Categories, lead.Category(cat)) {
			return nil, fmt.Errorf("eval: %s: not a file and a category: %q", file, line)
		}
		cats[name] = lead.Category(cat)
	}
	return cats, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
