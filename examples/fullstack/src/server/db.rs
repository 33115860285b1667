//! The SQLite store: one file in the data folder, created and migrated on first start
//! (`PRAGMA user_version` counts the migrations applied). Every write is one transaction.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, params};

use crate::model::{Todo, TodoPatch};

/// The database file's name inside the data folder.
pub const FILE_NAME: &str = "todos.sqlite3";

/// The schema, one migration per entry, applied in order; never edit an applied one.
const MIGRATIONS: &[&str] = &["CREATE TABLE todos (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1))
    );"];

/// The shared connection. SQLite calls are short; they run on tokio's blocking pool
/// (`Db::call`), one at a time.
#[derive(Clone, Debug)]
pub struct Db {
    connection: Arc<Mutex<Connection>>,
    path: PathBuf,
}

impl Db {
    /// Opens (creating if needed) `data_dir/todos.sqlite3` and brings its schema up to date.
    /// The errors name the folder or file and say what to check.
    pub fn open(data_dir: &Path) -> Result<Db, String> {
        std::fs::create_dir_all(data_dir).map_err(|error| {
            format!(
                "cannot create the data folder {}: {error}",
                data_dir.display()
            )
        })?;
        // SQLite's own error ("unable to open database file") does not say why: probe first.
        let probe = data_dir.join(".write-test");
        std::fs::write(&probe, b"")
            .and_then(|()| std::fs::remove_file(&probe))
            .map_err(|error| {
                format!(
                    "the data folder {} is not writable: {error} (set DATA_DIR to a writable folder)",
                    data_dir.display()
                )
            })?;
        let path = data_dir.join(FILE_NAME);
        let mut connection = Connection::open(&path)
            .map_err(|error| format!("cannot open the database {}: {error}", path.display()))?;
        migrate(&mut connection)
            .map_err(|error| format!("cannot migrate the database {}: {error}", path.display()))?;
        Ok(Db {
            connection: Arc::new(Mutex::new(connection)),
            path,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `work` on the connection on tokio's blocking pool.
    pub async fn call<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, DbError> + Send + 'static,
    ) -> Result<T, DbError> {
        let connection = Arc::clone(&self.connection);
        tokio::task::spawn_blocking(move || {
            let mut connection = connection
                .lock()
                .map_err(|_| DbError::Internal("the database lock is poisoned".to_owned()))?;
            work(&mut connection)
        })
        .await
        .map_err(|error| DbError::Internal(format!("the database task failed: {error}")))?
    }
}

/// A failed database operation.
#[derive(Debug, PartialEq, Eq)]
pub enum DbError {
    /// No todo has this id.
    NotFound(i64),
    /// SQLite or the task failed.
    Internal(String),
}

impl From<rusqlite::Error> for DbError {
    fn from(error: rusqlite::Error) -> DbError {
        DbError::Internal(error.to_string())
    }
}

fn migrate(connection: &mut Connection) -> rusqlite::Result<()> {
    connection.pragma_update(None, "journal_mode", "WAL")?;
    let transaction = connection.transaction()?;
    let applied: usize = transaction.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if applied > MIGRATIONS.len() {
        return Err(rusqlite::Error::InvalidParameterName(format!(
            "the schema version is {applied}, newer than this server's {}",
            MIGRATIONS.len()
        )));
    }
    for migration in &MIGRATIONS[applied..] {
        transaction.execute_batch(migration)?;
    }
    transaction.pragma_update(None, "user_version", MIGRATIONS.len())?;
    transaction.commit()
}

fn todo_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Todo> {
    Ok(Todo {
        id: row.get(0)?,
        title: row.get(1)?,
        completed: row.get(2)?,
    })
}

/// Every todo, oldest first.
pub fn list(connection: &mut Connection) -> Result<Vec<Todo>, DbError> {
    let mut statement =
        connection.prepare_cached("SELECT id, title, completed FROM todos ORDER BY id")?;
    let todos = statement
        .query_map([], todo_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(todos)
}

/// Inserts a todo (title already validated) and returns it.
pub fn insert(connection: &mut Connection, title: &str) -> Result<Todo, DbError> {
    let transaction = connection.transaction()?;
    transaction.execute("INSERT INTO todos (title) VALUES (?1)", params![title])?;
    let id = transaction.last_insert_rowid();
    transaction.commit()?;
    Ok(Todo {
        id,
        title: title.to_owned(),
        completed: false,
    })
}

/// Applies `patch` (title already validated) to todo `id` in one transaction: either every
/// field changes or none does.
pub fn update(connection: &mut Connection, id: i64, patch: &TodoPatch) -> Result<Todo, DbError> {
    let transaction = connection.transaction()?;
    if let Some(title) = &patch.title {
        transaction.execute(
            "UPDATE todos SET title = ?1 WHERE id = ?2",
            params![title, id],
        )?;
    }
    if let Some(completed) = patch.completed {
        transaction.execute(
            "UPDATE todos SET completed = ?1 WHERE id = ?2",
            params![completed, id],
        )?;
    }
    let todo = transaction
        .query_row(
            "SELECT id, title, completed FROM todos WHERE id = ?1",
            params![id],
            todo_from_row,
        )
        .optional()?
        .ok_or(DbError::NotFound(id))?;
    transaction.commit()?;
    Ok(todo)
}

/// Deletes todo `id`.
pub fn delete(connection: &mut Connection, id: i64) -> Result<(), DbError> {
    let transaction = connection.transaction()?;
    let deleted = transaction.execute("DELETE FROM todos WHERE id = ?1", params![id])?;
    if deleted == 0 {
        return Err(DbError::NotFound(id));
    }
    transaction.commit()?;
    Ok(())
}
