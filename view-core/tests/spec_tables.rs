//! The `view!` macro's name tables (`view-macro/src/spec.rs`) and the runtime's
//! (`view_core::html`, `svg`, `mathml`) list the same elements and attributes, in both
//! directions, and the macro's name mapping gives the runtime's Rust names. A name added to one
//! side only fails here, naming it.
//!
//! (`view_macro.rs` proves that the HTML names compile through `view!`; this test compares the
//! tables themselves, for every namespace, including names the macro does not know.)

#[allow(
    dead_code,
    unreachable_pub,
    reason = "the macro's tables, included as they are; only a part is compared here"
)]
#[path = "../../view-macro/src/spec.rs"]
mod spec;

use std::collections::BTreeSet;

use view_core::{html, mathml, svg};

type Table = &'static [(&'static str, &'static [&'static str])];

fn set<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'a str> {
    names.into_iter().collect()
}

/// Differences found so far; a test reports all of them at once.
#[derive(Default)]
struct Drift(Vec<String>);

impl Drift {
    /// Records what each side lacks if the two name sets differ.
    fn compare(&mut self, what: &str, macro_side: BTreeSet<&str>, runtime_side: BTreeSet<&str>) {
        let only_macro: Vec<_> = macro_side.difference(&runtime_side).collect();
        let only_runtime: Vec<_> = runtime_side.difference(&macro_side).collect();
        if !only_macro.is_empty() || !only_runtime.is_empty() {
            self.0.push(format!(
                "{what}: only in view-macro/src/spec.rs: {only_macro:?}; only in view-core: {only_runtime:?}"
            ));
        }
    }

    fn assert_none(self) {
        assert!(
            self.0.is_empty(),
            "the tables drifted apart:\n{}",
            self.0.join("\n")
        );
    }
}

/// The element-specific attributes of `tag` in a `(tag, attributes)` table.
fn attributes_of(table: Table, tag: &str) -> BTreeSet<&'static str> {
    table
        .iter()
        .filter(|(element, _)| *element == tag)
        .flat_map(|(_, names)| names.iter().copied())
        .collect()
}

fn tags(table: Table) -> BTreeSet<&'static str> {
    table.iter().map(|(tag, _)| *tag).collect()
}

/// Compares the elements and each element's own attributes of one namespace.
fn compare_elements(
    drift: &mut Drift,
    namespace: &str,
    macro_elements: &[&str],
    macro_attributes: Table,
    runtime: Table,
) {
    drift.compare(
        &format!("{namespace} elements"),
        set(macro_elements.iter().copied()),
        tags(runtime),
    );
    for tag in tags(runtime) {
        drift.compare(
            &format!("attributes of {namespace} <{tag}>"),
            attributes_of(macro_attributes, tag),
            attributes_of(runtime, tag),
        );
    }
    // No attribute list for an element the runtime does not have.
    drift.compare(
        &format!("{namespace} elements with attributes"),
        tags(macro_attributes)
            .intersection(&tags(runtime))
            .copied()
            .collect(),
        tags(macro_attributes),
    );
}

#[test]
fn html_elements_and_their_attributes_match() {
    let mut drift = Drift::default();
    compare_elements(
        &mut drift,
        "HTML",
        spec::HTML_ELEMENTS,
        spec::HTML_ATTRIBUTES,
        html::ELEMENTS,
    );
    drift.assert_none();
}

#[test]
fn html_global_attributes_match() {
    // `class`, `style` and `id` are builder methods of every element rather than table entries;
    // the runtime's typed `aria-*` methods are covered by the macro's open `aria-*` prefix.
    let builder_methods = set(["class", "style", "id"]);
    let macro_side = set(spec::GLOBAL_ATTRIBUTES.iter().copied())
        .difference(&builder_methods)
        .copied()
        .collect();
    let runtime_side = html::GLOBAL_ATTRIBUTES
        .iter()
        .copied()
        .filter(|name| !name.starts_with("aria-"))
        .collect();
    let mut drift = Drift::default();
    drift.compare("HTML global attributes", macro_side, runtime_side);
    drift.assert_none();
}

#[test]
fn svg_elements_and_attributes_match() {
    let mut drift = Drift::default();
    compare_elements(
        &mut drift,
        "SVG",
        spec::SVG_ELEMENTS,
        spec::SVG_ATTRIBUTES,
        svg::ELEMENTS,
    );
    drift.compare(
        "SVG global attributes",
        set(spec::SVG_GLOBAL_ATTRIBUTES.iter().copied()),
        set(svg::GLOBAL_ATTRIBUTES.iter().copied()),
    );
    drift.assert_none();
}

#[test]
fn mathml_elements_and_attributes_match() {
    let mut drift = Drift::default();
    compare_elements(
        &mut drift,
        "MathML",
        spec::MATHML_ELEMENTS,
        spec::MATHML_ATTRIBUTES,
        mathml::ELEMENTS,
    );
    drift.compare(
        "MathML global attributes",
        set(spec::MATHML_GLOBAL_ATTRIBUTES.iter().copied()),
        set(mathml::GLOBAL_ATTRIBUTES.iter().copied()),
    );
    drift.assert_none();
}

/// The identifier the macro generates for `name` (keywords raw, as `stringify!` spells them).
fn rust_name(name: String) -> String {
    if spec::is_keyword(&name) {
        format!("r#{name}")
    } else {
        name
    }
}

/// One namespace's runtime tables.
struct Tables {
    namespace: &'static str,
    elements: Table,
    rust_names: Table,
    globals: &'static [&'static str],
    global_methods: &'static [&'static str],
}

/// The macro maps every tag and attribute to the constructor or method the runtime defines.
#[test]
fn macro_name_mapping_gives_the_runtime_rust_names() {
    let namespaces = [
        Tables {
            namespace: "HTML",
            elements: html::ELEMENTS,
            rust_names: html::RUST_NAMES,
            globals: html::GLOBAL_ATTRIBUTES,
            global_methods: html::GLOBAL_ATTRIBUTE_METHODS,
        },
        Tables {
            namespace: "SVG",
            elements: svg::ELEMENTS,
            rust_names: svg::RUST_NAMES,
            globals: svg::GLOBAL_ATTRIBUTES,
            global_methods: svg::GLOBAL_ATTRIBUTE_METHODS,
        },
        Tables {
            namespace: "MathML",
            elements: mathml::ELEMENTS,
            rust_names: mathml::RUST_NAMES,
            globals: mathml::GLOBAL_ATTRIBUTES,
            global_methods: mathml::GLOBAL_ATTRIBUTE_METHODS,
        },
    ];
    let mut checked = 0;
    for tables in namespaces {
        let namespace = tables.namespace;
        assert_eq!(
            tables.elements.len(),
            tables.rust_names.len(),
            "{namespace}"
        );
        for ((tag, attributes), (function, methods)) in
            tables.elements.iter().zip(tables.rust_names)
        {
            assert_eq!(
                rust_name(spec::element_fn(tag)),
                *function,
                "{namespace} <{tag}>"
            );
            for (attribute, method) in attributes.iter().zip(methods.iter()) {
                assert_eq!(
                    rust_name(spec::attribute_method(attribute)),
                    *method,
                    "{namespace} <{tag} {attribute}>"
                );
                checked += 1;
            }
        }
        for (attribute, method) in tables.globals.iter().zip(tables.global_methods) {
            assert_eq!(
                rust_name(spec::attribute_method(attribute)),
                *method,
                "{namespace} global {attribute}"
            );
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} names compared");
}
