#!/usr/bin/env bash
# `make bench`, start-up rows: the whole release binary, exec to exit, beside /bin/true in the
# same run. The commands take turns (one run of each per round, /bin/true first), so a busy
# machine slows them alike; each run is spawned directly (no shell in between) and its CPU time
# read from wait4. Peak memory: GNU time's "Maximum resident set size" of one run of each.
# Usage: scripts/bench-startup.sh BIN-DIR WORK-DIR   (bench.sh passes its release bin and temp dir)
# GWX_BENCH_QUICK=1 takes fewer runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
work=$2/startup
mkdir -p "$work"

# MARK: GNU time from Debian, installed here on first use
if [ ! -x /usr/bin/time ]; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    echo "bench: installing time"
    $sudo_cmd apt-get install -y -qq --no-install-recommends time >/dev/null \
        || { $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq --no-install-recommends time >/dev/null; }
fi

# MARK: inputs: a one-line template and its body
printf '%s' '{"name": "$input.path('"'"'$.name'"'"')"}' > "$work/t.vm"
printf '%s' '{"name": "gwx"}' > "$work/body.json"

runs=300; warm=30
[ -n "${GWX_BENCH_QUICK:-}" ] && { runs=50; warm=5; }
names=("/bin/true" "gwx --version" "gwx render (one-line template)")
commands=("/bin/true" "$bin/gwx --version" "$bin/gwx render --template $work/t.vm --body $work/body.json")

# Peak resident memory of one run of each (KB).
peaks=()
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086  # the command is split into its words on purpose
    peaks+=("$(/usr/bin/time -v $command 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p')")
done

busy=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "== start-up: whole process, exec to exit (release binary, $runs interleaved rounds after $warm, beside /bin/true; load average $busy)"
python3 - "$runs" "$warm" "${names[@]}" -- "${peaks[@]}" -- "${commands[@]}" <<'PY'
import os, shlex, statistics, sys, time
runs, warm = int(sys.argv[1]), int(sys.argv[2])
args = sys.argv[3:]
first = args.index("--"); second = args.index("--", first + 1)
names, peaks, commands = args[:first], args[first + 1:second], [shlex.split(c) for c in args[second + 1:]]
devnull = os.open(os.devnull, os.O_WRONLY)
actions = [(os.POSIX_SPAWN_DUP2, devnull, 1)]
wall = [[] for _ in commands]; cpu = [[] for _ in commands]
for round in range(warm + runs):
    for i, argv in enumerate(commands):
        start = time.perf_counter_ns()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        elapsed = (time.perf_counter_ns() - start) / 1e6
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"bench-startup: {' '.join(argv)} exited {os.waitstatus_to_exitcode(status)}")
        if round >= warm:
            wall[i].append(elapsed); cpu[i].append((usage.ru_utime + usage.ru_stime) * 1000)
reference = statistics.median(wall[0])
print(f"{'what':34} {'median':>9} {'p95':>9} {'× true':>7} {'CPU':>8} {'peak RSS':>9}  target")
for name, peak, times, cpus in zip(names, peaks, wall, cpu):
    times = sorted(times)
    median, p95 = statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]
    verdict = "reference" if name == "/bin/true" else ("ok (< 4 ms)" if median < 4 else "MISS (>= 4 ms)")
    print(f"{name:34} {median:6.2f} ms {p95:6.2f} ms {median / reference:6.1f}× {statistics.median(cpus):5.2f} ms {int(peak) / 1024:6.1f} MB  {verdict}")
PY
