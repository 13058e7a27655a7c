package intake

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/md2-rm/madoguchi/intake/classify"
	"github.com/md2-rm/madoguchi/intake/classify/textmodel"
	"github.com/md2-rm/madoguchi/internal/lead"
)

// TextModelSets are the labelled sets under testdata the embedded text
// model is trained on: every development set, never the hold-out set.
func TextModelSets() []string {
	return []string{"samples", "extra", "extra2", "extra3", "extra4", "extra5", "extra6", "extra7", "extra8", "extra9", "extra10", "extra11", "extra12", "extra13", "extra14", "extra15"}
}

// Labelled is a labelled mail as the classifier sees it.
type Labelled struct {
	File      string
	Gold      lead.Category
	Input     classify.Input
	Ruled     classify.Result // the rules' decision
	ByContent bool            // whether the rules decided by content
}

// ReadLabelled parses every .eml in dir that has a .json gold beside it,
// in the order of their names.
func ReadLabelled(dir string) ([]Labelled, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		return nil, fmt.Errorf("intake: listing %s: %w", dir, err)
	}
	sort.Strings(files)
	var out []Labelled
	for _, f := range files {
		gold, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".json")
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("intake: %w", err)
		}
		var g struct {
			Category lead.Category `json:"category"`
		}
		if err := json.Unmarshal(gold, &g); err != nil {
			return nil, fmt.Errorf("intake: the gold of %s: %w", f, err)
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("intake: %w", err)
		}
		in, err := ClassifyInput(raw, ParseOptions{})
		if err != nil {
			return nil, fmt.Errorf("intake: %s: %w", f, err)
		}
		r, byContent := classify.Rules(in)
		out = append(out, Labelled{File: filepath.Base(f), Gold: g.Category, Input: in, Ruled: r, ByContent: byContent})
	}
	return out, nil
}

// TrainTextModel trains a text model on the labelled mail of the sets.
func TrainTextModel(sets ...[]Labelled) *textmodel.Trainer {
	var t textmodel.Trainer
	for _, set := range sets {
		for _, m := range set {
			t.Add(m.Gold, m.Input.Subject, m.Input.Body)
		}
	}
	return &t
}

// Fold is the check of one labelled set by a text model trained on the
// others.
type Fold struct {
	Set    string
	Mails  int
	Rules  int   // mails the rules alone classify right
	Model  int   // mails the model alone classifies right
	Hybrid []int // per margin: mails the rules with the model's overrides classify right
	Flips  []int // per margin: mails whose category the model changes
}

// CrossCheck trains a text model on all sets but one and classifies that
// one, for each set in turn: the rules alone, the model alone, and the
// rules overridden by the model when it leads by more than each margin.
// The rules were written with every set in view, so their figure is the
// optimistic one; the model's is what it does on mail it has not seen.
// When then[i] is not nil it holds mail of set i with the decisions of
// the rules as they were before they were written for that set; it is
// checked against the same model and reported as a fold of its own.
func CrossCheck(names []string, sets, then [][]Labelled, margins []float64) ([]Fold, error) {
	var folds []Fold
	for i := range sets {
		var others [][]Labelled
		for j, s := range sets {
			if j != i {
				others = append(others, s)
			}
		}
		m, err := TrainTextModel(others...).Model()
		if err != nil {
			return nil, fmt.Errorf("intake: the model without %s: %w", names[i], err)
		}
		folds = append(folds, checkFold(names[i], m, sets[i], margins))
		if i < len(then) && then[i] != nil {
			folds = append(folds, checkFold(names[i]+" (rules then)", m, then[i], margins))
		}
	}
	return folds, nil
}

func checkFold(name string, m *textmodel.Model, held []Labelled, margins []float64) Fold {
	f := Fold{Set: name, Mails: len(held), Hybrid: make([]int, len(margins)), Flips: make([]int, len(margins))}
	sc := make([]float64, len(m.Classes()))
	for _, x := range held {
		if x.Ruled.Category == x.Gold {
			f.Rules++
		}
		m.Scores(x.Input.Subject, x.Input.Body, sc)
		best := 0
		for c := range sc {
			if sc[c] > sc[best] {
				best = c
			}
		}
		if m.Classes()[best] == x.Gold {
			f.Model++
		}
		c, lead := x.Ruled.Category, 0.0
		if x.ByContent {
			c, lead = classify.Challenge(m, x.Input, x.Ruled.Category)
		}
		for k, t := range margins {
			got := x.Ruled.Category
			if c != got && lead > t {
				got = c
				f.Flips[k]++
			}
			if got == x.Gold {
				f.Hybrid[k]++
			}
		}
	}
	return f
}
