//! The `clap` commands generated from a spec for the `workflow` binary
//! (compiled into the crate with its `cli` feature).

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::LoadedSpec;

/// Option names the `workflow` tool uses itself; a parameter with one of
/// these names gets `-param` appended.
pub(crate) const CLI_GLOBALS: &[&str] = &[
    "region",
    "endpoint",
    "profile",
    "timeout",
    "connect-timeout",
    "total-timeout",
    "retries",
    "output",
    "query",
    "expand-json",
    "wait",
    "max-wait",
    "poll-interval",
    "max-poll-interval",
    "heartbeat",
    "ids-from",
    "simulate",
    "simulate-fail",
    "simulate-timeout",
    "log",
    "help",
    "version",
];

/// The flag a spec parameter becomes (`TaskId` -> `task-id`).
pub(crate) fn flag_name(param: &str) -> String {
    let mut long = param.to_snake_case().replace('_', "-");
    if CLI_GLOBALS.contains(&long.as_str()) {
        long.push_str("-param");
    }
    long
}

/// The operations as `clap` subcommands, and the code that runs one: every
/// parameter a flag (`TaskId` -> `--task-id`), help from the spec. Enum and
/// boolean flags list their values; the run-id flag of an operation with
/// `x-run` is required (or `--ids-from`) and may repeat. Compiled with the
/// crate's `cli` feature (the `workflow` binary).
pub(crate) fn cli_module(spec: &LoadedSpec, options: &crate::Options) -> TokenStream {
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
        let run_id = op.run.as_ref().map(|r| r.id.as_str());
        let mut args = Vec::new();
        let mut sets = Vec::new();
        let mut id_set = None;
        for p in op.params.iter().filter(|p| p.location != "header") {
            let id = &p.name;
            let long = flag_name(&p.name);
            let help = p.description.clone().unwrap_or_default();
            let value_name = p.name.to_snake_case().to_uppercase();
            let setter = format_ident!("{}", p.name.to_snake_case());
            let flag = format!("--{long}");
            let is_run_id = run_id == Some(p.name.as_str());
            let (parser, get, value) = match &p.kind {
                ParamKind::Text => (
                    quote!(::clap::builder::NonEmptyStringValueParser::new()),
                    quote!(String),
                    quote!(v.clone()),
                ),
                ParamKind::Secret => (
                    quote!(::clap::builder::NonEmptyStringValueParser::new()),
                    quote!(String),
                    quote!(::workflow_sdk::Secret::new(v.clone())),
                ),
                ParamKind::Bool => (
                    quote!(::clap::builder::TypedValueParser::map(
                        ::clap::builder::PossibleValuesParser::new(["true", "false"]),
                        |s: String| s == "true"
                    )),
                    quote!(bool),
                    quote!(*v),
                ),
                ParamKind::Integer => (quote!(::clap::value_parser!(i64)), quote!(i64), quote!(*v)),
                ParamKind::Number => (quote!(::clap::value_parser!(f64)), quote!(f64), quote!(*v)),
                ParamKind::Enum(ty) => {
                    let ty = format_ident!("{ty}");
                    (
                        quote!(::workflow_sdk::cli::OpenValues::new(super::types::#ty::KNOWN)),
                        quote!(String),
                        quote!(super::types::#ty::from(v.as_str())),
                    )
                }
            };
            let set = |value: TokenStream| {
                if p.location == "body" {
                    quote!(b = b.body_map(move |x| x.#setter(#value));)
                } else {
                    quote!(b = b.#setter(#value);)
                }
            };
            if is_run_id {
                // Required for every operation that reports a run, even
                // where the vendor marks it optional; repeat it (or use
                // --ids-from) to wait on several runs. Ids arrive as text
                // (from the flag or a file) and are converted here.
                let help = format!("{help} Repeat to wait on several runs.");
                args.push(quote! {
                    .arg(::clap::Arg::new(#id).long(#long).value_name(#value_name).help(#help)
                        .value_parser(::clap::builder::NonEmptyStringValueParser::new())
                        .action(::clap::ArgAction::Append)
                        .required_unless_present("ids-from"))
                });
                let bad = |what: &str| {
                    let msg = format!("{flag} takes {what}, not {{id:?}}");
                    quote!(|_| ::workflow_sdk::cli::Failure::Usage(format!(#msg)))
                };
                let convert = match &p.kind {
                    ParamKind::Text => quote!(id),
                    ParamKind::Secret => quote!(::workflow_sdk::Secret::new(id)),
                    ParamKind::Bool => {
                        let bad = bad("true or false");
                        quote!(id.parse::<bool>().map_err(#bad)?)
                    }
                    ParamKind::Integer => {
                        let bad = bad("a whole number");
                        quote!(id.parse::<i64>().map_err(#bad)?)
                    }
                    ParamKind::Number => {
                        let bad = bad("a number");
                        quote!(id.parse::<f64>().map_err(#bad)?)
                    }
                    ParamKind::Enum(ty) => {
                        let ty = format_ident!("{ty}");
                        quote!(super::types::#ty::from(id.as_str()))
                    }
                };
                let apply = set(quote!(id));
                id_set = Some((flag.clone(), quote!(let id = #convert; #apply)));
                continue;
            }
            let required = p.required;
            args.push(quote! {
                .arg(::clap::Arg::new(#id).long(#long).value_name(#value_name).help(#help)
                    .value_parser(#parser)
                    .required(#required))
            });
            let apply = set(quote!(v));
            sets.push(quote! {
                if let Some(v) = m.get_one::<#get>(#id) {
                    let v = #value;
                    #apply
                }
            });
        }
        commands.push(quote! {
            .subcommand(::clap::Command::new(#sub).about(#about) #(#args)*)
        });
        let body = match (run_id, id_set) {
            (Some(arg), Some((flag, apply))) => quote! {
                let ids = ctx.run_ids(m, #arg, #flag)?;
                if ctx.waiting() {
                    let mut runs = ::std::vec::Vec::new();
                    for id in ids {
                        let mut b = b.clone();
                        let key = id.clone();
                        #apply
                        runs.push((key, b.into_run()));
                    }
                    ctx.wait(runs).await
                } else {
                    let mut results = ::std::vec::Vec::new();
                    for id in ids {
                        let mut b = b.clone();
                        let key = id.clone();
                        #apply
                        results.push((key, b.send().await));
                    }
                    ctx.each(results)
                }
            },
            _ => quote! {
                if ctx.waiting() {
                    return Err(::workflow_sdk::cli::Failure::Usage(format!(
                        "{} does not report a run's state; --wait does not apply",
                        #sub
                    )));
                }
                ctx.one(b.send().await)
            },
        };
        // The documented example gives the service's key order.
        let spec_dir = spec.file.parent().unwrap_or(std::path::Path::new("."));
        // Without embedded examples (a library build) the CLI keeps the
        // typed order; the `cli` feature always builds with them.
        let example = op
            .example
            .as_ref()
            .filter(|_| options.examples)
            .and_then(|f| f.strip_prefix(spec_dir).ok())
            .and_then(|rel| rel.to_str())
            .map(|rel| rel.replace('\\', "/"));
        let example = match example {
            Some(rel) => quote!(Some(include_str!(
                concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/", #rel)
            ))),
            None => quote!(None),
        };
        // An operation without flags or a run id reads nothing from its
        // matches (and must not shadow-miss them: `_` binds nothing).
        let m = if sets.is_empty() && op.run.is_none() {
            format_ident!("_")
        } else {
            format_ident!("m")
        };
        arms.push(quote! {
            Some((#sub, #m)) => {
                let out: ::std::result::Result<::workflow_sdk::cli::Output, ::workflow_sdk::cli::Failure> = async {
                    #[allow(unused_mut)]
                    let mut b = client.#method();
                    #(#sets)*
                    #body
                }.await;
                out.map(|o| o.ordered_like(#example))
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

            /// Runs the operation `m` names; with `--wait`, until its runs
            /// are done.
            pub async fn run(
                client: &super::Client,
                m: &::clap::ArgMatches,
                ctx: &::workflow_sdk::cli::Context,
            ) -> ::std::result::Result<::workflow_sdk::cli::Output, ::workflow_sdk::cli::Failure> {
                match m.subcommand() {
                    #(#arms)*
                    _ => Err(::workflow_sdk::cli::Failure::Usage("unknown operation".into())),
                }
            }
        }
    }
}

/// The part of the module index for the `workflow` binary: every API's
/// command, and the dispatch to the API a command line names.
pub(crate) fn cli_index(modules: &[String]) -> String {
    let mut s = String::from(
        "/// Every API's `clap` command (feature `cli`).\n#[cfg(feature = \"cli\")]\npub fn cli_commands() -> Vec<::clap::Command> {\n    vec![",
    );
    for m in modules {
        s.push_str(&format!("{m}::cli::command(), "));
    }
    s.push_str("]\n}\n");
    s.push_str("/// Runs a command-line operation of the API named `product` (feature `cli`).\n#[cfg(feature = \"cli\")]\npub async fn cli_run(product: &str, m: &::clap::ArgMatches, ctx: &::workflow_sdk::cli::Context) -> ::std::result::Result<::workflow_sdk::cli::Output, ::workflow_sdk::cli::Failure> {\n    match product {\n");
    for m in modules {
        s.push_str(&format!(
            "        {m:?} => {m}::cli::run(&{m}::Client::new(&ctx.config), m, ctx).await,\n"
        ));
    }
    s.push_str("        other => Err(::workflow_sdk::cli::Failure::Usage(format!(\"no API named {other}\"))),\n    }\n}\n");
    s
}
