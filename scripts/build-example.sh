#!/usr/bin/env bash
# Builds a client-side example (`examples/<name>`) for the browser and optionally serves it.
#
#   scripts/build-example.sh counter           # build into examples/counter/dist/
#   scripts/build-example.sh todomvc --serve   # build, then serve on http://127.0.0.1:8000/
#   scripts/build-example.sh fullstack         # the full-stack demo's client (its server serves dist/)
#
# Steps: `cargo build --release --target wasm32-unknown-unknown -p <name>`, then
# `wasm-bindgen --target web` into `examples/<name>/dist/` (gitignored) next to a copy of the
# example's `index.html` (and, for TodoMVC, the `todomvc-app-css` stylesheet from npm).
# Installs the wasm32 target and the matching wasm-bindgen-cli when they are missing.
set -euo pipefail

cd "$(dirname "$0")/.."

name="${1:?usage: scripts/build-example.sh <counter|todomvc|fullstack> [--serve] [port]}"
serve="${2:-}"
port="${3:-8000}"
example="examples/$name"
[[ -d "$example" ]] || { echo "no example at $example" >&2; exit 2; }

log() { printf '[build-example] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi
version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
installed="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [[ "$installed" != "$version" ]]; then
    log "installing wasm-bindgen-cli $version (found: ${installed:-none})"
    cargo install wasm-bindgen-cli --version "$version" --locked \
        || cargo install wasm-bindgen-cli --version "$version"
fi

log "building $name"
cargo build --release --target wasm32-unknown-unknown -p "$name"
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
wasm="$target_dir/wasm32-unknown-unknown/release/${name//-/_}.wasm"

dist="$example/dist"
rm -rf "$dist"
mkdir -p "$dist"
wasm-bindgen --target web --no-typescript --out-dir "$dist" --out-name app "$wasm"
# A client-only example has its page; the full-stack demo's server renders its own.
if [[ -f "$example/index.html" ]]; then
    cp "$example/index.html" "$dist/index.html"
fi

if [[ -f "$example/package.json" ]]; then
    log "installing npm packages for $name"
    (cd "$example" && npm install --no-audit --no-fund --silent)
    if [[ -d "$example/node_modules/todomvc-app-css" ]]; then
        cp "$example/node_modules/todomvc-app-css/index.css" "$dist/todomvc-app.css"
    fi
fi
log "built $dist ($(du -h "$dist/app_bg.wasm" | cut -f1) of wasm)"

if [[ "$serve" == "--serve" ]]; then
    log "serving $dist on http://127.0.0.1:$port/ (Ctrl-C to stop)"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dist"
fi
