//! Stage 3: IR → builder-API tokens.
//!
//! Every path starts from the crate path `view!` forwarded (`$crate`), so the expansion works
//! for users who reach `view!` through a framework that re-exports it.
//!
//! Static runs (literal text, elements with literal attributes and static children) become one
//! `Static` each: their HTML, escaped at compile time with the runtime's own escaper, plus a
//! closure building the same tree. Adjacent static siblings merge into one run, and adjacent
//! literal text merges into one string.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};

use crate::ir::{
    Attribute, Component, Content, Element, ElementKind, Namespace, Node, Text, TextChild, Value,
};
use crate::spec;
use view_markup::escape;

mod skeleton;
mod template;

/// Generates the expansion of `nodes`: one view (a tuple for several roots, `()` for none).
pub(crate) fn generate(krate: &TokenStream, nodes: &[Node]) -> TokenStream {
    if nodes.is_empty() {
        // `view! {}` expands to an empty block, which is `()` without a unit expression.
        return TokenStream::new();
    }
    let generator = Generator { krate };
    if let [node @ Node::Element(element)] = nodes
        && template::templatable(element)
        && generator.static_html(node).is_none()
    {
        return generator.root_template(element);
    }
    generator.root(nodes)
}

/// Generates Leptos's attribute bundle `<{..} …/>`: a tuple of the attributes, each as a value
/// for a root element (what `{..bundle}` then spreads).
///
/// An `on:` listener keeps its handler's own type (not boxed, unlike on a component's root), so
/// the bundle is `Clone` when its handlers are, as Leptos's: `{..handlers.clone()}`.
pub(crate) fn generate_attributes(krate: &TokenStream, attributes: &[Attribute]) -> TokenStream {
    let generator = Generator { krate };
    let attributes = attributes.iter().filter_map(|attribute| match attribute {
        Attribute::Directive {
            prefix,
            name,
            modifiers,
            span,
            name_span,
            value,
        } if prefix == "on" => {
            let event = generator.event(name, *span, *name_span);
            let handler = value_tokens(value, *span);
            let capture = modifiers.iter().any(|m| m == "capture");
            let on =
                quote_spanned!(*span=> #krate::__private::on_unboxed(#event, #capture, #handler));
            Some(undelegated(on, modifiers, *span))
        }
        _ => generator.root_attribute(attribute),
    });
    quote!((#(#attributes,)*))
}

/// `on` (an `ev::On` expression) kept a direct listener when the modifiers say
/// `:undelegated` (Leptos's opt-out of delegation; see `On::undelegated`).
pub(crate) fn undelegated(on: TokenStream, modifiers: &[String], span: Span) -> TokenStream {
    if modifiers.iter().any(|m| m == "undelegated") {
        quote_spanned!(span=> #on.undelegated())
    } else {
        on
    }
}

pub(crate) struct Generator<'a> {
    pub(crate) krate: &'a TokenStream,
}

/// A child after fragments are flattened and adjacent text merged.
pub(crate) enum Child<'a> {
    Text(Text),
    Node(&'a Node),
}

/// HTML computed at compile time, with whether it starts and ends with text.
pub(crate) struct StaticHtml {
    pub(crate) html: String,
    pub(crate) starts_with_text: bool,
    pub(crate) ends_with_text: bool,
}

/// One item of a children list: a static run or a dynamic view.
enum Item {
    Static(StaticHtml),
    Dynamic(TokenStream),
}

pub(crate) fn flatten<'a>(nodes: &'a [Node], out: &mut Vec<Child<'a>>) {
    for node in nodes {
        match node {
            Node::Fragment(children) => flatten(children, out),
            Node::Text(text) => {
                if let Some(Child::Text(previous)) = out.last_mut() {
                    previous.value.push_str(&text.value);
                } else {
                    out.push(Child::Text(text.clone()));
                }
            }
            other => out.push(Child::Node(other)),
        }
    }
}

pub(crate) fn escaped(text: &str, context: escape::Context) -> String {
    let mut out = String::with_capacity(text.len());
    escape::escape_into(&mut out, text, context);
    out
}

pub(crate) fn text_literal(text: &Text) -> TokenStream {
    let lit = syn::LitStr::new(&text.value, text.span);
    quote!(#lit)
}

impl Generator<'_> {
    fn root(&self, nodes: &[Node]) -> TokenStream {
        let items = self.items(nodes);
        let views: Vec<TokenStream> = items.into_iter().map(|item| self.item(item)).collect();
        tuple_of(views)
    }

    /// Children as items: static runs merged, dynamic nodes generated.
    fn items(&self, nodes: &[Node]) -> Vec<Item> {
        let mut children = Vec::new();
        flatten(nodes, &mut children);
        let mut items: Vec<Item> = Vec::new();
        for child in children {
            let item = match &child {
                Child::Text(text) => Ok(StaticHtml {
                    html: escaped(&text.value, escape::Context::Text),
                    starts_with_text: true,
                    ends_with_text: true,
                }),
                Child::Node(node) => match self.static_html(node) {
                    Some(html) => Ok(html),
                    None => Err(match node {
                        Node::Element(element) if template::templatable(element) => {
                            self.template(element)
                        }
                        _ => self.optimized(node),
                    }),
                },
            };
            match (item, items.last_mut()) {
                (Ok(html), Some(Item::Static(run))) => {
                    run.html.push_str(&html.html);
                    run.ends_with_text = html.ends_with_text;
                }
                (Ok(html), _) => items.push(Item::Static(html)),
                (Err(tokens), _) => items.push(Item::Dynamic(tokens)),
            }
        }
        items
    }

    fn item(&self, item: Item) -> TokenStream {
        let krate = self.krate;
        match item {
            Item::Dynamic(tokens) => tokens,
            Item::Static(StaticHtml {
                html,
                starts_with_text,
                ends_with_text,
            }) => {
                let mut reader = skeleton::Reader::forest();
                reader.piece(&html);
                let Some(skeleton) = reader.finish() else {
                    return quote!(::core::compile_error!(
                        "view-macro bug: static HTML could not be read back; please report this view"
                    ));
                };
                let location = template::location(Span::call_site());
                let skeleton = template::skeleton_tokens(krate, &skeleton, location);
                quote!({
                    static SKELETON: #krate::template::Skeleton = #skeleton;
                    #krate::__private::static_view::<#starts_with_text, #ends_with_text>(#html, &SKELETON)
                })
            }
        }
    }

    /// The HTML of a fully static node, or `None` if any part is dynamic.
    pub(crate) fn static_html(&self, node: &Node) -> Option<StaticHtml> {
        match node {
            Node::Text(text) => Some(StaticHtml {
                html: escaped(&text.value, escape::Context::Text),
                starts_with_text: true,
                ends_with_text: true,
            }),
            Node::Doctype(value, _) => Some(StaticHtml {
                html: format!("<!DOCTYPE {value}>"),
                starts_with_text: false,
                ends_with_text: false,
            }),
            Node::Element(element) => {
                let html = self.static_element(element)?;
                Some(StaticHtml {
                    html,
                    starts_with_text: false,
                    ends_with_text: false,
                })
            }
            Node::Fragment(children) => {
                let mut flat = Vec::new();
                flatten(children, &mut flat);
                let mut out = StaticHtml {
                    html: String::new(),
                    starts_with_text: false,
                    ends_with_text: false,
                };
                for (index, child) in flat.iter().enumerate() {
                    let piece = match child {
                        Child::Text(text) => self.static_html(&Node::Text(text.clone()))?,
                        Child::Node(node) => self.static_html(node)?,
                    };
                    if index == 0 {
                        out.starts_with_text = piece.starts_with_text;
                    }
                    out.ends_with_text = piece.ends_with_text;
                    out.html.push_str(&piece.html);
                }
                Some(out)
            }
            Node::Block(_) | Node::Component(_) => None,
        }
    }

    fn static_element(&self, element: &Element) -> Option<String> {
        if matches!(element.kind, ElementKind::Unknown(_)) {
            return None;
        }
        let (mut classes, mut styles, mut others) = (Vec::new(), Vec::new(), String::new());
        for attribute in &element.attributes {
            let Attribute::Plain { name, value, .. } = attribute else {
                return None;
            };
            match (name.as_str(), value) {
                ("class", Value::Str(text, _)) => {
                    // Kept when empty: Leptos writes `class=""` for it.
                    classes.push(escaped(text, escape::Context::Attribute));
                }
                ("style", Value::Str(text, _)) => {
                    // As Leptos writes it: every style part ends with `;` (`style=""` too).
                    styles.push(escaped(text, escape::Context::Attribute) + ";");
                }
                ("class" | "style" | "inner_html" | "node_ref", _) => return None,
                (_, Value::Str(text, _)) => {
                    others.push_str(&format!(
                        " {name}=\"{}\"",
                        escaped(text, escape::Context::Attribute)
                    ));
                }
                (_, Value::Bare) => others.push_str(&format!(" {name}")),
                (_, Value::Literal(syn::Lit::Bool(flag))) => {
                    if flag.value {
                        others.push_str(&format!(" {name}"));
                    }
                }
                (_, Value::Literal(syn::Lit::Int(int))) if int.suffix().is_empty() => {
                    others.push_str(&format!(" {name}=\"{}\"", int.base10_digits()));
                }
                _ => return None,
            }
        }
        let mut html = format!("<{}", element.name);
        if !classes.is_empty() {
            html.push_str(&format!(" class=\"{}\"", classes.join(" ")));
        }
        if !styles.is_empty() {
            html.push_str(&format!(" style=\"{}\"", styles.concat()));
        }
        html.push_str(&others);
        html.push('>');
        if drops_leading_newline(element) {
            // As the builder does: content that starts with a newline keeps it.
            html.push('\n');
        }
        match &element.content {
            Content::Void => return Some(html),
            Content::Text { raw, children } => {
                let mut text = String::new();
                for child in children {
                    let TextChild::Text(child) = child else {
                        return None;
                    };
                    text.push_str(&child.value);
                }
                if *raw {
                    escape::escape_raw_text_into(&mut html, &text);
                } else {
                    escape::escape_into(&mut html, &text, escape::Context::Text);
                }
            }
            Content::Nodes(children) => {
                let mut flat = Vec::new();
                flatten(children, &mut flat);
                for child in &flat {
                    let piece = match child {
                        Child::Text(text) => escaped(&text.value, escape::Context::Text),
                        Child::Node(node) => self.static_html(node)?.html,
                    };
                    html.push_str(&piece);
                }
            }
        }
        html.push_str(&format!("</{}>", element.name));
        Some(html)
    }

    /// A node as plain builder code (no `Static` wrappers).
    pub(crate) fn plain(&self, node: &Node) -> TokenStream {
        match node {
            Node::Element(element) => self.element(element, false),
            other => self.optimized(other),
        }
    }

    /// A node as builder code with static runs of its descendants collapsed.
    pub(crate) fn optimized(&self, node: &Node) -> TokenStream {
        let krate = self.krate;
        match node {
            Node::Element(element) => self.element(element, true),
            Node::Component(component) => self.component(component),
            Node::Text(text) => text_literal(text),
            Node::Block(block) => block.tokens.clone(),
            Node::Doctype(value, span) => quote_spanned!(*span=> #krate::doctype(#value)),
            Node::Fragment(children) => self.root(children),
        }
    }

    fn element(&self, element: &Element, optimize: bool) -> TokenStream {
        let mut tokens = self.constructor(element);
        for attribute in &element.attributes {
            tokens.extend(self.attribute(element, attribute));
        }
        match &element.content {
            Content::Void => {}
            Content::Text { children, .. } => {
                for child in children {
                    let child = match child {
                        TextChild::Text(text) => text_literal(text),
                        TextChild::Block(block) => block.tokens.clone(),
                    };
                    tokens.extend(quote!(.child(#child)));
                }
            }
            Content::Nodes(children) => {
                // All children go in one `.child(..)` as one (chunked) tuple: a chain of
                // `.child` calls would make rustc build a new, longer type at every step.
                let views: Vec<TokenStream> = if optimize {
                    self.items(children)
                        .into_iter()
                        .map(|item| self.item(item))
                        .collect()
                } else {
                    let mut flat = Vec::new();
                    flatten(children, &mut flat);
                    flat.into_iter()
                        .map(|child| match child {
                            Child::Text(text) => text_literal(&text),
                            Child::Node(node) => self.plain(node),
                        })
                        .collect()
                };
                if !views.is_empty() {
                    let children = tuple_of(views);
                    tokens.extend(quote!(.child(#children)));
                }
            }
        }
        tokens
    }

    /// The constructor function of a standard element (`html::div`), uncalled; `None` for
    /// custom elements.
    pub(crate) fn constructor_fn(&self, element: &Element) -> Option<TokenStream> {
        let krate = self.krate;
        let ElementKind::Standard(ns) = &element.kind else {
            return None;
        };
        let module = match ns {
            Namespace::Html => quote!(html),
            Namespace::Svg => quote!(svg),
            Namespace::MathMl => quote!(mathml),
        };
        let function = ident(&spec::element_fn(&element.name), element.name_span);
        Some(quote!(#krate::#module::#function))
    }

    /// The element's constructor call (`html::div()`, `custom("my-el")`).
    pub(crate) fn constructor(&self, element: &Element) -> TokenStream {
        match self.constructor_fn(element) {
            Some(function) => quote!(#function()),
            None => {
                let krate = self.krate;
                let name = &element.name;
                quote_spanned!(element.name_span=> #krate::custom(#name))
            }
        }
    }

    pub(crate) fn attribute(&self, element: &Element, attribute: &Attribute) -> TokenStream {
        let krate = self.krate;
        match attribute {
            Attribute::Plain { name, span, value } => {
                let value = value_tokens(value, *span);
                let method = match name.as_str() {
                    "class" | "style" | "id" | "inner_html" | "node_ref" => {
                        Some(ident(name, *span))
                    }
                    // Known attributes of standard elements (HTML, SVG, MathML) are typed
                    // methods; `data-*`, `aria-*` and namespaced names (`xlink:href`) stay open.
                    _ if !name.starts_with("data-")
                        && !name.starts_with("aria-")
                        && !name.contains(':')
                        && matches!(element.kind, ElementKind::Standard(ns) if ns.has_attribute(&element.name, name)) =>
                    {
                        Some(ident(&spec::attribute_method(name), *span))
                    }
                    _ => None,
                };
                match method {
                    Some(method) => quote!(.#method(#value)),
                    // The name is made of Rust tokens (identifiers, `-`, `:`), so it is a valid
                    // attribute name; skipping the run-time check keeps it off the SSR hot path.
                    None => {
                        quote_spanned!(*span=> .with(#krate::__private::attr(#name, #value)))
                    }
                }
            }
            Attribute::Directive {
                prefix,
                name,
                modifiers,
                span,
                name_span,
                value,
            } => {
                let value_ir = value;
                let value = value_tokens(value, *span);
                match prefix.as_str() {
                    "class" => quote_spanned!(*span=> .class((#name, #value))),
                    "style" => quote_spanned!(*span=> .style((#name, #value))),
                    "prop" => quote_spanned!(*span=> .prop(#name, #value)),
                    "attr" => match name.as_str() {
                        "class" => quote_spanned!(*span=> .class(#value)),
                        "style" => quote_spanned!(*span=> .style(#value)),
                        _ => {
                            let name = attr_name(name, modifiers);
                            quote_spanned!(*span=> .with(#krate::__private::attr(#name, #value)))
                        }
                    },
                    "on" => {
                        let event = self.event(name, *span, *name_span);
                        // `:undelegated` keeps a direct listener where the renderer delegates
                        // (a capture listener is never delegated); unknown modifiers were
                        // reported by `check`.
                        let capture = modifiers.iter().any(|m| m == "capture");
                        let undelegated = modifiers.iter().any(|m| m == "undelegated");
                        let target = modifiers.iter().any(|m| m == "target");
                        let method = match (target, capture, undelegated) {
                            (false, false, false) => "on",
                            (false, false, true) => "on_undelegated",
                            (false, true, _) => "on_capture",
                            (true, false, false) => "on_target",
                            (true, false, true) => "on_target_undelegated",
                            (true, true, _) => "on_target_capture",
                        };
                        let method = Ident::new(method, *span);
                        let value = if method == "on" || method == "on_capture" {
                            event_handler(krate, &event, value_ir, *span)
                        } else {
                            value
                        };
                        quote_spanned!(*span=> .#method(#event, #value))
                    }
                    // `bind:group`, other names and a missing signal were reported by `check`.
                    "bind" => match (name.as_str(), attribute) {
                        (
                            _,
                            Attribute::Directive {
                                value: Value::Bare, ..
                            },
                        ) => TokenStream::new(),
                        ("value", _) => quote_spanned!(*span=> .bind_value(#value)),
                        ("checked", _) => quote_spanned!(*span=> .bind_checked(#value)),
                        _ => TokenStream::new(),
                    },
                    "use" => {
                        let directive = checked_directive(krate, name, *name_span);
                        let param = match attribute {
                            Attribute::Directive { value, .. } => directive_param(value, *span),
                            _ => value,
                        };
                        quote_spanned!(*span=> .directive(#directive, #param))
                    }
                    // `let:`/`clone:` on elements were reported by `check`.
                    _ => TokenStream::new(),
                }
            }
            Attribute::Spread(tokens, span) => quote_spanned!(*span=> .with(#tokens)),
        }
    }

    /// The event descriptor of `on:name`. Standard events are items of `ev` (a typo is a rustc
    /// "cannot find" error at the name); a name with `-` is a custom event.
    pub(crate) fn event(&self, name: &str, span: Span, name_span: Span) -> TokenStream {
        let krate = self.krate;
        if name.contains('-') {
            quote_spanned!(span=> #krate::ev::Custom::<#krate::ev::CustomEvent>::new(#name))
        } else {
            let event = ident(&spec::attribute_method(name), name_span);
            quote!(#krate::ev::#event)
        }
    }

    /// `<Name props…>children</Name>` → `call_component(Name, props_builder(&Name).prop(v)….build())`.
    ///
    /// The props type is inferred from `Name`'s signature, so only `Name` needs to be in scope,
    /// as in Leptos (see `view_core`'s `component_call`).
    ///
    /// With `attr:`, `class:`, `style:`, `prop:`, `on:`, `use:` or `{..spread}` attributes, the
    /// call is wrapped in `WithAttributes`, which applies them to each root element of the
    /// component's view (`on:` handlers are shared by the roots, see `__private::root_on`).
    fn component(&self, component: &Component) -> TokenStream {
        let krate = self.krate;
        let props = self.component_props(component);
        let path = &component.path;
        let turbofish = turbofish(&component.generics);
        let call = quote_spanned!(component.span=>
            #krate::__private::call_component(#path #turbofish, #props)
        );
        let attributes: Vec<TokenStream> = component
            .attributes
            .iter()
            .filter_map(|attribute| self.root_attribute(attribute))
            .collect();
        if attributes.is_empty() {
            call
        } else {
            quote_spanned!(component.span=> #krate::WithAttributes::new(#call, (#(#attributes,)*)))
        }
    }

    /// An `attr:`, element directive or `{..spread}` attribute of a component as an attribute
    /// value for its root.
    fn root_attribute(&self, attribute: &Attribute) -> Option<TokenStream> {
        let krate = self.krate;
        match attribute {
            Attribute::Directive {
                prefix,
                name,
                modifiers,
                span,
                value,
                ..
            } if prefix == "attr" => {
                // The value goes through a checking identity function, so a value of the
                // wrong kind is reported at the value, not at the whole `view!`.
                let value = value_tokens(value, *span);
                Some(match name.as_str() {
                    // Not attributes: a component's roots (or a bundle's element) cannot take
                    // them (they used to become attributes named `inner_html`, `node_ref`).
                    "inner_html" | "node_ref" => {
                        let message = format!(
                            "`{name}` cannot be given to a component's root elements or put in an attribute bundle\nhelp: set it on the element itself, inside the component: `<div {name}=…/>`"
                        );
                        quote_spanned!(*span=> ::core::compile_error!(#message))
                    }
                    "class" => {
                        quote_spanned!(*span=> #krate::attribute::Class(#krate::__private::class_value(#value)))
                    }
                    "style" => {
                        quote_spanned!(*span=> #krate::attribute::Style(#krate::__private::style_value(#value)))
                    }
                    _ => {
                        // The name is made of Rust tokens (identifiers, `-`, `:`), so it is a
                        // valid attribute name.
                        let name = attr_name(name, modifiers);
                        quote_spanned!(*span=> #krate::__private::attr(#name, #krate::__private::attribute_value(#value)))
                    }
                })
            }
            Attribute::Directive {
                prefix,
                name,
                modifiers,
                span,
                name_span,
                value,
            } => {
                let param = match prefix.as_str() {
                    "use" => directive_param(value, *span),
                    _ => value_tokens(value, *span),
                };
                let attribute = match prefix.as_str() {
                    "class" => {
                        quote_spanned!(*span=> #krate::attribute::Class((#name, #param)))
                    }
                    "style" => {
                        quote_spanned!(*span=> #krate::attribute::Style((#name, #param)))
                    }
                    "prop" => quote_spanned!(*span=> #krate::__private::property(#name, #param)),
                    "on" => {
                        let event = if name.contains('-') {
                            quote_spanned!(*span=> #krate::ev::Custom::<#krate::ev::CustomEvent>::new(#name))
                        } else {
                            let event = ident(&spec::attribute_method(name), *name_span);
                            quote!(#krate::ev::#event)
                        };
                        let capture = modifiers.iter().any(|m| m == "capture");
                        let on = quote_spanned!(*span=> #krate::__private::root_on(#event, #capture, #param));
                        undelegated(on, modifiers, *span)
                    }
                    "use" => {
                        let directive = checked_directive(krate, name, *name_span);
                        quote_spanned!(*span=> #krate::__private::directive(#directive, #param))
                    }
                    // `let:`/`clone:` shape the children.
                    _ => return None,
                };
                Some(quote_spanned!(*span=> #krate::__private::root_attribute(#attribute)))
            }
            Attribute::Spread(tokens, span) => {
                Some(quote_spanned!(*span=> #krate::__private::root_attribute(#tokens)))
            }
            _ => None,
        }
    }

    /// The props expression of a component (or slot).
    fn component_props(&self, component: &Component) -> TokenStream {
        let krate = self.krate;
        let turbofish = turbofish(&component.generics);
        // Every token the macro adds carries the tag's span, so rustc reports a missing prop
        // (on `build`) at the tag, not at the whole `view!`.
        let span = component.span;
        let mut tokens = if component.slot {
            // A slot is passed as its props struct, named `NameProps` (`type Name = NameProps`
            // for a `#[slot]` struct).
            let mut props_path = component.path.clone();
            if let Some(last) = props_path.segments.last_mut() {
                last.ident = format_ident!("{}Props", last.ident, span = component.span);
            }
            quote_spanned!(span=> #props_path #turbofish ::builder())
        } else {
            // In parentheses spanned at the tag, so an error on the chain (a missing prop, on
            // `build`) points at the tag rather than at the whole `view!`.
            let path = &component.path;
            let start = quote!(#krate::__private::props_builder(&#path #turbofish));
            let mut group = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, start);
            group.set_span(span);
            group.to_token_stream()
        };
        let (mut lets, mut clones) = (Vec::new(), Vec::new());
        for attribute in &component.attributes {
            match attribute {
                Attribute::Plain { name, span, value } => {
                    let setter = ident(name, *span);
                    let value = match value {
                        Value::Bare => quote!(#setter),
                        other => value_tokens(other, *span),
                    };
                    tokens.extend(quote_spanned!(*span=> .#setter(#value)));
                }
                Attribute::Directive {
                    prefix,
                    value: Value::Expr(patterns),
                    ..
                } if prefix == "let" => lets.push(patterns.clone()),
                Attribute::Directive {
                    prefix, name, span, ..
                } if prefix == "let" => lets.push(ident(name, *span).to_token_stream()),
                Attribute::Directive {
                    prefix, name, span, ..
                } if prefix == "clone" => clones.push(ident(name, *span)),
                // `attr:`, spreads and element directives were reported by `check`.
                _ => {}
            }
        }
        let mut slots: Vec<(String, Span, Vec<TokenStream>)> = Vec::new();
        let mut children = Vec::new();
        for child in &component.children {
            match child {
                Node::Component(slot) if slot.slot => {
                    let name = match &slot.slot_name {
                        Some((name, _)) => snake_case(name),
                        None => snake_case(
                            &slot
                                .path
                                .segments
                                .last()
                                .map(|s| s.ident.to_string())
                                .unwrap_or_default(),
                        ),
                    };
                    let value = self.component_props(slot);
                    match slots.iter_mut().find(|(n, ..)| *n == name) {
                        Some((_, _, values)) => values.push(value),
                        None => {
                            let span = slot.slot_name.as_ref().map_or(slot.span, |(_, span)| *span);
                            slots.push((name, span, vec![value]));
                        }
                    }
                }
                other => children.push(other.clone()),
            }
        }
        for (name, span, values) in slots {
            let setter = ident(&name, span);
            if values.len() == 1 {
                tokens.extend(quote_spanned!(span=> .#setter(#(#values)*)));
            } else {
                tokens.extend(quote_spanned!(span=> .#setter(::std::vec![#(#values),*])));
            }
        }
        if !children.is_empty() {
            let view = self.root(&children);
            let outer = quote!(#(let #clones = ::core::clone::Clone::clone(&#clones);)*);
            let inner = outer.clone();
            if lets.is_empty() {
                tokens.extend(quote_spanned!(span=> .children(#krate::ToChildren::to_children({ #outer move || { #inner #view } }))));
            } else {
                tokens.extend(
                    quote_spanned!(span=> .children({ #outer move |#(#lets),*| { #inner #view } })),
                );
            }
        }
        tokens.extend(quote_spanned!(span=> .build()));
        tokens
    }
}

/// The attribute name of `attr:name:more` (`attr:xlink:href` → `xlink:href`).
pub(crate) fn attr_name(name: &str, modifiers: &[String]) -> String {
    let mut full = name.to_owned();
    for part in modifiers {
        full.push(':');
        full.push_str(part);
    }
    full
}

/// `<T>` → `::<T>`; nothing for no generics.
fn turbofish(generics: &TokenStream) -> TokenStream {
    if generics.is_empty() {
        TokenStream::new()
    } else {
        quote!(:: #generics)
    }
}

pub(crate) fn value_tokens(value: &Value, span: Span) -> TokenStream {
    match value {
        Value::Bare => quote_spanned!(span=> true),
        Value::Str(text, span) => {
            let lit = syn::LitStr::new(text, *span);
            quote!(#lit)
        }
        Value::Literal(lit) => quote!(#lit),
        Value::Expr(tokens) => tokens.clone(),
    }
}

/// The handler of `on:event=value`. A handler made elsewhere (a path: a variable, a prop) goes
/// through `HandlerWrap`, so that natively one typed with a web-sys event compiles (see
/// `view_core/src/ev/handler_kind.rs`); a closure written in place (or any other expression)
/// is passed as is, so its argument is inferred from the event.
pub(crate) fn event_handler(
    krate: &TokenStream,
    event: &TokenStream,
    value: &Value,
    span: Span,
) -> TokenStream {
    let tokens = value_tokens(value, span);
    match value {
        Value::Expr(expr) if syn::parse2::<syn::ExprPath>(expr.clone()).is_ok() => {
            // Errors (a handler of the wrong type) point at the handler.
            let span = expr
                .clone()
                .into_iter()
                .next()
                .map_or(span, |token| token.span());
            quote_spanned! {span=> {
                #[allow(unused_imports)]
                use #krate::ev::{AnyHandler as _, NativeHandler as _, WebHandler as _};
                let __view_core_handler = #krate::ev::HandlerWrap(#event, #tokens);
                (&&&__view_core_handler)
                    .__view_core_handler_kind()
                    .into_handler(__view_core_handler)
            }}
        }
        _ => tokens,
    }
}

/// The function of `use:name`, checked to take the element by value (a directive taking it
/// by reference, view-core's former signature, gets an error that says so; see
/// `DirectiveCheck` in `view_core/src/attribute/directive.rs`). The block evaluates to the
/// function.
pub(crate) fn checked_directive(krate: &TokenStream, name: &str, span: Span) -> TokenStream {
    let directive = ident(name, span);
    quote_spanned! {span=> {
        #[allow(unused_imports)]
        use #krate::__private::{DirectiveTakesReference as _, DirectiveTakesValue as _};
        #krate::__private::assert_directive_by_value(
            (&#krate::__private::DirectiveCheck(&#directive)).__view_core_directive_check(),
        );
        #directive
    }}
}

/// The parameter of `use:name=param`, passed as written, as in Leptos (a value of another type
/// converts with an explicit `.into()`, which then infers its target from the directive);
/// `().into()` for a bare `use:name`, so a directive whose parameter type implements
/// `From<()>` gets its default and one without a parameter gets `()`.
pub(crate) fn directive_param(value: &Value, span: Span) -> TokenStream {
    match value {
        Value::Bare => quote_spanned!(span=> ::core::convert::Into::into(())),
        value => value_tokens(value, span),
    }
}

/// An identifier, raw when it is a keyword (`type` → `r#type`).
pub(crate) fn ident(name: &str, span: Span) -> Ident {
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if spec::is_keyword(&name) && !matches!(name.as_str(), "crate" | "self" | "super" | "Self") {
        Ident::new_raw(&name, span)
    } else if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        Ident::new(&format!("_{name}"), span)
    } else {
        Ident::new(&name, span)
    }
}

fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (index, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if index > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The widest tuple view-core implements the view traits for.
const MAX_TUPLE: usize = 26;

/// `views` as one view: itself when alone, a tuple, or tuples of at most [`MAX_TUPLE`] nested
/// in a tuple when there are more.
pub(crate) fn tuple_of(mut views: Vec<TokenStream>) -> TokenStream {
    match views.len() {
        0 => quote!(()),
        1 => views.pop().unwrap_or_default(),
        n if n <= MAX_TUPLE => quote!((#(#views,)*)),
        _ => {
            let mut chunks = Vec::new();
            let mut rest = views.into_iter().peekable();
            while rest.peek().is_some() {
                let chunk: Vec<TokenStream> = rest.by_ref().take(MAX_TUPLE).collect();
                chunks.push(quote!((#(#chunk,)*)));
            }
            tuple_of(chunks)
        }
    }
}

/// Whether the HTML parser drops a newline right after `element`'s start tag: such elements get
/// one `\n` there, by the same rule the builder applies (`view_markup::drops_leading_newline`).
pub(crate) fn drops_leading_newline(element: &Element) -> bool {
    matches!(element.kind, ElementKind::Standard(Namespace::Html))
        && view_markup::drops_leading_newline(&element.name)
}
