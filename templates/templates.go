// Package templates holds the mail that madoguchi writes by itself: the
// acknowledgement of an inquiry, the confirmation of an unsubscribe, the
// inquirer follow-up and the staff reminder. Each is a Japanese UTF-8 mail
// with a text part (NAME.txt) and an HTML part (NAME.html); the text template
// defines the subject as {{define "subject"}}.
package templates

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"strings"
	texttemplate "text/template"
)

//go:embed *.txt *.html
var files embed.FS

// Names of the templates.
const (
	Ack            = "ack"
	Unsubscribed   = "unsubscribed"
	Followup       = "followup"
	ReviewReminder = "review_reminder"
)

// Org is the secretariat as named in every mail.
type Org struct {
	Name, Address, Phone, Email, Website string
}

// Data is what the templates may use.
type Data struct {
	Org         Org
	Ref         string // lead reference, e.g. MD2-000123
	Name        string // the writer's name, "" when unknown
	Category    string // Japanese label of the category
	Specialties []string
	Prefectures []string
	Missing     []string // what we ask the writer to tell us
	Subject     string   // subject of the mail we answer
	LeadURL     string   // staff reminders: link to the lead
	Received    string   // staff reminders: when the lead arrived (JST)
}

// Mail is a rendered mail.
type Mail struct {
	Subject, Text, HTML string
}

// Set is the parsed templates.
type Set struct {
	text *texttemplate.Template
	html *htmltemplate.Template
}

var funcs = map[string]any{"join": strings.Join}

// Load parses the embedded templates.
func Load() (*Set, error) {
	t, err := texttemplate.New("").Funcs(funcs).ParseFS(files, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	h, err := htmltemplate.New("").Funcs(funcs).ParseFS(files, "*.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	return &Set{text: t, html: h}, nil
}

// Render renders the named mail.
func (s *Set) Render(name string, d Data) (Mail, error) {
	var subj, text, html bytes.Buffer
	if err := s.text.ExecuteTemplate(&subj, name+"_subject", d); err != nil {
		return Mail{}, fmt.Errorf("template %s: subject: %w", name, err)
	}
	if err := s.text.ExecuteTemplate(&text, name+".txt", d); err != nil {
		return Mail{}, fmt.Errorf("template %s: text: %w", name, err)
	}
	if err := s.html.ExecuteTemplate(&html, name+".html", d); err != nil {
		return Mail{}, fmt.Errorf("template %s: html: %w", name, err)
	}
	return Mail{
		Subject: strings.TrimSpace(subj.String()),
		Text:    strings.TrimLeft(text.String(), "\n"),
		HTML:    html.String(),
	}, nil
}
