package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
)

// Family names that end like departments or places must still be names.
func TestNamesLikeDepartments(t *testing.T) {
	lines := map[string]string{
		"阿部 健一":      "阿部 健一",
		"事務長 阿部 健一":  "阿部 健一",
		"総務課 室井 真理":  "室井 真理",
		"中村 美香":      "中村 美香",
		"服部 一郎":      "服部 一郎",
		"医事課長　長谷部 進": "長谷部 進",
	}
	for in, want := range lines {
		if got := NameLine(Normalize(in)); got != want {
			t.Errorf("NameLine(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"阿部 健一", "室井 真理", "中村 美香"} {
		if got := DisplayName(in); got != in {
			t.Errorf("DisplayName(%q) = %q", in, got)
		}
	}
	for _, in := range []string{"総務課", "しまんと中央病院 事務長 西森", "地域医療マッチング 医師登録フォーム"} {
		if got := DisplayName(in); got != "" {
			t.Errorf("DisplayName(%q) = %q, want none", in, got)
		}
	}
}

// A writer who introduces themself without a space and signs with one is
// named in the spaced form; a longer word holding the name is not it.
func TestSpacedForm(t *testing.T) {
	tests := []struct{ text, name, want string }{
		{"よろしくお願いします。\n工藤 美咲\n津軽学院大学", "工藤美咲", "工藤 美咲"},
		{"小野寺 健太\n北都大学大学院", "小野寺健太", "小野寺 健太"},
		{"工藤 美咲子\n", "工藤美咲", ""},
		{"佐藤一郎\n", "佐藤一郎", ""},
		{"工藤 美咲\n", "工藤 美咲", ""},
		{"", "工藤美咲", ""},
	}
	for _, tt := range tests {
		if got := SpacedForm(tt.text, tt.name); got != tt.want {
			t.Errorf("SpacedForm(%q, %q) = %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
	fam, _ := SelfIntroFamily("北都大学大学院の小野寺健太と申します。")
	if fam != "小野寺健太" {
		t.Errorf("SelfIntroFamily gave %q, want 小野寺健太 without an invented space", fam)
	}
}

func TestOfficeName(t *testing.T) {
	tests := map[string]string{
		"高知県土佐郡大川村役場": "大川村役場",
		"奈良県五條市役所":    "五條市役所",
		"福島県西会津町役場":   "西会津町役場",
		"北海道 奥尻町役場":   "奥尻町役場",
		"大府市役所":       "大府市役所",
		"遠野市役所":       "遠野市役所",
		"奈良県立医科大学":    "奈良県立医科大学",
	}
	for in, want := range tests {
		if got := OfficeName(in); got != want {
			t.Errorf("OfficeName(%q) = %q, want %q", in, got, want)
		}
	}
}

// An empty check box turns its term down; a filled one chooses it.
func TestEmploymentCheckBoxes(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"希望する働き方：□常勤　□非常勤　■スポット（当直・日直）", []string{"spot"}},
		{"勤務形態：■常勤 □非常勤", []string{"full_time"}},
		{"当直はなく、夜間はオンコールです。常勤の先生を募集します。", []string{"full_time"}},
	}
	for _, tt := range tests {
		if got := Employment(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Employment(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSpecialtiesOfOthersDropped(t *testing.T) {
	x := New(vocab.Load())
	tests := []struct {
		cat   lead.Category
		proxy bool
		body  string
		want  []string
	}{
		{lead.Doctor, false, "当院は病床320床で、循環器内科、消化器内科、外科などがそろっております。専門は糖尿病・内分泌内科です。", []string{"糖尿病・内分泌内科"}},
		{lead.Doctor, false, "当院で整形外科を担当しております。", []string{"整形外科"}},
		{lead.Doctor, false, "妻も医師(小児科)で、夫婦で高知へ移ります。私は外科医です。", []string{"外科"}},
		{lead.Doctor, true, "主人は外科医で、定年後は地方で働きたいと申しております。", []string{"外科"}},
		{lead.Hospital, false, "当院の透析室は、腎臓内科の常勤医1名で運営しておりますが、月曜日の透析を担当していただける先生を探しております。", []string{"透析"}},
		{lead.Hospital, false, "総合診療を担っていただける方で、常勤を希望しています。", []string{"総合診療科"}},
	}
	for _, tt := range tests {
		body := Normalize(tt.body)
		if got := x.specs.Find(othersDropped(tt.cat, body, tt.proxy)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %q: %q, want %q", tt.cat, tt.body, got, tt.want)
		}
	}
}

func TestSpecialtiesEnglish(t *testing.T) {
	x := New(vocab.Load())
	for in, want := range map[string][]string{
		"a Japanese-licensed general\npractitioner for the winter": {"総合診療科"},
		"I am a Japanese-licensed anaesthesiologist":               {"麻酔科"},
	} {
		if got := x.specs.Find(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Find(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNameLines(t *testing.T) {
	for line, want := range map[string]string{
		"配信停止希望": "",
		"辻 ケイコ":  "辻 ケイコ",
		"辻 けいこ":  "辻 けいこ",
		"椎葉 真由美": "椎葉 真由美",
	} {
		if got := NameLine(Normalize(line)); got != want {
			t.Errorf("NameLine(%q) = %q, want %q", line, got, want)
		}
	}
	sig := Normalize("椎葉村役場 健康福祉課\n椎葉 真由美\nTEL 0982-67-3207")
	if got := FullNameWith(sig, "椎葉"); got != "椎葉 真由美" {
		t.Errorf("FullNameWith(%q, 椎葉) = %q, want 椎葉 真由美", sig, got)
	}
}

func TestFieldOnly(t *testing.T) {
	x := New(vocab.Load())
	for org, want := range map[string]bool{"透析クリニック": true, "眼科医院": true, "雨宮内科医院": false, "あけぼのクリニック": false} {
		if got := x.fieldOnly(org); got != want {
			t.Errorf("fieldOnly(%q) = %v, want %v", org, got, want)
		}
	}
}

func TestRelativeSubject(t *testing.T) {
	for s, want := range map[string]bool{"妻も医師(小児科)です": true, "主人は外科医です": true, "工夫が必要です": false, "大丈夫は": false, "丈夫も": false} {
		if got := relativeSubject(s); got != want {
			t.Errorf("relativeSubject(%q) = %v, want %v", s, got, want)
		}
	}
}
