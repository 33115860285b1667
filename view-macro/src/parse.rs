//! Stage 1: tokens → rstml nodes (`parse_recoverable`) → our [`ir`](crate::ir).
//!
//! Parsing never stops at the first problem: rstml recovers from syntax errors, and lowering
//! records each problem in [`Diagnostics`] and keeps going with a best-effort IR.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use rstml::node::{
    KVAttributeValue, KeyedAttribute, KeyedAttributeValue, NodeAttribute, NodeBlock, NodeName,
};
use rstml::{Parser, ParserConfig};

use crate::check;
use crate::diagnostics::Diagnostics;
use crate::ir::{
    Attribute, Block, Body, Component, Content, Element, ElementKind, Namespace, Node, Text, Value,
};
use crate::spec;

/// Directive prefixes: `prefix:name=value`.
const PREFIXES: &[&str] = &[
    "class", "style", "prop", "on", "use", "attr", "let", "clone", "bind",
];

/// Parses a `view!` body into IR nodes (or an attribute bundle), recording syntax errors.
pub(crate) fn parse(tokens: TokenStream, diagnostics: &mut Diagnostics) -> Body {
    let parser = Parser::new(ParserConfig::new().recover_block(true));
    let (mut nodes, errors) = parser.parse_recoverable(tokens).split_vec();
    for error in errors {
        diagnostics.push(error.into());
    }
    if let [RNode::Element(element)] = nodes.as_slice()
        && is_marker_name(&element.open_tag.name)
        && let Some(RNode::Element(element)) = nodes.pop()
    {
        return Body::Attributes(lower_bundle(element, diagnostics));
    }
    Body::Nodes(lower_children(nodes, Namespace::Html, diagnostics))
}

/// Whether `tokens` is `{..}`: Leptos's marker (as a tag name, an attribute bundle; among a
/// component's attributes, the start of those for its root element).
fn is_marker(tokens: TokenStream) -> bool {
    let mut trees = tokens.into_iter();
    let (Some(TokenTree::Group(group)), None) = (trees.next(), trees.next()) else {
        return false;
    };
    let inner: Vec<TokenTree> = group.stream().into_iter().collect();
    group.delimiter() == Delimiter::Brace
        && matches!(inner.as_slice(), [TokenTree::Punct(a), TokenTree::Punct(b)] if a.as_char() == '.' && b.as_char() == '.')
}

fn is_marker_name(name: &NodeName) -> bool {
    matches!(name, NodeName::Block(block) if is_marker(block.to_token_stream()))
}

fn is_marker_attribute(attribute: &NodeAttribute) -> bool {
    matches!(attribute, NodeAttribute::Block(block) if is_marker(block.to_token_stream()))
}

/// `<{..} attributes/>`: each attribute as one for an element (see [`Body::Attributes`]).
fn lower_bundle(
    element: rstml::node::NodeElement<rstml::Infallible>,
    diagnostics: &mut Diagnostics,
) -> Vec<Attribute> {
    if let Some(child) = element.children.first() {
        diagnostics.error(
            edge_spans(child.to_token_stream()).0,
            "an attribute bundle `<{..} …/>` holds attributes only: close it with `/>`",
        );
    }
    element
        .open_tag
        .attributes
        .iter()
        .filter_map(|attribute| lower_attribute(attribute, diagnostics))
        .map(for_root)
        .collect()
}

/// An attribute after a component's `{..}` marker, or in a bundle: a plain `name=value` is an
/// HTML attribute (`attr:name=value`), not a prop.
fn for_root(attribute: Attribute) -> Attribute {
    match attribute {
        Attribute::Plain { name, span, value } => Attribute::Directive {
            prefix: "attr".to_owned(),
            name,
            modifiers: Vec::new(),
            span,
            name_span: span,
            value,
        },
        other => other,
    }
}

type RNode = rstml::node::Node;

/// Lowers sibling nodes in namespace `ns`, recovering unquoted text with its spacing.
fn lower_children(nodes: Vec<RNode>, ns: Namespace, diagnostics: &mut Diagnostics) -> Vec<Node> {
    let edges: Vec<(Span, Span)> = nodes
        .iter()
        .map(|node| edge_spans(node.to_token_stream()))
        .collect();
    let mut out = Vec::with_capacity(nodes.len());
    for (index, node) in nodes.into_iter().enumerate() {
        match node {
            RNode::RawText(raw) => {
                let tokens = raw.to_token_stream();
                let (first, last) = edges[index];
                let mut value = String::new();
                if index > 0 {
                    value.push_str(&gap(edges[index - 1].1, first));
                }
                value.push_str(&source_text(tokens));
                if index + 1 < edges.len() {
                    value.push_str(&gap(last, edges[index + 1].0));
                }
                out.push(Node::Text(Text { value, span: first }));
            }
            other => {
                if let Some(node) = lower(other, ns, diagnostics) {
                    out.push(node);
                }
            }
        }
    }
    out
}

/// The spans of the first and last token of `tokens` (a group's delimiters for groups).
fn edge_spans(tokens: TokenStream) -> (Span, Span) {
    let mut first = None;
    let mut last = Span::call_site();
    for tree in tokens {
        let (open, close) = match &tree {
            TokenTree::Group(group) => (group.span_open(), group.span_close()),
            other => (other.span(), other.span()),
        };
        first.get_or_insert(open);
        last = close;
    }
    (first.unwrap_or(last), last)
}

/// The whitespace written between two tokens: the exact gap on one line, one space across lines.
fn gap(before: Span, after: Span) -> String {
    let (end, start) = (before.end(), after.start());
    if end.line == 0 || start.line == 0 {
        // Locations unknown (tokens made by another macro): assume one space.
        return " ".to_owned();
    }
    if end.line == start.line {
        " ".repeat(start.column.saturating_sub(end.column))
    } else {
        " ".to_owned()
    }
}

/// Unquoted text exactly as written: each token's source text, joined by the gaps between them.
fn source_text(tokens: TokenStream) -> String {
    let mut text = String::new();
    let mut previous: Option<Span> = None;
    for tree in tokens {
        let span = tree.span();
        if let Some(previous) = previous {
            text.push_str(&gap(previous, span));
        }
        match span.source_text() {
            Some(source) => text.push_str(&source),
            None => text.push_str(&tree.to_string()),
        }
        previous = Some(match &tree {
            TokenTree::Group(group) => group.span_close(),
            _ => span,
        });
    }
    text
}

/// The name of a node as one string (`my-el`, `on:click`, `r#type` → `type`) and its span.
pub(crate) fn name_string(name: &NodeName) -> (String, Span) {
    let span = edge_spans(name.to_token_stream()).0;
    let text = match name {
        NodeName::Path(path) => path
            .path
            .segments
            .iter()
            .map(|segment| {
                segment
                    .ident
                    .to_string()
                    .trim_start_matches("r#")
                    .to_owned()
            })
            .collect::<Vec<_>>()
            .join("::"),
        other => other.to_string().replace(' ', ""),
    };
    (text, span)
}

fn lower(node: RNode, ns: Namespace, diagnostics: &mut Diagnostics) -> Option<Node> {
    match node {
        RNode::Comment(_) => None,
        RNode::Doctype(doctype) => {
            let value = source_text(doctype.value.to_token_stream());
            Some(Node::Doctype(value, doctype.token_doctype.span()))
        }
        RNode::Fragment(fragment) => Some(Node::Fragment(lower_children(
            fragment.children,
            ns,
            diagnostics,
        ))),
        RNode::Text(text) => Some(Node::Text(Text {
            value: text.value.value(),
            span: text.value.span(),
        })),
        RNode::RawText(raw) => {
            let tokens = raw.to_token_stream();
            let span = edge_spans(tokens.clone()).0;
            Some(Node::Text(Text {
                value: source_text(tokens),
                span,
            }))
        }
        RNode::Block(block) => Some(Node::Block(lower_block(&block))),
        RNode::Element(element) => lower_element(element, ns, diagnostics),
        RNode::Custom(_) => None,
    }
}

/// A `{expr}` child: the bare expression when the block is one (so rustc sees no redundant
/// braces), the whole block otherwise.
fn lower_block(block: &NodeBlock) -> Block {
    let braced = block.to_token_stream();
    let span = edge_spans(braced.clone()).0;
    let tokens = match block.try_block().map(|block| block.stmts.as_slice()) {
        Some([syn::Stmt::Expr(expr, None)]) => expr.to_token_stream(),
        _ => braced,
    };
    Block { tokens, span }
}

fn is_component_name(name: &NodeName) -> Option<syn::Path> {
    match name {
        NodeName::Path(path) => {
            let last = path.path.segments.last()?;
            let first_char = last.ident.to_string().chars().next()?;
            (first_char.is_ascii_uppercase() || path.path.segments.len() > 1)
                .then(|| path.path.clone())
        }
        _ => None,
    }
}

fn lower_element(
    element: rstml::node::NodeElement<rstml::Infallible>,
    ns: Namespace,
    diagnostics: &mut Diagnostics,
) -> Option<Node> {
    let open = element.open_tag;
    if let NodeName::Block(block) = &open.name {
        let message = if is_marker_name(&open.name) {
            "an attribute bundle `<{..} …/>` is a whole `view!` of its own: `let attrs = view! { <{..} class=\"a\"/> };`, then `{..attrs}` on an element or component"
        } else {
            "a tag name must be written out: `<div>`, `<my-el>` or a component `<Counter>`"
        };
        diagnostics.error(edge_spans(block.to_token_stream()).0, message);
        return None;
    }
    if let Some(path) = is_component_name(&open.name) {
        let (_, span) = name_string(&open.name);
        let generics = if open.generics.lt_token.is_some() {
            open.generics.to_token_stream()
        } else {
            TokenStream::new()
        };
        // Leptos's `{..}` marker: the attributes after it are for the root element.
        let marker = open.attributes.iter().position(is_marker_attribute);
        let mut slot = false;
        let mut slot_name = None;
        let mut attributes = Vec::new();
        for (index, attribute) in open.attributes.iter().enumerate() {
            if Some(index) == marker {
                continue;
            }
            let Some(attribute) = lower_attribute(attribute, diagnostics) else {
                continue;
            };
            match attribute {
                Attribute::Plain {
                    name,
                    span,
                    value: Value::Bare,
                } if name == "slot" || name.starts_with("slot:") => {
                    slot = true;
                    if let Some(prop) = name.strip_prefix("slot:") {
                        slot_name = Some((prop.to_owned(), span));
                    }
                }
                attribute if marker.is_some_and(|marker| index > marker) => {
                    attributes.push(for_root(attribute));
                }
                attribute => attributes.push(attribute),
            }
        }
        let children = lower_children(element.children, ns, diagnostics);
        return Some(Node::Component(Component {
            path,
            generics,
            span,
            attributes,
            slot,
            slot_name,
            children,
        }));
    }
    if open.generics.lt_token.is_some() {
        // `<div<T>>`: rstml reads generic arguments after any tag name; only a component takes
        // them. Left alone, they were dropped without a word (found by the `macro_pipeline`
        // fuzz target, whose odd names such as `<p6<d="b">` went on to the skeleton reader).
        let (name, _) = name_string(&open.name);
        diagnostics.push(syn::Error::new_spanned(
            &open.generics,
            format!(
                "the element `<{name}>` takes no generic arguments: only a component (`<MyComponent<T>>`) does"
            ),
        ));
        return None;
    }
    let attributes: Vec<Attribute> = open
        .attributes
        .iter()
        .filter_map(|attribute| {
            if is_marker_attribute(attribute) {
                diagnostics.error(
                    edge_spans(attribute.to_token_stream()).0,
                    "Leptos's `{..}` marker separates a component's props from the attributes for its root element; on an element every attribute is the element's already\nhelp: remove `{..}`",
                );
                return None;
            }
            lower_attribute(attribute, diagnostics)
        })
        .collect();
    let (name, name_span) = name_string(&open.name);
    let kind = element_kind(&name, ns);
    let child_ns = match (ns, name.as_str()) {
        (Namespace::Html, "svg") => Namespace::Svg,
        (Namespace::Html, "math") => Namespace::MathMl,
        (Namespace::Svg, "foreignObject") => Namespace::Html,
        (Namespace::MathMl, "annotation-xml") => Namespace::Html,
        _ => ns,
    };
    let children = lower_children(element.children, child_ns, diagnostics);
    let html = kind == ElementKind::Standard(Namespace::Html);
    let content = if html && spec::is_void(&name) {
        check::check_void_element_has_no_children(&name, &children, diagnostics);
        Content::Void
    } else if html
        && (spec::RAW_TEXT_ELEMENTS.contains(&name.as_str())
            || spec::RCDATA_ELEMENTS.contains(&name.as_str()))
    {
        let raw = spec::RAW_TEXT_ELEMENTS.contains(&name.as_str());
        let children = check::check_text_only_children(&name, children, diagnostics);
        Content::Text { raw, children }
    } else {
        Content::Nodes(children)
    };
    Some(Node::Element(Element {
        name,
        name_span,
        kind,
        attributes,
        content,
    }))
}

fn element_kind(name: &str, ns: Namespace) -> ElementKind {
    let standard = match ns {
        Namespace::Html => spec::is_html_element(name) || name == "svg" || name == "math",
        Namespace::Svg => spec::is_svg_element(name),
        Namespace::MathMl => spec::is_mathml_element(name),
    };
    match (ns, name) {
        (Namespace::Html, "svg") => ElementKind::Standard(Namespace::Svg),
        (Namespace::Html, "math") => ElementKind::Standard(Namespace::MathMl),
        _ if standard => ElementKind::Standard(ns),
        _ if name.contains('-') && spec::is_valid_custom_element_name(name) => ElementKind::Custom,
        _ => ElementKind::Unknown(ns),
    }
}

fn lower_attribute(attribute: &NodeAttribute, diagnostics: &mut Diagnostics) -> Option<Attribute> {
    match attribute {
        NodeAttribute::Block(block) => {
            let tokens = block.to_token_stream();
            let span = edge_spans(tokens.clone()).0;
            let inner = tokens.into_iter().find_map(|tree| match tree {
                TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                    Some(group.stream())
                }
                _ => None,
            })?;
            let mut trees = inner.into_iter();
            let dots = (trees.next(), trees.next());
            match dots {
                (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                    if a.as_char() == '.' && b.as_char() == '.' =>
                {
                    let rest: TokenStream = trees.collect();
                    if rest.is_empty() {
                        diagnostics.error(
                            span,
                            "`{..}` alone marks where a component's root attributes start; here it means nothing\nhelp: remove it, or spread a value with `{..attributes}`",
                        );
                        return None;
                    }
                    Some(Attribute::Spread(rest, span))
                }
                // As in Leptos, the `..` may be left out: `{attrs}` spreads `attrs`.
                _ => {
                    let all: TokenStream = dots.0.into_iter().chain(dots.1).chain(trees).collect();
                    if all.is_empty() {
                        diagnostics.error(span, "an empty `{}` is not an attribute\nhelp: remove it, or spread a value with `{..attributes}`");
                        return None;
                    }
                    Some(Attribute::Spread(all, span))
                }
            }
        }
        NodeAttribute::Attribute(keyed) => lower_keyed(keyed, diagnostics),
    }
}

fn lower_keyed(keyed: &KeyedAttribute, diagnostics: &mut Diagnostics) -> Option<Attribute> {
    let (key, span) = name_string(&keyed.key);
    let value = match &keyed.possible_value {
        KeyedAttributeValue::None => Value::Bare,
        KeyedAttributeValue::Binding(binding) if key.trim_end_matches(':') == "let" => {
            // Leptos's `let(pattern)` (and `let:(a, b)`): the patterns are the parameters of
            // the children closure, as written.
            let inputs = &binding.inputs;
            let pattern_span = edge_spans(binding.to_token_stream()).0;
            return Some(Attribute::Directive {
                prefix: "let".to_owned(),
                name: String::new(),
                modifiers: Vec::new(),
                span,
                name_span: pattern_span,
                value: Value::Expr(quote::quote!(#inputs)),
            });
        }
        KeyedAttributeValue::Binding(binding) => {
            diagnostics.error(
                edge_spans(binding.to_token_stream()).0,
                "closure-style bindings `name(x)` are only for `let`: write `let(x)` or `let:x` for children that take an argument",
            );
            return None;
        }
        KeyedAttributeValue::Value(value) => match &value.value {
            KVAttributeValue::Expr(syn::Expr::Lit(lit)) if lit.attrs.is_empty() => match &lit.lit {
                syn::Lit::Str(text) => Value::Str(text.value(), text.span()),
                other => Value::Literal(other.clone()),
            },
            KVAttributeValue::Expr(syn::Expr::Block(block))
                if block.attrs.is_empty()
                    && block.label.is_none()
                    && matches!(block.block.stmts.as_slice(), [syn::Stmt::Expr(_, None)]) =>
            {
                // `name={expr}`: the bare expression, so rustc sees no redundant braces.
                match block.block.stmts.as_slice() {
                    [syn::Stmt::Expr(expr, None)] => Value::Expr(expr.to_token_stream()),
                    _ => Value::Expr(block.to_token_stream()),
                }
            }
            KVAttributeValue::Expr(expr) => {
                let tokens = expr.to_token_stream();
                Value::Expr(tokens)
            }
            KVAttributeValue::InvalidBraced(invalid) => {
                let tokens = invalid.to_token_stream();
                Value::Expr(tokens)
            }
        },
    };
    let mut parts = key.split(':');
    let first = parts.next().unwrap_or_default();
    if key.contains(':') && PREFIXES.contains(&first) {
        let mut name = parts.next().unwrap_or_default().to_owned();
        let mut modifiers: Vec<String> = parts.map(str::to_owned).collect();
        if matches!(first, "class" | "style") {
            // Class names and style properties may hold colons (`class:md:flex`, Tailwind's
            // variants): the whole rest is the name.
            for part in modifiers.drain(..) {
                name.push(':');
                name.push_str(&part);
            }
        }
        if name.is_empty() {
            diagnostics.error(span, format!("`{first}:` needs a name after the colon"));
            return None;
        }
        let name_span = keyed
            .key
            .to_token_stream()
            .into_iter()
            .nth(2)
            .map_or(span, |tree| tree.span());
        return Some(Attribute::Directive {
            prefix: first.to_owned(),
            name,
            modifiers,
            span,
            name_span,
            value,
        });
    }
    Some(Attribute::Plain {
        name: key,
        span,
        value,
    })
}
