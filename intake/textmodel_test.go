package intake

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/intake/classify/textmodel"
)

// TestTextModelIsCurrent checks that the embedded text model is the one
// training on the development sets gives now: after a change to the sets,
// the parser or the features, run go run ./intake/classify/textmodel/train.
func TestTextModelIsCurrent(t *testing.T) {
	var sets [][]Labelled
	for _, s := range TextModelSets() {
		set, err := ReadLabelled(filepath.Join("..", "testdata", s))
		if err != nil {
			t.Fatal(err)
		}
		if len(set) == 0 {
			t.Fatalf("no labelled mail in %s", s)
		}
		sets = append(sets, set)
	}
	if got := TrainTextModel(sets...).Encode(); !bytes.Equal(got, textmodel.Default().Bytes()) {
		t.Errorf("the embedded model (%d bytes) is not what training gives now (%d bytes): run go run ./intake/classify/textmodel/train",
			len(textmodel.Default().Bytes()), len(got))
	}
}

func TestTextModelSetsLeaveOutHoldout(t *testing.T) {
	for _, s := range TextModelSets() {
		if strings.HasPrefix(s, "holdout") {
			t.Errorf("the text model is trained on %s", s)
		}
	}
}

func TestCrossCheck(t *testing.T) {
	var sets [][]Labelled
	names := []string{"extra2", "extra3"}
	for _, s := range names {
		set, err := ReadLabelled(filepath.Join("..", "testdata", s))
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, set)
	}
	// The mail of extra3 with every decision of the rules turned to
	// general: the check must count the rules' errors and the model's
	// corrections against the gold.
	var then []Labelled
	for _, m := range sets[1] {
		m.Ruled.Category = "general"
		then = append(then, m)
	}
	margins := []float64{0, 1e9}
	folds, err := CrossCheck(names, sets, [][]Labelled{nil, then}, margins)
	if err != nil {
		t.Fatal(err)
	}
	if len(folds) != 3 || folds[2].Set != "extra3 (rules then)" {
		t.Fatalf("folds %+v, want extra2, extra3 and extra3 (rules then)", folds)
	}
	for _, f := range folds {
		if f.Mails == 0 || f.Rules > f.Mails || f.Model > f.Mails {
			t.Errorf("%s: %+v", f.Set, f)
		}
		// A margin no model reaches leaves the rules alone.
		if f.Hybrid[1] != f.Rules || f.Flips[1] != 0 {
			t.Errorf("%s: with an unreachable margin %d right and %d changed, want the rules' %d and none", f.Set, f.Hybrid[1], f.Flips[1], f.Rules)
		}
	}
	f := folds[2]
	general := 0
	for _, m := range then {
		if m.Gold == "general" {
			general++
		}
	}
	if f.Rules != general {
		t.Errorf("rules then: %d right, want the %d general mails", f.Rules, general)
	}
	if f.Flips[0] == 0 || f.Hybrid[0] <= f.Rules {
		t.Errorf("rules then: the model changed %d mails to %d right, want it to correct some of %d", f.Flips[0], f.Hybrid[0], f.Rules)
	}
}
