//! Regression tests of issue 11 (server rendering): each test is named after what broke.

use view_core::InvalidName;
use view_core::attribute::Attr;
use view_core::prelude::*;

// ---------------------------------------------------------------------------------------------
// Item 2: no public constructor writes a run-time name or markup unchecked.
// ---------------------------------------------------------------------------------------------

#[test]
fn attr_new_refuses_a_run_time_name_that_would_inject_markup() {
    for name in [
        "x onload=alert(1)",
        "a><script>alert(1)</script",
        "",
        "a\"b",
        "a/b",
    ] {
        let attribute: Result<Attr<&str, i32>, InvalidName> = Attr::new(name, 1);
        assert!(attribute.is_err(), "{name:?} was accepted");
    }
    let attribute = Attr::new(String::from("data-id"), 7).expect("a valid name");
    assert_eq!(
        view_core::html::div().with(attribute).to_html(),
        r#"<div data-id="7"></div>"#
    );
}
