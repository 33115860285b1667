// Shared pieces of the end-to-end tests: a static server for an example's `dist/` on
// 127.0.0.1, headless Chromium through playwright-core, and a tiny test runner that reports
// each named check and exits non-zero on any failure.

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
  throw new Error(`the static server at ${url} did not start`);
}

/** Serves `dir` on 127.0.0.1, opens Chromium, runs `tests` ({ name: async (page, url) => … }),
 * each on a fresh page; exits non-zero if any fails. */
export async function run(dir, tests) {
  const port = await freePort();
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], {
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}/`;
  let failed = 0;
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
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      try {
        await test(page, url);
        if (errors.length > 0) throw new Error(`errors in the page: ${errors.join("; ")}`);
        console.log(`test ${name} ... ok`);
      } catch (error) {
        failed++;
        console.log(`test ${name} ... FAILED\n    ${String(error.stack ?? error).replaceAll("\n", "\n    ")}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    server.kill();
  }
  const total = Object.keys(tests).length;
  console.log(`e2e ${dir}: ${total - failed} passed; ${failed} failed`);
  if (failed > 0) process.exit(1);
}

/** Opens the app and waits until the wasm module has mounted `selector`. */
export async function open(page, url, selector) {
  await page.goto(url);
  await page.waitForSelector(selector, { state: "attached", timeout: 10_000 });
}
