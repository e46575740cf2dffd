#!/usr/bin/env bash
# The browser tests (tests/Browser.Tests): the whole suite from its AppHost, the portal in Debian's
# chromium. Builds what it needs, runs within a time limit, ends with one summary line, and exits
# non-zero when a test failed. Screenshots: artifacts/screenshots/; lines: artifacts/reports/browser.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1
eng/ensure-rabbitmq.sh || exit 1
eng/ensure-chromium.sh || exit 1

report=artifacts/reports/browser.txt
rm -f "$report"
rm -rf artifacts/screenshots
dotnet test --project tests/Browser.Tests --timeout 20m "$@"
status=$?

# One line per page view ("page name=home view=phone-ar axe_serious=0") and one per
# test ("test kind=flow result=Passed name=..."): pages are the distinct page names.
if [ -s "$report" ]; then
  counts=$(awk '
    $1 == "page" { split($2, n, "="); pages[n[2]] = 1; split($4, a, "="); axe += a[2] }
    $1 == "test" { if ($2 == "kind=flow") flows++; if ($3 == "result=Passed") passed++; else failed++ }
    END { k = 0; for (p in pages) k++; printf "pages=%d flows=%d passed=%d axe_serious=%d failed=%d", k, flows, passed, axe, failed }' "$report")
else
  counts="pages=0 flows=0 passed=0 axe_serious=0 failed=0"
fi
screenshots=$(find artifacts/screenshots -name '*.png' 2>/dev/null | wc -l)
# A run that reported no test, or a failed one, fails even if the runner said otherwise.
if [ "$status" -eq 0 ] && { [[ "$counts" == *"passed=0 "* ]] || [[ "$counts" != *"failed=0" ]]; }; then
  status=1
fi

echo
echo "browser: ${counts% failed=*} screenshots=$screenshots"
exit "$status"
