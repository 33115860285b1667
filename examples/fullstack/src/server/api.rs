//! The JSON API under `/api/todos`. Bodies are parsed here (not by axum's `Json`) so that every
//! refusal is `{"error": "…"}` with a message: 400 for bad JSON or a bad id, 404 for an
//! unknown id, 422 for a title the rules refuse; 500 only when SQLite itself fails.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use super::AppState;
use super::db::{self, DbError};
use crate::model::{ApiError, NewTodo, TodoPatch, validate_title};

/// A refused or failed request: its status and message.
#[derive(Debug)]
pub struct Refusal(pub StatusCode, pub String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.0, Json(ApiError { error: self.1 })).into_response()
    }
}

impl From<DbError> for Refusal {
    fn from(error: DbError) -> Refusal {
        match error {
            DbError::NotFound(id) => Refusal(StatusCode::NOT_FOUND, format!("no todo has id {id}")),
            DbError::Internal(message) => Refusal(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("database error: {message}"),
            ),
        }
    }
}

fn parse_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, Refusal> {
    serde_json::from_slice(body).map_err(|error| {
        Refusal(
            StatusCode::BAD_REQUEST,
            format!("invalid JSON body: {error}"),
        )
    })
}

fn parse_id(raw: &str) -> Result<i64, Refusal> {
    raw.parse().map_err(|_| {
        Refusal(
            StatusCode::BAD_REQUEST,
            format!("a todo id is a whole number, not {raw:?}"),
        )
    })
}

fn checked_title(raw: &str) -> Result<String, Refusal> {
    validate_title(raw).map_err(|message| Refusal(StatusCode::UNPROCESSABLE_ENTITY, message))
}

/// `GET /api/todos`: every todo, oldest first.
pub async fn list(State(state): State<AppState>) -> Result<Response, Refusal> {
    let todos = state.db.call(db::list).await?;
    Ok(Json(todos).into_response())
}

/// `POST /api/todos` with `{"title"}`: 201 and the new todo.
pub async fn create(State(state): State<AppState>, body: Bytes) -> Result<Response, Refusal> {
    let new: NewTodo = parse_body(&body)?;
    let title = checked_title(&new.title)?;
    let todo = state
        .db
        .call(move |connection| db::insert(connection, &title))
        .await?;
    Ok((StatusCode::CREATED, Json(todo)).into_response())
}

/// `PATCH /api/todos/{id}` with `{"title"?, "completed"?}`: the changed todo.
pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, Refusal> {
    let id = parse_id(&id)?;
    let mut patch: TodoPatch = parse_body(&body)?;
    if patch.title.is_none() && patch.completed.is_none() {
        return Err(Refusal(
            StatusCode::UNPROCESSABLE_ENTITY,
            "nothing to change: give \"title\" or \"completed\"".to_owned(),
        ));
    }
    if let Some(title) = &patch.title {
        patch.title = Some(checked_title(title)?);
    }
    let todo = state
        .db
        .call(move |connection| db::update(connection, id, &patch))
        .await?;
    Ok(Json(todo).into_response())
}

/// `DELETE /api/todos/{id}`: 204.
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    let id = parse_id(&id)?;
    state
        .db
        .call(move |connection| db::delete(connection, id))
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Any other path under `/api`: 404 with a message.
pub async fn not_found() -> Refusal {
    Refusal(StatusCode::NOT_FOUND, "no such API endpoint".to_owned())
}
