#!/usr/bin/env bash
# Runs every test of the suite: unit, integration (real HTTP/2, SQLite files), messaging (a real
# RabbitMQ node per test run), end-to-end (the AppHost's processes through the gateway) and the
# portal in a real browser (Debian's chromium). A failed run ends by naming its failed tests.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1
eng/ensure-rabbitmq.sh
eng/ensure-chromium.sh
command -v jq >/dev/null || eng/apt-install.sh jq   # the documents' examples keep names with it
# buf and the TypeScript client's packages, for the client test and the documents' buf example.
eng/ensure-node.sh
[ -x node_modules/.bin/buf ] || npm ci --no-audit --no-fund
results=artifacts/test-results
rm -rf "$results"
status=0
dotnet test --solution MC2CM.sln --results-directory "$results" --report-xunit-junit "$@" || status=$?
[ "$status" -eq 0 ] || eng/print-failed-tests.sh "$results"
exit "$status"
