package main

import (
	"context"
)

// stub is a subcommand whose capability is not built yet: it takes the
// global flags and --help, then says so plainly and exits 2.
func stub(name, usage, description string) func(context.Context, *app, []string) error {
	return func(ctx context.Context, a *app, args []string) error {
		fs := a.flags(name, usage, description)
		if err := a.parseFlags(fs, args); err != nil {
			return err
		}
		return notBuilt(name)
	}
}
