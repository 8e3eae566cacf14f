#!/usr/bin/env bash
# Profiling aid for benchmark (c): each kind of line of the `$util` template repeated 96 times,
# timed in gwx (release) beside Apache Velocity 1.7 on a warm JVM, to see which kind is slow.
# Usage: scripts/bench-kinds.sh [KIND-PREFIX...]   (e.g. `scripts/bench-kinds.sh k0 k7`)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/gwx-kinds.XXXXXX")
[ -n "${KEEP_KINDS:-}" ] && echo "work: $work" >&2 || trap 'rm -rf "$work"' EXIT
swift build -c release --static-swift-stdlib --product gwx-bench 2>&1 | grep -E 'error|warning: ' | grep -v "the use of \`mktemp'" || true
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
"$bin/gwx-bench" inputs "$work/render" >/dev/null
python3 - "$work/kinds" "$work/render/c-util-100/body.json" <<'PY'
import os, sys
out, body = sys.argv[1], open(sys.argv[2]).read()
head = ["#set($n = $input.path('$.name'))", "#set($c = $input.path('$.city'))", "#set($q = $input.path('$.q'))", "{"]
kinds = {
    "k0-escape": '  "e": "$util.escapeJavaScript($n) $util.escapeJavaScript($c)",',
    "k1-url": '  "u": "$util.urlEncode($q)|$util.urlDecode($util.urlEncode($c))",',
    "k2-base64encode": '  "b": "$util.base64Encode($n)",',
    "k3-base64decode": '''  "d": "$util.base64Decode($input.path('$.blob'))",''',
    "k4-parsejson": '''  "p": "$util.parseJson('{"k":[1,2,{"x":"y"}]}').k[2].x",''',
    "k5-json": '''  "j": $input.json('$.list'), "s": "$util.escapeJavaScript($input.json('$'))",''',
    "k6-text": '  "t": "plain text only, no references at all here",',
    "k7-variables": '  "v": "$n $c",',
}
for name, line in kinds.items():
    os.makedirs(f"{out}/{name}")
    open(f"{out}/{name}/template.vm", "w").write("\n".join(head + [line] * 96 + ['  "end": true}']) + "\n")
    open(f"{out}/{name}/body.json", "w").write(body)
PY
source scripts/velocity-java.sh
dirs=()
if [ $# -eq 0 ]; then dirs=("$work"/kinds/*); else for k in "$@"; do dirs+=("$work"/kinds/"$k"*); done; fi
java -cp "$cp:$classes" Bench 2 2 "${dirs[@]}" > "$work/kinds/java.txt"
"$bin/gwx-bench" dirs "${dirs[@]}"
