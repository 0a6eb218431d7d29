//! What to diagnose, decided from the input, for every front end (the CLI, the Lambda): an
//! EventBridge event is parsed here once ([`event`]), and [`from_event`] says whether to gather
//! around a task or a service, to diagnose the event alone, or that it is not a failure.

pub mod event;

use crate::gather::Target;
use crate::snapshot::{ServiceEvent, Snapshot, Task};
use event::{EventError, ServiceEventInfo};

/// The region of an ARN (`arn:aws:ecs:REGION:…`), if the text is one.
pub fn arn_region(arn: &str) -> Option<String> {
    crate::arn::region_of(Some(arn))
}

/// The account of an ARN (`arn:aws:ecs:REGION:ACCOUNT:…`), if the text is one.
pub fn arn_account(arn: &str) -> Option<String> {
    crate::arn::account_of(Some(arn))
}

/// How to read a task of another account: the member stack's reader role, or one role. Shared
/// by every front end's command line that reads AWS (the CLI's commands, `mcp`).
#[cfg(feature = "cli")]
#[derive(Debug, Clone, clap::Args)]
pub struct AccessArgs {
    /// For a task of another account (from the event or the ARN): assume this role name in it
    /// (`arn:aws:iam::ACCOUNT:role/NAME`, the member stack's reader role).
    #[arg(long, value_name = "NAME", conflicts_with = "role_arn")]
    assume_role_name: Option<String>,
    /// For a task of another account: assume this role.
    #[arg(long, value_name = "ARN")]
    role_arn: Option<String>,
    /// The ExternalId the member role requires, if any.
    #[arg(long, value_name = "ID")]
    external_id: Option<String>,
}

#[cfg(feature = "cli")]
impl AccessArgs {
    /// The way into other accounts these options name.
    pub fn way(&self) -> crate::gather::Way {
        crate::gather::Way {
            member_role_name: self.assume_role_name.clone(),
            role_arn: self.role_arn.clone(),
            external_id: self.external_id.clone(),
        }
    }
}

/// What an event asks for.
#[derive(Debug)]
pub enum FromEvent {
    /// Gather around `target` in `region` (the event's, unless overridden) and diagnose.
    Gather {
        target: Box<Target>,
        region: Option<String>,
        /// The service event that named the target (kept in the snapshot for the report).
        service_event: Option<Box<ServiceEvent>>,
        /// What to diagnose when the target cannot be gathered (a service whose stopped tasks
        /// have expired or cannot be listed): the event alone, rather than nothing.
        fallback: Option<Box<Snapshot>>,
    },
    /// The event is the whole evidence (no task ran): diagnose this snapshot.
    Snapshot(Box<Snapshot>),
    /// A service event that is not a failure: nothing to diagnose (why, in words).
    NotAFailure(String),
}

/// Reads an EventBridge event (a task state change, or a service or deployment event).
/// `region` overrides the event's.
pub fn from_event(bytes: &[u8], region: Option<String>) -> Result<FromEvent, EventError> {
    let detail_type = event::detail_type(bytes)?;
    if matches!(
        detail_type.as_deref(),
        Some(event::SERVICE_ACTION | event::DEPLOYMENT_STATE_CHANGE)
    ) {
        let info = event::parse_service_event(bytes)?;
        return Ok(match service_event_kind(&info.event.event_name) {
            None => FromEvent::NotAFailure(format!(
                "{} {} is not a failure: nothing to diagnose",
                info.event.detail_type, info.event.event_name
            )),
            Some(ServiceEventKind::Placement | ServiceEventKind::EventAlone) => {
                FromEvent::Snapshot(Box::new(service_event_snapshot(&info)))
            }
            Some(ServiceEventKind::LastStoppedTask) => FromEvent::Gather {
                region: region.or(info.region.clone()),
                service_event: Some(Box::new(info.event.clone())),
                fallback: Some(Box::new(service_event_snapshot(&info))),
                target: Box::new(Target::Service {
                    cluster: info.cluster,
                    service: info.service,
                }),
            },
        });
    }
    if detail_type.as_deref() == Some(event::DAEMON_SERVICE_ACTION) {
        let info = event::parse_daemon_event(bytes)?;
        let snapshot = daemon_event_snapshot(&info);
        return Ok(match info.task_arn {
            // The daemon task was created: it is read like any task (its own state change says
            // why it stopped), with the event beside it.
            Some(task) => FromEvent::Gather {
                region: region.or(info.region.clone()),
                service_event: Some(Box::new(info.event.clone())),
                fallback: Some(Box::new(snapshot)),
                target: Box::new(Target::Task {
                    cluster: info.cluster,
                    task,
                }),
            },
            None => FromEvent::Snapshot(Box::new(snapshot)),
        });
    }
    if detail_type.as_deref() == Some(event::INSTANCE_HEALTH_CHANGE) {
        let info = event::parse_instance_health_event(bytes)?;
        if let Some(why) = info.not_a_failure() {
            return Ok(FromEvent::NotAFailure(format!(
                "{why}, nothing to diagnose"
            )));
        }
        return Ok(FromEvent::Snapshot(Box::new(instance_health_snapshot(
            &info,
        ))));
    }
    let envelope = event::parse_task_event(bytes)?;
    let task = envelope
        .detail
        .as_ref()
        .map(|d| d.to_task())
        .unwrap_or_default();
    let region = region
        .or(envelope.region.clone())
        .or_else(|| crate::arn::region_of(task.task_arn.as_deref()));
    Ok(FromEvent::Gather {
        target: Box::new(Target::Event {
            task: Box::new(task),
            region: region.clone(),
            account: envelope.account.clone(),
        }),
        region,
        service_event: None,
        fallback: None,
    })
}

/// The service events that are failures, and how each is diagnosed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceEventKind {
    /// Nothing to gather: the event is the evidence (the cluster is read for what ran out).
    Placement,
    /// Nothing to gather: the event and its reason are the whole evidence (an ERROR service
    /// action that names no task: a configuration ECS could not apply, API throttling, a daemon
    /// task that no longer meets its placement constraints).
    EventAlone,
    /// Gather and diagnose the service's last stopped task.
    LastStoppedTask,
}

/// Pure: which service events are failures worth a message.
pub fn service_event_kind(event_name: &str) -> Option<ServiceEventKind> {
    match event_name {
        "SERVICE_TASK_PLACEMENT_FAILURE" => Some(ServiceEventKind::Placement),
        // The other service actions of eventType ERROR (ecs_service_events.html).
        "SERVICE_TASK_CONFIGURATION_FAILURE"
        | "SERVICE_DAEMON_PLACEMENT_CONSTRAINT_VIOLATED"
        | "ECS_OPERATION_THROTTLED"
        | "SERVICE_DISCOVERY_OPERATION_THROTTLED" => Some(ServiceEventKind::EventAlone),
        "SERVICE_TASK_START_IMPAIRED" | "SERVICE_DEPLOYMENT_FAILED" => {
            Some(ServiceEventKind::LastStoppedTask)
        }
        _ => None,
    }
}

/// The event alone, when the tasks it is about (a service's last stopped one, a daemon's task)
/// cannot be read: said once in the report (`access`), with why.
pub fn event_alone(mut snapshot: Snapshot, why: &dyn std::fmt::Display) -> Snapshot {
    snapshot.access = Some(format!(
        "the tasks the event is about could not be read ({why}): diagnosed from the event alone"
    ));
    snapshot
}

/// The snapshot of a service event that has no task: the service, and what ECS said.
pub fn service_event_snapshot(info: &ServiceEventInfo) -> Snapshot {
    event_snapshot(
        EventScope {
            region: info.region.as_deref(),
            account: info.account.as_deref(),
            cluster: &info.cluster,
            group: format!("service:{}", info.service),
            task_arn: None,
            no_definition: "a service event: no task ran to read it from",
        },
        &info.event,
    )
}

/// The snapshot of a daemon event: the daemon's cluster, and what ECS said (no task ran when the
/// task could not be created).
pub fn daemon_event_snapshot(info: &event::DaemonEventInfo) -> Snapshot {
    event_snapshot(
        EventScope {
            region: info.region.as_deref(),
            account: info.account.as_deref(),
            cluster: &info.cluster,
            group: format!("daemon:{}", info.daemon),
            task_arn: info.task_arn.clone(),
            no_definition: "a daemon event: its task definition is the daemon's",
        },
        &info.event,
    )
}

/// A snapshot of an impaired container instance: no task stopped yet, so the event is the
/// evidence (its reason names each impaired check).
pub fn instance_health_snapshot(info: &event::InstanceHealthInfo) -> Snapshot {
    event_snapshot(
        EventScope {
            region: info.region.as_deref(),
            account: info.account.as_deref(),
            cluster: &info.cluster,
            group: format!("instance:{}", info.instance),
            task_arn: None,
            no_definition: "a container instance event: no task definition is involved",
        },
        &info.event,
    )
}

/// Where an event without a task of its own happened, and why no task definition is read.
struct EventScope<'a> {
    region: Option<&'a str>,
    account: Option<&'a str>,
    cluster: &'a str,
    /// `service:NAME` or `daemon:NAME`, as ECS groups the tasks it starts.
    group: String,
    task_arn: Option<String>,
    no_definition: &'static str,
}

/// A snapshot that holds an event alone: its reason is the stopped reason the classifier reads.
fn event_snapshot(scope: EventScope<'_>, event: &ServiceEvent) -> Snapshot {
    let (region, account) = (
        scope.region.unwrap_or_default(),
        scope.account.unwrap_or_default(),
    );
    Snapshot {
        task: Task {
            task_arn: scope.task_arn,
            cluster_arn: Some(format!(
                "arn:aws:ecs:{region}:{account}:cluster/{}",
                scope.cluster
            )),
            group: Some(scope.group),
            last_status: Some("STOPPED".into()),
            stopped_reason: Some(format!(
                "{}: {}",
                event.event_name,
                event.reason.as_deref().unwrap_or("no reason given")
            )),
            ..Default::default()
        },
        // A snapshot written by `gather --event` is replayed like any other (`--snapshot`).
        schema_version: crate::snapshot::SCHEMA_VERSION,
        source: "event".into(),
        region: scope.region.map(str::to_string),
        account: scope.account.map(str::to_string),
        task_definition: crate::snapshot::Fetched::Skipped(scope.no_definition.into()),
        service_event: Some(event.clone()),
        ..Default::default()
    }
}
