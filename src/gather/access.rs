//! Which account and region a diagnosis reads: the task's, never the caller's by mistake.
//!
//! An organisation sends every member account's events to one central function. For a task of
//! another account the function assumes the member's reader role
//! (`arn:aws:iam::ACCOUNT:role/MEMBER_ROLE_NAME`, optional ExternalId, session
//! `ecs-autopsy-TASKID`), keeps the credentials until shortly before they expire, and builds the
//! clients of that (account, region). Without a way in there is no diagnosis of that account:
//! [`AccessError`] says what to deploy, and the caller reports the text's classification only.
//! Reading the caller's own account for a task of another is what this file exists to prevent
//! (same resource names in two accounts would give a confident wrong answer).

use super::Clients;
use aws_config::Region;
use aws_config::SdkConfig;
use aws_sdk_sts::config::{Credentials, SharedCredentialsProvider};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tokio::sync::{Mutex, OnceCell};

/// What the function may do to read another account: assume its reader role (template.yaml
/// grants it on `role/MEMBER_ROLE_NAME` only; `tests/least_privilege.rs` reads this).
pub const ACTIONS: &[&str] = &["sts:AssumeRole"];

/// How to get into an account that is not the caller's.
#[derive(Debug, Clone, Default)]
pub struct Way {
    /// The reader role's name in every member account (the member stack creates it).
    pub member_role_name: Option<String>,
    /// One given role for every other account (the CLI's `--role-arn`).
    pub role_arn: Option<String>,
    pub external_id: Option<String>,
}

/// Why an account cannot be read. Its text is the report's: what happened and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccessError {
    #[error("cannot read account {account}: it is not the account of these credentials ({own}) and no member role is given: pass --assume-role-name NAME or --role-arn ARN (the Lambda: deploy member-template.yaml in {account} and set MEMBER_ROLE_NAME)")]
    NoRole { account: String, own: String },
    #[error("no AWS credentials were found (environment, profile, SSO, instance or container role): set AWS_PROFILE or run `aws configure` (or `aws sso login`)")]
    NoCredentials,
    #[error("{why}: check the network, the region, or AWS_ENDPOINT_URL")]
    Unreachable { why: String },
    #[error("cannot read account {account}: sts:AssumeRole on {role} failed ({why}): deploy member-template.yaml in {account} (the role must exist and trust this function's role{external})")]
    AssumeFailed {
        account: String,
        role: String,
        why: String,
        external: String,
    },
}

/// Why the caller's identity is not known.
#[derive(Debug, Clone)]
enum Identity {
    /// No credentials anywhere the SDK looks: nothing can be read.
    NoCredentials,
    /// STS could not be reached (network, endpoint): nothing can be read.
    Unreachable(String),
    /// STS answered, but not with an account (a stand-in that does not model it).
    Unknown,
}

struct Assumed {
    credentials: Credentials,
    /// Renew before this.
    fresh_until: SystemTime,
}

/// Clients per (account, region), built once and kept: the Lambda builds this once per cold
/// start, so the credentials of a member account are assumed once per hour, not per event.
pub struct Access {
    base: SdkConfig,
    own_clients: Clients,
    way: Way,
    /// The caller's identity: its account, or why STS could not say.
    own_account: OnceCell<Result<String, Identity>>,
    assumed: Mutex<HashMap<String, Arc<Assumed>>>,
    clients: Mutex<HashMap<(String, String), Arc<Clients>>>,
}

impl Access {
    pub fn new(base: &SdkConfig, way: Way) -> Self {
        Access {
            base: base.clone(),
            own_clients: Clients::new(base),
            way,
            own_account: OnceCell::new(),
            assumed: Mutex::new(HashMap::new()),
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// The caller's own clients (its account, its region).
    pub fn own(&self) -> &Clients {
        &self.own_clients
    }

    /// The caller's account (sts:GetCallerIdentity, once); `None` if STS cannot tell.
    pub async fn own_account(&self) -> Option<String> {
        self.identity().await.ok()
    }

    /// The caller's account when it is known without a call: the Lambda reads it from its
    /// context's function ARN, so no event waits for sts:GetCallerIdentity. The first word wins.
    pub fn know_own_account(&self, account: &str) {
        if !account.is_empty() {
            let _ = self.own_account.set(Ok(account.to_string()));
        }
    }

    /// Whether `account` is the caller's, once asked of STS (`None`: already known, no account
    /// named, or STS cannot tell). While this runs, a gather may already read with the caller's
    /// own clients, and keeps that work only when the answer is yes (`super::gather_via`).
    pub(crate) fn needs_identity(&self, account: Option<&str>) -> bool {
        account.is_some_and(|a| !a.is_empty()) && self.own_account.get().is_none()
    }

    /// Whether [`Access::clients`] reads `account` with the caller's own clients (asks STS
    /// once): it is the caller's account, or STS cannot tell and no way into another is given.
    pub(crate) async fn reads_as_own(&self, account: &str) -> bool {
        match self.identity().await {
            Ok(own) => own == account,
            Err(Identity::Unknown) => {
                self.way.member_role_name.is_none() && self.way.role_arn.is_none()
            }
            Err(Identity::NoCredentials | Identity::Unreachable(_)) => false,
        }
    }

    async fn identity(&self) -> Result<String, Identity> {
        self.own_account
            .get_or_init(|| async {
                match aws_sdk_sts::Client::new(&self.base)
                    .get_caller_identity()
                    .send()
                    .await
                {
                    Ok(o) => o.account().map(str::to_string).ok_or(Identity::Unknown),
                    Err(e) if crate::sdk_error::lacks_credentials(&e) => {
                        Err(Identity::NoCredentials)
                    }
                    Err(e @ aws_sdk_sts::error::SdkError::DispatchFailure(_))
                    | Err(e @ aws_sdk_sts::error::SdkError::TimeoutError(_)) => {
                        Err(Identity::Unreachable(crate::sdk_error::plain(&e)))
                    }
                    Err(_) => Err(Identity::Unknown),
                }
            })
            .await
            .clone()
    }

    /// The clients of `account` in `region` (each `None` = the caller's). `session` names the
    /// assumed-role session (the task id), so CloudTrail in the member account says who read.
    pub async fn clients(
        &self,
        account: Option<&str>,
        region: Option<&str>,
        session: &str,
    ) -> Result<Arc<Clients>, AccessError> {
        let region = region
            .map(str::to_string)
            .or_else(|| self.own_clients.region.clone())
            .unwrap_or_default();
        let foreign = match account {
            Some(a) if !a.is_empty() => match self.identity().await {
                Ok(own) if own == a => None,
                Ok(own) => Some((a.to_string(), own)),
                // Nothing can be read at all: say so once, rather than on every call.
                Err(Identity::NoCredentials) => return Err(AccessError::NoCredentials),
                Err(Identity::Unreachable(why)) => return Err(AccessError::Unreachable { why }),
                // STS cannot tell who we are: only a configured way in makes another account safe.
                Err(Identity::Unknown)
                    if self.way.member_role_name.is_some() || self.way.role_arn.is_some() =>
                {
                    Some((a.to_string(), "unknown".to_string()))
                }
                Err(Identity::Unknown) => None,
            },
            _ => None,
        };
        let key = (
            foreign.as_ref().map(|(a, _)| a.clone()).unwrap_or_default(),
            region.clone(),
        );
        if let Some(c) = self.clients.lock().await.get(&key) {
            if foreign.is_none() || self.still_fresh(&key.0).await {
                return Ok(c.clone());
            }
        }
        let mut builder = self.base.to_builder();
        if !region.is_empty() {
            builder = builder.region(Region::new(region.clone()));
        }
        if let Some((account, own)) = &foreign {
            let assumed = self.assume(account, own, session).await?;
            builder = builder
                .credentials_provider(SharedCredentialsProvider::new(assumed.credentials.clone()));
        }
        let clients = Arc::new(Clients::new(&builder.build()));
        self.clients.lock().await.insert(key, clients.clone());
        Ok(clients)
    }

    async fn still_fresh(&self, account: &str) -> bool {
        self.assumed
            .lock()
            .await
            .get(account)
            .is_some_and(|a| SystemTime::now() < a.fresh_until)
    }

    /// The role to assume in `account`.
    pub fn role_for(&self, account: &str) -> Option<String> {
        self.way.role_arn.clone().or_else(|| {
            self.way
                .member_role_name
                .as_ref()
                .map(|name| format!("arn:aws:iam::{account}:role/{name}"))
        })
    }

    async fn assume(
        &self,
        account: &str,
        own: &str,
        session: &str,
    ) -> Result<Arc<Assumed>, AccessError> {
        if let Some(a) = self.assumed.lock().await.get(account) {
            if SystemTime::now() < a.fresh_until {
                return Ok(a.clone());
            }
        }
        let Some(role) = self.role_for(account) else {
            return Err(AccessError::NoRole {
                account: account.to_string(),
                own: own.to_string(),
            });
        };
        let out = aws_sdk_sts::Client::new(&self.base)
            .assume_role()
            .role_arn(&role)
            .role_session_name(session_name(session))
            .set_external_id(self.way.external_id.clone())
            .duration_seconds(3600)
            .send()
            .await
            .map_err(|e| {
                use aws_sdk_sts::error::ProvideErrorMetadata;
                AccessError::AssumeFailed {
                    account: account.to_string(),
                    role: role.clone(),
                    why: e
                        .as_service_error()
                        .and_then(|s| s.code().map(str::to_string))
                        .unwrap_or_else(|| "request failed".into()),
                    external: if self.way.external_id.is_some() {
                        ", with the ExternalId".into()
                    } else {
                        String::new()
                    },
                }
            })?;
        let c = out.credentials().ok_or_else(|| AccessError::AssumeFailed {
            account: account.to_string(),
            role: role.clone(),
            why: "no credentials in the answer".into(),
            external: String::new(),
        })?;
        let expires: SystemTime = SystemTime::try_from(*c.expiration())
            .unwrap_or_else(|_| SystemTime::now() + Duration::from_secs(900));
        let assumed = Arc::new(Assumed {
            credentials: Credentials::new(
                c.access_key_id(),
                c.secret_access_key(),
                Some(c.session_token().to_string()),
                Some(expires),
                "ecs-autopsy-member-role",
            ),
            // Renewed five minutes before it runs out, so no call carries expiring credentials.
            fresh_until: expires
                .checked_sub(Duration::from_secs(300))
                .unwrap_or(expires),
        });
        self.assumed
            .lock()
            .await
            .insert(account.to_string(), assumed.clone());
        Ok(assumed)
    }
}

/// `ecs-autopsy-TASKID`, within STS's 64 characters of `[\w+=,.@-]`.
pub fn session_name(session: &str) -> String {
    let clean: String = session
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || "+=,.@-_".contains(*c))
        .collect();
    let mut s = format!("ecs-autopsy-{clean}");
    s.truncate(64);
    if s.len() < 2 {
        s = "ecs-autopsy".into();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_names_are_what_sts_accepts() {
        assert_eq!(session_name("0123abcd"), "ecs-autopsy-0123abcd");
        let long = session_name(&"x/y".repeat(60));
        assert!(long.len() <= 64 && !long.contains('/'));
    }
}
