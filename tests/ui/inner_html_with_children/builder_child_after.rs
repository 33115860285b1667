use view_core::html::div;

fn main() {
    let _ = div().inner_html("<b>trusted</b>").child("mine");
}
