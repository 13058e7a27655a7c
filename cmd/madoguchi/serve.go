package main

import "context"

func runServe(ctx context.Context, a *app, args []string) error {
	return stub("serve", "serve", "Run the service.")(ctx, a, args)
}

func runMigrate(ctx context.Context, a *app, args []string) error {
	return stub("migrate", "migrate", "Apply the database migrations.")(ctx, a, args)
}
