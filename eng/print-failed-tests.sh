#!/usr/bin/env bash
# Prints each failed test of a run with the first lines of its message, from the JUnit reports
# the test applications wrote (test.sh asks for them), so the end of a long log names them.
set -euo pipefail
results="${1:?usage: print-failed-tests.sh RESULTS_DIR}"
shopt -s nullglob
reports=("$results"/*.junit.xml)
[ ${#reports[@]} -gt 0 ] || { echo "(no JUnit report in $results)"; exit 0; }
echo
echo "== failed tests"
for report in "${reports[@]}"; do
  # One testcase per element; a failed one holds a <failure message="..."> child.
  grep -o '<testcase name="[^"]*"[^>]*><failure[^>]*' "$report" |
    sed -e 's/^<testcase name="\([^"]*\)".*<failure.*message="\([^"]*\)".*/\1\n    \2/' \
        -e 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&#xA;/\n    /g; s/&#xD;//g; s/&amp;/\&/g' |
    cut -c1-400 | head -n 200
done
