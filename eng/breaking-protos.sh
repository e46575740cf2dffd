#!/usr/bin/env bash
# buf breaking (FILE rules, buf.yaml) on the suite's protos against those of an earlier commit:
# HEAD~1 by default (in CI, the previous commit on main; for a merge commit, main before the
# merge), or the git ref given, e.g. `eng/breaking-protos.sh main` on a branch. A v1 package
# evolves compatibly; a break goes to a new v2 package (docs/api-evolution.md).
# Nothing is fetched: the old protos come from this clone's history, checked out into a temp
# folder beside the same google/* protos (not `--against .git#ref=…`: those are git-ignored, so
# the old protos would not compile). A clone without that commit (the first commit, a shallow
# clone) or a commit without protos skips the check, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:-HEAD~1}
protos=services/Contracts/protos

if ! base=$(git rev-parse --verify --quiet "$ref^{commit}"); then
  echo "buf breaking: skipped: $ref is not in this clone (first commit, or a shallow clone)"
  exit 0
fi
if ! git cat-file -e "$base:$protos" 2>/dev/null; then
  echo "buf breaking: skipped: $ref has no $protos"
  exit 0
fi

eng/proto-deps.sh
if [ ! -x node_modules/.bin/buf ]; then
  npm ci --no-audit --no-fund >/dev/null
fi

against=$(mktemp -d)
trap 'rm -rf "$against"' EXIT
git archive "$base" -- "$protos" | tar -x -C "$against"
mkdir -p "$against/.build"
cp -r .build/protodeps "$against/.build/"
cp buf.yaml "$against/"

node_modules/.bin/buf breaking --against "$against"
echo "buf breaking: passed (against $ref, $(git rev-parse --short "$base"))"
