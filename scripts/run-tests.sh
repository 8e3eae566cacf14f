#!/usr/bin/env bash
# Runs every test: the Swift test targets (unit, conformance, moto, tmux end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
export GWX_PYTHON="${GWX_PYTHON:-$PWD/.venv/bin/python}"
export GWX_BINARY="${GWX_BINARY:-$PWD/.build/debug/gwx}"
swift test --skip-build 2>&1 | tee .build/test-output.txt
