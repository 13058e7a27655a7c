package decode

import (
	"strings"
	"testing"
	"time"
)

func subjectMail(subject string) []byte {
	return buildMail([]string{
		"From: a@example.jp",
		"Subject: " + subject,
		"Content-Type: text/plain; charset=us-ascii",
	}, []byte("body\r\n"))
}

// TestSubjects covers robustness A2, A6, A7 and E5 for headers: encoded-words
// split mid-character or mid-escape-state, vendor labels, raw 8-bit and raw
// JIS values, unknown labels and folded values.
func TestSubjects(t *testing.T) {
	const subj = "【医師求人】医師募集のお知らせ（北海道）"
	j := jis(t, subj)  // ESC $ B ... ESC ( B
	s := sjis(t, subj) // 2-byte characters from offset 0
	u := []byte(subj)  // 3 bytes per character
	// ISO-2022-JP split after the designation and 3 characters, so that
	// the second word carries on in two-byte mode without ESC $ B.
	jisState := bword("ISO-2022-JP", j[:9]) + " " + bword("ISO-2022-JP", j[9:])
	// Split in the middle of a two-byte character.
	jisMid := bword("ISO-2022-JP", j[:8]) + "\r\n " + bword("ISO-2022-JP", j[8:])
	sjisMid := bword("Shift_JIS", s[:3]) + " " + bword("Shift_JIS", s[3:])
	utf8Mid := bword("UTF-8", u[:4]) + "\r\n\t" + bword("UTF-8", u[4:])
	// One byte that is no Shift_JIS character inside a word.
	badByte := bword("shift_jis", cat(sjis(t, "医師"), []byte{0xFF}, sjis(t, "募集")))

	tests := []struct {
		name    string
		raw     string
		want    string
		invalid int
		problem string
	}{
		{"plain ASCII", "Inquiry about positions", "Inquiry about positions", 0, ""},
		{"ISO-2022-JP B word", bword("ISO-2022-JP", j), subj, 0, ""},
		{"ISO-2022-JP Q word lower case", "=?iso-2022-jp?Q?" + qEncode(j) + "?=", subj, 0, ""},
		{"A6 ISO-2022-JP state across words", jisState, subj, 0, ""},
		{"A6 ISO-2022-JP split mid-character", jisMid, subj, 0, ""},
		{"A6 Shift_JIS split mid-character", sjisMid, subj, 0, ""},
		{"A6 UTF-8 split mid-character, folded CRLF TAB", utf8Mid, subj, 0, ""},
		{"A7 cp932 word", bword("cp932", sjis(t, "①㈱髙")), "①㈱髙", 0, ""},
		{"A7 ms932 word", bword("ms932", sjis(t, "①㈱髙")), "①㈱髙", 0, ""},
		{"A7 windows-31j word", bword("Windows-31J", s), subj, 0, ""},
		{"A7 x-sjis word", bword("x-sjis", s), subj, 0, ""},
		{"EUC-JP word", bword("EUC-JP", eucjp(t, subj)), subj, 0, ""},
		{"RFC 2231 language in word", "=?ISO-2022-JP*ja?B?" + b64(j) + "?=", subj, 0, ""},
		{"A7 unknown label sniffed", bword("x-unknown", s), subj, 0, "unknown charset"},
		{"A2 one bad byte", badByte, "医師\uFFFD募集", 1, "U+FFFD"},
		{"A2 malformed word kept, rest decoded", "=?UTF-8?B?***?= " + bword("UTF-8", u), "=?UTF-8?B?***?= " + subj, 0, "malformed encoded-words"},
		{"word and ASCII text", "Re: " + bword("UTF-8", []byte("ご相談")) + " (2)", "Re: ご相談 (2)", 0, ""},
		{"words of different charsets", bword("UTF-8", []byte("医師")) + " " + bword("ISO-2022-JP", jis(t, "募集")), "医師募集", 0, ""},
		{"raw 8-bit Shift_JIS", string(s), subj, 0, ""},
		{"raw 8-bit EUC-JP", string(eucjp(t, subj)), subj, 0, ""},
		{"raw ISO-2022-JP escapes", string(j), subj, 0, ""},
		{"raw UTF-8 (RFC 6532)", subj, subj, 0, ""},
		{"E5 folded with CRLF TAB", "Mail delivery\r\n\tfailed", "Mail delivery failed", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, subjectMail(tt.raw))
			if m.Subject != tt.want {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.want)
			}
			if got := m.Header["Subject"]; len(got) != 1 || got[0] != tt.want {
				t.Errorf("Header[Subject] = %q, want [%q]", got, tt.want)
			}
			if m.InvalidChars != tt.invalid {
				t.Errorf("InvalidChars = %d, want %d", m.InvalidChars, tt.invalid)
			}
			if tt.problem == "" && len(m.Problems) > 0 {
				t.Errorf("unexpected problems %q", m.Problems)
			}
			if tt.problem != "" && !hasProblem(m, tt.problem) {
				t.Errorf("problems %q lack %q", m.Problems, tt.problem)
			}
		})
	}
}

func b64(b []byte) string {
	w := bword("x", b)
	return strings.TrimSuffix(strings.TrimPrefix(w, "=?x?B?"), "?=")
}

// qEncode Q-encodes every byte that is not a letter or digit.
func qEncode(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			s.WriteByte(c)
			continue
		}
		s.WriteString("=" + strings.ToUpper(string("0123456789abcdef"[c>>4])+string("0123456789abcdef"[c&15])))
	}
	return s.String()
}

// TestAddresses covers From/To parsing: encoded and raw display names, the
// quoted encoded-word that RFC 2047 forbids but clients send, and a From
// without an address (robustness B1).
func TestAddresses(t *testing.T) {
	name := "髙橋 誠一"
	tests := []struct {
		name     string
		from     string
		wantName string
		wantAddr string
		problem  bool
	}{
		{"F1 encoded display name", bword("ISO-2022-JP", jis(t, name)) + " <taka@example.jp>", name, "taka@example.jp", false},
		{"F2 raw 8-bit Shift_JIS name", string(sjis(t, name)) + " <taka@example.jp>", name, "taka@example.jp", false},
		{"F2 raw JIS name", string(jis(t, name)) + " <taka@example.jp>", name, "taka@example.jp", false},
		{"F3 quoted encoded-word", `"` + bword("ISO-2022-JP", jis(t, name)) + `" <taka@example.jp>`, name, "taka@example.jp", false},
		{"split words in name", bword("UTF-8", []byte(name)[:4]) + " " + bword("UTF-8", []byte(name)[4:]) + " <taka@example.jp>", name, "taka@example.jp", false},
		{"quoted name with comma", `"Takahashi, Seiichi" <taka@example.jp>`, "Takahashi, Seiichi", "taka@example.jp", false},
		{"escaped quotes", `"Ono \"Jimu\" Taro" <ono@example.jp>`, `Ono "Jimu" Taro`, "ono@example.jp", false},
		{"comment form", "MAILER-DAEMON@mx.example.org (Mail Delivery System)", "Mail Delivery System", "MAILER-DAEMON@mx.example.org", false},
		{"bare address", "taka@example.jp", "", "taka@example.jp", false},
		{"bare angle address", "<taka@example.jp>", "", "taka@example.jp", false},
		{"B1 no address", "Takahashi Seiichi", "Takahashi Seiichi", "", true},
		{"B1 empty angle", "Takahashi <>", "Takahashi", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := buildMail([]string{"From: " + tt.from, "Subject: x"}, []byte("body\r\n"))
			m := mustParse(t, raw)
			if m.From == nil {
				t.Fatalf("From = nil")
			}
			if m.From.Name != tt.wantName || m.From.Address != tt.wantAddr {
				t.Errorf("From = %q <%s>, want %q <%s>", m.From.Name, m.From.Address, tt.wantName, tt.wantAddr)
			}
			if got := hasProblem(m, "from: no address"); got != tt.problem {
				t.Errorf("no-address problem = %v, want %v (%q)", got, tt.problem, m.Problems)
			}
		})
	}
}

func TestAddressLists(t *testing.T) {
	raw := buildMail([]string{
		"From: a@example.jp",
		`To: "Ono, Jimu" <md@example.org>, ` + bword("UTF-8", []byte("事務局")) + " <desk@example.org>",
		"Cc: undisclosed-recipients:;",
		"Reply-To: reply@example.jp",
		"Message-ID: <abc@example.jp>",
		"In-Reply-To: <x1@example.org>",
		"References: <x0@example.org>\r\n\t<x1@example.org>",
		"Date: Tue, 8 Mar 2022 10:00:47 +0900 (JST)",
	}, []byte("body\r\n"))
	m := mustParse(t, raw)
	if len(m.To) != 2 || m.To[0].Name != "Ono, Jimu" || m.To[0].Address != "md@example.org" ||
		m.To[1].Name != "事務局" || m.To[1].Address != "desk@example.org" {
		t.Errorf("To = %v", m.To)
	}
	if len(m.Cc) != 0 {
		t.Errorf("Cc = %v, want none", m.Cc)
	}
	if len(m.ReplyTo) != 1 || m.ReplyTo[0].Address != "reply@example.jp" {
		t.Errorf("ReplyTo = %v", m.ReplyTo)
	}
	if m.MessageID != "abc@example.jp" {
		t.Errorf("MessageID = %q", m.MessageID)
	}
	if strings.Join(m.InReplyTo, " ") != "x1@example.org" || strings.Join(m.References, " ") != "x0@example.org x1@example.org" {
		t.Errorf("InReplyTo = %q, References = %q", m.InReplyTo, m.References)
	}
	if m.Date.IsZero() || m.Date.Format("2006-01-02T15:04:05-07:00") != "2022-03-08T10:00:47+09:00" {
		t.Errorf("Date = %v", m.Date)
	}
}

// TestFilenames covers attachment names: RFC 2047 inside quotes, RFC 2231 in
// any charset with continuations, and raw 8-bit names.
func TestFilenames(t *testing.T) {
	const fname = "履歴書_髙橋.pdf"
	tests := []struct {
		name string
		disp string
	}{
		{"RFC 2047 in quotes", `attachment; filename="` + bword("ISO-2022-JP", jis(t, fname)) + `"`},
		{"RFC 2231 iso-2022-jp", "attachment; filename*=iso-2022-jp''" + pct(jis(t, fname))},
		{"RFC 2231 shift_jis", "attachment; filename*=shift_jis'ja'" + pct(sjis(t, fname))},
		{"RFC 2231 UTF-8", "attachment; filename*=UTF-8''" + pct([]byte(fname))},
		{"RFC 2231 continuations", "attachment;\r\n filename*0*=UTF-8''" + pct([]byte(fname)[:7]) + ";\r\n filename*1*=" + pct([]byte(fname)[7:])},
		{"RFC 2231 continuations out of order", "attachment; filename*1*=" + pct([]byte(fname)[7:]) + "; filename*0*=UTF-8''" + pct([]byte(fname)[:7])},
		{"raw 8-bit Shift_JIS", `attachment; filename="` + string(sjis(t, fname)) + `"`},
		{"raw UTF-8", `attachment; filename="` + fname + `"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := buildMail([]string{
				"From: a@example.jp",
				`Content-Type: multipart/mixed; boundary="b1"`,
			}, []byte("--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n"+
				"--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"+
				"Content-Disposition: "+tt.disp+"\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n"))
			m := mustParse(t, raw)
			if len(m.Attachments) != 1 {
				t.Fatalf("Attachments = %d, want 1", len(m.Attachments))
			}
			a := m.Attachments[0]
			if a.Filename != fname {
				t.Errorf("Filename = %q, want %q", a.Filename, fname)
			}
			if a.ContentType != "application/pdf" || string(a.Data) != "%PDF-1.4\n" || a.Size != 9 {
				t.Errorf("attachment = %q %q size %d", a.ContentType, a.Data, a.Size)
			}
			if m.Text != "hello" {
				t.Errorf("Text = %q", m.Text)
			}
		})
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mon, 12 Oct 2020 09:41:27 +0900", "2020-10-12T09:41:27+09:00"},
		{"Tue,  8 Mar 2022 10:00:47 +0900 (JST)", "2022-03-08T10:00:47+09:00"},
		{"12 Oct 2020 09:41:27 +0900", "2020-10-12T09:41:27+09:00"},
		{"Wed, 31 Mar 2021 16:40:12 GMT", "2021-03-31T16:40:12Z"},
		{"Mon, 12 Oct 20 09:41:27 +0900", "2020-10-12T09:41:27+09:00"},
		{"2020/10/12 09:41:27", "2020-10-12T09:41:27Z"},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if err != nil || got.Format(time.RFC3339) != tt.want {
			t.Errorf("parseDate(%q) = %v, %v; want %s", tt.in, got.Format(time.RFC3339), err, tt.want)
		}
	}
	if _, err := parseDate("someday"); err == nil {
		t.Errorf("parseDate(someday) succeeded")
	}
}
