//! IAM: a role with its trust policy, inline and managed policy documents and permissions
//! boundary; the instance profile's role for EC2 tasks; and the policy simulation.

use super::error::fetched;
use super::{decode_policy, Ctx};
use crate::refs;
use crate::snapshot::*;
use futures::future::join_all;

/// The role name of a role ARN (`arn:aws:iam::1:role/path/name` → `name`).
pub(crate) fn role_name(arn: &str) -> Option<&str> {
    if !arn.contains(':') && !arn.is_empty() {
        return Some(arn.rsplit('/').next().unwrap_or(arn)); // ECS also accepts a bare role name
    }
    let path = crate::arn::Arn::parse(arn)?
        .resource
        .strip_prefix("role/")?;
    path.rsplit('/').next().filter(|n| !n.is_empty())
}

/// The role, its policies and boundary, as three concurrent chains.
pub(crate) async fn role(ctx: &Ctx<'_>, arn: Option<&str>) -> Option<RoleInfo> {
    let arn = arn?;
    let Some(name) = role_name(arn) else {
        return Some(RoleInfo {
            arn: arn.into(),
            name: String::new(),
            role: Fetched::Error(CallError::new(
                "iam:GetRole",
                ErrorKind::NotFound,
                None,
                format!("{arn} is not a role ARN"),
            )),
            inline_policies: Fetched::Skipped("not a role ARN".into()),
            managed_policies: Fetched::Skipped("not a role ARN".into()),
            permissions_boundary: None,
        });
    };
    let iam = &ctx.clients.iam;
    let role_and_boundary = async {
        let role = ctx
            .call(async {
                fetched(
                    "iam:GetRole",
                    iam.get_role().role_name(name).send().await,
                    |o| {
                        let r = o.role();
                        RoleDetail {
                            trust_policy: r
                                .and_then(|r| r.assume_role_policy_document())
                                .map(decode_policy),
                            permissions_boundary_arn: r
                                .and_then(|r| r.permissions_boundary())
                                .and_then(|b| b.permissions_boundary_arn())
                                .map(str::to_string),
                        }
                    },
                )
            })
            .await;
        let boundary = match role.ok().and_then(|r| r.permissions_boundary_arn.clone()) {
            Some(b) => Some(managed_policy(ctx, b).await),
            None => None,
        };
        (role, boundary)
    };
    let inline = async {
        let names = ctx
            .call(async {
                fetched(
                    "iam:ListRolePolicies",
                    iam.list_role_policies().role_name(name).send().await,
                    |o| o.policy_names().to_vec(),
                )
            })
            .await;
        match names {
            Fetched::Ok(names) => Fetched::Ok(
                join_all(names.into_iter().map(|p| async move {
                    let document = ctx
                        .call(async {
                            let r = iam
                                .get_role_policy()
                                .role_name(name)
                                .policy_name(&p)
                                .send()
                                .await;
                            fetched("iam:GetRolePolicy", r, |o| {
                                decode_policy(o.policy_document())
                            })
                        })
                        .await;
                    PolicyDocument { name: p, document }
                }))
                .await,
            ),
            Fetched::Error(e) => Fetched::Error(e),
            Fetched::Skipped(s) => Fetched::Skipped(s),
        }
    };
    let managed = async {
        let arns = ctx
            .call(async {
                let r = iam
                    .list_attached_role_policies()
                    .role_name(name)
                    .send()
                    .await;
                fetched("iam:ListAttachedRolePolicies", r, |o| {
                    o.attached_policies()
                        .iter()
                        .filter_map(|p| p.policy_arn().map(str::to_string))
                        .collect::<Vec<_>>()
                })
            })
            .await;
        match arns {
            Fetched::Ok(arns) => {
                Fetched::Ok(join_all(arns.into_iter().map(|a| managed_policy(ctx, a))).await)
            }
            Fetched::Error(e) => Fetched::Error(e),
            Fetched::Skipped(s) => Fetched::Skipped(s),
        }
    };
    let ((role, permissions_boundary), inline_policies, managed_policies) =
        tokio::join!(role_and_boundary, inline, managed);
    Some(RoleInfo {
        arn: arn.into(),
        name: name.into(),
        role,
        inline_policies,
        managed_policies,
        permissions_boundary,
    })
}

/// How long an AWS managed policy's document is reused without reading it again.
const AWS_MANAGED_TTL: std::time::Duration = std::time::Duration::from_secs(3600);

/// AWS managed policies' documents (`arn:aws:iam::aws:policy/…`), read once per process and
/// reused for an hour: they are the same in every account and change a few times a year, and
/// nearly every execution role attaches one, so a warm Lambda saves the gather its last round
/// (GetPolicy, then GetPolicyVersion). Customer managed policies are always read.
fn aws_managed_cache(
) -> &'static std::sync::Mutex<std::collections::HashMap<String, (std::time::Instant, String)>> {
    static CACHE: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<String, (std::time::Instant, String)>>,
    > = std::sync::OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn is_aws_managed(arn: &str) -> bool {
    crate::arn::Arn::parse(arn).is_some_and(|a| a.account == "aws" && a.kind() == "policy")
}

/// A managed policy's default version document: GetPolicy, then GetPolicyVersion (an AWS
/// managed policy from the process's cache when read within the hour).
async fn managed_policy(ctx: &Ctx<'_>, arn: String) -> PolicyDocument {
    let cached = is_aws_managed(&arn)
        .then(|| {
            let cache = aws_managed_cache().lock().ok()?;
            let (at, doc) = cache.get(&arn)?;
            (at.elapsed() < AWS_MANAGED_TTL).then(|| doc.clone())
        })
        .flatten();
    if let Some(doc) = cached {
        return PolicyDocument {
            name: arn,
            document: Fetched::Ok(doc),
        };
    }
    let read = read_managed_policy(ctx, arn).await;
    if let (true, Fetched::Ok(doc)) = (is_aws_managed(&read.name), &read.document) {
        if let Ok(mut cache) = aws_managed_cache().lock() {
            cache.insert(read.name.clone(), (std::time::Instant::now(), doc.clone()));
        }
    }
    read
}

async fn read_managed_policy(ctx: &Ctx<'_>, arn: String) -> PolicyDocument {
    let iam = &ctx.clients.iam;
    let version = ctx
        .call(async {
            fetched(
                "iam:GetPolicy",
                iam.get_policy().policy_arn(&arn).send().await,
                |o| {
                    o.policy()
                        .and_then(|p| p.default_version_id())
                        .map(str::to_string)
                },
            )
        })
        .await;
    let document = match version {
        Fetched::Ok(Some(v)) => {
            ctx.call(async {
                let r = iam
                    .get_policy_version()
                    .policy_arn(&arn)
                    .version_id(&v)
                    .send()
                    .await;
                fetched("iam:GetPolicyVersion", r, |o| {
                    o.policy_version()
                        .and_then(|p| p.document())
                        .map(decode_policy)
                        .unwrap_or_default()
                })
            })
            .await
        }
        Fetched::Ok(None) => Fetched::Error(CallError::new(
            "iam:GetPolicy",
            ErrorKind::NotFound,
            None,
            "policy has no default version",
        )),
        Fetched::Error(e) => Fetched::Error(e),
        Fetched::Skipped(s) => Fetched::Skipped(s),
    };
    PolicyDocument {
        name: arn,
        document,
    }
}

/// The role of an instance profile (EC2 launch type without an execution role).
pub(crate) async fn instance_profile_role(ctx: &Ctx<'_>, profile_arn: &str) -> Option<RoleInfo> {
    let name = profile_arn.rsplit('/').next()?;
    let role_arn = ctx
        .call(async {
            let r = ctx
                .clients
                .iam
                .get_instance_profile()
                .instance_profile_name(name)
                .send()
                .await;
            fetched("iam:GetInstanceProfile", r, |o| {
                o.instance_profile()
                    .and_then(|p| p.roles().first())
                    .map(|r| r.arn().to_string())
            })
        })
        .await;
    match role_arn {
        Fetched::Ok(Some(arn)) => role(ctx, Some(&arn)).await,
        _ => None,
    }
}

/// `iam:SimulatePrincipalPolicy` for the execution role and the exact pairs the task needs.
/// Simulation results win over the local policy evaluator when present (they see SCP-free
/// identity policies exactly as IAM does).
pub(crate) async fn simulate(
    ctx: &Ctx<'_>,
    td: &TaskDefinition,
    secrets: &[SecretInfo],
    task_id: Option<&str>,
) -> Fetched<Vec<SimulationResult>> {
    let Some(role_arn) = td.execution_role_arn.as_deref() else {
        return Fetched::Skipped("the task definition has no execution role".into());
    };
    let (Some(region), Some(account)) = (ctx.region.as_deref(), ctx.account.as_deref()) else {
        return Fetched::Skipped("region or account unknown".into());
    };
    let needs = refs::execution_role_needs(td, secrets, region, account, task_id);
    if needs.is_empty() {
        return Fetched::Skipped("the task needs no execution-role permission".into());
    }
    let mut actions: Vec<String> = needs.iter().map(|n| n.action.clone()).collect();
    actions.sort();
    actions.dedup();
    let mut resources: Vec<String> = needs.iter().map(|n| n.resource.clone()).collect();
    resources.sort();
    resources.dedup();
    ctx.call(async {
        let r = ctx
            .clients
            .iam
            .simulate_principal_policy()
            .policy_source_arn(role_arn)
            .set_action_names(Some(actions))
            .set_resource_arns(Some(resources))
            // One attempt: simulation is optional (the local policy evaluator is the fallback),
            // and endpoints without it (moto) answer 500, which would otherwise be retried.
            .customize()
            .config_override(
                aws_sdk_iam::config::Builder::default()
                    .retry_config(aws_config::retry::RetryConfig::disabled()),
            )
            .send()
            .await;
        fetched("iam:SimulatePrincipalPolicy", r, |o| {
            o.evaluation_results()
                .iter()
                .filter_map(|e| {
                    let action = e.eval_action_name().to_string();
                    let resource = e.eval_resource_name().unwrap_or("*").to_string();
                    // Keep the pairs the task needs, not the cross product.
                    needs
                        .iter()
                        .any(|n| n.action == action && n.resource == resource)
                        .then(|| SimulationResult {
                            action,
                            resource,
                            decision: e.eval_decision().as_str().to_string(),
                        })
                })
                .collect()
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names() {
        assert_eq!(
            role_name("arn:aws:iam::111122223333:role/ecsTaskExecutionRole"),
            Some("ecsTaskExecutionRole")
        );
        assert_eq!(
            role_name("arn:aws:iam::111122223333:role/service-role/x"),
            Some("x")
        );
        assert_eq!(
            role_name("ecsTaskExecutionRole"),
            Some("ecsTaskExecutionRole")
        );
        assert_eq!(role_name("arn:aws:iam::1:user/u"), None);
    }
}
