#!/usr/bin/env bash
# End-to-end tests of the examples in headless Chromium: builds `counter` and `todomvc`
# (scripts/build-example.sh), installs playwright-core (npm; no browser download, it drives
# /usr/bin/chromium) and runs tests/browser/e2e/{counter,todomvc}.mjs against each example's
# dist/ served on 127.0.0.1; then builds the full-stack demo (its client, release, and its server,
# debug: the `?mismatch=1` page exists in debug builds only) and runs
# tests/browser/e2e/fullstack.mjs against the server on a free port. Exits non-zero on any
# failure.
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ ! -x /usr/bin/chromium ]]; then
    apt-get update
    apt-get install -y --no-install-recommends chromium
fi
(cd tests/browser/e2e && npm install --no-audit --no-fund --silent)

status=0
for example in counter todomvc; do
    scripts/build-example.sh "$example"
    node "tests/browser/e2e/$example.mjs" "examples/$example/dist" || status=1
done

scripts/build-example.sh fullstack
cargo build -p fullstack --bin fullstack-server
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
node tests/browser/e2e/fullstack.mjs "$target_dir/debug/fullstack-server" examples/fullstack/dist || status=1
exit "$status"
