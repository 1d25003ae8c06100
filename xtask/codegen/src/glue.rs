//! progenitor's output plus the glue that ties it to the runtime.
//!
//! After progenitor has generated a module we adjust it with `syn`:
//! - the open enums of the spec are added to its `types` module;
//! - progenitor's `Client::new(baseurl, inner)` (which panics when the HTTP
//!   client cannot be built) is replaced by `Client::new(&Config)`;
//! - every builder's `send()` returns the SDK's `Error` instead of
//!   progenitor's, so users see one error type;
//! - `ClientHooks::exec` is implemented by the runtime, and a `SERVICE`
//!   static carries the spec's facts to it.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use progenitor::{
    CrateVers, GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
};
use quote::{format_ident, quote};

use crate::LoadedSpec;
use crate::extensions::{ApiStyle, Auth, JsonFieldMarker, StringEnum, TimestampKind};

pub(crate) fn generate(spec: &LoadedSpec) -> Result<TokenStream, String> {
    let module = &spec.service.module;
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote!(::workflow_sdk::runtime::Handle))
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
        .generate_tokens(&spec.openapi)
        .map_err(|e| format!("progenitor: {e}"))?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("progenitor output does not parse: {e}"))?;

    let mut enums = spec.enums.iter().map(open_enum).collect::<Vec<_>>();
    enums.extend(spec.markers.iter().map(json_field_marker));
    enums.extend(timestamp_accessors(spec));
    let mut found_types = false;
    let mut response_types: std::collections::BTreeMap<String, syn::Type> = Default::default();
    let mut found_new = false;
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
                    for item in items.iter_mut() {
                        if let syn::Item::Impl(imp) = item
                            && let Some(ok_type) = wrap_send(imp)?
                        {
                            crate::waiters::add_waiters(spec, imp, &ok_type)?;
                            if let (Some(name), Some(inner)) =
                                (builder_name(imp), response_inner(&ok_type))
                            {
                                response_types.insert(name, inner);
                            }
                        }
                    }
                }
            }
            syn::Item::Use(u) => drop_encode_path(u),
            syn::Item::Impl(imp) if is_impl_of(imp, "Client") && imp.trait_.is_none() => {
                let before = imp.items.len();
                imp.items
                    .retain(|i| !matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
                found_new |= imp.items.len() != before;
            }
            _ => {}
        }
    }
    if !found_types && !enums.is_empty() {
        return Err("progenitor output has no `types` module".into());
    }
    if !found_new {
        return Err("progenitor output has no `Client::new` to replace".into());
    }

    let service = service_static(spec, &response_types)?;
    let cli = crate::cli::cli_module(spec);
    let title = &spec.service.title;
    let glue = quote! {
        // Path parameters are encoded by the runtime: progenitor's encoder
        // leaves `\\` and other characters that URL parsing turns into a
        // path separator or that the signature encodes differently.
        #[allow(unused_imports)]
        use ::workflow_sdk::runtime::encode_path;

        impl Client {
            #[doc = concat!("Creates a client for ", #title, " from shared configuration.")]
            ///
            /// The endpoint comes from the configuration's endpoint override,
            /// or from the spec's endpoint rule and the configured region;
            /// requests are signed or authorized as the spec says.
            pub fn new(config: &::workflow_sdk::Config) -> Self {
                let handle = ::workflow_sdk::runtime::Handle::new(config, &SERVICE);
                let base_url = handle.base_url().to_string();
                Self::new_with_client(&base_url, config.http_client().clone(), handle)
            }
        }

        impl ClientHooks<::workflow_sdk::runtime::Handle> for Client {
            async fn exec(
                &self,
                request: reqwest::Request,
                info: &OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                ::workflow_sdk::runtime::exec(self.inner(), self.client(), request, info).await
            }
        }

        #service

        #cli
    };
    let glue: syn::File = syn::parse2(glue).map_err(|e| e.to_string())?;
    file.items.extend(glue.items);
    Ok(quote!(#file))
}

/// Removes `encode_path` from progenitor's `use progenitor_client::{..}`.
fn drop_encode_path(u: &mut syn::ItemUse) {
    if let syn::UseTree::Path(p) = &mut u.tree
        && p.ident == "progenitor_client"
        && let syn::UseTree::Group(g) = &mut *p.tree
    {
        g.items = std::mem::take(&mut g.items)
            .into_iter()
            .filter(|t| !matches!(t, syn::UseTree::Name(n) if n.ident == "encode_path"))
            .collect();
    }
}

fn is_impl_of(imp: &syn::ItemImpl, name: &str) -> bool {
    matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.is_ident(name))
}

/// Renames a builder's `send` to `send_raw` (kept private) and adds a `send`
/// with the SDK's error type. Returns the success type of `send`.
fn wrap_send(imp: &mut syn::ItemImpl) -> Result<Option<syn::Type>, String> {
    let Some(pos) = imp
        .items
        .iter()
        .position(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "send"))
    else {
        return Ok(None);
    };
    let syn::ImplItem::Fn(f) = &mut imp.items[pos] else {
        unreachable!()
    };
    let ok_type = ok_type_of(&f.sig.output)
        .ok_or_else(|| format!("builder send() has an unexpected signature: {}", quote!(#f)))?;
    let doc = f
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .cloned()
        .collect::<Vec<_>>();
    f.sig.ident = format_ident!("send_raw");
    f.vis = syn::Visibility::Inherited;
    f.attrs.retain(|a| !a.path().is_ident("doc"));
    let wrapper: syn::ImplItem = syn::parse2(quote! {
        #(#doc)*
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(self) -> ::std::result::Result<#ok_type, ::workflow_sdk::Error> {
            self.send_raw().await.map_err(::workflow_sdk::Error::from)
        }
    })
    .map_err(|e| e.to_string())?;
    imp.items.push(wrapper);
    Ok(Some(ok_type))
}

/// The name of a builder type (`GetWorkflowTask`).
pub(crate) fn builder_name(imp: &syn::ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `T` of `ResponseValue<T>`.
pub(crate) fn response_inner(ok_type: &syn::Type) -> Option<syn::Type> {
    first_type_argument(ok_type, "ResponseValue")
}

/// `T` of a `Result<T, E>` return type.
fn ok_type_of(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    first_type_argument(ty, "Result")
}

/// `T` of `Outer<T, ..>` (the last path segment must be named `outer`).
fn first_type_argument(ty: &syn::Type, outer: &str) -> Option<syn::Type> {
    let syn::Type::Path(p) = ty else {
        return None;
    };
    let last = p.path.segments.last()?;
    if last.ident != outer {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    }
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
                        quote!(::workflow_sdk::timestamp::iso8601),
                        "an ISO 8601 time; whitespace around it is ignored",
                    ),
                    TimestampKind::EpochMillis => (
                        quote!(::workflow_sdk::timestamp::epoch_millis),
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
                quote!(Some(::workflow_sdk::service::RunSpec {
                    id_param: #id_param,
                    status_pointer: #pointer,
                    states: &[#(#states),*],
                }))
            }
        };
        let example = match &op.example {
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
                quote!(Some(::workflow_sdk::service::Example {
                    file: #rel,
                    body: include_str!(concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/", #rel)),
                    spec: #spec_file,
                }))
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
            quote!(::workflow_sdk::service::ParamSpec { name: #name, location: #location, required: #required, run_id: #run_id })
        });
        let decode = match response_types.get(&id.to_upper_camel_case()) {
            Some(ty) => quote!(Some(|body: &str| {
                ::serde_json::from_str::<#ty>(body)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            })),
            None => quote!(None),
        };
        ops.push(quote! {
            ::workflow_sdk::service::OperationSpec {
                decode: #decode,
                operation_id: #id,
                rust_name: #rust_name,
                method: #method,
                path: #path,
                action: #action,
                params: &[#(#params),*],
                run: #run,
                example: #example,
            }
        });
    }
    Ok(quote! {
        /// What the spec says about this API: style, authentication, endpoint
        /// rule and per-operation facts. The runtime reads it on every call.
        pub static SERVICE: ::workflow_sdk::service::ServiceSpec = ::workflow_sdk::service::ServiceSpec {
            module: #module,
            title: #title,
            vendor: #vendor,
            style: #style,
            auth: #auth,
            product: #product,
            version: #version,
            endpoint: ::workflow_sdk::service::EndpointRule {
                url: #url,
                regions: &[#(#regions),*],
            },
            operations: &[#(#ops),*],
        };
    })
}
