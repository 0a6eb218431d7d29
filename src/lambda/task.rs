//! `ECS Task State Change`: triage, dedup, gather, diagnose, then notify.rs delivers.

use super::{budget, dedup, notify, triage, Deps, HandlerError, Summary, Triage};
use crate::diagnose;
use crate::event::TaskDetail;
use crate::gather::{self, Target};
use crate::notification::{Notification, Severity};
use aws_lambda_events::event::eventbridge::EventBridgeEvent;
use serde_json::Value;
use std::time::Duration;

pub(super) async fn handle(
    payload: Value,
    remaining: Duration,
    deps: &Deps,
) -> Result<Summary, HandlerError> {
    let event: EventBridgeEvent<TaskDetail> =
        serde_json::from_value(payload).map_err(|e| HandlerError::Malformed(e.to_string()))?;
    let mut detail = event.detail;
    detail.fill_from_resources(event.resources.as_deref().unwrap_or_default());
    let task_arn = detail.task_arn.clone().unwrap_or_default();
    let severity = match triage(&detail, &deps.config) {
        Triage::Ignore(why) => {
            tracing::info!(task = %task_arn, reason = %why, "ignored");
            return Ok(Summary::ignored("ignored", why));
        }
        Triage::Notify(s) => s,
    };
    // Duplicate deliveries of one event share (task ARN, detail.version).
    let event_key = format!("event#{task_arn}#{}", detail.version.unwrap_or(-1));
    let delivered = match dedup::claim_or_duplicate(deps, &event_key).await {
        Ok(delivered) => delivered,
        Err(duplicate) => return Ok(duplicate),
    };
    let target = Target::Event {
        task: Box::new(detail.to_task()),
        region: event.region.clone(),
        account: event.account.clone(),
    };
    let options = gather::Options {
        deadline: budget(remaining, &deps.config),
    };
    let snapshot = match gather::gather(&deps.clients, target, &options).await {
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
    notify::send(deps, n, &snapshot, Some(event_key), &delivered, remaining).await
}
