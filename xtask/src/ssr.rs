//! `cargo xtask bench ssr`: builds and runs the `benches/` workspace in release mode.

use std::process::Stdio;

use crate::{cargo, docs, number_arg, repo_root};

/// Runs the SSR benchmark; without `--quick`, writes its report into `docs/benchmarks.md`.
pub(crate) fn run(args: &[&str]) -> Result<(), String> {
    let mut runs = 3;
    let mut quick = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match *arg {
            "--quick" => quick = true,
            "--runs" => runs = number_arg("--runs", iter.next())?,
            other => return Err(format!("bench ssr: unknown argument `{other}`")),
        }
    }
    let root = repo_root();
    let mut command = cargo();
    command
        .current_dir(root.join("benches"))
        .args(["run", "--release", "--quiet", "--"])
        .args(["--runs", &runs.to_string()]);
    if quick {
        command.arg("--quick");
    }
    eprintln!("building and running benches/ (release; Leptos takes a few minutes cold)…");
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    let report = String::from_utf8_lossy(&output.stdout);
    print!("{report}");
    if !output.status.success() {
        return Err(format!("the SSR benchmark failed ({})", output.status));
    }
    if quick {
        eprintln!("--quick: harness and equivalence check passed; docs/benchmarks.md left alone");
        return Ok(());
    }
    let command_line = format!("cargo xtask bench ssr --runs {runs}");
    docs::write_section(&root, "ssr", "SSR throughput", &command_line, &report)
}
