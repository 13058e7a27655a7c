// Package vocab holds the embedded vocabularies: the 47 prefectures with their
// neighbours and medical associations, the regions, and the specialties with
// their synonyms. The TSV files under data/ are copies of the shared
// vocabulary and are kept in sync with it.
package vocab

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/prefectures.tsv
var prefecturesTSV []byte

//go:embed data/regions.tsv
var regionsTSV []byte

//go:embed data/specialties.tsv
var specialtiesTSV []byte

// Prefecture is one of the 47 prefectures.
type Prefecture struct {
	Code               string   // JIS X 0401 code, "01".."47"
	Name               string   // canonical name, e.g. "青森県"
	Short              string   // name without suffix, e.g. "青森"
	Kana               string   // reading in hiragana
	Romaji             string   // e.g. "Aomori"
	Region             string   // region name, e.g. "東北"
	Neighbors          []string // canonical names of land neighbours
	MedicalAssociation string   // e.g. "青森県医師会"
}

// Region is a named group of prefectures.
type Region struct {
	Name        string
	Synonyms    []string
	Prefectures []string
}

// Specialty is a canonical specialty with its group and synonyms.
type Specialty struct {
	Name     string
	Group    string
	Synonyms []string
}

// Vocab is the parsed vocabulary. It is immutable once loaded.
type Vocab struct {
	Prefectures []Prefecture
	Regions     []Region
	Specialties []Specialty

	prefByName map[string]int
	specByName map[string]int
}

// Load returns the embedded vocabulary, parsed once.
var Load = sync.OnceValue(func() *Vocab {
	v, err := parse(prefecturesTSV, regionsTSV, specialtiesTSV)
	if err != nil {
		panic(fmt.Sprintf("vocab: embedded data is invalid: %v", err))
	}
	return v
})

// Prefecture returns the prefecture with the canonical name.
func (v *Vocab) Prefecture(name string) (Prefecture, bool) {
	i, ok := v.prefByName[name]
	if !ok {
		return Prefecture{}, false
	}
	return v.Prefectures[i], true
}

// Specialty returns the specialty with the canonical name.
func (v *Vocab) Specialty(name string) (Specialty, bool) {
	i, ok := v.specByName[name]
	if !ok {
		return Specialty{}, false
	}
	return v.Specialties[i], true
}

// Neighbors reports whether prefectures a and b share a land border.
func (v *Vocab) Neighbors(a, b string) bool {
	p, ok := v.Prefecture(a)
	if !ok {
		return false
	}
	for _, n := range p.Neighbors {
		if n == b {
			return true
		}
	}
	return false
}

func parse(prefs, regions, specs []byte) (*Vocab, error) {
	v := &Vocab{prefByName: map[string]int{}, specByName: map[string]int{}}
	err := eachRow(prefs, 8, func(f []string) {
		v.prefByName[f[1]] = len(v.Prefectures)
		v.Prefectures = append(v.Prefectures, Prefecture{
			Code: f[0], Name: f[1], Short: f[2], Kana: f[3], Romaji: f[4], Region: f[5],
			Neighbors: list(f[6]), MedicalAssociation: f[7],
		})
	})
	if err != nil {
		return nil, fmt.Errorf("prefectures.tsv: %w", err)
	}
	if len(v.Prefectures) != 47 {
		return nil, fmt.Errorf("prefectures.tsv: %d prefectures, want 47", len(v.Prefectures))
	}
	err = eachRow(regions, 3, func(f []string) {
		v.Regions = append(v.Regions, Region{Name: f[0], Synonyms: list(f[1]), Prefectures: list(f[2])})
	})
	if err != nil {
		return nil, fmt.Errorf("regions.tsv: %w", err)
	}
	err = eachRow(specs, 3, func(f []string) {
		v.specByName[f[0]] = len(v.Specialties)
		v.Specialties = append(v.Specialties, Specialty{Name: f[0], Group: f[1], Synonyms: list(f[2])})
	})
	if err != nil {
		return nil, fmt.Errorf("specialties.tsv: %w", err)
	}
	for _, p := range v.Prefectures {
		for _, n := range p.Neighbors {
			if _, ok := v.prefByName[n]; !ok {
				return nil, fmt.Errorf("prefectures.tsv: %s: unknown neighbour %q", p.Name, n)
			}
		}
	}
	for _, r := range v.Regions {
		for _, n := range r.Prefectures {
			if _, ok := v.prefByName[n]; !ok {
				return nil, fmt.Errorf("regions.tsv: %s: unknown prefecture %q", r.Name, n)
			}
		}
	}
	return v, nil
}

// eachRow calls fn for every data row (the header row is skipped), checking
// that it has exactly cols tab-separated fields.
func eachRow(data []byte, cols int, fn func([]string)) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		if line == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		f := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(f) != cols {
			return fmt.Errorf("line %d: %d fields, want %d", line, len(f), cols)
		}
		fn(f)
	}
	return sc.Err()
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
