//! [`HtmlElement`]: a typed element with its attributes and children, and the builder methods
//! every element shares.

use std::borrow::Cow;

use crate::NextTuple;
use crate::NodeState;
use crate::TextChild;
use crate::attribute::{
    Attr, Attribute, Class, InnerHtml, RenderAttribute, Style, class_attribute_len, close_class,
    style_attribute_len, write_class_attribute, write_style_attribute,
};
use crate::escape::{escape_raw_text_in_place, escape_raw_text_into, raw_text_len};
use crate::hydration::Cursor;
use crate::view::roots_hook;
use crate::{InvalidName, check_attribute_name, check_custom_element_name};
use crate::{Mountable, Namespace, Render, RenderHtml, Renderer, RootAttributes};

/// What an element may contain (HTML's content models, as far as types can tell).
pub mod content {
    /// Any view: elements, text, components.
    #[derive(Debug)]
    pub struct Flow;
    /// No children at all (`<br>`, `<img>`, `<input>`, …).
    #[derive(Debug)]
    pub struct Void;
    /// Text only, written raw (`<script>`, `<style>`): see [`crate::escape`].
    #[derive(Debug)]
    pub struct RawText;
    /// Text only, escaped as text (`<textarea>`, `<title>`).
    #[derive(Debug)]
    pub struct Rcdata;
}

/// A content model: whether the element is void, and whether its content is raw text.
pub trait ContentModel {
    /// Void elements have no end tag and no children.
    const VOID: bool;
    /// Raw-text elements (`script`, `style`): the element applies the raw-text rule of
    /// [`crate::escape`] to its whole content once all children are written, so a sequence split
    /// across children cannot close it.
    const RAW_TEXT: bool = false;
}

impl ContentModel for content::Flow {
    const VOID: bool = false;
}
impl ContentModel for content::Void {
    const VOID: bool = true;
}
impl ContentModel for content::RawText {
    const VOID: bool = false;
    const RAW_TEXT: bool = true;
}
impl ContentModel for content::Rcdata {
    const VOID: bool = false;
}

/// An element kind: its tag name, namespace and content model.
///
/// Implemented by the zero-sized tag types in [`html`](crate::html), [`svg`](crate::svg) and
/// [`mathml`](crate::mathml), and by [`Custom`] for custom elements.
pub trait ElementType {
    /// What the element may contain; see [`content`].
    type Content: ContentModel;
    /// The namespace the element is created in.
    const NAMESPACE: Namespace;
    /// Whether the HTML parser drops a newline right after the start tag (see
    /// [`drops_leading_newline`]).
    const DROPS_LEADING_NEWLINE: bool = false;
    /// The tag name as written in HTML.
    fn tag(&self) -> &str;
    /// `<tag`: the start tag up to its attributes.
    fn open_tag(&self) -> &str;
    /// `<tag>`: the whole start tag of an element without attributes.
    fn open_tag_without_attributes(&self) -> &str;
    /// `</tag>`.
    fn close_tag(&self) -> &str;
}

/// A custom element (`<my-element>`), created by [`custom`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Custom {
    /// `<name>`.
    open: String,
    /// `</name>`.
    close: String,
}

impl ElementType for Custom {
    type Content = content::Flow;
    const NAMESPACE: Namespace = Namespace::Html;
    fn tag(&self) -> &str {
        &self.open[1..self.open.len() - 1]
    }
    fn open_tag(&self) -> &str {
        &self.open[..self.open.len() - 1]
    }
    fn open_tag_without_attributes(&self) -> &str {
        &self.open
    }
    fn close_tag(&self) -> &str {
        &self.close
    }
}

/// Creates a custom element.
///
/// # Panics
/// If `name` is not a valid custom element name (it must start with a lowercase ASCII letter,
/// contain a `-`, and hold no uppercase ASCII, whitespace, `/`, `>`, `"`, `'` or `=`); the message
/// names the rule. Use [`try_custom`] to get a `Result` instead.
///
/// ```
/// use view_core::prelude::*;
/// assert_eq!(view_core::custom("my-el").child("hi").to_html(), "<my-el>hi</my-el>");
/// ```
pub fn custom(name: impl Into<Cow<'static, str>>) -> HtmlElement<Custom> {
    match try_custom(name) {
        Ok(element) => element,
        Err(error) => panic!("{error}"),
    }
}

/// Creates a custom element, or says why `name` is not a valid custom element name.
pub fn try_custom(name: impl Into<Cow<'static, str>>) -> Result<HtmlElement<Custom>, InvalidName> {
    let name = name.into();
    check_custom_element_name(&name)?;
    Ok(HtmlElement::new(Custom {
        open: format!("<{name}>"),
        close: format!("</{name}>"),
    }))
}

/// An element: a tag, a tuple of attributes and a tuple of children.
///
/// Built with the constructor functions (`html::div()`, `svg::circle()`, …) and the builder
/// methods below; the whole tree is one value whose type spells its shape.
///
/// Attributes are written `class` first, then `style`, then the others in the order given.
#[derive(Clone, Debug)]
#[must_use = "a view does nothing until it is rendered or mounted"]
pub struct HtmlElement<E, A = (), C = ()> {
    pub(crate) tag: E,
    pub(crate) attributes: A,
    pub(crate) children: C,
}

impl<E: ElementType> HtmlElement<E> {
    /// An element with no attributes and no children.
    pub fn new(tag: E) -> Self {
        HtmlElement {
            tag,
            attributes: (),
            children: (),
        }
    }
}

impl<E: ElementType, A, C> HtmlElement<E, A, C> {
    /// The element's tag name.
    pub fn tag_name(&self) -> &str {
        self.tag.tag()
    }

    /// Adds a child (any view; text only for `script`, `style`, `textarea` and `title`; void
    /// elements take none).
    ///
    /// ```
    /// use view_core::prelude::*;
    /// use view_core::html::{p, strong};
    /// let view = p().child("Hello, ").child(strong().child("world"));
    /// assert_eq!(view.to_html(), "<p>Hello, <strong>world</strong></p>");
    /// ```
    ///
    /// An element whose attributes hold [`InnerHtml`] (from a spread, `.with(..)`) takes no
    /// children: the build fails (see [`InnerHtml`]).
    pub fn child<T>(self, child: T) -> HtmlElement<E, A, C::Next<T::Child>>
    where
        T: ChildOf<E::Content>,
        C: NextTuple,
        A: Attribute,
    {
        const {
            assert!(
                !A::REPLACES_CONTENT,
                "a spread sets inner HTML on an element with children: an element's content is either its children or its inner HTML"
            )
        };
        HtmlElement {
            tag: self.tag,
            attributes: self.attributes,
            children: self.children.next(child.into_child()),
        }
    }

    /// Adds any attribute value (a typed attribute, a class or style part, an event listener).
    pub fn with<T: Attribute>(self, attribute: T) -> HtmlElement<E, A::Next<T>, C>
    where
        A: NextTuple,
    {
        HtmlElement {
            tag: self.tag,
            attributes: self.attributes.next(attribute),
            children: self.children,
        }
    }

    /// Adds an attribute by name: `data-*`, `aria-*` or anything without a typed method.
    ///
    /// # Panics
    /// If `name` is empty or contains whitespace, `"`, `'`, `>`, `/`, `=`, a control character
    /// or a noncharacter (such a name could break out of the tag); nothing is written. Use
    /// [`try_attr`](Self::try_attr) for a `Result`.
    ///
    /// ```
    /// use view_core::prelude::*;
    /// let view = view_core::html::div().attr("data-id", 7).attr("hidden", true);
    /// assert_eq!(view.to_html(), r#"<div data-id="7" hidden></div>"#);
    /// ```
    pub fn attr<N: AsRef<str>, V>(self, name: N, value: V) -> HtmlElement<E, A::Next<Attr<N, V>>, C>
    where
        A: NextTuple,
        Attr<N, V>: Attribute,
    {
        match self.try_attr(name, value) {
            Ok(element) => element,
            Err(error) => panic!("{error}"),
        }
    }

    /// Adds an attribute by name, or says why the name is invalid.
    #[allow(clippy::type_complexity, reason = "the type is the builder's result")]
    pub fn try_attr<N: AsRef<str>, V>(
        self,
        name: N,
        value: V,
    ) -> Result<HtmlElement<E, A::Next<Attr<N, V>>, C>, InvalidName>
    where
        A: NextTuple,
        Attr<N, V>: Attribute,
    {
        check_attribute_name(name.as_ref())?;
        Ok(self.with(Attr::new_unchecked(name, value)))
    }

    /// Adds classes: a string of class names, a `(name, condition)` toggle, an `Option`, or a
    /// closure returning one of these. All class parts merge into one `class` attribute.
    ///
    /// ```
    /// use view_core::prelude::*;
    /// let view = view_core::html::div().class("card").class(("active", true)).class(("hidden", false));
    /// assert_eq!(view.to_html(), r#"<div class="card active"></div>"#);
    /// ```
    pub fn class<V>(self, value: V) -> HtmlElement<E, A::Next<Class<V>>, C>
    where
        A: NextTuple,
        Class<V>: Attribute,
    {
        self.with(Class(value))
    }

    /// Adds style: a declarations string or a `(property, value)` pair. All style parts merge
    /// into one `style` attribute, each part followed by `;` (as Leptos writes them).
    ///
    /// ```
    /// use view_core::prelude::*;
    /// let view = view_core::html::div().style("color: red").style(("width", "10px"));
    /// assert_eq!(view.to_html(), r#"<div style="color: red;width:10px;"></div>"#);
    /// ```
    pub fn style<V>(self, value: V) -> HtmlElement<E, A::Next<Style<V>>, C>
    where
        A: NextTuple,
        Style<V>: Attribute,
    {
        self.with(Style(value))
    }

    /// Sets the `id` attribute.
    pub fn id<V>(self, value: V) -> HtmlElement<E, A::Next<Attr<&'static str, V>>, C>
    where
        A: NextTuple,
        Attr<&'static str, V>: Attribute,
    {
        self.with(Attr::new_unchecked("id", value))
    }

    /// Sets the element's content to `html`, **unescaped**. This is the one door through which
    /// markup reaches the output unchecked: never pass it text you did not produce.
    ///
    /// ```
    /// use view_core::prelude::*;
    /// let view = view_core::html::div().inner_html("<b>trusted</b>");
    /// assert_eq!(view.to_html(), "<div><b>trusted</b></div>");
    /// ```
    ///
    /// The inner HTML *is* the element's content, so the element takes no children: only an
    /// element without children has this method ([`NoChildren`]), and the element it returns
    /// has none and can get none ([`InnerHtmlContent`] has no `.child()`). Setting inner HTML
    /// replaces every child, so a rebuild would wipe the view's own children and later updates
    /// would insert into detached nodes.
    ///
    /// ```compile_fail
    /// use view_core::prelude::*;
    /// // error: `inner_html` replaces the element's children
    /// let view = view_core::html::div().child("mine").inner_html("<b>trusted</b>");
    /// ```
    ///
    /// ```compile_fail
    /// use view_core::prelude::*;
    /// // error: the trait bound `InnerHtmlContent: NextTuple` is not satisfied
    /// let view = view_core::html::div().inner_html("<b>trusted</b>").child("mine");
    /// ```
    #[allow(clippy::type_complexity, reason = "the type is the builder's result")]
    pub fn inner_html<V>(self, html: V) -> HtmlElement<E, A::Next<InnerHtml<V>>, InnerHtmlContent>
    where
        E: ElementType<Content = content::Flow>,
        A: NextTuple,
        C: NoChildren,
        InnerHtml<V>: Attribute,
    {
        HtmlElement {
            tag: self.tag,
            attributes: self.attributes.next(InnerHtml(html)),
            children: InnerHtmlContent,
        }
    }
}

/// The children of an element that has no children: what [`HtmlElement::inner_html`] requires.
/// Implemented for `()` only.
#[diagnostic::on_unimplemented(
    message = "`inner_html` replaces the element's children: this element has children (or inner HTML) already",
    label = "`inner_html` on an element with children",
    note = "an element's content is either its children or its inner HTML; put the inner HTML on a child element of its own"
)]
pub trait NoChildren {}

impl NoChildren for () {}

/// The children type of an element whose content is its [inner HTML](HtmlElement::inner_html):
/// no children, and none can be added (it is not a [`NextTuple`], so the element has no
/// `.child()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InnerHtmlContent;

impl RenderHtml for InnerHtmlContent {
    const MAY_START_WITH_TEXT: bool = false;
    const MAY_END_WITH_TEXT: bool = false;
    fn html_len(&self) -> usize {
        0
    }
    fn write_html(self, _buf: &mut String) {}
}

impl<R: Renderer> Render<R> for InnerHtmlContent {
    type State = ();
    fn build(self) {}
    fn rebuild(self, _state: &mut ()) {}
    /// The element's content is the inner HTML the server wrote: kept as the browser parsed it.
    fn hydrate(self, cursor: &mut Cursor<R>) {
        cursor.skip_rest();
    }
}

/// A value that may be a child of an element with content model `Content`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a child of this element",
    label = "not allowed here",
    note = "void elements (`br`, `img`, `input`, …) take no children; `script`, `style`, \
            `textarea` and `title` take text only"
)]
pub trait ChildOf<Content> {
    /// The stored child.
    type Child;
    /// Converts into the stored child.
    fn into_child(self) -> Self::Child;
}

impl<T: RenderHtml> ChildOf<content::Flow> for T {
    type Child = T;
    fn into_child(self) -> T {
        self
    }
}

impl<T: TextChild> ChildOf<content::Rcdata> for T {
    type Child = RcdataChild<T>;
    fn into_child(self) -> RcdataChild<T> {
        RcdataChild(self)
    }
}

impl<T: TextChild> ChildOf<content::RawText> for T {
    type Child = RawTextChild<T>;
    fn into_child(self) -> RawTextChild<T> {
        RawTextChild(self)
    }
}

/// Text inside a raw-text element (`script`, `style`), written by
/// [`escape_raw_text_into`](crate::escape::escape_raw_text_into).
///
/// The parser reads such an element's content as one text, so adjacent pieces are written
/// without the `<!>` marker that separates text nodes elsewhere (it would be literal text here).
///
/// Each piece is escaped on its own, and the element then applies the same rule to its whole
/// content ([`escape_raw_text_in_place`](crate::escape::escape_raw_text_in_place)): a
/// `</script` split across pieces (`"x<"`, `"/script>"`) gets its backslash too. A piece cannot
/// see its neighbours, so [`html_len`](RenderHtml::html_len) of such an element is one byte short
/// per sequence split across pieces: a lower bound in that case, exact otherwise.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::script;
///
/// assert_eq!(script().child("x<").child("/script>").to_html(), r"<script>x<\/script></script>");
/// let n = 3;
/// assert_eq!(script().child("let n = ").child(n).to_html(), "<script>let n = 3</script>");
/// ```
#[derive(Clone, Debug)]
pub struct RawTextChild<T>(pub T);

impl<T: TextChild> RenderHtml for RawTextChild<T> {
    const MAY_START_WITH_TEXT: bool = false;
    const MAY_END_WITH_TEXT: bool = false;
    fn html_len(&self) -> usize {
        raw_text_len(&self.0.text())
    }
    fn write_html(self, buf: &mut String) {
        escape_raw_text_into(buf, &self.0.text())
    }
}

/// Text inside an escapable raw-text (RCDATA) element (`textarea`, `title`): escaped as text,
/// and, as in [`RawTextChild`], adjacent pieces are written without a `<!>` marker (the parser reads
/// the content as one text, so a marker would show as literal text).
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::title;
///
/// let year = 2024;
/// assert_eq!(title().child("Q&A ").child(year).to_html(), "<title>Q&amp;A 2024</title>");
/// ```
#[derive(Clone, Debug)]
pub struct RcdataChild<T>(pub T);

impl<T: TextChild> RenderHtml for RcdataChild<T> {
    const MAY_START_WITH_TEXT: bool = false;
    const MAY_END_WITH_TEXT: bool = false;
    fn html_len(&self) -> usize {
        self.0.html_len()
    }
    fn html_len_estimate(&self) -> usize {
        self.0.html_len_estimate()
    }
    fn write_html(self, buf: &mut String) {
        self.0.write_html(buf)
    }
}

impl<R: Renderer, T: TextChild + Render<R>> Render<R> for RcdataChild<T> {
    type State = T::State;
    fn build(self) -> Self::State {
        self.0.build()
    }
    fn rebuild(self, state: &mut Self::State) {
        self.0.rebuild(state)
    }
    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        cursor.texts_quietly(|cursor| self.0.hydrate(cursor))
    }
}

impl<R: Renderer, T: TextChild> Render<R> for RawTextChild<T> {
    type State = NodeState<R, R::Text>;
    fn build(self) -> Self::State {
        NodeState::new(R::create_text(&self.0.text()))
    }
    fn rebuild(self, state: &mut Self::State) {
        R::set_text(&state.node, &self.0.text());
    }
    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        NodeState::new(cursor.texts_quietly(|cursor| cursor.text(&self.0.text())))
    }
}

/// Whether the HTML parser drops a newline right after this element's start tag (HTML
/// § 13.2.6.4.7: `pre`, `listing`, `textarea`). Such elements always get one `\n` after the start
/// tag, so content that itself starts with a newline keeps it. The `view!` macro applies the same
/// rule (one implementation, in `view-markup`) to the HTML it writes at compile time.
pub const fn drops_leading_newline(namespace: Namespace, tag: &str) -> bool {
    matches!(namespace, Namespace::Html) && view_markup::drops_leading_newline(tag)
}

impl<E: ElementType, A: Attribute, C: RenderHtml> RenderHtml for HtmlElement<E, A, C> {
    const MAY_START_WITH_TEXT: bool = false;
    const MAY_END_WITH_TEXT: bool = false;

    fn html_len(&self) -> usize {
        self.len_around(self.children.html_len())
    }

    fn html_len_estimate(&self) -> usize {
        self.len_around(self.children.html_len_estimate())
    }

    #[inline]
    fn write_html(self, buf: &mut String) {
        self.write_html_parts(buf)
    }

    /// The element is a root: `root`'s attributes go into its start tag, class and style
    /// parts merged with its own.
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        root.mark_applied();
        buf.push_str(self.tag.open_tag());
        let mut first = true;
        if A::HAS_CLASS {
            self.attributes.write_class(buf, &mut first);
        }
        root.write_class(buf, &mut first);
        close_class(buf, first, A::HAS_CLASS || root.has_class());
        let mut first = true;
        if A::HAS_STYLE {
            self.attributes.write_style(buf, &mut first);
        }
        root.write_style(buf, &mut first);
        if !first {
            buf.push('"');
        }
        if !A::IS_EMPTY {
            self.attributes.write_html(buf);
        }
        root.write_others(buf);
        buf.push('>');
        self.write_content(buf);
    }
}

impl<E: ElementType, A: Attribute, C: RenderHtml> HtmlElement<E, A, C> {
    /// The element's length given its children's length.
    fn len_around(&self, children_len: usize) -> usize {
        // The `if`s on constants are resolved per type when compiling: an element without
        // classes, styles or inner HTML instantiates no code for them.
        let mut len = self.tag.open_tag_without_attributes().len();
        if !A::IS_EMPTY {
            len += self.attributes.html_len();
        }
        if A::HAS_CLASS {
            len += class_attribute_len(&self.attributes);
        }
        if A::HAS_STYLE {
            len += style_attribute_len(&self.attributes);
        }
        if !E::Content::VOID {
            len +=
                children_len + self.tag.close_tag().len() + usize::from(E::DROPS_LEADING_NEWLINE);
            if A::HAS_INNER_HTML {
                len += self.attributes.inner_html_len();
            }
        }
        len
    }

    #[inline]
    fn write_html_parts(self, buf: &mut String) {
        if A::IS_EMPTY {
            buf.push_str(self.tag.open_tag_without_attributes());
        } else {
            buf.push_str(self.tag.open_tag());
            if A::HAS_CLASS {
                write_class_attribute(&self.attributes, buf);
            }
            if A::HAS_STYLE {
                write_style_attribute(&self.attributes, buf);
            }
            self.attributes.write_html(buf);
            buf.push('>');
        }
        self.write_content(buf);
    }

    /// Writes what follows the start tag: the content and the end tag.
    #[inline]
    fn write_content(self, buf: &mut String) {
        if !E::Content::VOID {
            if E::DROPS_LEADING_NEWLINE {
                buf.push('\n');
            }
            if A::HAS_INNER_HTML {
                self.attributes.write_inner_html(buf);
            }
            let content_start = buf.len();
            self.children.write_html(buf);
            if E::Content::RAW_TEXT {
                // The rule over the whole content: a sequence split across children (each
                // escaped alone) must not close the element.
                escape_raw_text_in_place(buf, content_start);
            }
            buf.push_str(self.tag.close_tag());
        }
    }
}

/// Retained state of an element: the element node, its attributes' state and its children's.
pub struct ElementState<R: Renderer, A, C> {
    /// The element node.
    pub element: R::Element,
    attributes: A,
    children: C,
}

impl<R, E, A, C> Render<R> for HtmlElement<E, A, C>
where
    R: Renderer,
    E: ElementType,
    A: RenderAttribute<R>,
    C: Render<R>,
{
    type State = ElementState<R, A::State, C::State>;

    // An element's attributes and children are not roots of a component's view: their
    // effects capture no roots hook (see `view::roots_hook`).
    fn build(self) -> Self::State {
        roots_hook::paused(|| {
            let element = R::create_element(self.tag.tag(), E::NAMESPACE);
            let mut attributes = self.attributes.build(&element);
            let mut children = self.children.build();
            children.mount(&element, None);
            A::children_built(&element, &mut attributes);
            ElementState {
                element,
                attributes,
                children,
            }
        })
    }

    fn rebuild(self, state: &mut Self::State) {
        roots_hook::paused(|| {
            self.attributes
                .rebuild(&state.element, &mut state.attributes);
            self.children.rebuild(&mut state.children);
        })
    }

    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        let Some(element) = cursor.element(self.tag.tag()) else {
            return cursor.client_render(self);
        };
        roots_hook::paused(|| {
            let writes_content = self.attributes.writes_content();
            let mut attributes = self.attributes.hydrate(&element);
            let mut inner = cursor.children(&element);
            let children = self.children.hydrate(&mut inner);
            if writes_content {
                // The server's content is the attributes' (a bound `<textarea>`'s text, a
                // spread's inner HTML) where the children claimed none: kept as parsed, as
                // the templated form keeps it (`Walk::content_site`).
                inner.skip_rest();
            }
            inner.finish();
            A::children_built(&element, &mut attributes);
            ElementState {
                element,
                attributes,
                children,
            }
        })
    }
}

impl<R: Renderer, A, C> Mountable<R> for ElementState<R, A, C> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        R::insert_before(parent, self.element.as_ref(), marker);
    }
    fn unmount(&mut self) {
        R::remove(self.element.as_ref());
    }
    fn first_node(&self) -> Option<R::Node> {
        Some(self.element.as_ref().clone())
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        f(&self.element);
    }
}
