//! Pre-flight: the task a deployment is about to start, gathered as if it had stopped. Every
//! configuration check (route, endpoints, security groups, role, secrets, image, log group)
//! needs only the task definition and the network configuration, and both exist before the
//! first task does.

use super::{gather, Clients, GatherError, Options, Target};
use crate::snapshot::{AwsvpcSource, Snapshot, Task, TaskDefinition};

/// What a deployment will start: a task definition on a network configuration.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub cluster: String,
    /// ARN, or `family:revision`, or `family` (its latest ACTIVE revision).
    pub task_definition: String,
    /// The service it deploys, if any (its tags route, its load balancer is checked).
    pub service: Option<String>,
    pub subnets: Vec<String>,
    pub security_groups: Vec<String>,
    pub assign_public_ip: Option<bool>,
    pub launch_type: Option<String>,
    /// The first capacity provider of the service's strategy, when it has one instead of a
    /// launch type (`FARGATE` / `FARGATE_SPOT` make the task a Fargate task; a strategy cannot
    /// mix them with Auto Scaling group providers).
    pub capacity_provider: Option<String>,
    pub platform_version: Option<String>,
}

impl Plan {
    /// The task the plan would start, as the gatherer reads a task. Pure.
    pub fn task(&self) -> Task {
        Task {
            cluster_arn: Some(self.cluster.clone()),
            task_definition_arn: Some(self.task_definition.clone()),
            group: self.service.as_ref().map(|s| format!("service:{s}")),
            launch_type: self.launch_type.clone(),
            capacity_provider: self.capacity_provider.clone(),
            platform_version: self.platform_version.clone(),
            subnet_id: self.subnets.first().cloned(),
            last_status: Some("PROVISIONING".into()),
            ..Task::default()
        }
    }
}

/// The plan of a service's next deployment: its task definition (the PRIMARY deployment's) and
/// its network configuration, from one DescribeServices.
pub async fn plan_of_service(
    clients: &Clients,
    cluster: &str,
    service: &str,
) -> Result<Plan, GatherError> {
    let out = clients
        .ecs
        .describe_services()
        .cluster(cluster)
        .services(service)
        .send()
        .await
        .map_err(|e| {
            GatherError::Call(format!(
                "ecs:DescribeServices {service}: {}",
                crate::sdk_error::plain(&e)
            ))
        })?;
    let Some(s) = out.services().first() else {
        return Err(GatherError::Call(format!(
            "service {service} not found in cluster {cluster}"
        )));
    };
    let awsvpc = s
        .network_configuration()
        .and_then(|n| n.awsvpc_configuration());
    Ok(Plan {
        cluster: s.cluster_arn().unwrap_or(cluster).to_string(),
        task_definition: s.task_definition().unwrap_or_default().to_string(),
        service: Some(s.service_name().unwrap_or(service).to_string()),
        subnets: awsvpc.map(|a| a.subnets().to_vec()).unwrap_or_default(),
        security_groups: awsvpc
            .map(|a| a.security_groups().to_vec())
            .unwrap_or_default(),
        assign_public_ip: awsvpc
            .and_then(|a| a.assign_public_ip())
            .map(|p| p.as_str() == "ENABLED"),
        launch_type: s.launch_type().map(|l| l.as_str().to_string()),
        capacity_provider: s
            .capacity_provider_strategy()
            .first()
            .map(|c| c.capacity_provider().to_string()),
        platform_version: s.platform_version().map(str::to_string),
    })
}

/// Gathers the plan's task: everything a stopped task's diagnosis reads but the task itself.
/// `definition`: a task definition file's (not registered yet); else the plan's is read.
pub async fn gather_plan(
    clients: &Clients,
    plan: &Plan,
    definition: Option<TaskDefinition>,
    options: &Options,
) -> Result<Snapshot, GatherError> {
    let mut task = plan.task();
    // A task that may run on EC2 runs on one of the cluster's instances: read one, so that the
    // instance role and, in bridge or host mode, the instance's network path are checked as for
    // a task that ran (none registered: the placement check says so).
    if may_run_on_ec2(&task) {
        task.container_instance_arn = a_container_instance(clients, &plan.cluster).await;
    }
    let target = match definition {
        Some(d) => Target::Planned {
            task: Box::new(task),
            definition: Box::new(d),
        },
        None => Target::Event {
            task: Box::new(task),
            region: clients.region.clone(),
            account: None,
        },
    };
    let mut snap = gather(clients, target, options).await?;
    snap.source = "preflight".into();
    // The plan's network configuration is the task's (a service's, when it has one, agrees).
    if !plan.subnets.is_empty() {
        snap.awsvpc.subnets = plan.subnets.clone();
        snap.awsvpc.security_groups = plan.security_groups.clone();
        snap.awsvpc.assign_public_ip = plan.assign_public_ip;
        snap.awsvpc.source = AwsvpcSource::Service;
    }
    default_security_group(&mut snap);
    fargate_when_only_fargate(&mut snap);
    // A planned task has not run: nothing about it is a recent stop.
    snap.recent_stops = crate::snapshot::Fetched::Skipped("a planned task".into());
    Ok(snap)
}

/// Whether a planned task may be placed on an EC2 instance: an EC2 launch type, a capacity
/// provider that is not Fargate's, or neither (the cluster's default strategy, else EC2).
fn may_run_on_ec2(task: &Task) -> bool {
    match (
        task.launch_type.as_deref(),
        task.capacity_provider.as_deref(),
    ) {
        (Some(l), _) => l == "EC2",
        (None, Some(cp)) => !cp.starts_with("FARGATE"),
        (None, None) => true,
    }
}

/// One ACTIVE container instance of the cluster (ListContainerInstances, one page of one), or
/// none when it has none or the call fails (the checks that need it then say why).
async fn a_container_instance(clients: &Clients, cluster: &str) -> Option<String> {
    let r = clients
        .ecs
        .list_container_instances()
        .cluster(cluster)
        .status(aws_sdk_ecs::types::ContainerInstanceStatus::Active)
        .max_results(1)
        .send()
        .await;
    match r {
        Ok(o) => o.container_instance_arns().first().cloned(),
        Err(e) => {
            tracing::warn!(
                action = "ecs:ListContainerInstances",
                error = %crate::sdk_error::plain(&e),
                "the cluster's instances could not be listed"
            );
            None
        }
    }
}

/// A plan without a launch type or capacity provider for a task definition that can only run
/// on Fargate is a Fargate plan: the CLI user left `--launch-type` out. (ECS's own rule, the
/// cluster's default strategy else EC2, would refuse such a task; every check would then judge
/// an EC2 task nobody meant to run.)
fn fargate_when_only_fargate(snap: &mut Snapshot) {
    let t = &snap.task;
    if t.launch_type.is_some() || t.capacity_provider.is_some() {
        return;
    }
    let only_fargate = snap.task_definition.ok().is_some_and(|d| {
        d.requires_compatibilities.iter().any(|c| c == "FARGATE")
            && !d.requires_compatibilities.iter().any(|c| c == "EC2")
    });
    let default = snap
        .cluster
        .ok()
        .is_some_and(|c| !c.default_strategy.is_empty());
    if only_fargate && !default {
        snap.task.launch_type = Some("FARGATE".into());
    }
}

/// An awsvpc configuration that names subnets but no security group (CreateService and RunTask
/// accept that) gives the task the VPC's `default` group: the checks must judge that one, not
/// an empty list. The VPC's groups are already in the snapshot; no call is made.
fn default_security_group(snap: &mut Snapshot) {
    if !snap.awsvpc.security_groups.is_empty() || snap.awsvpc.subnets.is_empty() {
        return;
    }
    let default = snap
        .network
        .as_ref()
        .and_then(|n| n.security_groups.ok())
        .and_then(|groups| groups.iter().find(|g| g.name.as_deref() == Some("default")));
    if let Some(g) = default {
        snap.awsvpc.security_groups = vec![g.id.clone()];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_security_group_means_the_vpc_default() {
        use crate::snapshot::{Fetched, Network, SecurityGroup};
        let group = |id: &str, name: &str| SecurityGroup {
            id: id.into(),
            name: Some(name.into()),
            ..SecurityGroup::default()
        };
        let mut snap = Snapshot::default();
        snap.awsvpc.subnets = vec!["subnet-1".into()];
        snap.network = Some(Network {
            security_groups: Fetched::Ok(vec![group("sg-app", "app"), group("sg-def", "default")]),
            ..Network::default()
        });
        default_security_group(&mut snap);
        fargate_when_only_fargate(&mut snap);
        assert_eq!(snap.awsvpc.security_groups, ["sg-def"]);
        // Named groups are kept as they are.
        snap.awsvpc.security_groups = vec!["sg-app".into()];
        default_security_group(&mut snap);
        fargate_when_only_fargate(&mut snap);
        assert_eq!(snap.awsvpc.security_groups, ["sg-app"]);
    }

    #[test]
    fn a_fargate_only_definition_without_a_launch_type_is_a_fargate_plan() {
        use crate::snapshot::{Cluster, Fetched};
        let with = |compat: &[&str], default: &[&str]| {
            let mut snap = Snapshot {
                task_definition: Fetched::Ok(TaskDefinition {
                    requires_compatibilities: compat.iter().map(|c| c.to_string()).collect(),
                    ..TaskDefinition::default()
                }),
                cluster: Fetched::Ok(Cluster {
                    default_strategy: default.iter().map(|c| c.to_string()).collect(),
                    ..Cluster::default()
                }),
                ..Snapshot::default()
            };
            fargate_when_only_fargate(&mut snap);
            snap.task.launch_type
        };
        assert_eq!(with(&["FARGATE"], &[]).as_deref(), Some("FARGATE"));
        assert_eq!(with(&["EC2", "FARGATE"], &[]), None);
        assert_eq!(with(&["FARGATE"], &["FARGATE_SPOT"]), None);
    }

    #[test]
    fn a_plan_is_a_task_that_has_not_started() {
        let p = Plan {
            cluster: "arn:aws:ecs:eu-west-1:1:cluster/prod".into(),
            task_definition: "api:42".into(),
            service: Some("api".into()),
            subnets: vec!["subnet-1".into(), "subnet-2".into()],
            capacity_provider: Some("FARGATE_SPOT".into()),
            ..Plan::default()
        };
        let t = p.task();
        assert!(t.is_fargate(), "a FARGATE_SPOT strategy is a Fargate task");
        assert_eq!(t.service_name(), Some("api"));
        assert_eq!(t.cluster_name(), Some("prod"));
        assert_eq!(t.subnet_id.as_deref(), Some("subnet-1"));
        assert!(t.stopped_reason.is_none() && t.containers.is_empty());
    }
}
