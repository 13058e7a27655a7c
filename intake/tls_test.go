package intake

import "crypto/tls"

// insecureTLS accepts the throwaway test server's self-signed certificate.
func insecureTLS() *tls.Config { return &tls.Config{InsecureSkipVerify: true} } //nolint:gosec // test servers only
