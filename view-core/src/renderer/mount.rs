//! Mounting: [`mount_on`] builds a view into a live parent of any renderer and returns a
//! [`MountHandle`] that unmounts it on drop; [`mount_to`] is Leptos's (a browser element); [`mount_to_body`] mounts the app on the document body for the rest of
//! the program and returns nothing, as Leptos's. Both start the async executor user effects (`Effect::new`) run on
//! (see [`flush_effects`]).

use crate::hydration::Mismatch;
use crate::{DefaultRenderer, Mountable, Render, Renderer};

/// A mounted view. Dropping a handle returned by [`mount_on`] (or calling
/// [`unmount`](Self::unmount)) removes the view's nodes, drops its listeners and effects, and —
/// with the `reactive_graph` feature — disposes the reactive owner the view was created in (its
/// signals, memos and cleanups). [`forget`](Self::forget) keeps the view mounted for the rest
/// of the program.
///
/// The handle returned by [`hydrate_body`](crate::hydrate_body) is different: dropping it keeps
/// the app mounted (it forgets the view); only [`unmount`](Self::unmount) removes it.
pub struct MountHandle<R: Renderer = DefaultRenderer> {
    state: Option<Box<dyn Mountable<R>>>,
    #[cfg(feature = "reactive_graph")]
    owner: Option<::reactive_graph::owner::Owner>,
    /// Whether dropping the handle unmounts the view (`mount_on`) or forgets it
    /// (`hydrate_body`).
    unmount_on_drop: bool,
    /// What hydration found different from the view (empty after a mount).
    mismatches: Vec<Mismatch>,
}

impl<R: Renderer> std::fmt::Debug for MountHandle<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MountHandle")
            .field("mounted", &self.state.is_some())
            .field("unmount_on_drop", &self.unmount_on_drop)
            .finish()
    }
}

impl<R: Renderer> MountHandle<R> {
    /// Unmounts the view now (for a [`mount_on`] handle, the same as dropping it).
    pub fn unmount(mut self) {
        self.unmount_on_drop = true;
    }

    /// Keeps the view mounted (and its effects running) for the rest of the program.
    pub fn forget(self) {
        std::mem::forget(self)
    }

    /// Whether dropping this handle unmounts the view: true for [`mount_on`], false for
    /// [`hydrate_body`](crate::hydrate_body).
    pub fn unmounts_on_drop(&self) -> bool {
        self.unmount_on_drop
    }

    /// The differences [`hydrate_to`](crate::hydrate_to) / [`hydrate_body`](crate::hydrate_body)
    /// found between the server's HTML and the view, in document order, each already repaired;
    /// empty after a clean hydration and after a mount.
    pub fn mismatches(&self) -> &[Mismatch] {
        &self.mismatches
    }

    /// Makes dropping the handle keep the view mounted (`hydrate_body`).
    #[cfg(feature = "hydrate")]
    pub(crate) fn keep_mounted(&mut self) {
        self.unmount_on_drop = false;
    }
}

impl<R: Renderer> Drop for MountHandle<R> {
    fn drop(&mut self) {
        if !self.unmount_on_drop {
            // Kept mounted: the nodes stay, and so do the listeners, effects and signals.
            std::mem::forget(self.state.take());
            #[cfg(feature = "reactive_graph")]
            std::mem::forget(self.owner.take());
            return;
        }
        if let Some(mut state) = self.state.take() {
            state.unmount();
            // Dropping the state drops its effects and listener handles.
            drop(state);
        }
        #[cfg(feature = "reactive_graph")]
        if let Some(owner) = self.owner.take() {
            owner.cleanup();
        }
    }
}

/// A live element a view can be mounted into with [`mount_on`], for renderer `R`: the test
/// renderer's [`TestNode`](crate::testing::TestNode) and, in the browser, a
/// `web_sys::Element` or `web_sys::HtmlElement`. Knowing the renderer from the parent's type
/// is what lets `mount_on(&root, App)` infer it.
///
/// A custom renderer implements it for its element type (`impl MountParent<MyRenderer> for
/// MyElement`).
pub trait MountParent<R: Renderer> {
    /// The renderer's element.
    fn element(&self) -> &R::Element;
}

impl<R: Renderer, P: MountParent<R> + ?Sized> MountParent<R> for &P {
    fn element(&self) -> &R::Element {
        P::element(self)
    }
}

impl MountParent<crate::testing::TestRenderer> for crate::testing::TestNode {
    fn element(&self) -> &crate::testing::TestNode {
        self
    }
}

impl MountParent<crate::dom::Dom> for web_sys::Element {
    fn element(&self) -> &web_sys::Element {
        self
    }
}

impl MountParent<crate::dom::Dom> for web_sys::HtmlElement {
    fn element(&self) -> &web_sys::Element {
        self
    }
}

/// Builds the view returned by `view` and appends it to `parent`; the returned handle
/// unmounts it when dropped.
///
/// `view` runs once, inside a new reactive owner when the `reactive_graph` feature is on, so
/// signals and effects it creates are disposed when the handle is dropped. A component
/// without props is such a function: `mount_on(&root, App)`. The parent is taken by reference
/// or by value; the renderer is inferred from its type (see [`MountParent`]). This is the
/// renderer-generic form of Leptos's [`mount_to`], which takes a `web_sys::HtmlElement`.
///
/// It also starts the async executor that `reactive_graph`'s `Effect::new` needs (see
/// [`flush_effects`]), and natively runs the effects queued while building once, before
/// returning.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::TestNode;
///
/// #[component]
/// fn App() -> impl IntoView {
///     view! { <p>"hi"</p> }
/// }
///
/// let root = TestNode::element("main");
/// let handle = mount_on(&root, App);
/// assert_eq!(root.inner_html(), "<p>hi</p>");
/// drop(handle);
/// assert_eq!(root.inner_html(), "");
/// ```
#[must_use = "dropping the handle unmounts the view at once; call `.forget()` to keep it"]
pub fn mount_on<R, V>(parent: impl MountParent<R>, view: impl FnOnce() -> V) -> MountHandle<R>
where
    R: Renderer,
    V: Render<R>,
    V::State: 'static,
{
    let parent = parent.element();
    attach(|| {
        let mut state = view().build();
        state.mount(parent, None);
        (state, Vec::new())
    })
}

/// Leptos's `mount_to`: builds the view returned by `view` into `parent`, a browser element,
/// with the [`DefaultRenderer`]; the returned handle unmounts it when dropped (`.forget()`
/// keeps it). The parent's type is concrete, as in Leptos, so
/// `mount_to(element.unchecked_into(), App)` infers its cast. To mount on another renderer
/// (the test renderer natively, a custom one), use [`mount_on`].
///
/// ```no_run
/// # // no_run: needs a browser page.
/// use view_core::prelude::*;
/// use view_core::wasm_bindgen::JsCast;
///
/// #[component]
/// fn App() -> impl IntoView {
///     view! { <p>"hi"</p> }
/// }
///
/// let root = document().get_element_by_id("app").unwrap();
/// mount_to(root.unchecked_into(), App).forget();
/// ```
///
/// # Panics
/// Natively (server rendering, native tests): there is no page, as with Leptos's `mount_to`
/// (which panics in web-sys). It compiles natively, so an app's `main` builds for both.
#[must_use = "dropping the handle unmounts the view at once; call `.forget()` to keep it"]
pub fn mount_to<V>(parent: web_sys::HtmlElement, view: impl FnOnce() -> V) -> MountHandle
where
    V: Render<DefaultRenderer>,
    V::State: 'static,
{
    #[cfg(target_arch = "wasm32")]
    return mount_on::<DefaultRenderer, V>(parent, view);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (parent, view);
        panic!(
            "view_core::mount_to called natively: there is no browser page; mount on the test \
             renderer with `mount_on(&testing::body(), App)` (or `mount_to_body(App)`)"
        )
    }
}

/// Starts the executor, runs `attach` (which builds or hydrates a view in place) in a new
/// reactive owner, and wraps its state in a handle that unmounts on drop.
pub(crate) fn attach<R, S>(attach: impl FnOnce() -> (S, Vec<Mismatch>)) -> MountHandle<R>
where
    R: Renderer,
    S: Mountable<R> + 'static,
{
    executor::init();
    let run = || {
        let (state, mismatches) = attach();
        (Box::new(state) as Box<dyn Mountable<R>>, mismatches)
    };
    #[cfg(feature = "reactive_graph")]
    let handle = {
        let owner = ::reactive_graph::owner::Owner::new();
        let (state, mismatches) = owner.with(run);
        MountHandle {
            state: Some(state),
            owner: Some(owner),
            unmount_on_drop: true,
            mismatches,
        }
    };
    #[cfg(not(feature = "reactive_graph"))]
    let handle = {
        let (state, mismatches) = run();
        MountHandle {
            state: Some(state),
            unmount_on_drop: true,
            mismatches,
        }
    };
    #[cfg(not(target_arch = "wasm32"))]
    flush_effects();
    handle
}

/// Builds the view returned by `view` and appends it to the document body of the
/// [`DefaultRenderer`] (in the browser, `document.body`; natively, this thread's
/// [`testing::body`](crate::testing::body)), for the rest of the program.
///
/// As in Leptos, it returns nothing and the app stays mounted (so `fn main() {
/// mount_to_body(App) }` ports unchanged). To remove the app later, mount it with
/// [`mount_on`] on the body instead and keep its [`MountHandle`]. Like [`mount_on`], it starts
/// the async executor `Effect::new` needs.
///
/// ```
/// use view_core::prelude::*;
///
/// #[component]
/// fn App() -> impl IntoView {
///     view! { <h1>"Hello"</h1> }
/// }
///
/// mount_to_body(App);
/// assert_eq!(view_core::testing::body().inner_html(), "<h1>Hello</h1>");
/// ```
pub fn mount_to_body<V>(view: impl FnOnce() -> V)
where
    V: Render<DefaultRenderer>,
    V::State: 'static,
{
    mount_on::<DefaultRenderer, V>(&body(), view).forget();
}

/// The document body of the [`DefaultRenderer`]: in the browser `document.body` (panics if
/// the document has no body yet, see `Dom::body`); natively this thread's
/// [`testing::body`](crate::testing::body).
pub(crate) fn body() -> <DefaultRenderer as Renderer>::Element {
    #[cfg(not(target_arch = "wasm32"))]
    let body = crate::testing::body();
    #[cfg(target_arch = "wasm32")]
    let body = crate::dom::Dom::body();
    body
}

/// Runs the async tasks queued on this thread until none is ready: natively, this is how user
/// effects (`reactive_graph`'s `Effect::new`) run. In the browser it does nothing (the
/// executor runs them on the next microtask, as in Leptos).
///
/// `Effect::new` spawns its effect on `any_spawner`'s executor, which [`mount_on`] and
/// [`mount_to_body`] start: in the browser the `wasm-bindgen` one; natively (the test renderer)
/// a queue per thread, run at the end of `mount_on` and whenever this function is called — so
/// after changing a signal, call it before asserting on what an `Effect` did. If the program set
/// an executor first (`Executor::init_tokio()`, …), that one is kept and this function polls
/// it, which does nothing for executors that run on their own; an executor set after the first
/// mount is refused (`any_spawner`'s executor is set once per process). View updates (closures,
/// signals as children or attributes) never need it: they run synchronously inside `set`.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::TestNode;
///
/// let root = TestNode::element("main");
/// let (count, set_count) = signal(0);
/// let (log, set_log) = signal(Vec::new());
/// let _handle = mount_on(&root, move || {
///     Effect::new(move || set_log.update(|log| log.push(count.get())));
///     view! { <p>{count}</p> }
/// });
/// assert_eq!(log.get_untracked(), [0], "mount_on ran the effect once");
/// set_count.set(1);
/// flush_effects();
/// assert_eq!(log.get_untracked(), [0, 1]);
/// ```
pub fn flush_effects() {
    #[cfg(feature = "reactive_graph")]
    ::any_spawner::Executor::poll_local();
}

#[cfg(all(feature = "reactive_graph", target_arch = "wasm32"))]
pub(crate) mod executor {
    /// Starts `wasm-bindgen-futures` as the executor, unless one is set already.
    pub(crate) fn init() {
        // `AlreadySet` (a second mount, or the app set its own) keeps the first one.
        let _ = ::any_spawner::Executor::init_wasm_bindgen();
    }

    /// For `Effect`'s constructors: in the browser, the same as a mount.
    pub(crate) fn start() {
        init();
    }
}

#[cfg(not(feature = "reactive_graph"))]
mod executor {
    pub(super) fn init() {}
}

/// Natively: a queue of tasks per thread, run by [`flush_effects`](super::flush_effects).
///
/// Tasks spawned on a thread that has never mounted or hydrated a view (a server rendering
/// HTML) are dropped, not queued: effects are inert there, as Leptos's are on the server, and a
/// server thread does not accumulate tasks nobody runs.
#[cfg(all(feature = "reactive_graph", not(target_arch = "wasm32")))]
pub(crate) mod executor {
    use std::cell::{Cell, RefCell};
    use std::future::Future;
    use std::pin::Pin;
    use std::sync::{Arc, Mutex, PoisonError};
    use std::task::{Context, Poll, Wake, Waker};

    use ::any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};

    type Task = Pin<Box<dyn Future<Output = ()>>>;

    /// Ids of tasks woken since the last poll; shared with their wakers (which may be sent to
    /// other threads).
    type Ready = Arc<Mutex<Vec<usize>>>;

    #[derive(Default)]
    struct Queue {
        /// Slots of the spawned tasks; `None` for a finished task or one being polled.
        tasks: RefCell<Vec<Option<Task>>>,
        free: RefCell<Vec<usize>>,
        ready: Ready,
        polling: Cell<bool>,
    }

    thread_local! {
        static QUEUE: Queue = Queue::default();
        /// Whether this thread has mounted or hydrated a view (see the module docs).
        static MOUNTED: Cell<bool> = const { Cell::new(false) };
    }

    struct TaskWaker {
        id: usize,
        ready: Ready,
    }

    impl Wake for TaskWaker {
        fn wake(self: Arc<Self>) {
            self.wake_by_ref()
        }
        fn wake_by_ref(self: &Arc<Self>) {
            self.ready
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(self.id);
        }
    }

    fn spawn(task: Task) {
        if !MOUNTED.with(Cell::get) {
            drop(task);
            return;
        }
        QUEUE.with(|queue| {
            let id = match queue.free.borrow_mut().pop() {
                Some(id) => {
                    queue.tasks.borrow_mut()[id] = Some(task);
                    id
                }
                None => {
                    let mut tasks = queue.tasks.borrow_mut();
                    tasks.push(Some(task));
                    tasks.len() - 1
                }
            };
            queue
                .ready
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(id);
        })
    }

    fn poll() {
        QUEUE.with(|queue| {
            if queue.polling.replace(true) {
                // Called from inside a task: the outer loop runs what this one would.
                return;
            }
            // Clears `polling` even if a task panics, so the queue keeps running.
            struct Polling<'a>(&'a Cell<bool>);
            impl Drop for Polling<'_> {
                fn drop(&mut self) {
                    self.0.set(false);
                }
            }
            let _polling = Polling(&queue.polling);
            loop {
                let ready = std::mem::take(
                    &mut *queue.ready.lock().unwrap_or_else(PoisonError::into_inner),
                );
                if ready.is_empty() {
                    break;
                }
                for id in ready {
                    let Some(mut task) =
                        queue.tasks.borrow_mut().get_mut(id).and_then(Option::take)
                    else {
                        continue;
                    };
                    let waker = Waker::from(Arc::new(TaskWaker {
                        id,
                        ready: queue.ready.clone(),
                    }));
                    match task.as_mut().poll(&mut Context::from_waker(&waker)) {
                        Poll::Pending => queue.tasks.borrow_mut()[id] = Some(task),
                        Poll::Ready(()) => queue.free.borrow_mut().push(id),
                    }
                }
            }
        })
    }

    /// The executor `any_spawner` calls: every task runs on the thread that spawned it.
    struct ThreadQueues;

    impl CustomExecutor for ThreadQueues {
        fn spawn(&self, fut: PinnedFuture<()>) {
            spawn(fut)
        }
        fn spawn_local(&self, fut: PinnedLocalFuture<()>) {
            spawn(fut)
        }
        fn poll_local(&self) {
            poll()
        }
    }

    /// Sets [`ThreadQueues`] as the executor, unless one is set already, and lets this thread
    /// run tasks (a mount or a hydration).
    pub(crate) fn init() {
        MOUNTED.with(|mounted| mounted.set(true));
        start();
    }

    /// Sets [`ThreadQueues`] as the executor, unless one is set already (`Effect`'s
    /// constructors: an effect created while rendering HTML on a server is then dropped instead
    /// of panicking for want of an executor).
    pub(crate) fn start() {
        // `AlreadySet` (a second mount, or the program set its own) keeps the first one.
        let _ = Executor::init_custom_executor(ThreadQueues);
    }
}
