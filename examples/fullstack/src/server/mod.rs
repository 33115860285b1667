//! The server: configuration from the environment, the router (page, API, static client
//! files), startup with clear errors, and graceful shutdown on Ctrl-C or SIGTERM.

pub mod api;
pub mod db;
pub mod page;

use std::hash::{DefaultHasher, Hasher};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::HeaderValue;
use axum::http::header::CACHE_CONTROL;
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use self::db::Db;

/// The largest request body the API reads (a title is at most 200 characters).
const BODY_LIMIT: usize = 16 * 1024;

/// What the server needs to start; [`Config::from_env`] reads it from the environment.
#[derive(Clone, Debug)]
pub struct Config {
    /// `PORT` (default 3000); the server listens on 127.0.0.1 only.
    pub port: u16,
    /// `DATA_DIR` (default `data`): the folder of the SQLite file.
    pub data_dir: PathBuf,
    /// `ASSETS_DIR` (default this crate's `dist/`): the built client (`app.js`, `app_bg.wasm`).
    pub assets_dir: PathBuf,
    /// `COUNTER_START` (default 10): the counter's initial value.
    pub counter_start: i32,
}

impl Config {
    /// Reads the configuration; an unparsable variable is an error naming it.
    pub fn from_env() -> Result<Config, String> {
        fn var<T: std::str::FromStr>(name: &str, default: T) -> Result<T, String> {
            match std::env::var(name) {
                Ok(value) => value
                    .parse()
                    .map_err(|_| format!("{name}={value:?} is not valid")),
                Err(_) => Ok(default),
            }
        }
        Ok(Config {
            port: var("PORT", 3000)?,
            data_dir: var("DATA_DIR", PathBuf::from("data"))?,
            assets_dir: var(
                "ASSETS_DIR",
                Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"),
            )?,
            counter_start: var("COUNTER_START", 10)?,
        })
    }
}

/// What every handler shares.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The todo store.
    pub db: Db,
    /// The counter's initial value.
    pub counter_start: i32,
    /// The client's version (a hash of its files), the path segment under `/pkg/` that makes
    /// its URLs cacheable forever; `None` when the client is not built (the page then works
    /// without JavaScript only).
    pub assets_version: Option<String>,
    /// Whether `?mismatch=1` is honoured (debug builds only).
    pub allow_mismatch: bool,
}

impl AppState {
    /// Opens the database in `config.data_dir` and finds the client in `config.assets_dir`.
    pub fn open(config: &Config) -> Result<AppState, String> {
        Ok(AppState {
            db: Db::open(&config.data_dir)?,
            counter_start: config.counter_start,
            assets_version: assets_version(&config.assets_dir),
            allow_mismatch: cfg!(debug_assertions),
        })
    }
}

/// A hash of the client's files, or `None` when they are missing.
pub fn assets_version(dir: &Path) -> Option<String> {
    let mut hasher = DefaultHasher::new();
    for name in ["app.js", "app_bg.wasm"] {
        hasher.write(&std::fs::read(dir.join(name)).ok()?);
    }
    Some(format!("{:016x}", hasher.finish()))
}

/// The whole app: `/` (the page), `/style.css`, `/api/todos…` and the client's files under
/// `/pkg/<version>/` (immutable), all compressed (brotli or gzip) when the client accepts it.
pub fn router(state: AppState, assets_dir: &Path) -> Router {
    let api = Router::new()
        .route("/todos", get(api::list).post(api::create))
        .route(
            "/todos/{id}",
            axum::routing::patch(api::update).delete(api::delete),
        )
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT));
    let mut app = Router::new()
        .route("/", get(page::index))
        .route("/style.css", get(page::style))
        .nest("/api", api);
    if let Some(version) = &state.assets_version {
        let files = Router::new()
            .nest_service(&format!("/pkg/{version}"), ServeDir::new(assets_dir))
            .layer(SetResponseHeaderLayer::overriding(
                CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ));
        app = app.merge(files);
    }
    app.with_state(state).layer(CompressionLayer::new())
}

/// Binds 127.0.0.1:`port`, with a message that says what to do when it is taken.
pub async fn bind(port: u16) -> Result<TcpListener, String> {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    TcpListener::bind(address).await.map_err(|error| {
        if error.kind() == std::io::ErrorKind::AddrInUse {
            format!("port {port} on 127.0.0.1 is already in use (set PORT to a free port)")
        } else {
            format!("cannot listen on {address}: {error}")
        }
    })
}

/// Starts the server and runs it until Ctrl-C or SIGTERM, then finishes the requests in flight.
pub async fn run(config: Config) -> Result<(), String> {
    let state = AppState::open(&config)?;
    if state.assets_version.is_none() {
        eprintln!(
            "warning: no client in {} (build it with `cargo xtask demo`); the page works without JavaScript",
            config.assets_dir.display()
        );
    }
    let database = state.db.path().display().to_string();
    let listener = bind(config.port).await?;
    let address = listener
        .local_addr()
        .map_err(|error| format!("cannot read the listening address: {error}"))?;
    println!("fullstack demo: database {database}");
    println!("fullstack demo: listening on http://{address}/");
    axum::serve(listener, router(state, &config.assets_dir))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|error| format!("the server failed: {error}"))?;
    println!("fullstack demo: shut down");
    Ok(())
}

/// Resolves on Ctrl-C (SIGINT) or SIGTERM.
async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
}
