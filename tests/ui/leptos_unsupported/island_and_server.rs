use view_core::prelude::*;

#[island]
fn Counter() -> impl IntoView {
    view! { <button>"+1"</button> }
}

#[server]
async fn add_todo(title: String) -> Result<(), String> {
    let _ = title;
    Ok(())
}

fn main() {
    let _ = view! { <Counter/> };
    let _ = add_todo(String::new());
}
