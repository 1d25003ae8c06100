//! The waiters generated for operations that report a run (`x-run`):
//! `wait_until_done` and friends on the operation's builder.
//!
//! Each waiter carries its run facts as a static (no lookup by name at run
//! time) and reads the status through an accessor generated from the
//! spec's JSON pointer (no re-serializing of the response on each poll).

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::LoadedSpec;
use crate::glue::builder_name;

/// Adds `wait_until_done`, `wait_with_progress`, `wait_stream` and
/// `into_run` to the builder of an operation with `x-run`. `ok_type` is
/// what the builder's `send()` gives on success (a type that derefs to the
/// response body).
pub(crate) fn add_waiters(
    spec: &LoadedSpec,
    imp: &mut syn::ItemImpl,
    ok_type: &syn::Type,
) -> Result<(), String> {
    let Some(builder) = builder_name(imp) else {
        return Ok(());
    };
    let Some(op) = spec
        .service
        .operations
        .iter()
        .find(|o| o.operation_id.to_upper_camel_case() == builder)
    else {
        return Ok(());
    };
    let Some(run) = &op.run else {
        return Ok(());
    };
    let run_static = run_spec(run);
    let status = status_accessor(ok_type, &run.status);
    let doc = format!(
        "Polls `{}` until the run reaches a terminal state (`{}` holds the status), then returns the final response; a failure state, the maximum wait (a hard deadline) or a permanent error ends the wait with [`workflow_sdk::WaitError`]. Dropping the future stops polling.",
        op.operation_id, run.status
    );
    let items: syn::File = syn::parse2(quote! {
        impl<'a> X<'a> {
            #[doc = #doc]
            pub async fn wait_until_done(
                self,
                policy: &::workflow_sdk::WaitPolicy,
            ) -> ::std::result::Result<#ok_type, ::workflow_sdk::WaitError<#ok_type>> {
                self.into_run().wait(policy).await
            }

            /// Like `wait_until_done`, calling `on_progress` with each change
            /// of the run's status (the first poll included).
            pub async fn wait_with_progress(
                self,
                policy: &::workflow_sdk::WaitPolicy,
                on_progress: impl FnMut(&::workflow_sdk::Progress),
            ) -> ::std::result::Result<#ok_type, ::workflow_sdk::WaitError<#ok_type>> {
                self.into_run().wait_with_progress(policy, on_progress).await
            }

            /// The wait as a stream of [`workflow_sdk::WaitEvent`]s: each
            /// poll's state, each change, each transient error, then the
            /// outcome. Nothing is polled until the stream is.
            pub fn wait_stream(
                self,
                policy: &::workflow_sdk::WaitPolicy,
            ) -> impl ::workflow_sdk::waiter::Stream<Item = ::workflow_sdk::WaitEvent<#ok_type>> + Send + Unpin + 'a {
                self.into_run().events(policy)
            }

            /// This run, to wait on with others ([`workflow_sdk::WaitMany`]).
            pub fn into_run(self) -> ::workflow_sdk::Run<'a, #ok_type> {
                #run_static
                #status
                ::workflow_sdk::Run::new(&RUN, status, move || self.clone().send())
            }
        }
    })
    .map_err(|e| e.to_string())?;
    for item in items.items {
        if let syn::Item::Impl(extra) = item {
            imp.items.extend(extra.items);
        }
    }
    Ok(())
}

/// `static RUN: RunSpec = ...` for this operation.
fn run_spec(run: &crate::RunMeta) -> TokenStream {
    let id_param = &run.id;
    let pointer = &run.status;
    let states = run.states.iter().map(|(value, state)| {
        let variant = format_ident!("{}", state.to_upper_camel_case());
        quote!((#value, ::workflow_sdk::service::StateKind::#variant))
    });
    quote! {
        static RUN: ::workflow_sdk::service::RunSpec = ::workflow_sdk::service::RunSpec::new(
            #id_param,
            #pointer,
            &[#(#states),*],
        );
    }
}

/// `fn status(r: &Response) -> Option<&str>`: follows the JSON pointer
/// through the generated fields, optional or not.
fn status_accessor(ok_type: &syn::Type, pointer: &str) -> TokenStream {
    let hops = pointer_tokens(pointer).into_iter().map(|token| {
        let field = field_ident(&token);
        quote!(let v = (&::workflow_sdk::waiter::hop::Hop(&v.#field)).hop()?;)
    });
    quote! {
        fn status(r: &#ok_type) -> ::std::option::Option<&str> {
            #[allow(unused_imports)]
            use ::workflow_sdk::waiter::hop::{HopOption as _, HopPlain as _};
            let v = &**r;
            #(#hops)*
            ::std::option::Option::Some(v.as_str())
        }
    }
}

/// The reference tokens of a JSON pointer, unescaped.
fn pointer_tokens(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// The Rust name typify gives a property's field (as the glue's timestamp
/// accessors name it).
fn field_ident(prop: &str) -> syn::Ident {
    let snake = prop.to_snake_case();
    match syn::parse_str::<syn::Ident>(&snake) {
        Ok(id) => id,
        Err(_) => format_ident!("{snake}_"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_tokens_are_unescaped() {
        assert_eq!(
            pointer_tokens("/WorkflowTask/Status"),
            ["WorkflowTask", "Status"]
        );
        assert_eq!(pointer_tokens("/a~1b/c~0d"), ["a/b", "c~d"]);
    }

    #[test]
    fn the_accessor_hops_each_field() {
        let ty: syn::Type = syn::parse_str("ResponseValue<types::X>").unwrap();
        let code = status_accessor(&ty, "/WorkflowTask/Status").to_string();
        assert!(code.contains("v . workflow_task"), "{code}");
        assert!(code.contains("v . status"), "{code}");
    }
}
