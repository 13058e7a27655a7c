#!/bin/sh
# Installs Debian's chromium for the web package's browser tests when it is
# missing, and exports MADOGUCHI_CHROMIUM for them. Idempotent: run it as
# often as you like; source it to keep the variable:
#
#   . scripts/ci-chromium.sh && go test ./web/...
set -eu

if [ ! -x /usr/bin/chromium ]; then
	SUDO=""
	if [ "$(id -u)" -ne 0 ]; then
		SUDO="sudo"
	fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
		chromium fonts-noto-cjk >/dev/null
fi
/usr/bin/chromium --version
MADOGUCHI_CHROMIUM=/usr/bin/chromium
export MADOGUCHI_CHROMIUM
