/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///One run of an AI workflow template.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AiWorkflowTask {
        ///When the task was created (UTC, ISO 8601).
        #[serde(
            rename = "CreateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///When the task finished (UTC, ISO 8601).
        #[serde(
            rename = "FinishTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub finish_time: ::std::option::Option<::std::string::String>,
        ///The task's input parameters, a JSON document held in a string.
        #[serde(
            rename = "Inputs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub inputs: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::ice::types::AiWorkflowTaskInputsField>,
        >,
        ///Per-node results, a JSON document held in a string; its shape depends on the workflow.
        #[serde(
            rename = "NodeResults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub node_results: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::ice::types::AiWorkflowTaskNodeResultsField>,
        >,
        ///What the task's nodes produced, a JSON document held in a string.
        #[serde(
            rename = "Outputs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub outputs: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::ice::types::AiWorkflowTaskOutputsField>,
        >,
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<crate::ice::types::AiWorkflowTaskStatus>,
        ///Identifier of the task.
        #[serde(
            rename = "TaskId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_id: ::std::option::Option<::std::string::String>,
        ///Caller-defined data attached to the task, a JSON document held in a string.
        #[serde(
            rename = "UserData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_data: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::ice::types::AiWorkflowTaskUserDataField>,
        >,
        ///Version of the workflow template this task ran.
        #[serde(
            rename = "Version",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Workflow",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow: ::std::option::Option<AiWorkflowTemplate>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AiWorkflowTask {
        pub fn builder() -> builder::AiWorkflowTask {
            Default::default()
        }
    }
    ///The AI workflow template a task runs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AiWorkflowTemplate {
        ///When the template was created (UTC, ISO 8601).
        #[serde(
            rename = "CreateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///The template's graph of nodes and edges, a JSON document held in a string.
        #[serde(
            rename = "Graph",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub graph: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::ice::types::AiWorkflowTemplateGraphField>,
        >,
        ///When the template was last changed (UTC, ISO 8601).
        #[serde(
            rename = "ModifiedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modified_time: ::std::option::Option<::std::string::String>,
        ///Name of the template.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<crate::ice::types::AiWorkflowTemplateStatus>,
        ///The scenario the template is made for.
        #[serde(rename = "Type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Version of the template.
        #[serde(
            rename = "Version",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub version: ::std::option::Option<::std::string::String>,
        ///Identifier of the template.
        #[serde(
            rename = "WorkflowId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AiWorkflowTemplate {
        pub fn builder() -> builder::AiWorkflowTemplate {
            Default::default()
        }
    }
    ///Result of GetAIWorkflowTask.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetAiWorkflowTaskResponse {
        ///Identifier the service gave this request; quote it to support.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "WorkflowTask",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_task: ::std::option::Option<AiWorkflowTask>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetAiWorkflowTaskResponse {
        pub fn builder() -> builder::GetAiWorkflowTaskResponse {
            Default::default()
        }
    }
    ///Result of GetWorkflowTask.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetWorkflowTaskResponse {
        ///Identifier the service gave this request; quote it to support.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "WorkflowTask",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_task: ::std::option::Option<WorkflowTask>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetWorkflowTaskResponse {
        pub fn builder() -> builder::GetWorkflowTaskResponse {
            Default::default()
        }
    }
    ///Caller-defined data of a task, the content of the `UserData` fields; any other keys are kept.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UserData {
        ///Where the service sends the task's completion callback.
        #[serde(
            rename = "NotifyAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub notify_address: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserData {
        pub fn builder() -> builder::UserData {
            Default::default()
        }
    }
    ///An AI workflow template's graph, the content of `AIWorkflowTemplate.Graph`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WorkflowGraph {
        ///The graph's edges between nodes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub edges: ::std::vec::Vec<::serde_json::Value>,
        ///The graph's nodes; their shape depends on the node type.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub nodes: ::std::vec::Vec<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WorkflowGraph {
        pub fn builder() -> builder::WorkflowGraph {
            Default::default()
        }
    }
    ///The workflow a task belongs to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WorkflowInfo {
        ///When the workflow was created (UTC, ISO 8601).
        #[serde(
            rename = "CreateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///When the workflow was last changed (UTC, ISO 8601).
        #[serde(
            rename = "ModifiedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modified_time: ::std::option::Option<::std::string::String>,
        ///Name of the workflow.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<crate::ice::types::WorkflowStatus>,
        #[serde(rename = "Type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::ice::types::WorkflowType>,
        ///Identifier of the workflow.
        #[serde(
            rename = "WorkflowId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WorkflowInfo {
        pub fn builder() -> builder::WorkflowInfo {
            Default::default()
        }
    }
    ///One run of a media workflow.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WorkflowTask {
        ///Results of every node of the task, a JSON document held in a string whose shape depends on the workflow.
        #[serde(
            rename = "ActivityResults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub activity_results: ::std::option::Option<
            ::workflow_sdk::JsonString<
                crate::ice::types::WorkflowTaskActivityResultsField,
            >,
        >,
        ///When the task was created (UTC, ISO 8601).
        #[serde(
            rename = "CreateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///When the task finished (UTC, ISO 8601).
        #[serde(
            rename = "FinishTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub finish_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<crate::ice::types::WorkflowTaskStatus>,
        ///Identifier of the task.
        #[serde(
            rename = "TaskId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_id: ::std::option::Option<::std::string::String>,
        ///The task's input, a JSON document held in a string.
        #[serde(
            rename = "TaskInput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_input: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::ice::types::WorkflowTaskTaskInputField>,
        >,
        ///Caller-defined data given when the task was submitted, a JSON document held in a string.
        #[serde(
            rename = "UserData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_data: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::ice::types::WorkflowTaskUserDataField>,
        >,
        #[serde(
            rename = "Workflow",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow: ::std::option::Option<WorkflowInfo>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WorkflowTask {
        pub fn builder() -> builder::WorkflowTask {
            Default::default()
        }
    }
    ///The input of a media workflow task, the content of `WorkflowTask.TaskInput`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WorkflowTaskInput {
        ///The input media (an id or URL, depending on `Type`).
        #[serde(
            rename = "Media",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub media: ::std::option::Option<::std::string::String>,
        ///Kind of input, e.g. `Media`.
        #[serde(rename = "Type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WorkflowTaskInput {
        pub fn builder() -> builder::WorkflowTaskInput {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AiWorkflowTask {
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            finish_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inputs: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::ice::types::AiWorkflowTaskInputsField,
                    >,
                >,
                ::std::string::String,
            >,
            node_results: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::ice::types::AiWorkflowTaskNodeResultsField,
                    >,
                >,
                ::std::string::String,
            >,
            outputs: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::ice::types::AiWorkflowTaskOutputsField,
                    >,
                >,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::ice::types::AiWorkflowTaskStatus>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_data: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::ice::types::AiWorkflowTaskUserDataField,
                    >,
                >,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workflow: ::std::result::Result<
                ::std::option::Option<super::AiWorkflowTemplate>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AiWorkflowTask {
            fn default() -> Self {
                Self {
                    create_time: Ok(Default::default()),
                    finish_time: Ok(Default::default()),
                    inputs: Ok(Default::default()),
                    node_results: Ok(Default::default()),
                    outputs: Ok(Default::default()),
                    status: Ok(Default::default()),
                    task_id: Ok(Default::default()),
                    user_data: Ok(Default::default()),
                    version: Ok(Default::default()),
                    workflow: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AiWorkflowTask {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn finish_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.finish_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finish_time: {e}")
                    });
                self
            }
            pub fn inputs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::ice::types::AiWorkflowTaskInputsField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.inputs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inputs: {e}")
                    });
                self
            }
            pub fn node_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::ice::types::AiWorkflowTaskNodeResultsField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.node_results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_results: {e}")
                    });
                self
            }
            pub fn outputs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::ice::types::AiWorkflowTaskOutputsField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.outputs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for outputs: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ice::types::AiWorkflowTaskStatus>,
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
            pub fn user_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::ice::types::AiWorkflowTaskUserDataField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_data: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
            pub fn workflow<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AiWorkflowTemplate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.workflow = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workflow: {e}")
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
        impl ::std::convert::TryFrom<AiWorkflowTask> for super::AiWorkflowTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AiWorkflowTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    finish_time: value.finish_time?,
                    inputs: value.inputs?,
                    node_results: value.node_results?,
                    outputs: value.outputs?,
                    status: value.status?,
                    task_id: value.task_id?,
                    user_data: value.user_data?,
                    version: value.version?,
                    workflow: value.workflow?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AiWorkflowTask> for AiWorkflowTask {
            fn from(value: super::AiWorkflowTask) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    finish_time: Ok(value.finish_time),
                    inputs: Ok(value.inputs),
                    node_results: Ok(value.node_results),
                    outputs: Ok(value.outputs),
                    status: Ok(value.status),
                    task_id: Ok(value.task_id),
                    user_data: Ok(value.user_data),
                    version: Ok(value.version),
                    workflow: Ok(value.workflow),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AiWorkflowTemplate {
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            graph: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::ice::types::AiWorkflowTemplateGraphField,
                    >,
                >,
                ::std::string::String,
            >,
            modified_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::ice::types::AiWorkflowTemplateStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workflow_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AiWorkflowTemplate {
            fn default() -> Self {
                Self {
                    create_time: Ok(Default::default()),
                    graph: Ok(Default::default()),
                    modified_time: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    version: Ok(Default::default()),
                    workflow_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AiWorkflowTemplate {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn graph<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::ice::types::AiWorkflowTemplateGraphField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.graph = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for graph: {e}")
                    });
                self
            }
            pub fn modified_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.modified_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_time: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ice::types::AiWorkflowTemplateStatus>,
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
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
        impl ::std::convert::TryFrom<AiWorkflowTemplate> for super::AiWorkflowTemplate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AiWorkflowTemplate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    graph: value.graph?,
                    modified_time: value.modified_time?,
                    name: value.name?,
                    status: value.status?,
                    type_: value.type_?,
                    version: value.version?,
                    workflow_id: value.workflow_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AiWorkflowTemplate> for AiWorkflowTemplate {
            fn from(value: super::AiWorkflowTemplate) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    graph: Ok(value.graph),
                    modified_time: Ok(value.modified_time),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                    workflow_id: Ok(value.workflow_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetAiWorkflowTaskResponse {
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workflow_task: ::std::result::Result<
                ::std::option::Option<super::AiWorkflowTask>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetAiWorkflowTaskResponse {
            fn default() -> Self {
                Self {
                    request_id: Ok(Default::default()),
                    workflow_task: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl GetAiWorkflowTaskResponse {
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
            pub fn workflow_task<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AiWorkflowTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_task = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workflow_task: {e}")
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
        impl ::std::convert::TryFrom<GetAiWorkflowTaskResponse>
        for super::GetAiWorkflowTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetAiWorkflowTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    workflow_task: value.workflow_task?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::GetAiWorkflowTaskResponse>
        for GetAiWorkflowTaskResponse {
            fn from(value: super::GetAiWorkflowTaskResponse) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    workflow_task: Ok(value.workflow_task),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetWorkflowTaskResponse {
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workflow_task: ::std::result::Result<
                ::std::option::Option<super::WorkflowTask>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetWorkflowTaskResponse {
            fn default() -> Self {
                Self {
                    request_id: Ok(Default::default()),
                    workflow_task: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl GetWorkflowTaskResponse {
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
            pub fn workflow_task<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WorkflowTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_task = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workflow_task: {e}")
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
        impl ::std::convert::TryFrom<GetWorkflowTaskResponse>
        for super::GetWorkflowTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetWorkflowTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    workflow_task: value.workflow_task?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::GetWorkflowTaskResponse>
        for GetWorkflowTaskResponse {
            fn from(value: super::GetWorkflowTaskResponse) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    workflow_task: Ok(value.workflow_task),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserData {
            notify_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserData {
            fn default() -> Self {
                Self {
                    notify_address: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl UserData {
            pub fn notify_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notify_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notify_address: {e}"
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
        impl ::std::convert::TryFrom<UserData> for super::UserData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    notify_address: value.notify_address?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserData> for UserData {
            fn from(value: super::UserData) -> Self {
                Self {
                    notify_address: Ok(value.notify_address),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkflowGraph {
            edges: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            nodes: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkflowGraph {
            fn default() -> Self {
                Self {
                    edges: Ok(Default::default()),
                    nodes: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WorkflowGraph {
            pub fn edges<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.edges = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for edges: {e}")
                    });
                self
            }
            pub fn nodes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.nodes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nodes: {e}")
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
        impl ::std::convert::TryFrom<WorkflowGraph> for super::WorkflowGraph {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkflowGraph,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    edges: value.edges?,
                    nodes: value.nodes?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WorkflowGraph> for WorkflowGraph {
            fn from(value: super::WorkflowGraph) -> Self {
                Self {
                    edges: Ok(value.edges),
                    nodes: Ok(value.nodes),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkflowInfo {
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            modified_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::ice::types::WorkflowStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::ice::types::WorkflowType>,
                ::std::string::String,
            >,
            workflow_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkflowInfo {
            fn default() -> Self {
                Self {
                    create_time: Ok(Default::default()),
                    modified_time: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    workflow_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WorkflowInfo {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn modified_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.modified_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_time: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ice::types::WorkflowStatus>,
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ice::types::WorkflowType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<WorkflowInfo> for super::WorkflowInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkflowInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    modified_time: value.modified_time?,
                    name: value.name?,
                    status: value.status?,
                    type_: value.type_?,
                    workflow_id: value.workflow_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WorkflowInfo> for WorkflowInfo {
            fn from(value: super::WorkflowInfo) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    modified_time: Ok(value.modified_time),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    workflow_id: Ok(value.workflow_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkflowTask {
            activity_results: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::ice::types::WorkflowTaskActivityResultsField,
                    >,
                >,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            finish_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::ice::types::WorkflowTaskStatus>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            task_input: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::ice::types::WorkflowTaskTaskInputField,
                    >,
                >,
                ::std::string::String,
            >,
            user_data: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::ice::types::WorkflowTaskUserDataField,
                    >,
                >,
                ::std::string::String,
            >,
            workflow: ::std::result::Result<
                ::std::option::Option<super::WorkflowInfo>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkflowTask {
            fn default() -> Self {
                Self {
                    activity_results: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    finish_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                    task_id: Ok(Default::default()),
                    task_input: Ok(Default::default()),
                    user_data: Ok(Default::default()),
                    workflow: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WorkflowTask {
            pub fn activity_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::ice::types::WorkflowTaskActivityResultsField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.activity_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for activity_results: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn finish_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.finish_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finish_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::ice::types::WorkflowTaskStatus>,
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
            pub fn task_input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::ice::types::WorkflowTaskTaskInputField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.task_input = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_input: {e}")
                    });
                self
            }
            pub fn user_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::ice::types::WorkflowTaskUserDataField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_data: {e}")
                    });
                self
            }
            pub fn workflow<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WorkflowInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workflow: {e}")
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
        impl ::std::convert::TryFrom<WorkflowTask> for super::WorkflowTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkflowTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    activity_results: value.activity_results?,
                    create_time: value.create_time?,
                    finish_time: value.finish_time?,
                    status: value.status?,
                    task_id: value.task_id?,
                    task_input: value.task_input?,
                    user_data: value.user_data?,
                    workflow: value.workflow?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WorkflowTask> for WorkflowTask {
            fn from(value: super::WorkflowTask) -> Self {
                Self {
                    activity_results: Ok(value.activity_results),
                    create_time: Ok(value.create_time),
                    finish_time: Ok(value.finish_time),
                    status: Ok(value.status),
                    task_id: Ok(value.task_id),
                    task_input: Ok(value.task_input),
                    user_data: Ok(value.user_data),
                    workflow: Ok(value.workflow),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkflowTaskInput {
            media: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkflowTaskInput {
            fn default() -> Self {
                Self {
                    media: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl WorkflowTaskInput {
            pub fn media<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.media = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<WorkflowTaskInput> for super::WorkflowTaskInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkflowTaskInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    media: value.media?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::WorkflowTaskInput> for WorkflowTaskInput {
            fn from(value: super::WorkflowTaskInput) -> Self {
                Self {
                    media: Ok(value.media),
                    type_: Ok(value.type_),
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
        #[doc = "Where the AI workflow task is in its life cycle."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        AiWorkflowTaskStatus { #[doc = "`running`"] Running => "running", #[doc =
        "`stopped`"] Stopped => "stopped", #[doc = "`failed`"] Failed => "failed", #[doc
        = "`partial-succeeded`"] PartialSucceeded => "partial-succeeded", #[doc =
        "`succeeded`"] Succeeded => "succeeded", }
    }
    ::workflow_sdk::open_enum! {
        #[doc = "Editing state of an AI workflow template."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        AiWorkflowTemplateStatus { #[doc = "`Draft`"] Draft => "Draft", #[doc =
        "`Published`"] Published => "Published", #[doc = "`Editing`"] Editing =>
        "Editing", }
    }
    ::workflow_sdk::open_enum! {
        #[doc = "Where the workflow task is in its life cycle."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        WorkflowTaskStatus { #[doc = "`Init`"] Init => "Init", #[doc = "`Failed`"] Failed
        => "Failed", #[doc = "`Canceled`"] Canceled => "Canceled", #[doc =
        "`Processing`"] Processing => "Processing", #[doc = "`Succeed`"] Succeed =>
        "Succeed", }
    }
    ::workflow_sdk::open_enum! {
        #[doc = "Whether the workflow can be run."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        WorkflowStatus { #[doc = "`Active`"] Active => "Active", #[doc = "`Inactive`"]
        Inactive => "Inactive", }
    }
    ::workflow_sdk::open_enum! {
        #[doc =
        "Who made the workflow: `Customize` (custom), `System` (built in) or `Common` (created by a user)."]
        #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        WorkflowType { #[doc = "`Customize`"] Customize => "Customize", #[doc =
        "`System`"] System => "System", #[doc = "`Common`"] Common => "Common", }
    }
    ///Marks the JSON-in-string field `AIWorkflowTask.Inputs`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum AiWorkflowTaskInputsField {}
    impl ::workflow_sdk::JsonField for AiWorkflowTaskInputsField {
        const NAME: &'static str = "AIWorkflowTask.Inputs";
        type View = ::serde_json::Value;
    }
    ///Marks the JSON-in-string field `AIWorkflowTask.NodeResults`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum AiWorkflowTaskNodeResultsField {}
    impl ::workflow_sdk::JsonField for AiWorkflowTaskNodeResultsField {
        const NAME: &'static str = "AIWorkflowTask.NodeResults";
        type View = ::serde_json::Value;
    }
    ///Marks the JSON-in-string field `AIWorkflowTask.UserData`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum AiWorkflowTaskUserDataField {}
    impl ::workflow_sdk::JsonField for AiWorkflowTaskUserDataField {
        const NAME: &'static str = "AIWorkflowTask.UserData";
        type View = UserData;
    }
    ///Marks the JSON-in-string field `AIWorkflowTask.Outputs`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum AiWorkflowTaskOutputsField {}
    impl ::workflow_sdk::JsonField for AiWorkflowTaskOutputsField {
        const NAME: &'static str = "AIWorkflowTask.Outputs";
        type View = ::serde_json::Value;
    }
    ///Marks the JSON-in-string field `AIWorkflowTemplate.Graph`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum AiWorkflowTemplateGraphField {}
    impl ::workflow_sdk::JsonField for AiWorkflowTemplateGraphField {
        const NAME: &'static str = "AIWorkflowTemplate.Graph";
        type View = WorkflowGraph;
    }
    ///Marks the JSON-in-string field `WorkflowTask.TaskInput`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum WorkflowTaskTaskInputField {}
    impl ::workflow_sdk::JsonField for WorkflowTaskTaskInputField {
        const NAME: &'static str = "WorkflowTask.TaskInput";
        type View = WorkflowTaskInput;
    }
    ///Marks the JSON-in-string field `WorkflowTask.ActivityResults`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum WorkflowTaskActivityResultsField {}
    impl ::workflow_sdk::JsonField for WorkflowTaskActivityResultsField {
        const NAME: &'static str = "WorkflowTask.ActivityResults";
        type View = ::serde_json::Value;
    }
    ///Marks the JSON-in-string field `WorkflowTask.UserData`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum WorkflowTaskUserDataField {}
    impl ::workflow_sdk::JsonField for WorkflowTaskUserDataField {
        const NAME: &'static str = "WorkflowTask.UserData";
        type View = UserData;
    }
    impl AiWorkflowTask {
        ///`CreateTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn create_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "AIWorkflowTask.CreateTime",
                &self.create_time,
            )
        }
        ///`FinishTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn finish_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "AIWorkflowTask.FinishTime",
                &self.finish_time,
            )
        }
    }
    impl AiWorkflowTemplate {
        ///`CreateTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn create_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "AIWorkflowTemplate.CreateTime",
                &self.create_time,
            )
        }
        ///`ModifiedTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn modified_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "AIWorkflowTemplate.ModifiedTime",
                &self.modified_time,
            )
        }
    }
    impl WorkflowInfo {
        ///`CreateTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn create_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "WorkflowInfo.CreateTime",
                &self.create_time,
            )
        }
        ///`ModifiedTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn modified_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "WorkflowInfo.ModifiedTime",
                &self.modified_time,
            )
        }
    }
    impl WorkflowTask {
        ///`CreateTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn create_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "WorkflowTask.CreateTime",
                &self.create_time,
            )
        }
        ///`FinishTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn finish_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "WorkflowTask.FinishTime",
                &self.finish_time,
            )
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Alibaba Cloud Intelligent Media Services (ICE)

Workflow task queries of Intelligent Media Services. Both operations are RPC style: on the wire each is `POST /` with its parameters in the query string and the action name in the `x-acs-action` header; the paths below are per-operation keys only (see `x-api-style`).

Version: 2020-11-09*/
pub struct Client {
    pub(crate) handle: ::workflow_sdk::runtime::Handle,
}
impl Client {
    #[doc = concat!(
        "Creates a client for ", "Alibaba Cloud Intelligent Media Services (ICE)",
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
    /**Get one AI workflow task, with its inputs, node results and outputs

Sends a `POST` request to `/GetAIWorkflowTask`

Arguments:
- `task_id`: Identifier of the AI workflow task to look up.
```ignore
let response = client.get_ai_workflow_task()
    .task_id(task_id)
    .send()
    .await;
```*/
    pub fn get_ai_workflow_task(&self) -> builder::GetAiWorkflowTask<'_> {
        builder::GetAiWorkflowTask::new(self)
    }
    /**Get one media workflow task (last year only), with its input and per-node results

Sends a `POST` request to `/GetWorkflowTask`

Arguments:
- `task_id`: Identifier of the workflow task to look up.
```ignore
let response = client.get_workflow_task()
    .task_id(task_id)
    .send()
    .await;
```*/
    pub fn get_workflow_task(&self) -> builder::GetWorkflowTask<'_> {
        builder::GetWorkflowTask::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    /**Builder for [`Client::get_ai_workflow_task`]

[`Client::get_ai_workflow_task`]: super::Client::get_ai_workflow_task*/
    #[derive(Debug, Clone)]
    pub struct GetAiWorkflowTask<'a> {
        client: &'a super::Client,
        task_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetAiWorkflowTask<'a> {
        ///Starts a `GetAIWorkflowTask` request; prefer the client's method.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                task_id: Ok(None),
            }
        }
        /**Identifier of the AI workflow task to look up.

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
        ///Sends a `POST` request to `/GetAIWorkflowTask`
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::GetAiWorkflowTaskResponse>,
            ::workflow_sdk::Error,
        > {
            let Self { client, task_id } = self;
            let task_id = task_id.map_err(::workflow_sdk::runtime::invalid_request)?;
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            request.query("TaskId", &task_id)?;
            ::workflow_sdk::runtime::invoke(
                    &client.handle,
                    &super::OPERATIONS[0],
                    request,
                )
                .await
        }
        ///Polls `GetAIWorkflowTask` until the run reaches a terminal state (`/WorkflowTask/Status` holds the status), then returns the final response; a failure state, the maximum wait (a hard deadline) or a permanent error ends the wait with [`workflow_sdk::WaitError`]. Dropping the future stops polling.
        pub async fn wait_until_done(
            self,
            policy: &::workflow_sdk::WaitPolicy,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::GetAiWorkflowTaskResponse>,
            ::workflow_sdk::WaitError<
                ::workflow_sdk::Response<types::GetAiWorkflowTaskResponse>,
            >,
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
            ::workflow_sdk::Response<types::GetAiWorkflowTaskResponse>,
            ::workflow_sdk::WaitError<
                ::workflow_sdk::Response<types::GetAiWorkflowTaskResponse>,
            >,
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
                ::workflow_sdk::Response<types::GetAiWorkflowTaskResponse>,
            >,
        > + Send + Unpin + 'a {
            self.into_run().events(policy)
        }
        /// This run, to wait on with others ([`workflow_sdk::WaitMany`]).
        pub fn into_run(
            self,
        ) -> ::workflow_sdk::Run<
            'a,
            ::workflow_sdk::Response<types::GetAiWorkflowTaskResponse>,
        > {
            static RUN: ::workflow_sdk::service::RunSpec = ::workflow_sdk::service::RunSpec::new(
                "TaskId",
                "/WorkflowTask/Status",
                &[
                    ("running", ::workflow_sdk::service::StateKind::Running),
                    ("stopped", ::workflow_sdk::service::StateKind::Canceled),
                    ("failed", ::workflow_sdk::service::StateKind::Failed),
                    (
                        "partial-succeeded",
                        ::workflow_sdk::service::StateKind::PartiallySucceeded,
                    ),
                    ("succeeded", ::workflow_sdk::service::StateKind::Succeeded),
                ],
            );
            fn status(
                r: &::workflow_sdk::Response<types::GetAiWorkflowTaskResponse>,
            ) -> ::std::option::Option<&str> {
                #[allow(unused_imports)]
                use ::workflow_sdk::waiter::hop::{HopOption as _, HopPlain as _};
                let v = &**r;
                let v = (&::workflow_sdk::waiter::hop::Hop(&v.workflow_task)).hop()?;
                let v = (&::workflow_sdk::waiter::hop::Hop(&v.status)).hop()?;
                ::std::option::Option::Some(v.as_str())
            }
            ::workflow_sdk::Run::new(&RUN, status, move || self.clone().send())
        }
    }
    /**Builder for [`Client::get_workflow_task`]

[`Client::get_workflow_task`]: super::Client::get_workflow_task*/
    #[derive(Debug, Clone)]
    pub struct GetWorkflowTask<'a> {
        client: &'a super::Client,
        task_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetWorkflowTask<'a> {
        ///Starts a `GetWorkflowTask` request; prefer the client's method.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                task_id: Ok(None),
            }
        }
        /**Identifier of the workflow task to look up.

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
        ///Sends a `POST` request to `/GetWorkflowTask`
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::GetWorkflowTaskResponse>,
            ::workflow_sdk::Error,
        > {
            let Self { client, task_id } = self;
            let task_id = task_id.map_err(::workflow_sdk::runtime::invalid_request)?;
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            request.query("TaskId", &task_id)?;
            ::workflow_sdk::runtime::invoke(
                    &client.handle,
                    &super::OPERATIONS[1],
                    request,
                )
                .await
        }
        ///Polls `GetWorkflowTask` until the run reaches a terminal state (`/WorkflowTask/Status` holds the status), then returns the final response; a failure state, the maximum wait (a hard deadline) or a permanent error ends the wait with [`workflow_sdk::WaitError`]. Dropping the future stops polling.
        pub async fn wait_until_done(
            self,
            policy: &::workflow_sdk::WaitPolicy,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::GetWorkflowTaskResponse>,
            ::workflow_sdk::WaitError<
                ::workflow_sdk::Response<types::GetWorkflowTaskResponse>,
            >,
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
            ::workflow_sdk::Response<types::GetWorkflowTaskResponse>,
            ::workflow_sdk::WaitError<
                ::workflow_sdk::Response<types::GetWorkflowTaskResponse>,
            >,
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
                ::workflow_sdk::Response<types::GetWorkflowTaskResponse>,
            >,
        > + Send + Unpin + 'a {
            self.into_run().events(policy)
        }
        /// This run, to wait on with others ([`workflow_sdk::WaitMany`]).
        pub fn into_run(
            self,
        ) -> ::workflow_sdk::Run<
            'a,
            ::workflow_sdk::Response<types::GetWorkflowTaskResponse>,
        > {
            static RUN: ::workflow_sdk::service::RunSpec = ::workflow_sdk::service::RunSpec::new(
                "TaskId",
                "/WorkflowTask/Status",
                &[
                    ("Init", ::workflow_sdk::service::StateKind::Pending),
                    ("Processing", ::workflow_sdk::service::StateKind::Running),
                    ("Succeed", ::workflow_sdk::service::StateKind::Succeeded),
                    ("Failed", ::workflow_sdk::service::StateKind::Failed),
                    ("Canceled", ::workflow_sdk::service::StateKind::Canceled),
                ],
            );
            fn status(
                r: &::workflow_sdk::Response<types::GetWorkflowTaskResponse>,
            ) -> ::std::option::Option<&str> {
                #[allow(unused_imports)]
                use ::workflow_sdk::waiter::hop::{HopOption as _, HopPlain as _};
                let v = &**r;
                let v = (&::workflow_sdk::waiter::hop::Hop(&v.workflow_task)).hop()?;
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
    ///`GetAIWorkflowTask`: its facts, and its name for simulator scripting.
    pub static GET_AI_WORKFLOW_TASK: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[0usize];
    ///`GetWorkflowTask`: its facts, and its name for simulator scripting.
    pub static GET_WORKFLOW_TASK: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[1usize];
}
/// Every operation's facts, in spec order; each builder's `send()`
/// hands its entry to the runtime.
pub(crate) static OPERATIONS: [::workflow_sdk::service::OperationSpec; 2usize] = [
    ::workflow_sdk::service::OperationSpec::new(
        "GetAIWorkflowTask",
        "get_ai_workflow_task",
        "POST",
        "/GetAIWorkflowTask",
        Some("GetAIWorkflowTask"),
        &[
            ::workflow_sdk::service::ParamSpec::new(
                "TaskId",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                true,
            ),
        ],
        Some(
            ::workflow_sdk::service::RunSpec::new(
                "TaskId",
                "/WorkflowTask/Status",
                &[
                    ("running", ::workflow_sdk::service::StateKind::Running),
                    ("stopped", ::workflow_sdk::service::StateKind::Canceled),
                    ("failed", ::workflow_sdk::service::StateKind::Failed),
                    (
                        "partial-succeeded",
                        ::workflow_sdk::service::StateKind::PartiallySucceeded,
                    ),
                    ("succeeded", ::workflow_sdk::service::StateKind::Succeeded),
                ],
            ),
        ),
        Some(
            ::workflow_sdk::service::Example::new(
                "examples/ice-GetAIWorkflowTask.json",
                include_str!(
                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                    "examples/ice-GetAIWorkflowTask.json")
                ),
                "ice.yaml",
            ),
        ),
        Some(|body: &str| {
            ::serde_json::from_str::<types::GetAiWorkflowTaskResponse>(body)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }),
    ),
    ::workflow_sdk::service::OperationSpec::new(
        "GetWorkflowTask",
        "get_workflow_task",
        "POST",
        "/GetWorkflowTask",
        Some("GetWorkflowTask"),
        &[
            ::workflow_sdk::service::ParamSpec::new(
                "TaskId",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                true,
            ),
        ],
        Some(
            ::workflow_sdk::service::RunSpec::new(
                "TaskId",
                "/WorkflowTask/Status",
                &[
                    ("Init", ::workflow_sdk::service::StateKind::Pending),
                    ("Processing", ::workflow_sdk::service::StateKind::Running),
                    ("Succeed", ::workflow_sdk::service::StateKind::Succeeded),
                    ("Failed", ::workflow_sdk::service::StateKind::Failed),
                    ("Canceled", ::workflow_sdk::service::StateKind::Canceled),
                ],
            ),
        ),
        Some(
            ::workflow_sdk::service::Example::new(
                "examples/ice-GetWorkflowTask.json",
                include_str!(
                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                    "examples/ice-GetWorkflowTask.json")
                ),
                "ice.yaml",
            ),
        ),
        Some(|body: &str| {
            ::serde_json::from_str::<types::GetWorkflowTaskResponse>(body)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }),
    ),
];
/// What the spec says about this API: style, authentication, endpoint
/// rule and per-operation facts. Also the API's handle, e.g. for
/// [`workflow_sdk::ConfigBuilder::endpoint_url_for`].
pub static SERVICE: ::workflow_sdk::service::ServiceSpec = ::workflow_sdk::service::ServiceSpec::new(
    "ice",
    "Alibaba Cloud Intelligent Media Services (ICE)",
    "alibaba-cloud",
    ::workflow_sdk::service::ApiStyle::Rpc,
    ::workflow_sdk::service::AuthScheme::Acs3HmacSha256,
    Some("ICE"),
    Some("2020-11-09"),
    ::workflow_sdk::service::EndpointRule::new(
        "https://ice.{region}.aliyuncs.com",
        &[("cn-hangzhou", "https://ice.aliyuncs.com")],
    ),
    &OPERATIONS,
);
/// Command-line glue generated from the spec, for the `workflow`
/// binary (feature `cli`).
#[cfg(feature = "cli")]
pub mod cli {
    /// The `clap` command of this API: one subcommand per operation.
    pub fn command() -> ::clap::Command {
        ::clap::Command::new("ice")
            .about("Alibaba Cloud Intelligent Media Services (ICE)")
            .subcommand_required(true)
            .arg_required_else_help(true)
            .subcommand(
                ::clap::Command::new("get-ai-workflow-task")
                    .about(
                        "Get one AI workflow task, with its inputs, node results and outputs.",
                    )
                    .arg(
                        ::clap::Arg::new("TaskId")
                            .long("task-id")
                            .value_name("TASK_ID")
                            .help(
                                "Identifier of the AI workflow task to look up. Repeat to wait on several runs.",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .action(::clap::ArgAction::Append)
                            .required_unless_present("ids-from"),
                    ),
            )
            .subcommand(
                ::clap::Command::new("get-workflow-task")
                    .about(
                        "Get one media workflow task (last year only), with its input and per-node results.",
                    )
                    .arg(
                        ::clap::Arg::new("TaskId")
                            .long("task-id")
                            .value_name("TASK_ID")
                            .help(
                                "Identifier of the workflow task to look up. Repeat to wait on several runs.",
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
            Some(("get-ai-workflow-task", m)) => {
                let out: ::std::result::Result<
                    ::workflow_sdk::cli::Output,
                    ::workflow_sdk::cli::Failure,
                > = async {
                    #[allow(unused_mut)]
                    let mut b = client.get_ai_workflow_task();
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
                                    "examples/ice-GetAIWorkflowTask.json")
                                ),
                            ),
                        )
                })
            }
            Some(("get-workflow-task", m)) => {
                let out: ::std::result::Result<
                    ::workflow_sdk::cli::Output,
                    ::workflow_sdk::cli::Failure,
                > = async {
                    #[allow(unused_mut)]
                    let mut b = client.get_workflow_task();
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
                                    "examples/ice-GetWorkflowTask.json")
                                ),
                            ),
                        )
                })
            }
            _ => Err(::workflow_sdk::cli::Failure::Usage("unknown operation".into())),
        }
    }
}
