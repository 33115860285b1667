//! `<br>` is a void element: it takes no children, so `.child(..)` does not compile.

use view_core::html::br;

fn main() {
    let _line_break = br().child("x");
}
