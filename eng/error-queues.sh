#!/usr/bin/env bash
# The operator's tool for messages parked in _error queues (docs/operations.md, "Parked messages"):
#   eng/error-queues.sh list
#   eng/error-queues.sh inspect <queue>_error [--id <message id>]
#   eng/error-queues.sh replay  <queue>_error [--id <message id>] [--dry-run]
# Against another broker: --broker amqp://user:password@host:5672/vhost (listing then needs
# rabbitmqctl on that broker's host). With no --broker and ./run.sh's private node running, it
# finds that node (its AMQP port, epmd port and cookie) from the node's own process.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
data="${MC2CM_RABBITMQ_DATA:-$root/.data/rabbitmq}"

# The local node's settings, read from the environment of its Erlang VM (the AppHost picks its ports at start).
for environ in /proc/[0-9]*/environ; do
  if grep -qzxF "RABBITMQ_MNESIA_BASE=$data/mnesia" "$environ" 2>/dev/null; then
    node_env="$(tr '\0' '\n' < "$environ")"
    setting() { grep -m1 "^$1=" <<<"$node_env" | cut -d= -f2-; }
    export HOME="$data/home" ERL_FLAGS="-start_epmd false"
    export RABBITMQ_NODENAME="$(setting RABBITMQ_NODENAME)" ERL_EPMD_PORT="$(setting ERL_EPMD_PORT)"
    export ConnectionStrings__messaging="${ConnectionStrings__messaging:-amqp://guest:guest@127.0.0.1:$(setting RABBITMQ_NODE_PORT)/}"
    break
  fi
done

dotnet build "$root/tools/ErrorQueues/Mc2cm.ErrorQueues.csproj" -v q -nologo >&2
exec dotnet "$root/tools/ErrorQueues/bin/Debug/net10.0/Mc2cm.ErrorQueues.dll" "$@"
