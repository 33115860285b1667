//! The page's components, rendered by the server (`to_html`) and hydrated by the client: the
//! seed's `SimpleCounter` and a todo list whose changes go through the JSON API.

use view_core::prelude::*;

use crate::model::{Filter, PageData, Todo, TodoPatch, validate_title};
use crate::platform;

/// The seed's counter (as in `examples/counter`): a value starting at `initial_value`, buttons
/// to clear it and to step it down and up by `step`.
#[component]
pub fn SimpleCounter(
    /// The value the counter starts at.
    initial_value: i32,
    /// How much the `-` and `+` buttons change the value.
    step: i32,
) -> impl IntoView {
    let (value, set_value) = signal(initial_value);
    view! {
        <div class="counter">
            <button on:click=move |_| set_value.set(0)>"Clear"</button>
            <button on:click=move |_| set_value.update(|value| *value -= step)>{format!("-{step}")}</button>
            <span>"Value: " {value} "!"</span>
            <button on:click=move |_| set_value.update(|value| *value += step)>{format!("+{step}")}</button>
        </div>
    }
}

/// One live row: the todo's id (the key) and its own signals, so a change updates its row only.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// The todo's id.
    pub id: i64,
    /// Its title.
    pub title: RwSignal<String>,
    /// Whether it is done.
    pub completed: RwSignal<bool>,
    /// Whether the row shows its edit form (view state, kept with the todo).
    pub editing: RwSignal<bool>,
    /// The edit form's text.
    pub draft: RwSignal<String>,
}

impl Row {
    fn new(todo: Todo) -> Row {
        Row {
            id: todo.id,
            title: RwSignal::new(todo.title),
            completed: RwSignal::new(todo.completed),
            editing: RwSignal::new(false),
            draft: RwSignal::new(String::new()),
        }
    }
}

/// The todo list's client state. `Copy`: every handler holds the same signals. Every change is
/// sent to the API first and applied when the server answers; a failure shows its message.
#[derive(Clone, Copy, Debug)]
pub struct Store {
    rows: RwSignal<Vec<Row>>,
    error: RwSignal<Option<String>>,
}

impl Store {
    /// A store holding `todos`.
    pub fn new(todos: Vec<Todo>) -> Store {
        Store {
            rows: RwSignal::new(todos.into_iter().map(Row::new).collect()),
            error: RwSignal::new(None),
        }
    }

    /// The rows `filter` shows (tracked).
    pub fn visible(self, filter: Filter) -> Vec<Row> {
        self.rows
            .get()
            .into_iter()
            .filter(|row| filter.shows(row.completed.get()))
            .collect()
    }

    /// How many todos are not done (tracked).
    pub fn active_count(self) -> usize {
        self.rows
            .get()
            .iter()
            .filter(|row| !row.completed.get())
            .count()
    }

    fn fail(self, message: String) {
        self.error.set(Some(message));
    }

    /// Adds a todo titled `raw` (checked here and by the server). Returns whether the request
    /// was sent.
    pub fn add_todo(self, raw: &str) -> bool {
        let title = match validate_title(raw) {
            Ok(title) => title,
            Err(message) => {
                self.fail(message);
                return false;
            }
        };
        let body = serde_json::json!({ "title": title }).to_string();
        platform::request(
            "POST",
            "/api/todos".to_owned(),
            Some(body),
            move |reply| match reply.and_then(|json| parse_todo(&json)) {
                Ok(todo) => {
                    self.error.set(None);
                    self.rows.update(|rows| rows.push(Row::new(todo)));
                }
                Err(message) => self.fail(message),
            },
        );
        true
    }

    /// Marks a todo done or not (shown at once, undone if the server refuses).
    pub fn set_completed(self, row: Row, completed: bool) {
        row.completed.set(completed);
        let patch = TodoPatch {
            completed: Some(completed),
            ..TodoPatch::default()
        };
        self.patch(row, patch, move |reply| {
            if reply.is_err() {
                row.completed.set(!completed);
            }
        });
    }

    /// Renames a todo to `raw` (checked here and by the server) and closes its edit form.
    pub fn rename(self, row: Row, raw: &str) {
        let title = match validate_title(raw) {
            Ok(title) => title,
            Err(message) => return self.fail(message),
        };
        let patch = TodoPatch {
            title: Some(title),
            ..TodoPatch::default()
        };
        self.patch(row, patch, move |reply| {
            if let Ok(todo) = reply {
                row.title.set(todo.title);
                row.editing.set(false);
            }
        });
    }

    fn patch(self, row: Row, patch: TodoPatch, then: impl FnOnce(Result<Todo, String>) + 'static) {
        let body = match serde_json::to_string(&patch) {
            Ok(body) => body,
            Err(error) => return self.fail(error.to_string()),
        };
        let url = format!("/api/todos/{}", row.id);
        platform::request("PATCH", url, Some(body), move |reply| {
            let reply = reply.and_then(|json| parse_todo(&json));
            match &reply {
                Ok(_) => self.error.set(None),
                Err(message) => self.fail(message.clone()),
            }
            then(reply);
        });
    }

    /// Deletes a todo.
    pub fn remove(self, row: Row) {
        let url = format!("/api/todos/{}", row.id);
        platform::request("DELETE", url, None, move |reply| match reply {
            Ok(_) => {
                self.error.set(None);
                self.rows
                    .update(|rows| rows.retain(|other| other.id != row.id));
            }
            Err(message) => self.fail(message),
        });
    }
}

fn parse_todo(json: &str) -> Result<Todo, String> {
    serde_json::from_str(json).map_err(|error| format!("unexpected reply from the server: {error}"))
}

/// The whole page body. `mismatch` makes the heading an `<h2>`: the server renders it for the
/// debug-only `?mismatch=1`, so the client (which always renders an `<h1>`) meets a mismatch.
#[component]
pub fn App(
    /// The data the page is rendered from.
    data: PageData,
    /// Render the mismatching heading (debug builds of the server only).
    #[prop(default = false)]
    mismatch: bool,
) -> impl IntoView {
    let heading = if mismatch {
        Either::Left(view! { <h2 class="title">"view-core full-stack demo"</h2> })
    } else {
        Either::Right(view! { <h1 class="title">"view-core full-stack demo"</h1> })
    };
    view! {
        <main class="app">
            {heading}
            <section class="counter-demo">
                <h2>"Counter"</h2>
                <SimpleCounter initial_value=data.counter_start step=1/>
            </section>
            <TodoList todos=data.todos/>
        </main>
    }
}

/// The todo list: the add form, the keyed rows, the filters and the count.
#[component]
pub fn TodoList(
    /// The saved todos.
    todos: Vec<Todo>,
) -> impl IntoView {
    let store = Store::new(todos);
    let filter = RwSignal::new(Filter::All);
    let new_title = RwSignal::new(String::new());
    let filter_button = move |label: &'static str, target: Filter| {
        view! {
            <button type="button" class="filter" class:selected=move || filter.get() == target
                on:click=move |_| filter.set(target)>{label}</button>
        }
    };
    view! {
        <section class="todos">
            <h2>"Todos"</h2>
            <form class="new-todo" on:submit=move |event| {
                event.prevent_default();
                if store.add_todo(&new_title.get_untracked()) {
                    new_title.set(String::new());
                }
            }>
                <input class="new-title" name="title" aria-label="New todo" placeholder="What needs to be done?"
                    prop:value=move || new_title.get()
                    on:input=move |event| new_title.set(event_target_value(&event))/>
                <button type="submit">"Add"</button>
            </form>
            {move || store.error.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
            <ul class="todo-list">
                <For each=move || store.visible(filter.get()) key=|row| row.id let:row>
                    <TodoRow store=store row=row/>
                </For>
            </ul>
            <nav class="filters">
                {filter_button("All", Filter::All)}
                {filter_button("Active", Filter::Active)}
                {filter_button("Completed", Filter::Completed)}
            </nav>
            <p class="count">{move || store.active_count()} " left"</p>
        </section>
    }
}

/// One todo: the checkbox, title and buttons, or its edit form.
#[component]
pub fn TodoRow(
    /// The list the row belongs to.
    store: Store,
    /// The row's todo.
    row: Row,
) -> impl IntoView {
    let shown = move || {
        view! {
            // The attribute for the server's HTML (a page without JavaScript shows the state),
            // the property for the live checkbox.
            <input type="checkbox" class="toggle" aria-label="Done"
                checked=move || row.completed.get()
                prop:checked=move || row.completed.get()
                on:change=move |event| store.set_completed(row, event_target_checked(&event))/>
            <span class="title">{move || row.title.get()}</span>
            <button type="button" class="edit" on:click=move |_| {
                row.draft.set(row.title.get_untracked());
                row.editing.set(true);
            }>"Edit"</button>
            <button type="button" class="delete" on:click=move |_| store.remove(row)>"Delete"</button>
        }
    };
    view! {
        <li class="todo" class:completed=move || row.completed.get() data-id=row.id.to_string()>
            <Show when=move || row.editing.get() fallback=shown>
                <form class="edit-form" on:submit=move |event| {
                    event.prevent_default();
                    store.rename(row, &row.draft.get_untracked());
                }>
                    <input class="edit-title" name="title" aria-label="Title"
                        prop:value=move || row.draft.get()
                        on:input=move |event| row.draft.set(event_target_value(&event))/>
                    <button type="submit">"Save"</button>
                    <button type="button" class="cancel" on:click=move |_| row.editing.set(false)>"Cancel"</button>
                </form>
            </Show>
        </li>
    }
}
