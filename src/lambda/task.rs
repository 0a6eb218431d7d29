//! `ECS Task State Change`: triage, dedup, then either a repeat joins its incident at once
//! (its service failed the same way minutes ago: no gather), or gather + diagnose and notify.rs
//! delivers. A RUNNING task of a service is that service's recovery.

use super::deliver::{self, EventContext};
use super::{budget, dedup, incidents, triage, Deps, HandlerError, Summary, Triage};
use crate::diagnose;
use crate::gather::{self, Target};
use crate::incident;
use crate::lambda::Action;
use crate::render::{Notification, Severity};
use crate::target::event::TaskDetail;
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
    tracing::Span::current().record("resource", task_arn.as_str());
    let task = detail.to_task();
    let service =
        incident::task_service_key(&task, event.account.as_deref(), event.region.as_deref());
    if detail.last_status.as_deref() == Some("RUNNING") && task.service_name().is_some() {
        if let Some(table) = &deps.config.dedup_table {
            return super::service::recovered(deps, table, &service, remaining).await;
        }
    }
    let severity = match triage(&detail, &deps.config) {
        Triage::Ignore(why) => {
            tracing::info!(reason = %why, "ignored");
            return Ok(Summary::ignored(Action::Ignored, why));
        }
        Triage::Notify(s) => s,
    };
    // Duplicate deliveries of one event share (task ARN, detail.version).
    let event_key = format!("event#{task_arn}#{}", detail.version.unwrap_or(-1));
    let delivered = match dedup::claim_or_duplicate(deps, &event_key).await {
        Ok(delivered) => delivered,
        Err(duplicate) => return Ok(duplicate),
    };
    // A task of a deployment with a story: a reply in its thread (rollout.rs). Its own failure
    // path below is not held up by it: a story's reply that could not be sent stays owed and
    // goes out with the story's next message.
    let story = super::rollout::on_task_failure(
        deps,
        detail.started_by.as_deref(),
        crate::rollout::Place {
            cluster: task.cluster_name().unwrap_or_default().to_string(),
            service: task.service_name().unwrap_or_default().to_string(),
            region: event.region.clone().unwrap_or_default(),
            account: event.account.clone().unwrap_or_default(),
        },
        crate::rollout::TaskFailure {
            task_id: task.task_id().unwrap_or_default().to_string(),
            cause: failure_line(&detail),
            at: detail
                .stopped_at
                .as_deref()
                .and_then(crate::rollout::iso_epoch)
                .unwrap_or(0),
            rollback: false,
        },
        remaining,
    )
    .await;
    if let Err(e) = story {
        tracing::warn!(error = %e, "deployment story not updated");
    }
    let stop = crate::stop::analyze(&task, None);
    let fingerprint = incident::fingerprint(
        stop.stop_code.as_deref(),
        detail.stopped_reason.as_deref(),
        stop.culprit_exit,
    );
    let ctx = EventContext {
        key: Some(event_key),
        delivered,
        fingerprint: Some(fingerprint.clone()),
    };
    if let Some(table) = &deps.config.dedup_table {
        let deadline = incidents::deadline(remaining);
        // A retry of an event that was counted: only what its incident still owes.
        if let Some(key) = ctx
            .delivered
            .iter()
            .find_map(|d| d.strip_prefix("incident:"))
        {
            let key = key.to_string();
            return deliver::flushed(deps, table, &key, "-", false, &ctx, deadline).await;
        }
        // A repeat: the service failed the same way minutes ago and that incident is open.
        if let Some(key) = incidents::hinted(deps, table, &service, &fingerprint).await {
            let failure = incidents::Failure {
                key: &key,
                service: &service,
                fingerprint: &fingerprint,
            };
            match incidents::join(deps, table, &failure).await {
                Ok(Some(i)) => {
                    tracing::info!(incident = %key, "a repeat: joined its incident without a new diagnosis");
                    return deliver::flushed(deps, table, &key, &i.cause, false, &ctx, deadline)
                        .await;
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "incident join failed: diagnosing"),
            }
        }
    }
    let target = Target::Event {
        task: Box::new(task.clone()),
        region: event.region.clone(),
        account: event.account.clone(),
    };
    let options = gather::Options {
        deadline: budget(remaining, &deps.config),
        log_lines: deps.config.log_tail_lines,
    };
    let snapshot = match gather::gather_via(&deps.access, target, &options).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "gather failed");
            crate::snapshot::Snapshot {
                task,
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
        tracing::info!(reason = %stop.summary, "ignored");
        return Ok(Summary::ignored(Action::Ignored, stop.summary.clone()));
    }
    let mut n = Notification::new(report);
    if severity == Severity::Info {
        n.severity = Severity::Info;
    }
    deliver::send(deps, n, &snapshot, ctx, remaining).await
}

/// One line for a deployment story's thread: what the error text reads as, and the text.
fn failure_line(d: &TaskDetail) -> String {
    let reasons = d.container_reasons();
    let c = crate::classify::classify_task(&reasons, d.stopped_reason.as_deref(), None);
    let reason = reasons
        .first()
        .map(|(_, r)| *r)
        .or(d.stopped_reason.as_deref())
        .unwrap_or("stopped");
    match c
        .classification
        .candidates
        .first()
        .and_then(|id| crate::catalogue::cause(id))
        .filter(|cause| cause.id != crate::catalogue::id::OTHER)
    {
        Some(cause) => format!("{}: {reason}", cause.title),
        None => reason.to_string(),
    }
}
