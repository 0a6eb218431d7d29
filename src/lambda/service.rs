//! `ECS Service Action` and `ECS Deployment State Change`: the failures no task event reports.
//!
//! - SERVICE_TASK_PLACEMENT_FAILURE: no task ever ran, so the event is the evidence; the
//!   `capacity.placement` check reads its reason (RESOURCE:MEMORY, ATTRIBUTE, ...).
//! - SERVICE_TASK_START_IMPAIRED and SERVICE_DEPLOYMENT_FAILED (the circuit breaker rolled back):
//!   the service's most recently stopped task is gathered and diagnosed, with the event beside
//!   it (and the task definition the service rolled back to).
//!
//! - SERVICE_STEADY_STATE: the service runs again, so it leaves its incidents; an incident whose
//!   services all run again is recovered, and its "recovered" message goes out.
//!
//! - The other ERROR service actions (SERVICE_TASK_CONFIGURATION_FAILURE,
//!   SERVICE_DAEMON_PLACEMENT_CONSTRAINT_VIOLATED, ECS_OPERATION_THROTTLED,
//!   SERVICE_DISCOVERY_OPERATION_THROTTLED): the event and its reason are the evidence.
//!
//! - `ECS Daemon Service Action` (Managed Daemons): a daemon task that could not be created on a
//!   container instance; one that was created is diagnosed from its own task event.
//!
//! - `ECS Container Instance Health Change`: an IMPAIRED instance (its container runtime, GPUs,
//!   daemon tasks or agent connection), read from the event before its tasks fail.
//!
//! Everything else (deployments in progress or completed) is not a failure. A task event and a
//! service event about the same failure diagnose the same (cause, culprit), so they are one
//! incident, not two messages.

use super::deliver::{self, EventContext};
use super::{budget, dedup, incidents, Deps, HandlerError, Summary};
use crate::diagnose;
use crate::gather::{self, Target};
use crate::lambda::Action;
use crate::notify::Delivery;
use crate::render::Notification;
use crate::target::event::{self, Envelope};
use crate::target::{
    service_event_kind as kind, service_event_snapshot as event_snapshot, ServiceEventKind,
};
use serde_json::Value;
use std::time::Duration;

/// The dedup key of a service or daemon event: duplicate deliveries of one event share its id;
/// without one, what it is about, what it says and when.
fn event_key(
    id: Option<&str>,
    cluster: &str,
    name: &str,
    event: &crate::snapshot::ServiceEvent,
) -> String {
    let fallback = || {
        format!(
            "{cluster}/{name}/{}/{}",
            event.event_name,
            event.at.as_deref().unwrap_or("-")
        )
    };
    format!("event#{}", id.map_or_else(fallback, str::to_string))
}

/// Reads a service-level event's envelope and its detail: either failing is a malformed event.
fn read<D: serde::de::DeserializeOwned + Default, I>(
    payload: Value,
    from: impl FnOnce(Envelope<D>) -> Result<I, event::EventError>,
) -> Result<I, HandlerError> {
    let envelope: Envelope<D> =
        serde_json::from_value(payload).map_err(|e| HandlerError::Malformed(e.to_string()))?;
    from(envelope).map_err(|e| HandlerError::Malformed(e.to_string()))
}

/// `ECS Daemon Service Action` (Managed Daemons): a daemon task that could not start. A task that
/// was created stops with its own `ECS Task State Change`, which is diagnosed; one that could not
/// be created (TASK_CREATION_FAILED) sends no task event, so this event is the evidence.
pub(super) async fn handle_daemon(
    payload: Value,
    remaining: Duration,
    deps: &Deps,
) -> Result<Summary, HandlerError> {
    let info = read(payload, event::daemon_event_from)?;
    tracing::Span::current().record(
        "resource",
        format!("{}/{}", info.cluster, info.daemon).as_str(),
    );
    if info.task_arn.is_some() {
        let why = "the daemon task was created: its own ECS Task State Change is diagnosed";
        tracing::info!(reason = %why, "ignored");
        return Ok(Summary::ignored(Action::Ignored, why));
    }
    let event_key = event_key(info.id.as_deref(), &info.cluster, &info.daemon, &info.event);
    let snapshot = crate::target::daemon_event_snapshot(&info);
    diagnose_event_alone(deps, event_key, &snapshot, remaining).await
}

/// `ECS Container Instance Health Change`: an instance whose container runtime, GPUs, daemon
/// tasks or agent connection became IMPAIRED. The tasks it will fail have not stopped yet, so the
/// event is the evidence; OK and the statuses that are not known yet are not failures.
pub(super) async fn handle_instance_health(
    payload: Value,
    remaining: Duration,
    deps: &Deps,
) -> Result<Summary, HandlerError> {
    let info = read(payload, event::instance_health_from)?;
    tracing::Span::current().record(
        "resource",
        format!("{}/{}", info.cluster, info.instance).as_str(),
    );
    if let Some(why) = info.not_a_failure() {
        tracing::info!(reason = %why, "ignored");
        return Ok(Summary::ignored(Action::Ignored, why));
    }
    let event_key = event_key(
        info.id.as_deref(),
        &info.cluster,
        &info.instance,
        &info.event,
    );
    let snapshot = crate::target::instance_health_snapshot(&info);
    diagnose_event_alone(deps, event_key, &snapshot, remaining).await
}

/// An event that is the whole evidence (no task to gather): claimed once, so that duplicate
/// deliveries of it share one message, then diagnosed and delivered.
async fn diagnose_event_alone(
    deps: &Deps,
    event_key: String,
    snapshot: &crate::snapshot::Snapshot,
    remaining: Duration,
) -> Result<Summary, HandlerError> {
    let delivered = match dedup::claim_or_duplicate(deps, &event_key).await {
        Ok(delivered) => delivered,
        Err(duplicate) => return Ok(duplicate),
    };
    let n = Notification::new(diagnose::diagnose(snapshot));
    let ctx = EventContext {
        key: Some(event_key),
        delivered,
        fingerprint: None,
    };
    deliver::send(deps, n, snapshot, ctx, remaining).await
}

pub(super) async fn handle(
    payload: Value,
    remaining: Duration,
    deps: &Deps,
) -> Result<Summary, HandlerError> {
    // A deployment's state, for its story (rollout.rs): read before the envelope takes the payload.
    let deployment = crate::rollout::deployment_event(&payload);
    let info = read(payload, event::service_event_from)?;
    tracing::Span::current().record(
        "resource",
        format!("{}/{}", info.cluster, info.service).as_str(),
    );
    if info.event.event_name == "SERVICE_STEADY_STATE" {
        if let Some(table) = &deps.config.dedup_table {
            let service = crate::incident::service_id(
                info.account.as_deref(),
                info.region.as_deref(),
                Some(&info.cluster),
                Some(&info.service),
            );
            return recovered(deps, table, &service, remaining).await;
        }
    }
    let Some(kind) = kind(&info.event.event_name) else {
        if let Some(ev) = deployment {
            // A deployment started or completed: only its story hears of it.
            let deliveries = super::rollout::on_event(deps, ev, Vec::new(), remaining)
                .await
                .map_err(|e| HandlerError::Delivery(format!("deployment story: {e}")))?;
            return story_summary(&info, deliveries);
        }
        let why = format!(
            "{} {} is not a failure",
            info.event.detail_type, info.event.event_name
        );
        tracing::info!(reason = %why, "ignored");
        return Ok(Summary::ignored(Action::Ignored, why));
    };
    let event_key = event_key(
        info.id.as_deref(),
        &info.cluster,
        &info.service,
        &info.event,
    );
    let delivered = match dedup::claim_or_duplicate(deps, &event_key).await {
        Ok(delivered) => delivered,
        Err(duplicate) => return Ok(duplicate),
    };
    let snapshot = match kind {
        ServiceEventKind::Placement => {
            let mut s = event_snapshot(&info);
            let options = gather::Options {
                deadline: budget(remaining, &deps.config),
                log_lines: 0,
            };
            gather::placement_cluster(&deps.access, &mut s, &options).await;
            s
        }
        ServiceEventKind::EventAlone => event_snapshot(&info),
        ServiceEventKind::LastStoppedTask => {
            let target = Target::Service {
                cluster: info.cluster.clone(),
                service: info.service.clone(),
            };
            let options = gather::Options {
                deadline: budget(remaining, &deps.config),
                log_lines: deps.config.log_tail_lines,
            };
            match gather::gather_via(&deps.access, target, &options).await {
                Ok(mut s) => {
                    s.service_event = Some(info.event.clone());
                    s
                }
                Err(e) => {
                    // No stopped task to read (expired, or never started): the event alone.
                    tracing::warn!(error = %e, service = %info.service, "the service's last stopped task could not be gathered");
                    crate::target::event_alone(event_snapshot(&info), &e)
                }
            }
        }
    };
    let report = diagnose::diagnose(&snapshot);
    // A failed deployment's story learns its cause and revisions from this diagnosis.
    let story = deployment.map(|ev| {
        let extra = super::rollout::from_diagnosis(&ev.deployment_id, &report, &snapshot);
        (ev, extra)
    });
    let n = Notification::new(report);
    let ctx = EventContext {
        key: Some(event_key),
        delivered,
        fingerprint: None,
    };
    let mut summary = deliver::send(deps, n, &snapshot, ctx, remaining).await?;
    if let Some((ev, extra)) = story {
        let deliveries = super::rollout::on_event(deps, ev, extra, remaining)
            .await
            .map_err(|e| HandlerError::Delivery(format!("deployment story: {e}")))?;
        fail_if_undelivered(&deliveries)?;
        summary.deliveries.extend(deliveries);
    }
    Ok(summary)
}

/// A story's message that could not be sent fails the invocation: the retry sends what it owes.
fn fail_if_undelivered(deliveries: &[Delivery]) -> Result<(), HandlerError> {
    let failed: Vec<String> = deliveries
        .iter()
        .filter(|d| !d.ok)
        .filter_map(|d| d.failure().map(|e| e.to_string()))
        .collect();
    if failed.is_empty() {
        return Ok(());
    }
    Err(HandlerError::Delivery(format!(
        "deployment story: {}",
        failed.join("; ")
    )))
}

/// The summary of an event only a deployment's story heard.
fn story_summary(
    info: &event::ServiceEventInfo,
    deliveries: Vec<Delivery>,
) -> Result<Summary, HandlerError> {
    fail_if_undelivered(&deliveries)?;
    let what = format!(
        "{} of {}/{}",
        info.event.event_name, info.cluster, info.service
    );
    if deliveries.is_empty() {
        return Ok(Summary::ignored(
            Action::Ignored,
            format!("{what} is not a failure (no deployment story owed a message)"),
        ));
    }
    Ok(Summary {
        action: Action::Notified,
        reason: format!("{what}: the deployment's story"),
        cause: None,
        deliveries,
    })
}

/// A service runs again (steady state, or a RUNNING task): it leaves its incidents, and those
/// it was the last failing service of send their "recovered" message.
pub(super) async fn recovered(
    deps: &Deps,
    table: &str,
    service: &str,
    remaining: Duration,
) -> Result<Summary, HandlerError> {
    let keys = incidents::recover(deps, table, service)
        .await
        .map_err(|e| {
            HandlerError::Delivery(format!(
                "incident state unavailable, the event is retried: {e}"
            ))
        })?;
    if keys.is_empty() {
        return Ok(Summary::ignored(
            Action::Ignored,
            format!("{service} runs: no incident of it is waiting for its recovery"),
        ));
    }
    let deadline = incidents::deadline(remaining);
    let mut deliveries = Vec::new();
    let mut errors = Vec::new();
    for key in &keys {
        match incidents::flush(deps, table, key, deadline).await {
            Ok(f) => deliveries.extend(f.deliveries),
            Err(e) => errors.push(e),
        }
    }
    // A failed "recovered" message stays owed: the sweep sends it. The event is retried too.
    let failed: Vec<String> = deliveries
        .iter()
        .filter(|d| !d.ok)
        .filter_map(|d| d.failure().map(|e| e.to_string()))
        .chain(errors)
        .collect();
    if !failed.is_empty() {
        return Err(HandlerError::Delivery(format!(
            "the recovery message could not be sent, the event is retried: {}",
            failed.join("; ")
        )));
    }
    Ok(Summary {
        action: Action::Recovered,
        reason: format!("{service} runs again: {} incident(s) recovered", keys.len()),
        cause: None,
        deliveries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_failures_are_diagnosed() {
        assert_eq!(
            kind("SERVICE_TASK_PLACEMENT_FAILURE"),
            Some(ServiceEventKind::Placement)
        );
        assert_eq!(
            kind("SERVICE_DEPLOYMENT_FAILED"),
            Some(ServiceEventKind::LastStoppedTask)
        );
        for name in [
            "SERVICE_TASK_CONFIGURATION_FAILURE",
            "SERVICE_DAEMON_PLACEMENT_CONSTRAINT_VIOLATED",
            "ECS_OPERATION_THROTTLED",
            "SERVICE_DISCOVERY_OPERATION_THROTTLED",
        ] {
            assert_eq!(kind(name), Some(ServiceEventKind::EventAlone), "{name}");
        }
        for name in [
            "SERVICE_STEADY_STATE",
            "SERVICE_DEPLOYMENT_COMPLETED",
            "SERVICE_DEPLOYMENT_IN_PROGRESS",
            "CAPACITY_PROVIDER_STEADY_STATE",
        ] {
            assert_eq!(kind(name), None, "{name}");
        }
    }
}
