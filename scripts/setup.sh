#!/usr/bin/env bash
# Sets up a fresh Debian machine for gwx: system packages, the Python test peers in .venv.
# Skips what is already there, so a second run takes a second.
set -euo pipefail
cd "$(dirname "$0")/.."

# MARK: system packages (Debian)
# Build: ncursesw, libcurl's headers, OpenSSL (gwx opens libcurl and libcrypto with dlopen when a command talks to AWS). Tests: tmux (end-to-end), Java 17 with
# Apache Velocity 1.7, Jayway JsonPath and json-smart (the oracles that record fixtures),
# fonts for the screenshot renderer, Go with HashiCorp's HCL and go-cty (Tools/hcl-check reads
# gwx's Terraform output as Terraform does; built offline from /usr/share/gocode).
packages=(libncursesw5-dev libcurl4-openssl-dev libssl-dev tmux pkg-config
          velocity libjsonpath-java libjson-smart-java libcommons-lang-java libcommons-collections3-java
          libasm-java libslf4j-java openjdk-17-jdk-headless
          fonts-dejavu-core fonts-noto-cjk
          golang-go golang-github-hashicorp-hcl-v2-dev golang-github-zclconf-go-cty-dev)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# MARK: Python test peers (moto's server, boto3, PyYAML, Pillow) in a git-ignored .venv
stamp=.venv/.requirements.sha256
want=$(sha256sum requirements-test.txt | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "setup: creating .venv with requirements-test.txt"
    python3 -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -r requirements-test.txt
    echo "$want" > "$stamp"
fi

# MARK: the static archives the release link takes (Package.swift, `releaseLinkFlags`)
scripts/static-libs.sh
