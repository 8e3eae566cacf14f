#!/usr/bin/env bash
# Export files at memory speed (`make bench`, issue 15): `gwx ls --file` on generated exports of
# 300, 3,000 and 10,000 resources, JSON and YAML, beside Python's C JSON parser and PyYAML's
# C loader (libyaml) on the same bytes; the explorer from start to the tree of that file on
# screen (and its first frame, the spinner while the file loads); the peak memory of each
# (`/usr/bin/time -v`); then keypress to frame on the 10,000-resource file (`gwx-bench ui-file`).
#   Benchmarks/export-files.sh BIN-DIR WORK-DIR   (GWX_BENCH_QUICK=1: fewer runs)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
work=$2/exports
mkdir -p "$work"
python=${GWX_PYTHON:-$PWD/.venv/bin/python}
runs=5; [ -n "${GWX_BENCH_QUICK:-}" ] && runs=2
export XDG_STATE_HOME="$work/state"

# median wall time (ms), median CPU time (user + system, ms: what a busy shared machine
# distorts least) and the largest peak RSS (MB) of `runs` runs of a command
measure() {
    local times=() cpus=() peak=0
    for _ in $(seq "$runs"); do
        # Wall time to the millisecond (time -v rounds it to 10 ms), CPU and peak RSS from time -v.
        local start end
        start=$(date +%s%N)
        /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
        cpus+=("$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%d", s * 1000 }' "$work/time.txt")")
        local kb; kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
        (( kb > peak )) && peak=$kb
    done
    local sorted; sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    local cpu; cpu=($(printf '%s\n' "${cpus[@]}" | sort -n))
    echo "${sorted[$(( (runs - 1) / 2 ))]} ${cpu[$(( (runs - 1) / 2 ))]} $(( peak / 1024 ))"
}

# median ms and peak MB from process start to a frame in a pty: `1` the first frame (the
# spinner while the file loads), `loaded` the first frame with nothing loading (the tree)
first_frame() {
    local file=$1 mode=$2 times=() peak=0
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        GWX_BENCH_EXIT_AFTER_FIRST_FRAME=$mode TERM=xterm-256color \
            script -qec "stty rows 50 cols 160; /usr/bin/time -v -o $work/ff.txt $bin/gwx --file $file" /dev/null > /dev/null < /dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
        local kb; kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/ff.txt")
        (( kb > peak )) && peak=$kb
    done
    local sorted; sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "${sorted[$(( (runs - 1) / 2 ))]} $(( peak / 1024 ))"
}

"$python" -c 'import yaml, sys; sys.exit(0 if yaml.__with_libyaml__ else "PyYAML has no libyaml (yaml.CLoader): pip install --force-reinstall --no-binary pyyaml pyyaml")'
echo
echo "== export files: gwx ls --file, and the explorer to its tree, beside Python's C parsers on the same bytes ($runs runs: median wall time, median CPU time (user + system) in brackets, peak RSS)"
printf '%-9s %-4s %7s | %-27s | %-27s | %-11s | %-17s | %s\n' resources fmt size "gwx ls --file (cpu)" "python C parser (cpu)" "first frame" "explorer to tree" "targets (10,000)"
for count in 300 3000 10000; do
    "$python" scripts/gen-export.py "$count" "$work/api-$count.json" "$work/api-$count.yaml"
    json_ms= json_ff_ms=
    for format in json yaml; do
        file="$work/api-$count.$format"
        size=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1fMB", b / 1048576 }')
        read -r ls_ms ls_cpu ls_mb < <(measure "$bin/gwx" ls --file "$file")
        if [ "$format" = json ]; then
            read -r py_ms py_cpu py_mb < <(measure "$python" -c 'import json, sys; json.load(open(sys.argv[1], "rb"))' "$file")
            json_ms=$ls_ms
        else
            read -r py_ms py_cpu py_mb < <(measure "$python" -c 'import yaml, sys; yaml.load(open(sys.argv[1], "rb"), Loader=yaml.CLoader)' "$file")
        fi
        read -r first_ms _ < <(first_frame "$file" 1)
        read -r ff_ms ff_mb < <(first_frame "$file" loaded)
        [ "$format" = json ] && json_ff_ms=$ff_ms
        verdict=
        if [ "$count" = 10000 ] && [ "$format" = json ]; then
            verdict="ls $( (( ls_ms < 100 )) && echo ok || echo MISS) (<100 ms), $( (( ls_mb < 60 )) && echo ok || echo MISS) (<60 MB); first frame $( (( first_ms < 100 )) && echo ok || echo MISS) (<100 ms); tree $( (( ff_ms < 150 )) && echo ok || echo MISS) (<150 ms)"
        elif [ "$count" = 10000 ]; then
            # YAML within 2x of JSON, for ls and for the tree.
            ratio() { awk -v y="$1" -v j="$2" 'BEGIN { r = y / (j > 0 ? j : 1); printf "%.1fx %s", r, (r <= 2 ? "ok" : "MISS") }'; }
            verdict="ls $( (( ls_mb < 60 )) && echo ok || echo MISS) (<60 MB); first frame $( (( first_ms < 100 )) && echo ok || echo MISS) (<100 ms); yaml/json: ls $(ratio "$ls_ms" "$json_ms"), tree $(ratio "$ff_ms" "$json_ff_ms") (<=2x)"
        fi
        printf '%-9s %-4s %7s | %5s ms (%5s) %4s MB | %5s ms (%5s) %4s MB | %8s ms | %5s ms %4s MB | %s\n' \
            "$count" "$format" "$size" "$ls_ms" "$ls_cpu" "$ls_mb" "$py_ms" "$py_cpu" "$py_mb" "$first_ms" "$ff_ms" "$ff_mb" "$verdict"
    done
done
echo "(python: $("$python" --version 2>&1), PyYAML $("$python" -c 'import yaml; print(yaml.__version__)') with libyaml; explorer times include script(1) and stty)"
echo
# Moving, folding and filtering on the 10,000-resource file, loaded as the explorer loads it.
"$bin/gwx-bench" ui-file "$work/api-10000.json"
