//! Part of stage 3 (generate): element subtrees with dynamic parts as `Template`s.
//!
//! An element that is not fully static becomes one `view_core::template::Template`: its HTML
//! split at compile time into static pieces (tags, literal attributes and text, escaped with
//! the runtime's own escaper) and holes (dynamic children, attribute values, class and style
//! parts, inner HTML, and attach holes that write nothing: listeners, properties, directives,
//! node refs). An element with a spread or a `bind:` has all its attributes in one hole,
//! built with the builder's methods (what a spread writes is known only from its type), with
//! or without children (a spread holding inner HTML on an element with children fails the
//! build: `__private::spread_beside_children`). Child elements of the same kind are flattened into the same
//! template; other children are holes.
//!
//! What stays builder-form element code in the expansion (see [`templatable`] and
//! docs/design.md, "What the macro cannot see"):
//! - a `script` or `style` with a dynamic child: the builder element guards its raw text as a
//!   whole, which a template's separate pieces cannot;
//! - an unknown element name, `inner_html=` beside children, and `let:`/`clone:` on an
//!   element: all compile errors (`check`); the builder code is the best-effort expansion
//!   emitted beside them;
//! - the attribute chain inside an `AttributesHole` (`html::input().bind_value(s)`): only its
//!   attribute tuple is kept, so names and types are checked as in the builder form.
//!
//! Custom elements are templates: `node_ref` and `on:…:target` get their element type from a
//! never-called `|| custom("my-el")` where a standard element passes its constructor.
//!
//! The template also carries its call site's skeleton (a `static`, see `skeleton.rs`): the
//! static nodes and where each hole attaches, read back from the same pieces. Building makes
//! the static nodes from it (a clone where the renderer can clone) and builds each hole at its
//! site, so there is no second, builder-form copy of the element in the expansion.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::skeleton::{self, HoleKind, Reader};
use super::{
    Child, Generator, attr_name, drops_leading_newline, escaped, flatten, tuple_of, value_tokens,
};
use crate::ir::{Attribute, Content, Element, ElementKind, Node, TextChild, Value};
use view_markup::escape;

/// Whether `element` can be written as a template: its name is known, it has no
/// `inner_html=` beside children and no `let:`/`clone:` (all errors), and it is not a
/// raw-text element (`script`, `style`) with a dynamic child.
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
        // Inner HTML is the content of an element without children.
        Attribute::Plain { name, .. } if name == "inner_html" => {
            matches!(&element.content, Content::Nodes(children) if children.is_empty())
        }
        Attribute::Plain { .. } => true,
        Attribute::Directive { prefix, .. } => {
            matches!(
                prefix.as_str(),
                "on" | "class" | "style" | "attr" | "prop" | "use" | "bind"
            )
        }
        // A spread goes in the element's `AttributesHole`, children or not: one that holds
        // inner HTML on an element with children fails the build (`attributes_hole`).
        Attribute::Spread(..) => true,
    })
}

/// Whether `element` has no children in the view (void, or nothing between its tags).
fn has_no_children(element: &Element) -> bool {
    match &element.content {
        Content::Void => true,
        Content::Nodes(children) => children.is_empty(),
        Content::Text { children, .. } => children.is_empty(),
    }
}

/// Whether `element`'s attributes are one [`AttributesHole`](view_core::template) (see
/// `Writer::attributes_hole`): it has a spread or a `bind:`.
fn has_attributes_hole(element: &Element) -> bool {
    element.attributes.iter().any(|attribute| {
        matches!(attribute, Attribute::Spread(..))
            || matches!(attribute, Attribute::Directive { prefix, .. } if prefix == "bind")
    })
}

/// `tokens` with every span moved to `span`'s location, keeping its resolution (so `$crate`
/// still resolves), for a diagnostic that should point at `span`.
fn located_at(tokens: &TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .clone()
        .into_iter()
        .map(|mut tree| {
            tree.set_span(tree.span().located_at(span));
            tree
        })
        .collect()
}

/// A hole: its value (constructor and arguments), its kind and the static piece after it (which
/// goes to the call site's `pieces`).
struct Hole {
    /// `Path::<generics>` of the hole type.
    constructor: TokenStream,
    /// The constructor's arguments.
    args: Vec<TokenStream>,
    /// Where it attaches.
    kind: HoleKind,
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
}

/// The class or style parts of one element.
#[derive(Default)]
struct Parts {
    /// Escaped static parts, for the all-static case.
    static_parts: Vec<String>,
    /// Whether a part is dynamic (the group is then one hole).
    dynamic: bool,
    /// Every part as a hole value (`Class(v)`), in source order.
    values: Vec<TokenStream>,
}

impl Generator<'_> {
    /// The template at the root of a `view!`: with a size hint of its own, learned across
    /// renders, for `to_html`.
    pub(crate) fn root_template(&self, element: &Element) -> TokenStream {
        self.template_of(element, true)
    }

    /// `element` (see [`templatable`]) as a `Template` with its skeleton.
    pub(crate) fn template(&self, element: &Element) -> TokenStream {
        self.template_of(element, false)
    }

    /// `element` as a `Template` and the `static`s of its call site (`CallSite`: the first
    /// piece, the skeleton and, with `size_hint`, a `SizeHint`).
    fn template_of(&self, element: &Element, size_hint: bool) -> TokenStream {
        let krate = self.krate;
        let mut writer = Writer {
            generator: self,
            piece: String::new(),
            first: None,
            holes: Vec::new(),
        };
        writer.element(element);
        let last = std::mem::take(&mut writer.piece);
        match writer.holes.last_mut() {
            Some(hole) => hole.after = last,
            None => writer.first = Some(last),
        }
        let first = writer.first.unwrap_or_default();
        let mut reader = Reader::new();
        reader.piece(&first);
        for hole in &writer.holes {
            reader.hole(hole.kind);
            reader.piece(&hole.after);
        }
        let Some(skeleton) = reader.finish() else {
            return quote!(::core::compile_error!(
                "view-macro bug: a template's static HTML could not be read back; please report this view"
            ));
        };
        let skeleton = skeleton_tokens(krate, &skeleton, location(element.name_span));
        let pieces: Vec<&String> = writer.holes.iter().map(|hole| &hole.after).collect();
        let values = writer
            .holes
            .iter()
            .map(|hole| {
                let Hole {
                    constructor, args, ..
                } = hole;
                quote!(#constructor(#(#args),*))
            })
            .collect();
        let values = tuple_of(values);
        let (hint_static, hint) = if size_hint {
            (
                quote!(static HINT: #krate::template::SizeHint = #krate::template::SizeHint::new();),
                quote!(::core::option::Option::Some(&HINT)),
            )
        } else {
            (TokenStream::new(), quote!(::core::option::Option::None))
        };
        quote!({
            static SKELETON: #krate::template::Skeleton = #skeleton;
            #hint_static
            static CALL_SITE: #krate::template::CallSite = #krate::template::CallSite {
                first: #first,
                pieces: &[#(#pieces),*],
                skeleton: &SKELETON,
                hint: #hint,
            };
            #krate::__private::template(#values, &CALL_SITE)
        })
    }
}

/// `"file:line:column"` of `span`, as a `&'static str` expression.
pub(crate) fn location(span: proc_macro2::Span) -> TokenStream {
    quote_spanned!(span=> ::core::concat!(::core::file!(), ":", ::core::line!(), ":", ::core::column!()))
}

/// The `Skeleton { … }` literal.
/// `location` is where hydration reports a mismatch inside it (see [`location`]).
pub(crate) fn skeleton_tokens(
    krate: &TokenStream,
    skeleton: &skeleton::Skeleton,
    location: TokenStream,
) -> TokenStream {
    let html = &skeleton.html;
    let nodes = skeleton.nodes.iter().map(|node| match node {
        skeleton::Node::Element {
            tag,
            namespace,
            attributes,
            children,
        } => {
            let namespace = match namespace {
                crate::ir::Namespace::Html => quote!(Html),
                crate::ir::Namespace::Svg => quote!(Svg),
                crate::ir::Namespace::MathMl => quote!(MathMl),
            };
            let attributes = attributes
                .iter()
                .map(|(name, value)| quote!((#name, #value)));
            quote!(#krate::template::SkeletonNode::Element {
                tag: #tag,
                namespace: #krate::Namespace::#namespace,
                attributes: &[#(#attributes),*],
                children: #children,
            })
        }
        skeleton::Node::Text(text) => quote!(#krate::template::SkeletonNode::Text(#text)),
    });
    let marks = &skeleton.marks;
    let sites = skeleton.sites.iter().map(|site| match site {
        skeleton::Site::Element(element) => quote!(#krate::template::Site::Element(#element)),
        skeleton::Site::Child { parent, before } => {
            let before = match before {
                Some(before) => quote!(::core::option::Option::Some(#before)),
                None => quote!(::core::option::Option::None),
            };
            quote!(#krate::template::Site::Child { parent: #parent, before: #before })
        }
    });
    let pos = |(piece, offset): skeleton::PiecePos| quote!(#krate::template::PiecePos { piece: #piece, offset: #offset });
    let slot = |slot: skeleton::RootSlot| match slot {
        skeleton::RootSlot::New(at) => {
            let at = pos(at);
            quote!(#krate::template::RootSlot::New(#at))
        }
        skeleton::RootSlot::Merge(at) => {
            let at = pos(at);
            quote!(#krate::template::RootSlot::Merge(#at))
        }
        skeleton::RootSlot::Hole(hole) => quote!(#krate::template::RootSlot::Hole(#hole)),
    };
    let roots = skeleton.roots.iter().map(|root| {
        let (class, style, end) = (slot(root.class), slot(root.style), pos(root.end));
        quote!(#krate::template::RootTag { class: #class, style: #style, end: #end })
    });
    quote!(#krate::template::Skeleton {
        location: #location,
        html: #html,
        nodes: &[#(#nodes),*],
        marks: &[#(#marks),*],
        sites: &[#(#sites),*],
        roots: &[#(#roots),*],
    })
}

impl Writer<'_, '_> {
    fn push_hole(&mut self, hole: Hole) {
        let piece = std::mem::take(&mut self.piece);
        match self.holes.last_mut() {
            Some(previous) => previous.after = piece,
            None => self.first = Some(piece),
        }
        self.holes.push(hole);
    }

    /// Writes `element`.
    fn element(&mut self, element: &Element) {
        self.piece.push('<');
        self.piece.push_str(&element.name);
        self.attributes(element);
        self.piece.push('>');
        let drops_newline = drops_leading_newline(element);
        if let Some(Attribute::Plain { value, span, .. }) = element.attributes.iter().find(
            |attribute| matches!(attribute, Attribute::Plain { name, .. } if name == "inner_html"),
        ) {
            if drops_newline {
                self.piece.push('\n');
            }
            let krate = self.generator.krate;
            self.push_hole(Hole {
                constructor: quote!(#krate::template::InnerHtmlHole),
                args: vec![value_tokens(value, *span)],
                kind: HoleKind::Content,
                after: String::new(),
            });
            self.piece.push_str(&format!("</{}>", element.name));
            return;
        }
        match &element.content {
            Content::Void => return,
            Content::Text { raw, children } => {
                if drops_newline {
                    self.piece.push('\n');
                }
                self.text_content(*raw, children);
            }
            Content::Nodes(children) => {
                if drops_newline {
                    self.piece.push('\n');
                }
                self.children(children);
            }
        }
        self.piece.push_str(&format!("</{}>", element.name));
    }

    /// An element with a spread or a `bind:`: every attribute but `inner_html` (a content
    /// hole) as one `AttributesHole`, made with the builder's own methods so names and types
    /// are checked as in the builder form. What a spread writes is known only from its type,
    /// so nothing of the start tag is static; the piece after the hole starts with `>`.
    fn attributes_hole(&mut self, element: &Element) {
        let krate = self.generator.krate;
        let mut chain = self.generator.constructor(element);
        let children = !has_no_children(element);
        for attribute in &element.attributes {
            match attribute {
                Attribute::Plain { name, .. } if name == "inner_html" => {}
                // Beside children, a spread must not hold inner HTML (a build error, whose
                // "while instantiating" note points at the call: located at the spread).
                Attribute::Spread(tokens, span) if children => {
                    let krate = located_at(krate, *span);
                    chain.extend(quote_spanned!(*span=> .with(#krate::__private::spread_beside_children(#tokens))));
                }
                _ => chain.extend(self.generator.attribute(element, attribute)),
            }
        }
        let empty = !children
            && !element
                .attributes
                .iter()
                .any(|attribute| matches!(attribute, Attribute::Plain { name, .. } if name == "inner_html"));
        self.push_hole(Hole {
            constructor: quote!(#krate::__private::attributes_hole::<_, _, #empty>),
            args: vec![chain],
            kind: HoleKind::AllAttributes,
            after: String::new(),
        });
    }

    /// Writes the attributes: class, then style, then the others in source order.
    fn attributes(&mut self, element: &Element) {
        if has_attributes_hole(element) {
            return self.attributes_hole(element);
        }
        let krate = self.generator.krate;
        let mut classes = Parts::default();
        let mut styles = Parts::default();
        let mut others: Vec<&Attribute> = Vec::new();
        for attribute in &element.attributes {
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
                // Written as the content (see `element`).
                ("", "inner_html") => continue,
                _ => {
                    others.push(attribute);
                    continue;
                }
            };
            match (prefix, value) {
                ("", Value::Str(text, _)) if is_class => {
                    // A literal class list: escaped now, written as is; on a live element each
                    // of its names is a part that is always present.
                    // Kept when empty: Leptos writes `class=""` for it.
                    parts
                        .static_parts
                        .push(escaped(text, escape::Context::Attribute));
                    for name in text.split_ascii_whitespace() {
                        let html = escaped(name, escape::Context::Attribute);
                        parts
                            .values
                            .push(quote!(#krate::__private::class_part(#html, #name, true)));
                    }
                }
                ("", Value::Str(text, lit_span)) => {
                    // As Leptos writes it: every style part ends with `;` (`style=""` too).
                    parts
                        .static_parts
                        .push(escaped(text, escape::Context::Attribute) + ";");
                    let lit = syn::LitStr::new(text, *lit_span);
                    parts.values.push(quote!(#wrapper(#lit)));
                }
                ("" | "attr", value) => {
                    parts.dynamic = true;
                    let value = value_tokens(value, span);
                    parts.values.push(quote!(#wrapper(#value)));
                }
                (_, value) if is_class => {
                    // `class:name=cond`: the name is escaped now, the condition is the hole.
                    parts.dynamic = true;
                    let value = value_tokens(value, span);
                    let html = escaped(name, escape::Context::Attribute);
                    parts.values.push(
                        quote_spanned!(span=> #krate::__private::class_part(#html, #name, #value)),
                    );
                }
                (_, value) => {
                    // `style:name=value`: a `(name, value)` part.
                    parts.dynamic = true;
                    let value = value_tokens(value, span);
                    parts
                        .values
                        .push(quote_spanned!(span=> #wrapper((#name, #value))));
                }
            }
        }
        self.parts(
            classes,
            " class=\"",
            " ",
            quote!(ClassHole),
            HoleKind::Class,
        );
        // Each static style part already ends with `;`.
        self.parts(styles, " style=\"", "", quote!(StyleHole), HoleKind::Style);
        // Once one of them is a hole, the literal ones after it are holes too, so a live
        // element gets its attributes in source order, as the builder sets them.
        let mut after_hole = false;
        for attribute in others {
            after_hole |= self.other_attribute(element, attribute, after_hole);
        }
    }

    /// Writes a class or style group: static text when every part is static, else one hole.
    fn parts(
        &mut self,
        parts: Parts,
        opening: &str,
        separator: &str,
        hole: TokenStream,
        kind: HoleKind,
    ) {
        let krate = self.generator.krate;
        if !parts.dynamic {
            if !parts.static_parts.is_empty() {
                self.piece.push_str(opening);
                self.piece.push_str(&parts.static_parts.join(separator));
                self.piece.push('"');
            }
            return;
        }
        let values = parts.values;
        // Always a tuple (`(Class(a),)`), since a lone `Class` is also an `Attribute`.
        self.push_hole(Hole {
            constructor: quote!(#krate::template::#hole),
            args: vec![quote!((#(#values,)*))],
            kind,
            after: String::new(),
        });
    }

    /// A named attribute: static text for literal values (unless `after_hole`), else a hole.
    /// Returns whether it is a hole.
    fn other_attribute(
        &mut self,
        element: &Element,
        attribute: &Attribute,
        after_hole: bool,
    ) -> bool {
        let krate = self.generator.krate;
        if let Some(value) = self.attach_value(element, attribute) {
            self.push_hole(Hole {
                constructor: quote!(#krate::template::AttachHole),
                args: vec![value],
                kind: HoleKind::Attribute,
                after: String::new(),
            });
            return false;
        }
        let (name, value, span) = match attribute {
            Attribute::Plain { name, value, span } => (name.clone(), value, *span),
            Attribute::Directive {
                name,
                modifiers,
                value,
                span,
                ..
            } => (attr_name(name, modifiers), value, *span),
            Attribute::Spread(..) => return false,
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
        if let Some(html) = static_html
            && !after_hole
        {
            self.piece.push_str(&html);
            return false;
        }
        let value = value_tokens(value, span);
        self.push_hole(Hole {
            constructor: quote!(#krate::template::AttrHole),
            args: vec![quote!(#name), value],
            kind: HoleKind::Attribute,
            after: String::new(),
        });
        true
    }

    /// The attribute value of an `on:`, `prop:` or `use:` directive or of `node_ref` (nothing
    /// in HTML, attached to the live element), or `None` for other attributes.
    fn attach_value(&self, element: &Element, attribute: &Attribute) -> Option<TokenStream> {
        let krate = self.generator.krate;
        if let Attribute::Plain { name, value, span } = attribute
            && name == "node_ref"
        {
            let constructor = self.element_type_witness(element);
            let value = value_tokens(value, *span);
            return Some(quote_spanned!(*span=> #krate::__private::node_ref(#constructor, #value)));
        }
        let Attribute::Directive {
            prefix,
            name,
            modifiers,
            span,
            name_span,
            value,
        } = attribute
        else {
            return None;
        };
        let span = *span;
        Some(match prefix.as_str() {
            "on" => {
                let event = self.generator.event(name, span, *name_span);
                let handler = super::event_handler(krate, &event, value, span);
                let value = value_tokens(value, span);
                let capture = modifiers.iter().any(|m| m == "capture");
                let on = if modifiers.iter().any(|m| m == "target") {
                    let constructor = self.element_type_witness(element);
                    quote_spanned!(span=> #krate::__private::on_target(#constructor, #event, #capture, #value))
                } else {
                    quote_spanned!(span=> #krate::__private::on(#event, #capture, #handler))
                };
                super::undelegated(on, modifiers, span)
            }
            "prop" => {
                let value = value_tokens(value, span);
                quote_spanned!(span=> #krate::attribute::Property::new(#name, #value))
            }
            "use" => {
                let directive = super::checked_directive(krate, name, *name_span);
                let param = super::directive_param(value, span);
                quote_spanned!(span=> #krate::attribute::Directive::new(#directive, #param))
            }
            _ => return None,
        })
    }

    /// A `fn() -> HtmlElement<E>` naming `element`'s type for `node_ref` and `on:…:target`
    /// (never called): the constructor of a standard element (`html::input`), a closure
    /// making the custom element (`|| custom("my-el")`, of type `Custom`) otherwise.
    fn element_type_witness(&self, element: &Element) -> TokenStream {
        match self.generator.constructor_fn(element) {
            Some(constructor) => constructor,
            None => {
                let constructor = self.generator.constructor(element);
                quote_spanned!(element.name_span=> || #constructor)
            }
        }
    }

    /// Writes the children of a flow element.
    fn children(&mut self, children: &[Node]) {
        let krate = self.generator.krate;
        let mut flat = Vec::new();
        flatten(children, &mut flat);
        // Adjacent dynamic children, gathered into one hole.
        let mut group: Vec<TokenStream> = Vec::new();
        let mut text_before = false;
        for (index, child) in flat.iter().enumerate() {
            let dynamic = match child {
                Child::Text(text) => {
                    self.piece
                        .push_str(&escaped(&text.value, escape::Context::Text));
                    text_before = true;
                    continue;
                }
                Child::Node(node) => {
                    if let Some(html) = self.generator.static_html(node) {
                        self.piece.push_str(&html.html);
                        text_before = html.ends_with_text;
                        continue;
                    }
                    match node {
                        Node::Element(element) if templatable(element) => {
                            self.element(element);
                            text_before = false;
                            continue;
                        }
                        other => other,
                    }
                }
            };
            group.push(self.generator.optimized(dynamic));
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
            let value = tuple_of(std::mem::take(&mut group));
            self.push_hole(Hole {
                constructor: quote!(#krate::template::ChildHole::<_, #text_before, #text_after>),
                args: vec![value],
                kind: HoleKind::Child,
                after: String::new(),
            });
            text_before = false;
        }
    }

    /// Writes the children of a raw-text or RCDATA element.
    fn text_content(&mut self, raw: bool, children: &[TextChild]) {
        let krate = self.generator.krate;
        let mut text_before = false;
        let mut group: Vec<TokenStream> = Vec::new();
        let mut literal = String::new();
        for (index, child) in children.iter().enumerate() {
            match child {
                TextChild::Text(text) => {
                    literal.push_str(&text.value);
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
                    let tokens = &block.tokens;
                    group.push(if raw {
                        quote!(#krate::RawTextChild(#tokens))
                    } else {
                        quote!(#krate::RcdataChild(#tokens))
                    });
                    if matches!(children.get(index + 1), Some(TextChild::Block(_))) {
                        continue;
                    }
                    let text_after = children.get(index + 1).is_some();
                    self.push_hole(Hole {
                        constructor: quote!(#krate::template::ChildHole::<_, #text_before, #text_after>),
                        args: vec![tuple_of(std::mem::take(&mut group))],
                        kind: HoleKind::Child,
                        after: String::new(),
                    });
                    text_before = false;
                }
            }
        }
    }
}
