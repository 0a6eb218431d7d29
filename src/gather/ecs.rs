//! ECS: the task, its definition, its service, its container instance; and the chains that start
//! from the task definition (IAM, images, secrets, logs, EFS).

use super::error::{fetched, GatherError};
use super::{iam, resources, Ctx};
use crate::snapshot::*;
use aws_sdk_ecs::types::{DesiredStatus, ServiceField, TaskDefinitionField};
use std::collections::BTreeMap;

/// DescribeTasks of some tasks, latest stop first (tasks still stopping last).
pub(crate) async fn describe_tasks(
    ctx: &Ctx<'_>,
    cluster: &str,
    tasks: Vec<String>,
) -> Fetched<Vec<Task>> {
    ctx.call(async {
        let r = ctx
            .clients
            .ecs
            .describe_tasks()
            .cluster(cluster)
            .set_tasks(Some(tasks))
            .send()
            .await;
        fetched("ecs:DescribeTasks", r, |o| {
            let mut tasks: Vec<_> = o.tasks().iter().collect();
            tasks.sort_by_key(|t| std::cmp::Reverse(t.stopped_at().map(|d| d.as_nanos())));
            tasks.into_iter().map(task_from_sdk).collect()
        })
    })
    .await
}

/// The first task of an answer, or why there is none.
fn first_task(
    found: Fetched<Vec<Task>>,
    none: impl FnOnce() -> GatherError,
) -> Result<Task, GatherError> {
    match found {
        Fetched::Ok(tasks) => tasks.into_iter().next().ok_or_else(none),
        Fetched::Error(e) if e.kind == ErrorKind::NotFound => Err(none()),
        Fetched::Error(e) => Err(GatherError::call(&e)),
        Fetched::Skipped(why) => Err(GatherError::Call(format!("ecs:DescribeTasks {why}"))),
    }
}

/// `--cluster C --task T`.
pub(crate) async fn describe_task(
    ctx: &Ctx<'_>,
    cluster: &str,
    task: &str,
) -> Result<Task, GatherError> {
    first_task(
        describe_tasks(ctx, cluster, vec![task.to_string()]).await,
        || GatherError::TaskNotFound {
            cluster: cluster.into(),
            task: task.into(),
        },
    )
}

/// The ARNs of a service's stopped tasks (ECS keeps them about an hour), at most 100.
/// The stopped tasks ECS still lists (about an hour), of one service or of the whole cluster.
pub(crate) async fn stopped_task_arns(
    ctx: &Ctx<'_>,
    cluster: &str,
    service: Option<&str>,
) -> Fetched<Vec<String>> {
    ctx.call(async {
        let r = ctx
            .clients
            .ecs
            .list_tasks()
            .cluster(cluster)
            .set_service_name(service.map(str::to_string))
            .desired_status(DesiredStatus::Stopped)
            .max_results(100)
            .send()
            .await;
        fetched("ecs:ListTasks", r, |o| o.task_arns().to_vec())
    })
    .await
}

/// The service's recently stopped tasks (ListTasks STOPPED, then one DescribeTasks of up to 100):
/// "12 tasks of api stopped the same way since 09:40". Two rounds, beside the task definition's
/// four, so the diagnosis takes no longer.
pub(crate) async fn recent_stops(ctx: &Ctx<'_>, task: &Task) -> Fetched<Vec<Task>> {
    let (Some(cluster), Some(service)) = (task.cluster_arn.as_deref(), task.service_name()) else {
        return Fetched::Skipped("not a service task".into());
    };
    let arns = stopped_task_arns(ctx, cluster, Some(service)).await;
    match arns {
        Fetched::Ok(a) if a.is_empty() => Fetched::Ok(Vec::new()),
        Fetched::Ok(a) => describe_tasks(ctx, cluster, a).await,
        Fetched::Error(e) => Fetched::Error(e),
        Fetched::Skipped(why) => Fetched::Skipped(why),
    }
}

/// `--cluster C --service S`: the most recently stopped task of the service.
pub(crate) async fn last_stopped_task(
    ctx: &Ctx<'_>,
    cluster: &str,
    service: &str,
) -> Result<Task, GatherError> {
    let arns = stopped_task_arns(ctx, cluster, Some(service)).await;
    let arns = match arns {
        Fetched::Ok(a) if !a.is_empty() => a,
        Fetched::Ok(_) => {
            return Err(GatherError::NoStoppedTask {
                cluster: cluster.into(),
                service: service.into(),
            })
        }
        Fetched::Error(e) => return Err(GatherError::call(&e)),
        Fetched::Skipped(why) => return Err(GatherError::Call(format!("ecs:ListTasks {why}"))),
    };
    first_task(describe_tasks(ctx, cluster, arns).await, || {
        GatherError::NoStoppedTask {
            cluster: cluster.into(),
            service: service.into(),
        }
    })
}

fn task_from_sdk(t: &aws_sdk_ecs::types::Task) -> Task {
    let eni = |name: &str| {
        t.attachments()
            .iter()
            .filter(|a| matches!(a.r#type(), Some("ElasticNetworkInterface" | "eni")))
            .flat_map(|a| a.details())
            .find(|d| d.name() == Some(name))
            .and_then(|d| d.value())
            .map(str::to_string)
    };
    Task {
        task_arn: t.task_arn().map(str::to_string),
        cluster_arn: t.cluster_arn().map(str::to_string),
        task_definition_arn: t.task_definition_arn().map(str::to_string),
        launch_type: t.launch_type().map(|l| l.as_str().to_string()),
        capacity_provider: t.capacity_provider_name().map(str::to_string),
        platform_version: t.platform_version().map(str::to_string),
        platform_family: t.platform_family().map(str::to_string),
        availability_zone: t.availability_zone().map(str::to_string),
        group: t.group().map(str::to_string),
        started_by: t.started_by().map(str::to_string),
        last_status: t.last_status().map(str::to_string),
        stop_code: t.stop_code().map(|c| c.as_str().to_string()),
        stopped_reason: t.stopped_reason().map(str::to_string),
        stopped_at: t.stopped_at().map(|d| d.to_string()),
        created_at: t.created_at().map(|d| d.to_string()),
        pull_started_at: t.pull_started_at().map(|d| d.to_string()),
        pull_stopped_at: t.pull_stopped_at().map(|d| d.to_string()),
        started_at: t.started_at().map(|d| d.to_string()),
        stopping_at: t.stopping_at().map(|d| d.to_string()),
        execution_stopped_at: t.execution_stopped_at().map(|d| d.to_string()),
        container_instance_arn: t.container_instance_arn().map(str::to_string),
        cpu_architecture: t
            .attributes()
            .iter()
            .find(|a| a.name() == "ecs.cpu-architecture")
            .and_then(|a| a.value())
            .map(str::to_string),
        memory: t.memory().map(str::to_string),
        ephemeral_storage_gib: t.ephemeral_storage().map(|e| i64::from(e.size_in_gib())),
        subnet_id: eni("subnetId"),
        eni_id: eni("networkInterfaceId"),
        private_ip: eni("privateIPv4Address"),
        ebs_volumes: t
            .attachments()
            .iter()
            .filter(|a| a.r#type() == Some(crate::snapshot::EBS_ATTACHMENT))
            .map(|a| {
                crate::snapshot::EbsAttachment::from_details(
                    a.status(),
                    a.details()
                        .iter()
                        .filter_map(|d| Some((d.name()?, d.value()?))),
                )
            })
            .collect(),
        containers: t
            .containers()
            .iter()
            .map(|c| ContainerState {
                name: c.name().unwrap_or_default().to_string(),
                image: c.image().map(str::to_string),
                image_digest: c.image_digest().map(str::to_string),
                last_status: c.last_status().map(str::to_string),
                exit_code: c.exit_code().map(i64::from),
                reason: c.reason().map(str::to_string),
                health_status: c.health_status().map(|h| h.as_str().to_string()),
            })
            .collect(),
        version: Some(t.version()),
    }
}

/// The task definition and everything gathered from it.
pub(crate) struct DefinitionPart {
    pub definition: Fetched<TaskDefinition>,
    pub iam: Iam,
    pub images: Vec<ImageInfo>,
    pub secrets: Vec<SecretInfo>,
    pub kms_keys: Vec<KmsKeyInfo>,
    pub log_groups: Vec<LogGroupInfo>,
    pub efs: Vec<EfsInfo>,
    pub log_tail: Option<Fetched<crate::snapshot::LogTail>>,
}

/// The task definition `arn` alone (DescribeTaskDefinition), without what it refers to.
pub(crate) async fn definition(ctx: &Ctx<'_>, arn: &str) -> Fetched<TaskDefinition> {
    ctx.call(async {
        let r = ctx
            .clients
            .ecs
            .describe_task_definition()
            .task_definition(arn)
            .include(TaskDefinitionField::Tags)
            .send()
            .await;
        fetched("ecs:DescribeTaskDefinition", r, |o| {
            let mut td = o
                .task_definition()
                .map(definition_from_sdk)
                .unwrap_or_default();
            td.tags = tag_map(o.tags());
            td
        })
    })
    .await
}

/// The cluster's container instances and what each has left: one page of ListContainerInstances
/// (100, every status), then DescribeContainerInstances. What a placement failure without a
/// reason ran out of is read from these.
pub(crate) async fn instance_rooms(ctx: &Ctx<'_>, cluster: &str) -> Fetched<Vec<InstanceRoom>> {
    let arns = ctx
        .call(async {
            let r = ctx
                .clients
                .ecs
                .list_container_instances()
                .cluster(cluster)
                .max_results(100)
                .send()
                .await;
            fetched("ecs:ListContainerInstances", r, |o| {
                o.container_instance_arns().to_vec()
            })
        })
        .await;
    let arns = match arns {
        Fetched::Ok(a) if a.is_empty() => return Fetched::Ok(Vec::new()),
        Fetched::Ok(a) => a,
        Fetched::Error(e) => return Fetched::Error(e),
        Fetched::Skipped(why) => return Fetched::Skipped(why),
    };
    ctx.call(async {
        let r = ctx
            .clients
            .ecs
            .describe_container_instances()
            .cluster(cluster)
            .set_container_instances(Some(arns))
            .send()
            .await;
        fetched("ecs:DescribeContainerInstances", r, |o| {
            o.container_instances().iter().map(instance_room).collect()
        })
    })
    .await
}

fn instance_room(c: &aws_sdk_ecs::types::ContainerInstance) -> InstanceRoom {
    let amount = |resources: &[aws_sdk_ecs::types::Resource], name: &str| {
        resources
            .iter()
            .find(|r| r.name() == Some(name))
            .map(|r| i64::from(r.integer_value()))
    };
    InstanceRoom {
        id: c
            .container_instance_arn()
            .and_then(|a| a.rsplit('/').next())
            .unwrap_or_default()
            .to_string(),
        ec2_instance_id: c.ec2_instance_id().map(str::to_string),
        status: c.status().map(str::to_string),
        agent_connected: c.agent_connected(),
        cpu_left: amount(c.remaining_resources(), "CPU"),
        memory_left: amount(c.remaining_resources(), "MEMORY"),
        cpu_total: amount(c.registered_resources(), "CPU"),
        memory_total: amount(c.registered_resources(), "MEMORY"),
        running_tasks: c.running_tasks_count(),
    }
}

pub(crate) async fn definition_and_dependents(ctx: &Ctx<'_>, task: &Task) -> DefinitionPart {
    let definition = match (&ctx.given_definition, task.task_definition_arn.as_deref()) {
        (Some(given), _) => Fetched::Ok(given.clone()),
        (None, None) => Fetched::Skipped("the task names no task definition".into()),
        (None, Some(arn)) => definition(ctx, arn).await,
    };
    let Some(td) = definition.ok().cloned() else {
        return DefinitionPart {
            definition,
            iam: Iam::default(),
            images: Vec::new(),
            secrets: Vec::new(),
            kms_keys: Vec::new(),
            log_groups: Vec::new(),
            efs: Vec::new(),
            log_tail: None,
        };
    };
    let secret_refs =
        resources::secret_references(&td, ctx.region.as_deref(), ctx.account.as_deref());
    let (execution_role, simulation, images, (secrets, kms_keys), log_groups, efs, log_tail) = tokio::join!(
        iam::role(ctx, td.execution_role_arn.as_deref()),
        iam::simulate(ctx, &td, &secret_refs, task.task_id()),
        resources::images(ctx, &td),
        resources::secrets_and_keys(ctx, secret_refs.clone()),
        resources::log_groups(ctx, &td),
        resources::efs(ctx, &td),
        super::logs::tail(ctx, task, &td),
    );
    DefinitionPart {
        definition,
        iam: Iam {
            execution_role,
            simulation,
            ..Iam::default()
        },
        images,
        secrets,
        kms_keys,
        log_groups,
        efs,
        log_tail,
    }
}

/// ECS tags as a map (routing reads them).
fn tag_map(tags: &[aws_sdk_ecs::types::Tag]) -> BTreeMap<String, String> {
    tags.iter()
        .filter_map(|t| {
            Some((
                t.key()?.to_string(),
                t.value().unwrap_or_default().to_string(),
            ))
        })
        .collect()
}

fn definition_from_sdk(td: &aws_sdk_ecs::types::TaskDefinition) -> TaskDefinition {
    TaskDefinition {
        arn: td.task_definition_arn().map(str::to_string),
        family: td.family().map(str::to_string),
        revision: Some(td.revision()),
        execution_role_arn: td.execution_role_arn().map(str::to_string),
        task_role_arn: td.task_role_arn().map(str::to_string),
        network_mode: td.network_mode().map(|m| m.as_str().to_string()),
        requires_compatibilities: td
            .requires_compatibilities()
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        cpu: td.cpu().map(str::to_string),
        memory: td.memory().map(str::to_string),
        cpu_architecture: td
            .runtime_platform()
            .and_then(|p| p.cpu_architecture())
            .map(|a| a.as_str().to_string()),
        os_family: td
            .runtime_platform()
            .and_then(|p| p.operating_system_family())
            .map(|a| a.as_str().to_string()),
        ephemeral_storage_gib: td.ephemeral_storage().map(|e| e.size_in_gib()),
        containers: td
            .container_definitions()
            .iter()
            .map(|c| ContainerDefinition {
                name: c.name().unwrap_or_default().to_string(),
                image: c.image().unwrap_or_default().to_string(),
                essential: c.essential(),
                memory: c.memory(),
                memory_reservation: c.memory_reservation(),
                cpu: (c.cpu() != 0).then_some(c.cpu()),
                command: c.command().to_vec(),
                entry_point: c.entry_point().to_vec(),
                secrets: c
                    .secrets()
                    .iter()
                    .map(|s| SecretReference {
                        name: s.name().to_string(),
                        value_from: s.value_from().to_string(),
                    })
                    .collect(),
                repository_credentials: c
                    .repository_credentials()
                    .map(|r| r.credentials_parameter().to_string()),
                log_driver: c
                    .log_configuration()
                    .map(|l| l.log_driver().as_str().to_string()),
                log_options: c
                    .log_configuration()
                    .and_then(|l| l.options())
                    .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                    .unwrap_or_default(),
                environment_files: c
                    .environment_files()
                    .iter()
                    .map(|f| f.value().to_string())
                    .collect(),
                depends_on: c
                    .depends_on()
                    .iter()
                    .map(|d| Dependency {
                        container: d.container_name().to_string(),
                        condition: d.condition().as_str().to_string(),
                    })
                    .collect(),
                start_timeout: c.start_timeout(),
                has_health_check: c.health_check().is_some(),
                container_ports: c
                    .port_mappings()
                    .iter()
                    .filter_map(|p| p.container_port())
                    .collect(),
                health_check: c.health_check().map(|h| HealthCheck {
                    command: h.command().to_vec(),
                    interval: h.interval(),
                    timeout: h.timeout(),
                    retries: h.retries(),
                    start_period: h.start_period(),
                }),
                readonly_root_filesystem: c.readonly_root_filesystem(),
                user: c.user().map(str::to_string),
                mount_points: c
                    .mount_points()
                    .iter()
                    .map(|m| MountPoint {
                        source_volume: m.source_volume().unwrap_or_default().to_string(),
                        container_path: m.container_path().unwrap_or_default().to_string(),
                        read_only: m.read_only().unwrap_or(false),
                    })
                    .collect(),
                shared_memory_size: c.linux_parameters().and_then(|l| l.shared_memory_size()),
                // Names only: a value may be a credential, and the snapshot is written to disk.
                environment_names: c
                    .environment()
                    .iter()
                    .filter_map(|e| e.name().map(str::to_string))
                    .collect(),
            })
            .collect(),
        volumes: td
            .volumes()
            .iter()
            .map(|v| {
                let efs = v.efs_volume_configuration();
                Volume {
                    name: v.name().unwrap_or_default().to_string(),
                    configured_at_launch: v.configured_at_launch() == Some(true),
                    efs_file_system_id: efs.map(|e| e.file_system_id().to_string()),
                    efs_access_point_id: efs
                        .and_then(|e| e.authorization_config())
                        .and_then(|a| a.access_point_id())
                        .map(str::to_string),
                    efs_iam_authorization: efs
                        .and_then(|e| e.authorization_config())
                        .and_then(|a| a.iam())
                        .is_some_and(|i| i.as_str() == "ENABLED"),
                    efs_transit_encryption: efs
                        .and_then(|e| e.transit_encryption())
                        .is_some_and(|t| t.as_str() == "ENABLED"),
                }
            })
            .collect(),
        tags: BTreeMap::new(),
    }
}

/// The service of the task (`group: service:NAME`): its awsvpc configuration is the only record
/// of `assignPublicIp` once the task's ENI is gone.
/// ECS answers a Describe of something that does not exist with 200 and a `failures` entry
/// (reason `MISSING`): a not-found like any other.
fn missing<T>(action: &str, failures: &[aws_sdk_ecs::types::Failure], what: String) -> Fetched<T> {
    Fetched::Error(CallError::new(
        action,
        ErrorKind::NotFound,
        failures
            .first()
            .and_then(|f| f.reason())
            .map(str::to_string),
        what,
    ))
}

/// The task's cluster: registered instances and capacity providers (one call, first round).
pub(crate) async fn cluster(ctx: &Ctx<'_>, task: &Task) -> Fetched<Cluster> {
    let Some(arn) = task.cluster_arn.clone() else {
        return Fetched::Skipped("the task names no cluster".into());
    };
    ctx.call(async {
        let r = ctx
            .clients
            .ecs
            .describe_clusters()
            .clusters(&arn)
            .send()
            .await;
        match r {
            Ok(o) if o.clusters().is_empty() => missing(
                "ecs:DescribeClusters",
                o.failures(),
                format!("cluster {arn} not found"),
            ),
            r => fetched("ecs:DescribeClusters", r, |o| {
                let c = &o.clusters()[0];
                Cluster {
                    name: c.cluster_name().map(str::to_string),
                    status: c.status().map(str::to_string),
                    registered_container_instances: Some(c.registered_container_instances_count()),
                    capacity_providers: c.capacity_providers().to_vec(),
                    default_strategy: c
                        .default_capacity_provider_strategy()
                        .iter()
                        .map(|i| i.capacity_provider().to_string())
                        .collect(),
                    ..Cluster::default()
                }
            }),
        }
    })
    .await
}

pub(crate) async fn service(ctx: &Ctx<'_>, task: &Task) -> Option<ServiceInfo> {
    let name = task.service_name()?.to_string();
    let cluster = task.cluster_arn.clone();
    let describe = ctx
        .call(async {
            let mut req = ctx
                .clients
                .ecs
                .describe_services()
                .services(&name)
                .include(ServiceField::Tags);
            if let Some(c) = &cluster {
                req = req.cluster(c);
            }
            let r = req.send().await;
            match r {
                Ok(o) if o.services().is_empty() => missing(
                    "ecs:DescribeServices",
                    o.failures(),
                    format!("service {name} not found"),
                ),
                r => fetched("ecs:DescribeServices", r, |o| {
                    o.services()
                        .first()
                        .map(|s| service_from_sdk(s, task.started_by.as_deref()))
                        .unwrap_or_default()
                }),
            }
        })
        .await;
    Some(ServiceInfo { name, describe })
}

/// `started_by`: the deployment that launched the task (ECS sets a service task's `startedBy` to
/// its deployment's id), whose EBS volume configuration the task got; else the PRIMARY one.
fn service_from_sdk(s: &aws_sdk_ecs::types::Service, started_by: Option<&str>) -> ServiceDetail {
    let vpc = s
        .network_configuration()
        .and_then(|n| n.awsvpc_configuration());
    ServiceDetail {
        arn: s.service_arn().map(str::to_string),
        launch_type: s.launch_type().map(|l| l.as_str().to_string()),
        platform_version: s.platform_version().map(str::to_string),
        subnets: vpc.map(|v| v.subnets().to_vec()).unwrap_or_default(),
        security_groups: vpc
            .map(|v| v.security_groups().to_vec())
            .unwrap_or_default(),
        assign_public_ip: vpc
            .and_then(|v| v.assign_public_ip())
            .map(|a| a.as_str() == "ENABLED"),
        health_check_grace_period_seconds: s.health_check_grace_period_seconds(),
        target_group_arns: s
            .load_balancers()
            .iter()
            .filter_map(|l| l.target_group_arn().map(str::to_string))
            .collect(),
        load_balancer_targets: s
            .load_balancers()
            .iter()
            .map(|l| crate::snapshot::LoadBalancerTarget {
                target_group_arn: l.target_group_arn().map(str::to_string),
                container_name: l.container_name().map(str::to_string),
                container_port: l.container_port(),
            })
            .collect(),
        tags: tag_map(s.tags()),
        deployments: s
            .deployments()
            .iter()
            .map(|d| Deployment {
                id: d.id().unwrap_or_default().to_string(),
                status: d.status().map(str::to_string),
                task_definition: d.task_definition().map(str::to_string),
                rollout_state: d.rollout_state().map(|r| r.as_str().to_string()),
                rollout_state_reason: d.rollout_state_reason().map(str::to_string),
                failed_tasks: Some(d.failed_tasks()),
            })
            .collect(),
        ebs_volumes: s
            .deployments()
            .iter()
            .find(|d| started_by.is_some() && d.id() == started_by)
            .or_else(|| {
                s.deployments()
                    .iter()
                    .find(|d| d.status() == Some("PRIMARY"))
            })
            .map(|d| d.volume_configurations())
            .unwrap_or_default()
            .iter()
            .filter_map(|v| {
                let e = v.managed_ebs_volume()?;
                Some(crate::snapshot::EbsVolumeConfig {
                    name: v.name().to_string(),
                    role_arn: Some(e.role_arn().to_string()).filter(|r| !r.is_empty()),
                    encrypted: e.encrypted(),
                    kms_key_id: e.kms_key_id().map(str::to_string),
                    snapshot_id: e.snapshot_id().map(str::to_string),
                    size_gib: e.size_in_gib(),
                    volume_type: e.volume_type().map(str::to_string),
                    filesystem_type: e.filesystem_type().map(|t| t.as_str().to_string()),
                })
            })
            .collect(),
    }
}

/// The awsvpc configuration: the live ENI wins (it is what the task really had), then the
/// service's network configuration; otherwise unknown.
pub(crate) fn awsvpc(
    task: &Task,
    service: Option<&ServiceInfo>,
    eni: Fetched<Eni>,
    container_instance: Option<&ContainerInstanceInfo>,
) -> Awsvpc {
    let service = service
        .and_then(|s| s.describe.ok())
        .filter(|s| !s.subnets.is_empty());
    let mut a = Awsvpc {
        eni,
        ..Awsvpc::default()
    };
    if let Some(e) = a.eni.ok().cloned() {
        a.source = AwsvpcSource::Eni;
        a.subnets = e.subnet_id.into_iter().collect();
        a.security_groups = e.security_groups;
        a.assign_public_ip = Some(e.public_ip.is_some());
        a.public_ip = e.public_ip;
    } else if let Some(s) = service {
        a.source = AwsvpcSource::Service;
        a.subnets = s.subnets.clone();
        a.security_groups = s.security_groups.clone();
        a.assign_public_ip = s.assign_public_ip;
    } else if let (None, Some(i)) = (
        &task.subnet_id,
        container_instance.and_then(|c| c.instance.ok()),
    ) {
        // bridge/host mode: the task has no subnet; it uses the instance's network interface.
        a.source = AwsvpcSource::Instance;
        a.subnets = i.subnet_id.iter().cloned().collect();
        a.security_groups = i.security_groups.clone();
        a.assign_public_ip = Some(i.public_ip.is_some());
        a.public_ip = i.public_ip.clone();
    }
    // The subnet the task actually ran in comes first.
    if let Some(subnet) = &task.subnet_id {
        a.subnets.retain(|s| s != subnet);
        a.subnets.insert(0, subnet.clone());
    }
    a
}

/// EC2 launch type: container instance → EC2 instance → instance profile → role.
pub(crate) async fn container_instance(
    ctx: &Ctx<'_>,
    task: &Task,
) -> Option<ContainerInstanceInfo> {
    let arn = task.container_instance_arn.clone()?;
    let ec2_instance_id = ctx
        .call(async {
            let mut req = ctx
                .clients
                .ecs
                .describe_container_instances()
                .container_instances(&arn);
            if let Some(c) = &task.cluster_arn {
                req = req.cluster(c);
            }
            fetched("ecs:DescribeContainerInstances", req.send().await, |o| {
                o.container_instances()
                    .first()
                    .and_then(|c| c.ec2_instance_id())
                    .map(str::to_string)
            })
        })
        .await;
    let ec2_instance_id = ec2_instance_id.required("ecs:DescribeContainerInstances", || {
        "container instance not found (deregistered?)".into()
    });
    let instance = match ec2_instance_id.ok() {
        Some(id) => super::ec2::instance(ctx, id).await,
        None => Fetched::Skipped("no EC2 instance id".into()),
    };
    let instance_role = match instance.ok().and_then(|i| i.instance_profile_arn.clone()) {
        Some(profile) => iam::instance_profile_role(ctx, &profile).await,
        None => None,
    };
    Some(ContainerInstanceInfo {
        arn,
        ec2_instance_id,
        instance,
        instance_role,
    })
}
