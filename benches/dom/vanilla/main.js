// The js-framework-benchmark keyed page in hand-written JavaScript: rows cloned from a
// <template>, one delegated click listener on <tbody>, the selected row kept by reference.

const ADJECTIVES = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint",
  "clean", "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd", "unsightly", "adorable",
  "important", "inexpensive", "cheap", "expensive", "fancy"];
const COLOURS = ["red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black", "orange"];
const NOUNS = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger", "pizza",
  "mouse", "keyboard"];

// The same deterministic generator as the Rust apps, so all engines show the same labels.
let seed = 1;
let nextId = 1;
function random(max) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 16) % max;
}

function buildData(count) {
  const data = new Array(count);
  for (let i = 0; i < count; i++) {
    const adjective = ADJECTIVES[random(ADJECTIVES.length)];
    const colour = COLOURS[random(COLOURS.length)];
    const noun = NOUNS[random(NOUNS.length)];
    data[i] = { id: nextId++, label: `${adjective} ${colour} ${noun}` };
  }
  return data;
}

const SKELETON = `<div class="container"><div class="jumbotron"><div class="row">`
  + `<div class="col-md-6"><h1>Keyed benchmark</h1></div><div class="col-md-6"><div class="row">`
  + [["run", "Create 1,000 rows"], ["runlots", "Create 10,000 rows"], ["add", "Append 1,000 rows"],
     ["update", "Update every 10th row"], ["clear", "Clear"], ["swaprows", "Swap Rows"]]
    .map(([id, text]) => `<div class="col-sm-6 smallpad"><button type="button" class="btn btn-primary btn-block" id="${id}">${text}</button></div>`)
    .join("")
  + `</div></div></div></div><table class="table table-hover table-striped test-data"><tbody></tbody></table>`
  + `<span class="preloadicon glyphicon glyphicon-remove" aria-hidden="true"></span></div>`;

const rowTemplate = document.createElement("template");
rowTemplate.innerHTML = `<tr><td class="col-md-1"> </td><td class="col-md-4"><a> </a></td>`
  + `<td class="col-md-1"><a><span class="glyphicon glyphicon-remove" aria-hidden="true"></span></a></td>`
  + `<td class="col-md-6"></td></tr>`;
const ROW = rowTemplate.content.firstChild;

class App {
  constructor(root) {
    root.insertAdjacentHTML("beforeend", SKELETON);
    this.tbody = root.querySelector("tbody");
    this.table = this.tbody.parentNode;
    this.rows = []; // { id, label, tr, labelText }
    this.selected = null;
    const on = (id, action) => root.querySelector(`#${id}`).addEventListener("click", (event) => {
      event.preventDefault();
      action.call(this);
    });
    on("run", this.run);
    on("runlots", this.runLots);
    on("add", this.add);
    on("update", this.update);
    on("clear", this.clear);
    on("swaprows", this.swapRows);
    this.tbody.addEventListener("click", (event) => {
      const link = event.target.closest("a");
      if (!link) return;
      event.preventDefault();
      const tr = link.closest("tr");
      const row = this.rows.find((row) => row.tr === tr);
      if (link.parentNode.cellIndex === 1) this.select(row);
      else this.remove(row);
    });
  }

  createRow(item) {
    const tr = ROW.cloneNode(true);
    const idCell = tr.firstChild;
    const labelText = idCell.nextSibling.firstChild.firstChild;
    idCell.firstChild.nodeValue = item.id;
    labelText.nodeValue = item.label;
    return { id: item.id, label: item.label, tr, labelText };
  }

  append(data) {
    const fragment = document.createDocumentFragment();
    for (const item of data) {
      const row = this.createRow(item);
      this.rows.push(row);
      fragment.appendChild(row.tr);
    }
    this.tbody.appendChild(fragment);
  }

  run() { this.replace(1000); }
  runLots() { this.replace(10000); }
  add() { this.append(buildData(1000)); }

  replace(count) {
    const data = buildData(count);
    this.clear();
    this.append(data);
  }

  update() {
    for (let i = 0; i < this.rows.length; i += 10) {
      const row = this.rows[i];
      row.label += " !!!";
      row.labelText.nodeValue = row.label;
    }
  }

  clear() {
    // Detaching the tbody while emptying it is the usual fast path.
    const next = this.tbody.nextSibling;
    this.table.removeChild(this.tbody);
    this.tbody.textContent = "";
    this.table.insertBefore(this.tbody, next);
    this.rows = [];
    this.selected = null;
  }

  swapRows() {
    if (this.rows.length <= 998) return;
    const a = this.rows[1];
    const b = this.rows[998];
    const afterB = b.tr.nextSibling;
    this.tbody.insertBefore(b.tr, a.tr);
    this.tbody.insertBefore(a.tr, afterB);
    this.rows[1] = b;
    this.rows[998] = a;
  }

  select(row) {
    if (this.selected === row) return;
    if (this.selected) this.selected.tr.className = "";
    row.tr.className = "danger";
    this.selected = row;
  }

  remove(row) {
    const index = this.rows.indexOf(row);
    row.tr.remove();
    this.rows.splice(index, 1);
    if (this.selected === row) this.selected = null;
  }
}

new App(document.body);
