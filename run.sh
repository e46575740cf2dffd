#!/usr/bin/env bash
# Runs the whole suite: RabbitMQ (a private node), every service, the gateway (5080 REST and
# gRPC-Web, 5081 gRPC) and the Aspire dashboard (http://localhost:18888). Ctrl-C stops it all.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
eng/ensure-rabbitmq.sh
exec dotnet run --project AppHost "$@"
