//! The view runtime's effect on `reactive_graph`: a small synchronous subscriber written for
//! views, used by [`ReactiveGraphRunner`](super::ReactiveGraphRunner) instead of
//! `ImmediateEffect`.
//!
//! It behaves like `ImmediateEffect` for views (runs at once, then synchronously whenever a
//! source changes; memos are checked before re-running; signals created during a run are
//! disposed before the next run) but keeps only what views need, which matters for wasm size:
//! - no recursion bookkeeping: a view effect is never re-entered while it runs (a write to a
//!   signal it reads, from inside the run, makes it run again after the current run);
//! - no thread ids and no `Send` wrapper: the graph only requires its subscribers to be
//!   `Send + Sync`, so the node holds a slot number and the closure (which holds `Rc` DOM
//!   nodes) stays in a thread-local table of the UI thread;
//! - no `format!`-based warning (`ImmediateEffect`'s excessive-recursion warning links all of
//!   `core::fmt` into every app);
//! - not part of `reactive_graph`'s effect `batch`: view effects run as soon as a source
//!   changes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock, Weak};

use ::reactive_graph::graph::{
    AnySource, AnySubscriber, ReactiveNode, ReactiveNodeState, Source, Subscriber, WithObserver,
};
use ::reactive_graph::owner::Owner;

type EffectFn = Rc<RefCell<Box<dyn FnMut()>>>;

/// The closures of the live view effects on this thread, by slot, and the free slots.
struct Table {
    slots: Vec<Option<EffectFn>>,
    free: Vec<usize>,
}

thread_local! {
    static TABLE: RefCell<Table> = const {
        RefCell::new(Table {
            slots: Vec::new(),
            free: Vec::new(),
        })
    };
}

thread_local! {
    /// This thread's number (0 until first asked), so a node can tell its own thread's table.
    static THREAD: Cell<usize> = const { Cell::new(0) };
}

/// The number of the current thread: unique for the life of the process.
fn thread_number() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    THREAD.with(|thread| {
        if thread.get() == 0 {
            thread.set(NEXT.fetch_add(1, Ordering::Relaxed));
        }
        thread.get()
    })
}

/// The graph node: `Send + Sync` because it holds no closure, only its thread and slot.
struct Node {
    /// The thread whose table holds the closure (slots are per thread).
    thread: usize,
    slot: usize,
    owner: Owner,
    inner: RwLock<Inner>,
}

struct Inner {
    state: ReactiveNodeState,
    /// The sources read by the last run: a `Vec` with a linear duplicate check (smaller code
    /// than a hash set; a view effect reads few sources, so the check stays short).
    sources: Vec<AnySource>,
    /// This node as a subscriber (a weak reference to itself).
    me: AnySubscriber,
}

/// Reads or writes the lock; a poisoned lock (a panicking effect) is used as it is, since
/// wasm32 aborts on panic anyway.
fn read(lock: &RwLock<Inner>) -> std::sync::RwLockReadGuard<'_, Inner> {
    lock.read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn write(lock: &RwLock<Inner>) -> std::sync::RwLockWriteGuard<'_, Inner> {
    lock.write()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Node {
    /// Runs the closure, tracking what it reads. A change while it runs (the effect wrote a
    /// signal it reads) does not re-enter it: the run is marked dirty and repeated once the
    /// current one returns, so the effect stays subscribed and shows the final value.
    ///
    /// # Panics
    /// If a source changes on another thread than the one that created the effect: views live
    /// on one thread, so a signal a view reads must be written on that thread.
    fn run(&self) {
        assert!(
            thread_number() == self.thread,
            "a view effect was notified from another thread: write the signals views read on the view's thread"
        );
        let effect = TABLE.try_with(|table| table.borrow().slots[self.slot].clone());
        let Ok(Some(effect)) = effect else {
            return; // disposed (or the thread is exiting)
        };
        let Ok(mut effect) = effect.try_borrow_mut() else {
            write(&self.inner).state = ReactiveNodeState::Dirty;
            return;
        };
        loop {
            let me = {
                let mut inner = write(&self.inner);
                inner.state = ReactiveNodeState::Clean;
                inner.me.clone()
            };
            self.clear_sources(&me);
            self.owner.with_cleanup(|| me.with_observer(&mut *effect));
            if read(&self.inner).state != ReactiveNodeState::Dirty {
                break;
            }
        }
    }
}

impl ReactiveNode for Node {
    fn mark_dirty(&self) {
        write(&self.inner).state = ReactiveNodeState::Dirty;
        self.update_if_necessary();
    }

    fn mark_check(&self) {
        let me = {
            let mut inner = write(&self.inner);
            inner.state = ReactiveNodeState::Check;
            inner.me.clone()
        };
        me.with_observer(|| self.update_if_necessary());
    }

    fn mark_subscribers_check(&self) {}

    fn update_if_necessary(&self) -> bool {
        if self.owner.paused() {
            return false;
        }
        let state = read(&self.inner).state;
        let needs_update = match state {
            ReactiveNodeState::Clean => false,
            ReactiveNodeState::Dirty => true,
            ReactiveNodeState::Check => {
                let sources = read(&self.inner).sources.clone();
                sources
                    .into_iter()
                    .any(|source| source.update_if_necessary())
            }
        };
        if needs_update {
            self.run();
        } else {
            write(&self.inner).state = ReactiveNodeState::Clean;
        }
        needs_update
    }
}

impl Subscriber for Node {
    fn add_source(&self, source: AnySource) {
        let mut inner = write(&self.inner);
        if !inner.sources.contains(&source) {
            inner.sources.push(source);
        }
    }

    fn clear_sources(&self, subscriber: &AnySubscriber) {
        let sources = std::mem::take(&mut write(&self.inner).sources);
        for source in sources {
            source.remove_subscriber(subscriber);
        }
    }
}

/// A live view effect; dropping it unsubscribes it and frees its closure.
pub(super) struct ViewEffect(Arc<Node>);

impl ViewEffect {
    /// Creates the effect (under a new owner, a child of the current one) and runs it once.
    pub(super) fn new(effect: Box<dyn FnMut()>) -> ViewEffect {
        let effect = Rc::new(RefCell::new(effect));
        let slot = TABLE.with(|table| {
            let mut table = table.borrow_mut();
            match table.free.pop() {
                Some(slot) => {
                    table.slots[slot] = Some(effect);
                    slot
                }
                None => {
                    table.slots.push(Some(effect));
                    table.slots.len() - 1
                }
            }
        });
        let node = Arc::new_cyclic(|weak: &Weak<Node>| Node {
            thread: thread_number(),
            slot,
            owner: Owner::new(),
            inner: RwLock::new(Inner {
                state: ReactiveNodeState::Dirty,
                sources: Vec::new(),
                me: AnySubscriber(
                    weak.as_ptr() as usize,
                    weak.clone() as Weak<dyn Subscriber + Send + Sync>,
                ),
            }),
        });
        node.run();
        ViewEffect(node)
    }
}

impl Drop for ViewEffect {
    fn drop(&mut self) {
        let me = read(&self.0.inner).me.clone();
        self.0.clear_sources(&me);
        // Taken out of the table first: dropping the closure drops views, whose effects
        // use the table again.
        // `try_with`: an effect dropped while the thread exits must not panic.
        let effect = TABLE.try_with(|table| {
            let mut table = table.borrow_mut();
            table.free.push(self.0.slot);
            table.slots[self.0.slot].take()
        });
        drop(effect);
    }
}
