//! The shared end of every pipeline: the route, then the incident (with the dedup table) or a
//! message of its own (without one), then Slack and SNS at once.
//!
//! With the table, a failure joins the incident of its (cause, culprit) or opens it; the
//! incident owes its messages (first, follow-ups, recovered) and `incidents::flush` sends what
//! is due. A destination that failed fails the invocation, so Lambda's retry (and the DLQ after
//! it) keeps the event; the event's item records that it was counted, so the retry does not
//! count it twice and sends only what is still owed.

use super::store::{dedup, incidents};
use super::{routes, Deps, HandlerError, Summary};
use crate::incident::{self, Incident, MessageKind};
use crate::lambda::Action;
use crate::notify::{self, routing, Delivery, Destination};
use crate::render::{self, Notification};
use crate::snapshot::Snapshot;
use std::time::Duration;

/// What the invocation knows of its event beside the diagnosis.
pub(super) struct EventContext {
    /// The event's dedup key (`event#…`), when it has one.
    pub key: Option<String>,
    /// What an earlier attempt of this event already did (`slack:ARN`, `sns:ARN`,
    /// `incident:KEY` = counted in that incident).
    pub delivered: Vec<String>,
    /// The failure's shape ([`incident::fingerprint`]), to let its repeats join at once.
    pub fingerprint: Option<String>,
}

pub(super) async fn send(
    deps: &Deps,
    mut n: Notification,
    snapshot: &Snapshot,
    event: EventContext,
    remaining: Duration,
) -> Result<Summary, HandlerError> {
    let deadline = incidents::deadline(remaining);
    n.account_name = n
        .report
        .task
        .account
        .as_ref()
        .and_then(|a| deps.config.account_names.get(a).cloned());
    let cause = n.cause().to_string();
    tracing::info!(place = %n.place(), cause = %cause, "diagnosed");
    let routes = match routes::routing_table(deps).await {
        Ok(routes) => routes,
        Err(e) if !deps.config.default_destinations.is_empty() => {
            tracing::error!(error = %e, "routing table unavailable: sending to the default destination");
            Vec::new()
        }
        Err(e) => {
            dedup::release_claims(deps, &[event.key.as_deref()]).await;
            return Err(HandlerError::Delivery(format!(
                "routing table unavailable and no default destination: {e}"
            )));
        }
    };
    let destinations = routing::destinations(
        &deps.config.default_destinations,
        &routes,
        &n.report,
        &routing::routing_tags(snapshot),
    );
    if destinations.is_empty() {
        tracing::warn!(place = %n.place(), "no route matches and no default destination: not sent");
        return Ok(Summary {
            action: Action::Unrouted,
            reason: "no route matches the task and there is no default destination".into(),
            cause: Some(cause),
            deliveries: Vec::new(),
        });
    }
    if let Some(table) = &deps.config.dedup_table {
        match as_incident(deps, table, &mut n, &event, &destinations, deadline).await {
            Ok(answer) => return answer,
            // The table is down: a message of its own beats a lost one.
            Err(e) => {
                tracing::warn!(error = %e, "incident state unavailable: sending this failure on its own")
            }
        }
    }
    alone(deps, &n, &destinations, deadline).await
}

/// Without a table: one message per failure, to every destination.
async fn alone(
    deps: &Deps,
    n: &Notification,
    destinations: &[Destination],
    deadline: tokio::time::Instant,
) -> Result<Summary, HandlerError> {
    let slack_payload = render::slack::slack(n);
    let sns_message = render::sns::sns(n, deps.config.chatbot_format);
    let message = notify::Message {
        slack: Some(&slack_payload),
        sns: Some(&sns_message),
        parent: None,
    };
    let sends = destinations
        .iter()
        .map(|d| async { deps.send(d, &message, deadline).await.0 });
    let deliveries: Vec<Delivery> = futures::future::join_all(sends).await;
    log_deliveries(&deliveries);
    finish(
        deliveries,
        n.cause(),
        n.report
            .root_causes
            .first()
            .map(|r| r.summary.clone())
            .unwrap_or_default(),
        Action::Notified,
    )
}

fn log_deliveries(deliveries: &[Delivery]) {
    for d in deliveries {
        if d.ok {
            tracing::info!(kind = d.kind, target = %d.target, "delivered");
        } else {
            tracing::error!(kind = d.kind, target = %d.target, error = %d.error.as_ref().map(|e| e.to_string()).unwrap_or_default(), "delivery failed");
        }
    }
}

/// The invocation's answer: an error while any destination is owed.
fn finish(
    deliveries: Vec<Delivery>,
    cause: &str,
    reason: String,
    action: Action,
) -> Result<Summary, HandlerError> {
    if deliveries.iter().any(|d| !d.ok) {
        let errors: Vec<String> = deliveries
            .iter()
            .filter_map(|d| d.failure().map(|e| e.to_string()))
            .collect();
        return Err(HandlerError::Delivery(format!(
            "{} of {} destination(s) failed, the event is retried for them: {}",
            deliveries.iter().filter(|d| !d.ok).count(),
            deliveries.len(),
            errors.join("; ")
        )));
    }
    Ok(Summary {
        action,
        reason,
        cause: Some(cause.to_string()),
        deliveries,
    })
}

/// With a table: the failure joins its incident (or opens it), then the incident's due
/// message goes out. `Err` when the table cannot be used before anything was counted.
async fn as_incident(
    deps: &Deps,
    table: &str,
    n: &mut Notification,
    event: &EventContext,
    destinations: &[Destination],
    deadline: tokio::time::Instant,
) -> Result<Result<Summary, HandlerError>, String> {
    // The incident stores its destinations in their stable text form (who received what).
    let destinations: Vec<String> = destinations.iter().map(ToString::to_string).collect();
    let key = incident::key(&n.report, &destinations.join(","));
    let service = incident::service_key(&n.report);
    let cause = n.cause().to_string();
    let counted = format!("incident:{key}");
    let failure = incidents::Failure {
        key: &key,
        service: &service,
        fingerprint: event.fingerprint.as_deref().unwrap_or("-"),
    };
    let mut opened = false;
    if !event.delivered.contains(&counted) {
        let mut joined = incidents::join(deps, table, &failure).await?;
        if joined.is_none() {
            let now = incidents::now_secs();
            let top = n.report.root_causes.first();
            let fresh = Incident {
                key: key.clone(),
                cause: cause.clone(),
                culprit: incident::culprit(&n.report),
                title: top.map(|t| t.title.clone()).unwrap_or_default(),
                summary: top.map(|t| t.summary.clone()).unwrap_or_default(),
                fix: top.map(|t| t.fix.clone()).unwrap_or_default(),
                opened_at: now,
                last_seen: now,
                tasks: 1,
                services: [(service.clone(), 1)].into_iter().collect(),
                ..Default::default()
            };
            n.incident = Some(render::incident::opened_line(&fresh, incidents::pace(deps)));
            let (first_slack, first_sns) = (
                render::slack::slack(n),
                render::sns::sns(n, deps.config.chatbot_format),
            );
            n.incident = None;
            let opening = incidents::Opening {
                incident: &fresh,
                destinations: &destinations,
                first_slack: &first_slack,
                first_sns: &first_sns,
            };
            if incidents::open(deps, table, &opening).await? {
                opened = true;
            } else {
                // Another copy opened it an instant ago: join that one.
                joined = incidents::join(deps, table, &failure).await?;
                if joined.is_none() {
                    return Ok(Err(HandlerError::Delivery(format!(
                        "incident {key} could not be opened or joined (contention): retried"
                    ))));
                }
            }
        }
        incidents::remember(deps, table, &failure).await;
    }
    Ok(flushed(deps, table, &key, &cause, opened, event, deadline).await)
}

/// Sends what the incident owes and answers for the event. Shared by a diagnosed failure and a
/// repeat that joined through its hint.
pub(super) async fn flushed(
    deps: &Deps,
    table: &str,
    key: &str,
    cause: &str,
    opened: bool,
    event: &EventContext,
    deadline: tokio::time::Instant,
) -> Result<Summary, HandlerError> {
    let f = match incidents::flush(deps, table, key, deadline).await {
        Ok(f) => f,
        Err(e) => {
            if let Some(k) = &event.key {
                dedup::record_owed(deps, k, &[format!("incident:{key}")]).await;
            }
            return Err(HandlerError::Delivery(format!(
                "the incident's message could not be sent, the event is retried: {e}"
            )));
        }
    };
    if let Some(k) = &event.key {
        if f.deliveries.iter().any(|d| !d.ok) {
            // Counted already: the retry only sends what the incident still owes.
            dedup::record_owed(deps, k, &[format!("incident:{key}")]).await;
        } else if !event.delivered.is_empty() {
            dedup::settle(deps, k).await;
        }
    }
    let action = match f.kind {
        Some(_) => Action::Notified,
        None => Action::Counted,
    };
    let reason = match (f.kind, opened) {
        (Some(MessageKind::Opened), _) => format!("opened incident {key}"),
        (Some(MessageKind::Grown), _) => format!("follow-up of incident {key}"),
        (Some(MessageKind::Recovered), _) => format!("incident {key} recovered"),
        (None, true) => format!("opened incident {key}; another copy sends its message"),
        (None, false) => format!("counted in incident {key}"),
    };
    finish(f.deliveries, cause, reason, action)
}
