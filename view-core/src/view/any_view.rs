//! [`AnyView`]: a type-erased view, reached by [`IntoAny::into_any`].
//!
//! Erasure stops type growth (long type names, deep nesting) and lets branches of different
//! types share one type. It costs one allocation and indirect calls, so erase at component
//! boundaries or branches, not per text node.

use std::any::{Any, TypeId};
use std::marker::PhantomData;

#[cfg(feature = "hydrate")]
use crate::hydration::Cursor;
use crate::ssr::render_html::{MARKER, marker_bytes, push_marker};
use crate::{DefaultRenderer, Mountable, Render, RenderHtml, Renderer, RootAttributes};

/// A view whose type is erased. Renders to HTML, and builds for renderer `R`.
///
/// ```
/// use view_core::prelude::*;
/// use view_core::html::{p, span};
/// let views: Vec<AnyView> = vec![p().child("a").into_any(), span().child(1).into_any()];
/// assert_eq!(views.to_html(), "<p>a</p><!><span>1</span><!><!>");
/// ```
///
/// An erased view may be text, so adjacent erased views are separated by a `<!>` marker (it
/// keeps adjacent text nodes apart when the browser parses the HTML).
pub struct AnyView<R: Renderer = DefaultRenderer> {
    type_id: TypeId,
    value: Box<dyn Any>,
    html_len: fn(&dyn Any) -> usize,
    write_html: fn(Box<dyn Any>, &mut String),
    write_html_with_root: fn(Box<dyn Any>, &mut String, &RootAttributes<'_>),
    build: fn(Box<dyn Any>) -> Box<dyn ErasedState<R>>,
    rebuild: fn(Box<dyn Any>, &mut dyn ErasedState<R>),
    #[cfg(feature = "hydrate")]
    hydrate: HydrateFn<R>,
    _renderer: PhantomData<fn() -> R>,
}

/// Hydrates the erased value at a cursor.
#[cfg(feature = "hydrate")]
type HydrateFn<R> = fn(Box<dyn Any>, &mut Cursor<R>) -> Box<dyn ErasedState<R>>;

impl<R: Renderer> std::fmt::Debug for AnyView<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AnyView")
            .field("type_id", &self.type_id)
            .finish_non_exhaustive()
    }
}

/// Mountable state that can be downcast to its concrete type.
trait ErasedState<R: Renderer>: Mountable<R> {
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

impl<R: Renderer, S: Mountable<R> + 'static> ErasedState<R> for S {
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn downcast<T: 'static>(value: Box<dyn Any>) -> T {
    match value.downcast::<T>() {
        Ok(value) => *value,
        Err(_) => unreachable!("AnyView stores its vtable beside the value it was made from"),
    }
}

/// Erases a view's type.
pub trait IntoAny: Sized {
    /// Erases this view's type, for the renderer the context asks for: the
    /// [`DefaultRenderer`] in a component returning `impl IntoView` or where the result is
    /// typed [`AnyView`], renderer `R` in one returning `impl IntoView<R>`. Where nothing
    /// decides (`x.into_any().to_html()`), name it: `let any: AnyView = x.into_any();`.
    fn into_any<R: Renderer>(self) -> AnyView<R>
    where
        Self: Render<R>;
}

impl<T: RenderHtml + 'static> IntoAny for T {
    fn into_any<R: Renderer>(self) -> AnyView<R>
    where
        Self: Render<R>,
    {
        AnyView::new(self)
    }
}

impl<R: Renderer> AnyView<R> {
    /// Erases `view`'s type (the same as `view.into_any()`).
    pub fn new<T: RenderHtml + Render<R> + 'static>(view: T) -> Self {
        AnyView {
            type_id: TypeId::of::<T>(),
            value: Box::new(view),
            html_len: |value| match value.downcast_ref::<T>() {
                Some(view) => view.html_len(),
                None => 0,
            },
            write_html: |value, buf| downcast::<T>(value).write_html(buf),
            write_html_with_root: |value, buf, root| {
                downcast::<T>(value).write_html_with_root(buf, root)
            },
            build: |value| Box::new(downcast::<T>(value).build()),
            rebuild: |value, state| match state.as_any_mut().downcast_mut::<T::State>() {
                Some(state) => downcast::<T>(value).rebuild(state),
                None => unreachable!("AnyView::rebuild checks the type id first"),
            },
            #[cfg(feature = "hydrate")]
            hydrate: |value, cursor| Box::new(downcast::<T>(value).hydrate(cursor)),
            _renderer: PhantomData,
        }
    }
}

impl<R: Renderer> RenderHtml for AnyView<R> {
    // The placeholder comes last.
    const MAY_END_WITH_TEXT: bool = false;

    fn html_len(&self) -> usize {
        (self.html_len)(&*self.value) + marker_bytes(MARKER.len())
    }
    fn write_html(self, buf: &mut String) {
        (self.write_html)(self.value, buf);
        push_marker(buf);
    }
    fn write_html_with_root(self, buf: &mut String, root: &RootAttributes<'_>) {
        (self.write_html_with_root)(self.value, buf, root);
        push_marker(buf);
    }
}

/// Retained state of an [`AnyView`]: the erased state, its type, and a placeholder anchor used
/// when the view's type changes on rebuild.
pub struct AnyViewState<R: Renderer> {
    type_id: TypeId,
    state: Box<dyn ErasedState<R>>,
    anchor: R::Placeholder,
}

impl<R: Renderer> Render<R> for AnyView<R> {
    type State = AnyViewState<R>;

    fn build(self) -> Self::State {
        AnyViewState {
            type_id: self.type_id,
            state: (self.build)(self.value),
            anchor: R::create_placeholder(),
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        if self.type_id == state.type_id {
            (self.rebuild)(self.value, &mut *state.state);
        } else {
            let mut new = (self.build)(self.value);
            let anchor = state.anchor.as_ref();
            if let Some(parent) = R::parent(anchor) {
                new.mount(&parent, Some(anchor));
            }
            state.state.unmount();
            state.state = new;
            state.type_id = self.type_id;
        }
    }

    /// Without the `hydrate` feature an erased view is client-rendered in place (the feature
    /// gives it the erased type's own hydration).
    #[cfg(feature = "hydrate")]
    fn hydrate(self, cursor: &mut Cursor<R>) -> Self::State {
        AnyViewState {
            type_id: self.type_id,
            state: (self.hydrate)(self.value, cursor),
            anchor: cursor.placeholder(),
        }
    }
}

impl<R: Renderer> Mountable<R> for AnyViewState<R> {
    fn mount(&mut self, parent: &R::Element, marker: Option<&R::Node>) {
        self.state.mount(parent, marker);
        R::insert_before(parent, self.anchor.as_ref(), marker);
    }
    fn unmount(&mut self) {
        self.state.unmount();
        R::remove(self.anchor.as_ref());
    }
    fn first_node(&self) -> Option<R::Node> {
        self.state
            .first_node()
            .or_else(|| Some(self.anchor.as_ref().clone()))
    }
    fn root_elements(&self, f: &mut dyn FnMut(&R::Element)) {
        self.state.root_elements(f)
    }
}
