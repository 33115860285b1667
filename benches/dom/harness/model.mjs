// The model of the keyed table every engine must show, the operations as clicks, and the
// in-page helpers that click and read the table. Shared by bench.mjs (the timed operations) and
// hydration.mjs (the hydration benchmark).

// The model: what the table must show after each operation.

const ADJECTIVES = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint",
  "clean", "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd", "unsightly", "adorable",
  "important", "inexpensive", "cheap", "expensive", "fancy"];
const COLOURS = ["red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black", "orange"];
const NOUNS = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger", "pizza",
  "mouse", "keyboard"];

export class Model {
  constructor() { this.seed = 1; this.nextId = 1; this.rows = []; this.selected = null; }
  random(max) {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return (this.seed >>> 16) % max;
  }
  build(count) {
    const rows = [];
    for (let i = 0; i < count; i++) {
      const adjective = ADJECTIVES[this.random(ADJECTIVES.length)];
      const colour = COLOURS[this.random(COLOURS.length)];
      const noun = NOUNS[this.random(NOUNS.length)];
      rows.push({ id: this.nextId++, label: `${adjective} ${colour} ${noun}` });
    }
    return rows;
  }
  apply(op) {
    switch (op.kind) {
      case "run": this.rows = this.build(1000); this.selected = null; break;
      case "runlots": this.rows = this.build(10000); this.selected = null; break;
      case "add": this.rows = this.rows.concat(this.build(1000)); break;
      case "update": this.rows.forEach((row, i) => { if (i % 10 === 0) row.label += " !!!"; }); break;
      case "clear": this.rows = []; this.selected = null; break;
      case "swaprows":
        if (this.rows.length > 998) [this.rows[1], this.rows[998]] = [this.rows[998], this.rows[1]];
        break;
      case "select": this.selected = this.rows[op.index].id; break;
      case "remove": {
        const [removed] = this.rows.splice(op.index, 1);
        if (removed.id === this.selected) this.selected = null;
        break;
      }
      default: throw new Error(`unknown op ${op.kind}`);
    }
  }
}

// The operations, as clicks. Rows are addressed by their index (0-based) in the table.
export const op = {
  run: { kind: "run", selector: "#run" },
  runlots: { kind: "runlots", selector: "#runlots" },
  add: { kind: "add", selector: "#add" },
  update: { kind: "update", selector: "#update" },
  clear: { kind: "clear", selector: "#clear" },
  swaprows: { kind: "swaprows", selector: "#swaprows" },
  select: (index) => ({ kind: "select", index,
    selector: `tbody > tr:nth-child(${index + 1}) > td:nth-child(2) > a` }),
  remove: (index) => ({ kind: "remove", index,
    selector: `tbody > tr:nth-child(${index + 1}) > td:nth-child(3) > a > span` }),
};

// In-page helpers (run inside the page by page.evaluate).

export async function pageClick(selector) {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  element.click();
  for (let i = 0; i < 200; i++) await null;
}

export function pageSnapshot() {
  const rows = [];
  for (const tr of document.querySelectorAll("tbody > tr")) {
    const cells = tr.children;
    rows.push([cells[0].textContent, cells[1].textContent, tr.classList.contains("danger"), cells.length]);
  }
  const buttons = ["run", "runlots", "add", "update", "clear", "swaprows"].every((id) => document.getElementById(id));
  return { rows, buttons, tbodies: document.querySelectorAll("tbody").length };
}

// Throws unless the page's table equals the model.
export function compare(engine, model, snapshot, context) {
  const fail = (what) => { throw new Error(`${engine}: wrong DOM after ${context}: ${what}`); };
  if (!snapshot.buttons) fail("a button is missing");
  if (snapshot.tbodies !== 1) fail(`${snapshot.tbodies} <tbody> elements`);
  if (snapshot.rows.length !== model.rows.length) fail(`${snapshot.rows.length} rows, expected ${model.rows.length}`);
  for (let i = 0; i < model.rows.length; i++) {
    const [id, label, selected, cells] = snapshot.rows[i];
    const want = model.rows[i];
    if (cells !== 4) fail(`row ${i} has ${cells} cells`);
    if (id !== String(want.id)) fail(`row ${i} id ${JSON.stringify(id)}, expected ${want.id}`);
    if (label !== want.label) fail(`row ${i} label ${JSON.stringify(label)}, expected ${JSON.stringify(want.label)}`);
    if (selected !== (want.id === model.selected)) fail(`row ${i} selected=${selected}, expected ${!selected}`);
  }
}
