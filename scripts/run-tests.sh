#!/usr/bin/env bash
# Runs every test: the Swift test targets (unit, conformance fixtures, moto, tmux end to end).
# Ends with one plain line, "N passed, N failed", read from XCTest's own summary.
set -uo pipefail
cd "$(dirname "$0")/.."
# gwx must never ask the EC2 instance metadata service (169.254.169.254) from here.
export AWS_EC2_METADATA_DISABLED=true
export GWX_PYTHON="${GWX_PYTHON:-$PWD/.venv/bin/python}"
export GWX_BINARY="${GWX_BINARY:-$PWD/.build/debug/gwx}"
log=.build/test-output.txt
# The tests get a temporary directory of their own, so what they leave behind can be counted.
outer_tmp="${TMPDIR:-/tmp}"
run_tmp=$(mktemp -d "$outer_tmp/gwx-run.XXXXXX")
TMPDIR="$run_tmp" swift test --skip-build --disable-swift-testing 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# SwiftPM's own locks and `TemporaryDirectory.*` folders are not the tests'.
leftovers=$(find "$run_tmp" -mindepth 1 -maxdepth 1 -printf '%f\n' | grep -v -E '\.lock$|^TemporaryDirectory\.' | sort)
if [ -n "$leftovers" ]; then
    echo "temporary files the tests left behind ($(wc -l <<< "$leftovers")):"
    head -20 <<< "$leftovers"
    if grep -q '^gwx-' <<< "$leftovers" && [ "$status" = "0" ]; then status=1; fi
else
    echo "temporary files: the tests left none behind"
fi
rm -rf "$run_tmp"
summary=$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -1)
total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<< "$summary")
failed=$(sed -E 's/.*with ([0-9]+) failures?.*/\1/' <<< "$summary")
if [ -z "$summary" ]; then
    echo "tests: no XCTest summary found (the test run did not finish)"
    exit 1
fi
if [ "$failed" != "0" ]; then
    echo "failing assertions (full log: $log):"
    grep -E ": error: " "$log" | cut -c1-300 | head -20
    cp "$log" ".build/test-output-failed-$(date +%s).txt"
fi
echo "tests: $((total - failed)) passed, $failed failed"

# A short, deterministic fuzz run (a fixed seed and number of inputs, not a time budget).
fuzzer=.build/debug/gwx-fuzz
if [ ! -x "$fuzzer" ]; then
    echo "fuzz: $fuzzer not built (run swift build)"
    exit 1
fi
"$fuzzer" --seed 1 --iterations "${FUZZ_ITERATIONS:-4000}" --max-length 16384 | tee -a "$log" | tail -8
fuzz_status=${PIPESTATUS[0]}
if [ "$status" = "0" ] && [ "$fuzz_status" != "0" ]; then status=$fuzz_status; fi
exit "$status"
