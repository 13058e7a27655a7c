package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/md2-rm/madoguchi/store"
)

// runLeadsExportLabels implements "madoguchi leads export-labels DIR": every
// lead staff have reviewed becomes a pair lead-ID.eml (its first incoming
// mail, byte for byte) and lead-ID.json (the corrected fields as gold, in
// the format of testdata/samples), for "madoguchi eval".
func runLeadsExportLabels(ctx context.Context, a *app, args []string) error {
	fs := a.flags("leads export-labels", "leads export-labels DIR",
		"Write the leads staff have reviewed as labelled mail: lead-ID.eml (the mail as received) and\n"+
			"lead-ID.json (the corrected fields, without body), the format 'madoguchi eval DIR' reads.")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("leads export-labels: give the output directory")
	}
	dir := fs.Arg(0)
	st, err := a.openConfiguredStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	n, skipped, err := exportLabels(ctx, st, dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %d labelled mails to %s", n, dir)
	if skipped > 0 {
		fmt.Fprintf(a.stdout, " (%d reviewed leads without a stored mail skipped)", skipped)
	}
	fmt.Fprintln(a.stdout)
	return st.Audit(ctx, st.DB, store.AuditEntry{Actor: "cli", Action: store.AuditExport, ObjectType: "leads",
		Detail: fmt.Sprintf("export-labels %d", n)})
}

func exportLabels(ctx context.Context, st *store.Store, dir string) (written, skipped int, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, 0, fmt.Errorf("export-labels: %w", err)
	}
	leads, err := st.ReviewedLeads(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, l := range leads {
		if err := ctx.Err(); err != nil {
			return written, skipped, err
		}
		m, err := st.FirstLeadMail(ctx, l.ID)
		if errors.Is(err, store.ErrNotFound) {
			skipped++
			continue
		}
		if err != nil {
			return written, skipped, err
		}
		f := l.Fields()
		f.Body = nil
		f.MessageID = strings.Trim(m.MessageID.String, "<>")
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(f); err != nil {
			return written, skipped, fmt.Errorf("export-labels: lead %d: %w", l.ID, err)
		}
		base := filepath.Join(dir, fmt.Sprintf("lead-%06d", l.ID))
		if err := os.WriteFile(base+".eml", m.Raw, 0o600); err != nil {
			return written, skipped, fmt.Errorf("export-labels: %w", err)
		}
		if err := os.WriteFile(base+".json", buf.Bytes(), 0o600); err != nil {
			return written, skipped, fmt.Errorf("export-labels: %w", err)
		}
		written++
	}
	return written, skipped, nil
}
