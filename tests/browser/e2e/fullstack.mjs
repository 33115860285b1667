// The full-stack demo (examples/fullstack) in headless Chromium: the server's page without
// JavaScript, hydration (no node re-created), clicks made before hydration, the counter, the
// todo list through the JSON API and SQLite (add, toggle, filter, edit, delete, reload), the
// injected mismatch, and a clean exit on SIGINT. Run by scripts/e2e-examples.sh after scripts/build-example.sh fullstack and
// `cargo build -p fullstack --bin fullstack-server`:
//
//   node tests/browser/e2e/fullstack.mjs <server binary> <client dist dir>
//
// Every read of the page after an action goes through `eventually` (harness.mjs).

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eventually, runServer } from "./harness.mjs";

const [binary = "target/debug/fullstack-server", dist = "examples/fullstack/dist"] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), "fullstack-e2e-"));

/** Counts the nodes added to or removed from the body (and names the removed ones) from
 * DOMContentLoaded (before the wasm module has run) until the client marks the body
 * `data-hydrated`. */
function countHydrationMutations() {
  window.__mutations = { started: false, startedBeforeHydration: false, added: 0, removed: 0, removedKinds: [], done: false };
  document.addEventListener("DOMContentLoaded", () => {
    const state = window.__mutations;
    state.started = true;
    state.startedBeforeHydration = document.body.dataset.hydrated !== "1";
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") {
          state.done = true;
          observer.disconnect();
          return;
        }
        state.added += record.addedNodes.length;
        state.removed += record.removedNodes.length;
        for (const node of record.removedNodes) state.removedKinds.push(node.nodeName);
      }
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["data-hydrated"],
    });
  });
}

/** Opens `url`, waits until the client has hydrated the page and returns the number of
 * mismatches it repaired. */
async function openHydrated(page, url) {
  await page.goto(url);
  await page.waitForSelector('body[data-hydrated="1"]', { state: "attached", timeout: 15_000 });
  const { mode, mismatches } = await page.evaluate(() => ({ ...document.body.dataset }));
  assert.equal(mode, "hydrate");
  return Number(mismatches);
}

const counterValue = (page) => page.locator(".counter span").textContent();
const titles = (page) => page.locator(".todo-list .todo .title").allTextContents();
const row = (page, title) => page.locator(".todo-list .todo", { has: page.locator(".title", { hasText: title }) });

async function post(url, title) {
  const response = await fetch(new URL("api/todos", url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title }),
  });
  assert.equal(response.status, 201, await response.text());
}

await runServer(
  (port) =>
    spawn(binary, [], {
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ASSETS_DIR: dist, COUNTER_START: "10" },
      stdio: ["ignore", "inherit", "inherit"],
    }),
  {
    async without_javascript_the_page_shows_the_server_render(page, url, { browser }) {
      await post(url, "Buy milk");
      await post(url, "Write tests");
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const noJs = await context.newPage();
        await noJs.goto(url);
        assert.equal(await noJs.locator("h1").textContent(), "view-core full-stack demo");
        assert.equal(await counterValue(noJs), "Value: 10!");
        assert.deepEqual(await titles(noJs), ["Buy milk", "Write tests"]);
        assert.equal(await noJs.locator(".count").textContent(), "2 left");
        assert.equal(await noJs.evaluate(() => document.body.dataset.hydrated), undefined);
      } finally {
        await context.close();
      }
    },

    async hydration_recreates_no_nodes(page, url, { context }) {
      await context.addInitScript(countHydrationMutations);
      assert.equal(await openHydrated(page, url), 0, "mismatches");
      const mutations = await page.evaluate(() => window.__mutations);
      assert.ok(mutations.started && mutations.startedBeforeHydration, "the observer started before hydration");
      assert.ok(mutations.done, "the observer saw the end of hydration");
      // No element or text is created or removed; only the `<!>` text separators go (hydration
      // removes them by design, docs/design.md "Hydration": "splitting at `<!>` markers, which
      // are removed"): this page has three ("Value: <!>10<!>!" and "2<!> left").
      assert.equal(mutations.added, 0, "nodes added by hydration");
      assert.deepEqual(mutations.removedKinds, ["#comment", "#comment", "#comment"]);
    },

    async counter_steps_and_clears_after_hydration(page, url) {
      await openHydrated(page, url);
      const counter = page.locator(".counter");
      await counter.getByRole("button", { name: "+1" }).click();
      await counter.getByRole("button", { name: "+1" }).click();
      await eventually(async () => assert.equal(await counterValue(page), "Value: 12!"));
      await counter.getByRole("button", { name: "-1" }).click();
      await eventually(async () => assert.equal(await counterValue(page), "Value: 11!"));
      await counter.getByRole("button", { name: "Clear" }).click();
      await eventually(async () => assert.equal(await counterValue(page), "Value: 0!"));
    },

    async clicks_before_hydration_are_replayed_after_it(page, url) {
      // Hold the wasm back: the page is the server's, with the early-event recorder only.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route("**/app_bg.wasm", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(url);
      const counter = page.locator(".counter");
      await counter.getByRole("button", { name: "+1" }).click();
      await counter.getByRole("button", { name: "+1" }).click();
      assert.equal(await page.evaluate(() => document.body.dataset.hydrated), undefined, "not hydrated yet");
      assert.equal(await counterValue(page), "Value: 10!");
      release();
      await page.waitForSelector('body[data-hydrated="1"]', { state: "attached", timeout: 15_000 });
      await eventually(async () => assert.equal(await counterValue(page), "Value: 12!"));
    },

    async todos_add_toggle_filter_edit_delete_and_survive_a_reload(page, url, { browser }) {
      await openHydrated(page, url);
      await eventually(async () => assert.deepEqual(await titles(page), ["Buy milk", "Write tests"]));

      // The client refuses an empty title itself, with a message (no request is sent).
      await page.getByRole("button", { name: "Add" }).click();
      await eventually(async () => assert.equal(await page.locator(".error").textContent(), "the title is empty"));

      await page.getByLabel("New todo").fill("Walk the dog");
      await page.getByRole("button", { name: "Add" }).click();
      await eventually(async () => assert.deepEqual(await titles(page), ["Buy milk", "Write tests", "Walk the dog"]));
      assert.equal(await page.getByLabel("New todo").inputValue(), "");
      assert.equal(await page.locator(".error").count(), 0, "a success clears the message");

      await row(page, "Buy milk").getByLabel("Done").check();
      await eventually(async () => assert.match(await row(page, "Buy milk").getAttribute("class"), /completed/));
      await eventually(async () => assert.equal(await page.locator(".count").textContent(), "2 left"));

      await page.getByRole("button", { name: "Active" }).click();
      await eventually(async () => assert.deepEqual(await titles(page), ["Write tests", "Walk the dog"]));
      await page.getByRole("button", { name: "Completed" }).click();
      await eventually(async () => assert.deepEqual(await titles(page), ["Buy milk"]));
      await page.getByRole("button", { name: "All" }).click();
      await eventually(async () => assert.equal((await titles(page)).length, 3));

      await row(page, "Write tests").getByRole("button", { name: "Edit" }).click();
      await page.getByLabel("Title").fill("Write more tests");
      await page.getByRole("button", { name: "Save" }).click();
      await eventually(async () => assert.deepEqual(await titles(page), ["Buy milk", "Write more tests", "Walk the dog"]));

      await row(page, "Walk the dog").getByRole("button", { name: "Delete" }).click();
      await eventually(async () => assert.deepEqual(await titles(page), ["Buy milk", "Write more tests"]));

      // Saved in SQLite: a reload renders them on the server, and the client takes over again.
      await page.reload();
      await page.waitForSelector('body[data-hydrated="1"]', { state: "attached", timeout: 15_000 });
      assert.deepEqual(await titles(page), ["Buy milk", "Write more tests"]);
      assert.match(await row(page, "Buy milk").getAttribute("class"), /completed/);
      assert.equal(await row(page, "Buy milk").getByLabel("Done").isChecked(), true);
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const noJs = await context.newPage();
        await noJs.goto(url);
        assert.deepEqual(await titles(noJs), ["Buy milk", "Write more tests"]);
        assert.match(await row(noJs, "Buy milk").getAttribute("class"), /completed/);
        assert.equal(await row(noJs, "Buy milk").getByLabel("Done").isChecked(), true);
        assert.equal(await row(noJs, "Write more tests").getByLabel("Done").isChecked(), false);
      } finally {
        await context.close();
      }
    },

    async an_injected_mismatch_is_reported_and_the_page_still_works(page, url, { allowErrors }) {
      const diagnostics = [];
      page.on("console", (message) => {
        if (/hydration mismatch/i.test(message.text())) diagnostics.push(message.text());
      });
      allowErrors(/hydration mismatch/i);
      assert.ok((await openHydrated(page, `${url}?mismatch=1`)) > 0, "the client counted the mismatch");
      await eventually(async () => assert.ok(diagnostics.length > 0, "a hydration mismatch diagnostic in the console"));
      assert.match(diagnostics.join("\n"), /h1/);
      // The mismatching heading is repaired to the client's, and the page works.
      await eventually(async () => assert.equal(await page.locator("h1").textContent(), "view-core full-stack demo"));
      await page.locator(".counter").getByRole("button", { name: "+1" }).click();
      await eventually(async () => assert.equal(await counterValue(page), "Value: 11!"));
      await page.getByLabel("New todo").fill("After the mismatch");
      await page.getByRole("button", { name: "Add" }).click();
      await eventually(async () => assert.deepEqual(await titles(page), ["Buy milk", "Write more tests", "After the mismatch"]));
      return `console: ${diagnostics[0]}`;
    },
  },
  { label: "examples/fullstack", stopSignal: "SIGINT" },
).finally(() => rmSync(dataDir, { recursive: true, force: true }));
