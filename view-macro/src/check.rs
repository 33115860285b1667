//! Stage 2: rules the IR must satisfy. One function per rule; each opens with the rule and the
//! HTML spec section it enforces.
//!
//! Two rules run during stage 1 instead, while `parse` lowers rstml nodes: "void elements have
//! no children" and "raw-text and RCDATA elements hold text only". The IR cannot represent their
//! violations (a void element's content is `Content::Void`, a text-only element's is
//! `Content::Text`), so they must be checked before the IR node exists; they live here with the
//! other rules and `parse` calls them.
//!
//! Most content-model rules exist because the browser's HTML parser *rewrites* a tree that breaks
//! them (it closes a `<p>`, inserts a `<tbody>`, drops a tag), so server-rendered HTML would no
//! longer match the typed tree and hydration would fail. Components are opaque: a rule never
//! looks through a component boundary, and the parent of a view's root is unknown.

use proc_macro2::Span;

use crate::diagnostics::Diagnostics;
use crate::ir::{
    Attribute, Block, Component, Content, Element, ElementKind, Namespace, Node, TextChild, Value,
};
use crate::spec;

/// Runs every rule over `nodes`.
pub(crate) fn check(nodes: &[Node], diagnostics: &mut Diagnostics) {
    walk(nodes, &mut Vec::new(), None, diagnostics);
}

/// An open ancestor element, as the rules see it.
struct Open<'a> {
    name: &'a str,
    html: bool,
}

fn walk<'a>(
    nodes: &'a [Node],
    ancestors: &mut Vec<Open<'a>>,
    parent: Option<&'a Element>,
    diagnostics: &mut Diagnostics,
) {
    for node in nodes {
        match node {
            Node::Element(element) => {
                check_unknown_element(element, diagnostics);
                check_unknown_attributes(element, diagnostics);
                check_data_attribute_names(&element.attributes, diagnostics);
                check_duplicate_attributes(&element.attributes, diagnostics);
                check_element_directives(element, diagnostics);
                check_directive_modifiers(&element.attributes, diagnostics);
                check_bindings(element, diagnostics);
                check_inner_html_without_children(element, diagnostics);
                if element.kind == ElementKind::Standard(Namespace::Html) {
                    let parent =
                        parent.filter(|p| p.kind == ElementKind::Standard(Namespace::Html));
                    check_flow_in_p(element, ancestors, diagnostics);
                    check_tr_in_table(element, parent, diagnostics);
                    check_li_parent(element, parent, diagnostics);
                    check_nested_a(element, ancestors, diagnostics);
                    check_interactive_in_button(element, ancestors, diagnostics);
                    check_nested_form(element, ancestors, diagnostics);
                    check_option_parent(element, parent, diagnostics);
                    check_cell_parent(element, parent, diagnostics);
                    check_table_part_parent(element, parent, diagnostics);
                }
                if let Content::Nodes(children) = &element.content {
                    ancestors.push(Open {
                        name: &element.name,
                        html: matches!(element.kind, ElementKind::Standard(Namespace::Html)),
                    });
                    walk(children, ancestors, Some(element), diagnostics);
                    ancestors.pop();
                }
            }
            Node::Component(component) => {
                check_duplicate_attributes(&component.attributes, diagnostics);
                check_component_directives(component, diagnostics);
                // Components are opaque: their children start a fresh context.
                walk(&component.children, &mut Vec::new(), None, diagnostics);
            }
            Node::Fragment(children) => walk(children, ancestors, parent, diagnostics),
            Node::Text(_) | Node::Block(_) | Node::Doctype(..) => {}
        }
    }
}

/// The nearest open ancestor named one of `names`, unless a scope boundary in `boundaries`
/// comes first.
fn open_ancestor<'a>(
    ancestors: &[Open<'a>],
    names: &[&str],
    boundaries: &[&str],
) -> Option<&'a str> {
    for open in ancestors.iter().rev() {
        if !open.html || boundaries.contains(&open.name) {
            return None;
        }
        if names.contains(&open.name) {
            return Some(open.name);
        }
    }
    None
}

// Rule: an element name must be a standard element of the current namespace (HTML § 4, SVG 2
// element index, MathML Core § 3) or a valid custom element name (HTML § 4.13.3: lowercase,
// starts with a letter, contains `-`). Otherwise the browser creates an `HTMLUnknownElement`.
fn check_unknown_element(element: &Element, diagnostics: &mut Diagnostics) {
    let ElementKind::Unknown(ns) = element.kind else {
        return;
    };
    let (table, namespace) = match ns {
        Namespace::Html => (spec::HTML_ELEMENTS, "HTML"),
        Namespace::Svg => (spec::SVG_ELEMENTS, "SVG"),
        Namespace::MathMl => (spec::MATHML_ELEMENTS, "MathML"),
    };
    let name = &element.name;
    let mut message = format!("unknown {namespace} element `<{name}>`");
    if let Some(suggestion) = spec::suggest(name, table.iter().copied()) {
        message.push_str(&format!("\nhelp: did you mean `<{suggestion}>`?"));
    } else if name.contains('-') || name.contains('_') {
        message.push_str(
            "\nhelp: a custom element name must start with a lowercase ASCII letter, contain a `-`, and have no uppercase letters",
        );
    } else {
        message.push_str(
            "\nhelp: the browser would create an unknown element; use a standard element, a custom element (`<my-el>`) or a component (`<MyComponent>`)",
        );
    }
    diagnostics.error(element.name_span, message);
}

// Rule: an attribute on a standard element must be one its namespace defines for it. HTML: a
// global attribute (HTML § 3.2.6) or one of the element's content attributes (HTML § 4, per
// element). SVG: a presentation attribute (SVG 2 § "Attribute Index") or one of the element's
// attributes; MathML: a MathML global attribute (MathML Core § 2.1.3) or one of the element's;
// the HTML global attributes apply to both. `data-*` (§ 3.2.6.6), `aria-*` and `role`
// (WAI-ARIA, § 3.2.8), custom elements and `attr:` are open, and so are namespaced names
// (`xlink:href`, `xml:lang`) on SVG and MathML elements.
fn check_unknown_attributes(element: &Element, diagnostics: &mut Diagnostics) {
    let ElementKind::Standard(ns) = element.kind else {
        return;
    };
    for attribute in &element.attributes {
        let Attribute::Plain { name, span, .. } = attribute else {
            continue;
        };
        if name.starts_with("data-")
            || name.starts_with("aria-")
            || matches!(name.as_str(), "node_ref" | "inner_html" | "xmlns")
            || (ns != Namespace::Html && name.contains(':'))
            || ns.has_attribute(&element.name, name)
        {
            continue;
        }
        let tag = &element.name;
        let mut message = format!("unknown attribute `{name}` on `<{tag}>`");
        if let Some(event) = name.strip_prefix("on").filter(|event| !event.is_empty()) {
            message.push_str(&format!(
                "\nhelp: attach event listeners with `on:{event}={{handler}}`"
            ));
        } else {
            match spec::suggest(name, ns.attribute_candidates(tag)) {
                Some(suggestion) => message.push_str(&format!("\nhelp: did you mean `{suggestion}`?")),
                None => message.push_str(
                    "\nhelp: use `data-*` for custom data, or `attr:name=value` to set any attribute",
                ),
            }
        }
        diagnostics.error(*span, message);
    }
}

// Rule: a custom data attribute's name is `data-` followed by at least one character and
// contains no ASCII uppercase letters (HTML § 3.2.6.6 "Embedding custom non-visible data with the
// data-* attributes"); browsers lowercase such names, so `dataset` would not find them.
fn check_data_attribute_names(attributes: &[Attribute], diagnostics: &mut Diagnostics) {
    for attribute in attributes {
        let Attribute::Plain { name, span, .. } = attribute else {
            continue;
        };
        let Some(rest) = name.strip_prefix("data-") else {
            continue;
        };
        if rest.is_empty() || rest.chars().any(|c| c.is_ascii_uppercase()) {
            diagnostics.error(
                *span,
                format!("invalid data attribute `{name}`: it needs a lowercase name after `data-`\nhelp: write e.g. `data-user-id`"),
            );
        }
    }
}

// Rule: void elements have no content and no end tag (HTML § 13.1.2 "Elements", void
// elements). The parser ignores `</br>`-style end tags and moves the "children" after the
// element. Called while lowering, since the IR cannot hold a void element's children.
pub(crate) fn check_void_element_has_no_children(
    name: &str,
    children: &[Node],
    diagnostics: &mut Diagnostics,
) {
    if let Some(child) = children.first() {
        diagnostics.error(
            node_span(child),
            format!(
                "`<{name}>` is a void element and cannot have children; the browser would place them after it\nhelp: write `<{name}/>` and move the children to a sibling"
            ),
        );
    }
}

// Rule: raw-text elements (`script`, `style`) and escapable raw-text elements (`textarea`,
// `title`) hold text only (HTML § 13.1.2.1-2): the tokenizer reads everything up to the end tag
// as text, so an element inside would become literal text. Called while lowering.
pub(crate) fn check_text_only_children(
    name: &str,
    children: Vec<Node>,
    diagnostics: &mut Diagnostics,
) -> Vec<TextChild> {
    let mut out = Vec::new();
    for child in children {
        match child {
            Node::Text(text) => out.push(TextChild::Text(text)),
            Node::Block(block) => out.push(TextChild::Block(block)),
            other => diagnostics.error(
                node_span(&other),
                format!(
                    "`<{name}>` holds text only; the browser would show this markup as literal text\nhelp: pass text or a `{{expression}}` producing text"
                ),
            ),
        }
    }
    out
}

// Rule: an attribute is given at most once per element (HTML § 13.1.2.3 "Attributes": "There
// must never be two or more attributes on the same start tag whose names are an ASCII
// case-insensitive match"); the parser keeps the first and drops the others. The same holds
// for `class:x`, `style:x`, `on:x` and component props.
fn check_duplicate_attributes(attributes: &[Attribute], diagnostics: &mut Diagnostics) {
    let mut seen: Vec<String> = Vec::new();
    for attribute in attributes {
        let key = match attribute {
            // Class and style parts merge into one attribute; they are never duplicates.
            Attribute::Plain { name, .. } if matches!(name.as_str(), "class" | "style") => continue,
            Attribute::Plain { name, .. } => name.to_ascii_lowercase(),
            Attribute::Directive { prefix, name, .. }
                if prefix == "attr" && matches!(name.as_str(), "class" | "style") =>
            {
                continue;
            }
            Attribute::Directive { prefix, name, .. } if prefix == "attr" => {
                name.to_ascii_lowercase()
            }
            // `on:click` and `on:click:capture` are two listeners.
            Attribute::Directive {
                prefix,
                name,
                modifiers,
                ..
            } if prefix == "on" && modifiers.iter().any(|m| m == "capture") => {
                format!("on:{name}:capture")
            }
            Attribute::Directive { prefix, name, .. } if prefix != "use" => {
                format!("{prefix}:{name}")
            }
            _ => continue,
        };
        if seen.contains(&key) {
            diagnostics.error(
                attribute.span(),
                format!("duplicate attribute `{key}`: the browser keeps only the first one\nhelp: remove this one, or merge the values"),
            );
        } else {
            seen.push(key);
        }
    }
}

// Rule: `on:` takes the modifiers `:capture` (listen in the capture phase), `:target` (the
// handler's event knows its target's element type) and `:undelegated` (Leptos's opt-out of
// event delegation; listeners here are always direct, so it changes nothing); `attr:` takes a
// namespaced name (`attr:xlink:href`); other directives take none (`class:` and `style:` names
// keep their colons: `class:md:flex`).
fn check_directive_modifiers(attributes: &[Attribute], diagnostics: &mut Diagnostics) {
    for attribute in attributes {
        let Attribute::Directive {
            prefix,
            name,
            modifiers,
            span,
            ..
        } = attribute
        else {
            continue;
        };
        match prefix.as_str() {
            "attr" | "class" | "style" => {}
            "on" => {
                for (index, modifier) in modifiers.iter().enumerate() {
                    if !matches!(modifier.as_str(), "capture" | "target" | "undelegated") {
                        diagnostics.error(
                            *span,
                            format!("unknown event modifier `:{modifier}` in `on:{name}:{}`\nhelp: the supported modifiers are `:capture`, `:target` and `:undelegated`; for anything else (`once`, `passive`, `prevent`, …) call the event's methods in the handler", modifiers.join(":")),
                        );
                    } else if modifiers[..index].contains(modifier) {
                        diagnostics.error(
                            *span,
                            format!(
                                "the modifier `:{modifier}` is given twice in `on:{name}:{}`",
                                modifiers.join(":")
                            ),
                        );
                    }
                }
            }
            _ => {
                if let Some(modifier) = modifiers.first() {
                    diagnostics.error(
                        *span,
                        format!("`{prefix}:{name}` takes no modifier, found `:{modifier}`\nhelp: only `on:` takes modifiers (`:capture`, `:target`, `:undelegated`)"),
                    );
                }
            }
        }
    }
}

// Rule: `bind:value` binds the `value` of an `<input>`, `<textarea>` or `<select>` (the
// form controls with a `value` property and `input` events, HTML § 4.10), `bind:checked` the
// `checked` state of an `<input>` (a checkbox or radio button); custom elements may take
// either. The value is a signal. Leptos's `bind:group` (radio groups) is not provided.
fn check_bindings(element: &Element, diagnostics: &mut Diagnostics) {
    let tag = element.name.as_str();
    for attribute in &element.attributes {
        let Attribute::Directive {
            prefix,
            name,
            span,
            value,
            ..
        } = attribute
        else {
            continue;
        };
        if prefix != "bind" {
            continue;
        }
        let standard = element.kind == ElementKind::Standard(Namespace::Html);
        let message = match name.as_str() {
            "group" => Some(
                "`bind:group` (Leptos's radio-group binding) is not supported\nhelp: give each radio button `on:change=move |_| set_choice.set(…)` and `prop:checked=move || choice.get() == …`, or `bind:checked` to a signal of its own".to_owned(),
            ),
            "value" if standard && !matches!(tag, "input" | "textarea" | "select") => Some(format!(
                "`bind:value` on `<{tag}>`: only `<input>`, `<textarea>` and `<select>` have a value to bind\nhelp: use `prop:value` to set a property one way, or `on:input` to listen"
            )),
            "checked" if standard && tag != "input" => Some(format!(
                "`bind:checked` on `<{tag}>`: only an `<input type=\"checkbox\">` or `type=\"radio\"` has a checked state\nhelp: use it on an `<input type=\"checkbox\">`"
            )),
            "value" | "checked" if matches!(value, Value::Bare) => Some(format!(
                "`bind:{name}` needs a signal: `bind:{name}=signal` (an `RwSignal` or a `(ReadSignal, WriteSignal)` pair)"
            )),
            "value"
                if tag == "textarea"
                    && matches!(&element.content, Content::Text { children, .. } if !children.is_empty()) =>
            {
                Some("`<textarea bind:value=…>` has children: the bound value is its text\nhelp: remove the children and set the initial text through the signal".to_owned())
            }
            "value" | "checked" => None,
            other => Some(format!(
                "unknown binding `bind:{other}`\nhelp: the supported bindings are `bind:value` (on `<input>`, `<textarea>` and `<select>`) and `bind:checked` (on checkboxes); for another property, pair `prop:{other}` with an `on:` listener"
            )),
        };
        if let Some(message) = message {
            diagnostics.error(*span, message);
            continue;
        }
        let conflict = element.attributes.iter().find(|other| match other {
            Attribute::Plain { name: other, .. } => other == name,
            Attribute::Directive {
                prefix: other_prefix,
                name: other,
                ..
            } => matches!(other_prefix.as_str(), "prop" | "attr") && other == name,
            Attribute::Spread(..) => false,
        });
        if let Some(other) = conflict {
            diagnostics.error(
                other.span(),
                format!("`<{tag}>` sets `{name}` here and binds it with `bind:{name}`: the two would overwrite each other\nhelp: give the initial value to the bound signal and remove this attribute"),
            );
        }
    }
}

// Rule: `let:` and `clone:` belong to components (they shape the children closure); on an
// element they would mean nothing.
fn check_element_directives(element: &Element, diagnostics: &mut Diagnostics) {
    for attribute in &element.attributes {
        if let Attribute::Directive { prefix, span, .. } = attribute
            && matches!(prefix.as_str(), "let" | "clone")
        {
            diagnostics.error(
                *span,
                format!(
                    "`{prefix}:` is only meaningful on a component, not on `<{}>`",
                    element.name
                ),
            );
        }
    }
}

// Rule: an element with `inner_html` has no children. Setting `innerHTML` replaces every child
// (HTML § "innerHTML" setter: "replace all with fragment"), so the view's own children would be
// wiped by the first update of the inner HTML and later updates would insert into detached
// nodes; in SSR the two would be concatenated. The builder's types reject it too
// (`HtmlElement::inner_html` needs an element without children and returns one that takes none).
fn check_inner_html_without_children(element: &Element, diagnostics: &mut Diagnostics) {
    let has_children = match &element.content {
        Content::Nodes(children) => !children.is_empty(),
        Content::Text { children, .. } => !children.is_empty(),
        Content::Void => false,
    };
    if !has_children {
        return;
    }
    for attribute in &element.attributes {
        if let Attribute::Plain { name, span, .. } = attribute
            && name == "inner_html"
        {
            let tag = &element.name;
            diagnostics.error(
                *span,
                format!(
                    "`<{tag}>` has both `inner_html` and children: the inner HTML replaces the children, so an update would wipe them\nhelp: remove the children, or move the inner HTML to an element of its own: `<{tag}><div inner_html=…/>…</{tag}>`"
                ),
            );
        }
    }
}

// Rule: a component takes props, `let:`, `clone:`, `attr:` and spreads; element-only directives
// (`class:`, `style:`, `prop:`, `on:`, `use:`) need an element to act on. `attr:` and spreads go
// to the component's root element, so a slot (a value passed to its parent, not a view) takes
// neither.
fn check_component_directives(component: &Component, diagnostics: &mut Diagnostics) {
    for attribute in &component.attributes {
        match attribute {
            Attribute::Directive { prefix, span, .. }
                if !matches!(prefix.as_str(), "let" | "clone" | "attr") =>
            {
                diagnostics.error(
                    *span,
                    format!("`{prefix}:` needs an element; a component only takes props, `let:`, `clone:` and `attr:`\nhelp: put it on an element inside the component"),
                );
            }
            Attribute::Directive { prefix, span, .. } if prefix == "attr" && component.slot => {
                slot_attributes(*span, diagnostics);
            }
            Attribute::Spread(_, span) if component.slot => slot_attributes(*span, diagnostics),
            _ => {}
        }
    }
}

fn slot_attributes(span: Span, diagnostics: &mut Diagnostics) {
    diagnostics.error(
        span,
        "a slot is passed to its parent component as a prop and has no root element for `attr:` or `{..spread}`\nhelp: pass the value as a prop of the slot",
    );
}

// Rule: a `<p>` cannot contain flow content that is not phrasing content (HTML § 4.4.1 "The p
// element", content model: phrasing content). The parser closes the open `<p>` when such a
// start tag arrives (§ 13.2.6.4.7, "close a p element" for `address`, `div`, `ul`, `table`, `p`,
// …), so the element ends up *after* the paragraph, and the `</p>` then creates an empty `<p>`.
fn check_flow_in_p(element: &Element, ancestors: &[Open<'_>], diagnostics: &mut Diagnostics) {
    if !spec::CLOSES_P.contains(&element.name.as_str()) {
        return;
    }
    let boundaries = [
        "button", "table", "td", "th", "caption", "template", "object",
    ];
    if open_ancestor(ancestors, &["p"], &boundaries).is_some() {
        let name = &element.name;
        diagnostics.error(
            element.name_span,
            format!(
                "`<{name}>` cannot be inside `<p>`: the browser would close the paragraph before `<{name}>` and add an empty `<p></p>` after it\nhelp: use `<div>` instead of the outer `<p>`, or a phrasing element (`<span>`) instead of `<{name}>`"
            ),
        );
    }
}

// Rule: a `<tr>` is not a child of `<table>` (HTML § 4.9.1 "The table element": rows go in
// `thead`, `tbody` or `tfoot`). The parser inserts a `<tbody>` around it ("in table" insertion
// mode, § 13.2.6.4.9), which the typed tree does not have.
fn check_tr_in_table(element: &Element, parent: Option<&Element>, diagnostics: &mut Diagnostics) {
    if element.name == "tr" && parent.is_some_and(|p| p.name == "table") {
        diagnostics.error(
            element.name_span,
            "`<tr>` directly inside `<table>`: the browser would insert a `<tbody>` around it\nhelp: wrap the rows in `<tbody>` (or `<thead>`/`<tfoot>`)",
        );
    }
}

// Rule: an `<li>`'s parent is `<ul>`, `<ol>` or `<menu>` (HTML § 4.4.8 "The li element",
// contexts). Inside another `<li>` the parser closes the first item (§ 13.2.6.4.7, "li" start tag).
fn check_li_parent(element: &Element, parent: Option<&Element>, diagnostics: &mut Diagnostics) {
    let Some(parent) = parent else { return };
    if element.name == "li" && !matches!(parent.name.as_str(), "ul" | "ol" | "menu") {
        let what = if parent.name == "li" {
            "the browser would close the outer `<li>` first, making them siblings"
        } else {
            "it is not a list item there and fails validation; screen readers will not announce a list"
        };
        diagnostics.error(
            element.name_span,
            format!("`<li>` inside `<{}>`: {what}\nhelp: put list items directly inside `<ul>`, `<ol>` or `<menu>`", parent.name),
        );
    }
}

// Rule: an `<a>` cannot contain another `<a>` (HTML § 4.5.1 "The a element": no interactive
// content or `a` descendant). The parser closes the outer link when the inner one starts (the
// adoption agency algorithm, § 13.2.6.4.7 "a" start tag), splitting the tree.
fn check_nested_a(element: &Element, ancestors: &[Open<'_>], diagnostics: &mut Diagnostics) {
    let markers = ["td", "th", "caption", "template", "object", "button"];
    if element.name == "a" && open_ancestor(ancestors, &["a"], &markers).is_some() {
        diagnostics.error(
            element.name_span,
            "`<a>` inside `<a>`: the browser would close the outer link before this one, so they become siblings\nhelp: links cannot nest; restructure so the links are siblings",
        );
    }
}

// Rule: a `<button>` contains no interactive content (HTML § 4.10.6 "The button element",
// content model: phrasing content, no interactive descendant). A nested `<button>` start tag
// closes the outer button (§ 13.2.6.4.7 "button" start tag); other interactive content is kept
// but clicks on it are ambiguous and it fails validation.
fn check_interactive_in_button(
    element: &Element,
    ancestors: &[Open<'_>],
    diagnostics: &mut Diagnostics,
) {
    let interactive = spec::is_interactive(&element.name, |attr| literal_attribute(element, attr));
    if !interactive || open_ancestor(ancestors, &["button"], &["template"]).is_none() {
        return;
    }
    let name = &element.name;
    let what = if name == "button" {
        "the browser would close the outer button first, making them siblings".to_owned()
    } else {
        format!(
            "`<{name}>` is interactive content, which a button may not contain: the browser keeps it, but which one receives a click is undefined"
        )
    };
    diagnostics.error(
        element.name_span,
        format!("`<{name}>` inside `<button>`: {what}\nhelp: move `<{name}>` out of the button"),
    );
}

// Rule: a `<form>` cannot contain another `<form>` (HTML § 4.10.3 "The form element": no form
// element descendants). The parser ignores the inner start tag while the form element pointer
// is set (§ 13.2.6.4.7 "form" start tag), so its fields join the outer form.
fn check_nested_form(element: &Element, ancestors: &[Open<'_>], diagnostics: &mut Diagnostics) {
    if element.name == "form" && open_ancestor(ancestors, &["form"], &["template"]).is_some() {
        diagnostics.error(
            element.name_span,
            "`<form>` inside `<form>`: the browser would drop the inner `<form>` tag and its fields would belong to the outer form\nhelp: use sibling forms, or associate fields with `form=\"id\"`",
        );
    }
}

// Rule: an `<option>`'s parent is `<select>`, `<datalist>` or `<optgroup>` (HTML § 4.10.10
// "The option element", contexts). Elsewhere the option is inert and, inside a `<select>`'s
// other descendants, the parser may drop it.
fn check_option_parent(element: &Element, parent: Option<&Element>, diagnostics: &mut Diagnostics) {
    let Some(parent) = parent else { return };
    if element.name == "option"
        && !matches!(parent.name.as_str(), "select" | "datalist" | "optgroup")
    {
        diagnostics.error(
            element.name_span,
            format!("`<option>` inside `<{}>`: an option outside a `<select>`, `<datalist>` or `<optgroup>` is not selectable and fails validation\nhelp: move it into a `<select>`, `<datalist>` or `<optgroup>`", parent.name),
        );
    }
}

// Rule: `<td>` and `<th>` are children of `<tr>` (HTML § 4.9.9/4.9.10, contexts). Outside a
// table the parser drops the tag entirely (its content becomes part of the parent, § 13.2.6.4.7
// "td, th" start tag: parse error, ignore); inside a table section it inserts a `<tr>`.
fn check_cell_parent(element: &Element, parent: Option<&Element>, diagnostics: &mut Diagnostics) {
    let Some(parent) = parent else { return };
    let name = &element.name;
    if matches!(name.as_str(), "td" | "th") && parent.name != "tr" {
        let what = if matches!(parent.name.as_str(), "table" | "tbody" | "thead" | "tfoot") {
            "the browser would insert a `<tr>` around it"
        } else {
            "outside a table the browser drops the tag and keeps only its content"
        };
        diagnostics.error(
            element.name_span,
            format!(
                "`<{name}>` inside `<{}>`: {what}\nhelp: put table cells directly inside `<tr>`",
                parent.name
            ),
        );
    }
}

// Rule: `<thead>`, `<tbody>`, `<tfoot>`, `<caption>` and `<colgroup>` are children of `<table>`
// (HTML § 4.9.2-4.9.7, contexts). Outside a table the parser ignores these start tags
// (§ 13.2.6.4.7: "caption, col, colgroup, frame, head, tbody, td, tfoot, th, thead, tr": parse
// error, ignore), so their content lands in the parent.
fn check_table_part_parent(
    element: &Element,
    parent: Option<&Element>,
    diagnostics: &mut Diagnostics,
) {
    let Some(parent) = parent else { return };
    let name = &element.name;
    if matches!(
        name.as_str(),
        "thead" | "tbody" | "tfoot" | "caption" | "colgroup"
    ) && parent.name != "table"
    {
        diagnostics.error(
            element.name_span,
            format!("`<{name}>` inside `<{}>`: outside a `<table>` the browser drops the `<{name}>` tag and keeps only its content\nhelp: put `<{name}>` directly inside `<table>`", parent.name),
        );
    }
}

/// The literal value of attribute `name` on `element`: `Some(None)` when present without a
/// literal string value.
fn literal_attribute(element: &Element, name: &str) -> Option<Option<String>> {
    element
        .attributes
        .iter()
        .find_map(|attribute| match attribute {
            Attribute::Plain { name: n, value, .. } if n == name => Some(match value {
                Value::Str(text, _) => Some(text.clone()),
                _ => None,
            }),
            _ => None,
        })
}

/// The span to report a node at.
pub(crate) fn node_span(node: &Node) -> Span {
    match node {
        Node::Element(element) => element.name_span,
        Node::Component(component) => component.span,
        Node::Text(text) => text.span,
        Node::Block(Block { span, .. }) | Node::Doctype(_, span) => *span,
        Node::Fragment(children) => children.first().map_or_else(Span::call_site, node_span),
    }
}
