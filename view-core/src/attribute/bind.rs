//! Two-way bindings ([`Bind`], `bind:value` and `bind:checked` in `view!`): a signal that sets a
//! DOM property and is set back by the element's events.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Attribute, RenderAttribute};
use crate::escape::{Context, escape_attr_into, escape_text_into, escaped_len};
use crate::reactive::{EffectHandle, create_effect};
use crate::{ElementType, HtmlElement, NextTuple, PropertyValue, Renderer};

/// A signal a [`Bind`] reads and writes: `RwSignal<T>` or a `(ReadSignal<T>, WriteSignal<T>)`
/// pair (implemented with the `reactive_graph` feature).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be bound as a `{T}`",
    label = "not an `RwSignal<{T}>` or a `(ReadSignal<{T}>, WriteSignal<{T}>)` pair",
    note = "`bind:value` binds a `String` signal and `bind:checked` a `bool` signal; for other types, pair `prop:value` with an `on:input` handler"
)]
pub trait BindSignal<T>: Clone + 'static {
    /// The current value, tracked (the binding's effect re-runs when it changes).
    fn get_tracked(&self) -> T;
    /// The current value, untracked (for HTML).
    fn get_untracked_value(&self) -> T;
    /// Sets the value (after an `input` or `change` event).
    fn set_value(&self, value: T);
}

/// What a [`Bind`] binds: the DOM property, the event that updates the signal, and the HTML the
/// server writes. [`BindValue`] and [`BindChecked`].
pub trait BindProperty: Copy + 'static {
    /// The signal's value type.
    type Value: 'static;
    /// The DOM property (`value`, `checked`).
    const PROPERTY: &'static str;
    /// The event after which the property is read back (`input`, `change`).
    const EVENT: &'static str;
    /// Bytes [`write_html`](Self::write_html) appends.
    fn html_len(value: &Self::Value) -> usize;
    /// Appends the initial attribute (` value="…"`, ` checked`).
    fn write_html(value: &Self::Value, buf: &mut String);
    /// The property to set.
    fn to_property(value: Self::Value) -> PropertyValue;
    /// The value read back from the property.
    fn from_property(value: PropertyValue) -> Self::Value;
    /// Bytes [`write_content`](Self::write_content) appends.
    fn content_len(_value: &Self::Value) -> usize {
        0
    }
    /// Appends the initial content of a `<textarea>`, whose value is its text, not an
    /// attribute.
    fn write_content(_value: &Self::Value, _buf: &mut String) {}
}

/// `bind:value`: a `String` signal and the `value` property, read back on `input`.
#[derive(Clone, Copy, Debug, Default)]
pub struct BindValue;

impl BindProperty for BindValue {
    type Value = String;
    const PROPERTY: &'static str = "value";
    const EVENT: &'static str = "input";
    fn html_len(value: &String) -> usize {
        " value=\"\"".len() + escaped_len(value, Context::Attribute)
    }
    fn write_html(value: &String, buf: &mut String) {
        buf.push_str(" value=\"");
        escape_attr_into(buf, value);
        buf.push('"');
    }
    fn content_len(value: &String) -> usize {
        escaped_len(value, Context::Text)
    }
    fn write_content(value: &String, buf: &mut String) {
        escape_text_into(buf, value)
    }
    fn to_property(value: String) -> PropertyValue {
        PropertyValue::Str(value)
    }
    fn from_property(value: PropertyValue) -> String {
        match value {
            PropertyValue::Str(text) => text,
            PropertyValue::Number(number) => number.to_string(),
            PropertyValue::Bool(flag) => flag.to_string(),
            PropertyValue::Unset => String::new(),
        }
    }
}

/// `bind:checked`: a `bool` signal and the `checked` property, read back on `change`.
#[derive(Clone, Copy, Debug, Default)]
pub struct BindChecked;

impl BindProperty for BindChecked {
    type Value = bool;
    const PROPERTY: &'static str = "checked";
    const EVENT: &'static str = "change";
    fn html_len(value: &bool) -> usize {
        if *value { " checked".len() } else { 0 }
    }
    fn write_html(value: &bool, buf: &mut String) {
        if *value {
            buf.push_str(" checked");
        }
    }
    fn to_property(value: bool) -> PropertyValue {
        PropertyValue::Bool(value)
    }
    fn from_property(value: PropertyValue) -> bool {
        matches!(value, PropertyValue::Bool(true))
    }
}

/// A two-way binding: writes the signal's value as the initial attribute in HTML; on a live
/// element, sets the property whenever the signal changes and sets the signal from the
/// property after each [`EVENT`](BindProperty::EVENT). Made by [`HtmlElement::bind_value`] and
/// [`HtmlElement::bind_checked`].
#[derive(Clone, Debug)]
pub struct Bind<P, S> {
    property: P,
    signal: S,
    /// Which element it binds.
    target: Target,
}

/// The element a [`Bind`] is on, where that changes what it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// `<input>` or a custom element.
    Other,
    /// A `<textarea>`: HTML writes the value as the content, not as an attribute.
    Textarea,
    /// A `<select>`: HTML has no `value` attribute on it, so the server writes nothing (as
    /// Leptos 0.8 does); the value is set once the options exist, on mounting and on
    /// hydration (a value no option has is ignored by the browser).
    Select,
}

impl<P: BindProperty, S: BindSignal<P::Value>> Attribute for Bind<P, S> {
    const HAS_INNER_HTML: bool = true;
    fn html_len(&self) -> usize {
        match self.target {
            Target::Other => P::html_len(&self.signal.get_untracked_value()),
            Target::Textarea | Target::Select => 0,
        }
    }
    fn write_html(&self, buf: &mut String) {
        match self.target {
            Target::Other => P::write_html(&self.signal.get_untracked_value(), buf),
            Target::Textarea | Target::Select => {}
        }
    }
    fn inner_html_len(&self) -> usize {
        if self.target == Target::Textarea {
            P::content_len(&self.signal.get_untracked_value())
        } else {
            0
        }
    }
    fn write_inner_html(&self, buf: &mut String) {
        if self.target == Target::Textarea {
            P::write_content(&self.signal.get_untracked_value(), buf)
        }
    }
}

/// Retained state of a [`Bind`]: the effect setting the property and the listener setting the
/// signal; dropping it stops both.
pub struct BindState<R: Renderer> {
    /// The value last set, kept to set it again once a `<select>`'s options exist.
    current: Option<Rc<RefCell<PropertyValue>>>,
    _effect: EffectHandle,
    _listener: R::ListenerHandle,
}

impl<R: Renderer, P: BindProperty, S: BindSignal<P::Value>> RenderAttribute<R> for Bind<P, S> {
    type State = BindState<R>;
    fn build(self, element: &R::Element) -> Self::State {
        let _ = self.property;
        let current =
            (self.target == Target::Select).then(|| Rc::new(RefCell::new(PropertyValue::Unset)));
        let effect = {
            let (element, signal, current) =
                (element.clone(), self.signal.clone(), current.clone());
            create_effect(move || {
                let value = P::to_property(signal.get_tracked());
                R::set_property(&element, P::PROPERTY, &value);
                if let Some(current) = &current {
                    *current.borrow_mut() = value;
                }
            })
        };
        let listener = {
            let (target, signal) = (element.clone(), self.signal);
            R::add_listener(
                element,
                P::EVENT,
                false,
                Box::new(move |_| {
                    signal.set_value(P::from_property(R::get_property(&target, P::PROPERTY)))
                }),
            )
        };
        BindState {
            current,
            _effect: effect,
            _listener: listener,
        }
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        *state = self.build(element);
    }
    fn children_built(element: &R::Element, state: &mut Self::State) {
        if let Some(current) = &state.current {
            R::set_property(element, P::PROPERTY, &current.borrow());
        }
    }
    /// A bound `<textarea>` wrote its text as the content.
    fn writes_content(&self) -> bool {
        self.target == Target::Textarea && P::content_len(&self.signal.get_untracked_value()) > 0
    }
}

impl<E: ElementType, A: NextTuple, C> HtmlElement<E, A, C> {
    /// Binds the `value` of an `<input>`, `<textarea>` or `<select>` to a `String` signal, both
    /// ways (`bind:value=signal` in `view!`, as in Leptos): the signal sets the property, and
    /// each `input` event sets the signal. In HTML: the initial `value` attribute (a
    /// `<textarea>`'s initial text; nothing on a `<select>`, which has no `value` attribute:
    /// its value is set on mounting and hydration, once its options exist, as in Leptos 0.8).
    ///
    /// ```
    /// use view_core::prelude::*;
    /// use view_core::html::input;
    /// use view_core::testing::{self, TestNode, TestRenderer};
    ///
    /// let name = RwSignal::new("Ada".to_owned());
    /// assert_eq!(input().bind_value(name).to_html(), r#"<input value="Ada">"#);
    /// let root = TestNode::element("main");
    /// let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || input().bind_value(name));
    /// testing::set_input_value(&root.expect("input"), "Grace");
    /// assert_eq!(name.get_untracked(), "Grace");
    /// ```
    pub fn bind_value<S: BindSignal<String>>(
        self,
        signal: S,
    ) -> HtmlElement<E, A::Next<Bind<BindValue, S>>, C> {
        let target = match (E::NAMESPACE, self.tag.tag()) {
            (crate::Namespace::Html, "textarea") => Target::Textarea,
            (crate::Namespace::Html, "select") => Target::Select,
            _ => Target::Other,
        };
        self.with(Bind {
            property: BindValue,
            signal,
            target,
        })
    }

    /// Binds the `checked` state of a checkbox to a `bool` signal, both ways
    /// (`bind:checked=signal`): the signal sets the property, and each `change` event sets the
    /// signal. In HTML: `checked` when the signal is `true`.
    ///
    /// ```
    /// use view_core::prelude::*;
    /// use view_core::html::input;
    /// use view_core::testing::{self, TestNode, TestRenderer};
    ///
    /// let (done, set_done) = signal(true);
    /// let checkbox = move || input().r#type("checkbox").bind_checked((done, set_done));
    /// assert_eq!(checkbox().to_html(), r#"<input type="checkbox" checked>"#);
    /// let root = TestNode::element("main");
    /// let _handle = view_core::mount_on::<TestRenderer, _>(&root, checkbox);
    /// testing::set_checked(&root.expect("input"), false);
    /// assert!(!done.get_untracked());
    /// ```
    pub fn bind_checked<S: BindSignal<bool>>(
        self,
        signal: S,
    ) -> HtmlElement<E, A::Next<Bind<BindChecked, S>>, C> {
        self.with(Bind {
            property: BindChecked,
            signal,
            target: Target::Other,
        })
    }
}
