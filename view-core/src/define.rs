//! The two macros that define the typed elements and typed attribute methods of
//! [`html`](crate::html), [`svg`](crate::svg) and [`mathml`](crate::mathml).

/// Defines element tag types and their constructor functions.
///
/// Each line: `fn_name TagType "tag" Content DomInterface;`. `Content` is one of the
/// [`content`](crate::element::content) markers; `DomInterface` names the web-sys type the
/// element maps to.
macro_rules! elements {
    ($namespace:ident; $($fn_name:ident $ty:ident $tag:literal $content:ident $dom:ident;)*) => {$(
        #[doc = concat!("The `<", $tag, ">` element (web-sys: `", stringify!($dom), "`).")]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $ty;

        impl $ty {
            /// The tag name.
            pub const TAG: &'static str = $tag;
            /// The name of the web-sys type this element maps to.
            pub const DOM_INTERFACE: &'static str = stringify!($dom);
        }

        impl $crate::element::ElementType for $ty {
            type Content = $crate::element::content::$content;
            const NAMESPACE: $crate::Namespace = $crate::Namespace::$namespace;
            #[inline(always)]
            fn tag(&self) -> &str {
                $tag
            }
        }

        #[doc = concat!("Creates a `<", $tag, ">` element.")]
        pub fn $fn_name() -> $crate::HtmlElement<$ty> {
            $crate::HtmlElement::new($ty)
        }
    )*};
}
pub(crate) use elements;

/// Defines typed attribute methods.
///
/// `attributes!(impl [generics] for Target; method "name", …)` adds to `HtmlElement<Target, A, C>`
/// one method per attribute, each taking any [`AttributeValue`](crate::attribute::AttributeValue).
macro_rules! attributes {
    (impl [$($generics:tt)*] for $target:ty; $($method:ident $name:literal),* $(,)?) => {
        impl<$($generics)* Attrs: $crate::tuples::NextTuple, Children> $crate::HtmlElement<$target, Attrs, Children> {
            $(
                #[doc = concat!("Sets the `", $name, "` attribute.")]
                pub fn $method<V>(
                    self,
                    value: V,
                ) -> $crate::HtmlElement<$target, Attrs::Next<$crate::attribute::Attr<&'static str, V>>, Children>
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
