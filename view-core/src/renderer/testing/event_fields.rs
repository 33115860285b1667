//! What a test [`Event`] carries beyond its type, read with the **web-sys method names and
//! signatures** (`key() -> String`, `client_x() -> i32`, `shift_key() -> bool`, …).
//!
//! Natively every typed event of [`ev`](crate::ev) is the test renderer's [`Event`]; in the
//! browser it is the web-sys type. Giving the test event the same accessors is what lets a
//! handler that reads the event compile for both targets unchanged:
//!
//! ```
//! use view_core::prelude::*;
//!
//! // The same source compiles against `web_sys::KeyboardEvent` in the browser.
//! fn shortcut(event: &ev::KeyboardEvent) -> Option<String> {
//!     (event.ctrl_key() && !event.repeat()).then(|| format!("Ctrl+{}", event.key()))
//! }
//!
//! let event = view_core::testing::Event::new("keydown").with_key("s").with_ctrl_key(true);
//! assert_eq!(shortcut(&event).as_deref(), Some("Ctrl+s"));
//! ```
//!
//! Accessors whose web-sys result is a DOM object (`target()`, `current_target()`,
//! `related_target()`, `data_transfer()`) cannot share a type across targets; read the
//! target with [`event_target_value`](crate::ev::event_target_value),
//! [`event_target_checked`](crate::ev::event_target_checked) or an `on:…:target` handler
//! instead, as in Leptos.

use super::Event;

/// The fields of a test event; all default to what a synthetic DOM event has (zeros, `false`,
/// empty strings).
#[derive(Clone, Debug, Default)]
pub(crate) struct Fields {
    key: String,
    key_code: Option<u32>,
    code: String,
    repeat: bool,
    alt_key: bool,
    ctrl_key: bool,
    shift_key: bool,
    meta_key: bool,
    client: (i32, i32),
    button: i16,
    buttons: u16,
    detail: i32,
    data: Option<String>,
    input_type: String,
    delta: (f64, f64, f64),
}

macro_rules! accessors {
    ($($(#[$doc:meta])* $name:ident: $ty:ty = |$fields:ident| $read:expr;)*) => {
        $(
            $(#[$doc])*
            pub fn $name(&self) -> $ty {
                let $fields = self.fields();
                $read
            }
        )*
    };
}

macro_rules! setters {
    ($($(#[$doc:meta])* $name:ident($value:ident: $ty:ty) => |$fields:ident| $write:expr;)*) => {
        $(
            $(#[$doc])*
            #[must_use = "the setter returns the changed event"]
            pub fn $name(self, $value: $ty) -> Event {
                self.map_fields(|$fields| $write)
            }
        )*
    };
}

/// web-sys accessors (`Event`, `UIEvent`, `KeyboardEvent`, `MouseEvent`, `InputEvent`,
/// `WheelEvent`), with web-sys's names and return types.
impl Event {
    /// `Event.type` (web-sys `type_()`): the event's type, as [`event_type`](Self::event_type).
    pub fn type_(&self) -> String {
        self.event_type()
    }

    accessors! {
        /// `KeyboardEvent.key`: `"Enter"`, `"a"`, `"Escape"`; empty for other events.
        key: String = |fields| fields.key.clone();
        /// `KeyboardEvent.keyCode` (legacy, as Leptos's TodoMVC reads it): the one set with
        /// `with_key_code`, else the browser's code for `key` (`"Enter"` 13, `"Escape"` 27,
        /// letters their upper-case ASCII code, digits theirs; 0 for other keys).
        key_code: u32 = |fields| fields.key_code.unwrap_or_else(|| legacy_key_code(&fields.key));
        /// `KeyboardEvent.code`: the physical key (`"KeyA"`, `"Enter"`).
        code: String = |fields| fields.code.clone();
        /// `KeyboardEvent.repeat`: the key is held down.
        repeat: bool = |fields| fields.repeat;
        /// `altKey` of a keyboard or mouse event.
        alt_key: bool = |fields| fields.alt_key;
        /// `ctrlKey` of a keyboard or mouse event.
        ctrl_key: bool = |fields| fields.ctrl_key;
        /// `shiftKey` of a keyboard or mouse event.
        shift_key: bool = |fields| fields.shift_key;
        /// `metaKey` of a keyboard or mouse event.
        meta_key: bool = |fields| fields.meta_key;
        /// `MouseEvent.clientX`.
        client_x: i32 = |fields| fields.client.0;
        /// `MouseEvent.clientY`.
        client_y: i32 = |fields| fields.client.1;
        /// `MouseEvent.pageX` (the test renderer does not scroll: the client position).
        page_x: i32 = |fields| fields.client.0;
        /// `MouseEvent.pageY` (the client position).
        page_y: i32 = |fields| fields.client.1;
        /// `MouseEvent.button`: 0 main, 1 auxiliary, 2 secondary.
        button: i16 = |fields| fields.button;
        /// `MouseEvent.buttons`: the pressed buttons as a bit mask.
        buttons: u16 = |fields| fields.buttons;
        /// `UIEvent.detail`: the click count of a click.
        detail: i32 = |fields| fields.detail;
        /// `InputEvent.data`: the inserted text, if any.
        data: Option<String> = |fields| fields.data.clone();
        /// `InputEvent.inputType` (`"insertText"`, `"deleteContentBackward"`).
        input_type: String = |fields| fields.input_type.clone();
        /// `WheelEvent.deltaX`.
        delta_x: f64 = |fields| fields.delta.0;
        /// `WheelEvent.deltaY`.
        delta_y: f64 = |fields| fields.delta.1;
        /// `WheelEvent.deltaZ`.
        delta_z: f64 = |fields| fields.delta.2;
    }

    setters! {
        /// Sets the key of a keyboard event (`"Enter"`, `"a"`, `"Escape"`).
        with_key(key: impl Into<String>) => |fields| fields.key = key.into();
        /// Sets the legacy `keyCode` of a keyboard event (by default derived from the key).
        with_key_code(key_code: u32) => |fields| fields.key_code = Some(key_code);
        /// Sets the physical key of a keyboard event (`"KeyA"`).
        with_code(code: impl Into<String>) => |fields| fields.code = code.into();
        /// Sets whether the key is held down.
        with_repeat(repeat: bool) => |fields| fields.repeat = repeat;
        /// Sets `altKey`.
        with_alt_key(pressed: bool) => |fields| fields.alt_key = pressed;
        /// Sets `ctrlKey`.
        with_ctrl_key(pressed: bool) => |fields| fields.ctrl_key = pressed;
        /// Sets `shiftKey`.
        with_shift_key(pressed: bool) => |fields| fields.shift_key = pressed;
        /// Sets `metaKey`.
        with_meta_key(pressed: bool) => |fields| fields.meta_key = pressed;
        /// Sets the pointer position (`clientX`, `clientY`).
        with_client(position: (i32, i32)) => |fields| fields.client = position;
        /// Sets the mouse button (`button`) and the pressed buttons (`buttons`).
        with_button(button: i16) => |fields| {
            fields.button = button;
            fields.buttons = match button {
                0 => 1,
                1 => 4,
                2 => 2,
                _ => 0,
            };
        };
        /// Sets `detail` (the click count).
        with_detail(detail: i32) => |fields| fields.detail = detail;
        /// Sets `InputEvent.data`.
        with_data(data: impl Into<String>) => |fields| fields.data = Some(data.into());
        /// Sets `InputEvent.inputType`.
        with_input_type(input_type: impl Into<String>) => |fields| fields.input_type = input_type.into();
        /// Sets the wheel deltas (`deltaX`, `deltaY`, `deltaZ`).
        with_delta(delta: (f64, f64, f64)) => |fields| fields.delta = delta;
    }
}

/// The legacy `keyCode` browsers give a `key` (the common keys; 0 for the others).
fn legacy_key_code(key: &str) -> u32 {
    match key {
        "Backspace" => 8,
        "Tab" => 9,
        "Enter" => 13,
        "Shift" => 16,
        "Control" => 17,
        "Alt" => 18,
        "Escape" => 27,
        " " => 32,
        "ArrowLeft" => 37,
        "ArrowUp" => 38,
        "ArrowRight" => 39,
        "ArrowDown" => 40,
        "Delete" => 46,
        _ => match key.as_bytes() {
            [byte] if byte.is_ascii_alphanumeric() => u32::from(byte.to_ascii_uppercase()),
            _ => 0,
        },
    }
}
