//! The snapshot: everything a diagnosis needs about one stopped task, as our own serde data.
//!
//! It is the contract between the gather edge (AWS I/O) and the pure checks: `ecs-autopsy gather
//! --out snapshot.json` writes it, every later command reads it back with `--snapshot`, and test
//! fixtures are snapshots. The SDK's types do not serialize, so nothing here names `aws_sdk_*`.
//!
//! Every AWS call's outcome is data ([`Fetched`]): the value, or the call's error (AccessDenied,
//! Throttling, NotFound, timeout...). A failed call never aborts gathering; the checks say
//! "unknown" and name the permission the function role lacks. `NotFound` is a fact, not a failure:
//! "the role does not exist" confirms `iam.exec_role_missing`.
//!
//! Compatibility: additive fields carry `#[serde(default)]` so older snapshots keep loading; a
//! breaking change bumps [`SCHEMA_VERSION`]. The schema is documented in `docs/snapshot.md`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the snapshot format.
pub const SCHEMA_VERSION: u32 = 1;

/// The outcome of one AWS call (or of a step that could not run).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fetched<T> {
    Ok(T),
    Error(CallError),
    /// Not attempted: its input was missing (e.g. no execution role to describe) or the deadline passed.
    Skipped(String),
}

impl<T> Default for Fetched<T> {
    fn default() -> Self {
        Fetched::Skipped("not gathered".into())
    }
}

impl<T> Fetched<T> {
    pub fn ok(&self) -> Option<&T> {
        match self {
            Fetched::Ok(v) => Some(v),
            _ => None,
        }
    }
    pub fn error(&self) -> Option<&CallError> {
        match self {
            Fetched::Error(e) => Some(e),
            _ => None,
        }
    }
    /// True when the call answered that the resource does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Fetched::Error(e) if e.kind == ErrorKind::NotFound)
    }
    /// Why the value is missing, for an "unknown" check: `AccessDenied on ec2:DescribeVpcEndpoints`.
    pub fn why_missing(&self) -> Option<String> {
        match self {
            Fetched::Ok(_) => None,
            Fetched::Error(e) => Some(e.describe()),
            // A reason that already says so ("not gathered", "not read: ...") is not repeated.
            Fetched::Skipped(why) if why.starts_with("not ") => Some(why.clone()),
            Fetched::Skipped(why) => Some(format!("not gathered: {why}")),
        }
    }
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Fetched<U> {
        match self {
            Fetched::Ok(v) => Fetched::Ok(f(v)),
            Fetched::Error(e) => Fetched::Error(e),
            Fetched::Skipped(s) => Fetched::Skipped(s),
        }
    }
}

impl<T> Fetched<Option<T>> {
    /// An answer without the resource (an empty list) becomes a `NotFound` error of `action`.
    pub fn required(self, action: &str, missing: impl FnOnce() -> String) -> Fetched<T> {
        match self {
            Fetched::Ok(Some(v)) => Fetched::Ok(v),
            Fetched::Ok(None) => {
                Fetched::Error(CallError::new(action, ErrorKind::NotFound, None, missing()))
            }
            Fetched::Error(e) => Fetched::Error(e),
            Fetched::Skipped(s) => Fetched::Skipped(s),
        }
    }
}

/// What kind of failure a call met; checks turn these into "unknown" with a remedy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    AccessDenied,
    Throttling,
    NotFound,
    Timeout,
    /// The service answered 5xx or an unparseable body.
    ServiceError,
    /// The request did not reach the service (connection refused, reset, DNS).
    Network,
    /// The request was never sent: no credentials were found.
    NoCredentials,
    Other,
}

/// The error of one AWS call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallError {
    /// `service:Action`, the IAM action name (also what the function role needs).
    pub action: String,
    pub kind: ErrorKind,
    /// The service's error code, e.g. `UnauthorizedOperation`, when it sent one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub message: String,
}

impl CallError {
    pub fn new(
        action: impl Into<String>,
        kind: ErrorKind,
        code: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        CallError {
            action: action.into(),
            kind,
            code,
            message: message.into(),
        }
    }

    /// One line for a report: what failed and what to do about it.
    pub fn describe(&self) -> String {
        match self.kind {
            ErrorKind::AccessDenied => format!(
                "AccessDenied on {} — grant {} to the role that runs ecs-autopsy",
                self.action, self.action
            ),
            ErrorKind::Throttling => {
                format!("{} was throttled (retried until the deadline)", self.action)
            }
            ErrorKind::Timeout => format!("{} timed out", self.action),
            ErrorKind::NotFound => format!("{}: not found", self.action),
            ErrorKind::ServiceError => {
                format!("{} failed on the AWS side: {}", self.action, self.message)
            }
            ErrorKind::Network => format!("{} could not reach AWS: {}", self.action, self.message),
            ErrorKind::NoCredentials => {
                format!(
                    "{} was not called: no AWS credentials were found",
                    self.action
                )
            }
            ErrorKind::Other => format!("{} failed: {}", self.action, self.message),
        }
    }
}

/// Everything gathered about one stopped task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Snapshot {
    pub schema_version: u32,
    /// How the task was named: `event`, `task` (--cluster --task) or `service` (--cluster --service).
    pub source: String,
    pub region: Option<String>,
    pub account: Option<String>,
    /// Why the task's account could not be read (another account, no way in): nothing was
    /// gathered, and no check may read the caller's own account in its place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<String>,
    /// Seconds since the Unix epoch when gathering finished.
    pub gathered_at: Option<u64>,
    /// True when the overall deadline cut gathering short (some values are `skipped`).
    pub deadline_hit: bool,
    pub task: Task,
    pub task_definition: Fetched<TaskDefinition>,
    /// The service the task belongs to (`group: service:NAME`), if any.
    pub service: Option<ServiceInfo>,
    /// The task's awsvpc configuration, from the service, the ENI, or unknown.
    pub awsvpc: Awsvpc,
    /// The VPC context of the task's subnets; `None` when the task has no subnet (bridge/host mode).
    pub network: Option<Network>,
    pub iam: Iam,
    pub images: Vec<ImageInfo>,
    pub secrets: Vec<SecretInfo>,
    pub kms_keys: Vec<KmsKeyInfo>,
    pub log_groups: Vec<LogGroupInfo>,
    pub efs: Vec<EfsInfo>,
    pub container_instance: Option<ContainerInstanceInfo>,
    /// Calls that failed, in one list (they are also in place, next to their data).
    pub errors: Vec<CallError>,
    /// The service event that started the diagnosis, when it was not a task state change.
    pub service_event: Option<ServiceEvent>,
    /// The service's other recently stopped tasks (up to 100), to count the same failure.
    pub recent_stops: Fetched<Vec<RecentStop>>,
    /// The target groups of the service's load balancers: their health checks, and how they
    /// saw this task.
    pub target_groups: Vec<TargetGroupInfo>,
    /// DescribeClusters: whether an EC2 task has anywhere to go.
    pub cluster: Fetched<Cluster>,
    /// The last log lines of the container whose exit stopped the task (redacted when read).
    /// `None` when no container crashed, or logs were not asked for (`--no-logs`).
    pub log_tail: Option<Fetched<LogTail>>,
}

impl Snapshot {
    /// The task's service as DescribeServices returned it, when it was read.
    pub fn service_detail(&self) -> Option<&ServiceDetail> {
        self.service.as_ref().and_then(|s| s.describe.ok())
    }
}

/// The end of a container's log, as its log driver keeps it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LogTail {
    pub container: String,
    /// The container's log driver (`awslogs`, `awsfirelens`, `splunk`, ...; `none` when the
    /// container has no log configuration). awslogs and FireLens to CloudWatch Logs are read;
    /// the others are named.
    pub driver: String,
    /// The CloudWatch Logs group and stream read.
    pub group: Option<String>,
    pub stream: Option<String>,
    /// Oldest first, each line redacted of anything that looks like a credential.
    pub lines: Vec<String>,
}

/// The task's cluster, as far as placing a task goes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cluster {
    pub name: Option<String>,
    /// ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE.
    pub status: Option<String>,
    pub registered_container_instances: Option<i32>,
    pub capacity_providers: Vec<String>,
    /// The providers of the default capacity provider strategy (what a task without a launch
    /// type or strategy uses; with none, it is an EC2 task).
    pub default_strategy: Vec<String>,
    /// Its container instances and what each has left, read for a placement failure of an EC2
    /// service (`None`: not read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instances: Option<Fetched<Vec<InstanceRoom>>>,
    /// What one task of that service reserves, from its task definition (read with `instances`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_reserves: Option<Reservation>,
}

/// The CPU units and MiB of memory one task reserves on a container instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reservation {
    pub cpu: Option<i64>,
    pub memory: Option<i64>,
}

/// A container instance as placement sees it (DescribeContainerInstances): whether ECS may
/// place a task on it, and the CPU and memory that running tasks have not reserved.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InstanceRoom {
    /// The container instance's id (the last part of its ARN).
    pub id: String,
    pub ec2_instance_id: Option<String>,
    /// ACTIVE, DRAINING, REGISTERING, DEREGISTERING or REGISTRATION_FAILED.
    pub status: Option<String>,
    pub agent_connected: bool,
    /// `remainingResources`: CPU units and MiB of memory not reserved by its tasks.
    pub cpu_left: Option<i64>,
    pub memory_left: Option<i64>,
    /// `registeredResources`: what it offers in all.
    pub cpu_total: Option<i64>,
    pub memory_total: Option<i64>,
    pub running_tasks: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TargetGroupInfo {
    pub arn: String,
    pub describe: Fetched<TargetGroup>,
    /// DescribeTargetHealth: every registered target (the stopped task may already be gone).
    pub health: Fetched<Vec<TargetHealth>>,
    /// DescribeLoadBalancers of the group's load balancers: the zones they have nodes in and
    /// their security groups, i.e. whether they can reach the task at all. `Skipped` when the
    /// group is attached to none.
    pub load_balancers: Fetched<Vec<LoadBalancer>>,
}

/// A load balancer in front of the service, as far as reaching the task goes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoadBalancer {
    pub arn: String,
    pub name: Option<String>,
    /// `application`, `network` or `gateway`.
    pub kind: Option<String>,
    /// Availability Zones with a node, and the subnet of each: a target elsewhere is `unused`.
    pub zones: Vec<LoadBalancerZone>,
    /// Empty for a network load balancer created without security groups.
    pub security_groups: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoadBalancerZone {
    pub zone: String,
    pub subnet_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TargetGroup {
    pub name: Option<String>,
    /// `ip` (awsvpc) or `instance` (bridge/host).
    pub target_type: Option<String>,
    pub protocol: Option<String>,
    pub port: Option<i32>,
    pub health_check_protocol: Option<String>,
    /// A number, or `traffic-port`.
    pub health_check_port: Option<String>,
    pub health_check_path: Option<String>,
    pub matcher: Option<String>,
    pub interval_seconds: Option<i32>,
    pub timeout_seconds: Option<i32>,
    pub healthy_threshold: Option<i32>,
    pub unhealthy_threshold: Option<i32>,
    pub load_balancer_arns: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TargetHealth {
    pub id: String,
    pub port: Option<i32>,
    /// healthy, unhealthy, initial, draining, unused, unavailable.
    pub state: Option<String>,
    /// Target.Timeout, Target.ResponseCodeMismatch, Target.FailedHealthChecks, ...
    pub reason: Option<String>,
    pub description: Option<String>,
}

/// Another stopped task of the same service: what it takes to tell whether it stopped the same way.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecentStop {
    pub task_arn: Option<String>,
    pub task_definition_arn: Option<String>,
    pub stop_code: Option<String>,
    pub stopped_reason: Option<String>,
    pub stopped_at: Option<String>,
    pub containers: Vec<ContainerState>,
}

impl From<&Task> for RecentStop {
    fn from(t: &Task) -> Self {
        RecentStop {
            task_arn: t.task_arn.clone(),
            task_definition_arn: t.task_definition_arn.clone(),
            stop_code: t.stop_code.clone(),
            stopped_reason: t.stopped_reason.clone(),
            stopped_at: t.stopped_at.clone(),
            containers: t
                .containers
                .iter()
                .map(|c| ContainerState {
                    name: c.name.clone(),
                    exit_code: c.exit_code,
                    reason: c.reason.clone(),
                    last_status: c.last_status.clone(),
                    ..Default::default()
                })
                .collect(),
        }
    }
}

/// The task as the event (or DescribeTasks) described it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Task {
    pub task_arn: Option<String>,
    pub cluster_arn: Option<String>,
    pub task_definition_arn: Option<String>,
    pub launch_type: Option<String>,
    pub capacity_provider: Option<String>,
    pub platform_version: Option<String>,
    pub platform_family: Option<String>,
    pub availability_zone: Option<String>,
    pub group: Option<String>,
    pub started_by: Option<String>,
    pub last_status: Option<String>,
    pub stop_code: Option<String>,
    pub stopped_reason: Option<String>,
    pub stopped_at: Option<String>,
    /// Lifecycle timestamps (ISO 8601): how long the task waited, pulled and ran (`crate::stop`).
    pub created_at: Option<String>,
    pub pull_started_at: Option<String>,
    pub pull_stopped_at: Option<String>,
    pub started_at: Option<String>,
    pub stopping_at: Option<String>,
    pub execution_stopped_at: Option<String>,
    pub container_instance_arn: Option<String>,
    pub cpu_architecture: Option<String>,
    /// The task's memory in MiB as the event or DescribeTasks gives it ("1024"): a memory kill
    /// is read against it when the task definition could not be read.
    pub memory: Option<String>,
    pub ephemeral_storage_gib: Option<i64>,
    pub subnet_id: Option<String>,
    pub eni_id: Option<String>,
    pub private_ip: Option<String>,
    /// The Amazon EBS volumes ECS creates and attaches for the task (`configuredAtLaunch`
    /// volumes): where ECS says why one could not be attached.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ebs_volumes: Vec<EbsAttachment>,
    pub containers: Vec<ContainerState>,
    /// `detail.version` of the event (dedup key with the task ARN).
    pub version: Option<i64>,
}

impl Task {
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_arn
            .as_deref()
            .map(|a| a.rsplit('/').next().unwrap_or(a))
    }
    /// The service name from `group: service:NAME`.
    pub fn service_name(&self) -> Option<&str> {
        self.group.as_deref()?.strip_prefix("service:")
    }
    /// The Managed Daemon a daemon event is about (`daemon:NAME`).
    pub fn daemon_name(&self) -> Option<&str> {
        self.group.as_deref()?.strip_prefix("daemon:")
    }
    /// The container instance an instance health event is about (`instance:ID`): no task ran.
    pub fn instance_name(&self) -> Option<&str> {
        self.group.as_deref()?.strip_prefix("instance:")
    }
    pub fn task_id(&self) -> Option<&str> {
        self.task_arn
            .as_deref()
            .map(|a| a.rsplit('/').next().unwrap_or(a))
    }
    pub fn is_fargate(&self) -> bool {
        self.launch_type.as_deref() == Some("FARGATE")
            || self
                .capacity_provider
                .as_deref()
                .is_some_and(|c| c.starts_with("FARGATE"))
    }
}

/// One `attachments[]` entry of type `AmazonElasticBlockStorage` (DescribeTasks and the task
/// state change event): the volume ECS manages for the task, and its state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EbsAttachment {
    /// The task definition's volume name (`details[volumeName]`).
    pub volume_name: Option<String>,
    pub volume_id: Option<String>,
    /// The ECS infrastructure role the volume is managed with (`details[roleArn]`).
    pub role_arn: Option<String>,
    /// The attachment's status: PRECREATED, CREATED, ATTACHING, ATTACHED, DETACHING, DETACHED,
    /// DELETED or FAILED.
    pub status: Option<String>,
    /// Why the volume could not be created or attached (`details[statusReason]`, set only when
    /// it failed).
    pub status_reason: Option<String>,
}

impl EbsAttachment {
    /// From the attachment's status and its `details` name/value pairs.
    pub fn from_details<'a>(
        status: Option<&str>,
        details: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let mut a = EbsAttachment {
            status: status.map(str::to_string),
            ..EbsAttachment::default()
        };
        for (name, value) in details {
            let slot = match name {
                "volumeName" => &mut a.volume_name,
                "volumeId" => &mut a.volume_id,
                "roleArn" => &mut a.role_arn,
                "statusReason" => &mut a.status_reason,
                _ => continue,
            };
            *slot = Some(value.to_string()).filter(|v| !v.is_empty());
        }
        a
    }

    pub fn failed(&self) -> bool {
        self.status.as_deref() == Some("FAILED") || self.status_reason.is_some()
    }
}

/// The attachment type ECS gives a task's EBS volume.
pub const EBS_ATTACHMENT: &str = "AmazonElasticBlockStorage";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContainerState {
    pub name: String,
    pub image: Option<String>,
    pub image_digest: Option<String>,
    pub last_status: Option<String>,
    pub exit_code: Option<i64>,
    pub reason: Option<String>,
    /// HEALTHY, UNHEALTHY or UNKNOWN (containers with a health check).
    pub health_status: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskDefinition {
    pub arn: Option<String>,
    pub family: Option<String>,
    pub revision: Option<i32>,
    pub execution_role_arn: Option<String>,
    pub task_role_arn: Option<String>,
    pub network_mode: Option<String>,
    pub requires_compatibilities: Vec<String>,
    pub cpu: Option<String>,
    pub memory: Option<String>,
    pub cpu_architecture: Option<String>,
    pub os_family: Option<String>,
    pub ephemeral_storage_gib: Option<i32>,
    pub containers: Vec<ContainerDefinition>,
    pub volumes: Vec<Volume>,
    /// Tags of the task definition (DescribeTaskDefinition `include=TAGS`): routing to teams.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, String>,
}

/// A task definition's `cpu` in CPU units, written as units ("256") or vCPU ("0.25 vCPU"), as
/// ECS accepts it.
pub fn cpu_units(v: &str) -> Option<i64> {
    amount(v, "vcpu", 1024.0)
}

/// A task definition's `memory` in MiB, written as MiB ("512") or GB ("1 GB"), as ECS accepts it.
pub fn memory_mib(v: &str) -> Option<i64> {
    amount(v, "gb", 1024.0)
}

fn amount(v: &str, unit: &str, factor: f64) -> Option<i64> {
    let lower = v.trim().to_ascii_lowercase();
    match lower.strip_suffix(unit) {
        Some(n) => n.trim().parse::<f64>().ok().map(|n| (n * factor) as i64),
        None => lower.parse().ok(),
    }
}

impl TaskDefinition {
    /// What placing one task reserves: the task-level `cpu` and `memory` when set (units or
    /// vCPU, MiB or GB, as ECS accepts them), else the sum over its containers (each container's
    /// `memoryReservation` when it has one, else its `memory`; its `cpu`).
    pub fn reservation(&self) -> Reservation {
        let sum = |each: &dyn Fn(&ContainerDefinition) -> Option<i32>| {
            let values: Vec<i64> = self
                .containers
                .iter()
                .filter_map(each)
                .map(i64::from)
                .collect();
            (!values.is_empty()).then(|| values.iter().sum())
        };
        Reservation {
            cpu: self
                .cpu
                .as_deref()
                .and_then(cpu_units)
                .or_else(|| sum(&|c| c.cpu)),
            memory: self
                .memory
                .as_deref()
                .and_then(memory_mib)
                .or_else(|| sum(&|c| c.memory_reservation.or(c.memory))),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContainerDefinition {
    pub name: String,
    pub image: String,
    pub essential: Option<bool>,
    pub memory: Option<i32>,
    pub memory_reservation: Option<i32>,
    /// CPU units reserved for the container (EC2 placement counts them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    pub command: Vec<String>,
    pub entry_point: Vec<String>,
    pub secrets: Vec<SecretReference>,
    /// `repositoryCredentials.credentialsParameter`.
    pub repository_credentials: Option<String>,
    pub log_driver: Option<String>,
    pub log_options: BTreeMap<String, String>,
    /// `environmentFiles[].value` (S3 object ARNs).
    pub environment_files: Vec<String>,
    pub depends_on: Vec<Dependency>,
    pub start_timeout: Option<i32>,
    pub has_health_check: bool,
    /// The container's `healthCheck`, when it has one.
    pub health_check: Option<HealthCheck>,
    /// `portMappings[].containerPort`.
    pub container_ports: Vec<i32>,
    /// `readonlyRootFilesystem`: what the log's "Read-only file system" is checked against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readonly_root_filesystem: Option<bool>,
    /// `user` ("1000", "app:app"); `None` runs as the image's USER.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// `mountPoints`: which paths are volumes, and which of them read-only.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mount_points: Vec<MountPoint>,
    /// `linuxParameters.sharedMemorySize` in MiB (/dev/shm; EC2 launch type only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_memory_size: Option<i32>,
    /// The names of `environment[]`, never their values (a value may be a credential): what a
    /// log's missing variable is checked against, beside `secrets`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub environment_names: Vec<String>,
}

/// A volume mounted into a container (`mountPoints[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MountPoint {
    pub source_volume: String,
    pub container_path: String,
    pub read_only: bool,
}

/// A container health check as the task definition states it (ECS defaults when unset:
/// interval 30 s, timeout 5 s, retries 3, startPeriod 0).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HealthCheck {
    pub command: Vec<String>,
    pub interval: Option<i32>,
    pub timeout: Option<i32>,
    pub retries: Option<i32>,
    pub start_period: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SecretReference {
    pub name: String,
    pub value_from: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dependency {
    pub container: String,
    pub condition: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Volume {
    pub name: String,
    /// `configuredAtLaunch`: the volume (an Amazon EBS volume) is configured by the service or
    /// RunTask, not by the task definition.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub configured_at_launch: bool,
    pub efs_file_system_id: Option<String>,
    pub efs_access_point_id: Option<String>,
    pub efs_iam_authorization: bool,
    pub efs_transit_encryption: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceInfo {
    pub name: String,
    pub describe: Fetched<ServiceDetail>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceDetail {
    pub arn: Option<String>,
    pub launch_type: Option<String>,
    pub platform_version: Option<String>,
    pub subnets: Vec<String>,
    pub security_groups: Vec<String>,
    pub assign_public_ip: Option<bool>,
    pub health_check_grace_period_seconds: Option<i32>,
    pub target_group_arns: Vec<String>,
    /// `loadBalancers[]`: the container and port each target group sends to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub load_balancer_targets: Vec<LoadBalancerTarget>,
    pub tags: BTreeMap<String, String>,
    /// The service's deployments as DescribeServices lists them (PRIMARY first): which task
    /// definition a circuit breaker rolled back to.
    pub deployments: Vec<Deployment>,
    /// The `volumeConfigurations` of the deployment that started the task (else the PRIMARY one):
    /// the EBS volumes ECS creates for each task.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ebs_volumes: Vec<EbsVolumeConfig>,
}

/// One `volumeConfigurations[].managedEBSVolume` of a service deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EbsVolumeConfig {
    /// The task definition's volume it fills.
    pub name: String,
    /// The ECS infrastructure role ECS creates and attaches the volume with.
    pub role_arn: Option<String>,
    pub encrypted: Option<bool>,
    pub kms_key_id: Option<String>,
    pub snapshot_id: Option<String>,
    pub size_gib: Option<i32>,
    pub volume_type: Option<String>,
    pub filesystem_type: Option<String>,
}

/// One `loadBalancers[]` entry of a service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoadBalancerTarget {
    pub target_group_arn: Option<String>,
    pub container_name: Option<String>,
    pub container_port: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Deployment {
    pub id: String,
    /// PRIMARY, ACTIVE or INACTIVE.
    pub status: Option<String>,
    pub task_definition: Option<String>,
    /// IN_PROGRESS, COMPLETED or FAILED.
    pub rollout_state: Option<String>,
    pub rollout_state_reason: Option<String>,
    pub failed_tasks: Option<i32>,
}

/// A service-level event that started the diagnosis (`ECS Service Action`, `ECS Deployment
/// State Change`): what ECS said about the service, beside the task it stopped, if any.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceEvent {
    /// `ECS Service Action` or `ECS Deployment State Change`.
    pub detail_type: String,
    /// SERVICE_TASK_PLACEMENT_FAILURE, SERVICE_TASK_START_IMPAIRED, SERVICE_DEPLOYMENT_FAILED...
    pub event_name: String,
    pub event_type: Option<String>,
    pub reason: Option<String>,
    pub deployment_id: Option<String>,
    pub container_instance_arns: Vec<String>,
    pub capacity_provider_arns: Vec<String>,
    pub at: Option<String>,
    /// `ECS Container Instance Health Change`: the instance's checks that are IMPAIRED.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub impaired_checks: Vec<ImpairedCheck>,
}

/// One IMPAIRED health check of a container instance: its type (CONTAINER_RUNTIME,
/// ACCELERATED_COMPUTE, DAEMON, AGENT_CONNECTIVITY) and ECS's reason, if it gave one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImpairedCheck {
    pub check: String,
    pub reason: Option<String>,
}

impl ImpairedCheck {
    /// What the check being impaired means, in words (the developer guide's
    /// ecs_container_instance_health_events.html).
    pub fn meaning(&self) -> &'static str {
        match self.check.as_str() {
            "CONTAINER_RUNTIME" => "its container runtime (the Docker daemon) is unresponsive",
            "ACCELERATED_COMPUTE" => "a GPU reported a fault",
            "DAEMON" => "a required daemon task failed",
            "AGENT_CONNECTIVITY" => "its ECS agent lost the connection to ECS",
            _ => "one of its health checks failed",
        }
    }
}

/// Where the awsvpc configuration came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AwsvpcSource {
    Service,
    Eni,
    /// bridge/host network mode (EC2): the task uses its container instance's own network
    /// interface, so the instance's subnet, security groups and public IP are the path.
    Instance,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Awsvpc {
    pub source: AwsvpcSource,
    pub subnets: Vec<String>,
    pub security_groups: Vec<String>,
    /// `None` = unknown (service config unavailable and the ENI is gone).
    pub assign_public_ip: Option<bool>,
    pub public_ip: Option<String>,
    /// The task's ENI, usually deleted by the time a STOPPED event is handled (then NotFound).
    pub eni: Fetched<Eni>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Eni {
    pub id: String,
    pub subnet_id: Option<String>,
    pub security_groups: Vec<String>,
    pub private_ip: Option<String>,
    pub public_ip: Option<String>,
    pub status: Option<String>,
}

/// The VPC around the task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Network {
    pub vpc_id: Option<String>,
    pub vpc: Fetched<Vpc>,
    pub dns_support: Fetched<bool>,
    pub dns_hostnames: Fetched<bool>,
    /// DHCP option sets of the account; the VPC's is `vpc.dhcp_options_id`.
    pub dhcp_options: Fetched<Vec<DhcpOptions>>,
    /// Every subnet of the VPC (task, NAT, endpoint subnets).
    pub subnets: Fetched<Vec<Subnet>>,
    pub route_tables: Fetched<Vec<RouteTable>>,
    pub nat_gateways: Fetched<Vec<NatGateway>>,
    pub internet_gateways: Fetched<Vec<InternetGateway>>,
    pub endpoints: Fetched<Vec<VpcEndpoint>>,
    pub security_groups: Fetched<Vec<SecurityGroup>>,
    pub network_acls: Fetched<Vec<NetworkAcl>>,
    /// AWS-managed prefix lists (S3 and DynamoDB gateway endpoints).
    pub prefix_lists: Fetched<Vec<PrefixList>>,
}

impl Network {
    /// A subnet of the VPC by id, when the VPC's subnets were read.
    pub fn subnet(&self, id: &str) -> Option<&Subnet> {
        self.subnets.ok()?.iter().find(|s| s.id == id)
    }
    /// A security group of the VPC by id, when the VPC's groups were read.
    pub fn security_group(&self, id: &str) -> Option<&SecurityGroup> {
        self.security_groups.ok()?.iter().find(|g| g.id == id)
    }
    /// The DNS servers the VPC's DHCP options name instead of the Amazon-provided resolver (empty
    /// when AmazonProvidedDNS is among them, or when they were not read).
    pub fn custom_dns_servers(&self) -> Vec<String> {
        let Some(id) = self.vpc.ok().and_then(|v| v.dhcp_options_id.as_deref()) else {
            return Vec::new();
        };
        let Some(opts) = self
            .dhcp_options
            .ok()
            .and_then(|all| all.iter().find(|d| d.id == id))
        else {
            return Vec::new();
        };
        if opts
            .domain_name_servers
            .iter()
            .any(|s| s == "AmazonProvidedDNS")
        {
            return Vec::new();
        }
        opts.domain_name_servers.clone()
    }
    /// The network ACL of a subnet: the one associated with it, else the VPC's default; when the
    /// ACLs were read.
    pub fn nacl_of(&self, subnet: &str) -> Option<&NetworkAcl> {
        let nacls = self.network_acls.ok()?;
        nacls
            .iter()
            .find(|n| n.subnet_ids.iter().any(|s| s == subnet))
            .or_else(|| nacls.iter().find(|n| n.is_default))
    }
    /// The route table of a subnet: the one explicitly associated with it, else the VPC's main
    /// table; when the route tables were read.
    pub fn route_table_of(&self, subnet: &str) -> Option<&RouteTable> {
        let tables = self.route_tables.ok()?;
        tables
            .iter()
            .find(|t| t.subnet_ids.iter().any(|s| s == subnet))
            .or_else(|| tables.iter().find(|t| t.main))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Vpc {
    pub id: String,
    pub cidrs: Vec<String>,
    pub dhcp_options_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DhcpOptions {
    pub id: String,
    pub domain_name_servers: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Subnet {
    pub id: String,
    pub vpc_id: Option<String>,
    pub availability_zone: Option<String>,
    pub cidr: Option<String>,
    pub available_ips: Option<i32>,
    pub map_public_ip_on_launch: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RouteTable {
    pub id: String,
    pub main: bool,
    pub subnet_ids: Vec<String>,
    pub routes: Vec<Route>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Route {
    pub destination_cidr: Option<String>,
    pub destination_prefix_list: Option<String>,
    /// `igw-…`, `nat-…`, `vpce-…`, `tgw-…`, `pcx-…`, `eni-…`, `local`, …
    pub target: Option<String>,
    /// `active` or `blackhole`.
    pub state: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NatGateway {
    pub id: String,
    pub state: Option<String>,
    pub subnet_id: Option<String>,
    /// `public` or `private`.
    pub connectivity_type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InternetGateway {
    pub id: String,
    pub attached_vpcs: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VpcEndpoint {
    pub id: String,
    /// e.g. `com.amazonaws.us-east-1.ecr.dkr`.
    pub service_name: String,
    /// `Interface`, `Gateway` or `GatewayLoadBalancer`.
    pub endpoint_type: String,
    pub state: Option<String>,
    pub subnet_ids: Vec<String>,
    pub route_table_ids: Vec<String>,
    pub security_group_ids: Vec<String>,
    pub private_dns_enabled: Option<bool>,
    pub policy: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SecurityGroup {
    pub id: String,
    pub name: Option<String>,
    pub ingress: Vec<SgRule>,
    pub egress: Vec<SgRule>,
}

/// One security-group permission (one protocol/port range, several peers).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SgRule {
    /// `-1` (all), `tcp`, `udp`, `icmp`, or a protocol number.
    pub protocol: String,
    pub from_port: Option<i32>,
    pub to_port: Option<i32>,
    pub cidrs: Vec<String>,
    pub ipv6_cidrs: Vec<String>,
    pub prefix_list_ids: Vec<String>,
    pub security_group_ids: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NetworkAcl {
    pub id: String,
    pub is_default: bool,
    pub subnet_ids: Vec<String>,
    pub entries: Vec<NaclEntry>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NaclEntry {
    pub rule_number: i32,
    pub egress: bool,
    /// `-1` (all) or a protocol number (`6` = TCP, `17` = UDP).
    pub protocol: String,
    pub from_port: Option<i32>,
    pub to_port: Option<i32>,
    pub cidr: Option<String>,
    pub ipv6_cidr: Option<String>,
    pub allow: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrefixList {
    pub id: String,
    pub name: String,
    pub cidrs: Vec<String>,
}

/// IAM context.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Iam {
    pub execution_role: Option<RoleInfo>,
    /// The ECS infrastructure role of the service's EBS volumes (`managedEBSVolume.roleArn`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub infrastructure_role: Option<RoleInfo>,
    /// `iam:SimulatePrincipalPolicy` for the execution role and the exact action/resource pairs
    /// the task needs; an error when the caller may not simulate (moto does not implement it).
    pub simulation: Fetched<Vec<SimulationResult>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleInfo {
    pub arn: String,
    pub name: String,
    /// iam:GetRole: NotFound means the role does not exist.
    pub role: Fetched<RoleDetail>,
    pub inline_policies: Fetched<Vec<PolicyDocument>>,
    pub managed_policies: Fetched<Vec<PolicyDocument>>,
    pub permissions_boundary: Option<PolicyDocument>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleDetail {
    /// The trust policy (JSON, decoded).
    pub trust_policy: Option<String>,
    pub permissions_boundary_arn: Option<String>,
}

/// One policy and its document (JSON text, percent-decoded).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PolicyDocument {
    /// Inline policy name, or managed policy ARN.
    pub name: String,
    pub document: Fetched<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SimulationResult {
    pub action: String,
    pub resource: String,
    /// `allowed`, `explicitDeny` or `implicitDeny`.
    pub decision: String,
}

/// One container image and what its registry says about it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageInfo {
    pub container: String,
    pub image: String,
    /// Set when the image is in a private ECR registry.
    pub ecr: Option<EcrImage>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EcrImage {
    pub account: String,
    pub region: String,
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
    /// ecr:DescribeImages: NotFound (`code` says RepositoryNotFoundException or
    /// ImageNotFoundException) means the image does not exist.
    pub describe: Fetched<EcrImageDetail>,
    /// ecr:GetRepositoryPolicy: `Ok(None)` when the repository has no policy.
    pub repository_policy: Fetched<Option<String>>,
    /// ecr:BatchGetImage: the manifest's media type and, for an image index, its platforms.
    pub manifest: Fetched<ImageManifest>,
}

/// What the image's manifest says about the platforms it runs on. Only the platform list is
/// kept, never the manifest itself (layer digests say nothing a check needs).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageManifest {
    pub media_type: Option<String>,
    /// An image index (manifest list) names the platform of each entry. A single-platform
    /// manifest keeps its platform in the config blob, which ECR's API does not return.
    pub index: bool,
    /// The index's platforms, attestation entries (`unknown/unknown`) left out.
    pub platforms: Vec<ImagePlatform>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImagePlatform {
    pub os: String,
    pub architecture: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
}

impl std::fmt::Display for ImagePlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.os, self.architecture)?;
        match &self.variant {
            Some(v) => write!(f, "/{v}"),
            None => Ok(()),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EcrImageDetail {
    pub digest: Option<String>,
    pub size_bytes: Option<i64>,
    pub tags: Vec<String>,
    pub manifest_media_type: Option<String>,
}

/// A secret or parameter the task references (container `secrets` or `repositoryCredentials`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SecretInfo {
    pub container: String,
    /// Environment variable name, or `repositoryCredentials`.
    pub name: String,
    pub value_from: String,
    /// `secretsmanager` or `ssm`.
    pub store: String,
    /// Full ARN when `value_from` has one.
    pub arn: Option<String>,
    /// Secret id or parameter name to look up.
    pub lookup: String,
    pub region: Option<String>,
    pub json_key: Option<String>,
    pub version_stage: Option<String>,
    pub version_id: Option<String>,
    /// secretsmanager:DescribeSecret or ssm:DescribeParameters (metadata only, never the value).
    pub describe: Fetched<SecretMetadata>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SecretMetadata {
    pub arn: Option<String>,
    pub name: Option<String>,
    pub kms_key_id: Option<String>,
    /// Secrets Manager: set when the secret is scheduled for deletion.
    pub deleted_date: Option<String>,
    /// SSM: `String`, `StringList` or `SecureString`.
    pub parameter_type: Option<String>,
    /// Secrets Manager version stages present (`AWSCURRENT`, …).
    pub version_stages: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct KmsKeyInfo {
    /// The key id as referenced by the secret or parameter.
    pub key_id: String,
    pub describe: Fetched<KmsKeyDetail>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct KmsKeyDetail {
    pub arn: Option<String>,
    /// `AWS` or `CUSTOMER`.
    pub manager: Option<String>,
    pub state: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LogGroupInfo {
    pub container: String,
    pub group: String,
    pub region: Option<String>,
    pub create_group: bool,
    /// logs:DescribeLogGroups: true when a group with exactly this name exists.
    pub exists: Fetched<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EfsInfo {
    pub volume: String,
    pub file_system_id: String,
    pub mount_targets: Fetched<Vec<MountTarget>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MountTarget {
    pub id: String,
    pub subnet_id: Option<String>,
    pub availability_zone: Option<String>,
    pub state: Option<String>,
    pub security_groups: Fetched<Vec<String>>,
}

/// EC2 launch type: the container instance and the role it pulls with.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContainerInstanceInfo {
    pub arn: String,
    pub ec2_instance_id: Fetched<String>,
    pub instance: Fetched<Ec2Instance>,
    pub instance_role: Option<RoleInfo>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ec2Instance {
    pub id: String,
    pub subnet_id: Option<String>,
    pub public_ip: Option<String>,
    pub security_groups: Vec<String>,
    pub instance_profile_arn: Option<String>,
}
