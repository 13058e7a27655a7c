//go:build !unix

package store

import "context"

// lockFile is a no-op where flock is not available.
func lockFile(context.Context, string) (func(), error) { return func() {}, nil }
