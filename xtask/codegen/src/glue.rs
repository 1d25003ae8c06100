//! progenitor's output plus the glue that ties it to the runtime.
//!
//! After progenitor has generated a module we adjust it with `syn`:
//! - the open enums of the spec are added to its `types` module;
//! - progenitor sees only the success responses (the runtime reads every
//!   error response itself, whatever shape the spec gives it);
//! - progenitor's `Client::new(baseurl, client)` is replaced by
//!   `Client::new(&Config)`, and the client holds the runtime's handle;
//! - every builder's `send()` is one call into `runtime::invoke` with a
//!   `&'static` reference to its operation's facts (see `send.rs`), and
//!   returns the SDK's `Response` or `Error`;
//! - progenitor's `progenitor_client` re-exports and hooks are removed, so
//!   an API module has one error type: `workflow_sdk::Error`.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use progenitor::{CrateVers, GenerationSettings, Generator, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};

use crate::LoadedSpec;
use crate::extensions::{ApiStyle, Auth, JsonFieldMarker, StringEnum, TimestampKind};

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

    let mut enums = spec.enums.iter().map(open_enum).collect::<Vec<_>>();
    enums.extend(spec.markers.iter().map(json_field_marker));
    enums.extend(timestamp_accessors(spec));
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

    let service = service_static(spec, &response_types, options)?;
    let cli = crate::cli::cli_module(spec);
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

/// The variant names of an open enum, unique and valid, never `Other`
/// (which holds values the spec does not list).
pub fn variant_names(values: &[String]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for v in values {
        let mut name = v.to_upper_camel_case();
        if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            name = format!("V{name}");
        }
        if name == "Other" || name == "Self" {
            name.push_str("Value");
        }
        let base = name.clone();
        let mut n = 2;
        while names.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        names.push(name);
    }
    names
}

fn open_enum(e: &StringEnum) -> TokenStream {
    let name = format_ident!("{}", e.name);
    let doc = e
        .description
        .clone()
        .unwrap_or_else(|| format!("Values of `{}`.", e.name));
    let variants = variant_names(&e.values)
        .into_iter()
        .zip(&e.values)
        .map(|(v, value)| {
            let ident = format_ident!("{v}");
            let vdoc = format!("`{value}`");
            quote!(#[doc = #vdoc] #ident => #value)
        });
    quote! {
        ::workflow_sdk::open_enum! {
            #[doc = #doc]
            ///
            /// Open: a value the spec does not list is kept in `Other`.
            pub enum #name {
                #(#variants,)*
            }
        }
    }
}

fn json_field_marker(m: &JsonFieldMarker) -> TokenStream {
    let name = format_ident!("{}", m.name);
    let label = &m.label;
    let doc = format!(
        "Marks the JSON-in-string field `{label}`: its name and typed view (see [`workflow_sdk::JsonString`])."
    );
    let view = match &m.view {
        Some(v) => {
            let v = format_ident!("{v}");
            quote!(#v)
        }
        None => quote!(::serde_json::Value),
    };
    quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum #name {}
        impl ::workflow_sdk::JsonField for #name {
            const NAME: &'static str = #label;
            type View = #view;
        }
    }
}

/// The Rust name typify gives a property's field.
fn field_ident(prop: &str) -> syn::Ident {
    let snake = prop.to_snake_case();
    match syn::parse_str::<syn::Ident>(&snake) {
        Ok(id) => id,
        Err(_) => format_ident!("{snake}_"),
    }
}

fn timestamp_accessors(spec: &LoadedSpec) -> Vec<TokenStream> {
    let mut owners: Vec<&str> = spec.timestamps.iter().map(|t| t.owner.as_str()).collect();
    owners.dedup();
    owners.sort();
    owners.dedup();
    owners
        .into_iter()
        .map(|owner| {
            let ty = format_ident!("{owner}");
            let methods = spec.timestamps.iter().filter(|t| t.owner == owner).map(|t| {
                let field = field_ident(&t.prop);
                let method = format_ident!("{}_utc", field.to_string().trim_end_matches('_'));
                let label = &t.label;
                let (parse, what) = match t.kind {
                    TimestampKind::Iso8601 => (
                        quote!(::workflow_sdk::runtime::iso8601),
                        "an ISO 8601 time; whitespace around it is ignored",
                    ),
                    TimestampKind::EpochMillis => (
                        quote!(::workflow_sdk::runtime::epoch_millis),
                        "milliseconds since the Unix epoch",
                    ),
                };
                let doc = format!(
                    "`{}` as a UTC time (the field holds {what}). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.",
                    t.prop
                );
                quote! {
                    #[doc = #doc]
                    pub fn #method(&self) -> ::std::result::Result<::std::option::Option<::workflow_sdk::time::OffsetDateTime>, ::workflow_sdk::TimestampError> {
                        #parse(#label, &self.#field)
                    }
                }
            });
            quote! {
                impl #ty {
                    #(#methods)*
                }
            }
        })
        .collect()
}

fn service_static(
    spec: &LoadedSpec,
    response_types: &std::collections::BTreeMap<String, syn::Type>,
    options: &crate::Options,
) -> Result<TokenStream, String> {
    let s = &spec.service;
    let module = &s.module;
    let title = &s.title;
    let vendor = &s.vendor;
    let style = match s.style {
        ApiStyle::Rpc => quote!(::workflow_sdk::service::ApiStyle::Rpc),
        ApiStyle::Roa => quote!(::workflow_sdk::service::ApiStyle::Roa),
        ApiStyle::Json => quote!(::workflow_sdk::service::ApiStyle::Json),
    };
    let auth = match s.auth {
        Auth::Acs3HmacSha256 => quote!(::workflow_sdk::service::AuthScheme::Acs3HmacSha256),
        Auth::Bearer => quote!(::workflow_sdk::service::AuthScheme::Bearer),
    };
    let opt = |o: &Option<String>| match o {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    };
    let product = opt(&s.product);
    let version = opt(&s.version);
    let url = &s.endpoint.url;
    let regions = s.endpoint.regions.iter().map(|(r, u)| quote!((#r, #u)));
    let spec_dir = spec.file.parent().unwrap_or(std::path::Path::new("."));
    let mut ops = Vec::new();
    for op in &s.operations {
        let id = &op.operation_id;
        let rust_name = id.to_snake_case();
        let method = &op.method;
        let path = &op.path;
        let action = opt(&op.action);
        let run = match &op.run {
            None => quote!(None),
            Some(run) => {
                let id_param = &run.id;
                let pointer = &run.status;
                let states = run.states.iter().map(|(value, state)| {
                    let variant = format_ident!("{}", state.to_upper_camel_case());
                    quote!((#value, ::workflow_sdk::service::StateKind::#variant))
                });
                quote!(Some(::workflow_sdk::service::RunSpec::new(
                    #id_param,
                    #pointer,
                    &[#(#states),*],
                )))
            }
        };
        let example = match &op.example {
            _ if !options.examples => quote!(None),
            None => quote!(None),
            Some(file) => {
                let rel = file.strip_prefix(spec_dir).map_err(|_| {
                    format!("example {} is outside the spec directory", file.display())
                })?;
                let rel = rel
                    .to_str()
                    .ok_or("example path is not UTF-8")?
                    .replace('\\', "/");
                let spec_file = spec
                    .file
                    .file_name()
                    .and_then(|f| f.to_str())
                    .ok_or("spec path is not UTF-8")?;
                quote!(Some(::workflow_sdk::service::Example::new(
                    #rel,
                    include_str!(concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/", #rel)),
                    #spec_file,
                )))
            }
        };
        let run_id = op.run.as_ref().map(|r| r.id.as_str());
        let params = op.params.iter().filter(|p| p.location != "header").map(|p| {
            let (name, required) = (&p.name, p.required);
            let location = match p.location.as_str() {
                "path" => quote!(::workflow_sdk::service::ParamIn::Path),
                "body" => quote!(::workflow_sdk::service::ParamIn::Body),
                _ => quote!(::workflow_sdk::service::ParamIn::Query),
            };
            let run_id = run_id == Some(name.as_str());
            quote!(::workflow_sdk::service::ParamSpec::new(#name, #location, #required, #run_id))
        });
        let decode = match response_types.get(&id.to_upper_camel_case()) {
            _ if !options.examples => quote!(None),
            Some(ty) => quote!(Some(|body: &str| {
                ::serde_json::from_str::<#ty>(body)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            })),
            None => quote!(None),
        };
        ops.push(quote! {
            ::workflow_sdk::service::OperationSpec::new(
                #id,
                #rust_name,
                #method,
                #path,
                #action,
                &[#(#params),*],
                #run,
                #example,
                #decode,
            )
        });
    }
    let count = ops.len();
    let handles = s.operations.iter().enumerate().map(|(i, op)| {
        let name = format_ident!("{}", op.operation_id.to_snake_case().to_uppercase());
        let doc = format!(
            "`{}`: its facts, and its name for simulator scripting.",
            op.operation_id
        );
        quote! {
            #[doc = #doc]
            pub static #name: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[#i];
        }
    });
    Ok(quote! {
        /// A typed handle per operation, e.g. to script the simulator.
        pub mod operations {
            #(#handles)*
        }

        /// Every operation's facts, in spec order; each builder's `send()`
        /// hands its entry to the runtime.
        pub(crate) static OPERATIONS: [::workflow_sdk::service::OperationSpec; #count] = [#(#ops),*];

        /// What the spec says about this API: style, authentication, endpoint
        /// rule and per-operation facts. Also the API's handle, e.g. for
        /// [`workflow_sdk::ConfigBuilder::endpoint_url_for`].
        pub static SERVICE: ::workflow_sdk::service::ServiceSpec = ::workflow_sdk::service::ServiceSpec::new(
            #module,
            #title,
            #vendor,
            #style,
            #auth,
            #product,
            #version,
            ::workflow_sdk::service::EndpointRule::new(#url, &[#(#regions),*]),
            &OPERATIONS,
        );
    })
}
