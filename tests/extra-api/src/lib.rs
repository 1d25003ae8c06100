//! Clients generated from `specs/`, nothing else: one module per spec file.
#![allow(missing_docs, clippy::all)]

include!(concat!(env!("OUT_DIR"), "/apis.rs"));
