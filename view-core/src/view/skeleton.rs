//! [`Skeleton`]: the static part of a `view!` template, described once per call site.
//!
//! The description is renderer-neutral: elements (tag, namespace, literal attributes, number of
//! children) and static texts in document order, plus where the template's holes attach
//! ([`Site`]). The same description serves every renderer:
//!
//! - a renderer that can clone ([`Renderer::clone_skeleton`]: the DOM parses
//!   [`Skeleton::html`] into a `<template>` once per call site and clones it with
//!   `cloneNode(true)`) returns a copy of the nodes, which is then walked with first-child /
//!   next-sibling steps to the nodes the holes need;
//! - any other renderer builds the nodes from the description, collecting those nodes on the
//!   way, with the ordinary `create_element` / `set_attribute` / `create_text` /
//!   `insert_before` operations.
//!
//! A cloned copy whose shape differs from the description (it cannot happen with the DOM's
//! parser and the macro's HTML, but a renderer may be wrong) is never trusted: the walk checks
//! every node's kind and tag, and on any difference the nodes are built from the description
//! instead.

use crate::{Namespace, Renderer};

/// The static nodes of a template and where its holes attach; see the [module docs](self).
///
/// Made by `view!` as a `static` per call site. The fields are public for the macro; the
/// description is not a stable API.
#[derive(Debug)]
pub struct Skeleton {
    /// The `view!` call site (`file:line:column`), named by hydration's mismatch reports.
    pub location: &'static str,
    /// The nodes as HTML, for renderers that parse a prototype: static text and attribute
    /// values escaped, adjacent texts separated by `<!>` (which the renderer removes from its
    /// prototype). Empty when the template cannot be cloned this way (then
    /// [`Renderer::clone_skeleton`] must return `None`).
    pub html: &'static str,
    /// The nodes in document order (pre-order). A template has one root, an element; a static
    /// run may have several roots (texts and elements) or none (a doctype).
    pub nodes: &'static [SkeletonNode],
    /// Indexes into `nodes` of the nodes the holes need, ascending.
    pub marks: &'static [u16],
    /// Where each hole attaches, in hole order; each index is a position in `marks`.
    pub sites: &'static [Site],
    /// The start tag of each root element, in document order: where the attributes a
    /// [`WithAttributes`](crate::WithAttributes) gives the view's roots are written in HTML.
    pub roots: &'static [super::root_tag::RootTag],
}

/// One static node of a [`Skeleton`].
#[derive(Debug)]
pub enum SkeletonNode {
    /// An element.
    Element {
        /// The tag name.
        tag: &'static str,
        /// Its namespace.
        namespace: Namespace,
        /// Literal attributes, unescaped (`(name, "")` for a bare attribute).
        attributes: &'static [(&'static str, &'static str)],
        /// The number of static child nodes (the following nodes of `nodes` hold them).
        children: u16,
    },
    /// A static text, unescaped.
    Text(&'static str),
}

/// Where a hole attaches; indexes are positions in [`Skeleton::marks`].
#[derive(Clone, Copy, Debug)]
pub enum Site {
    /// An attribute hole: on this element.
    Element(u16),
    /// A child hole: inside `parent`, before `before` (at the end when `None`).
    Child {
        /// The parent element.
        parent: u16,
        /// The static node the hole's nodes go before.
        before: Option<u16>,
    },
}

/// The nodes of a template instance that its holes need, in [`Skeleton::marks`] order.
#[doc(hidden)]
pub struct Marked<R: Renderer>(Vec<R::Node>);

impl<R: Renderer> Marked<R> {
    /// The element marked at `position`.
    pub(crate) fn element(&self, position: u16) -> R::Element {
        match self.0.get(usize::from(position)).and_then(R::as_element) {
            Some(element) => element,
            None => panic!("view-core bug: a template site is not an element"),
        }
    }

    /// The node marked at `position`.
    pub(crate) fn node(&self, position: u16) -> &R::Node {
        match self.0.get(usize::from(position)) {
            Some(node) => node,
            None => panic!("view-core bug: a template site is not marked"),
        }
    }
}

/// Makes the static nodes of `skeleton`: a clone when the renderer can clone, else built from
/// the description. Returns the root element and the marked nodes.
pub(crate) fn instantiate<R: Renderer>(skeleton: &'static Skeleton) -> (R::Element, Marked<R>) {
    if let Some(root) = R::clone_skeleton(skeleton) {
        let mut marked = Vec::with_capacity(skeleton.marks.len());
        let mut walk = Walk {
            skeleton,
            next: 0,
            marks: skeleton.marks,
            marked: &mut marked,
        };
        if walk.node::<R>(root.as_ref()) {
            return (root, Marked(marked));
        }
    }
    build(skeleton)
}

/// The top-level nodes of a static run: a clone of its one root element where the renderer can
/// clone, else built from the description (several roots, or texts).
pub(crate) fn build_roots<R: Renderer>(skeleton: &'static Skeleton) -> Vec<R::Node> {
    if single_element_root(skeleton) {
        let (root, _) = instantiate::<R>(skeleton);
        return vec![root.as_ref().clone()];
    }
    let mut marked = Vec::new();
    let mut builder = Builder {
        skeleton,
        next: 0,
        marks: &[],
        marked: &mut marked,
    };
    let mut roots = Vec::new();
    while builder.next < skeleton.nodes.len() {
        match builder.node::<R>() {
            Some(node) => roots.push(node),
            None => break,
        }
    }
    roots
}

/// Whether the first node is an element whose subtree is every node.
fn single_element_root(skeleton: &Skeleton) -> bool {
    /// The index after the subtree starting at `index`.
    fn end(nodes: &[SkeletonNode], index: usize) -> usize {
        match nodes.get(index) {
            Some(SkeletonNode::Element { children, .. }) => {
                let mut next = index + 1;
                for _ in 0..*children {
                    next = end(nodes, next);
                }
                next
            }
            _ => index + 1,
        }
    }
    matches!(skeleton.nodes.first(), Some(SkeletonNode::Element { .. }))
        && end(skeleton.nodes, 0) == skeleton.nodes.len()
}

/// Builds the nodes of `skeleton` from the description.
pub(crate) fn build<R: Renderer>(skeleton: &'static Skeleton) -> (R::Element, Marked<R>) {
    let mut marked = Vec::with_capacity(skeleton.marks.len());
    let mut builder = Builder {
        skeleton,
        next: 0,
        marks: skeleton.marks,
        marked: &mut marked,
    };
    let root = builder.node::<R>();
    match root.as_ref().and_then(R::as_element) {
        Some(root) => (root, Marked(marked)),
        None => panic!("view-core bug: a template skeleton must start with an element"),
    }
}

/// Builds the node at `index` of `skeleton` and its subtree from the description (hydration's
/// recovery for a static node the server's HTML does not have).
pub(crate) fn build_node<R: Renderer>(
    skeleton: &'static Skeleton,
    index: usize,
) -> Option<R::Node> {
    let mut marked = Vec::new();
    Builder {
        skeleton,
        next: index,
        marks: &[],
        marked: &mut marked,
    }
    .node::<R>()
}

/// Builds the nodes of a skeleton in document order, marking those the holes need.
struct Builder<'a, N> {
    skeleton: &'static Skeleton,
    next: usize,
    marks: &'static [u16],
    marked: &'a mut Vec<N>,
}

impl<N: Clone> Builder<'_, N> {
    fn node<R: Renderer<Node = N>>(&mut self) -> Option<N> {
        let index = self.next;
        self.next += 1;
        let (node, children) = match self.skeleton.nodes.get(index)? {
            SkeletonNode::Text(text) => (R::create_text(text).as_ref().clone(), None),
            SkeletonNode::Element {
                tag,
                namespace,
                attributes,
                children,
            } => {
                let element = R::create_element(tag, *namespace);
                for (name, value) in *attributes {
                    R::set_attribute(&element, name, value);
                }
                (element.as_ref().clone(), Some((element, *children)))
            }
        };
        if self
            .marks
            .first()
            .is_some_and(|&mark| usize::from(mark) == index)
        {
            self.marks = &self.marks[1..];
            self.marked.push(node.clone());
        }
        if let Some((element, children)) = children {
            for _ in 0..children {
                let child = self.node::<R>()?;
                R::insert_before(&element, &child, None);
            }
        }
        Some(node)
    }
}

/// Walks a cloned copy in lock-step with the description, marking the nodes the holes need.
struct Walk<'a, N> {
    skeleton: &'static Skeleton,
    next: usize,
    marks: &'static [u16],
    marked: &'a mut Vec<N>,
}

impl<N: Clone> Walk<'_, N> {
    /// Visits `node` (the next node of the description) and its subtree; `false` when the copy
    /// differs from the description.
    fn node<R: Renderer<Node = N>>(&mut self, node: &N) -> bool {
        let index = self.next;
        self.next += 1;
        let Some(expected) = self.skeleton.nodes.get(index) else {
            return false;
        };
        let children = match (expected, R::as_element(node)) {
            (SkeletonNode::Text(_), None) => 0,
            (SkeletonNode::Element { children, .. }, Some(_)) => *children,
            _ => return false,
        };
        if self
            .marks
            .first()
            .is_some_and(|&mark| usize::from(mark) == index)
        {
            self.marks = &self.marks[1..];
            self.marked.push(node.clone());
        }
        if self.marks.is_empty() {
            // Nothing after this node is needed.
            return true;
        }
        let mut child = R::first_child(node);
        for _ in 0..children {
            let Some(current) = child else {
                return false;
            };
            if !self.node::<R>(&current) {
                return false;
            }
            if self.marks.is_empty() {
                return true;
            }
            child = R::next_sibling(&current);
        }
        true
    }
}
