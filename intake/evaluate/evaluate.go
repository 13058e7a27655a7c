// Package evaluate measures the parser against labelled mail: a directory of
// .eml files, each with the gold lead in a .json file beside it.
package evaluate

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/md2-rm/madoguchi/internal/lead"
)

// Fields lists the compared contract fields, in contract order (message_id,
// body and error are not compared).
var Fields = []string{"category", "name", "name_kana", "email", "phone", "age", "birth_year",
	"organization", "specialties", "prefectures", "municipality", "employment", "days_per_week", "start"}

// ParseFunc parses one raw mail into its lead.
type ParseFunc func(raw []byte) (lead.Fields, error)

// Mismatch is one field where the parser and the gold differ.
type Mismatch struct {
	File, Field string
	Got, Want   string // JSON
}

// Report holds the counts of one evaluation run.
type Report struct {
	Mails        int
	Correct      map[string]int // per field: mails where got == gold
	CategoryHits int
	RecallHits   int // gold non-empty fields got exactly right
	RecallTotal  int // gold non-empty fields
	Invented     int // fields with a value where the gold is empty
	GoldEmpty    int // gold empty fields
	Mismatches   []Mismatch
	Failures     []string // files that could not be parsed or read
}

// FieldAccuracy is the share of (mail, field) pairs where got == gold.
func (r *Report) FieldAccuracy() float64 {
	total, ok := 0, 0
	for _, f := range Fields {
		total += r.Mails
		ok += r.Correct[f]
	}
	return ratio(ok, total)
}

// CategoryAccuracy is the share of mails with the right category.
func (r *Report) CategoryAccuracy() float64 { return ratio(r.CategoryHits, r.Mails) }

// Recall is the share of the gold's non-empty fields that came out exactly.
func (r *Report) Recall() float64 { return ratio(r.RecallHits, r.RecallTotal) }

// InventedRate is the share of gold-empty fields given a value.
func (r *Report) InventedRate() float64 { return ratio(r.Invented, r.GoldEmpty) }

// Accuracy returns one field's accuracy.
func (r *Report) Accuracy(field string) float64 { return ratio(r.Correct[field], r.Mails) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Dir evaluates parse on every .eml file in dir that has a .json beside it.
func Dir(ctx context.Context, dir string, parse ParseFunc) (*Report, error) {
	emls, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	sort.Strings(emls)
	r := &Report{Correct: map[string]int{}}
	for _, path := range emls {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		goldRaw, err := os.ReadFile(strings.TrimSuffix(path, ".eml") + ".json")
		if err != nil {
			continue // unlabelled mail
		}
		var gold map[string]any
		if err := json.Unmarshal(goldRaw, &gold); err != nil {
			return nil, fmt.Errorf("evaluate: %s: gold: %w", filepath.Base(path), err)
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		got := map[string]any{}
		f, perr := parse(raw)
		if perr != nil {
			r.Failures = append(r.Failures, fmt.Sprintf("%s: %v", filepath.Base(path), perr))
		} else {
			got, err = asMap(f)
			if err != nil {
				return nil, fmt.Errorf("evaluate: %s: %w", filepath.Base(path), err)
			}
		}
		r.add(filepath.Base(path), got, gold)
	}
	return r, nil
}

func asMap(f lead.Fields) (map[string]any, error) {
	f.Normalize()
	b, err := json.Marshal(f)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	return m, json.Unmarshal(b, &m)
}

func (r *Report) add(file string, got, gold map[string]any) {
	r.Mails++
	for _, k := range Fields {
		g, w := got[k], gold[k]
		same := equal(g, w)
		if same {
			r.Correct[k]++
			if k == "category" {
				r.CategoryHits++
			}
		} else {
			gj, _ := json.Marshal(g)
			wj, _ := json.Marshal(w)
			r.Mismatches = append(r.Mismatches, Mismatch{File: file, Field: k, Got: string(gj), Want: string(wj)})
		}
		if k == "category" {
			continue
		}
		if empty(w) {
			r.GoldEmpty++
			if !empty(g) {
				r.Invented++
			}
		} else {
			r.RecallTotal++
			if same {
				r.RecallHits++
			}
		}
	}
}

func empty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case []any:
		return len(x) == 0
	case string:
		return x == ""
	}
	return false
}

// equal compares JSON values, lists as sets.
func equal(a, b any) bool {
	if empty(a) && empty(b) {
		return true
	}
	la, okA := a.([]any)
	lb, okB := b.([]any)
	if okA && okB {
		return sameSet(la, lb)
	}
	return fmt.Sprint(a) == fmt.Sprint(b)
}

func sameSet(a, b []any) bool {
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, x := range a {
		sa[fmt.Sprint(x)] = true
	}
	for _, x := range b {
		sb[fmt.Sprint(x)] = true
	}
	if len(sa) != len(sb) {
		return false
	}
	for k := range sa {
		if !sb[k] {
			return false
		}
	}
	return true
}
