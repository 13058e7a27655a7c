package main

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

func runHealthcheck(ctx context.Context, a *app, args []string) error {
	fs := a.flags("healthcheck", "healthcheck [--url URL]",
		"Ask a running server whether it is healthy (database reachable); exit 0 if so. Used by the container's HEALTHCHECK.")
	url := fs.String("url", "http://127.0.0.1:8080/healthz", "the health endpoint")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return usageError("--url: %v", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("unhealthy: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("unhealthy: %s", resp.Status)
	}
	fmt.Fprintln(a.stdout, "healthy")
	return nil
}
