package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/outreach"
	"github.com/md2-rm/madoguchi/store"
)

func runCampaignBench(ctx context.Context, a *app, args []string) error {
	fs := a.flags("campaign bench", "campaign bench [--recipients N] [--driver sqlite|postgres] [--concurrency N]",
		"Send a campaign to N generated recipients through an in-process SMTP sink on a throwaway database,\n"+
			"ledger included, and print: sent=N lost=N duplicates=N rate=X/s peak_rss=Y MB.\n"+
			"PostgreSQL uses --dsn, else db.dsn, else MADOGUCHI_TEST_POSTGRES_DSN, in a temporary schema.")
	n := fs.Int("recipients", 20000, "number of recipients")
	driver := fs.String("driver", store.SQLite, "database: sqlite or postgres")
	dsn := fs.String("dsn", "", "PostgreSQL `DSN` (default db.dsn or MADOGUCHI_TEST_POSTGRES_DSN)")
	conc := fs.Int("concurrency", 0, "senders (SMTP connections); default 32 on SQLite, 128 on PostgreSQL")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	if *conc == 0 {
		// A sender waits for its outcome's commit before its next mail, so
		// the senders needed grow with the commit latency: PostgreSQL's
		// (a round trip and a WAL flush) is longer than SQLite's.
		*conc = 32
		if *driver == store.Postgres {
			*conc = 128
		}
	}
	if *n <= 0 || *conc <= 0 {
		return usageError("--recipients and --concurrency must be positive")
	}
	cfg, err := a.config(false)
	if err != nil {
		return err
	}
	log := a.logger()
	var st *store.Store
	switch *driver {
	case store.SQLite:
		dir, err := os.MkdirTemp("", "madoguchi-bench-")
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(dir)
		st, err = store.Open(ctx, store.SQLite, store.SQLitePath(dir))
		if err != nil {
			return err
		}
	case store.Postgres:
		base := *dsn
		if base == "" {
			base = cfg.DB.DSN.Reveal()
		}
		if base == "" || cfg.DB.Driver != store.Postgres && *dsn == "" {
			base = a.getenv("MADOGUCHI_TEST_POSTGRES_DSN")
		}
		if base == "" {
			return usageError("--driver postgres needs --dsn, db.dsn or MADOGUCHI_TEST_POSTGRES_DSN")
		}
		schemaDSN, drop, err := benchSchema(ctx, base)
		if err != nil {
			return err
		}
		defer drop()
		st, err = store.Open(ctx, store.Postgres, schemaDSN)
		if err != nil {
			return err
		}
	default:
		return usageError("--driver must be sqlite or postgres")
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "seeding %d recipients on %s...\n", *n, *driver)
	campaignID, err := outreach.SeedBench(ctx, st, *n)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "seeded: peak_rss=%.1f MB so far\n", peakRSS())
	signer, err := outreach.NewSigner([]byte("benchmark-key-not-secret-0123456789"))
	if err != nil {
		return err
	}
	org := orgOf(cfg)
	if org.Name == "" {
		org = outreach.Org{Name: "ベンチマーク事務局", Address: "東京都千代田区1-1", Email: "bench@bench.example"}
	}
	e := &outreach.Engine{Store: st, Signer: signer, Log: log.With("component", "outreach"), Opts: outreach.Options{
		Concurrency: *conc, MaxAttempts: 3, RetryBackoff: 100 * time.Millisecond, BatchSize: cfg.Outreach.BatchSize,
		Org: org, FromAddr: "news@bench.example", BaseURL: "https://bench.example", UnsubscribeTo: "unsubscribe@bench.example",
		Location: cfg.Location(),
	}}
	goruntime.GC()
	cpu0 := cpuTime()
	res, err := outreach.Bench(ctx, e, campaignID, *n)
	if err != nil {
		return err
	}
	cpu := cpuTime() - cpu0
	fmt.Fprintf(a.stdout, "driver=%s recipients=%d concurrency=%d elapsed=%s cpu=%s cpu_per_mail=%s (sender and sink)\n",
		*driver, *n, *conc, res.Elapsed.Round(time.Millisecond), cpu.Round(time.Millisecond),
		(cpu / time.Duration(max(res.Sent, 1))).Round(time.Microsecond))
	fmt.Fprintf(a.stdout, "sent=%d lost=%d duplicates=%d rate=%.0f/s peak_rss=%.1f MB\n",
		res.Sent, res.Lost, res.Duplicates, res.Rate, peakRSS())
	return nil
}

// benchSchema makes a temporary schema in the PostgreSQL database.
func benchSchema(ctx context.Context, base string) (string, func(), error) {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "bench_" + hex.EncodeToString(b)
	admin, err := sqlx.Open("pgx", base)
	if err != nil {
		return "", nil, fmt.Errorf("bench: %w", err)
	}
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("bench: create schema: %w", err)
	}
	drop := func() {
		_, _ = admin.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
		admin.Close()
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return base + " search_path=" + schema, drop, nil
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), drop, nil
}

// cpuTime returns the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS returns the process's peak resident set in MB (VmHWM), or 0.
func peakRSS() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(v)
			if len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb / 1024
			}
		}
	}
	return 0
}
