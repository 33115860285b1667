//! The `view!` and `#[component]` UI suite: every folder of `tests/ui/` except `pass/` holds
//! compile-fail cases named after the rule they break; `pass/` covers the whole syntax.
//!
//! Regenerate snapshots with `TRYBUILD=overwrite cargo test -p view-core --test ui`, then read
//! them. The toolchain is pinned by `rust-toolchain.toml`, so the snapshots do not drift.

use std::path::Path;

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui");
    let mut folders: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/ui exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir() && entry.file_name() != "pass")
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    for folder in folders {
        cases.compile_fail(format!("../tests/ui/{folder}/*.rs"));
    }
    cases.pass("../tests/ui/pass/*.rs");
}
