#!/usr/bin/env bash
# Drives the real gwx binary under tmux and turns each screen into a PNG in screenshots/.
#   make screenshots   (builds first)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin=$root/.build/debug/gwx
python=${GWX_PYTHON:-$root/.venv/bin/python}
work=$(mktemp -d)
socket=$work/tmux.sock
trap 'tmux -S "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p screenshots
cols=120 rows=36

start() {  # start "EXTRA=ENV …" GWX-ARGS…: a fresh session running gwx
    tmux -S "$socket" kill-server 2>/dev/null || true
    sleep 0.3
    local extra=$1; shift
    local quoted=""
    for arg in "$@"; do quoted+=" $(printf '%q' "$arg")"; done
    tmux -S "$socket" -u new-session -d -x $cols -y $rows \
        "env TERM=xterm-256color LANG=C.UTF-8 XDG_STATE_HOME=$work/state $extra $bin$quoted; sleep 60"
    sleep 1
}
keys() { tmux -S "$socket" send-keys "$@"; sleep 0.4; }
shot() {  # shot NAME: capture the pane with colours, render the PNG
    tmux -S "$socket" capture-pane -e -p > "$work/$1.txt"
    "$python" scripts/ansi2png.py "$work/$1.txt" "screenshots/$1.png" --columns $cols --rows $rows
    echo "screenshots/$1.png"
}

"$bin" demo --copy-to "$work/apis" > /dev/null
start "" --file "$work/apis"
shot 01-rest-apis
keys Enter;                     shot 02-resources
keys j j Enter;                 shot 03-method
keys Enter;                     shot 04-integration-response
keys '?';                       shot 05-help
keys Escape Escape Escape Escape j Enter
keys :; tmux -S "$socket" send-keys -l 'res /pets/{petId}'; keys Enter
keys Enter;                     shot 06-petstore-resources
keys Enter;                     shot 07-petstore-get-pet
keys e;                         shot 08-editor-form-preview
keys Tab Tab Tab Tab Enter Down Down End
tmux -S "$socket" send-keys -l ','; keys Enter
tmux -S "$socket" send-keys -l '"path": "$context.resourcePath"'; sleep 0.4
shot 09-editing-template
keys C-s;                       shot 10-save-diff
keys Escape
start "" --file "$work/apis"
tmux -S "$socket" resize-window -x 20 -y 5; sleep 0.4
tmux -S "$socket" capture-pane -e -p > "$work/small.txt"
"$python" scripts/ansi2png.py "$work/small.txt" screenshots/11-too-small.png --columns 20 --rows 5
echo screenshots/11-too-small.png
mkdir -p "$work/home"
start "HOME=$work/home AWS_REGION=eu-west-1 AWS_CONFIG_FILE=$work/none AWS_SHARED_CREDENTIALS_FILE=$work/none AWS_ACCESS_KEY_ID= AWS_SECRET_ACCESS_KEY= AWS_PROFILE="
shot 12-no-credentials
