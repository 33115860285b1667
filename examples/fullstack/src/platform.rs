//! Calling the JSON API: `fetch` in the browser. The server only renders the components (their
//! handlers never run there), so natively a request answers with an error at once.

/// Sends `method url` with an optional JSON `body` and calls `done` with the reply's text, or
/// with a message for a person (the server's `{"error"}` text, the status, or the network
/// failure).
#[cfg(target_arch = "wasm32")]
pub fn request(
    method: &'static str,
    url: String,
    body: Option<String>,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move { done(fetch(method, &url, body).await) });
}

#[cfg(target_arch = "wasm32")]
async fn fetch(method: &str, url: &str, body: Option<String>) -> Result<String, String> {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    let failed = |error: JsValue| {
        error
            .as_string()
            .or_else(|| {
                js_sys::Reflect::get(&error, &"message".into())
                    .ok()
                    .and_then(|message| message.as_string())
            })
            .unwrap_or_else(|| "the request failed".to_owned())
    };
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if let Some(body) = &body {
        init.set_body(&JsValue::from_str(body));
    }
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(failed)?;
    if body.is_some() {
        request
            .headers()
            .set("content-type", "application/json")
            .map_err(failed)?;
    }
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(|_| "fetch did not return a Response".to_owned())?;
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?
        .as_string()
        .unwrap_or_default();
    if response.ok() {
        Ok(text)
    } else {
        Err(serde_json::from_str::<crate::model::ApiError>(&text)
            .map(|reply| reply.error)
            .unwrap_or_else(|_| format!("the server answered {}", response.status())))
    }
}

/// Natively the components are only rendered to HTML, never clicked: a request fails at once.
#[cfg(not(target_arch = "wasm32"))]
pub fn request(
    method: &'static str,
    url: String,
    _body: Option<String>,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    done(Err(format!(
        "{method} {url}: the JSON API is called from the browser only"
    )));
}
