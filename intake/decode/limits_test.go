package decode

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

func TestNotMail(t *testing.T) {
	for name, raw := range map[string][]byte{
		"empty":              nil,
		"blank lines":        []byte("\r\n\r\n  \n"),
		"prose":              []byte("hello world, this is not a mail\n"),
		"binary":             {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0},
		"continuation first": []byte(" folded: value\r\n\r\nbody"),
	} {
		t.Run(name, func(t *testing.T) {
			m, err := Parse(raw, Options{})
			if !errors.Is(err, ErrNotMail) || m != nil {
				t.Errorf("Parse = %v, %v; want nil, ErrNotMail", m, err)
			}
		})
	}
}

// TestMalformed covers robustness B1 and B3: defects yield a Message with
// the defect in Problems and everything else decoded.
func TestMalformed(t *testing.T) {
	tests := []struct {
		name     string
		raw      []byte
		wantText string
		problem  string
	}{
		{"B1 unknown transfer encoding", textMail("text/plain; charset=utf-8", "x-uuencode", []byte("読める本文")), "読める本文", "unknown \"x-uuencode\""},
		{"B1 unsupported charset", textMail("text/plain; charset=x-klingon", "8bit", []byte("plain text")), "plain text", "unknown charset"},
		{"B1 NUL bytes in header", buildMail([]string{"From: a@example.jp", "Subject: a\x00b"}, []byte("body")), "body", "U+FFFD"},
		{"multipart without boundary", buildMail([]string{"From: a@example.jp", "Content-Type: multipart/mixed"}, []byte("just text")), "just text", "without boundary"},
		{"multipart never closed", buildMail([]string{"From: a@example.jp", `Content-Type: multipart/mixed; boundary="b"`},
			[]byte("--b\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n--b\r\nContent-Type: text/plain\r\n\r\nsecond part, cut off")), "first part", "multipart"},
		{"broken base64", textMail("text/plain; charset=utf-8", "", nil), "", ""},
		{"malformed header line", []byte("From: a@example.jp\r\nSubject: ok\r\nthis line has no colon\r\nX: y\r\n\r\nbody\r\n"), "X: y", "header:"},
		{"bad Content-Type", textMail("garbage", "7bit", []byte("text")), "text", "content-type: malformed"},
		{"unparseable date", buildMail([]string{"From: a@example.jp", "Date: someday soon"}, []byte("text")), "text", "date: unparseable"},
	}
	// base64 with junk, a stray line of noise and missing padding.
	tests[5].raw = buildMail([]string{"From: a@example.jp", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"},
		[]byte("5Yy75bir5Yuf6ZuG\r\n!!\r\n44Gu44GK55+l44KJ44Gb"))
	tests[5].wantText = "医師募集のお知らせ"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if !strings.Contains(m.Text, tt.wantText) {
				t.Errorf("Text = %q, want it to contain %q", m.Text, tt.wantText)
			}
			if tt.problem != "" && !hasProblem(m, tt.problem) {
				t.Errorf("Problems = %q, want one containing %q", m.Problems, tt.problem)
			}
		})
	}
}

// nested builds a mail with depth levels of multipart/mixed, each holding
// a text part and the next level.
func nested(depth int) []byte {
	var b bytes.Buffer
	b.WriteString("From: a@example.jp\r\n")
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\nContent-Type: text/plain\r\n\r\nlevel %d\r\n--b%d\r\n", i, i, i, i)
	}
	b.WriteString("Content-Type: text/plain\r\n\r\ninnermost\r\n")
	for i := depth - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	return b.Bytes()
}

func TestLimits(t *testing.T) {
	t.Run("nesting depth", func(t *testing.T) {
		m, err := Parse(nested(40), Options{MaxDepth: 5})
		if err != nil {
			t.Fatal(err)
		}
		if !hasProblem(m, "nesting") || !strings.Contains(m.Text, "level 4") || strings.Contains(m.Text, "level 5") || strings.Contains(m.Text, "innermost") {
			t.Errorf("Text = %q, Problems = %q", m.Text, m.Problems)
		}
		m = mustParse(t, nested(10))
		if !strings.Contains(m.Text, "innermost") || len(m.Problems) != 0 {
			t.Errorf("within the default depth: Text = %q, Problems = %q", m.Text, m.Problems)
		}
	})
	t.Run("text size", func(t *testing.T) {
		m, err := Parse(textMail("text/plain; charset=utf-8", "8bit", bytes.Repeat([]byte("医"), 1000)), Options{MaxTextSize: 300})
		if err != nil {
			t.Fatal(err)
		}
		if m.Text != strings.Repeat("医", 100) || !hasProblem(m, "300 of 3000 bytes kept") {
			t.Errorf("Text has %d bytes, Problems = %q", len(m.Text), m.Problems)
		}
	})
	t.Run("attachment and total size", func(t *testing.T) {
		part := func(name string, n int) string {
			return "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n" +
				"Content-Disposition: attachment; filename=" + name + "\r\n\r\n" + wrap76(base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{7}, n))) + "\r\n"
		}
		raw := buildMail([]string{"From: a@example.jp", `Content-Type: multipart/mixed; boundary="b"`},
			[]byte(part("small.bin", 100)+part("big.bin", 5000)+part("third.bin", 900)+part("fourth.bin", 900)+"--b--\r\n"))
		m, err := Parse(raw, Options{MaxAttachmentSize: 1000, MaxTotalSize: 1500})
		if err != nil {
			t.Fatal(err)
		}
		want := []struct {
			name      string
			size      int64
			kept      int
			truncated bool
		}{{"small.bin", 100, 100, false}, {"big.bin", 5000, 0, true}, {"third.bin", 900, 900, false}, {"fourth.bin", 900, 0, true}}
		if len(m.Attachments) != len(want) {
			t.Fatalf("Attachments = %d", len(m.Attachments))
		}
		for i, w := range want {
			a := m.Attachments[i]
			if a.Filename != w.name || a.Size != w.size || len(a.Data) != w.kept || a.Truncated != w.truncated {
				t.Errorf("attachment %d = %q size %d kept %d truncated %v, want %+v", i, a.Filename, a.Size, len(a.Data), a.Truncated, w)
			}
		}
		if !hasProblem(m, "attachment 2 (application/octet-stream) is 5000 bytes") {
			t.Errorf("Problems = %q", m.Problems)
		}
	})
	t.Run("header size", func(t *testing.T) {
		raw := buildMail([]string{"From: a@example.jp", "X-Long: " + strings.Repeat("x", 5000), "Subject: lost"}, []byte("body"))
		m, err := Parse(raw, Options{MaxHeaderBytes: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if m.From == nil || m.From.Address != "a@example.jp" || !hasProblem(m, "header: exceeds the size limit") {
			t.Errorf("From = %v, Problems = %q", m.From, m.Problems)
		}
	})
	t.Run("parts", func(t *testing.T) {
		var b strings.Builder
		for i := 0; i < 50; i++ {
			fmt.Fprintf(&b, "--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n", i)
		}
		b.WriteString("--b--\r\n")
		raw := buildMail([]string{"From: a@example.jp", `Content-Type: multipart/mixed; boundary="b"`}, []byte(b.String()))
		m, err := Parse(raw, Options{MaxParts: 10})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Text, "part 8") || strings.Contains(m.Text, "part 9") || !hasProblem(m, "more than 10 parts") {
			t.Errorf("Text = %q, Problems = %q", m.Text, m.Problems)
		}
	})
}

// bigMail builds a mail of about size bytes: a short Japanese text part and
// one base64 attachment.
func bigMail(size int) []byte {
	data := make([]byte, size*3/4)
	for i := range data {
		data[i] = byte(i*7 + i>>9)
	}
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString("From: a@example.jp\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n")
	b.WriteString("--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n履歴書を添付します。\r\n")
	b.WriteString("--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"cv.pdf\"\r\n\r\n")
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		b.WriteString(enc[:76])
		b.WriteString("\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc)
	b.WriteString("\r\n--b--\r\n")
	return b.Bytes()
}

// TestLargeMailBoundedMemory parses a 25 MB mail and checks that the bytes
// allocated stay within a small multiple of the mail size when the
// attachment is kept, and far below the mail size when it is over the cap.
func TestLargeMailBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a 25 MB mail")
	}
	raw := bigMail(25 << 20)
	measure := func(opt Options) (*Message, uint64) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		m, err := Parse(raw, opt)
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		return m, after.TotalAlloc - before.TotalAlloc
	}

	m, alloc := measure(Options{})
	if want := int64(25<<20) * 3 / 4; len(m.Attachments) != 1 || m.Attachments[0].Size != want || int64(len(m.Attachments[0].Data)) != want {
		t.Fatalf("attachments = %+v, want one of %d bytes", len(m.Attachments), want)
	}
	kept := m.Attachments[0].Size
	t.Logf("mail %d bytes, attachment %d bytes kept, allocated %d bytes (%.2fx mail)", len(raw), kept, alloc, float64(alloc)/float64(len(raw)))
	if alloc > 3*uint64(len(raw)) {
		t.Errorf("allocated %d bytes for a %d-byte mail, want at most 3x", alloc, len(raw))
	}

	m, alloc = measure(Options{MaxAttachmentSize: 1 << 20})
	a := m.Attachments[0]
	if a.Data != nil || !a.Truncated || a.Size != kept {
		t.Errorf("over the cap: data %d, truncated %v, size %d", len(a.Data), a.Truncated, a.Size)
	}
	t.Logf("with a 1 MiB attachment cap: allocated %d bytes (%.2fx mail)", alloc, float64(alloc)/float64(len(raw)))
	if alloc > uint64(len(raw))/4 {
		t.Errorf("allocated %d bytes with the attachment over the cap, want under a quarter of the %d-byte mail", alloc, len(raw))
	}
	if m.Text != "履歴書を添付します。" {
		t.Errorf("Text = %q", m.Text)
	}
}
