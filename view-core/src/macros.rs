//! The `view!` macro: a `macro_rules!` wrapper that hands the procedural macro this crate's path.
//!
//! `$crate` always names `view_core`, even when `view!` is reached through a framework that
//! re-exports it and the user's crate does not depend on `view_core` at all. The wrapper passes
//! `$crate` as the first token tree, and every path the expansion uses starts from it.

/// Writes a view in HTML-like syntax; expands to the typed builder API.
///
/// ```
/// use view_core::prelude::*;
/// let name = "world";
/// let view = view! { <p class="greeting">Hello, {name}!</p> };
/// assert_eq!(view.to_html(), r#"<p class="greeting">Hello, <!>world<!>!</p>"#);
/// ```
///
/// # Syntax
///
/// | written | becomes |
/// |---|---|
/// | `<div>…</div>`, `<br/>`, `<my-el>` | `html::div()…`, `html::br()`, `custom("my-el")` |
/// | inside `<svg>` / `<math>` | `svg::…` / `mathml::…` (`<foreignObject>` is HTML again) |
/// | `"text"`, `Hello, world!` (unquoted, kept as written) | text, escaped at compile time |
/// | `{expr}` | any view; closures are reactive |
/// | `<!DOCTYPE html>`, `<!-- … -->`, `<>…</>` | `doctype("html")`, nothing, the children |
/// | `name="lit"`, `name=expr`, `name={expr}`, bare `disabled` | typed method (`.href(..)`) or `.attr(..)` for `data-*`, `aria-*`, custom elements, SVG |
/// | `class="a b"`, `class:name=cond`, `class=("name", cond)` | `.class(..)` parts, merged |
/// | `style="…"`, `style:prop=value` | `.style(..)` parts, merged |
/// | `prop:name=v`, `on:click=f`, `on:click:capture=f`, `on:my-event=f` | `.prop(..)`, `.on(ev::click, f)`, `.on_capture(..)`, `ev::Custom` |
/// | `node_ref=r`, `use:dir=param`, `use:dir`, `inner_html=h`, `attr:name=v`, `{..attrs}` | `.node_ref(r)`, `.directive(dir, param.into())`, `.directive(dir, ())`, `.inner_html(h)`, `.attr(..)`, `.with(attrs)` |
/// | `<Counter initial=3 step/>` | `CounterProps`'s builder `.initial(3).step(step).build()` passed to `Counter`, the props type inferred from `Counter` (only the function need be imported; a component without props is a plain `fn()`) |
/// | `<Card title="x" {..} class="wide"/>` | after `{..}`, plain attributes are the root element's (`attr:class="wide"`) |
/// | `view! { <{..} class="a" on:click=f/> }` (the whole view) | a tuple of attributes, to spread with `{..attrs}` |
/// | children, `let:x`, `let(pattern)`, `let:(a, b)`, `clone:x`, `<List<T> …/>`, `<Tab slot>`, `<Tab slot:tabs>` | see [`component`](macro@crate::component) |
///
/// Fully static runs (literal text, elements with literal attributes) become one
/// [`Static`](crate::Static): their HTML is computed and escaped at compile time.
///
/// The macro checks the tree like the browser's parser would: unknown elements and attributes,
/// void elements with children, duplicate attributes, and content-model rules that make the
/// parser rewrite the tree (`<div>` in `<p>`, `<tr>` directly in `<table>`, nested `<a>` or
/// `<form>`, …). Every problem is reported, each at its own token.
#[macro_export]
macro_rules! view {
    ($($tokens:tt)*) => {
        $crate::__private::view_inner! { [$crate] $($tokens)* }
    };
}

/// Leptos's `template!`: the same as [`view!`]. Leptos uses it to compile a static tree once
/// and clone it; here every `view!` already does that where it pays (see
/// [`template`](mod@crate::template)), so the two are one macro.
///
/// ```
/// use view_core::prelude::*;
/// let row = template! { <tr><td class="id">{7}</td></tr> };
/// assert_eq!(row.to_html(), view! { <tr><td class="id">{7}</td></tr> }.to_html());
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __view_core_template {
    ($($tokens:tt)*) => {
        $crate::__private::view_inner! { [$crate] $($tokens)* }
    };
}
