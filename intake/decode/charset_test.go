package decode

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

const (
	jaText    = "医師募集のお知らせ"
	vendorTxt = "①②㈱㍻Ⅰ髙﨑のご案内です"
	longJa    = "このたびは当事業にご登録いただき誠にありがとうございます。" +
		"ご希望の勤務地や診療科について、担当者より改めてご連絡いたします。"
)

// TestBodyCharsets covers robustness cases A1, A3, A4, A5 and A7: labels
// the standard lookups miss, labels that lie, parts without a label, and
// the Microsoft vendor characters.
func TestBodyCharsets(t *testing.T) {
	// CP932 bytes written by Windows for 髙 and 﨑 (IBM extension codes).
	ibm := []byte{0xFB, 0xFC, 0xFA, 0xB1}
	// Half-width katakana ｲﾘｮｳ as SO/SI (CP50222) and as ESC ( I.
	soSI := cat(jis(t, "医療"), []byte("\x0e2X.3\x0f"), []byte(" end"))
	escAt := cat([]byte("\x1b&@"), jis(t, jaText))
	jisLine := jis(t, jaText)
	// A gateway broke the JIS run in the middle: insert a line break after
	// the designation plus two characters.
	crlfRun := cat(jisLine[:7], []byte("\r\n"), jisLine[7:])
	lfRun := cat(jisLine[:7], []byte("\n"), jisLine[7:])

	tests := []struct {
		name        string
		contentType string
		cte         string
		body        []byte
		want        string
		used        string
		overridden  bool
		unknown     bool
	}{
		{"A1 iso-2022-jp quoted-printable", "text/plain; charset=ISO-2022-JP", "quoted-printable", jis(t, jaText), jaText, "iso-2022-jp", false, false},
		{"iso-2022-jp base64", "text/plain; charset=iso-2022-jp", "base64", jis(t, jaText), jaText, "iso-2022-jp", false, false},
		{"A3 iso-2022-jp label, Shift_JIS body", "text/plain; charset=iso-2022-jp", "8bit", sjis(t, jaText), jaText, "cp932", true, false},
		{"A3 long iso-2022-jp label, Shift_JIS body", "text/plain; charset=iso-2022-jp", "8bit", sjis(t, longJa), longJa, "cp932", true, false},
		{"A4 vendor chars in iso-2022-jp", "text/plain; charset=iso-2022-jp", "7bit", jis(t, vendorTxt), vendorTxt, "iso-2022-jp", false, false},
		{"A4 vendor chars in shift_jis", "text/plain; charset=Shift_JIS", "8bit", sjis(t, vendorTxt), vendorTxt, "cp932", false, false},
		{"A4 IBM extension codes in shift_jis", "text/plain; charset=shift_jis", "8bit", cat(sjis(t, "担当の"), ibm, sjis(t, "です")), "担当の髙﨑です", "cp932", false, false},
		{"A4 half-width kana in shift_jis", "text/plain; charset=shift_jis", "8bit", sjis(t, "さくらﾒﾃﾞｨｶﾙｸﾘﾆｯｸです"), "さくらﾒﾃﾞｨｶﾙｸﾘﾆｯｸです", "cp932", false, false},
		{"A4 vendor chars in euc-jp", "text/plain; charset=EUC-JP", "8bit", eucjp(t, vendorTxt), vendorTxt, "euc-jp", false, false},
		{"A5 escape sequences, no charset parameter", "text/plain", "7bit", jis(t, jaText), jaText, "iso-2022-jp", false, false},
		{"A5 escape sequences, no Content-Type", "", "", jis(t, jaText), jaText, "iso-2022-jp", false, false},
		{"A5 escape sequences labelled us-ascii", "text/plain; charset=us-ascii", "7bit", jis(t, jaText), jaText, "iso-2022-jp", true, false},
		{"A5 escape sequences labelled utf-8", "text/plain; charset=utf-8", "7bit", jis(t, jaText), jaText, "iso-2022-jp", true, false},
		{"A7 cp932", "text/plain; charset=cp932", "8bit", sjis(t, vendorTxt), vendorTxt, "cp932", false, false},
		{"A7 ms932", "text/plain; charset=MS932", "8bit", sjis(t, vendorTxt), vendorTxt, "cp932", false, false},
		{"A7 windows-31j", "text/plain; charset=Windows-31J", "8bit", sjis(t, vendorTxt), vendorTxt, "cp932", false, false},
		{"A7 x-sjis", "text/plain; charset=x-sjis", "8bit", sjis(t, vendorTxt), vendorTxt, "cp932", false, false},
		{"A7 quoted label", `text/plain; charset="Shift_JIS"`, "8bit", sjis(t, jaText), jaText, "cp932", false, false},
		{"A7 iso-2022-jp-ms", "text/plain; charset=iso-2022-jp-ms", "7bit", jis(t, vendorTxt), vendorTxt, "iso-2022-jp", false, false},
		{"A7 cp50220", "text/plain; charset=cp50220", "7bit", jis(t, vendorTxt), vendorTxt, "iso-2022-jp", false, false},
		{"A7 cp50221", "text/plain; charset=CP50221", "7bit", jis(t, vendorTxt), vendorTxt, "iso-2022-jp", false, false},
		{"A7 iso-2022-jp-2", "text/plain; charset=iso-2022-jp-2", "7bit", jis(t, vendorTxt), vendorTxt, "iso-2022-jp", false, false},
		{"A7 eucjp-ms", "text/plain; charset=eucjp-ms", "8bit", eucjp(t, jaText), jaText, "euc-jp", false, false},
		{"A7 gb2312 read as GB18030", "text/plain; charset=gb2312", "8bit", enc(t, simplifiedchinese.GB18030, "医生你好，欢迎咨询"), "医生你好，欢迎咨询", "gb2312", false, false},
		{"A7 ks_c_5601-1987", "text/plain; charset=ks_c_5601-1987", "8bit", enc(t, korean.EUCKR, "안녕하세요 의사 선생님"), "안녕하세요 의사 선생님", "ks_c_5601-1987", false, false},
		{"A7 unknown label, CP932 body", "text/plain; charset=x-unknown", "8bit", sjis(t, jaText), jaText, "cp932", false, true},
		{"A7 unknown label, ASCII body", "text/plain; charset=x-unknown", "7bit", []byte("plain words"), "plain words", "us-ascii", false, true},
		{"SO/SI half-width kana", "text/plain; charset=iso-2022-jp", "7bit", soSI, "医療ｲﾘｮｳ end", "iso-2022-jp", false, false},
		{"ESC & @ announcer", "text/plain; charset=iso-2022-jp", "7bit", escAt, jaText, "iso-2022-jp", false, false},
		{"CRLF inside a JIS run", "text/plain; charset=iso-2022-jp", "7bit", crlfRun, "医師\n募集のお知らせ", "iso-2022-jp", false, false},
		{"LF inside a JIS run", "text/plain; charset=iso-2022-jp", "7bit", lfRun, "医師\n募集のお知らせ", "iso-2022-jp", false, false},
		{"iso-2022-jp label, UTF-8 body", "text/plain; charset=iso-2022-jp", "8bit", []byte(jaText), jaText, "utf-8", true, false},
		{"shift_jis label, UTF-8 body", "text/plain; charset=shift_jis", "8bit", []byte(vendorTxt), vendorTxt, "utf-8", true, false},
		{"utf-8 label, CP932 body", "text/plain; charset=utf-8", "8bit", sjis(t, jaText), jaText, "cp932", true, false},
		{"euc-jp label, CP932 body", "text/plain; charset=euc-jp", "8bit", sjis(t, longJa), longJa, "cp932", true, false},
		{"shift_jis label, EUC-JP body", "text/plain; charset=shift_jis", "8bit", eucjp(t, longJa), longJa, "euc-jp", true, false},
		{"no label, CP932 body", "text/plain", "8bit", sjis(t, jaText), jaText, "cp932", false, false},
		{"no label, EUC-JP body", "", "8bit", eucjp(t, longJa), longJa, "euc-jp", false, false},
		{"iso-8859-1 label, CP932 body", "text/plain; charset=iso-8859-1", "8bit", sjis(t, longJa), longJa, "cp932", true, false},
		{"iso-8859-1 label, Latin text", "text/plain; charset=iso-8859-1", "8bit", []byte("caf\xe9 cr\xe8me br\xfbl\xe9e"), "café crème brûlée", "iso-8859-1", false, false},
		{"utf-8 label, UTF-8 body", "text/plain; charset=utf-8", "base64", []byte(vendorTxt), vendorTxt, "utf-8", false, false},
		{"utf-8 label, 4-byte characters", "text/plain; charset=utf-8", "quoted-printable", []byte("🚀 𠮷野家"), "🚀 𠮷野家", "utf-8", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, textMail(tt.contentType, tt.cte, tt.body))
			if got := strings.TrimRight(m.Text, "\n"); got != tt.want {
				t.Errorf("Text = %q, want %q", got, tt.want)
			}
			if len(m.Charsets) != 1 || m.Charsets[0] != tt.used {
				t.Errorf("Charsets = %q, want [%q]", m.Charsets, tt.used)
			}
			if got := hasProblem(m, "overridden"); got != tt.overridden {
				t.Errorf("overridden problem = %v, want %v (%q)", got, tt.overridden, m.Problems)
			}
			if got := hasProblem(m, "unknown charset"); got != tt.unknown {
				t.Errorf("unknown-charset problem = %v, want %v (%q)", got, tt.unknown, m.Problems)
			}
			if m.InvalidChars != 0 {
				t.Errorf("InvalidChars = %d, want 0", m.InvalidChars)
			}
		})
	}
}

// TestInvalidBytesMarked covers B1: invalid UTF-8 and NUL bytes are marked
// with U+FFFD and counted, never dropped, and the rest is kept.
func TestInvalidBytesMarked(t *testing.T) {
	tests := []struct {
		name    string
		ct      string
		body    []byte
		want    string
		invalid int
	}{
		{"one invalid byte in UTF-8", "text/plain; charset=utf-8", []byte("医師\xff募集のお知らせです"), "医師\uFFFD募集のお知らせです", 1},
		{"NUL bytes", "text/plain; charset=us-ascii", []byte("abc\x00def\x00"), "abc\uFFFDdef\uFFFD", 2},
		{"truncated JIS character", "text/plain; charset=iso-2022-jp", cat(jis(t, "医師")[:6], []byte("\x1b(B tail")), "医\uFFFD tail", 1},
		{"user-defined CP932 character", "text/plain; charset=shift_jis", cat(sjis(t, "氏名："), []byte{0xF0, 0x40}, sjis(t, "田です")), "氏名：\uFFFD田です", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, textMail(tt.ct, "8bit", tt.body))
			if !utf8.ValidString(m.Text) {
				t.Fatalf("Text is not valid UTF-8: %q", m.Text)
			}
			if m.Text != tt.want {
				t.Errorf("Text = %q, want %q", m.Text, tt.want)
			}
			if m.InvalidChars != tt.invalid {
				t.Errorf("InvalidChars = %d, want %d", m.InvalidChars, tt.invalid)
			}
			if !hasProblem(m, "U+FFFD") {
				t.Errorf("no problem recorded: %q", m.Problems)
			}
		})
	}
}

// TestDecodeBodyAgreesWithNormalising checks that decodeBody and
// decodeOwnBody give what decodeText gives with its newlines normalised afterwards, on random
// bytes of each kind of text: ASCII, UTF-8, ISO-2022-JP, Shift_JIS, UTF-16
// and broken bytes, with CR, LF, NUL and ESC among them.
func TestDecodeBodyAgreesWithNormalising(t *testing.T) {
	pieces := []string{"a", " ", "\r", "\n", "\r\n", "\n\r", "\x00", "\x1b", "日本", "\x1b$B", "F|K\\", "\x1b(B",
		"\x93\xfa\x96\x7b", "\x82", "\xff", "\xfe\xff", "\x00a", "=?", "é"}
	labels := []string{"", "utf-8", "iso-2022-jp", "shift_jis", "euc-jp", "utf-16", "us-ascii", "x-unknown", "iso-8859-1"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		raw := []byte(b.String())
		label := labels[rng.IntN(len(labels))]
		want := decodeText(label, raw)
		want.Text = normaliseNewlines(want.Text)
		if got := decodeBody(label, raw); got != want {
			t.Fatalf("decodeBody(%q, %q) = %+v, want %+v", label, raw, got, want)
		}
		if got := decodeOwnBody(label, []byte(string(raw))); got != want {
			t.Fatalf("decodeOwnBody(%q, %q) = %+v, want %+v", label, raw, got, want)
		}
	}
}
