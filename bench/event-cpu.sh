#!/usr/bin/env bash
# CPU per event of each suite process, counted so that a busy machine does not skew it: each
# process's CPU from the end of the bench's filler writes to the end of the event path's last
# drain, divided by every event written in between (whenever it was handled). Runs the event path
# of the Release bench that `bench/run.sh` built: bench/event-cpu.sh OUT_FOLDER.
# The event count follows ScenarioSettings.Full: 10 s at 200/s, 10 s at 1000/s, each after 10 s
# of warm-up at (at most) 200/s.
set -uo pipefail
out=$(realpath -m "$1"); mkdir -p "$out"
cd "$(dirname "$0")/.."
run_folder="$(mktemp -d -t mc2cm-cpu-XXXXXX)"
dotnet bench/Mc2cm.Bench/bin/Release/net10.0/Mc2cm.Bench.dll --run-folder "$run_folder" --only events --no-apphost > "$out/bench.log" 2>&1 &
bench=$!
# utime + stime of each process and the children it waited for (/proc/PID/stat fields 14-17), in ticks.
snap() { while read -r pid _ name; do
  [ -r "/proc/$pid/stat" ] && echo "$name $(awk '{print $14+$15+$16+$17}' "/proc/$pid/stat")"; done < "$run_folder/pids"; }
wait_for() { until grep -q "$1" "$out/bench.log" 2>/dev/null; do
  kill -0 $bench 2>/dev/null || { echo "bench ended early:"; tail "$out/bench.log"; exit 1; }; sleep 0.5; done; }
wait_for "filler cities created"; snap > "$out/cpu-start"
wait_for "event path 1000/s: [kd]"; snap > "$out/cpu-end"
wait $bench
not_sent=$(grep -o "[0-9]* writes not sent" "$out/bench.log" | awk '{s += $1} END {print s + 0}')
events=$((2000 + 2000 + 2000 + 10000 - not_sent))
{
  echo "events written: $events ($not_sent not sent)"
  join <(sort "$out/cpu-start") <(sort "$out/cpu-end") | awk -v e="$events" -v hz="$(getconf CLK_TCK)" \
    '{us = ($3 - $2) / hz * 1e6 / e; total += us; printf "%-10s %6.0f µs/event\n", $1, us} END {printf "%-10s %6.0f µs/event\n", "total", total}'
  grep "event path" "$out/bench.log"
} | tee "$out/summary"
