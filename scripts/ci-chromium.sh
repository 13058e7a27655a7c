#!/bin/sh
# Installs Debian's chromium (and Japanese fonts for readable screenshots) for
# the browser tests when it is missing, and exports MADOGUCHI_CHROMIUM, which
# switches them on, and MADOGUCHI_SCREENSHOTS, where they write screenshots.
# Idempotent; source it to keep the variables:
#
#   . scripts/ci-chromium.sh && go test ./web/... ./research/...
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
MADOGUCHI_SCREENSHOTS=${MADOGUCHI_SCREENSHOTS:-$(pwd)/screenshots}
mkdir -p "$MADOGUCHI_SCREENSHOTS"
export MADOGUCHI_CHROMIUM MADOGUCHI_SCREENSHOTS
