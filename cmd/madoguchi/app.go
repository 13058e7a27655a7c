package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/md2-rm/madoguchi/internal/config"
)

// app holds what every subcommand shares: its streams, environment and the
// global flags.
type app struct {
	stdin   io.Reader
	stdout  io.Writer
	stderr  io.Writer
	environ []string

	configPath string
	dataDir    string
	logFormat  string
	logLevel   string
}

// flags returns a flag set for a subcommand with the global flags on it.
// usage is the synopsis printed by --help, e.g. "parse [--json] FILE...".
func (a *app) flags(name, usage, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.StringVar(&a.configPath, "config", "", "configuration `FILE` (default madoguchi.toml if present)")
	defaultData := "./madoguchi-data"
	if v := a.getenv("MADOGUCHI_DATA_DIR"); v != "" {
		defaultData = v
	}
	fs.StringVar(&a.dataDir, "data", defaultData, "data `DIR`: the SQLite database and other local state (env MADOGUCHI_DATA_DIR)")
	fs.StringVar(&a.logFormat, "log-format", "text", "log format: text or json")
	fs.StringVar(&a.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	fs.Usage = func() {
		fmt.Fprintf(a.stderr, "Usage: madoguchi %s\n\n%s\n\nFlags:\n", usage, description)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; --help prints usage and ends with exit code 0.
func (a *app) parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return &exitError{code: 0, err: fmt.Errorf("")}
		}
		return &exitError{code: 2, err: fmt.Errorf("")}
	}
	return nil
}

// config loads the configuration file and environment overrides. With
// sending set, the keys needed to send mail are required.
func (a *app) config(sending bool) (config.Config, error) {
	path := a.configPath
	if path == "" {
		if v := a.getenv("MADOGUCHI_CONFIG"); v != "" {
			path = v
		} else if config.Exists("madoguchi.toml") {
			path = "madoguchi.toml"
		}
	}
	c, err := config.Load(path, a.environ, sending)
	if err != nil {
		return c, &exitError{code: 1, err: fmt.Errorf("invalid configuration:\n%w", err)}
	}
	return c, nil
}

func (a *app) getenv(key string) string {
	for _, kv := range a.environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// logger returns a slog.Logger writing to stderr in the chosen format.
func (a *app) logger() *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(a.logLevel)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if a.logFormat == "json" {
		return slog.New(slog.NewJSONHandler(a.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(a.stderr, opts))
}

// ensureDataDir creates the data directory and returns its absolute path.
func (a *app) ensureDataDir() (string, error) {
	dir, err := filepath.Abs(a.dataDir)
	if err != nil {
		return "", fmt.Errorf("data directory: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("data directory: %w", err)
	}
	return dir, nil
}
