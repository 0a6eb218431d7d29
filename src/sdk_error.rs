//! AWS SDK errors in plain words, for every edge that calls AWS (gather, notify, the Lambda's
//! store): the service's code and message, or what kept the request from being answered.
//! Never the SDK's debug formatting, which reaches kilobytes for a dispatch failure.

use aws_sdk_ecs::error::{ProvideErrorMetadata, SdkError};

/// An SDK error in plain words for a person or a log line: the service's code and message, or
/// what kept the request from being answered. Never the SDK's debug formatting (a dispatch
/// failure's `{:?}` is kilobytes of nested structs).
pub fn plain<E, R>(err: &SdkError<E, R>) -> String
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug + 'static,
{
    match err {
        SdkError::ServiceError(s) => match (s.err().code(), s.err().message()) {
            (Some(c), Some(m)) => format!("{c}: {m}"),
            (Some(c), None) => c.to_string(),
            (None, Some(m)) => m.to_string(),
            (None, None) => "the service answered without an AWS error body".into(),
        },
        SdkError::TimeoutError(_) => "the request timed out".into(),
        SdkError::DispatchFailure(d) if d.is_timeout() => "the request timed out".into(),
        SdkError::DispatchFailure(_) if lacks_credentials(err) => NO_CREDENTIALS.into(),
        SdkError::DispatchFailure(_) => format!("AWS could not be reached: {}", innermost(err)),
        SdkError::ResponseError(_) => "the response could not be read".into(),
        SdkError::ConstructionFailure(_) => {
            format!("the request could not be built: {}", innermost(err))
        }
        _ => innermost(err),
    }
}

/// What [`plain`] says when no credentials were found: where the SDK looked.
pub const NO_CREDENTIALS: &str =
    "no AWS credentials were found (environment, profile, SSO, instance or container role)";

/// Whether the request was never sent for want of credentials.
pub fn lacks_credentials(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = source {
        if e.downcast_ref::<aws_credential_types::provider::error::CredentialsError>()
            .is_some()
        {
            return true;
        }
        source = e.source();
    }
    false
}

/// The innermost cause's own words ("Connection refused (os error 111)"), one line, bounded.
fn innermost(err: &(dyn std::error::Error + 'static)) -> String {
    let mut e = err;
    while let Some(next) = e.source() {
        e = next;
    }
    let text: String = e
        .to_string()
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect();
    if text.is_empty() {
        "no reason given".into()
    } else {
        text
    }
}
