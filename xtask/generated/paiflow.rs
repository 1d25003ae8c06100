/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The list of parameters.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PipelineArgumentList {
        ///One entry per parameter.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub parameters: ::std::vec::Vec<PipelineParameter>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PipelineArgumentList {
        pub fn builder() -> builder::PipelineArgumentList {
            Default::default()
        }
    }
    ///The parameters a run was given, the content of `PipelineRun.Arguments`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PipelineArguments {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub arguments: ::std::option::Option<PipelineArgumentList>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PipelineArguments {
        pub fn builder() -> builder::PipelineArguments {
            Default::default()
        }
    }
    ///A pipeline definition, the content of `PipelineRun.Manifest`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PipelineManifest {
        ///Version of the manifest format.
        #[serde(
            rename = "ApiVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_version: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Metadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub metadata: ::std::option::Option<PipelineManifestMetadata>,
        ///The pipeline's specification; its shape depends on the pipeline.
        #[serde(rename = "Spec", skip_serializing_if = "::std::option::Option::is_none")]
        pub spec: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PipelineManifest {
        pub fn builder() -> builder::PipelineManifest {
            Default::default()
        }
    }
    ///Who and what a pipeline manifest describes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PipelineManifestMetadata {
        ///Name shown in the console.
        #[serde(
            rename = "DisplayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///Unique identifier of the pipeline.
        #[serde(
            rename = "Identifier",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub identifier: ::std::option::Option<::std::string::String>,
        ///Name of the pipeline (or run).
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Namespace of the pipeline; null when it has none.
        #[serde(
            rename = "Namespace",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub namespace: ::std::option::Option<::std::string::String>,
        ///Identifier of the pipeline node.
        #[serde(
            rename = "NodeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub node_id: ::std::option::Option<::std::string::String>,
        ///Kind of node, e.g. `Dag`.
        #[serde(
            rename = "NodeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub node_type: ::std::option::Option<::std::string::String>,
        ///The account that provides the pipeline.
        #[serde(
            rename = "Provider",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub provider: ::std::option::Option<::std::string::String>,
        ///Version of the pipeline.
        #[serde(
            rename = "Version",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub version: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PipelineManifestMetadata {
        pub fn builder() -> builder::PipelineManifestMetadata {
            Default::default()
        }
    }
    ///MLflow tracking of the run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PipelineMlflowOptions {
        ///The MLflow experiment the run reports to.
        #[serde(
            rename = "experimentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub experiment_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PipelineMlflowOptions {
        pub fn builder() -> builder::PipelineMlflowOptions {
            Default::default()
        }
    }
    ///A run's options, the content of `PipelineRun.Options`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PipelineOptions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mlflow: ::std::option::Option<PipelineMlflowOptions>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PipelineOptions {
        pub fn builder() -> builder::PipelineOptions {
            Default::default()
        }
    }
    ///One named parameter of a run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PipelineParameter {
        ///Parameter name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Parameter value, any JSON.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PipelineParameter {
        pub fn builder() -> builder::PipelineParameter {
            Default::default()
        }
    }
    ///One pipeline run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PipelineRun {
        #[serde(
            rename = "Accessibility",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub accessibility: ::std::option::Option<
            crate::paiflow::types::PipelineRunAccessibility,
        >,
        ///The run's parameters, a JSON document held in a string.
        #[serde(
            rename = "Arguments",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub arguments: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::paiflow::types::PipelineRunArgumentsField>,
        >,
        ///How long the run took, in seconds.
        #[serde(
            rename = "Duration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub duration: ::std::option::Option<i64>,
        ///When the run ended (UTC, ISO 8601).
        #[serde(
            rename = "FinishedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub finished_at: ::std::option::Option<::std::string::String>,
        ///When the run was created (UTC, ISO 8601).
        #[serde(
            rename = "GmtCreateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gmt_create_time: ::std::option::Option<::std::string::String>,
        ///When the run was last changed (UTC, ISO 8601).
        #[serde(
            rename = "GmtModifiedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gmt_modified_time: ::std::option::Option<::std::string::String>,
        ///The run's definition, a JSON document held in a string (with `Verbose=true`).
        #[serde(
            rename = "Manifest",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manifest: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::paiflow::types::PipelineRunManifestField>,
        >,
        ///Why the run failed, if it did.
        #[serde(
            rename = "Message",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message: ::std::option::Option<::std::string::String>,
        ///Name of the run.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Identifier of the pipeline node.
        #[serde(
            rename = "NodeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub node_id: ::std::option::Option<::std::string::String>,
        ///The run's options, a JSON document held in a string.
        #[serde(
            rename = "Options",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub options: ::std::option::Option<
            ::workflow_sdk::JsonString<crate::paiflow::types::PipelineRunOptionsField>,
        >,
        ///The Alibaba Cloud account that created the pipeline.
        #[serde(
            rename = "ParentUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_user_id: ::std::option::Option<::std::string::String>,
        ///Identifier of the pipeline.
        #[serde(
            rename = "PipelineId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pipeline_id: ::std::option::Option<::std::string::String>,
        ///Identifier of the run.
        #[serde(
            rename = "PipelineRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pipeline_run_id: ::std::option::Option<::std::string::String>,
        ///Console URL of the run.
        #[serde(
            rename = "PipelineRunUri",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pipeline_run_uri: ::std::option::Option<::std::string::String>,
        ///Identifier the service gave this request; quote it to support.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///Identifier of the run's source.
        #[serde(
            rename = "SourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "SourceType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_type: ::std::option::Option<
            crate::paiflow::types::PipelineRunSourceType,
        >,
        ///When the run started (UTC, ISO 8601).
        #[serde(
            rename = "StartedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub started_at: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<crate::paiflow::types::PipelineRunStatus>,
        ///The RAM user that created the pipeline.
        #[serde(
            rename = "UserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<::std::string::String>,
        ///The workspace the run belongs to.
        #[serde(
            rename = "WorkspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PipelineRun {
        pub fn builder() -> builder::PipelineRun {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct PipelineArgumentList {
            parameters: ::std::result::Result<
                ::std::vec::Vec<super::PipelineParameter>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PipelineArgumentList {
            fn default() -> Self {
                Self {
                    parameters: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PipelineArgumentList {
            pub fn parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PipelineParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parameters: {e}")
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
        impl ::std::convert::TryFrom<PipelineArgumentList>
        for super::PipelineArgumentList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineArgumentList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    parameters: value.parameters?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PipelineArgumentList> for PipelineArgumentList {
            fn from(value: super::PipelineArgumentList) -> Self {
                Self {
                    parameters: Ok(value.parameters),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PipelineArguments {
            arguments: ::std::result::Result<
                ::std::option::Option<super::PipelineArgumentList>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PipelineArguments {
            fn default() -> Self {
                Self {
                    arguments: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PipelineArguments {
            pub fn arguments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PipelineArgumentList>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.arguments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for arguments: {e}")
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
        impl ::std::convert::TryFrom<PipelineArguments> for super::PipelineArguments {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineArguments,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    arguments: value.arguments?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PipelineArguments> for PipelineArguments {
            fn from(value: super::PipelineArguments) -> Self {
                Self {
                    arguments: Ok(value.arguments),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PipelineManifest {
            api_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::PipelineManifestMetadata>,
                ::std::string::String,
            >,
            spec: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PipelineManifest {
            fn default() -> Self {
                Self {
                    api_version: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    spec: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PipelineManifest {
            pub fn api_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_version: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PipelineManifestMetadata>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn spec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.spec = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for spec: {e}")
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
        impl ::std::convert::TryFrom<PipelineManifest> for super::PipelineManifest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineManifest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_version: value.api_version?,
                    metadata: value.metadata?,
                    spec: value.spec?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PipelineManifest> for PipelineManifest {
            fn from(value: super::PipelineManifest) -> Self {
                Self {
                    api_version: Ok(value.api_version),
                    metadata: Ok(value.metadata),
                    spec: Ok(value.spec),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PipelineManifestMetadata {
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            identifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            namespace: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            node_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            node_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PipelineManifestMetadata {
            fn default() -> Self {
                Self {
                    display_name: Ok(Default::default()),
                    identifier: Ok(Default::default()),
                    name: Ok(Default::default()),
                    namespace: Ok(Default::default()),
                    node_id: Ok(Default::default()),
                    node_type: Ok(Default::default()),
                    provider: Ok(Default::default()),
                    version: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PipelineManifestMetadata {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identifier: {e}")
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
            pub fn namespace<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.namespace = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for namespace: {e}")
                    });
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn node_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.node_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_type: {e}")
                    });
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
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
        impl ::std::convert::TryFrom<PipelineManifestMetadata>
        for super::PipelineManifestMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineManifestMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    identifier: value.identifier?,
                    name: value.name?,
                    namespace: value.namespace?,
                    node_id: value.node_id?,
                    node_type: value.node_type?,
                    provider: value.provider?,
                    version: value.version?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PipelineManifestMetadata>
        for PipelineManifestMetadata {
            fn from(value: super::PipelineManifestMetadata) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    identifier: Ok(value.identifier),
                    name: Ok(value.name),
                    namespace: Ok(value.namespace),
                    node_id: Ok(value.node_id),
                    node_type: Ok(value.node_type),
                    provider: Ok(value.provider),
                    version: Ok(value.version),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PipelineMlflowOptions {
            experiment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PipelineMlflowOptions {
            fn default() -> Self {
                Self {
                    experiment_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PipelineMlflowOptions {
            pub fn experiment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.experiment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for experiment_id: {e}")
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
        impl ::std::convert::TryFrom<PipelineMlflowOptions>
        for super::PipelineMlflowOptions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineMlflowOptions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    experiment_id: value.experiment_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PipelineMlflowOptions>
        for PipelineMlflowOptions {
            fn from(value: super::PipelineMlflowOptions) -> Self {
                Self {
                    experiment_id: Ok(value.experiment_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PipelineOptions {
            mlflow: ::std::result::Result<
                ::std::option::Option<super::PipelineMlflowOptions>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PipelineOptions {
            fn default() -> Self {
                Self {
                    mlflow: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PipelineOptions {
            pub fn mlflow<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PipelineMlflowOptions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mlflow = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mlflow: {e}")
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
        impl ::std::convert::TryFrom<PipelineOptions> for super::PipelineOptions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineOptions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    mlflow: value.mlflow?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PipelineOptions> for PipelineOptions {
            fn from(value: super::PipelineOptions) -> Self {
                Self {
                    mlflow: Ok(value.mlflow),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PipelineParameter {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PipelineParameter {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    value: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PipelineParameter {
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
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
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
        impl ::std::convert::TryFrom<PipelineParameter> for super::PipelineParameter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineParameter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PipelineParameter> for PipelineParameter {
            fn from(value: super::PipelineParameter) -> Self {
                Self {
                    name: Ok(value.name),
                    value: Ok(value.value),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PipelineRun {
            accessibility: ::std::result::Result<
                ::std::option::Option<crate::paiflow::types::PipelineRunAccessibility>,
                ::std::string::String,
            >,
            arguments: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::paiflow::types::PipelineRunArgumentsField,
                    >,
                >,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            finished_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gmt_create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gmt_modified_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            manifest: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::paiflow::types::PipelineRunManifestField,
                    >,
                >,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            node_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::option::Option<
                    ::workflow_sdk::JsonString<
                        crate::paiflow::types::PipelineRunOptionsField,
                    >,
                >,
                ::std::string::String,
            >,
            parent_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pipeline_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pipeline_run_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pipeline_run_uri: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_type: ::std::result::Result<
                ::std::option::Option<crate::paiflow::types::PipelineRunSourceType>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::paiflow::types::PipelineRunStatus>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            workspace_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PipelineRun {
            fn default() -> Self {
                Self {
                    accessibility: Ok(Default::default()),
                    arguments: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    finished_at: Ok(Default::default()),
                    gmt_create_time: Ok(Default::default()),
                    gmt_modified_time: Ok(Default::default()),
                    manifest: Ok(Default::default()),
                    message: Ok(Default::default()),
                    name: Ok(Default::default()),
                    node_id: Ok(Default::default()),
                    options: Ok(Default::default()),
                    parent_user_id: Ok(Default::default()),
                    pipeline_id: Ok(Default::default()),
                    pipeline_run_id: Ok(Default::default()),
                    pipeline_run_uri: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    source_type: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                    workspace_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PipelineRun {
            pub fn accessibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::paiflow::types::PipelineRunAccessibility,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.accessibility = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accessibility: {e}")
                    });
                self
            }
            pub fn arguments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::paiflow::types::PipelineRunArgumentsField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.arguments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for arguments: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn finished_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.finished_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finished_at: {e}")
                    });
                self
            }
            pub fn gmt_create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gmt_create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for gmt_create_time: {e}"
                        )
                    });
                self
            }
            pub fn gmt_modified_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gmt_modified_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for gmt_modified_time: {e}"
                        )
                    });
                self
            }
            pub fn manifest<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::paiflow::types::PipelineRunManifestField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.manifest = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for manifest: {e}")
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
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::workflow_sdk::JsonString<
                            crate::paiflow::types::PipelineRunOptionsField,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            pub fn parent_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_user_id: {e}"
                        )
                    });
                self
            }
            pub fn pipeline_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pipeline_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pipeline_id: {e}")
                    });
                self
            }
            pub fn pipeline_run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pipeline_run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pipeline_run_id: {e}"
                        )
                    });
                self
            }
            pub fn pipeline_run_uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pipeline_run_uri = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pipeline_run_uri: {e}"
                        )
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
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn source_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::paiflow::types::PipelineRunSourceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.source_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_type: {e}")
                    });
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.started_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for started_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::paiflow::types::PipelineRunStatus>,
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
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            pub fn workspace_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.workspace_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workspace_id: {e}")
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
        impl ::std::convert::TryFrom<PipelineRun> for super::PipelineRun {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PipelineRun,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accessibility: value.accessibility?,
                    arguments: value.arguments?,
                    duration: value.duration?,
                    finished_at: value.finished_at?,
                    gmt_create_time: value.gmt_create_time?,
                    gmt_modified_time: value.gmt_modified_time?,
                    manifest: value.manifest?,
                    message: value.message?,
                    name: value.name?,
                    node_id: value.node_id?,
                    options: value.options?,
                    parent_user_id: value.parent_user_id?,
                    pipeline_id: value.pipeline_id?,
                    pipeline_run_id: value.pipeline_run_id?,
                    pipeline_run_uri: value.pipeline_run_uri?,
                    request_id: value.request_id?,
                    source_id: value.source_id?,
                    source_type: value.source_type?,
                    started_at: value.started_at?,
                    status: value.status?,
                    user_id: value.user_id?,
                    workspace_id: value.workspace_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PipelineRun> for PipelineRun {
            fn from(value: super::PipelineRun) -> Self {
                Self {
                    accessibility: Ok(value.accessibility),
                    arguments: Ok(value.arguments),
                    duration: Ok(value.duration),
                    finished_at: Ok(value.finished_at),
                    gmt_create_time: Ok(value.gmt_create_time),
                    gmt_modified_time: Ok(value.gmt_modified_time),
                    manifest: Ok(value.manifest),
                    message: Ok(value.message),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    options: Ok(value.options),
                    parent_user_id: Ok(value.parent_user_id),
                    pipeline_id: Ok(value.pipeline_id),
                    pipeline_run_id: Ok(value.pipeline_run_id),
                    pipeline_run_uri: Ok(value.pipeline_run_uri),
                    request_id: Ok(value.request_id),
                    source_id: Ok(value.source_id),
                    source_type: Ok(value.source_type),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    user_id: Ok(value.user_id),
                    workspace_id: Ok(value.workspace_id),
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
        #[doc =
        "Form of a pipeline manifest: `Raw` as submitted; `Frozen` with every pipeline version pinned so the run can be repeated; `Rendered` with runtime information filled in; `Expanded` with every pipeline fully defined; `Runtime` as it runs."]
        #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        ManifestType { #[doc = "`Raw`"] Raw => "Raw", #[doc = "`Frozen`"] Frozen =>
        "Frozen", #[doc = "`Rendered`"] Rendered => "Rendered", #[doc = "`Expanded`"]
        Expanded => "Expanded", #[doc = "`Runtime`"] Runtime => "Runtime", }
    }
    ::workflow_sdk::open_enum! {
        #[doc = "Where the pipeline run is in its life cycle."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        PipelineRunStatus { #[doc = "`Initialized`"] Initialized => "Initialized", #[doc
        = "`Running`"] Running => "Running", #[doc = "`Succeeded`"] Succeeded =>
        "Succeeded", #[doc = "`Failed`"] Failed => "Failed", #[doc = "`Suspended`"]
        Suspended => "Suspended", #[doc = "`Terminated`"] Terminated => "Terminated",
        #[doc = "`Unknown`"] Unknown => "Unknown", #[doc = "`Skipped`"] Skipped =>
        "Skipped", #[doc = "`Terminating`"] Terminating => "Terminating", }
    }
    ::workflow_sdk::open_enum! {
        #[doc =
        "Where the run came from: `SDK`, `DESIGNER` (Machine Learning Designer), `M6` (another site), or `UNKNOWN` when not given."]
        #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        PipelineRunSourceType { #[doc = "`UNKNOWN`"] Unknown => "UNKNOWN", #[doc =
        "`SDK`"] Sdk => "SDK", #[doc = "`DESIGNER`"] Designer => "DESIGNER", #[doc =
        "`M6`"] M6 => "M6", }
    }
    ::workflow_sdk::open_enum! {
        #[doc = "Who can see the run."] #[doc = r""] #[doc =
        r" Open: a value the spec does not list is kept in `Other`."] pub enum
        PipelineRunAccessibility { #[doc = "`PUBLIC`"] Public => "PUBLIC", #[doc =
        "`PRIVATE`"] Private => "PRIVATE", }
    }
    ///Marks the JSON-in-string field `PipelineRun.Manifest`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum PipelineRunManifestField {}
    impl ::workflow_sdk::JsonField for PipelineRunManifestField {
        const NAME: &'static str = "PipelineRun.Manifest";
        type View = PipelineManifest;
    }
    ///Marks the JSON-in-string field `PipelineRun.Arguments`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum PipelineRunArgumentsField {}
    impl ::workflow_sdk::JsonField for PipelineRunArgumentsField {
        const NAME: &'static str = "PipelineRun.Arguments";
        type View = PipelineArguments;
    }
    ///Marks the JSON-in-string field `PipelineRun.Options`: its name and typed view (see [`workflow_sdk::JsonString`]).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum PipelineRunOptionsField {}
    impl ::workflow_sdk::JsonField for PipelineRunOptionsField {
        const NAME: &'static str = "PipelineRun.Options";
        type View = PipelineOptions;
    }
    impl PipelineRun {
        ///`StartedAt` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn started_at_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601("PipelineRun.StartedAt", &self.started_at)
        }
        ///`FinishedAt` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn finished_at_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601("PipelineRun.FinishedAt", &self.finished_at)
        }
        ///`GmtCreateTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn gmt_create_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "PipelineRun.GmtCreateTime",
                &self.gmt_create_time,
            )
        }
        ///`GmtModifiedTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn gmt_modified_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "PipelineRun.GmtModifiedTime",
                &self.gmt_modified_time,
            )
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Alibaba Cloud PAI PAIFlow

Pipeline runs of Platform for AI (PAIFlow). ROA style: the method and path below are the real ones; requests are signed with ACS3-HMAC-SHA256. The endpoint is regional (`paiflow.<region>.aliyuncs.com`, as the vendor documents it) so that requests stay in the region; the official SDK sends every region to the central `paiflow.aliyuncs.com`, which you can choose with an endpoint override.

Version: 2021-02-02*/
pub struct Client {
    pub(crate) handle: ::workflow_sdk::runtime::Handle,
}
impl Client {
    #[doc = concat!(
        "Creates a client for ", "Alibaba Cloud PAI PAIFlow",
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
    /**Get one pipeline run, optionally with its manifest

Sends a `GET` request to `/api/v1/pipelineruns/{PipelineRunId}`

Arguments:
- `pipeline_run_id`: Identifier of the pipeline run (ListPipelineRuns lists them).
- `manifest_type`: Which form of the manifest to return (default `Raw`).
- `token_id`: Identifier of a shared pipeline run.
- `verbose`: Whether to return details, including `Manifest`.
```ignore
let response = client.get_pipeline_run()
    .pipeline_run_id(pipeline_run_id)
    .manifest_type(manifest_type)
    .token_id(token_id)
    .verbose(verbose)
    .send()
    .await;
```*/
    pub fn get_pipeline_run(&self) -> builder::GetPipelineRun<'_> {
        builder::GetPipelineRun::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    /**Builder for [`Client::get_pipeline_run`]

[`Client::get_pipeline_run`]: super::Client::get_pipeline_run*/
    #[derive(Debug, Clone)]
    pub struct GetPipelineRun<'a> {
        client: &'a super::Client,
        pipeline_run_id: Result<::std::string::String, String>,
        manifest_type: Result<Option<crate::paiflow::types::ManifestType>, String>,
        token_id: Result<Option<::std::string::String>, String>,
        verbose: Result<Option<bool>, String>,
    }
    impl<'a> GetPipelineRun<'a> {
        ///Starts a `GetPipelineRun` request; prefer the client's method.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                pipeline_run_id: Err("pipeline_run_id was not initialized".to_string()),
                manifest_type: Ok(None),
                token_id: Ok(None),
                verbose: Ok(None),
            }
        }
        /**Identifier of the pipeline run (ListPipelineRuns lists them).

`PipelineRunId` (path, required).*/
        pub fn pipeline_run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pipeline_run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pipeline_run_id failed"
                        .to_string()
                });
            self
        }
        /**Which form of the manifest to return (default `Raw`).

`ManifestType` (query).*/
        pub fn manifest_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::paiflow::types::ManifestType>,
        {
            self.manifest_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: paiflow :: types :: ManifestType` for manifest_type failed"
                        .to_string()
                });
            self
        }
        /**Identifier of a shared pipeline run.

`TokenId` (query).*/
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for token_id failed"
                        .to_string()
                });
            self
        }
        /**Whether to return details, including `Manifest`.

`Verbose` (query).*/
        pub fn verbose<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.verbose = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for verbose failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/pipelineruns/{PipelineRunId}`
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::PipelineRun>,
            ::workflow_sdk::Error,
        > {
            let Self { client, pipeline_run_id, manifest_type, token_id, verbose } = self;
            let pipeline_run_id = pipeline_run_id
                .map_err(::workflow_sdk::runtime::invalid_request)?;
            let manifest_type = manifest_type
                .map_err(::workflow_sdk::runtime::invalid_request)?;
            let token_id = token_id.map_err(::workflow_sdk::runtime::invalid_request)?;
            let verbose = verbose.map_err(::workflow_sdk::runtime::invalid_request)?;
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            request.path("PipelineRunId", &pipeline_run_id);
            request.query("ManifestType", &manifest_type)?;
            request.query("TokenId", &token_id)?;
            request.query("Verbose", &verbose)?;
            ::workflow_sdk::runtime::invoke(
                    &client.handle,
                    &super::OPERATIONS[0],
                    request,
                )
                .await
        }
        ///Polls `GetPipelineRun` until the run reaches a terminal state (`/Status` holds the status), then returns the final response; a failure state, the maximum wait (a hard deadline) or a permanent error ends the wait with [`workflow_sdk::WaitError`]. Dropping the future stops polling.
        pub async fn wait_until_done(
            self,
            policy: &::workflow_sdk::WaitPolicy,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::PipelineRun>,
            ::workflow_sdk::WaitError<::workflow_sdk::Response<types::PipelineRun>>,
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
            ::workflow_sdk::Response<types::PipelineRun>,
            ::workflow_sdk::WaitError<::workflow_sdk::Response<types::PipelineRun>>,
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
                ::workflow_sdk::Response<types::PipelineRun>,
            >,
        > + Send + Unpin + 'a {
            self.into_run().events(policy)
        }
        /// This run, to wait on with others ([`workflow_sdk::WaitMany`]).
        pub fn into_run(
            self,
        ) -> ::workflow_sdk::Run<'a, ::workflow_sdk::Response<types::PipelineRun>> {
            static RUN: ::workflow_sdk::service::RunSpec = ::workflow_sdk::service::RunSpec::new(
                "PipelineRunId",
                "/Status",
                &[
                    ("Initialized", ::workflow_sdk::service::StateKind::Pending),
                    ("Running", ::workflow_sdk::service::StateKind::Running),
                    ("Succeeded", ::workflow_sdk::service::StateKind::Succeeded),
                    ("Failed", ::workflow_sdk::service::StateKind::Failed),
                    ("Suspended", ::workflow_sdk::service::StateKind::Suspended),
                    ("Terminated", ::workflow_sdk::service::StateKind::Canceled),
                    ("Terminating", ::workflow_sdk::service::StateKind::Running),
                    ("Skipped", ::workflow_sdk::service::StateKind::Canceled),
                    ("Unknown", ::workflow_sdk::service::StateKind::Unknown),
                ],
            );
            fn status(
                r: &::workflow_sdk::Response<types::PipelineRun>,
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
    ///`GetPipelineRun`: its facts, and its name for simulator scripting.
    pub static GET_PIPELINE_RUN: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[0usize];
}
/// Every operation's facts, in spec order; each builder's `send()`
/// hands its entry to the runtime.
pub(crate) static OPERATIONS: [::workflow_sdk::service::OperationSpec; 1usize] = [
    ::workflow_sdk::service::OperationSpec::new(
        "GetPipelineRun",
        "get_pipeline_run",
        "GET",
        "/api/v1/pipelineruns/{PipelineRunId}",
        Some("GetPipelineRun"),
        &[
            ::workflow_sdk::service::ParamSpec::new(
                "PipelineRunId",
                ::workflow_sdk::service::ParamIn::Path,
                true,
                true,
            ),
            ::workflow_sdk::service::ParamSpec::new(
                "Verbose",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                false,
            ),
            ::workflow_sdk::service::ParamSpec::new(
                "ManifestType",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                false,
            ),
            ::workflow_sdk::service::ParamSpec::new(
                "TokenId",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                false,
            ),
        ],
        Some(
            ::workflow_sdk::service::RunSpec::new(
                "PipelineRunId",
                "/Status",
                &[
                    ("Initialized", ::workflow_sdk::service::StateKind::Pending),
                    ("Running", ::workflow_sdk::service::StateKind::Running),
                    ("Succeeded", ::workflow_sdk::service::StateKind::Succeeded),
                    ("Failed", ::workflow_sdk::service::StateKind::Failed),
                    ("Suspended", ::workflow_sdk::service::StateKind::Suspended),
                    ("Terminated", ::workflow_sdk::service::StateKind::Canceled),
                    ("Terminating", ::workflow_sdk::service::StateKind::Running),
                    ("Skipped", ::workflow_sdk::service::StateKind::Canceled),
                    ("Unknown", ::workflow_sdk::service::StateKind::Unknown),
                ],
            ),
        ),
        Some(
            ::workflow_sdk::service::Example::new(
                "examples/paiflow-GetPipelineRun.json",
                include_str!(
                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                    "examples/paiflow-GetPipelineRun.json")
                ),
                "paiflow.yaml",
            ),
        ),
        Some(|body: &str| {
            ::serde_json::from_str::<types::PipelineRun>(body)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }),
    ),
];
/// What the spec says about this API: style, authentication, endpoint
/// rule and per-operation facts. Also the API's handle, e.g. for
/// [`workflow_sdk::ConfigBuilder::endpoint_url_for`].
pub static SERVICE: ::workflow_sdk::service::ServiceSpec = ::workflow_sdk::service::ServiceSpec::new(
    "paiflow",
    "Alibaba Cloud PAI PAIFlow",
    "alibaba-cloud",
    ::workflow_sdk::service::ApiStyle::Roa,
    ::workflow_sdk::service::AuthScheme::Acs3HmacSha256,
    Some("PAIFlow"),
    Some("2021-02-02"),
    ::workflow_sdk::service::EndpointRule::new(
        "https://paiflow.{region}.aliyuncs.com",
        &[],
    ),
    &OPERATIONS,
);
/// Command-line glue generated from the spec, for the `workflow`
/// binary (feature `cli`).
#[cfg(feature = "cli")]
pub mod cli {
    /// The `clap` command of this API: one subcommand per operation.
    pub fn command() -> ::clap::Command {
        ::clap::Command::new("paiflow")
            .about("Alibaba Cloud PAI PAIFlow")
            .subcommand_required(true)
            .arg_required_else_help(true)
            .subcommand(
                ::clap::Command::new("get-pipeline-run")
                    .about("Get one pipeline run, optionally with its manifest.")
                    .arg(
                        ::clap::Arg::new("PipelineRunId")
                            .long("pipeline-run-id")
                            .value_name("PIPELINE_RUN_ID")
                            .help(
                                "Identifier of the pipeline run (ListPipelineRuns lists them). Repeat to wait on several runs.",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .action(::clap::ArgAction::Append)
                            .required_unless_present("ids-from"),
                    )
                    .arg(
                        ::clap::Arg::new("Verbose")
                            .long("verbose")
                            .value_name("VERBOSE")
                            .help("Whether to return details, including `Manifest`.")
                            .value_parser(
                                ::clap::builder::TypedValueParser::map(
                                    ::clap::builder::PossibleValuesParser::new([
                                        "true",
                                        "false",
                                    ]),
                                    |s: String| s == "true",
                                ),
                            )
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("ManifestType")
                            .long("manifest-type")
                            .value_name("MANIFEST_TYPE")
                            .help(
                                "Which form of the manifest to return (default `Raw`).",
                            )
                            .value_parser(
                                ::workflow_sdk::cli::OpenValues::new(
                                    super::types::ManifestType::KNOWN,
                                ),
                            )
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("TokenId")
                            .long("token-id")
                            .value_name("TOKEN_ID")
                            .help("Identifier of a shared pipeline run.")
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
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
            Some(("get-pipeline-run", m)) => {
                let out: ::std::result::Result<
                    ::workflow_sdk::cli::Output,
                    ::workflow_sdk::cli::Failure,
                > = async {
                    #[allow(unused_mut)]
                    let mut b = client.get_pipeline_run();
                    if let Some(v) = m.get_one::<bool>("Verbose") {
                        let v = *v;
                        b = b.verbose(v);
                    }
                    if let Some(v) = m.get_one::<String>("ManifestType") {
                        let v = super::types::ManifestType::from(v.as_str());
                        b = b.manifest_type(v);
                    }
                    if let Some(v) = m.get_one::<String>("TokenId") {
                        let v = v.clone();
                        b = b.token_id(v);
                    }
                    let ids = ctx.run_ids(m, "PipelineRunId", "--pipeline-run-id")?;
                    if ctx.waiting() {
                        let mut runs = ::std::vec::Vec::new();
                        for id in ids {
                            let mut b = b.clone();
                            let key = id.clone();
                            let id = id;
                            b = b.pipeline_run_id(id);
                            runs.push((key, b.into_run()));
                        }
                        ctx.wait(runs).await
                    } else {
                        let mut results = ::std::vec::Vec::new();
                        for id in ids {
                            let mut b = b.clone();
                            let key = id.clone();
                            let id = id;
                            b = b.pipeline_run_id(id);
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
                                    "examples/paiflow-GetPipelineRun.json")
                                ),
                            ),
                        )
                })
            }
            _ => Err(::workflow_sdk::cli::Failure::Usage("unknown operation".into())),
        }
    }
}
