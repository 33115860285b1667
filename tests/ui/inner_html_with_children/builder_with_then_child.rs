use view_core::attribute::InnerHtml;
use view_core::html::div;

fn main() {
    let _ = div().with(InnerHtml("<b>trusted</b>")).child("mine");
}
