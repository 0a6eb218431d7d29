//! The EventBridge `ECS Task State Change` event, as our own tolerant serde types.
//!
//! AWS says it may add fields at any time, and stopped tasks vanish from `DescribeTasks` after about
//! an hour, so the event is the source of truth: every field is optional, unknown fields are
//! ignored, and timestamps stay strings (ISO in events, epoch numbers in DescribeTasks).

use serde::{Deserialize, Serialize};

/// The EventBridge envelope. Generic over the detail so the Lambda can reuse it for other detail
/// types; `aws_lambda_events::eventbridge::EventBridgeEvent` has the same shape.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Envelope<D> {
    pub version: Option<String>,
    pub id: Option<String>,
    pub detail_type: Option<String>,
    pub source: Option<String>,
    pub account: Option<String>,
    pub time: Option<String>,
    pub region: Option<String>,
    pub resources: Vec<String>,
    pub detail: Option<D>,
}

/// `detail` of an `ECS Task State Change` event: the fields ecs-autopsy reads.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TaskDetail {
    pub task_arn: Option<String>,
    pub cluster_arn: Option<String>,
    pub task_definition_arn: Option<String>,
    pub launch_type: Option<String>,
    pub capacity_provider_name: Option<String>,
    pub platform_version: Option<String>,
    pub platform_family: Option<String>,
    pub availability_zone: Option<String>,
    pub group: Option<String>,
    pub started_by: Option<String>,
    pub last_status: Option<String>,
    pub desired_status: Option<String>,
    pub stop_code: Option<String>,
    pub stopped_reason: Option<String>,
    pub stopped_at: Option<String>,
    pub created_at: Option<String>,
    pub pull_started_at: Option<String>,
    pub pull_stopped_at: Option<String>,
    pub started_at: Option<String>,
    pub stopping_at: Option<String>,
    pub execution_stopped_at: Option<String>,
    pub container_instance_arn: Option<String>,
    pub cpu: Option<String>,
    pub memory: Option<String>,
    pub ephemeral_storage: Option<EphemeralStorage>,
    pub attachments: Vec<Attachment>,
    pub attributes: Vec<NameValue>,
    pub containers: Vec<Container>,
    /// Increments per state change; duplicates of one event share it.
    pub version: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EphemeralStorage {
    pub size_in_gi_b: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Attachment {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub status: Option<String>,
    pub details: Vec<NameValue>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct NameValue {
    pub name: Option<String>,
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Container {
    pub name: Option<String>,
    pub image: Option<String>,
    pub image_digest: Option<String>,
    pub last_status: Option<String>,
    pub exit_code: Option<i64>,
    pub reason: Option<String>,
    pub health_status: Option<String>,
}

/// The event types ecs-autopsy handles.
pub const TASK_STATE_CHANGE: &str = "ECS Task State Change";
pub const SERVICE_ACTION: &str = "ECS Service Action";
pub const DEPLOYMENT_STATE_CHANGE: &str = "ECS Deployment State Change";
/// ECS Managed Daemons (2026, Managed Instances): a daemon task that could not start on a
/// container instance (managed-daemons-events.html).
pub const DAEMON_SERVICE_ACTION: &str = "ECS Daemon Service Action";
/// A container instance's health changed (container-instance-health events, 2026): its
/// container runtime, GPUs, daemon tasks or agent connection became IMPAIRED, or recovered.
pub const INSTANCE_HEALTH_CHANGE: &str = "ECS Container Instance Health Change";

/// `detail` of `ECS Service Action` and `ECS Deployment State Change` events (the two share
/// their shape: `eventType`, `eventName`, `reason`; the first names container instances and
/// capacity providers, the second the deployment). The service is `resources[0]`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ServiceDetail {
    pub event_type: Option<String>,
    pub event_name: Option<String>,
    pub cluster_arn: Option<String>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    pub reason: Option<String>,
    pub deployment_id: Option<String>,
    pub capacity_provider_arns: Vec<String>,
    pub container_instance_arns: Vec<String>,
    pub desired_count: Option<i64>,
}

/// A service event, read: the cluster and service it concerns and what ECS said.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceEventInfo {
    pub cluster: String,
    pub service: String,
    pub region: Option<String>,
    pub account: Option<String>,
    pub id: Option<String>,
    pub event: crate::snapshot::ServiceEvent,
}

/// Parses an `ECS Service Action` or `ECS Deployment State Change` event.
pub fn parse_service_event(bytes: &[u8]) -> Result<ServiceEventInfo, EventError> {
    let e: Envelope<ServiceDetail> = from_json(bytes)?;
    let dt = e.detail_type.clone();
    if !matches!(
        dt.as_deref(),
        Some(SERVICE_ACTION | DEPLOYMENT_STATE_CHANGE)
    ) {
        return Err(EventError::WrongType(dt));
    }
    service_event_from(e)
}

/// The service event of an envelope already parsed (the Lambda parses once).
pub fn service_event_from(e: Envelope<ServiceDetail>) -> Result<ServiceEventInfo, EventError> {
    let d = e.detail.ok_or(EventError::NoDetail)?;
    // arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/NAME (the old form service/NAME has no cluster).
    let service_arn = e
        .resources
        .iter()
        .find(|r| r.contains(":service/"))
        .cloned()
        .ok_or(EventError::NoService)?;
    let path = service_arn
        .split_once(":service/")
        .map(|(_, p)| p)
        .unwrap_or("");
    let (cluster_from_arn, service) = match path.split_once('/') {
        Some((c, s)) => (Some(c.to_string()), s.to_string()),
        None => (None, path.to_string()),
    };
    let cluster = d
        .cluster_arn
        .as_deref()
        .map(|a| a.rsplit('/').next().unwrap_or(a).to_string())
        .or(cluster_from_arn)
        .ok_or(EventError::NoService)?;
    Ok(ServiceEventInfo {
        cluster,
        service,
        region: e.region.clone(),
        account: e.account.clone(),
        id: e.id.clone(),
        event: crate::snapshot::ServiceEvent {
            detail_type: e.detail_type.unwrap_or_default(),
            event_name: d.event_name.unwrap_or_default(),
            event_type: d.event_type,
            reason: d.reason,
            deployment_id: d.deployment_id,
            container_instance_arns: d.container_instance_arns,
            capacity_provider_arns: d.capacity_provider_arns,
            at: d.created_at.or(d.updated_at).or(e.time),
            impaired_checks: Vec::new(),
        },
    })
}

/// `detail` of an `ECS Daemon Service Action` event: DAEMON_TASK_START_IMPAIRED with its
/// `failureType`: TASK_FAILED_TO_RUN (the task was created and did not reach RUNNING; `taskArn`
/// names it) or TASK_CREATION_FAILED (no task: CPU, memory or other resources of the instance).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DaemonDetail {
    pub event_type: Option<String>,
    pub event_name: Option<String>,
    pub cluster_arn: Option<String>,
    pub failure_type: Option<String>,
    pub task_arn: Option<String>,
    pub daemon_arn: Option<String>,
    pub reason: Option<String>,
}

/// A daemon event, read: its cluster, the task it names (when one was created) and what ECS
/// said, as a service event of the daemon.
#[derive(Debug, Clone, PartialEq)]
pub struct DaemonEventInfo {
    pub cluster: String,
    /// The daemon's name (from `daemonArn`), `daemon` when the event does not name it.
    pub daemon: String,
    pub task_arn: Option<String>,
    pub region: Option<String>,
    pub account: Option<String>,
    pub id: Option<String>,
    pub event: crate::snapshot::ServiceEvent,
}

/// What the developer guide says each failure type means: the reason when the event gives none.
fn daemon_failure_meaning(failure_type: Option<&str>) -> &'static str {
    match failure_type {
        Some("TASK_CREATION_FAILED") => "the daemon task could not be created on the container instance: insufficient CPU, memory or other resources on the instance",
        Some("TASK_FAILED_TO_RUN") => "the daemon task was created but did not reach RUNNING (an image pull, a health check or an essential container's exit)",
        _ => "a daemon task could not start on a container instance",
    }
}

/// Parses an `ECS Daemon Service Action` event.
pub fn parse_daemon_event(bytes: &[u8]) -> Result<DaemonEventInfo, EventError> {
    let e: Envelope<DaemonDetail> = from_json(bytes)?;
    if e.detail_type.as_deref() != Some(DAEMON_SERVICE_ACTION) {
        return Err(EventError::WrongType(e.detail_type));
    }
    daemon_event_from(e)
}

/// The daemon event of an envelope already parsed (the Lambda parses once).
pub fn daemon_event_from(e: Envelope<DaemonDetail>) -> Result<DaemonEventInfo, EventError> {
    let d = e.detail.ok_or(EventError::NoDetail)?;
    let task_arn = d
        .task_arn
        .clone()
        .or_else(|| e.resources.iter().find(|r| r.contains(":task/")).cloned());
    // The cluster: detail.clusterArn, else the path of a task or container-instance ARN.
    let cluster = d
        .cluster_arn
        .as_deref()
        .map(name_of)
        .or_else(|| task_arn.as_deref().and_then(cluster_in_path))
        .or_else(|| e.resources.iter().find_map(|r| cluster_in_path(r)))
        .ok_or(EventError::NoService)?;
    let daemon = d
        .daemon_arn
        .as_deref()
        .map_or_else(|| "daemon".into(), name_of);
    let meaning = daemon_failure_meaning(d.failure_type.as_deref());
    let reason = match (&d.failure_type, &d.reason) {
        (Some(t), Some(r)) => format!("{t}: {r}"),
        (Some(t), None) => format!("{t}: {meaning}"),
        (None, Some(r)) => r.clone(),
        (None, None) => meaning.to_string(),
    };
    Ok(DaemonEventInfo {
        cluster,
        daemon,
        task_arn,
        region: e.region.clone(),
        account: e.account.clone(),
        id: e.id.clone(),
        event: crate::snapshot::ServiceEvent {
            detail_type: DAEMON_SERVICE_ACTION.into(),
            event_name: d.event_name.unwrap_or_default(),
            event_type: d.event_type,
            reason: Some(reason),
            at: e.time,
            ..Default::default()
        },
    })
}

/// `detail` of an `ECS Container Instance Health Change` event
/// (ecs_container_instance_health_events.html): the instance, its overall status and each health
/// check's type (CONTAINER_RUNTIME, ACCELERATED_COMPUTE, DAEMON, AGENT_CONNECTIVITY), status and
/// reason ("XID_46", "Daemon task: … is unhealthy", "Agent disconnected since …").
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct InstanceHealthDetail {
    pub cluster_arn: Option<String>,
    pub container_instance_arn: Option<String>,
    pub capacity_provider_name: Option<String>,
    pub ec2_instance_id: Option<String>,
    pub overall_status: Option<String>,
    pub health_checks: Vec<InstanceHealthCheck>,
}

/// One health check of a container instance, as the event gives it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct InstanceHealthCheck {
    #[serde(rename = "type")]
    pub check: Option<String>,
    pub status: Option<String>,
    pub status_reason: Option<String>,
    pub last_status_change: Option<String>,
}

/// A container instance health event, read: the instance, its overall status and what ECS said,
/// as an event of the cluster (its reason names each impaired check).
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceHealthInfo {
    pub cluster: String,
    /// The EC2 instance id, else the container instance's id.
    pub instance: String,
    /// OK, IMPAIRED, INSUFFICIENT_DATA or INITIALIZING.
    pub overall_status: String,
    pub region: Option<String>,
    pub account: Option<String>,
    pub id: Option<String>,
    pub event: crate::snapshot::ServiceEvent,
}

impl InstanceHealthInfo {
    /// Why the event is no failure, in words; `None` when the instance is impaired (OK is a
    /// recovery, INSUFFICIENT_DATA and INITIALIZING are not known yet).
    pub fn not_a_failure(&self) -> Option<String> {
        let status = match self.overall_status.as_str() {
            "IMPAIRED" => return None,
            "" => "without a status",
            s => s,
        };
        Some(format!(
            "container instance {} is {status}: not a failure",
            self.instance
        ))
    }
}

/// Parses an `ECS Container Instance Health Change` event.
pub fn parse_instance_health_event(bytes: &[u8]) -> Result<InstanceHealthInfo, EventError> {
    let e: Envelope<InstanceHealthDetail> = from_json(bytes)?;
    if e.detail_type.as_deref() != Some(INSTANCE_HEALTH_CHANGE) {
        return Err(EventError::WrongType(e.detail_type));
    }
    instance_health_from(e)
}

/// The container instance health event of an envelope already parsed (the Lambda parses once).
pub fn instance_health_from(
    e: Envelope<InstanceHealthDetail>,
) -> Result<InstanceHealthInfo, EventError> {
    let d = e.detail.ok_or(EventError::NoDetail)?;
    let instance_arn = d.container_instance_arn.clone().or_else(|| {
        e.resources
            .iter()
            .find(|r| r.contains(":container-instance/"))
            .cloned()
    });
    let cluster = d
        .cluster_arn
        .as_deref()
        .map(name_of)
        .or_else(|| instance_arn.as_deref().and_then(cluster_in_path))
        .ok_or(EventError::NoCluster)?;
    let instance = d
        .ec2_instance_id
        .clone()
        .or_else(|| instance_arn.as_deref().map(name_of))
        .unwrap_or_else(|| "container instance".into());
    let overall_status = d.overall_status.clone().unwrap_or_default();
    let impaired: Vec<crate::snapshot::ImpairedCheck> = d
        .health_checks
        .iter()
        .filter(|c| c.status.as_deref() == Some("IMPAIRED"))
        .map(|c| crate::snapshot::ImpairedCheck {
            check: c.check.clone().unwrap_or_default(),
            reason: c.status_reason.clone(),
        })
        .collect();
    // "CHECK IMPAIRED (why)": ECS's reason, else what the check means.
    let checks: Vec<String> = impaired
        .iter()
        .map(|c| {
            let why = c.reason.as_deref().unwrap_or_else(|| c.meaning());
            format!("{} IMPAIRED ({why})", c.check)
        })
        .collect();
    let mut reason = format!("container instance {instance} is {overall_status}");
    if let Some(cp) = &d.capacity_provider_name {
        reason.push_str(&format!(" (capacity provider {cp})"));
    }
    if !checks.is_empty() {
        reason.push_str(": ");
        reason.push_str(&checks.join("; "));
    }
    Ok(InstanceHealthInfo {
        cluster,
        instance,
        overall_status,
        region: e.region.clone(),
        account: e.account.clone(),
        id: e.id.clone(),
        event: crate::snapshot::ServiceEvent {
            detail_type: INSTANCE_HEALTH_CHANGE.into(),
            event_name: "CONTAINER_INSTANCE_HEALTH_CHANGE".into(),
            event_type: None,
            reason: Some(reason),
            container_instance_arns: instance_arn.into_iter().collect(),
            impaired_checks: impaired,
            at: d
                .health_checks
                .iter()
                .find_map(|c| c.last_status_change.clone())
                .or(e.time),
            ..Default::default()
        },
    })
}

/// The name an ARN ends with (`cluster/NAME`, `daemon/NAME`), or the text when it is no ARN.
fn name_of(text: &str) -> String {
    crate::arn::Arn::parse(text)
        .map_or(text, |a| a.name())
        .to_string()
}

/// The cluster in the path of a task or container-instance ARN (`task/CLUSTER/ID`).
fn cluster_in_path(text: &str) -> Option<String> {
    let arn = crate::arn::Arn::parse(text)?;
    let mut parts = arn.resource.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("task" | "container-instance"), Some(cluster), Some(_)) => Some(cluster.to_string()),
        _ => None,
    }
}

/// Why an event cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    #[error("the event is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Valid JSON, but not an object: an EventBridge event always is one.
    #[error("the event is a JSON {0}, not an object: an EventBridge event is a JSON object with detail-type and detail")]
    NotObject(&'static str),
    /// A JSON object whose fields do not have the types ECS sends (a number for an ARN).
    #[error("the event does not have the shape of an ECS event: {0}")]
    Shape(serde_json::Error),
    #[error("{}", wrong_type(.0.as_deref()))]
    WrongType(Option<String>),
    #[error("the event has no detail")]
    NoDetail,
    #[error(
        "the service event names no service (resources[] has no service ARN, detail no clusterArn)"
    )]
    NoService,
    #[error("the container instance event names no cluster (detail has no clusterArn, resources[] no container-instance ARN)")]
    NoCluster,
}

fn wrong_type(detail_type: Option<&str>) -> String {
    match detail_type {
        None => "the event has no detail-type: it is not an EventBridge event from ECS".into(),
        Some(t) => format!("this is an \"{t}\" event, not an \"{TASK_STATE_CHANGE}\""),
    }
}

/// Strips a UTF-8 byte order mark: editors on Windows save event files with one.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Deserializes an event, saying in words when the JSON is valid but not an object (serde would
/// name the type it expected, an internal struct's name).
fn from_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, EventError> {
    let bytes = strip_bom(bytes);
    serde_json::from_slice(bytes).map_err(|e| {
        let kind = match serde_json::from_slice::<serde_json::Value>(bytes) {
            Ok(serde_json::Value::Array(_)) => "array",
            Ok(serde_json::Value::Null) => "null",
            Ok(serde_json::Value::String(_)) => "string",
            Ok(serde_json::Value::Number(_)) => "number",
            Ok(serde_json::Value::Bool(_)) => "boolean",
            Ok(serde_json::Value::Object(_)) => return EventError::Shape(e),
            Err(_) => return EventError::Json(e),
        };
        EventError::NotObject(kind)
    })
}

/// The detail-type of an EventBridge event, without parsing the rest.
pub fn detail_type(bytes: &[u8]) -> Result<Option<String>, EventError> {
    #[derive(Deserialize)]
    struct Head {
        #[serde(rename = "detail-type")]
        detail_type: Option<String>,
    }
    let head: Head = from_json(bytes)?;
    Ok(head.detail_type)
}

/// Parses an EventBridge event and checks it is an `ECS Task State Change`.
pub fn parse_task_event(bytes: &[u8]) -> Result<Envelope<TaskDetail>, EventError> {
    let mut event: Envelope<TaskDetail> = from_json(bytes)?;
    if event.detail_type.as_deref() != Some(TASK_STATE_CHANGE) {
        return Err(EventError::WrongType(event.detail_type));
    }
    let resources = event.resources.clone();
    let Some(detail) = event.detail.as_mut() else {
        return Err(EventError::NoDetail);
    };
    detail.fill_from_resources(&resources);
    Ok(event)
}

impl TaskDetail {
    /// Some events carry the task's ARN only in the envelope's `resources` (hand-written
    /// samples, some replays): take it from there, so that the diagnosis and the dedup key
    /// name the task (two such events would otherwise share the key `event##N`).
    pub fn fill_from_resources(&mut self, resources: &[String]) {
        if self.task_arn.as_deref().is_none_or(|a| a.trim().is_empty()) {
            self.task_arn = resources.iter().find(|r| r.contains(":task/")).cloned();
        }
        if self.cluster_arn.is_none() {
            // arn:aws:ecs:REGION:ACCOUNT:task/CLUSTER/ID → the cluster's ARN.
            self.cluster_arn = self.task_arn.as_deref().and_then(|a| {
                let (head, rest) = a.split_once(":task/")?;
                let (cluster, _) = rest.split_once('/')?;
                Some(format!("{head}:cluster/{cluster}"))
            });
        }
    }

    /// The value of a detail of the task's ENI attachment (`subnetId`, `networkInterfaceId`, ...).
    pub fn eni_detail(&self, name: &str) -> Option<&str> {
        self.attachments
            .iter()
            .filter(|a| {
                a.kind.as_deref() == Some("eni")
                    || a.kind.as_deref() == Some("ElasticNetworkInterface")
            })
            .flat_map(|a| &a.details)
            .find(|d| d.name.as_deref() == Some(name))
            .and_then(|d| d.value.as_deref())
    }

    /// `(container name, reason)` for every container that has a reason.
    pub fn container_reasons(&self) -> Vec<(&str, &str)> {
        self.containers
            .iter()
            .filter_map(|c| Some((c.name.as_deref().unwrap_or("?"), c.reason.as_deref()?)))
            .collect()
    }
}

impl TaskDetail {
    /// The task as the snapshot records it.
    pub fn to_task(&self) -> crate::snapshot::Task {
        crate::snapshot::Task {
            task_arn: self.task_arn.clone(),
            cluster_arn: self.cluster_arn.clone(),
            task_definition_arn: self.task_definition_arn.clone(),
            launch_type: self.launch_type.clone(),
            capacity_provider: self.capacity_provider_name.clone(),
            platform_version: self.platform_version.clone(),
            platform_family: self.platform_family.clone(),
            availability_zone: self.availability_zone.clone(),
            group: self.group.clone(),
            started_by: self.started_by.clone(),
            last_status: self.last_status.clone(),
            stop_code: self.stop_code.clone(),
            stopped_reason: self.stopped_reason.clone(),
            stopped_at: self.stopped_at.clone(),
            created_at: self.created_at.clone(),
            pull_started_at: self.pull_started_at.clone(),
            pull_stopped_at: self.pull_stopped_at.clone(),
            started_at: self.started_at.clone(),
            stopping_at: self.stopping_at.clone(),
            execution_stopped_at: self.execution_stopped_at.clone(),
            container_instance_arn: self.container_instance_arn.clone(),
            cpu_architecture: self
                .attributes
                .iter()
                .find(|a| a.name.as_deref() == Some("ecs.cpu-architecture"))
                .and_then(|a| a.value.clone()),
            memory: self.memory.clone(),
            ephemeral_storage_gib: self.ephemeral_storage.as_ref().and_then(|e| e.size_in_gi_b),
            subnet_id: self.eni_detail("subnetId").map(str::to_string),
            eni_id: self.eni_detail("networkInterfaceId").map(str::to_string),
            private_ip: self.eni_detail("privateIPv4Address").map(str::to_string),
            ebs_volumes: self
                .attachments
                .iter()
                .filter(|a| a.kind.as_deref() == Some(crate::snapshot::EBS_ATTACHMENT))
                .map(|a| {
                    crate::snapshot::EbsAttachment::from_details(
                        a.status.as_deref(),
                        a.details
                            .iter()
                            .filter_map(|d| Some((d.name.as_deref()?, d.value.as_deref()?))),
                    )
                })
                .collect(),
            containers: self
                .containers
                .iter()
                .map(|c| crate::snapshot::ContainerState {
                    name: c.name.clone().unwrap_or_default(),
                    image: c.image.clone(),
                    image_digest: c.image_digest.clone(),
                    last_status: c.last_status.clone(),
                    exit_code: c.exit_code,
                    reason: c.reason.clone(),
                    health_status: c.health_status.clone(),
                })
                .collect(),
            version: self.version,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_event_parses() {
        let e = parse_task_event(include_bytes!(
            "../../events/task-stopped-cannot-pull-network.json"
        ))
        .unwrap();
        let d = e.detail.unwrap();
        assert_eq!(d.stop_code.as_deref(), Some("TaskFailedToStart"));
        assert_eq!(d.eni_detail("subnetId"), Some("subnet-0ffaf57206ab92280"));
        assert_eq!(d.container_reasons().len(), 1);
        assert_eq!(d.ephemeral_storage.unwrap().size_in_gi_b, Some(20));
    }

    #[test]
    fn an_ebs_attachment_is_read_with_its_reason() {
        // The attachment as the AWS CLI's run-task example shows it, FAILED with the statusReason
        // of the ECS guide's EBS troubleshooting page, beside the task's ENI.
        let e = parse_task_event(
            br#"{"detail-type":"ECS Task State Change","resources":["arn:aws:ecs:us-east-1:111122223333:task/prod/0123456789abcdef0123456789abcdef"],"detail":{"lastStatus":"STOPPED","stopCode":"TaskFailedToStart","attachments":[
                {"id":"a1","type":"eni","status":"DELETED","details":[{"name":"subnetId","value":"subnet-1"}]},
                {"id":"a2","type":"AmazonElasticBlockStorage","status":"FAILED","details":[
                    {"name":"roleArn","value":"arn:aws:iam::111122223333:role/ecsInfrastructureRole"},
                    {"name":"volumeName","value":"data"},
                    {"name":"deleteOnTermination","value":"true"},
                    {"name":"statusReason","value":"ECS timed out while configuring the EBS volume attachment to your Task"}]}]}}"#,
        )
        .unwrap();
        let task = e.detail.unwrap().to_task();
        assert_eq!(task.subnet_id.as_deref(), Some("subnet-1"));
        let [v] = task.ebs_volumes.as_slice() else {
            panic!("one EBS attachment: {:?}", task.ebs_volumes)
        };
        assert_eq!(v.volume_name.as_deref(), Some("data"));
        assert_eq!(
            v.role_arn.as_deref(),
            Some("arn:aws:iam::111122223333:role/ecsInfrastructureRole")
        );
        assert!(v.failed());
        assert!(v
            .status_reason
            .as_deref()
            .unwrap()
            .starts_with("ECS timed out"));
    }

    #[test]
    fn bad_events_are_errors_not_panics() {
        assert!(matches!(parse_task_event(b"{"), Err(EventError::Json(_))));
        // Valid JSON of another shape is said in words, never with serde's internal names.
        for (bytes, kind) in [
            (&b"[1]"[..], "array"),
            (b"null", "null"),
            (b"\"x\"", "string"),
        ] {
            let e = detail_type(bytes).unwrap_err();
            assert!(matches!(e, EventError::NotObject(k) if k == kind), "{e}");
            assert!(!e.to_string().contains("struct"), "{e}");
            assert!(parse_task_event(bytes).is_err());
        }
        let e = detail_type(b"[1]").unwrap_err().to_string();
        assert!(e.contains("JSON array, not an object"), "{e}");
        let e =
            parse_task_event(br#"{"detail-type":"ECS Task State Change","detail":{"taskArn":5}}"#)
                .unwrap_err();
        assert!(matches!(e, EventError::Shape(_)), "{e}");
        assert!(
            e.to_string()
                .starts_with("the event does not have the shape"),
            "{e}"
        );
        assert!(matches!(
            parse_task_event(
                br#"{"detail-type":"ECS Container Instance State Change","detail":{}}"#
            ),
            Err(EventError::WrongType(_))
        ));
        assert!(matches!(
            parse_task_event(br#"{"detail-type":"ECS Task State Change"}"#),
            Err(EventError::NoDetail)
        ));
        let e = parse_task_event(
            br#"{"detail-type":"ECS Task State Change","detail":{"containers":[{}],"new":1}}"#,
        )
        .unwrap();
        assert!(e.detail.unwrap().container_reasons().is_empty());
    }

    #[test]
    fn a_byte_order_mark_is_not_an_error() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(include_bytes!("../../events/task-stopped-app-exit.json"));
        assert!(parse_task_event(&bytes).is_ok());
        assert_eq!(
            detail_type(&bytes).unwrap().as_deref(),
            Some(TASK_STATE_CHANGE)
        );
    }

    #[test]
    fn the_wrong_event_type_is_named_in_plain_words() {
        let e = parse_task_event(br#"{"detail-type":"ECS Service Action","detail":{}}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "this is an \"ECS Service Action\" event, not an \"ECS Task State Change\""
        );
        assert!(!e.contains("Some("));
        let e = parse_task_event(br#"{"detail":{}}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("no detail-type"), "{e}");
    }

    #[test]
    fn the_task_arn_falls_back_to_the_resources() {
        let e = parse_task_event(
            br#"{"detail-type":"ECS Task State Change",
                 "resources":["arn:aws:ecs:eu-west-1:111122223333:task/prod/0123abcd"],
                 "detail":{"lastStatus":"STOPPED"}}"#,
        )
        .unwrap();
        let d = e.detail.unwrap();
        assert_eq!(
            d.task_arn.as_deref(),
            Some("arn:aws:ecs:eu-west-1:111122223333:task/prod/0123abcd")
        );
        assert_eq!(
            d.cluster_arn.as_deref(),
            Some("arn:aws:ecs:eu-west-1:111122223333:cluster/prod")
        );
    }

    #[test]
    fn an_instance_health_event_names_its_cluster_and_instance_from_what_it_has() {
        // Without detail.clusterArn and ec2InstanceId, the container-instance ARN in resources
        // gives both; without any of them, the event says what is missing in words.
        let info = parse_instance_health_event(
            br#"{"detail-type":"ECS Container Instance Health Change","resources":["arn:aws:ecs:us-west-2:123456789012:container-instance/gpu/0a1b2c3d"],
                 "detail":{"overallStatus":"IMPAIRED","healthChecks":[{"type":"ACCELERATED_COMPUTE","status":"IMPAIRED"},{"type":"CONTAINER_RUNTIME","status":"OK"}]}}"#,
        )
        .unwrap();
        assert_eq!(
            (info.cluster.as_str(), info.instance.as_str()),
            ("gpu", "0a1b2c3d")
        );
        assert_eq!(info.not_a_failure(), None);
        assert_eq!(info.event.impaired_checks.len(), 1);
        assert_eq!(
            info.event.reason.as_deref(),
            Some("container instance 0a1b2c3d is IMPAIRED: ACCELERATED_COMPUTE IMPAIRED (a GPU reported a fault)")
        );
        let e = parse_instance_health_event(
            br#"{"detail-type":"ECS Container Instance Health Change","detail":{"overallStatus":"IMPAIRED"}}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("names no cluster"), "{e}");
    }
}
