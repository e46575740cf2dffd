#!/usr/bin/env bash
# Makes sure Debian's RabbitMQ server is installed; the suite runs it as a private node
# (it never starts the system service). Installs it with apt-get when missing.
set -euo pipefail

if [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] && command -v epmd >/dev/null 2>&1; then
  exit 0
fi

echo "RabbitMQ is not installed; installing Debian's rabbitmq-server package..." >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Cannot install: run this as root:  apt-get install -y rabbitmq-server" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# policy-rc.d may refuse to start the system service; the suite does not need it.
$sudo apt-get install -y -qq --no-install-recommends rabbitmq-server >/dev/null
echo "rabbitmq-server installed." >&2
