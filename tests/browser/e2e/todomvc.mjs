// TodoMVC (examples/todomvc) in headless Chromium, driven by real clicks and keystrokes through
// the sections of the TodoMVC app spec. Run by scripts/e2e-examples.sh after
// scripts/build-example.sh todomvc.

import assert from "node:assert/strict";
import { open, run } from "./harness.mjs";

const dist = process.argv[2] ?? "examples/todomvc/dist";
const STORAGE_KEY = "todos-view-core";

const titles = (page) => page.locator(".todo-list li label").allTextContents();
const row = (page, index) => page.locator(".todo-list li").nth(index);
const stored = async (page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));

/** Opens the app with an empty store. */
async function fresh(page, url) {
  await open(page, url, ".todoapp");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector(".todoapp", { state: "attached" });
}

async function add(page, ...items) {
  for (const item of items) {
    await page.locator(".new-todo").fill(item);
    await page.locator(".new-todo").press("Enter");
  }
}

await run(dist, {
  async uses_the_todomvc_stylesheet_and_focuses_the_new_todo_field(page, url) {
    await fresh(page, url);
    const focused = await page.evaluate(() => document.activeElement?.className);
    assert.equal(focused, "new-todo");
    // The stylesheet from npm is applied: `.todoapp` is a white box.
    const background = await page.locator(".todoapp").evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, "rgb(255, 255, 255)");
    assert.equal(await page.locator(".new-todo").getAttribute("placeholder"), "What needs to be done?");
  },

  async main_and_footer_are_hidden_without_todos(page, url) {
    await fresh(page, url);
    assert.equal(await page.locator(".main").count(), 0);
    assert.equal(await page.locator(".footer").count(), 0);
    await add(page, "one");
    assert.ok(await page.locator(".main").isVisible());
    assert.ok(await page.locator(".footer").isVisible());
  },

  async enter_adds_trimmed_todos_clears_the_field_and_ignores_blank_ones(page, url) {
    await fresh(page, url);
    await add(page, "  buy milk  ", "walk the dog", "   ");
    assert.deepEqual(await titles(page), ["buy milk", "walk the dog"]);
    assert.equal(await page.locator(".new-todo").inputValue(), "   ");
    await page.locator(".new-todo").fill("");
    assert.equal(await page.locator(".todo-count").textContent(), "2 items left");
    assert.deepEqual(await stored(page), [
      { title: "buy milk", completed: false },
      { title: "walk the dog", completed: false },
    ]);
  },

  async toggling_completes_a_todo_and_updates_the_count(page, url) {
    await fresh(page, url);
    await add(page, "a", "b");
    await row(page, 0).locator(".toggle").click();
    assert.equal(await row(page, 0).getAttribute("class"), "completed");
    assert.equal(await page.locator(".todo-count").textContent(), "1 item left");
    assert.equal(await page.locator(".todo-count strong").textContent(), "1");
    assert.deepEqual(await stored(page), [
      { title: "a", completed: true },
      { title: "b", completed: false },
    ]);
  },

  async toggle_all_marks_everything_and_follows_the_rows(page, url) {
    await fresh(page, url);
    await add(page, "a", "b");
    // The checkbox itself is hidden by the stylesheet; its label is what users click.
    await page.locator("label[for=toggle-all]").click();
    assert.equal(await page.locator(".todo-list li.completed").count(), 2);
    assert.ok(await page.locator(".toggle-all").isChecked());
    await row(page, 1).locator(".toggle").click();
    assert.equal(await page.locator(".toggle-all").isChecked(), false);
    await page.locator("label[for=toggle-all]").click();
    assert.equal(await page.locator(".todo-list li.completed").count(), 2);
  },

  async double_click_edits_enter_saves_and_escape_cancels(page, url) {
    await fresh(page, url);
    await add(page, "old", "other");
    await row(page, 0).locator("label").dblclick();
    assert.equal(await row(page, 0).getAttribute("class"), "editing");
    const edit = row(page, 0).locator(".edit");
    assert.ok(await edit.isVisible());
    assert.equal(await page.evaluate(() => document.activeElement?.className), "edit");
    assert.equal(await edit.inputValue(), "old");
    // Editing hides the row's other controls.
    assert.equal(await row(page, 0).locator(".toggle").isVisible(), false);
    await edit.fill("  new  ");
    await edit.press("Enter");
    assert.deepEqual(await titles(page), ["new", "other"]);
    assert.equal(await row(page, 0).getAttribute("class"), "");

    await row(page, 1).locator("label").dblclick();
    await row(page, 1).locator(".edit").fill("discarded");
    await row(page, 1).locator(".edit").press("Escape");
    assert.deepEqual(await titles(page), ["new", "other"]);
    assert.deepEqual(await stored(page), [
      { title: "new", completed: false },
      { title: "other", completed: false },
    ]);
  },

  async blur_saves_and_an_empty_edit_removes_the_todo(page, url) {
    await fresh(page, url);
    await add(page, "a", "b");
    await row(page, 0).locator("label").dblclick();
    await row(page, 0).locator(".edit").fill("blurred");
    await page.locator("h1").click();
    assert.deepEqual(await titles(page), ["blurred", "b"]);
    await row(page, 1).locator("label").dblclick();
    await row(page, 1).locator(".edit").fill("   ");
    await row(page, 1).locator(".edit").press("Enter");
    assert.deepEqual(await titles(page), ["blurred"]);
  },

  async destroy_and_clear_completed_remove_todos(page, url) {
    await fresh(page, url);
    await add(page, "a", "b", "c");
    assert.equal(await page.locator(".clear-completed").count(), 0);
    await row(page, 1).hover();
    await row(page, 1).locator(".destroy").click();
    assert.deepEqual(await titles(page), ["a", "c"]);
    await row(page, 0).locator(".toggle").click();
    await page.locator(".clear-completed").click();
    assert.deepEqual(await titles(page), ["c"]);
    await row(page, 0).hover();
    await row(page, 0).locator(".destroy").click();
    assert.equal(await page.locator(".main").count(), 0);
    assert.deepEqual(await stored(page), []);
  },

  async routing_filters_the_list_and_survives_a_reload(page, url) {
    await fresh(page, url);
    await add(page, "active one", "done one");
    await row(page, 1).locator(".toggle").click();
    await page.locator('.filters a[href="#/active"]').click();
    assert.deepEqual(await titles(page), ["active one"]);
    assert.equal(await page.locator(".filters a.selected").textContent(), "Active");
    await page.locator('.filters a[href="#/completed"]').click();
    assert.deepEqual(await titles(page), ["done one"]);
    assert.equal(await page.locator(".filters a.selected").textContent(), "Completed");
    await page.reload();
    await page.waitForSelector(".todoapp", { state: "attached" });
    assert.deepEqual(await titles(page), ["done one"]);
    await page.goBack();
    assert.deepEqual(await titles(page), ["active one"]);
    await page.locator('.filters a[href="#/"]').click();
    assert.deepEqual(await titles(page), ["active one", "done one"]);
  },

  async todos_persist_across_reloads(page, url) {
    await fresh(page, url);
    await add(page, "kept");
    await row(page, 0).locator(".toggle").click();
    await page.reload();
    await page.waitForSelector(".todo-list li", { state: "attached" });
    assert.deepEqual(await titles(page), ["kept"]);
    assert.equal(await row(page, 0).getAttribute("class"), "completed");
    assert.equal(await page.locator(".todo-count").textContent(), "0 items left");
  },
});
