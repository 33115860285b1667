//! Tuples as views (children in order) and as retained state, up to 26 wide; wider trees nest.

use crate::hydration::Cursor;
use crate::ssr::render_html::{marker_bytes, push_marker, text_separator};
use crate::{Mountable, Render, RenderHtml, Renderer, RootAttributes};

/// Appends one item to a tuple: `()` → `(T,)`, `(A,)` → `(A, T)`, …
///
/// Builder methods (`.child(..)`, `.attr(..)`) use this to keep children and attributes in flat
/// tuples. A full 26-tuple `t` continues as `(t, T)`, so any number of items fits.
pub trait NextTuple {
    /// The tuple with `T` appended.
    type Next<T>;
    /// Appends `item`.
    fn next<T>(self, item: T) -> Self::Next<T>;
}

impl NextTuple for () {
    type Next<T> = (T,);
    fn next<T>(self, item: T) -> (T,) {
        (item,)
    }
}

macro_rules! tuple_impls {
    ($($ty:ident $idx:tt),+) => {
        impl<$($ty: RenderHtml),+> RenderHtml for ($($ty,)+) {
            const MAY_START_WITH_TEXT: bool = <tuple_impls!(@first $($ty)+) as RenderHtml>::MAY_START_WITH_TEXT;
            const MAY_END_WITH_TEXT: bool = <tuple_impls!(@last $($ty)+) as RenderHtml>::MAY_END_WITH_TEXT;

            #[inline]
            fn html_len(&self) -> usize {
                0 $(+ self.$idx.html_len())+ + marker_bytes(const { tuple_impls!(@separators $($ty)+) })
            }
            #[inline]
            fn html_len_estimate(&self) -> usize {
                0 $(+ self.$idx.html_len_estimate())+ + marker_bytes(const { tuple_impls!(@separators $($ty)+) })
            }

            #[inline]
            fn write_html(self, buf: &mut String) {
                tuple_impls!(@write self buf [] $($ty $idx)+);
            }

            fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
                tuple_impls!(@write_root self buf root [] $($ty $idx)+);
            }
        }

        impl<Rn: Renderer, $($ty: Render<Rn> + RenderHtml),+> Render<Rn> for ($($ty,)+) {
            type State = ($($ty::State,)+);

            fn build(self) -> Self::State {
                ($(self.$idx.build(),)+)
            }

            fn rebuild(self, state: &mut Self::State) {
                $(self.$idx.rebuild(&mut state.$idx);)+
            }

            fn hydrate(self, cursor: &mut Cursor<Rn>) -> Self::State {
                tuple_impls!(@hydrate self cursor [] [] $($ty $idx)+)
            }
        }

        impl<Rn: Renderer, $($ty: Mountable<Rn>),+> Mountable<Rn> for ($($ty,)+) {
            fn mount(&mut self, parent: &Rn::Element, marker: Option<&Rn::Node>) {
                $(self.$idx.mount(parent, marker);)+
            }
            fn unmount(&mut self) {
                $(self.$idx.unmount();)+
            }
            fn first_node(&self) -> Option<Rn::Node> {
                None $(.or_else(|| self.$idx.first_node()))+
            }
            fn root_elements(&self, f: &mut dyn FnMut(&Rn::Element)) {
                $(self.$idx.root_elements(f);)+
            }
        }
    };
    (@first $first:ident $($rest:ident)*) => { $first };
    (@last $last:ident) => { $last };
    (@last $first:ident $($rest:ident)+) => { tuple_impls!(@last $($rest)+) };
    (@separators $only:ident) => { 0 };
    (@separators $a:ident $b:ident $($rest:ident)*) => {
        text_separator::<$a, $b>().len() + tuple_impls!(@separators $b $($rest)*)
    };
    (@hydrate $self:ident $cursor:ident [$($done:expr,)*] [$($prev:ident)?]) => {
        ($($done,)*)
    };
    (@hydrate $self:ident $cursor:ident [] [] $first:ident $idx:tt $($rest:tt)*) => {
        tuple_impls!(@hydrate $self $cursor [$self.$idx.hydrate($cursor),] [$first] $($rest)*)
    };
    (@hydrate $self:ident $cursor:ident [$($done:expr,)+] [$prev:ident] $next:ident $idx:tt $($rest:tt)*) => {
        tuple_impls!(@hydrate $self $cursor [$($done,)+ {
            if const { !text_separator::<$prev, $next>().is_empty() } {
                $cursor.separator();
            }
            $self.$idx.hydrate($cursor)
        },] [$next] $($rest)*)
    };
    (@write_root $self:ident $buf:ident $root:ident [$($prev:ident)?]) => {};
    (@write_root $self:ident $buf:ident $root:ident [] $first:ident $idx:tt $($rest:tt)*) => {
        $self.$idx.write_html_with_root($buf, $root);
        tuple_impls!(@write_root $self $buf $root [$first] $($rest)*);
    };
    (@write_root $self:ident $buf:ident $root:ident [$prev:ident] $next:ident $idx:tt $($rest:tt)*) => {
        if const { !text_separator::<$prev, $next>().is_empty() } {
            push_marker($buf);
        }
        $self.$idx.write_html_with_root($buf, $root);
        tuple_impls!(@write_root $self $buf $root [$next] $($rest)*);
    };
    (@write $self:ident $buf:ident [$($prev:ident)?]) => {};
    (@write $self:ident $buf:ident [] $first:ident $idx:tt $($rest:tt)*) => {
        $self.$idx.write_html($buf);
        tuple_impls!(@write $self $buf [$first] $($rest)*);
    };
    (@write $self:ident $buf:ident [$prev:ident] $next:ident $idx:tt $($rest:tt)*) => {
        if const { !text_separator::<$prev, $next>().is_empty() } {
            push_marker($buf);
        }
        $self.$idx.write_html($buf);
        tuple_impls!(@write $self $buf [$next] $($rest)*);
    };
}

macro_rules! next_tuple {
    ($($ty:ident $idx:tt),+) => {
        impl<$($ty),+> NextTuple for ($($ty,)+) {
            type Next<Item> = ($($ty,)+ Item);
            fn next<Item>(self, item: Item) -> Self::Next<Item> {
                ($(self.$idx,)+ item)
            }
        }
    };
}

tuple_impls!(A 0);
tuple_impls!(A 0, B 1);
tuple_impls!(A 0, B 1, C 2);
tuple_impls!(A 0, B 1, C 2, D 3);
tuple_impls!(A 0, B 1, C 2, D 3, E 4);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24);
tuple_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24, AA 25);
next_tuple!(A 0);
next_tuple!(A 0, B 1);
next_tuple!(A 0, B 1, C 2);
next_tuple!(A 0, B 1, C 2, D 3);
next_tuple!(A 0, B 1, C 2, D 3, E 4);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23);
next_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15, Q 16, S 17, T 18, U 19, V 20, W 21, X 22, Y 23, Z 24);

impl<A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, S, T, U, V, W, X, Y, Z, AA> NextTuple
    for (
        A,
        B,
        C,
        D,
        E,
        F,
        G,
        H,
        I,
        J,
        K,
        L,
        M,
        N,
        O,
        P,
        Q,
        S,
        T,
        U,
        V,
        W,
        X,
        Y,
        Z,
        AA,
    )
{
    type Next<Item> = (Self, Item);
    fn next<Item>(self, item: Item) -> Self::Next<Item> {
        (self, item)
    }
}
