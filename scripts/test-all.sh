#!/usr/bin/env bash
# Runs every test of the project. Works on a fresh machine: each step installs what it needs.
#   1. native tests of the whole workspace (unit, integration, doc, trybuild UI, property tests);
#   2. real-browser tests of the DOM renderer in headless Chromium (scripts/browser-tests.sh);
#   3. end-to-end tests of the examples (counter, TodoMVC, the full-stack demo) with real clicks
#      and keys;
#   4. a short load test of the full-stack demo's server (debug build, 3 s, fails on any error);
#   5. the benchmark harness's equivalence check on a small input (benchmarks are not timed here).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== native tests"
cargo test --workspace

echo "== browser tests"
bash scripts/browser-tests.sh

echo "== example end-to-end tests"
bash scripts/e2e-examples.sh

echo "== full-stack demo under load (short)"
cargo xtask load --seconds 3 --debug

echo "== benchmark harness check"
cargo xtask bench ssr --quick
