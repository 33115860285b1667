//! `<img>` is a void element: it takes no children, even after attributes are set.

use view_core::html::img;

fn main() {
    let _image = img().src("/a.png").alt("A").child("x");
}
