#!/bin/sh
# Installs Debian's Chromium for the dashboard's browser test (research
# package, TestDashboardInBrowser) when it is missing. Idempotent. Source it
# to export MADOGUCHI_CHROMIUM and MADOGUCHI_SCREENSHOT_DIR:
#   . scripts/ci-chromium.sh
set -eu
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi
MADOGUCHI_CHROMIUM=${MADOGUCHI_CHROMIUM:-/usr/bin/chromium}
MADOGUCHI_SCREENSHOT_DIR=${MADOGUCHI_SCREENSHOT_DIR:-$(pwd)/artifacts/screenshots}
mkdir -p "$MADOGUCHI_SCREENSHOT_DIR"
export MADOGUCHI_CHROMIUM MADOGUCHI_SCREENSHOT_DIR
