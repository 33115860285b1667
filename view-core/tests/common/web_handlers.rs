//! Event handlers written once with web-sys method names. The same file is compiled natively
//! (`view-core/tests/native_events.rs`, against the test renderer's event) and in the browser
//! (`tests/browser/tests/events.rs`, against web-sys), so a method missing on either side is a
//! compile error in one of the two suites.

use view_core::ev;

/// Reads a click: type, position, button and modifiers.
pub(crate) fn describe_click(event: &ev::MouseEvent) -> String {
    format!(
        "{} at {},{} button {} shift {} alt {}",
        event.type_(),
        event.client_x(),
        event.client_y(),
        event.button(),
        event.shift_key(),
        event.alt_key()
    )
}

/// A keyboard shortcut: `Ctrl+<key>` (`code` names the physical key), not on repeat.
pub(crate) fn shortcut(event: &ev::KeyboardEvent) -> Option<String> {
    (event.ctrl_key() && !event.repeat())
        .then(|| format!("Ctrl+{} ({})", event.key(), event.code()))
}

/// The text an `input` event inserted.
pub(crate) fn inserted(event: &ev::InputEvent) -> String {
    format!(
        "{}:{}",
        event.input_type(),
        event.data().unwrap_or_default()
    )
}

/// How far a wheel event scrolls down.
pub(crate) fn scrolled(event: &ev::WheelEvent) -> f64 {
    event.delta_y()
}
