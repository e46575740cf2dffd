#!/usr/bin/env bash
# Prints an access token of one of the development issuer's seeded users (the issuer runs with
# ./run.sh on http://localhost:5090). Users: coordinator, tunis-focal-point, tunis-expert,
# sfax-focal-point, lisbon-expert, evaluator-1, evaluator-2.
#   curl -H "Authorization: Bearer $(eng/dev-token.sh coordinator)" localhost:5080/api/v1/...
set -euo pipefail
user="${1:-coordinator}"
issuer="${MC2CM_ISSUER:-http://localhost:5090}"
curl -sf "$issuer/connect/token" -d grant_type=client_credentials -d "client_id=$user" -d client_secret=dev-secret \
  | tr -d '\n ' | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
