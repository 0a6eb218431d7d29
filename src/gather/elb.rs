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
        let (describe, health) = tokio::join!(
            ctx.call(async {
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
            }),
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
        }
    };
    futures::future::join_all(arns.into_iter().map(one)).await
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
