//! `AWS API Call via CloudTrail` for `ecs:CreateService` / `ecs:UpdateService`: a deployment has
//! just been asked for. The pre-flight runs on the task definition and network configuration it
//! will start, and when a problem is confirmed the service's route hears "deploying api (task
//! definition api:42) will fail: …" before the first task stops.

use super::deliver::{self, EventContext};
use super::{Deps, HandlerError, Summary};
use crate::gather::preflight::{self, Plan};
use crate::lambda::Action;
use crate::render::Notification;
use serde_json::Value;
use std::time::Duration;

/// The detail-type CloudTrail's management events arrive with.
pub const CLOUDTRAIL_API_CALL: &str = "AWS API Call via CloudTrail";

fn s(v: &Value) -> Option<String> {
    v.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

fn list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(s).collect())
        .unwrap_or_default()
}

/// The plan of a CreateService/UpdateService call, from what it answered (the service as it now
/// is) or else what it asked. `None` when the call names no service or failed. Pure.
pub fn plan_of_call(detail: &Value) -> Option<Plan> {
    if detail.get("errorCode").is_some_and(|e| !e.is_null()) {
        return None;
    }
    let req = &detail["requestParameters"];
    let svc = &detail["responseElements"]["service"];
    let pick = |resp: &Value, asked: &Value| s(resp).or_else(|| s(asked));
    let service = pick(&svc["serviceName"], &req["serviceName"]).or_else(|| s(&req["service"]))?;
    let cluster = pick(&svc["clusterArn"], &req["cluster"]).unwrap_or_else(|| "default".into());
    let net = if svc["networkConfiguration"].is_object() {
        &svc["networkConfiguration"]["awsvpcConfiguration"]
    } else {
        &req["networkConfiguration"]["awsvpcConfiguration"]
    };
    Some(Plan {
        cluster,
        task_definition: pick(&svc["taskDefinition"], &req["taskDefinition"]).unwrap_or_default(),
        service: Some(service.rsplit('/').next().unwrap_or(&service).to_string()),
        subnets: list(&net["subnets"]),
        security_groups: list(&net["securityGroups"]),
        assign_public_ip: s(&net["assignPublicIp"]).map(|v| v == "ENABLED"),
        launch_type: pick(&svc["launchType"], &req["launchType"]),
        capacity_provider: pick(
            &svc["capacityProviderStrategy"][0]["capacityProvider"],
            &req["capacityProviderStrategy"][0]["capacityProvider"],
        ),
        platform_version: pick(&svc["platformVersion"], &req["platformVersion"]),
    })
}

pub(super) async fn handle(
    payload: Value,
    remaining: Duration,
    deps: &Deps,
) -> Result<Summary, HandlerError> {
    let detail = &payload["detail"];
    let name = detail["eventName"].as_str().unwrap_or_default();
    if detail["eventSource"] != "ecs.amazonaws.com"
        || !matches!(name, "CreateService" | "UpdateService")
    {
        return Ok(Summary::ignored(
            Action::Ignored,
            format!("CloudTrail {name} is not a deployment"),
        ));
    }
    // Who started the deployment, for its story (rollout.rs), whether or not it is checked.
    let told = super::rollout::on_call(deps, detail, s(&payload["account"]).as_deref(), remaining)
        .await
        .map_err(|e| HandlerError::Delivery(format!("deployment story: {e}")))?;
    if let Some(e) = told.iter().find_map(|d| d.failure()) {
        return Err(HandlerError::Delivery(format!("deployment story: {e}")));
    }
    if !deps.config.preflight_on_deploy {
        let mut summary = Summary::ignored(
            Action::Ignored,
            format!("{name}: pre-flight is off (PREFLIGHT_ON_DEPLOY=false)"),
        );
        if !told.is_empty() {
            summary.action = Action::Notified;
            summary.deliveries = told;
        }
        return Ok(summary);
    }
    let mut summary = preflight(&payload, name, remaining, deps).await?;
    summary.deliveries.extend(told);
    Ok(summary)
}

/// The pre-flight of the deployment a CreateService/UpdateService call asked for.
async fn preflight(
    payload: &Value,
    name: &str,
    remaining: Duration,
    deps: &Deps,
) -> Result<Summary, HandlerError> {
    let detail = &payload["detail"];
    let Some(mut plan) = plan_of_call(detail) else {
        return Ok(Summary::ignored(
            Action::Ignored,
            format!("{name} failed or names no service: nothing will be deployed"),
        ));
    };
    let account = s(&payload["account"]);
    let region = s(&detail["awsRegion"]).or_else(|| s(&payload["region"]));
    let clients = deps
        .access
        .clients(account.as_deref(), region.as_deref(), "preflight")
        .await
        .map_err(|e| HandlerError::Delivery(format!("pre-flight: {e}")))?;
    // UpdateService without a new task definition or network: the service's own.
    if plan.task_definition.is_empty() || plan.subnets.is_empty() {
        let service = plan.service.clone().unwrap_or_default();
        match preflight::plan_of_service(&clients, &plan.cluster, &service).await {
            Ok(current) => {
                if plan.task_definition.is_empty() {
                    plan.task_definition = current.task_definition;
                }
                if plan.subnets.is_empty() {
                    plan.subnets = current.subnets;
                    plan.security_groups = current.security_groups;
                    plan.assign_public_ip = current.assign_public_ip;
                }
                plan.launch_type = plan.launch_type.or(current.launch_type);
                plan.capacity_provider = plan.capacity_provider.or(current.capacity_provider);
            }
            Err(e) => {
                return Ok(Summary::ignored(
                    Action::Ignored,
                    format!("pre-flight of {service}: {e}"),
                ))
            }
        }
    }
    // Nothing has run yet: no log to read.
    let options = crate::gather::Options {
        deadline: super::budget(remaining, &deps.config),
        log_lines: 0,
    };
    let mut snap = preflight::gather_plan(&clients, &plan, None, &options)
        .await
        .map_err(|e| HandlerError::Delivery(format!("pre-flight gather: {e}")))?;
    snap.account = account.or(snap.account);
    let report = crate::diagnose::diagnose(&snap);
    let td = report.task.task_definition.clone().unwrap_or_default();
    let service = plan.service.clone().unwrap_or_default();
    if !crate::render::ci::preflight_fails(&report, false) {
        tracing::info!(service = %service, task_definition = %td, "pre-flight passed");
        return Ok(Summary::ignored(
            Action::Ignored,
            format!("deploying {service} ({td}): no configuration problem found"),
        ));
    }
    let mut n = Notification::new(report);
    n.deploying = Some(format!("{service} (task definition {td})"));
    let key = format!(
        "event#{}",
        s(&payload["id"]).unwrap_or_else(|| format!("deploy/{service}/{td}"))
    );
    let delivered = match super::dedup::claim_or_duplicate(deps, &key).await {
        Ok(d) => d,
        Err(duplicate) => return Ok(duplicate),
    };
    let ctx = EventContext {
        key: Some(key),
        delivered,
        fingerprint: None,
    };
    deliver::send(deps, n, &snap, ctx, remaining).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_deployment_call_names_what_it_will_start() {
        let update = json!({
            "eventSource": "ecs.amazonaws.com", "eventName": "UpdateService", "awsRegion": "eu-west-1",
            "requestParameters": {"cluster": "prod", "service": "api", "taskDefinition": "api:42"},
            "responseElements": {"service": {"serviceName": "api",
                "clusterArn": "arn:aws:ecs:eu-west-1:1:cluster/prod",
                "taskDefinition": "arn:aws:ecs:eu-west-1:1:task-definition/api:42",
                "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1"],
                    "securityGroups": ["sg-1"], "assignPublicIp": "DISABLED"}},
                "launchType": "FARGATE"}}
        });
        let p = plan_of_call(&update).unwrap();
        assert_eq!(
            p.task_definition,
            "arn:aws:ecs:eu-west-1:1:task-definition/api:42"
        );
        assert_eq!(p.subnets, ["subnet-1"]);
        assert_eq!(p.assign_public_ip, Some(false));
        assert_eq!(p.service.as_deref(), Some("api"));
        // Only what was asked (no response): still a plan; a failed call: none.
        let asked = json!({"requestParameters": {"cluster": "prod", "serviceName": "web", "taskDefinition": "web:3",
            "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]}});
        let asked = plan_of_call(&asked).unwrap();
        assert_eq!(asked.task_definition, "web:3");
        assert_eq!(asked.capacity_provider.as_deref(), Some("FARGATE_SPOT"));
        let failed = json!({"errorCode": "InvalidParameterException", "requestParameters": {"service": "api"}});
        assert!(plan_of_call(&failed).is_none());
    }
}
