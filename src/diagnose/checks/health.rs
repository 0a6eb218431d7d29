//! Health checks: the container's own, and the load balancer's (settings, timing, reachability).

use super::LogSays;
use crate::diagnose::{Facts, Outcome};
use crate::net::{self, Cidr, Peer, Proto};
use crate::snapshot::{Fetched, LoadBalancer, Network, SecurityGroup};

/// The task was stopped for failing its container health check: the check as defined, against
/// how long the task ran (a check that fails from the start cannot pass: its command is missing
/// from the image, or probes the wrong port).
pub fn container_health(f: &Facts<'_>) -> Outcome {
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
    if let Some(proxy) = f
        .snap
        .task
        .containers
        .iter()
        .find(|c| unhealthy.contains(&c.name.as_str()) && is_service_connect_proxy(c))
    {
        return service_connect_proxy(f, td, &proxy.name);
    }
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
    let mut named = None;
    if let Some(log) = log_says(f) {
        evidence.extend(log.evidence);
        if let Some((said, said_fix)) = log.named {
            fix.insert(0, said_fix);
            named = Some(said);
        }
    }
    fix.push("Read the container's last log lines: a crash or a slow start shows there".into());
    fix.dedup();
    Outcome::fail(
        format!(
            "The task was stopped because {} failed its container health check{}",
            checked
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            named.map(|n| format!("; its log: {n}")).unwrap_or_default()
        ),
        evidence,
        fix,
    )
}

/// What the log of the container that failed its health checks says (`gather::logs` reads
/// that container).
fn log_says(f: &Facts<'_>) -> Option<LogSays> {
    let container = f
        .snap
        .log_tail
        .as_ref()
        .and_then(|t| t.ok())
        .map_or("the container", |t| t.container.as_str());
    super::log_says(f, container)
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
fn lb_unreachable(f: &Facts<'_>) -> (Vec<Unreachable>, Vec<String>) {
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
        .service_detail()
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
    f: &Facts<'_>,
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
    f: &Facts<'_>,
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
    f: &Facts<'_>,
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

/// The target group whose checks failed: the one the stop reason names ("… in (target-group
/// arn:…:targetgroup/api/0123…)"), else the service's only one. Incidents group by it.
fn failing_group(f: &Facts<'_>) -> Option<String> {
    let reason = f.snap.task.stopped_reason.as_deref().unwrap_or("");
    reason
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ','))
        .find(|t| t.contains(":targetgroup/"))
        .map(str::to_string)
        .or_else(|| match f.snap.target_groups.as_slice() {
            [only] if !only.arn.is_empty() => Some(only.arn.clone()),
            _ => None,
        })
}

/// A failure on the target group when one is known.
fn fail_on_group(
    f: &Facts<'_>,
    summary: String,
    evidence: Vec<String>,
    fix: Vec<String>,
) -> Outcome {
    match failing_group(f) {
        Some(group) => Outcome::fail_on(group, summary, evidence, fix),
        None => Outcome::fail(summary, evidence, fix),
    }
}

pub fn elb_health(f: &Facts<'_>) -> Outcome {
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
        return fail_on_group(
            f,
            reach_summary.expect("a finding"),
            reach_evidence,
            reach_fix,
        );
    }
    let log = log_says(f);
    let groups: Vec<_> = f.snap.target_groups.iter().collect();
    if groups.is_empty() {
        // The log alone can name why: a server on 127.0.0.1 fails every check.
        if let Some(LogSays {
            evidence,
            named: Some((said, fix)),
        }) = log
        {
            return fail_on_group(
                f,
                format!("The task failed its load balancer health checks; its log: {said}"),
                std::iter::once(format!("stoppedReason: {reason}"))
                    .chain(evidence)
                    .collect(),
                vec![fix],
            );
        }
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
        .service_detail()
        .and_then(|d| d.health_check_grace_period_seconds);
    let mut evidence = vec![format!("stoppedReason: {reason}")];
    evidence.extend(reach_evidence);
    let mut fix = reach_fix;
    let mut summary = reach_summary;
    if let Some(log) = log {
        evidence.extend(log.evidence);
        if let Some((said, said_fix)) = log.named {
            summary.get_or_insert(format!(
                "The task failed its load balancer health checks; its log: {said}"
            ));
            fix.insert(0, said_fix);
        }
    }
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
    fail_on_group(
        f,
        summary.unwrap_or_else(|| {
            "The task was stopped for failing its load balancer's health checks".into()
        }),
        evidence,
        fix,
    )
}

/// The Service Connect proxy ECS adds to a service's tasks: not in the task definition, named
/// `ecs-service-connect-<suffix>` in DescribeTasks (as users' DescribeTasks output shows it),
/// running the `ecs-service-connect-agent` image (aws/amazon-ecs-agent,
/// agent/engine/serviceconnect/manager_linux.go).
fn is_service_connect_proxy(c: &crate::snapshot::ContainerState) -> bool {
    c.name.starts_with("ecs-service-connect-")
        || c.image
            .as_deref()
            .is_some_and(|i| i.contains("ecs-service-connect-agent"))
}

/// Service Connect's proxy failed its own health check. The ECS Developer Guide
/// (service-connect-concepts, "Service Connect proxy"): the proxy uses the task CPU and memory the
/// other containers' limits leave unallocated, and AWS recommends adding 256 CPU units and at
/// least 64 MiB of memory to the task for it (512 units above 500 requests per second).
fn service_connect_proxy(
    f: &Facts<'_>,
    td: &crate::snapshot::TaskDefinition,
    name: &str,
) -> Outcome {
    const PROXY_CPU: i64 = 256;
    const PROXY_MIB: i64 = 64;
    let sum = |each: &dyn Fn(&crate::snapshot::ContainerDefinition) -> Option<i32>| -> i64 {
        td.containers.iter().filter_map(each).map(i64::from).sum()
    };
    let task_cpu = td.cpu.as_deref().and_then(crate::snapshot::cpu_units);
    let task_mib = td.memory.as_deref().and_then(crate::snapshot::memory_mib);
    let (given_cpu, given_mib) = (sum(&|c| c.cpu), sum(&|c| c.memory.or(c.memory_reservation)));
    let mut evidence = vec![
        format!(
            "container {name}: UNHEALTHY; it is the Service Connect proxy ECS adds to the service's tasks (not in {})",
            td.family.as_deref().unwrap_or("the task definition")
        ),
        format!(
            "stoppedReason: {}",
            f.snap.task.stopped_reason.as_deref().unwrap_or("-")
        ),
    ];
    let left = task_cpu
        .zip(task_mib)
        .map(|(c, m)| (c - given_cpu, m - given_mib));
    if let Some((cpu_left, mib_left)) = left {
        evidence.push(format!(
            "task cpu {} and memory {} MiB; its containers set cpu {given_cpu} and memory {given_mib} MiB: {cpu_left} CPU units and {mib_left} MiB left for the proxy",
            task_cpu.unwrap_or_default(),
            task_mib.unwrap_or_default()
        ));
        if cpu_left < PROXY_CPU || mib_left < PROXY_MIB {
            return Outcome::fail(
                format!(
                    "The Service Connect proxy {name} failed its health check: the task leaves it {cpu_left} CPU units and {mib_left} MiB (AWS recommends at least {PROXY_CPU} and {PROXY_MIB})"
                ),
                evidence,
                vec![format!(
                    "Register a revision whose task cpu and memory exceed what its containers set by at least {PROXY_CPU} CPU units and {PROXY_MIB} MiB (512 units above 500 requests per second), or lower the containers' own cpu and memory"
                )],
            );
        }
    }
    Outcome::fail(
        format!("The Service Connect proxy {name} failed its health check"),
        evidence,
        vec![
            "The proxy runs beside the application and reaches the other services' proxies on their port mappings: the task's security groups, the subnets' route tables and network ACLs must allow that traffic; its own logs go where the service's Service Connect logConfiguration says".to_string(),
        ],
    )
}

#[cfg(test)]
mod reach_tests {
    use super::*;
    use crate::diagnose::Status;
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
