// Where a hydration page spends its time: loads one page of the hydration benchmark under the
// V8 sampling profiler (Chrome DevTools Protocol) and prints the self time of the functions
// sampled inside the timed call (`window.__bench.run`), heaviest first, plus the inclusive time
// of the functions named with --inclusive.
//
//   node harness/profile-hydration.mjs --dist DIR --page hydrate-ours-10k [--top 40]
//        [--loads 5] [--inclusive 'regex']
//
// Serve wasm that still has its name section for readable names: run.sh keeps the wasm-bindgen
// output before `wasm-opt` in target/site/pkg-named/ and the site using it in target/site/dist-named/.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const args = {};
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, "")] = argv[i + 1];
}
const TOP = Number(args.top ?? 40);
const LOADS = Number(args.loads ?? 5);
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
  "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage", "--js-flags=--expose-gc"] });

const self = new Map();
const inclusive = new Map();
const inclusivePattern = args.inclusive ? new RegExp(args.inclusive) : null;
let timedSamples = 0;
let interval = 0;
const scripts = [];
for (let load = 0; load < LOADS; load++) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  await cdp.send("Profiler.start");
  await page.goto(`${base}/${args.page}/`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__benchResult !== undefined, null, { timeout: 60000 });
  const result = await page.evaluate(() => window.__benchResult);
  scripts.push(result.script);
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node) => node.callFrame.functionName || `(anonymous ${node.callFrame.url.split("/").pop()})`;
  // Samples under the `run` of window.__bench (the timed call).
  const timed = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at).callFrame.functionName === "run") return true;
    }
    return false;
  };
  const cache = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    if (!cache.has(id)) cache.set(id, timed(id));
    if (!cache.get(id)) continue;
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i];
    timedSamples += 1;
    interval += dt;
    const leaf = name(byId.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    if (inclusivePattern) {
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const n = name(byId.get(at));
        if (inclusivePattern.test(n) && !seen.has(n)) { seen.add(n); inclusive.set(n, (inclusive.get(n) ?? 0) + dt); }
      }
    }
  }
  await page.close();
}
await browser.close();
server.close();

const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${args.page}: ${LOADS} loads, timed script ${scripts.map((s) => s.toFixed(1)).join(" / ")} ms; `
  + `${timedSamples} samples in the timed call, ${(total / 1000 / LOADS).toFixed(1)} ms per load`);
console.log("\nself time (ms per load, % of the timed call):");
for (const [fn, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  console.log(`${(us / 1000 / LOADS).toFixed(2).padStart(8)}  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${fn}`);
}
if (inclusivePattern) {
  console.log("\ninclusive time (ms per load, %):");
  for (const [fn, us] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${(us / 1000 / LOADS).toFixed(2).padStart(8)}  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${fn}`);
  }
}
