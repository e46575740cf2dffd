#!/usr/bin/env bash
# The bench, in one command: builds the suite and the bench in Release, installs nginx and wrk
# (Debian packages) when they are missing, starts a private RabbitMQ node, the services, the
# gateway, the portal and nginx as separate processes on loopback, runs every scenario, stops everything, and
# writes bench/results/<date>.md and .json. `bench/run.sh --quick` checks the harness in a minute
# or two; `bench/run.sh --help` lists the options.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

case " $* " in
  *" --help "* | *" -h "*)
    exec dotnet run -c Release --project bench/Mc2cm.Bench -- --help ;;
esac

missing=()
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/wrk ] || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]} (Debian packages)"
  eng/apt-install.sh "${missing[@]}"
fi
eng/ensure-rabbitmq.sh

echo "== build (Release): services, gateway, issuer, portal, AppHost, bench"
dotnet build bench/bench.slnf -c Release -nologo -v q
# The portal runs from its publish folder: its static assets are served from a wwwroot, as in production.
dotnet publish web/Mc2cm.Web.csproj -c Release --no-build -nologo -v q

# The bench stops what it started, also on Ctrl-C and SIGTERM. Should it die harder than that,
# the processes listed in its pid file (pid, start time, name) are ended here — those only.
run_folder="$(mktemp -d -t mc2cm-bench-XXXXXX)"
cleanup() {
  if [ -f "$run_folder/pids" ]; then
    while read -r pid start name; do
      if [ -r "/proc/$pid/stat" ] && [ "$(awk '{print $22}' "/proc/$pid/stat" 2>/dev/null)" = "$start" ]; then
        echo "stopping leftover $name ($pid)"
        kill -KILL "$pid" 2>/dev/null || true
      fi
    done < "$run_folder/pids"
    rm -f "$run_folder/pids"
  fi
  rmdir "$run_folder" 2>/dev/null || true
}
trap cleanup EXIT

dotnet bench/Mc2cm.Bench/bin/Release/net10.0/Mc2cm.Bench.dll --run-folder "$run_folder" "$@" &
bench=$!
trap 'kill -TERM "$bench" 2>/dev/null || true' INT TERM
status=0
wait "$bench" || status=$?
# A signal interrupts the first wait: wait again for the bench to finish stopping everything.
if kill -0 "$bench" 2>/dev/null; then
  wait "$bench" || status=$?
fi
exit "$status"
