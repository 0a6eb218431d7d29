//! Elastic Load Balancing: the target groups of the service's load balancers, their health
//! check settings and the health of their targets. Two calls per target group, in one round
//! after DescribeServices (which names them), so the diagnosis takes no longer.

use super::error::fetched;
use super::Ctx;
use crate::snapshot::*;

/// Every target group of the service, described and with its targets' health.
pub(crate) async fn target_groups(
    ctx: &Ctx<'_>,
    service: Option<&ServiceInfo>,
) -> Vec<TargetGroupInfo> {
    let arns: Vec<String> = service
        .and_then(|s| s.describe.ok())
        .map(|d| d.target_group_arns.clone())
        .unwrap_or_default();
    let one = |arn: String| async move {
        let ((describe, load_balancers), health) = tokio::join!(
            async {
                let describe = ctx
                    .call(async {
                        let r = ctx
                            .clients
                            .elb
                            .describe_target_groups()
                            .target_group_arns(&arn)
                            .send()
                            .await;
                        fetched("elasticloadbalancing:DescribeTargetGroups", r, |o| {
                            o.target_groups()
                                .first()
                                .map(group_from_sdk)
                                .unwrap_or_default()
                        })
                    })
                    .await;
                let load_balancers = load_balancers(ctx, &describe).await;
                (describe, load_balancers)
            },
            ctx.call(async {
                let r = ctx
                    .clients
                    .elb
                    .describe_target_health()
                    .target_group_arn(&arn)
                    .send()
                    .await;
                fetched("elasticloadbalancing:DescribeTargetHealth", r, |o| {
                    o.target_health_descriptions()
                        .iter()
                        .map(|t| TargetHealth {
                            id: t
                                .target()
                                .and_then(|x| x.id())
                                .unwrap_or_default()
                                .to_string(),
                            port: t.target().and_then(|x| x.port()),
                            state: t
                                .target_health()
                                .and_then(|h| h.state())
                                .map(|s| s.as_str().to_string()),
                            reason: t
                                .target_health()
                                .and_then(|h| h.reason())
                                .map(|s| s.as_str().to_string()),
                            description: t
                                .target_health()
                                .and_then(|h| h.description())
                                .map(str::to_string),
                        })
                        .collect()
                })
            }),
        );
        TargetGroupInfo {
            arn,
            describe,
            health,
            load_balancers,
        }
    };
    futures::future::join_all(arns.into_iter().map(one)).await
}

/// The load balancers a target group is attached to (one more round, on this branch only: the
/// network walk beside it takes as long).
async fn load_balancers(ctx: &Ctx<'_>, group: &Fetched<TargetGroup>) -> Fetched<Vec<LoadBalancer>> {
    let arns = match group.ok() {
        Some(g) if !g.load_balancer_arns.is_empty() => g.load_balancer_arns.clone(),
        Some(_) => {
            return Fetched::Skipped("the target group is attached to no load balancer".into())
        }
        None => return Fetched::Skipped("the target group could not be read".into()),
    };
    ctx.call(async {
        let r = ctx
            .clients
            .elb
            .describe_load_balancers()
            .set_load_balancer_arns(Some(arns))
            .send()
            .await;
        fetched("elasticloadbalancing:DescribeLoadBalancers", r, |o| {
            o.load_balancers()
                .iter()
                .map(|lb| LoadBalancer {
                    arn: lb.load_balancer_arn().unwrap_or_default().to_string(),
                    name: lb.load_balancer_name().map(str::to_string),
                    kind: lb.r#type().map(|t| t.as_str().to_string()),
                    zones: lb
                        .availability_zones()
                        .iter()
                        .map(|z| LoadBalancerZone {
                            zone: z.zone_name().unwrap_or_default().to_string(),
                            subnet_id: z.subnet_id().map(str::to_string),
                        })
                        .collect(),
                    security_groups: lb.security_groups().to_vec(),
                })
                .collect()
        })
    })
    .await
}

fn group_from_sdk(g: &aws_sdk_elasticloadbalancingv2::types::TargetGroup) -> TargetGroup {
    TargetGroup {
        name: g.target_group_name().map(str::to_string),
        target_type: g.target_type().map(|t| t.as_str().to_string()),
        protocol: g.protocol().map(|p| p.as_str().to_string()),
        port: g.port(),
        health_check_protocol: g.health_check_protocol().map(|p| p.as_str().to_string()),
        health_check_port: g.health_check_port().map(str::to_string),
        health_check_path: g.health_check_path().map(str::to_string),
        matcher: g
            .matcher()
            .and_then(|m| m.http_code().or(m.grpc_code()))
            .map(str::to_string),
        interval_seconds: g.health_check_interval_seconds(),
        timeout_seconds: g.health_check_timeout_seconds(),
        healthy_threshold: g.healthy_threshold_count(),
        unhealthy_threshold: g.unhealthy_threshold_count(),
        load_balancer_arns: g.load_balancer_arns().to_vec(),
    }
}
