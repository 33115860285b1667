// Where one keyed-benchmark operation spends its time: opens an engine's page, replays the
// warm-up clicks, then clicks the operation's button under the V8 sampling profiler (Chrome
// DevTools Protocol), several times per page load, and prints the self time of the functions
// sampled inside the clicks, heaviest first, plus the inclusive time of the functions named
// with --inclusive. Also prints the script time of each click (as bench.mjs measures it: from
// the click until the last DOM mutation).
//
//   node harness/profile-op.mjs --dist DIR --engine ours [--op update] [--warmup run]
//        [--clicks 10] [--loads 5] [--top 40] [--inclusive 'regex'] [--no-profile 1] [--all 1] [--no-gc 1]
//        [--callers 'regex' (call chains of the matching self-time leaves)]
//        [--js-flags 'V8 flags', e.g. '--no-wasm-lazy-compilation' to tell compilation from work]
//
// --op and --warmup name buttons (`update`, `run`, `runlots`, `add`, `clear`, `swaprows`);
// --warmup takes a comma-separated list, clicked once each before the timed clicks, and again
// before every timed click when --repeat-warmup 1 (for operations that only make sense once
// per table, such as `run` after `clear`). Serve wasm that still has its name section for
// readable names (run.sh keeps it in target/site/dist-named/ for the hydration apps; for the
// keyed apps run wasm-bindgen on the release build without wasm-opt).

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const args = {};
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, "")] = argv[i + 1];
}
if (!args.dist || !args.engine) {
  console.error("usage: node harness/profile-op.mjs --dist DIR --engine NAME [--op update] ...");
  process.exit(2);
}
const TOP = Number(args.top ?? 40);
const LOADS = Number(args.loads ?? 5);
const CLICKS = Number(args.clicks ?? 10);
const OP = `#${args.op ?? "update"}`;
const WARMUP = (args.warmup ?? "run").split(",").filter(Boolean).map((id) => `#${id}`);
const REPEAT_WARMUP = args["repeat-warmup"] === "1";
const PROFILE = args["no-profile"] !== "1";
// --no-gc 1: no forced GC before each click (bench.mjs forces one), and with --all 1 the
// collector's samples are counted.
const NO_GC = args["no-gc"] === "1";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

const server = createServer(async (req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (path.endsWith("/")) path += "index.html";
  try {
    const body = await readFile(join(args.dist, path));
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox",
  "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage", `--js-flags=--expose-gc ${args["js-flags"] ?? ""}`] });

// In the page: clicks through a function named `profiledClick` (the samples under it are the
// operation's) and times it as bench.mjs does (until the last mutation).
async function pageTimedClick([selector, gc]) {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  if (gc && window.gc) window.gc();
  void document.documentElement.offsetHeight;
  let lastMutation = 0;
  const observer = new MutationObserver(() => { lastMutation = performance.now(); });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const start = performance.now();
  (function profiledClick() { element.click(); })();
  const clickReturned = performance.now();
  for (let i = 0; i < 200; i++) await null;
  if (observer.takeRecords().length) lastMutation = performance.now();
  observer.disconnect();
  return Math.max(lastMutation, clickReturned) - start;
}

async function pageClick(selector) {
  document.querySelector(selector).click();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const self = new Map();
const inclusive = new Map();
// --callers 'regex': the call chains (6 frames up) of the samples whose leaf matches.
const callers = new Map();
const callersPattern = args.callers ? new RegExp(args.callers) : null;
const inclusivePattern = args.inclusive ? new RegExp(args.inclusive) : null;
const times = [];
let total = 0;
for (let load = 0; load < LOADS; load++) {
  const page = await browser.newPage();
  page.on("pageerror", (error) => { console.error(`page error: ${error.message}`); process.exitCode = 1; });
  await page.goto(`${base}/${args.engine}/`, { waitUntil: "load" });
  await page.waitForSelector("#run", { timeout: 10000 });
  const cdp = await page.context().newCDPSession(page);
  if (PROFILE) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  }
  for (const selector of WARMUP) await page.evaluate(pageClick, selector);
  if (PROFILE) await cdp.send("Profiler.start");
  for (let click = 0; click < CLICKS; click++) {
    if (REPEAT_WARMUP && click > 0) for (const selector of WARMUP) await page.evaluate(pageClick, selector);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    times.push(await page.evaluate(pageTimedClick, [OP, !NO_GC]));
  }
  if (PROFILE) {
    const { profile } = await cdp.send("Profiler.stop");
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const name = (node) => node.callFrame.functionName || `(anonymous ${node.callFrame.url.split("/").pop()})`;
    // With --all 1: every sample that is not idle (an engine that defers its DOM updates to a
    // microtask, as Leptos does, runs them outside the click's stack).
    const ALL = args.all === "1";
    const timed = (id) => {
      if (ALL) {
        return !["(idle)", "(program)", ...(NO_GC ? [] : ["(garbage collector)", "gc"])]
          .includes(byId.get(id).callFrame.functionName);
      }
      for (let at = id; at !== undefined; at = parent.get(at)) {
        if (byId.get(at).callFrame.functionName === "profiledClick") return true;
      }
      return false;
    };
    const cache = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const id = profile.samples[i];
      if (!cache.has(id)) cache.set(id, timed(id));
      if (!cache.get(id)) continue;
      const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i];
      total += dt;
      const leaf = name(byId.get(id));
      self.set(leaf, (self.get(leaf) ?? 0) + dt);
      if (callersPattern?.test(leaf)) {
        const chain = [];
        for (let at = parent.get(id); at !== undefined && chain.length < 6; at = parent.get(at)) {
          chain.push(name(byId.get(at)).replace(/::h[0-9a-f]{16}$/, "").slice(-70));
        }
        const key = `${leaf.replace(/::h[0-9a-f]{16}$/, "").slice(-50)} <- ${chain.join(" <- ")}`;
        callers.set(key, (callers.get(key) ?? 0) + dt);
      }
      if (inclusivePattern) {
        const seen = new Set();
        for (let at = id; at !== undefined; at = parent.get(at)) {
          const n = name(byId.get(at));
          if (inclusivePattern.test(n) && !seen.has(n)) { seen.add(n); inclusive.set(n, (inclusive.get(n) ?? 0) + dt); }
        }
      }
    }
  }
  await page.close();
}
await browser.close();
server.close();

const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[sorted.length >> 1]
  : (sorted[(sorted.length >> 1) - 1] + sorted[sorted.length >> 1]) / 2;
const clicks = LOADS * CLICKS;
console.log(`${args.engine} ${OP}: ${clicks} clicks (${LOADS} loads), script time median ${median.toFixed(2)} ms `
  + `(min ${sorted[0].toFixed(2)}, max ${sorted[sorted.length - 1].toFixed(2)})`);
const firsts = times.filter((_, i) => i % CLICKS === 0);
console.log(`first click of each load: ${firsts.map((t) => t.toFixed(2)).join(" / ")} ms`);
if (!PROFILE) process.exit();
console.log(`profiled: ${(total / 1000 / clicks).toFixed(2)} ms sampled per click`);
console.log("\nself time (ms per click, % of the sampled time):");
for (const [fn, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  console.log(`${(us / 1000 / clicks).toFixed(3).padStart(8)}  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${fn}`);
}
if (callersPattern) {
  console.log("\ncall chains of the matching leaves (ms per click):");
  for (const [chain, us] of [...callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`${(us / 1000 / clicks).toFixed(3).padStart(8)}  ${chain}`);
  }
}
if (inclusivePattern) {
  console.log("\ninclusive time (ms per click, %):");
  for (const [fn, us] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${(us / 1000 / clicks).toFixed(3).padStart(8)}  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${fn}`);
  }
}
