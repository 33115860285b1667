//! A second reactive system for view-core, in ~100 lines: [`Observable`] values and the
//! [`ObservableRunner`] that re-runs view effects when an observable they read changes.
//!
//! Nothing here touches view-core's internals: the runner implements
//! [`view_core::reactive::EffectRunner`] and is installed with
//! [`view_core::reactive::set_effect_runner`]. Closures reading observables then work as
//! reactive children, attribute values and class toggles, exactly as signals do.
//!
//! ```
//! use custom_reactive::{Observable, install};
//! use view_core::html::p;
//! use view_core::testing::{TestNode, TestRenderer};
//!
//! install();
//! let count = Observable::new(1);
//! let root = TestNode::element("main");
//! let c = count.clone();
//! let _handle = view_core::mount_on::<TestRenderer, _>(&root, move || p().child(move || c.get()));
//! count.set(2);
//! assert_eq!(root.inner_html(), "<p>2</p>");
//! ```

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use view_core::reactive::{EffectHandle, EffectRunner, set_effect_runner};

/// A running computation that observables notify.
struct Subscriber {
    run: RefCell<Box<dyn FnMut()>>,
}

thread_local! {
    /// The subscriber currently running, which observables read from register.
    static CURRENT: RefCell<Option<Weak<Subscriber>>> = const { RefCell::new(None) };
}

impl Subscriber {
    /// Runs the computation with itself as the current subscriber.
    fn run(self: &Rc<Self>) {
        let previous = CURRENT.with(|current| current.replace(Some(Rc::downgrade(self))));
        // A computation that sets an observable it reads is not re-entered.
        if let Ok(mut run) = self.run.try_borrow_mut() {
            run();
        }
        CURRENT.with(|current| *current.borrow_mut() = previous);
    }
}

struct Inner<T> {
    value: RefCell<T>,
    subscribers: RefCell<Vec<Weak<Subscriber>>>,
}

/// A value that notifies the computations that read it when it is set.
///
/// Cloning shares the value.
pub struct Observable<T>(Rc<Inner<T>>);

impl<T> Clone for Observable<T> {
    fn clone(&self) -> Self {
        Observable(self.0.clone())
    }
}

impl<T: Clone + PartialEq + 'static> Observable<T> {
    /// An observable holding `value`.
    pub fn new(value: T) -> Self {
        Observable(Rc::new(Inner {
            value: RefCell::new(value),
            subscribers: RefCell::new(Vec::new()),
        }))
    }

    /// The current value; inside a running computation, subscribes it.
    pub fn get(&self) -> T {
        if let Some(current) = CURRENT.with(|current| current.borrow().clone()) {
            let mut subscribers = self.0.subscribers.borrow_mut();
            if !subscribers.iter().any(|s| s.ptr_eq(&current)) {
                subscribers.push(current);
            }
        }
        self.0.value.borrow().clone()
    }

    /// Sets the value and, if it changed, re-runs the live computations that read it.
    pub fn set(&self, value: T) {
        if *self.0.value.borrow() == value {
            return;
        }
        *self.0.value.borrow_mut() = value;
        let subscribers: Vec<Rc<Subscriber>> = {
            let mut subscribers = self.0.subscribers.borrow_mut();
            subscribers.retain(|s| s.strong_count() > 0);
            subscribers.iter().filter_map(Weak::upgrade).collect()
        };
        for subscriber in subscribers {
            subscriber.run();
        }
    }

    /// Sets the value from the current one.
    pub fn update(&self, change: impl FnOnce(&mut T)) {
        let mut value = self.0.value.borrow().clone();
        change(&mut value);
        self.set(value);
    }

    /// How many live computations read this observable (dropped ones are not counted).
    pub fn subscriber_count(&self) -> usize {
        self.0
            .subscribers
            .borrow()
            .iter()
            .filter(|s| s.strong_count() > 0)
            .count()
    }
}

/// The [`EffectRunner`] for [`Observable`]s: runs each effect now and whenever an observable it
/// read is set, until view-core drops the returned [`EffectHandle`].
#[derive(Clone, Copy, Debug, Default)]
pub struct ObservableRunner;

impl EffectRunner for ObservableRunner {
    fn create_effect(&self, effect: Box<dyn FnMut()>) -> EffectHandle {
        let subscriber = Rc::new(Subscriber {
            run: RefCell::new(effect),
        });
        subscriber.run();
        // Observables hold only weak references: dropping the effect stops it.
        EffectHandle::new(subscriber)
    }
}

/// Installs the [`ObservableRunner`] for this thread.
pub fn install() {
    set_effect_runner(&ObservableRunner);
}
