#!/usr/bin/env bash
# `make bench`, start-up rows: the whole release binary, exec to exit, beside /bin/true in the
# same run (hyperfine -N: no shell in between), with the peak memory of one run of each.
# Usage: scripts/bench-startup.sh BIN-DIR WORK-DIR   (bench.sh passes its release bin and temp dir)
# GWX_BENCH_QUICK=1 takes fewer runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
work=$2/startup
mkdir -p "$work"

# MARK: tools (hyperfine and GNU time from Debian, installed here on first use)
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    echo "bench: installing ${missing[*]}"
    $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || { $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
fi

# MARK: inputs: a one-line template and its body
printf '%s' '{"name": "$input.path('"'"'$.name'"'"')"}' > "$work/t.vm"
printf '%s' '{"name": "gwx"}' > "$work/body.json"

runs=300; warm=30
[ -n "${GWX_BENCH_QUICK:-}" ] && { runs=50; warm=5; }
names=("/bin/true" "gwx --version" "gwx render (one-line template)")
commands=("/bin/true" "$bin/gwx --version" "$bin/gwx render --template $work/t.vm --body $work/body.json")
# hyperfine's warnings (outliers on a busy machine) only when it fails.
if ! hyperfine -N --style none --warmup "$warm" --runs "$runs" --export-json "$work/times.json" "${commands[@]}" >/dev/null 2>"$work/hyperfine.err"; then
    cat "$work/hyperfine.err" >&2
    exit 1
fi

# Peak resident memory of one run of each (GNU time's "Maximum resident set size", KB).
peaks=()
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086  # the command is split into its words on purpose
    peaks+=("$(/usr/bin/time -f '%M' $command 2>&1 >/dev/null | tail -1)")
done

echo
echo "== start-up: whole process, exec to exit (release binary, hyperfine -N, $runs runs after $warm warm-up, beside /bin/true)"
python3 - "$work/times.json" "${names[@]}" -- "${peaks[@]}" <<'PY'
import json, sys
args = sys.argv[2:]
split = args.index("--")
names, peaks = args[:split], args[split + 1:]
results = json.load(open(sys.argv[1]))["results"]
print(f"{'what':34} {'median':>9} {'p95':>9} {'user+sys':>9} {'peak RSS':>9}  target")
for name, peak, r in zip(names, peaks, results):
    times = sorted(r["times"])
    median, p95 = r["median"] * 1000, times[min(len(times) - 1, int(len(times) * 0.95))] * 1000
    cpu = (r["user"] + r["system"]) * 1000
    verdict = "reference" if name == "/bin/true" else ("ok (< 4 ms)" if median < 4 else "MISS (>= 4 ms)")
    print(f"{name:34} {median:6.2f} ms {p95:6.2f} ms {cpu:6.2f} ms {int(peak) / 1024:6.1f} MB  {verdict}")
PY
