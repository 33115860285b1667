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

const engines = ["vanilla", "leptos", "ours"];
const has = (engine) => results.medians?.[engine] !== undefined;

function timeTable(kind) {
  const header = ["operation", ...engines.map((e) => `${NAMES[e]} (ms)`), "ours / vanilla", "ours / Leptos",
    "Leptos / vanilla"];
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
    lines.push(`| ${bench.name} | ${engines.map((e) => ms(value(e))).join(" | ")} | ${fmtRatio(r.oursVanilla)} | `
      + `${fmtRatio(r.oursLeptos)} | ${fmtRatio(r.leptosVanilla)} |`);
  }
  const means = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, geomean(v)]));
  lines.push(`| **geometric mean** | | | | **${fmtRatio(means.oursVanilla)}** | **${fmtRatio(means.oursLeptos)}** | `
    + `**${fmtRatio(means.leptosVanilla)}** |`);
  return { table: lines.join("\n") + "\n\n" + spread(kind), means };
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
  for (const kind of ["counter", "benchmark"]) {
    for (const profile of ["release-z", "release"]) {
      for (const engine of ["leptos", "ours"]) {
        const app = kind === "counter" ? `${engine}-counter` : engine;
        const row = find(app, profile);
        const build = profile === "release-z" ? 'opt-level "z"' : "opt-level 3";
        const label = `${kind}, ${NAMES[engine]}`;
        if (!row) {
          lines.push(`| ${label} | ${build} | pending | | | | | |`);
          continue;
        }
        const leptos = find(kind === "counter" ? "leptos-counter" : "leptos", profile);
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
  const slower = results.benchmarks.filter((b) => results.medians.ours[b.id].script > results.medians.leptos?.[b.id]?.script)
    .map((b) => b.name);
  const mark = (ok) => (ok ? "met" : "**not met**");
  const counter = sizeRatio("counter");
  const bench = sizeRatio("benchmark");
  return [
    `- script-time geometric mean ≤ 1.5× vanilla JS: ${fmtRatio(script.oursVanilla)} — ${mark(script.oursVanilla <= 1.5)}`,
    `- with style + layout ≤ 1.05× vanilla JS: ${fmtRatio(total.oursVanilla)} — ${mark(total.oursVanilla <= 1.05)}`,
    `- every operation at least as fast as Leptos (script time): ${slower.length ? `**not met** (slower: ${slower.join(", ")})` : "met"}`,
    `- wasm ≤ 0.6× Leptos (gzip, opt-level "z"): counter ${fmtRatio(counter)}, benchmark ${fmtRatio(bench)} — `
      + `${mark(counter <= 0.6 && bench <= 0.6)}`,
  ].join("\n");
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
  "## Browser benchmark: keyed DOM operations and wasm size (issue 6)",
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
  parts.push(`**${NAMES[engine]} failed the DOM check and is not timed:** \`${error.split("\n")[0]}\``, "");
}
if (oursFailure !== null) {
  parts.push("**ours: pending** — the app does not build yet:", "", "```text", oursFailure, "```", "");
}
parts.push("### Script time", "", script.table, "", "### Total time (script + style + layout)", "", total.table, "",
  "### Targets", "", targets(script.means, total.means), "",
  "### Wasm size", "",
  "Release builds (`lto`, `codegen-units = 1`, `panic = \"abort\"`) after wasm-bindgen (`--target web`) "
    + "and `wasm-opt -Oz` (binaryen from npm); gzip is `gzip -9 -n`; KiB = 1,024 bytes.",
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
