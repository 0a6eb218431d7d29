//! `ecs-autopsy watch`: follows one service deployment to its end, and when it fails says why.
//!
//! A deploy step that only waits (`aws ecs wait services-stable`, a CloudFormation stack) ends
//! with "failed" or a timeout; the cause is in the stopped tasks of the new revision, which
//! vanish within the hour. The watch polls DescribeServices (one call per poll, backing off
//! from 3 s to 15 s while nothing moves), lists the deployment's stopped tasks only when its
//! failed count moves, describes each stopped task once, and at the end diagnoses ONE task per
//! distinct failure (grouped by [`crate::incident::fingerprint`]) with the usual engine.
//!
//! Decisions are pure ([`progress`]), AWS calls are in [`crate::gather::rollout`], the output in
//! [`render`].

pub mod progress;
pub mod render;

use crate::diagnose::Report;
use crate::gather::rollout::{BreakerFacts, CallCount, Calls, Poller, WatchError};
use crate::gather::{self, Access, Target};
use progress::{EventView, Progress, Selector, StoppedTask, Verdict};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::Write;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How the watch reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Github,
    Markdown,
}

/// What to watch, and how.
#[derive(Debug, Clone)]
pub struct Options {
    pub cluster: String,
    pub service: String,
    pub selector: Selector,
    pub timeout: Duration,
    /// First wait between polls, and the longest (the back-off's bounds).
    pub poll_start: Duration,
    pub poll_max: Duration,
    pub format: Format,
    /// One updating progress line (a terminal) instead of one line per change.
    pub live: bool,
}

/// How the watch ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Completed,
    Failed,
    RolledBack,
    Superseded,
    Timeout,
}

impl Outcome {
    /// 0 when the deployment completed, 3 otherwise (a failed deployment fails the step).
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Completed => 0,
            _ => 3,
        }
    }
}

/// One distinct way the new revision's tasks stopped, diagnosed once.
#[derive(Debug, Clone, Serialize)]
pub struct Cause {
    /// Tasks that stopped this way.
    pub count: usize,
    pub fingerprint: String,
    /// The task diagnosed.
    pub task: String,
    pub report: Option<Report>,
    /// Why there is no report (the task could not be gathered).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A placement failure from the service's events (no task ran), diagnosed from the event.
#[derive(Debug, Clone, Serialize)]
pub struct Placement {
    pub message: String,
    pub report: Report,
}

/// The circuit breaker, as far as it can be told.
#[derive(Debug, Clone, Serialize)]
pub struct Breaker {
    pub enabled: bool,
    pub rollback_enabled: bool,
    pub failure_count: Option<i32>,
    pub threshold: i32,
    /// `DescribeServiceDeployments` (ECS's own numbers) or `formula` (computed).
    pub source: &'static str,
    pub status: Option<String>,
    /// The threshold in words.
    pub explanation: String,
}

/// Everything a watch found: the final JSON object, and what the renderers print.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub outcome: Outcome,
    pub exit_code: u8,
    pub cluster: String,
    pub service: String,
    pub deployment: String,
    pub task_definition: String,
    pub elapsed_s: u64,
    pub verdict: Verdict,
    pub progress: Option<Progress>,
    pub causes: Vec<Cause>,
    pub placement: Vec<Placement>,
    pub breaker: Option<Breaker>,
    /// `family:revision` the circuit breaker rolled back to.
    pub rolled_back_to: Option<String>,
    /// The service's events since the deployment started, oldest first.
    pub events: Vec<EventView>,
    /// The CloudFormation stack that owns the service, if tagged.
    pub cloudformation_stack: Option<String>,
    pub calls: CallCount,
}

fn now_epoch() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or_default()
}

/// Follows the deployment to its end, printing progress to `out`; returns what it found.
/// Errors only when the service cannot be watched at all.
pub async fn watch(
    access: &Access,
    opts: &Options,
    out: &mut dyn Write,
) -> Result<Summary, WatchError> {
    let calls = Calls::default();
    let poller = Poller {
        ecs: &access.own().ecs,
        cluster: &opts.cluster,
        service: &opts.service,
        calls: &calls,
    };
    let started = Instant::now();
    let started_epoch = now_epoch();
    let mut watched: Option<(String, String, f64)> = None;
    let mut described = BTreeSet::new();
    let mut stopped: Vec<StoppedTask> = Vec::new();
    let mut last_failed = None;
    let mut last_progress: Option<Progress> = None;
    let mut interval = opts.poll_start;
    let (view, verdict, timed_out) = loop {
        let view = poller.service().await?;
        let current = match &watched {
            Some(w) => w.clone(),
            None => {
                let d = progress::select(&view, &opts.selector)
                    .ok_or_else(|| no_such_deployment(&view, opts))?;
                // Events from the deployment's start, even when the watch began later.
                let since = d.created_at.unwrap_or(started_epoch).min(started_epoch);
                let w = (d.id.clone(), d.task_definition.clone(), since);
                watched = Some(w.clone());
                w
            }
        };
        let id = &current.0;
        let mut changed = false;
        if let Some(d) = view.deployments.iter().find(|d| &d.id == id) {
            // The failed count moved: new stopped tasks to read (and only then).
            if last_failed != Some(d.failed) && d.failed > 0 {
                collect_stopped(&poller, &current, &mut described, &mut stopped).await?;
            }
            last_failed = Some(d.failed);
            let p = Progress::of(d);
            if last_progress.as_ref() != Some(&p) {
                changed = true;
                render::progress(out, opts, &view.name, &p, started.elapsed())?;
                last_progress = Some(p);
            }
        }
        let verdict = progress::verdict(&view, id);
        if verdict.is_final() {
            break (view, verdict, false);
        }
        let elapsed = started.elapsed();
        if elapsed >= opts.timeout {
            break (view, verdict, true);
        }
        tokio::time::sleep(interval.min(opts.timeout - elapsed)).await;
        interval = progress::next_interval(interval, changed, opts.poll_start, opts.poll_max);
    };
    if opts.live && last_progress.is_some() {
        writeln!(out)?;
    }
    let current = watched.unwrap_or_default();
    let (id, td, since) = current.clone();
    let outcome = match (&verdict, timed_out) {
        (_, true) => Outcome::Timeout,
        (Verdict::Completed, _) => Outcome::Completed,
        (Verdict::RolledBack { .. }, _) => Outcome::RolledBack,
        (Verdict::Superseded { .. }, _) => Outcome::Superseded,
        _ => Outcome::Failed,
    };
    let mut summary = Summary {
        outcome,
        exit_code: outcome.exit_code(),
        cluster: opts.cluster.clone(),
        service: view.name.clone(),
        deployment: id.clone(),
        task_definition: progress::short_task_definition(&td).to_string(),
        elapsed_s: started.elapsed().as_secs(),
        verdict: verdict.clone(),
        progress: last_progress,
        causes: Vec::new(),
        placement: Vec::new(),
        breaker: None,
        rolled_back_to: None,
        events: progress::events_since(&view.events, since)
            .into_iter()
            .cloned()
            .collect(),
        cloudformation_stack: view.stack_name.clone(),
        calls: CallCount::default(),
    };
    if outcome != Outcome::Completed {
        // The last stops may have come with the verdict.
        collect_stopped(&poller, &current, &mut described, &mut stopped).await?;
        summary.causes = diagnose_groups(access, &view, &opts.cluster, &stopped).await;
        summary.placement = placements(&view, &summary.events);
        let facts = match &view.current_service_deployment {
            Some(arn) if view.breaker_enabled => poller.breaker(arn).await,
            _ => None,
        };
        summary.breaker = breaker(&view, &id, facts.as_ref());
        summary.rolled_back_to = match &verdict {
            Verdict::RolledBack { to, .. } => Some(to.clone()),
            _ => facts.and_then(|f| f.rollback_task_definition),
        }
        .map(|td| progress::short_task_definition(&td).to_string());
    }
    summary.calls = calls.snapshot();
    Ok(summary)
}

/// The selector named a deployment the service does not have: say which it has.
fn no_such_deployment(view: &progress::ServiceView, opts: &Options) -> WatchError {
    WatchError::NoSuchDeployment {
        service: opts.service.clone(),
        wanted: match &opts.selector {
            Selector::Id(i) | Selector::TaskDefinition(i) => i.clone(),
            Selector::Primary => "PRIMARY".into(),
        },
        listed: view
            .deployments
            .iter()
            .map(|d| {
                format!(
                    "{} {} {}",
                    d.id,
                    d.status,
                    progress::short_task_definition(&d.task_definition)
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Lists the service's stopped tasks, describes the ones not seen yet (each once), and keeps
/// those the followed deployment started.
async fn collect_stopped(
    poller: &Poller<'_>,
    watched: &(String, String, f64),
    described: &mut BTreeSet<String>,
    stopped: &mut Vec<StoppedTask>,
) -> Result<(), WatchError> {
    let fresh: Vec<String> = poller
        .stopped_task_arns()
        .await?
        .into_iter()
        .filter(|a| !described.contains(a))
        .collect();
    if fresh.is_empty() {
        return Ok(());
    }
    let tasks = poller.describe_stopped(&fresh).await?;
    described.extend(fresh);
    let (id, td, _) = watched;
    stopped.extend(tasks.into_iter().filter(|t| t.of_deployment(id, td)));
    Ok(())
}

/// One gather + diagnosis per distinct failure, concurrently.
async fn diagnose_groups(
    access: &Access,
    view: &progress::ServiceView,
    cluster: &str,
    stopped: &[StoppedTask],
) -> Vec<Cause> {
    let cluster = view
        .cluster_arn
        .clone()
        .unwrap_or_else(|| cluster.to_string());
    let jobs = progress::group(stopped).into_iter().map(|g| {
        let cluster = cluster.clone();
        async move {
            let gathered = gather::gather_via(
                access,
                Target::Task {
                    cluster,
                    task: g.example.clone(),
                },
                &gather::Options::default(),
            )
            .await;
            let (report, error) = match gathered {
                Ok(snap) => (Some(crate::diagnose::diagnose(&snap)), None),
                Err(e) => (None, Some(e.to_string())),
            };
            Cause {
                count: g.tasks.len(),
                fingerprint: g.fingerprint,
                task: g.example,
                report,
                error,
            }
        }
    });
    futures::future::join_all(jobs).await
}

/// Placement failures among the events: each distinct message diagnosed from the event alone
/// (no task ran), as for an `ECS Service Action` placement event.
fn placements(view: &progress::ServiceView, events: &[EventView]) -> Vec<Placement> {
    let arn = view.arn.as_deref();
    let mut seen = BTreeSet::new();
    events
        .iter()
        .filter(|e| progress::is_placement_failure(&e.message))
        .filter(|e| seen.insert(e.message.clone()))
        .map(|e| {
            let info = crate::target::event::ServiceEventInfo {
                cluster: view
                    .cluster_arn
                    .as_deref()
                    .and_then(crate::arn::Arn::parse)
                    .map(|c| c.name().to_string())
                    .unwrap_or_default(),
                service: view.name.clone(),
                region: crate::arn::region_of(arn),
                account: crate::arn::account_of(arn),
                id: None,
                event: crate::snapshot::ServiceEvent {
                    detail_type: "ECS Service Action".into(),
                    event_name: if e.message.contains("unable to place a task") {
                        "SERVICE_TASK_PLACEMENT_FAILURE".into()
                    } else {
                        "SERVICE_TASK_START_IMPAIRED".into()
                    },
                    event_type: Some("WARN".into()),
                    reason: Some(e.message.clone()),
                    deployment_id: None,
                    container_instance_arns: Vec::new(),
                    capacity_provider_arns: Vec::new(),
                    at: Some(progress::iso8601(e.at)),
                    impaired_checks: Vec::new(),
                },
            };
            Placement {
                message: e.message.clone(),
                report: crate::diagnose::diagnose(&crate::target::service_event_snapshot(&info)),
            }
        })
        .collect()
}

/// The circuit breaker: ECS's own numbers when DescribeServiceDeployments gave them, else the
/// configured formula, said as such.
fn breaker(
    view: &progress::ServiceView,
    deployment: &str,
    facts: Option<&BreakerFacts>,
) -> Option<Breaker> {
    let desired = view
        .deployments
        .iter()
        .find(|d| d.id == deployment)
        .map_or(0, |d| d.desired);
    let failed = view
        .deployments
        .iter()
        .find(|d| d.id == deployment)
        .map(|d| d.failed);
    if !view.breaker_enabled {
        return Some(Breaker {
            enabled: false,
            rollback_enabled: false,
            failure_count: failed,
            threshold: 0,
            source: "configuration",
            status: None,
            explanation: "the deployment circuit breaker is not enabled: ECS keeps retrying failed tasks and never fails the deployment".into(),
        });
    }
    Some(match facts.and_then(|f| Some((f, f.threshold?))) {
        Some((f, threshold)) => Breaker {
            enabled: true,
            rollback_enabled: view.rollback_enabled,
            failure_count: f.failure_count.or(failed),
            threshold,
            source: "DescribeServiceDeployments",
            status: f.status.clone(),
            explanation: format!("{threshold} failed tasks (as ECS reports it)"),
        },
        None => Breaker {
            enabled: true,
            rollback_enabled: view.rollback_enabled,
            failure_count: failed,
            threshold: progress::computed_threshold(desired, view.threshold_config),
            source: "formula",
            status: None,
            explanation: progress::threshold_formula(desired, view.threshold_config),
        },
    })
}
