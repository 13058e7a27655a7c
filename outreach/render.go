package outreach

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	htemplate "html/template"
	"io"
	"io/fs"
	"strings"
	ttemplate "text/template"
	"text/template/parse"

	"github.com/md2-rm/madoguchi/templates"
)

// Org is the sender named in every campaign mail (the org.* configuration).
type Org struct {
	Name    string
	Address string
	Phone   string
	Email   string
	Website string
}

// Data is what a campaign template sees for one recipient.
type Data struct {
	Name           string
	Organization   string
	Prefecture     string
	Email          string
	Kind           string
	Basis          string // "consent", "published" or "test": why this address is mailed
	UnsubscribeURL string
	Subject        string // the rendered subject, for the HTML title
	Org            Org
}

// Content is a campaign's template sources.
type Content struct {
	Subject string
	Text    string
	HTML    string // optional
}

// BuiltinContent returns the built-in newsletter template.
func BuiltinContent() (Content, error) {
	fsys := templates.Campaign()
	read := func(name string) (string, error) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", fmt.Errorf("outreach: template %s: %w", name, err)
		}
		return string(b), nil
	}
	var c Content
	var err error
	if c.Subject, err = read("newsletter.subject.tmpl"); err != nil {
		return c, err
	}
	if c.Text, err = read("newsletter.txt.tmpl"); err != nil {
		return c, err
	}
	if c.HTML, err = read("newsletter.html.tmpl"); err != nil {
		return c, err
	}
	c.Subject = strings.TrimSpace(c.Subject)
	return c, nil
}

// basisText explains why the address is mailed (optional by law, but it
// cuts complaints).
func basisText(basis string) string {
	switch basis {
	case "consent":
		return "このメールは、配信を希望された方にお送りしています。"
	case "published":
		return "このメールは、業務用に公開されているメールアドレス宛にお送りしています。"
	case "test":
		return "（これは送信前の確認のためのテスト送信です。）"
	}
	return ""
}

// Compiled is a campaign's parsed templates with the shared footer, and
// their plans (nil when a template is beyond what a plan can do).
type Compiled struct {
	subject *ttemplate.Template
	text    *ttemplate.Template
	html    *htemplate.Template // nil when the campaign has no HTML part

	subjectPlan, textPlan, htmlPlan *plan
}

// Compile parses a campaign's templates with the shared footer.
func Compile(c Content) (*Compiled, error) {
	fsys := templates.Campaign()
	funcs := map[string]any{"basis": basisText}
	subject, err := ttemplate.New("subject").Funcs(funcs).Option("missingkey=error").Parse(c.Subject)
	if err != nil {
		return nil, fmt.Errorf("outreach: subject template: %w", err)
	}
	footerText, err := fs.ReadFile(fsys, "footer.txt.tmpl")
	if err != nil {
		return nil, fmt.Errorf("outreach: footer: %w", err)
	}
	text, err := ttemplate.New("text").Funcs(funcs).Option("missingkey=error").Parse(string(footerText))
	if err == nil {
		_, err = text.New("body").Parse(c.Text)
	}
	if err != nil {
		return nil, fmt.Errorf("outreach: text template: %w", err)
	}
	out := &Compiled{subject: subject, text: text.Lookup("body")}
	if strings.TrimSpace(c.HTML) != "" {
		footerHTML, err := fs.ReadFile(fsys, "footer.html.tmpl")
		if err != nil {
			return nil, fmt.Errorf("outreach: footer: %w", err)
		}
		h, err := htemplate.New("html").Funcs(funcs).Option("missingkey=error").Parse(string(footerHTML))
		if err == nil {
			_, err = h.New("body").Parse(c.HTML)
		}
		if err != nil {
			return nil, fmt.Errorf("outreach: HTML template: %w", err)
		}
		out.html = h.Lookup("body")
	}
	out.plan()
	return out, nil
}

// plan compiles the templates' plans. html/template settles its escaping
// when first executed, so the HTML part is executed once for that.
func (c *Compiled) plan() {
	textLookup := func(t *ttemplate.Template) func(string) *parse.Tree {
		return func(name string) *parse.Tree {
			if x := t.Lookup(name); x != nil {
				return x.Tree
			}
			return nil
		}
	}
	c.subjectPlan = compilePlan(c.subject.Tree, false, textLookup(c.subject))
	c.textPlan = compilePlan(c.text.Tree, false, textLookup(c.text))
	if c.html != nil && c.html.Execute(io.Discard, &Data{}) == nil {
		c.htmlPlan = compilePlan(c.html.Tree, true, func(name string) *parse.Tree {
			if x := c.html.Lookup(name); x != nil {
				return x.Tree
			}
			return nil
		})
	}
}

// Rendered is one recipient's mail before MIME encoding.
type Rendered struct {
	Subject string
	Text    string
	HTML    string
}

// Render renders the campaign for one recipient: by each part's plan when
// it has one and the recipient's values pass it, else by the template.
func (c *Compiled) Render(d *Data) (Rendered, error) {
	var r Rendered
	var buf bytes.Buffer
	var scratch []byte
	part := func(p *plan, exec func(io.Writer, any) error) (string, error) {
		if p != nil {
			if scratch == nil {
				scratch = make([]byte, 0, 8<<10)
			}
			b, ok := p.run(scratch[:0], d)
			if ok {
				return string(b), nil
			}
		}
		buf.Reset()
		if err := exec(&buf, d); err != nil {
			return "", err
		}
		return buf.String(), nil
	}
	subject, err := part(c.subjectPlan, c.subject.Execute)
	if err != nil {
		return r, fmt.Errorf("outreach: render subject: %w", err)
	}
	r.Subject = strings.Join(strings.Fields(subject), " ")
	d.Subject = r.Subject
	if r.Text, err = part(c.textPlan, c.text.Execute); err != nil {
		return r, fmt.Errorf("outreach: render text: %w", err)
	}
	if c.html != nil {
		if r.HTML, err = part(c.htmlPlan, c.html.Execute); err != nil {
			return r, fmt.Errorf("outreach: render HTML: %w", err)
		}
	}
	return r, nil
}

// ErrMissingLabels is returned when a campaign's mail would lack one of the
// labels the law requires; such a campaign cannot be scheduled.
var ErrMissingLabels = errors.New("the mail lacks mandatory labels")

// probeURL stands for the unsubscribe link when checking labels.
const probeURL = "https://madoguchi.invalid/u/label-check"

// CheckLabels renders the campaign for a sample recipient and checks that
// both parts carry the sender's name, postal address, contact address, the
// opt-out statement and a working opt-out link (法4条).
func CheckLabels(c *Compiled, org Org) error {
	var missing []string
	if strings.TrimSpace(org.Name) == "" {
		missing = append(missing, "sender name (org.name)")
	}
	if strings.TrimSpace(org.Address) == "" {
		missing = append(missing, "postal address (org.address)")
	}
	if strings.TrimSpace(org.Email) == "" {
		missing = append(missing, "contact address (org.email)")
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %s", ErrMissingLabels, strings.Join(missing, ", "))
	}
	r, err := c.Render(&Data{Name: "確認 太郎", Organization: "確認病院", Prefecture: "東京都",
		Email: "label-check@madoguchi.invalid", Kind: KindPhysician, Basis: "consent", UnsubscribeURL: probeURL, Org: org})
	if err != nil {
		return err
	}
	labels := []struct{ what, value string }{
		{"sender name", org.Name},
		{"postal address", org.Address},
		{"contact address", org.Email},
		{"opt-out link", probeURL},
		{"opt-out statement", "配信停止"},
	}
	check := func(part, body string, escape bool) {
		for _, l := range labels {
			v := l.value
			if escape {
				v = html.EscapeString(v)
			}
			if !strings.Contains(body, v) && !strings.Contains(body, l.value) {
				missing = append(missing, part+": "+l.what)
			}
		}
	}
	check("text", r.Text, false)
	if c.html != nil {
		check("HTML", r.HTML, true)
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %s (include {{template \"footer\" .}})", ErrMissingLabels, strings.Join(missing, ", "))
	}
	return nil
}
