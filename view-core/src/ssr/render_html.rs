//! [`RenderHtml`]: writing a view as HTML (server-side rendering).

use std::cell::Cell;

use crate::RootAttributes;

/// A view that can be written as HTML.
///
/// Implemented by every view: elements, text, numbers, tuples, `Option`, `Vec`, arrays, the
/// `Either` family, [`AnyView`](crate::AnyView) and closures (which render their current value).
///
/// # Contract
/// - [`html_len`](Self::html_len) is the **exact** number of bytes
///   [`write_html`](Self::write_html) appends whenever the content is fully known (static text,
///   strings, numbers, elements made of those); for closures it is a lower bound, since the
///   closure is not called twice. One more lower bound: a raw-text element (`script`, `style`)
///   whose content has a `</script`, `</style` or `<!--` split across two children is one byte
///   short per such sequence (the backslash the element adds once it sees the whole content;
///   see [`RawTextChild`](crate::RawTextChild)).
/// - `write_html` only appends to the buffer; it never reads or truncates what is there.
/// - Adjacent text-producing children are separated by a `<!>` marker so that the browser's
///   parser keeps them as separate text nodes (needed for hydration); whether a marker is written
///   depends only on the types, through [`MAY_START_WITH_TEXT`](Self::MAY_START_WITH_TEXT) and
///   [`MAY_END_WITH_TEXT`](Self::MAY_END_WITH_TEXT).
/// - Views that keep a placeholder node when built (`Option`, lists, the `Either` family,
///   [`AnyView`](crate::AnyView), keyed lists) write it as a `<!>` after their content, so
///   hydration finds it ([`to_static_html`](Self::to_static_html) writes neither kind of
///   marker). See `docs/hydration.md`.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{li, ul};
///
/// let list = ul().class("menu").child([li().child("Home"), li().child("About & more")]);
/// assert_eq!(list.html_len(), list.to_html().len());
/// # let list = ul().class("menu").child([li().child("Home"), li().child("About & more")]);
/// assert_eq!(
///     list.to_html(),
///     r#"<ul class="menu"><li>Home</li><li>About &amp; more</li></ul>"#
/// );
/// ```
pub trait RenderHtml: Sized {
    /// Whether the first node this view writes may be a text node.
    const MAY_START_WITH_TEXT: bool = true;
    /// Whether the last node this view writes may be a text node.
    const MAY_END_WITH_TEXT: bool = true;

    /// The number of bytes [`write_html`](Self::write_html) will append (exact for known
    /// content, a lower bound otherwise).
    fn html_len(&self) -> usize;

    /// A quick estimate of [`html_len`](Self::html_len), used to size buffers: it does not
    /// scan text for characters to escape, and a list multiplies its first item's estimate by
    /// its length instead of visiting every item. Defaults to `html_len`.
    fn html_len_estimate(&self) -> usize {
        self.html_len()
    }

    /// Appends this view's HTML to `buf`.
    fn write_html(self, buf: &mut String);

    /// Appends this view's HTML with `root`'s attributes added to the start tag of each of
    /// its **root elements** (see [`WithAttributes`](crate::WithAttributes), which calls it).
    ///
    /// Elements write the attributes into their start tag; views that hold elements at their
    /// top level (tuples, `Option`, the `Either` family, lists, closures, erased views,
    /// templates, static runs, components' views) pass `root` on to them, and text is written
    /// unchanged. The default writes the view unchanged, as for a view without root elements;
    /// a custom view that contains elements should pass `root` on to them.
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        let _ = root;
        self.write_html(buf);
    }

    /// Renders this view to a new `String`, reserving [`html_len_estimate`] plus an eighth, so
    /// one allocation is the common case without a full sizing pass over the tree.
    ///
    /// [`html_len_estimate`]: Self::html_len_estimate
    fn to_html(self) -> String {
        let estimate = self.html_len_estimate();
        let mut buf = String::with_capacity(estimate + estimate / 8);
        self.write_html(&mut buf);
        buf
    }

    /// Renders this view without hydration markers (no `<!>` between texts, no placeholders):
    /// for pages that are never hydrated (static sites, e-mails). Adjacent texts then merge
    /// into one text node when the browser parses the page.
    ///
    /// ```
    /// use view_core::prelude::*;
    /// let name = "Ann";
    /// let items = vec!["a", "b"];
    /// assert_eq!(view! { <p>"Hi " {name}{items}</p> }.to_html(), "<p>Hi <!>Ann<!>a<!>b<!></p>");
    /// # let items = vec!["a", "b"];
    /// assert_eq!(view! { <p>"Hi " {name}{items}</p> }.to_static_html(), "<p>Hi Annab</p>");
    /// ```
    fn to_static_html(self) -> String {
        let _static = StaticMode::enter();
        self.to_html()
    }

    /// Renders this view at the end of `buf`, reserving the estimated space first.
    fn to_html_with_buf(self, buf: &mut String) {
        let estimate = self.html_len_estimate();
        buf.reserve(estimate + estimate / 8);
        self.write_html(buf);
    }
}

thread_local! {
    /// Whether hydration markers are written (off inside [`RenderHtml::to_static_html`]).
    static MARKERS: Cell<bool> = const { Cell::new(true) };
}

/// Turns markers off until dropped (restoring the previous mode, also on unwind).
struct StaticMode(bool);

impl StaticMode {
    fn enter() -> Self {
        StaticMode(MARKERS.with(|markers| markers.replace(false)))
    }
}

impl Drop for StaticMode {
    fn drop(&mut self) {
        MARKERS.with(|markers| markers.set(self.0));
    }
}

/// A hydration marker: an empty comment.
pub(crate) const MARKER: &str = "<!>";

/// `bytes` (a length made of markers) while markers are written, else 0.
#[inline]
pub(crate) fn marker_bytes(bytes: usize) -> usize {
    if MARKERS.with(Cell::get) { bytes } else { 0 }
}

/// Writes a marker, unless rendering without markers.
#[inline]
pub(crate) fn push_marker(buf: &mut String) {
    if MARKERS.with(Cell::get) {
        buf.push_str(MARKER);
    }
}

/// The `<!>` marker written between two adjacent children when both sides may be text, or `""`.
///
/// A `const fn` of the two types only: call it in a `const { }` block, so that no function is
/// instantiated per pair of child types and a branch on it is resolved when compiling.
pub(crate) const fn text_separator<A: RenderHtml, B: RenderHtml>() -> &'static str {
    if A::MAY_END_WITH_TEXT && B::MAY_START_WITH_TEXT {
        "<!>"
    } else {
        ""
    }
}

impl RenderHtml for () {
    const MAY_START_WITH_TEXT: bool = false;
    const MAY_END_WITH_TEXT: bool = false;
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(self, _buf: &mut String) {}
}
