//! The two macros that define the typed elements and typed attribute methods of
//! [`html`](crate::html), [`svg`](crate::svg) and [`mathml`](crate::mathml).
//!
//! Each module has one table of elements (with their element-specific attributes) and one list
//! of attributes shared by all its elements. The same macro input produces the Rust items (tag
//! types, constructors, attribute methods) *and* the public name tables (`ELEMENTS`,
//! `RUST_NAMES`, `GLOBAL_ATTRIBUTES`, `GLOBAL_ATTRIBUTE_METHODS`) that tooling reads, so the two
//! cannot drift apart.
//!
//! Rust naming rule, applied when the tables were written: a tag or attribute name becomes a
//! function or method name by turning `-` and `:` into `_` and camelCase into snake_case; a name
//! that is a Rust keyword becomes a raw identifier (`r#type`, `r#for`, `r#use`). Tag types are the
//! UpperCamelCase of the tag (`Tbody`, `LinearGradient`, `AnnotationXml`).

/// Defines the elements of one namespace: tag types, constructor functions, the marker trait
/// impl, element-specific attribute methods, and the `ELEMENTS` / `RUST_NAMES` tables.
///
/// Header: `Namespace, MarkerTrait;` (a [`Namespace`](crate::Namespace) variant, and a trait of
/// the calling module that every tag type of the namespace implements).
/// Each line: `fn_name TagType "tag" Content DomInterface [method "attribute", …];`. `Content` is
/// one of the [`content`](crate::content) markers; `DomInterface` names the web-sys
/// type the element maps to. The bracketed list may be empty.
macro_rules! elements {
    (
        $namespace:ident, $marker:ident;
        $(
            $fn_name:ident $ty:ident $tag:literal $content:ident $dom:ident
            [$($method:ident $name:literal),* $(,)?];
        )*
    ) => {
        $(
            #[doc = concat!("The `<", $tag, ">` element (web-sys: `", stringify!($dom), "`).")]
            #[derive(Clone, Copy, Debug, Default)]
            pub struct $ty;

            impl $ty {
                /// The tag name.
                pub const TAG: &'static str = $tag;
                /// The name of the web-sys type this element maps to.
                pub const DOM_INTERFACE: &'static str = stringify!($dom);
            }

            impl $crate::ElementType for $ty {
                type Content = $crate::content::$content;
                const NAMESPACE: $crate::Namespace = $crate::Namespace::$namespace;
                const DROPS_LEADING_NEWLINE: bool =
                    $crate::drops_leading_newline($crate::Namespace::$namespace, $tag);
                #[inline(always)]
                fn tag(&self) -> &str {
                    $tag
                }
                #[inline(always)]
                fn open_tag(&self) -> &str {
                    concat!("<", $tag)
                }
                #[inline(always)]
                fn open_tag_without_attributes(&self) -> &str {
                    concat!("<", $tag, ">")
                }
                #[inline(always)]
                fn close_tag(&self) -> &str {
                    concat!("</", $tag, ">")
                }
            }

            #[cfg(feature = "typed-dom")]
            impl $crate::dom::DomElementType for $ty {
                type Dom = ::web_sys::$dom;
            }

            impl $marker for $ty {}

            #[doc = concat!("Creates a `<", $tag, ">` element.")]
            pub fn $fn_name() -> $crate::HtmlElement<$ty> {
                $crate::HtmlElement::new($ty)
            }

            $crate::element::define::attributes! { impl [] for $ty; $($method $name),* }
        )*

        /// Every element of this module with its element-specific attribute names, in
        /// definition order: `(tag, attributes)`.
        ///
        /// Used by tooling (the `view!` macro's checks, editors, tests) to know which names are
        /// valid; the attributes shared by all elements are in `GLOBAL_ATTRIBUTES`. Generated
        /// from the same table as the constructors and methods.
        pub const ELEMENTS: &[(&str, &[&str])] = &[$(($tag, &[$($name),*])),*];

        /// The Rust names for [`ELEMENTS`], in the same order: `(constructor function, attribute
        /// methods)`, raw identifiers spelled `r#type`.
        ///
        /// Used by tooling to map a tag or attribute name to the item that sets it.
        pub const RUST_NAMES: &[(&str, &[&str])] =
            &[$((stringify!($fn_name), &[$(stringify!($method)),*])),*];
    };
}
pub(crate) use elements;

/// Defines typed attribute methods.
///
/// `attributes!(impl [generics] for Target; method "name", …)` adds to
/// `HtmlElement<Target, A, C>` one method per attribute, each taking any
/// [`AttributeValue`](crate::attribute::AttributeValue).
/// Generics end with a comma: `impl [E: ElementType,] for E`.
///
/// With a leading `pub const NAMES, METHODS;` it also emits two tables: the attribute names and
/// the matching method names, in order.
macro_rules! attributes {
    (
        pub const $names:ident, $methods:ident;
        impl [$($generics:tt)*] for $target:ty;
        $($method:ident $name:literal),* $(,)?
    ) => {
        /// The attribute names of the methods this module defines for all its elements, in
        /// definition order. Used by tooling (the `view!` macro's checks, editors, tests).
        pub const $names: &[&str] = &[$($name),*];

        /// The method names for the attributes of the table above, in the same order (raw
        /// identifiers spelled `r#type`). Used by tooling.
        pub const $methods: &[&str] = &[$(stringify!($method)),*];

        $crate::element::define::attributes! { impl [$($generics)*] for $target; $($method $name),* }
    };
    (impl [$($generics:tt)*] for $target:ty; $(,)?) => {};
    (impl [$($generics:tt)*] for $target:ty; $($method:ident $name:literal),* $(,)?) => {
        impl<$($generics)* Attrs, Children> $crate::HtmlElement<$target, Attrs, Children>
        where
            Attrs: $crate::NextTuple,
        {
            $(
                #[doc = concat!("Sets the `", $name, "` attribute.")]
                #[inline]
                pub fn $method<V>(
                    self,
                    value: V,
                ) -> $crate::HtmlElement<
                    $target,
                    Attrs::Next<$crate::attribute::Attr<&'static str, V>>,
                    Children,
                >
                where
                    V: $crate::attribute::AttributeValue,
                {
                    self.with($crate::attribute::Attr::new_unchecked($name, value))
                }
            )*
        }
    };
}
pub(crate) use attributes;
