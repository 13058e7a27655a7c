package decode

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

const samplesDir = "../../testdata/samples"

type sample struct {
	name string
	raw  []byte
	gold struct {
		MessageID string `json:"message_id"`
		Category  string `json:"category"`
	}
}

func loadSamples(t testing.TB) []sample {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(samplesDir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 48 {
		t.Fatalf("found %d samples in %s, want at least 48", len(files), samplesDir)
	}
	var out []sample
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := sample{name: filepath.Base(f), raw: raw}
		js, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(js, &s.gold); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, s)
	}
	return out
}

// mojibake lists fragments that appear when Japanese text is decoded with
// the wrong charset: UTF-8 read as CP932 or Latin-1, EUC-JP read as CP932.
var mojibake = []string{"縺", "繧", "繝", "譁", "ã", "Ã", "â€", "､ｳ", "､ﾎ", "､ﾇ"}

// TestSamples decodes every labelled sample: no escape bytes, no U+FFFD, no
// mojibake, no undecoded encoded-words, the gold Message-ID, and a delivery
// report exactly for the bounces.
func TestSamples(t *testing.T) {
	for _, s := range loadSamples(t) {
		t.Run(s.name, func(t *testing.T) {
			m := mustParse(t, s.raw)
			if m.MessageID != s.gold.MessageID {
				t.Errorf("MessageID = %q, want %q", m.MessageID, s.gold.MessageID)
			}
			if strings.TrimSpace(m.Text) == "" {
				t.Errorf("Text is empty")
			}
			if m.From == nil || !strings.Contains(m.From.Address, "@") {
				t.Errorf("From = %v", m.From)
			}
			if m.Date.IsZero() {
				t.Errorf("Date is zero")
			}
			for field, v := range map[string]string{"Subject": m.Subject, "Text": m.Text, "From.Name": m.From.Name} {
				if !utf8.ValidString(v) {
					t.Errorf("%s is not valid UTF-8", field)
				}
				if strings.ContainsAny(v, "\x1b\x0e\x0f\x00\uFFFD") {
					t.Errorf("%s has escape, NUL or U+FFFD: %q", field, firstBad(v))
				}
				for _, bad := range mojibake {
					if strings.Contains(v, bad) {
						t.Errorf("%s has mojibake %q", field, bad)
					}
				}
				for _, r := range v {
					if r >= 0x80 && r < 0xa0 {
						t.Errorf("%s has C1 control %U", field, r)
						break
					}
				}
			}
			if strings.Contains(m.Subject, "=?") || strings.Contains(m.From.Name, "=?") {
				t.Errorf("undecoded encoded-word: %q / %q", m.Subject, m.From.Name)
			}
			if m.InvalidChars != 0 {
				t.Errorf("InvalidChars = %d", m.InvalidChars)
			}
			bounce := s.gold.Category == "bounce"
			if (m.Report != nil) != bounce {
				t.Fatalf("Report = %+v, category %s", m.Report, s.gold.Category)
			}
			if bounce {
				if len(m.Report.Recipients) == 0 {
					t.Fatalf("bounce without failed recipients")
				}
				for _, r := range m.Report.Recipients {
					if !strings.Contains(r.Address, "@") || strings.Contains(r.Address, "md2-rm.example.org") || !r.Permanent() || r.Action != "failed" {
						t.Errorf("recipient %+v", r)
					}
				}
			}
		})
	}
}

func firstBad(s string) string {
	i := strings.IndexAny(s, "\x1b\x0e\x0f\x00\uFFFD")
	lo, hi := max(i-20, 0), min(i+20, len(s))
	return strings.ToValidUTF8(s[lo:hi], "?")
}

// TestSampleDetails pins what particular samples must yield.
func TestSampleDetails(t *testing.T) {
	byName := map[string]*Message{}
	for _, s := range loadSamples(t) {
		byName[s.name[:3]] = mustParse(t, s.raw)
	}
	tests := []struct {
		sample string
		check  func(m *Message) bool
		what   string
	}{
		{"005", func(m *Message) bool {
			return strings.Contains(m.Text, "髙橋です") && strings.Contains(m.Text, "①")
		}, "Microsoft characters in iso-2022-jp"},
		{"003", func(m *Message) bool {
			return strings.Contains(m.Text, "ﾀｶﾊｼ ﾖｼｵ") && m.Charsets[0] == "utf-8"
		}, "UTF-8 body under an ISO-2022-JP label"},
		{"016", func(m *Message) bool { return m.Charsets[0] == "cp932" && strings.Contains(m.Text, "泌尿器科医") }, "Shift_JIS body under an iso-8859-1 label"},
		{"012", func(m *Message) bool {
			return len(m.Attachments) == 1 && m.Attachments[0].Filename == "履歴書_小松典子.pdf"
		}, "RFC 2231 continued filename"},
		{"013", func(m *Message) bool {
			return len(m.Attachments) == 1 && m.Attachments[0].Filename == "履歴書（三好直樹）.pdf"
		}, "RFC 2047 filename"},
		{"025", func(m *Message) bool {
			return m.Subject == "麻酔科医および救急科医の招聘に関するご相談" && strings.Contains(m.Text, "・募集診療科：麻酔科（1名）、救急科（1名）\n")
		}, "split subject words and HTML-only body"},
		{"026", func(m *Message) bool {
			return strings.Contains(m.Text, "院長の後藤と申します。\n") && strings.Contains(m.Text, "\n-- \n")
		}, "format=flowed with delsp=yes"},
		{"007", func(m *Message) bool { return m.HTML != "" && !strings.Contains(m.Text, "<") }, "text/plain preferred in multipart/alternative"},
		{"041", func(m *Message) bool {
			r := m.Report.Recipients
			return len(r) == 1 && r[0].Address == "dr.nishida@uwajima-hp.example.jp" && r[0].Status == "5.1.1" &&
				m.Report.OriginalMessageID == "news.2022-03.017.0004411@md2-rm.example.org"
		}, "Postfix DSN"},
		{"042", func(m *Message) bool {
			r := m.Report.Recipients
			return len(r) == 1 && r[0].Address == "dr.kanemoto@ninjin-net.example.jp" && r[0].Status == "5.1.1"
		}, "Japanese ISP plain bounce"},
		{"043", func(m *Message) bool {
			r := m.Report.Recipients
			return len(r) == 1 && r[0].Address == "kenkou-ka@tottori-kenko.example.jp" && r[0].Status == "5.2.2"
		}, "Exchange NDR"},
		{"044", func(m *Message) bool {
			r := m.Report.Recipients
			return len(r) == 1 && r[0].Address == "hirata.clinic@kumamoto-isp.example.com" && r[0].Status == "5.2.2" &&
				r[0].Diagnostic == "mailbox is full: retry timeout exceeded"
		}, "Exim plain bounce"},
	}
	for _, tt := range tests {
		m := byName[tt.sample]
		if m == nil {
			t.Errorf("sample %s missing", tt.sample)
			continue
		}
		if !tt.check(m) {
			t.Errorf("sample %s: %s failed; Text starts %q, Report %+v", tt.sample, tt.what, head(m.Text), m.Report)
		}
	}
}

func head(s string) string {
	if len(s) > 200 {
		s = s[:200]
	}
	return strings.ToValidUTF8(s, "")
}
