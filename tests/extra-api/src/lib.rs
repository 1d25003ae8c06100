//! Clients generated from `specs/`, nothing else: one module per spec file.
// The generated code has items for the SDK's own `cli` feature, which this
// crate does not declare.
#![allow(missing_docs, clippy::all, unexpected_cfgs)]

include!(concat!(env!("OUT_DIR"), "/apis.rs"));
