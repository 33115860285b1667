//! The data the server and the client share: todos as the API sends them, the page's initial
//! data, the API's request bodies, the filter, and the title rule both sides check.

use serde::{Deserialize, Serialize};

/// The longest title the API accepts, in characters (Unicode scalar values).
pub const MAX_TITLE_CHARS: usize = 200;

/// A todo as stored and as the API sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Todo {
    /// The row id in SQLite; the list's key.
    pub id: i64,
    /// What to do (trimmed, 1 to [`MAX_TITLE_CHARS`] characters).
    pub title: String,
    /// Whether it is done.
    pub completed: bool,
}

/// What the server renders the page from; embedded in the page as JSON so the client
/// hydrates from exactly the same data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageData {
    /// The counter's initial value (server configuration: `COUNTER_START`).
    pub counter_start: i32,
    /// The saved todos, oldest first.
    pub todos: Vec<Todo>,
}

/// `POST /api/todos`: a new todo.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewTodo {
    /// Its title (checked by [`validate_title`]).
    pub title: String,
}

/// `PATCH /api/todos/{id}`: the fields to change; at least one.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TodoPatch {
    /// A new title (checked by [`validate_title`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A new done state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
}

/// The body of every API error: `{"error": "…"}`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ApiError {
    /// What was wrong, for a person.
    pub error: String,
}

/// The title as stored: trimmed, not empty, at most [`MAX_TITLE_CHARS`] characters.
///
/// ```
/// use fullstack::model::validate_title;
/// assert_eq!(validate_title("  milk "), Ok("milk".to_owned()));
/// assert!(validate_title("   ").is_err());
/// assert!(validate_title(&"x".repeat(201)).is_err());
/// ```
pub fn validate_title(raw: &str) -> Result<String, String> {
    let title = raw.trim();
    let chars = title.chars().count();
    if chars == 0 {
        Err("the title is empty".to_owned())
    } else if chars > MAX_TITLE_CHARS {
        Err(format!(
            "the title has {chars} characters; at most {MAX_TITLE_CHARS} are allowed"
        ))
    } else {
        Ok(title.to_owned())
    }
}

/// Which todos the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Every todo.
    #[default]
    All,
    /// The todos not done.
    Active,
    /// The todos done.
    Completed,
}

impl Filter {
    /// Whether a todo with this `completed` state is shown.
    pub fn shows(self, completed: bool) -> bool {
        match self {
            Filter::All => true,
            Filter::Active => !completed,
            Filter::Completed => completed,
        }
    }
}
