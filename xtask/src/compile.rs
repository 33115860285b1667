//! `cargo xtask bench compile`: compile time and peak rustc memory of the generated app, ours
//! against Leptos 0.8 (`ssr`), plus the stress view.
//!
//! The crates are generated under `target/compile-bench/`, each in its own workspace and target
//! directory. Dependencies are built first (not measured); then, for each engine:
//! `cargo clean -p app` + `cargo build` (debug, clean), the same with `--release`, and a debug
//! rebuild after editing one string literal. Peak memory is the largest resident set of the
//! build's process tree (GNU `time`'s `%M`: in practice the app crate's rustc).

use std::fmt::Write as _;
use std::fs;
use std::os::unix::process::CommandExt as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::generate::{self, EDITED_LITERAL};
use crate::{cargo, docs, number_arg, repo_root};

/// Elements in the stress view.
const STRESS_ELEMENTS: usize = 1_000;
/// How long the stress view may take to compile before it counts as a failure.
const STRESS_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// One measured build.
#[derive(Clone, Copy)]
struct Build {
    seconds: f64,
    /// Peak RSS in KiB, when GNU time is available.
    peak_kib: Option<u64>,
}

/// The three measurements of one engine.
struct Measurements {
    debug: Build,
    release: Build,
    incremental: Build,
}

/// Runs the compile-time benchmark and writes its report into `docs/benchmarks.md`.
pub(crate) fn run(args: &[&str]) -> Result<(), String> {
    let mut components = 100;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match *arg {
            "--components" => components = number_arg("--components", iter.next())?,
            other => return Err(format!("bench compile: unknown argument `{other}`")),
        }
    }
    let root = repo_root();
    let base = root.join("target").join("compile-bench");
    let view_core = snapshot(&root, &base.join("snapshot"))?.join("view-core");
    let ours_dep = format!(
        "view-core = {{ path = {:?} }}",
        view_core.display().to_string()
    );
    let leptos_dep =
        "leptos = { version = \"=0.8.23\", default-features = false, features = [\"ssr\"] }";

    let ours_dir = base.join("ours");
    let ours_app = generate::ours_app(components);
    write_crate(&ours_dir, &generate::manifest("app", &ours_dep), &ours_app)?;
    copy_lock(&root.join("Cargo.lock"), &ours_dir)?;
    let leptos_dir = base.join("leptos");
    write_crate(
        &leptos_dir,
        &generate::manifest("app", leptos_dep),
        &generate::leptos_app(components),
    )?;
    copy_lock(&root.join("benches").join("Cargo.lock"), &leptos_dir)?;

    let (ours, leptos) = measure_both(&ours_dir, &leptos_dir)?;

    let stress_dir = base.join("stress");
    write_crate(
        &stress_dir,
        &generate::manifest("stress", &ours_dep),
        &generate::ours_stress(STRESS_ELEMENTS),
    )?;
    copy_lock(&root.join("Cargo.lock"), &stress_dir)?;
    eprintln!("[stress] building one view of {STRESS_ELEMENTS} elements");
    // Shares our app's target directory, so only the stress crate itself is compiled.
    let stress = build_in(
        &stress_dir,
        &ours_dir.join("target"),
        &["build"],
        Some(STRESS_TIMEOUT),
    );

    let report = report(components, &ours, &leptos, &stress);
    print!("{report}");
    let command_line = format!("cargo xtask bench compile --components {components}");
    docs::write_section(&root, "compile", "Compile time", &command_line, &report)
}

/// Copies `view-core`, `view-macro` and `view-markup` (and a root manifest listing only them) to `dest`, so
/// that edits made to the repository while the benchmark runs cannot leak into its builds.
/// Returns `dest`.
fn snapshot(root: &Path, dest: &Path) -> Result<std::path::PathBuf, String> {
    let manifest =
        fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    let manifest: String = manifest
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("members") {
                "members = [\"view-core\", \"view-macro\", \"view-markup\"]"
            } else {
                line
            }
        })
        .flat_map(|line| [line, "\n"])
        .collect();
    if dest.exists() {
        fs::remove_dir_all(dest).map_err(|e| format!("{}: {e}", dest.display()))?;
    }
    for krate in ["view-core", "view-macro", "view-markup"] {
        copy_dir(&root.join(krate), &dest.join(krate))?;
    }
    fs::write(dest.join("Cargo.toml"), manifest).map_err(|e| format!("{}: {e}", dest.display()))?;
    for file in ["Cargo.lock", "rust-toolchain.toml"] {
        if root.join(file).exists() {
            fs::copy(root.join(file), dest.join(file)).map_err(|e| format!("{file}: {e}"))?;
        }
    }
    Ok(dest.to_path_buf())
}

/// Copies the directory `from` to `to`, skipping `target` directories.
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            if entry.file_name() != "target" {
                copy_dir(&path, &target)?;
            }
        } else {
            fs::copy(&path, &target).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Writes `Cargo.toml` and `src/main.rs` of a generated crate.
fn write_crate(dir: &Path, manifest: &str, main: &str) -> Result<(), String> {
    let src = dir.join("src");
    fs::create_dir_all(&src).map_err(|e| format!("{}: {e}", src.display()))?;
    fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| format!("{}: {e}", dir.display()))?;
    fs::write(src.join("main.rs"), main).map_err(|e| format!("{}: {e}", src.display()))
}

/// Seeds a generated crate's lockfile from `lock`, so it builds the versions the repo pins.
fn copy_lock(lock: &Path, dir: &Path) -> Result<(), String> {
    if lock.exists() && !dir.join("Cargo.lock").exists() {
        fs::copy(lock, dir.join("Cargo.lock")).map_err(|e| format!("{}: {e}", lock.display()))?;
    }
    Ok(())
}

/// Runs `cargo <args>` in `dir` (its own target directory), timing it and, through GNU time,
/// recording the peak RSS of the process tree. Output goes to `dir/last-build.log`.
fn build(dir: &Path, args: &[&str]) -> Result<Build, String> {
    build_in(dir, &dir.join("target"), args, None)
}

/// [`build`] with an explicit target directory, stopped after `timeout` if given.
fn build_in(
    dir: &Path,
    target: &Path,
    args: &[&str],
    timeout: Option<Duration>,
) -> Result<Build, String> {
    let rss_file = dir.join("peak-rss.txt");
    let log = dir.join("last-build.log");
    let log_file = fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
    let gnu_time = Path::new("/usr/bin/time").exists();
    let mut command = if gnu_time {
        let mut command = Command::new("/usr/bin/time");
        command
            .arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(&rss_file)
            .arg(cargo().get_program());
        command
    } else {
        cargo()
    };
    command
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .stdout(Stdio::null())
        .stderr(log_file);
    // Its own process group, so that a timeout can stop cargo and its rustc together.
    command.process_group(0);
    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .map_err(|e| format!("waiting for cargo: {e}"))?
        {
            break status;
        }
        if timeout.is_some_and(|limit| start.elapsed() > limit) {
            // Best effort: the group is ours, and a failure to kill it leaves nothing to undo.
            let _ = Command::new("kill")
                .arg("--")
                .arg(format!("-{}", child.id()))
                .status();
            let _ = child.wait();
            return Err(format!(
                "`cargo {}` did not finish within {} s",
                args.join(" "),
                start.elapsed().as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let seconds = start.elapsed().as_secs_f64();
    if !status.success() {
        let text = fs::read_to_string(&log).unwrap_or_default();
        let first_error = text
            .lines()
            .find(|line| line.starts_with("error"))
            .unwrap_or("");
        return Err(format!(
            "`cargo {}` failed in {}: {first_error} (see {})",
            args.join(" "),
            dir.display(),
            log.display()
        ));
    }
    let peak_kib = fs::read_to_string(&rss_file)
        .ok()
        .and_then(|text| text.lines().last()?.trim().parse().ok());
    Ok(Build { seconds, peak_kib })
}

/// The three measured builds.
#[derive(Clone, Copy)]
enum Step {
    DebugClean,
    ReleaseClean,
    Incremental,
}

/// Builds a generated crate and its dependencies, debug and release (not measured).
fn prebuild(dir: &Path, name: &str) -> Result<(), String> {
    eprintln!("[{name}] prebuilding dependencies (debug and release; not measured)");
    build(dir, &["build"])?;
    build(dir, &["build", "--release"])?;
    Ok(())
}

/// Prebuilds both apps, then measures each step for ours and Leptos in turn, so that a change
/// in the machine's load hits both sides alike.
fn measure_both(
    ours_dir: &Path,
    leptos_dir: &Path,
) -> Result<(Measurements, Measurements), String> {
    prebuild(ours_dir, "ours")?;
    prebuild(leptos_dir, "leptos")?;
    let mut results = [Vec::new(), Vec::new()];
    for step in [Step::DebugClean, Step::ReleaseClean, Step::Incremental] {
        for (side, (dir, name)) in [(ours_dir, "ours"), (leptos_dir, "leptos")]
            .into_iter()
            .enumerate()
        {
            results[side].push(measure(dir, name, step)?);
        }
    }
    let [ours, leptos] = results.map(|builds| Measurements {
        debug: builds[0],
        release: builds[1],
        incremental: builds[2],
    });
    Ok((ours, leptos))
}

/// Measures one step of the app crate in `dir`.
fn measure(dir: &Path, name: &str, step: Step) -> Result<Build, String> {
    let build = match step {
        Step::DebugClean => {
            eprintln!("[{name}] clean debug build of the app crate");
            build(dir, &["clean", "-p", "app"])?;
            build(dir, &["build"])?
        }
        Step::ReleaseClean => {
            eprintln!("[{name}] clean release build of the app crate");
            build(dir, &["clean", "-p", "app", "--release"])?;
            build(dir, &["build", "--release"])?
        }
        Step::Incremental => {
            eprintln!("[{name}] debug rebuild after editing one string literal");
            let main = dir.join("src").join("main.rs");
            let source =
                fs::read_to_string(&main).map_err(|e| format!("{}: {e}", main.display()))?;
            let edited = source.replacen(EDITED_LITERAL, &format!("{EDITED_LITERAL} (edited)"), 1);
            if edited == source {
                return Err(format!(
                    "{}: the literal to edit is missing",
                    main.display()
                ));
            }
            fs::write(&main, edited).map_err(|e| format!("{}: {e}", main.display()))?;
            let result = build(dir, &["build"]);
            fs::write(&main, source).map_err(|e| format!("{}: {e}", main.display()))?;
            result?
        }
    };
    eprintln!("[{name}]   {:.1} s", build.seconds);
    Ok(build)
}

fn memory(build: Build) -> String {
    build.peak_kib.map_or_else(
        || "n/a".to_owned(),
        |kib| format!("{:.2} GiB", kib as f64 / 1024.0 / 1024.0),
    )
}

/// Issue 12's targets: ours / Leptos build time, and peak rustc memory.
const TIME_TARGET: f64 = 0.4;
const MEMORY_TARGET: f64 = 0.5;

fn ratio(ours: f64, leptos: f64, target: f64) -> String {
    let r = ours / leptos;
    format!("{r:.2} ({})", if r <= target { "met" } else { "missed" })
}

fn report(
    components: usize,
    ours: &Measurements,
    leptos: &Measurements,
    stress: &Result<Build, String>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "A generated app of {components} components (~25 elements each: static and dynamic text, \
         attributes, a class toggle, an event handler, a conditional child, a small list, a small \
         table) composed in one `App`, the same source on both sides: `view!` and \
         `#[component]` (ours, Leptos 0.8 with `ssr`). Only the app crate is rebuilt; \
         dependencies are prebuilt. Peak memory is the largest process of the build (the app's \
         rustc). Targets (issue 12): time ours/leptos ≤ {TIME_TARGET} and peak memory \
         ours/leptos ≤ {MEMORY_TARGET} on each build.\n"
    );
    let _ = writeln!(
        out,
        "| build | ours | leptos | ours/leptos | peak mem ours | peak mem leptos | mem ours/leptos |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|");
    let rows = [
        ("debug, clean", ours.debug, leptos.debug),
        ("release, clean", ours.release, leptos.release),
        (
            "debug, one literal edited",
            ours.incremental,
            leptos.incremental,
        ),
    ];
    for (label, o, l) in rows {
        let _ = writeln!(
            out,
            "| {label} | {:.1} s | {:.1} s | {} | {} | {} | {} |",
            o.seconds,
            l.seconds,
            ratio(o.seconds, l.seconds, TIME_TARGET),
            memory(o),
            memory(l),
            match (o.peak_kib, l.peak_kib) {
                (Some(o), Some(l)) => ratio(o as f64, l as f64, MEMORY_TARGET),
                _ => "n/a".to_owned(),
            }
        );
    }
    let _ = writeln!(
        out,
        "\nStress view: one `view!` of {STRESS_ELEMENTS} elements (a `div` with {} `span` \
         children), default `recursion_limit` and `type_length_limit`: {}",
        STRESS_ELEMENTS - 1,
        match stress {
            Ok(build) => format!(
                "**pass** (debug build {:.1} s, peak {})",
                build.seconds,
                memory(*build)
            ),
            Err(error) => format!("**fail** ({error})"),
        }
    );
    out
}
