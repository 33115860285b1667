//! Events of the test renderer: [`Event`], listeners, and [`dispatch`] with the DOM's capture,
//! target and bubble phases.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::event_fields::Fields;
use super::node::{NodeData, TestNode};
use super::{Op, count, log};
use crate::PropertyValue;

/// The phase an event is in while a listener runs (as `Event.eventPhase` in the DOM).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not being dispatched.
    None,
    /// Travelling from the root down to the target's parent (capture listeners).
    Capturing,
    /// At the target (capture listeners first, then the others).
    AtTarget,
    /// Travelling from the target's parent up to the root (non-capture listeners).
    Bubbling,
}

#[derive(Debug)]
struct EventData {
    event_type: String,
    bubbles: bool,
    /// What the event carries beyond its type: key, pointer position, modifiers, … (the
    /// web-sys accessors in `event_fields.rs`).
    fields: Fields,
    default_prevented: Cell<bool>,
    propagation_stopped: Cell<bool>,
    immediate_stopped: Cell<bool>,
    /// Set while [`dispatch`] runs (the DOM's "dispatch flag").
    dispatching: Cell<bool>,
    phase: Cell<Phase>,
    target: RefCell<Option<TestNode>>,
    current_target: RefCell<Option<TestNode>>,
}

/// An event of the test renderer: what listeners receive natively, where every typed event of
/// [`ev`](crate::ev) (`MouseEvent`, `KeyboardEvent`, …) is this type.
///
/// A cheap handle: clones share the same event, so `prevent_default` in one listener is seen by
/// the dispatcher and by later listeners.
///
/// ```
/// use view_core::testing::{Event, TestNode, dispatch};
/// let button = TestNode::element("button");
/// let prevented = dispatch(&button, Event::new("click"));
/// assert!(!prevented);
/// ```
#[derive(Clone, Debug)]
pub struct Event(Rc<EventData>);

/// Events that do not bubble in the DOM (UI Events, HTML, CSSOM View, Pointer Events).
const NON_BUBBLING: &[&str] = &[
    "blur",
    "focus",
    "load",
    "unload",
    "error",
    "abort",
    "scroll",
    "scrollend",
    "resize",
    "mouseenter",
    "mouseleave",
    "pointerenter",
    "pointerleave",
    "invalid",
    "toggle",
    "beforetoggle",
    "loadstart",
    "loadend",
    "loadeddata",
    "loadedmetadata",
    "progress",
    "play",
    "playing",
    "pause",
    "ended",
    "canplay",
    "canplaythrough",
    "durationchange",
    "emptied",
    "ratechange",
    "seeked",
    "seeking",
    "stalled",
    "suspend",
    "timeupdate",
    "volumechange",
    "waiting",
    "cancel",
    "close",
];

/// Whether events called `name` bubble by default (`focus`, `blur`, `mouseenter`, `load`, … do
/// not; unknown and custom events do).
pub fn bubbles_by_default(name: &str) -> bool {
    !NON_BUBBLING.contains(&name)
}

impl Event {
    /// An event of type `name`, bubbling as the DOM's event of that name does (see
    /// [`bubbles_by_default`]).
    pub fn new(name: impl Into<String>) -> Event {
        let event_type = name.into();
        let bubbles = bubbles_by_default(&event_type);
        Event(Rc::new(EventData {
            event_type,
            bubbles,
            fields: Fields::default(),
            default_prevented: Cell::new(false),
            propagation_stopped: Cell::new(false),
            immediate_stopped: Cell::new(false),
            dispatching: Cell::new(false),
            phase: Cell::new(Phase::None),
            target: RefCell::new(None),
            current_target: RefCell::new(None),
        }))
    }

    /// The event an [`ev`](crate::ev) descriptor names, bubbling as its
    /// [`BUBBLES`](crate::ev::EventDescriptor::BUBBLES) says: `Event::of(ev::focus)`.
    pub fn of<E: crate::ev::EventDescriptor>(event: E) -> Event {
        Event::new(event.name().into_owned()).with_bubbles(E::BUBBLES)
    }

    fn map(self, change: impl FnOnce(&mut EventData)) -> Event {
        let mut data = Rc::try_unwrap(self.0).unwrap_or_else(|shared| EventData {
            event_type: shared.event_type.clone(),
            bubbles: shared.bubbles,
            fields: shared.fields.clone(),
            default_prevented: Cell::new(false),
            propagation_stopped: Cell::new(false),
            immediate_stopped: Cell::new(false),
            dispatching: Cell::new(false),
            phase: Cell::new(Phase::None),
            target: RefCell::new(None),
            current_target: RefCell::new(None),
        });
        change(&mut data);
        Event(Rc::new(data))
    }

    /// Sets whether the event bubbles.
    pub fn with_bubbles(self, bubbles: bool) -> Event {
        self.map(|data| data.bubbles = bubbles)
    }

    /// Changes the event's [`Fields`] (what the `with_*` setters in `event_fields.rs` do).
    pub(super) fn map_fields(self, change: impl FnOnce(&mut Fields)) -> Event {
        self.map(|data| change(&mut data.fields))
    }

    /// The event's [`Fields`].
    pub(super) fn fields(&self) -> &Fields {
        &self.0.fields
    }

    /// The event's type (`"click"`).
    pub fn event_type(&self) -> String {
        self.0.event_type.clone()
    }

    /// Whether the event bubbles.
    pub fn bubbles(&self) -> bool {
        self.0.bubbles
    }

    /// Cancels the event's default action; [`dispatch`] then returns `true`.
    pub fn prevent_default(&self) {
        self.0.default_prevented.set(true);
    }

    /// Whether a listener called [`prevent_default`](Self::prevent_default).
    pub fn default_prevented(&self) -> bool {
        self.0.default_prevented.get()
    }

    /// Stops the event after the listeners of the current node have run.
    pub fn stop_propagation(&self) {
        self.0.propagation_stopped.set(true);
    }

    /// Stops the event at once: later listeners, even on this node, do not run.
    pub fn stop_immediate_propagation(&self) {
        self.0.propagation_stopped.set(true);
        self.0.immediate_stopped.set(true);
    }

    /// The node the event was dispatched to.
    pub fn target(&self) -> Option<TestNode> {
        self.0.target.borrow().clone()
    }

    /// The node whose listener is running.
    pub fn current_target(&self) -> Option<TestNode> {
        self.0.current_target.borrow().clone()
    }

    /// The current phase.
    pub fn phase(&self) -> Phase {
        self.0.phase.get()
    }

    /// The target's `value`: its `value` property if set (as `input.value` in the DOM), else its
    /// `value` attribute; a `<select>`'s selected option's ([`TestNode::select_value`]).
    pub fn value(&self) -> Option<String> {
        let target = self.target()?;
        if target.tag().as_deref() == Some("select") {
            return Some(target.select_value());
        }
        match target.property("value") {
            Some(PropertyValue::Str(value)) => Some(value),
            Some(PropertyValue::Number(number)) => Some(number.to_string()),
            Some(PropertyValue::Bool(flag)) => Some(flag.to_string()),
            Some(PropertyValue::Unset) | None => target.attribute("value"),
        }
    }

    /// The target's `checked` property (for checkboxes), `false` when unset.
    pub fn checked(&self) -> bool {
        matches!(
            self.target().and_then(|t| t.property("checked")),
            Some(PropertyValue::Bool(true))
        )
    }
}

/// One listener attached to a node.
pub(crate) struct Listener {
    pub(super) event: String,
    capture: bool,
    removed: Cell<bool>,
    handler: RefCell<Box<dyn FnMut(Event)>>,
    /// Events of nested dispatches that reached this listener while its handler was running:
    /// each runs the handler again as soon as the running call returns.
    nested: RefCell<VecDeque<Event>>,
}

impl std::fmt::Debug for Listener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Listener")
            .field("event", &self.event)
            .field("capture", &self.capture)
            .finish()
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        count(|c| c.live_listeners -= 1);
    }
}

/// Keeps a listener of the test renderer attached; dropping it removes the listener.
#[must_use = "dropping the handle removes the listener"]
pub struct TestListenerHandle {
    node: Weak<RefCell<NodeData>>,
    listener: Weak<Listener>,
}

impl std::fmt::Debug for TestListenerHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestListenerHandle").finish_non_exhaustive()
    }
}

impl Drop for TestListenerHandle {
    fn drop(&mut self) {
        let (Some(node), Some(listener)) = (self.node.upgrade(), self.listener.upgrade()) else {
            return;
        };
        listener.removed.set(true);
        let node = TestNode(node);
        log(Op::RemoveListener {
            node: node.node_id(),
            event: listener.event.clone(),
        });
        count(|c| c.listeners_removed += 1);
        // Take the listener out before dropping it: its handler may own nodes.
        let removed = {
            let mut data = node.0.borrow_mut();
            let index = data.listeners.iter().position(|l| Rc::ptr_eq(l, &listener));
            index.map(|index| data.listeners.remove(index))
        };
        drop(listener);
        drop(removed);
    }
}

pub(super) fn add_listener(
    node: &TestNode,
    name: &str,
    capture: bool,
    handler: Box<dyn FnMut(Event)>,
) -> TestListenerHandle {
    count(|c| {
        c.listeners_added += 1;
        c.live_listeners += 1;
    });
    log(Op::AddListener {
        node: node.node_id(),
        event: name.to_owned(),
        capture,
    });
    let listener = Rc::new(Listener {
        event: name.to_owned(),
        capture,
        removed: Cell::new(false),
        handler: RefCell::new(handler),
        nested: RefCell::new(VecDeque::new()),
    });
    let weak = Rc::downgrade(&listener);
    node.0.borrow_mut().listeners.push(listener);
    TestListenerHandle {
        node: Rc::downgrade(&node.0),
        listener: weak,
    }
}

/// Runs the listeners of `node` that match `event` and `capture` (`None`: all, in order).
fn invoke(node: &TestNode, event: &Event, capture: Option<bool>) {
    let listeners: Vec<Rc<Listener>> = node
        .0
        .borrow()
        .listeners
        .iter()
        .filter(|l| l.event == event.0.event_type && capture.is_none_or(|c| l.capture == c))
        .cloned()
        .collect();
    if listeners.is_empty() {
        return;
    }
    *event.0.current_target.borrow_mut() = Some(node.clone());
    for listener in listeners {
        if event.0.immediate_stopped.get() {
            break;
        }
        if listener.removed.get() {
            continue;
        }
        call(&listener, event.clone());
    }
}

/// Calls `listener`'s handler with `event`. In the DOM a handler that dispatches an event its
/// own listener receives (`el.dispatchEvent(new Event("click"))` inside `on:click`) runs again,
/// nested; a Rust `FnMut` cannot be re-entered, so the nested call is queued and runs as soon as
/// the running call returns, once for each nested event (the DOM renderer does the same). It is
/// not skipped: a handler guarded to recurse once runs twice, as in JavaScript.
fn call(listener: &Listener, event: Event) {
    let Ok(mut handler) = listener.handler.try_borrow_mut() else {
        listener.nested.borrow_mut().push_back(event);
        return;
    };
    handler(event);
    loop {
        let next = listener.nested.borrow_mut().pop_front();
        match next {
            Some(nested) if !listener.removed.get() => handler(nested),
            Some(_) => {}
            None => break,
        }
    }
}

/// Dispatches `event` to `target`: capture listeners from the root down, the target's own
/// listeners (capture first), then — if the event bubbles — non-capture listeners up to the root.
/// `stop_propagation` ends the walk after the current node; `stop_immediate_propagation` at once.
///
/// Returns `true` when a listener called `prevent_default` (the DOM's `dispatchEvent` returns
/// the negation).
///
/// A listener may dispatch other events, even new events of its own type to its own node (see
/// the [module docs](super)); when the dispatch ends the event's propagation flags are cleared,
/// so it can be dispatched again.
///
/// # Panics
/// With `InvalidStateError`, as `dispatchEvent` throws, when `event` is being dispatched
/// already (a listener passing the event it received to `dispatch`).
pub fn dispatch(target: &TestNode, event: Event) -> bool {
    if event.0.dispatching.replace(true) {
        super::dom_error(
            "InvalidStateError",
            format_args!(
                "dispatch: the event is already being dispatched (`{}` to #{})",
                event.0.event_type,
                target.node_id()
            ),
        );
    }
    let mut path = vec![target.clone()];
    while let Some(parent) = path.last().and_then(TestNode::parent) {
        path.push(parent);
    }
    *event.0.target.borrow_mut() = Some(target.clone());
    let stopped = || event.0.propagation_stopped.get();

    event.0.phase.set(Phase::Capturing);
    for node in path[1..].iter().rev() {
        if stopped() {
            break;
        }
        invoke(node, &event, Some(true));
    }
    if !stopped() {
        event.0.phase.set(Phase::AtTarget);
        invoke(target, &event, Some(true));
        if !stopped() {
            invoke(target, &event, Some(false));
        }
    }
    if event.0.bubbles {
        event.0.phase.set(Phase::Bubbling);
        for node in &path[1..] {
            if stopped() {
                break;
            }
            invoke(node, &event, Some(false));
        }
    }
    event.0.phase.set(Phase::None);
    *event.0.current_target.borrow_mut() = None;
    // DOM § 2.9 "dispatch", last step: unset the dispatch and stop-propagation flags.
    event.0.dispatching.set(false);
    event.0.propagation_stopped.set(false);
    event.0.immediate_stopped.set(false);
    event.default_prevented()
}

/// Fires a `click` at `node`; returns whether a listener prevented the default.
pub fn click(node: &TestNode) -> bool {
    dispatch(node, Event::new("click"))
}

/// Fires a `dblclick` at `node`; returns whether a listener prevented the default.
pub fn double_click(node: &TestNode) -> bool {
    dispatch(node, Event::new("dblclick"))
}

/// Types into an input: sets its `value` property to `value` (as the user would, so not
/// counted as a renderer operation) and fires `input`.
pub fn set_input_value(node: &TestNode, value: &str) -> bool {
    node.set_property("value", PropertyValue::Str(value.to_owned()));
    dispatch(node, Event::new("input"))
}

/// Ticks a checkbox: sets its `checked` property and fires `input` and `change`.
pub fn set_checked(node: &TestNode, checked: bool) -> bool {
    node.set_property("checked", PropertyValue::Bool(checked));
    let input = dispatch(node, Event::new("input"));
    dispatch(node, Event::new("change")) || input
}

/// Fires `change` at `node`.
pub fn change(node: &TestNode) -> bool {
    dispatch(node, Event::new("change"))
}

/// Fires `keydown` with `key` (`"Enter"`, `"Escape"`, `"a"`) at `node`.
pub fn key_down(node: &TestNode, key: &str) -> bool {
    dispatch(node, Event::new("keydown").with_key(key))
}

/// Fires `keyup` with `key` at `node`.
pub fn key_up(node: &TestNode, key: &str) -> bool {
    dispatch(node, Event::new("keyup").with_key(key))
}

/// Fires `focus` (does not bubble) and `focusin` (bubbles) at `node`.
pub fn focus(node: &TestNode) -> bool {
    let focus = dispatch(node, Event::new("focus"));
    dispatch(node, Event::new("focusin")) || focus
}

/// Fires `blur` (does not bubble) and `focusout` (bubbles) at `node`.
pub fn blur(node: &TestNode) -> bool {
    let blur = dispatch(node, Event::new("blur"));
    dispatch(node, Event::new("focusout")) || blur
}

/// Fires `submit` at a form.
pub fn submit(node: &TestNode) -> bool {
    dispatch(node, Event::new("submit"))
}
