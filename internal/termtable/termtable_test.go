package termtable

import (
	"bytes"
	"testing"
)

func TestWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"島根県", 6},
		{"ｶﾅ", 2}, // half-width katakana
		{"ＡＢ", 4}, // full-width Latin
		{"新規 ok", 7},
	}
	for _, tt := range tests {
		if got := Width(tt.s); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestFlushAlignsWideCharacters(t *testing.T) {
	var b bytes.Buffer
	w := New(&b)
	_, _ = w.Write([]byte("ID\tSTATUS\tNAME\n1\t新規\t山田 太郎\n22\tclosed\tx\n"))
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "ID  STATUS  NAME\n" +
		"1   新規    山田 太郎\n" +
		"22  closed  x\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
