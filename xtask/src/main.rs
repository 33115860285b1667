//! Repository tasks, run as `cargo xtask <task>` from anywhere in the repository.
//!
//! - `cargo xtask bench ssr [--runs N] [--quick]`: SSR throughput of our engine against the peers
//!   (the separate `benches/` workspace), written into `docs/benchmarks.md`.
//! - `cargo xtask bench compile [--components N]`: compile time and peak rustc memory of a
//!   generated app, ours against Leptos 0.8, plus the 1,000-element stress view; written into
//!   `docs/benchmarks.md`.
//! - `cargo xtask bench dom [--quick] [--runs N] [--timed-profile release|release-z] [--no-docs]
//!   [--only-hydration]`: the browser benchmark (js-framework-benchmark keyed operations and
//!   wasm size, ours against Leptos 0.8 and vanilla JS in headless Chromium; hydration of the
//!   keyed table from each framework's SSR HTML, ours against Leptos and our client render);
//!   runs `benches/dom/run.sh`, which installs what it needs, and fails when an operation is
//!   slower than Leptos (not with `--quick`, whose 3 runs only print the `FAIL` line).
//!
//! - `cargo xtask demo`: builds the full-stack demo (`examples/fullstack`: wasm client and
//!   release server), installing the wasm32 target and `wasm-bindgen-cli` if missing, and starts
//!   it on 127.0.0.1 (`PORT`, default 3000); the server prints the URL.
//! - `cargo xtask load [--seconds N] [--connections N] [--debug]`: a bounded load test of the
//!   demo's page on loopback (default 64 connections for 10 s): requests/s, p50/p99 latency.
//!
//! `--quick` (SSR only) proves that the harness builds and that every engine's output is
//! equivalent, with tiny iteration counts, and leaves the docs alone: CI runs that.

mod compile;
mod demo;
mod docs;
mod generate;
mod load;
mod ssr;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage:
  cargo xtask bench ssr [--runs N] [--quick]
  cargo xtask bench compile [--components N]
  cargo xtask bench dom [--quick] [--runs N] [--timed-profile release|release-z] [--no-docs]
                        [--only-hydration]
  cargo xtask demo
  cargo xtask load [--seconds N] [--connections N] [--debug]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["bench", "ssr", rest @ ..] => ssr::run(rest),
        ["bench", "compile", rest @ ..] => compile::run(rest),
        ["bench", "dom", rest @ ..] => dom_bench(rest),
        ["demo", rest @ ..] => demo::run(rest),
        ["load", rest @ ..] => load::run(rest),
        ["help" | "--help" | "-h"] | [] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown task\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask bench dom`: the browser benchmark lives in a script (it drives npm, wasm-bindgen
/// and Chromium); this forwards the arguments to it.
fn dom_bench(args: &[&str]) -> Result<(), String> {
    let script = repo_root().join("benches/dom/run.sh");
    let status = Command::new("bash")
        .arg(&script)
        .args(args)
        .status()
        .map_err(|error| format!("cannot run {}: {error}", script.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", script.display()))
    }
}

/// The repository root (this crate lives in `<root>/xtask`).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits one level below the repository root")
        .to_path_buf()
}

/// The workspace's target folder (`CARGO_TARGET_DIR`, else `<root>/target`).
fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// The `cargo` that runs this task (the toolchain pinned by `rust-toolchain.toml`).
fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Parses `--name value` as a positive number.
fn number_arg(name: &str, value: Option<&&str>) -> Result<usize, String> {
    let value = value.ok_or_else(|| format!("{name} needs a number"))?;
    match value.parse() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{name}: expected a positive number, got `{value}`")),
    }
}
