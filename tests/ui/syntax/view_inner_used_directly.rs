fn main() {
    let _ = view_core::__private::view_inner! { <div></div> };
}
