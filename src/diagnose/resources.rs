//! Resource checks: images, secrets, log groups, storage, EFS, ENI capacity, registry
//! credentials, task definition fit, container exits.

use super::{Facts, Outcome};
use crate::net::{self, Cidr, Peer, Proto};
use crate::refs::{self, ImageRef, Registry};
use crate::snapshot::{ErrorKind, Fetched, LoadBalancer, Network, SecurityGroup};
use crate::stop::Ending;
use regex::Regex;
use std::sync::LazyLock;

const GIB: f64 = 1024.0 * 1024.0 * 1024.0;

pub fn image_not_found(f: &Facts) -> Outcome {
    if f.snap.images.is_empty() {
        return f
            .td_missing()
            .unwrap_or_else(|| Outcome::skipped("no container image"));
    }
    let outcomes = f
        .snap
        .images
        .iter()
        .map(|img| {
            if ImageRef::parse(&img.image).is_none() {
                return Outcome::fail_on(img.image.clone(),
                    format!("Container {}: the image reference {:?} is malformed", img.container, img.image),
                    vec![format!("container {}: image = {:?}", img.container, img.image)],
                    vec!["Use registry/repository[:tag] or registry/repository@sha256:digest".into()],
                );
            }
            let Some(ecr) = &img.ecr else {
                return Outcome::skipped(format!("{} is not in ECR: its existence is not checked", img.image));
            };
            let reference = ecr.digest.clone().or(ecr.tag.clone()).unwrap_or_else(|| "latest".into());
            match &ecr.describe {
                Fetched::Ok(d) => Outcome::pass(format!(
                    "{}:{reference} exists ({})",
                    ecr.repository,
                    d.digest.as_deref().unwrap_or("digest unknown")
                )),
                Fetched::Error(e) if e.kind == ErrorKind::NotFound => {
                    let repo_missing = e.code.as_deref() == Some("RepositoryNotFoundException");
                    Outcome::fail_on(img.image.clone(),
                        if repo_missing {
                            format!("Repository {} does not exist in account {} ({})", ecr.repository, ecr.account, ecr.region)
                        } else {
                            format!("Image {}:{reference} does not exist", ecr.repository)
                        },
                        vec![format!("ecr:DescribeImages {}:{reference}: {}", ecr.repository, e.code.as_deref().unwrap_or("not found")), format!("container {}: image {}", img.container, img.image)],
                        vec![
                            format!(
                                "aws ecr describe-images --registry-id {} --repository-name {} (list what exists; a lifecycle policy may have expired the tag)",
                                ecr.account, ecr.repository
                            ),
                            "Push the image, or register a task definition revision naming an existing tag or digest".into(),
                        ],
                    )
                }
                other => Outcome::unknown(other.why_missing().unwrap_or_default()),
            }
        })
        .collect();
    Outcome::combine(outcomes)
}

/// An image index (what `docker buildx --platform` pushes) names the platform of each entry, so
/// it can be held against the platform the task runs on before anything is pulled. A
/// single-platform manifest keeps its architecture in the config blob, which ECR's API does not
/// return: then the check says it cannot tell, and the error text ("exec format error", "no
/// matching manifest for linux/arm64") stays the only witness.
pub fn image_platform(f: &Facts) -> Outcome {
    let Some(td) = f.td else {
        return f.td_missing().expect("no task definition");
    };
    let suspected = f
        .classification
        .classification
        .candidates
        .contains(&"image.platform_mismatch");
    // Cannot tell: unknown when the text suspects a platform mismatch, else nothing to report.
    let cannot_tell = |why: String| {
        if suspected {
            Outcome::unknown(why)
        } else {
            Outcome::skipped(why)
        }
    };
    let t = &f.snap.task;
    let fargate = t.is_fargate()
        || (t.launch_type.is_none()
            && t.capacity_provider.is_none()
            && td.requires_compatibilities == ["FARGATE"]);
    let (platform, source) = match (&t.cpu_architecture, &td.cpu_architecture) {
        (Some(a), _) => (
            refs::task_platform(Some(a), td.os_family.as_deref(), fargate),
            format!("the task ran on {a} (attribute ecs.cpu-architecture)"),
        ),
        (None, Some(a)) => (
            refs::task_platform(Some(a), td.os_family.as_deref(), fargate),
            format!("runtimePlatform.cpuArchitecture = {a}"),
        ),
        (None, None) => (
            refs::task_platform(None, td.os_family.as_deref(), fargate),
            "Fargate runs X86_64 when runtimePlatform names no cpuArchitecture".to_string(),
        ),
    };
    let Some((os, arch)) = platform else {
        return cannot_tell(
            "the task's CPU architecture is not known before it is placed (no runtimePlatform in the task definition)".into(),
        );
    };
    let wanted = format!("{os}/{arch}");
    let outcomes = f
        .snap
        .images
        .iter()
        .map(|img| {
            let Some(ecr) = &img.ecr else {
                return cannot_tell(format!("{} is not in ECR: its platforms are not read", img.image));
            };
            let reference = ecr.digest.clone().or(ecr.tag.clone()).unwrap_or_else(|| "latest".into());
            let name = format!("{}:{reference}", ecr.repository);
            if matches!(&ecr.describe, Fetched::Error(e) if e.kind == ErrorKind::NotFound) {
                return Outcome::skipped(format!("{name} does not exist (image.not_found)"));
            }
            let m = match &ecr.manifest {
                Fetched::Ok(m) => m,
                other => return cannot_tell(other.why_missing().unwrap_or_default()),
            };
            if !m.index {
                return cannot_tell(format!(
                    "{name} is a single-platform image: its architecture is in its config blob, which ECR's API does not return (docker image inspect --format '{{{{.Os}}}}/{{{{.Architecture}}}}' tells)"
                ));
            }
            let listed: Vec<String> = m.platforms.iter().map(|p| p.to_string()).collect();
            if m.platforms.iter().any(|p| p.os == os && p.architecture == arch) {
                // The index can list the platform while a binary copied into that entry is
                // built for another one: an exec format error keeps its suspect.
                return Outcome::nothing_found(format!("{name} has a {wanted} image (index: {})", listed.join(", ")));
            }
            let other_arch = if arch == "arm64" { "X86_64" } else { "ARM64" };
            let fix_td = if m.platforms.iter().any(|p| p.os == os) {
                vec![format!(
                    "Or run the task on what the image has: runtimePlatform {{\"cpuArchitecture\": \"{other_arch}\", \"operatingSystemFamily\": \"{}\"}} in a new task definition revision",
                    if os == "windows" { "WINDOWS_SERVER_2022_CORE" } else { "LINUX" }
                )]
            } else {
                Vec::new()
            };
            Outcome::fail_on(name.to_string(),
                format!(
                    "Container {}: the image {name} has no {wanted} variant, and the task runs on {wanted}",
                    img.container
                ),
                vec![
                    format!(
                        "ecr:BatchGetImage {name}: image index lists {}",
                        if listed.is_empty() { "no platform".to_string() } else { listed.join(", ") }
                    ),
                    format!("the task needs {wanted}: {source}"),
                ],
                [format!(
                    "Push a {wanted} variant: docker buildx build --platform {} -t {} --push .",
                    listed.iter().chain([&wanted]).cloned().collect::<Vec<_>>().join(","),
                    img.image
                )]
                .into_iter()
                .chain(fix_td)
                .collect(),
            )
        })
        .collect::<Vec<_>>();
    if outcomes.is_empty() {
        return Outcome::skipped("no container image");
    }
    Outcome::combine(outcomes)
}

pub fn secret_not_found(f: &Facts) -> Outcome {
    // Registry credentials are registry.auth's.
    let secrets: Vec<_> = f
        .snap
        .secrets
        .iter()
        .filter(|s| s.name != "repositoryCredentials")
        .collect();
    if secrets.is_empty() {
        return f
            .td_missing()
            .unwrap_or_else(|| Outcome::skipped("no secret or parameter referenced"));
    }
    let outcomes = secrets
        .iter()
        .map(|s| {
            let what = format!("container {}: {} from {}", s.container, s.name, s.value_from);
            let kind = if s.store == "ssm" { "parameter" } else { "secret" };
            match &s.describe {
                Fetched::Error(e) if e.kind == ErrorKind::NotFound => Outcome::fail_on(s.lookup.clone(),
                    format!("The {kind} {} does not exist (referenced by {} in container {})", s.lookup, s.name, s.container),
                    vec![format!("{}: {}", e.action, e.code.as_deref().unwrap_or("not found")), what],
                    vec![format!(
                        "Create it, or fix valueFrom in a new task definition revision ({})",
                        if s.store == "ssm" { "aws ssm describe-parameters --parameter-filters Key=Name,Values=<name>" } else { "aws secretsmanager list-secrets" }
                    )],
                ),
                Fetched::Ok(m) if m.deleted_date.is_some() => Outcome::fail_on(s.lookup.clone(),
                    format!("The secret {} is scheduled for deletion", m.name.as_deref().unwrap_or(&s.lookup)),
                    vec![format!("DeletedDate = {}", m.deleted_date.as_deref().unwrap_or("?")), what],
                    vec![format!("aws secretsmanager restore-secret --secret-id {}", s.lookup)],
                ),
                Fetched::Ok(m) if s.version_stage.as_ref().is_some_and(|v| !m.version_stages.is_empty() && !m.version_stages.contains(v)) => Outcome::fail_on(s.lookup.clone(),
                    format!("The secret {} has no version stage {}", m.name.as_deref().unwrap_or(&s.lookup), s.version_stage.as_deref().unwrap_or("")),
                    vec![format!("stages present: {}", m.version_stages.join(", ")), what],
                    vec!["Use an existing version stage (AWSCURRENT) in valueFrom".into()],
                ),
                Fetched::Ok(_) if s.json_key.is_some() => Outcome::nothing_found(format!(
                    "{} exists (its JSON key is not checked: that needs the value, which ecs-autopsy never reads)",
                    s.lookup
                )),
                Fetched::Ok(_) => Outcome::pass(format!("{} exists", s.lookup)),
                other => Outcome::unknown(other.why_missing().unwrap_or_default()),
            }
        })
        .collect();
    Outcome::combine(outcomes)
}

pub fn log_group_missing(f: &Facts) -> Outcome {
    if f.snap.log_groups.is_empty() {
        return f
            .td_missing()
            .unwrap_or_else(|| Outcome::skipped("no container uses awslogs"));
    }
    let outcomes = f
        .snap
        .log_groups
        .iter()
        .map(|l| match &l.exists {
            Fetched::Ok(true) => Outcome::pass(format!("log group {} exists", l.group)),
            Fetched::Ok(false) if l.create_group => Outcome::pass(format!(
                "log group {} does not exist yet; awslogs-create-group = true creates it",
                l.group
            )),
            Fetched::Ok(false) => Outcome::fail_on(
                l.group.clone(),
                format!(
                    "The log group {} does not exist (container {})",
                    l.group, l.container
                ),
                vec![
                    format!("logs:DescribeLogGroups: no group named {}", l.group),
                    format!(
                        "container {}: awslogs-create-group is not true",
                        l.container
                    ),
                ],
                vec![format!(
                    "aws logs create-log-group --log-group-name {}",
                    l.group
                )],
            ),
            other => Outcome::unknown(other.why_missing().unwrap_or_default()),
        })
        .collect();
    Outcome::combine(outcomes)
}

pub fn ephemeral_storage(f: &Facts) -> Outcome {
    if !f.snap.task.is_fargate() {
        return Outcome::skipped(
            "not a Fargate task (the instance's Docker storage is not gathered)",
        );
    }
    let sizes: Vec<(String, Option<i64>)> = f
        .snap
        .images
        .iter()
        .filter_map(|i| {
            Some((
                i.image.clone(),
                i.ecr.as_ref()?.describe.ok().and_then(|d| d.size_bytes),
            ))
        })
        .collect();
    if sizes.is_empty() {
        return Outcome::unknown("no image size is known (only ECR images are measured)");
    }
    let total: i64 = sizes.iter().filter_map(|(_, s)| *s).sum();
    let available = f
        .snap
        .task
        .ephemeral_storage_gib
        .or(f.td.and_then(|t| t.ephemeral_storage_gib.map(i64::from)))
        .unwrap_or(20);
    let compressed = total as f64 / GIB;
    // Layers are stored compressed in ECR and typically take 2-3 times that once extracted.
    let extracted = compressed * 2.5;
    let evidence = vec![
        format!("images ({}): {compressed:.1} GiB compressed in ECR, about {extracted:.1} GiB extracted", sizes.len()),
        format!("ephemeral storage: {available} GiB"),
    ];
    let fix = vec![format!(
        "Raise ephemeralStorage.sizeInGiB in the task definition (now {available}, at most 200), or make the image smaller"
    )];
    if compressed >= available as f64 * 0.9 || extracted > available as f64 * 1.2 {
        Outcome::fail(format!("The image (about {extracted:.0} GiB extracted) does not fit in {available} GiB of ephemeral storage"), evidence, fix)
    } else if extracted > available as f64 * 0.6 {
        Outcome::warn(format!("The image (about {extracted:.0} GiB extracted) leaves little of the {available} GiB of ephemeral storage"), evidence, fix)
    } else {
        // Not a rule-out: the extraction ratio varies (2-4x) and the container's own writes
        // share the disk, so "no space left on device" stays a suspect.
        Outcome::nothing_found(format!(
            "{compressed:.2} GiB of images (compressed) in {available} GiB of ephemeral storage; \
             extraction and the container's own writes are not visible"
        ))
    }
}

pub fn efs(f: &Facts) -> Outcome {
    if f.snap.efs.is_empty() {
        return f
            .td_missing()
            .unwrap_or_else(|| Outcome::skipped("no EFS volume"));
    }
    let az = f.snap.task.availability_zone.clone();
    let task_sgs = f.snap.awsvpc.security_groups.clone();
    let sgs = f.snap.network.as_ref().and_then(|n| n.security_groups.ok());
    let task_cidr = f
        .snap
        .network
        .as_ref()
        .and_then(|n| n.subnets.ok())
        .and_then(|s| {
            s.iter()
                .find(|s| Some(&s.id) == f.snap.awsvpc.subnets.first())
        })
        .and_then(|s| s.cidr.as_deref().and_then(Cidr::parse));
    let outcomes = f
        .snap
        .efs
        .iter()
        .map(|v| {
            let Some(targets) = v.mount_targets.ok() else {
                return Outcome::unknown(v.mount_targets.why_missing().unwrap_or_default());
            };
            let in_az: Vec<_> = targets.iter().filter(|t| az.is_none() || t.availability_zone == az).collect();
            if in_az.is_empty() {
                return Outcome::fail_on(v.file_system_id.clone(),
                    format!("EFS {} has no mount target in the task's AZ {}", v.file_system_id, az.as_deref().unwrap_or("?")),
                    vec![format!(
                        "mount targets in: {}",
                        targets.iter().filter_map(|t| t.availability_zone.clone()).collect::<Vec<_>>().join(", ")
                    )],
                    vec![format!(
                        "aws efs create-mount-target --file-system-id {} --subnet-id {} --security-groups <sg allowing tcp 2049 from the task>",
                        v.file_system_id,
                        f.snap.awsvpc.subnets.first().map(String::as_str).unwrap_or("<task subnet>")
                    )],
                );
            }
            let t = in_az[0];
            let Some(ids) = t.security_groups.ok() else {
                return Outcome::unknown(t.security_groups.why_missing().unwrap_or_default());
            };
            let Some(all) = sgs else {
                return Outcome::unknown("the VPC's security groups are unknown");
            };
            let groups: Vec<_> = ids.iter().filter_map(|id| all.iter().find(|g| &g.id == id)).collect();
            let peer = Peer {
                cidrs: task_cidr.into_iter().collect(),
                security_groups: task_sgs.clone(),
                prefix_lists: Vec::new(),
            };
            if net::sg_allows(&groups, false, Proto::Tcp, 2049, &peer).is_none() {
                return Outcome::fail_on(v.file_system_id.clone(),
                    format!("The security group of EFS mount target {} does not allow NFS (tcp 2049) from the task", t.id),
                    vec![format!("no ingress rule of {} allows tcp 2049 from {}", ids.join(", "), task_sgs.join(", "))],
                    vec![format!(
                        "aws ec2 authorize-security-group-ingress --group-id {} --protocol tcp --port 2049 --source-group {}",
                        ids.first().map(String::as_str).unwrap_or("<mount-target-sg>"),
                        task_sgs.first().map(String::as_str).unwrap_or("<task-sg>")
                    )],
                );
            }
            Outcome::pass(format!("EFS {} has a reachable mount target {} in {}", v.file_system_id, t.id, az.as_deref().unwrap_or("the task's AZ")))
        })
        .collect();
    Outcome::combine(outcomes)
}

pub fn eni_capacity(f: &Facts) -> Outcome {
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

pub fn registry_auth(f: &Facts) -> Outcome {
    let Some(td) = f.td else {
        return f.td_missing().expect("no task definition");
    };
    let mut outcomes = Vec::new();
    for c in &td.containers {
        let registry = ImageRef::parse(&c.image).map(|i| i.registry);
        match (&c.repository_credentials, registry) {
            (Some(param), _) => {
                let s = f.snap.secrets.iter().find(|s| s.container == c.name && s.name == "repositoryCredentials");
                outcomes.push(match s.map(|s| &s.describe) {
                    Some(Fetched::Error(e)) if e.kind == ErrorKind::NotFound => Outcome::fail_on(param.clone(),
                        format!("The registry credentials secret {param} of container {} does not exist", c.name),
                        vec![format!("repositoryCredentials.credentialsParameter = {param}: {}", e.code.as_deref().unwrap_or("not found"))],
                        vec!["Create the secret with {\"username\":…,\"password\":…} and reference its ARN".into()],
                    ),
                    Some(Fetched::Ok(_)) => Outcome::nothing_found(format!("registry credentials {param} exist (their content is not read)")),
                    Some(other) => Outcome::unknown(other.why_missing().unwrap_or_default()),
                    None => Outcome::unknown("the credentials secret was not gathered"),
                });
            }
            (None, Some(Registry::Other(host))) => outcomes.push(Outcome::warn(
                format!("Container {} pulls from {host} without repositoryCredentials", c.name),
                vec![format!("image {}: no repositoryCredentials (fine only if the image is public)", c.image)],
                vec!["If the image is private, add repositoryCredentials with a Secrets Manager secret".into()],
            )),
            _ => {}
        }
    }
    if outcomes.is_empty() {
        return Outcome::skipped("no private registry outside ECR");
    }
    Outcome::combine(outcomes)
}

pub fn task_config(f: &Facts) -> Outcome {
    let Some(td) = f.td else {
        return f.td_missing().expect("no task definition");
    };
    let mut problems = Vec::new();
    if f.snap.task.is_fargate() {
        if !td.requires_compatibilities.is_empty()
            && !td.requires_compatibilities.iter().any(|c| c == "FARGATE")
        {
            problems.push(format!(
                "requiresCompatibilities = {:?}: not FARGATE",
                td.requires_compatibilities
            ));
        }
        if td.network_mode.as_deref().is_some_and(|m| m != "awsvpc") {
            problems.push(format!(
                "networkMode = {}: Fargate needs awsvpc",
                td.network_mode.as_deref().unwrap_or("")
            ));
        }
        if td.cpu.is_none() || td.memory.is_none() {
            problems.push("task-level cpu and memory are required on Fargate".into());
        }
        if let Some(p) = fargate_size_problem(td.cpu.as_deref(), td.memory.as_deref()) {
            problems.push(p);
        }
    }
    // What ECS refuses whatever the launch type.
    if !td.containers.is_empty() && td.containers.iter().all(|c| c.essential == Some(false)) {
        problems.push("no container is essential: a task needs at least one".into());
    }
    for c in &td.containers {
        for d in &c.depends_on {
            let target = td.containers.iter().find(|t| t.name == d.container);
            match target {
                None => problems.push(format!(
                    "{} dependsOn {} ({}), which is not a container of this task definition",
                    c.name, d.container, d.condition
                )),
                Some(t) if d.condition == "HEALTHY" && !t.has_health_check => {
                    problems.push(format!(
                    "{} dependsOn {} HEALTHY, but {} has no healthCheck: it never becomes healthy",
                    c.name, d.container, d.container
                ))
                }
                _ => {}
            }
        }
    }
    let mut outcomes = Vec::new();
    let mut problems_lb: Vec<String> = Vec::new();
    if !problems.is_empty() {
        outcomes.push(Outcome::fail(
            format!("Task definition {} cannot run as configured", td.family.as_deref().unwrap_or("?")),
            problems,
            vec![
                "Register a revision that fixes the listed fields (requiresCompatibilities, networkMode awsvpc, a valid Fargate cpu/memory pair, an essential container, health checks for HEALTHY dependencies)".into(),
            ],
        ));
    }
    // A load balancer sending to a container port the container does not map.
    if let Some(s) = f.snap.service.as_ref().and_then(|s| s.describe.ok()) {
        for lb in &s.load_balancer_targets {
            let (Some(name), Some(port)) = (&lb.container_name, lb.container_port) else {
                continue;
            };
            match td.containers.iter().find(|c| &c.name == name) {
                None => problems_lb.push(format!(
                    "the service's load balancer targets container {name}, which is not in the task definition"
                )),
                Some(c) if !c.container_ports.contains(&port) => problems_lb.push(format!(
                    "the service's load balancer targets {name}:{port}, but {name} maps {}",
                    if c.container_ports.is_empty() {
                        "no port".to_string()
                    } else {
                        format!("{:?}", c.container_ports)
                    }
                )),
                _ => {}
            }
        }
    }
    if !problems_lb.is_empty() {
        outcomes.push(Outcome::fail(
            "The service's load balancer targets a container port the task definition does not map",
            problems_lb,
            vec!["Add the port to the container's portMappings, or update the service's loadBalancers containerName/containerPort".into()],
        ));
    }
    // A load balancer with no grace period: slow starters are killed by failing health checks.
    if let Some(s) = f.snap.service.as_ref().and_then(|s| s.describe.ok()) {
        if !s.target_group_arns.is_empty() && s.health_check_grace_period_seconds.unwrap_or(0) == 0
        {
            outcomes.push(Outcome::warn(
                "The service sits behind a load balancer with no health check grace period",
                vec![format!(
                    "{} target group(s), healthCheckGracePeriodSeconds = {}",
                    s.target_group_arns.len(),
                    s.health_check_grace_period_seconds.unwrap_or(0)
                )],
                vec![format!(
                    "aws ecs update-service --cluster {} --service {} --health-check-grace-period-seconds 60 (longer than the application's start)",
                    f.snap.task.cluster_name().unwrap_or("<cluster>"),
                    f.snap.task.service_name().unwrap_or("<service>")
                )],
            ));
        }
    }
    if outcomes.is_empty() {
        return Outcome::pass("the task definition fits the launch type");
    }
    Outcome::combine(outcomes)
}

/// Fargate's task sizes: the memory a CPU value allows, in MiB. `cpu` in units or vCPU,
/// `memory` in MiB or GB, as ECS accepts them.
fn fargate_size_problem(cpu: Option<&str>, memory: Option<&str>) -> Option<String> {
    let parse = |v: &str, unit: &str, factor: f64| -> Option<u32> {
        let v = v.trim();
        let lower = v.to_ascii_lowercase();
        match lower.strip_suffix(unit) {
            Some(n) => n.trim().parse::<f64>().ok().map(|n| (n * factor) as u32),
            None => v.parse().ok(),
        }
    };
    let c = parse(cpu?, "vcpu", 1024.0)?;
    let m = parse(memory?, "gb", 1024.0)?;
    let (lo, hi, step) = match c {
        256 => {
            return (![512, 1024, 2048].contains(&m))
                .then(|| format!("cpu 256 with memory {m} MiB: Fargate allows 512, 1024 or 2048"))
        }
        512 => (1024, 4096, 1024),
        1024 => (2048, 8192, 1024),
        2048 => (4096, 16384, 1024),
        4096 => (8192, 30720, 1024),
        8192 => (16384, 61440, 4096),
        16384 => (32768, 122880, 8192),
        other => {
            return Some(format!(
                "cpu {other}: Fargate allows 256, 512, 1024, 2048, 4096, 8192 or 16384"
            ))
        }
    };
    (m < lo || m > hi || (m - lo) % step != 0).then(|| {
        format!("cpu {c} with memory {m} MiB: Fargate allows {lo} to {hi} MiB in steps of {step}")
    })
}

/// What to do about an exit code, for the fix list.
fn exit_fix(code: Option<i64>, name: &str) -> Vec<String> {
    let logs = format!(
        "Read the last log lines of {name} (CloudWatch Logs) and fix the application or its configuration"
    );
    let extra = match code {
        Some(132) => Some(
            "Exit 132 is SIGILL: build the image for the task's CPU architecture (runtimePlatform.cpuArchitecture), or run the task on that architecture"
                .to_string(),
        ),
        Some(139) => Some(
            "Exit 139 is a segmentation fault: a native library or a binary built for another platform; rebuild the image for the task's platform"
                .to_string(),
        ),
        Some(134) => Some("Exit 134 is an abort: the runtime's log lines above it say which assertion or fatal error".to_string()),
        Some(137) => Some(
            "Exit 137 without an OOM reason is a SIGKILL: the process ignored SIGTERM until stopTimeout, or the kernel killed it; handle SIGTERM, raise stopTimeout, check its memory"
                .to_string(),
        ),
        Some(143) => Some(
            "Exit 143 is SIGTERM: something stopped the process (a failed health check, a deployment, the process itself); the service events say which"
                .to_string(),
        ),
        Some(0) => Some(
            "A service's essential container must keep running: run the process in the foreground (no daemonising entrypoint), or run one-off work as a standalone task"
                .to_string(),
        ),
        _ => None,
    };
    let mut out = vec![logs];
    out.extend(extra);
    out
}

/// The evidence lines every exit-based check shares: the culprit, its timing, the consequences.
fn exit_evidence(f: &Facts) -> Vec<String> {
    let s = &f.stop;
    let mut ev = Vec::new();
    if let Some(name) = &s.culprit {
        let reason = f
            .snap
            .task
            .containers
            .iter()
            .find(|c| &c.name == name)
            .and_then(|c| c.reason.as_deref())
            .map(|r| format!(", reason: {r}"))
            .unwrap_or_default();
        ev.push(format!(
            "container {name}: {}{reason}{}",
            s.exit_meaning.as_deref().unwrap_or("no exit code"),
            match s.timing() {
                t if t.is_empty() => String::new(),
                t => format!(", {t}"),
            }
        ));
    }
    for c in &s.consequences {
        ev.push(format!(
            "container {}: exit {} — {} (a consequence, not the cause)",
            c.container,
            c.exit_code.map_or("none".into(), |e| e.to_string()),
            c.why
        ));
    }
    if s.stop_code_inferred {
        ev.push(format!(
            "stopCode {} inferred: the event carries none (an older agent, an archive or a replay)",
            s.stop_code.as_deref().unwrap_or("?")
        ));
    }
    ev
}

pub fn container_exit(f: &Facts) -> Outcome {
    let s = &f.stop;
    match s.ending {
        Ending::Succeeded => Outcome::pass(format!("{}: not a failure", s.summary)),
        Ending::Crashed if s.oom => {
            Outcome::skipped("the container was killed for its memory (container.oom)")
        }
        Ending::Crashed if matches!(s.culprit_exit, Some(126 | 127)) => {
            Outcome::skipped("the command could not be executed (container.command)")
        }
        Ending::Crashed | Ending::ExitedZero => Outcome::fail(
            s.summary.clone(),
            exit_evidence(f),
            exit_fix(
                s.culprit_exit,
                s.culprit.as_deref().unwrap_or("the container"),
            ),
        ),
        _ => Outcome::skipped("the task did not stop because a container exited"),
    }
}

/// The container's command or entrypoint could not run: exit 126/127, or the runtime said so.
pub fn container_command(f: &Facts) -> Outcome {
    static EXEC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)executable file not found|no such file or directory|permission denied|not found or does not exist|exec: "|unable to start container process"#).unwrap()
    });
    let s = &f.stop;
    let by_text = f.snap.task.containers.iter().find(|c| {
        c.reason.as_deref().is_some_and(|r| {
            EXEC.is_match(r) && !r.to_ascii_lowercase().contains("exec format error")
        })
    });
    let by_exit = s
        .culprit
        .as_deref()
        .filter(|_| matches!(s.culprit_exit, Some(126 | 127)));
    let Some(name) = by_exit.or(by_text.map(|c| c.name.as_str())) else {
        return match s.ending {
            Ending::Crashed | Ending::ExitedZero | Ending::Succeeded => Outcome::pass(format!(
                "the command ran ({})",
                s.exit_meaning.as_deref().unwrap_or("it exited")
            )),
            _ => Outcome::skipped("no container exited or failed to execute its command"),
        };
    };
    let def =
        f.td.and_then(|t| t.containers.iter().find(|c| c.name == name));
    let mut evidence = Vec::new();
    if let Some(c) = by_text {
        evidence.push(format!(
            "container {}: {}",
            c.name,
            c.reason.as_deref().unwrap_or("")
        ));
    }
    if by_exit.is_some() {
        evidence.extend(exit_evidence(f));
    }
    match def {
        Some(d) => evidence.push(format!(
            "container {name}: entryPoint {:?}, command {:?} (empty = the image's own)",
            d.entry_point, d.command
        )),
        None => {
            evidence.push("the task definition is unknown: its command could not be read".into())
        }
    }
    Outcome::fail(
        format!(
            "The command of container {name} could not be executed{}",
            match s.culprit_exit {
                Some(127) if by_exit.is_some() => ": not found in the image (exit 127)",
                Some(126) if by_exit.is_some() => ": not executable (exit 126)",
                _ => "",
            }
        ),
        evidence,
        vec![
            "Check that the entryPoint/command exists in the image (docker run --entrypoint sh IMAGE -c 'command -v …'), is executable (chmod +x) and has Unix line endings".into(),
            "Register a task definition revision with the right command, or rebuild the image".into(),
        ],
    )
}

pub fn container_oom(f: &Facts) -> Outcome {
    let oom: Vec<_> = f
        .snap
        .task
        .containers
        .iter()
        .filter(|c| {
            c.reason.as_deref().is_some_and(|r| {
                r.contains("OutOfMemory") || r.to_ascii_lowercase().contains("killed due to memory")
            })
        })
        .collect();
    let first = oom
        .iter()
        .find(|c| Some(c.name.as_str()) == f.stop.culprit.as_deref())
        .or(oom.first());
    match first {
        Some(c) => {
            let limit =
                f.td.and_then(|t| t.containers.iter().find(|d| d.name == c.name))
                    .and_then(|d| d.memory.or(d.memory_reservation));
            Outcome::fail(
                format!("Container {} was killed for exceeding its memory", c.name),
                vec![format!(
                    "container {}: {} (exit code {}); memory limit {}",
                    c.name,
                    c.reason.as_deref().unwrap_or(""),
                    c.exit_code
                        .map(|e| e.to_string())
                        .unwrap_or_else(|| "?".into()),
                    limit.map(|m| format!("{m} MiB")).unwrap_or_else(|| format!(
                        "task-level {}",
                        f.td.and_then(|t| t.memory.clone())
                            .unwrap_or_else(|| "?".into())
                    ))
                )],
                vec![
                    "Raise the container's memory (and the task's), or lower the application's use"
                        .into(),
                ],
            )
        }
        None => Outcome::skipped("no container was killed for memory"),
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
fn empty_ec2_cluster(f: &Facts) -> Option<Outcome> {
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

pub fn capacity_placement(f: &Facts) -> Outcome {
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
                .contains(&"capacity.placement")
            {
                Outcome::unknown("no placement failure was reported with the task, and the cluster's free capacity is not gathered")
            } else {
                Outcome::skipped("no placement failure reported")
            };
        }
    };
    if let Some(mut empty) = empty_ec2_cluster(f) {
        empty
            .evidence
            .insert(0, format!("{source}: reason {reason:?}"));
        return empty;
    }
    let (what, fix) = placement_reason(&reason);
    let mut evidence = vec![format!("{source}: reason {reason:?}")];
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

/// The task was stopped for failing its container health check: the check as defined, against
/// how long the task ran (a check that fails from the start cannot pass: its command is missing
/// from the image, or probes the wrong port).
pub fn container_health(f: &Facts) -> Outcome {
    let reason = f
        .snap
        .task
        .stopped_reason
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    let unhealthy: Vec<&str> = f
        .snap
        .task
        .containers
        .iter()
        .filter(|c| c.health_status.as_deref() == Some("UNHEALTHY"))
        .map(|c| c.name.as_str())
        .collect();
    let by_reason = reason.contains("container health check");
    if !by_reason && unhealthy.is_empty() {
        return Outcome::skipped("the task was not stopped for a container health check");
    }
    let Some(td) = f.td else {
        return f.td_missing().expect("no task definition");
    };
    let checked: Vec<_> = td
        .containers
        .iter()
        .filter(|c| c.health_check.is_some())
        .filter(|c| unhealthy.is_empty() || unhealthy.contains(&c.name.as_str()))
        .collect();
    if checked.is_empty() {
        return Outcome::unknown("the task was stopped for a health check, but no container of its task definition defines one");
    }
    let mut evidence = vec![format!(
        "stoppedReason: {}",
        f.snap.task.stopped_reason.as_deref().unwrap_or("-")
    )];
    let mut fix = Vec::new();
    for c in &checked {
        let h = c.health_check.as_ref().expect("filtered");
        let (interval, retries, start) = (
            h.interval.unwrap_or(30),
            h.retries.unwrap_or(3),
            h.start_period.unwrap_or(0),
        );
        // The earliest a check that never passes can mark the container unhealthy.
        let earliest = start + interval * retries;
        evidence.push(format!(
            "container {}: healthCheck {:?}, interval {interval} s, timeout {} s, retries {retries}, startPeriod {start} s: unhealthy at the earliest {earliest} s after start",
            c.name,
            h.command,
            h.timeout.unwrap_or(5)
        ));
        let cmd = h.command.join(" ");
        if let Some(ran) = f.stop.ran_secs {
            let soon = ran <= f64::from(earliest + interval) + 5.0;
            evidence.push(format!(
                "the task ran {}{}",
                crate::stop::human_secs(ran),
                if soon {
                    ": about as soon as the check can fail, so it likely never passed"
                } else {
                    ""
                }
            ));
            if soon {
                fix.push(format!(
                    "Run the check by hand in the image (docker run --entrypoint sh IMAGE -c '{}'): the tool it calls (curl, wget) must exist in the image and the port and path must be where the app listens",
                    cmd.trim_start_matches("CMD-SHELL ").trim_start_matches("CMD ")
                ));
            }
        }
        if start < 60 {
            fix.push(format!(
                "If {} takes longer than {start} s to start, raise healthCheck.startPeriod (up to 300 s) in a new task definition revision",
                c.name
            ));
        }
    }
    fix.push("Read the container's last log lines: a crash or a slow start shows there".into());
    fix.dedup();
    Outcome::fail(
        format!(
            "The task was stopped because {} failed its container health check",
            checked
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        evidence,
        fix,
    )
}

/// The task was stopped for failing its load balancer's health checks: the target group's
/// health check, how the target group saw the task, the grace period, the ports.
/// A reason the load balancer can never reach the task, whatever the app does.
struct Unreachable {
    summary: String,
    evidence: Vec<String>,
    fix: Vec<String>,
}

/// Whether each of the service's load balancers can reach the task at all: a node in the
/// task's Availability Zone (a target elsewhere stays `unused`, Target.NotInUse, and ECS
/// replaces it as unhealthy), and a security-group path on the health-check port (else every
/// check times out, Target.Timeout). Configuration only, so a pre-flight finds it. Conservative:
/// a rule it cannot evaluate (a customer prefix list, a peer CIDR it cannot place) counts as
/// allowing. The second value says what could not be read.
fn lb_unreachable(f: &Facts) -> (Vec<Unreachable>, Vec<String>) {
    let mut out = Vec::new();
    let mut unknown = Vec::new();
    let net = f.snap.network.as_ref();
    let task_subnets: Vec<String> = if f.snap.awsvpc.subnets.is_empty() {
        f.snap.task.subnet_id.iter().cloned().collect()
    } else {
        f.snap.awsvpc.subnets.clone()
    };
    let targets = f
        .snap
        .service
        .as_ref()
        .and_then(|s| s.describe.ok())
        .map(|d| d.load_balancer_targets.as_slice())
        .unwrap_or_default();
    for g in &f.snap.target_groups {
        let Some(tg) = g.describe.ok() else {
            unknown.push(format!(
                "{}: {}",
                g.arn,
                g.describe.why_missing().unwrap_or_default()
            ));
            continue;
        };
        let lbs = match &g.load_balancers {
            Fetched::Ok(lbs) => lbs,
            Fetched::Skipped(_) => continue,
            other => {
                unknown.push(other.why_missing().unwrap_or_default());
                continue;
            }
        };
        let tg_name = tg.name.as_deref().unwrap_or(&g.arn);
        let container_port = targets
            .iter()
            .find(|t| t.target_group_arn.as_deref() == Some(g.arn.as_str()))
            .and_then(|t| t.container_port)
            .or(tg.port);
        let health_port = tg
            .health_check_port
            .as_deref()
            .and_then(|p| p.parse::<i32>().ok())
            .or(container_port)
            .and_then(|p| u16::try_from(p).ok());
        for lb in lbs {
            out.extend(zone_gaps(f, net, lb, tg_name, &task_subnets));
            // Security groups: for `ip` targets (awsvpc), the task's own groups; `instance`
            // targets reach a dynamic host port on the instance and are not judged here.
            let (Some(port), Some("ip")) = (health_port, tg.target_type.as_deref()) else {
                continue;
            };
            if f.snap.awsvpc.security_groups.is_empty() {
                continue;
            }
            let groups = |ids: &[String]| -> Option<Vec<&SecurityGroup>> {
                ids.iter().map(|id| net?.security_group(id)).collect()
            };
            let Some(task_groups) = groups(&f.snap.awsvpc.security_groups) else {
                unknown.push("the task's security groups are not all known".into());
                continue;
            };
            if let Some(lb_groups) = groups(&lb.security_groups).filter(|g| !g.is_empty()) {
                out.extend(egress_gap(f, net, lb, &lb_groups, &task_subnets, port));
            }
            out.extend(ingress_gap(f, net, lb, &task_groups, tg_name, port));
        }
    }
    (out, unknown)
}

/// The CIDRs of `subnets` that the snapshot knows.
fn cidrs_of<'a>(net: Option<&Network>, subnets: impl Iterator<Item = &'a str>) -> Vec<Cidr> {
    subnets
        .filter_map(|id| net?.subnet(id)?.cidr.as_deref())
        .filter_map(Cidr::parse)
        .collect()
}

/// Rules as people read them, or "none".
fn none_or_joined(rules: Vec<String>) -> String {
    if rules.is_empty() {
        "none".into()
    } else {
        rules.join("; ")
    }
}

/// Task subnets in a zone where the load balancer has no node: the target stays `unused`.
fn zone_gaps(
    f: &Facts,
    net: Option<&Network>,
    lb: &LoadBalancer,
    tg_name: &str,
    task_subnets: &[String],
) -> Vec<Unreachable> {
    let lb_name = lb.name.as_deref().unwrap_or(&lb.arn);
    let zones: Vec<&str> = lb.zones.iter().map(|z| z.zone.as_str()).collect();
    if zones.is_empty() {
        return Vec::new();
    }
    let lb_subnets: Vec<&str> = lb
        .zones
        .iter()
        .filter_map(|z| z.subnet_id.as_deref())
        .collect();
    task_subnets
        .iter()
        .filter_map(|id| Some((id, net?.subnet(id)?.availability_zone.as_deref()?)))
        .filter(|(_, az)| !zones.contains(az))
        .map(|(id, az)| Unreachable {
            summary: format!(
                "The task's subnet {id} is in {az}, where load balancer {lb_name} has no node: its target stays unused and ECS replaces it as unhealthy"
            ),
            evidence: vec![
                format!("task subnet {id}: Availability Zone {az}"),
                format!("load balancer {lb_name} zones: {}", zones.join(", ")),
                format!("target group {tg_name}: a target in {az} is `unused` (Target.NotInUse: \"Target is in an Availability Zone that is not enabled for the load balancer\")"),
            ],
            fix: vec![
                format!("Enable {az} on the load balancer with a subnet of that zone: aws elbv2 set-subnets --load-balancer-arn {} --subnets {} <subnet in {az}>", lb.arn, lb_subnets.join(" ")),
                format!("Or run the service only in subnets of {}: aws ecs update-service --cluster {} --service {} --network-configuration 'awsvpcConfiguration={{subnets=[...],securityGroups=[{}]}}'", zones.join(", "), f.snap.task.cluster_name().unwrap_or("<cluster>"), f.snap.task.service_name().unwrap_or("<service>"), f.snap.awsvpc.security_groups.join(",")),
            ],
        })
        .collect()
}

/// Out of the load balancer: its own groups' egress (a Terraform group declared with ingress
/// only has none) towards the task's subnets or groups.
fn egress_gap(
    f: &Facts,
    net: Option<&Network>,
    lb: &LoadBalancer,
    lb_groups: &[&SecurityGroup],
    task_subnets: &[String],
    port: u16,
) -> Option<Unreachable> {
    let to_task = Peer {
        cidrs: cidrs_of(net, task_subnets.iter().map(String::as_str)),
        security_groups: f.snap.awsvpc.security_groups.clone(),
        prefix_lists: Vec::new(),
    };
    let opaque = lb_groups
        .iter()
        .flat_map(|g| &g.egress)
        .any(|r| !r.prefix_list_ids.is_empty());
    if opaque || net::sg_allows(lb_groups, true, Proto::Tcp, port, &to_task).is_some() {
        return None;
    }
    let lb_name = lb.name.as_deref().unwrap_or(&lb.arn);
    Some(Unreachable {
        summary: format!(
            "Load balancer {lb_name}'s security group lets nothing out to the task on port {port}, so every health check fails"
        ),
        evidence: vec![format!(
            "load balancer security group egress: {}",
            none_or_joined(
                lb_groups
                    .iter()
                    .flat_map(|g| g
                        .egress
                        .iter()
                        .map(move |r| format!("{} {}", g.id, net::describe_rule(r))))
                    .collect()
            )
        )],
        fix: vec![format!(
            "Let the load balancer out to the task: aws ec2 authorize-security-group-egress --group-id {} --ip-permissions 'IpProtocol=tcp,FromPort={port},ToPort={port},UserIdGroupPairs=[{{GroupId={}}}]'",
            lb.security_groups[0],
            f.snap.awsvpc.security_groups[0]
        )],
    })
}

/// Into the task: an ingress rule on the health-check port from the load balancer's groups (a
/// network load balancer without groups: from its nodes' subnets).
fn ingress_gap(
    f: &Facts,
    net: Option<&Network>,
    lb: &LoadBalancer,
    task_groups: &[&SecurityGroup],
    tg_name: &str,
    port: u16,
) -> Option<Unreachable> {
    let lb_cidrs = cidrs_of(net, lb.zones.iter().filter_map(|z| z.subnet_id.as_deref()));
    // A rule this cannot place: a prefix list, or any CIDR when the nodes' subnets are
    // unknown. Then the path may exist; say nothing.
    let undecidable = task_groups.iter().flat_map(|g| &g.ingress).any(|r| {
        net::rule_covers(r, Proto::Tcp, port)
            && (!r.prefix_list_ids.is_empty() || lb_cidrs.is_empty() && !r.cidrs.is_empty())
    });
    let peer = Peer {
        cidrs: lb_cidrs.clone(),
        security_groups: lb.security_groups.clone(),
        prefix_lists: Vec::new(),
    };
    if undecidable || net::sg_allows(task_groups, false, Proto::Tcp, port, &peer).is_some() {
        return None;
    }
    let lb_name = lb.name.as_deref().unwrap_or(&lb.arn);
    let from = if lb.security_groups.is_empty() {
        let cidrs: Vec<String> = lb_cidrs.iter().map(ToString::to_string).collect();
        format!("the load balancer's subnets ({})", cidrs.join(", "))
    } else {
        format!("its security group {}", lb.security_groups.join(", "))
    };
    let mut evidence = vec![format!(
        "target group {tg_name}: health check on port {port}; load balancer {lb_name} ({}) sends from {from}",
        lb.kind.as_deref().unwrap_or("?")
    )];
    for g in task_groups {
        let rules: Vec<String> = g.ingress.iter().map(net::describe_rule).collect();
        evidence.push(format!(
            "task security group {} ingress: {}",
            g.id,
            none_or_joined(rules)
        ));
    }
    let source = lb
        .security_groups
        .first()
        .map(|sg| format!("--source-group {sg}"))
        .unwrap_or_else(|| "--cidr <the load balancer's subnet CIDRs>".into());
    Some(Unreachable {
        summary: format!(
            "Load balancer {lb_name} cannot reach the task on port {port}: no rule of the task's security groups lets {from} in, so every health check times out"
        ),
        evidence,
        fix: vec![format!(
            "Allow the load balancer into the task: aws ec2 authorize-security-group-ingress --group-id {} --protocol tcp --port {port} {source}",
            f.snap.awsvpc.security_groups[0]
        )],
    })
}

pub fn elb_health(f: &Facts) -> Outcome {
    let reason = f.snap.task.stopped_reason.as_deref().unwrap_or("");
    let l = reason.to_ascii_lowercase();
    let elb_stop = l.contains("elb health check")
        || l.contains("load balancer health check")
        || l.contains("target-group") && l.contains("health");
    let (unreachable, unread) = lb_unreachable(f);
    if !elb_stop {
        // Before a deployment, a load balancer that cannot reach the task is the failure to
        // come; after another failure it is not what stopped this task.
        if f.snap.source != "preflight" {
            return Outcome::skipped(
                "the task was not stopped for failing load balancer health checks",
            );
        }
        if f.snap.target_groups.is_empty() {
            return Outcome::skipped("the service has no load balancer");
        }
        if unreachable.is_empty() {
            return match unread.first() {
                Some(why) => Outcome::unknown(format!(
                    "could not tell whether the load balancer reaches the task: {why}"
                )),
                // The app may still fail its checks once it runs: nothing found, not ruled out.
                None => Outcome::nothing_found(
                    "the load balancer has a node in the task's zones and may reach the task's port",
                ),
            };
        }
    }
    let mut reach_summary = None;
    let mut reach_evidence = Vec::new();
    let mut reach_fix = Vec::new();
    for u in unreachable {
        reach_summary.get_or_insert(u.summary);
        reach_evidence.extend(u.evidence);
        reach_fix.extend(u.fix);
    }
    if !elb_stop {
        return Outcome::fail(reach_summary.expect("a finding"), reach_evidence, reach_fix);
    }
    let groups: Vec<_> = f.snap.target_groups.iter().collect();
    if groups.is_empty() {
        return Outcome::unknown(match f.snap.service.as_ref().map(|s| &s.describe) {
            Some(d) if d.ok().is_none() => format!(
                "the service could not be read: {}",
                d.why_missing().unwrap_or_default()
            ),
            _ => "the service's target groups are not known".to_string(),
        });
    }
    let task_ip = f.snap.task.private_ip.as_deref();
    let instance = f
        .snap
        .container_instance
        .as_ref()
        .and_then(|c| c.instance.ok())
        .map(|i| i.id.clone());
    let container_ports: Vec<i32> =
        f.td.map(|t| {
            t.containers
                .iter()
                .flat_map(|c| c.container_ports.iter().copied())
                .collect()
        })
        .unwrap_or_default();
    let grace = f
        .snap
        .service
        .as_ref()
        .and_then(|s| s.describe.ok())
        .and_then(|d| d.health_check_grace_period_seconds);
    let mut evidence = vec![format!("stoppedReason: {reason}")];
    evidence.extend(reach_evidence);
    let mut fix = reach_fix;
    let mut summary = reach_summary;
    for g in groups {
        let Some(tg) = g.describe.ok() else {
            evidence.push(format!(
                "{}: {}",
                g.arn,
                g.describe.why_missing().unwrap_or_default()
            ));
            continue;
        };
        let name = tg.name.as_deref().unwrap_or(&g.arn);
        let (interval, unhealthy) = (
            tg.interval_seconds.unwrap_or(30),
            tg.unhealthy_threshold.unwrap_or(2),
        );
        evidence.push(format!(
            "target group {name}: health check {} port {} path {} expects {}, every {interval} s, unhealthy after {unhealthy} failures ({} s), timeout {} s",
            tg.health_check_protocol.as_deref().unwrap_or("?"),
            tg.health_check_port.as_deref().unwrap_or("traffic-port"),
            tg.health_check_path.as_deref().unwrap_or("/"),
            tg.matcher.as_deref().unwrap_or("200"),
            interval * unhealthy,
            tg.timeout_seconds.unwrap_or(5),
        ));
        // How the target group saw this task, when it still lists it.
        let me = g.health.ok().and_then(|targets| {
            targets
                .iter()
                .find(|t| Some(t.id.as_str()) == task_ip || Some(&t.id) == instance.as_ref())
        });
        if let Some(t) = me {
            evidence.push(format!(
                "target {}:{}: {} {} {}",
                t.id,
                t.port.map_or("?".into(), |p| p.to_string()),
                t.state.as_deref().unwrap_or("?"),
                t.reason.as_deref().unwrap_or(""),
                t.description.as_deref().unwrap_or("")
            ));
            match t.reason.as_deref() {
                Some("Target.ResponseCodeMismatch") => {
                    summary.get_or_insert(format!(
                        "The load balancer's health check got the wrong status code from {} (it expects {})",
                        tg.health_check_path.as_deref().unwrap_or("/"),
                        tg.matcher.as_deref().unwrap_or("200")
                    ));
                    fix.push(format!(
                        "Make {} answer {} without authentication or redirects, or set the target group's matcher to what it answers: aws elbv2 modify-target-group --target-group-arn {} --health-check-path /health --matcher HttpCode=200-399",
                        tg.health_check_path.as_deref().unwrap_or("/"),
                        tg.matcher.as_deref().unwrap_or("200"),
                        g.arn
                    ));
                }
                Some("Target.Timeout") => {
                    summary.get_or_insert("The load balancer's health check timed out: it does not reach the container".to_string());
                    fix.push(format!(
                        "Allow the load balancer's security group into the task's security groups ({}) on port {}, and make the app listen on 0.0.0.0, not 127.0.0.1",
                        f.snap.awsvpc.security_groups.join(", "),
                        t.port.map_or("the container port".into(), |p| p.to_string())
                    ));
                }
                Some("Target.FailedHealthChecks") => {
                    summary.get_or_insert(
                        "The load balancer could not connect to the container for its health check"
                            .to_string(),
                    );
                    fix.push("Check the container listens on the target group's port, and its last log lines for a crash".into());
                }
                _ => {}
            }
        }
        if let Some(p) = tg
            .health_check_port
            .as_deref()
            .and_then(|p| p.parse::<i32>().ok())
        {
            if !container_ports.is_empty() && !container_ports.contains(&p) {
                summary.get_or_insert(format!(
                    "The health check probes port {p}, where no container of the task listens"
                ));
                evidence.push(format!(
                    "container ports (portMappings): {container_ports:?}"
                ));
                fix.push(format!("Set the health check port to traffic-port or to a container port: aws elbv2 modify-target-group --target-group-arn {} --health-check-port traffic-port", g.arn));
            }
        }
        // The grace period against how long the task ran.
        let ran = f.stop.ran_secs;
        match grace {
            None | Some(0) => {
                evidence.push("the service has no health check grace period".into());
                if let Some(r) = ran {
                    if r <= f64::from(interval * unhealthy) + 15.0 {
                        summary.get_or_insert(format!(
                            "The load balancer judged the task before it could start: no grace period, unhealthy after {} s, and the task ran {}",
                            interval * unhealthy,
                            crate::stop::human_secs(r)
                        ));
                    }
                }
                fix.push(format!(
                    "Give the service a grace period longer than the app's start: aws ecs update-service --cluster {} --service {} --health-check-grace-period-seconds 120",
                    f.snap.task.cluster_name().unwrap_or("<cluster>"),
                    f.snap.task.service_name().unwrap_or("<service>")
                ));
            }
            Some(gp) => evidence.push(format!(
                "health check grace period: {gp} s{}",
                ran.map(|r| format!(", the task ran {}", crate::stop::human_secs(r)))
                    .unwrap_or_default()
            )),
        }
    }
    fix.push("Read the container's last log lines: a crash or a slow start shows there".into());
    fix.dedup();
    Outcome::fail(
        summary.unwrap_or_else(|| {
            "The task was stopped for failing its load balancer's health checks".into()
        }),
        evidence,
        fix,
    )
}

#[cfg(test)]
mod size_tests {
    use super::fargate_size_problem;

    #[test]
    fn fargate_sizes() {
        assert_eq!(fargate_size_problem(Some("256"), Some("512")), None);
        assert_eq!(fargate_size_problem(Some("1 vCPU"), Some("2 GB")), None);
        assert_eq!(fargate_size_problem(Some("4096"), Some("30720")), None);
        assert!(fargate_size_problem(Some("256"), Some("4096")).is_some());
        assert!(fargate_size_problem(Some("1024"), Some("1024")).is_some());
        assert!(fargate_size_problem(Some("8192"), Some("18432")).is_some());
        assert!(fargate_size_problem(Some("300"), Some("512")).is_some());
        assert_eq!(fargate_size_problem(None, Some("512")), None);
    }
}

#[cfg(test)]
mod reach_tests {
    use super::super::Status;
    use super::*;
    use crate::snapshot::*;

    /// A pre-flight of a task in subnet-a (10.0.1.0/24, zone a) with group sg-task, behind a
    /// network load balancer without security groups, its node in subnet-lb (10.0.10.0/24).
    fn nlb(task_ingress: Vec<SgRule>, lb_zone: &str) -> Snapshot {
        let sub = |id: &str, az: &str, cidr: &str| Subnet {
            id: id.into(),
            availability_zone: Some(az.into()),
            cidr: Some(cidr.into()),
            ..Subnet::default()
        };
        let mut s = Snapshot {
            source: "preflight".into(),
            ..Snapshot::default()
        };
        s.awsvpc.subnets = vec!["subnet-a".into()];
        s.awsvpc.security_groups = vec!["sg-task".into()];
        s.network = Some(Network {
            subnets: Fetched::Ok(vec![
                sub("subnet-a", "eu-west-1a", "10.0.1.0/24"),
                sub("subnet-lb", lb_zone, "10.0.10.0/24"),
            ]),
            security_groups: Fetched::Ok(vec![SecurityGroup {
                id: "sg-task".into(),
                ingress: task_ingress,
                ..SecurityGroup::default()
            }]),
            ..Network::default()
        });
        s.target_groups = vec![TargetGroupInfo {
            arn: "arn:tg".into(),
            describe: Fetched::Ok(TargetGroup {
                target_type: Some("ip".into()),
                port: Some(8080),
                health_check_port: Some("traffic-port".into()),
                load_balancer_arns: vec!["arn:nlb".into()],
                ..TargetGroup::default()
            }),
            health: Fetched::Ok(vec![]),
            load_balancers: Fetched::Ok(vec![LoadBalancer {
                arn: "arn:nlb".into(),
                name: Some("nlb".into()),
                kind: Some("network".into()),
                zones: vec![LoadBalancerZone {
                    zone: lb_zone.into(),
                    subnet_id: Some("subnet-lb".into()),
                }],
                security_groups: vec![],
            }]),
        }];
        s
    }

    fn tcp(port: i32, cidrs: &[&str], prefix_lists: &[&str]) -> SgRule {
        SgRule {
            protocol: "tcp".into(),
            from_port: Some(port),
            to_port: Some(port),
            cidrs: cidrs.iter().map(|c| c.to_string()).collect(),
            prefix_list_ids: prefix_lists.iter().map(|c| c.to_string()).collect(),
            ..SgRule::default()
        }
    }

    fn elb(s: &Snapshot) -> Outcome {
        elb_health(&Facts::new(s))
    }

    #[test]
    fn a_network_load_balancer_is_judged_by_its_subnets() {
        // The VPC's CIDR on the port: the NLB's nodes are in it.
        let ok = nlb(vec![tcp(8080, &["10.0.0.0/16"], &[])], "eu-west-1a");
        assert_eq!(elb(&ok).status, Status::Pass, "{:?}", elb(&ok));
        // Only an office range: the NLB's health checks never get in.
        let office = nlb(vec![tcp(8080, &["203.0.113.0/24"], &[])], "eu-west-1a");
        let o = elb(&office);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(o.summary.contains("10.0.10.0/24"), "{}", o.summary);
        // The right range on another port: still closed.
        assert_eq!(
            elb(&nlb(vec![tcp(80, &["10.0.0.0/16"], &[])], "eu-west-1a")).status,
            Status::Fail
        );
        // A customer prefix list on the port may hold the nodes' range: not judged.
        let pl = nlb(vec![tcp(8080, &[], &["pl-0123"])], "eu-west-1a");
        assert_eq!(elb(&pl).status, Status::Pass, "{:?}", elb(&pl));
    }

    #[test]
    fn a_task_outside_the_load_balancers_zones_is_found_and_other_stops_are_not_blamed() {
        let s = nlb(vec![tcp(8080, &["10.0.0.0/16"], &[])], "eu-west-1b");
        let o = elb(&s);
        assert_eq!(o.status, Status::Fail);
        assert!(o.summary.contains("eu-west-1a"), "{}", o.summary);
        // A stopped task that failed for another reason: not this check's finding.
        let mut stopped = s.clone();
        stopped.source = "event".into();
        stopped.task.stopped_reason = Some("CannotPullContainerError: i/o timeout".into());
        assert_eq!(elb(&stopped).status, Status::Skipped);
        // The load balancers could not be read: said, not guessed.
        let mut denied = nlb(vec![], "eu-west-1a");
        denied.target_groups[0].load_balancers = Fetched::Error(CallError {
            action: "elasticloadbalancing:DescribeLoadBalancers".into(),
            kind: ErrorKind::AccessDenied,
            code: Some("AccessDenied".into()),
            message: "not authorized".into(),
        });
        let o = elb(&denied);
        assert_eq!(o.status, Status::Unknown, "{o:?}");
        assert!(o.summary.contains("DescribeLoadBalancers"), "{}", o.summary);
    }
}

#[cfg(test)]
mod placement_tests {
    use super::super::Status;
    use super::*;
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
}
