#!/usr/bin/env bash
# Loads a 600-resource, 2400-method REST API from moto through the counting proxy and prints
# the number of requests and the time taken. GWX_BENCH_STRIPPED=1 also loads it from a server
# that does not embed methods (one GetMethod per method, 8 in flight).
set -euo pipefail
cd "$(dirname "$0")/.."
export GWX_PYTHON="${GWX_PYTHON:-$(pwd)/.venv/bin/python}"
swift build --build-tests >/dev/null
swift test --skip-build --filter AWSLoadBenchmarkTests 2>&1 | grep -E '^aws-load|error|Executed' | head -5
