//! The waiters generated for operations that report a run (`x-run`):
//! `wait_until_done` and friends on the operation's builder.

use heck::{ToSnakeCase, ToUpperCamelCase};
use quote::quote;

use crate::LoadedSpec;
use crate::glue::{builder_name, response_inner};

/// Adds `wait_until_done` and `wait_with_progress` to the builder of an
/// operation with `x-run`.
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
    let inner = response_inner(ok_type).ok_or("unexpected send() success type")?;
    let rust_name = op.operation_id.to_snake_case();
    let doc = format!(
        "Polls `{}` until the run reaches a terminal state (`{}` holds the status), then returns the final response; a failure state, the maximum wait or a permanent error ends the wait with [`workflow_sdk::WaitError`]. Dropping the future stops polling.",
        op.operation_id, run.status
    );
    let items: syn::File = syn::parse2(quote! {
        impl<'a> X<'a> {
            #[doc = #doc]
            pub async fn wait_until_done(
                self,
                policy: &::workflow_sdk::WaitPolicy,
            ) -> ::std::result::Result<::workflow_sdk::Response<#inner>, ::workflow_sdk::WaitError<#inner>> {
                self.wait_with_progress(policy, |_| {}).await
            }

            /// Like `wait_until_done`, calling `on_progress` with each change
            /// of the run's status (the first poll included).
            pub async fn wait_with_progress(
                self,
                policy: &::workflow_sdk::WaitPolicy,
                on_progress: impl FnMut(&::workflow_sdk::Progress),
            ) -> ::std::result::Result<::workflow_sdk::Response<#inner>, ::workflow_sdk::WaitError<#inner>> {
                let run = ::workflow_sdk::waiter::run_spec(&super::SERVICE, #rust_name).map_err(::workflow_sdk::WaitError::Call)?;
                ::workflow_sdk::waiter::wait(run, policy, || self.clone().send(), on_progress).await
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
