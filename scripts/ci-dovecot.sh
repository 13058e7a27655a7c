#!/usr/bin/env bash
# Starts a throwaway Dovecot 2.3 on 127.0.0.1 for the intake's integration
# tests, installing dovecot-imapd with apt when it is missing. Idempotent: a
# running instance in the same directory is reused.
#
# Sourced (as .ci/run does), it exports the variables that switch the tests on:
#   source scripts/ci-dovecot.sh
# Executed, it prints them for eval:
#   eval "$(scripts/ci-dovecot.sh)"
#   scripts/ci-dovecot.sh stop
#
# MADOGUCHI_DOVECOT_DIR (default /tmp/madoguchi-dovecot) and
# MADOGUCHI_DOVECOT_PORT / MADOGUCHI_DOVECOTS_PORT (default 1143 / 1993) may
# be set. Progress goes to stderr.

madoguchi_dovecot() {
	local dir=${MADOGUCHI_DOVECOT_DIR:-/tmp/madoguchi-dovecot}
	local port=${MADOGUCHI_DOVECOT_PORT:-1143}
	local tlsport=${MADOGUCHI_DOVECOTS_PORT:-1993}
	local here
	here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

	if [ "${1:-}" = "stop" ]; then
		if [ -f "$dir/dovecot.conf" ]; then
			doveadm -c "$dir/dovecot.conf" stop 2>/dev/null || true
		fi
		return 0
	fi
	if ! command -v dovecot >/dev/null 2>&1; then
		echo "installing dovecot-imapd" >&2
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >&2 || return 1
	fi
	mkdir -p "$dir/run" "$dir/state" "$dir/tls" "$dir/mail" || return 1
	chmod 755 "$dir" "$dir/run"
	chown 65534:65534 "$dir/mail"
	if [ ! -f "$dir/tls/cert.pem" ]; then
		openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
			-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
			-keyout "$dir/tls/key.pem" -out "$dir/tls/cert.pem" 2>/dev/null || return 1
	fi
	sed -e "s#@DIR@#$dir#g" -e "s#@IMAP_PORT@#$port#g" -e "s#@IMAPS_PORT@#$tlsport#g" \
		"$here/testdata/dovecot/dovecot.conf.in" >"$dir/dovecot.conf" || return 1
	if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		dovecot -c "$dir/dovecot.conf" || return 1
	fi
	local i=0
	until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
		i=$((i + 1))
		if [ $i -gt 100 ]; then
			echo "dovecot did not start; see $dir/dovecot.log" >&2
			return 1
		fi
		sleep 0.1
	done
	echo "dovecot listening on 127.0.0.1:$port (STARTTLS) and 127.0.0.1:$tlsport (TLS)" >&2
	MADOGUCHI_TEST_IMAP_ADDR=127.0.0.1:$port
	MADOGUCHI_TEST_IMAPS_ADDR=127.0.0.1:$tlsport
	MADOGUCHI_TEST_IMAP_PASSWORD=test
	export MADOGUCHI_TEST_IMAP_ADDR MADOGUCHI_TEST_IMAPS_ADDR MADOGUCHI_TEST_IMAP_PASSWORD
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -euo pipefail
	madoguchi_dovecot "$@"
	if [ "${1:-}" != "stop" ]; then
		echo "export MADOGUCHI_TEST_IMAP_ADDR=$MADOGUCHI_TEST_IMAP_ADDR"
		echo "export MADOGUCHI_TEST_IMAPS_ADDR=$MADOGUCHI_TEST_IMAPS_ADDR"
		echo "export MADOGUCHI_TEST_IMAP_PASSWORD=$MADOGUCHI_TEST_IMAP_PASSWORD"
	fi
else
	madoguchi_dovecot "$@"
fi
