#!/usr/bin/env bash
# For every service database and both providers: fails when the model has changes that no
# migration covers, and generates the migration scripts (SQL Server idempotent) into
# artifacts/sql, proving they can be produced without a server.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
dotnet build MC2CM.sln -c Debug -v quiet -nologo
mkdir -p artifacts/sql
status=0
for snapshot in services/*/Data/Migrations/*/*ModelSnapshot.cs; do
  project_dir=$(dirname "$(dirname "$(dirname "$(dirname "$snapshot")")")")
  project=$(ls "$project_dir"/*.csproj)
  context=$(sed -n 's/.*\[DbContext(typeof(\([A-Za-z0-9_]*\)))\].*/\1/p' "$snapshot")
  echo "== $context ($project_dir)"
  if ! dotnet ef migrations has-pending-model-changes --project "$project" --context "$context" --no-build; then
    echo "error: $context has model changes without a migration: run dotnet ef migrations add <Name> --context $context" >&2
    status=1
    continue
  fi

  case "$context" in
    SqlServer*) dotnet ef migrations script --idempotent --project "$project" --context "$context" --no-build -o "artifacts/sql/$context.sql" >/dev/null ;;
    *) dotnet ef migrations script --project "$project" --context "$context" --no-build -o "artifacts/sql/$context.sql" >/dev/null ;;
  esac
  echo "   script: artifacts/sql/$context.sql ($(wc -l < "artifacts/sql/$context.sql") lines)"
done
exit $status
