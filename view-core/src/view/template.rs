//! [`Template`]: an element subtree whose HTML the `view!` macro split at compile time into
//! static pieces and dynamic holes.
//!
//! [`Static`](crate::Static) covers subtrees without any dynamic part. Most subtrees have a few
//! (a text child, an attribute value, a list): for those `view!` emits a `Template`. Its HTML is
//! the first static piece, then each hole followed by the static piece after it:
//!
//! ```text
//! <p class="x">Hi, {name}!</p>   →   "<p class=\"x\">Hi, "  ChildHole(name)  "!</p>"
//! ```
//!
//! - Server rendering writes the pieces with one `push_str` each and the holes with their own
//!   [`RenderHtml`] or [`AttributeValue`] code; [`RenderHtml::html_len`] stays exact. The
//!   pieces live in the call site's `static` [`CallSite`], so a template value holds only its
//!   holes' values and one reference.
//! - Building for a [`Renderer`] makes the static nodes from the call site's [`Skeleton`] (a
//!   clone of a prototype where the renderer can clone, e.g. the DOM's `<template>` +
//!   `cloneNode`; built from the description elsewhere), then builds each hole at the node its
//!   [`Site`] names: children before their static next sibling, attributes on their element.
//!   The nodes and attributes are those of the builder form.
//!
//! The holes are the leaf types of this module ([`ChildHole`], [`AttrHole`], [`ClassHole`],
//! [`StyleHole`], [`InnerHtmlHole`], [`AttachHole`], and [`AttributesHole`] for every
//! attribute of an element with a spread or a `bind:`) and tuples of holes (nested when there
//! are more than 26). Their public fields
//! are for the macro; the shapes are not a stable API.
//!
//! # Contract
//! The template writes and builds exactly what the equivalent builder tree writes and builds.
//! The macro guarantees it: static pieces are escaped with the runtime's own
//! [`escape`](crate::escape) module, the skeleton describes the same static nodes, and each
//! hole writes and builds what its builder counterpart does (a child with the `<!>` rule of
//! [`RenderHtml`], an attribute as ` name="value"` or nothing, class and style parts merged).
//! The static pieces are written unescaped, so only the macro makes a `Template` (there is no
//! public constructor; [`ClassPart`]'s pre-escaped text is private for the same reason).
//!
//! ```
//! use view_core::prelude::*;
//! let name = "Ann & Bob";
//! // A `Template`: "<p>Hi, " ChildHole(name) "!</p>".
//! let view = view! { <p>"Hi, " {name} "!"</p> };
//! assert_eq!(view.to_html(), "<p>Hi, <!>Ann &amp; Bob<!>!</p>");
//! ```
//!
//! ```compile_fail
//! use view_core::template::{ChildHole, Skeleton, Template};
//! static S: Skeleton = Skeleton { location: "", html: "", nodes: &[], marks: &[], sites: &[], roots: &[] };
//! static C: CallSite = CallSite { first: "<script>", pieces: &[""], skeleton: &S, hint: None };
//! let _ = Template::new(ChildHole::<_, false, false>(()), &C);
//! ```

use std::sync::atomic::{AtomicUsize, Ordering};

pub use super::attributes_hole::AttributesHole;
pub use super::root_tag::{PiecePos, RootSlot, RootTag, RootWriter};
pub use super::skeleton::{Marked, Site, Skeleton, SkeletonNode};

use super::roots_hook;
use super::skeleton::instantiate;
use crate::attribute::{
    Attribute, AttributeValue, Class, Condition, RenderAttribute, RenderAttributeValue,
    class_attribute_len, open_part, style_attribute_len, write_class_attribute,
    write_style_attribute,
};
use crate::hydration::{ChildSite, Cursor, Walk};
use crate::ssr::escape_fast::push_piece;
use crate::{Mountable, Render, RenderHtml, Renderer, RootAttributes};

/// An element subtree as static pieces and holes; see the [module docs](self).
#[derive(Clone, Copy)]
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct Template<H> {
    holes: H,
    call_site: &'static CallSite,
}

/// What the templates of one `view!` call site share, in a `static`: the static pieces, the
/// [`Skeleton`], and, for the template at the root of the call site, its [`SizeHint`].
///
/// A template value is then its holes' values and one reference, which matters where many are
/// stored at once: a list collected with `.collect::<Vec<_>>()` per row and per cell holds
/// every cell's template until it is written (a `<td>{n}</td>` template takes 16 bytes, the
/// number and this reference, instead of 56 with the pieces, skeleton and hint inline).
/// The fields are public for the macro; like [`Skeleton`], this is not a stable API.
#[derive(Debug)]
pub struct CallSite {
    /// The static HTML before the first hole (escaped by the macro, written as is).
    pub first: &'static str,
    /// The static HTML after each hole, in hole order (escaped by the macro, written as is).
    pub pieces: &'static [&'static str],
    /// The static nodes, for building.
    pub skeleton: &'static Skeleton,
    /// At the root template of a call site: the output size it learned, which sizes
    /// [`to_html`](RenderHtml::to_html)'s buffer instead of an estimate pass.
    pub hint: Option<&'static SizeHint>,
}

/// The output size a `view!` call site learned from its previous renders, so that
/// [`RenderHtml::to_html`] allocates once without an estimate pass over the tree. `view!`
/// gives one to the template at the root of each call site (a `static`, referenced from its
/// [`CallSite`]).
///
/// The hint follows the recent renders, not the largest one ever seen: it grows at once to a
/// render's size plus an eighth, never above [`SizeHint::MAX`], and while renders need less
/// than half of it, it halves its surplus at each render. After one huge render, a call site
/// whose renders are small again allocates at most twice what they need within a few renders
/// (about `log2(huge / small)`), instead of allocating the huge size forever.
///
/// ```
/// use view_core::template::SizeHint;
/// let hint = SizeHint::new();
/// hint.learn(800);
/// assert_eq!(hint.get(), 900); // 800 and an eighth
/// hint.learn(500);
/// assert_eq!(hint.get(), 900); // needs more than half: kept
/// hint.learn(100);
/// assert_eq!(hint.get(), 506); // much smaller: the surplus over 112 halves
/// hint.learn(usize::MAX);
/// assert_eq!(hint.get(), SizeHint::MAX);
/// ```
#[derive(Debug, Default)]
pub struct SizeHint(AtomicUsize);

impl SizeHint {
    /// The largest capacity a hint asks for (1 MiB). A render that needs more grows its
    /// `String` as usual; the cap bounds what one unusual render makes later renders allocate.
    pub const MAX: usize = 1 << 20;

    /// No size learned yet.
    pub const fn new() -> Self {
        SizeHint(AtomicUsize::new(0))
    }

    /// The capacity to allocate, or 0 before the first render.
    #[inline]
    pub fn get(&self) -> usize {
        self.0.load(Ordering::Relaxed)
    }

    /// Learns from a render of `len` bytes: grows to `len` plus an eighth at once (at most
    /// [`MAX`](Self::MAX)); when `len` plus an eighth is under half the hint, halves the
    /// surplus.
    #[inline]
    pub fn learn(&self, len: usize) {
        let hint = self.get();
        let wanted = len.saturating_add(len / 8).min(Self::MAX);
        let next = if wanted > hint {
            wanted
        } else if wanted < hint / 2 {
            wanted + (hint - wanted) / 2
        } else {
            return;
        };
        self.0.store(next, Ordering::Relaxed);
    }
}

impl<H> std::fmt::Debug for Template<H> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Template")
            .field("first", &self.call_site.first)
            .finish_non_exhaustive()
    }
}

impl<H> Template<H> {
    /// A template writing the call site's first piece, then `holes` (each followed by its
    /// static piece); when built, the static nodes come from the call site's skeleton and each
    /// hole attaches at its site. Crate-private: `view!` reaches it through
    /// `__private::template`.
    #[inline]
    pub(crate) fn new(holes: H, call_site: &'static CallSite) -> Self {
        Template { holes, call_site }
    }
}

/// The static pieces after the holes of a template, taken in hole order: each hole takes the
/// next one (from [`CallSite::pieces`]), as building takes the next [`Site`].
pub type Pieces = std::slice::Iter<'static, &'static str>;

/// The static piece after the current hole (none when the macro gave fewer pieces than holes,
/// which it does not).
#[inline(always)]
pub(crate) fn next_piece(pieces: &mut Pieces) -> &'static str {
    pieces.next().copied().unwrap_or_default()
}

/// The dynamic parts of a [`Template`], each followed by its static piece.
///
/// Implemented by the hole types of this module and by tuples of holes.
pub trait Holes {
    /// Bytes [`write_holes`](Self::write_holes) appends (exact for known values, as
    /// [`RenderHtml::html_len`]), the holes' static pieces taken from `pieces`.
    fn holes_len(&self, pieces: &mut Pieces) -> usize;
    /// A quick estimate of [`holes_len`](Self::holes_len) (see
    /// [`RenderHtml::html_len_estimate`]).
    fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize;
    /// Appends every hole and the static piece after it, taken from `pieces`.
    fn write_holes(self, buf: &mut String, pieces: &mut Pieces);

    /// [`write_holes`](Self::write_holes) for a template that is a root of a
    /// [`WithAttributes`](crate::WithAttributes): `writer` writes the piece after each hole,
    /// with the extra attributes in the root's start tag. The default, for a single hole that
    /// takes one piece, writes the hole and lets `writer` write its piece; tuples pass the
    /// writer to each hole, and the root's class and style holes merge the extra parts.
    #[doc(hidden)]
    fn write_holes_root(self, buf: &mut String, writer: &mut RootWriter<'_>)
    where
        Self: Sized,
    {
        /// The piece a hole takes when the writer writes its real piece.
        static NO_PIECE: [&str; 1] = [""];
        self.write_holes(buf, &mut NO_PIECE.iter());
        writer.next_piece(buf);
    }
}

impl Holes for () {
    fn holes_len(&self, _pieces: &mut Pieces) -> usize {
        0
    }
    fn holes_len_estimate(&self, _pieces: &mut Pieces) -> usize {
        0
    }
    fn write_holes(self, _buf: &mut String, _pieces: &mut Pieces) {}
}

impl<H: Holes> RenderHtml for Template<H> {
    // A template is always one element.
    const MAY_START_WITH_TEXT: bool = false;
    const MAY_END_WITH_TEXT: bool = false;

    #[inline]
    fn html_len(&self) -> usize {
        self.call_site.first.len() + self.holes.holes_len(&mut self.call_site.pieces.iter())
    }

    #[inline]
    fn html_len_estimate(&self) -> usize {
        self.call_site.first.len()
            + self
                .holes
                .holes_len_estimate(&mut self.call_site.pieces.iter())
    }

    #[inline(always)]
    fn write_html(self, buf: &mut String) {
        push_piece(buf, self.call_site.first);
        self.holes
            .write_holes(buf, &mut self.call_site.pieces.iter());
    }

    /// The template's root element takes `root`'s attributes at the places its call site
    /// recorded ([`Skeleton::roots`]).
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        let call_site = self.call_site;
        let Some(&tag) = call_site.skeleton.roots.first() else {
            return self.write_html(buf);
        };
        let mut writer =
            RootWriter::start(buf, call_site.first, call_site.pieces.iter(), tag, root);
        self.holes.write_holes_root(buf, &mut writer);
    }

    fn to_html(self) -> String {
        let Some(hint) = self.call_site.hint else {
            let estimate = self.html_len_estimate();
            let mut buf = String::with_capacity(estimate + estimate / 8);
            self.write_html(&mut buf);
            return buf;
        };
        let capacity = match hint.get() {
            0 => {
                let estimate = self.html_len_estimate();
                estimate + estimate / 8
            }
            learned => learned,
        };
        let mut buf = String::with_capacity(capacity);
        self.write_html(&mut buf);
        hint.learn(buf.len());
        buf
    }
}

impl<R: Renderer, H: BuildHoles<R>> Render<R> for Template<H> {
    type State = TemplateState<R, H::State>;

    // The holes are inside the template's element, not roots of a component's view: their
    // effects capture no roots hook (see `view::roots_hook`).
    fn build(self) -> Self::State {
        roots_hook::paused(|| {
            let skeleton = self.call_site.skeleton;
            let (root, marked) = instantiate::<R>(skeleton);
            let mut sites = skeleton.sites.iter();
            let mut holes = self.holes.build(&marked, &mut sites);
            H::children_built(&mut holes);
            TemplateState { root, holes }
        })
    }

    fn rebuild(self, state: &mut Self::State) {
        roots_hook::paused(|| self.holes.rebuild(&mut state.holes))
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let skeleton = self.call_site.skeleton;
        cursor.located(skeleton.location, |cursor| {
            let root = match skeleton.nodes.first() {
                Some(SkeletonNode::Element { tag, .. }) => cursor.element(tag),
                _ => None,
            };
            let Some(root) = root else {
                return cursor.client_render(self);
            };
            roots_hook::paused(|| {
                let mut walk = Walk::template(skeleton, &root, cursor);
                let mut holes = self.holes.hydrate(&mut walk);
                walk.finish();
                H::children_built(&mut holes);
                TemplateState { root, holes }
            })
        })
    }
}

/// Retained state of a built [`Template`]: its root element and the state of each hole.
pub struct TemplateState<R: Renderer, S> {
    root: R::Element,
    holes: S,
}

impl<R: Renderer, S> Mountable<R> for TemplateState<R, S> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        R::insert_before(parent, self.root.as_ref(), marker);
    }
    fn unmount(&mut self) {
        R::remove(self.root.as_ref());
    }
    fn first_node(&self) -> Option<R::Node> {
        Some(self.root.as_ref().clone())
    }
}

/// Building the holes of a [`Template`] at their sites, and rebuilding them.
///
/// Implemented by the hole types of this module and by tuples of holes. Not for use outside
/// the macro's expansion: the sites come from the template's [`Skeleton`].
pub trait BuildHoles<R: Renderer>: Holes {
    /// The holes' retained state.
    type State;
    /// Builds each hole at the next site of `sites`, on the nodes in `marked`.
    #[doc(hidden)]
    fn build(self, marked: &Marked<R>, sites: &mut std::slice::Iter<'_, Site>) -> Self::State;
    /// Updates the holes' state to these values.
    #[doc(hidden)]
    fn rebuild(self, state: &mut Self::State);
    /// Hydrates each hole at the next site of `walk`.
    #[doc(hidden)]
    fn hydrate(self, walk: &mut Walk<'_, R>) -> Self::State;
    /// Called once every hole of the template is built or hydrated, so every element has its
    /// children: [`RenderAttribute::children_built`] of the attributes a hole holds (a
    /// `<select>`'s bound value is set again once its options exist). Nothing by default.
    #[doc(hidden)]
    fn children_built(_state: &mut Self::State) {}
}

impl<R: Renderer> BuildHoles<R> for () {
    type State = ();
    fn build(self, _marked: &Marked<R>, _sites: &mut std::slice::Iter<'_, Site>) {}
    fn rebuild(self, _state: &mut ()) {}
    fn hydrate(self, _walk: &mut Walk<'_, R>) {}
}

pub(super) const NO_SITE: &str = "view-core bug: a template hole without its site";

/// The element an attribute hole attaches to.
pub(super) fn element_site<R: Renderer>(
    marked: &Marked<R>,
    sites: &mut std::slice::Iter<'_, Site>,
) -> R::Element {
    match sites.next() {
        Some(Site::Element(position)) => marked.element(*position),
        _ => panic!("view-core bug: an attribute hole without an element site"),
    }
}

use crate::ssr::render_html::{MARKER, marker_bytes, push_marker};

/// Dynamic children (one view, or a tuple of adjacent ones) and the static piece after them.
///
/// `TEXT_BEFORE` / `TEXT_AFTER`: whether static text comes right before / after the hole. A
/// `<!>` marker separates the hole from that text when the hole's view may start / end with
/// text, exactly as between the children of an element (see [`RenderHtml`]).
#[derive(Clone, Copy, Debug)]
pub struct ChildHole<T, const TEXT_BEFORE: bool, const TEXT_AFTER: bool>(
    /// The children.
    pub T,
);

impl<T: RenderHtml, const B: bool, const A: bool> ChildHole<T, B, A> {
    const BEFORE: &'static str = if B && T::MAY_START_WITH_TEXT {
        MARKER
    } else {
        ""
    };
    const AFTER: &'static str = if A && T::MAY_END_WITH_TEXT {
        MARKER
    } else {
        ""
    };
}

impl<T: RenderHtml, const B: bool, const A: bool> Holes for ChildHole<T, B, A> {
    #[inline]
    fn holes_len(&self, pieces: &mut Pieces) -> usize {
        marker_bytes(Self::BEFORE.len() + Self::AFTER.len())
            + self.0.html_len()
            + next_piece(pieces).len()
    }
    #[inline]
    fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize {
        marker_bytes(Self::BEFORE.len() + Self::AFTER.len())
            + self.0.html_len_estimate()
            + next_piece(pieces).len()
    }
    #[inline(always)]
    fn write_holes(self, buf: &mut String, pieces: &mut Pieces) {
        if !Self::BEFORE.is_empty() {
            push_marker(buf);
        }
        self.0.write_html(buf);
        if !Self::AFTER.is_empty() {
            push_marker(buf);
        }
        push_piece(buf, next_piece(pieces));
    }
}

/// A named attribute with a dynamic value (written as ` name="value"`, ` name` or nothing, as
/// [`AttributeValue`] says), and the static piece after it.
#[derive(Clone, Copy, Debug)]
pub struct AttrHole<V>(
    /// The attribute name.
    pub &'static str,
    /// The value.
    pub V,
);

impl<V: AttributeValue> Holes for AttrHole<V> {
    #[inline]
    fn holes_len(&self, pieces: &mut Pieces) -> usize {
        self.1.attr_len(self.0) + next_piece(pieces).len()
    }
    #[inline]
    fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize {
        self.holes_len(pieces)
    }
    #[inline(always)]
    fn write_holes(self, buf: &mut String, pieces: &mut Pieces) {
        self.1.write_attr(self.0, buf);
        push_piece(buf, next_piece(pieces));
    }
}

/// All class parts of an element ([`Class`](crate::attribute::Class) values, static ones
/// included) when one of them is dynamic: written as one ` class="…"`, or nothing when no part
/// is present; then the static piece after it.
#[derive(Clone, Copy, Debug)]
pub struct ClassHole<A>(
    /// The class parts, a tuple of `Class` in source order.
    pub A,
);

impl<A: Attribute> Holes for ClassHole<A> {
    #[inline]
    fn holes_len(&self, pieces: &mut Pieces) -> usize {
        class_attribute_len(&self.0) + next_piece(pieces).len()
    }
    #[inline]
    fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize {
        self.holes_len(pieces)
    }
    #[inline(always)]
    fn write_holes(self, buf: &mut String, pieces: &mut Pieces) {
        write_class_attribute(&self.0, buf);
        push_piece(buf, next_piece(pieces));
    }
    fn write_holes_root(self, buf: &mut String, writer: &mut RootWriter<'_>) {
        writer.class_attribute(buf, true, |buf, first| self.0.write_class(buf, first));
        writer.next_piece(buf);
    }
}

/// A class part whose text `view!` escaped at compile time, present when its condition holds:
/// the name of a `class:name=cond` toggle, or a literal `class="a b"` in a class group that
/// also has dynamic parts. Written without escaping it again, so only the macro makes one
/// (through `__private::class_part`); the macro's closure takes the condition back out with
/// `ClassPart { 1: condition, .. }`.
///
/// ```compile_fail
/// let _ = view_core::template::ClassPart("\"><script>", "x", true);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ClassPart<C>(
    /// The class text, already escaped for a double-quoted attribute value.
    &'static str,
    /// The class name as written (one name: the macro splits literal class lists).
    &'static str,
    /// Whether the part is present (a `bool`, or a closure returning one).
    pub C,
);

impl<C> ClassPart<C> {
    /// See the type's docs; crate-private for the same reason as `Template::new`.
    #[inline(always)]
    pub(crate) const fn new(escaped: &'static str, name: &'static str, condition: C) -> Self {
        ClassPart(escaped, name, condition)
    }
}

impl<C: Condition> Attribute for ClassPart<C> {
    const HAS_CLASS: bool = true;
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
    #[inline]
    fn class_len(&self) -> usize {
        if self.2.get() { self.0.len() + 1 } else { 0 }
    }
    #[inline]
    fn write_class(&self, buf: &mut String, first: &mut bool) {
        if self.2.get() {
            open_part(buf, first, " class=\"", ' ');
            buf.push_str(self.0);
        }
    }
}

/// All style parts of an element ([`Style`](crate::attribute::Style) values) when one of them
/// is dynamic: written as one ` style="…"`, or nothing; then the static piece after it.
#[derive(Clone, Copy, Debug)]
pub struct StyleHole<A>(
    /// The style parts, a tuple of `Style` in source order.
    pub A,
);

impl<A: Attribute> Holes for StyleHole<A> {
    #[inline]
    fn holes_len(&self, pieces: &mut Pieces) -> usize {
        style_attribute_len(&self.0) + next_piece(pieces).len()
    }
    #[inline]
    fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize {
        self.holes_len(pieces)
    }
    #[inline(always)]
    fn write_holes(self, buf: &mut String, pieces: &mut Pieces) {
        write_style_attribute(&self.0, buf);
        push_piece(buf, next_piece(pieces));
    }
    fn write_holes_root(self, buf: &mut String, writer: &mut RootWriter<'_>) {
        writer.style_attribute(buf, |buf, first| self.0.write_style(buf, first));
        writer.next_piece(buf);
    }
}

impl<R, T, const B: bool, const A: bool> BuildHoles<R> for ChildHole<T, B, A>
where
    R: Renderer,
    T: RenderHtml + Render<R>,
{
    type State = T::State;
    fn build(self, marked: &Marked<R>, sites: &mut std::slice::Iter<'_, Site>) -> T::State {
        let Some(&Site::Child { parent, before }) = sites.next() else {
            panic!("view-core bug: a child hole without a child site");
        };
        let mut state = self.0.build();
        state.mount(
            &marked.element(parent),
            before.map(|node| marked.node(node)),
        );
        state
    }
    fn rebuild(self, state: &mut T::State) {
        self.0.rebuild(state);
    }
    fn hydrate(self, walk: &mut Walk<'_, R>) -> T::State {
        match walk.child_site() {
            Some(ChildSite::Hydrate(cursor)) => {
                if !Self::BEFORE.is_empty() {
                    cursor.separator();
                }
                let state = self.0.hydrate(cursor);
                if !Self::AFTER.is_empty() {
                    cursor.separator();
                }
                state
            }
            Some(ChildSite::Build(cursor)) => cursor.client_render(self.0),
            None => panic!("{NO_SITE}"),
        }
    }
}

impl<R, V> BuildHoles<R> for AttrHole<V>
where
    R: Renderer,
    V: AttributeValue + RenderAttributeValue<R>,
{
    type State = (R::Element, V::State);
    fn build(self, marked: &Marked<R>, sites: &mut std::slice::Iter<'_, Site>) -> Self::State {
        let element = element_site(marked, sites);
        let state = self.1.build(&element, self.0);
        (element, state)
    }
    fn rebuild(self, state: &mut Self::State) {
        self.1.rebuild(&state.0, self.0, &mut state.1);
    }
    fn hydrate(self, walk: &mut Walk<'_, R>) -> Self::State {
        let Some((element, fresh)) = walk.element_site() else {
            panic!("{NO_SITE}");
        };
        let state = if fresh {
            self.1.build(&element, self.0)
        } else {
            self.1.hydrate(&element, self.0)
        };
        (element, state)
    }
}

/// The content of an element written as unescaped HTML (`inner_html=`), and the static piece
/// after it (the element's end tag). On a live element it sets the inner HTML; hydration keeps
/// the content the server wrote, as the browser parsed it.
#[derive(Clone, Copy, Debug)]
pub struct InnerHtmlHole<V>(
    /// The HTML.
    pub V,
);

impl<V: AsRef<str>> Holes for InnerHtmlHole<V> {
    #[inline]
    fn holes_len(&self, pieces: &mut Pieces) -> usize {
        self.0.as_ref().len() + next_piece(pieces).len()
    }
    #[inline]
    fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize {
        self.holes_len(pieces)
    }
    #[inline(always)]
    fn write_holes(self, buf: &mut String, pieces: &mut Pieces) {
        buf.push_str(self.0.as_ref());
        push_piece(buf, next_piece(pieces));
    }
}

impl<R: Renderer, V: AsRef<str>> BuildHoles<R> for InnerHtmlHole<V> {
    type State = (R::Element, V);
    fn build(self, marked: &Marked<R>, sites: &mut std::slice::Iter<'_, Site>) -> Self::State {
        let element = element_site(marked, sites);
        R::set_inner_html(&element, self.0.as_ref());
        (element, self.0)
    }
    fn rebuild(self, state: &mut Self::State) {
        if state.1.as_ref() != self.0.as_ref() {
            R::set_inner_html(&state.0, self.0.as_ref());
            state.1 = self.0;
        }
    }
    fn hydrate(self, walk: &mut Walk<'_, R>) -> Self::State {
        let Some((element, fresh)) = walk.content_site() else {
            panic!("{NO_SITE}");
        };
        if fresh {
            R::set_inner_html(&element, self.0.as_ref());
        }
        (element, self.0)
    }
}

/// An attribute that writes nothing in HTML and attaches to the live element: a listener
/// (`on:`), a DOM property (`prop:`) or a directive (`use:`); then the static piece after it.
#[derive(Clone, Copy, Debug)]
pub struct AttachHole<A>(
    /// The attribute.
    pub A,
);

impl<A> Holes for AttachHole<A> {
    #[inline]
    fn holes_len(&self, pieces: &mut Pieces) -> usize {
        next_piece(pieces).len()
    }
    #[inline]
    fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize {
        next_piece(pieces).len()
    }
    #[inline(always)]
    fn write_holes(self, buf: &mut String, pieces: &mut Pieces) {
        push_piece(buf, next_piece(pieces));
    }
}

/// The holes whose value is one attribute (or a tuple of parts) on their element.
macro_rules! attribute_holes {
    ($($hole:ident: $($bound:path)+;)*) => {$(
        impl<R: Renderer, A: $($bound +)* RenderAttribute<R>> BuildHoles<R> for $hole<A> {
            type State = (R::Element, A::State);
            fn build(self, marked: &Marked<R>, sites: &mut std::slice::Iter<'_, Site>) -> Self::State {
                let element = element_site(marked, sites);
                let state = self.0.build(&element);
                (element, state)
            }
            fn rebuild(self, state: &mut Self::State) {
                self.0.rebuild(&state.0, &mut state.1);
            }
            fn hydrate(self, walk: &mut Walk<'_, R>) -> Self::State {
                let Some((element, fresh)) = walk.element_site() else {
                    panic!("{NO_SITE}");
                };
                let state = if fresh { self.0.build(&element) } else { self.0.hydrate(&element) };
                (element, state)
            }
        }
    )*};
}
attribute_holes! {
    ClassHole: Attribute;
    StyleHole: Attribute;
    AttachHole: Sized;
}

/// On a live element a class part is the toggle `(name, condition)`, as `class:name=cond`.
impl<R, C> RenderAttribute<R> for ClassPart<C>
where
    R: Renderer,
    C: Condition,
    Class<(&'static str, C)>: RenderAttribute<R>,
{
    type State = <Class<(&'static str, C)> as RenderAttribute<R>>::State;
    fn build(self, element: &R::Element) -> Self::State {
        Class((self.1, self.2)).build(element)
    }
    fn rebuild(self, element: &R::Element, state: &mut Self::State) {
        Class((self.1, self.2)).rebuild(element, state)
    }
    fn hydrate(self, element: &R::Element) -> Self::State {
        Class((self.1, self.2)).hydrate(element)
    }
}

macro_rules! hole_tuples {
    ($($ty:ident $idx:tt),+) => {
        impl<RR: Renderer, $($ty: BuildHoles<RR>),+> BuildHoles<RR> for ($($ty,)+) {
            type State = ($($ty::State,)+);
            #[inline]
            fn build(self, marked: &Marked<RR>, sites: &mut std::slice::Iter<'_, Site>) -> Self::State {
                ($(self.$idx.build(marked, sites),)+)
            }
            #[inline]
            fn rebuild(self, state: &mut Self::State) {
                $(self.$idx.rebuild(&mut state.$idx);)+
            }
            #[inline]
            fn hydrate(self, walk: &mut Walk<'_, RR>) -> Self::State {
                ($(self.$idx.hydrate(walk),)+)
            }
            #[inline]
            fn children_built(state: &mut Self::State) {
                $($ty::children_built(&mut state.$idx);)+
            }
        }

        impl<$($ty: Holes),+> Holes for ($($ty,)+) {
            #[inline]
            fn holes_len(&self, pieces: &mut Pieces) -> usize {
                0 $(+ self.$idx.holes_len(pieces))+
            }
            #[inline]
            fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize {
                0 $(+ self.$idx.holes_len_estimate(pieces))+
            }
            #[inline(always)]
            fn write_holes(self, buf: &mut String, pieces: &mut Pieces) {
                $(self.$idx.write_holes(buf, pieces);)+
            }
            fn write_holes_root(self, buf: &mut String, writer: &mut RootWriter<'_>) {
                $(self.$idx.write_holes_root(buf, writer);)+
            }
        }
    };
}

hole_tuples!(A 0);
hole_tuples!(A 0, B 1);
hole_tuples!(A 0, B 1, C 2);
hole_tuples!(A 0, B 1, C 2, D 3);
hole_tuples!(A 0, B 1, C 2, D 3, E 4);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24);
hole_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24, AA 25);
