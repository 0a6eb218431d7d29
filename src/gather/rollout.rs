//! A deployment's rollout, read for `ecs-autopsy watch` (`crate::watch`): the few read-only ECS
//! calls a watch makes, each counted, turned into the plain views defined here. Throttling is retried by the SDK itself (standard
//! retry strategy), so a throttled poll costs a retry, not the watch.

use crate::sdk_error::plain;
use aws_sdk_ecs::types::{DesiredStatus, ServiceField, ThresholdType};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// The actions a watch adds to what a diagnosis reads: the CLI's only (no template grants them;
/// the Lambda never watches). `tests/fast/least_privilege.rs` keeps this list and the calls in
/// step, and the README's IAM table names them.
pub const ACTIONS: &[&str] = &[
    "ecs:DescribeServiceDeployments",
    "ecs:DescribeServiceRevisions",
];

/// One deployment of a service, as DescribeServices reports it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DeploymentView {
    pub id: String,
    /// PRIMARY, ACTIVE (INACTIVE ones are not returned).
    pub status: String,
    pub task_definition: String,
    pub desired: i32,
    pub running: i32,
    pub pending: i32,
    /// Consecutive failed tasks; ECS resets it once a task of the deployment runs healthy.
    pub failed: i32,
    /// IN_PROGRESS, COMPLETED, FAILED (absent on services without the circuit breaker).
    pub rollout_state: Option<String>,
    pub rollout_state_reason: Option<String>,
    /// Epoch seconds.
    pub created_at: Option<f64>,
}

/// A service event (`(service api) has started 2 tasks: …`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventView {
    /// Epoch seconds.
    pub at: f64,
    pub message: String,
}

/// How the circuit breaker's threshold is configured (`thresholdConfiguration`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ThresholdKind {
    BoundedPercent,
    UnboundedPercent,
    Count,
}

/// What one DescribeServices says about the service.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceView {
    pub arn: Option<String>,
    pub name: String,
    pub cluster_arn: Option<String>,
    pub task_definition: Option<String>,
    /// Newest first, as ECS lists them (PRIMARY first).
    pub deployments: Vec<DeploymentView>,
    /// Newest first, at most 100.
    pub events: Vec<EventView>,
    pub breaker_enabled: bool,
    pub rollback_enabled: bool,
    /// `None`: the default (BOUNDED_PERCENT 50).
    pub threshold_config: Option<(ThresholdKind, i32)>,
    /// The service deployment ARN (DescribeServiceDeployments) of the current deployment.
    pub current_service_deployment: Option<String>,
    /// The `aws:cloudformation:stack-name` tag, when the service has one.
    pub stack_name: Option<String>,
}

/// A stopped task of the followed deployment, as DescribeTasks reports it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StoppedTask {
    pub arn: String,
    pub stop_code: Option<String>,
    pub stopped_reason: Option<String>,
    /// The exit code of the essential container that stopped, if one exited.
    pub exit_code: Option<i64>,
    /// The deployment that started it (`ecs-svc/N`).
    pub started_by: Option<String>,
    pub task_definition: Option<String>,
}

/// Why a watch cannot go on (exit 1). Plain words, one line.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("service {service} not found in cluster {cluster}")]
    ServiceNotFound { cluster: String, service: String },
    #[error("cluster {cluster} not found")]
    ClusterNotFound { cluster: String },
    #[error("service {service} has no deployment {wanted} (its deployments: {listed})")]
    NoSuchDeployment {
        service: String,
        wanted: String,
        listed: String,
    },
    #[error("{action} failed: {why}")]
    Aws { action: &'static str, why: String },
    #[error("writing the output: {0}")]
    Output(#[from] std::io::Error),
}

/// ListTasks pages read per look at the stopped tasks (100 tasks each; ECS keeps stopped tasks
/// for about an hour, so more means a storm, and its first 500 tell the causes).
pub const MAX_PAGES: usize = 5;

/// AWS calls made, by action: a watch's cost, printed with its result.
#[derive(Debug, Default)]
pub struct Calls(Mutex<BTreeMap<&'static str, u32>>);

impl Calls {
    fn count(&self, action: &'static str) {
        *self
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(action)
            .or_default() += 1;
    }

    pub fn snapshot(&self) -> CallCount {
        let by_action = self.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
        CallCount {
            total: by_action.values().sum(),
            by_action: by_action
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        }
    }
}

/// [`Calls`] at one moment.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CallCount {
    pub total: u32,
    pub by_action: BTreeMap<String, u32>,
}

/// The ECS reads of one watched service.
pub struct Poller<'a> {
    pub ecs: &'a aws_sdk_ecs::Client,
    pub cluster: &'a str,
    pub service: &'a str,
    pub calls: &'a Calls,
}

fn epoch(t: Option<&aws_sdk_ecs::primitives::DateTime>) -> Option<f64> {
    t.map(|t| t.as_secs_f64())
}

fn aws_error<E, R>(action: &'static str, e: &aws_sdk_ecs::error::SdkError<E, R>) -> WatchError
where
    E: aws_sdk_ecs::error::ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug + 'static,
{
    WatchError::Aws {
        action,
        why: plain(e),
    }
}

impl Poller<'_> {
    /// One DescribeServices (with tags: same call, no extra cost).
    pub async fn service(&self) -> Result<ServiceView, WatchError> {
        self.calls.count("ecs:DescribeServices");
        let out = self
            .ecs
            .describe_services()
            .cluster(self.cluster)
            .services(self.service)
            .include(ServiceField::Tags)
            .send()
            .await
            .map_err(|e| match e.as_service_error() {
                Some(s) if s.is_cluster_not_found_exception() => WatchError::ClusterNotFound {
                    cluster: self.cluster.to_string(),
                },
                _ => aws_error("ecs:DescribeServices", &e),
            })?;
        let Some(s) = out
            .services()
            .iter()
            .find(|s| s.status() != Some("INACTIVE"))
        else {
            return Err(WatchError::ServiceNotFound {
                cluster: self.cluster.to_string(),
                service: self.service.to_string(),
            });
        };
        let breaker = s
            .deployment_configuration()
            .and_then(|c| c.deployment_circuit_breaker());
        Ok(ServiceView {
            arn: s.service_arn().map(str::to_string),
            name: s.service_name().unwrap_or(self.service).to_string(),
            cluster_arn: s.cluster_arn().map(str::to_string),
            task_definition: s.task_definition().map(str::to_string),
            deployments: s
                .deployments()
                .iter()
                .map(|d| DeploymentView {
                    id: d.id().unwrap_or_default().to_string(),
                    status: d.status().unwrap_or_default().to_string(),
                    task_definition: d.task_definition().unwrap_or_default().to_string(),
                    desired: d.desired_count(),
                    running: d.running_count(),
                    pending: d.pending_count(),
                    failed: d.failed_tasks(),
                    rollout_state: d.rollout_state().map(|r| r.as_str().to_string()),
                    rollout_state_reason: d.rollout_state_reason().map(str::to_string),
                    created_at: epoch(d.created_at()),
                })
                .collect(),
            events: s
                .events()
                .iter()
                .map(|e| EventView {
                    at: epoch(e.created_at()).unwrap_or_default(),
                    message: e.message().unwrap_or_default().to_string(),
                })
                .collect(),
            breaker_enabled: breaker.is_some_and(|b| b.enable()),
            rollback_enabled: breaker.is_some_and(|b| b.rollback()),
            threshold_config: breaker
                .and_then(|b| b.threshold_configuration())
                .and_then(|t| {
                    let kind = match t.r#type() {
                        ThresholdType::BoundedPercent => ThresholdKind::BoundedPercent,
                        ThresholdType::UnboundedPercent => ThresholdKind::UnboundedPercent,
                        ThresholdType::Count => ThresholdKind::Count,
                        _ => return None,
                    };
                    Some((kind, t.value()))
                }),
            current_service_deployment: s.current_service_deployment().map(str::to_string),
            stack_name: s
                .tags()
                .iter()
                .find(|t| t.key() == Some("aws:cloudformation:stack-name"))
                .and_then(|t| t.value())
                .map(str::to_string),
        })
    }

    /// The service's stopped tasks (ListTasks `serviceName`, `desiredStatus STOPPED`), at most
    /// [`MAX_PAGES`] pages. Not `startedBy`: the API allows it only as the sole filter, so the
    /// deployment's tasks are picked after DescribeTasks, by their `startedBy`.
    pub async fn stopped_task_arns(&self) -> Result<Vec<String>, WatchError> {
        let mut arns = Vec::new();
        let mut token = None;
        for _ in 0..MAX_PAGES {
            self.calls.count("ecs:ListTasks");
            let out = self
                .ecs
                .list_tasks()
                .cluster(self.cluster)
                .service_name(self.service)
                .desired_status(DesiredStatus::Stopped)
                .set_next_token(token)
                .send()
                .await
                .map_err(|e| aws_error("ecs:ListTasks", &e))?;
            arns.extend(out.task_arns().iter().cloned());
            token = out.next_token().map(str::to_string);
            if token.is_none() {
                break;
            }
        }
        Ok(arns)
    }

    /// DescribeTasks of `arns` (100 per call; the caller passes only tasks not yet described).
    pub async fn describe_stopped(&self, arns: &[String]) -> Result<Vec<StoppedTask>, WatchError> {
        let mut out = Vec::new();
        for chunk in arns.chunks(100) {
            self.calls.count("ecs:DescribeTasks");
            let answer = self
                .ecs
                .describe_tasks()
                .cluster(self.cluster)
                .set_tasks(Some(chunk.to_vec()))
                .send()
                .await
                .map_err(|e| aws_error("ecs:DescribeTasks", &e))?;
            out.extend(answer.tasks().iter().map(|t| {
                // The container whose exit stopped the task: the first that exited non-zero,
                // else the first that exited at all.
                let exits: Vec<i32> = t
                    .containers()
                    .iter()
                    .filter_map(|c| c.exit_code())
                    .collect();
                let exit = exits
                    .iter()
                    .find(|&&e| e != 0)
                    .or(exits.first())
                    .map(|&e| i64::from(e));
                StoppedTask {
                    arn: t.task_arn().unwrap_or_default().to_string(),
                    stop_code: t.stop_code().map(|c| c.as_str().to_string()),
                    stopped_reason: t.stopped_reason().map(str::to_string),
                    exit_code: exit,
                    started_by: t.started_by().map(str::to_string),
                    task_definition: t.task_definition_arn().map(str::to_string),
                }
            }));
        }
        Ok(out)
    }

    /// What ECS itself says of the circuit breaker of a service deployment, and the task
    /// definition a rollback deployed. Best effort (older deployments, stand-ins without the
    /// API): `None` and the report uses the formula instead.
    pub async fn breaker(&self, service_deployment: &str) -> Option<BreakerFacts> {
        self.calls.count("ecs:DescribeServiceDeployments");
        let out = self
            .ecs
            .describe_service_deployments()
            .service_deployment_arns(service_deployment)
            .send()
            .await
            .map_err(|e| tracing::debug!(error = %plain(&e), "DescribeServiceDeployments"))
            .ok()?;
        let sd = out.service_deployments().first()?;
        let cb = sd.deployment_circuit_breaker();
        let mut facts = BreakerFacts {
            status: cb.and_then(|c| c.status()).map(|s| s.as_str().to_string()),
            failure_count: cb.map(|c| c.failure_count()),
            threshold: cb.map(|c| c.threshold()),
            deployment_status: sd.status().map(|s| s.as_str().to_string()),
            rollback_task_definition: None,
        };
        if let Some(revision) = sd.rollback().and_then(|r| r.service_revision_arn()) {
            self.calls.count("ecs:DescribeServiceRevisions");
            facts.rollback_task_definition = self
                .ecs
                .describe_service_revisions()
                .service_revision_arns(revision)
                .send()
                .await
                .ok()
                .and_then(|o| {
                    o.service_revisions()
                        .first()
                        .and_then(|r| r.task_definition())
                        .map(str::to_string)
                });
        }
        Some(facts)
    }
}

/// DescribeServiceDeployments' view of the circuit breaker.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BreakerFacts {
    /// TRIGGERED, MONITORING, MONITORING_COMPLETE, DISABLED.
    pub status: Option<String>,
    pub failure_count: Option<i32>,
    pub threshold: Option<i32>,
    /// The service deployment's status (ROLLBACK_IN_PROGRESS, STOPPED, ...).
    pub deployment_status: Option<String>,
    /// From the rollback's service revision (DescribeServiceRevisions).
    pub rollback_task_definition: Option<String>,
}
