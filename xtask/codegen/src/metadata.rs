//! The `SERVICE` and `OPERATIONS` statics: the spec's facts as the runtime
//! reads them, and a typed handle per operation.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::LoadedSpec;

pub(crate) fn service_static(
    spec: &LoadedSpec,
    response_types: &std::collections::BTreeMap<String, syn::Type>,
    options: &crate::Options,
) -> Result<TokenStream, String> {
    let s = &spec.service;
    let module = &s.module;
    let title = &s.title;
    let vendor = &s.vendor;
    // The runtime's enums are these very types (facts.rs): the variant
    // names carry over as they are.
    let style = format_ident!("{}", format!("{:?}", s.style));
    let style = quote!(::workflow_sdk::service::ApiStyle::#style);
    let auth = format_ident!("{}", format!("{:?}", s.auth));
    let auth = quote!(::workflow_sdk::service::AuthScheme::#auth);
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
                let mut states = Vec::new();
                for (value, state) in &run.states {
                    let kind = crate::facts::StateKind::from_spec_name(state)
                        .ok_or_else(|| format!("{id}: unknown run state {state}"))?;
                    let variant = format_ident!("{}", format!("{kind:?}"));
                    states.push(quote!((#value, ::workflow_sdk::service::StateKind::#variant)));
                }
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
        // `security: []`: only then the extra call, so other specs'
        // generated code stays as it was.
        let unsigned = op.unsigned.then(|| quote!(.with_unsigned(true)));
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
            )#unsigned
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
