//! SSR throughput: every engine renders the same three workloads in one process.
//!
//! Run from the repository root with `cargo xtask bench ssr [--runs N] [--quick]`. The binary
//! first checks that every engine's output is equivalent to ours (see [`normalize`]) and aborts
//! with a diff if not, then times each engine and prints a markdown report on stdout (progress
//! goes to stderr).

mod data;
mod normalize;
mod ours;
mod peers;
mod timing;

use std::fmt::Write as _;
use std::hint::black_box;
use std::process::ExitCode;

use data::{BigTable, Page, Teams};
use timing::{Budget, measure, median};

/// One engine: how it renders each workload.
struct Engine {
    name: &'static str,
    big_table: fn(&BigTable) -> String,
    teams: fn(&Teams) -> String,
    page: fn(&Page) -> String,
}

const OURS: usize = 0;
const LEPTOS: usize = 1;
const SAILFISH: usize = 2;

/// Every engine, ours first; memcpy is handled apart (it copies the expected output).
const ENGINES: [Engine; 6] = [
    Engine {
        name: "ours",
        big_table: ours::big_table,
        teams: ours::teams,
        page: ours::page,
    },
    Engine {
        name: "leptos",
        big_table: peers::leptos::big_table,
        teams: peers::leptos::teams,
        page: peers::leptos::page,
    },
    Engine {
        name: "sailfish",
        big_table: peers::sailfish::big_table,
        teams: peers::sailfish::teams,
        page: peers::sailfish::page,
    },
    Engine {
        name: "maud",
        big_table: peers::maud::big_table,
        teams: peers::maud::teams,
        page: peers::maud::page,
    },
    Engine {
        name: "askama",
        big_table: peers::askama::big_table,
        teams: peers::askama::teams,
        page: peers::askama::page,
    },
    Engine {
        name: "hypertext",
        big_table: peers::hypertext::big_table,
        teams: peers::hypertext::teams,
        page: peers::hypertext::page,
    },
];

/// A form users write of one workload (issue 12), ours and Leptos's. It renders the workload's
/// HTML (inside `around` for the full document) and is timed in the same rounds as the engines.
struct Form {
    workload: Workload,
    name: &'static str,
    /// What the form's code looks like, for the report.
    what: &'static str,
    /// Static markup the form writes before and after the workload's HTML.
    around: (&'static str, &'static str),
    ours: fn(&Data) -> String,
    leptos: fn(&Data) -> String,
}

/// The document around `page` in its `document` form.
const DOCUMENT: (&str, &str) = (
    r#"<html lang="en"><head><meta charset="utf-8"><title>Catalogue</title></head><body>"#,
    "</body></html>",
);

const FORMS: [Form; 5] = [
    Form {
        workload: Workload::BigTable,
        name: "collect",
        what: "`.collect::<Vec<_>>()` per row and per cell",
        around: ("", ""),
        ours: |d| ours::big_table_collect(&d.big_table),
        leptos: |d| peers::leptos::big_table_collect(&d.big_table),
    },
    Form {
        workload: Workload::BigTable,
        name: "components",
        what: "`#[component]` per row (an `Arc<[usize]>` prop) and per cell (a `usize` prop)",
        around: ("", ""),
        ours: |d| ours::big_table_components(&d.big_table),
        leptos: |d| peers::leptos::big_table_components(&d.big_table),
    },
    Form {
        workload: Workload::Page,
        name: "format",
        what: "items' `id` and `href` made by `format!` in the view",
        around: ("", ""),
        ours: |d| ours::page_format(&d.page),
        leptos: |d| peers::leptos::page_format(&d.page),
    },
    Form {
        workload: Workload::Page,
        name: "options",
        what: "each item's description a `.then(|| view! {…})` option",
        around: ("", ""),
        ours: |d| ours::page_options(&d.page),
        leptos: |d| peers::leptos::page_options(&d.page),
    },
    Form {
        workload: Workload::Page,
        name: "document",
        what: "`<html>`, `<head>`, `<body>` around the page, its view made by a function",
        around: DOCUMENT,
        ours: |d| ours::page_document(&d.page),
        leptos: |d| peers::leptos::page_document(&d.page),
    },
];

impl Form {
    fn id(&self) -> String {
        format!("{}/{}", self.workload.name(), self.name)
    }
}

/// The workloads' input data.
struct Data {
    big_table: BigTable,
    teams: Teams,
    page: Page,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Workload {
    BigTable,
    Teams,
    Page,
}

const WORKLOADS: [Workload; 3] = [Workload::BigTable, Workload::Teams, Workload::Page];

impl Workload {
    fn name(self) -> &'static str {
        match self {
            Workload::BigTable => "big-table",
            Workload::Teams => "teams",
            Workload::Page => "page",
        }
    }

    fn render(self, engine: &Engine, data: &Data) -> String {
        match self {
            Workload::BigTable => (engine.big_table)(&data.big_table),
            Workload::Teams => (engine.teams)(&data.teams),
            Workload::Page => (engine.page)(&data.page),
        }
    }
}

/// The physical limit: allocate and copy the expected output.
fn memcpy(expected: &str) -> String {
    expected.to_owned()
}

struct Options {
    runs: usize,
    quick: bool,
    /// `--profile ENGINE WORKLOAD`: only render that pair in a loop (for `perf record`).
    profile: Option<(String, String)>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        runs: 3,
        quick: false,
        profile: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--quick" => options.quick = true,
            "--runs" => {
                let value = args.next().ok_or("--runs needs a number")?;
                options.runs = value
                    .parse()
                    .map_err(|_| format!("--runs: not a number: {value}"))?;
                if options.runs == 0 {
                    return Err("--runs must be at least 1".into());
                }
            }
            "--profile" => {
                let engine = args.next().ok_or("--profile needs ENGINE WORKLOAD")?;
                let workload = args.next().ok_or("--profile needs ENGINE WORKLOAD")?;
                options.profile = Some((engine, workload));
            }
            other => {
                return Err(format!(
                    "unknown argument `{other}` (expected --runs N, --quick, --profile ENGINE WORKLOAD)"
                ));
            }
        }
    }
    Ok(options)
}

/// Checks every engine against ours; returns our output per workload.
fn check_equivalence(data: &Data) -> Result<Vec<String>, String> {
    let mut expected = Vec::new();
    for workload in WORKLOADS {
        let ours = workload.render(&ENGINES[OURS], data);
        let canonical = normalize::normalize(&ours);
        for engine in &ENGINES[1..] {
            let theirs = normalize::normalize(&workload.render(engine, data));
            if theirs != canonical {
                return Err(format!(
                    "{} differs from ours on `{}` after normalization:\n{}",
                    engine.name,
                    workload.name(),
                    normalize::diff(&canonical, &theirs)
                ));
            }
        }
        for form in FORMS.iter().filter(|f| f.workload == workload) {
            let (before, after) = form.around;
            let canonical = normalize::normalize(&format!("{before}{ours}{after}"));
            for (engine, render) in [("ours", form.ours), ("leptos", form.leptos)] {
                let theirs = normalize::normalize(&render(data));
                if theirs != canonical {
                    return Err(format!(
                        "{engine}'s form `{}` differs from ours on `{}` after normalization:\n{}",
                        form.name,
                        workload.name(),
                        normalize::diff(&canonical, &theirs)
                    ));
                }
            }
        }
        eprintln!(
            "equivalent: {} ({} bytes, all engines and forms)",
            workload.name(),
            ours.len()
        );
        expected.push(ours);
    }
    Ok(expected)
}

fn format_time(ns: f64) -> String {
    if ns < 1_000.0 {
        format!("{ns:.0} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.2} µs", ns / 1_000.0)
    } else {
        format!("{:.2} ms", ns / 1_000_000.0)
    }
}

/// The median over runs and the spread `(max - min) / median`.
fn summarize(runs: &[f64]) -> (f64, f64) {
    let mut sorted = runs.to_vec();
    let mid = median(&mut sorted);
    let spread = (sorted[sorted.len() - 1] - sorted[0]) / mid;
    (mid, spread)
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "missed" }
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let data = Data {
        big_table: BigTable::new(100),
        teams: Teams::new(),
        page: Page::new(),
    };
    let expected = match check_equivalence(&data) {
        Ok(expected) => expected,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    if let Some((engine, workload)) = &options.profile {
        return profile(&data, engine, workload);
    }
    let budget = if options.quick {
        Budget::QUICK
    } else {
        Budget::FULL
    };

    // times[workload][column][run]: the engines, memcpy (index ENGINES.len()), then ours and
    // Leptos for each form of the workload (see `form_columns`).
    let mut times: Vec<Vec<Vec<f64>>> = WORKLOADS
        .into_iter()
        .map(|w| vec![Vec::new(); ENGINES.len() + 1 + 2 * forms_of(w).count()])
        .collect();
    for run in 0..options.runs {
        for (w, workload) in WORKLOADS.into_iter().enumerate() {
            let data = &data;
            let renders: Vec<Box<dyn Fn() -> String + '_>> = ENGINES
                .iter()
                .map(|engine| {
                    Box::new(move || workload.render(engine, black_box(data)))
                        as Box<dyn Fn() -> String>
                })
                .chain([
                    Box::new(|| memcpy(black_box(expected[w].as_str()))) as Box<dyn Fn() -> String>
                ])
                .chain(forms_of(workload).flat_map(|form| {
                    [form.ours, form.leptos].map(|render| {
                        Box::new(move || render(black_box(data))) as Box<dyn Fn() -> String>
                    })
                }))
                .collect();
            let renders: Vec<&dyn Fn() -> String> = renders.iter().map(|f| &**f).collect();
            for (e, time) in measure(budget, &renders).into_iter().enumerate() {
                times[w][e].push(time);
            }
            eprintln!("run {}/{}: {} done", run + 1, options.runs, workload.name());
        }
    }

    print!("{}", report(&options, &expected, &times));
    ExitCode::SUCCESS
}

/// The forms of `workload`, in [`FORMS`] order.
fn forms_of(workload: Workload) -> impl Iterator<Item = &'static Form> {
    FORMS.iter().filter(move |f| f.workload == workload)
}

/// Renders one engine's workload (`big-table`) or form (`big-table/collect`, ours or leptos)
/// in a loop for five seconds, for a profiler to sample.
fn profile(data: &Data, engine: &str, workload: &str) -> ExitCode {
    let render: Box<dyn Fn(&Data) -> String> =
        if let Some(form) = FORMS.iter().find(|f| f.id() == workload) {
            match engine {
                "ours" => Box::new(form.ours),
                "leptos" => Box::new(form.leptos),
                _ => {
                    eprintln!("error: forms have the engines `ours` and `leptos`, not `{engine}`");
                    return ExitCode::from(2);
                }
            }
        } else {
            let Some(engine) = ENGINES.iter().find(|e| e.name == engine) else {
                eprintln!("error: unknown engine `{engine}`");
                return ExitCode::from(2);
            };
            let Some(workload) = WORKLOADS.into_iter().find(|w| w.name() == workload) else {
                eprintln!("error: unknown workload or form `{workload}`");
                return ExitCode::from(2);
            };
            Box::new(move |data| workload.render(engine, data))
        };
    let seconds = std::env::var("VIEW_BENCHES_PROFILE_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5.0);
    let start = std::time::Instant::now();
    let mut renders = 0u64;
    while start.elapsed().as_secs_f64() < seconds {
        for _ in 0..64 {
            black_box(render(black_box(data)));
        }
        renders += 64;
    }
    eprintln!("{renders} renders of {workload} by {engine}");
    ExitCode::SUCCESS
}

fn report(options: &Options, expected: &[String], times: &[Vec<Vec<f64>>]) -> String {
    let mut out = String::new();
    let names: Vec<&str> = ENGINES.iter().map(|e| e.name).chain(["memcpy"]).collect();
    let _ = writeln!(
        out,
        "Median time per render over {} run(s){}; each run is the median of {} batches per engine, \
         the engines' batches taking turns. \
         `±` is the spread between runs: (slowest − fastest) / median. Ours is written with the {}.\n",
        options.runs,
        if options.quick {
            " (**--quick: not meaningful**)"
        } else {
            ""
        },
        if options.quick {
            Budget::QUICK.samples
        } else {
            Budget::FULL.samples
        },
        ours::SYNTAX,
    );
    let _ = writeln!(out, "| workload | bytes | {} |", names.join(" | "));
    let _ = writeln!(out, "|---|---:|{}", "---:|".repeat(names.len()));
    let summaries: Vec<Vec<(f64, f64)>> = times
        .iter()
        .map(|per_engine| per_engine.iter().map(|runs| summarize(runs)).collect())
        .collect();
    for (w, workload) in WORKLOADS.into_iter().enumerate() {
        let cells: Vec<String> = summaries[w][..names.len()]
            .iter()
            .map(|&(t, spread)| format!("{} ±{:.1}%", format_time(t), spread * 100.0))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            workload.name(),
            expected[w].len(),
            cells.join(" | ")
        );
    }

    let _ = writeln!(
        out,
        "\nRatios of the medians above; in brackets, the range of the same ratio within single \
         runs (targets: ours/sailfish ≤ 0.8, leptos/ours ≥ 10).\n"
    );
    let _ = writeln!(
        out,
        "| workload | ours/sailfish | leptos/ours | {} |",
        names[..ENGINES.len()]
            .iter()
            .map(|n| format!("{n}/memcpy"))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let _ = writeln!(out, "|---|---:|---:|{}", "---:|".repeat(ENGINES.len()));
    for (w, workload) in WORKLOADS.into_iter().enumerate() {
        let t = |e: usize| summaries[w][e].0;
        let ours_sailfish = t(OURS) / t(SAILFISH);
        let leptos_ours = t(LEPTOS) / t(OURS);
        let per_memcpy: Vec<String> = (0..ENGINES.len())
            .map(|e| format!("{:.1}×", t(e) / t(ENGINES.len())))
            .collect();
        // The ratio within each run: both engines measured under the same load.
        let range = |a: usize, b: usize| {
            let ratios: Vec<f64> = times[w][a]
                .iter()
                .zip(&times[w][b])
                .map(|(x, y)| x / y)
                .collect();
            let min = ratios.iter().copied().fold(f64::INFINITY, f64::min);
            let max = ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            format!("[{min:.2}–{max:.2}]")
        };
        let _ = writeln!(
            out,
            "| {} | {:.2} {} ({}) | {:.1} {} ({}) | {} |",
            workload.name(),
            ours_sailfish,
            range(OURS, SAILFISH),
            verdict(ours_sailfish <= 0.8),
            leptos_ours,
            range(LEPTOS, OURS),
            verdict(leptos_ours >= 10.0),
            per_memcpy.join(" | ")
        );
    }
    out.push_str(&forms_report(times, &summaries));
    out
}

/// The table of the forms users write: each form's time against the fastest form of ours for
/// the same workload (target ≤ 1.2), against sailfish, and Leptos's same form against ours.
fn forms_report(times: &[Vec<Vec<f64>>], summaries: &[Vec<(f64, f64)>]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nForms users write (issue 12), timed in the same rounds as the engines above. The first \
         row of a workload (`today`) is its form above (iterators, no components); \"fastest\" is the \
         fastest form of ours for that workload (target: ≤ 1.2); in brackets, the range within \
         single runs.\n"
    );
    let _ = writeln!(
        out,
        "| workload | form | ours | ours/fastest | ours/sailfish | leptos | leptos/ours |"
    );
    let mut legend = String::new();
    let _ = writeln!(out, "|---|---|---:|---:|---:|---:|---:|");
    for (w, workload) in WORKLOADS.into_iter().enumerate() {
        let forms: Vec<&Form> = forms_of(workload).collect();
        if forms.is_empty() {
            continue;
        }
        // (name, ours column, leptos column)
        let mut rows = vec![("today", OURS, LEPTOS)];
        for (i, form) in forms.iter().enumerate() {
            let ours = ENGINES.len() + 1 + 2 * i;
            rows.push((form.name, ours, ours + 1));
            let _ = writeln!(legend, "- `{}`: {}", form.id(), form.what);
        }
        let fastest = rows
            .iter()
            .map(|row| row.1)
            .min_by(|&a, &b| summaries[w][a].0.total_cmp(&summaries[w][b].0))
            .expect("a workload with forms has rows");
        let range = |a: usize, b: usize| {
            let ratios: Vec<f64> = times[w][a]
                .iter()
                .zip(&times[w][b])
                .map(|(x, y)| x / y)
                .collect();
            let min = ratios.iter().copied().fold(f64::INFINITY, f64::min);
            let max = ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            format!("[{min:.2}–{max:.2}]")
        };
        for (name, ours, leptos) in rows {
            let t = |e: usize| summaries[w][e].0;
            let to_fastest = t(ours) / t(fastest);
            let _ = writeln!(
                out,
                "| {} | {name} | {} ±{:.1}% | {to_fastest:.2} {} ({}) | {:.2} {} | {} ±{:.1}% | {:.1} {} |",
                workload.name(),
                format_time(t(ours)),
                summaries[w][ours].1 * 100.0,
                range(ours, fastest),
                verdict(to_fastest <= 1.2),
                t(ours) / t(SAILFISH),
                range(ours, SAILFISH),
                format_time(t(leptos)),
                summaries[w][leptos].1 * 100.0,
                t(leptos) / t(ours),
                range(leptos, ours),
            );
        }
    }
    out.push('\n');
    out.push_str(&legend);
    out
}
