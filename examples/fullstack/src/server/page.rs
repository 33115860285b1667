//! `GET /`: the page, server-rendered from [`App`] with the saved todos, its data embedded as
//! JSON for the client, and a `Server-Timing` header with the time the database read (`db`) and
//! the render to HTML (`render`) took.

use std::time::Instant;

use axum::extract::{RawQuery, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use reactive_graph::diagnostics::SpecialNonReactiveZone;
use reactive_graph::owner::Owner;
use view_core::prelude::*;

use super::AppState;
use super::api::Refusal;
use super::db;
use crate::app::App;
use crate::model::PageData;

/// Whether the query asks for the injected hydration mismatch (`?mismatch=1`).
fn wants_mismatch(query: Option<&str>) -> bool {
    query.is_some_and(|query| query.split('&').any(|pair| pair == "mismatch=1"))
}

/// The whole document for `data`. The body holds exactly the app's HTML (the client hydrates
/// `document.body`); `mismatch` renders the debug page that differs from the client's.
pub fn render_document(data: &PageData, assets: Option<&str>, mismatch: bool) -> String {
    // The render's signals belong to this owner and are freed with it; reading them outside a
    // tracking context is what a server render does, so reactive_graph need not warn about it.
    let owner = Owner::new();
    let body = owner.with(|| {
        let _zone = SpecialNonReactiveZone::enter();
        view! { <App data=data.clone() mismatch=mismatch/> }.to_html()
    });
    drop(owner);
    // `<` never appears raw inside the script, so no `</script>` can end it early.
    let json = serde_json::to_string(data)
        .unwrap_or_else(|_| "null".to_owned())
        .replace('<', "\\u003c");
    let script = match assets {
        Some(version) => format!(
            r#"<link rel="modulepreload" href="/pkg/{version}/app.js"><script type="module">import init from "/pkg/{version}/app.js"; init();</script>"#
        ),
        None => String::new(),
    };
    let mut page = String::with_capacity(body.len() + json.len() + 1024);
    page.push_str(concat!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">"#,
        r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
        r#"<link rel="icon" href="data:,"><title>view-core full-stack demo</title>"#,
        r#"<link rel="stylesheet" href="/style.css">"#,
        r#"<script type="application/json" id="page-data">"#
    ));
    page.push_str(&json);
    page.push_str("</script>");
    if assets.is_some() {
        // Clicks and typing before the wasm has hydrated the page are recorded and replayed.
        page.push_str(&view_core::hydration::early_events_script().to_html());
    }
    page.push_str(&script);
    page.push_str("</head><body>");
    page.push_str(&body);
    page.push_str("</body></html>");
    page
}

/// `GET /`.
pub async fn index(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, Refusal> {
    let started = Instant::now();
    let todos = state.db.call(db::list).await?;
    let read = started.elapsed();
    let data = PageData {
        counter_start: state.counter_start,
        todos,
    };
    let mismatch = state.allow_mismatch && wants_mismatch(query.as_deref());
    let page = render_document(&data, state.assets_version.as_deref(), mismatch);
    let rendered = started.elapsed() - read;
    let timing = format!(
        "db;dur={:.3}, render;dur={:.3}",
        read.as_secs_f64() * 1000.0,
        rendered.as_secs_f64() * 1000.0
    );
    let mut response = page.into_response();
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(value) = HeaderValue::from_str(&timing) {
        headers.insert(HeaderName::from_static("server-timing"), value);
    }
    Ok(response)
}

/// `GET /style.css`: the page's small stylesheet (compiled in).
pub async fn style() -> Response {
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../style.css"),
    )
        .into_response()
}
