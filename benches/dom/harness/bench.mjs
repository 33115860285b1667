// The keyed js-framework-benchmark in headless Chromium, driven by playwright-core.
//
//   node harness/bench.mjs --dist DIR --out results.json [--runs N] [--engines a,b,c]
//        [--only-hydration] [--hydration-engines hydrate-ours,hydrate-leptos,...]
//        [--ops update10th,create1k,...]   (time these operations only, by id; no hydration)
//
// DIR holds one directory per engine (`vanilla`, `leptos`, `ours`, each with an index.html),
// served on 127.0.0.1. For every engine the harness first replays every operation against a
// model of the expected table (ids, labels from the shared deterministic generator, selected
// row) and compares the whole DOM, so a fast wrong answer cannot count. Then, for each run,
// each operation and each engine (engines interleaved, order rotated per run), it loads a fresh
// page, does the operation's warm-up, and times one click:
//   - script: from just before the click until the last DOM mutation has been reported (a
//     MutationObserver's callback, after every microtask the engine queued has run);
//   - total: the same start until a forced style recalculation and layout has finished.
// Every timed sample is checked against the model too.
// In the same runs, the hydration benchmark (hydration.mjs): hydrating the table at 1,000 and
// 10,000 rows from each framework's SSR HTML, and client-rendering it, pages interleaved.

import { createServer } from "node:http";
import { readFile, writeFile, access } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { Model, op, compare, pageClick, pageSnapshot } from "./model.mjs";
import { HYDRATION_COUNTERS, HYDRATION_ENGINES, HYDRATION_ROWS, checkHydratedCounter, checkHydration, pageName,
  sampleHydration } from "./hydration.mjs";

const args = parseArgs(process.argv.slice(2));
const DIST = args.dist;
const RUNS = Number(args.runs ?? 10);
const ENGINES = (args.engines ?? "vanilla,leptos,ours").split(",");
const COUNTERS = (args.counters ?? "leptos-counter,ours-counter").split(",");
const OUT = args.out ?? "results.json";
const ONLY_HYDRATION = args["only-hydration"] === "true";
// The hydration pages to time (`ENGINE-1k`, `ENGINE-10k`); another list compares builds (A/B).
const HYDRATION_PAGES = args["hydration-engines"]?.split(",") ?? HYDRATION_ENGINES;
// The operations to time (ids of BENCHMARKS below); a subset skips the hydration pages too.
const OPS = args.ops?.split(",");
const CHROMIUM = args.chromium ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-dev-shm-usage", "--js-flags=--expose-gc"];

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "");
    out[key] = argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[++i] : "true";
  }
  return out;
}

const log = (...parts) => console.error("[dom-bench]", ...parts);

// ---------------------------------------------------------------------------------------------
// Static server (127.0.0.1 only).

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json" };

function serve(root) {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (path.includes("..")) { res.writeHead(400).end(); return; }
    if (path.endsWith("/")) path += "index.html";
    try {
      const body = await readFile(join(root, path));
      // Cross-origin isolation gives `performance.now()` 5 µs resolution instead of 100 µs.
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "cache-control": "no-store", "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------
// The timed operations.

const times = (n, ops) => Array.from({ length: n }, (_, i) => (typeof ops === "function" ? ops(i) : ops)).flat();

// Warm-ups as in js-framework-benchmark (keyed).
const ALL_BENCHMARKS = [
  { id: "create1k", name: "create 1,000 rows", warmup: times(5, [op.run, op.clear]), measure: op.run },
  { id: "replace1k", name: "replace all 1,000 rows", warmup: times(5, [op.run]), measure: op.run },
  { id: "update10th", name: "update every 10th row (1,000)", warmup: [op.run, ...times(3, [op.update])], measure: op.update },
  { id: "select", name: "select a row", warmup: [op.run, ...times(5, (i) => [op.select(i)])], measure: op.select(1) },
  { id: "swap", name: "swap rows 2 and 999", warmup: [op.run, ...times(5, [op.swaprows])], measure: op.swaprows },
  { id: "remove", name: "remove a row", warmup: [op.run, ...times(5, (i) => [op.remove(9 - i)])], measure: op.remove(3) },
  { id: "create10k", name: "create 10,000 rows", warmup: times(5, [op.run, op.clear]), measure: op.runlots },
  { id: "append1k", name: "append 1,000 rows to 1,000", warmup: [...times(5, [op.run, op.add]), op.run], measure: op.add },
  { id: "clear1k", name: "clear 1,000 rows", warmup: [...times(5, [op.run, op.clear]), op.run], measure: op.clear },
];
export const BENCHMARKS = OPS ? ALL_BENCHMARKS.filter((b) => OPS.includes(b.id)) : ALL_BENCHMARKS;
if (OPS && BENCHMARKS.length !== OPS.length) {
  throw new Error(`--ops: unknown id among ${OPS.join(",")}; known: ${ALL_BENCHMARKS.map((b) => b.id).join(",")}`);
}

// ---------------------------------------------------------------------------------------------
// In-page helpers (run inside the page by page.evaluate).

async function pageNextFrame() {
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}

async function pageMeasure(selector) {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  if (window.gc) window.gc();
  void document.documentElement.offsetHeight; // start from a clean layout
  let lastMutation = 0;
  let mutations = 0;
  const observer = new MutationObserver((records) => { lastMutation = performance.now(); mutations += records.length; });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const start = performance.now();
  element.click();
  const clickReturned = performance.now();
  // Let every microtask the engine queued (and the observer's callbacks) run.
  for (let i = 0; i < 200; i++) await null;
  const pending = observer.takeRecords();
  if (pending.length) { lastMutation = performance.now(); mutations += pending.length; }
  observer.disconnect();
  void document.documentElement.offsetHeight; // forced style recalculation + layout
  const end = performance.now();
  return { script: Math.max(lastMutation, clickReturned) - start, total: end - start, mutations };
}

// ---------------------------------------------------------------------------------------------

async function openPage(browser, base, engine, errors) {
  const page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(`${engine}: page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${engine}: console error: ${message.text()}`);
  });
  await page.goto(`${base}/${engine}/`, { waitUntil: "load" });
  await page.waitForSelector("#run", { timeout: 10000 });
  return page;
}

function throwIfErrors(errors) {
  if (errors.length) throw new Error(errors.join("\n"));
}

async function check(browser, base, engine) {
  const errors = [];
  const page = await openPage(browser, base, engine, errors);
  const model = new Model();
  if (!(await page.evaluate(() => window.crossOriginIsolated))) errors.push(`${engine}: page not cross-origin isolated`);
  compare(engine, model, await page.evaluate(pageSnapshot), "mounting");
  const script = [op.run, op.select(1), op.update, op.swaprows, op.select(998), op.remove(998), op.remove(3),
    op.add, op.update, op.select(1500), op.run, op.update, op.swaprows, op.remove(0), op.clear, op.add,
    op.select(5), op.runlots, op.swaprows, op.select(9000), op.update, op.clear, op.run, op.clear];
  for (const step of script) {
    await page.evaluate(pageClick, step.selector);
    model.apply(step);
    compare(engine, model, await page.evaluate(pageSnapshot), `${step.kind}${step.index !== undefined ? `(${step.index})` : ""}`);
  }
  throwIfErrors(errors);
  await page.close();
}

// The counter apps are only sized, but must work: -1, +1, +1 shows "Value: 1".
async function checkCounter(browser, base, app) {
  const errors = [];
  const page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(`${app}: page error: ${error.message}`));
  await page.goto(`${base}/${app}/`, { waitUntil: "load" });
  await page.waitForSelector("#increment", { timeout: 10000 });
  for (const id of ["decrement", "increment", "increment"]) await page.evaluate(pageClick, `#${id}`);
  const text = await page.evaluate(() => document.getElementById("value").textContent);
  if (text !== "Value: 1") errors.push(`${app}: shows ${JSON.stringify(text)} after -1 +1 +1, expected "Value: 1"`);
  throwIfErrors(errors);
  await page.close();
}

async function sample(browser, base, engine, bench) {
  const errors = [];
  const page = await openPage(browser, base, engine, errors);
  const model = new Model();
  for (const step of bench.warmup) {
    await page.evaluate(pageClick, step.selector);
    model.apply(step);
    await page.evaluate(pageNextFrame);
  }
  await page.evaluate(pageNextFrame);
  await page.evaluate(pageNextFrame);
  const timing = await page.evaluate(pageMeasure, bench.measure.selector);
  model.apply(bench.measure);
  compare(engine, model, await page.evaluate(pageSnapshot), `timed ${bench.id}`);
  if (timing.mutations === 0) throw new Error(`${engine}: ${bench.id} changed nothing`);
  throwIfErrors(errors);
  await page.close();
  return timing;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const engines = [];
  const exists = (name) => access(join(DIST, name, "index.html")).then(() => true, () => false);
  for (const engine of ONLY_HYDRATION ? [] : ENGINES) {
    if (await exists(engine)) engines.push(engine);
    else log(`${engine}: not built (no ${engine}/index.html), skipped`);
  }
  // rows -> the hydration engines whose page for that many rows exists (and passes its check).
  const hydration = {};
  for (const rows of HYDRATION_ROWS) {
    hydration[rows] = [];
    for (const engine of OPS ? [] : HYDRATION_PAGES) {
      if (await exists(pageName(engine, rows))) hydration[rows].push(engine);
      else log(`${pageName(engine, rows)}: not built, skipped`);
    }
  }
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const result = { date: new Date().toISOString(), chromium: browser.version(), runs: RUNS, engines, checked: {},
    failed: {}, samples: {}, medians: {}, hydration: { rows: HYDRATION_ROWS, pages: [], samples: {}, medians: {},
      mutations: {} } };
  try {
    for (const engine of [...engines]) {
      try {
        await check(browser, base, engine);
        result.checked[engine] = true;
        log(`${engine}: DOM correct for every operation`);
      } catch (error) {
        result.failed[engine] = String(error.message ?? error);
        engines.splice(engines.indexOf(engine), 1);
        log(`${engine}: FAILED the correctness check, not timed:\n${error.message}`);
      }
    }
    for (const app of COUNTERS) {
      try { await access(join(DIST, app, "index.html")); } catch { continue; }
      try {
        await checkCounter(browser, base, app);
        result.checked[app] = true;
        log(`${app}: works`);
      } catch (error) {
        result.failed[app] = String(error.message ?? error);
        log(`${app}: FAILED:\n${error.message}`);
      }
    }
    for (const rows of HYDRATION_ROWS) {
      for (const engine of [...hydration[rows]]) {
        const name = pageName(engine, rows);
        try {
          result.hydration.mutations[name] = await checkHydration(browser, base, engine, rows);
          result.checked[name] = true;
          result.hydration.pages.push(name);
          result.hydration.samples[name] = { script: [], call: [] };
          log(`${name}: table correct, ${result.hydration.mutations[name].added} nodes added; clicks work`);
        } catch (error) {
          result.failed[name] = String(error.message ?? error);
          hydration[rows].splice(hydration[rows].indexOf(engine), 1);
          log(`${name}: FAILED the check, not timed:\n${error.message}`);
        }
      }
    }
    for (const name of HYDRATION_COUNTERS) {
      if (!(await exists(name))) continue;
      try {
        await checkHydratedCounter(browser, base, name);
        result.checked[name] = true;
        log(`${name}: hydrates without adding a node, works`);
      } catch (error) {
        result.failed[name] = String(error.message ?? error);
        log(`${name}: FAILED:\n${error.message}`);
      }
    }
    for (const engine of engines) {
      result.samples[engine] = Object.fromEntries(BENCHMARKS.map((b) => [b.id, { script: [], total: [] }]));
    }
    for (let run = 0; run < RUNS; run++) {
      for (const bench of BENCHMARKS) {
        for (let k = 0; k < engines.length; k++) {
          const engine = engines[(k + run) % engines.length];
          const timing = await sample(browser, base, engine, bench);
          result.samples[engine][bench.id].script.push(timing.script);
          result.samples[engine][bench.id].total.push(timing.total);
        }
      }
      for (const rows of HYDRATION_ROWS) {
        const pages = hydration[rows];
        for (let k = 0; k < pages.length; k++) {
          const engine = pages[(k + run) % pages.length];
          const timing = await sampleHydration(browser, base, engine, rows);
          result.hydration.samples[pageName(engine, rows)].script.push(timing.script);
          result.hydration.samples[pageName(engine, rows)].call.push(timing.call);
        }
      }
      log(`run ${run + 1}/${RUNS} done`);
    }
    for (const engine of engines) {
      result.medians[engine] = Object.fromEntries(BENCHMARKS.map((b) => {
        const s = result.samples[engine][b.id];
        return [b.id, { script: median(s.script), total: median(s.total) }];
      }));
    }
    for (const name of result.hydration.pages) {
      const s = result.hydration.samples[name];
      result.hydration.medians[name] = { script: median(s.script), call: median(s.call) };
    }
  } finally {
    await browser.close();
    server.close();
  }
  result.benchmarks = BENCHMARKS.map(({ id, name }) => ({ id, name }));
  await writeFile(OUT, JSON.stringify(result, null, 1));
  log(`wrote ${OUT}`);
  if (Object.keys(result.failed).length) process.exitCode = 1;
}

main().catch((error) => { console.error(error); process.exit(1); });
