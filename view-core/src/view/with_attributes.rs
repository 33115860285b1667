//! [`WithAttributes`]: a view with extra attributes applied to its root element.

use crate::attribute::{Attribute, RenderAttribute};
use crate::hydration::Cursor;
use crate::{Mountable, Render, RenderHtml, Renderer};

/// This is what `view!` produces for `<Card attr:class="wide" attr:data-id=id {..extra}/>`: the
/// attributes are given to the component's **root element**, the first node of its view.
///
/// - HTML: the view is written first, then the start tag of its first element is rewritten
///   once with the attributes in it (one move of the HTML after that tag, whatever the number
///   of attributes). Class parts merge into an existing `class="…"` of that tag (separated by a
///   space) and style parts into an existing `style="…"` (separated by `;`), so the tag never has
///   a duplicate attribute; a new `class` attribute is written right after the tag name, a new
///   `style` after the `class` attribute, other attributes at the end of the start tag.
/// - Live nodes: the view is built, then the attributes are applied to its first node with
///   [`RenderAttribute::build`]. On rebuild the view is rebuilt first, then the attributes are
///   rebuilt on the same root element (touching only what changed), or built afresh on the new
///   root when the view replaced its root element.
///
/// # A view whose first node is not an element
/// If the view starts with text, a comment, a doctype or a placeholder, or is empty, there is no
/// root element: the attributes are **dropped**, in HTML and in live nodes alike, and the view
/// is written or built unchanged. This does not panic (a component may legitimately render
/// nothing); debug builds print a warning to stderr, once per view type, since attributes given
/// to such a component are usually a mistake.
///
/// Inner HTML ([`InnerHtml`](crate::attribute::InnerHtml)) is not applied to the root in HTML;
/// do not pass it here.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::WithAttributes;
/// use view_core::attribute::{Attr, Class};
/// use view_core::html::button;
///
/// let view = WithAttributes::new(
///     button().class("btn").child("Save"),
///     (Class("primary"), Attr::new("data-id", 7)?),
/// );
/// assert_eq!(view.to_html(), r#"<button class="btn primary" data-id="7">Save</button>"#);
/// # Ok::<(), view_core::InvalidName>(())
/// ```
#[derive(Clone, Debug)]
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct WithAttributes<V, A> {
    view: V,
    attributes: A,
}

impl<V, A> WithAttributes<V, A> {
    /// Applies `attributes` (any [`Attribute`], usually a tuple) to the root element of `view`.
    pub fn new(view: V, attributes: A) -> Self {
        WithAttributes { view, attributes }
    }
}

/// Where the root element's start tag is, in a view's HTML.
struct StartTag {
    /// Just after the tag name.
    name_end: usize,
    /// The closing quote of an existing `class="…"`.
    class_end: Option<usize>,
    /// The closing quote of an existing `style="…"`.
    style_end: Option<usize>,
    /// Where attributes are appended: the `>` (or the `/` of `/>`).
    end: usize,
}

/// Finds the start tag of the first node of `html` if that node is an element.
///
/// Attribute values in our output are escaped (`"` and `>` never occur inside them), and
/// attribute names are validated, so the first `>` ends the start tag and ` class="` can only
/// open the class attribute.
fn root_start_tag(html: &str) -> Option<StartTag> {
    let bytes = html.as_bytes();
    if bytes.first() != Some(&b'<') || !bytes.get(1).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_end = bytes
        .iter()
        .position(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')?;
    let close = name_end + html[name_end..].find('>')?;
    let end = if bytes[close - 1] == b'/' {
        close - 1
    } else {
        close
    };
    let tag = &html[name_end..end];
    let value_end = |opening: &str| {
        let value = tag.find(opening)? + opening.len();
        Some(name_end + value + tag[value..].find('"')?)
    };
    Some(StartTag {
        name_end,
        class_end: value_end(r#" class=""#),
        style_end: value_end(r#" style=""#),
        end,
    })
}

/// One splice into the start tag.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Splice {
    // The order breaks ties between splices at one position: a new `class` before a new
    // `style`, both before the other attributes (for a tag without attributes, all three are
    // at the end of the tag name).
    NewClass,
    NewStyle,
    MergeClass,
    MergeStyle,
    Others,
}

/// Appends the text of `splice` to `out`.
fn write_splice<A: Attribute>(attributes: &A, splice: Splice, out: &mut String) {
    match splice {
        Splice::NewClass => {
            let mut first = true;
            attributes.write_class(out, &mut first);
            if !first {
                out.push('"');
            }
        }
        Splice::NewStyle => {
            let mut first = true;
            attributes.write_style(out, &mut first);
            if !first {
                out.push('"');
            }
        }
        // With `first` cleared, every part is written with its separator.
        Splice::MergeClass => attributes.write_class(out, &mut false),
        Splice::MergeStyle => attributes.write_style(out, &mut false),
        Splice::Others => attributes.write_html(out),
    }
}

/// Debug builds: says once per view type that attributes were dropped (see [`WithAttributes`]).
fn warn_no_root_element<V>() {
    #[cfg(debug_assertions)]
    {
        use std::sync::Mutex;
        static WARNED: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
        let view = std::any::type_name::<V>();
        let mut warned = WARNED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !warned.contains(&view) {
            warned.push(view);
            eprintln!(
                "view_core warning: WithAttributes: the first node of `{view}` is not an \
                 element, so the attributes given to it are dropped"
            );
        }
    }
}

impl<V: RenderHtml, A: Attribute> RenderHtml for WithAttributes<V, A> {
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    const MAY_END_WITH_TEXT: bool = V::MAY_END_WITH_TEXT;

    /// Exact when the root element exists and either already has the `class`/`style`
    /// attribute the class/style parts merge into, or there are no such parts. Otherwise a
    /// lower bound, as the [`RenderHtml`] contract allows: a part that opens a new `class` or
    /// `style` attribute writes 8 bytes more (` class=""` minus the separator), and when the
    /// view has no root element the attributes are not written at all. Which case applies is
    /// only known once the view's HTML is written.
    fn html_len(&self) -> usize {
        self.view.html_len()
            + self.attributes.html_len()
            + self.attributes.class_len()
            + self.attributes.style_len()
    }

    fn html_len_estimate(&self) -> usize {
        self.view.html_len_estimate()
            + self.attributes.html_len()
            + self.attributes.class_len()
            + self.attributes.style_len()
    }

    fn write_html(self, buf: &mut String) {
        let start = buf.len();
        self.view.write_html(buf);
        let Some(tag) = root_start_tag(&buf[start..]) else {
            warn_no_root_element::<V>();
            return;
        };
        let attributes = self.attributes;
        let mut splices = [None; 3];
        if attributes.class_len() > 0 {
            splices[0] = Some(match tag.class_end {
                Some(at) => (at, Splice::MergeClass),
                None => (tag.name_end, Splice::NewClass),
            });
        }
        if attributes.style_len() > 0 {
            // A new `style` goes after the `class` attribute, as elements write them.
            splices[1] = Some(match (tag.style_end, tag.class_end) {
                (Some(at), _) => (at, Splice::MergeStyle),
                (None, Some(class_end)) => (class_end + 1, Splice::NewStyle),
                (None, None) => (tag.name_end, Splice::NewStyle),
            });
        }
        splices[2] = Some((tag.end, Splice::Others));
        splices.sort_unstable();
        // The start tag (up to where attributes are appended) is written again with the
        // splices in it, into a reused scratch buffer (no allocation once it has grown), and
        // replaces the old one: the HTML after it moves once.
        SCRATCH.with(|scratch| {
            let mut fresh = String::new();
            let mut borrowed = scratch.try_borrow_mut();
            let out = match borrowed.as_deref_mut() {
                Ok(scratch) => scratch,
                Err(_) => &mut fresh,
            };
            out.clear();
            let old = &buf[start..start + tag.end];
            let mut copied = 0;
            for (at, splice) in splices.into_iter().flatten() {
                out.push_str(&old[copied..at]);
                copied = at;
                write_splice(&attributes, splice, out);
            }
            out.push_str(&old[copied..]);
            buf.replace_range(start..start + tag.end, out.as_str());
        });
    }
}

thread_local! {
    /// Scratch space for the rewritten root start tag.
    static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Retained state of a [`WithAttributes`]: the view's state, and the root element with the
/// attributes' state (`None` when the view has no root element).
pub struct WithAttributesState<R: Renderer, S, T> {
    view: S,
    attributes: Option<(R::Element, T)>,
}

fn root_element<R: Renderer, S: Mountable<R>>(state: &S) -> Option<R::Element> {
    state.first_node().as_ref().and_then(R::as_element)
}

impl<R, V, A> Render<R> for WithAttributes<V, A>
where
    R: Renderer,
    V: Render<R>,
    A: RenderAttribute<R>,
{
    type State = WithAttributesState<R, V::State, A::State>;

    fn build(self) -> Self::State {
        let view = self.view.build();
        let attributes = root_element::<R, _>(&view).map(|root| {
            let state = self.attributes.build(&root);
            (root, state)
        });
        if attributes.is_none() {
            warn_no_root_element::<V>();
        }
        WithAttributesState { view, attributes }
    }

    fn rebuild(self, state: &mut Self::State) {
        self.view.rebuild(&mut state.view);
        let root = root_element::<R, _>(&state.view);
        match (root, &mut state.attributes) {
            (Some(root), Some((old, attributes))) if R::same_node(root.as_ref(), old.as_ref()) => {
                self.attributes.rebuild(old, attributes);
            }
            (Some(root), _) => {
                let attributes = self.attributes.build(&root);
                state.attributes = Some((root, attributes));
            }
            (None, _) => {
                warn_no_root_element::<V>();
                state.attributes = None;
            }
        }
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let view = self.view.hydrate(cursor);
        // Applied again rather than trusted: the root may have been client-rendered (a
        // mismatch), without them. Applying an attribute twice changes nothing.
        let attributes = root_element::<R, _>(&view).map(|root| {
            let state = self.attributes.build(&root);
            (root, state)
        });
        WithAttributesState { view, attributes }
    }
}

impl<R: Renderer, S: Mountable<R>, T> Mountable<R> for WithAttributesState<R, S, T> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        self.view.mount(parent, marker);
    }
    fn unmount(&mut self) {
        self.view.unmount();
    }
    fn first_node(&self) -> Option<R::Node> {
        self.view.first_node()
    }
}
