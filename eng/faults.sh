#!/usr/bin/env bash
# The fault suite (tests/Faults.Tests): Cities, Knowledge, the gateway and RabbitMQ as real
# processes on loopback, killed and restarted on purpose. Builds what it needs, runs within a
# time limit, prints every test's line of figures at the end, and exits non-zero when a test failed.
# Each process's output: artifacts/logs/faults/<test>/<process>.log.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1
eng/ensure-rabbitmq.sh || exit 1

report=artifacts/reports/faults.txt
rm -f "$report"
dotnet test --project tests/Faults.Tests --timeout 15m "$@"
status=$?

echo
echo "Fault suite figures ($report):"
if [ -s "$report" ]; then
  cat "$report"
else
  echo "  none: no test got as far as its figures"
fi
exit "$status"
