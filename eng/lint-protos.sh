#!/usr/bin/env bash
# buf lint (STANDARD rules) on the suite's protos. The google/* protos they import come from the
# Google.Api.CommonProtos NuGet package and are copied into .build/protodeps (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/.*Include="Google.Api.CommonProtos" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
protos="$packages/google.api.commonprotos/$version/content/protos"
if [ ! -d "$protos" ]; then
  dotnet restore services/Contracts/Mc2cm.Contracts.csproj >/dev/null
fi

rm -rf .build/protodeps
mkdir -p .build/protodeps
cp -r "$protos/google" .build/protodeps/

if [ ! -x node_modules/.bin/buf ]; then
  npm ci --no-audit --no-fund >/dev/null
fi

node_modules/.bin/buf lint
echo "buf lint: passed"
