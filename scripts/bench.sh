#!/usr/bin/env bash
# `make bench`: prints the figures of the performance issues, each measured in this run.
#   0. start-up: `gwx --version` and a one-line `gwx render`, whole process, beside /bin/true
#   1. template rendering: gwx (release) beside Apache Velocity 1.7 on a warm JVM, same inputs
#   2. loading a 600-resource API from moto through the counting proxy (Benchmarks/aws-load.sh)
#   3. terminal UI: start to first frame of `gwx demo`, keypress to frame on 10,000 resources,
#      cells written per keypress
#   4. editor: keystroke to repainted preview with a 1 MB body and a 300-line template
#   5. export files: `gwx ls --file` and the explorer to its tree on 300/3,000/10,000-resource exports (Benchmarks/export-files.sh)
# GWX_BENCH_QUICK=1 shortens every timing (for a smoke run); GWX_BENCH_SKIP="aws exports" skips parts.
set -euo pipefail
cd "$(dirname "$0")/.."
# gwx must never ask the EC2 instance metadata service (169.254.169.254) from here.
export AWS_EC2_METADATA_DISABLED=true
skip=" ${GWX_BENCH_SKIP:-} "
quick=${GWX_BENCH_QUICK:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/gwx-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "gwx bench — $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "building (release)..."
# --static-swift-stdlib as `make release` builds it (both products, so that neither rebuild undoes
# the other); the filter hides static Foundation's link-time note about mktemp.
swift build -c release --static-swift-stdlib --product gwx-bench 2>&1 | grep -E 'error|warning: ' | grep -v "the use of \`mktemp'" || true
swift build -c release --static-swift-stdlib --product gwx 2>&1 | grep -E 'error|warning: ' | grep -v "the use of \`mktemp'" || true
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)

# MARK: 1. template rendering
source scripts/velocity-java.sh
"$bin/gwx-bench" inputs "$work/render"
if [ -n "$quick" ]; then warm=0.5; secs=0.5; else warm=2; secs=3; fi
java -cp "$cp:$classes" Bench "$warm" "$secs" "$work/render"/*/ > "$work/render/java.txt"
echo
"$bin/gwx-bench" render "$work/render"

# MARK: 0. whole-process start-up beside /bin/true (scripts/bench-startup.sh)
scripts/bench-startup.sh "$bin" "$work"

# MARK: 3 and 4. terminal UI and editor (the explorer on a scripted in-memory terminal)
echo
export XDG_STATE_HOME="$work/state"
"$bin/gwx-bench" ui "$work"

# MARK: 3a. start to first frame of the real binary, `gwx demo` in a pty (script(1))
runs=20; [ -n "$quick" ] && runs=5
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    GWX_BENCH_EXIT_AFTER_FIRST_FRAME=1 TERM=xterm-256color script -qec "stty rows 50 cols 160; $bin/gwx demo" /dev/null >/dev/null </dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( (runs - 1) / 2 ))]}
p95=${sorted[$(( (runs * 95 + 99) / 100 - 1 ))]}
echo
echo "== gwx demo: process start to first frame (release binary in a pty, $runs runs, includes script(1) and stty)"
awk -v m="$median" -v p="$p95" 'BEGIN { printf "median %.1f ms, p95 %.1f ms  %s\n", m / 1000, p / 1000, (p / 1000 < 100 ? "ok (< 100 ms)" : "MISS (>= 100 ms)") }'

# MARK: 2. AWS load (moto through the counting proxy)
if [[ "$skip" != *" aws "* ]]; then
    echo
    echo "== AWS load: 600 resources x 4 methods from moto through the counting proxy (Benchmarks/aws-load.sh)"
    Benchmarks/aws-load.sh || echo "aws-load: failed (see above)"
fi

# MARK: 5. export files (issue 15): gwx ls --file and the explorer on generated exports, beside Python's C parsers
if [[ "$skip" != *" exports "* ]]; then
    Benchmarks/export-files.sh "$bin" "$work" || echo "export-files: failed (see above)"
fi
