//! Part of stage 3 (generate): element subtrees with dynamic parts as `Template`s.
//!
//! An element that is not fully static, but whose attributes all have an HTML form (no
//! listeners, properties, directives, node refs, inner HTML or spreads), becomes one
//! `view_core::template::Template`: its HTML split at compile time into static pieces (tags,
//! literal attributes and text, escaped with the runtime's own escaper) and holes (dynamic
//! children, attribute values, class and style parts). Child elements of the same kind are
//! flattened into the same template; other children are holes. A `script` or `style` with a
//! dynamic child is never a template (see [`templatable`]): the builder element guards its
//! content as a whole.
//!
//! The template also carries a closure that receives the holes and returns the builder tree
//! `view!` would otherwise emit, with each hole's value moved into its place: mounting builds
//! exactly the nodes of the builder form, and every value is evaluated once, in source order.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use super::{
    Child, Generator, attr_name, drops_leading_newline, escaped, flatten, text_literal, tuple_of,
    value_tokens,
};
use crate::ir::{Attribute, Content, Element, ElementKind, Node, TextChild, Value};
use view_markup::escape;

/// Whether `element` can be written as a template: every attribute has a fixed HTML form, and
/// it is not a raw-text element (`script`, `style`) with a dynamic child.
///
/// A raw-text element's content must be guarded as a whole: `</script` split across a hole and
/// a static piece (`{a}"/script>"` with `a = "x<"`) would get past an escaper that sees each piece
/// alone. The builder element does it (it applies the rule over its whole content once written),
/// so such an element stays builder code: a hole of the enclosing template, or the whole
/// expansion. Raw text made only of literals is escaped whole at compile time, and RCDATA
/// (`textarea`, `title`) escapes every `<` of every piece, so both stay in templates.
pub(crate) fn templatable(element: &Element) -> bool {
    if matches!(element.kind, ElementKind::Unknown(_)) {
        return false;
    }
    if let Content::Text {
        raw: true,
        children,
    } = &element.content
        && children
            .iter()
            .any(|child| matches!(child, TextChild::Block(_)))
    {
        return false;
    }
    element.attributes.iter().all(|attribute| match attribute {
        Attribute::Plain { name, .. } => !matches!(name.as_str(), "inner_html" | "node_ref"),
        Attribute::Directive { prefix, .. } => {
            matches!(prefix.as_str(), "class" | "style" | "attr")
        }
        Attribute::Spread(..) => false,
    })
}

/// A hole: its constructor, the values before its trailing static piece, and the pattern the
/// builder closure takes it apart with.
struct Hole {
    /// `Path::<generics>`.
    constructor: TokenStream,
    /// `Path` (for the pattern).
    path: TokenStream,
    /// Arguments before the static piece.
    args: Vec<TokenStream>,
    /// Sub-patterns of those arguments.
    patterns: Vec<TokenStream>,
    /// The static piece after the hole.
    after: String,
}

/// Collects pieces and holes while walking one element subtree.
struct Writer<'g, 'k> {
    generator: &'g Generator<'k>,
    /// Static HTML since the last hole.
    piece: String,
    /// The piece before the first hole, once there is one.
    first: Option<String>,
    holes: Vec<Hole>,
    /// Counter for the closure's variables.
    vars: usize,
}

/// The class or style parts of one element.
#[derive(Default)]
struct Parts {
    /// Escaped static parts, for the all-static case.
    static_parts: Vec<String>,
    /// Whether a part is dynamic (the group is then one hole).
    dynamic: bool,
    /// Every part, in source order.
    values: Vec<Part>,
}

/// One class or style part.
struct Part {
    /// The attribute's index on the element.
    index: usize,
    /// The part as a hole value (`Class(v)`).
    value: TokenStream,
    /// The pattern taking it apart (`Class(var)`).
    pattern: TokenStream,
    /// The builder call when the group is a hole (`.class(var)`).
    var_call: TokenStream,
    /// The builder call when the group is static (`.class("a")`).
    static_call: TokenStream,
}

impl Generator<'_> {
    /// The template at the root of a `view!`: with a size hint of its own, learned across
    /// renders, for `to_html`.
    pub(crate) fn root_template(&self, element: &Element) -> TokenStream {
        let krate = self.krate;
        let template = self.template(element);
        quote!(#template.with_size_hint({
            static HINT: #krate::template::SizeHint = #krate::template::SizeHint::new();
            &HINT
        }))
    }

    /// `element` (see [`templatable`]) as a `Template`.
    pub(crate) fn template(&self, element: &Element) -> TokenStream {
        let krate = self.krate;
        let mut writer = Writer {
            generator: self,
            piece: String::new(),
            first: None,
            holes: Vec::new(),
            vars: 0,
        };
        let build = writer.element(element);
        let last = std::mem::take(&mut writer.piece);
        match writer.holes.last_mut() {
            Some(hole) => hole.after = last,
            None => writer.first = Some(last),
        }
        let first = writer.first.unwrap_or_default();
        let (values, patterns): (Vec<_>, Vec<_>) = writer
            .holes
            .into_iter()
            .map(|hole| {
                let Hole {
                    constructor,
                    path,
                    args,
                    patterns,
                    after,
                } = hole;
                (
                    quote!(#constructor(#(#args,)* #after)),
                    quote!(#path(#(#patterns,)* _)),
                )
            })
            .unzip();
        let values = tuple_of(values);
        let patterns = tuple_of(patterns);
        quote!(#krate::template::Template::new(#first, #values, |#patterns| #build))
    }
}

impl Writer<'_, '_> {
    fn var(&mut self) -> Ident {
        self.vars += 1;
        format_ident!("__hole{}", self.vars, span = Span::mixed_site())
    }

    fn push_hole(&mut self, hole: Hole) {
        let piece = std::mem::take(&mut self.piece);
        match self.holes.last_mut() {
            Some(previous) => previous.after = piece,
            None => self.first = Some(piece),
        }
        self.holes.push(hole);
    }

    /// Writes `element` and returns its builder expression.
    fn element(&mut self, element: &Element) -> TokenStream {
        let mut build = self.generator.constructor(element);
        self.piece.push('<');
        self.piece.push_str(&element.name);
        let calls = self.attributes(element);
        self.piece.push('>');
        build.extend(calls);
        let drops_newline = drops_leading_newline(element);
        match &element.content {
            Content::Void => return build,
            Content::Text { raw, children } => {
                if drops_newline {
                    self.piece.push('\n');
                }
                self.text_content(*raw, children, &mut build);
            }
            Content::Nodes(children) => {
                if drops_newline {
                    self.piece.push('\n');
                }
                let views = self.children(children);
                if !views.is_empty() {
                    let children = tuple_of(views);
                    build.extend(quote!(.child(#children)));
                }
            }
        }
        self.piece.push_str(&format!("</{}>", element.name));
        build
    }

    /// Writes the attributes (class, then style, then the others in source order) and returns
    /// the builder calls, in source order.
    fn attributes(&mut self, element: &Element) -> Vec<TokenStream> {
        let krate = self.generator.krate;
        let mut calls = vec![TokenStream::new(); element.attributes.len()];
        let mut classes = Parts::default();
        let mut styles = Parts::default();
        let mut others: Vec<(usize, &Attribute)> = Vec::new();
        for (index, attribute) in element.attributes.iter().enumerate() {
            let (prefix, name, value, span) = match attribute {
                Attribute::Plain { name, value, span } => ("", name, value, *span),
                Attribute::Directive {
                    prefix,
                    name,
                    value,
                    span,
                    ..
                } => (prefix.as_str(), name, value, *span),
                Attribute::Spread(..) => continue,
            };
            let (parts, wrapper, is_class) = match (prefix, name.as_str()) {
                ("" | "attr", "class") | ("class", _) => {
                    (&mut classes, quote!(#krate::attribute::Class), true)
                }
                ("" | "attr", "style") | ("style", _) => {
                    (&mut styles, quote!(#krate::attribute::Style), false)
                }
                _ => {
                    others.push((index, attribute));
                    continue;
                }
            };
            let var = self.var();
            let var_call = self
                .generator
                .attribute(element, &with_value(attribute, quote!(#var)));
            let static_call = self.generator.attribute(element, attribute);
            let (hole_value, pattern, var_call) = match (prefix, value) {
                ("", Value::Str(text, _)) if is_class => {
                    // A literal class part: escaped now, written as is; the builder keeps the
                    // literal.
                    let html = escaped(text, escape::Context::Attribute);
                    let present = !html.is_empty();
                    if present {
                        parts.static_parts.push(html.clone());
                    }
                    (
                        quote!(#krate::template::ClassPart(#html, #present)),
                        quote!(_),
                        static_call.clone(),
                    )
                }
                ("", Value::Str(text, lit_span)) => {
                    if !text.is_empty() {
                        parts
                            .static_parts
                            .push(escaped(text, escape::Context::Attribute));
                    }
                    let lit = syn::LitStr::new(text, *lit_span);
                    (quote!(#wrapper(#lit)), quote!(#wrapper(#var)), var_call)
                }
                ("" | "attr", value) => {
                    parts.dynamic = true;
                    let value = value_tokens(value, span);
                    (quote!(#wrapper(#value)), quote!(#wrapper(#var)), var_call)
                }
                (_, value) if is_class => {
                    // `class:name=cond`: the name is escaped now, the condition is the hole.
                    parts.dynamic = true;
                    let value = value_tokens(value, span);
                    let html = escaped(name, escape::Context::Attribute);
                    (
                        quote_spanned!(span=> #krate::template::ClassPart(#html, #value)),
                        quote!(#krate::template::ClassPart(_, #var)),
                        var_call,
                    )
                }
                (_, value) => {
                    // `style:name=value`: a `(name, value)` part.
                    parts.dynamic = true;
                    let value = value_tokens(value, span);
                    (
                        quote_spanned!(span=> #wrapper((#name, #value))),
                        quote!(#wrapper((_, #var))),
                        var_call,
                    )
                }
            };
            parts.values.push(Part {
                index,
                value: hole_value,
                pattern,
                var_call,
                static_call,
            });
        }
        for parts in [&mut classes, &mut styles] {
            for part in &mut parts.values {
                calls[part.index] = if parts.dynamic {
                    std::mem::take(&mut part.var_call)
                } else {
                    std::mem::take(&mut part.static_call)
                };
            }
        }
        self.parts(classes, " class=\"", " ", quote!(ClassHole));
        self.parts(styles, " style=\"", ";", quote!(StyleHole));
        for (index, attribute) in others {
            calls[index] = self.other_attribute(element, attribute);
        }
        calls
    }

    /// Writes a class or style group: static text when every part is static, else one hole.
    fn parts(&mut self, parts: Parts, opening: &str, separator: &str, hole: TokenStream) {
        let krate = self.generator.krate;
        if !parts.dynamic {
            if !parts.static_parts.is_empty() {
                self.piece.push_str(opening);
                self.piece.push_str(&parts.static_parts.join(separator));
                self.piece.push('"');
            }
            return;
        }
        let (values, patterns): (Vec<_>, Vec<_>) = parts
            .values
            .into_iter()
            .map(|part| (part.value, part.pattern))
            .unzip();
        // Always a tuple (`(Class(a),)`), since a lone `Class` is also an `Attribute`.
        let values = quote!((#(#values,)*));
        let patterns = quote!((#(#patterns,)*));
        self.push_hole(Hole {
            constructor: quote!(#krate::template::#hole),
            path: quote!(#krate::template::#hole),
            args: vec![values],
            patterns: vec![patterns],
            after: String::new(),
        });
    }

    /// A named attribute: static text for literal values, else a hole. Returns its builder call.
    fn other_attribute(&mut self, element: &Element, attribute: &Attribute) -> TokenStream {
        let krate = self.generator.krate;
        let (name, value, span) = match attribute {
            Attribute::Plain { name, value, span } => (name.clone(), value, *span),
            Attribute::Directive {
                name,
                modifiers,
                value,
                span,
                ..
            } => (attr_name(name, modifiers), value, *span),
            Attribute::Spread(..) => return TokenStream::new(),
        };
        let static_html = match (attribute, value) {
            (Attribute::Plain { .. }, Value::Str(text, _)) => Some(format!(
                " {name}=\"{}\"",
                escaped(text, escape::Context::Attribute)
            )),
            (Attribute::Plain { .. }, Value::Bare) => Some(format!(" {name}")),
            (Attribute::Plain { .. }, Value::Literal(syn::Lit::Bool(flag))) => {
                Some(if flag.value {
                    format!(" {name}")
                } else {
                    String::new()
                })
            }
            (Attribute::Plain { .. }, Value::Literal(syn::Lit::Int(int)))
                if int.suffix().is_empty() =>
            {
                Some(format!(" {name}=\"{}\"", int.base10_digits()))
            }
            _ => None,
        };
        if let Some(html) = static_html {
            self.piece.push_str(&html);
            return self.generator.attribute(element, attribute);
        }
        let var = self.var();
        let value = value_tokens(value, span);
        self.push_hole(Hole {
            constructor: quote!(#krate::template::AttrHole),
            path: quote!(#krate::template::AttrHole),
            args: vec![quote!(#name), value],
            patterns: vec![quote!(_), quote!(#var)],
            after: String::new(),
        });
        self.generator
            .attribute(element, &with_value(attribute, quote!(#var)))
    }

    /// Writes the children of a flow element and returns their builder expressions.
    fn children(&mut self, children: &[Node]) -> Vec<TokenStream> {
        let krate = self.generator.krate;
        let mut flat = Vec::new();
        flatten(children, &mut flat);
        let mut views = Vec::new();
        // Adjacent dynamic children, gathered into one hole.
        let mut group: Vec<(TokenStream, Ident)> = Vec::new();
        let mut text_before = false;
        for (index, child) in flat.iter().enumerate() {
            let dynamic = match child {
                Child::Text(text) => {
                    self.piece
                        .push_str(&escaped(&text.value, escape::Context::Text));
                    views.push(text_literal(text));
                    text_before = true;
                    continue;
                }
                Child::Node(node) => {
                    if let Some(html) = self.generator.static_html(node) {
                        self.piece.push_str(&html.html);
                        views.push(self.generator.plain(node));
                        text_before = html.ends_with_text;
                        continue;
                    }
                    match node {
                        Node::Element(element) if templatable(element) => {
                            let view = self.element(element);
                            views.push(view);
                            text_before = false;
                            continue;
                        }
                        other => other,
                    }
                }
            };
            let var = self.var();
            views.push(quote!(#var));
            group.push((self.generator.optimized(dynamic), var));
            let next_is_dynamic = match flat.get(index + 1) {
                Some(Child::Node(node)) => {
                    self.generator.static_html(node).is_none()
                        && !matches!(node, Node::Element(element) if templatable(element))
                }
                _ => false,
            };
            if next_is_dynamic {
                continue;
            }
            let text_after = match flat.get(index + 1) {
                Some(Child::Text(_)) => true,
                Some(Child::Node(node)) => self
                    .generator
                    .static_html(node)
                    .is_some_and(|html| html.starts_with_text),
                None => false,
            };
            let (values, vars): (Vec<_>, Vec<_>) = std::mem::take(&mut group).into_iter().unzip();
            let value = tuple_of(values);
            let pattern = tuple_of(vars.into_iter().map(|var| quote!(#var)).collect());
            self.push_hole(Hole {
                constructor: quote!(#krate::template::ChildHole::<_, #text_before, #text_after>),
                path: quote!(#krate::template::ChildHole),
                args: vec![value],
                patterns: vec![pattern],
                after: String::new(),
            });
            text_before = false;
        }
        views
    }

    /// Writes the children of a raw-text or RCDATA element and adds their `.child(..)` calls.
    fn text_content(&mut self, raw: bool, children: &[TextChild], build: &mut TokenStream) {
        let krate = self.generator.krate;
        let mut text_before = false;
        let mut group: Vec<(TokenStream, TokenStream)> = Vec::new();
        let mut literal = String::new();
        for (index, child) in children.iter().enumerate() {
            match child {
                TextChild::Text(text) => {
                    literal.push_str(&text.value);
                    let lit = text_literal(text);
                    build.extend(quote!(.child(#lit)));
                    if !matches!(children.get(index + 1), Some(TextChild::Text(_))) {
                        if raw {
                            escape::escape_raw_text_into(&mut self.piece, &literal);
                        } else {
                            escape::escape_into(&mut self.piece, &literal, escape::Context::Text);
                        }
                        literal.clear();
                    }
                    text_before = true;
                }
                TextChild::Block(block) => {
                    // Raw text with a block is not templatable: its content is guarded whole by
                    // the builder element (see `templatable`).
                    debug_assert!(!raw, "raw-text element with a hole in a template");
                    let var = self.var();
                    build.extend(quote!(.child(#var)));
                    let tokens = &block.tokens;
                    group.push(if raw {
                        (
                            quote!(#krate::RawTextChild(#tokens)),
                            quote!(#krate::RawTextChild(#var)),
                        )
                    } else {
                        (
                            quote!(#krate::RcdataChild(#tokens)),
                            quote!(#krate::RcdataChild(#var)),
                        )
                    });
                    if matches!(children.get(index + 1), Some(TextChild::Block(_))) {
                        continue;
                    }
                    let text_after = children.get(index + 1).is_some();
                    let (values, patterns): (Vec<_>, Vec<_>) =
                        std::mem::take(&mut group).into_iter().unzip();
                    self.push_hole(Hole {
                        constructor: quote!(#krate::template::ChildHole::<_, #text_before, #text_after>),
                        path: quote!(#krate::template::ChildHole),
                        args: vec![tuple_of(values)],
                        patterns: vec![tuple_of(patterns)],
                        after: String::new(),
                    });
                    text_before = false;
                }
            }
        }
    }
}

/// `attribute` with its value replaced by `tokens` (the closure's variable).
fn with_value(attribute: &Attribute, tokens: TokenStream) -> Attribute {
    let mut attribute = attribute.clone();
    match &mut attribute {
        Attribute::Plain { value, .. } | Attribute::Directive { value, .. } => {
            *value = Value::Expr(tokens)
        }
        Attribute::Spread(..) => {}
    }
    attribute
}
