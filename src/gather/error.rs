//! Turning SDK errors into data, and the few errors that do stop a gather.

use crate::sdk_error::{lacks_credentials, plain};
use crate::snapshot::{CallError, ErrorKind, Fetched, Snapshot};
use aws_sdk_ecs::config::http::HttpResponse;
use aws_sdk_ecs::error::{ProvideErrorMetadata, SdkError};

/// Why a task could not be gathered at all.
#[derive(Debug, thiserror::Error)]
pub enum GatherError {
    #[error("task {task} not found in cluster {cluster} (stopped tasks stay visible for about an hour; use the EventBridge event instead)")]
    TaskNotFound { cluster: String, task: String },
    #[error("service {service} in cluster {cluster} has no stopped task (stopped tasks stay visible for about an hour)")]
    NoStoppedTask { cluster: String, service: String },
    #[error("{0}")]
    Call(String),
    /// The task's account cannot be read (another account, no way in).
    #[error("{0}")]
    Access(String),
}

impl GatherError {
    pub(crate) fn call(e: &CallError) -> Self {
        GatherError::Call(e.describe())
    }
}

/// Classifies one SDK error as a [`CallError`] for `action` (`service:Action`).
pub(crate) fn call_error<E>(action: &str, err: SdkError<E, HttpResponse>) -> CallError
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    let message = plain(&err);
    let (kind, code) = match &err {
        SdkError::TimeoutError(_) => (ErrorKind::Timeout, None),
        SdkError::DispatchFailure(d) if d.is_timeout() => (ErrorKind::Timeout, None),
        SdkError::DispatchFailure(_) if lacks_credentials(&err) => (ErrorKind::NoCredentials, None),
        SdkError::DispatchFailure(_) => (ErrorKind::Network, None),
        SdkError::ResponseError(_) => (ErrorKind::ServiceError, None),
        SdkError::ServiceError(s) => {
            let code = s.err().code().map(str::to_string);
            (kind_of(code.as_deref()), code)
        }
        _ => (ErrorKind::Other, None),
    };
    let message = match &err {
        SdkError::ServiceError(s) => match (s.err().code(), s.err().message()) {
            (_, Some(m)) => m.to_string(),
            // No parseable error body (moto answers unimplemented calls with an HTML 500).
            (None, None) => format!(
                "HTTP {} without an AWS error body",
                s.raw().status().as_u16()
            ),
            (Some(c), None) => c.to_string(),
        },
        SdkError::ResponseError(r) => {
            format!("HTTP {}: unreadable response", r.raw().status().as_u16())
        }
        _ => message,
    };
    CallError::new(action, kind, code, message)
}

/// The error codes AWS services use, by kind.
fn kind_of(code: Option<&str>) -> ErrorKind {
    let Some(code) = code else {
        return ErrorKind::ServiceError;
    };
    match code {
        "AccessDenied"
        | "AccessDeniedException"
        | "UnauthorizedOperation"
        | "UnauthorizedException"
        | "AuthorizationError"
        | "AuthFailure"
        | "InvalidClientTokenId"
        | "ExpiredToken"
        | "ExpiredTokenException"
        | "UnrecognizedClientException"
        | "OptInRequired" => ErrorKind::AccessDenied,
        "Throttling"
        | "ThrottlingException"
        | "RequestLimitExceeded"
        | "TooManyRequestsException"
        | "RequestThrottled"
        | "RequestThrottledException"
        | "SlowDown"
        | "ProvisionedThroughputExceededException" => ErrorKind::Throttling,
        "InternalFailure"
        | "InternalError"
        | "InternalServerError"
        | "ServiceUnavailable"
        | "ServiceFailure"
        | "ServerException"
        | "InternalServiceError"
        | "Unavailable" => ErrorKind::ServiceError,
        c if c.contains("NotFound") || c == "NoSuchEntity" || c.ends_with("NotFoundException") => {
            ErrorKind::NotFound
        }
        _ => ErrorKind::Other,
    }
}

/// Maps the result of one SDK call into data.
pub(crate) fn fetched<O, E, T>(
    action: &str,
    result: Result<O, SdkError<E, HttpResponse>>,
    convert: impl FnOnce(O) -> T,
) -> Fetched<T>
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    match result {
        Ok(out) => Fetched::Ok(convert(out)),
        Err(e) => Fetched::Error(call_error(action, e)),
    }
}

/// Every call error recorded anywhere in the snapshot, in document order, NotFound excluded
/// (those are findings, not failures).
pub(crate) fn collect(snapshot: &Snapshot) -> Vec<CallError> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(snapshot) {
        walk(&value, &mut out);
    }
    out
}

fn walk(value: &serde_json::Value, out: &mut Vec<CallError>) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(e) = map
                .get("error")
                .and_then(|e| serde_json::from_value::<CallError>(e.clone()).ok())
            {
                if e.kind != ErrorKind::NotFound && !out.contains(&e) {
                    out.push(e);
                }
                return;
            }
            map.iter()
                .filter(|(k, _)| *k != "errors")
                .for_each(|(_, v)| walk(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_map_to_kinds() {
        assert_eq!(
            kind_of(Some("UnauthorizedOperation")),
            ErrorKind::AccessDenied
        );
        assert_eq!(kind_of(Some("RequestLimitExceeded")), ErrorKind::Throttling);
        assert_eq!(kind_of(Some("NoSuchEntity")), ErrorKind::NotFound);
        assert_eq!(
            kind_of(Some("InvalidVpcEndpointId.NotFound")),
            ErrorKind::NotFound
        );
        assert_eq!(
            kind_of(Some("RepositoryPolicyNotFoundException")),
            ErrorKind::NotFound
        );
        assert_eq!(kind_of(Some("InternalFailure")), ErrorKind::ServiceError);
        assert_eq!(kind_of(None), ErrorKind::ServiceError);
        assert_eq!(kind_of(Some("Weird")), ErrorKind::Other);
    }
}
