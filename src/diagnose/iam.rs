//! IAM checks: the execution role (existence, trust, permissions), KMS keys of secrets, the
//! container instance role, ECR repository policies.

use super::{Facts, Outcome};
use crate::catalogue::id;
use crate::policy::{self, Decision, Named};
use crate::refs::{self, ImageRef, Need, Registry};
use crate::snapshot::{Fetched, RoleInfo};

const ECS_TASKS: &str = "ecs-tasks.amazonaws.com";

/// Why the task needs an execution role, if it does.
fn needs_execution_role(f: &Facts<'_>) -> Vec<String> {
    let Some(td) = f.td else { return Vec::new() };
    let fargate =
        f.snap.task.is_fargate() || td.requires_compatibilities.iter().any(|c| c == "FARGATE");
    let mut why = Vec::new();
    for c in &td.containers {
        let ecr = matches!(
            ImageRef::parse(&c.image).map(|i| i.registry),
            Some(Registry::Ecr { .. })
        );
        if fargate && ecr {
            why.push(format!(
                "container {} pulls {} from ECR on Fargate",
                c.name, c.image
            ));
        }
        if fargate && refs::awslogs(c).is_some() {
            why.push(format!("container {} logs with awslogs on Fargate", c.name));
        }
        if !c.secrets.is_empty() {
            why.push(format!("container {} references secrets", c.name));
        }
        if c.repository_credentials.is_some() {
            why.push(format!(
                "container {} uses private registry credentials",
                c.name
            ));
        }
        if !c.environment_files.is_empty() {
            why.push(format!(
                "container {} loads environment files from S3",
                c.name
            ));
        }
    }
    why
}

pub fn exec_role_missing(f: &Facts<'_>) -> Outcome {
    if let Some(o) = f.td_missing() {
        return o;
    }
    let td = f.td.expect("checked");
    let why = needs_execution_role(f);
    let name = td
        .arn
        .as_deref()
        .map(|a| a.rsplit('/').next().unwrap_or(a))
        .unwrap_or("the task definition");
    // The fix changes the task definition (no role named) or creates the role it names.
    let culprit = td
        .execution_role_arn
        .clone()
        .or_else(|| td.arn.clone())
        .unwrap_or_else(|| name.to_string());
    let outcome = match (&td.execution_role_arn, &f.snap.iam.execution_role) {
        (None, _) if why.is_empty() => Outcome::skipped("the task needs no execution role"),
        (None, _) => Outcome::fail(
            format!("Task definition {name} has no execution role, but it needs one"),
            std::iter::once(format!("{name}: executionRoleArn is not set"))
                .chain(why)
                .collect(),
            vec![
                "Create ecsTaskExecutionRole (trust ecs-tasks.amazonaws.com) with AmazonECSTaskExecutionRolePolicy".into(),
                format!("Register a revision of {} with executionRoleArn set and update the service", td.family.as_deref().unwrap_or("the task definition")),
            ],
        ),
        (Some(arn), Some(role)) if role.role.is_not_found() => Outcome::fail(
            format!("The execution role {} does not exist", role.name),
            vec![format!("iam:GetRole {}: NoSuchEntity", role.name), format!("{name}: executionRoleArn = {arn}")],
            vec![format!(
                "Create the role {} (trust ecs-tasks.amazonaws.com, AmazonECSTaskExecutionRolePolicy), or point executionRoleArn at an existing role",
                role.name
            )],
        ),
        (Some(_), Some(role)) => match role.role.why_missing() {
            Some(why) => Outcome::unknown(why),
            None => Outcome::pass(format!("Execution role {} exists", role.name)),
        },
        (Some(_), None) => Outcome::unknown("the execution role was not gathered"),
    };
    outcome.naming(culprit)
}

pub fn exec_role_trust(f: &Facts<'_>) -> Outcome {
    let Some(role) = present_role(f) else {
        return Outcome::skipped("no existing execution role to check");
    };
    let outcome = match role.role.ok().and_then(|r| r.trust_policy.as_deref()) {
        None => Outcome::unknown(role.role.why_missing().unwrap_or_else(|| "the trust policy is empty".into())),
        Some(trust) => match policy::trusts_service(trust, ECS_TASKS) {
            Ok(true) => Outcome::pass(format!("{} trusts {ECS_TASKS}", role.name)),
            Ok(false) => Outcome::fail(
                format!("ECS cannot assume the execution role {}: its trust policy does not allow {ECS_TASKS}", role.name),
                vec![format!("{} AssumeRolePolicyDocument: {}", role.name, compact(trust))],
                vec![format!(
                    "aws iam update-assume-role-policy --role-name {} --policy-document '{}'",
                    role.name,
                    policy::trust_document(ECS_TASKS)
                )],
            ),
            Err(e) => Outcome::unknown(format!("{}: {e}", role.name)),
        },
    };
    outcome.naming(role.arn.clone())
}

/// A policy document on one line, cut to 300 characters (evidence quotes it).
pub(crate) fn compact(json: &str) -> String {
    let s: String = json.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 300 {
        s.chars().take(299).chain(['…']).collect()
    } else {
        s
    }
}

/// The execution role when it exists (GetRole answered).
fn present_role<'a>(f: &'a Facts<'_>) -> Option<&'a RoleInfo> {
    f.snap
        .iam
        .execution_role
        .as_ref()
        .filter(|r| !r.role.is_not_found())
}

/// Decides one need for a role: the simulation when it has the pair, else the local evaluator.
/// `Err` = cannot tell.
fn decide(
    f: &Facts<'_>,
    role: &RoleInfo,
    simulation: Option<&Vec<crate::snapshot::SimulationResult>>,
    need: &Need,
) -> Result<(Decision, String), String> {
    if let Some(r) = simulation.and_then(|s| {
        s.iter()
            .find(|r| r.action == need.action && r.resource == need.resource)
    }) {
        let d = match r.decision.as_str() {
            "allowed" => Decision::Allowed {
                by: "iam:SimulatePrincipalPolicy".into(),
            },
            "explicitDeny" => Decision::ExplicitDeny {
                by: "iam:SimulatePrincipalPolicy".into(),
            },
            _ => Decision::ImplicitDeny,
        };
        return Ok((d, "iam:SimulatePrincipalPolicy".into()));
    }
    let mut docs: Vec<Named<'_>> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for list in [&role.inline_policies, &role.managed_policies] {
        match list {
            Fetched::Ok(ps) => {
                for p in ps {
                    match p.document.ok() {
                        Some(d) => docs.push(Named {
                            name: &p.name,
                            document: d,
                        }),
                        None => missing.push(format!(
                            "{}: {}",
                            p.name,
                            p.document.why_missing().unwrap_or_default()
                        )),
                    }
                }
            }
            other => missing.push(other.why_missing().unwrap_or_default()),
        }
    }
    let boundary = role.permissions_boundary.as_ref();
    let boundary_doc = boundary.and_then(|b| {
        b.document.ok().map(|d| Named {
            name: &b.name,
            document: d,
        })
    });
    if let (Some(b), None) = (boundary, &boundary_doc) {
        missing.push(format!(
            "permissions boundary {}: {}",
            b.name,
            b.document.why_missing().unwrap_or_default()
        ));
    }
    let e = policy::evaluate_identity_without(
        &docs,
        boundary_doc.as_ref(),
        &need.action,
        &need.resource,
        f.keys_absent_for(&need.action),
    );
    missing.extend(e.unreadable);
    let sources = if docs.is_empty() {
        "no readable policy".to_string()
    } else {
        docs.iter().map(|d| d.name).collect::<Vec<_>>().join(", ")
    };
    match e.decision {
        d @ Decision::Allowed { .. } => Ok((d, sources)),
        d @ Decision::ExplicitDeny { .. } => Ok((d, sources)),
        _ if !missing.is_empty() => Err(missing.join("; ")),
        d => Ok((d, sources)),
    }
}

/// The ECR/logs/secrets/environment-file permissions of the execution role (one cause each).
pub fn exec_role_permissions(f: &Facts<'_>, cause: &'static str) -> Outcome {
    if let Some(o) = f.td_missing() {
        return o;
    }
    let td = f.td.expect("checked");
    let needs: Vec<Need> = refs::execution_role_needs(
        td,
        &f.snap.secrets,
        &f.region,
        &f.account,
        f.snap.task.task_id(),
    )
    .into_iter()
    .filter(|n| n.cause == cause)
    .collect();
    if needs.is_empty() {
        return Outcome::skipped("the task needs no such permission");
    }
    if td.execution_role_arn.is_none() {
        return Outcome::skipped(
            "no execution role (see iam.exec_role_missing / iam.instance_role)",
        );
    }
    let Some(role) = present_role(f) else {
        return Outcome::skipped("the execution role does not exist (see iam.exec_role_missing)");
    };
    judge(f, role, f.snap.iam.simulation.ok(), &needs, cause)
}

/// [`judge_needs`], on the role: its fix changes that role's policies.
fn judge(
    f: &Facts<'_>,
    role: &RoleInfo,
    simulation: Option<&Vec<crate::snapshot::SimulationResult>>,
    needs: &[Need],
    cause: &str,
) -> Outcome {
    judge_needs(f, role, simulation, needs, cause).naming(role.arn.clone())
}

fn judge_needs(
    f: &Facts<'_>,
    role: &RoleInfo,
    simulation: Option<&Vec<crate::snapshot::SimulationResult>>,
    needs: &[Need],
    cause: &str,
) -> Outcome {
    let mut outcomes = Vec::new();
    for need in needs {
        let what = format!("{} on {}", need.action, need.resource);
        outcomes.push(match decide(f, role, simulation, need) {
            Err(why) => Outcome::unknown(format!(
                "{what}: the role's policies could not be read ({why})"
            )),
            Ok((Decision::Allowed { by }, _)) => {
                Outcome::pass(format!("{} may {what} ({by})", role.name))
            }
            Ok((Decision::DependsOnCondition { by }, _)) => Outcome::warn(
                format!("Whether {} may {what} depends on a condition", role.name),
                vec![format!(
                    "{what}: decided by a statement with a Condition ({by}); needed for {}",
                    need.why
                )],
                vec![],
            ),
            Ok((d, sources)) => {
                let how = match d {
                    Decision::ExplicitDeny { by } => format!("explicitly denied by {by}"),
                    Decision::NotInBoundary { boundary } => format!(
                        "no statement of the permissions boundary {boundary} allows it (an implicit deny: the role's own policies allow it)"
                    ),
                    _ => format!("no statement allows it (policies: {sources})"),
                };
                Outcome::fail(
                    format!(
                        "The role {} may not {} (needed for {})",
                        role.name, need.action, need.why
                    ),
                    vec![format!("{what}: {how}")],
                    vec![fix_for(cause, &role.name, need)],
                )
            }
        });
    }
    Outcome::combine(outcomes)
}

fn fix_for(cause: &str, role: &str, need: &Need) -> String {
    match cause {
        id::IAM_EXEC_ROLE_ECR | id::IAM_EXEC_ROLE_LOGS | id::IAM_INSTANCE_ROLE if need.resource == "*" || need.action.starts_with("ecr:") || need.action.starts_with("logs:C") || need.action.starts_with("logs:P") => {
            let policy = if cause == id::IAM_INSTANCE_ROLE {
                "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
            } else {
                "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
            };
            if need.action == "logs:CreateLogGroup" {
                format!(
                    "aws iam put-role-policy --role-name {role} --policy-name ecs-create-log-group --policy-document '{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"logs:CreateLogGroup\",\"Resource\":\"{}\"}}]}}'",
                    need.resource
                )
            } else {
                format!("aws iam attach-role-policy --role-name {role} --policy-arn {policy}")
            }
        }
        _ => format!(
            "aws iam put-role-policy --role-name {role} --policy-name ecs-{} --policy-document '{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"{}\",\"Resource\":\"{}\"}}]}}'",
            need.action.split(':').next().unwrap_or("access"),
            need.action,
            need.resource
        ),
    }
}

pub fn exec_role_kms(f: &Facts<'_>) -> Outcome {
    let keys: Vec<(String, String)> = f
        .snap
        .secrets
        .iter()
        .filter_map(|s| {
            let key = s.describe.ok()?.kms_key_id.clone()?;
            if key.starts_with("alias/aws/") {
                return None;
            }
            let info = f.snap.kms_keys.iter().find(|k| k.key_id == key);
            if info
                .and_then(|k| k.describe.ok())
                .and_then(|d| d.manager.as_deref())
                == Some("AWS")
            {
                return None;
            }
            let arn = info
                .and_then(|k| k.describe.ok())
                .and_then(|d| d.arn.clone())
                .unwrap_or_else(|| key.clone());
            Some((arn, format!("{} ({})", s.value_from, s.name)))
        })
        .collect();
    if keys.is_empty() {
        return Outcome::skipped("no referenced secret uses a customer managed KMS key");
    }
    let Some(role) = present_role(f) else {
        return Outcome::skipped("no existing execution role (see iam.exec_role_missing)");
    };
    let needs: Vec<Need> = keys
        .into_iter()
        .map(|(arn, why)| Need {
            action: "kms:Decrypt".into(),
            resource: arn,
            why: format!("the KMS key of {why}"),
            cause: id::IAM_EXEC_ROLE_KMS,
        })
        .collect();
    let mut o = judge(f, role, None, &needs, id::IAM_EXEC_ROLE_KMS);
    if o.status == super::Status::Pass {
        o.summary
            .push_str(" (the key policy must allow it too; it is not read)");
    }
    o
}

pub fn instance_role(f: &Facts<'_>) -> Outcome {
    if f.snap.task.is_fargate() {
        return Outcome::skipped("Fargate tasks do not use an instance role");
    }
    if let Some(o) = f.td_missing() {
        return o;
    }
    let td = f.td.expect("checked");
    if td.execution_role_arn.is_some() {
        return Outcome::skipped("the execution role pulls the image");
    }
    let needs: Vec<Need> =
        refs::execution_role_needs(td, &[], &f.region, &f.account, f.snap.task.task_id())
            .into_iter()
            .filter(|n| n.cause == id::IAM_EXEC_ROLE_ECR)
            .collect();
    if needs.is_empty() {
        return Outcome::skipped("no ECR image");
    }
    let Some(ci) = &f.snap.container_instance else {
        return Outcome::unknown("the container instance is unknown");
    };
    match &ci.instance_role {
        Some(role) if !role.role.is_not_found() => {
            judge(f, role, None, &needs, id::IAM_INSTANCE_ROLE)
        }
        _ => Outcome::unknown(format!(
            "the instance role could not be found ({})",
            ci.instance
                .why_missing()
                .or_else(|| ci.ec2_instance_id.why_missing())
                .unwrap_or_else(|| "no instance profile".into())
        )),
    }
}

pub fn repo_policy(f: &Facts<'_>) -> Outcome {
    let pulling_role = f.td.and_then(|t| t.execution_role_arn.clone()).or_else(|| {
        f.snap
            .container_instance
            .as_ref()?
            .instance_role
            .as_ref()
            .map(|r| r.arn.clone())
    });
    let images: Vec<_> = f
        .snap
        .images
        .iter()
        .filter_map(|i| i.ecr.as_ref().map(|e| (i, e)))
        .collect();
    if images.is_empty() {
        return Outcome::skipped("no ECR image");
    }
    let role = pulling_role.unwrap_or_default();
    let root = format!("arn:aws:iam::{}:root", f.account);
    let ids = [role.as_str(), root.as_str(), f.account.as_str()];
    let mut outcomes = Vec::new();
    for (img, ecr) in images {
        let repo_arn = format!(
            "arn:aws:ecr:{}:{}:repository/{}",
            ecr.region, ecr.account, ecr.repository
        );
        let cross = !f.account.is_empty() && ecr.account != f.account;
        match &ecr.repository_policy {
            Fetched::Ok(None) if cross => outcomes.push(Outcome::fail_on(img.image.clone(),
                format!("Repository {} is in account {} and has no policy allowing this account to pull", ecr.repository, ecr.account),
                vec![format!("{repo_arn}: no repository policy; the task runs in account {}", f.account)],
                vec![format!(
                    "In account {}: aws ecr set-repository-policy --repository-name {} --policy-text file://allow-{}.json (allow ecr:BatchGetImage, ecr:GetDownloadUrlForLayer, ecr:BatchCheckLayerAvailability for {role})",
                    ecr.account, ecr.repository, f.account
                )],
            )),
            Fetched::Ok(None) => outcomes.push(Outcome::pass(format!("{} has no repository policy (same account)", ecr.repository))),
            Fetched::Ok(Some(doc)) => {
                let named = Named { name: "repository policy", document: doc };
                let mut verdict = None;
                for action in ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"] {
                    let e = policy::evaluate_resource_without(
                        &named,
                        Some(&ids),
                        action,
                        &repo_arn,
                        f.keys_absent_for(action),
                    );
                    match e.decision {
                        Decision::ExplicitDeny { by } => {
                            verdict = Some((action, format!("explicitly denied by {by}")));
                            break;
                        }
                        Decision::ImplicitDeny if cross => {
                            verdict = Some((action, "the cross-account repository policy does not allow it".into()));
                            break;
                        }
                        _ => {}
                    }
                }
                match verdict {
                    Some((action, how)) => outcomes.push(Outcome::fail_on(img.image.clone(),
                        format!("The policy of repository {} denies {action} to {}", ecr.repository, if role.is_empty() { "the pulling role" } else { &role }),
                        vec![format!("{repo_arn} ({}): {action}: {how}", img.image), format!("policy: {}", compact(doc))],
                        vec![format!(
                            "aws ecr set-repository-policy --repository-name {} --registry-id {} --policy-text file://policy.json (remove the deny / allow {role})",
                            ecr.repository, ecr.account
                        )],
                    )),
                    None => outcomes.push(Outcome::pass(format!("The policy of {} allows the pull", ecr.repository))),
                }
            }
            other => outcomes.push(Outcome::unknown(other.why_missing().unwrap_or_default())),
        }
    }
    Outcome::combine(outcomes)
}
