#!/usr/bin/env bash
# Drives the real gwx binary under tmux and turns each screen into a PNG in screenshots/.
#   make screenshots   (builds first)
set -euo pipefail
cd "$(dirname "$0")/.."
# gwx must never ask the EC2 instance metadata service (169.254.169.254) from here.
export AWS_EC2_METADATA_DISABLED=true
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

# The AWS flow against moto (behind the test peer's proxy): save, then deploy to a stage.
coproc PEER { exec "$python" Tests/peers/aws_peer.py --access-key AKIDGWXSHOT --secret-key shot-secret 2>/dev/null; }
peer_pid=$PEER_PID
trap 'tmux -S "$socket" kill-server 2>/dev/null || true; kill "$peer_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
read -r ready <&"${PEER[0]}"
proxy="http://127.0.0.1:$(sed -E 's/.*proxy=([0-9]+).*/\1/' <<< "$ready")"
peer() { curl -s -X POST "$proxy/__peer/$1" -H 'Content-Type: application/json' -d "$2"; }
peer config '{"emulatePatch": true}' > /dev/null
seeded=$(peer seed '{"name": "MyDemoAPI", "description": "This is my API for demonstration purposes", "resources": [{"path": "/mydemoresource", "methods": [{"httpMethod": "GET", "methodResponses": [{"statusCode": "200"}], "integration": {"type": "MOCK", "requestTemplates": {"application/json": "{\"statusCode\": 200}"}}, "integrationResponses": [{"statusCode": "200", "selectionPattern": "", "responseTemplates": {"application/xml": "#set($inputRoot = $input.path(\u0027$\u0027))\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<message>\n    $inputRoot.body\n</message>\n"}}]}]}]}')
api=$(sed -E 's/.*"id": "([^"]+)".*/\1/' <<< "$seeded" | head -c 10)
peer boto3 "{\"op\": \"create_deployment\", \"params\": {\"restApiId\": \"$api\", \"stageName\": \"prod\"}}" > /dev/null
start "AWS_ACCESS_KEY_ID=AKIDGWXSHOT AWS_SECRET_ACCESS_KEY=shot-secret AWS_REGION=us-east-1 AWS_CONFIG_FILE=$work/none AWS_SHARED_CREDENTIALS_FILE=$work/none" --endpoint-url "$proxy"
sleep 1
keys j j Enter e Tab Tab Tab Tab Enter Down Down Down End
tmux -S "$socket" send-keys -l ' <!-- via gwx -->'; sleep 0.4
keys C-s;                       shot 13-aws-patch-preview
keys y; sleep 1;                shot 14-aws-saved
keys d; sleep 1;                shot 15-deploy-stages
keys Enter y; sleep 1;          shot 16-deployed

# `t`: TestInvokeMethod beside gwx's replay, on the pets API whose answers the proxy has
# recorded (Tests/peers/test-invoke/), then AWS's backend response as the preview's sample.
peer seedTestInvoke '{"name": "PetStore"}' > /dev/null
start "AWS_ACCESS_KEY_ID=AKIDGWXSHOT AWS_SECRET_ACCESS_KEY=shot-secret AWS_REGION=us-east-1 AWS_CONFIG_FILE=$work/none AWS_SHARED_CREDENTIALS_FILE=$work/none" --endpoint-url "$proxy"
sleep 1
keys :; tmux -S "$socket" send-keys -l 'api PetStore'; keys Enter; sleep 1
keys :; tmux -S "$socket" send-keys -l 'res /pets/{petId}'; keys Enter
keys Down Enter
keys t C-u; tmux -S "$socket" send-keys -l '/pets/42'; keys Enter; sleep 1
shot 17-test-invoke
keys u e; sleep 1;              shot 18-test-sample-preview
# The whole request before running: a header and a body (the lambda-error case was recorded
# with them), then a difference with the pipeline step that produced it. (Esc leaves the
# editor, the second hides the banner.)
keys Escape Escape
keys :; tmux -S "$socket" send-keys -l 'res /pets'; keys Enter
keys Down Enter t Tab
tmux -S "$socket" send-keys -l 'Content-Type: application/json'; keys Tab Tab
printf '{"type": "fish"}' > "$work/body.json"
tmux -S "$socket" load-buffer -b body "$work/body.json"; tmux -S "$socket" paste-buffer -p -d -b body; sleep 0.4
shot 19-test-request
keys C-r; sleep 1
keys Escape
keys :; tmux -S "$socket" send-keys -l 'res /pets/{petId}/summary'; keys Enter
keys Down Enter
keys t C-u; tmux -S "$socket" send-keys -l '/pets/42/summary'; keys Enter; sleep 1
shot 20-test-differences
