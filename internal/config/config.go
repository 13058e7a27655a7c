// Package config loads madoguchi's configuration: a TOML file whose every key
// can be overridden by an environment variable MADOGUCHI_<SECTION>_<KEY>.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/netip"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Duration is a time.Duration written as "30s" or "5m" in TOML.
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration as a Go duration string.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Secret is a string that never prints its value.
type Secret string

// String hides the value.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "********"
}

// LogValue hides the value from log/slog.
func (s Secret) LogValue() any { return s.String() }

// Reveal returns the secret value.
func (s Secret) Reveal() string { return string(s) }

// Config is the whole configuration.
type Config struct {
	Timezone string   `toml:"timezone"`
	DB       DB       `toml:"db"`
	HTTP     HTTP     `toml:"http"`
	IMAP     IMAP     `toml:"imap"`
	SMTP     SMTP     `toml:"smtp"`
	Org      Org      `toml:"org"`
	Intake   Intake   `toml:"intake"`
	Followup Followup `toml:"followup"`
	Outreach Outreach `toml:"outreach"`
}

// DB selects the database.
type DB struct {
	Driver string `toml:"driver"` // sqlite | postgres
	DSN    Secret `toml:"dsn"`    // empty with sqlite: <data>/madoguchi.db
}

// HTTP is the web server.
type HTTP struct {
	Addr      string `toml:"addr"`
	BaseURL   string `toml:"base_url"`   // public URL used in links in mail
	SecretKey Secret `toml:"secret_key"` // signs unsubscribe tokens; generated into the data dir when empty
	// TrustedProxies are the addresses or networks (CIDR) of reverse proxies
	// whose X-Forwarded-For is believed.
	TrustedProxies []string `toml:"trusted_proxies"`
}

// IMAP is the watched mailbox.
type IMAP struct {
	Addr               string   `toml:"addr"`
	TLS                string   `toml:"tls"` // tls | starttls | none
	AllowInsecure      bool     `toml:"allow_insecure"`
	InsecureSkipVerify bool     `toml:"insecure_skip_verify"`
	Username           string   `toml:"username"`
	Password           Secret   `toml:"password"`
	Mailbox            string   `toml:"mailbox"`
	ProcessedMailbox   string   `toml:"processed_mailbox"`
	FailedMailbox      string   `toml:"failed_mailbox"`
	PollInterval       Duration `toml:"poll_interval"`
	IDLE               bool     `toml:"idle"`
}

// SMTP is the outgoing mail server.
type SMTP struct {
	Addr               string `toml:"addr"`
	TLS                string `toml:"tls"` // tls | starttls | none
	InsecureSkipVerify bool   `toml:"insecure_skip_verify"`
	Username           string `toml:"username"`
	Password           Secret `toml:"password"`
	From               string `toml:"from"`
	HELO               string `toml:"helo"`
}

// Org is the secretariat, named in every mail sent.
type Org struct {
	Name    string `toml:"name"`
	Address string `toml:"address"`
	Phone   string `toml:"phone"`
	Email   string `toml:"email"`
	Website string `toml:"website"`
}

// Intake tunes mail intake.
type Intake struct {
	MaxMessageSize int64    `toml:"max_message_size"` // bytes
	ParseTimeout   Duration `toml:"parse_timeout"`
	BatchSize      int      `toml:"batch_size"`
	AckInterval    Duration `toml:"ack_interval"` // at most one acknowledgement per address per interval
	SoftBounces    int      `toml:"soft_bounces"` // soft bounces that put an address on the suppression list
}

// Followup tunes reminders and follow-ups.
type Followup struct {
	ReviewWithin  int    `toml:"review_within"`  // business hours
	InquirerAfter int    `toml:"inquirer_after"` // days
	StaffAddress  string `toml:"staff_address"`
}

// Outreach tunes campaign sending.
type Outreach struct {
	Concurrency   int      `toml:"concurrency"`
	Rate          float64  `toml:"rate"`            // mails per second, 0 = unlimited
	PerDomainRate float64  `toml:"per_domain_rate"` // mails per second per domain, 0 = unlimited
	MissedGrace   Duration `toml:"missed_grace"`
	DKIMSelector  string   `toml:"dkim_selector"`
	DKIMKeyFile   string   `toml:"dkim_key_file"`
	DKIMDomain    string   `toml:"dkim_domain"`    // default: the domain of smtp.from
	MaxAttempts   int      `toml:"max_attempts"`   // sending attempts per recipient before it is failed (4xx)
	RetryBackoff  Duration `toml:"retry_backoff"`  // first retry delay after a 4xx; doubles per attempt
	SendWindow    string   `toml:"send_window"`    // default window for campaigns, e.g. "mon-fri 09:00-18:00"; empty = any time
	BatchSize     int      `toml:"batch_size"`     // ledger rows claimed per database round trip
	TestAddresses string   `toml:"test_addresses"` // comma-separated staff addresses for test sends
	BounceDomain  string   `toml:"bounce_domain"`  // domain of the VERP envelope sender; default: the domain of smtp.from
}

// Default returns the configuration with every default filled in.
func Default() Config {
	return Config{
		Timezone: "Asia/Tokyo",
		DB:       DB{Driver: "sqlite"},
		HTTP:     HTTP{Addr: "127.0.0.1:8080", BaseURL: "http://127.0.0.1:8080"},
		IMAP: IMAP{
			TLS: "tls", Mailbox: "INBOX", ProcessedMailbox: "Processed", FailedMailbox: "Failed",
			PollInterval: Duration{time.Minute}, IDLE: true,
		},
		SMTP:     SMTP{TLS: "starttls"},
		Intake:   Intake{MaxMessageSize: 30 << 20, ParseTimeout: Duration{30 * time.Second}, BatchSize: 50, AckInterval: Duration{24 * time.Hour}, SoftBounces: 3},
		Followup: Followup{ReviewWithin: 8, InquirerAfter: 7},
		Outreach: Outreach{Concurrency: 8, Rate: 0, PerDomainRate: 0, MissedGrace: Duration{6 * time.Hour},
			MaxAttempts: 5, RetryBackoff: Duration{time.Minute}, BatchSize: 500},
	}
}

// Load reads the TOML file at path (skipped when path is empty) over the
// defaults, then applies environment overrides from environ (os.Environ form).
// It returns every problem found, each naming its key. With sending set, the
// keys needed to send mail (smtp.from) are required too.
func Load(path string, environ []string, sending bool) (Config, error) {
	c := Default()
	if path != "" {
		md, err := toml.DecodeFile(path, &c)
		if err != nil {
			return c, fmt.Errorf("config %s: %w", path, err)
		}
		if und := md.Undecoded(); len(und) > 0 {
			var errs []error
			for _, k := range und {
				errs = append(errs, fmt.Errorf("%s: unknown key", k))
			}
			return c, fmt.Errorf("config %s:\n%w", path, errors.Join(errs...))
		}
	}
	if err := applyEnv(&c, environ); err != nil {
		return c, err
	}
	if err := c.Validate(sending); err != nil {
		return c, err
	}
	return c, nil
}

// applyEnv sets fields from MADOGUCHI_<SECTION>_<KEY> variables.
func applyEnv(c *Config, environ []string) error {
	env := map[string]string{}
	for _, kv := range environ {
		k, v, ok := strings.Cut(kv, "=")
		if ok && strings.HasPrefix(k, "MADOGUCHI_") {
			env[k] = v
		}
	}
	var errs []error
	walk(reflect.ValueOf(c).Elem(), "", func(key string, f reflect.Value) {
		name := "MADOGUCHI_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
		v, ok := env[name]
		if !ok {
			return
		}
		if err := setField(f, v); err != nil {
			errs = append(errs, fmt.Errorf("%s (from %s): %w", key, name, err))
		}
	})
	return errors.Join(errs...)
}

// walk calls fn for every leaf field with its dotted TOML key.
func walk(v reflect.Value, prefix string, fn func(string, reflect.Value)) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		key := strings.Split(sf.Tag.Get("toml"), ",")[0]
		if prefix != "" {
			key = prefix + "." + key
		}
		fv := v.Field(i)
		if fv.Kind() == reflect.Struct && fv.Type() != reflect.TypeOf(Duration{}) {
			walk(fv, key, fn)
			continue
		}
		fn(key, fv)
	}
}

// Keys lists every configuration key in order.
func Keys() []string {
	var keys []string
	c := Default()
	walk(reflect.ValueOf(&c).Elem(), "", func(k string, _ reflect.Value) { keys = append(keys, k) })
	return keys
}

func setField(f reflect.Value, s string) error {
	if f.Type() == reflect.TypeOf(Duration{}) {
		d, err := time.ParseDuration(s)
		if err != nil {
			return err
		}
		f.Set(reflect.ValueOf(Duration{d}))
		return nil
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(s)
	case reflect.Slice:
		if f.Type().Elem().Kind() != reflect.String {
			return fmt.Errorf("unsupported type %s", f.Type())
		}
		var list []string
		for _, v := range strings.Split(s, ",") {
			if v = strings.TrimSpace(v); v != "" {
				list = append(list, v)
			}
		}
		f.Set(reflect.ValueOf(list))
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		f.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return err
		}
		f.SetInt(n)
	case reflect.Float64:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return err
		}
		f.SetFloat(n)
	default:
		return fmt.Errorf("unsupported type %s", f.Type())
	}
	return nil
}

// Validate reports every problem at once, each naming its key. With sending
// set, the keys needed to send mail are required.
func (c Config) Validate(sending bool) error {
	var errs []error
	bad := func(key, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, a...)))
	}
	if _, err := time.LoadLocation(c.Timezone); err != nil {
		bad("timezone", "unknown time zone %q", c.Timezone)
	}
	switch c.DB.Driver {
	case "sqlite":
	case "postgres":
		if c.DB.DSN == "" {
			bad("db.dsn", "required when db.driver is \"postgres\"")
		}
	default:
		bad("db.driver", "must be \"sqlite\" or \"postgres\", not %q", c.DB.Driver)
	}
	if _, _, err := net.SplitHostPort(c.HTTP.Addr); err != nil {
		bad("http.addr", "must be host:port: %v", err)
	}
	if _, err := c.HTTP.Proxies(); err != nil {
		bad("http.trusted_proxies", "%v", err)
	}
	oneOf := func(key, v string, allowed ...string) {
		for _, a := range allowed {
			if v == a {
				return
			}
		}
		bad(key, "must be one of %s, not %q", strings.Join(allowed, ", "), v)
	}
	oneOf("imap.tls", c.IMAP.TLS, "tls", "starttls", "none")
	oneOf("smtp.tls", c.SMTP.TLS, "tls", "starttls", "none")
	if c.IMAP.Addr != "" {
		host, _, err := net.SplitHostPort(c.IMAP.Addr)
		if err != nil {
			bad("imap.addr", "must be host:port: %v", err)
		} else if c.IMAP.TLS == "none" && !c.IMAP.AllowInsecure && !IsLoopback(host) {
			bad("imap.tls", "\"none\" sends the password in clear to %s; use tls or starttls, or set imap.allow_insecure = true", host)
		}
		if c.IMAP.Username == "" {
			bad("imap.username", "required when imap.addr is set")
		}
		if c.IMAP.Mailbox == "" {
			bad("imap.mailbox", "must not be empty")
		}
		if c.IMAP.ProcessedMailbox == c.IMAP.Mailbox && c.IMAP.ProcessedMailbox != "" {
			bad("imap.processed_mailbox", "must differ from imap.mailbox")
		}
	}
	if c.IMAP.PollInterval.Duration < time.Second {
		bad("imap.poll_interval", "must be at least 1s")
	}
	if c.SMTP.Addr == "" && sending {
		bad("smtp.addr", "required: the mail server (host:port) our mail is sent through")
	}
	if c.SMTP.Addr != "" {
		if _, _, err := net.SplitHostPort(c.SMTP.Addr); err != nil {
			bad("smtp.addr", "must be host:port: %v", err)
		}
	}
	if c.SMTP.From == "" {
		if sending {
			bad("smtp.from", "required: the address our mail is sent from")
		}
	} else if _, err := mail.ParseAddress(c.SMTP.From); err != nil {
		bad("smtp.from", "not an address: %v", err)
	}
	if c.Org.Email != "" {
		if _, err := mail.ParseAddress(c.Org.Email); err != nil {
			bad("org.email", "not an address: %v", err)
		}
	}
	if c.Followup.StaffAddress != "" {
		if _, err := mail.ParseAddress(c.Followup.StaffAddress); err != nil {
			bad("followup.staff_address", "not an address: %v", err)
		}
	}
	if c.Intake.MaxMessageSize <= 0 {
		bad("intake.max_message_size", "must be positive")
	}
	if c.Intake.SoftBounces <= 0 {
		bad("intake.soft_bounces", "must be positive")
	}
	if c.Intake.BatchSize <= 0 {
		bad("intake.batch_size", "must be positive")
	}
	if c.Outreach.Concurrency <= 0 {
		bad("outreach.concurrency", "must be positive")
	}
	if c.Outreach.Rate < 0 {
		bad("outreach.rate", "must not be negative")
	}
	if c.Outreach.PerDomainRate < 0 {
		bad("outreach.per_domain_rate", "must not be negative")
	}
	if c.Outreach.MaxAttempts <= 0 {
		bad("outreach.max_attempts", "must be positive")
	}
	if c.Outreach.BatchSize <= 0 || c.Outreach.BatchSize > 5000 {
		bad("outreach.batch_size", "must be between 1 and 5000")
	}
	if c.Outreach.MissedGrace.Duration < 0 {
		bad("outreach.missed_grace", "must not be negative")
	}
	if c.Outreach.TestAddresses != "" {
		if _, err := mail.ParseAddressList(c.Outreach.TestAddresses); err != nil {
			bad("outreach.test_addresses", "not a list of addresses: %v", err)
		}
	}
	return errors.Join(errs...)
}

// Location returns the configured time zone (Validate has checked it).
func (c Config) Location() *time.Location {
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// IsLoopback reports whether host is a loopback name or address.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Exists reports whether a file exists at path.
func Exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Proxies parses TrustedProxies: each entry an address (one host) or a
// network in CIDR notation.
func (h HTTP) Proxies() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, v := range h.TrustedProxies {
		if p, err := netip.ParsePrefix(v); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(v)
		if err != nil {
			return nil, fmt.Errorf("%q is neither an address nor a network (CIDR)", v)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}
