package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func runVersion(ctx context.Context, a *app, args []string) error {
	fs := a.flags("version", "version", "Print the version of madoguchi and of Go it was built with.")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	goVersion := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
	}
	fmt.Fprintf(a.stdout, "madoguchi %s (%s)\n", version, goVersion)
	return nil
}
