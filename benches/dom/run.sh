#!/usr/bin/env bash
# The browser benchmark (issue 6): js-framework-benchmark (keyed) in headless Chromium for
# view-core, Leptos 0.8 and vanilla JS, plus the wasm size table; and (issue 13) hydrating the
# keyed table at 1,000 and 10,000 rows from each framework's own SSR HTML, ours against Leptos
# and against our own client render, plus a hydrating counter in the size table. Wired as
# `cargo xtask bench dom`.
#
#   benches/dom/run.sh [--quick] [--runs N] [--timed-profile release|release-z] [--no-docs]
#                      [--size-only]
#
# One command, on a fresh machine too. It installs what is missing (npm packages from the
# lockfile, the wasm32 target, Chromium, wasm-bindgen-cli at the version Cargo.lock resolves),
# builds every app (release with opt-level 3 and opt-level "z"; wasm-bindgen; `wasm-opt -Oz`),
# serves the pages on 127.0.0.1, checks every engine's DOM, times every operation (medians of
# N runs, engines interleaved) and writes the tables between the `dom-bench` markers of
# docs/benchmarks.md. An app that does not build is reported as pending; the others still run.
# The run fails (exit status 3) when an operation's script time is slower than Leptos's (issue
# 12's gate); the report's targets list says which.
#
#   --quick           3 runs instead of 10 (a smoke check; the tables say so; an operation
#                     slower than Leptos prints a FAIL line but does not fail the run)
#   --runs N          N runs (>= 10 for figures to quote)
#   --timed-profile   the build whose apps are timed (default: release, opt-level 3)
#   --no-docs         leave docs/benchmarks.md alone (results stay in target/site/)
#   --size-only       build the apps and print the wasm size table only (no browser, no timing,
#                     docs/benchmarks.md untouched): the fast loop when working on wasm size
#   --only-hydration  build and time the hydration benchmark only (no keyed operations; the
#                     size table still lists every app built; implies --no-docs)
#
# Outputs in benches/dom/target/site/: the served pages, build logs, sizes.tsv, results.json and
# report.md. Builds go to $CARGO_TARGET_DIR (default benches/dom/target), sequentially.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

runs=10
quick=false
timed_profile=release
write_docs=true
size_only=false
only_hydration=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) quick=true; runs=3 ;;
        --runs) runs="$2"; shift ;;
        --timed-profile) timed_profile="$2"; shift ;;
        --no-docs) write_docs=false ;;
        --size-only) size_only=true ;;
        --only-hydration) only_hydration=true; write_docs=false ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

log() { printf '[dom-bench] %s\n' "$*" >&2; }

target_dir="${CARGO_TARGET_DIR:-$here/target}"
site="$here/target/site"
mkdir -p "$site"

# --- install what is missing -----------------------------------------------------------------

if [[ ! -x node_modules/.bin/wasm-opt || ! -d node_modules/playwright-core ]]; then
    log "installing npm packages (playwright-core, binaryen)"
    npm ci --no-audit --no-fund
fi
wasm_opt="$here/node_modules/.bin/wasm-opt"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

if ! $size_only && [[ ! -x /usr/bin/chromium ]]; then
    log "installing chromium"
    apt-get update
    apt-get install -y --no-install-recommends chromium
fi

# wasm-bindgen-cli must equal the `wasm-bindgen` crate the apps resolve (pinned with `=`).
[[ -f Cargo.lock ]] || cargo generate-lockfile
version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
installed="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [[ "$installed" != "$version" ]]; then
    log "installing wasm-bindgen-cli $version (found: ${installed:-none})"
    # `--locked` fails when the registry mirror lacks a crate the CLI's lockfile names.
    cargo install wasm-bindgen-cli --version "$version" --locked \
        || cargo install wasm-bindgen-cli --version "$version"
fi

# --- build -----------------------------------------------------------------------------------

# engine name -> crate; bench apps are timed, counters only measured. The `*-hydrate` apps
# export `hydrate(rows)` and `render(rows)` instead of starting themselves.
declare -A crates=(
    [ours]=dom-bench-ours [ours-counter]=dom-bench-ours-counter
    [leptos]=dom-bench-leptos [leptos-counter]=dom-bench-leptos-counter
    [ours-hydrate]=dom-bench-ours-hydrate [ours-hydrate-counter]=dom-bench-ours-hydrate-counter
    [leptos-hydrate]=dom-bench-leptos-hydrate [leptos-hydrate-counter]=dom-bench-leptos-hydrate-counter
)
# The cargo features of an app's wasm build (Leptos: `csr` is in the app's manifest; `hydrate`
# is a feature of the hydrating apps, whose `ssr` feature builds their native HTML generator).
declare -A wasm_features=([leptos-hydrate]=hydrate [leptos-hydrate-counter]=hydrate)
# Built one app per cargo invocation: an app's cargo features (ours: `intern`) must not leak
# into the counter's size through feature unification; and ours failing does not stop Leptos.
families=("leptos" "leptos-counter" "ours" "ours-counter"
    "leptos-hydrate-counter" "ours-hydrate-counter" "leptos-hydrate" "ours-hydrate")
$only_hydration && families=("leptos-hydrate-counter" "ours-hydrate-counter" "leptos-hydrate" "ours-hydrate")
profiles=(release-z release)
# Timed only, not in the size table: built with the timed profile alone (a Leptos build is minutes).
timed_only=" leptos-hydrate ours-hydrate "

declare -A built=()
for profile in "${profiles[@]}"; do
    for family in "${families[@]}"; do
        if [[ "$timed_only" == *" $family "* && "$profile" != "$timed_profile" ]]; then continue; fi
        packages=()
        for app in $family; do
            packages+=(-p "${crates[$app]}")
            if [[ -n "${wasm_features[$app]:-}" ]]; then
                packages+=(--features "${crates[$app]}/${wasm_features[$app]}")
            fi
        done
        build_log="$site/build-${family%% *}-$profile.log"
        log "building ${family} ($profile)"
        # `nice`: the machine is shared; the timed part below runs at normal priority.
        if CARGO_TARGET_DIR="$target_dir" nice cargo build --profile "$profile" \
            --target wasm32-unknown-unknown "${packages[@]}" > "$build_log" 2>&1; then
            for app in $family; do built[$app/$profile]=1; done
        else
            log "BUILD FAILED: ${family} ($profile); see $build_log"
            tail -n 30 "$build_log" >&2
        fi
    done
done

sizes="$site/sizes.tsv"
printf 'app\tprofile\twasm_raw\twasm_gzip\tjs_raw\tjs_gzip\n' > "$sizes"
gz() { gzip -9 -n -c "$1" | wc -c; }
# The JS glue: app.js and the snippets (`inline_js`) wasm-bindgen wrote beside it, concatenated.
js_files() { find "$1" -name '*.js' -print0 | sort -z | xargs -0 cat; }
for profile in "${profiles[@]}"; do
    for app in leptos-counter ours-counter leptos ours leptos-hydrate-counter ours-hydrate-counter \
        leptos-hydrate ours-hydrate; do
        [[ -n "${built[$app/$profile]:-}" ]] || continue
        out="$site/pkg/$profile/$app"
        rm -rf "$out"
        wasm="$target_dir/wasm32-unknown-unknown/$profile/${crates[$app]//-/_}.wasm"
        wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name app "$wasm"
        # The hydrating apps also before wasm-opt (with their name section): for profiling.
        if [[ "$app" == *-hydrate ]]; then
            rm -rf "$site/pkg-named/$profile/$app"
            mkdir -p "$site/pkg-named/$profile"
            cp -r "$out" "$site/pkg-named/$profile/$app"
        fi
        nice "$wasm_opt" -Oz "$out/app_bg.wasm" -o "$out/app_bg.wasm"
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$app" "$profile" \
            "$(wc -c < "$out/app_bg.wasm")" "$(gz "$out/app_bg.wasm")" \
            "$(js_files "$out" | wc -c)" "$(js_files "$out" | gzip -9 -n | wc -c)" >> "$sizes"
    done
done
printf '%s\t%s\t%s\t%s\t%s\t%s\n' vanilla - 0 0 "$(wc -c < vanilla/main.js)" "$(gz vanilla/main.js)" >> "$sizes"

if $size_only; then
    # wasm gzip of ours / Leptos per profile, then the raw table.
    awk -F'\t' 'NR > 1 { gz[$1 "/" $2] = $4 }
        END {
            split("release-z release", ps, " ")
            for (i = 1; i <= 2; i++) {
                p = ps[i]
                if ((("leptos-counter/" p) in gz) && (("ours-counter/" p) in gz))
                    printf "counter   %-9s ours %6.1f KiB  leptos %6.1f KiB  ratio %.3f\n", p,
                        gz["ours-counter/" p] / 1024, gz["leptos-counter/" p] / 1024,
                        gz["ours-counter/" p] / gz["leptos-counter/" p]
                if ((("leptos-hydrate-counter/" p) in gz) && (("ours-hydrate-counter/" p) in gz))
                    printf "hydrating counter %-9s ours %6.1f KiB  leptos %6.1f KiB  ratio %.3f\n", p,
                        gz["ours-hydrate-counter/" p] / 1024, gz["leptos-hydrate-counter/" p] / 1024,
                        gz["ours-hydrate-counter/" p] / gz["leptos-hydrate-counter/" p]
                if ((("leptos/" p) in gz) && (("ours/" p) in gz))
                    printf "benchmark %-9s ours %6.1f KiB  leptos %6.1f KiB  ratio %.3f\n", p,
                        gz["ours/" p] / 1024, gz["leptos/" p] / 1024, gz["ours/" p] / gz["leptos/" p]
            }
        }' "$sizes"
    column -t -s $'\t' "$sizes"
    exit 0
fi

# --- SSR HTML for the hydration benchmark -------------------------------------------------------

# Each framework's native generator (`ssr` feature, debug build: it only writes the pages) prints
# its app's HTML for N rows, with the labels every engine generates.
ssr="$site/ssr"
rm -rf "$ssr"
mkdir -p "$ssr"
declare -A ssr_built=()
for engine in leptos ours; do
    [[ -n "${built[$engine-hydrate/$timed_profile]:-}${built[$engine-hydrate-counter/$timed_profile]:-}" ]] || continue
    build_log="$site/build-$engine-ssr.log"
    log "building the $engine SSR generators (native)"
    if CARGO_TARGET_DIR="$target_dir" nice cargo build -p "dom-bench-$engine-hydrate" \
        -p "dom-bench-$engine-hydrate-counter" --bins \
        --features "dom-bench-$engine-hydrate/ssr,dom-bench-$engine-hydrate-counter/ssr" > "$build_log" 2>&1; then
        # stderr: reactive_graph's debug warnings (signals read outside a tracking context).
        for rows in 1000 10000; do
            "$target_dir/debug/$engine-ssr" "$rows" > "$ssr/$engine-$rows.html" 2>> "$ssr/$engine.log"
        done
        "$target_dir/debug/$engine-counter-ssr" > "$ssr/$engine-counter.html" 2>> "$ssr/$engine.log"
        ssr_built[$engine]=1
    else
        log "BUILD FAILED: $engine SSR generators; see $build_log"
        tail -n 30 "$build_log" >&2
    fi
done

# --- assemble the site -----------------------------------------------------------------------

dist="$site/dist"
rm -rf "$dist"
mkdir -p "$dist"
cp web/style.css "$dist/"
page() { # engine, script
    mkdir -p "$dist/$1"
    sed -e "s|{{ENGINE}}|$1|" -e "s|{{SCRIPT}}|$2|" web/index.html > "$dist/$1/index.html"
}
page vanilla 'import "./main.js";'
cp vanilla/main.js "$dist/vanilla/"
for app in ours leptos ours-counter leptos-counter; do
    [[ -n "${built[$app/$timed_profile]:-}" ]] || continue
    page "$app" 'import init from "./app.js"; init();'
    cp -r "$site/pkg/$timed_profile/$app/." "$dist/$app/"
done

# The hydration pages: the SSR HTML in the body, the wasm's `hydrate`/`render` called by the page.
for engine in leptos ours; do
    [[ -n "${ssr_built[$engine]:-}" ]] || continue
    for app in "$engine-hydrate" "$engine-hydrate-counter"; do
        [[ -n "${built[$app/$timed_profile]:-}" ]] || continue
        mkdir -p "$dist/$app"
        cp -r "$site/pkg/$timed_profile/$app/." "$dist/$app/"
    done
    if [[ -n "${built[$engine-hydrate/$timed_profile]:-}" ]]; then
        for rows in 1000 10000; do
            name="$((rows / 1000))k"
            node harness/hydrate-page.mjs --engine "$engine" --app "../$engine-hydrate/app.js" \
                --call "hydrate($rows)" --ssr "$ssr/$engine-$rows.html" \
                --out "$dist/hydrate-$engine-$name/index.html"
            node harness/hydrate-page.mjs --engine "$engine" --app "../$engine-hydrate/app.js" \
                --call "render($rows)" --out "$dist/render-$engine-$name/index.html"
        done
    fi
    if [[ -n "${built[$engine-hydrate-counter/$timed_profile]:-}" ]]; then
        node harness/hydrate-page.mjs --engine "$engine" --app "../$engine-hydrate-counter/app.js" \
            --call "hydrate()" --ssr "$ssr/$engine-counter.html" \
            --out "$dist/hydrate-$engine-counter/index.html"
    fi
done

# The same site with the hydrating apps' named wasm, for harness/profile-hydration.mjs.
rm -rf "$site/dist-named"
cp -r "$dist" "$site/dist-named"
for app in leptos-hydrate ours-hydrate; do
    if [[ -d "$site/pkg-named/$timed_profile/$app" && -d "$dist/$app" ]]; then
        cp -r "$site/pkg-named/$timed_profile/$app/." "$site/dist-named/$app/"
    fi
done

# --- run and report --------------------------------------------------------------------------

log "benchmarking ($runs runs; timed builds: $timed_profile + wasm-opt -Oz)"
status=0
bench_args=(--dist "$dist" --runs "$runs" --engines vanilla,leptos,ours --out "$site/results.json")
$only_hydration && bench_args+=(--only-hydration)
node harness/bench.mjs "${bench_args[@]}" || status=$?

report_args=(--results "$site/results.json" --sizes "$sizes" --out "$site/report.md"
    --timed-profile "$timed_profile")
$quick && report_args+=(--quick)
$write_docs && report_args+=(--docs "$root/docs/benchmarks.md")
[[ -n "${built[ours/$timed_profile]:-}" ]] || report_args+=(--ours-build-log "$site/build-ours-$timed_profile.log")
# report.mjs exits 3 when an operation is slower than Leptos (not with --quick): the run fails,
# after the report is written.
node harness/report.mjs "${report_args[@]}" || { report_status=$?; [[ $status -ne 0 ]] || status=$report_status; }
log "report: $site/report.md"
exit "$status"
