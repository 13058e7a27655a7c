package classify

import (
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/intake/classify/textmodel"
	"github.com/md2-rm/madoguchi/internal/lead"
)

// toyModel has learnt that a physician's wish to work is general mail, and
// a delivery report's wording bounce, so that it disagrees with the rules.
func toyModel(t *testing.T) *textmodel.Model {
	t.Helper()
	var tr textmodel.Trainer
	for range 3 {
		tr.Add(lead.General, "", "内科医です。勤務を希望します。")
		tr.Add(lead.Bounce, "", "内科医です。勤務を希望します。配送できませんでした。")
	}
	tr.Add(lead.Doctor, "", "外科医として働きたいと考えております。")
	tr.Add(lead.AutoReply, "", "不在にしております。")
	m, err := tr.Model()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestClassifyWithModel(t *testing.T) {
	m := toyModel(t)
	wish := Input{Subject: "登録希望", Body: "内科医です。勤務を希望します。"}
	if r, byContent := Rules(wish); r.Category != lead.Doctor || !byContent {
		t.Fatalf("the rules: %v by content %v, want doctor by content", r, byContent)
	}
	c, margin := Challenge(m, wish, lead.Doctor)
	if c != lead.General || margin <= 0 {
		t.Fatalf("the model prefers %s by %.1f, want general", c, margin)
	}
	tests := []struct {
		name   string
		in     Input
		margin float64
		want   lead.Category
		reason string
	}{
		{"the model leads by more than the margin", wish, margin - 1, lead.General, "text model: general over doctor by "},
		{"the model leads by less than the margin", wish, margin + 1, lead.Doctor, "content: "},
		{"headers decide an automatic reply", Input{Header: map[string][]string{"Auto-Submitted": {"auto-replied"}}, Body: wish.Body}, -1e9, lead.AutoReply, "Auto-Submitted"},
		{"a delivery report is left to the rules", Input{IsReport: true, Body: wish.Body}, -1e9, lead.Bounce, "delivery report"},
		{"mail not in Japanese is left to the rules", Input{Body: "I am an internist and would like to work part-time in a rural clinic."}, -1e9, lead.Doctor, "content: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ClassifyWith(tt.in, Options{Model: m, Margin: tt.margin})
			if r.Category != tt.want || !strings.HasPrefix(r.Reason, tt.reason) {
				t.Errorf("%v, want %s (%s…)", r, tt.want, tt.reason)
			}
		})
	}
	// The model never answers bounce, though it scores it high here.
	mail := Input{Body: "内科医です。勤務を希望します。配送できませんでした。"}
	if c, _ := Challenge(m, mail, lead.Doctor); c == lead.Bounce {
		t.Error("the model chose bounce")
	}
	if r := ClassifyWith(wish, Options{Margin: -1e9}); r.Category != lead.Doctor {
		t.Errorf("without a model: %v, want the rules' doctor", r)
	}
}

func TestClassifyKeepsRulesOnDevelopmentStyleMail(t *testing.T) {
	// The embedded model agrees with the rules on plain cases, so
	// Classify gives the rules' decision and reason.
	for _, in := range []Input{
		{Subject: "常勤医師募集のご相談", Body: "当院では令和3年4月から常勤の内科医を募集しております。"},
		{Subject: "登録希望", Body: "泌尿器科医です。来年度以降は常勤で働ける病院を探しています。"},
	} {
		r, _ := Rules(in)
		if got := Classify(in); got != r {
			t.Errorf("%q: %v, want the rules' %v", in.Subject, got, r)
		}
	}
}
