#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (test tools cannot download browsers here).
# Installs it when missing and we are root; otherwise says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $browser: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
