//! [`WithAttributes`]: a view with extra attributes applied to each of its root elements, and
//! [`RootAttributes`], how those attributes reach the root elements' start tags in HTML.

use std::cell::Cell;

use crate::attribute::{Attribute, RenderAttribute};
use crate::hydration::Cursor;
use crate::{Mountable, Render, RenderHtml, Renderer};

/// This is what `view!` produces for `<Card attr:class="wide" on:click=f {..extra}/>`: the
/// attributes are given to **each root element** of the component's view, as Leptos does.
///
/// The root elements of a view are the elements at its top level: the view itself when it is
/// an element, each element of a tuple or fragment (`(<a/>, <b/>)`), the shown branch of an
/// `Option`, an `Either` or a `<Show>`, each item of a `Vec`, array or keyed list, what a
/// closure or an [`AnyView`](crate::AnyView) currently shows, and the roots of a nested
/// component's view. Text, placeholders and elements nested inside other elements are not
/// roots. (Leptos's `AddAnyAttr` makes the same choices for lists and branches.)
///
/// - HTML: each root element writes the attributes inside its own start tag as it writes it
///   ([`RenderHtml::write_html_with_root`]); nothing written is read back or moved. Class parts
///   merge into the element's own `class="…"` (separated by a space) and style parts into its
///   `style="…"` (separated by `;`), so no tag gets a duplicate attribute; a new `class` comes
///   first, a new `style` after the `class` attribute, other attributes at the end of the tag.
/// - Live nodes: the view is built, then the attributes are applied to each root element
///   ([`Mountable::root_elements`]), a clone of them per root. On rebuild the view is rebuilt
///   first, then the attributes are rebuilt on each root element that was already one
///   (touching only what changed) and built on new roots. Hydration applies them to the
///   hydrated roots.
///
/// Applying to several roots needs copies: the attributes must be `Clone` to be built. `view!`
/// makes the listeners of `on:` share one handler (a shared `FnMut`, called for an event on
/// any root), a `use:` directive runs once per root element (its function and parameter are
/// cloned), and signals, closures and strings clone as usual.
///
/// # When the roots change after building
/// The roots are collected when the component is built, rebuilt or hydrated. A root that the
/// view's own reactivity creates later (a `move || if … { view! {<a/>} } else { … }` at the top
/// of the component switching branch, a row a top-level `<For>` adds, the other branch of a
/// top-level `<Show>`) does not get the attributes (in HTML every root has them, since HTML
/// is written once); put such a view inside an element, or give the attributes inside it.
///
/// # A view without root elements
/// If the view has no root element (text, a placeholder, nothing), the attributes are
/// **dropped**, in HTML and in live nodes alike, and the view is written or built unchanged.
/// This does not panic (a component may legitimately render nothing); debug builds print a
/// warning to stderr, once per view type, since attributes given to such a component are
/// usually a mistake.
///
/// Inner HTML ([`InnerHtml`](crate::attribute::InnerHtml)) is not applied to the roots in
/// HTML; do not pass it here.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::WithAttributes;
/// use view_core::attribute::{Attr, Class};
/// use view_core::html::{button, span};
///
/// let view = WithAttributes::new(
///     button().class("btn").child("Save"),
///     (Class("primary"), Attr::new("data-id", 7)?),
/// );
/// assert_eq!(view.to_html(), r#"<button class="btn primary" data-id="7">Save</button>"#);
///
/// // Two roots: both get the attributes; the text between them does not.
/// let view = WithAttributes::new((button(), " or ", span()), Class("x"));
/// assert_eq!(view.to_html(), r#"<button class="x"></button> or <span class="x"></span>"#);
/// # Ok::<(), view_core::InvalidName>(())
/// ```
#[derive(Clone, Debug)]
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct WithAttributes<V, A> {
    view: V,
    attributes: A,
}

impl<V, A> WithAttributes<V, A> {
    /// Applies `attributes` (any [`Attribute`], usually a tuple) to each root element of
    /// `view`.
    pub fn new(view: V, attributes: A) -> Self {
        WithAttributes { view, attributes }
    }
}

/// Attributes written into the start tag of each root element of a view, passed down by
/// [`RenderHtml::write_html_with_root`] (see [`WithAttributes`]).
///
/// Views that contain elements at their top level (tuples, `Option`, lists, …) pass it on to
/// them; an element merges it into the start tag it writes. A view written inside a
/// [`WithAttributes`] that is itself inside another receives both lists, inner first.
pub struct RootAttributes<'a> {
    attributes: &'a dyn AttributeHtml,
    outer: Option<&'a RootAttributes<'a>>,
    applied: Cell<bool>,
}

/// The HTML half of [`Attribute`], object safe, so [`RootAttributes`] is one type whatever
/// the attributes are.
trait AttributeHtml {
    fn write_html(&self, buf: &mut String);
    fn write_class(&self, buf: &mut String, first: &mut bool);
    fn write_style(&self, buf: &mut String, first: &mut bool);
}

impl<A: Attribute> AttributeHtml for A {
    fn write_html(&self, buf: &mut String) {
        Attribute::write_html(self, buf)
    }
    fn write_class(&self, buf: &mut String, first: &mut bool) {
        if A::HAS_CLASS {
            Attribute::write_class(self, buf, first)
        }
    }
    fn write_style(&self, buf: &mut String, first: &mut bool) {
        if A::HAS_STYLE {
            Attribute::write_style(self, buf, first)
        }
    }
}

impl<'a> RootAttributes<'a> {
    fn new<A: Attribute>(attributes: &'a A, outer: Option<&'a RootAttributes<'a>>) -> Self {
        RootAttributes {
            attributes,
            outer,
            applied: Cell::new(false),
        }
    }

    /// Records that a root element took the attributes (the [`WithAttributes`] that made
    /// them warns when none did).
    pub(crate) fn mark_applied(&self) {
        self.applied.set(true);
        if let Some(outer) = self.outer {
            outer.mark_applied();
        }
    }

    /// Appends the class parts; the first part opens ` class="` and clears `first`, the
    /// others are written with a space before them.
    pub(crate) fn write_class(&self, buf: &mut String, first: &mut bool) {
        self.attributes.write_class(buf, first);
        if let Some(outer) = self.outer {
            outer.write_class(buf, first);
        }
    }

    /// Appends the style parts, as [`write_class`](Self::write_class) does the class parts.
    pub(crate) fn write_style(&self, buf: &mut String, first: &mut bool) {
        self.attributes.write_style(buf, first);
        if let Some(outer) = self.outer {
            outer.write_style(buf, first);
        }
    }

    /// Appends the other attributes, each as ` name="value"`.
    pub(crate) fn write_others(&self, buf: &mut String) {
        self.attributes.write_html(buf);
        if let Some(outer) = self.outer {
            outer.write_others(buf);
        }
    }

    /// Writes the class parts as a new ` class="…"` attribute (nothing when none is present).
    pub(crate) fn write_new_class(&self, buf: &mut String) {
        let mut first = true;
        self.write_class(buf, &mut first);
        if !first {
            buf.push('"');
        }
    }

    /// Writes the style parts as a new ` style="…"` attribute (nothing when none is present).
    pub(crate) fn write_new_style(&self, buf: &mut String) {
        let mut first = true;
        self.write_style(buf, &mut first);
        if !first {
            buf.push('"');
        }
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
                "view_core warning: WithAttributes: `{view}` has no root element, so the \
                 attributes given to it are dropped"
            );
        }
    }
}

impl<V: RenderHtml, A: Attribute> RenderHtml for WithAttributes<V, A> {
    const MAY_START_WITH_TEXT: bool = V::MAY_START_WITH_TEXT;
    const MAY_END_WITH_TEXT: bool = V::MAY_END_WITH_TEXT;

    /// Exact when the view has exactly one root element and either that element already has
    /// the `class`/`style` attribute the class/style parts merge into, or there are no such
    /// parts. Otherwise a lower bound, as the [`RenderHtml`] contract allows: a part that opens
    /// a new `class` or `style` attribute writes 8 bytes more (` class=""` minus the
    /// separator), each further root element writes the attributes again, and a view without
    /// root elements writes none. Which case applies is only known while writing.
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
        let root = RootAttributes::new(&self.attributes, None);
        self.view.write_html_with_root(buf, &root);
        if !root.applied.get() {
            warn_no_root_element::<V>();
        }
    }

    /// Inside another `WithAttributes`: the roots get these attributes, then the outer ones.
    fn write_html_with_root(self, buf: &mut String, outer: &RootAttributes<'_>) {
        let root = RootAttributes::new(&self.attributes, Some(outer));
        self.view.write_html_with_root(buf, &root);
        if !root.applied.get() {
            warn_no_root_element::<V>();
        }
    }
}

/// Retained state of a [`WithAttributes`]: the view's state, and each root element with the
/// attributes' state on it (none when the view has no root element).
pub struct WithAttributesState<R: Renderer, S, T> {
    view: S,
    roots: Vec<(R::Element, T)>,
}

/// The root elements of `state`, in document order.
fn root_elements<R: Renderer, S: Mountable<R>>(state: &S) -> Vec<R::Element> {
    let mut roots = Vec::new();
    state.root_elements(&mut |element| roots.push(element.clone()));
    roots
}

/// Applies `attributes` to each of `roots` with `apply`: clones for all but the last root,
/// which takes the value itself.
fn apply_each<R: Renderer, A: Clone, T>(
    roots: Vec<R::Element>,
    attributes: A,
    mut apply: impl FnMut(A, R::Element) -> (R::Element, T),
) -> Vec<(R::Element, T)> {
    let mut applied = Vec::with_capacity(roots.len());
    let mut roots = roots.into_iter().peekable();
    let mut attributes = Some(attributes);
    while let Some(root) = roots.next() {
        let value = if roots.peek().is_some() {
            attributes.clone()
        } else {
            attributes.take()
        };
        if let Some(value) = value {
            applied.push(apply(value, root));
        }
    }
    applied
}

impl<R, V, A> Render<R> for WithAttributes<V, A>
where
    R: Renderer,
    V: Render<R>,
    A: RenderAttribute<R> + Clone,
{
    type State = WithAttributesState<R, V::State, A::State>;

    fn build(self) -> Self::State {
        let view = self.view.build();
        let roots = root_elements::<R, _>(&view);
        if roots.is_empty() {
            warn_no_root_element::<V>();
        }
        let roots = apply_each::<R, _, _>(roots, self.attributes, |attributes, root| {
            let state = attributes.build(&root);
            (root, state)
        });
        WithAttributesState { view, roots }
    }

    fn rebuild(self, state: &mut Self::State) {
        self.view.rebuild(&mut state.view);
        let roots = root_elements::<R, _>(&state.view);
        if roots.is_empty() {
            warn_no_root_element::<V>();
        }
        let mut old = std::mem::take(&mut state.roots);
        state.roots = apply_each::<R, _, _>(roots, self.attributes, |attributes, root| {
            // A root that was one before keeps its state and is updated; a new one is built.
            let kept = old
                .iter()
                .position(|(element, _)| R::same_node(element.as_ref(), root.as_ref()));
            match kept {
                Some(index) => {
                    let (element, mut attribute_state) = old.swap_remove(index);
                    attributes.rebuild(&element, &mut attribute_state);
                    (element, attribute_state)
                }
                None => {
                    let attribute_state = attributes.build(&root);
                    (root, attribute_state)
                }
            }
        });
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let view = self.view.hydrate(cursor);
        // Applied again rather than trusted: a root may have been client-rendered (a
        // mismatch), without them. Applying an attribute twice changes nothing.
        let roots = root_elements::<R, _>(&view);
        let roots = apply_each::<R, _, _>(roots, self.attributes, |attributes, root| {
            let state = attributes.build(&root);
            (root, state)
        });
        WithAttributesState { view, roots }
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
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        self.view.root_elements(f);
    }
}
