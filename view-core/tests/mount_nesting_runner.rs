//! A runner that runs effects synchronously and re-entrantly (an effect notified while another
//! runs runs at once, inside the write): the view's own states must not panic when a view being
//! built writes a value an enclosing view reads (issue 11, item 5, for runners other than
//! `reactive_graph`'s, which queues such runs).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use view_core::html::{div, li, span, ul};
use view_core::prelude::*;
use view_core::reactive::{EffectHandle, EffectRunner, set_effect_runner};
use view_core::testing::{self, TestNode, TestRenderer};

struct Subscriber {
    run: RefCell<Box<dyn FnMut()>>,
}

thread_local! {
    static CURRENT: RefCell<Option<Weak<Subscriber>>> = const { RefCell::new(None) };
}

impl Subscriber {
    fn run(self: &Rc<Self>) {
        let previous = CURRENT.with(|current| current.replace(Some(Rc::downgrade(self))));
        if let Ok(mut run) = self.run.try_borrow_mut() {
            run();
        }
        CURRENT.with(|current| *current.borrow_mut() = previous);
    }
}

/// The effects that read a value.
type Subscribers = RefCell<Vec<Weak<Subscriber>>>;

/// A value that runs the effects that read it, at once, when it changes.
#[derive(Clone)]
struct Value<T>(Rc<(RefCell<T>, Subscribers)>);

impl<T: Clone + PartialEq> Value<T> {
    fn new(value: T) -> Self {
        Value(Rc::new((RefCell::new(value), RefCell::new(Vec::new()))))
    }
    fn get(&self) -> T {
        if let Some(current) = CURRENT.with(|current| current.borrow().clone()) {
            self.0.1.borrow_mut().push(current);
        }
        self.get_untracked()
    }
    fn get_untracked(&self) -> T {
        self.0.0.borrow().clone()
    }
    fn set(&self, value: T) {
        if *self.0.0.borrow() == value {
            return;
        }
        *self.0.0.borrow_mut() = value;
        let subscribers: Vec<Rc<Subscriber>> =
            self.0.1.borrow().iter().filter_map(Weak::upgrade).collect();
        for subscriber in subscribers {
            subscriber.run();
        }
    }
}

struct NestingRunner;

impl EffectRunner for NestingRunner {
    fn create_effect(&self, effect: Box<dyn FnMut()>) -> EffectHandle {
        let subscriber = Rc::new(Subscriber {
            run: RefCell::new(effect),
        });
        subscriber.run();
        EffectHandle::new(subscriber)
    }
}

/// Regression: the enclosing closure's effect ran inside the write and replaced the inner
/// closure's effect, whose first run borrowed the state the inner closure's run held
/// (`already borrowed` in `reactive/state.rs`). The nested run's value is now applied by the
/// holding run.
#[test]
fn a_nesting_runner_rebuilding_a_closure_being_built_does_not_panic() {
    set_effect_runner(&NestingRunner);
    let baseline = testing::counters().live_effects;
    let reported = Value::new(0u32);
    let value = Value::new(1u32);
    let root = TestNode::element("main");
    let (shown, inner) = (reported.clone(), value.clone());
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let (reported, inner) = (shown.clone(), inner.clone());
            div().child((shown.get(), move || {
                let value = inner.get();
                let reported = reported.clone();
                span().child(move || {
                    reported.set(value);
                    value
                })
            }))
        }
    });
    // (At mount the enclosing closure is running when the write happens: this runner skips a
    // run of a running effect, so it shows the value it read.)
    value.set(5);
    assert_eq!(root.expect("div").text_content(), "55");
    assert_eq!(reported.get_untracked(), 5);
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}

/// Regression: the enclosing closure's effect ran inside a row's write and rebuilt the list,
/// whose new effect borrowed the rows the running effect held (`already borrowed` in
/// `keyed.rs`). The holding run now reads `each` again before it lets go.
#[test]
fn a_nesting_runner_rebuilding_a_list_being_built_does_not_panic() {
    set_effect_runner(&NestingRunner);
    let baseline = testing::counters().live_effects;
    let last = Value::new(0u32);
    let items = Value::new(vec![1u32, 2]);
    let root = TestNode::element("main");
    let (shown, list) = (last.clone(), items.clone());
    let handle = mount_on::<TestRenderer, _>(&root, move || {
        move || {
            let (last, list) = (shown.clone(), list.clone());
            div().child((
                shown.get(),
                ul().child(for_each(
                    move || list.get(),
                    |n| *n,
                    move |n| {
                        last.set(n);
                        li().child(n)
                    },
                )),
            ))
        }
    });
    items.set(vec![1, 2, 3]);
    assert_eq!(root.expect("div").text_content(), "3123");
    drop(handle);
    assert_eq!(testing::counters().live_effects, baseline);
}
