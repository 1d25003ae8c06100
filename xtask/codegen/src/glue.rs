//! progenitor's output plus the glue that ties it to the runtime.
//!
//! After progenitor has generated a module we adjust it with `syn`:
//! - the open enums, JSON-in-string markers and timestamp accessors of
//!   the spec are added to its `types` module (see `types.rs`);
//! - progenitor sees only the success responses (the runtime reads every
//!   error response itself, whatever shape the spec gives it);
//! - progenitor's `Client::new(baseurl, client)` is replaced by
//!   `Client::new(&Config)`, and the client holds the runtime's handle;
//! - every builder's `send()` is one call into `runtime::invoke` with a
//!   `&'static` reference to its operation's facts (see `send.rs`), and
//!   returns the SDK's `Response` or `Error`;
//! - progenitor's `progenitor_client` re-exports and hooks are removed, so
//!   an API module has one error type: `workflow_sdk::Error`;
//! - the `SERVICE` and `OPERATIONS` statics carry the spec's facts to the
//!   runtime (see `metadata.rs`).

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use progenitor::{CrateVers, GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::quote;

use crate::LoadedSpec;

pub(crate) fn generate(spec: &LoadedSpec, options: &crate::Options) -> Result<TokenStream, String> {
    let module = &spec.service.module;
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_map_type("::std::collections::BTreeMap")
        .with_crate("workflow-sdk", CrateVers::Any, None);
    for m in &spec.markers {
        settings.with_replacement(
            &m.name,
            format!("crate::{module}::types::{}", m.name),
            std::iter::empty(),
        );
    }
    for e in &spec.enums {
        settings.with_replacement(
            &e.name,
            format!("crate::{module}::types::{}", e.name),
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    let mut generator = Generator::new(&settings);
    let tokens = generator
        .generate_tokens(&success_only(&spec.openapi))
        .map_err(|e| format!("progenitor: {e}"))?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("progenitor output does not parse: {e}"))?;

    let mut enums = spec
        .enums
        .iter()
        .map(crate::types::open_enum)
        .collect::<Vec<_>>();
    enums.extend(spec.markers.iter().map(crate::types::json_field_marker));
    enums.extend(crate::types::timestamp_accessors(spec));
    let mut found_types = false;
    let mut response_types: std::collections::BTreeMap<String, syn::Type> = Default::default();
    let mut found_client = false;
    let mut sends = 0;
    file.items.retain(|item| !is_progenitor_plumbing(item));
    for item in &mut file.items {
        match item {
            syn::Item::Mod(m) if m.ident == "types" => {
                if let Some((_, items)) = &mut m.content {
                    for e in &enums {
                        let file: syn::File = syn::parse2(e.clone())
                            .map_err(|err| format!("generated item does not parse ({err}): {e}"))?;
                        items.extend(file.items);
                    }
                    found_types = true;
                }
            }
            syn::Item::Mod(m) if m.ident == "builder" => {
                if let Some((_, items)) = &mut m.content {
                    // progenitor's imports served its own send().
                    items.retain(|i| !matches!(i, syn::Item::Use(u) if !is_types_import(u)));
                    for item in items.iter_mut() {
                        let syn::Item::Impl(imp) = item else { continue };
                        let Some(name) = builder_name(imp) else {
                            continue;
                        };
                        let Some((index, op)) = spec
                            .service
                            .operations
                            .iter()
                            .enumerate()
                            .find(|(_, o)| o.operation_id.to_upper_camel_case() == name)
                        else {
                            continue;
                        };
                        document_setters(imp, op);
                        if let Some(ok_type) = crate::send::replace_send(imp, op, index)? {
                            sends += 1;
                            crate::waiters::add_waiters(spec, imp, &ok_type)?;
                            if let Some(inner) = response_inner(&ok_type) {
                                response_types.insert(name, inner);
                            }
                        }
                    }
                }
            }
            syn::Item::Struct(st) if st.ident == "Client" => {
                st.fields = syn::Fields::Named(syn::parse_quote!({
                    pub(crate) handle: ::workflow_sdk::runtime::Handle,
                }));
                found_client = true;
            }
            syn::Item::Impl(imp) if is_impl_of(imp, "Client") && imp.trait_.is_none() => {
                // progenitor's constructors take a base URL and a
                // `reqwest::Client`; ours takes the configuration.
                imp.items.retain(|i| {
                    !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new" || f.sig.ident == "new_with_client")
                });
            }
            _ => {}
        }
    }
    file.items
        .retain(|i| !matches!(i, syn::Item::Impl(imp) if imp.items.is_empty()));
    if !found_types && !enums.is_empty() {
        return Err("progenitor output has no `types` module".into());
    }
    if !found_client {
        return Err("progenitor output has no `Client`".into());
    }
    if sends != spec.service.operations.len() {
        return Err(format!(
            "progenitor generated {sends} builders with send() for {} operations",
            spec.service.operations.len()
        ));
    }

    let service = crate::metadata::service_static(spec, &response_types, options)?;
    let cli = crate::cli::cli_module(spec, options);
    let title = &spec.service.title;
    let glue = quote! {
        impl Client {
            #[doc = concat!("Creates a client for ", #title, " from shared configuration.")]
            ///
            /// The endpoint comes from the configuration's endpoint override,
            /// or from the spec's endpoint rule and the configured region;
            /// requests are signed or authorized as the spec says.
            pub fn new(config: &::workflow_sdk::Config) -> Self {
                Self {
                    handle: ::workflow_sdk::runtime::Handle::new(config, &SERVICE),
                }
            }

            /// The base URL this client sends requests to (empty when the
            /// configuration cannot resolve it; calls then fail saying why).
            pub fn base_url(&self) -> &str {
                self.handle.base_url()
            }
        }

        #service

        #cli
    };
    let glue: syn::File = syn::parse2(glue).map_err(|e| e.to_string())?;
    // The constructor first, as docs.rs lists inherent impls in order.
    let client_at = file
        .items
        .iter()
        .position(|i| matches!(i, syn::Item::Struct(st) if st.ident == "Client"))
        .map_or(file.items.len(), |p| p + 1);
    let mut glue_items = glue.items.into_iter();
    if let Some(ctor) = glue_items.next() {
        file.items.insert(client_at, ctor);
    }
    file.items.extend(glue_items);
    Ok(quote!(#file))
}

/// Gives each builder setter the description of its parameter from the
/// spec (progenitor leaves them undocumented).
fn document_setters(imp: &mut syn::ItemImpl, op: &crate::extensions::OperationMeta) {
    for item in &mut imp.items {
        let syn::ImplItem::Fn(f) = item else { continue };
        if f.attrs.iter().any(|a| a.path().is_ident("doc")) {
            continue;
        }
        let name = f.sig.ident.to_string();
        let doc = match name.as_str() {
            "new" => format!(
                "Starts a `{}` request; prefer the client's method.",
                op.operation_id
            ),
            "body" => "The request body.".to_string(),
            "body_map" => "Sets fields of the request body with its builder.".to_string(),
            _ => match op.params.iter().find(|p| {
                p.location != "body" && p.name.to_snake_case() == name.trim_end_matches('_')
            }) {
                Some(p) => {
                    let what = p
                        .description
                        .clone()
                        .unwrap_or_else(|| format!("`{}`.", p.name));
                    format!(
                        "{what}\n\n`{}` ({}{}).",
                        p.name,
                        p.location,
                        if p.required { ", required" } else { "" }
                    )
                }
                None => continue,
            },
        };
        f.attrs.insert(0, syn::parse_quote!(#[doc = #doc]));
    }
}

/// The document progenitor sees: only the success responses. The runtime
/// reads every error response itself, whatever the spec declares for it
/// (`4XX`, `5XX`, `default`, specific codes, with or without schemas), so
/// progenitor never has to type them.
fn success_only(doc: &openapiv3::OpenAPI) -> openapiv3::OpenAPI {
    let mut doc = doc.clone();
    for (_, item) in doc.paths.paths.iter_mut() {
        let openapiv3::ReferenceOr::Item(item) = item else {
            continue;
        };
        let ops = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for op in ops.into_iter().flatten() {
            op.responses.default = None;
            op.responses.responses.retain(|code, _| match code {
                openapiv3::StatusCode::Code(c) => (200..300).contains(c),
                openapiv3::StatusCode::Range(r) => *r == 2,
            });
        }
    }
    doc
}

/// progenitor's items that tie its client to `progenitor_client`: the
/// re-exports of its `Error`, `ResponseValue`, `ByteStream`, `ClientInfo`,
/// the `ClientInfo` impl and the hooks assertion. The runtime owns the
/// call, so none of them is needed.
fn is_progenitor_plumbing(item: &syn::Item) -> bool {
    match item {
        syn::Item::Use(u) => {
            matches!(&u.tree, syn::UseTree::Path(p) if p.ident == "progenitor_client")
        }
        syn::Item::Impl(imp) => imp.trait_.as_ref().is_some_and(|(_, path, _)| {
            path.segments
                .last()
                .is_some_and(|s| s.ident == "ClientInfo" || s.ident == "ClientHooks")
        }),
        syn::Item::Const(c) => c.ident == "_",
        _ => false,
    }
}

/// `use super::types;` in the builder module.
fn is_types_import(u: &syn::ItemUse) -> bool {
    matches!(&u.tree, syn::UseTree::Path(p) if p.ident == "super"
        && matches!(&*p.tree, syn::UseTree::Name(n) if n.ident == "types"))
}

fn is_impl_of(imp: &syn::ItemImpl, name: &str) -> bool {
    matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident(name))
}

/// The name of a builder type (`GetWorkflowTask`).
pub(crate) fn builder_name(imp: &syn::ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `T` of `::workflow_sdk::Response<T>`.
pub(crate) fn response_inner(ok_type: &syn::Type) -> Option<syn::Type> {
    crate::send::first_type_argument(ok_type, "Response")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progenitor_sees_only_success_responses() {
        let doc: openapiv3::OpenAPI = serde_json::from_value(serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"get": {"responses": {
                "200": {"description": "ok"},
                "2XX": {"description": "ok too"},
                "404": {"description": "gone"},
                "4XX": {"description": "client"},
                "5XX": {"description": "server"},
                "default": {"description": "any"}
            }}}}
        }))
        .unwrap();
        let stripped = success_only(&doc);
        let openapiv3::ReferenceOr::Item(item) = &stripped.paths.paths["/x"] else {
            panic!()
        };
        let responses = &item.get.as_ref().unwrap().responses;
        assert!(responses.default.is_none());
        let codes: Vec<String> = responses.responses.keys().map(|c| c.to_string()).collect();
        assert_eq!(codes, ["200", "2XX"]);
    }
}
