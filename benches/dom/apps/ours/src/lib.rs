//! The js-framework-benchmark keyed page in view-core: rows in a signal of `Vec`, each label
//! and selection flag its own signal, a keyed [`For`] list, built for the browser DOM.
//! Written with `view!`, like the Leptos app it is compared with.

use std::sync::atomic::Ordering;

use view_core::dom::Dom;
use view_core::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

// The deterministic labels every engine shares (the harness knows every label).
#[path = "../../labels.rs"]
mod labels;
use labels::{ADJECTIVES, COLOURS, NEXT_ID, NOUNS, random};

#[derive(Clone)]
struct Row {
    id: usize,
    label: ArcRwSignal<String>,
    selected: ArcRwSignal<bool>,
}

fn build_rows(count: usize) -> Vec<Row> {
    let first = NEXT_ID.fetch_add(count, Ordering::Relaxed);
    (first..first + count)
        .map(|id| {
            let adjective = ADJECTIVES[random(ADJECTIVES.len())];
            let colour = COLOURS[random(COLOURS.len())];
            let noun = NOUNS[random(NOUNS.len())];
            Row {
                id,
                label: ArcRwSignal::new([adjective, colour, noun].join(" ")),
                selected: ArcRwSignal::new(false),
            }
        })
        .collect()
}

/// The app's state: the rows and the selected row's flag (so selecting touches two rows).
#[derive(Clone, Copy)]
struct Store {
    rows: RwSignal<Vec<Row>>,
    selected: StoredValue<Option<ArcRwSignal<bool>>>,
}

impl Store {
    fn replace(self, count: usize) {
        self.unselect();
        self.rows.set(build_rows(count));
    }
    fn add(self) {
        self.rows.update(|rows| rows.extend(build_rows(1_000)));
    }
    fn update(self) {
        self.rows.with_untracked(|rows| {
            for row in rows.iter().step_by(10) {
                row.label.update(|label| label.push_str(" !!!"));
            }
        });
    }
    fn clear(self) {
        self.unselect();
        self.rows.set(Vec::new());
    }
    fn swap_rows(self) {
        self.rows.update(|rows| {
            if rows.len() > 998 {
                rows.swap(1, 998);
            }
        });
    }
    fn select(self, flag: &ArcRwSignal<bool>) {
        self.unselect();
        flag.set(true);
        self.selected.set_value(Some(flag.clone()));
    }
    fn unselect(self) {
        if let Some(previous) = self.selected.try_update_value(Option::take).flatten() {
            previous.set(false);
        }
    }
    fn remove(self, id: usize) {
        self.rows.update(|rows| {
            if let Some(index) = rows.iter().position(|row| row.id == id) {
                rows.remove(index);
            }
        });
    }
}

fn action_button(
    id: &'static str,
    text: &'static str,
    action: impl Fn() + 'static,
) -> impl IntoView<Dom> {
    view! {
        <div class="col-sm-6 smallpad">
            <button type="button" class="btn btn-primary btn-block" id=id on:click=move |_| action()>
                {text}
            </button>
        </div>
    }
}

fn row_view(store: Store, row: Row) -> impl IntoView<Dom> {
    let Row {
        id,
        label,
        selected,
    } = row;
    let flag = selected.clone();
    view! {
        <tr class:danger=move || selected.get()>
            <td class="col-md-1">{id}</td>
            <td class="col-md-4">
                <a on:click=move |_| store.select(&flag)>{move || label.get()}</a>
            </td>
            <td class="col-md-1">
                <a on:click=move |_| store.remove(id)>
                    <span class="glyphicon glyphicon-remove" aria-hidden="true"></span>
                </a>
            </td>
            <td class="col-md-6"></td>
        </tr>
    }
}

fn app() -> impl IntoView<Dom> {
    let store = Store {
        rows: RwSignal::new(Vec::new()),
        selected: StoredValue::new(None),
    };
    view! {
        <div class="container">
            <div class="jumbotron">
                <div class="row">
                    <div class="col-md-6"><h1>"Keyed benchmark"</h1></div>
                    <div class="col-md-6">
                        <div class="row">
                            {action_button("run", "Create 1,000 rows", move || store.replace(1_000))}
                            {action_button("runlots", "Create 10,000 rows", move || store.replace(10_000))}
                            {action_button("add", "Append 1,000 rows", move || store.add())}
                            {action_button("update", "Update every 10th row", move || store.update())}
                            {action_button("clear", "Clear", move || store.clear())}
                            {action_button("swaprows", "Swap Rows", move || store.swap_rows())}
                        </div>
                    </div>
                </div>
            </div>
            <table class="table table-hover table-striped test-data">
                <tbody>
                    {for_each(move || store.rows.get(), |row| row.id, move |row| row_view(store, row))}
                </tbody>
            </table>
            <span class="preloadicon glyphicon glyphicon-remove" aria-hidden="true"></span>
        </div>
    }
}

/// Mounts the app into `<body>` (called by the generated JS glue).
#[wasm_bindgen(start)]
pub fn start() {
    mount_on::<Dom, _>(&Dom::body(), app).forget();
}
