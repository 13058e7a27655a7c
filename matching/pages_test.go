package matching

import (
	"bytes"
	"context"
	"html/template"
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// layoutStub stands in for the staff UI's layout: it runs "content" and
// defines "csrf" the same way.
const layoutStub = `{{define "layout"}}<title>{{template "title" .}}</title>{{template "content" .}}{{end}}` +
	`{{define "csrf"}}<input type="hidden" name="csrf" value="{{.Q.CSRF}}">{{end}}`

func TestMatchPage(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	svc := newService(t, st)
	doc := addLead(t, st, doctor(0, "整形外科", "岐阜県", lead.FullTime), "doc@example.jp", store.StatusNew)
	near := addLead(t, st, post(0, "整形外科", "長野県", lead.FullTime), "a@hosp.example.jp", store.StatusNew)
	addLead(t, st, post(0, "整形外科", "沖縄県", lead.FullTime), "", store.StatusNew)
	p, err := svc.Propose(ctx, doc, near, "", Actor{Name: "suzuki"})
	if err != nil {
		t.Fatal(err)
	}

	fsys, pattern := PageTemplates()
	tmpl := template.Must(template.Must(template.New("layout").Parse(layoutStub)).ParseFS(fsys, pattern))
	v, err := svc.View(ctx, doc, 10)
	if err != nil {
		t.Fatal(err)
	}
	data := struct {
		Q    struct{ CSRF string }
		Data *MatchView
	}{struct{ CSRF string }{"tok<en>"}, v}
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "layout", data); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		"マッチング — 問い合わせ #1",
		`id="suggestion-2"`, `id="suggestion-3"`,
		"隣県: 岐阜県 ↔ 長野県",
		"診療科 整形外科／地域 岐阜県／勤務形態 常勤",
		"両者に紹介メールを送る",
		`id="proposal-1"`, "提案（suzuki）",
		`action="/proposals/1/introduced"`, `action="/proposals/1/declined"`,
		`value="tok&lt;en&gt;"`,
		`action="/leads/1/proposals"`,
		`<a href="#proposal-1">提案 #1</a> で提案済み`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Index(page, `id="suggestion-2"`) > strings.Index(page, `id="suggestion-3"`) {
		t.Error("the neighbouring post is not listed above the distant one")
	}
	if n := strings.Count(page, `action="/leads/1/proposals"`); n != 1 {
		t.Errorf("%d proposal forms, want 1 (the proposed post has none)", n)
	}
	if strings.Contains(page, `action="/proposals/1/placed"`) {
		t.Error("a proposed (not yet accepted) proposal offers placement")
	}
	if p.ID != 1 {
		t.Fatalf("proposal id %d", p.ID)
	}
}
