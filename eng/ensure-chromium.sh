#!/usr/bin/env bash
# Makes sure Debian's chromium is installed: the browser tests (tests/Browser.Tests) drive it with
# Playwright. Playwright's own browser download cannot work here; the browser comes from apt.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

echo "Chromium is not installed; installing Debian's chromium package..." >&2
"$(dirname "$0")/apt-install.sh" chromium
