//! [`Mismatch`]: what hydration found where the view expected something else.

use std::fmt;

/// One difference between the server's HTML and the view being hydrated, and what hydration
/// did about it. Hydration never panics on a mismatch: it reports it here (and, in the browser,
/// on the console) and client-renders the smallest part that differs, so the final tree equals
/// a client render.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::testing::TestNode;
///
/// let root = TestNode::element("main");
/// root.set_inner_html_parsed("<p>Hello</p>");
/// let handle = view_core::hydrate_to(&root, || view! { <p>"Bye"</p> });
/// let report = &handle.mismatches()[0];
/// assert_eq!(report.expected(), "text \"Bye\"");
/// assert_eq!(report.found(), "text \"Hello\"");
/// assert_eq!(report.path(), "main > p[0] > #0");
/// assert!(report.to_string().starts_with("hydration mismatch at main > p[0] > #0"));
/// assert_eq!(root.inner_html(), "<p>Bye</p>");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    pub(crate) expected: String,
    pub(crate) found: String,
    pub(crate) path: String,
    pub(crate) location: Option<&'static str>,
    pub(crate) action: Action,
}

/// What hydration did about a [`Mismatch`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The expected node was created and inserted (the server's node, if any, was kept for
    /// what follows).
    Inserted,
    /// The server's node was replaced by a client-rendered one.
    Replaced,
    /// A text node's data was set to the client's value.
    TextSet,
    /// A literal attribute was set to the client's value.
    AttributeSet,
    /// An extra server node was removed.
    Removed,
}

impl Mismatch {
    /// The node the view expected (`<li>`, `text "3"`, `a marker comment`, `nothing`).
    pub fn expected(&self) -> &str {
        &self.expected
    }

    /// The node the server's HTML had there (`<tr>`, `text "2"`, `a comment`, `nothing`).
    pub fn found(&self) -> &str {
        &self.found
    }

    /// Where, from the hydration root: `main > ul[1] > li[3] > #0`, each step a tag and its
    /// index among its parent's child nodes, the last step the position of the node found
    /// (`#n`, or `#end` past the last child).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The `view!` call site (`file:line:column`) of the innermost template around the
    /// mismatch; `None` outside `view!` (a view built with the builder API by hand).
    pub fn location(&self) -> Option<&'static str> {
        self.location
    }

    /// What hydration did to recover.
    pub fn action(&self) -> Action {
        self.action
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "hydration mismatch at {}: expected {}, found {}",
            self.path, self.expected, self.found
        )?;
        if let Some(location) = self.location {
            write!(f, " (view! at {location})")?;
        }
        let action = match self.action {
            Action::Inserted => "client-rendered the expected node in place",
            Action::Replaced => "replaced the server's node with a client render",
            Action::TextSet => "set the text to the client's value",
            Action::AttributeSet => "set the attribute to the client's value",
            Action::Removed => "removed the server's extra node",
        };
        write!(f, "; {action}")
    }
}

impl std::error::Error for Mismatch {}
