package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/md2-rm/madoguchi/intake"
	"github.com/md2-rm/madoguchi/intake/evaluate"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/termtable"
)

// runEval implements "madoguchi eval [--verbose] DIR".
func runEval(ctx context.Context, a *app, args []string) error {
	fs := a.flags("eval", "eval [--verbose] DIR",
		"Parse every .eml in DIR, compare with the .json gold beside it and print the accuracy.")
	verbose := fs.Bool("verbose", false, "list every mismatch (file, field, got, want)")
	if err := a.parseFlags(fs, args); err != nil {
		return err
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
