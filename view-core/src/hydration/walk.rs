//! [`Walk`]: hydrating a `view!` template: its static nodes from the call site's [`Skeleton`],
//! its holes where their [`Site`]s say.
//!
//! The holes drive the walk. Each hole, in document order, asks for its site: the walk visits
//! the skeleton's static nodes up to that site, claiming the server's node for each (tag and
//! text checked), and hands the hole either the element it attaches to or a [`Cursor`] placed
//! where its nodes are. The hole claims its nodes with that cursor, so the walk continues after
//! them. [`Walk::finish`] visits the static nodes after the last hole.
//!
//! A static element whose server node differs (another tag, a node missing, a text instead) is
//! built from the description and put in its place: the smallest enclosing static element is
//! client-rendered. Inside it the walk is *fresh*: it steps through the built nodes, and holes
//! there build instead of hydrating (attribute holes apply their attribute, child holes mount
//! their nodes before their static next sibling), exactly as a client render does.

use super::Cursor;
use crate::Renderer;
use crate::view::skeleton::{Site, Skeleton, SkeletonNode, build_node};

/// An open static element: its skeleton index, how many static children are still to visit,
/// and the cursor over its (server or fresh) children.
struct Frame<R: Renderer> {
    index: usize,
    remaining: u16,
    cursor: Cursor<R>,
    fresh: bool,
}

/// Where a child hole goes, as [`Walk::child_site`] answers.
pub enum ChildSite<'w, R: Renderer> {
    /// Server nodes: claim them with this cursor.
    Hydrate(&'w mut Cursor<R>),
    /// A client-rendered element: build and insert the nodes at this cursor.
    Build(&'w mut Cursor<R>),
}

/// The walk of one template instance over server nodes; see the [module docs](self).
#[doc(hidden)]
pub struct Walk<'c, R: Renderer> {
    skeleton: &'static Skeleton,
    /// The next skeleton node to visit.
    next: usize,
    frames: Vec<Frame<R>>,
    /// The cursor for top-level nodes (a static run's roots).
    outer: &'c mut Cursor<R>,
    /// The top-level nodes visited (a static run's roots).
    roots: Vec<R::Node>,
    /// The node marked at each position of `skeleton.marks`, and whether it is fresh.
    marked: Vec<Option<(R::Node, bool)>>,
    sites: std::slice::Iter<'static, Site>,
}

impl<'c, R: Renderer> Walk<'c, R> {
    /// A walk of a template whose root element, `root`, the caller claimed from `outer`.
    pub(crate) fn template(
        skeleton: &'static Skeleton,
        root: &R::Element,
        outer: &'c mut Cursor<R>,
    ) -> Self {
        let mut walk = Self::roots(skeleton, outer);
        let children = match skeleton.nodes.first() {
            Some(SkeletonNode::Element { children, .. }) => *children,
            _ => 0,
        };
        walk.next = 1;
        if let Some(SkeletonNode::Element { attributes, .. }) = skeleton.nodes.first() {
            // The root was claimed just before: it is the node before the outer cursor.
            walk.outer.check_attributes(root, attributes, true);
        }
        walk.mark(0, root.as_ref(), false);
        let cursor = walk.outer.children(root);
        walk.frames.push(Frame {
            index: 0,
            remaining: children,
            cursor,
            fresh: false,
        });
        walk
    }

    /// A walk of a static run, whose top-level nodes are claimed from `outer`.
    pub(crate) fn roots(skeleton: &'static Skeleton, outer: &'c mut Cursor<R>) -> Self {
        Walk {
            skeleton,
            next: 0,
            frames: Vec::new(),
            outer,
            roots: Vec::new(),
            marked: vec![None; skeleton.marks.len()],
            sites: skeleton.sites.iter(),
        }
    }

    fn mark(&mut self, index: usize, node: &R::Node, fresh: bool) {
        if let Ok(position) = self
            .skeleton
            .marks
            .binary_search(&u16::try_from(index).unwrap_or(u16::MAX))
            && let Some(slot) = self.marked.get_mut(position)
        {
            *slot = Some((node.clone(), fresh));
        }
    }

    /// Closes the open elements whose static children are all visited, except `keep`.
    fn close_finished(&mut self, keep: Option<usize>) {
        while let Some(top) = self.frames.last()
            && top.remaining == 0
            && Some(top.index) != keep
        {
            if let Some(frame) = self.frames.pop()
                && !frame.fresh
            {
                frame.cursor.finish();
            }
        }
    }

    /// Visits the next static node: claims (or, in a fresh element, steps over) its node, and
    /// opens it when it is an element.
    fn visit(&mut self) {
        let index = self.next;
        self.next += 1;
        let Some(expected) = self.skeleton.nodes.get(index) else {
            return;
        };
        let root = self.frames.is_empty();
        let (cursor, fresh) = match self.frames.last_mut() {
            Some(top) => {
                top.remaining = top.remaining.saturating_sub(1);
                (&mut top.cursor, top.fresh)
            }
            None => (&mut *self.outer, false),
        };
        let (node, opened) = if fresh {
            let Some(node) = cursor.step() else {
                return;
            };
            let opened = match expected {
                SkeletonNode::Element { children, .. } => R::as_element(&node).map(|element| {
                    let children_cursor = cursor.children(&element);
                    (children_cursor, *children, true)
                }),
                SkeletonNode::Text(_) => None,
            };
            (node, opened)
        } else {
            match expected {
                SkeletonNode::Text(text) => (cursor.text(text).as_ref().clone(), None),
                SkeletonNode::Element {
                    tag,
                    children,
                    attributes,
                    ..
                } => match cursor.element(tag) {
                    Some(element) => {
                        cursor.check_attributes(&element, attributes, root);
                        let children_cursor = cursor.children(&element);
                        (
                            element.as_ref().clone(),
                            Some((children_cursor, *children, false)),
                        )
                    }
                    None => {
                        // Client-render this static element (and its static subtree).
                        let Some(built) = build_node::<R>(self.skeleton, index) else {
                            return;
                        };
                        R::insert_before(cursor.parent(), &built, cursor.next_node());
                        let opened = R::as_element(&built).map(|element| {
                            let children_cursor = cursor.children(&element);
                            (children_cursor, *children, true)
                        });
                        (built, opened)
                    }
                },
            }
        };
        if self.frames.is_empty() {
            self.roots.push(node.clone());
        }
        let node_fresh = opened.as_ref().is_some_and(|(_, _, fresh)| *fresh) || fresh;
        self.mark(index, &node, node_fresh);
        if let Some((cursor, remaining, fresh)) = opened {
            self.frames.push(Frame {
                index,
                remaining,
                cursor,
                fresh,
            });
        }
    }

    /// Visits static nodes up to and including the node at `index`.
    fn visit_through(&mut self, index: usize) {
        while self.next <= index && self.next < self.skeleton.nodes.len() {
            self.close_finished(None);
            self.visit();
        }
    }

    fn mark_index(&self, position: u16) -> usize {
        self.skeleton
            .marks
            .get(usize::from(position))
            .map_or(usize::MAX, |&index| usize::from(index))
    }

    /// The element the next hole (an attribute) attaches to, and whether it is fresh (built
    /// here, so the attribute must be applied rather than hydrated).
    pub fn element_site(&mut self) -> Option<(R::Element, bool)> {
        self.next_element_site()
            .map(|(element, fresh, _)| (element, fresh))
    }

    /// Visits up to the element of the next site, an attribute site; returns it, whether it is
    /// fresh, and its skeleton index.
    fn next_element_site(&mut self) -> Option<(R::Element, bool, usize)> {
        let Some(&Site::Element(position)) = self.sites.next() else {
            return None;
        };
        let index = self.mark_index(position);
        self.visit_through(index);
        let (node, fresh) = self.marked.get(usize::from(position))?.clone()?;
        Some((R::as_element(&node)?, fresh, index))
    }

    /// The element whose whole content the next hole is (`inner_html`): as
    /// [`element_site`](Self::element_site), and the server's content of that element is kept
    /// unchecked.
    pub fn content_site(&mut self) -> Option<(R::Element, bool)> {
        let (element, fresh, index) = self.next_element_site()?;
        if let Some(top) = self.frames.last_mut()
            && top.index == index
        {
            top.cursor.skip_rest();
        }
        Some((element, fresh))
    }

    /// Where the next hole's children go: the walk visits the static nodes before the hole's
    /// static next sibling (or all of its parent's children when it is the last), then hands
    /// out the parent's cursor.
    pub fn child_site(&mut self) -> Option<ChildSite<'_, R>> {
        let Some(&Site::Child { parent, before }) = self.sites.next() else {
            return None;
        };
        let parent = self.mark_index(parent);
        let before = before.map(|before| self.mark_index(before));
        loop {
            self.close_finished(Some(parent));
            let at_site = match before {
                Some(before) => self.next >= before,
                None => self
                    .frames
                    .last()
                    .is_some_and(|top| top.index == parent && top.remaining == 0),
            };
            if at_site || self.next >= self.skeleton.nodes.len() {
                break;
            }
            self.visit();
        }
        let top = self.frames.last_mut()?;
        if top.index != parent {
            return None;
        }
        Some(if top.fresh {
            ChildSite::Build(&mut top.cursor)
        } else {
            ChildSite::Hydrate(&mut top.cursor)
        })
    }

    /// Visits the static nodes after the last hole and closes every element (removing server
    /// nodes nobody claimed). Returns the top-level nodes visited.
    pub(crate) fn finish(mut self) -> Vec<R::Node> {
        while self.next < self.skeleton.nodes.len() {
            self.close_finished(None);
            self.visit();
        }
        while let Some(frame) = self.frames.pop() {
            if !frame.fresh {
                frame.cursor.finish();
            }
        }
        self.roots
    }
}
