package decode

import (
	"strings"
	"testing"
)

func TestUnflow(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		delSp bool
		want  string
	}{
		{"soft breaks joined, delsp=yes", "医師募集の \nお知らせです。\n次の行\n", true, "医師募集のお知らせです。\n次の行\n"},
		{"soft breaks joined, delsp=no", "Dear Sir or \nMadam,\nthanks\n", false, "Dear Sir or Madam,\nthanks\n"},
		{"space-stuffing removed", " From here\n >not a quote\n", false, "From here\n>not a quote\n"},
		{"signature separator kept", "text\n-- \nsignature\n", true, "text\n-- \nsignature\n"},
		{"quoted lines joined within depth", "> quoted \n> line\n>> deeper\n", false, "> quoted line\n>> deeper\n"},
		{"depth change ends paragraph", "> soft \nplain\n", false, "> soft \nplain\n"},
		{"hard breaks untouched", "a\nb\n\nc", false, "a\nb\n\nc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unflow(tt.in, tt.delSp); got != tt.want {
				t.Errorf("unflow(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFlowedMail(t *testing.T) {
	body := cat(jis(t, "はじめまして。大分県竹田市の "), []byte("\r\n"), jis(t, "後藤と申します。"), []byte("\r\n"))
	m := mustParse(t, textMail("text/plain; charset=ISO-2022-JP; format=flowed; delsp=yes", "7bit", body))
	if want := "はじめまして。大分県竹田市の後藤と申します。\n"; m.Text != want {
		t.Errorf("Text = %q, want %q", m.Text, want)
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"paragraphs and breaks", "<p>拝啓&nbsp;晩秋の候</p><p>一行目<br>二行目</p>", "拝啓 晩秋の候\n\n一行目\n二行目"},
		{"entities", "<div>A &amp; B &lt;tag&gt; &#x9AD9;&#26716;</div>", "A & B <tag> 髙桜"},
		{"script and style dropped", "<html><head><title>t</title><style>p{color:red}</style></head><body><script>alert(1)</script><p>本文</p></body></html>", "本文"},
		{"whitespace collapsed", "<div>a\n   b\t c</div>", "a b c"},
		{"inline elements", "<p>電話：<b>090</b>-<span>1234</span></p>", "電話：090-1234"},
		{"lists and tables", "<ul><li>一</li><li>二</li></ul><table><tr><td>a</td><td>b</td></tr></table>", "一\n二\n\na\tb"},
		{"pre kept", "<pre>a\n  b</pre>", "a\n  b"},
		{"unclosed tags", "<div><p>text", "text"},
		{"image alt", `<p><img src="x.png" alt="ロゴ">社名</p>`, "ロゴ社名"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlToText(tt.in); got != tt.want {
				t.Errorf("htmlToText = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLOnlyMail checks that an HTML-only mail becomes readable text and
// that text/plain wins in multipart/alternative.
func TestHTMLOnlyMail(t *testing.T) {
	html := sjis(t, "<html><body><div>はじめまして。</div><div>内科医の森田です。<br>よろしく&nbsp;お願いします。</div></body></html>")
	m := mustParse(t, textMail("text/html; charset=Shift_JIS", "quoted-printable", html))
	if want := "はじめまして。\n内科医の森田です。\nよろしく お願いします。"; m.Text != want {
		t.Errorf("Text = %q, want %q", m.Text, want)
	}
	if !strings.Contains(m.HTML, "<div>") {
		t.Errorf("HTML = %q", m.HTML)
	}

	alt := buildMail([]string{"From: a@example.jp", `Content-Type: multipart/alternative; boundary="x"`},
		[]byte("--x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain version\r\n"+
			"--x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>html version</p>\r\n--x--\r\n"))
	m = mustParse(t, alt)
	if m.Text != "plain version" || m.HTML != "<p>html version</p>" {
		t.Errorf("Text = %q, HTML = %q", m.Text, m.HTML)
	}

	// A <meta charset> is used when the MIME label is missing.
	meta := cat([]byte(`<html><head><meta charset="euc-jp"></head><body><p>`), eucjp(t, longJa), []byte("</p></body></html>"))
	m = mustParse(t, textMail("text/html", "8bit", meta))
	if m.Text != longJa {
		t.Errorf("Text = %q, want %q", m.Text, longJa)
	}
}

// TestHTMLManyLinks checks that a huge HTML part with many links is
// converted without blowing up (robustness B2).
func TestHTMLManyLinks(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 20000; i++ {
		b.WriteString(`<a href="https://example.com/x">リンク</a> `)
	}
	got := htmlToText("<p>" + b.String() + "</p>")
	if n := strings.Count(got, "リンク"); n != 20000 {
		t.Errorf("got %d links, want 20000", n)
	}
}

// TestAttachedParts covers a forwarded message/rfc822 part, decoded into
// Attachment.Message, and a body sent as a named text file.
func TestAttachedParts(t *testing.T) {
	inner := buildMail([]string{"From: " + bword("ISO-2022-JP", jis(t, "山田 太郎")) + " <taro@example.jp>",
		"Subject: " + bword("ISO-2022-JP", jis(t, "登録希望")), "Content-Type: text/plain; charset=ISO-2022-JP"}, jis(t, "整形外科医です。"))
	fwd := buildMail([]string{"From: desk@hospital.example.jp", `Content-Type: multipart/mixed; boundary="f"`},
		cat([]byte("--f\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n転送します。\r\n--f\r\nContent-Type: message/rfc822\r\n\r\n"), inner, []byte("\r\n--f--\r\n")))
	m := mustParse(t, fwd)
	if m.Text != "転送します。" || len(m.Attachments) != 1 {
		t.Fatalf("Text = %q, %d attachments", m.Text, len(m.Attachments))
	}
	sub := m.Attachments[0].Message
	if sub == nil || sub.Subject != "登録希望" || sub.From == nil || sub.From.Name != "山田 太郎" || sub.Text != "整形外科医です。" {
		t.Errorf("attached message = %+v", sub)
	}

	named := textMail(`text/plain; charset=Shift_JIS; name="mail.txt"`, "8bit", sjis(t, "本文です"))
	m = mustParse(t, named)
	if m.Text != "本文です" || len(m.Attachments) != 1 || m.Attachments[0].Filename != "mail.txt" {
		t.Errorf("Text = %q, attachments %+v", m.Text, m.Attachments)
	}
	if m.Charsets[0] != "cp932" {
		t.Errorf("Charsets = %q", m.Charsets)
	}
}
