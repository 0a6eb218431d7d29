//! Secrets and parameters the task references exist and are usable.

use crate::diagnose::{Facts, Outcome};
use crate::snapshot::{ErrorKind, Fetched};

pub fn secret_not_found(f: &Facts<'_>) -> Outcome {
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
