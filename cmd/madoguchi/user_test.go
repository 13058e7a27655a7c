package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
)

func runCLIInput(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, nil)
	return code, out.String(), errb.String()
}

func TestUserCommands(t *testing.T) {
	dir := t.TempDir()
	steps := []struct {
		stdin    string
		args     []string
		wantCode int
		wantOut  string
	}{
		{"s3cret-pass\n", []string{"user", "add", "--data", dir, "hanako", "--role", "admin"}, 0, "added hanako (admin)"},
		{"other-pass\n", []string{"user", "add", "--data", dir, "--role", "staff", "taro"}, 0, "added taro (staff)"},
		{"short\n", []string{"user", "add", "--data", dir, "saburo"}, 2, ""},
		{"again-pass\n", []string{"user", "add", "--data", dir, "taro"}, 1, ""},
		{"x\n", []string{"user", "add", "--data", dir, "--role", "boss", "jiro"}, 2, ""},
		{"", []string{"user", "add", "--data", dir, "jiro"}, 2, ""},
		{"new-pass-1\n", []string{"user", "passwd", "--data", dir, "taro"}, 0, "password of taro changed"},
		{"new-pass\n", []string{"user", "passwd", "--data", dir, "taro"}, 2, ""},
		{"new-pass-1\n", []string{"user", "passwd", "--data", dir, "ghost"}, 1, ""},
		{"", []string{"user", "list", "--data", dir}, 0, "hanako  admin"},
	}
	for _, s := range steps {
		code, out, stderr := runCLIInput(t, s.stdin, s.args...)
		if code != s.wantCode || !strings.Contains(out, s.wantOut) {
			t.Fatalf("%v: code %d out %q err %q; want %d %q", s.args, code, out, stderr, s.wantCode, s.wantOut)
		}
	}
	st, err := store.Open(context.Background(), store.SQLite, store.SQLitePath(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	u, err := st.UserByName(context.Background(), "taro")
	if err != nil || !u.CheckPassword("new-pass-1") || u.CheckPassword("other-pass") {
		t.Fatalf("taro's password not changed: %v", err)
	}
}

func TestExportLabels(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	st, err := store.Open(ctx, store.SQLite, store.SQLitePath(dir))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "samples", "001-ortho-shimane-jis.eml"))
	if err != nil {
		t.Fatal(err)
	}
	c := lead.Doctor
	name := "石田 俊彦"
	body := "本文"
	mk := func(withMail, reviewed bool) int64 {
		l := store.LeadFromFields(lead.Fields{Category: &c, Name: &name, Specialties: []string{"内科"}, Body: &body})
		id, err := st.CreateLead(ctx, st.DB, &l)
		if err != nil {
			t.Fatal(err)
		}
		if withMail {
			if _, err := st.InsertMail(ctx, st.DB, &store.StoredMail{Raw: raw, LeadID: sql.NullInt64{Int64: id, Valid: true},
				MessageID: sql.NullString{String: "<20201012094127.5F3A.E9C1B0D4@hiroshima-net.example.jp>", Valid: true}}); err != nil {
				t.Fatal(err)
			}
		}
		if reviewed {
			// A staff correction: the specialty was wrong.
			if _, err := st.EditLead(ctx, id, store.Actor{Name: "staff"}, true, func(l *store.Lead) error {
				l.Specialties = store.StringList{"整形外科"}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		}
		return id
	}
	reviewed := mk(true, true)
	mk(true, false) // not reviewed: not exported
	mk(false, true) // no mail: skipped
	st.Close()

	out := filepath.Join(dir, "labels")
	code, stdout, stderr := runCLIInput(t, "", "leads", "export-labels", "--data", dir, out)
	if code != 0 || !strings.Contains(stdout, "wrote 1 labelled mails") || !strings.Contains(stdout, "1 reviewed leads without a stored mail skipped") {
		t.Fatalf("code %d out %q err %q", code, stdout, stderr)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 2 {
		t.Fatalf("files %v", entries)
	}
	base := filepath.Join(out, fmt.Sprintf("lead-%06d", reviewed))
	gotRaw, err := os.ReadFile(base + ".eml")
	if err != nil || !bytes.Equal(gotRaw, raw) {
		t.Fatalf("eml differs: %v", err)
	}
	js, err := os.ReadFile(base + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]any
	if err := json.Unmarshal(js, &gold); err != nil {
		t.Fatal(err)
	}
	if gold["message_id"] != "20201012094127.5F3A.E9C1B0D4@hiroshima-net.example.jp" || gold["name"] != name ||
		gold["specialties"].([]any)[0] != "整形外科" || gold["error"] != nil {
		t.Fatalf("gold %s", js)
	}
	if _, ok := gold["body"]; ok {
		t.Fatal("gold has a body")
	}
	// Keys in contract order, as in testdata/samples.
	sample, _ := os.ReadFile(filepath.Join("..", "..", "testdata", "samples", "001-ortho-shimane-jis.json"))
	if k := keyOrder(t, sample); strings.Count(k, ",") < 15 || keyOrder(t, js) != k {
		t.Fatalf("key order %s, want %s", keyOrder(t, js), keyOrder(t, sample))
	}
}

func keyOrder(t *testing.T, js []byte) string {
	t.Helper()
	var keys []string
	for _, m := range regexp.MustCompile(`(?m)^  "(\w+)":`).FindAllSubmatch(js, -1) {
		keys = append(keys, string(m[1]))
	}
	return strings.Join(keys, ",")
}

func TestDemoRefusesNonLoopback(t *testing.T) {
	tests := []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"127.0.0.1:0", true},
		{"[::1]:8080", true},
		{"localhost:8080", true},
		{"0.0.0.0:8080", false},
		{":8080", false},
		{"192.168.1.10:8080", false},
		{"example.jp:80", false},
		{"nonsense", false},
	}
	for _, tt := range tests {
		if err := requireLoopback(tt.addr); (err == nil) != tt.ok {
			t.Errorf("requireLoopback(%q) = %v, want ok=%v", tt.addr, err, tt.ok)
		}
	}
	code, _, stderr := runCLIInput(t, "", "demo", "--data", t.TempDir(), "--http", "0.0.0.0:0")
	if code != 2 || !strings.Contains(stderr, "loopback") {
		t.Fatalf("demo on 0.0.0.0: code %d, %q", code, stderr)
	}
}
