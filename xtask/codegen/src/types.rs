//! The items we add to progenitor's `types` module: open enums for the
//! spec's string enums, marker types for JSON-in-string fields, and UTC
//! accessors for timestamp fields.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::LoadedSpec;
use crate::extensions::{JsonFieldMarker, StringEnum, TimestampKind};

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

pub(crate) fn open_enum(e: &StringEnum) -> TokenStream {
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

pub(crate) fn json_field_marker(m: &JsonFieldMarker) -> TokenStream {
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

pub(crate) fn timestamp_accessors(spec: &LoadedSpec) -> Vec<TokenStream> {
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
