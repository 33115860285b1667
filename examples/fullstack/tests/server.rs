//! The server natively: the router called directly (`tower::ServiceExt::oneshot`) for the page,
//! the API and its refusals, the client's files, and a restart on the same database file; the
//! startup errors (port in use, data folder not writable).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use fullstack::model::{ApiError, PageData, Todo};
use fullstack::server::{self, AppState, Config};
use tower::ServiceExt;

/// A fresh folder for one test (under the system's temp folder, removed first).
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fullstack-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the temp folder is writable");
    dir
}

fn config(data_dir: &Path, assets_dir: &Path) -> Config {
    Config {
        port: 0,
        data_dir: data_dir.to_owned(),
        assets_dir: assets_dir.to_owned(),
        counter_start: 7,
    }
}

/// The app on a fresh database, without a built client.
fn app(name: &str) -> (Router, AppState) {
    let dir = temp_dir(name);
    let config = config(&dir.join("data"), &dir.join("no-client"));
    let state = AppState::open(&config).expect("the server starts");
    (server::router(state.clone(), &config.assets_dir), state)
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("a UTF-8 body")
    }

    fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|error| panic!("not the expected JSON ({error}): {}", self.text()))
    }

    fn error(&self) -> String {
        self.json::<ApiError>().error
    }

    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
    }
}

async fn send(
    app: &Router,
    method: &str,
    uri: &str,
    body: &str,
    headers: &[(&str, &str)],
) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request
        .body(Body::from(body.to_owned()))
        .expect("a valid request");
    let response = app
        .clone()
        .oneshot(request)
        .await
        .expect("the router is infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("the body is readable")
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, "GET", uri, "", &[]).await
}

async fn add(app: &Router, title: &str) -> Todo {
    let body = serde_json::json!({ "title": title }).to_string();
    let reply = send(app, "POST", "/api/todos", &body, &[]).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text());
    reply.json()
}

async fn list(app: &Router) -> Vec<Todo> {
    let reply = get(app, "/api/todos").await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()
}

/// The page data the server embedded for the client.
fn embedded_data(html: &str) -> PageData {
    let start = html
        .find(r#"id="page-data">"#)
        .expect("the page data script")
        + 15;
    let end = start + html[start..].find("</script>").expect("its end");
    serde_json::from_str(&html[start..end]).expect("valid page data")
}

#[tokio::test]
async fn the_page_renders_the_counter_and_the_saved_todos() {
    let (app, _) = app("page");
    add(&app, "Buy milk").await;
    let done = add(&app, "<b>bold</b> & co").await;
    send(
        &app,
        "PATCH",
        &format!("/api/todos/{}", done.id),
        r#"{"completed":true}"#,
        &[],
    )
    .await;

    let reply = get(&app, "/").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
    assert_eq!(reply.header("cache-control"), "no-cache");
    let timing = reply.header("server-timing");
    assert!(
        timing.starts_with("db;dur=") && timing.contains(", render;dur="),
        "{timing}"
    );
    let html = reply.text();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(r#"<h1 class="title">view-core full-stack demo</h1>"#));
    assert!(html.contains("<span>Value: <!>7<!>!</span>"), "{html}");
    assert!(html.contains(r#"<li class="todo" data-id="1"><input class="toggle" type="checkbox""#));
    // Titles are escaped in the HTML, and `<` never appears raw in the embedded JSON.
    assert!(html.contains(r#"<span class="title">&lt;b&gt;bold&lt;/b&gt; &amp; co</span>"#));
    assert!(html.contains(r#"<li class="todo completed" data-id="2"><input class="toggle" type="checkbox" aria-label="Done" checked>"#), "{html}");
    assert!(html.contains(r#"<p class="count">1<!> left</p>"#));
    let data = embedded_data(&html);
    assert_eq!(data.counter_start, 7);
    assert_eq!(data.todos, list(&app).await);
    // No client built: no script to load, no events to record.
    assert!(!html.contains("app.js") && !html.contains("__viewCoreEarly"));
    // The body holds exactly the app (what the client hydrates).
    assert!(
        html.contains(r#"<body><main class="app">"#) && html.ends_with("</main></body></html>")
    );
}

#[tokio::test]
async fn the_mismatch_page_exists_in_debug_builds_only() {
    let (app, state) = app("mismatch");
    let html = get(&app, "/?mismatch=1").await.text();
    assert_eq!(state.allow_mismatch, cfg!(debug_assertions));
    if cfg!(debug_assertions) {
        assert!(html.contains(r#"<h2 class="title">"#), "{html}");
    }
    let refused = server::router(
        AppState {
            allow_mismatch: false,
            ..state
        },
        Path::new("no-client"),
    );
    let html = get(&refused, "/?mismatch=1").await.text();
    assert!(html.contains(r#"<h1 class="title">"#), "{html}");
}

#[tokio::test]
async fn the_api_adds_lists_updates_and_deletes() {
    let (app, _) = app("api");
    assert_eq!(list(&app).await, vec![]);
    let milk = add(&app, "  Buy milk  ").await;
    assert_eq!(milk.title, "Buy milk", "titles are trimmed");
    let tests = add(&app, "Write tests").await;
    assert_eq!(list(&app).await, vec![milk.clone(), tests.clone()]);

    let reply = send(
        &app,
        "PATCH",
        &format!("/api/todos/{}", milk.id),
        r#"{"completed":true}"#,
        &[],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.json::<Todo>().completed);
    let body = r#"{"title":"Buy oat milk","completed":false}"#;
    let reply = send(&app, "PATCH", &format!("/api/todos/{}", milk.id), body, &[]).await;
    let renamed: Todo = reply.json();
    assert_eq!(
        (renamed.title.as_str(), renamed.completed),
        ("Buy oat milk", false)
    );

    let reply = send(&app, "DELETE", &format!("/api/todos/{}", tests.id), "", &[]).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert_eq!(list(&app).await, vec![renamed]);
}

#[tokio::test]
async fn bad_inputs_get_4xx_with_a_message_and_change_nothing() {
    let (app, _) = app("bad-inputs");
    let milk = add(&app, "Buy milk").await;
    let one = format!("/api/todos/{}", milk.id);
    let long = serde_json::json!({ "title": "x".repeat(201) }).to_string();
    let cases: &[(&str, &str, &str, StatusCode, &str)] = &[
        (
            "POST",
            "/api/todos",
            r#"{"title":"#,
            StatusCode::BAD_REQUEST,
            "invalid JSON body",
        ),
        (
            "POST",
            "/api/todos",
            "not json",
            StatusCode::BAD_REQUEST,
            "invalid JSON body",
        ),
        (
            "POST",
            "/api/todos",
            r#"{"name":"x"}"#,
            StatusCode::BAD_REQUEST,
            "unknown field `name`",
        ),
        (
            "POST",
            "/api/todos",
            r#"{"title":7}"#,
            StatusCode::BAD_REQUEST,
            "invalid type",
        ),
        (
            "POST",
            "/api/todos",
            &long,
            StatusCode::UNPROCESSABLE_ENTITY,
            "201 characters; at most 200",
        ),
        (
            "POST",
            "/api/todos",
            r#"{"title":"   "}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "the title is empty",
        ),
        (
            "PATCH",
            "/api/todos/999",
            r#"{"completed":true}"#,
            StatusCode::NOT_FOUND,
            "no todo has id 999",
        ),
        (
            "DELETE",
            "/api/todos/999",
            "",
            StatusCode::NOT_FOUND,
            "no todo has id 999",
        ),
        (
            "PATCH",
            "/api/todos/abc",
            r#"{"completed":true}"#,
            StatusCode::BAD_REQUEST,
            "whole number",
        ),
        (
            "DELETE",
            "/api/todos/1e3",
            "",
            StatusCode::BAD_REQUEST,
            "whole number",
        ),
        (
            "PATCH",
            &one,
            "{}",
            StatusCode::UNPROCESSABLE_ENTITY,
            "nothing to change",
        ),
        // A valid change beside an invalid one: neither is applied.
        (
            "PATCH",
            &one,
            r#"{"completed":true,"title":""}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty",
        ),
        (
            "GET",
            "/api/nothing",
            "",
            StatusCode::NOT_FOUND,
            "no such API endpoint",
        ),
    ];
    for (method, uri, body, status, message) in cases {
        let reply = send(
            &app,
            method,
            uri,
            body,
            &[("content-type", "application/json")],
        )
        .await;
        assert_eq!(
            reply.status,
            *status,
            "{method} {uri} {body}: {}",
            reply.text()
        );
        assert!(
            reply.error().contains(message),
            "{method} {uri} {body}: {}",
            reply.error()
        );
    }
    let huge = serde_json::json!({ "title": "x".repeat(20_000) }).to_string();
    let reply = send(&app, "POST", "/api/todos", &huge, &[]).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        list(&app).await,
        vec![milk],
        "no refused request wrote anything"
    );
}

#[tokio::test]
async fn todos_survive_a_restart_on_the_same_file() {
    let dir = temp_dir("restart");
    let config = config(&dir.join("data"), &dir.join("no-client"));
    let state = AppState::open(&config).expect("first start");
    let app = server::router(state, &config.assets_dir);
    let milk = add(&app, "Buy milk").await;
    send(
        &app,
        "PATCH",
        &format!("/api/todos/{}", milk.id),
        r#"{"completed":true}"#,
        &[],
    )
    .await;
    add(&app, "Write tests").await;
    let before = list(&app).await;
    drop(app);

    let state = AppState::open(&config).expect("second start on the same file");
    let app = server::router(state, &config.assets_dir);
    assert_eq!(list(&app).await, before);
    assert!(
        get(&app, "/")
            .await
            .text()
            .contains(r#"<li class="todo completed" data-id="1">"#)
    );
    // Ids are not reused after a delete and a restart.
    send(&app, "DELETE", "/api/todos/2", "", &[]).await;
    drop(app);
    let app = server::router(
        AppState::open(&config).expect("third start"),
        &config.assets_dir,
    );
    assert_eq!(add(&app, "Walk the dog").await.id, 3);
}

#[test]
fn the_schema_is_migrated_once_and_a_newer_one_is_refused() {
    let dir = temp_dir("migrate");
    AppState::open(&config(&dir, &dir)).expect("creates the schema");
    AppState::open(&config(&dir, &dir)).expect("reopens without migrating again");
    let file = dir.join(server::db::FILE_NAME);
    let connection = rusqlite::Connection::open(&file).expect("the file exists");
    let version: i64 = connection
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .expect("a version");
    assert_eq!(version, 1);
    connection
        .pragma_update(None, "user_version", 99)
        .expect("set a future version");
    drop(connection);
    let error = AppState::open(&config(&dir, &dir)).expect_err("a newer schema is refused");
    assert!(error.contains("newer than this server"), "{error}");
}

#[test]
fn an_unwritable_data_folder_is_a_clear_startup_error() {
    let dir = temp_dir("unwritable");
    let file = dir.join("a-file");
    std::fs::write(&file, b"").expect("write a file");
    let error = AppState::open(&config(&file.join("data"), &dir)).expect_err("cannot start");
    assert!(
        error.starts_with("cannot create the data folder") && error.contains("a-file/data"),
        "{error}"
    );
}

#[tokio::test]
async fn a_port_in_use_is_a_clear_startup_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = taken.local_addr().expect("its address").port();
    let error = server::bind(port).await.expect_err("the port is taken");
    assert_eq!(
        error,
        format!("port {port} on 127.0.0.1 is already in use (set PORT to a free port)")
    );
}

#[tokio::test]
async fn the_client_files_are_served_typed_cached_and_compressed() {
    let dir = temp_dir("assets");
    let dist = dir.join("dist");
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(
        dist.join("app.js"),
        "export default function init() {}\n".repeat(20),
    )
    .expect("app.js");
    std::fs::write(dist.join("app_bg.wasm"), b"\0asm\x01\0\0\0".repeat(100)).expect("wasm");
    let state = AppState::open(&config(&dir.join("data"), &dist)).expect("starts");
    let version = state.assets_version.clone().expect("the client is found");
    let app = server::router(state, &dist);

    let html = get(&app, "/").await.text();
    assert!(
        html.contains(&format!(r#"import init from "/pkg/{version}/app.js""#)),
        "{html}"
    );

    let wasm = get(&app, &format!("/pkg/{version}/app_bg.wasm")).await;
    assert_eq!(wasm.status, StatusCode::OK);
    assert_eq!(wasm.header("content-type"), "application/wasm");
    assert_eq!(
        wasm.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(wasm.body.len(), 800);
    let js = get(&app, &format!("/pkg/{version}/app.js")).await;
    assert_eq!(js.header("content-type"), "text/javascript");

    for encoding in ["gzip", "br"] {
        let uri = format!("/pkg/{version}/app_bg.wasm");
        let reply = send(&app, "GET", &uri, "", &[("accept-encoding", encoding)]).await;
        assert_eq!(reply.header("content-encoding"), encoding);
        assert!(
            reply.body.len() < 100,
            "{encoding}: {} bytes",
            reply.body.len()
        );
        let page = send(&app, "GET", "/", "", &[("accept-encoding", encoding)]).await;
        assert_eq!(page.header("content-encoding"), encoding);
    }
    assert_eq!(
        get(&app, "/pkg/0000/app.js").await.status,
        StatusCode::NOT_FOUND
    );
    let css = get(&app, "/style.css").await;
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
}
