#!/usr/bin/env bash
# A narrow A/B loop for keyed-benchmark operations (issue 12): builds only the keyed apps
# (`ours`, and `leptos` unless its wasm is already built) with the timed profile, assembles a
# site with vanilla, Leptos and ours after `wasm-opt -Oz` (as run.sh times them) plus a copy
# of ours before wasm-opt (`ours-named`, function names kept, for harness/profile-op.mjs), and
# times the chosen operations. docs/benchmarks.md is not touched.
#
#   benches/dom/ops.sh [--runs N] [--ops update10th,create1k,...] [--site DIR] [--no-build]
#
# Needs what run.sh installs (npm packages, wasm-bindgen, Chromium); run run.sh once first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
runs=5
ops=update10th
site="$here/target/site-ops"
build=true
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift ;;
        --ops) ops="$2"; shift ;;
        --site) site="$2"; shift ;;
        --no-build) build=false ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
target_dir="${CARGO_TARGET_DIR:-$here/target}"
wasm_dir="$target_dir/wasm32-unknown-unknown/release"
if $build; then
    nice cargo build --profile release --target wasm32-unknown-unknown -p dom-bench-ours >&2
    [[ -f "$wasm_dir/dom_bench_leptos.wasm" ]] \
        || nice cargo build --profile release --target wasm32-unknown-unknown -p dom-bench-leptos >&2
fi
rm -rf "$site"
mkdir -p "$site"
cp web/style.css "$site/"
page() { # directory, engine
    mkdir -p "$site/$1"
    sed -e "s|{{ENGINE}}|$2|" -e 's|{{SCRIPT}}|import init from "./app.js"; init();|' web/index.html \
        > "$site/$1/index.html"
}
page vanilla vanilla
sed -i 's|import init from "./app.js"; init();|import "./main.js";|' "$site/vanilla/index.html"
cp vanilla/main.js "$site/vanilla/"
for app in ours leptos; do
    page "$app" "$app"
    wasm-bindgen --target web --no-typescript --out-dir "$site/$app" --out-name app "$wasm_dir/dom_bench_$app.wasm"
done
page ours-named ours
cp -r "$site/ours/." "$site/ours-named/"
for app in ours leptos; do
    nice node_modules/.bin/wasm-opt -Oz "$site/$app/app_bg.wasm" -o "$site/$app/app_bg.wasm"
done
uptime >&2
node harness/bench.mjs --dist "$site" --runs "$runs" --engines vanilla,leptos,ours --ops "$ops" \
    --out "$site/results.json"
# Medians of script time per operation and engine, and ours / Leptos.
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
for (const { id } of r.benchmarks) {
  const m = (e) => r.medians[e]?.[id]?.script;
  const f = (v) => (v === undefined ? "-" : v.toFixed(2));
  console.log(`${id.padEnd(11)} vanilla ${f(m("vanilla"))}  leptos ${f(m("leptos"))}  ours ${f(m("ours"))} ms`
    + `  ours/leptos ${(m("ours") / m("leptos")).toFixed(2)}  ours/vanilla ${(m("ours") / m("vanilla")).toFixed(2)}`);
}' "$site/results.json"
