//! Each builder's `send()`: one call into the runtime with the operation's
//! facts and its parameters in typed form.
//!
//! progenitor's own `send()` builds a `reqwest::Request` and decodes the
//! response itself. We keep only its first statements (taking the builder
//! apart and converting each value, which is where the builder reports
//! conversion errors), read from the rest which variable goes to which path
//! slot, query name or body, and replace everything after with
//! `runtime::invoke`, which owns the call from there.

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;

use crate::extensions::OperationMeta;

/// Replaces progenitor's `send` in a builder impl by one that calls the
/// runtime. `index` is the operation's position in the module's
/// `OPERATIONS`. Returns the success type of the new `send`
/// (`::workflow_sdk::Response<T>`), or `None` for an impl without `send`.
pub(crate) fn replace_send(
    imp: &mut syn::ItemImpl,
    op: &OperationMeta,
    index: usize,
) -> Result<Option<syn::Type>, String> {
    let Some(pos) = imp
        .items
        .iter()
        .position(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "send"))
    else {
        return Ok(None);
    };
    let syn::ImplItem::Fn(f) = &imp.items[pos] else {
        return Ok(None);
    };
    let id = &op.operation_id;
    let body_type = ok_type_of(&f.sig.output)
        .and_then(|t| first_type_argument(&t, "ResponseValue"))
        .ok_or_else(|| {
            let output = &f.sig.output;
            format!(
                "{id}: send() returns {}, not a JSON body (the SDK decodes JSON responses)",
                quote!(#output)
            )
        })?;
    let doc = f
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .cloned()
        .collect::<Vec<_>>();

    // The statements before `let url = ..` take the builder apart.
    let stmts = &f.block.stmts;
    let url_at = stmts
        .iter()
        .position(|s| matches!(s, syn::Stmt::Local(l) if is_ident_pat(&l.pat, "url")))
        .ok_or_else(|| format!("{id}: progenitor's send() has no `let url`"))?;
    let mut preamble: Vec<syn::Stmt> = stmts[..url_at].to_vec();
    for s in &mut preamble {
        RuntimeErrors.visit_stmt_mut(s);
    }

    // Path values, in template order.
    let syn::Stmt::Local(url) = &stmts[url_at] else {
        unreachable!("found above")
    };
    let path_values = path_arguments(url).map_err(|e| format!("{id}: {e}"))?;
    let slots = path_slots(&op.path);
    if slots.len() != path_values.len() {
        return Err(format!(
            "{id}: the path {} has {} parameters, progenitor's URL {}",
            op.path,
            slots.len(),
            path_values.len()
        ));
    }
    let mut fill = Vec::new();
    for (slot, value) in slots.iter().zip(&path_values) {
        fill.push(quote!(request.path(#slot, #value);));
    }

    // Query pairs and body, from the rest.
    let mut found = Found::default();
    for s in &stmts[url_at + 1..] {
        found.visit_stmt(s);
    }
    if let Some(e) = found.unsupported {
        return Err(format!("{id}: {e}"));
    }
    for (name, value) in &found.query {
        fill.push(quote!(request.query(#name, #value)?;));
    }
    for (name, value) in &found.headers {
        fill.push(quote!(request.header(#name, &#value)?;));
    }
    let declared = op.params.iter().filter(|p| p.location == "header").count();
    if found.headers.len() != declared {
        return Err(format!(
            "{id}: {declared} header parameters in the spec, {} found in progenitor's send()",
            found.headers.len()
        ));
    }
    match &found.body {
        Some((Body::Json, body)) => fill.push(quote!(request.json(#body)?;)),
        Some((Body::Form, body)) => fill.push(quote!(request.form(#body)?;)),
        None => {}
    }

    let ok_type: syn::Type =
        syn::parse2(quote!(::workflow_sdk::Response<#body_type>)).map_err(|e| e.to_string())?;
    let index = syn::Index::from(index);
    let send: syn::ImplItem = syn::parse2(quote! {
        #(#doc)*
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(self) -> ::std::result::Result<#ok_type, ::workflow_sdk::Error> {
            #(#preamble)*
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            #(#fill)*
            ::workflow_sdk::runtime::invoke(&client.handle, &super::OPERATIONS[#index], request).await
        }
    })
    .map_err(|e| format!("{id}: generated send() does not parse: {e}"))?;
    imp.items[pos] = send;
    Ok(Some(ok_type))
}

/// The parameter names of a path template, in order.
fn path_slots(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push(rest[open + 1..open + close].to_string());
        rest = &rest[open + close + 1..];
    }
    out
}

fn is_ident_pat(pat: &syn::Pat, name: &str) -> bool {
    matches!(pat, syn::Pat::Ident(p) if p.ident == name)
}

/// The path values of `let url = format!("{}/a/{}", client.baseurl,
/// encode_path(&x.to_string()), ..)`, as `&x`.
fn path_arguments(url: &syn::Local) -> Result<Vec<TokenStream>, String> {
    let init = url.init.as_ref().ok_or("`let url` has no value")?;
    let syn::Expr::Macro(m) = &*init.expr else {
        return Err("`let url` is not a format!".into());
    };
    let args = m
        .mac
        .parse_body_with(syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        .map_err(|e| format!("`let url` arguments: {e}"))?;
    let mut out = Vec::new();
    for arg in args.iter().skip(2) {
        // encode_path(&x.to_string())
        let syn::Expr::Call(call) = arg else {
            return Err(format!("unexpected URL argument {}", quote!(#arg)));
        };
        let inner = call.args.first().ok_or("encode_path without an argument")?;
        let value = match inner {
            syn::Expr::Reference(r) => match &*r.expr {
                syn::Expr::MethodCall(mc) if mc.method == "to_string" => {
                    let recv = &mc.receiver;
                    quote!(&#recv)
                }
                other => quote!(&#other),
            },
            other => quote!(#other),
        };
        out.push(value);
    }
    Ok(out)
}

/// What the rest of progenitor's `send()` does with the values.
#[derive(Default)]
struct Found {
    query: Vec<(syn::Expr, syn::Expr)>,
    /// Header parameters: the name and the builder variable.
    headers: Vec<(syn::Expr, syn::Expr)>,
    body: Option<(Body, syn::Expr)>,
    unsupported: Option<String>,
}

/// How progenitor sends the request body.
#[derive(Clone, Copy)]
enum Body {
    /// `.json(&body)`.
    Json,
    /// `.form_urlencoded(&body)?`: `application/x-www-form-urlencoded`.
    Form,
}

impl<'ast> Visit<'ast> for Found {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(p) = &*call.func {
            let segs: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if segs.ends_with(&["QueryParam".to_string(), "new".to_string()]) {
                let mut args = call.args.iter();
                if let (Some(name), Some(value)) = (args.next(), args.next()) {
                    self.query.push((name.clone(), value.clone()));
                }
                return;
            }
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_if(&mut self, e: &'ast syn::ExprIf) {
        // `if let Some(value) = x { header_map.append("Name", value...) }`:
        // an optional header parameter, sent when set.
        if let syn::Expr::Let(l) = &*e.cond {
            let mut inner = Found::default();
            for s in &e.then_branch.stmts {
                inner.visit_stmt(s);
            }
            if !inner.headers.is_empty() {
                for (name, _) in inner.headers {
                    self.headers.push((name, (*l.expr).clone()));
                }
                return;
            }
        }
        syn::visit::visit_expr_if(self, e);
    }

    fn visit_expr_method_call(&mut self, mc: &'ast syn::ExprMethodCall) {
        if mc.method == "append"
            && let Some(syn::Expr::Lit(name)) = mc.args.first()
            && let Some(value) = mc.args.iter().nth(1)
        {
            // header_map.append("Name", x.to_string().try_into()?)
            if let Some(var) = to_string_receiver(value) {
                self.headers.push((syn::Expr::Lit(name.clone()), var));
            }
            return;
        }
        match mc.method.to_string().as_str() {
            "json" => self.body = mc.args.first().cloned().map(|b| (Body::Json, b)),
            "form_urlencoded" => self.body = mc.args.first().cloned().map(|b| (Body::Form, b)),
            "body" | "multipart" => {
                self.unsupported = Some(format!(
                    "request bodies sent with `{}` are not supported (JSON and form bodies only)",
                    mc.method
                ))
            }
            _ => {}
        }
        syn::visit::visit_expr_method_call(self, mc);
    }
}

/// `x` of `x.to_string().try_into()?`.
fn to_string_receiver(e: &syn::Expr) -> Option<syn::Expr> {
    let syn::Expr::Try(t) = e else { return None };
    let syn::Expr::MethodCall(into) = &*t.expr else {
        return None;
    };
    let syn::Expr::MethodCall(to_string) = &*into.receiver else {
        return None;
    };
    (to_string.method == "to_string").then(|| (*to_string.receiver).clone())
}

/// Rewrites progenitor's `Error::InvalidRequest` (a builder value that did
/// not convert) into the SDK's error.
struct RuntimeErrors;

impl VisitMut for RuntimeErrors {
    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        if let syn::Expr::Path(p) = e {
            let segs: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if segs == ["Error", "InvalidRequest"] {
                *e = syn::parse_quote!(::workflow_sdk::runtime::invalid_request);
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, e);
    }
}

/// `T` of a `Result<T, E>` return type.
pub(crate) fn ok_type_of(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    first_type_argument(ty, "Result")
}

/// `T` of `Outer<T, ..>` (the last path segment must be named `outer`).
pub(crate) fn first_type_argument(ty: &syn::Type, outer: &str) -> Option<syn::Type> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_slots_in_order() {
        assert_eq!(path_slots("/a/{X}/b/{Y}"), vec!["X", "Y"]);
        assert!(path_slots("/GetThing").is_empty());
    }
}
