package main

import (
	"fmt"
	"net"
	"net/netip"
)

// requireLoopback refuses listen addresses other than loopback ones: the
// demo signs anyone in as demo/demo, so it must not be reachable from the
// network.
func requireLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usageError("--http %q: %v", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !ip.IsLoopback() {
		return usageError("--http %q: the demo listens only on a loopback address (127.0.0.1, [::1] or localhost), "+
			"since anyone can sign in as %s/%s", addr, demoUser, demoPassword)
	}
	return nil
}

// demoSignIn is the line the demo prints about the web UI's account.
func demoSignIn() string {
	return fmt.Sprintf("  Sign in       user %q, password %q (admin)\n", demoUser, demoPassword)
}
