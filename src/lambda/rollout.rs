//! Deployments' stories: which story an update belongs to, whether anyone asked to hear it, and
//! the store's send. Called beside the failure path, never instead of it: a failed deployment
//! still opens (or joins) its incident; its story tells the deployment's side (who started it,
//! which revision, the rollback), for the routes that opted in (`"rollouts": true`).
//!
//! - `ECS Deployment State Change` ([`on_event`], from service.rs): IN_PROGRESS, COMPLETED,
//!   FAILED (with what the diagnosis found: the cause, the revisions). A rollback's events name
//!   the deployment rolled back to, never the one that failed: they go to the service's current
//!   story (`rolloutsvc#…`) and leave an alias (`rollback#…`) for the rollback's later events and
//!   tasks.
//! - CloudTrail's CreateService/UpdateService ([`on_call`], from deploy.rs): who started it.
//! - A stopped task whose `startedBy` is a deployment with a story ([`on_task_failure`], from
//!   task.rs): a reply in the story's thread, while the deployment runs or just ended.

use super::store::{incidents, rollouts as store};
use super::Deps;
use crate::notify::{routing, Delivery, Destination};
use crate::rollout::{self, DeploymentEvent, Kind, Place, Story, TaskFailure, Update};
use serde_json::Value;
use std::time::Duration;

/// A task that stops this long after its deployment ended is the service's failure, not the
/// deployment's: it is not added to the story.
const AFTER_END_SECS: i64 = 600;

/// The destinations of `place`'s stories and the table they are kept in; none when no route
/// opted in (then nothing is read or written: a routine deployment costs nothing).
async fn destinations(deps: &Deps, place: &Place) -> Option<(String, Vec<Destination>)> {
    let table = deps.config.dedup_table.clone()?;
    let routes = match super::routes::routing_table(deps).await {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!(error = %e, "routing table unavailable: no deployment story");
            return None;
        }
    };
    let dests = routing::rollout_destinations(
        &routes,
        &place.cluster,
        &place.service,
        &place.account,
        &place.region,
    );
    (!dests.is_empty()).then_some((table, dests))
}

/// A story's key and the deployment it is the story of.
struct StoryRef {
    key: String,
    id: String,
}

impl StoryRef {
    fn of(place: &Place, id: &str) -> StoryRef {
        StoryRef {
            key: rollout::key(&place.account, &place.region, id),
            id: id.to_string(),
        }
    }

    /// A routed alias stores the story's key; its deployment id is the key's last part.
    fn from_key(key: String) -> StoryRef {
        let id = key.rsplit('#').next().unwrap_or_default().to_string();
        StoryRef { key, id }
    }
}

/// Applies `updates` to the story `at` (started when none is stored) and sends what it owes.
async fn tell(
    deps: &Deps,
    table: &str,
    at: &StoryRef,
    dests: &[Destination],
    updates: Vec<Update>,
    remaining: Duration,
) -> Result<Vec<Delivery>, String> {
    let now = incidents::now_secs();
    store::change(deps, table, &at.key, dests, now, |stored| {
        let story = stored.unwrap_or_else(|| Story::new(&at.id));
        Some(
            updates
                .iter()
                .cloned()
                .fold(story, |s, u| rollout::apply(Some(s), u)),
        )
    })
    .await?;
    store::deliver(deps, table, &at.key, incidents::deadline(remaining)).await
}

/// An `ECS Deployment State Change` event, with what a failure's diagnosis adds (`extra`).
pub(super) async fn on_event(
    deps: &Deps,
    ev: DeploymentEvent,
    extra: Vec<Update>,
    remaining: Duration,
) -> Result<Vec<Delivery>, String> {
    let Some((table, dests)) = destinations(deps, &ev.place).await else {
        return Ok(Vec::new());
    };
    let now = incidents::now_secs();
    let place = ev.place.clone();
    let service = rollout::service_key(&place);
    let alias_of = |id: &str| rollout::rollback_key(&place.account, &place.region, id);
    let mut deliveries = Vec::new();
    let at = match rollout::classify(&ev.event_name, &ev.reason) {
        Kind::RollbackStarted { .. } => match store::pointer(deps, &table, &service).await? {
            Some(failed) if failed != ev.deployment_id => {
                let at = StoryRef::of(&place, &failed);
                store::set_pointer(deps, &table, &alias_of(&ev.deployment_id), &at.key, now)
                    .await?;
                at
            }
            _ => StoryRef::of(&place, &ev.deployment_id),
        },
        kind => {
            let alias = store::pointer(deps, &table, &alias_of(&ev.deployment_id)).await?;
            if kind == Kind::Started && alias.is_none() {
                // A new deployment: the one a later rollback of the service refers to. The one
                // it replaces, if still in progress, will hear nothing more from ECS.
                let previous = store::pointer(deps, &table, &service).await?;
                store::set_pointer(deps, &table, &service, &ev.deployment_id, now).await?;
                if let Some(previous) = previous.filter(|p| *p != ev.deployment_id) {
                    let replaced = StoryRef::of(&place, &previous);
                    let update = Update::Superseded {
                        deployment_id: previous.clone(),
                        by: ev.deployment_id.clone(),
                        at: ev.at,
                    };
                    let changed = store::change(deps, &table, &replaced.key, &[], now, |s| {
                        s.map(|s| rollout::apply(Some(s), update.clone()))
                    })
                    .await?;
                    if changed {
                        let deadline = incidents::deadline(remaining);
                        deliveries
                            .extend(store::deliver(deps, &table, &replaced.key, deadline).await?);
                    }
                }
            }
            alias.map_or_else(
                || StoryRef::of(&place, &ev.deployment_id),
                StoryRef::from_key,
            )
        }
    };
    let updates = std::iter::once(Update::Event(ev)).chain(extra).collect();
    deliveries.extend(tell(deps, &table, &at, &dests, updates, remaining).await?);
    Ok(deliveries)
}

/// A CloudTrail CreateService/UpdateService call: who started the deployment, with which
/// revision. `account`: the event's, when the record does not say.
pub(super) async fn on_call(
    deps: &Deps,
    detail: &Value,
    account: Option<&str>,
    remaining: Duration,
) -> Result<Vec<Delivery>, String> {
    let Some((id, mut place, initiator)) = rollout::initiator_of_call(detail) else {
        return Ok(Vec::new());
    };
    if place.account.is_empty() {
        place.account = account.unwrap_or_default().to_string();
    }
    let Some((table, dests)) = destinations(deps, &place).await else {
        return Ok(Vec::new());
    };
    let at = StoryRef::of(&place, &id);
    let update = Update::Initiator {
        deployment_id: id,
        place,
        initiator,
    };
    tell(deps, &table, &at, &dests, vec![update], remaining).await
}

/// A stopped task of a deployment (`startedBy`): one more failure in its story, when the story
/// exists and its deployment runs or ended minutes ago.
pub(super) async fn on_task_failure(
    deps: &Deps,
    started_by: Option<&str>,
    place: Place,
    failure: TaskFailure,
    remaining: Duration,
) -> Result<Vec<Delivery>, String> {
    let Some(deployment) = rollout::deployment_of_task(started_by) else {
        return Ok(Vec::new());
    };
    let Some((table, _)) = destinations(deps, &place).await else {
        return Ok(Vec::new());
    };
    let alias = rollout::rollback_key(&place.account, &place.region, deployment);
    let at = match store::pointer(deps, &table, &alias).await? {
        Some(key) => StoryRef::from_key(key),
        None => StoryRef::of(&place, deployment),
    };
    let now = incidents::now_secs();
    let update = Update::TaskFailure {
        deployment_id: deployment.to_string(),
        failure,
    };
    let changed = store::change(deps, &table, &at.key, &[], now, |stored| {
        let story = stored?;
        let long_ended = story.ended_at > 0 && now - story.ended_at > AFTER_END_SECS;
        (!long_ended).then(|| rollout::apply(Some(story), update.clone()))
    })
    .await?;
    if !changed {
        return Ok(Vec::new());
    }
    store::deliver(deps, &table, &at.key, incidents::deadline(remaining)).await
}

/// What a failed deployment's diagnosis adds to its story: the top cause, the revision it
/// deployed and the one the service rolled back to (DescribeServices' deployments).
pub(super) fn from_diagnosis(
    deployment_id: &str,
    report: &crate::diagnose::Report,
    snapshot: &crate::snapshot::Snapshot,
) -> Vec<Update> {
    let mut updates = Vec::new();
    if let Some(c) = report.root_causes.first().filter(|c| c.id != "other") {
        updates.push(Update::Cause {
            deployment_id: deployment_id.to_string(),
            cause: rollout::Cause {
                id: c.id.clone(),
                title: c.title.clone(),
                summary: c.summary.clone(),
                fix: c.fix.first().cloned().unwrap_or_default(),
            },
        });
    }
    let deployments = snapshot
        .service_detail()
        .map(|s| s.deployments.clone())
        .unwrap_or_default();
    for d in &deployments {
        let Some(td) = d.task_definition.as_deref() else {
            continue;
        };
        let revision = rollout::revision_of(td);
        if d.id == deployment_id {
            updates.push(Update::Revision {
                deployment_id: deployment_id.to_string(),
                revision,
            });
        } else if d.status.as_deref() == Some("PRIMARY") {
            updates.push(Update::RollbackRevision {
                deployment_id: deployment_id.to_string(),
                revision,
            });
        }
    }
    updates
}
