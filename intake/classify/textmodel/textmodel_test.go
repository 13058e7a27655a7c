package textmodel

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/md2-rm/madoguchi/internal/lead"
)

func grams(subject, body string) ([]uint32, bool) {
	var got []uint32
	ja := eachGram(subject, body, func(b uint32) { got = append(got, b) })
	return got, ja
}

func TestEachGram(t *testing.T) {
	tests := []struct {
		name          string
		subject, body string
		want          []uint32
	}{
		{"a subject alone", "ab", "", []uint32{hash2('a', 'b'), hash2('b', '\n'), hash3('a', 'b', '\n')}},
		{"upper case folds", "AB", "", []uint32{hash2('a', 'b'), hash2('b', '\n'), hash3('a', 'b', '\n')}},
		{"the subject's line break joins the body", "", "いし", []uint32{hash2('\n', 'い'), hash2('い', 'し'), hash3('\n', 'い', 'し')}},
		{"white space only is skipped", " ", " ", nil},
		{"a gram with a letter is kept", "", " a", []uint32{hash2(' ', 'a'), hash3('\n', ' ', 'a')}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := grams(tt.subject, tt.body)
			if !slices.Equal(got, tt.want) {
				t.Errorf("buckets %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEachGramReadsMaxRunes(t *testing.T) {
	got, _ := grams("", strings.Repeat("医", 2*MaxRunes))
	// MaxRunes runes, the first the line break: a 2-gram ends at each
	// rune but the first, a 3-gram at each but the first two.
	if want := (MaxRunes - 1) + (MaxRunes - 2); len(got) != want {
		t.Errorf("%d grams, want %d", len(got), want)
	}
}

func TestJapanese(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"内科医です。勤務を希望します。", true},
		{"I am a family physician in Ehime and would like to work part-time.", false},
		{"Dear secretariat, はじめまして。私は医師です。登録をお願いします。", true},
		{"恩納村診療所", false}, // Han alone: no kana
		{"", false},
	}
	for _, tt := range tests {
		if _, got := grams("", tt.text); got != tt.want {
			t.Errorf("%q: Japanese %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestHashesDiffer(t *testing.T) {
	// A 2-gram and a 3-gram, and grams in another order, fall in
	// different buckets.
	seen := map[uint32]string{}
	for name, b := range map[string]uint32{
		"ab": hash2('a', 'b'), "ba": hash2('b', 'a'), "abc": hash3('a', 'b', 'c'),
		"cba": hash3('c', 'b', 'a'), "医師": hash2('医', '師'), "師医": hash2('師', '医'),
	} {
		if b >= buckets {
			t.Errorf("%s: bucket %d out of range", name, b)
		}
		if o, ok := seen[b]; ok {
			t.Errorf("%s and %s share bucket %d", name, o, b)
		}
		seen[b] = name
	}
}

func TestTrainerCountsOncePerMail(t *testing.T) {
	var tr Trainer
	tr.Add(lead.Doctor, "", "いいいい")
	// "\nいいいい": 2-grams \nい, いい (three times); 3-grams \nいい, いいい (twice).
	if tr.grams[0] != 4 {
		t.Errorf("%d grams counted, want 4 distinct", tr.grams[0])
	}
	if n := tr.counts[0][hash2('い', 'い')]; n != 1 {
		t.Errorf("いい counted %d times, want once", n)
	}
	tr.Add(lead.Doctor, "", "いい")
	if n := tr.counts[0][hash2('い', 'い')]; n != 2 {
		t.Errorf("いい in %d mails, want 2", n)
	}
}

func toyTrainer(order []int) *Trainer {
	mails := []struct {
		c    lead.Category
		body string
	}{
		{lead.Doctor, "内科医です。勤務を希望します。"},
		{lead.Doctor, "外科医です。勤務を希望しています。"},
		{lead.Hospital, "当院では常勤医師を募集しております。"},
		{lead.Hospital, "当院で非常勤医師を募集しております。"},
		{lead.General, "リーフレットを送付してください。"},
		{lead.General, "パンフレットを送付してください。"},
	}
	var tr Trainer
	for _, i := range order {
		tr.Add(mails[i].c, "", mails[i].body)
	}
	return &tr
}

func TestEncodingIsDeterministic(t *testing.T) {
	a := toyTrainer([]int{0, 1, 2, 3, 4, 5}).Encode()
	b := toyTrainer([]int{5, 3, 1, 4, 2, 0}).Encode()
	if !bytes.Equal(a, b) {
		t.Error("the encoding depends on the order of the mail")
	}
	m, err := Decode(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Bytes(), a) {
		t.Error("the model keeps other bytes than it was decoded from")
	}
	if want := []lead.Category{lead.Doctor, lead.Hospital, lead.General}; !slices.Equal(m.Classes(), want) {
		t.Errorf("classes %v, want %v (contract order)", m.Classes(), want)
	}
}

func TestDecodeRejects(t *testing.T) {
	good := toyTrainer([]int{0, 1, 2, 3, 4, 5}).Encode()
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not magic": []byte("something else"),
		"cut short": good[:len(good)-3],
		"trailing":  append(slices.Clone(good), 0),
	} {
		if _, err := Decode(data); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
}

func TestScores(t *testing.T) {
	m, err := toyTrainer([]int{0, 1, 2, 3, 4, 5}).Model()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		body string
		want lead.Category
	}{
		{"眼科医です。勤務を希望します。", lead.Doctor},
		{"当院は小児科医を募集しております。", lead.Hospital},
		{"ポスターを送付してください。", lead.General},
	}
	sc := make([]float64, len(m.Classes()))
	for _, tt := range tests {
		if !m.Scores("", tt.body, sc) {
			t.Errorf("%q: not Japanese", tt.body)
		}
		best := 0
		for i := range sc {
			if sc[i] > sc[best] {
				best = i
			}
		}
		if got := m.Classes()[best]; got != tt.want {
			t.Errorf("%q: %s (scores %v), want %s", tt.body, got, sc, tt.want)
		}
	}
	// Each gram counts once: a longer run of one character, which adds
	// no gram, changes no score.
	once, twice := make([]float64, len(sc)), make([]float64, len(sc))
	m.Scores("", "ああああ", once)
	m.Scores("", "ああああああああ", twice)
	for i := range once {
		if math.Abs(once[i]-twice[i]) > 1e-9 {
			t.Errorf("%s: %v once, %v twice", m.Classes()[i], once[i], twice[i])
		}
	}
}

func TestDefault(t *testing.T) {
	m := Default()
	if !bytes.Equal(m.Bytes(), embedded) {
		t.Error("the default model is not the embedded one")
	}
	if len(m.Classes()) != len(lead.Categories) {
		t.Errorf("classes %v, want every category", m.Classes())
	}
}

func BenchmarkScores(b *testing.B) {
	m := Default()
	body := strings.Repeat("当院では常勤の内科医を募集しております。ご紹介いただければ幸いです。\n", 20)
	sc := make([]float64, len(m.Classes()))
	b.ReportAllocs()
	for b.Loop() {
		m.Scores("常勤医師募集のご相談", body, sc)
	}
}

func TestLinksReadAsSpace(t *testing.T) {
	for _, body := range []string{"詳細は https://example.com/a?b=c です", "詳細は http://x.example.net/ です"} {
		got, _ := grams("", body)
		want, _ := grams("", "詳細は   です")
		if !slices.Equal(got, want) {
			t.Errorf("%q: buckets %v, want those of a space %v", body, got, want)
		}
	}
	got, _ := grams("", "see https://example.com")
	want, _ := grams("", "see  ")
	if !slices.Equal(got, want) {
		t.Errorf("a link that ends the text: buckets %v, want %v", got, want)
	}
}

// reference scores a mail the simple way: eachGram's buckets, a map to
// count each once, the model's tables.
func reference(m *Model, subject, body string) ([]float64, bool) {
	seen := map[uint32]bool{}
	gain := make([]float64, len(m.classes))
	distinct := 0
	ja := eachGram(subject, body, func(b uint32) {
		if seen[b] {
			return
		}
		seen[b] = true
		distinct++
		for c := range gain {
			gain[c] += float64(m.cell[b] >> (4 * c) & 0xf)
		}
	})
	sc := make([]float64, len(m.classes))
	for c := range sc {
		sc[c] = m.prior[c] + float64(distinct)*m.unseen[c] + gain[c]/GainScale
	}
	return sc, ja
}

func TestScoresAgreesWithReference(t *testing.T) {
	m := Default()
	pieces := []string{"当院", "では", "常勤", "医師", "を募集", "しております。", "内科医です。", "勤務を希望",
		" ", "\n", "\t", "　", "ー", "・", "（", "）", "A", "Dr.", "ÀÉ", "Ω", "\u2028", "𠮷", "\xff", "\xe3\x81",
		"https://example.com/x", "http://a.example.jp", "h", "ttp", "https:", "Straße", "ＡＢ", "ｱｲ", "①", "%"}
	rng := rand.New(rand.NewPCG(1, 2))
	got := make([]float64, len(m.Classes()))
	for range 2000 {
		var subject, body strings.Builder
		for range rng.IntN(4) {
			subject.WriteString(pieces[rng.IntN(len(pieces))])
		}
		for range rng.IntN(300) {
			body.WriteString(pieces[rng.IntN(len(pieces))])
		}
		ja := m.Scores(subject.String(), body.String(), got)
		want, wantJa := reference(m, subject.String(), body.String())
		if ja != wantJa {
			t.Fatalf("%q %q: Japanese %v, want %v", subject.String(), body.String(), ja, wantJa)
		}
		for c := range want {
			if math.Abs(got[c]-want[c]) > 1e-6 {
				t.Fatalf("%q %q: %s %v, want %v", subject.String(), body.String(), m.Classes()[c], got[c], want[c])
			}
		}
	}
}

func TestFoldAgreesWithUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		lower, space, kind := fold(r)
		if want := unicode.ToLower(r); lower != want {
			t.Fatalf("%U: lower %U, want %U", r, lower, want)
		}
		if want := unicode.IsSpace(r); space != want {
			t.Fatalf("%U: space %v, want %v", r, space, want)
		}
		isKana := 0x3041 <= r && r <= 0x30fa
		if want := isKana || unicode.IsLetter(r); (kind&letter != 0) != want {
			t.Fatalf("%U: letter %v, want %v", r, kind&letter != 0, want)
		}
		if (kind == kana) != isKana {
			t.Fatalf("%U: kana %v, want %v", r, kind == kana, isKana)
		}
	}
}
