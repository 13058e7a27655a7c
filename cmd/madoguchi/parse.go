package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/md2-rm/madoguchi/intake"
	"github.com/md2-rm/madoguchi/internal/lead"
)

// parseLine is one line of "parse --json": the lead contract, plus the
// failed recipients of a bounce (an extension the contract allows).
type parseLine struct {
	lead.Fields
	BounceRecipients []bounceRecipient `json:"bounce_recipients,omitempty"`
}

type bounceRecipient struct {
	Address    string `json:"address"`
	Status     string `json:"status,omitempty"`
	Action     string `json:"action,omitempty"`
	Diagnostic string `json:"diagnostic,omitempty"`
}

// maxMailSize bounds what parse reads from one file or standard input.
const maxMailSize = 64 << 20

// runParse implements "madoguchi parse [--json] FILE...".
func runParse(ctx context.Context, a *app, args []string) error {
	fs := a.flags("parse", "parse [--json] FILE...",
		"Parse mail files (or standard input, or '-') into leads, one per file in argument order.\n"+
			"With --json, print one JSON object per line (the lead contract).")
	asJSON := fs.Bool("json", false, "print JSON Lines (the lead contract)")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		res, err := parseFile(a, name)
		var f lead.Fields
		if err != nil {
			failed++
			msg := err.Error()
			f.Error = &msg
			f.Normalize()
		} else {
			f = res.Lead
		}
		if *asJSON {
			line := parseLine{Fields: f}
			if res != nil {
				for _, b := range res.Bounce {
					line.BounceRecipients = append(line.BounceRecipients, bounceRecipient{
						Address: b.Address, Status: b.Status, Action: b.Action, Diagnostic: b.Diagnostic})
				}
			}
			if err := enc.Encode(line); err != nil {
				return fmt.Errorf("write: %w", err)
			}
			continue
		}
		printSummary(a.stdout, name, f, res)
	}
	if failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d files could not be parsed", failed, len(files))}
	}
	return nil
}

func parseFile(a *app, name string) (*intake.Result, error) {
	var r io.Reader
	if name == "-" {
		r = a.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxMailSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(raw) > maxMailSize {
		return nil, fmt.Errorf("%s: larger than %d bytes", name, maxMailSize)
	}
	res, err := intake.Parse(raw, intake.ParseOptions{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// printSummary writes a readable account of one parsed mail.
func printSummary(w io.Writer, name string, f lead.Fields, res *intake.Result) {
	fmt.Fprintf(w, "== %s\n", name)
	if f.Error != nil {
		fmt.Fprintf(w, "  error:         %s\n\n", *f.Error)
		return
	}
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "  %-14s %s\n", k+":", v)
		}
	}
	row("category", string(*f.Category)+"  ("+res.Reason+")")
	row("message-id", f.MessageID)
	for _, r := range fieldRows(f) {
		row(r[0], r[1])
	}
	for _, b := range res.Bounce {
		row("failed", b.Address+" "+b.Status)
	}
	if len(res.Message.Problems) > 0 {
		row("problems", strings.Join(res.Message.Problems, "; "))
	}
	fmt.Fprintln(w)
}
