#!/usr/bin/env bash
# buf lint (STANDARD rules) on the suite's protos; the google/* protos they import are put in
# .build/protodeps by eng/proto-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

eng/proto-deps.sh

if [ ! -x node_modules/.bin/buf ]; then
  npm ci --no-audit --no-fund >/dev/null
fi

node_modules/.bin/buf lint
echo "buf lint: passed"
