// Leptos 0.8 source, shared verbatim by `src/lib.rs` (view-core) and
// `benches/src/bin/leptos_port.rs` (Leptos): no imports here, each includer supplies them.

/// How many counters "Add many" adds.
pub const MANY_COUNTERS: usize = 3;

/// The counters: an id and a value each.
pub type CounterHolder = Vec<(usize, ArcRwSignal<i32>)>;

/// Lets a `Counter` remove itself (provided by `Counters` as context).
#[derive(Copy, Clone)]
struct CounterUpdater {
    set_counters: WriteSignal<CounterHolder>,
}

/// A titled panel around its children.
#[component]
pub fn Panel(
    /// The heading.
    title: impl Into<String>,
    /// The panel's body.
    children: Children,
) -> impl IntoView {
    let title: String = title.into();
    view! {
        <section class="panel">
            <h2>{title}</h2>
            {children()}
        </section>
    }
}

/// The list of counters with their total, starting with `initial` counters valued 0, 1, 2, ….
#[component]
pub fn Counters(
    /// How many counters to start with.
    initial: usize,
) -> impl IntoView {
    let (next_counter_id, set_next_counter_id) = signal(initial);
    let (counters, set_counters) = signal::<CounterHolder>(
        (0..initial)
            .map(|id| (id, ArcRwSignal::new(id as i32)))
            .collect(),
    );
    let (limit, set_limit) = signal("10".to_string());

    provide_context(CounterUpdater { set_counters });

    let add_counter = move |_| {
        let id = next_counter_id.get();
        let sig = ArcRwSignal::new(0);
        set_counters.update(move |counters| counters.push((id, sig)));
        set_next_counter_id.update(|id| *id += 1);
    };

    let add_many_counters = move |_| {
        let next_id = next_counter_id.get();
        let new_counters = (next_id..next_id + MANY_COUNTERS).map(|id| {
            let signal = ArcRwSignal::new(0);
            (id, signal)
        });

        set_counters.update(move |counters| counters.extend(new_counters));
        set_next_counter_id.update(|id| *id += MANY_COUNTERS);
    };

    let clear_counters = move |_| {
        set_counters.update(|counters| counters.clear());
    };

    let total = move || {
        counters
            .get()
            .iter()
            .map(|(_, count)| count.get())
            .sum::<i32>()
    };

    view! {
        <Panel title="Counters">
            <div class="controls">
                <button on:click=add_counter>"Add Counter"</button>
                <button on:click=add_many_counters>{format!("Add {MANY_COUNTERS} Counters")}</button>
                <button on:click=clear_counters>"Clear Counters"</button>
                <button on:click=move |_| set_limit.set("ten".to_string())>"Break the limit"</button>
            </div>
            <p>
                "Total: "
                <span data-testid="total">{move || total().to_string()}</span>
                " from "
                <span data-testid="counters">{move || counters.get().len().to_string()}</span>
                " counters."
            </p>
            <ErrorBoundary fallback=|errors| view! {
                <p class="error">
                    "Bad limit: "
                    {move || errors.get().into_iter().map(|(_, e)| e.to_string()).collect::<Vec<_>>().join(", ")}
                </p>
            }>
                <p class="limit">
                    "Limit: "
                    {move || limit.get().parse::<i32>().map(|limit| limit.to_string())}
                </p>
            </ErrorBoundary>
            <Show
                when=move || { total() > 10 }
                fallback=|| view! { <p class="status">"Under the limit"</p> }
            >
                <p class="status warning">"Over the limit!"</p>
            </Show>
            <ul>
                <For
                    each=move || counters.get()
                    key=|counter| counter.0
                    children=move |(id, value)| {
                        view! { <Counter id value/> }
                    }
                />
            </ul>
        </Panel>
    }
}

/// One counter: buttons to step it, its value, and a button that removes it.
#[component]
fn Counter(
    /// The counter's id (used to remove it).
    id: usize,
    /// The counter's value.
    value: ArcRwSignal<i32>,
) -> impl IntoView {
    let value = RwSignal::from(value);
    let CounterUpdater { set_counters } = expect_context();

    view! {
        <li class:odd=move || value.get() % 2 != 0>
            <button on:click=move |_| value.update(move |value| *value -= 1)>"-1"</button>
            <input type="text" prop:value=move || value.get().to_string()/>
            <span>{value}</span>
            <button on:click=move |_| value.update(move |value| *value += 1)>"+1"</button>
            <button on:click=move |_| {
                set_counters
                    .update(move |counters| counters.retain(|(counter_id, _)| counter_id != &id))
            }>"x"</button>
        </li>
    }
}

/// The app: three counters to start with.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <main>
            <h1>"Counters"</h1>
            <Counters initial=3/>
        </main>
    }
}
