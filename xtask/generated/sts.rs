/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Result of AssumeRole.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AssumeRoleResponse {
        #[serde(
            rename = "AssumedRoleUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assumed_role_user: ::std::option::Option<AssumedRoleUser>,
        #[serde(
            rename = "Credentials",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub credentials: ::std::option::Option<StsCredentials>,
        ///Identifier the service gave this request; quote it to support.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AssumeRoleResponse {
        pub fn builder() -> builder::AssumeRoleResponse {
            Default::default()
        }
    }
    ///The parameters of AssumeRoleWithOIDC, sent form-encoded in the body.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AssumeRoleWithOidcRequest {
        ///How long the credentials last, in seconds (900 up to the role's maximum).
        #[serde(
            rename = "DurationSeconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub duration_seconds: ::std::option::Option<i64>,
        ///ARN of the OIDC identity provider registered in RAM.
        #[serde(
            rename = "OIDCProviderArn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oidc_provider_arn: ::std::option::Option<::std::string::String>,
        ///The OIDC token issued by the identity provider (a JWT); a secret.
        #[serde(
            rename = "OIDCToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oidc_token: ::std::option::Option<::workflow_sdk::Secret>,
        ///A policy that narrows what the temporary credentials may do.
        #[serde(
            rename = "Policy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub policy: ::std::option::Option<::std::string::String>,
        ///ARN of the RAM role to assume.
        #[serde(
            rename = "RoleArn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub role_arn: ::std::option::Option<::std::string::String>,
        ///Name of this role session, for audit logs.
        #[serde(rename = "RoleSessionName")]
        pub role_session_name: ::std::string::String,
    }
    impl AssumeRoleWithOidcRequest {
        pub fn builder() -> builder::AssumeRoleWithOidcRequest {
            Default::default()
        }
    }
    ///Result of AssumeRoleWithOIDC.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AssumeRoleWithOidcResponse {
        #[serde(
            rename = "AssumedRoleUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assumed_role_user: ::std::option::Option<AssumedRoleUser>,
        #[serde(
            rename = "Credentials",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub credentials: ::std::option::Option<StsCredentials>,
        #[serde(
            rename = "OIDCTokenInfo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oidc_token_info: ::std::option::Option<OidcTokenInfo>,
        ///Identifier the service gave this request; quote it to support.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AssumeRoleWithOidcResponse {
        pub fn builder() -> builder::AssumeRoleWithOidcResponse {
            Default::default()
        }
    }
    ///The temporary identity the role session acts as.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AssumedRoleUser {
        ///ARN of the role session.
        #[serde(rename = "Arn", skip_serializing_if = "::std::option::Option::is_none")]
        pub arn: ::std::option::Option<::std::string::String>,
        ///Identifier of the role session.
        #[serde(
            rename = "AssumedRoleId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assumed_role_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AssumedRoleUser {
        pub fn builder() -> builder::AssumedRoleUser {
            Default::default()
        }
    }
    ///Result of GetCallerIdentity.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetCallerIdentityResponse {
        ///The Alibaba Cloud account the caller belongs to.
        #[serde(
            rename = "AccountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///ARN of the caller.
        #[serde(rename = "Arn", skip_serializing_if = "::std::option::Option::is_none")]
        pub arn: ::std::option::Option<::std::string::String>,
        ///What the caller is: `Account`, `RAMUser` or `AssumedRoleUser`.
        #[serde(
            rename = "IdentityType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub identity_type: ::std::option::Option<::std::string::String>,
        ///Identifier of the principal.
        #[serde(
            rename = "PrincipalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub principal_id: ::std::option::Option<::std::string::String>,
        ///Identifier the service gave this request; quote it to support.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///Identifier of the role, when the caller is a role session.
        #[serde(
            rename = "RoleId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub role_id: ::std::option::Option<::std::string::String>,
        ///Identifier of the RAM user, when the caller is one.
        #[serde(
            rename = "UserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetCallerIdentityResponse {
        pub fn builder() -> builder::GetCallerIdentityResponse {
            Default::default()
        }
    }
    ///What the service read from the OIDC token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OidcTokenInfo {
        ///The token's `aud` claim, comma-separated.
        #[serde(
            rename = "ClientIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_ids: ::std::option::Option<::std::string::String>,
        ///When the token expires (UTC).
        #[serde(
            rename = "ExpirationTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_time: ::std::option::Option<::std::string::String>,
        ///When the token was issued (UTC).
        #[serde(
            rename = "IssuanceTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub issuance_time: ::std::option::Option<::std::string::String>,
        ///The token's `iss` claim.
        #[serde(
            rename = "Issuer",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub issuer: ::std::option::Option<::std::string::String>,
        ///The token's `sub` claim.
        #[serde(
            rename = "Subject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub subject: ::std::option::Option<::std::string::String>,
        ///The outcome of checking the token.
        #[serde(
            rename = "VerificationInfo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub verification_info: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OidcTokenInfo {
        pub fn builder() -> builder::OidcTokenInfo {
            Default::default()
        }
    }
    ///Temporary credentials. The secret and the token are secrets (`format: password`): the SDK holds them in its `Secret` type, whose Debug and Display print a redaction marker.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct StsCredentials {
        ///The temporary AccessKey id (starts with `STS.`).
        #[serde(
            rename = "AccessKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_key_id: ::std::option::Option<::std::string::String>,
        ///The temporary AccessKey secret.
        #[serde(
            rename = "AccessKeySecret",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_key_secret: ::std::option::Option<::workflow_sdk::Secret>,
        ///When the credentials stop working (UTC, ISO 8601).
        #[serde(
            rename = "Expiration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration: ::std::option::Option<::std::string::String>,
        ///The security token sent with every call signed with these credentials.
        #[serde(
            rename = "SecurityToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub security_token: ::std::option::Option<::workflow_sdk::Secret>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl StsCredentials {
        pub fn builder() -> builder::StsCredentials {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AssumeRoleResponse {
            assumed_role_user: ::std::result::Result<
                ::std::option::Option<super::AssumedRoleUser>,
                ::std::string::String,
            >,
            credentials: ::std::result::Result<
                ::std::option::Option<super::StsCredentials>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssumeRoleResponse {
            fn default() -> Self {
                Self {
                    assumed_role_user: Ok(Default::default()),
                    credentials: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AssumeRoleResponse {
            pub fn assumed_role_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AssumedRoleUser>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.assumed_role_user = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assumed_role_user: {e}"
                        )
                    });
                self
            }
            pub fn credentials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::StsCredentials>>,
                T::Error: ::std::fmt::Display,
            {
                self.credentials = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for credentials: {e}")
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
        impl ::std::convert::TryFrom<AssumeRoleResponse> for super::AssumeRoleResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssumeRoleResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assumed_role_user: value.assumed_role_user?,
                    credentials: value.credentials?,
                    request_id: value.request_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AssumeRoleResponse> for AssumeRoleResponse {
            fn from(value: super::AssumeRoleResponse) -> Self {
                Self {
                    assumed_role_user: Ok(value.assumed_role_user),
                    credentials: Ok(value.credentials),
                    request_id: Ok(value.request_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssumeRoleWithOidcRequest {
            duration_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            oidc_provider_arn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oidc_token: ::std::result::Result<
                ::std::option::Option<::workflow_sdk::Secret>,
                ::std::string::String,
            >,
            policy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_arn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_session_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssumeRoleWithOidcRequest {
            fn default() -> Self {
                Self {
                    duration_seconds: Ok(Default::default()),
                    oidc_provider_arn: Ok(Default::default()),
                    oidc_token: Ok(Default::default()),
                    policy: Ok(Default::default()),
                    role_arn: Ok(Default::default()),
                    role_session_name: Err(
                        "no value supplied for role_session_name".to_string(),
                    ),
                }
            }
        }
        impl AssumeRoleWithOidcRequest {
            pub fn duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for duration_seconds: {e}"
                        )
                    });
                self
            }
            pub fn oidc_provider_arn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oidc_provider_arn = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for oidc_provider_arn: {e}"
                        )
                    });
                self
            }
            pub fn oidc_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::workflow_sdk::Secret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.oidc_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oidc_token: {e}")
                    });
                self
            }
            pub fn policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.policy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for policy: {e}")
                    });
                self
            }
            pub fn role_arn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role_arn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_arn: {e}")
                    });
                self
            }
            pub fn role_session_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_session_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for role_session_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssumeRoleWithOidcRequest>
        for super::AssumeRoleWithOidcRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssumeRoleWithOidcRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duration_seconds: value.duration_seconds?,
                    oidc_provider_arn: value.oidc_provider_arn?,
                    oidc_token: value.oidc_token?,
                    policy: value.policy?,
                    role_arn: value.role_arn?,
                    role_session_name: value.role_session_name?,
                })
            }
        }
        impl ::std::convert::From<super::AssumeRoleWithOidcRequest>
        for AssumeRoleWithOidcRequest {
            fn from(value: super::AssumeRoleWithOidcRequest) -> Self {
                Self {
                    duration_seconds: Ok(value.duration_seconds),
                    oidc_provider_arn: Ok(value.oidc_provider_arn),
                    oidc_token: Ok(value.oidc_token),
                    policy: Ok(value.policy),
                    role_arn: Ok(value.role_arn),
                    role_session_name: Ok(value.role_session_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssumeRoleWithOidcResponse {
            assumed_role_user: ::std::result::Result<
                ::std::option::Option<super::AssumedRoleUser>,
                ::std::string::String,
            >,
            credentials: ::std::result::Result<
                ::std::option::Option<super::StsCredentials>,
                ::std::string::String,
            >,
            oidc_token_info: ::std::result::Result<
                ::std::option::Option<super::OidcTokenInfo>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssumeRoleWithOidcResponse {
            fn default() -> Self {
                Self {
                    assumed_role_user: Ok(Default::default()),
                    credentials: Ok(Default::default()),
                    oidc_token_info: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AssumeRoleWithOidcResponse {
            pub fn assumed_role_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AssumedRoleUser>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.assumed_role_user = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assumed_role_user: {e}"
                        )
                    });
                self
            }
            pub fn credentials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::StsCredentials>>,
                T::Error: ::std::fmt::Display,
            {
                self.credentials = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for credentials: {e}")
                    });
                self
            }
            pub fn oidc_token_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OidcTokenInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.oidc_token_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for oidc_token_info: {e}"
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
        impl ::std::convert::TryFrom<AssumeRoleWithOidcResponse>
        for super::AssumeRoleWithOidcResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssumeRoleWithOidcResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assumed_role_user: value.assumed_role_user?,
                    credentials: value.credentials?,
                    oidc_token_info: value.oidc_token_info?,
                    request_id: value.request_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AssumeRoleWithOidcResponse>
        for AssumeRoleWithOidcResponse {
            fn from(value: super::AssumeRoleWithOidcResponse) -> Self {
                Self {
                    assumed_role_user: Ok(value.assumed_role_user),
                    credentials: Ok(value.credentials),
                    oidc_token_info: Ok(value.oidc_token_info),
                    request_id: Ok(value.request_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssumedRoleUser {
            arn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            assumed_role_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssumedRoleUser {
            fn default() -> Self {
                Self {
                    arn: Ok(Default::default()),
                    assumed_role_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AssumedRoleUser {
            pub fn arn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.arn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for arn: {e}")
                    });
                self
            }
            pub fn assumed_role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assumed_role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assumed_role_id: {e}"
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
        impl ::std::convert::TryFrom<AssumedRoleUser> for super::AssumedRoleUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssumedRoleUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    arn: value.arn?,
                    assumed_role_id: value.assumed_role_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AssumedRoleUser> for AssumedRoleUser {
            fn from(value: super::AssumedRoleUser) -> Self {
                Self {
                    arn: Ok(value.arn),
                    assumed_role_id: Ok(value.assumed_role_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCallerIdentityResponse {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            arn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            identity_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            principal_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetCallerIdentityResponse {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    arn: Ok(Default::default()),
                    identity_type: Ok(Default::default()),
                    principal_id: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    role_id: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl GetCallerIdentityResponse {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn arn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.arn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for arn: {e}")
                    });
                self
            }
            pub fn identity_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.identity_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identity_type: {e}")
                    });
                self
            }
            pub fn principal_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.principal_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for principal_id: {e}")
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
            pub fn role_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_id: {e}")
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
        impl ::std::convert::TryFrom<GetCallerIdentityResponse>
        for super::GetCallerIdentityResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCallerIdentityResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    arn: value.arn?,
                    identity_type: value.identity_type?,
                    principal_id: value.principal_id?,
                    request_id: value.request_id?,
                    role_id: value.role_id?,
                    user_id: value.user_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::GetCallerIdentityResponse>
        for GetCallerIdentityResponse {
            fn from(value: super::GetCallerIdentityResponse) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    arn: Ok(value.arn),
                    identity_type: Ok(value.identity_type),
                    principal_id: Ok(value.principal_id),
                    request_id: Ok(value.request_id),
                    role_id: Ok(value.role_id),
                    user_id: Ok(value.user_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OidcTokenInfo {
            client_ids: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiration_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            issuance_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            issuer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subject: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verification_info: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OidcTokenInfo {
            fn default() -> Self {
                Self {
                    client_ids: Ok(Default::default()),
                    expiration_time: Ok(Default::default()),
                    issuance_time: Ok(Default::default()),
                    issuer: Ok(Default::default()),
                    subject: Ok(Default::default()),
                    verification_info: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OidcTokenInfo {
            pub fn client_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_ids: {e}")
                    });
                self
            }
            pub fn expiration_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_time: {e}"
                        )
                    });
                self
            }
            pub fn issuance_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issuance_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuance_time: {e}")
                    });
                self
            }
            pub fn issuer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issuer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issuer: {e}")
                    });
                self
            }
            pub fn subject<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subject = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subject: {e}")
                    });
                self
            }
            pub fn verification_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_info: {e}"
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
        impl ::std::convert::TryFrom<OidcTokenInfo> for super::OidcTokenInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OidcTokenInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_ids: value.client_ids?,
                    expiration_time: value.expiration_time?,
                    issuance_time: value.issuance_time?,
                    issuer: value.issuer?,
                    subject: value.subject?,
                    verification_info: value.verification_info?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OidcTokenInfo> for OidcTokenInfo {
            fn from(value: super::OidcTokenInfo) -> Self {
                Self {
                    client_ids: Ok(value.client_ids),
                    expiration_time: Ok(value.expiration_time),
                    issuance_time: Ok(value.issuance_time),
                    issuer: Ok(value.issuer),
                    subject: Ok(value.subject),
                    verification_info: Ok(value.verification_info),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StsCredentials {
            access_key_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            access_key_secret: ::std::result::Result<
                ::std::option::Option<::workflow_sdk::Secret>,
                ::std::string::String,
            >,
            expiration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            security_token: ::std::result::Result<
                ::std::option::Option<::workflow_sdk::Secret>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StsCredentials {
            fn default() -> Self {
                Self {
                    access_key_id: Ok(Default::default()),
                    access_key_secret: Ok(Default::default()),
                    expiration: Ok(Default::default()),
                    security_token: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl StsCredentials {
            pub fn access_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_key_id: {e}")
                    });
                self
            }
            pub fn access_key_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::workflow_sdk::Secret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_key_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_key_secret: {e}"
                        )
                    });
                self
            }
            pub fn expiration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiration: {e}")
                    });
                self
            }
            pub fn security_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::workflow_sdk::Secret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.security_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_token: {e}"
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
        impl ::std::convert::TryFrom<StsCredentials> for super::StsCredentials {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StsCredentials,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_key_id: value.access_key_id?,
                    access_key_secret: value.access_key_secret?,
                    expiration: value.expiration?,
                    security_token: value.security_token?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::StsCredentials> for StsCredentials {
            fn from(value: super::StsCredentials) -> Self {
                Self {
                    access_key_id: Ok(value.access_key_id),
                    access_key_secret: Ok(value.access_key_secret),
                    expiration: Ok(value.expiration),
                    security_token: Ok(value.security_token),
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
    impl OidcTokenInfo {
        ///`ExpirationTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn expiration_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "OidcTokenInfo.ExpirationTime",
                &self.expiration_time,
            )
        }
        ///`IssuanceTime` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn issuance_time_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "OidcTokenInfo.IssuanceTime",
                &self.issuance_time,
            )
        }
    }
    impl StsCredentials {
        ///`Expiration` as a UTC time (the field holds an ISO 8601 time; whitespace around it is ignored). `Ok(None)` when absent; an error when the value cannot be read. The raw field is untouched.
        pub fn expiration_utc(
            &self,
        ) -> ::std::result::Result<
            ::std::option::Option<::workflow_sdk::time::OffsetDateTime>,
            ::workflow_sdk::TimestampError,
        > {
            ::workflow_sdk::runtime::iso8601(
                "StsCredentials.Expiration",
                &self.expiration,
            )
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Alibaba Cloud Security Token Service (STS)

Temporary credentials: assume a RAM role with an AccessKey, or with an OIDC token (RRSA on ACK), and ask who the caller is. RPC style: on the wire the operation is `POST /` with its parameters in the query string and the action name in the `x-acs-action` header; the path below is a per-operation key only (see `x-api-style`). AssumeRoleWithOIDC is the exception: unsigned, with its parameters in a form body. The SDK's own credential providers call this API through the generated client.

Version: 2015-04-01*/
pub struct Client {
    pub(crate) handle: ::workflow_sdk::runtime::Handle,
}
impl Client {
    #[doc = concat!(
        "Creates a client for ", "Alibaba Cloud Security Token Service (STS)",
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
    /**Get temporary credentials of a RAM role, signed with the caller's own credentials

Sends a `POST` request to `/AssumeRole`

Arguments:
- `duration_seconds`: How long the credentials last, in seconds: from 900 up to the role's maximum session duration (3600 when not set).
- `external_id`: The external id the role's trust policy asks for, which guards against a confused deputy.
- `policy`: A policy that narrows what the temporary credentials may do below what the role allows (JSON, at most 2048 bytes).
- `role_arn`: ARN of the RAM role to assume.
- `role_session_name`: Name of this role session, for audit logs: letters, digits and `.@-_`, 2 to 64 characters.
```ignore
let response = client.assume_role()
    .duration_seconds(duration_seconds)
    .external_id(external_id)
    .policy(policy)
    .role_arn(role_arn)
    .role_session_name(role_session_name)
    .send()
    .await;
```*/
    pub fn assume_role(&self) -> builder::AssumeRole<'_> {
        builder::AssumeRole::new(self)
    }
    /**Get temporary credentials of a RAM role in exchange for an OIDC token

The service checks the OIDC token, not a signature: the call is sent unsigned (`security: []`), with its parameters, the token among them, in the form-encoded POST body, never in the URL, where proxies and access logs would keep the token.

Sends a `POST` request to `/AssumeRoleWithOIDC`

```ignore
let response = client.assume_role_with_oidc()
    .body(body)
    .send()
    .await;
```*/
    pub fn assume_role_with_oidc(&self) -> builder::AssumeRoleWithOidc<'_> {
        builder::AssumeRoleWithOidc::new(self)
    }
    /**Who the credentials that sign this call belong to

Sends a `POST` request to `/GetCallerIdentity`

```ignore
let response = client.get_caller_identity()
    .send()
    .await;
```*/
    pub fn get_caller_identity(&self) -> builder::GetCallerIdentity<'_> {
        builder::GetCallerIdentity::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    /**Builder for [`Client::assume_role`]

[`Client::assume_role`]: super::Client::assume_role*/
    #[derive(Debug, Clone)]
    pub struct AssumeRole<'a> {
        client: &'a super::Client,
        duration_seconds: Result<Option<i64>, String>,
        external_id: Result<Option<::std::string::String>, String>,
        policy: Result<Option<::std::string::String>, String>,
        role_arn: Result<::std::string::String, String>,
        role_session_name: Result<::std::string::String, String>,
    }
    impl<'a> AssumeRole<'a> {
        ///Starts a `AssumeRole` request; prefer the client's method.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                duration_seconds: Ok(None),
                external_id: Ok(None),
                policy: Ok(None),
                role_arn: Err("role_arn was not initialized".to_string()),
                role_session_name: Err(
                    "role_session_name was not initialized".to_string(),
                ),
            }
        }
        /**How long the credentials last, in seconds: from 900 up to the role's maximum session duration (3600 when not set).

`DurationSeconds` (query).*/
        pub fn duration_seconds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.duration_seconds = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for duration_seconds failed".to_string()
                });
            self
        }
        /**The external id the role's trust policy asks for, which guards against a confused deputy.

`ExternalId` (query).*/
        pub fn external_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.external_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for external_id failed"
                        .to_string()
                });
            self
        }
        /**A policy that narrows what the temporary credentials may do below what the role allows (JSON, at most 2048 bytes).

`Policy` (query).*/
        pub fn policy<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.policy = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for policy failed"
                        .to_string()
                });
            self
        }
        /**ARN of the RAM role to assume.

`RoleArn` (query, required).*/
        pub fn role_arn<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_arn = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_arn failed"
                        .to_string()
                });
            self
        }
        /**Name of this role session, for audit logs: letters, digits and `.@-_`, 2 to 64 characters.

`RoleSessionName` (query, required).*/
        pub fn role_session_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.role_session_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for role_session_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/AssumeRole`
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::AssumeRoleResponse>,
            ::workflow_sdk::Error,
        > {
            let Self {
                client,
                duration_seconds,
                external_id,
                policy,
                role_arn,
                role_session_name,
            } = self;
            let duration_seconds = duration_seconds
                .map_err(::workflow_sdk::runtime::invalid_request)?;
            let external_id = external_id
                .map_err(::workflow_sdk::runtime::invalid_request)?;
            let policy = policy.map_err(::workflow_sdk::runtime::invalid_request)?;
            let role_arn = role_arn.map_err(::workflow_sdk::runtime::invalid_request)?;
            let role_session_name = role_session_name
                .map_err(::workflow_sdk::runtime::invalid_request)?;
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            request.query("DurationSeconds", &duration_seconds)?;
            request.query("ExternalId", &external_id)?;
            request.query("Policy", &policy)?;
            request.query("RoleArn", &role_arn)?;
            request.query("RoleSessionName", &role_session_name)?;
            ::workflow_sdk::runtime::invoke(
                    &client.handle,
                    &super::OPERATIONS[0],
                    request,
                )
                .await
        }
    }
    /**Builder for [`Client::assume_role_with_oidc`]

[`Client::assume_role_with_oidc`]: super::Client::assume_role_with_oidc*/
    #[derive(Debug, Clone)]
    pub struct AssumeRoleWithOidc<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AssumeRoleWithOidcRequest, String>,
    }
    impl<'a> AssumeRoleWithOidc<'a> {
        ///Starts a `AssumeRoleWithOIDC` request; prefer the client's method.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        ///The request body.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssumeRoleWithOidcRequest>,
            <V as std::convert::TryInto<
                types::AssumeRoleWithOidcRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AssumeRoleWithOidcRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Sets fields of the request body with its builder.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AssumeRoleWithOidcRequest,
            ) -> types::builder::AssumeRoleWithOidcRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/AssumeRoleWithOIDC`
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::AssumeRoleWithOidcResponse>,
            ::workflow_sdk::Error,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AssumeRoleWithOidcRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(::workflow_sdk::runtime::invalid_request)?;
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            request.form(&body)?;
            ::workflow_sdk::runtime::invoke(
                    &client.handle,
                    &super::OPERATIONS[1],
                    request,
                )
                .await
        }
    }
    /**Builder for [`Client::get_caller_identity`]

[`Client::get_caller_identity`]: super::Client::get_caller_identity*/
    #[derive(Debug, Clone)]
    pub struct GetCallerIdentity<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetCallerIdentity<'a> {
        ///Starts a `GetCallerIdentity` request; prefer the client's method.
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/GetCallerIdentity`
        ///
        /// Errors are [`workflow_sdk::Error`]: service errors with their code,
        /// message and request id, transport failures, and responses that
        /// could not be decoded (with the start of the body).
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::workflow_sdk::Response<types::GetCallerIdentityResponse>,
            ::workflow_sdk::Error,
        > {
            let Self { client } = self;
            #[allow(unused_mut)]
            let mut request = ::workflow_sdk::runtime::Request::new();
            ::workflow_sdk::runtime::invoke(
                    &client.handle,
                    &super::OPERATIONS[2],
                    request,
                )
                .await
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// A typed handle per operation, e.g. to script the simulator.
pub mod operations {
    ///`AssumeRole`: its facts, and its name for simulator scripting.
    pub static ASSUME_ROLE: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[0usize];
    ///`AssumeRoleWithOIDC`: its facts, and its name for simulator scripting.
    pub static ASSUME_ROLE_WITH_OIDC: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[1usize];
    ///`GetCallerIdentity`: its facts, and its name for simulator scripting.
    pub static GET_CALLER_IDENTITY: &::workflow_sdk::service::OperationSpec = &super::OPERATIONS[2usize];
}
/// Every operation's facts, in spec order; each builder's `send()`
/// hands its entry to the runtime.
pub(crate) static OPERATIONS: [::workflow_sdk::service::OperationSpec; 3usize] = [
    ::workflow_sdk::service::OperationSpec::new(
        "AssumeRole",
        "assume_role",
        "POST",
        "/AssumeRole",
        Some("AssumeRole"),
        &[
            ::workflow_sdk::service::ParamSpec::new(
                "RoleArn",
                ::workflow_sdk::service::ParamIn::Query,
                true,
                false,
            ),
            ::workflow_sdk::service::ParamSpec::new(
                "RoleSessionName",
                ::workflow_sdk::service::ParamIn::Query,
                true,
                false,
            ),
            ::workflow_sdk::service::ParamSpec::new(
                "DurationSeconds",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                false,
            ),
            ::workflow_sdk::service::ParamSpec::new(
                "Policy",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                false,
            ),
            ::workflow_sdk::service::ParamSpec::new(
                "ExternalId",
                ::workflow_sdk::service::ParamIn::Query,
                false,
                false,
            ),
        ],
        None,
        Some(
            ::workflow_sdk::service::Example::new(
                "examples/sts-AssumeRole.json",
                include_str!(
                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                    "examples/sts-AssumeRole.json")
                ),
                "sts.yaml",
            ),
        ),
        Some(|body: &str| {
            ::serde_json::from_str::<types::AssumeRoleResponse>(body)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }),
    ),
    ::workflow_sdk::service::OperationSpec::new(
            "AssumeRoleWithOIDC",
            "assume_role_with_oidc",
            "POST",
            "/AssumeRoleWithOIDC",
            Some("AssumeRoleWithOIDC"),
            &[
                ::workflow_sdk::service::ParamSpec::new(
                    "OIDCProviderArn",
                    ::workflow_sdk::service::ParamIn::Body,
                    false,
                    false,
                ),
                ::workflow_sdk::service::ParamSpec::new(
                    "RoleArn",
                    ::workflow_sdk::service::ParamIn::Body,
                    false,
                    false,
                ),
                ::workflow_sdk::service::ParamSpec::new(
                    "OIDCToken",
                    ::workflow_sdk::service::ParamIn::Body,
                    false,
                    false,
                ),
                ::workflow_sdk::service::ParamSpec::new(
                    "Policy",
                    ::workflow_sdk::service::ParamIn::Body,
                    false,
                    false,
                ),
                ::workflow_sdk::service::ParamSpec::new(
                    "DurationSeconds",
                    ::workflow_sdk::service::ParamIn::Body,
                    false,
                    false,
                ),
                ::workflow_sdk::service::ParamSpec::new(
                    "RoleSessionName",
                    ::workflow_sdk::service::ParamIn::Body,
                    true,
                    false,
                ),
            ],
            None,
            Some(
                ::workflow_sdk::service::Example::new(
                    "examples/sts-AssumeRoleWithOIDC.json",
                    include_str!(
                        concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                        "examples/sts-AssumeRoleWithOIDC.json")
                    ),
                    "sts.yaml",
                ),
            ),
            Some(|body: &str| {
                ::serde_json::from_str::<types::AssumeRoleWithOidcResponse>(body)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
        )
        .with_unsigned(true),
    ::workflow_sdk::service::OperationSpec::new(
        "GetCallerIdentity",
        "get_caller_identity",
        "POST",
        "/GetCallerIdentity",
        Some("GetCallerIdentity"),
        &[],
        None,
        Some(
            ::workflow_sdk::service::Example::new(
                "examples/sts-GetCallerIdentity.json",
                include_str!(
                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                    "examples/sts-GetCallerIdentity.json")
                ),
                "sts.yaml",
            ),
        ),
        Some(|body: &str| {
            ::serde_json::from_str::<types::GetCallerIdentityResponse>(body)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }),
    ),
];
/// What the spec says about this API: style, authentication, endpoint
/// rule and per-operation facts. Also the API's handle, e.g. for
/// [`workflow_sdk::ConfigBuilder::endpoint_url_for`].
pub static SERVICE: ::workflow_sdk::service::ServiceSpec = ::workflow_sdk::service::ServiceSpec::new(
    "sts",
    "Alibaba Cloud Security Token Service (STS)",
    "alibaba-cloud",
    ::workflow_sdk::service::ApiStyle::Rpc,
    ::workflow_sdk::service::AuthScheme::Acs3HmacSha256,
    Some("Sts"),
    Some("2015-04-01"),
    ::workflow_sdk::service::EndpointRule::new("https://sts.aliyuncs.com", &[]),
    &OPERATIONS,
);
/// Command-line glue generated from the spec, for the `workflow`
/// binary (feature `cli`).
#[cfg(feature = "cli")]
pub mod cli {
    /// The `clap` command of this API: one subcommand per operation.
    pub fn command() -> ::clap::Command {
        ::clap::Command::new("sts")
            .about("Alibaba Cloud Security Token Service (STS)")
            .subcommand_required(true)
            .arg_required_else_help(true)
            .subcommand(
                ::clap::Command::new("assume-role")
                    .about(
                        "Get temporary credentials of a RAM role, signed with the caller's own credentials.",
                    )
                    .arg(
                        ::clap::Arg::new("RoleArn")
                            .long("role-arn")
                            .value_name("ROLE_ARN")
                            .help("ARN of the RAM role to assume.")
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(true),
                    )
                    .arg(
                        ::clap::Arg::new("RoleSessionName")
                            .long("role-session-name")
                            .value_name("ROLE_SESSION_NAME")
                            .help(
                                "Name of this role session, for audit logs: letters, digits and `.@-_`, 2 to 64 characters.",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(true),
                    )
                    .arg(
                        ::clap::Arg::new("DurationSeconds")
                            .long("duration-seconds")
                            .value_name("DURATION_SECONDS")
                            .help(
                                "How long the credentials last, in seconds: from 900 up to the role's maximum session duration (3600 when not set).",
                            )
                            .value_parser(::clap::value_parser!(i64))
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("Policy")
                            .long("policy")
                            .value_name("POLICY")
                            .help(
                                "A policy that narrows what the temporary credentials may do below what the role allows (JSON, at most 2048 bytes).",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("ExternalId")
                            .long("external-id")
                            .value_name("EXTERNAL_ID")
                            .help(
                                "The external id the role's trust policy asks for, which guards against a confused deputy.",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(false),
                    ),
            )
            .subcommand(
                ::clap::Command::new("assume-role-with-oidc")
                    .about(
                        "Get temporary credentials of a RAM role in exchange for an OIDC token.",
                    )
                    .arg(
                        ::clap::Arg::new("OIDCProviderArn")
                            .long("oidc-provider-arn")
                            .value_name("OIDC_PROVIDER_ARN")
                            .help("ARN of the OIDC identity provider registered in RAM.")
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("RoleArn")
                            .long("role-arn")
                            .value_name("ROLE_ARN")
                            .help("ARN of the RAM role to assume.")
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("OIDCToken")
                            .long("oidc-token")
                            .value_name("OIDC_TOKEN")
                            .help(
                                "The OIDC token issued by the identity provider (a JWT); a secret.",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("Policy")
                            .long("policy")
                            .value_name("POLICY")
                            .help(
                                "A policy that narrows what the temporary credentials may do.",
                            )
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("DurationSeconds")
                            .long("duration-seconds")
                            .value_name("DURATION_SECONDS")
                            .help(
                                "How long the credentials last, in seconds (900 up to the role's maximum).",
                            )
                            .value_parser(::clap::value_parser!(i64))
                            .required(false),
                    )
                    .arg(
                        ::clap::Arg::new("RoleSessionName")
                            .long("role-session-name")
                            .value_name("ROLE_SESSION_NAME")
                            .help("Name of this role session, for audit logs.")
                            .value_parser(
                                ::clap::builder::NonEmptyStringValueParser::new(),
                            )
                            .required(true),
                    ),
            )
            .subcommand(
                ::clap::Command::new("get-caller-identity")
                    .about("Who the credentials that sign this call belong to."),
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
            Some(("assume-role", m)) => {
                let out: ::std::result::Result<
                    ::workflow_sdk::cli::Output,
                    ::workflow_sdk::cli::Failure,
                > = async {
                    #[allow(unused_mut)]
                    let mut b = client.assume_role();
                    if let Some(v) = m.get_one::<String>("RoleArn") {
                        let v = v.clone();
                        b = b.role_arn(v);
                    }
                    if let Some(v) = m.get_one::<String>("RoleSessionName") {
                        let v = v.clone();
                        b = b.role_session_name(v);
                    }
                    if let Some(v) = m.get_one::<i64>("DurationSeconds") {
                        let v = *v;
                        b = b.duration_seconds(v);
                    }
                    if let Some(v) = m.get_one::<String>("Policy") {
                        let v = v.clone();
                        b = b.policy(v);
                    }
                    if let Some(v) = m.get_one::<String>("ExternalId") {
                        let v = v.clone();
                        b = b.external_id(v);
                    }
                    if ctx.waiting() {
                        return Err(
                            ::workflow_sdk::cli::Failure::Usage(
                                format!(
                                    "{} does not report a run's state; --wait does not apply",
                                    "assume-role"
                                ),
                            ),
                        );
                    }
                    ctx.one(b.send().await)
                }
                    .await;
                out.map(|o| {
                    o
                        .ordered_like(
                            Some(
                                include_str!(
                                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                                    "examples/sts-AssumeRole.json")
                                ),
                            ),
                        )
                })
            }
            Some(("assume-role-with-oidc", m)) => {
                let out: ::std::result::Result<
                    ::workflow_sdk::cli::Output,
                    ::workflow_sdk::cli::Failure,
                > = async {
                    #[allow(unused_mut)]
                    let mut b = client.assume_role_with_oidc();
                    if let Some(v) = m.get_one::<String>("OIDCProviderArn") {
                        let v = v.clone();
                        b = b.body_map(move |x| x.oidc_provider_arn(v));
                    }
                    if let Some(v) = m.get_one::<String>("RoleArn") {
                        let v = v.clone();
                        b = b.body_map(move |x| x.role_arn(v));
                    }
                    if let Some(v) = m.get_one::<String>("OIDCToken") {
                        let v = ::workflow_sdk::Secret::new(v.clone());
                        b = b.body_map(move |x| x.oidc_token(v));
                    }
                    if let Some(v) = m.get_one::<String>("Policy") {
                        let v = v.clone();
                        b = b.body_map(move |x| x.policy(v));
                    }
                    if let Some(v) = m.get_one::<i64>("DurationSeconds") {
                        let v = *v;
                        b = b.body_map(move |x| x.duration_seconds(v));
                    }
                    if let Some(v) = m.get_one::<String>("RoleSessionName") {
                        let v = v.clone();
                        b = b.body_map(move |x| x.role_session_name(v));
                    }
                    if ctx.waiting() {
                        return Err(
                            ::workflow_sdk::cli::Failure::Usage(
                                format!(
                                    "{} does not report a run's state; --wait does not apply",
                                    "assume-role-with-oidc"
                                ),
                            ),
                        );
                    }
                    ctx.one(b.send().await)
                }
                    .await;
                out.map(|o| {
                    o
                        .ordered_like(
                            Some(
                                include_str!(
                                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                                    "examples/sts-AssumeRoleWithOIDC.json")
                                ),
                            ),
                        )
                })
            }
            Some(("get-caller-identity", _)) => {
                let out: ::std::result::Result<
                    ::workflow_sdk::cli::Output,
                    ::workflow_sdk::cli::Failure,
                > = async {
                    #[allow(unused_mut)]
                    let mut b = client.get_caller_identity();
                    if ctx.waiting() {
                        return Err(
                            ::workflow_sdk::cli::Failure::Usage(
                                format!(
                                    "{} does not report a run's state; --wait does not apply",
                                    "get-caller-identity"
                                ),
                            ),
                        );
                    }
                    ctx.one(b.send().await)
                }
                    .await;
                out.map(|o| {
                    o
                        .ordered_like(
                            Some(
                                include_str!(
                                    concat!(env!("WORKFLOW_SDK_SPEC_DIR"), "/",
                                    "examples/sts-GetCallerIdentity.json")
                                ),
                            ),
                        )
                })
            }
            _ => Err(::workflow_sdk::cli::Failure::Usage("unknown operation".into())),
        }
    }
}
