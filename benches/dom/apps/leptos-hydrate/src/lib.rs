//! The js-framework-benchmark keyed page in Leptos 0.8 (the same app as `apps/leptos`), starting
//! with N rows: rendered to HTML natively with `ssr` by the `leptos-ssr` binary, then hydrated in
//! the browser with `hydrate` ([`hydrate`]) or, for comparison, client-rendered ([`render`]).

use std::sync::atomic::Ordering;

use leptos::prelude::*;
use leptos::reactive::computed::Selector;
#[cfg(feature = "hydrate")]
use wasm_bindgen::prelude::wasm_bindgen;

// The deterministic labels every engine shares (the harness knows every label).
#[path = "../../labels.rs"]
mod labels;
use labels::{ADJECTIVES, COLOURS, NEXT_ID, NOUNS, random};

#[derive(Clone)]
struct Row {
    id: usize,
    label: ArcRwSignal<String>,
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
            }
        })
        .collect()
}

#[component]
fn Button(id: &'static str, text: &'static str, action: impl Fn() + 'static) -> impl IntoView {
    view! {
        <div class="col-sm-6 smallpad">
            <button type="button" class="btn btn-primary btn-block" id=id on:click=move |_| action()>
                {text}
            </button>
        </div>
    }
}

/// The page, starting with `initial` rows (labels from the shared generator, ids from 1).
#[component]
pub fn App(initial: usize) -> impl IntoView {
    let (rows, set_rows) = signal(build_rows(initial));
    let (selected, set_selected) = signal(None::<usize>);
    let is_selected = Selector::new(move || selected.get());

    let run = move || {
        set_rows.set(build_rows(1_000));
        set_selected.set(None);
    };
    let run_lots = move || {
        set_rows.set(build_rows(10_000));
        set_selected.set(None);
    };
    let add = move || set_rows.update(|rows| rows.extend(build_rows(1_000)));
    let update = move || {
        rows.with(|rows| {
            for row in rows.iter().step_by(10) {
                row.label.update(|label| label.push_str(" !!!"));
            }
        })
    };
    let clear = move || {
        set_rows.set(Vec::new());
        set_selected.set(None);
    };
    let swap_rows = move || {
        set_rows.update(|rows| {
            if rows.len() > 998 {
                rows.swap(1, 998);
            }
        })
    };
    let remove = move |id: usize| {
        set_rows.update(|rows| {
            if let Some(index) = rows.iter().position(|row| row.id == id) {
                rows.remove(index);
            }
        })
    };

    view! {
        <div class="container">
            <div class="jumbotron">
                <div class="row">
                    <div class="col-md-6"><h1>"Keyed benchmark"</h1></div>
                    <div class="col-md-6">
                        <div class="row">
                            <Button id="run" text="Create 1,000 rows" action=run/>
                            <Button id="runlots" text="Create 10,000 rows" action=run_lots/>
                            <Button id="add" text="Append 1,000 rows" action=add/>
                            <Button id="update" text="Update every 10th row" action=update/>
                            <Button id="clear" text="Clear" action=clear/>
                            <Button id="swaprows" text="Swap Rows" action=swap_rows/>
                        </div>
                    </div>
                </div>
            </div>
            <table class="table table-hover table-striped test-data">
                <tbody>
                    <For
                        each=move || rows.get()
                        key=|row| row.id
                        children=move |row: Row| {
                            let id = row.id;
                            let label = row.label;
                            let is_selected = is_selected.clone();
                            view! {
                                <tr class:danger=move || is_selected.selected(&Some(id))>
                                    <td class="col-md-1">{id}</td>
                                    <td class="col-md-4">
                                        <a on:click=move |_| set_selected.set(Some(id))>
                                            {move || label.get()}
                                        </a>
                                    </td>
                                    <td class="col-md-1">
                                        <a on:click=move |_| remove(id)>
                                            <span class="glyphicon glyphicon-remove" aria-hidden="true"></span>
                                        </a>
                                    </td>
                                    <td class="col-md-6"></td>
                                </tr>
                            }
                        }
                    />
                </tbody>
            </table>
            <span class="preloadicon glyphicon glyphicon-remove" aria-hidden="true"></span>
        </div>
    }
}

/// Hydrates the page the server rendered for `rows` rows (already in `<body>`). Leptos has no
/// mismatch reports (it panics on a mismatch), so this returns 0.
#[cfg(feature = "hydrate")]
#[wasm_bindgen]
pub fn hydrate(rows: usize) -> usize {
    leptos::mount::hydrate_body(move || view! { <App initial=rows/> });
    0
}

/// Client-renders the same page with `rows` rows into `<body>` (for comparison).
#[cfg(feature = "hydrate")]
#[wasm_bindgen]
pub fn render(rows: usize) {
    leptos::mount::mount_to_body(move || view! { <App initial=rows/> });
}
