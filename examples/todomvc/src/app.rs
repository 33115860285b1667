//! The TodoMVC markup (tastejs `app-spec.md`), written with the typed builder API.

use view_core::html::{
    Input, a, button, div, footer, h1, header, input, label, li, p, section, span, strong, ul,
};
use view_core::prelude::*;

use crate::model::{Filter, Todo, Todos};
use crate::platform;

/// The whole app: `.todoapp` (header, main, footer) and the `.info` footer.
///
/// `filter` is the current route; the caller keeps it in sync with `location.hash`.
pub fn todo_app(todos: Todos, filter: RwSignal<Filter>) -> impl IntoView {
    let has_todos = Memo::new(move |_| !todos.is_empty());
    (
        section().class("todoapp").child((
            header().class("header").child((
                h1().child("todos"),
                input()
                    .class("new-todo")
                    .placeholder("What needs to be done?")
                    .autofocus(true)
                    .on(ev::keydown, move |event: ev::KeyboardEvent| {
                        if platform::key(&event) == "Enter"
                            && todos.add(&platform::target_value(&event))
                        {
                            platform::set_target_value(&event, "");
                        }
                    }),
            )),
            // Main and footer exist only while there are todos.
            move || has_todos.get().then(|| main_section(todos, filter)),
            move || has_todos.get().then(|| footer_section(todos, filter)),
        )),
        footer().class("info").child((
            p().child("Double-click to edit a todo"),
            p().child((
                "Written with ",
                a().href("https://example.invalid/view-core")
                    .child("view-core"),
            )),
            p().child(("Part of ", a().href("http://todomvc.com").child("TodoMVC"))),
        )),
    )
}

/// `.main`: the toggle-all checkbox and the list.
fn main_section(todos: Todos, filter: RwSignal<Filter>) -> impl IntoView {
    let all_done = move || todos.active_count() == 0;
    section().class("main").child((
        input()
            .id("toggle-all")
            .class("toggle-all")
            .r#type("checkbox")
            .prop("checked", all_done)
            .on(ev::change, move |event: ev::Event| {
                todos.set_all(platform::target_checked(&event))
            }),
        label().r#for("toggle-all").child("Mark all as complete"),
        ul().class("todo-list").child(for_each(
            move || todos.visible(filter.get()),
            |todo: &Todo| todo.id,
            move |todo| todo_item(todos, todo),
        )),
    ))
}

/// One `li` of `.todo-list`: the view (toggle, label, destroy) and the `.edit` field.
fn todo_item(todos: Todos, todo: Todo) -> impl IntoView {
    // Not a signal created here: `for_each` currently disposes signals created in `children`
    // when its list changes, so the row's edit state lives in the `Todo`.
    let editing = todo.editing;
    let edit: NodeRef<Input> = NodeRef::new();
    let save = move |value: String| {
        if editing.get_untracked() {
            editing.set(false);
            todos.rename(todo.id, &value);
        }
    };
    li().class(("completed", move || todo.completed.get()))
        .class(("editing", move || editing.get()))
        .child((
            div().class("view").child((
                input()
                    .class("toggle")
                    .r#type("checkbox")
                    .prop("checked", move || todo.completed.get())
                    .on(ev::change, move |event: ev::Event| {
                        todos.set_completed(todo.id, platform::target_checked(&event))
                    }),
                label()
                    .on(ev::dblclick, move |_| {
                        editing.set(true);
                        if let Some(field) = edit.get_untracked() {
                            platform::set_value(&field, &todo.title.get_untracked());
                            platform::focus(&field);
                        }
                    })
                    .child(move || todo.title.get()),
                button()
                    .class("destroy")
                    .on(ev::click, move |_| todos.remove(todo.id)),
            )),
            input()
                .class("edit")
                .node_ref(edit)
                .on(
                    ev::keydown,
                    move |event: ev::KeyboardEvent| match platform::key(&event).as_str() {
                        "Enter" => save(platform::target_value(&event)),
                        // Escape leaves the todo as it was.
                        "Escape" => editing.set(false),
                        _ => {}
                    },
                )
                .on(ev::blur, move |event: ev::FocusEvent| {
                    save(platform::target_value(&event))
                }),
        ))
}

/// `.footer`: the count, the filters and "Clear completed".
fn footer_section(todos: Todos, filter: RwSignal<Filter>) -> impl IntoView {
    let active = move || todos.active_count();
    let filter_link = move |label: &'static str, href: &'static str, target: Filter| {
        li().child(
            a().class(("selected", move || filter.get() == target))
                .href(href)
                .child(label),
        )
    };
    footer().class("footer").child((
        span()
            .class("todo-count")
            .child((strong().child(active), move || {
                if active() == 1 {
                    " item left"
                } else {
                    " items left"
                }
            })),
        ul().class("filters").child((
            filter_link("All", "#/", Filter::All),
            filter_link("Active", "#/active", Filter::Active),
            filter_link("Completed", "#/completed", Filter::Completed),
        )),
        move || {
            (todos.completed_count() > 0).then(|| {
                button()
                    .class("clear-completed")
                    .on(ev::click, move |_| todos.clear_completed())
                    .child("Clear completed")
            })
        },
    ))
}
