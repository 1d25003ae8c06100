#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
// On docs.rs, feature-gated items show the feature they need.
#![cfg_attr(docsrs, feature(doc_cfg))]

// Generated code names this crate `workflow_sdk` (progenitor's `x-rust-type`
// paths); inside the crate that name must resolve too.
extern crate self as workflow_sdk;

mod config;
pub mod credentials;
mod error;
mod json_string;
mod open_enum;
mod response;
mod retry;
#[doc(hidden)]
pub mod runtime;
pub mod service;
pub mod signing;
mod skew;
mod timestamp;
mod tls;
pub mod waiter;

#[cfg(feature = "simulator")]
pub mod simulator;

#[cfg(feature = "cli")]
pub mod cli;

pub use config::{Config, ConfigBuilder};
pub use credentials::{
    Credentials, CredentialsError, CredentialsFuture, ProvideCredentials, Secret,
};
pub use error::{AccessDeniedDetail, Error, ServiceError, TimeoutKind};
pub use json_string::{JsonField, JsonString, JsonStringError, LooseBool, Untyped};
pub use response::{RateLimit, Response, ResponseMeta};
pub use retry::{RetryBudget, RetryConfig};
pub use service::RunState;
/// The `time` crate, whose `OffsetDateTime` the timestamp accessors return.
pub use time;
pub use timestamp::TimestampError;
pub use waiter::{Progress, Run, WaitError, WaitEvent, WaitMany, WaitPolicy};

#[allow(missing_docs, clippy::all, unused_imports)]
mod apis {
    include!(concat!(env!("OUT_DIR"), "/apis.rs"));
}
pub use apis::*;
