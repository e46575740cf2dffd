#!/usr/bin/env bash
# The bad-input suite (tests/BadInput.Tests): every write RPC of every service, called through the
# gateway on its gRPC and REST faces with input it must refuse, each service's database checked
# unchanged. Ends with its report (artifacts/reports/bad-input.txt), whose last line is
#   bad-input: cases=N rejected=N stored=0 5xx=0
# and fails when a case failed. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1
eng/ensure-rabbitmq.sh
report=artifacts/reports/bad-input.txt
rm -f "$report"
status=0
dotnet test --project tests/BadInput.Tests "$@" || status=$?
if [[ ! -f $report ]]; then
  echo "bad-input: no report was written; see the test output above." >&2
  exit $(( status == 0 ? 1 : status ))
fi
echo
cat "$report"
# The tests fail on any stored case or server error already; the summary line must agree.
tail -n 1 "$report" | grep -Eq 'stored=0 5xx=0$' || status=$(( status == 0 ? 1 : status ))
exit "$status"
