package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb, env)
	return code, out.String(), errb.String()
}

func TestBrokenConfigNamesEveryKey(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(cfg, []byte("[db]\ndriver = \"mysql\"\n[smtp]\naddr = \"127.0.0.1:25\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, nil, "serve", "--config", cfg, "--data", dir)
	if code == 0 {
		t.Fatal("serve with a broken configuration exited 0")
	}
	for _, key := range []string{"db.driver", "smtp.from"} {
		if !strings.Contains(stderr, key) {
			t.Errorf("stderr does not name %s:\n%s", key, stderr)
		}
	}
}

func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands() {
		code, _, stderr := runCLI(t, nil, c.name, "--help")
		if code != 0 || !strings.Contains(stderr, "Usage: madoguchi "+c.name) {
			t.Errorf("%s --help: exit %d, stderr %q", c.name, code, stderr)
		}
	}
	if code, _, _ := runCLI(t, nil, "no-such-command"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
}

func TestMigrateIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	code, out, stderr := runCLI(t, nil, "migrate", "--data", dir)
	if code != 0 || !strings.Contains(out, "applied") {
		t.Fatalf("first migrate: exit %d, %s %s", code, out, stderr)
	}
	code, out, _ = runCLI(t, nil, "migrate", "--data", dir)
	if code != 0 || !strings.Contains(out, "up to date") {
		t.Fatalf("second migrate: exit %d, %s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "madoguchi.db")); err != nil {
		t.Fatal(err)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, nil, "version")
	if code != 0 || !strings.HasPrefix(out, "madoguchi ") {
		t.Fatalf("version: exit %d, %q", code, out)
	}
}
