/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Result of GetAITask.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetAiTaskResponse {
        ///Error code, when the task could not be read.
        #[serde(rename = "Code", skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///HTTP status the service reports for the request.
        #[serde(
            rename = "HttpStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub http_status_code: ::std::option::Option<i32>,
        ///Error message, when the task could not be read.
        #[serde(
            rename = "Message",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message: ::std::option::Option<::std::string::String>,
        ///Identifier the service gave this request; quote it to support.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<crate::ros::types::AiTaskStatus>,
        ///Why the task is in its current state.
        #[serde(
            rename = "StatusReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_reason: ::std::option::Option<::std::string::String>,
        ///Whether the request succeeded. Documented as the string `true`/`false`; the service sends a JSON boolean.
        #[serde(
            rename = "Success",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success: ::std::option::Option<::workflow_sdk::LooseBool>,
        ///Identifier of the AI task.
        #[serde(
            rename = "TaskId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_id: ::std::option::Option<::std::string::String>,
        ///What the task produced, including the template. Documented as an object; kept as whatever JSON value arrives.
        #[serde(
            rename = "TaskOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_output: ::std::option::Option<::serde_json::Value>,
        #[serde(
            rename = "TaskType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_type: ::std::option::Option<crate::ros::types::AiTaskType>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetAiTaskResponse {
        pub fn builder() -> builder::GetAiTaskResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct GetAiTaskResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            http_status_code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::ros::types::AiTaskStatus>,
                ::std::string::String,
            >,
            status_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<::workflow_sdk::LooseBool>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            task_output: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            task_type: ::std::result::Result<
                ::std::option::Option<crate::ros::types::AiTaskType>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetAiTaskResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    http_status_code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    status_reason: Ok(Default::default()),
                    success: Ok(Default::default()),
                    task_id: Ok(Default::default()),
                    task_output: Ok(Default::default()),
                    task_type: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl GetAiTaskResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn http_status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.http_status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for http_status_code: {e}"
                        )
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ros::types::AiTaskStatus>,
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
            pub fn status_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_reason: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::workflow_sdk::LooseBool>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
            pub fn task_output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_output = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_output: {e}")
                    });
                self
            }
            pub fn task_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ros::types::AiTaskType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.task_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_type: {e}")
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
        impl ::std::convert::TryFrom<GetAiTaskResponse> for super::GetAiTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetAiTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    http_status_code: value.http_status_code?,
                    message: value.message?,
                    request_id: value.request_id?,
                    status: value.status?,
                    status_reason: value.status_reason?,
                    success: value.success?,
                    task_id: value.task_id?,
                    task_output: value.task_output?,
                    task_type: value.task_type?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::GetAiTaskResponse> for GetAiTaskResponse {
            fn from(value: super::GetAiTaskResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    http_status_code: Ok(value.http_status_code),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                    status: Ok(value.status),
                    status_reason: Ok(value.status_reason),
                    success: Ok(value.success),
                    task_id: Ok(value.task_id),
                    task_output: Ok(value.task_output),
                    task_type: Ok(value.task_type),
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
        #[doc = "Whether to return the task output."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        OutputOption { #[doc = "`Enabled`"] Enabled => "Enabled", #[doc = "`Disabled`"]
        Disabled => "Disabled", }
    }
    ::workflow_sdk::open_enum! {
        #[doc =
        "What the AI task does: `GenerateTemplate` writes a template, `FixTemplate` repairs one."]
        #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum AiTaskType
        { #[doc = "`GenerateTemplate`"] GenerateTemplate => "GenerateTemplate", #[doc =
        "`FixTemplate`"] FixTemplate => "FixTemplate", }
    }
    ::workflow_sdk::open_enum! {
        #[doc = "Where the AI task is in its life cycle."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        AiTaskStatus { #[doc = "`PENDING`"] Pending => "PENDING", #[doc = "`WAITING`"]
        Waiting => "WAITING", #[doc = "`RUNNING`"] Running => "RUNNING", #[doc =
        "`SUCCESS`"] Success => "SUCCESS", #[doc = "`FAILURE`"] Failure => "FAILURE", }
    }
}
#[derive(Clone, Debug)]
/**Client for Alibaba Cloud Resource Orchestration Service (ROS)

AI task queries of Resource Orchestration Service. RPC style: on the wire the operation is `POST /` with its parameters in the query string and the action name in the `x-acs-action` header; the path below is a per-operation key only (see `x-api-style`).

Version: 2019-09-10*/
pub struct Client {
    pub(crate) handle: ::workflow_sdk::runtime::Handle,
}
impl Client {
    #[doc = concat!(
        "Creates a client for ", "Alibaba Cloud Resource Orchestration Service (ROS)",
        " from shared configuration."
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
    /**Get one AI task (template generation or repair), optionally with its output

Sends a `POST` request to `/GetAITask`

Arguments:
- `output_option`: Whether the response includes `TaskOutput`. The output can be large; leave it `Disabled` (the default) when you only need the state.
- `task_id`: Identifier of the AI task to look up.
```ignore
let response = client.get_ai_task()
    .output_option(output_option)
    .task_id(task_id)
    .send()
    .await;
```*/
    pub fn get_ai_task(&self) -> builder::GetAiTask<'_> {
        builder::GetAiTask::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    /**Builder for [`Client::get_ai_task`]

[`Client::get_ai_task`]: super::Client::get_ai_task*/
    #[derive(Debug, Clone)]
    pub struct GetAiTask<'a> {
        client: &'a super::Client,
        output_option: Result<Option<crate::ros::types::OutputOption>, String>,
        task_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetAiTask<'a> {
        ///Starts a `GetAITask` request; prefer the client's method.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                output_option: Ok(None),
                task_id: Ok(None),
            }
        }
        /**Whether the response includes `TaskOutput`. The output can be large; leave it `Disabled` (the default) when you only need the state.

`OutputOption` (query).*/
        pub fn output_option<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::ros::types::OutputOption>,
        {
            self.output_option = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: ros :: types :: OutputOption` for output_option failed"
                        .to_string()
                });
            self
        }
        /**Identifier of the AI task to look up.

`TaskId` (query).*/
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.task_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for task_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/GetAITask`
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::GetAiTaskResponse>,
            ::workflow_sdk::Error,
        > {
            let Self { client, output_option, task_id } = self;
            let output_option = output_option
                .map_err(::workflow_sdk::runtime::invalid_request)?;
            let task_id = task_id.map_err(::workflow_sdk::runtime::invalid_request)?;
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            request.query("OutputOption", &output_option)?;
            request.query("TaskId", &task_id)?;
            ::workflow_sdk::runtime::invoke(
                    &client.handle,
                    &super::OPERATIONS[0],
                    request,
                )
                .await
        }
        ///Polls `GetAITask` until the run reaches a terminal state (`/Status` holds the status), then returns the final response; a failure state, the maximum wait (a hard deadline) or a permanent error ends the wait with [`workflow_sdk::WaitError`]. Dropping the future stops polling.
        pub async fn wait_until_done(
            self,
            policy: &::workflow_sdk::WaitPolicy,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::GetAiTaskResponse>,
            ::workflow_sdk::WaitError<::workflow_sdk::Response<types::GetAiTaskResponse>>,
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
            ::workflow_sdk::Response<types::GetAiTaskResponse>,
            ::workflow_sdk::WaitError<::workflow_sdk::Response<types::GetAiTaskResponse>>,
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
                ::workflow_sdk::Response<types::GetAiTaskResponse>,
            >,
        > + Send + Unpin + 'a {
            self.into_run().events(policy)
        }
        /// This run, to wait on with others ([`workflow_sdk::WaitMany`]).
        pub fn into_run(
            self,
        ) -> ::workflow_sdk::Run<
            'a,
            ::workflow_sdk::Response<types::GetAiTaskResponse>,
        > {
            static RUN: ::workflow_sdk::service::RunSpec = ::workflow_sdk::service::RunSpec::new(
                "TaskId",
                "/Status",
                &[
                    ("PENDING", ::workflow_sdk::service::StateKind::Pending),
                    ("WAITING", ::workflow_sdk::service::StateKind::Pending),
                    ("RUNNING", ::workflow_sdk::service::StateKind::Running),
                    ("SUCCESS", ::workflow_sdk::service::StateKind::Succeeded),
                    ("FAILURE", ::workflow_sdk::service::StateKind::Failed),
                ],
            );
            fn status(
                r: &::workflow_sdk::Response<types::GetAiTaskResponse>,
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
    ///`GetAITask`: its facts, and its name for simulator scripting.
    pub static GET_AI_TASK: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[0usize];
}
/// Every operation's facts, in spec order; each builder's `send()`
/// hands its entry to the runtime.
pub(crate) static OPERATIONS: [::workflow_sdk::service::OperationSpec; 1usize] = [
    ::workflow_sdk::service::OperationSpec::new(
        "GetAITask",
        "get_ai_task",
        "POST",
        "/GetAITask",
        Some("GetAITask"),
        &[
            ::workflow_sdk::service::ParamSpec::new(
                "TaskId",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                true,
            ),
            ::workflow_sdk::service::ParamSpec::new(
                "OutputOption",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                false,
            ),
        ],
        Some(
            ::workflow_sdk::service::RunSpec::new(
                "TaskId",
                "/Status",
                &[
                    ("PENDING", ::workflow_sdk::service::StateKind::Pending),
                    ("WAITING", ::workflow_sdk::service::StateKind::Pending),
                    ("RUNNING", ::workflow_sdk::service::StateKind::Running),
                    ("SUCCESS", ::workflow_sdk::service::StateKind::Succeeded),
                    ("FAILURE", ::workflow_sdk::service::StateKind::Failed),
                ],
            ),
        ),
        Some(
            ::workflow_sdk::service::Example::new(
                "examples/ros-GetAITask.json",
                include_str!(
                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                    "examples/ros-GetAITask.json")
                ),
                "ros.yaml",
            ),
        ),
        Some(|body: &str| {
            ::serde_json::from_str::<types::GetAiTaskResponse>(body)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }),
    ),
];
/// What the spec says about this API: style, authentication, endpoint
/// rule and per-operation facts. Also the API's handle, e.g. for
/// [`workflow_sdk::ConfigBuilder::endpoint_url_for`].
pub static SERVICE: ::workflow_sdk::service::ServiceSpec = ::workflow_sdk::service::ServiceSpec::new(
    "ros",
    "Alibaba Cloud Resource Orchestration Service (ROS)",
    "alibaba-cloud",
    ::workflow_sdk::service::ApiStyle::Rpc,
    ::workflow_sdk::service::AuthScheme::Acs3HmacSha256,
    Some("ROS"),
    Some("2019-09-10"),
    ::workflow_sdk::service::EndpointRule::new("https://ros.aliyuncs.com", &[]),
    &OPERATIONS,
);
/// Command-line glue generated from the spec, for the `workflow`
/// binary (feature `cli`).
#[cfg(feature = "cli")]
pub mod cli {
    /// The `clap` command of this API: one subcommand per operation.
    pub fn command() -> ::clap::Command {
        ::clap::Command::new("ros")
            .about("Alibaba Cloud Resource Orchestration Service (ROS)")
            .subcommand_required(true)
            .arg_required_else_help(true)
            .subcommand(
                ::clap::Command::new("get-ai-task")
                    .about(
                        "Get one AI task (template generation or repair), optionally with its output.",
                    )
                    .arg(
                        ::clap::Arg::new("TaskId")
                            .long("task-id")
                            .value_name("TASK_ID")
                            .help(
                                "Identifier of the AI task to look up. Repeat to wait on several runs.",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .action(::clap::ArgAction::Append)
                            .required_unless_present("ids-from"),
                    )
                    .arg(
                        ::clap::Arg::new("OutputOption")
                            .long("output-option")
                            .value_name("OUTPUT_OPTION")
                            .help(
                                "Whether the response includes `TaskOutput`. The output can be large; leave it `Disabled` (the default) when you only need the state.",
                            )
                            .value_parser(
                                ::workflow_sdk::cli::OpenValues::new(
                                    super::types::OutputOption::KNOWN,
                                ),
                            )
                            .required(false),
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
            Some(("get-ai-task", m)) => {
                let out: ::std::result::Result<
                    ::workflow_sdk::cli::Output,
                    ::workflow_sdk::cli::Failure,
                > = async {
                    #[allow(unused_mut)]
                    let mut b = client.get_ai_task();
                    if let Some(v) = m.get_one::<String>("OutputOption") {
                        let v = super::types::OutputOption::from(v.as_str());
                        b = b.output_option(v);
                    }
                    let ids = ctx.run_ids(m, "TaskId", "--task-id")?;
                    if ctx.waiting() {
                        let mut runs = ::std::vec::Vec::new();
                        for id in ids {
                            let mut b = b.clone();
                            let key = id.clone();
                            let id = id;
                            b = b.task_id(id);
                            runs.push((key, b.into_run()));
                        }
                        ctx.wait(runs).await
                    } else {
                        let mut results = ::std::vec::Vec::new();
                        for id in ids {
                            let mut b = b.clone();
                            let key = id.clone();
                            let id = id;
                            b = b.task_id(id);
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
                                    "examples/ros-GetAITask.json")
                                ),
                            ),
                        )
                })
            }
            _ => Err(::workflow_sdk::cli::Failure::Usage("unknown operation".into())),
        }
    }
}
