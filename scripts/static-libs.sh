#!/usr/bin/env bash
# The release link's static C/C++ libraries (Package.swift, `releaseLinkFlags`): a folder that
# holds only libstdc++.a, libncursesw.a and libtinfo.a, searched before the system's folders so
# that `-lstdc++`, `-lncursesw` and `-ltinfo` take the archives instead of the shared libraries.
# Why: each shared library is mapped and relocated at every start (libstdc++ alone brings 4,300
# symbol relocations: 0.6 ms of `gwx --version`); see README, "Performance".
# Usage: scripts/static-libs.sh   (scripts/setup.sh runs it; idempotent)
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/static-libs
mkdir -p "$out"
find_archive() {
    local name=$1 path
    path=$(gcc -print-file-name="$name" 2>/dev/null || true)
    if [ -z "$path" ] || [ "$path" = "$name" ]; then
        path=$(find /usr/lib /lib -name "$name" -path "*$(gcc -dumpmachine 2>/dev/null || uname -m)*" 2>/dev/null | head -1)
    fi
    [ -n "$path" ] && [ -f "$path" ] || { echo "static-libs: $name not found (packages libstdc++-12-dev, libncurses-dev)" >&2; exit 1; }
    ln -sfn "$path" "$out/$name"
}
for archive in libstdc++.a libncursesw.a libtinfo.a; do
    find_archive "$archive"
done
