use view_core::prelude::*;

fn main() {
    let _ = view! {
        <Suspense fallback=|| view! { <p>"Loading…"</p> }>
            <p>"loaded"</p>
        </Suspense>
    };
    let _ = view! {
        <Transition fallback=|| "…" set_pending=()>
            <p>"loaded"</p>
        </Transition>
    };
    let _ = view! {
        <Await future=async { 3 } blocking=true>
            <p>"done"</p>
        </Await>
    };
}
