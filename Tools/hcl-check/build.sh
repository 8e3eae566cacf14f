#!/usr/bin/env bash
# Builds Tools/hcl-check into .build/hcl-check/hcl-check (git-ignored) from Debian's Go packages
# only: GOPATH mode over /usr/share/gocode, no module proxy, no download.
#   Tools/hcl-check/build.sh            # prints the binary's path
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/.build/hcl-check"
binary="$out/hcl-check"
source="$root/Tools/hcl-check/main.go"
if [ -x "$binary" ] && [ "$binary" -nt "$source" ]; then
    echo "$binary"
    exit 0
fi
command -v go >/dev/null || { echo "hcl-check: go not found; run scripts/setup.sh (apt: golang-go golang-github-hashicorp-hcl-v2-dev golang-github-zclconf-go-cty-dev)" >&2; exit 1; }
[ -d /usr/share/gocode/src/github.com/hashicorp/hcl/v2/hclsyntax ] || { echo "hcl-check: HCL sources missing; run scripts/setup.sh (apt: golang-github-hashicorp-hcl-v2-dev golang-github-zclconf-go-cty-dev)" >&2; exit 1; }
mkdir -p "$out/cache"
# GOPATH mode: Debian's sources are laid out as a GOPATH, and "minimal module compatibility"
# maps imports such as go-textseg/v13 onto them. GOPROXY=off and GOFLAGS= forbid any download.
env GO111MODULE=off GOPATH=/usr/share/gocode GOPROXY=off GOFLAGS= GOCACHE="$out/cache" GOTOOLCHAIN=local \
    go build -o "$binary.tmp" "$source"
mv "$binary.tmp" "$binary"
echo "$binary"
