//! [`AttributesHole`]: every attribute of a templated element that has a spread
//! (`{..attributes}`) or a two-way binding (`bind:value`, `bind:checked`), as one hole.
//!
//! What a spread writes is known only from its type (it may hold classes that merge with the
//! element's own, styles, inner HTML), and a binding writes its initial value as an attribute
//! or, on a `<textarea>`, as the content. So such an element's attributes are not split into
//! static pieces: the macro builds them with the builder's own methods (`html::input()
//! .value(..).bind_value(signal)`, so names and types are checked as in the builder form),
//! takes the attribute tuple out of that element, and the hole writes, builds and hydrates the
//! tuple exactly as the builder element does, on the element the template's walk reaches.
//!
//! The element may have children (static ones in the template's clone, dynamic ones in holes
//! after this one): building the attributes on the cloned element leaves them alone, since a
//! spread on an element with children cannot hold inner HTML: `view!` passes such a spread
//! through `__private::spread_beside_children`, which fails the build if it holds one.

use std::marker::PhantomData;

use super::root_tag::RootWriter;
use super::template::{BuildHoles, Holes, NO_SITE, Pieces, element_site, next_piece};
use crate::attribute::{
    Attribute, RenderAttribute, class_attribute_len, style_attribute_len, write_class_attribute,
    write_style_attribute,
};
use crate::hydration::Walk;
use crate::ssr::escape_fast::push_piece;
use crate::template::{Marked, Site};
use crate::{ContentModel, ElementType, HtmlElement, Renderer};

/// All attributes of one element (`A`, a tuple in source order) of type `E`, written where its
/// start tag's attributes go, then the static piece after it, which starts with the end of the
/// start tag (`>`, and the newline `<pre>`/`<textarea>` keep).
///
/// `EMPTY`: the element has no children in the view, so its content is whatever the attributes
/// write (a `<textarea>`'s bound value, a spread's inner HTML); hydration then keeps the
/// server's content as the browser parsed it instead of expecting no node.
///
/// Made by `view!` only (`__private::attributes_hole`); the shape is not a stable API.
pub struct AttributesHole<E, A, const EMPTY: bool> {
    attributes: A,
    element: PhantomData<fn() -> E>,
}

impl<E, A, const EMPTY: bool> AttributesHole<E, A, EMPTY> {
    /// The attributes of `element` (made by the builder methods; it has no children).
    #[inline(always)]
    pub(crate) fn new(element: HtmlElement<E, A>) -> Self {
        AttributesHole {
            attributes: element.attributes,
            element: PhantomData,
        }
    }
}

impl<E, A: std::fmt::Debug, const EMPTY: bool> std::fmt::Debug for AttributesHole<E, A, EMPTY> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("AttributesHole")
            .field(&self.attributes)
            .finish()
    }
}

impl<E: ElementType, A: Attribute, const EMPTY: bool> AttributesHole<E, A, EMPTY> {
    /// Whether the attributes may write content (inner HTML, a `<textarea>`'s value) right
    /// after the start tag.
    const CONTENT: bool = A::HAS_INNER_HTML && !E::Content::VOID;
    /// Bytes of the piece after the hole that come before that content: `>`, and the newline.
    const CUT: usize = 1 + E::DROPS_LEADING_NEWLINE as usize;
}

impl<E: ElementType, A: Attribute, const EMPTY: bool> Holes for AttributesHole<E, A, EMPTY> {
    #[inline]
    fn holes_len(&self, pieces: &mut Pieces) -> usize {
        let mut len = self.attributes.html_len() + next_piece(pieces).len();
        if A::HAS_CLASS {
            len += class_attribute_len(&self.attributes);
        }
        if A::HAS_STYLE {
            len += style_attribute_len(&self.attributes);
        }
        if Self::CONTENT {
            len += self.attributes.inner_html_len();
        }
        len
    }

    #[inline]
    fn holes_len_estimate(&self, pieces: &mut Pieces) -> usize {
        self.holes_len(pieces)
    }

    #[inline]
    fn write_holes(self, buf: &mut String, pieces: &mut Pieces) {
        // The order of the builder element's start tag: class, style, the others.
        if A::HAS_CLASS {
            write_class_attribute(&self.attributes, buf);
        }
        if A::HAS_STYLE {
            write_style_attribute(&self.attributes, buf);
        }
        self.attributes.write_html(buf);
        let piece = next_piece(pieces);
        // The content goes after `>` (and the newline), before the rest of the piece.
        match (Self::CONTENT, piece.split_at_checked(Self::CUT)) {
            (true, Some((start, rest))) => {
                push_piece(buf, start);
                self.attributes.write_inner_html(buf);
                push_piece(buf, rest);
            }
            _ => push_piece(buf, piece),
        }
    }

    /// As the root of a component with attributes: the root's class and style parts merge into
    /// the element's own `class` and `style` (the macro records this hole as writing both), the
    /// root's other attributes go before the `>`, and the content after it.
    fn write_holes_root(self, buf: &mut String, writer: &mut RootWriter<'_>) {
        writer.class_attribute(buf, A::HAS_CLASS, |buf, first| {
            self.attributes.write_class(buf, first)
        });
        writer.style_attribute(buf, |buf, first| self.attributes.write_style(buf, first));
        self.attributes.write_html(buf);
        if Self::CONTENT {
            let attributes = &self.attributes;
            writer.next_piece_with_content(buf, Self::CUT, |buf| attributes.write_inner_html(buf));
        } else {
            writer.next_piece(buf);
        }
    }
}

impl<R, E, A, const EMPTY: bool> BuildHoles<R> for AttributesHole<E, A, EMPTY>
where
    R: Renderer,
    E: ElementType,
    A: Attribute + RenderAttribute<R>,
{
    type State = (R::Element, A::State);

    fn build(self, marked: &Marked<R>, sites: &mut std::slice::Iter<'_, Site>) -> Self::State {
        let element = element_site(marked, sites);
        let state = self.attributes.build(&element);
        (element, state)
    }

    fn rebuild(self, state: &mut Self::State) {
        self.attributes.rebuild(&state.0, &mut state.1);
    }

    fn hydrate(self, walk: &mut Walk<'_, R>) -> Self::State {
        let site = if EMPTY && Self::CONTENT {
            walk.content_site()
        } else {
            walk.element_site()
        };
        let Some((element, fresh)) = site else {
            panic!("{NO_SITE}");
        };
        let state = if fresh {
            self.attributes.build(&element)
        } else {
            self.attributes.hydrate(&element)
        };
        (element, state)
    }

    fn children_built(state: &mut Self::State) {
        A::children_built(&state.0, &mut state.1);
    }
}
