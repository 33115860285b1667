//! Finding nodes in the test renderer's tree: by id, tag, text, and a small CSS-selector subset.
//!
//! Supported selectors: `tag`, `*`, `#id`, `.class`, `[attr]`, `[attr=value]` (value bare or
//! quoted), compounds of these (`li.todo.done[data-id="3"]`), the descendant combinator
//! (whitespace), the child combinator (`>`) and selector lists (`a, b`).

use super::node::{NodeKind, TestNode};

#[derive(Debug, Default, PartialEq)]
struct Compound {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
    attributes: Vec<(String, Option<String>)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Combinator {
    Descendant,
    Child,
}

/// A parsed selector: compounds from left to right, each with the combinator before it.
#[derive(Debug)]
struct Complex(Vec<(Combinator, Compound)>);

fn parse_error(selector: &str, why: &str) -> ! {
    panic!(
        "unsupported selector `{selector}`: {why} (supported: tag, *, #id, .class, [attr], [attr=value], descendant and `>` combinators, `,` lists)"
    )
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

fn parse_list(selector: &str) -> Vec<Complex> {
    selector
        .split(',')
        .map(|part| parse_complex(part.trim(), selector))
        .collect()
}

fn parse_complex(text: &str, whole: &str) -> Complex {
    let mut parts = Vec::new();
    let mut chars = text.chars().peekable();
    let mut combinator = Combinator::Descendant;
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.peek() {
            None => break,
            Some('>') => {
                chars.next();
                combinator = Combinator::Child;
                continue;
            }
            Some(_) => {}
        }
        let mut compound = Compound::default();
        let mut empty = true;
        while let Some(&c) = chars.peek() {
            let take_name = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| {
                let mut name = String::new();
                while let Some(&c) = chars.peek() {
                    if !is_name_char(c) {
                        break;
                    }
                    name.push(c);
                    chars.next();
                }
                if name.is_empty() {
                    parse_error(whole, "expected a name");
                }
                name
            };
            match c {
                '*' => {
                    chars.next();
                }
                '#' => {
                    chars.next();
                    compound.id = Some(take_name(&mut chars));
                }
                '.' => {
                    chars.next();
                    compound.classes.push(take_name(&mut chars));
                }
                '[' => {
                    chars.next();
                    let name = take_name(&mut chars);
                    let value = match chars.next() {
                        Some(']') => None,
                        Some('=') => {
                            let mut value = String::new();
                            let quote = chars.peek().copied().filter(|c| *c == '"' || *c == '\'');
                            if quote.is_some() {
                                chars.next();
                            }
                            loop {
                                match chars.next() {
                                    None => parse_error(whole, "unclosed `[`"),
                                    Some(c) if Some(c) == quote => {
                                        if chars.next() != Some(']') {
                                            parse_error(whole, "expected `]`");
                                        }
                                        break;
                                    }
                                    Some(']') if quote.is_none() => break,
                                    Some(c) => value.push(c),
                                }
                            }
                            Some(value)
                        }
                        _ => parse_error(whole, "expected `]` or `=` in an attribute selector"),
                    };
                    compound.attributes.push((name, value));
                }
                c if is_name_char(c) && empty => compound.tag = Some(take_name(&mut chars)),
                c if c.is_whitespace() || c == '>' => break,
                _ => parse_error(whole, "unexpected character"),
            }
            empty = false;
        }
        parts.push((combinator, compound));
        combinator = Combinator::Descendant;
    }
    if parts.is_empty() {
        parse_error(whole, "empty selector");
    }
    Complex(parts)
}

fn matches_compound(node: &TestNode, compound: &Compound) -> bool {
    let NodeKind::Element { tag, .. } = node.kind() else {
        return false;
    };
    compound
        .tag
        .as_ref()
        .is_none_or(|want| want.eq_ignore_ascii_case(&tag))
        && compound
            .id
            .as_ref()
            .is_none_or(|id| node.attribute("id").as_ref() == Some(id))
        && compound.classes.iter().all(|class| node.has_class(class))
        && compound
            .attributes
            .iter()
            .all(|(name, value)| match (node.attribute(name), value) {
                (Some(_), None) => true,
                (Some(found), Some(want)) => &found == want,
                (None, _) => false,
            })
}

/// Whether `node` matches `parts` (the last compound is the node itself), looking no higher
/// than `scope`'s children.
fn matches_complex(node: &TestNode, parts: &[(Combinator, Compound)], scope: &TestNode) -> bool {
    let Some(((combinator, last), rest)) = parts.split_last() else {
        return true;
    };
    if !matches_compound(node, last) {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    let mut ancestor = node.parent();
    while let Some(candidate) = ancestor {
        if candidate == *scope {
            return false;
        }
        if matches_complex(&candidate, rest, scope) {
            return true;
        }
        if *combinator == Combinator::Child {
            return false;
        }
        ancestor = candidate.parent();
    }
    false
}

impl TestNode {
    /// All descendants in document order (not the node itself).
    pub fn descendants(&self) -> Vec<TestNode> {
        let mut out = Vec::new();
        fn walk(node: &TestNode, out: &mut Vec<TestNode>) {
            for child in node.children() {
                out.push(child.clone());
                walk(&child, out);
            }
        }
        walk(self, &mut out);
        out
    }

    /// All descendant elements matching `selector`, in document order.
    ///
    /// # Panics
    /// If the selector is outside the supported subset (see [`query_selector`](Self::query_selector)); the message says
    /// what is supported.
    ///
    /// ```
    /// use view_core::testing::{TestNode, TestRenderer};
    /// use view_core::{Mountable, Render};
    /// use view_core::html::{li, ul};
    ///
    /// let root = TestNode::element("main");
    /// let list = ul().class("todos").child((li().class("done").child("a"), li().child("b")));
    /// let mut state = Render::<TestRenderer>::build(list);
    /// state.mount(&root, None);
    /// assert_eq!(root.query_selector_all("ul.todos li").len(), 2);
    /// assert_eq!(root.query_selector("li.done").unwrap().text_content(), "a");
    /// ```
    pub fn query_selector_all(&self, selector: &str) -> Vec<TestNode> {
        let list = parse_list(selector);
        self.descendants()
            .into_iter()
            .filter(|node| {
                list.iter()
                    .any(|complex| matches_complex(node, &complex.0, self))
            })
            .collect()
    }

    /// The first descendant element matching `selector`; see
    /// [`query_selector_all`](Self::query_selector_all).
    pub fn query_selector(&self, selector: &str) -> Option<TestNode> {
        self.query_selector_all(selector).into_iter().next()
    }

    /// Like [`query_selector`](Self::query_selector), but panics with the selector and this
    /// node's HTML when nothing matches: for tests.
    pub fn expect(&self, selector: &str) -> TestNode {
        match self.query_selector(selector) {
            Some(node) => node,
            None => panic!("no element matches `{selector}` in {}", self.outer_html()),
        }
    }

    /// The descendant element whose `id` attribute is `id`.
    pub fn get_element_by_id(&self, id: &str) -> Option<TestNode> {
        self.descendants()
            .into_iter()
            .find(|node| node.attribute("id").as_deref() == Some(id))
    }

    /// All descendant elements with tag `tag`.
    pub fn find_all_by_tag(&self, tag: &str) -> Vec<TestNode> {
        self.descendants()
            .into_iter()
            .filter(|node| node.tag().as_deref() == Some(tag))
            .collect()
    }

    /// The descendant with node id `id` (see [`node_id`](Self::node_id)).
    pub fn find_by_node_id(&self, id: u64) -> Option<TestNode> {
        self.descendants()
            .into_iter()
            .find(|node| node.node_id() == id)
    }

    /// The innermost descendant element whose text content, trimmed, equals `text`.
    pub fn find_by_text(&self, text: &str) -> Option<TestNode> {
        let matches = |node: &TestNode| node.tag().is_some() && node.text_content().trim() == text;
        self.descendants()
            .into_iter()
            .find(|node| matches(node) && !node.children().iter().any(matches))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_compound_with_attributes_and_combinators() {
        let list = parse_list(r#"ul > li.a.b[data-x="1 2"][hidden], #main"#);
        assert_eq!(list.len(), 2);
        let first = &list[0].0;
        assert_eq!(first.len(), 2);
        assert_eq!(first[1].0, Combinator::Child);
        assert_eq!(first[1].1.tag.as_deref(), Some("li"));
        assert_eq!(first[1].1.classes, ["a", "b"]);
        assert_eq!(
            first[1].1.attributes,
            [
                ("data-x".to_owned(), Some("1 2".to_owned())),
                ("hidden".to_owned(), None)
            ]
        );
        assert_eq!(list[1].0[0].1.id.as_deref(), Some("main"));
    }

    #[test]
    #[should_panic(expected = "unsupported selector `a:hover`")]
    fn rejects_pseudo_classes_with_a_message() {
        parse_list("a:hover");
    }
}
