#!/usr/bin/env bash
# Starts a throwaway Dovecot 2.3 on 127.0.0.1 for the intake's integration
# tests, installing dovecot-imapd with apt when it is missing. Idempotent: a
# running instance in the same directory is reused.
#
#   eval "$(scripts/ci-dovecot.sh)"      # exports MADOGUCHI_TEST_IMAP_*
#   go test ./intake/...
#   scripts/ci-dovecot.sh stop
#
# DIR (default /tmp/madoguchi-dovecot), IMAP_PORT (default 1143) and
# IMAPS_PORT (default 1993) may be set in the environment. Everything the
# script prints on stdout is shell to eval; progress goes to stderr.
set -euo pipefail

DIR=${DIR:-/tmp/madoguchi-dovecot}
IMAP_PORT=${IMAP_PORT:-1143}
IMAPS_PORT=${IMAPS_PORT:-1993}
HERE=$(cd "$(dirname "$0")/.." && pwd)

if [ "${1:-}" = "stop" ]; then
	if [ -f "$DIR/dovecot.conf" ]; then
		doveadm -c "$DIR/dovecot.conf" stop 2>/dev/null || true
	fi
	exit 0
fi

if ! command -v dovecot >/dev/null 2>&1; then
	echo "installing dovecot-imapd" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq dovecot-imapd >&2
fi

mkdir -p "$DIR/run" "$DIR/state" "$DIR/tls" "$DIR/mail"
chmod 755 "$DIR" "$DIR/run"
chown 65534:65534 "$DIR/mail"
if [ ! -f "$DIR/tls/cert.pem" ]; then
	openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
		-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
		-keyout "$DIR/tls/key.pem" -out "$DIR/tls/cert.pem" 2>/dev/null
fi
sed -e "s#@DIR@#$DIR#g" -e "s#@IMAP_PORT@#$IMAP_PORT#g" -e "s#@IMAPS_PORT@#$IMAPS_PORT#g" \
	"$HERE/testdata/dovecot/dovecot.conf.in" > "$DIR/dovecot.conf"

if ! doveadm -c "$DIR/dovecot.conf" service status >/dev/null 2>&1; then
	dovecot -c "$DIR/dovecot.conf"
fi
# Wait for the listener.
i=0
until (exec 3<>/dev/tcp/127.0.0.1/$IMAP_PORT) 2>/dev/null; do
	i=$((i + 1))
	if [ $i -gt 50 ]; then
		echo "dovecot did not start; see $DIR/dovecot.log" >&2
		exit 1
	fi
	sleep 0.1
done
echo "dovecot listening on 127.0.0.1:$IMAP_PORT (STARTTLS) and 127.0.0.1:$IMAPS_PORT (TLS)" >&2

echo "export MADOGUCHI_TEST_IMAP_ADDR=127.0.0.1:$IMAP_PORT"
echo "export MADOGUCHI_TEST_IMAPS_ADDR=127.0.0.1:$IMAPS_PORT"
echo "export MADOGUCHI_TEST_IMAP_PASSWORD=test"
echo "export MADOGUCHI_TEST_DOVECOT_DIR=$DIR"
