//! The task definition itself: sizes, essential containers, dependencies, port mappings; and the
//! EBS volumes configured at launch (`storage::ebs`).

use crate::diagnose::{Facts, Outcome};

pub fn task_config(f: &Facts<'_>) -> Outcome {
    // An EBS volume ECS could not attach is said by the event itself: read without the definition.
    let ebs = super::storage::ebs(f);
    let Some(td) = f.td else {
        return ebs.unwrap_or_else(|| f.td_missing().expect("no task definition"));
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
    let mut outcomes: Vec<Outcome> = ebs.into_iter().collect();
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
    if let Some(s) = f.snap.service_detail() {
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
    if let Some(s) = f.snap.service_detail() {
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
    let c = u32::try_from(crate::snapshot::cpu_units(cpu?)?).ok()?;
    let m = u32::try_from(crate::snapshot::memory_mib(memory?)?).ok()?;
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
