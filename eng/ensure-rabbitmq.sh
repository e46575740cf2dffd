#!/usr/bin/env bash
# Makes sure Debian's RabbitMQ server is installed; the suite runs it as a private node
# (it never starts the system service). Installs it with apt-get when missing.
set -euo pipefail

if [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] && command -v epmd >/dev/null 2>&1; then
  exit 0
fi

echo "RabbitMQ is not installed; installing Debian's rabbitmq-server package..." >&2
# policy-rc.d may refuse to start the system service; the suite does not need it.
"$(dirname "$0")/apt-install.sh" rabbitmq-server
