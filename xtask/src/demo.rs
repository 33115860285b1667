//! `cargo xtask demo`: builds the full-stack demo (client in release for wasm32, server in
//! release) and starts its server, which prints the URL. Installs what a fresh machine lacks
//! (the wasm32 target, the matching `wasm-bindgen-cli`) through `scripts/build-example.sh`.

use std::path::Path;
use std::process::Command;

use crate::{cargo, repo_root, target_dir};

/// Runs the demo until Ctrl-C. `PORT`, `DATA_DIR` and `COUNTER_START` are passed through;
/// `DATA_DIR` defaults to `examples/fullstack/data`.
pub(crate) fn run(args: &[&str]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!("cargo xtask demo takes no arguments, got `{arg}`"));
    }
    let root = repo_root();
    build(&root)?;
    let server = target_dir(&root).join("release/fullstack-server");
    let mut command = Command::new(&server);
    command
        .current_dir(&root)
        .env("ASSETS_DIR", root.join("examples/fullstack/dist"));
    if std::env::var_os("DATA_DIR").is_none() {
        command.env("DATA_DIR", root.join("examples/fullstack/data"));
    }
    eprintln!("[demo] starting {} (Ctrl-C stops it)", server.display());
    // The server replaces this process: Ctrl-C reaches it directly and it shuts down gracefully.
    use std::os::unix::process::CommandExt;
    let error = command.exec();
    Err(format!("cannot start {}: {error}", server.display()))
}

/// Builds the client (`scripts/build-example.sh fullstack`) and the release server.
pub(crate) fn build(root: &Path) -> Result<(), String> {
    let script = root.join("scripts/build-example.sh");
    let status = Command::new("bash")
        .arg(&script)
        .arg("fullstack")
        .current_dir(root)
        .status()
        .map_err(|error| format!("cannot run {}: {error}", script.display()))?;
    if !status.success() {
        return Err(format!("building the client failed ({status})"));
    }
    build_server(root, true)
}

/// `cargo build [--release] -p fullstack --bin fullstack-server`.
pub(crate) fn build_server(root: &Path, release: bool) -> Result<(), String> {
    let mut command = cargo();
    command
        .args(["build", "-p", "fullstack", "--bin", "fullstack-server"])
        .current_dir(root);
    if release {
        command.arg("--release");
    }
    let status = command
        .status()
        .map_err(|error| format!("cannot run cargo: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("building the server failed ({status})"))
    }
}
