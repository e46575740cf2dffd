#!/usr/bin/env bash
# Installs Debian packages with apt-get: as root directly, otherwise through sudo.
# Usage: eng/apt-install.sh PACKAGE...
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Cannot install: run this as root:  apt-get install -y $*" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
echo "$* installed." >&2
