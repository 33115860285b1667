//! The todo list: reactive state, the operations the app spec names, routing filters and the
//! `localStorage` format.

use serde::{Deserialize, Serialize};
use view_core::prelude::*;

/// A todo as stored: the spec's `{ "title", "completed" }` object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TodoData {
    /// What to do.
    pub title: String,
    /// Whether it is done.
    pub completed: bool,
}

/// One live todo: a stable id (the list's key) and its own signals, so a row updates alone.
#[derive(Clone, Copy, Debug)]
pub struct Todo {
    /// The key of the row; never reused while the page lives.
    pub id: u32,
    /// The title.
    pub title: RwSignal<String>,
    /// Whether it is done.
    pub completed: RwSignal<bool>,
    /// Whether its row is being edited (view state, kept here so it lives as long as the todo).
    pub editing: RwSignal<bool>,
}

/// Which todos the list shows: the route (`#/`, `#/active`, `#/completed`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// `#/`: every todo.
    #[default]
    All,
    /// `#/active`: the todos not done.
    Active,
    /// `#/completed`: the todos done.
    Completed,
}

impl Filter {
    /// The filter for a `location.hash`; anything unknown shows all.
    pub fn from_hash(hash: &str) -> Filter {
        match hash.trim_start_matches('#').trim_start_matches('/') {
            "active" => Filter::Active,
            "completed" => Filter::Completed,
            _ => Filter::All,
        }
    }

    /// Whether a todo with this `completed` state is shown.
    pub fn shows(self, completed: bool) -> bool {
        match self {
            Filter::All => true,
            Filter::Active => !completed,
            Filter::Completed => completed,
        }
    }
}

/// The todo list. `Copy`: every handler holds its own copy of the same signals.
#[derive(Clone, Copy, Debug)]
pub struct Todos {
    list: RwSignal<Vec<Todo>>,
    next_id: RwSignal<u32>,
    /// Called with the list's JSON after every change.
    persist: fn(&str),
}

impl Todos {
    /// A list holding `items`, calling `persist` with the stored form after every change.
    pub fn new(items: Vec<TodoData>, persist: fn(&str)) -> Todos {
        let todos = Todos {
            list: RwSignal::new(Vec::new()),
            next_id: RwSignal::new(0),
            persist,
        };
        let list = items.into_iter().map(|item| todos.make(item)).collect();
        todos.list.set(list);
        todos
    }

    fn make(&self, item: TodoData) -> Todo {
        let id = self.next_id.get_untracked();
        self.next_id.set(id + 1);
        Todo {
            id,
            title: RwSignal::new(item.title),
            completed: RwSignal::new(item.completed),
            editing: RwSignal::new(false),
        }
    }

    fn save(&self) {
        (self.persist)(&self.to_json());
    }

    /// The list as stored in `localStorage`: a JSON array of `{ "title", "completed" }`.
    pub fn to_json(&self) -> String {
        let items: Vec<TodoData> = self.list.with_untracked(|list| {
            list.iter()
                .map(|todo| TodoData {
                    title: todo.title.get_untracked(),
                    completed: todo.completed.get_untracked(),
                })
                .collect()
        });
        serde_json::to_string(&items).expect("todos serialize")
    }

    /// Reads the stored form; `None` when it is not a JSON array of todos.
    pub fn from_json(json: &str) -> Option<Vec<TodoData>> {
        serde_json::from_str(json).ok()
    }

    /// All todos, tracked.
    pub fn all(&self) -> Vec<Todo> {
        self.list.get()
    }

    /// The todos `filter` shows, tracked (including each todo's `completed`).
    pub fn visible(&self, filter: Filter) -> Vec<Todo> {
        self.list.with(|list| {
            list.iter()
                .copied()
                .filter(|todo| filter.shows(todo.completed.get()))
                .collect()
        })
    }

    /// Whether there are no todos, tracked.
    pub fn is_empty(&self) -> bool {
        self.list.with(Vec::is_empty)
    }

    /// How many todos are not done, tracked.
    pub fn active_count(&self) -> usize {
        self.list
            .with(|list| list.iter().filter(|todo| !todo.completed.get()).count())
    }

    /// How many todos are done, tracked.
    pub fn completed_count(&self) -> usize {
        self.list
            .with(|list| list.iter().filter(|todo| todo.completed.get()).count())
    }

    /// Adds a todo titled `title` trimmed; an empty title adds nothing. Returns whether one was
    /// added.
    pub fn add(&self, title: &str) -> bool {
        let title = title.trim();
        if title.is_empty() {
            return false;
        }
        let todo = self.make(TodoData {
            title: title.to_owned(),
            completed: false,
        });
        self.list.update(|list| list.push(todo));
        self.save();
        true
    }

    /// Marks the todo `id` done or not.
    pub fn set_completed(&self, id: u32, completed: bool) {
        if let Some(todo) = self.find(id) {
            todo.completed.set(completed);
            self.save();
        }
    }

    /// Renames the todo `id` to `title` trimmed; an empty title removes it.
    pub fn rename(&self, id: u32, title: &str) {
        let title = title.trim();
        if title.is_empty() {
            self.remove(id);
        } else if let Some(todo) = self.find(id) {
            todo.title.set(title.to_owned());
            self.save();
        }
    }

    /// Removes the todo `id`.
    pub fn remove(&self, id: u32) {
        self.list.update(|list| list.retain(|todo| todo.id != id));
        self.save();
    }

    /// Marks every todo done (`true`) or not done (`false`).
    pub fn set_all(&self, completed: bool) {
        self.list.with_untracked(|list| {
            for todo in list {
                todo.completed.set(completed);
            }
        });
        self.save();
    }

    /// Removes every todo that is done.
    pub fn clear_completed(&self) {
        self.list
            .update(|list| list.retain(|todo| !todo.completed.get_untracked()));
        self.save();
    }

    fn find(&self, id: u32) -> Option<Todo> {
        self.list
            .with_untracked(|list| list.iter().copied().find(|todo| todo.id == id))
    }
}
