package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const samples = "../../testdata/samples"

func TestParseJSONLines(t *testing.T) {
	dir := t.TempDir()
	notMail := filepath.Join(dir, "empty.eml")
	if err := os.WriteFile(notMail, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"parse", "--json",
		filepath.Join(samples, "001-ortho-shimane-jis.eml"),
		filepath.Join(dir, "missing.eml"),
		notMail,
		filepath.Join(samples, "041-postfix-dsn-user-unknown.eml"),
	}
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errOut, nil)
	if code != 1 {
		t.Errorf("exit code = %d, want 1 (two files failed); stderr %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4:\n%s", len(lines), out.String())
	}
	type row struct {
		MessageID string   `json:"message_id"`
		Category  *string  `json:"category"`
		Name      *string  `json:"name"`
		Error     *string  `json:"error"`
		Prefs     []string `json:"prefectures"`
	}
	var rows []row
	for _, l := range lines {
		var r row
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		rows = append(rows, r)
	}
	if rows[0].Category == nil || *rows[0].Category != "doctor" || rows[0].Name == nil || *rows[0].Name != "石田 俊彦" || rows[0].Error != nil {
		t.Errorf("first line = %+v", rows[0])
	}
	for _, i := range []int{1, 2} {
		if rows[i].Error == nil || rows[i].Category != nil {
			t.Errorf("line %d = %+v, want error set and category null", i+1, rows[i])
		}
		if rows[i].Prefs == nil {
			t.Errorf("line %d: prefectures should be [] not null", i+1)
		}
	}
	if rows[3].Category == nil || *rows[3].Category != "bounce" {
		t.Errorf("last line = %+v, want the bounce after the failures", rows[3])
	}
	if !strings.Contains(lines[3], `"bounce_recipients":[{"address":"dr.nishida@uwajima-hp.example.jp","status":"5.1.1"`) {
		t.Errorf("bounce line lacks the failed recipient: %s", lines[3])
	}
	if strings.Contains(lines[0], "bounce_recipients") {
		t.Errorf("a doctor's line has bounce_recipients: %s", lines[0])
	}
}

func TestParseStdin(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(samples, "033-unsubscribe-retired-doctor.eml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"parse", "--json"}, {"parse", "--json", "-"}} {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), args, bytes.NewReader(raw), &out, &errOut, nil); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
		if !strings.Contains(out.String(), `"category":"unsubscribe"`) || strings.Count(out.String(), "\n") != 1 {
			t.Errorf("%v: output %s", args, out.String())
		}
	}
}

func TestParseSummary(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"parse", filepath.Join(samples, "017-hospital-shimanto-fulltime.eml")}, nil, &out, &errOut, nil)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"category:", "hospital", "municipality:", "四万十町", "start:", "2021-04"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEval(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"eval", "--verbose", samples}, nil, &out, &errOut, nil)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"category accuracy", "field accuracy", "recall", "invented", "organization", "mails               48"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("eval output lacks %q:\n%s", want, out.String())
		}
	}
	if code := run(context.Background(), []string{"eval"}, nil, &out, &errOut, nil); code != 2 {
		t.Errorf("eval without DIR: exit %d, want 2", code)
	}
	if code := run(context.Background(), []string{"eval", t.TempDir()}, nil, &out, &errOut, nil); code != 1 {
		t.Errorf("eval on an empty directory: exit %d, want 1", code)
	}
}

func TestEvalCross(t *testing.T) {
	testdata := filepath.Dir(samples)
	// extra3's mail with every decision turned to general, as rules
	// written before the set might have decided.
	var ruled strings.Builder
	files, err := filepath.Glob(filepath.Join(testdata, "extra3", "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no extra3 mail: %v", err)
	}
	for _, f := range files {
		fmt.Fprintf(&ruled, "%s\tgeneral\n", filepath.Base(f))
	}
	file := filepath.Join(t.TempDir(), "extra3.tsv")
	if err := os.WriteFile(file, []byte(ruled.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"eval", "--cross", "--ruled", "extra3=" + file, testdata}, nil, &out, &errOut, nil)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"samples", "extra5", "extra3 (rules then)", "all", "T=50", "the largest margin"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("eval --cross output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "holdout") {
		t.Errorf("eval --cross reads the hold-out set:\n%s", out.String())
	}
	if code := run(context.Background(), []string{"eval", "--cross", "--ruled", "holdout=" + file, testdata}, nil, &out, &errOut, nil); code != 2 {
		t.Errorf("--ruled for a set not trained on: exit %d, want 2", code)
	}
}
