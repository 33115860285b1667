// Shared pieces of the end-to-end tests: a static server for an example's `dist/` on
// 127.0.0.1, headless Chromium through playwright-core, a tiny test runner that reports
// each named check and exits non-zero on any failure, and `eventually` for reading the page
// after an action.

import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { chromium } from "playwright-core";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server at ${url} did not start`);
}

/** Serves `dir` on 127.0.0.1, opens Chromium, runs `tests` ({ name: async (page, url) => … }),
 * each on a fresh page; exits non-zero if any fails. */
export async function run(dir, tests) {
  const start = (port) =>
    spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], {
      stdio: "ignore",
    });
  await runServer(start, tests, { label: dir });
}

/** Like `run`, for an app that is its own server: `start(port)` spawns it listening on
 * 127.0.0.1:`port`. Each test gets `(page, url, context)`, where `context.browser` opens more
 * contexts (e.g. without JavaScript) and `context.allowErrors(regex)` accepts the page errors
 * that match (an expected diagnostic). A test may return a string: a note printed after "ok". With `stopSignal`, the server is stopped with it after the
 * tests and must exit with status 0 (graceful shutdown), checked as one more test. */
export async function runServer(start, tests, { label, stopSignal } = {}) {
  const port = await freePort();
  const server = start(port);
  const exited = new Promise((resolve) => server.once("exit", (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}/`;
  let failed = 0;
  let total = Object.keys(tests).length;
  let browser;
  try {
    await waitForServer(url);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: CHROMIUM_FLAGS,
    });
    for (const [name, test] of Object.entries(tests)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      const allowed = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      try {
        const note = await test(page, url, { browser, context, allowErrors: (pattern) => allowed.push(pattern) });
        const unexpected = errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
        if (unexpected.length > 0) throw new Error(`errors in the page: ${unexpected.join("; ")}`);
        console.log(`test ${name} ... ok${typeof note === "string" ? ` (${note})` : ""}`);
      } catch (error) {
        failed++;
        console.log(`test ${name} ... FAILED\n    ${String(error.stack ?? error).replaceAll("\n", "\n    ")}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    server.kill(stopSignal ?? "SIGTERM");
  }
  if (stopSignal) {
    total++;
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 10_000));
    const exit = await Promise.race([exited, timeout]);
    if (exit?.code === 0) {
      console.log(`test server_exits_cleanly_on_${stopSignal} ... ok`);
    } else {
      failed++;
      console.log(`test server_exits_cleanly_on_${stopSignal} ... FAILED\n    exit: ${JSON.stringify(exit)}`);
      if (exit === null) server.kill("SIGKILL");
    }
  }
  console.log(`e2e ${label ?? url}: ${total - failed} passed; ${failed} failed`);
  if (failed > 0) process.exit(1);
}

/** Opens the app and waits until the wasm module has mounted `selector`. */
export async function open(page, url, selector) {
  await page.goto(url);
  await page.waitForSelector(selector, { state: "attached", timeout: 10_000 });
}

const TIMED_OUT = Symbol("timed out");

/** Runs `check` (an async function that throws, e.g. through `assert`, while its condition does
 * not hold) until it passes, every `interval` ms for up to `timeout` ms, and returns its result.
 *
 * Use it for every read of the page that follows an action (click, key press, fill, reload,
 * history navigation): Playwright's action resolves once the input event is dispatched, but
 * what the app does in response may land later (a `hashchange` handler, for one, runs in a
 * separate task after a click on a `#/…` link). After the timeout the last failure is thrown
 * again, its message prefixed with how long it was retried. */
export async function eventually(check, { timeout = 5_000, interval = 25 } = {}) {
  const start = Date.now();
  let attempts = 0;
  let failure;
  for (;;) {
    attempts++;
    // An attempt may itself wait (a locator's `textContent()` waits for its element), so it is
    // bounded by the time left.
    const left = Math.max(timeout - (Date.now() - start), interval);
    let timer;
    const expired = new Promise((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), left);
    });
    try {
      const result = await Promise.race([check(), expired]);
      if (result !== TIMED_OUT) return result;
      failure ??= new Error(`an attempt was still running after ${left} ms`);
    } catch (error) {
      failure = error;
    } finally {
      clearTimeout(timer);
    }
    const elapsed = Date.now() - start;
    if (elapsed >= timeout) {
      const prefix = `still failing after ${elapsed} ms (${attempts} attempts)`;
      if (!(failure instanceof Error)) throw new Error(`${prefix}: ${String(failure)}`);
      // The runner prints `stack`, which was captured with the original message.
      failure.message = `${prefix}: ${failure.message}`;
      failure.stack = `Error: ${prefix}\n${failure.stack}`;
      throw failure;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
