//! Placement: somewhere to run the task (subnet addresses, registered instances, the resources placement asked for).

use crate::catalogue::id;
use crate::diagnose::{Facts, Outcome};
use crate::snapshot::{Cluster, Fetched, InstanceRoom, Reservation};
use regex::Regex;
use std::sync::LazyLock;

pub fn eni_capacity(f: &Facts<'_>) -> Outcome {
    let Some(network) = &f.snap.network else {
        return Outcome::skipped("the task has no subnet");
    };
    let Some(subnets) = network.subnets.ok() else {
        return Outcome::unknown(network.subnets.why_missing().unwrap_or_default());
    };
    let Some(s) = f
        .snap
        .awsvpc
        .subnets
        .first()
        .and_then(|id| subnets.iter().find(|s| &s.id == id))
    else {
        return Outcome::unknown("the task's subnet is unknown");
    };
    match s.available_ips {
        Some(0) => Outcome::fail_on(s.id.clone(),
            format!("Subnet {} has no free IP address for the task's network interface", s.id),
            vec![format!("{}: AvailableIpAddressCount = 0 ({})", s.id, s.cidr.as_deref().unwrap_or("?"))],
            vec!["Run the task in more or larger subnets (add subnets to the service's network configuration)".into()],
        ),
        Some(n) if n < 5 => Outcome::warn(
            format!("Subnet {} has only {n} free IP addresses", s.id),
            vec![format!("{}: AvailableIpAddressCount = {n}", s.id)],
            vec!["Add subnets or use larger ones".into()],
        ),
        Some(n) => Outcome::pass(format!("{} has {n} free IP addresses", s.id)),
        None => Outcome::unknown("free IP count not reported"),
    }
}

/// What one placement-failure reason of ECS means, and what to change.
fn placement_reason(reason: &str) -> (String, String) {
    let r = reason.to_ascii_uppercase();
    let has = |s: &str| r.contains(s);
    let (what, fix) = if has("RESOURCE:MEMORY") {
        (
            "no container instance has enough free memory for the task",
            "Add capacity (let the capacity provider scale, or raise the Auto Scaling group's maximum), or lower the task's memory reservation",
        )
    } else if has("RESOURCE:CPU") {
        (
            "no container instance has enough free CPU for the task",
            "Add capacity (let the capacity provider scale, or raise the Auto Scaling group's maximum), or lower the task's CPU reservation",
        )
    } else if has("RESOURCE:PORTS") {
        (
            "every container instance already uses a host port the task needs (a static hostPort in bridge mode allows one such task per instance)",
            "Use dynamic host ports (hostPort 0, with the load balancer's target group on traffic port) or awsvpc network mode, or add instances",
        )
    } else if has("RESOURCE:ENI") {
        (
            "no container instance has a free network interface for another awsvpc task",
            "Turn on ENI trunking (aws ecs put-account-setting --name awsvpcTrunking --value enabled, then replace the instances), or use larger instance types",
        )
    } else if has("RESOURCE:GPU") {
        (
            "no container instance has a free GPU",
            "Add GPU instances to the cluster, or lower the task's GPU requirement",
        )
    } else if has("RESOURCE:FARGATE") {
        (
            "Fargate has no capacity for the task in the AZs of the service's subnets right now",
            "Retry later, give the service subnets in more Availability Zones, or add FARGATE beside FARGATE_SPOT in the capacity provider strategy",
        )
    } else if has("ATTRIBUTE") || has("MISSING AN ATTRIBUTE") {
        (
            "no container instance has an attribute the task requires (a placement constraint, or ecs.cpu-architecture / ecs.os-type / a capability the task definition needs)",
            "Compare the task's placement constraints and requiresAttributes with the instances' attributes (aws ecs list-attributes --cluster C --target-type container-instance); launch instances that have them",
        )
    } else if has("AGENT") {
        (
            "the ECS agent of the candidate container instances is disconnected",
            "Check the agent on those instances (systemctl status ecs; /var/log/ecs/ecs-agent.log), their IAM instance role and their network path to ECS",
        )
    } else if has("LOCATION") {
        (
            "no container instance is in the Availability Zone the task's placement requires",
            "Launch instances in that AZ, or relax the placement constraint",
        )
    } else if has("NO CONTAINER INSTANCES") || has("MISSING") {
        (
            "the cluster has no registered container instance",
            "Register instances (an Auto Scaling group or capacity provider whose instances join this cluster: ECS_CLUSTER in /etc/ecs/ecs.config), or run the service on Fargate",
        )
    } else {
        (
            "ECS found no capacity that meets the task's requirements",
            "Add capacity to the cluster or capacity provider, or lower what the task requires",
        )
    };
    (what.to_string(), fix.to_string())
}

/// The task (or the service's next task) could not be placed: from the service event ECS sent,
/// or from a placement reason in the task's own text.
/// An EC2 task (its launch type, or no launch type, no strategy and no cluster default, which
/// ECS runs as EC2) in a cluster with no registered container instance: nowhere to place it.
/// An Auto Scaling group capacity provider may start instances from zero, so it is not judged.
fn empty_ec2_cluster(f: &Facts<'_>) -> Option<Outcome> {
    let c = f.snap.cluster.ok()?;
    let t = &f.snap.task;
    // A task that had an instance was placed; the cluster may have emptied since (scale-in).
    if t.container_instance_arn.is_some() {
        return None;
    }
    let ec2 = match (t.launch_type.as_deref(), t.capacity_provider.as_deref()) {
        (Some(l), _) => l == "EC2",
        (None, Some(_)) => false,
        // Neither: the cluster's default strategy, else EC2 (a plan for a Fargate-only task
        // definition has been given FARGATE by `gather_plan`).
        (None, None) => c.default_strategy.is_empty(),
    };
    if !ec2 || c.registered_container_instances != Some(0) {
        return None;
    }
    let name = c
        .name
        .as_deref()
        .or(t.cluster_name())
        .unwrap_or("the cluster");
    let mut evidence = vec![format!(
        "cluster {name}: registeredContainerInstancesCount = 0{}",
        c.status
            .as_deref()
            .map(|s| format!(", status {s}"))
            .unwrap_or_default()
    )];
    evidence.push(match t.launch_type.as_deref() {
        Some(l) => format!("launch type {l}"),
        None => "no launch type, no capacity provider strategy and no default strategy on the cluster: ECS uses EC2".into(),
    });
    if !c.capacity_providers.is_empty() {
        evidence.push(format!(
            "capacity providers of the cluster (not used by this task): {}",
            c.capacity_providers.join(", ")
        ));
    }
    Some(Outcome::fail(
        format!("Cluster {name} has no container instance, and the task needs one (EC2): ECS answers \"No Container Instances were found in your cluster\""),
        evidence,
        vec![
            format!("Register instances: an Auto Scaling group of the ECS-optimized AMI with ECS_CLUSTER={name} in /etc/ecs/ecs.config and an instance profile with AmazonEC2ContainerServiceforEC2Role"),
            format!("Or give the cluster a capacity provider and use it: aws ecs put-cluster-capacity-providers --cluster {name} --capacity-providers <asg-provider> --default-capacity-provider-strategy capacityProvider=<asg-provider>,weight=1"),
            "Or run the task on Fargate: --launch-type FARGATE (awsvpc network mode, a Fargate cpu/memory pair)".into(),
        ],
    ))
}

/// What the cluster's instances say about a placement failure without a reason: the evidence,
/// and what ran out with its fix when the instances tell.
struct Room {
    evidence: Vec<String>,
    verdict: Option<(String, String)>,
}

/// Instances listed in the evidence, at most.
const LISTED: usize = 5;

/// Which resource ran out, from the container instances the cluster has (`Cluster::instances`)
/// and what one task reserves: no instance ECS may use (not ACTIVE, agent disconnected), not
/// enough free memory or CPU anywhere, or not both on one instance. When one instance has room
/// for both, another requirement is unmet (a host port, an ENI, an attribute or a placement
/// constraint), which the instances cannot tell apart. `None` when the instances were not read.
fn ran_out(c: &Cluster) -> Option<Room> {
    let Some(Fetched::Ok(rooms)) = &c.instances else {
        return None;
    };
    if rooms.is_empty() {
        return None;
    }
    let need = c.task_reserves.clone().unwrap_or_default();
    let mut evidence: Vec<String> = rooms.iter().take(LISTED).map(describe_room).collect();
    if rooms.len() > LISTED {
        evidence.push(format!(
            "… and {} more container instances",
            rooms.len() - LISTED
        ));
    }
    evidence.push(format!(
        "one task reserves {} CPU units and {} MiB of memory (its task definition)",
        need.cpu.map_or("?".into(), |n| n.to_string()),
        need.memory.map_or("?".into(), |n| n.to_string())
    ));
    let usable: Vec<&InstanceRoom> = rooms
        .iter()
        .filter(|r| r.status.as_deref() == Some("ACTIVE") && r.agent_connected)
        .collect();
    let verdict = if usable.is_empty() {
        let inactive = rooms
            .iter()
            .filter(|r| r.status.as_deref() != Some("ACTIVE"))
            .count();
        Some((
            format!(
                "none of the cluster's {} container instance(s) can take a task ({inactive} not ACTIVE, {} with the ECS agent disconnected)",
                rooms.len(),
                rooms.len() - inactive
            ),
            "Bring the instances back: a DRAINING instance takes no new task (set it ACTIVE, or add instances); for a disconnected agent check systemctl status ecs and /var/log/ecs/ecs-agent.log, the instance role and the instance's network path to ECS".to_string(),
        ))
    } else {
        shortage(&usable, &need)
    };
    Some(Room { evidence, verdict })
}

fn describe_room(r: &InstanceRoom) -> String {
    let amount = |v: Option<i64>| v.map_or("?".into(), |n| n.to_string());
    format!(
        "container instance {}{}: {}, agent {}, {} running task(s), free CPU {} of {} units, free memory {} of {} MiB",
        r.id,
        r.ec2_instance_id
            .as_deref()
            .map(|i| format!(" ({i})"))
            .unwrap_or_default(),
        r.status.as_deref().unwrap_or("?"),
        if r.agent_connected { "connected" } else { "disconnected" },
        r.running_tasks,
        amount(r.cpu_left),
        amount(r.cpu_total),
        amount(r.memory_left),
        amount(r.memory_total)
    )
}

/// The resource no usable instance has enough of for one task, with its fix.
fn shortage(usable: &[&InstanceRoom], need: &Reservation) -> Option<(String, String)> {
    let most = |left: fn(&InstanceRoom) -> Option<i64>| usable.iter().filter_map(|r| left(r)).max();
    let short = |need: Option<i64>, most: Option<i64>| match (need, most) {
        (Some(n), Some(m)) if m < n => Some((n, m)),
        _ => None,
    };
    let memory = short(need.memory, most(|r| r.memory_left));
    let cpu = short(need.cpu, most(|r| r.cpu_left));
    let add = "Add capacity (let the capacity provider scale, or raise the Auto Scaling group's maximum), or lower the task's reservation";
    let what = match (memory, cpu) {
        (Some((n, m)), None) => format!("memory ran out: one task reserves {n} MiB and the most any usable instance has free is {m} MiB"),
        (None, Some((n, m))) => format!("CPU ran out: one task reserves {n} CPU units and the most any usable instance has free is {m}"),
        (Some((n, m)), Some((cn, cm))) => format!("memory and CPU ran out: one task reserves {n} MiB and {cn} CPU units; the most any usable instance has free is {m} MiB and {cm} units"),
        (None, None) => {
            let (Some(mem), Some(cpu)) = (need.memory, need.cpu) else {
                return None;
            };
            let fits = usable
                .iter()
                .any(|r| r.memory_left.unwrap_or(0) >= mem && r.cpu_left.unwrap_or(0) >= cpu);
            return Some(if fits {
                (
                    "an instance has room for the task's CPU and memory, so another requirement is unmet: a host port already taken (a static hostPort allows one such task per instance), no free network interface for an awsvpc task, or an attribute or placement constraint no instance has".to_string(),
                    "Read the service's events for the exact reason (aws ecs describe-services --query 'services[0].events[:5]'); use dynamic host ports (hostPort 0) or ENI trunking, or compare the task's placement constraints with the instances' attributes".to_string(),
                )
            } else {
                (
                    format!("no single instance has both {cpu} CPU units and {mem} MiB free (each resource is free somewhere, not together)"),
                    add.to_string(),
                )
            });
        }
    };
    Some((what, add.to_string()))
}

pub fn capacity_placement(f: &Facts<'_>) -> Outcome {
    static PLACEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)RESOURCE:[A-Z_]+|unable to place a task|no container instance met|no container instances were found").unwrap()
    });
    let event = f
        .snap
        .service_event
        .as_ref()
        .filter(|e| e.event_name == "SERVICE_TASK_PLACEMENT_FAILURE");
    let text = f
        .snap
        .task
        .stopped_reason
        .as_deref()
        .filter(|r| PLACEMENT.is_match(r));
    let (reason, source) = match (event, text) {
        (Some(e), _) => (
            e.reason.clone().unwrap_or_default(),
            format!(
                "ECS Service Action SERVICE_TASK_PLACEMENT_FAILURE{}",
                e.at.as_deref()
                    .map(|t| format!(" at {t}"))
                    .unwrap_or_default()
            ),
        ),
        (None, Some(t)) => (t.to_string(), "the task's stoppedReason".to_string()),
        (None, None) => {
            if let Some(empty) = empty_ec2_cluster(f) {
                return empty;
            }
            if f.snap.source == "preflight" {
                return match &f.snap.cluster {
                    Fetched::Ok(_) => Outcome::nothing_found(
                        "the cluster has instances or capacity for the task (free CPU and memory are not gathered)",
                    ),
                    other => Outcome::unknown(format!(
                        "the cluster could not be read: {}",
                        other.why_missing().unwrap_or_default()
                    )),
                };
            }
            return if f
                .classification
                .classification
                .candidates
                .contains(&id::CAPACITY_PLACEMENT)
            {
                Outcome::unknown("no placement failure was reported with the task, and the cluster's free capacity is not gathered")
            } else {
                Outcome::skipped("no placement failure reported")
            };
        }
    };
    let said = if reason.trim().is_empty() {
        format!("{source}: no reason given")
    } else {
        format!("{source}: reason {reason:?}")
    };
    if let Some(mut empty) = empty_ec2_cluster(f) {
        empty.evidence.insert(0, said);
        return empty;
    }
    let (mut what, mut fix) = placement_reason(&reason);
    let mut evidence = vec![said];
    // No reason in the event: what the cluster holds says where to look.
    if reason.trim().is_empty() {
        if let Some(c) = f.snap.cluster.ok() {
            evidence.push(format!(
                "cluster {}: {} registered container instance(s){}",
                c.name
                    .as_deref()
                    .or(f.snap.task.cluster_name())
                    .unwrap_or("?"),
                c.registered_container_instances
                    .map_or("?".to_string(), |n| n.to_string()),
                if c.capacity_providers.is_empty() {
                    String::new()
                } else {
                    format!(", capacity providers {}", c.capacity_providers.join(", "))
                }
            ));
        }
        match f.snap.cluster.ok().and_then(ran_out) {
            Some(room) => {
                evidence.extend(room.evidence);
                if let Some((w, x)) = room.verdict {
                    (what, fix) = (w, x);
                }
            }
            None => {
                fix = format!(
                    "{fix}; the service's events name the resource that ran out: aws ecs describe-services --cluster {} --services {} --query 'services[0].events[:5]'",
                    f.snap.task.cluster_name().unwrap_or("<cluster>"),
                    f.snap.task.service_name().unwrap_or("<service>")
                );
            }
        }
    }
    if let Some(e) = event {
        if !e.container_instance_arns.is_empty() {
            evidence.push(format!(
                "closest matching container instances: {}",
                e.container_instance_arns.join(", ")
            ));
        }
        if !e.capacity_provider_arns.is_empty() {
            evidence.push(format!(
                "capacity providers: {}",
                e.capacity_provider_arns.join(", ")
            ));
        }
    }
    let service = f.snap.task.service_name().unwrap_or("the service");
    Outcome::fail(
        format!("ECS cannot place tasks of {service}: {what}"),
        evidence,
        vec![fix],
    )
}

#[cfg(test)]
mod placement_tests {
    use super::*;
    use crate::diagnose::Status;
    use crate::snapshot::*;

    fn snap(
        launch: Option<&str>,
        provider: Option<&str>,
        instances: i32,
        default: &[&str],
    ) -> Snapshot {
        let mut s = Snapshot {
            source: "preflight".into(),
            cluster: Fetched::Ok(Cluster {
                name: Some("prod".into()),
                registered_container_instances: Some(instances),
                default_strategy: default.iter().map(|d| d.to_string()).collect(),
                ..Cluster::default()
            }),
            ..Snapshot::default()
        };
        s.task.launch_type = launch.map(str::to_string);
        s.task.capacity_provider = provider.map(str::to_string);
        s
    }

    fn placement(s: &Snapshot) -> Status {
        capacity_placement(&Facts::new(s)).status
    }

    #[test]
    fn an_ec2_task_needs_a_registered_instance() {
        assert_eq!(placement(&snap(Some("EC2"), None, 0, &[])), Status::Fail);
        // No launch type, no strategy, no default: ECS runs it as EC2.
        assert_eq!(placement(&snap(None, None, 0, &[])), Status::Fail);
        // The cluster's default strategy (an ASG provider may scale from zero), Fargate, or an
        // instance: somewhere to go.
        assert_eq!(placement(&snap(None, None, 0, &["asg"])), Status::Pass);
        assert_eq!(
            placement(&snap(None, Some("FARGATE"), 0, &[])),
            Status::Pass
        );
        assert_eq!(
            placement(&snap(Some("FARGATE"), None, 0, &[])),
            Status::Pass
        );
        assert_eq!(placement(&snap(Some("EC2"), None, 1, &[])), Status::Pass);
        // A stopped task that ran on an instance was placed: an emptied cluster (scale-in)
        // is not why it stopped.
        let mut ran = snap(Some("EC2"), None, 0, &[]);
        ran.source = "event".into();
        ran.task.container_instance_arn =
            Some("arn:aws:ecs:eu-west-1:1:container-instance/prod/1".into());
        assert_ne!(placement(&ran), Status::Fail);
    }

    /// A placement failure whose event gives no reason, in an EC2 service's cluster of two
    /// instances.
    fn no_reason(rooms: Vec<InstanceRoom>, need: Reservation) -> Snapshot {
        let mut s = snap(Some("EC2"), None, rooms.len() as i32, &[]);
        s.source = "event".into();
        s.task.cluster_arn = Some("arn:aws:ecs:eu-west-1:1:cluster/prod".into());
        s.task.group = Some("service:web".into());
        s.service_event = Some(ServiceEvent {
            event_name: "SERVICE_TASK_PLACEMENT_FAILURE".into(),
            ..ServiceEvent::default()
        });
        if let Fetched::Ok(c) = &mut s.cluster {
            c.instances = Some(Fetched::Ok(rooms));
            c.task_reserves = Some(need);
        }
        s
    }

    fn room(id: &str, status: &str, agent: bool, cpu: i64, memory: i64) -> InstanceRoom {
        InstanceRoom {
            id: id.into(),
            status: Some(status.into()),
            agent_connected: agent,
            cpu_left: Some(cpu),
            memory_left: Some(memory),
            cpu_total: Some(2048),
            memory_total: Some(3904),
            ..InstanceRoom::default()
        }
    }

    fn need(cpu: i64, memory: i64) -> Reservation {
        Reservation {
            cpu: Some(cpu),
            memory: Some(memory),
        }
    }

    #[test]
    fn a_placement_failure_without_a_reason_names_what_ran_out() {
        let summary = |s: &Snapshot| {
            let o = capacity_placement(&Facts::new(s));
            assert_eq!(o.status, Status::Fail, "{o:?}");
            o.summary
        };
        let rooms = || {
            vec![
                room("a", "ACTIVE", true, 1024, 512),
                room("b", "ACTIVE", true, 512, 700),
            ]
        };
        assert!(summary(&no_reason(rooms(), need(256, 1024))).contains("memory ran out: one task reserves 1024 MiB and the most any usable instance has free is 700 MiB"));
        assert!(summary(&no_reason(rooms(), need(2048, 256))).contains("CPU ran out"));
        // Each resource is free somewhere, not both on one instance.
        assert!(
            summary(&no_reason(rooms(), need(1024, 700))).contains("no single instance has both")
        );
        // Room for both: another requirement (ports, ENI, attributes).
        assert!(
            summary(&no_reason(rooms(), need(256, 256))).contains("another requirement is unmet")
        );
        // Nothing ECS may use: draining, agent disconnected.
        let gone = vec![
            room("a", "DRAINING", true, 2048, 3904),
            room("b", "ACTIVE", false, 2048, 3904),
        ];
        assert!(summary(&no_reason(gone, need(256, 256)))
            .contains("(1 not ACTIVE, 1 with the ECS agent disconnected)"));
    }

    #[test]
    fn what_a_task_reserves() {
        let td =
            |cpu: Option<&str>,
             memory: Option<&str>,
             containers: Vec<(Option<i32>, Option<i32>, Option<i32>)>| TaskDefinition {
                cpu: cpu.map(str::to_string),
                memory: memory.map(str::to_string),
                containers: containers
                    .into_iter()
                    .map(|(cpu, memory, memory_reservation)| ContainerDefinition {
                        cpu,
                        memory,
                        memory_reservation,
                        ..ContainerDefinition::default()
                    })
                    .collect(),
                ..TaskDefinition::default()
            };
        assert_eq!(
            td(Some("1 vCPU"), Some("2 GB"), vec![]).reservation(),
            need(1024, 2048)
        );
        assert_eq!(
            td(Some("512"), Some("1024"), vec![]).reservation(),
            need(512, 1024)
        );
        // Containers: memoryReservation before memory; CPU summed.
        assert_eq!(
            td(
                None,
                None,
                vec![
                    (Some(256), Some(1024), Some(512)),
                    (Some(128), Some(256), None)
                ]
            )
            .reservation(),
            need(384, 768)
        );
        assert_eq!(
            td(None, None, vec![(None, None, None)]).reservation(),
            Reservation::default()
        );
    }
}
