#!/usr/bin/env bash
# The observability suite (tests/Observability.Tests): one trace across every hop, logs that carry
# it, and the operators' metrics. Prints its figures lines ("trace: hops=11 expected=11 orphans=0").
set -euo pipefail
cd "$(dirname "$0")/.."
reports=artifacts/reports
mkdir -p "$reports" && rm -f "$reports/trace.txt" "$reports/metrics.txt"
eng/ensure-rabbitmq.sh >/dev/null
status=0
dotnet test --project tests/Observability.Tests || status=$?
cat "$reports/trace.txt" "$reports/metrics.txt" 2>/dev/null || true
exit $status
