// The hydration benchmark (issue 13): the keyed table at 1,000 and 10,000 rows, hydrated from
// each framework's own SSR HTML, and client-rendered from scratch for comparison.
//
// Pages (written by run.sh from web/hydrate.html): `hydrate-ENGINE-ROWS` holds the engine's SSR
// HTML for ROWS rows in its body, `render-ENGINE-ROWS` an empty body; both load the same wasm
// and call its `hydrate(rows)` or `render(rows)` through `window.__bench.run`, which times the
// call (plus the microtasks it queued) with `performance.now()` and `performance.mark`/`measure`,
// and counts the nodes added meanwhile with a MutationObserver installed before the wasm loads.
// `hydrate-ENGINE-counter` pages hold a hydrating counter (only sized; checked to work).
//
// Every sample is a fresh page; every sample's table is compared with the model. The check (once
// per page) also requires zero added nodes and zero mismatches after hydration, then clicks
// "update every 10th row" and "swap rows" and compares again.

import { Model, op, compare, pageClick, pageSnapshot } from "./model.mjs";

export const HYDRATION_ROWS = [1000, 10000];
export const HYDRATION_ENGINES = ["hydrate-ours", "hydrate-leptos", "render-ours", "render-leptos"];
export const HYDRATION_COUNTERS = ["hydrate-ours-counter", "hydrate-leptos-counter"];
export const pageName = (engine, rows) => `${engine}-${rows >= 1000 ? `${rows / 1000}k` : rows}`;

async function load(browser, base, name, errors) {
  const page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(`${name}: page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      errors.push(`${name}: console ${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(`${base}/${name}/`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__benchResult !== undefined || window.__benchError !== undefined,
    null, { timeout: 60000 });
  const result = await page.evaluate(() => window.__benchResult);
  if (!result) errors.push(`${name}: ${await page.evaluate(() => String(window.__benchError))}`);
  return { page, result };
}

function throwIfErrors(errors) {
  if (errors.length) throw new Error(errors.join("\n"));
}

function expectClean(name, result) {
  if (!name.startsWith("hydrate-")) return;
  if (result.added !== 0) throw new Error(`${name}: hydration added ${result.added} nodes`);
  if (result.mismatches !== 0) throw new Error(`${name}: ${result.mismatches} mismatches`);
}

/// Correctness of one page: the table after hydration (or rendering), no node added by
/// hydration, then two clicks that must still work.
export async function checkHydration(browser, base, engine, rows) {
  const name = pageName(engine, rows);
  const errors = [];
  const { page, result } = await load(browser, base, name, errors);
  throwIfErrors(errors);
  const model = new Model();
  model.rows = model.build(rows);
  compare(name, model, await page.evaluate(pageSnapshot), "start");
  expectClean(name, result);
  for (const step of [op.update, op.swaprows, op.select(1)]) {
    await page.evaluate(pageClick, step.selector);
    model.apply(step);
    compare(name, model, await page.evaluate(pageSnapshot), `${step.kind} after start`);
  }
  throwIfErrors(errors);
  await page.close();
  return { added: result.added, removed: result.removed };
}

/// The hydrating counter: no node added, then -1, +1, +1 shows "Value: 1".
export async function checkHydratedCounter(browser, base, name) {
  const errors = [];
  const { page, result } = await load(browser, base, name, errors);
  throwIfErrors(errors);
  expectClean(name, result);
  for (const id of ["decrement", "increment", "increment"]) await page.evaluate(pageClick, `#${id}`);
  const text = await page.evaluate(() => document.getElementById("value").textContent);
  if (text !== "Value: 1") errors.push(`${name}: shows ${JSON.stringify(text)} after -1 +1 +1`);
  throwIfErrors(errors);
  await page.close();
}

/// One timed sample: a fresh page, its `__bench.run` timing, and the table compared.
export async function sampleHydration(browser, base, engine, rows) {
  const name = pageName(engine, rows);
  const errors = [];
  const { page, result } = await load(browser, base, name, errors);
  throwIfErrors(errors);
  const model = new Model();
  model.rows = model.build(rows);
  compare(name, model, await page.evaluate(pageSnapshot), "timed start");
  expectClean(name, result);
  await page.close();
  return result;
}
