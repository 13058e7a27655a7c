// Command madoguchi is the secretariat's front desk: it watches the mailbox,
// parses every mail into a lead, serves the staff UI and sends the campaigns.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand of the binary.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, a *app, args []string) error
}

// commands lists every subcommand. Each lives in its own file.
func commands() []command {
	return []command{
		{"serve", "run the intake daemon, the job workers and the staff web UI", runServe},
		{"demo", "run the whole service on embedded parts with the sample mail", runDemo},
		{"parse", "parse mail files into leads (the lead contract)", runParse},
		{"eval", "measure the parser against labelled mail", runEval},
		{"migrate", "apply the database migrations", runMigrate},
		{"leads", "list, show and work leads", runLeads},
		{"mail", "list stored mail", runMail},
		{"campaign", "manage and run newsletters and campaigns", runCampaign},
		{"subscribers", "import, export and list campaign subscribers", runSubscribers},
		{"user", "manage staff accounts", runUser},
		{"version", "print the version", runVersion},
		{"healthcheck", "check a running server's /healthz (for container health checks)", runHealthcheck},
	}
}

// exitError carries a process exit code.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError reports a wrong invocation: exit code 2.
func usageError(format string, a ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, a...)}
}

// notBuilt is returned by subcommands whose capability does not exist yet.
func notBuilt(name string) error {
	return &exitError{code: 2, err: fmt.Errorf("%s: not available in this version of madoguchi", name)}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Environ())
	stop()
	os.Exit(code)
}

// run executes one invocation and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, environ []string) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, environ: environ}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, a, args[1:])
		if err == nil {
			return 0
		}
		var ee *exitError
		if errors.As(err, &ee) {
			if ee.err != nil && ee.err.Error() != "" {
				fmt.Fprintf(stderr, "madoguchi %s: %v\n", c.name, ee.err)
			}
			return ee.code
		}
		fmt.Fprintf(stderr, "madoguchi %s: %v\n", c.name, err)
		return 1
	}
	fmt.Fprintf(stderr, "madoguchi: unknown command %q\n\n", args[0])
	printUsage(stderr)
	return 2
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: madoguchi COMMAND [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery command takes --config FILE, --data DIR and --help.")
}
