//! The shared end of every pipeline: the crash-loop window, the log tail and its crash
//! signature, the route, then Slack and SNS at once. A destination that failed fails the
//! invocation, so Lambda's retry (and the DLQ after it) keeps the event; what did arrive is
//! recorded, and the retry sends only what is owed.

use super::{dedup, logs, routes, Deps, HandlerError, Summary};
use crate::deliver::{self, Delivery};
use crate::notification::{self, Notification};
use crate::routing;
use crate::snapshot::Snapshot;
use std::time::Duration;
use tokio::time::Instant;

/// The crash-loop key: one (cluster, service or task definition, cause). A task event and a
/// service event about the same failure share it, so only the first is sent in the window.
pub(super) fn window_key(n: &Notification) -> String {
    let t = &n.report.task;
    format!(
        "window#{}#{}#{}",
        t.cluster.as_deref().unwrap_or("-"),
        t.service
            .as_deref()
            .or(t.task_definition.as_deref())
            .unwrap_or("-"),
        n.cause()
    )
}

/// How a destination is named in the event's delivery record.
fn destination_id(kind: &str, target: &str) -> String {
    format!("{kind}:{target}")
}

/// `delivered`: destinations an earlier attempt of this event already reached (a retry after a
/// partial delivery sends only to the others, and does not count as a new failure).
pub(super) async fn send(
    deps: &Deps,
    mut n: Notification,
    snapshot: &Snapshot,
    event_key: Option<String>,
    delivered: &[String],
    remaining: Duration,
) -> Result<Summary, HandlerError> {
    let resuming = !delivered.is_empty();
    let delivery_deadline = Instant::now() + remaining.saturating_sub(Duration::from_millis(500));
    let cause = n.cause().to_string();
    let place = n.place();
    tracing::info!(place = %place, cause = %cause, "diagnosed");
    let mut window_key_claimed = None;
    if let (Some(table), false) = (&deps.config.dedup_table, resuming) {
        let key = window_key(&n);
        match dedup::window(deps, table, &key).await {
            Ok(Some(repeats)) => {
                n.suppressed_repeats = repeats;
                window_key_claimed = Some(key);
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
            n.log_tail = logs::log_tail(deps, snapshot, &name).await;
            n.crash = crate::crash::recognise(&n.log_tail);
        }
    }
    let claims = [event_key.as_deref(), window_key_claimed.as_deref()];
    let routes = match routes::routing_table(deps).await {
        Ok(routes) => routes,
        Err(e)
            if deps.config.slack_webhook_secret_arn.is_some()
                || deps.config.sns_topic_arn.is_some() =>
        {
            tracing::error!(error = %e, "routing table unavailable: sending to the default destination");
            Vec::new()
        }
        Err(e) => {
            dedup::release_claims(deps, &claims).await;
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
        &routing::routing_tags(snapshot),
    );
    if slack_secret.is_none() && topic.is_none() {
        tracing::warn!(place = %place, "no route matches and no default destination: not sent");
        dedup::release_claims(deps, &claims[1..]).await;
        return Ok(Summary {
            action: "unrouted",
            reason: "no route matches the task and there is no default destination".into(),
            cause: Some(cause),
            deliveries: Vec::new(),
        });
    }
    // A retry after a partial delivery: only the destinations still owed.
    let owed = |kind: &str, target: &Option<String>| {
        target
            .clone()
            .filter(|t| !delivered.contains(&destination_id(kind, t)))
    };
    let (slack_secret, topic) = (owed("slack", &slack_secret), owed("sns", &topic));
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
    if deliveries.iter().any(|d| !d.ok) {
        let ok: Vec<String> = deliveries
            .iter()
            .filter(|d| d.ok)
            .map(|d| destination_id(d.kind, &d.target))
            .collect();
        match &event_key {
            // Something arrived (now or before): record it and what is owed, so that Lambda's
            // retry sends only the rest; the window claim goes, or the retry would be suppressed.
            Some(key) if !ok.is_empty() || resuming => {
                dedup::record_owed(deps, key, &ok).await;
                dedup::release_claims(deps, &claims[1..]).await;
            }
            // Nothing arrived: release both claims so that the retry is not taken for a duplicate.
            _ => dedup::release_claims(deps, &claims).await,
        }
        let errors: Vec<String> = deliveries.iter().filter_map(|d| d.error.clone()).collect();
        return Err(HandlerError::Delivery(format!(
            "{} of {} destination(s) failed, the event is retried for them: {}",
            deliveries.iter().filter(|d| !d.ok).count(),
            deliveries.len(),
            errors.join("; ")
        )));
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
