use view_core::html::div;

fn main() {
    let _ = div().child("mine").inner_html("<b>trusted</b>");
}
