//! `#[component]`: a function whose arguments are props becomes a component.
//!
//! ```text
//! #[component]
//! fn Counter(initial: i32, #[prop(optional)] step: Option<i32>) -> impl IntoView { … }
//! ```
//! expands to
//! - `CounterProps { initial: i32, step: Option<i32> }` (prop docs become field docs),
//! - a typed builder `CounterProps::builder().initial(3).step(2).build()`: each prop is a type
//!   parameter of the builder that is `()` until set and `(T,)` after. `build` requires every
//!   required slot to be set through a per-prop trait whose `on_unimplemented` message names the
//!   missing prop; `view!` gives `build` the component tag's span, so the error points at the
//!   tag. An unknown prop is a missing setter method, reported at the attribute. A prop set
//!   twice has no setter either (the slot is no longer `()`).
//! - `fn Counter(props: CounterProps) -> impl IntoView`, destructuring the props; a component
//!   without props stays `fn App() -> impl IntoView` (so `mount_to_body(App)` works). `view!`
//!   calls every component as `call_component(Name, props_builder(&Name)….build())`, reaching
//!   the props type through the function's signature, so only `Name` need be in scope; the
//!   props struct links itself to its builder with `impl Not for NameProps` (a `core` trait, so
//!   the expansion names nothing of `view_core`; see `view_core`'s `component_call`).
//!
//! - an `impl Trait` prop (`title: impl Into<String>`) becomes a generic parameter of the
//!   component (`__ImplTitle: Into<String>`), as in Leptos; `#[prop(into)]` on a prop whose type
//!   is a generic parameter (a closure) takes the value as is.
//!
//! The expansion names nothing from `view_core`: the helper traits are generated beside the
//! component, so frameworks re-exporting the macro need no path plumbing.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{FnArg, GenericParam, ItemFn, Pat, Type};

use crate::diagnostics::Diagnostics;

/// How a prop gets its value when `view!` does not give one.
enum Default {
    /// Must be given.
    Required,
    /// `#[prop(optional)]`: `Default::default()`; an `Option<T>` prop takes a `T` (wrapped in
    /// `Some`).
    Optional,
    /// `#[prop(default = expr)]`.
    Expr(Box<syn::Expr>),
}

struct Prop {
    name: syn::Ident,
    pattern: Pat,
    ty: Type,
    docs: Vec<syn::Attribute>,
    default: Default,
    into: bool,
}

/// Expands `#[component]` on `item`; errors are returned beside a best-effort expansion.
pub(crate) fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut diagnostics = Diagnostics::new();
    if !args.is_empty() {
        let text = args.to_string();
        let message = if text.contains("transparent") {
            "Leptos's `#[component(transparent)]` is not needed: `#[component]` takes no arguments, creates no reactive owner and may return any type, so write `#[component]`"
        } else {
            "`#[component]` takes no arguments"
        };
        diagnostics.error(args.span(), message);
    }
    let function: ItemFn = match syn::parse2(item.clone()) {
        Ok(function) => function,
        Err(error) => {
            diagnostics.push(error);
            let errors = diagnostics.into_tokens();
            return quote!(#errors #item);
        }
    };
    let expansion = expand_fn(function, None, &mut diagnostics);
    let errors = diagnostics.into_errors();
    if errors.is_empty() {
        return expansion;
    }
    // A broken signature: report it beside the function as written, so rustc adds no
    // follow-up errors about generated items.
    let errors = errors.iter().map(syn::Error::to_compile_error);
    quote!(#(#errors)* #item)
}

fn parse_prop(arg: &FnArg, diagnostics: &mut Diagnostics) -> Option<Prop> {
    let FnArg::Typed(typed) = arg else {
        diagnostics.error(
            arg.span(),
            "a component is a free function; `self` is not a prop",
        );
        return None;
    };
    let name = match &*typed.pat {
        Pat::Ident(pat) => pat.ident.clone(),
        other => {
            diagnostics.error(other.span(), "a prop must be a plain name (`count: i32`)");
            return None;
        }
    };
    let mut prop = Prop {
        name: name.clone(),
        pattern: (*typed.pat).clone(),
        ty: (*typed.ty).clone(),
        docs: Vec::new(),
        default: Default::Required,
        into: false,
    };
    for attribute in &typed.attrs {
        if attribute.path().is_ident("doc") {
            prop.docs.push(attribute.clone());
        } else if attribute.path().is_ident("prop") {
            let result = attribute.parse_nested_meta(|meta| {
                if meta.path.is_ident("optional") {
                    prop.default = Default::Optional;
                } else if meta.path.is_ident("into") {
                    prop.into = true;
                } else if meta.path.is_ident("default") {
                    if !meta.input.peek(syn::Token![=]) {
                        return Err(meta.error(
                            "`default` needs a value: `#[prop(default = 3)]`; use `#[prop(optional)]` for `Default::default()`",
                        ));
                    }
                    prop.default = Default::Expr(Box::new(meta.value()?.parse()?));
                } else if meta.path.is_ident("optional_no_strip") {
                    return Err(meta.error(
                        "Leptos's `#[prop(optional_no_strip)]` is not supported: use `#[prop(optional)]` with a non-`Option` type, or `#[prop(default = None)]` on an `Option<T>` prop (set with `Some(…)`)",
                    ));
                } else if meta.path.is_ident("strip_option") {
                    return Err(meta.error(
                        "Leptos's `#[prop(strip_option)]` is not supported: `#[prop(optional)]` on an `Option<T>` prop already takes a `T`",
                    ));
                } else if meta.path.is_ident("attrs") {
                    return Err(meta.error(
                        "Leptos's `#[prop(attrs)]` is not supported: pass attributes to the component's root with `attr:name=…` or `{..spread}` in `view!`",
                    ));
                } else if meta.path.is_ident("name") {
                    return Err(meta.error(
                        "Leptos's `#[prop(name = …)]` is not supported: name the argument after the prop (destructure it in the body)",
                    ));
                } else {
                    return Err(meta.error("unknown prop option: expected `optional`, `default = …` or `into`"));
                }
                Ok(())
            });
            if let Err(error) = result {
                diagnostics.push(error);
            }
        } else {
            diagnostics.error(
                attribute.span(),
                "only `#[prop(…)]` and doc comments are allowed on props",
            );
        }
    }
    Some(prop)
}

/// `Option<T>` → `T`.
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// Expands `#[slot]` on a struct, as Leptos's: `#[slot] struct Then { children: ChildrenFn }`
/// gets the typed builder of a component's props (`Then::builder()….build()` makes a `Then`),
/// so `<Then slot>…</Then>` passes a `Then` to its parent's `then` prop. The fields take the
/// same `#[prop(…)]` options as a component's arguments.
///
/// It is expanded as a component whose props struct is the slot: a function with the fields
/// as arguments goes through [`expand_fn`], which emits `ThenProps` and, instead of the
/// component function, `type Then = ThenProps`.
pub(crate) fn expand_slot(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut diagnostics = Diagnostics::new();
    if !args.is_empty() {
        diagnostics.error(args.span(), "`#[slot]` takes no arguments");
    }
    let item_struct: syn::ItemStruct = match syn::parse2(item.clone()) {
        Ok(item_struct) => item_struct,
        Err(error) => {
            diagnostics.push(error);
            let errors = diagnostics.into_tokens();
            return quote!(#errors #item);
        }
    };
    let syn::Fields::Named(fields) = &item_struct.fields else {
        diagnostics.error(
            item_struct.fields.span(),
            "a slot is a struct with named fields (`struct Then { children: ChildrenFn }`)",
        );
        let errors = diagnostics.into_tokens();
        return quote!(#errors #item);
    };
    let syn::ItemStruct {
        attrs,
        vis,
        ident,
        generics,
        ..
    } = &item_struct;
    let arguments = fields.named.iter().map(|field| {
        let (field_attrs, name, ty) = (&field.attrs, &field.ident, &field.ty);
        quote!(#(#field_attrs)* #name: #ty)
    });
    let where_clause = &generics.where_clause;
    let function: ItemFn = match syn::parse2(quote! {
        #(#attrs)*
        #vis fn #ident #generics (#(#arguments),*) #where_clause {}
    }) {
        Ok(function) => function,
        Err(error) => {
            diagnostics.push(error);
            let errors = diagnostics.into_tokens();
            return quote!(#errors #item);
        }
    };
    let expansion = expand_fn(function, Some(vis.clone()), &mut diagnostics);
    let errors = diagnostics.into_errors();
    if errors.is_empty() {
        return expansion;
    }
    let errors = errors.iter().map(syn::Error::to_compile_error);
    quote!(#(#errors)* #item)
}

/// Expands a component function; for a slot (`slot` is the visibility of its fields), the
/// props struct is the slot and no function is emitted.
fn expand_fn(
    function: ItemFn,
    slot: Option<syn::Visibility>,
    diagnostics: &mut Diagnostics,
) -> TokenStream {
    let ItemFn {
        attrs,
        vis,
        sig,
        block,
        ..
    } = function;
    let name = &sig.ident;
    let span = name.span();
    let props_name = format_ident!("{}Props", name);
    let builder_name = format_ident!("{}PropsBuilder", name);
    let optional_trait = format_ident!("__{}PropsOptional", name);
    let mut props: Vec<Prop> = sig
        .inputs
        .iter()
        .filter_map(|arg| parse_prop(arg, diagnostics))
        .collect();

    // `title: impl Into<String>` becomes a generic parameter `__ImplTitle: Into<String>` of the
    // component (as in Leptos), so the props struct can name its type.
    let mut generics = sig.generics.clone();
    for prop in &mut props {
        if let Type::ImplTrait(impl_trait) = &prop.ty {
            let param = format_ident!(
                "__Impl{}",
                prop.name.to_string().replace('_', ""),
                span = impl_trait.span()
            );
            let bounds = &impl_trait.bounds;
            generics.params.push(syn::parse_quote!(#param: #bounds));
            prop.ty = syn::parse_quote!(#param);
        }
    }
    let type_params: Vec<syn::Ident> = generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(ty) => Some(ty.ident.clone()),
            _ => None,
        })
        .collect();
    let generics = &generics;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let params: Vec<TokenStream> = generics
        .params
        .iter()
        .map(|param| match param {
            GenericParam::Type(ty) => {
                let ident = &ty.ident;
                quote!(#ident)
            }
            GenericParam::Lifetime(lifetime) => {
                let lifetime = &lifetime.lifetime;
                quote!(&#lifetime ())
            }
            GenericParam::Const(constant) => {
                let ident = &constant.ident;
                quote!([(); #ident])
            }
        })
        .collect();
    let generic_args: Vec<TokenStream> = generics
        .params
        .iter()
        .map(|param| match param {
            GenericParam::Type(ty) => {
                let ident = &ty.ident;
                quote!(#ident)
            }
            GenericParam::Lifetime(lifetime) => {
                let lifetime = &lifetime.lifetime;
                quote!(#lifetime)
            }
            GenericParam::Const(constant) => {
                let ident = &constant.ident;
                quote!(#ident)
            }
        })
        .collect();
    let generic_params: Vec<&GenericParam> = generics.params.iter().collect();
    let marker_ty = quote!(::core::marker::PhantomData<fn() -> (#(#params,)*)>);

    let fields = props.iter().map(|prop| {
        let (field, ty) = (&prop.name, &prop.ty);
        let docs = if prop.docs.is_empty() {
            let text = format!("The `{field}` prop.");
            quote!(#[doc = #text])
        } else {
            let docs = &prop.docs;
            quote!(#(#docs)*)
        };
        let field_vis = slot.as_ref().unwrap_or(&vis);
        quote!(#docs #field_vis #field: #ty,)
    });
    let slots: Vec<syn::Ident> = (0..props.len())
        .map(|index| format_ident!("__P{}", index))
        .collect();
    let units: Vec<TokenStream> = props.iter().map(|_| quote!(())).collect();
    let props_doc = format!(
        "The props of the [`{name}`] component; build them with [`{props_name}::builder`]."
    );
    let builder_doc = format!("Builds [`{props_name}`]; `view!` uses it to call [`{name}`].");

    let mut setters = TokenStream::new();
    let mut required_traits = TokenStream::new();
    let mut bounds = Vec::new();
    let mut takes = Vec::new();
    for (index, prop) in props.iter().enumerate() {
        let field = &prop.name;
        let ty = &prop.ty;
        let slot = &slots[index];
        let others: Vec<&syn::Ident> = slots.iter().filter(|s| *s != slot).collect();
        let before: Vec<TokenStream> = slots
            .iter()
            .map(|s| if s == slot { quote!(()) } else { quote!(#s) })
            .collect();
        let after: Vec<TokenStream> = slots
            .iter()
            .map(|s| {
                if s == slot {
                    quote!((#ty,))
                } else {
                    quote!(#s)
                }
            })
            .collect();
        let bindings: Vec<syn::Ident> = (0..props.len())
            .map(|i| format_ident!("__slot{}", i))
            .collect();
        let rebuilt: Vec<TokenStream> = bindings
            .iter()
            .enumerate()
            .map(|(i, b)| {
                if i == index {
                    quote!((__value,))
                } else {
                    quote!(#b)
                }
            })
            .collect();
        let stripped = match prop.default {
            Default::Optional => option_inner(ty),
            _ => None,
        };
        // `#[prop(into)]` on a prop whose type is a generic parameter (a closure `F`, an
        // `impl Fn…`) takes the value as is: `impl Into<F>` would leave `F` uninferred.
        let is_param = |ty: &Type| matches!(ty, Type::Path(path) if path.qself.is_none() && type_params.iter().any(|p| path.path.is_ident(p)));
        let into = prop.into && !is_param(stripped.unwrap_or(ty));
        let (param_ty, convert) = match (stripped, into) {
            (Some(inner), true) => (
                quote!(impl ::core::convert::Into<#inner>),
                quote!(::core::option::Option::Some(value.into())),
            ),
            (Some(inner), false) => (quote!(#inner), quote!(::core::option::Option::Some(value))),
            (None, true) => (
                quote!(impl ::core::convert::Into<#ty>),
                quote!(value.into()),
            ),
            (None, false) => (quote!(#ty), quote!(value)),
        };
        let setter_doc = format!("Sets the `{field}` prop.");
        let prop_docs = &prop.docs;
        setters.extend(quote! {
            impl<#(#generic_params,)* #(#others,)*> #builder_name<#(#generic_args,)* #(#before,)*> #where_clause {
                #[doc = #setter_doc]
                #(#prop_docs)*
                #[allow(clippy::type_complexity, reason = "the builder's type tracks which props are set")]
                #vis fn #field(self, value: #param_ty) -> #builder_name<#(#generic_args,)* #(#after,)*> {
                    let (#(#bindings,)*) = self.__slots;
                    let __value: #ty = #convert;
                    #builder_name { __slots: (#(#rebuilt,)*), __marker: ::core::marker::PhantomData }
                }
            }
        });
        match &prop.default {
            Default::Required => {
                let trait_name = format_ident!("__{}PropsHas_{}", name, field);
                let message =
                    format!("the component `{name}` is missing the required prop `{field}`");
                let label = format!("add `{field}=…` here");
                required_traits.extend(quote_spanned! {span=>
                    #[doc(hidden)]
                    #[allow(non_camel_case_types, reason = "named after the prop it checks")]
                    #[diagnostic::on_unimplemented(message = #message, label = #label)]
                    #vis trait #trait_name<T> {
                        /// The prop's value.
                        fn __take(self) -> T;
                    }
                    impl<T> #trait_name<T> for (T,) {
                        fn __take(self) -> T {
                            self.0
                        }
                    }
                });
                bounds.push(quote!(#slot: #trait_name<#ty>));
                takes.push(quote!(#trait_name::__take(#slot)));
            }
            Default::Optional => {
                bounds.push(quote!(#slot: #optional_trait<#ty>));
                takes.push(
                    quote!(#optional_trait::__take_or(#slot, ::core::default::Default::default)),
                );
            }
            Default::Expr(expr) => {
                bounds.push(quote!(#slot: #optional_trait<#ty>));
                takes.push(quote!(#optional_trait::__take_or(#slot, || #expr)));
            }
        }
    }
    let field_names: Vec<&syn::Ident> = props.iter().map(|prop| &prop.name).collect();
    let bindings = props.iter().map(|prop| match &prop.pattern {
        // `field` or `mut field`: shorthand, so no `non_shorthand_field_patterns` warning.
        Pat::Ident(pat) if pat.ident == prop.name && pat.subpat.is_none() => quote!(#pat),
        pattern => {
            let field = &prop.name;
            quote!(#field: #pattern)
        }
    });
    let predicates = where_clause
        .map(|w| w.predicates.iter().collect::<Vec<_>>())
        .unwrap_or_default();
    let fn_attrs = attrs;
    let output = &sig.output;
    let asyncness = &sig.asyncness;
    let builder_fn_doc = format!("Starts building [`{props_name}`].");
    let component_fn = if slot.is_some() {
        let fn_attrs = fn_attrs.iter().filter(|a| a.path().is_ident("doc"));
        quote! {
            #(#fn_attrs)*
            #vis type #name<#(#generic_args),*> = #props_name #ty_generics;
        }
    } else if props.is_empty() {
        // Without props the component is a plain `fn() -> View`, so it can be passed where a
        // view function is expected (`mount_to_body(App)`); `view!` calls it without props
        // (`view_core`'s `component_call`).
        quote! {
            #(#fn_attrs)*
            #[allow(non_snake_case, reason = "components are named like types")]
            #vis #asyncness fn #name #impl_generics () #output #where_clause
            #block
        }
    } else {
        quote! {
            #(#fn_attrs)*
            #[allow(non_snake_case, reason = "components are named like types")]
            #vis #asyncness fn #name #impl_generics (props: #props_name #ty_generics) #output #where_clause {
                #[allow(unused_variables, reason = "props the body does not use")]
                let #props_name { #(#bindings,)* .. } = props;
                #block
            }
        }
    };

    // `view!` reaches the builder from the component function alone (`use app::Counter;` is
    // enough, as in Leptos): `view_core::__private::props_builder(&Counter)` infers the props
    // type from the signature and takes its builder from this `Not` impl (a trait of `core`, so
    // the expansion names nothing of `view_core`); see `view_core`'s `component_call` module.
    let builder_link = if slot.is_some() {
        TokenStream::new()
    } else {
        quote! {
            #[doc(hidden)]
            impl #impl_generics ::core::ops::Not for #props_name #ty_generics #where_clause {
                type Output = #builder_name<#(#generic_args,)* #(#units,)*>;
                #[inline(always)]
                fn not(self) -> Self::Output {
                    Self::builder()
                }
            }

            #[doc(hidden)]
            impl #impl_generics ::core::default::Default for #builder_name<#(#generic_args,)* #(#units,)*> #where_clause {
                #[inline(always)]
                fn default() -> Self {
                    #props_name::builder()
                }
            }
        }
    };

    quote! {
        #[doc = #props_doc]
        #vis struct #props_name #impl_generics #where_clause {
            #(#fields)*
            #[doc(hidden)]
            #vis __marker: #marker_ty,
        }

        #[doc = #builder_doc]
        #[doc(hidden)]
        #vis struct #builder_name<#(#generic_params,)* #(#slots = (),)*> #where_clause {
            __slots: (#(#slots,)*),
            __marker: #marker_ty,
        }

        #[doc(hidden)]
        #vis trait #optional_trait<T> {
            /// The prop's value, or `default()` when it was not given.
            fn __take_or(self, default: impl FnOnce() -> T) -> T;
        }
        impl<T> #optional_trait<T> for () {
            fn __take_or(self, default: impl FnOnce() -> T) -> T {
                default()
            }
        }
        impl<T> #optional_trait<T> for (T,) {
            fn __take_or(self, _default: impl FnOnce() -> T) -> T {
                self.0
            }
        }
        #required_traits

        impl #impl_generics #props_name #ty_generics #where_clause {
            #[doc = #builder_fn_doc]
            #[allow(clippy::type_complexity, reason = "the builder's type tracks which props are set")]
            #vis fn builder() -> #builder_name<#(#generic_args,)* #(#units,)*> {
                #builder_name { __slots: (#(#units,)*), __marker: ::core::marker::PhantomData }
            }
        }

        #builder_link

        #setters

        impl<#(#generic_params,)* #(#slots,)*> #builder_name<#(#generic_args,)* #(#slots,)*>
        where #(#predicates,)*
        {
            /// Finishes the props; every required prop must be set.
            #vis fn build(self) -> #props_name #ty_generics
            where #(#bounds,)*
            {
                let (#(#slots,)*) = self.__slots;
                #props_name { #(#field_names: #takes,)* __marker: ::core::marker::PhantomData }
            }
        }

        #component_fn
    }
}
