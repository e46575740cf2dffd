#!/usr/bin/env bash
# The event path's steady state, profiled: the Release bench's event path alone at one rate, after a
# long warm-up (6,000 writes by default: every hot method has reached its final tier), with perf
# sampling every suite process during the measured window only. Writes to OUT_FOLDER the bench's
# results (CPU µs per event per process, in bench.log's results file), perf.data, and profile.txt:
# per process, where its samples went (bench/profile-summary.py).
#   bench/event-profile.sh OUT_FOLDER [RATE [WARMUP_SECONDS]]      (defaults: 200, 30)
# Needs the Release build `bench/run.sh` makes, and Debian's linux-perf (eng/apt-install.sh linux-perf).
set -uo pipefail
out=$(realpath -m "$1"); rate=${2:-200}; warmup=${3:-30}
mkdir -p "$out"
cd "$(dirname "$0")/.."
# perf names JIT-compiled methods from /tmp/perf-PID.map; with W^X on, that code runs from a
# memfd mapping perf cannot match to the map.
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
run_folder="$(mktemp -d -t mc2cm-profile-XXXXXX)"
dotnet bench/Mc2cm.Bench/bin/Release/net10.0/Mc2cm.Bench.dll --run-folder "$run_folder" --only events --no-apphost \
  --event-rates "$rate" --event-warmup "$warmup" --note "event-profile.sh: steady state at $rate/s after ${warmup} s of warm-up" \
  > "$out/bench.log" 2>&1 &
bench=$!
until grep -q "event path $rate/s: warm-up done" "$out/bench.log" 2>/dev/null; do
  kill -0 $bench 2>/dev/null || { echo "bench ended early:"; tail "$out/bench.log"; exit 1; }; sleep 0.2; done
# The suite's processes (not nginx, epmd or the bench itself), for the 10 s window less a margin.
pids=$(awk '$3 !~ /^(nginx|epmd)$/ {print $1}' "$run_folder/pids" | paste -sd,)
awk '$3 !~ /^(nginx|epmd)$/ {print $1, $3}' "$run_folder/pids" > "$out/pids"
perf record -F 499 -g -p "$pids" -o "$out/perf.data" -- sleep 9 2> "$out/perf-record.log"
wait $bench
perf script -F pid,ip,sym,dso -i "$out/perf.data" 2> /dev/null | python3 bench/profile-summary.py "$out/pids" > "$out/profile.txt"
grep -h "event path\|results:" "$out/bench.log"
echo "profile: $out/profile.txt"
