#!/usr/bin/env bash
# Makes sure Node.js and npm are installed (Debian's packages): CI lints the protos with buf from
# npm (eng/lint-protos.sh) and test.sh installs the npm packages the client tests use.
set -euo pipefail

if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  exit 0
fi

echo "Node.js/npm are not installed; installing Debian's nodejs and npm packages..." >&2
"$(dirname "$0")/apt-install.sh" nodejs npm
