// TodoMVC (examples/todomvc) in headless Chromium, driven by real clicks and keystrokes through
// the sections of the TodoMVC app spec. Run by scripts/e2e-examples.sh after
// scripts/build-example.sh todomvc.
//
// Every read of the page after an action (click, key press, fill, reload, history navigation)
// goes through `eventually` (harness.mjs): it waits for the condition, not just for the action.
// A click on a filter link, for one, changes the list only in the `hashchange` task after it.

import assert from "node:assert/strict";
import { eventually, open, run } from "./harness.mjs";

const dist = process.argv[2] ?? "examples/todomvc/dist";
const STORAGE_KEY = "todos-view-core";

const titles = (page) => page.locator(".todo-list li label").allTextContents();
const row = (page, index) => page.locator(".todo-list li").nth(index);
const stored = async (page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));

/** Waits until the list shows exactly `expected` (the visible rows' titles, in order). */
const expectTitles = (page, expected) =>
  eventually(async () => assert.deepEqual(await titles(page), expected));
/** Waits until `localStorage` holds exactly `expected`. */
const expectStored = (page, expected) =>
  eventually(async () => assert.deepEqual(await stored(page), expected));

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
    await eventually(async () => {
      const focused = await page.evaluate(() => document.activeElement?.className);
      assert.equal(focused, "new-todo");
    });
    // The stylesheet from npm is applied: `.todoapp` is a white box.
    await eventually(async () => {
      const background = await page.locator(".todoapp").evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(background, "rgb(255, 255, 255)");
    });
    await eventually(async () =>
      assert.equal(await page.locator(".new-todo").getAttribute("placeholder"), "What needs to be done?"),
    );
  },

  async main_and_footer_are_hidden_without_todos(page, url) {
    await fresh(page, url);
    await eventually(async () => assert.equal(await page.locator(".main").count(), 0));
    await eventually(async () => assert.equal(await page.locator(".footer").count(), 0));
    await add(page, "one");
    await eventually(async () => assert.ok(await page.locator(".main").isVisible()));
    await eventually(async () => assert.ok(await page.locator(".footer").isVisible()));
  },

  async enter_adds_trimmed_todos_clears_the_field_and_ignores_blank_ones(page, url) {
    await fresh(page, url);
    await add(page, "  buy milk  ", "walk the dog", "   ");
    await expectTitles(page, ["buy milk", "walk the dog"]);
    await eventually(async () => assert.equal(await page.locator(".new-todo").inputValue(), "   "));
    await page.locator(".new-todo").fill("");
    await eventually(async () =>
      assert.equal(await page.locator(".todo-count").textContent(), "2 items left"),
    );
    await expectStored(page, [
      { title: "buy milk", completed: false },
      { title: "walk the dog", completed: false },
    ]);
  },

  async toggling_completes_a_todo_and_updates_the_count(page, url) {
    await fresh(page, url);
    await add(page, "a", "b");
    await row(page, 0).locator(".toggle").click();
    await eventually(async () => assert.equal(await row(page, 0).getAttribute("class"), "completed"));
    await eventually(async () =>
      assert.equal(await page.locator(".todo-count").textContent(), "1 item left"),
    );
    await eventually(async () =>
      assert.equal(await page.locator(".todo-count strong").textContent(), "1"),
    );
    await expectStored(page, [
      { title: "a", completed: true },
      { title: "b", completed: false },
    ]);
  },

  async toggle_all_marks_everything_and_follows_the_rows(page, url) {
    await fresh(page, url);
    await add(page, "a", "b");
    // The checkbox itself is hidden by the stylesheet; its label is what users click.
    await page.locator("label[for=toggle-all]").click();
    await eventually(async () =>
      assert.equal(await page.locator(".todo-list li.completed").count(), 2),
    );
    await eventually(async () => assert.ok(await page.locator(".toggle-all").isChecked()));
    await row(page, 1).locator(".toggle").click();
    await eventually(async () => assert.equal(await page.locator(".toggle-all").isChecked(), false));
    await page.locator("label[for=toggle-all]").click();
    await eventually(async () =>
      assert.equal(await page.locator(".todo-list li.completed").count(), 2),
    );
  },

  async double_click_edits_enter_saves_and_escape_cancels(page, url) {
    await fresh(page, url);
    await add(page, "old", "other");
    await row(page, 0).locator("label").dblclick();
    await eventually(async () => assert.equal(await row(page, 0).getAttribute("class"), "editing"));
    const edit = row(page, 0).locator(".edit");
    await eventually(async () => assert.ok(await edit.isVisible()));
    await eventually(async () =>
      assert.equal(await page.evaluate(() => document.activeElement?.className), "edit"),
    );
    await eventually(async () => assert.equal(await edit.inputValue(), "old"));
    // Editing hides the row's other controls.
    await eventually(async () =>
      assert.equal(await row(page, 0).locator(".toggle").isVisible(), false),
    );
    await edit.fill("  new  ");
    await edit.press("Enter");
    await expectTitles(page, ["new", "other"]);
    await eventually(async () => assert.equal(await row(page, 0).getAttribute("class"), ""));

    await row(page, 1).locator("label").dblclick();
    await row(page, 1).locator(".edit").fill("discarded");
    await row(page, 1).locator(".edit").press("Escape");
    // The list reads the same before and after Escape: wait until the row has left editing.
    await eventually(async () => assert.equal(await row(page, 1).getAttribute("class"), ""));
    await expectTitles(page, ["new", "other"]);
    await expectStored(page, [
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
    await expectTitles(page, ["blurred", "b"]);
    await row(page, 1).locator("label").dblclick();
    await row(page, 1).locator(".edit").fill("   ");
    await row(page, 1).locator(".edit").press("Enter");
    await expectTitles(page, ["blurred"]);
  },

  async destroy_and_clear_completed_remove_todos(page, url) {
    await fresh(page, url);
    await add(page, "a", "b", "c");
    await eventually(async () => assert.equal(await page.locator(".clear-completed").count(), 0));
    await row(page, 1).hover();
    await row(page, 1).locator(".destroy").click();
    await expectTitles(page, ["a", "c"]);
    await row(page, 0).locator(".toggle").click();
    await page.locator(".clear-completed").click();
    await expectTitles(page, ["c"]);
    await row(page, 0).hover();
    await row(page, 0).locator(".destroy").click();
    await eventually(async () => assert.equal(await page.locator(".main").count(), 0));
    await expectStored(page, []);
  },

  async routing_filters_the_list_and_survives_a_reload(page, url) {
    await fresh(page, url);
    await add(page, "active one", "done one");
    await row(page, 1).locator(".toggle").click();
    await page.locator('.filters a[href="#/active"]').click();
    await expectTitles(page, ["active one"]);
    await eventually(async () =>
      assert.equal(await page.locator(".filters a.selected").textContent(), "Active"),
    );
    await page.locator('.filters a[href="#/completed"]').click();
    await expectTitles(page, ["done one"]);
    await eventually(async () =>
      assert.equal(await page.locator(".filters a.selected").textContent(), "Completed"),
    );
    await page.reload();
    await page.waitForSelector(".todoapp", { state: "attached" });
    await expectTitles(page, ["done one"]);
    await page.goBack();
    await expectTitles(page, ["active one"]);
    await page.locator('.filters a[href="#/"]').click();
    await expectTitles(page, ["active one", "done one"]);
  },

  async todos_persist_across_reloads(page, url) {
    await fresh(page, url);
    await add(page, "kept");
    await row(page, 0).locator(".toggle").click();
    await page.reload();
    await page.waitForSelector(".todo-list li", { state: "attached" });
    await expectTitles(page, ["kept"]);
    await eventually(async () => assert.equal(await row(page, 0).getAttribute("class"), "completed"));
    await eventually(async () =>
      assert.equal(await page.locator(".todo-count").textContent(), "0 items left"),
    );
  },
});
