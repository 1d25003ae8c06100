/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Which run to look up.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct QueryWorkflowResultRequest {
        ///Identifier of the workflow run.
        #[serde(rename = "workflowRunId")]
        pub workflow_run_id: ::std::string::String,
    }
    impl QueryWorkflowResultRequest {
        pub fn builder() -> builder::QueryWorkflowResultRequest {
            Default::default()
        }
    }
    ///A workflow run and what it produced.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WorkflowResult {
        ///When the run ended, in milliseconds since the Unix epoch.
        #[serde(
            rename = "endTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_time: ::std::option::Option<i64>,
        ///What the run's Start node received (the run's input). Documented as an object; kept as whatever JSON value arrives.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub input: ::std::option::Option<::serde_json::Value>,
        ///What the run's End node produced (the run's result). Documented as an object; kept as whatever JSON value arrives.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output: ::std::option::Option<::serde_json::Value>,
        ///When the run started, in milliseconds since the Unix epoch.
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::altatech::types::WorkflowRunStatus>,
        ///Credits the run consumed.
        #[serde(
            rename = "totalCost",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_cost: ::std::option::Option<f64>,
        ///Tokens the run consumed.
        #[serde(
            rename = "totalTokens",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_tokens: ::std::option::Option<i64>,
        ///How long the run took, in milliseconds.
        #[serde(
            rename = "workflowExecutionTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_execution_time: ::std::option::Option<i64>,
        ///Identifier of the workflow.
        #[serde(
            rename = "workflowId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_id: ::std::option::Option<::std::string::String>,
        ///Name of the workflow.
        #[serde(
            rename = "workflowName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_name: ::std::option::Option<::std::string::String>,
        ///Identifier of this run.
        #[serde(
            rename = "workflowRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_run_id: ::std::option::Option<::std::string::String>,
        ///Version of the workflow that ran.
        #[serde(
            rename = "workflowVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WorkflowResult {
        pub fn builder() -> builder::WorkflowResult {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct QueryWorkflowResultRequest {
            workflow_run_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QueryWorkflowResultRequest {
            fn default() -> Self {
                Self {
                    workflow_run_id: Err(
                        "no value supplied for workflow_run_id".to_string(),
                    ),
                }
            }
        }
        impl QueryWorkflowResultRequest {
            pub fn workflow_run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for workflow_run_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QueryWorkflowResultRequest>
        for super::QueryWorkflowResultRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueryWorkflowResultRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    workflow_run_id: value.workflow_run_id?,
                })
            }
        }
        impl ::std::convert::From<super::QueryWorkflowResultRequest>
        for QueryWorkflowResultRequest {
            fn from(value: super::QueryWorkflowResultRequest) -> Self {
                Self {
                    workflow_run_id: Ok(value.workflow_run_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkflowResult {
            end_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            input: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            output: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::altatech::types::WorkflowRunStatus>,
                ::std::string::String,
            >,
            total_cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total_tokens: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            workflow_execution_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            workflow_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workflow_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workflow_run_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workflow_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkflowResult {
            fn default() -> Self {
                Self {
                    end_time: Ok(Default::default()),
                    input: Ok(Default::default()),
                    output: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                    total_cost: Ok(Default::default()),
                    total_tokens: Ok(Default::default()),
                    workflow_execution_time: Ok(Default::default()),
                    workflow_id: Ok(Default::default()),
                    workflow_name: Ok(Default::default()),
                    workflow_run_id: Ok(Default::default()),
                    workflow_version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WorkflowResult {
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for end_time: {e}")
                    });
                self
            }
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input: {e}")
                    });
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::altatech::types::WorkflowRunStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn total_cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_cost = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_cost: {e}")
                    });
                self
            }
            pub fn total_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_tokens: {e}")
                    });
                self
            }
            pub fn workflow_execution_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_execution_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for workflow_execution_time: {e}"
                        )
                    });
                self
            }
            pub fn workflow_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workflow_id: {e}")
                    });
                self
            }
            pub fn workflow_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workflow_name: {e}")
                    });
                self
            }
            pub fn workflow_run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for workflow_run_id: {e}"
                        )
                    });
                self
            }
            pub fn workflow_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for workflow_version: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkflowResult> for super::WorkflowResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkflowResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end_time: value.end_time?,
                    input: value.input?,
                    output: value.output?,
                    start_time: value.start_time?,
                    status: value.status?,
                    total_cost: value.total_cost?,
                    total_tokens: value.total_tokens?,
                    workflow_execution_time: value.workflow_execution_time?,
                    workflow_id: value.workflow_id?,
                    workflow_name: value.workflow_name?,
                    workflow_run_id: value.workflow_run_id?,
                    workflow_version: value.workflow_version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WorkflowResult> for WorkflowResult {
            fn from(value: super::WorkflowResult) -> Self {
                Self {
                    end_time: Ok(value.end_time),
                    input: Ok(value.input),
                    output: Ok(value.output),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                    total_cost: Ok(value.total_cost),
                    total_tokens: Ok(value.total_tokens),
                    workflow_execution_time: Ok(value.workflow_execution_time),
                    workflow_id: Ok(value.workflow_id),
                    workflow_name: Ok(value.workflow_name),
                    workflow_run_id: Ok(value.workflow_run_id),
                    workflow_version: Ok(value.workflow_version),
                    extra: Ok(value.extra),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    ::workflow_sdk::open_enum! {
        #[doc = "Where the run is in its life cycle."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        WorkflowRunStatus { #[doc = "`PENDING`"] Pending => "PENDING", #[doc =
        "`RUNNING`"] Running => "RUNNING", #[doc = "`SUCCEED`"] Succeed => "SUCCEED",
        #[doc = "`FAILED`"] Failed => "FAILED", }
    }
    impl WorkflowResult {
        ///`startTime` as a UTC time (the field holds milliseconds since the Unix epoch). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn start_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::epoch_millis(
                "WorkflowResult.startTime",
                &self.start_time,
            )
        }
        ///`endTime` as a UTC time (the field holds milliseconds since the Unix epoch). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn end_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::epoch_millis(
                "WorkflowResult.endTime",
                &self.end_time,
            )
        }
    }
}
#[derive(Clone, Debug)]
/**Client for AltaBots workflow API

Results of AltaBots (altatech.ai) workflow runs. Every call carries `Authorization: Bearer <API key>` and a JSON body.

Version: v1*/
pub struct Client {
    pub(crate) handle: ::workflow_sdk::runtime::Handle,
}
impl Client {
    #[doc = concat!(
        "Creates a client for ", "AltaBots workflow API", " from shared configuration."
    )]
    ///
    /// The endpoint comes from the configuration's endpoint override,
    /// or from the spec's endpoint rule and the configured region;
    /// requests are signed or authorized as the spec says.
    pub fn new(config: &::workflow_sdk::Config) -> Self {
        Self {
            handle: ::workflow_sdk::runtime::Handle::new(config, &SERVICE),
        }
    }
    /// The base URL this client sends requests to (empty when the
    /// configuration cannot resolve it; calls then fail saying why).
    pub fn base_url(&self) -> &str {
        self.handle.base_url()
    }
}
impl Client {
    /**Get the result of one workflow run by its run id

Sends a `POST` request to `/v1/workflow/query/result`

```ignore
let response = client.query_workflow_result()
    .body(body)
    .send()
    .await;
```*/
    pub fn query_workflow_result(&self) -> builder::QueryWorkflowResult<'_> {
        builder::QueryWorkflowResult::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    /**Builder for [`Client::query_workflow_result`]

[`Client::query_workflow_result`]: super::Client::query_workflow_result*/
    #[derive(Debug, Clone)]
    pub struct QueryWorkflowResult<'a> {
        client: &'a super::Client,
        body: Result<types::builder::QueryWorkflowResultRequest, String>,
    }
    impl<'a> QueryWorkflowResult<'a> {
        ///Starts a `QueryWorkflowResult` request; prefer the client's method.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The request body.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QueryWorkflowResultRequest>,
            <V as std::convert::TryInto<
                types::QueryWorkflowResultRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `QueryWorkflowResultRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Sets fields of the request body with its builder.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QueryWorkflowResultRequest,
            ) -> types::builder::QueryWorkflowResultRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/workflow/query/result`
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::WorkflowResult>,
            ::workflow_sdk::Error,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::QueryWorkflowResultRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(::workflow_sdk::runtime::invalid_request)?;
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            request.json(&body)?;
            ::workflow_sdk::runtime::invoke(
                    &client.handle,
                    &super::OPERATIONS[0],
                    request,
                )
                .await
        }
        ///Polls `QueryWorkflowResult` until the run reaches a terminal state (`/status` holds the status), then returns the final response; a failure state, the maximum wait (a hard deadline) or a permanent error ends the wait with [`workflow_sdk::WaitError`]. Dropping the future stops polling.
        pub async fn wait_until_done(
            self,
            policy: &::workflow_sdk::WaitPolicy,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::WorkflowResult>,
            ::workflow_sdk::WaitError<::workflow_sdk::Response<types::WorkflowResult>>,
        > {
            self.into_run().wait(policy).await
        }
        /// Like `wait_until_done`, calling `on_progress` with each change
        /// of the run's status (the first poll included).
        pub async fn wait_with_progress(
            self,
            policy: &::workflow_sdk::WaitPolicy,
            on_progress: impl FnMut(&::workflow_sdk::Progress),
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::WorkflowResult>,
            ::workflow_sdk::WaitError<::workflow_sdk::Response<types::WorkflowResult>>,
        > {
            self.into_run().wait_with_progress(policy, on_progress).await
        }
        /// The wait as a stream of [`workflow_sdk::WaitEvent`]s: each
        /// poll's state, each change, each transient error, then the
        /// outcome. Nothing is polled until the stream is.
        pub fn wait_stream(
            self,
            policy: &::workflow_sdk::WaitPolicy,
        ) -> impl ::workflow_sdk::waiter::Stream<
            Item = ::workflow_sdk::WaitEvent<
                ::workflow_sdk::Response<types::WorkflowResult>,
            >,
        > + Send + Unpin + 'a {
            self.into_run().events(policy)
        }
        /// This run, to wait on with others ([`workflow_sdk::WaitMany`]).
        pub fn into_run(
            self,
        ) -> ::workflow_sdk::Run<'a, ::workflow_sdk::Response<types::WorkflowResult>> {
            static RUN: ::workflow_sdk::service::RunSpec = ::workflow_sdk::service::RunSpec::new(
                "workflowRunId",
                "/status",
                &[
                    ("PENDING", ::workflow_sdk::service::StateKind::Pending),
                    ("RUNNING", ::workflow_sdk::service::StateKind::Running),
                    ("SUCCEED", ::workflow_sdk::service::StateKind::Succeeded),
                    ("FAILED", ::workflow_sdk::service::StateKind::Failed),
                ],
            );
            fn status(
                r: &::workflow_sdk::Response<types::WorkflowResult>,
            ) -> ::std::option::Option<&str> {
                #[allow(unused_imports)]
                use ::workflow_sdk::waiter::hop::{HopOption as _, HopPlain as _};
                let v = &**r;
                let v = (&::workflow_sdk::waiter::hop::Hop(&v.status)).hop()?;
                ::std::option::Option::Some(v.as_str())
            }
            ::workflow_sdk::Run::new(&RUN, status, move || self.clone().send())
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// A typed handle per operation, e.g. to script the simulator.
pub mod operations {
    ///`QueryWorkflowResult`: its facts, and its name for simulator scripting.
    pub static QUERY_WORKFLOW_RESULT: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[0usize];
}
/// Every operation's facts, in spec order; each builder's `send()`
/// hands its entry to the runtime.
pub(crate) static OPERATIONS: [::workflow_sdk::service::OperationSpec; 1usize] = [
    ::workflow_sdk::service::OperationSpec::new(
        "QueryWorkflowResult",
        "query_workflow_result",
        "POST",
        "/v1/workflow/query/result",
        None,
        &[
            ::workflow_sdk::service::ParamSpec::new(
                "workflowRunId",
                ::workflow_sdk::service::ParamIn::Body,
                true,
                true,
            ),
        ],
        Some(
            ::workflow_sdk::service::RunSpec::new(
                "workflowRunId",
                "/status",
                &[
                    ("PENDING", ::workflow_sdk::service::StateKind::Pending),
                    ("RUNNING", ::workflow_sdk::service::StateKind::Running),
                    ("SUCCEED", ::workflow_sdk::service::StateKind::Succeeded),
                    ("FAILED", ::workflow_sdk::service::StateKind::Failed),
                ],
            ),
        ),
        Some(
            ::workflow_sdk::service::Example::new(
                "examples/altatech-QueryWorkflowResult.json",
                include_str!(
                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                    "examples/altatech-QueryWorkflowResult.json")
                ),
                "altatech.yaml",
            ),
        ),
        Some(|body: &str| {
            ::serde_json::from_str::<types::WorkflowResult>(body)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }),
    ),
];
/// What the spec says about this API: style, authentication, endpoint
/// rule and per-operation facts. Also the API's handle, e.g. for
/// [`workflow_sdk::ConfigBuilder::endpoint_url_for`].
pub static SERVICE: ::workflow_sdk::service::ServiceSpec = ::workflow_sdk::service::ServiceSpec::new(
    "altatech",
    "AltaBots workflow API",
    "altatech.ai",
    ::workflow_sdk::service::ApiStyle::Json,
    ::workflow_sdk::service::AuthScheme::Bearer,
    None,
    None,
    ::workflow_sdk::service::EndpointRule::new("https://altatech.ai", &[]),
    &OPERATIONS,
);
/// Command-line glue generated from the spec, for the `workflow`
/// binary (feature `cli`).
#[cfg(feature = "cli")]
pub mod cli {
    /// The `clap` command of this API: one subcommand per operation.
    pub fn command() -> ::clap::Command {
        ::clap::Command::new("altatech")
            .about("AltaBots workflow API")
            .subcommand_required(true)
            .arg_required_else_help(true)
            .subcommand(
                ::clap::Command::new("query-workflow-result")
                    .about("Get the result of one workflow run by its run id.")
                    .arg(
                        ::clap::Arg::new("workflowRunId")
                            .long("workflow-run-id")
                            .value_name("WORKFLOW_RUN_ID")
                            .help(
                                "Identifier of the workflow run. Repeat to wait on several runs.",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .action(::clap::ArgAction::Append)
                            .required_unless_present("ids-from"),
                    ),
            )
    }
    /// Runs the operation `m` names; with `--wait`, until its runs
    /// are done.
    pub async fn run(
        client: &super::Client,
        m: &::clap::ArgMatches,
        ctx: &::workflow_sdk::cli::Context,
    ) -> ::std::result::Result<
        ::workflow_sdk::cli::Output,
        ::workflow_sdk::cli::Failure,
    > {
        match m.subcommand() {
            Some(("query-workflow-result", m)) => {
                let out: ::std::result::Result<
                    ::workflow_sdk::cli::Output,
                    ::workflow_sdk::cli::Failure,
                > = async {
                    #[allow(unused_mut)]
                    let mut b = client.query_workflow_result();
                    let ids = ctx.run_ids(m, "workflowRunId", "--workflow-run-id")?;
                    if ctx.waiting() {
                        let mut runs = ::std::vec::Vec::new();
                        for id in ids {
                            let mut b = b.clone();
                            let key = id.clone();
                            let id = id;
                            b = b.body_map(move |x| x.workflow_run_id(id));
                            runs.push((key, b.into_run()));
                        }
                        ctx.wait(runs).await
                    } else {
                        let mut results = ::std::vec::Vec::new();
                        for id in ids {
                            let mut b = b.clone();
                            let key = id.clone();
                            let id = id;
                            b = b.body_map(move |x| x.workflow_run_id(id));
                            results.push((key, b.send().await));
                        }
                        ctx.each(results)
                    }
                }
                    .await;
                out.map(|o| {
                    o
                        .ordered_like(
                            Some(
                                include_str!(
                                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                                    "examples/altatech-QueryWorkflowResult.json")
                                ),
                            ),
                        )
                })
            }
            _ => Err(::workflow_sdk::cli::Failure::Usage("unknown operation".into())),
        }
    }
}
