//! The demo server's binary: `PORT=3000 DATA_DIR=data cargo run -p fullstack --bin fullstack-server` (or, with the
//! client built, `cargo xtask demo`).

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    let result = match fullstack::server::Config::from_env() {
        Ok(config) => fullstack::server::run(config).await,
        Err(message) => Err(message),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("fullstack demo: error: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// The server does not exist on wasm32 (the crate's library is the client there).
#[cfg(target_arch = "wasm32")]
fn main() {}
