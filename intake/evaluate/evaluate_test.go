package evaluate

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
)

func TestDirMetrics(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// Gold: a doctor with a name, two prefectures (in another order than
	// the parser gives) and nothing else; a spam mail with nothing.
	write("a.eml", "A")
	write("a.json", `{"message_id":"a","category":"doctor","name":"石田 俊彦","name_kana":null,"email":null,"phone":null,"age":65,"birth_year":null,"organization":null,"specialties":[],"prefectures":["島根県","鳥取県"],"municipality":null,"employment":[],"days_per_week":null,"start":null,"error":null}`)
	write("b.eml", "B")
	write("b.json", `{"message_id":"b","category":"spam","name":null,"name_kana":null,"email":null,"phone":null,"age":null,"birth_year":null,"organization":null,"specialties":[],"prefectures":[],"municipality":null,"employment":[],"days_per_week":null,"start":null,"error":null}`)
	write("c.eml", "no gold beside it")

	str := func(s string) *string { return &s }
	num := func(n int) *int { return &n }
	cat := func(c lead.Category) *lead.Category { return &c }
	parse := func(raw []byte) (lead.Fields, error) {
		switch string(raw) {
		case "A": // name right, age wrong, prefectures right as a set, phone invented
			return lead.Fields{Category: cat(lead.Doctor), Name: str("石田 俊彦"), Age: num(64), Phone: str("0849315526"),
				Prefectures: []string{"鳥取県", "島根県"}}, nil
		case "B": // category wrong, nothing else
			return lead.Fields{Category: cat(lead.General)}, nil
		}
		t.Fatalf("unexpected mail %q", raw)
		return lead.Fields{}, nil
	}
	r, err := Dir(context.Background(), dir, parse)
	if err != nil {
		t.Fatal(err)
	}
	if r.Mails != 2 {
		t.Fatalf("Mails = %d, want 2 (c.eml has no gold)", r.Mails)
	}
	if got := r.CategoryAccuracy(); got != 0.5 {
		t.Errorf("category accuracy = %v, want 0.5", got)
	}
	// 14 fields × 2 mails = 28 pairs; wrong: a.age, a.phone, b.category.
	if got, want := r.FieldAccuracy(), 25.0/28; got != want {
		t.Errorf("field accuracy = %v, want %v", got, want)
	}
	// Gold values: a.name, a.age, a.prefectures → 2 right.
	if r.RecallTotal != 3 || r.RecallHits != 2 {
		t.Errorf("recall = %d/%d, want 2/3", r.RecallHits, r.RecallTotal)
	}
	// Gold-empty fields: 10 in a, 13 in b; one invented (a.phone).
	if r.GoldEmpty != 23 || r.Invented != 1 {
		t.Errorf("invented = %d/%d, want 1/23", r.Invented, r.GoldEmpty)
	}
	var listed []string
	for _, m := range r.Mismatches {
		listed = append(listed, m.File+":"+m.Field)
	}
	if got := strings.Join(listed, ","); got != "a.eml:phone,a.eml:age,b.eml:category" {
		t.Errorf("mismatches = %s", got)
	}
}
