//! The `clap` commands generated from a spec for the `workflow` binary
//! (compiled into the crate with its `cli` feature).

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::LoadedSpec;

/// Option names the `workflow` tool uses itself.
const CLI_GLOBALS: &[&str] = &[
    "region",
    "endpoint",
    "profile",
    "timeout",
    "output",
    "expand-json",
    "wait",
    "max-wait",
    "simulate",
    "log",
    "help",
    "version",
];

/// The operations as `clap` subcommands, and the code that runs one: every
/// parameter a flag (`TaskId` -> `--task-id`), help from the spec. Compiled
/// with the crate's `cli` feature (the `workflow` binary).
pub(crate) fn cli_module(spec: &LoadedSpec) -> TokenStream {
    use crate::extensions::ParamKind;
    let module = &spec.service.module;
    let title = &spec.service.title;
    let mut commands = Vec::new();
    let mut arms = Vec::new();
    for op in &spec.service.operations {
        let sub = op.operation_id.to_snake_case().replace('_', "-");
        let method = format_ident!("{}", op.operation_id.to_snake_case());
        let about = op
            .summary
            .clone()
            .unwrap_or_else(|| op.operation_id.clone());
        let mut args = Vec::new();
        let mut sets = Vec::new();
        for p in op.params.iter().filter(|p| p.location != "header") {
            let id = &p.name;
            let mut long = p.name.to_snake_case().replace('_', "-");
            // The `workflow` tool's own options keep their names.
            if CLI_GLOBALS.contains(&long.as_str()) {
                long.push_str("-param");
            }
            let help = p.description.clone().unwrap_or_default();
            let required = p.required;
            let value_name = p.name.to_snake_case().to_uppercase();
            let setter = format_ident!("{}", p.name.to_snake_case());
            let flag = format!("--{long}");
            args.push(quote! {
                .arg(::clap::Arg::new(#id).long(#long).value_name(#value_name).help(#help).required(#required))
            });
            let value =
                match &p.kind {
                    ParamKind::Text => quote!(v.clone()),
                    ParamKind::Bool => quote!(v.parse::<bool>().map_err(|_| {
                        ::workflow_sdk::cli::Failure::Usage(
                            format!("{} takes true or false, not {v:?}", #flag),
                        )
                    })?),
                    ParamKind::Integer => {
                        quote!(v.parse::<i64>().map_err(
                            |_| ::workflow_sdk::cli::Failure::Usage(
                                format!("{} takes a whole number, not {v:?}", #flag)
                            )
                        )?)
                    }
                    ParamKind::Number => {
                        quote!(v.parse::<f64>().map_err(
                            |_| ::workflow_sdk::cli::Failure::Usage(
                                format!("{} takes a number, not {v:?}", #flag)
                            )
                        )?)
                    }
                    ParamKind::Enum(ty) => {
                        let ty = format_ident!("{ty}");
                        quote!(super::types::#ty::from(v.as_str()))
                    }
                };
            if p.location == "body" {
                sets.push(quote! {
                    if let Some(v) = m.get_one::<String>(#id) {
                        let v = #value;
                        b = b.body_map(move |x| x.#setter(v));
                    }
                });
            } else {
                sets.push(quote! {
                    if let Some(v) = m.get_one::<String>(#id) {
                        b = b.#setter(#value);
                    }
                });
            }
        }
        commands.push(quote! {
            .subcommand(::clap::Command::new(#sub).about(#about) #(#args)*)
        });
        let waited = if op.run.is_some() {
            quote!(Some(policy) => ::workflow_sdk::cli::waited(b.wait_with_progress(policy, progress).await),)
        } else {
            quote!(Some(_) => Err(::workflow_sdk::cli::Failure::Usage(format!("{} does not report a run's state; --wait does not apply", #sub))),)
        };
        arms.push(quote! {
            Some((#sub, m)) => {
                let mut b = client.#method();
                #(#sets)*
                match wait {
                    None => ::workflow_sdk::cli::sent(b.send().await),
                    #waited
                }
            }
        });
    }
    quote! {
        /// Command-line glue generated from the spec, for the `workflow`
        /// binary (feature `cli`).
        #[cfg(feature = "cli")]
        pub mod cli {
            /// The `clap` command of this API: one subcommand per operation.
            pub fn command() -> ::clap::Command {
                ::clap::Command::new(#module)
                    .about(#title)
                    .subcommand_required(true)
                    .arg_required_else_help(true)
                    #(#commands)*
            }

            /// Runs the operation `m` names; with `wait`, until its run is done.
            // An API with no parameters or no runs leaves `b`, `m` or
            // `progress` unused.
            #[allow(unused_mut, unused_variables)]
            pub async fn run(
                client: &super::Client,
                m: &::clap::ArgMatches,
                wait: Option<&::workflow_sdk::WaitPolicy>,
                progress: &mut dyn FnMut(&::workflow_sdk::Progress),
            ) -> ::std::result::Result<::serde_json::Value, ::workflow_sdk::cli::Failure> {
                match m.subcommand() {
                    #(#arms)*
                    _ => Err(::workflow_sdk::cli::Failure::Usage("unknown operation".into())),
                }
            }
        }
    }
}
