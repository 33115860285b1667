#!/usr/bin/env bash
# End-to-end tests of the client-side examples in headless Chromium: builds `counter` and
# `todomvc` (scripts/build-example.sh), installs playwright-core (npm; no browser download, it
# drives /usr/bin/chromium) and runs tests/browser/e2e/{counter,todomvc}.mjs against each
# example's dist/ served on 127.0.0.1. Exits non-zero on any failure.
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
exit "$status"
