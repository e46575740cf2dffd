#!/usr/bin/env bash
# A client that brings no protos can call the suite through its front door: starts the suite
# (./run.sh: broker, token issuer, services, gateway) on a data folder of its own, then calls
# Cities' ListCities through the gateway's gRPC port with `buf curl`, which learns the schema from
# the gateway's server reflection alone, and checks that reflection lists every service of the
# protos. Bounded in time; stops the suite with SIGTERM (SIGKILL for whatever is left after a
# minute) and waits until no process of it is left. The suite's output:
# artifacts/logs/reflection-check/suite.log.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

port=5081                                    # the gateway's native gRPC port (see "What starts where")
deadline=${REFLECTION_CHECK_SECONDS:-300}    # start-up and the first answer, the build done
buf=node_modules/.bin/buf
logs=artifacts/logs/reflection-check

if [ ! -x "$buf" ]; then
  echo "reflection-check: $buf is missing; run 'npm ci' at the repository root first." >&2
  exit 1
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "reflection-check: port $port is taken (is the suite running already?); stop it first." >&2
  exit 1
fi

mkdir -p "$logs"
# Built first, so that the deadline is the start-up's alone.
dotnet build AppHost/Mc2cm.AppHost.csproj -v q -nologo >"$logs/build.log" 2>&1 || { cat "$logs/build.log" >&2; exit 1; }
data=$(mktemp -d)
# A session of its own (setsid, no fork: the job is no group leader), so that every process the
# suite starts can be found by its group id, which is the pid of `dotnet run`.
setsid ./run.sh --no-build -- "--Suite:DataDirectory=$data" </dev/null >"$logs/suite.log" 2>&1 &
suite=$!

started_by_suite() {
  grep -lsF -- "$data" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 | tr '\n' ' ' || true
}

stop() {
  if kill -0 "$suite" 2>/dev/null; then
    kill -TERM "$suite"
  fi
  for _ in $(seq 60); do
    kill -0 -- "-$suite" 2>/dev/null || break
    sleep 1
  done
  if kill -0 -- "-$suite" 2>/dev/null; then
    echo "reflection-check: the suite did not stop within 60 s of SIGTERM; killing what is left." >&2
    kill -KILL -- "-$suite" 2>/dev/null || true
  fi
  # The orchestrator (DCP, a session of its own) stops the services and the broker once the
  # AppHost is gone; they are known by the data folder in their environment. Wait for them too.
  for _ in $(seq 60); do
    [ -z "$(started_by_suite)" ] && break
    sleep 1
  done
  local left
  left=$(started_by_suite)
  if [ -n "$left" ]; then
    echo "reflection-check: killing what is still running 60 s after the AppHost: $left" >&2
    kill -KILL $left 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap stop EXIT

# No --schema: buf asks the gateway's reflection service (grpc.reflection.v1, else v1alpha).
call() {
  timeout 30 "$buf" curl --protocol grpc --http2-prior-knowledge --reflect \
    -d '{"phase":"phases/phase-1"}' "http://127.0.0.1:$port/mc2cm.cities.v1.CitiesService/ListCities"
}

end=$((SECONDS + deadline))
until answer=$(call 2>&1) && grep -q '"cities/tunis"' <<<"$answer"; do
  if ! kill -0 "$suite" 2>/dev/null || (( SECONDS >= end )); then
    echo "reflection-check: FAILED: no list of cities through the gateway within ${deadline} s. Last answer:" >&2
    echo "$answer" >&2
    echo "--- last lines of $logs/suite.log:" >&2
    tail -n 40 "$logs/suite.log" >&2
    exit 1
  fi
  sleep 3
done

echo "$answer" | grep -E '"totalSize"' || true

# ListCities alone would pass with the gateway's own services listed only (its overview imports
# cities.proto): every service of the protos must be listed, e.g. NetworkService, ThemesService.
listed=$(timeout 30 "$buf" curl --protocol grpc --http2-prior-knowledge --list-services "http://127.0.0.1:$port")
missing=0
for proto in $(find services/Contracts/protos/mc2cm -name '*.proto' | sort); do
  package=$(sed -n 's/^package \(.*\);/\1/p' "$proto")
  for service in $(sed -n 's/^service \([A-Za-z0-9_]*\).*/\1/p' "$proto"); do
    if ! grep -qx "$package.$service" <<<"$listed"; then
      echo "reflection-check: FAILED: $package.$service is not listed by the gateway's reflection" >&2
      missing=1
    fi
  done
done
(( missing == 0 )) || exit 1
echo "reflection-check: passed (ListCities through the gateway, schema from server reflection only; $(grep -c '^mc2cm\.' <<<"$listed") services listed)"
