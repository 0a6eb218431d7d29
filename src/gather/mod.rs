//! The gather edge: AWS I/O that fills a [`Snapshot`]. The only module that reads AWS for a
//! diagnosis; the SDK's other users are the edges that write (`notify`: SNS; `lambda::store`:
//! DynamoDB) and `sdk_error`, which turns SDK errors into plain words.
//!
//! Read-only and best effort: every call's outcome is recorded as data ([`Fetched`]) and a failed
//! call never stops the others. Independent calls run at once, and each chain starts as soon as
//! its input arrives, so a Fargate service task from an event takes four sequential rounds (the
//! caller's identity, asked once, overlaps the first; the Lambda knows it from its function ARN):
//!
//! ```text
//! round 1  DescribeTaskDefinition · DescribeServices · DescribeSubnets · DescribeNetworkInterfaces
//! round 2  VPC-wide EC2 (VPC, DNS attributes, subnets, route tables, NAT, IGW, endpoints, SGs,
//!          NACLs, DHCP options, prefix lists) · GetRole · ListRolePolicies ·
//!          ListAttachedRolePolicies · SimulatePrincipalPolicy · DescribeImages ·
//!          GetRepositoryPolicy · DescribeSecret · DescribeParameters · DescribeLogGroups ·
//!          DescribeMountTargets
//! round 3  GetRolePolicy · GetPolicy · kms:DescribeKey · DescribeMountTargetSecurityGroups
//! round 4  GetPolicyVersion
//! ```
//!
//! `--cluster --task` adds DescribeTasks in front, `--cluster --service` ListTasks + DescribeTasks.
//! An EC2 task in bridge/host network mode has no subnet of its own: its path is the container
//! instance's, so DescribeContainerInstances → DescribeInstances come first and the VPC-wide
//! round follows from the instance's subnet: the network chain is two calls longer, about as long
//! as the IAM chain, so such a task also measured four rounds (scripts/bench-gather).
//! Metadata only: never `secretsmanager:GetSecretValue`, `ssm:GetParameter(s)` or `kms:Decrypt`.
//! Resources in another region (a central ECR registry) are looked up in their own region.
//! An overall deadline cuts every unfinished call and returns the partial snapshot.

mod access;
mod ec2;
mod ecs;
mod elb;
mod error;
mod iam;
mod logs;
pub mod preflight;
mod resources;
pub mod rollout;

pub use error::GatherError;

pub use access::{Access, AccessError, Way, ACTIONS as ACCESS_ACTIONS};

use crate::snapshot::{Fetched, RecentStop, Snapshot, Task, SCHEMA_VERSION};
use aws_config::{retry::RetryConfig, timeout::TimeoutConfig, BehaviorVersion, Region, SdkConfig};
use std::future::Future;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::time::Instant;

/// The AWS clients, built once (at Lambda cold start, or once per CLI run).
#[derive(Clone, Debug)]
pub struct Clients {
    pub ecs: aws_sdk_ecs::Client,
    pub ec2: aws_sdk_ec2::Client,
    pub iam: aws_sdk_iam::Client,
    pub ecr: aws_sdk_ecr::Client,
    pub secretsmanager: aws_sdk_secretsmanager::Client,
    pub ssm: aws_sdk_ssm::Client,
    pub logs: aws_sdk_cloudwatchlogs::Client,
    pub kms: aws_sdk_kms::Client,
    pub efs: aws_sdk_efs::Client,
    pub elb: aws_sdk_elasticloadbalancingv2::Client,
    pub region: Option<String>,
    /// What the clients were built from: clients for another region derive from it.
    sdk: SdkConfig,
}

impl Clients {
    pub fn new(config: &SdkConfig) -> Self {
        Clients {
            ecs: aws_sdk_ecs::Client::new(config),
            ec2: aws_sdk_ec2::Client::new(config),
            iam: aws_sdk_iam::Client::new(config),
            ecr: aws_sdk_ecr::Client::new(config),
            secretsmanager: aws_sdk_secretsmanager::Client::new(config),
            ssm: aws_sdk_ssm::Client::new(config),
            logs: aws_sdk_cloudwatchlogs::Client::new(config),
            kms: aws_sdk_kms::Client::new(config),
            efs: aws_sdk_efs::Client::new(config),
            elb: aws_sdk_elasticloadbalancingv2::Client::new(config),
            region: config.region().map(|r| r.to_string()),
            sdk: config.clone(),
        }
    }

    /// The clients for `region`: these when it is ours (or unknown), else new ones built from
    /// the same configuration (no network) for a resource in another region — a central ECR
    /// registry, a replicated secret, a log group elsewhere.
    pub(crate) fn regional(&self, region: Option<&str>) -> std::borrow::Cow<'_, Clients> {
        match region {
            Some(r) if Some(r) != self.region.as_deref() => std::borrow::Cow::Owned(Clients::new(
                &self
                    .sdk
                    .to_builder()
                    .region(Region::new(r.to_string()))
                    .build(),
            )),
            _ => std::borrow::Cow::Borrowed(self),
        }
    }
}

/// Loads the usual AWS configuration (environment, profile, instance/container credentials;
/// `AWS_ENDPOINT_URL` for a local stand-in) with bounded retries and timeouts.
///
/// Each attempt is cut after `attempt_timeout` (a hanging endpoint costs one attempt, not the
/// whole budget); throttling and 5xx are retried by the SDK's standard strategy with backoff.
pub async fn load_config(region: Option<String>, attempt_timeout: Duration) -> SdkConfig {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .retry_config(RetryConfig::standard().with_max_attempts(3))
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(attempt_timeout.min(Duration::from_secs(2)))
                .operation_attempt_timeout(attempt_timeout)
                .build(),
        );
    if let Some(region) = region {
        loader = loader.region(Region::new(region));
    }
    loader.load().await
}

/// How gathering behaves.
/// How many log lines are read by default: enough to hold a JVM's or .NET's exception above its
/// stack frames (each frame is its own log event under awslogs), in the one GetLogEvents call.
pub const DEFAULT_LOG_LINES: u32 = 100;

#[derive(Debug, Clone)]
pub struct Options {
    /// Everything unfinished by then is recorded as skipped and the partial snapshot returned.
    pub deadline: Duration,
    /// How many of the crashed container's last log lines to read (0: none, `--no-logs`).
    pub log_lines: u32,
}

impl Options {
    /// The defaults with this deadline.
    pub fn with_deadline(deadline: Duration) -> Self {
        Options {
            deadline,
            ..Options::default()
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            deadline: Duration::from_secs(10),
            log_lines: DEFAULT_LOG_LINES,
        }
    }
}

/// Gathers the task in its own account and region: through `access`, the caller's clients for a
/// task of its own, a member role's for another account's. Without a way into that account the
/// snapshot holds the task as named and [`Snapshot::access`] says why nothing else was read; a
/// task of another account is never read from the caller's.
pub async fn gather_via(
    access: &Access,
    target: Target,
    options: &Options,
) -> Result<Snapshot, GatherError> {
    let (account, region, session, named) = match &target {
        Target::Event {
            task,
            region,
            account,
        } => (
            account
                .clone()
                .or_else(|| arn_part(task.task_arn.as_deref(), 4)),
            region
                .clone()
                .or_else(|| arn_part(task.task_arn.as_deref(), 3)),
            task.task_id().unwrap_or("task").to_string(),
            Some(task.as_ref().clone()),
        ),
        Target::Task { cluster, task } => (
            arn_part(Some(task), 4).or_else(|| arn_part(Some(cluster), 4)),
            arn_part(Some(task), 3).or_else(|| arn_part(Some(cluster), 3)),
            task.rsplit('/').next().unwrap_or("task").to_string(),
            None,
        ),
        Target::Service { cluster, service } => (
            arn_part(Some(service), 4).or_else(|| arn_part(Some(cluster), 4)),
            arn_part(Some(service), 3).or_else(|| arn_part(Some(cluster), 3)),
            service.rsplit('/').next().unwrap_or("service").to_string(),
            None,
        ),
        Target::Planned { task, .. } => (
            arn_part(task.cluster_arn.as_deref(), 4),
            arn_part(task.cluster_arn.as_deref(), 3),
            "preflight".to_string(),
            Some(task.as_ref().clone()),
        ),
    };
    // The caller's account is not known yet (the CLI's first read): ask STS and, meanwhile,
    // start reading with the caller's own clients. That work is kept only when STS says the task
    // is the caller's own; otherwise it is dropped (its calls cancelled, after about one round)
    // and the task's account is read the right way below: never a diagnosis from another
    // account's data, and one round fewer in the usual case.
    if access.needs_identity(account.as_deref()) {
        if let Ok(own) = access.clients(None, region.as_deref(), &session).await {
            let account = account.clone().unwrap_or_default();
            // On the heap: a gather's future is deep, and two of them inline in this one would
            // overflow a debug build's stack.
            let mut speculative = Box::pin(gather(&own, target.clone(), options));
            let identity = access.reads_as_own(&account);
            tokio::pin!(identity);
            tokio::select! {
                is_own = &mut identity => {
                    if is_own {
                        return speculative.await;
                    }
                }
                snapshot = &mut speculative => {
                    if identity.await {
                        return snapshot;
                    }
                }
            }
        }
    }
    match access
        .clients(account.as_deref(), region.as_deref(), &session)
        .await
    {
        Ok(clients) => Box::pin(gather(&clients, target, options)).await,
        Err(e) => {
            tracing::warn!(error = %e, "the task's account cannot be read");
            let Some(task) = named else {
                return Err(GatherError::Access(e.to_string()));
            };
            // The event alone: who stopped the task and how come from it; everything else is
            // "not read", said once in the report (`access`), not on every check.
            Ok(Snapshot {
                schema_version: SCHEMA_VERSION,
                source: "event".into(),
                region,
                account,
                access: Some(e.to_string()),
                task,
                task_definition: Fetched::Skipped(NOT_READ.into()),
                ..Default::default()
            })
        }
    }
}

/// Why a value of an event-only snapshot is missing (the report says why once, in `access`).
pub const NOT_READ: &str = "not read: AWS could not be read, see above";

/// The recently stopped tasks of a cluster, or of one of its services (ListTasks STOPPED, at
/// most 100, and one DescribeTasks): "what keeps failing here?" without a gather per task.
pub async fn stopped_tasks(
    access: &Access,
    cluster: &str,
    service: Option<&str>,
    options: &Options,
) -> Result<Vec<Task>, GatherError> {
    let clients = access
        .clients(
            arn_part(Some(cluster), 4).as_deref(),
            arn_part(Some(cluster), 3).as_deref(),
            "recent-failures",
        )
        .await
        .map_err(|e| GatherError::Access(e.to_string()))?;
    let ctx = Ctx {
        clients: &clients,
        deadline: Instant::now() + options.deadline,
        region: clients.region.clone(),
        account: None,
        given_definition: None,
        log_lines: 0,
    };
    let tasks = match ecs::stopped_task_arns(&ctx, cluster, service).await {
        Fetched::Ok(arns) if arns.is_empty() => return Ok(Vec::new()),
        Fetched::Ok(arns) => ecs::describe_tasks(&ctx, cluster, arns).await,
        Fetched::Error(e) => Fetched::Error(e),
        Fetched::Skipped(why) => Fetched::Skipped(why),
    };
    match tasks {
        Fetched::Ok(tasks) => Ok(tasks),
        Fetched::Error(e) => Err(GatherError::call(&e)),
        Fetched::Skipped(why) => Err(GatherError::Call(format!("ecs:ListTasks: {why}"))),
    }
}

/// The cluster of a service event that has no task (a placement failure): one DescribeClusters in
/// the event's account and region, so the placement check can say what the cluster lacks (no
/// registered instance, the capacity providers it has) even when the event gives no reason.
/// Read-only; a cluster that cannot be read is recorded as such, never an error.
pub async fn placement_cluster(access: &Access, snap: &mut Snapshot, options: &Options) {
    let session = snap.task.cluster_name().unwrap_or("cluster").to_string();
    let clients = match access
        .clients(snap.account.as_deref(), snap.region.as_deref(), &session)
        .await
    {
        Ok(c) => c,
        Err(e) => {
            snap.cluster = Fetched::Skipped(format!("the account could not be read: {e}"));
            return;
        }
    };
    let ctx = Ctx {
        clients: &clients,
        deadline: Instant::now() + options.deadline,
        region: snap.region.clone(),
        account: snap.account.clone(),
        given_definition: None,
        log_lines: 0,
    };
    // The service says how its tasks are placed: a launch type, or a capacity provider strategy
    // (DescribeServices then has no launch type, and the strategy is not kept). Only with a
    // launch type can the cluster's instances be judged; otherwise the cluster is left unread
    // rather than judged as EC2 by default.
    let (cluster, service) = tokio::join!(
        ecs::cluster(&ctx, &snap.task),
        ecs::service(&ctx, &snap.task)
    );
    let launch_type = service
        .as_ref()
        .and_then(|s| s.describe.ok())
        .and_then(|d| d.launch_type.clone());
    match launch_type {
        Some(l) => {
            let ec2 = l == "EC2";
            snap.task.launch_type = Some(l);
            snap.cluster = cluster;
            // An EC2 service: what its instances have left against what its task definition
            // reserves says which resource ran out (two more rounds, read only on this path).
            let cluster_arn = snap.task.cluster_arn.clone();
            let has_instances = snap
                .cluster
                .ok()
                .is_some_and(|c| c.registered_container_instances.unwrap_or(0) > 0);
            if let (true, true, Some(cluster_arn)) = (ec2, has_instances, cluster_arn) {
                let definition_arn = service
                    .as_ref()
                    .and_then(|s| s.describe.ok())
                    .and_then(|d| d.deployments.first())
                    .and_then(|d| d.task_definition.clone());
                let definition = async {
                    match &definition_arn {
                        Some(arn) => Some(ecs::definition(&ctx, arn).await),
                        None => None,
                    }
                };
                let (rooms, definition) =
                    tokio::join!(ecs::instance_rooms(&ctx, &cluster_arn), definition);
                // Only what one task reserves is kept: the snapshot's task definition stays
                // unread, so the checks of a task that never ran are not judged from it.
                if let Fetched::Ok(c) = &mut snap.cluster {
                    c.instances = Some(rooms);
                    c.task_reserves = definition
                        .as_ref()
                        .and_then(|d| d.ok())
                        .map(|d| d.reservation());
                }
            }
        }
        None => {
            snap.cluster = Fetched::Skipped(
                "the service's launch type is not known (a capacity provider strategy, or the service could not be read)".into(),
            )
        }
    }
}

/// Which task to gather.
#[derive(Debug, Clone)]
pub enum Target {
    /// The task as an EventBridge event described it (the source of truth).
    Event {
        task: Box<Task>,
        region: Option<String>,
        account: Option<String>,
    },
    /// `--cluster C --task T`: DescribeTasks.
    Task { cluster: String, task: String },
    /// `--cluster C --service S`: the most recently stopped task of the service.
    Service { cluster: String, service: String },
    /// A task that has not run, with a task definition not (yet) registered: a pre-flight of a
    /// file (`crate::taskdef`).
    Planned {
        task: Box<Task>,
        definition: Box<crate::snapshot::TaskDefinition>,
    },
}

/// Shared state of one gathering run: the clients and the deadline.
pub(crate) struct Ctx<'a> {
    pub clients: &'a Clients,
    pub deadline: Instant,
    pub region: Option<String>,
    pub account: Option<String>,
    /// A task definition given by the caller (a pre-flight of a file), not read from ECS.
    pub given_definition: Option<crate::snapshot::TaskDefinition>,
    /// [`Options::log_lines`].
    pub log_lines: u32,
}

impl Ctx<'_> {
    /// Runs one AWS call under the overall deadline, turning its outcome into data.
    pub async fn call<T, F>(&self, fut: F) -> Fetched<T>
    where
        F: Future<Output = Fetched<T>>,
    {
        match tokio::time::timeout_at(self.deadline, fut).await {
            Ok(v) => v,
            Err(_) => Fetched::Skipped("the gather deadline passed".into()),
        }
    }
}

/// Gathers the snapshot of one stopped task. Fails only when the task itself cannot be named
/// (unknown task, service without stopped tasks); everything after that is best effort.
pub async fn gather(
    clients: &Clients,
    target: Target,
    options: &Options,
) -> Result<Snapshot, GatherError> {
    let deadline = Instant::now() + options.deadline;
    let resolver = Ctx {
        clients,
        deadline,
        region: clients.region.clone(),
        account: None,
        given_definition: None,
        log_lines: options.log_lines,
    };
    let mut given_definition = None;
    let (source, task, region, account) = match target {
        Target::Event {
            task,
            region,
            account,
        } => ("event", *task, region, account),
        Target::Planned { task, definition } => {
            given_definition = Some(*definition);
            ("preflight", *task, None, None)
        }
        Target::Task { cluster, task } => (
            "task",
            ecs::describe_task(&resolver, &cluster, &task).await?,
            None,
            None,
        ),
        Target::Service { cluster, service } => (
            "service",
            ecs::last_stopped_task(&resolver, &cluster, &service).await?,
            None,
            None,
        ),
    };
    let region = region
        .or_else(|| arn_part(task.task_arn.as_deref(), 3))
        .or_else(|| clients.region.clone());
    let account = account.or_else(|| arn_part(task.task_arn.as_deref(), 4));
    let ctx = Ctx {
        clients,
        deadline,
        region: region.clone(),
        account: account.clone(),
        given_definition,
        log_lines: options.log_lines,
    };
    let mut snapshot = gather_task(&ctx, task).await;
    snapshot.source = source.into();
    snapshot.region = region;
    snapshot.account = account;
    snapshot.deadline_hit = Instant::now() >= deadline;
    snapshot.gathered_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()
        .map(|d| d.as_secs());
    snapshot.errors = error::collect(&snapshot);
    Ok(snapshot)
}

/// All the calls that follow from the task, run as concurrent chains.
async fn gather_task(ctx: &Ctx<'_>, task: Task) -> Snapshot {
    let subnet = task.subnet_id.clone();
    let (
        definition_part,
        (service, target_groups, infrastructure_role),
        eni,
        (network, container_instance),
        recent_stops,
        cluster,
    ) = tokio::join!(
        ecs::definition_and_dependents(ctx, &task),
        async {
            let service = ecs::service(ctx, &task).await;
            // The role ECS creates and attaches the task's EBS volumes with: the attachment names
            // it; the service's deployment does too, while ECS still lists that deployment.
            let infrastructure_role = task
                .ebs_volumes
                .iter()
                .find_map(|v| v.role_arn.clone())
                .or_else(|| {
                    service
                        .as_ref()
                        .and_then(|s| s.describe.ok())
                        .and_then(|d| d.ebs_volumes.iter().find_map(|v| v.role_arn.clone()))
                });
            let (groups, role) = tokio::join!(
                elb::target_groups(ctx, service.as_ref()),
                iam::role(ctx, infrastructure_role.as_deref())
            );
            (service, groups, role)
        },
        ec2::eni(ctx, task.eni_id.as_deref()),
        async {
            match subnet.as_deref() {
                Some(s) => tokio::join!(
                    ec2::network(ctx, Some(s)),
                    ecs::container_instance(ctx, &task)
                ),
                // bridge/host mode: the path is the container instance's subnet (two calls more).
                None => {
                    let ci = ecs::container_instance(ctx, &task).await;
                    let host_subnet = ci
                        .as_ref()
                        .and_then(|c| c.instance.ok())
                        .and_then(|i| i.subnet_id.clone());
                    (ec2::network(ctx, host_subnet.as_deref()).await, ci)
                }
            }
        },
        ecs::recent_stops(ctx, &task),
        ecs::cluster(ctx, &task),
    );
    let awsvpc = ecs::awsvpc(&task, service.as_ref(), eni, container_instance.as_ref());
    let recent_stops = recent_stops.map(|tasks| {
        tasks
            .iter()
            .filter(|t| t.task_arn != task.task_arn)
            .map(RecentStop::from)
            .collect()
    });
    let ecs::DefinitionPart {
        definition,
        iam,
        images,
        secrets,
        kms_keys,
        log_groups,
        efs,
        log_tail,
    } = definition_part;
    let iam = crate::snapshot::Iam {
        infrastructure_role,
        ..iam
    };
    Snapshot {
        schema_version: SCHEMA_VERSION,
        task,
        task_definition: definition,
        service,
        awsvpc,
        network,
        iam,
        images,
        secrets,
        kms_keys,
        log_groups,
        efs,
        container_instance,
        recent_stops,
        target_groups,
        cluster,
        log_tail,
        ..Snapshot::default()
    }
}

/// Field `index` of an ARN (3 = region, 4 = account).
pub(crate) fn arn_part(arn: Option<&str>, index: usize) -> Option<String> {
    match index {
        3 => crate::arn::region_of(arn),
        4 => crate::arn::account_of(arn),
        _ => None,
    }
}

/// IAM answers policy documents percent-encoded (moto does not): decode when encoded.
pub(crate) fn decode_policy(text: &str) -> String {
    if text.trim_start().starts_with('{') {
        return text.to_string();
    }
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arn_parts() {
        let arn = Some("arn:aws:ecs:eu-west-1:111122223333:task/c/abc");
        assert_eq!(arn_part(arn, 3).as_deref(), Some("eu-west-1"));
        assert_eq!(arn_part(arn, 4).as_deref(), Some("111122223333"));
        assert_eq!(arn_part(Some("nope"), 3), None);
    }

    #[test]
    fn policy_documents_are_decoded_once() {
        assert_eq!(decode_policy("%7B%22a%22%3A1%7D"), "{\"a\":1}");
        assert_eq!(decode_policy("{\"a\":\"%41\"}"), "{\"a\":\"%41\"}");
    }
}
