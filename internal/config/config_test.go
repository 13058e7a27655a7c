package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "madoguchi.toml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadReportsEveryProblemWithItsKey(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		env     []string
		sending bool
		want    []string // substrings, each naming a key
	}{
		{"driver and from", "[db]\ndriver = \"mysql\"\n[smtp]\naddr = \"127.0.0.1:25\"\n", nil, true,
			[]string{"db.driver", "smtp.from"}},
		{"postgres without dsn", "[db]\ndriver = \"postgres\"\n", nil, false, []string{"db.dsn"}},
		{"plain imap to a remote host", "[imap]\naddr = \"mail.example.jp:143\"\ntls = \"none\"\nusername = \"md\"\n", nil, false,
			[]string{"imap.tls"}},
		{"bad env value", "", []string{"MADOGUCHI_IMAP_POLL_INTERVAL=soon"}, false, []string{"imap.poll_interval", "MADOGUCHI_IMAP_POLL_INTERVAL"}},
		{"unknown key", "[smtp]\nfrom_address = \"x@example.jp\"\n", nil, false, []string{"smtp.from_address"}},
		{"bad timezone and tls", "timezone = \"Mars/Olympus\"\n[smtp]\ntls = \"yes\"\n", nil, false, []string{"timezone", "smtp.tls"}},
		{"bad proxy", "[http]\ntrusted_proxies = [\"10.0.0.0/8\", \"proxy.example.jp\"]\n", nil, false,
			[]string{"http.trusted_proxies", "proxy.example.jp"}},
		{"bad proxy from env", "", []string{"MADOGUCHI_HTTP_TRUSTED_PROXIES=10.0.0.1, 300.1.1.1"}, false,
			[]string{"http.trusted_proxies", "300.1.1.1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := ""
			if tt.file != "" {
				path = writeFile(t, tt.file)
			}
			_, err := Load(path, tt.env, tt.sending)
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
		})
	}
}

func TestEnvironmentOverridesFile(t *testing.T) {
	path := writeFile(t, "[imap]\naddr = \"127.0.0.1:143\"\ntls = \"none\"\nusername = \"md\"\npassword = \"from-file\"\n[smtp]\naddr = \"127.0.0.1:25\"\nfrom = \"md@example.jp\"\n")
	c, err := Load(path, []string{
		"MADOGUCHI_IMAP_PASSWORD=from-env",
		"MADOGUCHI_IMAP_POLL_INTERVAL=15s",
		"MADOGUCHI_IMAP_IDLE=false",
		"MADOGUCHI_OUTREACH_RATE=12.5",
		"UNRELATED=1",
	}, true)
	if err != nil {
		t.Fatal(err)
	}
	if c.IMAP.Password.Reveal() != "from-env" || c.IMAP.PollInterval.Duration != 15*time.Second || c.IMAP.IDLE || c.Outreach.Rate != 12.5 {
		t.Errorf("overrides not applied: %+v", c.IMAP)
	}
	if c.Timezone != "Asia/Tokyo" || c.DB.Driver != "sqlite" {
		t.Errorf("defaults lost: %q %q", c.Timezone, c.DB.Driver)
	}
}

func TestSecretsDoNotPrint(t *testing.T) {
	s := Secret("hunter2")
	for _, out := range []string{s.String(), func() string { v, _ := s.LogValue().(string); return v }()} {
		if strings.Contains(out, "hunter2") {
			t.Errorf("secret printed: %q", out)
		}
	}
}

func TestExampleFileListsEveryKey(t *testing.T) {
	b, err := os.ReadFile("../../madoguchi.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load("../../madoguchi.example.toml", nil, false); err != nil {
		t.Errorf("the example configuration does not load: %v", err)
	}
	section := ""
	present := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "#"))
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.Trim(line, "[]")
			continue
		}
		if k, _, ok := strings.Cut(line, "="); ok {
			k = strings.TrimSpace(k)
			if section != "" {
				k = section + "." + k
			}
			present[k] = true
		}
	}
	for _, k := range Keys() {
		if !present[k] {
			t.Errorf("madoguchi.example.toml does not document %s", k)
		}
	}
}

func TestTrustedProxies(t *testing.T) {
	tests := []struct {
		name string
		file string
		env  []string
		want []string
	}{
		{"none", "", nil, nil},
		{"file", "[http]\ntrusted_proxies = [\"127.0.0.1\", \"10.1.2.3/8\", \"::1\"]\n", nil,
			[]string{"127.0.0.1/32", "10.0.0.0/8", "::1/128"}},
		{"environment, comma-separated", "[http]\ntrusted_proxies = [\"127.0.0.1\"]\n",
			[]string{"MADOGUCHI_HTTP_TRUSTED_PROXIES= 192.0.2.10 , 2001:db8::/32,"}, []string{"192.0.2.10/32", "2001:db8::/32"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := ""
			if tt.file != "" {
				path = writeFile(t, tt.file)
			}
			c, err := Load(path, tt.env, false)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := c.HTTP.Proxies()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("proxies = %v, want %v", got, tt.want)
			}
		})
	}
}
