//! The `Either` family: a view that is one of 2 to 8 differently typed views.
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::html::{b, i};
//!
//! fn badge(admin: bool) -> Either<view_core::HtmlElement<view_core::html::B, (), (&'static str,)>, &'static str> {
//!     if admin { Either::Left(b().child("admin")) } else { Either::Right("user") }
//! }
//! assert_eq!(badge(true).to_html(), "<b>admin</b><!>");
//! assert_eq!(badge(false).to_html(), "user<!>");
//! # let _ = i();
//! ```

use crate::hydration::Cursor;
use crate::ssr::render_html::{MARKER, marker_bytes, push_marker};
use crate::{Mountable, Render, RenderHtml, Renderer, RootAttributes};

macro_rules! either {
    ($(#[$doc:meta])* $name:ident, $(#[$state_doc:meta])* $state:ident: $($variant:ident $ty:ident),+) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name<$($ty),+> {
            $(
                #[allow(missing_docs, reason = "the variants are positional")]
                $variant($ty),
            )+
        }

        impl<$($ty: RenderHtml),+> RenderHtml for $name<$($ty),+> {
            const MAY_START_WITH_TEXT: bool = false $(|| $ty::MAY_START_WITH_TEXT)+;
            // The placeholder comes last.
            const MAY_END_WITH_TEXT: bool = false;

            fn html_len(&self) -> usize {
                marker_bytes(MARKER.len()) + match self {
                    $($name::$variant(view) => view.html_len(),)+
                }
            }
            fn html_len_estimate(&self) -> usize {
                marker_bytes(MARKER.len()) + match self {
                    $($name::$variant(view) => view.html_len_estimate(),)+
                }
            }
            fn write_html(self, buf: &mut String) {
                match self {
                    $($name::$variant(view) => view.write_html(buf),)+
                }
                push_marker(buf);
            }
            fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
                match self {
                    $($name::$variant(view) => view.write_html_with_root(buf, root),)+
                }
                push_marker(buf);
            }
        }

        $(#[$state_doc])*
        pub struct $state<Rn: Renderer, $($ty),+> {
            active: $name<$($ty),+>,
            anchor: Rn::Placeholder,
        }

        impl<Rn: Renderer, $($ty: Render<Rn>),+> Render<Rn> for $name<$($ty),+> {
            type State = $state<Rn, $($ty::State),+>;

            fn build(self) -> Self::State {
                let active = match self {
                    $($name::$variant(view) => $name::$variant(view.build()),)+
                };
                $state { active, anchor: Rn::create_placeholder() }
            }

            fn rebuild(self, state: &mut Self::State) {
                let view = match (self, &mut state.active) {
                    $(($name::$variant(view), $name::$variant(old)) => return view.rebuild(old),)+
                    (view, _) => view,
                };
                // The branch changed: build the new one in front of the anchor, drop the old.
                let mut new = match view {
                    $($name::$variant(view) => $name::$variant(view.build()),)+
                };
                let anchor = state.anchor.as_ref();
                if let Some(parent) = Rn::parent(anchor) {
                    match &mut new {
                        $($name::$variant(new) => new.mount(&parent, Some(anchor)),)+
                    }
                }
                match &mut state.active {
                    $($name::$variant(old) => old.unmount(),)+
                }
                state.active = new;
            }

            fn hydrate(self, cursor: &mut Cursor<Rn>) -> Self::State {
                let active = match self {
                    $($name::$variant(view) => $name::$variant(view.hydrate(cursor)),)+
                };
                $state { active, anchor: cursor.placeholder() }
            }
        }

        impl<Rn: Renderer, $($ty: Mountable<Rn>),+> Mountable<Rn> for $state<Rn, $($ty),+> {
            fn mount(&mut self, parent: &Rn::Element, marker: Option<&Rn::Node>) {
                match &mut self.active {
                    $($name::$variant(state) => state.mount(parent, marker),)+
                }
                Rn::insert_before(parent, self.anchor.as_ref(), marker);
            }
            fn unmount(&mut self) {
                match &mut self.active {
                    $($name::$variant(state) => state.unmount(),)+
                }
                Rn::remove(self.anchor.as_ref());
            }
            fn first_node(&self) -> Option<Rn::Node> {
                match &self.active {
                    $($name::$variant(state) => state.first_node(),)+
                }
                .or_else(|| Some(self.anchor.as_ref().clone()))
            }
            fn root_elements(&self, f: &mut dyn FnMut(&Rn::Element)) {
                match &self.active {
                    $($name::$variant(state) => state.root_elements(f),)+
                }
            }
        }
    };
}

either!(
    /// One of two views.
    Either,
    /// Retained state of an [`Either`].
    EitherState: Left A, Right B
);
either!(
    /// One of three views.
    EitherOf3,
    /// Retained state of an [`EitherOf3`].
    EitherOf3State: A A, B B, C C
);
either!(
    /// One of four views.
    EitherOf4,
    /// Retained state of an [`EitherOf4`].
    EitherOf4State: A A, B B, C C, D D
);
either!(
    /// One of five views.
    EitherOf5,
    /// Retained state of an [`EitherOf5`].
    EitherOf5State: A A, B B, C C, D D, E E
);
either!(
    /// One of six views.
    EitherOf6,
    /// Retained state of an [`EitherOf6`].
    EitherOf6State: A A, B B, C C, D D, E E, F F
);
either!(
    /// One of seven views.
    EitherOf7,
    /// Retained state of an [`EitherOf7`].
    EitherOf7State: A A, B B, C C, D D, E E, F F, G G
);
either!(
    /// One of eight views.
    EitherOf8,
    /// Retained state of an [`EitherOf8`].
    EitherOf8State: A A, B B, C C, D D, E E, F F, G G, H H
);
