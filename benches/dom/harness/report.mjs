// Turns results.json (bench.mjs) and sizes.tsv (run.sh) into Markdown tables, and writes them
// between the `dom-bench` markers of docs/benchmarks.md (appending the markers when absent).
//
//   node harness/report.mjs --results R --sizes S --out report.md [--docs docs/benchmarks.md]
//        [--quick] [--timed-profile P] [--ours-build-log LOG]

import { readFile, writeFile } from "node:fs/promises";
import { cpus, totalmem, loadavg, release, arch } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const args = {};
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "");
    args[key] = argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[++i] : "true";
  }
}
const here = dirname(fileURLToPath(import.meta.url));
const START = "<!-- dom-bench:start -->";
const END = "<!-- dom-bench:end -->";
const NAMES = { vanilla: "vanilla JS", leptos: "Leptos", ours: "ours" };

const results = JSON.parse(await readFile(args.results, "utf8"));
const sizeRows = (await readFile(args.sizes, "utf8")).trim().split("\n").slice(1).map((line) => {
  const [app, profile, wasmRaw, wasmGzip, jsRaw, jsGzip] = line.split("\t");
  return { app, profile, wasmRaw: +wasmRaw, wasmGzip: +wasmGzip, jsRaw: +jsRaw, jsGzip: +jsGzip };
});
const lock = await readFile(join(here, "..", "Cargo.lock"), "utf8");
const lockVersion = (name) => lock.match(new RegExp(`name = "${name}"\\nversion = "([^"]+)"`))?.[1] ?? "?";
const leptosVersion = lockVersion("leptos");
const oursFailure = args["ours-build-log"] ? await buildFailure(args["ours-build-log"]) : null;

async function buildFailure(path) {
  const text = await readFile(path, "utf8").catch(() => "");
  const errors = text.split("\n").filter((line) => /^error(\[E\d+\])?:/.test(line));
  return errors.slice(0, 8).join("\n") || text.trim().split("\n").slice(-8).join("\n");
}

const ms = (value) => (value === undefined ? "—" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
const fmtRatio = (value) => (value === undefined ? "—" : `${value.toFixed(2)}×`);
const geomean = (values) => {
  const defined = values.filter((v) => v !== undefined && v > 0);
  if (defined.length !== values.length || !defined.length) return undefined;
  return Math.exp(defined.reduce((sum, v) => sum + Math.log(v), 0) / defined.length);
};
const kib = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const engines = ["vanilla", "leptos", "ours"];
const has = (engine) => results.medians?.[engine] !== undefined;

// Issue 12's per-operation targets (script time): the creation operations within 2x vanilla JS,
// and no operation slower than Leptos.
const CREATION = new Set(["create1k", "replace1k", "append1k", "create10k"]);
const CREATION_MAX = 2;
const GEOMEAN_MAX = 1.8;
const TOTAL_MAX = 1.1;
const SIZE_MAX = 0.55;

// The verdict of one operation's script time: which targets it misses, "met" when none.
function verdict(bench, oursVanilla, oursLeptos) {
  if (oursVanilla === undefined && oursLeptos === undefined) return "—";
  const misses = [];
  if (CREATION.has(bench.id) && !(oursVanilla <= CREATION_MAX)) misses.push(`> ${CREATION_MAX}× vanilla`);
  if (oursLeptos !== undefined && oursLeptos > 1) misses.push("**slower than Leptos**");
  return misses.length ? `FAIL: ${misses.join(", ")}` : "pass";
}

function timeTable(kind) {
  const header = ["operation", ...engines.map((e) => `${NAMES[e]} (ms)`), "ours / vanilla", "ours / Leptos",
    "Leptos / vanilla", ...(kind === "script" ? ["issue 12 target"] : [])];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map((_, i) => (i ? "---:" : "---")).join("|")}|`];
  const columns = { oursVanilla: [], oursLeptos: [], leptosVanilla: [] };
  for (const bench of results.benchmarks) {
    const value = (engine) => results.medians?.[engine]?.[bench.id]?.[kind];
    const r = {
      oursVanilla: ratio(value("ours"), value("vanilla")),
      oursLeptos: ratio(value("ours"), value("leptos")),
      leptosVanilla: ratio(value("leptos"), value("vanilla")),
    };
    for (const key in r) columns[key].push(r[key]);
    const target = kind === "script" ? ` ${verdict(bench, r.oursVanilla, r.oursLeptos)} |` : "";
    lines.push(`| ${bench.name} | ${engines.map((e) => ms(value(e))).join(" | ")} | ${fmtRatio(r.oursVanilla)} | `
      + `${fmtRatio(r.oursLeptos)} | ${fmtRatio(r.leptosVanilla)} |${target}`);
  }
  const means = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, geomean(v)]));
  const limit = kind === "script" ? GEOMEAN_MAX : TOTAL_MAX;
  const meanVerdict = means.oursVanilla === undefined ? "—"
    : means.oursVanilla <= limit ? `pass (≤ ${limit}× vanilla)` : `FAIL (> ${limit}× vanilla)`;
  lines.push(`| **geometric mean** | | | | **${fmtRatio(means.oursVanilla)}** | **${fmtRatio(means.oursLeptos)}** | `
    + `**${fmtRatio(means.leptosVanilla)}** |${kind === "script" ? ` ${meanVerdict} |` : ""}`);
  if (kind === "total") {
    lines.push("", `Target: geometric mean ≤ ${TOTAL_MAX}× vanilla JS — ${meanVerdict}.`);
  }
  return { table: lines.join("\n") + "\n\n" + spread(kind), means };
}

// The operations whose script time is slower than Leptos's (names), for the targets and the
// exit status.
function slowerThanLeptos() {
  if (!has("ours") || !has("leptos")) return [];
  return results.benchmarks.filter((b) => results.medians.ours[b.id]?.script > results.medians.leptos[b.id]?.script)
    .map((b) => {
      const r = ratio(results.medians.ours[b.id].script, results.medians.leptos[b.id].script);
      return `${b.name} (${fmtRatio(r)})`;
    });
}

// How noisy the samples were: per engine, the median over operations of (p75 - p25) / median.
function spread(kind) {
  const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  const parts = engines.filter(has).map((engine) => {
    const relative = results.benchmarks.map((bench) => {
      const sorted = [...results.samples[engine][bench.id][kind]].sort((a, b) => a - b);
      return (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / quantile(sorted, 0.5);
    }).sort((a, b) => a - b);
    return `${NAMES[engine]} ${(100 * relative[relative.length >> 1]).toFixed(0)} %`;
  });
  return `Spread (median over operations of the interquartile range / median): ${parts.join(", ")}.`;
}

function sizeTable() {
  const header = ["app", "build", "wasm raw (KiB)", "wasm gzip -9 (KiB)", "JS glue raw (KiB)", "JS glue gzip (KiB)",
    "wasm + glue gzip (KiB)", "ours / Leptos (wasm gzip)"];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map((_, i) => (i ? "---:" : "---")).join("|")}|`];
  const find = (app, profile) => sizeRows.find((row) => row.app === app && row.profile === profile);
  const appOf = { counter: (e) => `${e}-counter`, "hydrating counter": (e) => `${e}-hydrate-counter`,
    benchmark: (e) => e };
  for (const kind of ["counter", "hydrating counter", "benchmark"]) {
    for (const profile of ["release-z", "release"]) {
      for (const engine of ["leptos", "ours"]) {
        const app = appOf[kind](engine);
        const row = find(app, profile);
        const build = profile === "release-z" ? 'opt-level "z"' : "opt-level 3";
        const label = `${kind}, ${NAMES[engine]}`;
        if (!row) {
          lines.push(`| ${label} | ${build} | pending | | | | | |`);
          continue;
        }
        const leptos = find(appOf[kind]("leptos"), profile);
        const vsLeptos = engine === "ours" && leptos ? fmtRatio(row.wasmGzip / leptos.wasmGzip) : "";
        lines.push(`| ${label} | ${build} | ${kib(row.wasmRaw)} | ${kib(row.wasmGzip)} | ${kib(row.jsRaw)} | `
          + `${kib(row.jsGzip)} | ${kib(row.wasmGzip + row.jsGzip)} | ${vsLeptos} |`);
      }
    }
  }
  const vanilla = sizeRows.find((row) => row.app === "vanilla");
  if (vanilla) {
    lines.push(`| benchmark, vanilla JS | — | — | — | ${kib(vanilla.jsRaw)} | ${kib(vanilla.jsGzip)} | `
      + `${kib(vanilla.jsGzip)} | |`);
  }
  return lines.join("\n");
}

function targets(script, total) {
  if (!has("ours")) return "- Targets: not measurable yet (our app is pending, see above).";
  const zSize = (app) => sizeRows.find((row) => row.app === app && row.profile === "release-z");
  const sizeRatio = (kind) => {
    const ours = zSize(kind === "counter" ? "ours-counter" : "ours");
    const leptos = zSize(kind === "counter" ? "leptos-counter" : "leptos");
    return ours && leptos ? ours.wasmGzip / leptos.wasmGzip : undefined;
  };
  const creation = results.benchmarks.filter((b) => CREATION.has(b.id)).map((b) => {
    const r = ratio(results.medians.ours[b.id]?.script, results.medians.vanilla?.[b.id]?.script);
    return { name: b.name, r, ok: r !== undefined && r <= CREATION_MAX };
  });
  const missed = creation.filter((c) => !c.ok);
  const slower = slowerThanLeptos();
  const mark = (ok) => (ok ? "met" : "**not met**");
  const counter = sizeRatio("counter");
  const bench = sizeRatio("benchmark");
  return [
    `- create 1k, replace, append, create 10k each ≤ ${CREATION_MAX}× vanilla JS (script time): `
      + `${creation.map((c) => `${c.name} ${fmtRatio(c.r)}`).join(", ")} — `
      + `${missed.length ? `**not met** (${missed.map((c) => c.name).join(", ")})` : "met"}`,
    `- script-time geometric mean ≤ ${GEOMEAN_MAX}× vanilla JS: ${fmtRatio(script.oursVanilla)} — `
      + `${mark(script.oursVanilla <= GEOMEAN_MAX)}`,
    `- no operation slower than Leptos (script time): ${slower.length ? `**not met** (slower: ${slower.join(", ")})` : "met"}`,
    `- with style + layout ≤ ${TOTAL_MAX}× vanilla JS (geometric mean): ${fmtRatio(total.oursVanilla)} — `
      + `${mark(total.oursVanilla <= TOTAL_MAX)}`,
    `- wasm ≤ ${SIZE_MAX}× Leptos (gzip, opt-level "z"): counter ${fmtRatio(counter)}, benchmark ${fmtRatio(bench)} — `
      + `${mark(counter <= SIZE_MAX && bench <= SIZE_MAX)}`,
  ].join("\n");
}

// The hydration benchmark (issue 13): medians per page, and ratios as the median of the ratios
// of single runs (each run samples every page once, interleaved), with their range.
function hydrationSection() {
  const h = results.hydration;
  if (!h || !h.pages?.length) return { text: "Not run (no hydration page was built).", targets: [] };
  const samples = (engine, rows) => h.samples[`${engine}-${rows / 1000}k`]?.script;
  const perRun = (a, b) => {
    if (!a || !b) return undefined;
    const ratios = a.map((value, i) => value / b[i]).sort((x, y) => x - y);
    return { median: median(ratios), min: ratios[0], max: ratios[ratios.length - 1] };
  };
  const fmtRange = (r) => (r === undefined ? "—" : `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`);
  const iqr = (values) => {
    if (!values) return "";
    const sorted = [...values].sort((a, b) => a - b);
    const q = (f) => sorted[Math.min(sorted.length - 1, Math.round(f * (sorted.length - 1)))];
    return ` ±${((100 * (q(0.75) - q(0.25))) / q(0.5)).toFixed(0)} %`;
  };
  const cell = (engine, rows) => {
    const values = samples(engine, rows);
    return values ? `${ms(median(values))}${iqr(values)}` : "—";
  };
  const header = ["rows", "ours hydrate (ms)", "Leptos hydrate (ms)", "ours client render (ms)",
    "Leptos client render (ms)", "ours / Leptos, hydrate", "ours hydrate / ours render", "Leptos hydrate / Leptos render"];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map((_, i) => (i ? "---:" : "---")).join("|")}|`];
  const targetLines = [];
  const mark = (ok) => (ok ? "met" : "**not met**");
  for (const rows of h.rows) {
    const vsLeptos = perRun(samples("hydrate-ours", rows), samples("hydrate-leptos", rows));
    const vsRender = perRun(samples("hydrate-ours", rows), samples("render-ours", rows));
    const leptosVsRender = perRun(samples("hydrate-leptos", rows), samples("render-leptos", rows));
    lines.push(`| ${rows.toLocaleString("en")} | ${cell("hydrate-ours", rows)} | ${cell("hydrate-leptos", rows)} | `
      + `${cell("render-ours", rows)} | ${cell("render-leptos", rows)} | ${fmtRange(vsLeptos)} | ${fmtRange(vsRender)} | `
      + `${fmtRange(leptosVsRender)} |`);
    if (vsLeptos) targetLines.push(`- hydration ≤ 0.5× Leptos, ${rows.toLocaleString("en")} rows: ${fmtRatio(vsLeptos.median)} — ${mark(vsLeptos.median <= 0.5)}`);
    if (vsRender) targetLines.push(`- hydration ≤ 0.7× our client render, ${rows.toLocaleString("en")} rows: ${fmtRatio(vsRender.median)} — ${mark(vsRender.median <= 0.7)}`);
  }
  const zSize = (app) => sizeRows.find((row) => row.app === app && row.profile === "release-z");
  const ours = zSize("ours-hydrate-counter");
  const leptos = zSize("leptos-hydrate-counter");
  if (ours && leptos) {
    const r = ours.wasmGzip / leptos.wasmGzip;
    targetLines.push(`- hydrating counter wasm ≤ 0.55× Leptos (gzip, opt-level "z"): ${fmtRatio(r)} — ${mark(r <= 0.55)}`);
  }
  const added = Object.entries(h.mutations ?? {}).filter(([name]) => name.startsWith("hydrate-"))
    .map(([name, m]) => `${name} ${m.added} added / ${m.removed} removed`).join(", ");
  const text = [
    "Each engine's page holds its own SSR HTML for the table (written by a native generator per framework, "
      + "`ssr` binaries of `apps/*-hydrate`, with the shared labels) in `<body>`, parsed before the wasm loads; "
      + "the page then calls the wasm's `hydrate(rows)` (ours: `view_core::hydrate_body`; Leptos "
      + `${leptosVersion} with \`hydrate\`: \`leptos::mount::hydrate_body\`), or \`render(rows)\` on an empty body `
      + "(`mount_to_body`, the client render of the same app). Script time: from `performance.mark` before the "
      + "call until it returned and every microtask it queued ran (`performance.measure(\"hydrate\")`), with "
      + "the wasm already instantiated; the state (N rows of signals) is built inside the call on both sides. "
      + "Every sample is a fresh page; pages are interleaved per run (order rotated), and each sample's table "
      + "is compared with the model.",
    "",
    "Checked once per page before timing: the table equals the model, hydration added no node "
      + `(a MutationObserver installed before the wasm loads: ${added || "—"}) and reported no mismatch, `
      + "then \"update every 10th row\", \"swap rows\" and \"select\" clicks give the expected table. "
      + "Medians with the interquartile range / median; ratios are the median of per-run ratios (range over runs).",
    "",
    lines.join("\n"),
  ].join("\n");
  return { text, targets: targetLines };
}

const script = timeTable("script");
const total = timeTable("total");
const cpu = cpus();
const machine = `${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} logical cores, `
  + `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()} ${arch()}; `
  + `load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} when the report was written`;
const quick = args.quick === "true";

const parts = [
  START,
  "## Browser benchmark: keyed DOM operations, hydration and wasm size (issues 6, 12 and 13)",
  "",
  `Written by \`benches/dom/run.sh${quick ? " --quick" : ""}\` (\`cargo xtask bench dom\`) on `
    + `${results.date.slice(0, 16).replace("T", " ")} UTC. Chromium ${results.chromium} (Debian, headless, `
    + `driven by playwright-core), ${machine}.`,
  "",
  `Engines: vanilla JS (hand-written), Leptos ${leptosVersion} (\`csr\`, keyed \`<For/>\`), ours (view-core, `
    + "reactive_graph signals, keyed `For`). The timed builds are release with "
    + `${args["timed-profile"] === "release-z" ? 'opt-level "z"' : "opt-level 3"} + \`wasm-opt -Oz\`. `
    + `Each figure is the median of ${results.runs} runs${quick ? " (**quick mode: a smoke check, not a figure to quote**)" : ""}; `
    + "every sample is a fresh page load, engines interleaved (order rotated per run), with the "
    + "js-framework-benchmark warm-up before the timed click.",
  "",
  "- **script**: from just before the click to the last DOM mutation (a `MutationObserver` callback, after "
    + "every microtask the engine queued); measured in the page with `performance.now()` (the pages are cross-origin isolated, so its resolution is 5 µs).",
  "- **total**: from the same start until a forced style recalculation and layout (`offsetHeight`) returns.",
  "- The machine is shared with other work (see the load average): sub-millisecond operations are noisy, "
    + "so read ratios together with the spread under each table. The observer itself costs a little per "
    + "recorded insertion, slightly more for engines that insert rows one by one (Leptos, ours) than for one "
    + "fragment (vanilla).",
  "- Before timing, every engine replays all operations against a model of the expected table (ids, "
    + "labels from a shared deterministic generator, the selected row) and the whole `<tbody>` is compared; "
    + "every timed sample is compared again, so a fast wrong answer cannot count.",
  "",
];
for (const [engine, error] of Object.entries(results.failed ?? {})) {
  parts.push(`**${NAMES[engine] ?? engine} failed the DOM check and is not timed:** \`${error.split("\n")[0]}\``, "");
}
if (oursFailure !== null) {
  parts.push("**ours: pending** — the app does not build yet:", "", "```text", oursFailure, "```", "");
}
const hydration = hydrationSection();
parts.push("### Script time", "", script.table, "", "### Total time (script + style + layout)", "", total.table, "",
  "### Targets (issue 12)", "", targets(script.means, total.means), "",
  "### Hydration (issue 13)", "", hydration.text, "",
  "Targets of issue 13:", "", hydration.targets.join("\n") || "- not measurable (pages missing)", "",
  "### Wasm size", "",
  "Release builds (`lto`, `codegen-units = 1`, `panic = \"abort\"`) after wasm-bindgen (`--target web`) "
    + "and `wasm-opt -Oz` (binaryen from npm); gzip is `gzip -9 -n`; KiB = 1,024 bytes. JS glue is `app.js` "
    + "plus the `inline_js` snippets wasm-bindgen writes beside it, concatenated. The hydrating counters "
    + "(`apps/*-hydrate-counter`) are the same counter built to hydrate (Leptos: `hydrate` instead of `csr`).",
  "", sizeTable(), "", END);
const section = parts.join("\n");

await writeFile(args.out, section + "\n");
if (args.docs) {
  let docs = await readFile(args.docs, "utf8").catch(() => "# Benchmarks\n");
  const start = docs.indexOf(START);
  const end = docs.indexOf(END);
  if (start !== -1 && end > start) {
    docs = docs.slice(0, start) + section + docs.slice(end + END.length);
  } else {
    docs = `${docs.replace(/\n*$/, "")}\n\n${section}\n`;
  }
  await writeFile(args.docs, docs);
  console.error(`[dom-bench] updated ${args.docs}`);
}
console.log(section);

// The gate: an operation slower than Leptos fails the run (exit status 3, after the report is
// written). With --quick (3 runs, a smoke check) the medians are too noisy to gate on, so the
// FAIL line is printed and the status stays 0.
const slower = slowerThanLeptos();
if (slower.length) {
  console.error(`[dom-bench] FAIL: slower than Leptos (script time): ${slower.join(", ")}`
    + `${quick ? " (not enforced with --quick)" : ""}`);
  if (!quick) process.exitCode = 3;
} else if (has("ours") && has("leptos")) {
  console.error("[dom-bench] PASS: no operation slower than Leptos (script time)");
}
