package outreach

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// renderByTemplate renders without plans, as the templates alone would.
func renderByTemplate(t *testing.T, c *Compiled, d Data) Rendered {
	t.Helper()
	slow := *c
	slow.subjectPlan, slow.textPlan, slow.htmlPlan = nil, nil, nil
	r, err := slow.Render(&d)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The plans must render exactly what the templates render, for any values,
// including those the escapers change (the plans hand those back).
func TestPlanRendersAsTemplates(t *testing.T) {
	builtin, err := BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	footer := `{{template "footer" .}}`
	contents := []struct {
		name    string
		content Content
		planned [3]bool // subject, text, HTML have a plan
	}{
		{"builtin", builtin, [3]bool{true, true, true}},
		{"fields everywhere", Content{
			Subject: `{{.Name}} 様 {{with .Prefecture}}({{.}}){{end}}`,
			Text:    "{{if .Organization}}{{.Organization}}{{else}}-{{end}} {{.Email}} {{.Kind}}\n" + footer,
			HTML: `<p title="{{.Name}}">{{.Name}}</p><a href="mailto:{{.Email}}">{{.Email}}</a>` +
				`<a href="{{.UnsubscribeURL}}?x={{.Kind}}">{{.Subject}}</a>` + footer,
		}, [3]bool{true, true, true}},
		{"beyond a plan", Content{
			Subject: `{{printf "%s!" .Name}}`,
			Text:    "{{$n := .Name}}{{$n}}\n{{if eq .Kind \"physician\"}}先生{{end}}\n" + footer,
			HTML:    `<script>var n = {{.Name}};</script><p style="color: {{.Prefecture}}">x</p>` + footer,
		}, [3]bool{false, false, false}},
	}
	values := []string{"", "医師 太郎", "O'Brien & <Sons>", "a+b@example.jp", "javascript:alert(1)",
		"https://example.jp/u/1.abc?x=1&y=2", "100%", "\x00", "\xff\xfe", "\ufdd0", "\"quoted\"", " spaced  out ",
		"ftp://x", "mailto:x@example.jp", "a:b/c", "line\nbreak", "{{.Name}}"}
	org := Org{Name: "窓口事務局", Address: "東京都千代田区1-1", Email: "info@example.jp", Phone: "03-0000-0000", Website: "https://example.jp"}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() string { return values[rng.IntN(len(values))] }
	for _, tc := range contents {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Compile(tc.content)
			if err != nil {
				t.Fatal(err)
			}
			if got := [3]bool{c.subjectPlan != nil, c.textPlan != nil, c.htmlPlan != nil}; got != tc.planned {
				t.Fatalf("plans %v, want %v", got, tc.planned)
			}
			planned := 0
			for i := 0; i < 400; i++ {
				d := Data{Name: pick(), Organization: pick(), Prefecture: pick(), Email: pick(), Kind: pick(),
					Basis: []string{"consent", "published", "test", ""}[i%4], UnsubscribeURL: pick(), Org: org}
				if i%7 == 0 {
					d.Org.Phone, d.Org.Website = "", ""
				}
				if i%11 == 0 {
					d.Org.Website = pick()
				}
				if i%13 == 0 {
					d.Org.Name = "窓口 <事務局>"
				}
				if i%2 == 0 {
					// Values that every escaper leaves alone, so that the
					// plans are used, not handed back.
					d.Name, d.Email, d.UnsubscribeURL = "医師 太郎", "doc@example.jp", "https://example.jp/u/1.abc"
				}
				want := renderByTemplate(t, c, d)
				d.Subject = want.Subject
				for _, p := range []*plan{c.subjectPlan, c.textPlan, c.htmlPlan} {
					if p != nil {
						if _, ok := p.run(nil, &d); ok {
							planned++
						}
					}
				}
				got, err := c.Render(&d)
				if err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Fatalf("values %+v:\nplan     %+v\ntemplate %+v", d, got, want)
				}
			}
			plans := 0
			for _, p := range tc.planned {
				if p {
					plans++
				}
			}
			if planned < plans*400/4 {
				t.Errorf("plans rendered %d of %d parts: too few to tell", planned, plans*400)
			}
		})
	}
}

func TestPlanHandsBackValuesTheEscapersChange(t *testing.T) {
	builtin, err := BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compile(builtin)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"医師 太郎", true},
		{"Tom & Jerry", false},
		{"<b>", false},
		{"a+b", false},
	} {
		d := Data{Name: tc.name, Org: Org{Name: "窓口", Address: "東京都", Email: "info@example.jp"}, Basis: "consent",
			UnsubscribeURL: "https://example.jp/u/1.abc"}
		_, ok := c.htmlPlan.run(nil, &d)
		if ok != tc.ok {
			t.Errorf("%q: plan ok %v, want %v", tc.name, ok, tc.ok)
		}
		// The text part has no escapers: every value goes through.
		text, ok := c.textPlan.run(nil, &d)
		if !ok || !bytes.Contains(text, []byte(tc.name)) {
			t.Errorf("%q: text plan ok %v: %s", tc.name, ok, text)
		}
	}
}

func TestEscaperSafetyTests(t *testing.T) {
	for _, tc := range []struct {
		fn   func(string) bool
		in   string
		want bool
	}{
		{htmlSafe, "医師 太郎 (外科)", true},
		{htmlSafe, "a&b", false},
		{htmlSafe, "a+b", false},
		{urlFilterSafe, "https://x", true},
		{urlFilterSafe, "MAILTO:x", true},
		{urlFilterSafe, "/a:b", true},
		{urlFilterSafe, "javascript:x", false},
		{urlNormalizerSafe, "https://x.jp/u/1.a-b_c~?q=1&r=2", true},
		{urlNormalizerSafe, "a b", false},
		{urlNormalizerSafe, "医", false},
		{urlNormalizerSafe, "100%41", false},
		{urlNormalizerSafe, "it's", false},
		{urlEscaperSafe, "a-b_c.d~9", true},
		{urlEscaperSafe, "a/b", false},
		{urlEscaperSafe, "a&b", false},
	} {
		if got := tc.fn(tc.in); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
	if !strings.Contains(basisText("consent"), "配信") {
		t.Fatal("basis text changed")
	}
}
