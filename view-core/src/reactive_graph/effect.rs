//! The view runtime's effect on `reactive_graph`: a small synchronous subscriber written for
//! views, used by [`ReactiveGraphRunner`](super::ReactiveGraphRunner) instead of
//! `ImmediateEffect`.
//!
//! It behaves like `ImmediateEffect` for views (runs at once, then synchronously whenever a
//! source changes; memos are checked before re-running; signals created during a run are
//! disposed before the next run) but keeps only what views need, which matters for wasm size:
//! - no recursion bookkeeping: a view effect is never re-entered while it runs (a write to a
//!   signal it reads, from inside the run, makes it run again after the current run);
//! - one run at a time per thread: an effect notified while another view effect runs (a row or
//!   a component built by that run wrote a signal) is queued and runs when the outermost run
//!   returns, so no view state is rebuilt while an enclosing run holds it (see [`Node::run`]);
//! - bounded: an effect runs at most [`MAX_RUNS`] times per outermost run, so views that
//!   write, while being built, a signal they read cannot loop forever;
//! - no thread ids and no `Send` wrapper: the graph only requires its subscribers to be
//!   `Send + Sync`, so the node holds a slot number and the closure (which holds `Rc` DOM
//!   nodes) stays in a thread-local table of the UI thread;
//! - no `format!`-based warning (`ImmediateEffect`'s excessive-recursion warning links all of
//!   `core::fmt` into every app);
//! - not part of `reactive_graph`'s effect `batch`: view effects run as soon as a source
//!   changes.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::hash::BuildHasherDefault;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock, Weak};

use ::reactive_graph::graph::{
    AnySource, AnySubscriber, ReactiveNode, ReactiveNodeState, Source, Subscriber, WithObserver,
};
use ::reactive_graph::owner::Owner;
use indexmap::IndexSet;
use rustc_hash::FxHasher;

/// The sources of a view effect: the type of reactive_graph's own `SourceSet` (an insertion-
/// ordered hash set with the Fx hasher).
///
/// Not a `Vec` with a linear duplicate check, though that is less code: reactive_graph keeps
/// every source's subscribers in an `IndexSet<AnySubscriber>` with the same layout, so the two
/// sets share one insertion routine after `wasm-opt` merges identical functions, and the hash
/// table's growth (`reserve_rehash`) keeps two callers. With a `Vec` here, the subscriber set's
/// insertion was its only caller and `wasm-opt -Oz` inlined it there (452 → 1,240
/// instructions); that bloated insertion, run on every tracked read, made "update every 10th
/// row" 2-3× slower than Leptos, whose effects use the same set type (docs/design.md,
/// "update every 10th row").
type Sources = IndexSet<AnySource, BuildHasherDefault<FxHasher>>;
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

/// How many times one effect may run during one outermost run (the run that was not started
/// by another view effect's run, and the queued runs it caused): enough for any view that
/// settles, small enough that a view which writes, on every build, a signal it reads stops at
/// once. An effect that reaches it stops for this outermost run (it shows what its last run
/// built and stays subscribed to what that run read) and runs again at the next change.
const MAX_RUNS: u32 = 100;

/// The runs of this thread: how deep in view-effect runs the thread is, which outermost run it
/// is in, and the effects notified meanwhile.
struct Runs {
    depth: Cell<u32>,
    outermost: Cell<u32>,
    queue: RefCell<VecDeque<Weak<Node>>>,
}

thread_local! {
    static RUNS: Runs = const {
        Runs {
            depth: Cell::new(0),
            outermost: Cell::new(0),
            queue: RefCell::new(VecDeque::new()),
        }
    };
}

/// Counts one level of view-effect runs while alive (also when a run panics).
struct Depth;

impl Depth {
    /// Enters a run. Returns whether it is an outermost one (no other view effect was running
    /// on this thread), which starts a new count of runs per effect, and that count's number.
    fn enter() -> (Depth, bool, u32) {
        let (outermost, number) = RUNS
            .try_with(|runs| {
                let depth = runs.depth.get();
                runs.depth.set(depth + 1);
                if depth == 0 {
                    runs.outermost.set(runs.outermost.get().wrapping_add(1));
                }
                (depth == 0, runs.outermost.get())
            })
            .unwrap_or((false, 0));
        (Depth, outermost, number)
    }

    /// Enters the queued runs, which belong to the outermost run that queued them (they share
    /// its count of runs per effect).
    fn enter_queued() -> Depth {
        let _ = RUNS.try_with(|runs| runs.depth.set(runs.depth.get() + 1));
        Depth
    }
}

impl Drop for Depth {
    fn drop(&mut self) {
        let _ = RUNS.try_with(|runs| runs.depth.set(runs.depth.get().saturating_sub(1)));
    }
}

/// Whether a view effect is running on this thread (so a notified effect must wait).
fn running() -> bool {
    RUNS.try_with(|runs| runs.depth.get() > 0).unwrap_or(false)
}

/// Runs the queued effects, in the order they were notified, until none is left (those they
/// notify are queued behind them). Called by an outermost run once its own run returned.
fn run_queued() {
    let next = || {
        RUNS.try_with(|runs| runs.queue.borrow_mut().pop_front())
            .ok()
            .flatten()
    };
    let Some(mut node) = next() else { return };
    let _depth = Depth::enter_queued();
    loop {
        if let Some(node) = node.upgrade() {
            let me = {
                let mut inner = write(&node.inner);
                inner.queued = false;
                inner.me.clone()
            };
            me.with_observer(|| node.update_if_necessary());
        }
        match next() {
            Some(queued) => node = queued,
            None => break,
        }
    }
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
    /// This node, to queue it.
    this: Weak<Node>,
}

struct Inner {
    state: ReactiveNodeState,
    /// The sources read by the last run, each once (see [`Sources`]).
    sources: Sources,
    /// This node as a subscriber (a weak reference to itself).
    me: AnySubscriber,
    /// Whether the node is in this thread's queue.
    queued: bool,
    /// The outermost run (see [`Runs`]) in which `runs` were counted.
    outermost: u32,
    /// How many times the node ran during that outermost run.
    runs: u32,
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
    /// Other effects notified meanwhile are queued (see [`Node::notified`]) and run after the
    /// outermost run returns: a run holds its view's state while it rebuilds it, and an
    /// enclosing view's effect, run in the middle, would rebuild that same state. A node runs
    /// at most [`MAX_RUNS`] times per outermost run; past that it is left clean (subscribed to
    /// what its last run read) until the next change.
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
        let (depth, outermost, this_run) = Depth::enter();
        loop {
            let me = {
                let mut inner = write(&self.inner);
                inner.state = ReactiveNodeState::Clean;
                if inner.outermost != this_run {
                    inner.outermost = this_run;
                    inner.runs = 0;
                }
                if inner.runs == MAX_RUNS {
                    break;
                }
                inner.runs += 1;
                inner.me.clone()
            };
            // The sources stay subscribed while the closure runs: re-reading one finds this
            // node already in its subscriber set (a lookup, not a removal and an insertion per
            // source and run, which was most of an update's time in the browser benchmark);
            // those the run did not read again are left afterwards.
            let mut stale = std::mem::take(&mut write(&self.inner).sources);
            self.owner.with_cleanup(|| me.with_observer(&mut *effect));
            {
                let inner = read(&self.inner);
                for source in &inner.sources {
                    stale.swap_remove(source);
                }
            }
            for source in stale {
                source.remove_subscriber(&me);
            }
            if read(&self.inner).state != ReactiveNodeState::Dirty {
                break;
            }
        }
        drop(effect);
        drop(depth);
        if outermost {
            run_queued();
        }
    }

    /// While a view effect runs on this thread, queues the node (once) to run after the
    /// outermost run, and returns `true`; otherwise returns `false` (the caller runs it now).
    fn queued(&self) -> bool {
        if !running() {
            return false;
        }
        let queue = !std::mem::replace(&mut write(&self.inner).queued, true);
        if queue {
            let _ = RUNS.try_with(|runs| runs.queue.borrow_mut().push_back(self.this.clone()));
        }
        true
    }
}

impl ReactiveNode for Node {
    fn mark_dirty(&self) {
        write(&self.inner).state = ReactiveNodeState::Dirty;
        if !self.queued() {
            self.update_if_necessary();
        }
    }

    fn mark_check(&self) {
        let me = {
            // A dirty node stays dirty (it may be waiting in the queue).
            let mut inner = write(&self.inner);
            if inner.state == ReactiveNodeState::Clean {
                inner.state = ReactiveNodeState::Check;
            }
            inner.me.clone()
        };
        if !self.queued() {
            me.with_observer(|| self.update_if_necessary());
        }
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
        write(&self.inner).sources.insert(source);
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
                sources: Sources::default(),
                me: AnySubscriber(
                    weak.as_ptr() as usize,
                    weak.clone() as Weak<dyn Subscriber + Send + Sync>,
                ),
                queued: false,
                outermost: 0,
                runs: 0,
            }),
            this: weak.clone(),
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
