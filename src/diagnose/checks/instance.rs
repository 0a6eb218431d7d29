//! The host or its capacity lost (`infra.spot_or_host`): an impaired container instance (`ECS
//! Container Instance Health Change`: the event names the instance and each of its checks that
//! is IMPAIRED, before the tasks on it fail; what to do depends on the check,
//! ecs_container_instance_health_events.html and the Managed Instances GPU auto-repair page), or
//! a task whose stop code says AWS reclaimed its Spot capacity or terminated its host.

use crate::catalogue::id;
use crate::diagnose::{Facts, Outcome};
use crate::snapshot::ImpairedCheck;

/// AWS took the capacity away or the host failed: an impaired instance's health event, or the
/// stop code a Spot reclaim or an instance's termination gives the task. A text that names such
/// a loss without either stays a suspect (unknown), never ruled out: nothing in the account can
/// show a host that is gone.
pub fn host_or_capacity_lost(f: &Facts<'_>) -> Outcome {
    if let Some(outcome) = instance_impaired(f) {
        return outcome;
    }
    // The stop code as the event gave it (an inferred one is read from the same text).
    match f.snap.task.stop_code.as_deref() {
        Some("SpotInterruption") => Outcome::fail(
            "AWS reclaimed the Spot capacity the task ran on",
            vec!["stopCode SpotInterruption".into()],
            vec!["Nothing to change if it is rare: the service starts a replacement. If it repeats, give the capacity provider strategy an on-demand base (FARGATE, or an on-demand Auto Scaling group) and spread across Availability Zones and instance types".into()],
        ),
        Some("TerminationNotice") => Outcome::fail(
            "The task's host was terminated (a TerminationNotice), not the task",
            vec!["stopCode TerminationNotice".into()],
            vec!["Nothing to change if it is rare: the service starts a replacement. If it repeats, look at why the instances go (Auto Scaling scale-in without managed termination protection, maintenance, Spot) and let the capacity provider drain them first".into()],
        ),
        _ if f.classification.classification.candidates.first() == Some(&id::INFRA_SPOT_OR_HOST) => {
            Outcome::unknown("the text names a loss of the host or its capacity; no stop code or instance event confirms it")
        }
        _ => Outcome::skipped("no impaired container instance, Spot interruption or host termination"),
    }
}

/// The instance's impaired checks, read from its health event: the host failed, not the task.
fn instance_impaired(f: &Facts<'_>) -> Option<Outcome> {
    let event = f
        .snap
        .service_event
        .as_ref()
        .filter(|e| !e.impaired_checks.is_empty())?;
    let instance = f
        .snap
        .task
        .instance_name()
        .unwrap_or("the container instance");
    // The command that drains it, with this cluster and instance filled in.
    let drain = format!(
        "aws ecs update-container-instances-state --cluster {} --container-instances {} --status DRAINING",
        f.snap.task.cluster_name().unwrap_or("CLUSTER"),
        event
            .container_instance_arns
            .first()
            .map_or("CONTAINER_INSTANCE_ARN", String::as_str)
    );
    let mut evidence = Vec::new();
    let mut fix = Vec::new();
    for c in &event.impaired_checks {
        evidence.push(format!(
            "{instance}: health check {} is IMPAIRED{}",
            c.check,
            c.reason
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        ));
        let step = fix_for(c, &drain);
        if !fix.contains(&step) {
            fix.push(step);
        }
    }
    let what: Vec<&str> = event
        .impaired_checks
        .iter()
        .map(ImpairedCheck::meaning)
        .collect();
    // The culprit is the cluster's instances failing this way, not the one instance: an
    // impairment storm (a bad AMI, an agent update, a network change) takes many instances down
    // at once with one fix, and is one incident that grows, not one message per instance.
    let checks: Vec<&str> = event
        .impaired_checks
        .iter()
        .map(|c| c.check.as_str())
        .collect();
    Some(Outcome::fail_on(
        format!(
            "{} (container instances with {} IMPAIRED)",
            f.snap.task.cluster_name().unwrap_or("-"),
            checks.join(", ")
        ),
        format!(
            "Container instance {instance} is impaired: {}",
            what.join("; ")
        ),
        evidence,
        fix,
    ))
}

/// What an operator does about it. Managed Instances (and Fargate, for the agent) drain and
/// replace an impaired instance themselves; on EC2 the operator does.
fn fix_for(c: &ImpairedCheck, drain: &str) -> String {
    match c.check.as_str() {
        "CONTAINER_RUNTIME" => format!("Drain the instance ({drain}) so its tasks move, then replace it (terminate it; its Auto Scaling group starts another); if it repeats, read the Docker daemon's log on the instance (journalctl -u docker) for what hangs it"),
        "ACCELERATED_COMPUTE" => format!(
            "The GPU fault ({}) is the hardware's: Managed Instances drain and replace the instance themselves; on EC2 drain it and replace it, since a GPU in this state does not recover in place",
            c.reason.as_deref().unwrap_or("an NVIDIA Xid error")
        ),
        "DAEMON" => "Read the daemon task's own stopped reason and log (its ECS Task State Change); the instance is replaced once the daemon cannot run on it".into(),
        "AGENT_CONNECTIVITY" => "Check the instance (EC2 status checks, its EBS volume, its network path to the ECS endpoints: NAT gateway or the ecs, ecs-agent and ecs-telemetry VPC endpoints) and restart the agent (systemctl restart ecs); replace the instance if it stays disconnected".into(),
        _ => format!("Drain the instance ({drain}) and replace it"),
    }
}
