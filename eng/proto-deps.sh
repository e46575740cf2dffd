#!/usr/bin/env bash
# Puts the google/* protos that the suite's protos import into .build/protodeps (git-ignored), the
# second module of buf.yaml: they come from the Google.Api.CommonProtos NuGet package, so that no
# third-party proto is kept in this repository. buf lint, buf breaking and buf generate need them.
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
