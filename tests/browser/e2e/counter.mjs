// The SimpleCounter example (examples/counter) in headless Chromium: both forms respond to real
// clicks. Run by scripts/e2e-examples.sh after scripts/build-example.sh counter.
//
// Every read of the page after an action goes through `eventually` (harness.mjs): it waits for
// the condition, not just for the click.

import assert from "node:assert/strict";
import { eventually, open, run } from "./harness.mjs";

const dist = process.argv[2] ?? "examples/counter/dist";

const values = (page) => page.locator(".counter span").allTextContents();

await run(dist, {
  async both_counters_render_their_initial_values(page, url) {
    await open(page, url, ".counter");
    await eventually(async () => assert.deepEqual(await values(page), ["Value: 0!", "Value: 10!"]));
    await eventually(async () =>
      assert.deepEqual(await page.locator("h2").allTextContents(), ["Builder form", "view! form"]),
    );
  },

  async builder_counter_steps_and_clears(page, url) {
    await open(page, url, ".counter");
    const counter = page.locator(".counter").nth(0);
    await counter.getByRole("button", { name: "+1" }).click();
    await counter.getByRole("button", { name: "+1" }).click();
    await counter.getByRole("button", { name: "-1" }).click();
    await eventually(async () => assert.deepEqual(await values(page), ["Value: 1!", "Value: 10!"]));
    await counter.getByRole("button", { name: "Clear" }).click();
    await eventually(async () => assert.deepEqual(await values(page), ["Value: 0!", "Value: 10!"]));
  },

  async view_macro_counter_steps_by_five(page, url) {
    await open(page, url, ".counter");
    const counter = page.locator(".counter").nth(1);
    await counter.getByRole("button", { name: "+5" }).click();
    await eventually(async () => assert.deepEqual(await values(page), ["Value: 0!", "Value: 15!"]));
    await counter.getByRole("button", { name: "-5" }).click();
    await counter.getByRole("button", { name: "-5" }).click();
    await eventually(async () => assert.deepEqual(await values(page), ["Value: 0!", "Value: 5!"]));
  },
});
