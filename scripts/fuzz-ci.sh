#!/usr/bin/env bash
# Short fuzzing run for CI: builds the cargo-fuzz targets in fuzz/ (nightly) and runs each for a
# fixed time over its checked-in corpus (fuzz/corpus/<target>/). Exits non-zero if any target
# crashes; the failing input is left in fuzz/artifacts/<target>/ and the command to reproduce
# it is printed.
#
#   scripts/fuzz-ci.sh                  # macro_pipeline and escape, 30 s each
#   FUZZ_SECONDS=300 scripts/fuzz-ci.sh macro_pipeline
#
# Environment:
#   FUZZ_SECONDS  fuzzing time per target (default 30)
#   FUZZ_NICE     niceness of builds and runs (default 19: the CI machine is shared)
#
# `escape_raw_pieces` is not in the default list: it fails until raw-text elements escape their
# content as a whole (see fuzz/fuzz_targets/escape_raw_pieces.rs); name it to run it.
# New inputs found during the run go to a temporary directory, not into the checked-in corpus;
# to grow the corpus, fuzz for longer and minimise (fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds="${FUZZ_SECONDS:-30}"
# A fixed seed and a bounded count make a CI run repeatable: the same inputs in the same order.
runs="${FUZZ_RUNS:-20000}"
seed="${FUZZ_SEED:-1}"
niceness="${FUZZ_NICE:-19}"
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=(macro_pipeline escape hydrate)
fi

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz-ci: the nightly toolchain is required (rustup toolchain install nightly)" >&2
    exit 1
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz-ci: installing cargo-fuzz" >&2
    nice -n "$niceness" cargo install cargo-fuzz --locked ||
        nice -n "$niceness" cargo install cargo-fuzz
fi

for target in "${targets[@]}"; do
    nice -n "$niceness" cargo +nightly fuzz build "$target"
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

failed=()
for target in "${targets[@]}"; do
    # escape_raw_pieces reads escape's inputs (same layout) and has no corpus of its own.
    corpus="corpus/$target"
    if [ "$target" = escape_raw_pieces ]; then
        corpus=corpus/escape
    fi
    mkdir -p "$scratch/$target" "$corpus"
    log="$scratch/$target.log"
    start=$SECONDS
    # The first corpus directory receives new inputs; the checked-in one is only read.
    if nice -n "$niceness" cargo +nightly fuzz run "$target" "$scratch/$target" "$corpus" -- \
        -seed="$seed" -runs="$runs" -max_total_time="$seconds" -timeout=10 \
        -print_final_stats=1 >"$log" 2>&1; then
        executed="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
        echo "fuzz-ci: $target: ok, ${executed:-?} executions in $((SECONDS - start)) s"
    else
        echo "fuzz-ci: $target: FAILED after $((SECONDS - start)) s:" >&2
        grep -A 4 -E 'panicked at|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)' "$log" |
            head -n 40 >&2 || tail -n 40 "$log" >&2
        grep -A 2 'Failing input' "$log" >&2 || true
        failed+=("$target")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz-ci: crashed: ${failed[*]} (inputs in fuzz/artifacts/<target>/;" \
        "reproduce with: cd fuzz && cargo +nightly fuzz run <target> <input>)" >&2
    exit 1
fi
