package extract

import "testing"

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
