package outreach

import (
	"strings"
	"text/template/parse"
)

// A plan is a campaign template flattened into steps over the recipient's
// fields, so that a mail is rendered by copying text and fields instead of
// walking the template with reflection. Only templates that print fields
// (plain or through html/template's escapers), test them for emptiness
// (if/with), call basis, and include other templates with the same dot
// compile to a plan; anything else is rendered by the template itself.
//
// A printed value goes through the escapers html/template chose for its
// place. The plan does not reimplement them: it checks that the value holds
// no byte that any of them would change, which is the case for nearly every
// name, address and link; when a value does, the plan reports it and the
// template renders that mail (see Compiled.Render).
type plan struct {
	steps []step
}

type stepKind uint8

const (
	stepText  stepKind = iota // write text
	stepPrint                 // write a field (through fn), if the escapers leave it unchanged
	stepCond                  // run then when the field is not empty, else els
)

type step struct {
	kind  stepKind
	text  string
	field field
	fn    func(string) string // stepPrint: applied to the field first (basis), or nil
	safe  []func(string) bool // stepPrint: every escaper leaves the value unchanged
	then  *plan
	els   *plan
}

// field names one string the templates can see.
type field uint8

const (
	fieldNone field = iota
	fieldName
	fieldOrganization
	fieldPrefecture
	fieldEmail
	fieldKind
	fieldBasis
	fieldUnsubscribeURL
	fieldSubject
	fieldOrgName
	fieldOrgAddress
	fieldOrgPhone
	fieldOrgEmail
	fieldOrgWebsite
)

func fieldOf(ident []string) field {
	switch strings.Join(ident, ".") {
	case "Name":
		return fieldName
	case "Organization":
		return fieldOrganization
	case "Prefecture":
		return fieldPrefecture
	case "Email":
		return fieldEmail
	case "Kind":
		return fieldKind
	case "Basis":
		return fieldBasis
	case "UnsubscribeURL":
		return fieldUnsubscribeURL
	case "Subject":
		return fieldSubject
	case "Org.Name":
		return fieldOrgName
	case "Org.Address":
		return fieldOrgAddress
	case "Org.Phone":
		return fieldOrgPhone
	case "Org.Email":
		return fieldOrgEmail
	case "Org.Website":
		return fieldOrgWebsite
	}
	return fieldNone
}

func (f field) of(d *Data) string {
	switch f {
	case fieldName:
		return d.Name
	case fieldOrganization:
		return d.Organization
	case fieldPrefecture:
		return d.Prefecture
	case fieldEmail:
		return d.Email
	case fieldKind:
		return d.Kind
	case fieldBasis:
		return d.Basis
	case fieldUnsubscribeURL:
		return d.UnsubscribeURL
	case fieldSubject:
		return d.Subject
	case fieldOrgName:
		return d.Org.Name
	case fieldOrgAddress:
		return d.Org.Address
	case fieldOrgPhone:
		return d.Org.Phone
	case fieldOrgEmail:
		return d.Org.Email
	case fieldOrgWebsite:
		return d.Org.Website
	}
	return ""
}

// planFuncs are the template functions a plan can call (see Compile).
var planFuncs = map[string]func(string) string{"basis": basisText}

// escaperSafe tells, for each html/template escaper a plan accepts, whether
// it leaves a value unchanged. Each test is stricter than the escaper.
var escaperSafe = map[string]func(string) bool{
	"_html_template_htmlescaper":   htmlSafe,
	"_html_template_rcdataescaper": htmlSafe,
	"_html_template_attrescaper":   htmlSafe,
	"_html_template_urlfilter":     urlFilterSafe,
	"_html_template_urlnormalizer": urlNormalizerSafe,
	"_html_template_urlescaper":    urlEscaperSafe,
}

// htmlSafe: no byte that html/template's HTML, RCDATA or attribute escaping
// replaces (NUL " & ' + < >).
func htmlSafe(s string) bool {
	return !strings.ContainsAny(s, "\x00\"&'+<>")
}

// urlFilterSafe: no scheme, or http, https or mailto.
func urlFilterSafe(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || strings.Contains(scheme, "/") {
		return true
	}
	return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
}

// urlNormalizerSafe: only bytes the URL normaliser keeps as they are.
func urlNormalizerSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("-._~!#$&*+,/:;=?@[]", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// urlEscaperSafe: only unreserved bytes (RFC 3986 2.3), which the URL
// escaper keeps as they are.
func urlEscaperSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
		default:
			return false
		}
	}
	return true
}

// planCompiler flattens trees; lookup finds an included template's tree.
type planCompiler struct {
	lookup func(name string) *parse.Tree
	html   bool // escapers are expected (and required) on printed values
	depth  int
}

// compilePlan returns the tree's plan, or nil when the template does more
// than a plan can do.
func compilePlan(tree *parse.Tree, html bool, lookup func(string) *parse.Tree) *plan {
	if tree == nil || tree.Root == nil {
		return nil
	}
	c := &planCompiler{lookup: lookup, html: html}
	p := &plan{}
	if !c.list(p, tree.Root, fieldNone) {
		return nil
	}
	return p
}

// list compiles a list of nodes; dot is fieldNone for the Data itself, or
// the field that with set as dot.
func (c *planCompiler) list(p *plan, l *parse.ListNode, dot field) bool {
	if l == nil {
		return true
	}
	for _, n := range l.Nodes {
		if !c.node(p, n, dot) {
			return false
		}
	}
	return true
}

func (c *planCompiler) node(p *plan, n parse.Node, dot field) bool {
	switch n := n.(type) {
	case *parse.TextNode:
		p.steps = append(p.steps, step{kind: stepText, text: string(n.Text)})
		return true
	case *parse.CommentNode:
		return true
	case *parse.ActionNode:
		return c.print(p, n.Pipe, dot)
	case *parse.IfNode:
		return c.cond(p, &n.BranchNode, dot, false)
	case *parse.WithNode:
		return c.cond(p, &n.BranchNode, dot, true)
	case *parse.TemplateNode:
		if n.Pipe == nil || len(n.Pipe.Decl) > 0 || len(n.Pipe.Cmds) != 1 || len(n.Pipe.Cmds[0].Args) != 1 {
			return false
		}
		if _, ok := n.Pipe.Cmds[0].Args[0].(*parse.DotNode); !ok || dot != fieldNone || c.depth > 8 {
			return false
		}
		t := c.lookup(n.Name)
		if t == nil || t.Root == nil {
			return false
		}
		c.depth++
		defer func() { c.depth-- }()
		return c.list(p, t.Root, dot)
	}
	return false
}

// value resolves an argument to a field: .Field on the Data, or . inside
// a with.
func (c *planCompiler) value(arg parse.Node, dot field) field {
	switch a := arg.(type) {
	case *parse.DotNode:
		return dot // fieldNone when dot is the Data: not a string
	case *parse.FieldNode:
		if dot != fieldNone {
			return fieldNone
		}
		return fieldOf(a.Ident)
	}
	return fieldNone
}

func (c *planCompiler) print(p *plan, pipe *parse.PipeNode, dot field) bool {
	if pipe == nil || len(pipe.Decl) > 0 || len(pipe.Cmds) == 0 {
		return false
	}
	s := step{kind: stepPrint}
	first := pipe.Cmds[0].Args
	switch len(first) {
	case 1:
		s.field = c.value(first[0], dot)
	case 2:
		id, ok := first[0].(*parse.IdentifierNode)
		if !ok || planFuncs[id.Ident] == nil {
			return false
		}
		s.fn = planFuncs[id.Ident]
		s.field = c.value(first[1], dot)
	}
	if s.field == fieldNone {
		return false
	}
	for _, cmd := range pipe.Cmds[1:] {
		if len(cmd.Args) != 1 {
			return false
		}
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok || !c.html || escaperSafe[id.Ident] == nil {
			return false
		}
		s.safe = append(s.safe, escaperSafe[id.Ident])
	}
	if c.html && len(s.safe) == 0 {
		return false
	}
	p.steps = append(p.steps, s)
	return true
}

func (c *planCompiler) cond(p *plan, b *parse.BranchNode, dot field, with bool) bool {
	if b.Pipe == nil || len(b.Pipe.Decl) > 0 || len(b.Pipe.Cmds) != 1 || len(b.Pipe.Cmds[0].Args) != 1 {
		return false
	}
	f := c.value(b.Pipe.Cmds[0].Args[0], dot)
	if f == fieldNone {
		return false
	}
	s := step{kind: stepCond, field: f, then: &plan{}, els: &plan{}}
	inner := dot
	if with {
		inner = f
	}
	if !c.list(s.then, b.List, inner) || !c.list(s.els, b.ElseList, dot) {
		return false
	}
	p.steps = append(p.steps, s)
	return true
}

// run appends the plan's output for d to buf. ok is false when a value
// would be changed by its escapers: the template must render this mail.
func (p *plan) run(buf []byte, d *Data) ([]byte, bool) {
	for i := range p.steps {
		s := &p.steps[i]
		switch s.kind {
		case stepText:
			buf = append(buf, s.text...)
		case stepPrint:
			v := s.field.of(d)
			if s.fn != nil {
				v = s.fn(v)
			}
			for _, safe := range s.safe {
				if !safe(v) {
					return buf, false
				}
			}
			buf = append(buf, v...)
		case stepCond:
			next := s.els
			if s.field.of(d) != "" {
				next = s.then
			}
			var ok bool
			if buf, ok = next.run(buf, d); !ok {
				return buf, false
			}
		}
	}
	return buf, true
}
