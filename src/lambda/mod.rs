//! The Lambda function: an EventBridge event in, a diagnosis out to Slack and SNS. A thin edge
//! around the same engine as the CLI; `src/bin/ecs-autopsy-lambda.rs` only builds [`Deps`] once
//! per cold start and hands [`handler`] to the runtime.
//!
//! One step a file, read top to bottom:
//!
//! ```text
//! handler (here)      which event is it?  ECS Task State Change → task.rs
//!                                          ECS Service Action / Deployment State Change → service.rs
//!                                          ECS Container Instance Health Change → service.rs
//!                                          Scheduled Event → store/incidents.rs sweep
//!                                          AWS API Call via CloudTrail (Create/UpdateService)
//!                                            → deploy.rs pre-flight
//! task.rs             triage.rs (worth a message?) → dedup.rs (seen it?)
//!                     → a repeat of an open incident joins it (no gather), else gather + diagnose
//! service.rs          placement failure: diagnose the event itself;
//!                     start impaired / deployment failed: gather the service's last stopped task;
//!                     steady state: the service recovered
//! deliver.rs          routes.rs (where to?) → store/incidents.rs (join or open the (cause,
//!                     culprit) incident; logs.rs tail for its first message) → flush what it
//!                     owes → crate::notify (Slack through store/ratelimit.rs, SNS)
//! store/              the only DynamoDB user: incidents, dedup of events, Slack's shared pace
//! ```
//!
//! Nothing is lost: if any destination fails, the invocation returns an error, so Lambda's async
//! retries and the on-failure destination (the SQS queue of template.yaml) keep the event; the
//! incident records who received which message, so the retry (or the sweep) sends only what is
//! owed (incidents.rs), and the event's item that it was counted (dedup.rs).

mod config;
mod deliver;
mod deploy;
mod rollout;
mod routes;
mod service;
mod store;
mod task;
mod triage;

use store::{dedup, incidents};

pub use config::{Config, ConfigError};
pub use deploy::{plan_of_call as deployment_plan, CLOUDTRAIL_API_CALL};
pub use triage::{triage, Triage};

use crate::gather::{self, Clients};
use crate::notify::{self, routing, Delivery};
use crate::target::event::{
    DAEMON_SERVICE_ACTION, DEPLOYMENT_STATE_CHANGE, INSTANCE_HEALTH_CHANGE, SERVICE_ACTION,
    TASK_STATE_CHANGE,
};
use lambda_runtime::{Diagnostic, LambdaEvent};
use serde::Serialize;
use serde_json::Value;
use std::time::{Duration, SystemTime};
use tracing::Instrument;

/// The AWS actions the function itself calls beyond gathering (which names its own in
/// `src/gather/`): `tests/least_privilege.rs` checks template.yaml grants exactly these plus those.
pub const DELIVERY_ACTIONS: &[&str] = &[
    "sns:Publish",
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "secretsmanager:GetSecretValue",
    "ssm:GetParameter",
    // sts:GetCallerIdentity (the function's own account) needs no permission; sts:AssumeRole
    // on the member roles is granted in organisation mode only (template.yaml).
];

/// Everything built once per cold start.
pub struct Deps {
    /// The function's own clients (routing parameter, Slack secrets).
    pub clients: Clients,
    /// The clients of each task's account and region (a member role for another account's).
    pub access: gather::Access,
    pub sns: aws_sdk_sns::Client,
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub slack: notify::slack::Slack,
    pub config: Config,
    /// The routes of `ROUTES_PARAMETER` and when they were read.
    pub(crate) routes_cache: routing::Cache,
}

impl Deps {
    /// Builds the clients; no network call happens here (cold start stays fast).
    pub async fn new(config: Config) -> Deps {
        let sdk = gather::load_config(None, Duration::from_secs(3)).await;
        let clients = Clients::new(&sdk);
        let access = gather::Access::new(
            &sdk,
            gather::Way {
                member_role_name: config.member_role_name.clone(),
                role_arn: None,
                external_id: config.member_external_id.clone(),
            },
        );
        Deps {
            access,
            sns: aws_sdk_sns::Client::new(&sdk),
            dynamodb: aws_sdk_dynamodb::Client::new(&sdk),
            slack: notify::slack::Slack::with_api(
                clients.secretsmanager.clone(),
                &config.slack_api_url,
            ),
            clients,
            config,
            routes_cache: routing::Cache::default(),
        }
    }
}

impl Deps {
    /// Sends one message to one destination, at the pace of that destination shared by every
    /// copy of the function (`store::ratelimit`). Returns what [`notify::send`] returns.
    pub(crate) async fn send(
        &self,
        destination: &notify::Destination,
        message: &notify::Message<'_>,
        deadline: tokio::time::Instant,
    ) -> (Delivery, Option<String>) {
        let senders = notify::Senders {
            slack: &self.slack,
            sns: &self.sns,
        };
        let pace_key = destination.target();
        notify::send(&senders, destination, message, deadline, |retry_after| {
            store::ratelimit::acquire(self, &pace_key, retry_after, deadline)
        })
        .await
    }

    /// Replaces a Slack app's message in place, at the same shared pace as [`Deps::send`].
    pub(crate) async fn update_in_place(
        &self,
        destination: &notify::Destination,
        ts: &str,
        payload: &Value,
        deadline: tokio::time::Instant,
    ) -> Result<(), notify::SendError> {
        let senders = notify::Senders {
            slack: &self.slack,
            sns: &self.sns,
        };
        let pace_key = destination.target();
        notify::update_in_place(
            &senders,
            destination,
            ts,
            payload,
            deadline,
            |retry_after| store::ratelimit::acquire(self, &pace_key, retry_after, deadline),
        )
        .await
    }
}

/// What an invocation did with its event (`action` of its [`Summary`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// A message went out (or was owed and sent).
    Notified,
    /// The failure joined its open incident; no message was due.
    Counted,
    /// A service runs again and its incidents recovered.
    Recovered,
    /// Not a failure, or nothing to do.
    Ignored,
    /// The event was handled before (EventBridge delivers at least once).
    Duplicate,
    /// No route and no default destination took it.
    Unrouted,
    /// The scheduled sweep ran and nothing was owed.
    Swept,
}

/// What the invocation did (its return value, visible in logs and tests).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    pub action: Action,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deliveries: Vec<Delivery>,
}

impl Summary {
    pub(crate) fn ignored(action: Action, reason: impl Into<String>) -> Summary {
        Summary {
            action,
            reason: reason.into(),
            cause: None,
            deliveries: Vec::new(),
        }
    }
}

/// Why an invocation failed; the runtime reports it and Lambda retries the event.
#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    #[error("malformed ECS event: {0}")]
    Malformed(String),
    #[error("delivery failed: {0}")]
    Delivery(String),
}

impl From<HandlerError> for Diagnostic {
    fn from(e: HandlerError) -> Diagnostic {
        Diagnostic {
            error_type: match e {
                HandlerError::Malformed(_) => "MalformedEvent".into(),
                HandlerError::Delivery(_) => "DeliveryFailed".into(),
            },
            error_message: e.to_string(),
        }
    }
}

/// Handles one event. Testable without AWS when `deps` point at a stand-in.
pub async fn handler(event: LambdaEvent<Value>, deps: &Deps) -> Result<Summary, HandlerError> {
    let (payload, context) = event.into_parts();
    // The function's own account, from its ARN: no gather waits for sts:GetCallerIdentity.
    if let Some(account) = crate::target::arn_account(&context.invoked_function_arn) {
        deps.access.know_own_account(&account);
    }
    let detail_type = payload
        .get("detail-type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    // What the diagnosis may take of the invocation's time, keeping some to deliver.
    let remaining = context
        .deadline()
        .duration_since(SystemTime::now())
        .unwrap_or(Duration::from_secs(10));
    // Every log line of this invocation carries its request id, the event's type and the task
    // or service it is about (filled in by the handler that reads it), instead of each line
    // repeating them.
    let span = tracing::info_span!(
        "event",
        request_id = %context.request_id,
        detail_type = %detail_type,
        resource = tracing::field::Empty,
    );
    async move {
        match detail_type.as_str() {
            TASK_STATE_CHANGE => task::handle(payload, remaining, deps).await,
            SERVICE_ACTION | DEPLOYMENT_STATE_CHANGE => {
                service::handle(payload, remaining, deps).await
            }
            DAEMON_SERVICE_ACTION => service::handle_daemon(payload, remaining, deps).await,
            INSTANCE_HEALTH_CHANGE => {
                service::handle_instance_health(payload, remaining, deps).await
            }
            SCHEDULED => sweep(remaining, deps).await,
            deploy::CLOUDTRAIL_API_CALL => deploy::handle(payload, remaining, deps).await,
            other => {
                tracing::info!(detail_type = %other, "not an event ecs-autopsy handles: ignored");
                Ok(Summary::ignored(
                    Action::Ignored,
                    format!("event type {other:?} is not handled"),
                ))
            }
        }
    }
    .instrument(span)
    .await
}

/// The `detail-type` of an EventBridge schedule (template.yaml's `Sweep`).
pub const SCHEDULED: &str = "Scheduled Event";

/// The scheduled sweep: each open incident gets what it owes (a follow-up no later failure
/// triggered, a message a Slack outage held back, a recovery).
async fn sweep(remaining: Duration, deps: &Deps) -> Result<Summary, HandlerError> {
    let Some(table) = &deps.config.dedup_table else {
        return Ok(Summary::ignored(
            Action::Ignored,
            "no DEDUP_TABLE_NAME: there are no incidents to follow",
        ));
    };
    let deadline = incidents::deadline(remaining);
    let mut deliveries = incidents::sweep(deps, table, deadline)
        .await
        .map_err(|e| HandlerError::Delivery(format!("sweep: {e}")))?;
    // Deployments' stories with a timed post due (post-only destinations).
    deliveries.extend(
        store::rollouts::sweep(deps, table, deadline)
            .await
            .map_err(|e| HandlerError::Delivery(format!("sweep: {e}")))?,
    );
    if deliveries.iter().any(|d| !d.ok) {
        let errors: Vec<String> = deliveries
            .iter()
            .filter_map(|d| d.failure().map(|e| e.to_string()))
            .collect();
        return Err(HandlerError::Delivery(format!(
            "sweep: still owed (sent at the next sweep): {}",
            errors.join("; ")
        )));
    }
    Ok(Summary {
        action: if deliveries.is_empty() {
            Action::Swept
        } else {
            Action::Notified
        },
        reason: format!("{} message(s) the open incidents owed", deliveries.len()),
        cause: None,
        deliveries,
    })
}

/// The time budget of one diagnosis: what the invocation has left, minus time to deliver.
pub(crate) fn budget(remaining: Duration, config: &Config) -> Duration {
    remaining
        .saturating_sub(config.delivery_reserve)
        .min(config.gather_deadline)
        .max(Duration::from_secs(1))
}

/// JSON logs for CloudWatch. `RUST_LOG` sets the level (info by default): a level, or
/// `target=level` pairs (`info,ecs_autopsy::gather=debug`). `Targets`, not `EnvFilter`: the same
/// syntax without span and field filters, and without their regex engine in the binary.
pub fn init_tracing() {
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let filter = std::env::var("RUST_LOG")
        .ok()
        .and_then(|v| v.parse::<tracing_subscriber::filter::Targets>().ok())
        .unwrap_or_else(|| {
            tracing_subscriber::filter::Targets::new().with_default(tracing::Level::INFO)
        });
    let json = tracing_subscriber::fmt::layer()
        .json()
        .with_current_span(true)
        .with_span_list(false)
        .with_ansi(false)
        .without_time()
        .with_target(false);
    let _ = tracing_subscriber::registry()
        .with(json)
        .with(filter)
        .try_init();
}
