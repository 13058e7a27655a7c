package templates

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRender(t *testing.T) {
	set, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	org := Org{Name: "地域医療支援センター", Phone: "03-0000-0000", Email: "md@example.jp", Address: "東京都千代田区"}
	tests := []struct {
		name     string
		data     Data
		subject  []string
		text     []string
		html     []string
		notInAny []string
	}{
		{
			name:     Ack,
			data:     Data{Org: org, Ref: "MD2-000123", Name: "山田 太郎", Category: "医師の求職", Specialties: []string{"整形外科", "リハビリテーション科"}, Prefectures: []string{"島根県"}},
			subject:  []string{"[MD2-000123]"},
			text:     []string{"山田 太郎 様", "MD2-000123", "医師の求職", "整形外科、リハビリテーション科", "島根県", "03-0000-0000", "md@example.jp"},
			html:     []string{"山田 太郎 様", "整形外科、リハビリテーション科", "mailto:md@example.jp"},
			notInAny: []string{"次の点もお知らせ", "<no value>"},
		},
		{
			name:     Ack,
			data:     Data{Org: org, Ref: "MD2-000007", Category: "一般のお問い合わせ", Missing: []string{"ご希望の診療科"}},
			subject:  []string{"MD2-000007"},
			text:     []string{"ご担当者様", "次の点もお知らせ", "・ご希望の診療科"},
			html:     []string{"<li>ご希望の診療科</li>"},
			notInAny: []string{"診療科　　：", "<no value>"},
		},
		{
			name:    Unsubscribed,
			data:    Data{Org: org},
			subject: []string{"配信停止"},
			text:    []string{"配信を停止いたしました", "地域医療支援センター"},
			html:    []string{"配信を停止いたしました"},
		},
		{
			name:    Followup,
			data:    Data{Org: org, Ref: "MD2-000042", Name: "佐藤 花子", Missing: []string{"勤務開始のご希望時期"}},
			subject: []string{"[MD2-000042]"},
			text:    []string{"佐藤 花子 様", "・勤務開始のご希望時期"},
			html:    []string{"<li>勤務開始のご希望時期</li>"},
		},
		{
			name:    ReviewReminder,
			data:    Data{Ref: "MD2-000099", Category: "病院の求人", Received: "2026-11-26 10:00", LeadURL: "http://127.0.0.1:8080/leads/99"},
			subject: []string{"[MD2-000099]"},
			text:    []string{"MD2-000099", "2026-11-26 10:00", "http://127.0.0.1:8080/leads/99"},
			html:    []string{`href="http://127.0.0.1:8080/leads/99"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.data.Ref, func(t *testing.T) {
			m, err := set.Render(tt.name, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			for _, part := range []string{m.Subject, m.Text, m.HTML} {
				if !utf8.ValidString(part) {
					t.Errorf("not UTF-8: %q", part)
				}
			}
			check := func(what, got string, want []string) {
				for _, w := range want {
					if !strings.Contains(got, w) {
						t.Errorf("%s lacks %q:\n%s", what, w, got)
					}
				}
			}
			check("subject", m.Subject, tt.subject)
			check("text", m.Text, tt.text)
			check("html", m.HTML, tt.html)
			for _, bad := range tt.notInAny {
				if strings.Contains(m.Text+m.HTML, bad) {
					t.Errorf("mail contains %q", bad)
				}
			}
			if strings.Contains(m.Subject, "\n") {
				t.Errorf("subject has a line break: %q", m.Subject)
			}
		})
	}
}

func TestHTMLEscapes(t *testing.T) {
	set, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	m, err := set.Render(Ack, Data{Ref: "MD2-000001", Name: "<script>alert(1)</script>", Category: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.HTML, "<script>") {
		t.Errorf("name not escaped in HTML:\n%s", m.HTML)
	}
}
