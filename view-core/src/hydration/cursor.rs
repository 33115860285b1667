//! [`Cursor`]: a position among existing (server-rendered) nodes that views claim in order.

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::rc::Rc;

use super::mismatch::{Action, Mismatch};
use crate::renderer::ExistingNode;
use crate::{Mountable, Render, Renderer};

/// What one hydration shares across its cursors: the root, the reports, and the `view!` call
/// site being hydrated.
struct Session<R: Renderer> {
    root: R::Element,
    reports: RefCell<Vec<Mismatch>>,
    location: Cell<Option<&'static str>>,
    /// Texts are repaired without a report (see [`Cursor::texts_quietly`]).
    quiet: Cell<bool>,
}

/// A position among the existing child nodes of an element: the next node a view claims.
///
/// [`Render::hydrate`] takes one. A view claims the nodes it would have built, in the order it
/// would have built them ([`element`](Self::element), [`text`](Self::text),
/// [`placeholder`](Self::placeholder)), skips the separators the server wrote between texts
/// ([`separator`](Self::separator)), and descends into an element's children with
/// [`children`](Self::children). Every claim checks what it finds; on a difference it records
/// a [`Mismatch`] and recovers so that the nodes end as a client render would make them:
/// a claim that cannot be satisfied creates the node, and [`finish`](Self::finish) removes the
/// server nodes nobody claimed. None of this panics, whatever the server sent.
pub struct Cursor<R: Renderer> {
    parent: R::Element,
    next: Option<R::Node>,
    session: Rc<Session<R>>,
    /// At the root of a hydration, where the page may put nodes of its own (see
    /// [`PAGE_TAGS`]) between the app's.
    root: bool,
}

/// Elements a page puts in the body beside the app (the loader `<script>`, a `<link>`, the
/// early-event recorder): at the root of a hydration they are stepped over where the view
/// expects something else, and kept.
const PAGE_TAGS: [&str; 5] = ["script", "template", "link", "style", "noscript"];

impl<R: Renderer> Clone for Cursor<R> {
    fn clone(&self) -> Self {
        Cursor {
            parent: self.parent.clone(),
            next: self.next.clone(),
            session: self.session.clone(),
            root: self.root,
        }
    }
}

impl<R: Renderer> Cursor<R> {
    /// A cursor at the first child of `root`, starting a new hydration.
    #[cfg(feature = "hydrate")]
    pub(crate) fn root(root: &R::Element) -> Self {
        Cursor {
            parent: root.clone(),
            next: R::first_child(root.as_ref()),
            session: Rc::new(Session {
                root: root.clone(),
                reports: RefCell::new(Vec::new()),
                location: Cell::new(None),
                quiet: Cell::new(false),
            }),
            root: true,
        }
    }

    /// At the root, steps over the page's own elements (not `expected`).
    fn skip_page_nodes(&mut self, expected: Option<&str>) {
        if !self.root {
            return;
        }
        while let Some(node) = &self.next
            && let Some(ExistingNode::Element(_, tag)) = R::classify(node)
            && PAGE_TAGS.contains(&tag.as_str())
            && expected.is_none_or(|expected| !expected.eq_ignore_ascii_case(&tag))
        {
            self.advance();
        }
    }

    /// The element whose children this cursor walks.
    pub fn parent(&self) -> &R::Element {
        &self.parent
    }

    /// The next node to claim, if any.
    pub fn next_node(&self) -> Option<&R::Node> {
        self.next.as_ref()
    }

    fn advance(&mut self) {
        self.step();
    }

    /// Moves past the next node, unchecked, and returns it.
    pub(crate) fn step(&mut self) -> Option<R::Node> {
        let node = self.next.take()?;
        self.next = R::next_sibling(&node);
        Some(node)
    }

    /// Claims the next node if it is an element `tag` (compared ignoring ASCII case, as the
    /// DOM's `localName` of SVG elements keeps its case). Otherwise records a mismatch and
    /// returns `None`: the caller then builds its view and [`insert`](Self::insert)s it. The
    /// node found is removed first when it is an element or a text (a wrong node in the
    /// expected one's place), kept when it is a comment or missing.
    pub fn element(&mut self, tag: &str) -> Option<R::Element> {
        self.skip_page_nodes(Some(tag));
        let found = self.next.as_ref().and_then(R::classify);
        if let Some(ExistingNode::Element(element, found_tag)) = &found
            && found_tag.eq_ignore_ascii_case(tag)
        {
            let element = element.clone();
            self.advance();
            return Some(element);
        }
        let replace = matches!(
            found,
            Some(ExistingNode::Element(..) | ExistingNode::Text(..))
        );
        let action = if replace {
            Action::Replaced
        } else {
            Action::Inserted
        };
        self.report(format!("<{tag}>"), action);
        if replace && let Some(node) = self.next.clone() {
            self.advance();
            R::remove(&node);
        }
        None
    }

    /// Claims the next node as a text node showing `data`: a text node found is kept (its data
    /// set to `data`, and a mismatch recorded, when it differs); otherwise a text node is
    /// created and inserted here (recorded as a mismatch unless `data` is empty: the server
    /// writes nothing for an empty text).
    pub fn text(&mut self, data: &str) -> R::Text {
        self.skip_page_nodes(None);
        if let Some(node) = &self.next
            && let Some(ExistingNode::Text(text, found)) = R::classify(node)
        {
            if found != data {
                if !self.session.quiet.get() {
                    self.report(format!("text {data:?}"), Action::TextSet);
                }
                R::set_text(&text, data);
            }
            self.advance();
            return text;
        }
        if !data.is_empty() && !self.session.quiet.get() {
            self.report(format!("text {data:?}"), Action::Inserted);
        }
        let text = R::create_text(data);
        R::insert_before(&self.parent, text.as_ref(), self.next.as_ref());
        text
    }

    /// Claims the next node as a placeholder (the `<!>` marker the server writes where a list
    /// or an optional view keeps its place); creates one when the marker is missing. A comment
    /// with text there is not a marker: it is replaced.
    pub fn placeholder(&mut self) -> R::Placeholder {
        self.skip_page_nodes(None);
        match self.next.as_ref().and_then(R::classify) {
            Some(ExistingNode::Comment(comment, true)) => {
                self.advance();
                return comment;
            }
            Some(ExistingNode::Comment(_, false)) => {
                self.report("a marker comment".to_owned(), Action::Replaced);
                if let Some(node) = self.step() {
                    R::remove(&node);
                }
            }
            _ => self.report("a marker comment".to_owned(), Action::Inserted),
        }
        let placeholder = R::create_placeholder();
        R::insert_before(&self.parent, placeholder.as_ref(), self.next.as_ref());
        placeholder
    }

    /// Checks that `element` (just claimed) has the literal attributes `attributes`; a missing
    /// or different one is reported and set.
    ///
    /// A `root` element of a template or static run may carry more class and style parts
    /// after its own (those a component's [`WithAttributes`](crate::WithAttributes) merged
    /// into it on the server): its `class` may continue with ` …` and its `style` with `…;`.
    pub(crate) fn check_attributes(
        &self,
        element: &R::Element,
        attributes: &[(&'static str, &'static str)],
        root: bool,
    ) {
        for (name, value) in attributes {
            let found = R::attribute(element, name);
            let merged = |separator: Option<char>| {
                root && found
                    .as_deref()
                    .and_then(|found| found.strip_prefix(*value))
                    .is_some_and(|rest| {
                        separator.is_none_or(|separator| rest.starts_with(separator))
                    })
            };
            // Style parts each end with `;`, so merged ones follow without a separator.
            let matches = found.as_deref() == Some(*value)
                || (*name == "class" && merged(Some(' ')))
                || (*name == "style" && merged(None));
            if !matches {
                let at = self.at_element(element);
                at.report(
                    format!("attribute {name}={value:?} on this element"),
                    Action::AttributeSet,
                );
                R::set_attribute(element, name, value);
            }
        }
    }

    /// A cursor at `element` (a child of this cursor's parent) for reporting about it.
    fn at_element(&self, element: &R::Element) -> Cursor<R> {
        Cursor {
            parent: self.parent.clone(),
            next: Some(element.as_ref().clone()),
            session: self.session.clone(),
            root: false,
        }
    }

    /// Skips the `<!>` the server writes between two adjacent texts (so the browser keeps them
    /// apart), removing it: a client render has no such node. Nothing when it is missing.
    pub fn separator(&mut self) {
        if let Some(node) = self.next.clone()
            && let Some(ExistingNode::Comment(..)) = R::classify(&node)
        {
            self.advance();
            R::remove(&node);
        }
    }

    /// Inserts `state`'s nodes here (before the next node): where a view that could not claim
    /// its nodes puts the nodes it built.
    pub fn insert<S: Mountable<R>>(&self, state: &mut S) {
        state.mount(&self.parent, self.next.as_ref());
    }

    /// Builds `view` and inserts it here: the recovery for a view whose nodes are not there.
    pub fn client_render<V: Render<R>>(&self, view: V) -> V::State {
        let mut state = view.build();
        self.insert(&mut state);
        state
    }

    /// A cursor over the children of `element` (just claimed from this cursor).
    pub fn children(&self, element: &R::Element) -> Cursor<R> {
        Cursor {
            parent: element.clone(),
            next: R::first_child(element.as_ref()),
            session: self.session.clone(),
            root: false,
        }
    }

    /// Claims every node left, unchecked: for content the view does not describe node by node
    /// (`inner_html`).
    pub fn skip_rest(&mut self) {
        self.next = None;
    }

    /// Ends the walk of this parent's children: every server node left is an extra node,
    /// recorded and removed.
    pub fn finish(mut self) {
        while let Some(node) = self.next.clone() {
            self.report("nothing".to_owned(), Action::Removed);
            self.advance();
            R::remove(&node);
        }
    }

    /// Like [`finish`](Self::finish) at the root of a hydration, where the page may hold nodes
    /// the app did not render: its own elements ([`PAGE_TAGS`]) left there are kept.
    #[cfg(feature = "hydrate")]
    pub(crate) fn finish_root(mut self) -> Vec<Mismatch> {
        while let Some(node) = self.next.clone() {
            let keep = matches!(
                R::classify(&node),
                Some(ExistingNode::Element(_, tag)) if PAGE_TAGS.contains(&tag.as_str())
            );
            if keep {
                self.advance();
            } else {
                self.report("nothing".to_owned(), Action::Removed);
                self.advance();
                R::remove(&node);
            }
        }
        self.take_reports()
    }

    /// Runs `f` with text differences repaired silently: the content of a raw-text or RCDATA
    /// element (`script`, `style`, `textarea`, `title`) is one text node in the parsed page
    /// however many pieces the view has, so the first piece claims it and sets it to its own
    /// text, and the others create theirs, as a client render would have them.
    pub(crate) fn texts_quietly<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let outer = self.session.quiet.replace(true);
        let out = f(self);
        self.session.quiet.set(outer);
        out
    }

    /// Runs `f` with `location` as the `view!` call site that mismatches are reported at.
    pub(crate) fn located<T>(
        &mut self,
        location: &'static str,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let outer = self.session.location.replace(Some(location));
        let out = f(self);
        self.session.location.set(outer);
        out
    }

    /// The mismatches recorded so far by this hydration.
    #[cfg(feature = "hydrate")]
    pub(crate) fn take_reports(&self) -> Vec<Mismatch> {
        std::mem::take(&mut self.session.reports.borrow_mut())
    }

    /// Records a mismatch at the next node.
    fn report(&self, expected: String, action: Action) {
        let found = describe::<R>(self.next.as_ref());
        let path = self.path();
        let mismatch = Mismatch {
            expected,
            found,
            path,
            location: self.session.location.get(),
            action,
        };
        crate::hydration::announce(&mismatch);
        self.session.reports.borrow_mut().push(mismatch);
    }

    /// `root > tag[i] > … > #n`: the parent's ancestors from the root, then the position of
    /// the next node.
    fn path(&self) -> String {
        let mut steps = Vec::new();
        let mut node: R::Node = self.parent.as_ref().clone();
        let root = self.session.root.as_ref();
        while !R::same_node(&node, root) {
            let Some(parent) = R::parent(&node) else {
                break;
            };
            steps.push(format!(
                "{}[{}]",
                tag_of::<R>(&node),
                index_in::<R>(&parent, &node)
            ));
            node = parent.as_ref().clone();
        }
        let mut path = tag_of::<R>(root);
        for step in steps.iter().rev() {
            path.push_str(" > ");
            path.push_str(step);
        }
        match &self.next {
            Some(next) => {
                let _ = write!(path, " > #{}", index_in::<R>(&self.parent, next));
            }
            None => path.push_str(" > #end"),
        }
        path
    }
}

fn tag_of<R: Renderer>(node: &R::Node) -> String {
    match R::classify(node) {
        Some(ExistingNode::Element(_, tag)) => tag,
        Some(ExistingNode::Text(..)) => "#text".to_owned(),
        Some(ExistingNode::Comment(..)) => "#comment".to_owned(),
        None => "?".to_owned(),
    }
}

fn index_in<R: Renderer>(parent: &R::Element, node: &R::Node) -> usize {
    let mut index = 0;
    let mut child = R::first_child(parent.as_ref());
    while let Some(current) = child {
        if R::same_node(&current, node) {
            return index;
        }
        index += 1;
        child = R::next_sibling(&current);
    }
    index
}

/// `<tag>`, `text "…"` (at most 40 characters), `a comment`, `nothing`.
fn describe<R: Renderer>(node: Option<&R::Node>) -> String {
    let Some(node) = node else {
        return "nothing".to_owned();
    };
    match R::classify(node) {
        Some(ExistingNode::Element(_, tag)) => format!("<{tag}>"),
        Some(ExistingNode::Text(_, data)) => {
            let mut short: String = data.chars().take(40).collect();
            if short.len() < data.len() {
                short.push('…');
            }
            format!("text {short:?}")
        }
        Some(ExistingNode::Comment(_, true)) => "a marker comment".to_owned(),
        Some(ExistingNode::Comment(_, false)) => "a comment with text".to_owned(),
        None => "a node this renderer cannot read".to_owned(),
    }
}
