//! Valid nesting passes every content-model rule.
use view_core::prelude::*;

fn main() {
    let view = view! {
        <div>
            <p><span>"phrasing"</span><a href="/">"link"</a><button>"b"</button></p>
            <ul><li>"1"</li></ul>
            <ol><li>"2"</li></ol>
            <menu><li>"3"</li></menu>
            <table><caption>"c"</caption><colgroup></colgroup><thead><tr><th>"h"</th></tr></thead><tbody><tr><td>"1"</td></tr></tbody><tfoot></tfoot></table>
            <select><option>"a"</option><optgroup><option>"b"</option></optgroup></select>
            <datalist><option value="x"></option></datalist>
            <form><button><span>"not interactive"</span><input type="hidden"/></button></form>
            <a href="/"><span>"no nested link"</span></a>
        </div>
        <li>"a root li: its parent is unknown"</li>
        <td>"a root cell: its parent is unknown"</td>
    };
    assert!(view.to_html().starts_with("<div><p>"));
}
