//! Attributes: the [`Attribute`] (HTML) and [`RenderAttribute`] (live nodes) traits, named
//! attributes ([`Attr`]), merged classes ([`Class`]) and styles ([`Style`]), [`InnerHtml`], DOM
//! properties ([`Property`]), two-way bindings ([`Bind`]) and directives ([`Directive`]). Event listeners are attributes
//! too; they live in [`ev`](crate::ev) with the event descriptors.
//!
//! Attribute values ([`AttributeValue`]) are strings, `char`, numbers, `bool` (`true` writes the
//! bare attribute, `false` omits it), `Option` (`None` omits it) and closures returning any of
//! these (reactive when mounted, their current value in HTML).

mod bind;
mod class;
pub(crate) mod directive;
mod inner_html;
mod property;
mod scalar;
mod style;
mod value;

pub use bind::{Bind, BindChecked, BindProperty, BindSignal, BindState, BindValue};
pub use class::*;
pub use directive::{Directive, DirectiveElement, IntoDirective};
pub use inner_html::InnerHtml;
pub use property::{IntoPropertyValue, Property, PropertyState, RenderProperty};
pub use scalar::ScalarValue;
pub(crate) use scalar::for_each_scalar_type;
pub use style::*;
pub use value::*;

use crate::Renderer;

/// Attributes as written in HTML. Implemented by [`Attr`], [`Class`], [`Style`], [`InnerHtml`],
/// event listeners and tuples of these.
///
/// Class parts of all attributes merge into one `class` attribute, style parts into one `style`
/// attribute; the element writes `class`, then `style`, then the other attributes.
pub trait Attribute {
    /// Whether this is `()`: the element then writes its start tag in one piece.
    const IS_EMPTY: bool = false;
    /// Whether any part may write a class (the element skips the class pass otherwise).
    const HAS_CLASS: bool = false;
    /// Whether any part may write a style (the element skips the style pass otherwise).
    const HAS_STYLE: bool = false;
    /// Whether any part may write inner HTML (the element skips that pass otherwise).
    const HAS_INNER_HTML: bool = false;
    /// Whether any part is [`InnerHtml`]: set on a live element, it replaces every child.
    /// An element with children in the view must not get one (see [`InnerHtml`]); a
    /// `<textarea>`'s binding writes content too but replaces no node, so it is not counted.
    const REPLACES_CONTENT: bool = false;

    /// Bytes [`write_html`](Self::write_html) appends (exact for known values).
    fn html_len(&self) -> usize;
    /// Appends the plain attributes, each as ` name="value"` (or ` name` for `true`).
    fn write_html(&self, buf: &mut String);
    /// Sum over present class parts of (part length + 1).
    fn class_len(&self) -> usize {
        0
    }
    /// Appends class parts; the first part opens ` class="` and clears `first`.
    fn write_class(&self, _buf: &mut String, _first: &mut bool) {}
    /// Sum over present style parts of (part length + 1).
    fn style_len(&self) -> usize {
        0
    }
    /// Appends style parts; the first part opens ` style="` and clears `first`.
    fn write_style(&self, _buf: &mut String, _first: &mut bool) {}
    /// Bytes [`write_inner_html`](Self::write_inner_html) appends.
    fn inner_html_len(&self) -> usize {
        0
    }
    /// Appends unescaped inner HTML (only [`InnerHtml`] does).
    fn write_inner_html(&self, _buf: &mut String) {}
}

/// Attributes applied to a live element of renderer `R`.
pub trait RenderAttribute<R: Renderer> {
    /// What is kept to update the attribute later.
    type State;
    /// Applies the attribute to `element`.
    fn build(self, element: &R::Element) -> Self::State;
    /// Updates `element` from the previous state to `self`, touching only what changed.
    fn rebuild(self, element: &R::Element, state: &mut Self::State);
    /// Attaches to `element`, which the server rendered with this attribute already written:
    /// what only exists on a live element (listeners, properties, effects) is added, what the
    /// HTML carries is not written again. The default builds (correct, as applying an attribute
    /// twice changes nothing, but it writes again).
    fn hydrate(self, element: &R::Element) -> Self::State
    where
        Self: Sized,
    {
        self.build(element)
    }
    /// Called once the element's children are built and inserted (a `<select>`'s value can
    /// only be set once its options exist). Nothing by default.
    fn children_built(_element: &R::Element, _state: &mut Self::State) {}
    /// Whether the HTML of this attribute put content in the element (a bound `<textarea>`'s
    /// text, [`InnerHtml`]): hydration then keeps the server's content the children did not
    /// claim, as parsed, instead of removing it as extra nodes. `false` by default.
    fn writes_content(&self) -> bool {
        false
    }
}

impl Attribute for () {
    const IS_EMPTY: bool = true;
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(&self, _buf: &mut String) {}
}

impl<R: Renderer> RenderAttribute<R> for () {
    type State = ();
    fn build(self, _element: &R::Element) {}
    fn rebuild(self, _element: &R::Element, _state: &mut ()) {}
    fn hydrate(self, _element: &R::Element) {}
}

macro_rules! attribute_tuples {
    ($($ty:ident $idx:tt),+) => {
        impl<$($ty: Attribute),+> Attribute for ($($ty,)+) {
            const IS_EMPTY: bool = true $(&& $ty::IS_EMPTY)+;
            const HAS_CLASS: bool = false $(|| $ty::HAS_CLASS)+;
            const HAS_STYLE: bool = false $(|| $ty::HAS_STYLE)+;
            const HAS_INNER_HTML: bool = false $(|| $ty::HAS_INNER_HTML)+;
            const REPLACES_CONTENT: bool = false $(|| $ty::REPLACES_CONTENT)+;
            #[inline]
            fn html_len(&self) -> usize {
                0 $(+ self.$idx.html_len())+
            }
            #[inline]
            fn write_html(&self, buf: &mut String) {
                $(self.$idx.write_html(buf);)+
            }
            #[inline]
            fn class_len(&self) -> usize {
                0 $(+ self.$idx.class_len())+
            }
            #[inline]
            fn write_class(&self, buf: &mut String, first: &mut bool) {
                $(self.$idx.write_class(buf, first);)+
            }
            #[inline]
            fn style_len(&self) -> usize {
                0 $(+ self.$idx.style_len())+
            }
            #[inline]
            fn write_style(&self, buf: &mut String, first: &mut bool) {
                $(self.$idx.write_style(buf, first);)+
            }
            #[inline]
            fn inner_html_len(&self) -> usize {
                0 $(+ self.$idx.inner_html_len())+
            }
            #[inline]
            fn write_inner_html(&self, buf: &mut String) {
                $(self.$idx.write_inner_html(buf);)+
            }
        }

        impl<Rn: Renderer, $($ty: RenderAttribute<Rn>),+> RenderAttribute<Rn> for ($($ty,)+) {
            type State = ($($ty::State,)+);
            fn build(self, element: &Rn::Element) -> Self::State {
                ($(self.$idx.build(element),)+)
            }
            fn rebuild(self, element: &Rn::Element, state: &mut Self::State) {
                $(self.$idx.rebuild(element, &mut state.$idx);)+
            }
            fn hydrate(self, element: &Rn::Element) -> Self::State {
                ($(self.$idx.hydrate(element),)+)
            }
            fn children_built(element: &Rn::Element, state: &mut Self::State) {
                $($ty::children_built(element, &mut state.$idx);)+
            }
            fn writes_content(&self) -> bool {
                false $(|| self.$idx.writes_content())+
            }
        }
    };
}

attribute_tuples!(A 0);
attribute_tuples!(A 0, B 1);
attribute_tuples!(A 0, B 1, C 2);
attribute_tuples!(A 0, B 1, C 2, D 3);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24);
attribute_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24, AA 25);

/// Appends a class part: the first part opens the attribute, later ones a separator.
#[inline]
pub(crate) fn open_part(buf: &mut String, first: &mut bool, opening: &str, separator: char) {
    if *first {
        buf.push_str(opening);
        *first = false;
    } else {
        buf.push(separator);
    }
}

/// The length of the ` class="…"` attribute `attributes`' class parts make: written
/// whenever there are class parts, present or not (an element whose only `class:` parts are
/// false gets `class=""`, as Leptos writes it).
#[inline]
pub(crate) fn class_attribute_len<A: Attribute>(attributes: &A) -> usize {
    attributes.class_len().saturating_sub(1) + r#" class="""#.len()
}

/// The length of the ` style="…"` attribute `attributes`' style parts make, 0 when none is
/// present.
#[inline]
pub(crate) fn style_attribute_len<A: Attribute>(attributes: &A) -> usize {
    // Each part ends with `;`: no separator to take off.
    match attributes.style_len() {
        0 => 0,
        parts => parts + r#" style="""#.len(),
    }
}

/// Writes `attributes`' class parts as one ` class="…"` attribute, `class=""` when none is
/// present (see [`class_attribute_len`]).
#[inline]
pub(crate) fn write_class_attribute<A: Attribute>(attributes: &A, buf: &mut String) {
    let mut first = true;
    attributes.write_class(buf, &mut first);
    close_class(buf, first, true);
}

/// Ends a `class` attribute whose parts were written with `first`: opens an empty one first
/// when no part was present but `has_parts` (as Leptos writes `class=""`).
#[inline]
pub(crate) fn close_class(buf: &mut String, first: bool, has_parts: bool) {
    if first && has_parts {
        buf.push_str(" class=\"");
    }
    if !first || has_parts {
        buf.push('"');
    }
}

/// Writes `attributes`' style parts as one ` style="…"` attribute, or nothing.
#[inline]
pub(crate) fn write_style_attribute<A: Attribute>(attributes: &A, buf: &mut String) {
    let mut first = true;
    attributes.write_style(buf, &mut first);
    if !first {
        buf.push('"');
    }
}
