//! The view IR: what `parse` produces and `check` and `generate` consume.
//!
//! Private to this crate (a proc-macro crate can export only macros): tools that want to reuse
//! the parser would need it moved into a library crate first. It may change in any release.
//!
//! Every node keeps the spans of the tokens it came from so diagnostics point at the offending
//! token. Invalid states are unrepresentable where the type system allows it: a void element's
//! content is [`Content::Void`] (no children at all), a raw-text or RCDATA element's content is
//! text only ([`Content::Text`]).

use proc_macro2::{Span, TokenStream};

use crate::spec;

/// What a `view!` body is.
#[derive(Clone, Debug)]
pub(crate) enum Body {
    /// Nodes: the usual view.
    Nodes(Vec<Node>),
    /// Leptos's attribute bundle `<{..} class="a" on:click=f/>`: a tuple of attributes to
    /// spread elsewhere with `{..bundle}`; every attribute is one for an element, as after a
    /// component's `{..}` marker.
    Attributes(Vec<Attribute>),
}

/// A node of a view.
#[derive(Clone, Debug)]
pub(crate) enum Node {
    /// An HTML, SVG, MathML or custom element.
    Element(Element),
    /// A component call: `<Counter initial=3/>`.
    Component(Component),
    /// Literal text (quoted or unquoted), not yet escaped.
    Text(Text),
    /// `{expr}`: any view.
    Block(Block),
    /// `<!DOCTYPE html>`.
    Doctype(String, Span),
    /// `<>…</>`: its children in place.
    Fragment(Vec<Node>),
}

/// Literal text.
#[derive(Clone, Debug)]
pub(crate) struct Text {
    /// The text as the user wrote it (unescaped).
    pub(crate) value: String,
    /// Where it was written.
    pub(crate) span: Span,
}

/// A `{expr}` child.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// The expression's tokens (including the braces' content only).
    pub(crate) tokens: TokenStream,
    /// The braces' span.
    pub(crate) span: Span,
}

/// The namespace an element name is looked up in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Namespace {
    /// `html::`
    Html,
    /// `svg::` (inside `<svg>`, until `<foreignObject>`)
    Svg,
    /// `mathml::` (inside `<math>`)
    MathMl,
}

impl Namespace {
    /// Whether `attribute` is a known attribute of this namespace's standard element `tag`
    /// (global or element-specific): one with a typed builder method.
    pub(crate) fn has_attribute(self, tag: &str, attribute: &str) -> bool {
        match self {
            Namespace::Html => spec::is_html_attribute(tag, attribute),
            Namespace::Svg => spec::is_svg_attribute(tag, attribute),
            Namespace::MathMl => spec::is_mathml_attribute(tag, attribute),
        }
    }

    /// The attribute names an unknown attribute on this namespace's element `tag` is compared
    /// with for a "did you mean" suggestion.
    pub(crate) fn attribute_candidates(self, tag: &str) -> Vec<&'static str> {
        let (globals, specific): (&[&str], &[(&str, &[&str])]) = match self {
            Namespace::Html => (&[], spec::HTML_ATTRIBUTES),
            Namespace::Svg => (spec::SVG_GLOBAL_ATTRIBUTES, spec::SVG_ATTRIBUTES),
            Namespace::MathMl => (spec::MATHML_GLOBAL_ATTRIBUTES, spec::MATHML_ATTRIBUTES),
        };
        let own = specific
            .iter()
            .filter(|(element, _)| *element == tag)
            .flat_map(|(_, names)| names.iter().copied());
        spec::GLOBAL_ATTRIBUTES
            .iter()
            .copied()
            .chain(globals.iter().copied())
            .chain(own)
            .collect()
    }
}

/// What kind of element name this is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ElementKind {
    /// A standard element of its namespace.
    Standard(Namespace),
    /// A custom element (`<my-el>`): valid custom element name.
    Custom,
    /// A name that is none of these; `check` reports it, `generate` emits a best effort.
    Unknown(Namespace),
}

/// An element.
#[derive(Clone, Debug)]
pub(crate) struct Element {
    /// Tag name as written (`div`, `foreignObject`, `my-el`).
    pub(crate) name: String,
    /// The span of the tag name in the open tag.
    pub(crate) name_span: Span,
    /// Standard, custom or unknown.
    pub(crate) kind: ElementKind,
    /// Attributes in source order.
    pub(crate) attributes: Vec<Attribute>,
    /// Children, as the content model allows.
    pub(crate) content: Content,
}

/// An element's content, shaped by its content model.
#[derive(Clone, Debug)]
pub(crate) enum Content {
    /// Any nodes.
    Nodes(Vec<Node>),
    /// Void element: no children.
    Void,
    /// Raw text (`script`, `style`) or RCDATA (`textarea`, `title`): text and `{expr}` only.
    Text {
        /// Raw text (`true`) or RCDATA (`false`).
        raw: bool,
        /// The text children.
        children: Vec<TextChild>,
    },
}

/// A child of a text-only element.
#[derive(Clone, Debug)]
pub(crate) enum TextChild {
    /// Literal text.
    Text(Text),
    /// `{expr}` producing text.
    Block(Block),
}

/// A value given to an attribute.
#[derive(Clone, Debug)]
pub(crate) enum Value {
    /// No value: `disabled`.
    Bare,
    /// A string literal.
    Str(String, Span),
    /// An integer, float, char or bool literal, shown as written (bools as `true`/`false`).
    Literal(syn::Lit),
    /// Any other expression.
    Expr(TokenStream),
}

/// An attribute.
#[derive(Clone, Debug)]
pub(crate) enum Attribute {
    /// `name=value` (including `class`, `style`, `id`, `inner_html`, `node_ref`).
    Plain {
        /// The name as written (`data-id`, `type`, `r#type` → `type`).
        name: String,
        /// The name's span.
        span: Span,
        /// The value.
        value: Value,
    },
    /// `prefix:name=value`: `class:`, `style:`, `prop:`, `on:`, `use:`, `attr:`, `let:`, `clone:`.
    ///
    /// `let:item` has the name `item` and no value; Leptos's `let(pattern, …)` (also written
    /// `let:(…)`) has an empty name and the patterns as its [`Value::Expr`].
    Directive {
        /// The prefix (`class`, `on`, …).
        prefix: String,
        /// The name after the colon (`click`, `active`, …); `on:click:capture` → `click`.
        name: String,
        /// Extra `:` parts (`capture`).
        modifiers: Vec<String>,
        /// The whole key's span (its first token).
        span: Span,
        /// The span of the name after the colon.
        name_span: Span,
        /// The value.
        value: Value,
    },
    /// `{..expr}`: spread any attribute value.
    Spread(TokenStream, Span),
}

impl Attribute {
    /// The span to report problems with this attribute at.
    pub(crate) fn span(&self) -> Span {
        match self {
            Attribute::Plain { span, .. }
            | Attribute::Directive { span, .. }
            | Attribute::Spread(_, span) => *span,
        }
    }
}

/// A component call.
#[derive(Clone, Debug)]
pub(crate) struct Component {
    /// The component's path (`Counter`, `ui::Counter`), without generics.
    pub(crate) path: syn::Path,
    /// Generic arguments (`<List<T>>` → `T`), with their angle brackets.
    pub(crate) generics: TokenStream,
    /// The tag name's span.
    pub(crate) span: Span,
    /// Attributes (props, `let:`, `clone:`, `attr:`, spreads) in source order.
    pub(crate) attributes: Vec<Attribute>,
    /// `slot` was given: this component is a slot of its parent component.
    pub(crate) slot: bool,
    /// `slot:name`: the parent's prop the slot goes to (by default the tag name in snake
    /// case), with the name's span.
    pub(crate) slot_name: Option<(String, Span)>,
    /// Children.
    pub(crate) children: Vec<Node>,
}
