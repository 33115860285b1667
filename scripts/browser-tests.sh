#!/usr/bin/env bash
# Runs the browser tests of the web-sys DOM renderer (`tests/browser`) in headless Chromium.
#
# Installs whatever is missing first, so it works on a fresh machine:
#   - the `wasm32-unknown-unknown` rustup target,
#   - Chromium and chromedriver (Debian packages),
#   - `wasm-bindgen-cli` at exactly the `wasm-bindgen` version in Cargo.lock (it provides
#     `wasm-bindgen-test-runner`, the cargo runner for wasm32 set in `.cargo/config.toml`).
# Exits non-zero when any step or any test fails.
set -euo pipefail

cd "$(dirname "$0")/.."

log() { printf '[browser-tests] %s\n' "$*" >&2; }

# The version the workspace resolved; the CLI must match it exactly.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    log "installing chromium and chromium-driver"
    apt-get update
    apt-get install -y --no-install-recommends chromium chromium-driver
fi

version="$(wasm_bindgen_version)"
if [[ -z "$version" ]]; then
    # No lockfile entry yet: let cargo resolve one.
    cargo generate-lockfile
    version="$(wasm_bindgen_version)"
fi
installed="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [[ "$installed" != "$version" ]] || ! command -v wasm-bindgen-test-runner > /dev/null; then
    log "installing wasm-bindgen-cli $version (found: ${installed:-none})"
    # `--locked` fails when the registry mirror lacks a crate the CLI's lockfile names.
    cargo install wasm-bindgen-cli --version "$version" --locked \
        || cargo install wasm-bindgen-cli --version "$version"
fi

log "running the browser tests"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test -p view-browser-tests --target wasm32-unknown-unknown "$@"

# Second pass: event delegation (view-core's `delegation` feature) and its rules. (`events.rs`
# is not run with it: three of its tests check what only direct listeners do, the differences
# docs/design.md lists under "Delegation".)
log "running the delegation tests"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test -p view-browser-tests --target wasm32-unknown-unknown --features delegation \
    --test delegation "$@"
