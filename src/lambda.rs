//! The Lambda function: an EventBridge `ECS Task State Change` in, a diagnosis out to Slack and
//! SNS. A thin edge around the same engine as the CLI; `src/bin/ecs-autopsy-lambda.rs` only builds
//! [`Deps`] once per cold start and hands [`handler`] to the runtime.
//!
//! Nothing is lost: if every destination fails, the invocation returns an error, so Lambda's
//! async retries and the on-failure destination (the SQS queue of template.yaml) keep the event,
//! and the duplicate marker is released so the retry can post.

use crate::deliver::{self, Delivery};
use crate::diagnose;
use crate::event::{TaskDetail, TASK_STATE_CHANGE};
use crate::gather::{self, Clients, Target};
use crate::notification::{self, Notification, Severity};
use crate::routing::{self, Route};
use aws_lambda_events::event::eventbridge::EventBridgeEvent;
use aws_sdk_dynamodb::types::AttributeValue;
use lambda_runtime::{Diagnostic, LambdaEvent};
use serde::Serialize;
use serde_json::Value;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::time::Instant;

/// The AWS actions the function itself calls beyond gathering (which names its own in
/// `src/gather/`): `tests/least_privilege.rs` checks template.yaml grants exactly these plus those.
pub const DELIVERY_ACTIONS: &[&str] = &[
    "sns:Publish",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "secretsmanager:GetSecretValue",
    "logs:GetLogEvents",
    "ssm:GetParameter",
];

/// Configuration from the environment (the only place the function reads it).
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub slack_webhook_secret_arn: Option<String>,
    pub sns_topic_arn: Option<String>,
    pub routes: Vec<Route>,
    /// SSM parameter holding more routes (JSON, same shape as `ROUTES`), read at the first
    /// invocation that needs it and kept for `routes_ttl`: teams edit routing without a deploy.
    pub routes_parameter: Option<String>,
    pub routes_ttl: Duration,
    pub dedup_table: Option<String>,
    pub dedup_window: Duration,
    pub notify_expected: bool,
    pub notify_spot: bool,
    pub chatbot_format: bool,
    pub log_tail_lines: i32,
    /// Time kept for delivery out of the invocation's remaining time.
    pub delivery_reserve: Duration,
    /// Upper bound of the gather deadline.
    pub gather_deadline: Duration,
}

/// A configuration error: the function cannot start.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
    }

    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let flag = |k: &str, default: bool| -> Result<bool, ConfigError> {
            match get(k).as_deref().map(str::trim) {
                None => Ok(default),
                Some("true" | "1" | "yes") => Ok(true),
                Some("false" | "0" | "no") => Ok(false),
                Some(v) => Err(ConfigError(format!("{k} must be true or false, not {v:?}"))),
            }
        };
        let number = |k: &str, default: u64| -> Result<u64, ConfigError> {
            get(k).map_or(Ok(default), |v| {
                v.trim()
                    .parse()
                    .map_err(|_| ConfigError(format!("{k} must be a whole number, not {v:?}")))
            })
        };
        let routes = match get("ROUTES") {
            None => Vec::new(),
            Some(json) => routing::parse_routes(&json)
                .map_err(|e| ConfigError(format!("ROUTES is not a valid list of routes: {e}")))?,
        };
        let c = Config {
            slack_webhook_secret_arn: get("SLACK_WEBHOOK_SECRET_ARN"),
            sns_topic_arn: get("SNS_TOPIC_ARN"),
            routes,
            routes_parameter: get("ROUTES_PARAMETER"),
            routes_ttl: Duration::from_secs(number("ROUTES_CACHE_SECONDS", 300)?),
            dedup_table: get("DEDUP_TABLE_NAME"),
            dedup_window: Duration::from_secs(60 * number("DEDUP_WINDOW_MINUTES", 15)?),
            notify_expected: flag("NOTIFY_EXPECTED_STOPS", false)?,
            notify_spot: flag("NOTIFY_SPOT_AND_HOST", true)?,
            chatbot_format: flag("SNS_CHATBOT_FORMAT", false)?,
            log_tail_lines: number("LOG_TAIL_LINES", 20)?.min(200) as i32,
            delivery_reserve: Duration::from_millis(number("DELIVERY_RESERVE_MS", 5000)?),
            gather_deadline: Duration::from_millis(number("GATHER_DEADLINE_MS", 20_000)?),
        };
        if c.slack_webhook_secret_arn.is_none()
            && c.sns_topic_arn.is_none()
            && c.routes.is_empty()
            && c.routes_parameter.is_none()
        {
            return Err(ConfigError(
                "no destination: set SLACK_WEBHOOK_SECRET_ARN and/or SNS_TOPIC_ARN (or ROUTES / ROUTES_PARAMETER)"
                    .into(),
            ));
        }
        Ok(c)
    }
}

/// Everything built once per cold start.
pub struct Deps {
    pub clients: Clients,
    pub sns: aws_sdk_sns::Client,
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub slack: deliver::Slack,
    pub config: Config,
    /// The routes of `ROUTES_PARAMETER` and when they were read.
    routes_cache: routing::Cache,
}

impl Deps {
    /// Builds the clients; no network call happens here (cold start stays fast).
    pub async fn new(config: Config) -> Deps {
        let sdk = gather::load_config(None, Duration::from_secs(3)).await;
        let clients = Clients::new(&sdk);
        Deps {
            sns: aws_sdk_sns::Client::new(&sdk),
            dynamodb: aws_sdk_dynamodb::Client::new(&sdk),
            slack: deliver::Slack::new(clients.secretsmanager.clone()),
            clients,
            config,
            routes_cache: routing::Cache::default(),
        }
    }
}

/// What the invocation did (its return value, visible in logs and tests).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    /// `notified`, `ignored`, `duplicate` or `suppressed`.
    pub action: &'static str,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deliveries: Vec<Delivery>,
}

impl Summary {
    fn ignored(action: &'static str, reason: impl Into<String>) -> Summary {
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
    #[error("malformed ECS task state change event: {0}")]
    Malformed(String),
    #[error("every destination failed: {0}")]
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

/// Whether a stopped task is worth a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Triage {
    Notify(Severity),
    Ignore(String),
}

/// Pure: failures are notified; expected stops (user, scale-in, deployment) are not by default;
/// Spot and host loss are informational; a standalone job whose essential containers exited 0
/// succeeded. The stop code is inferred when the event has none ([`crate::stop`]), and exits
/// that ECS caused by stopping the task (a sidecar's 143) never count as failures.
pub fn triage(d: &TaskDetail, config: &Config) -> Triage {
    if d.last_status.as_deref() != Some("STOPPED") {
        return Triage::Ignore(format!(
            "lastStatus is {}: the task has not stopped",
            d.last_status.as_deref().unwrap_or("missing")
        ));
    }
    let stop = crate::stop::analyze(&d.to_task(), None);
    let reason = d
        .stopped_reason
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    let expected = |why: &str| {
        if config.notify_expected {
            Triage::Notify(Severity::Info)
        } else {
            Triage::Ignore(format!("expected stop: {why}"))
        }
    };
    match stop.stop_code.as_deref() {
        Some("TaskFailedToStart") => Triage::Notify(Severity::Error),
        Some("EssentialContainerExited") => match stop.ending {
            crate::stop::Ending::Succeeded => Triage::Ignore(format!(
                "{}{}",
                stop.summary,
                if stop.stop_code_inferred {
                    " (stopCode inferred)"
                } else {
                    ""
                }
            )),
            _ => Triage::Notify(Severity::Error),
        },
        Some("SpotInterruption" | "TerminationNotice") => {
            if config.notify_spot {
                Triage::Notify(Severity::Info)
            } else {
                Triage::Ignore("Spot or host loss (NOTIFY_SPOT_AND_HOST=false)".into())
            }
        }
        Some("UserInitiated") => expected("stopped by a user"),
        Some("ServiceSchedulerInitiated") if reason.contains("health check") => {
            Triage::Notify(Severity::Error)
        }
        Some("ServiceSchedulerInitiated") => expected("scale-in or deployment"),
        code => {
            let reasons = d.container_reasons();
            let c = crate::classify::classify_task(&reasons, d.stopped_reason.as_deref(), code);
            match c.classification.candidates.first().copied() {
                Some("expected.stop") => expected("stopped on purpose"),
                Some("infra.spot_or_host") if !config.notify_spot => {
                    Triage::Ignore("Spot or host loss".into())
                }
                Some("infra.spot_or_host") => Triage::Notify(Severity::Info),
                _ => Triage::Notify(Severity::Error),
            }
        }
    }
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Marks an event as being handled; false when another delivery of it already did.
async fn claim_event(deps: &Deps, table: &str, key: &str) -> Result<bool, String> {
    let r = deps
        .dynamodb
        .put_item()
        .table_name(table)
        .item("pk", AttributeValue::S(key.into()))
        .item(
            "expires_at",
            AttributeValue::N((now_secs() + 86_400).to_string()),
        )
        .condition_expression("attribute_not_exists(pk)")
        .send()
        .await;
    match r {
        Ok(_) => Ok(true),
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_conditional_check_failed_exception()) =>
        {
            Ok(false)
        }
        Err(e) => Err(format!(
            "dedup table {table}: {}",
            aws_sdk_dynamodb::error::DisplayErrorContext(&e)
        )),
    }
}

async fn release_event(deps: &Deps, table: &str, key: &str) {
    let _ = deps
        .dynamodb
        .delete_item()
        .table_name(table)
        .key("pk", AttributeValue::S(key.into()))
        .send()
        .await;
}

/// Releases dedup claims (event and window) so a retry of the event can post.
async fn release_claims(deps: &Deps, keys: &[Option<&str>]) {
    if let Some(table) = &deps.config.dedup_table {
        for key in keys.iter().flatten() {
            release_event(deps, table, key).await;
        }
    }
}

/// Crash-loop window: `Ok(Some(n))` = send, `n` repeats were suppressed since the last message;
/// `Ok(None)` = suppress (counted for the next message).
async fn window(deps: &Deps, table: &str, key: &str) -> Result<Option<u64>, String> {
    let now = now_secs();
    let cutoff = now - deps.config.dedup_window.as_secs() as i64;
    let r = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", AttributeValue::S(key.into()))
        .update_expression("SET last_sent = :now, repeats = :zero, expires_at = :exp")
        .condition_expression("attribute_not_exists(pk) OR last_sent <= :cutoff")
        .expression_attribute_values(":now", AttributeValue::N(now.to_string()))
        .expression_attribute_values(":zero", AttributeValue::N("0".into()))
        .expression_attribute_values(":cutoff", AttributeValue::N(cutoff.to_string()))
        .expression_attribute_values(":exp", AttributeValue::N((now + 7 * 86_400).to_string()))
        .return_values(aws_sdk_dynamodb::types::ReturnValue::AllOld)
        .send()
        .await;
    match r {
        Ok(out) => Ok(Some(
            out.attributes()
                .and_then(|a| a.get("repeats"))
                .and_then(|v| v.as_n().ok())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0),
        )),
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_conditional_check_failed_exception()) =>
        {
            let _ = deps
                .dynamodb
                .update_item()
                .table_name(table)
                .key("pk", AttributeValue::S(key.into()))
                .update_expression("ADD repeats :one")
                .expression_attribute_values(":one", AttributeValue::N("1".into()))
                .send()
                .await;
            Ok(None)
        }
        Err(e) => Err(format!(
            "dedup table {table}: {}",
            aws_sdk_dynamodb::error::DisplayErrorContext(&e)
        )),
    }
}

/// The routing table: the routes of `ROUTES_PARAMETER` (read lazily, never at cold start, and kept
/// for `routes_ttl`), then those of `ROUTES`.
async fn routing_table(deps: &Deps) -> Result<Vec<Route>, String> {
    let config = &deps.config;
    let Some(name) = &config.routes_parameter else {
        return Ok(config.routes.clone());
    };
    let mut routes = deps
        .routes_cache
        .get(config.routes_ttl, || {
            read_routes_parameter(&deps.clients.ssm, name)
        })
        .await?;
    routes.extend(config.routes.iter().cloned());
    Ok(routes)
}

/// Reads the routing parameter (a routing table, not secret material: the secrets it names are
/// read by [`deliver::Slack`]).
async fn read_routes_parameter(
    ssm: &aws_sdk_ssm::Client,
    name: &str,
) -> Result<Vec<Route>, String> {
    let out = ssm.get_parameter().name(name).send().await.map_err(|e| {
        format!(
            "ssm:GetParameter {name}: {}",
            aws_sdk_ssm::error::DisplayErrorContext(&e)
        )
    })?;
    let value = out.parameter().and_then(|p| p.value()).unwrap_or_default();
    routing::parse_routes(value).map_err(|e| format!("{name} is not a valid list of routes: {e}"))
}

/// The last lines of the container's awslogs stream, redacted.
async fn log_tail(deps: &Deps, snap: &crate::snapshot::Snapshot, container: &str) -> Vec<String> {
    let Some(td) = snap.task_definition.ok() else {
        return Vec::new();
    };
    let Some(def) = td.containers.iter().find(|c| c.name == container) else {
        return Vec::new();
    };
    let (Some((group, _, _, Some(prefix))), Some(task_id)) =
        (crate::refs::awslogs(def), snap.task.task_id())
    else {
        return Vec::new();
    };
    let stream = format!("{prefix}/{container}/{task_id}");
    let r = deps
        .clients
        .logs
        .get_log_events()
        .log_group_name(&group)
        .log_stream_name(&stream)
        .limit(deps.config.log_tail_lines.max(1))
        .start_from_head(false)
        .send()
        .await;
    match r {
        Ok(out) => out
            .events()
            .iter()
            .filter_map(|e| e.message())
            .map(|m| notification::truncate(&notification::redact(m.trim_end()), 500))
            .collect(),
        Err(e) => {
            tracing::warn!(group = %group, stream = %stream, error = %aws_sdk_cloudwatchlogs::error::DisplayErrorContext(&e), "log tail unavailable");
            Vec::new()
        }
    }
}

/// Handles one event. Testable without AWS when `deps` point at a stand-in.
pub async fn handler(event: LambdaEvent<Value>, deps: &Deps) -> Result<Summary, HandlerError> {
    let (payload, context) = event.into_parts();
    let detail_type = payload
        .get("detail-type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if detail_type != TASK_STATE_CHANGE {
        tracing::info!(detail_type = %detail_type, "not an ECS task state change: ignored");
        return Ok(Summary::ignored(
            "ignored",
            format!("event type {detail_type:?} is not handled"),
        ));
    }
    let event: EventBridgeEvent<TaskDetail> =
        serde_json::from_value(payload).map_err(|e| HandlerError::Malformed(e.to_string()))?;
    let mut detail = event.detail;
    detail.fill_from_resources(event.resources.as_deref().unwrap_or_default());
    let task_arn = detail.task_arn.clone().unwrap_or_default();
    let triage = triage(&detail, &deps.config);
    let severity = match triage {
        Triage::Ignore(why) => {
            tracing::info!(task = %task_arn, reason = %why, "ignored");
            return Ok(Summary::ignored("ignored", why));
        }
        Triage::Notify(s) => s,
    };
    // Duplicate deliveries of one event share (task ARN, detail.version).
    let event_key = format!("event#{task_arn}#{}", detail.version.unwrap_or(-1));
    if let Some(table) = &deps.config.dedup_table {
        match claim_event(deps, table, &event_key).await {
            Ok(false) => {
                return Ok(Summary::ignored(
                    "duplicate",
                    format!("already handled {event_key}"),
                ))
            }
            Ok(true) => {}
            Err(e) => tracing::warn!(error = %e, "dedup unavailable: notifying anyway"),
        }
    }
    // The diagnosis gets what the invocation has left, minus time to deliver.
    let remaining = context
        .deadline()
        .duration_since(SystemTime::now())
        .unwrap_or(Duration::from_secs(10));
    let budget = remaining
        .saturating_sub(deps.config.delivery_reserve)
        .min(deps.config.gather_deadline)
        .max(Duration::from_secs(1));
    let delivery_deadline = Instant::now() + remaining.saturating_sub(Duration::from_millis(500));
    let target = Target::Event {
        task: Box::new(detail.to_task()),
        region: event.region.clone(),
        account: event.account.clone(),
    };
    let snapshot =
        match gather::gather(&deps.clients, target, &gather::Options { deadline: budget }).await {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(error = %e, "gather failed");
                crate::snapshot::Snapshot {
                    task: detail.to_task(),
                    region: event.region.clone(),
                    account: event.account.clone(),
                    ..Default::default()
                }
            }
        };
    let report = diagnose::diagnose(&snapshot);
    // With the task definition, `essential` is known: a job whose only failing container was
    // a non-essential one succeeded after all.
    if let Some(stop) = report
        .stop
        .as_ref()
        .filter(|s| s.ending == crate::stop::Ending::Succeeded)
    {
        tracing::info!(task = %task_arn, reason = %stop.summary, "ignored");
        return Ok(Summary::ignored("ignored", stop.summary.clone()));
    }
    let mut n = Notification::new(report);
    if severity == Severity::Info {
        n.severity = Severity::Info;
    }
    let cause = n.cause().to_string();
    tracing::info!(task = %task_arn, cause = %cause, "diagnosed");
    let mut window_key = None;
    if let Some(table) = &deps.config.dedup_table {
        let t = &n.report.task;
        let key = format!(
            "window#{}#{}#{cause}",
            t.cluster.as_deref().unwrap_or("-"),
            t.service
                .as_deref()
                .or(t.task_definition.as_deref())
                .unwrap_or("-")
        );
        match window(deps, table, &key).await {
            Ok(Some(repeats)) => {
                n.suppressed_repeats = repeats;
                window_key = Some(key);
            }
            Ok(None) => {
                return Ok(Summary {
                    action: "suppressed",
                    reason: format!(
                        "{key} was reported less than {} minutes ago",
                        deps.config.dedup_window.as_secs() / 60
                    ),
                    cause: Some(cause),
                    deliveries: Vec::new(),
                })
            }
            Err(e) => tracing::warn!(error = %e, "crash-loop window unavailable: notifying"),
        }
    }
    // The log tail of the container that stopped the task (not a sidecar ECS stopped after it).
    if matches!(
        cause.as_str(),
        "container.exit" | "container.oom" | "container.command"
    ) {
        let culprit = n.report.stop.as_ref().and_then(|s| s.culprit.clone());
        if let Some(name) = culprit {
            n.log_tail = log_tail(deps, &snapshot, &name).await;
            n.crash = crate::crash::recognise(&n.log_tail);
        }
    }
    let claims = [Some(event_key.as_str()), window_key.as_deref()];
    let routes = match routing_table(deps).await {
        Ok(routes) => routes,
        Err(e)
            if deps.config.slack_webhook_secret_arn.is_some()
                || deps.config.sns_topic_arn.is_some() =>
        {
            tracing::error!(error = %e, "routing table unavailable: sending to the default destination");
            Vec::new()
        }
        Err(e) => {
            release_claims(deps, &claims).await;
            return Err(HandlerError::Delivery(format!(
                "routing table unavailable and no default destination: {e}"
            )));
        }
    };
    let defaults = (
        deps.config.slack_webhook_secret_arn.clone(),
        deps.config.sns_topic_arn.clone(),
    );
    let (slack_secret, topic) = routing::destinations(
        defaults,
        &routes,
        &n.report,
        &routing::routing_tags(&snapshot),
    );
    if slack_secret.is_none() && topic.is_none() {
        tracing::warn!(task = %task_arn, "no route matches and no default destination: not sent");
        release_claims(deps, &claims[1..]).await;
        return Ok(Summary {
            action: "unrouted",
            reason: "no route matches the task and there is no default destination".into(),
            cause: Some(cause),
            deliveries: Vec::new(),
        });
    }
    let slack_payload = notification::slack(&n);
    let sns_message = notification::sns(&n, deps.config.chatbot_format);
    let (slack, sns) = tokio::join!(
        async {
            match &slack_secret {
                Some(arn) => Some(
                    deps.slack
                        .post(arn, &slack_payload, delivery_deadline)
                        .await,
                ),
                None => None,
            }
        },
        async {
            match &topic {
                Some(t) => Some(deliver::publish(&deps.sns, t, &sns_message).await),
                None => None,
            }
        },
    );
    let deliveries: Vec<Delivery> = [slack, sns].into_iter().flatten().collect();
    for d in &deliveries {
        if d.ok {
            tracing::info!(kind = d.kind, target = %d.target, "delivered");
        } else {
            tracing::error!(kind = d.kind, target = %d.target, error = d.error.as_deref().unwrap_or(""), "delivery failed");
        }
    }
    if !deliveries.is_empty() && deliveries.iter().all(|d| !d.ok) {
        // Release both claims so that Lambda's retry of this event is not taken for a duplicate.
        release_claims(deps, &claims).await;
        let errors: Vec<String> = deliveries.iter().filter_map(|d| d.error.clone()).collect();
        return Err(HandlerError::Delivery(errors.join("; ")));
    }
    Ok(Summary {
        action: "notified",
        reason: n
            .report
            .root_causes
            .first()
            .map(|r| r.summary.clone())
            .unwrap_or_default(),
        cause: Some(cause),
        deliveries,
    })
}

/// JSON logs for CloudWatch (`RUST_LOG` sets the level; info by default).
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_current_span(false)
        .with_ansi(false)
        .without_time()
        .with_target(false)
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> Config {
        Config::from_lookup(|k| {
            (k == "SNS_TOPIC_ARN").then(|| "arn:aws:sns:us-east-1:1:t".to_string())
        })
        .unwrap()
    }

    fn detail(stop_code: &str, reason: &str, exit: Option<i64>) -> TaskDetail {
        serde_json::from_value(serde_json::json!({
            "lastStatus": "STOPPED", "stopCode": stop_code, "stoppedReason": reason,
            "containers": [{"name": "app", "exitCode": exit}]
        }))
        .unwrap()
    }

    #[test]
    fn triage_follows_the_stop_code() {
        let c = cfg();
        assert_eq!(
            triage(&detail("TaskFailedToStart", "x", None), &c),
            Triage::Notify(Severity::Error)
        );
        assert_eq!(
            triage(
                &detail(
                    "EssentialContainerExited",
                    "Essential container in task exited",
                    Some(1)
                ),
                &c
            ),
            Triage::Notify(Severity::Error)
        );
        assert!(matches!(
            triage(
                &detail(
                    "EssentialContainerExited",
                    "Essential container in task exited",
                    Some(0)
                ),
                &c
            ),
            Triage::Ignore(_)
        ));
        assert!(matches!(
            triage(&detail("UserInitiated", "Task stopped by user", None), &c),
            Triage::Ignore(_)
        ));
        assert!(matches!(
            triage(
                &detail(
                    "ServiceSchedulerInitiated",
                    "Scaling activity initiated by (deployment ecs-svc/1)",
                    None
                ),
                &c
            ),
            Triage::Ignore(_)
        ));
        assert_eq!(
            triage(
                &detail(
                    "ServiceSchedulerInitiated",
                    "Task failed ELB health checks in (target-group x)",
                    None
                ),
                &c
            ),
            Triage::Notify(Severity::Error)
        );
        assert_eq!(
            triage(
                &detail("SpotInterruption", "Your Spot Task was interrupted.", None),
                &c
            ),
            Triage::Notify(Severity::Info)
        );
        let mut running = detail("TaskFailedToStart", "x", None);
        running.last_status = Some("RUNNING".into());
        assert!(matches!(triage(&running, &c), Triage::Ignore(_)));
        let loud = Config {
            notify_expected: true,
            ..cfg()
        };
        assert_eq!(
            triage(
                &detail("UserInitiated", "Task stopped by user", None),
                &loud
            ),
            Triage::Notify(Severity::Info)
        );
    }

    #[test]
    fn configuration_errors_are_clear() {
        assert!(Config::from_lookup(|_| None)
            .unwrap_err()
            .to_string()
            .contains("no destination"));
        let bad = Config::from_lookup(|k| match k {
            "SNS_TOPIC_ARN" => Some("t".into()),
            "DEDUP_WINDOW_MINUTES" => Some("soon".into()),
            _ => None,
        });
        assert!(bad
            .unwrap_err()
            .to_string()
            .contains("DEDUP_WINDOW_MINUTES"));
        let routes = Config::from_lookup(|k| match k {
            "ROUTES" => {
                Some(r#"[{"tag":"team=payments","slack_webhook_secret_arn":"arn:s"}]"#.into())
            }
            _ => None,
        })
        .unwrap();
        assert_eq!(routes.routes[0].tag.as_deref(), Some("team=payments"));
        assert!(Config::from_lookup(|k| (k == "ROUTES").then(|| "{".into())).is_err());
        // A misspelt key, a route matching nothing, a route sending nowhere: refused at start.
        for bad in [
            r#"[{"tag":"team=a","slack_secret":"arn:s"}]"#,
            r#"[{"slack_webhook_secret_arn":"arn:s"}]"#,
            r#"[{"cluster":"prod-*"}]"#,
        ] {
            let e = Config::from_lookup(|k| (k == "ROUTES").then(|| bad.into())).unwrap_err();
            assert!(e.to_string().contains("ROUTES"), "{bad}: {e}");
        }
        let from_parameter = Config::from_lookup(|k| {
            (k == "ROUTES_PARAMETER").then(|| "/ecs-autopsy/routes".into())
        })
        .unwrap();
        assert_eq!(from_parameter.routes_ttl, Duration::from_secs(300));
    }
}
