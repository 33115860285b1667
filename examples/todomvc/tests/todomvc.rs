//! TodoMVC natively on the test renderer, following the app spec section by section.
// Native only: on wasm32 `impl IntoView` is built for the DOM, not the test renderer.
#![cfg(not(target_arch = "wasm32"))]

use todomvc::app::todo_app;
use todomvc::model::{Filter, TodoData, Todos};
use todomvc::platform;
use view_core::PropertyValue;
use view_core::prelude::*;
use view_core::testing::{self, TestNode, TestRenderer};

/// A mounted app: its root, its route signal, and the handle that keeps it mounted.
struct App {
    root: TestNode,
    filter: RwSignal<Filter>,
    _handle: MountHandle<TestRenderer>,
}

fn mount_app(items: Vec<TodoData>) -> App {
    let root = TestNode::element("body");
    let filter = RwSignal::new(Filter::All);
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        todo_app(Todos::new(items, platform::save), filter)
    });
    App {
        root,
        filter,
        _handle: handle,
    }
}

fn todo(title: &str, completed: bool) -> TodoData {
    TodoData {
        title: title.to_owned(),
        completed,
    }
}

impl App {
    fn add(&self, title: &str) {
        let field = self.root.expect(".new-todo");
        testing::set_input_value(&field, title);
        testing::key_down(&field, "Enter");
    }

    fn titles(&self) -> Vec<String> {
        self.root
            .query_selector_all(".todo-list li label")
            .iter()
            .map(TestNode::text_content)
            .collect()
    }

    fn row(&self, index: usize) -> TestNode {
        self.root
            .query_selector_all(".todo-list li")
            .swap_remove(index)
    }

    fn count_text(&self) -> String {
        self.root.expect(".todo-count").text_content()
    }
}

fn stored() -> Vec<TodoData> {
    Todos::from_json(&platform::load().expect("something was stored")).expect("valid JSON")
}

#[test]
fn main_and_footer_are_hidden_without_todos() {
    let app = mount_app(vec![]);
    assert!(app.root.query_selector(".main").is_none());
    assert!(app.root.query_selector(".footer").is_none());
    assert_eq!(
        app.root
            .expect(".new-todo")
            .attribute("autofocus")
            .as_deref(),
        Some("")
    );
    app.add("first");
    assert!(app.root.query_selector(".main").is_some());
    assert!(app.root.query_selector(".footer").is_some());
}

#[test]
fn enter_adds_a_trimmed_todo_and_clears_the_field() {
    let app = mount_app(vec![]);
    app.add("  buy milk  ");
    assert_eq!(app.titles(), ["buy milk"]);
    assert_eq!(
        app.root.expect(".new-todo").property("value"),
        Some(PropertyValue::Str(String::new()))
    );
    app.add("   ");
    assert_eq!(app.titles(), ["buy milk"]);
    assert_eq!(stored(), [todo("buy milk", false)]);
}

#[test]
fn toggling_marks_the_row_completed_and_updates_the_count() {
    let app = mount_app(vec![todo("a", false), todo("b", false)]);
    assert_eq!(app.count_text(), "2 items left");
    testing::set_checked(&app.row(0).expect(".toggle"), true);
    assert!(app.row(0).has_class("completed"));
    assert_eq!(app.count_text(), "1 item left");
    assert_eq!(stored(), [todo("a", true), todo("b", false)]);
}

#[test]
fn toggle_all_marks_every_todo_and_follows_the_rows() {
    let app = mount_app(vec![todo("a", false), todo("b", true)]);
    let toggle_all = app.root.expect(".toggle-all");
    assert_eq!(
        toggle_all.property("checked"),
        Some(PropertyValue::Bool(false))
    );
    testing::set_checked(&toggle_all, true);
    assert_eq!(
        app.root.query_selector_all(".todo-list li.completed").len(),
        2
    );
    testing::set_checked(&app.row(1).expect(".toggle"), false);
    assert_eq!(
        toggle_all.property("checked"),
        Some(PropertyValue::Bool(false))
    );
    testing::set_checked(&app.row(1).expect(".toggle"), true);
    assert_eq!(
        toggle_all.property("checked"),
        Some(PropertyValue::Bool(true))
    );
}

#[test]
fn double_click_edits_and_enter_saves_trimmed() {
    let app = mount_app(vec![todo("old", false)]);
    testing::double_click(&app.row(0).expect("label"));
    assert!(app.row(0).has_class("editing"));
    let edit = app.row(0).expect(".edit");
    assert_eq!(
        edit.property("value"),
        Some(PropertyValue::Str("old".into()))
    );
    testing::set_input_value(&edit, "  new  ");
    testing::key_down(&edit, "Enter");
    assert!(!app.row(0).has_class("editing"));
    assert_eq!(app.titles(), ["new"]);
    assert_eq!(stored(), [todo("new", false)]);
}

#[test]
fn blur_saves_escape_cancels_and_an_empty_title_removes() {
    let app = mount_app(vec![todo("a", false), todo("b", false)]);
    testing::double_click(&app.row(0).expect("label"));
    let edit = app.row(0).expect(".edit");
    testing::set_input_value(&edit, "blurred");
    testing::blur(&edit);
    assert_eq!(app.titles(), ["blurred", "b"]);

    testing::double_click(&app.row(1).expect("label"));
    let edit = app.row(1).expect(".edit");
    testing::set_input_value(&edit, "discarded");
    testing::key_down(&edit, "Escape");
    testing::blur(&edit);
    assert_eq!(app.titles(), ["blurred", "b"]);
    assert!(!app.row(1).has_class("editing"));

    testing::double_click(&app.row(0).expect("label"));
    let edit = app.row(0).expect(".edit");
    testing::set_input_value(&edit, "   ");
    testing::key_down(&edit, "Enter");
    assert_eq!(app.titles(), ["b"]);
}

#[test]
fn destroy_removes_and_clear_completed_removes_the_done() {
    let app = mount_app(vec![todo("a", true), todo("b", false), todo("c", true)]);
    testing::click(&app.row(1).expect(".destroy"));
    assert_eq!(app.titles(), ["a", "c"]);
    testing::click(&app.root.expect(".clear-completed"));
    assert_eq!(app.titles(), Vec::<String>::new());
    assert!(app.root.query_selector(".main").is_none());
    assert_eq!(stored(), []);
}

#[test]
fn clear_completed_is_shown_only_when_something_is_done() {
    let app = mount_app(vec![todo("a", false)]);
    assert!(app.root.query_selector(".clear-completed").is_none());
    testing::set_checked(&app.row(0).expect(".toggle"), true);
    assert!(app.root.query_selector(".clear-completed").is_some());
}

#[test]
fn routes_filter_the_list_and_select_their_link() {
    let app = mount_app(vec![todo("a", false), todo("b", true)]);
    assert_eq!(app.root.expect(".filters a.selected").text_content(), "All");
    app.filter.set(Filter::from_hash("#/active"));
    assert_eq!(app.titles(), ["a"]);
    assert_eq!(
        app.root.expect(".filters a.selected").text_content(),
        "Active"
    );
    app.filter.set(Filter::from_hash("#/completed"));
    assert_eq!(app.titles(), ["b"]);
    testing::set_checked(&app.row(0).expect(".toggle"), false);
    assert_eq!(app.titles(), Vec::<String>::new());
    app.filter.set(Filter::from_hash("#/"));
    assert_eq!(app.titles(), ["a", "b"]);
}

#[test]
fn stored_form_is_a_json_array_of_title_and_completed() {
    let todos = Todos::new(vec![todo("say \"hi\"", true)], |_| {});
    assert_eq!(
        todos.to_json(),
        r#"[{"title":"say \"hi\"","completed":true}]"#
    );
    assert_eq!(
        Todos::from_json(&todos.to_json()),
        Some(vec![todo("say \"hi\"", true)])
    );
    assert_eq!(Todos::from_json("not json"), None);
}

#[test]
fn a_row_keeps_working_after_other_rows_are_added() {
    let app = mount_app(vec![]);
    app.add("old");
    app.add("other");
    testing::double_click(&app.row(0).expect("label"));
    assert!(app.row(0).has_class("editing"), "{}", app.root.inner_html());
}
