//! The culprit of an incident: the resource the fix changes, read from the report.

use crate::catalogue::{self, Culprit};
use crate::diagnose::Report;
use serde::{Deserialize, Serialize};

/// The resource an incident is about: what its fix changes, named as AWS names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CulpritRef {
    pub kind: String,
    pub id: String,
}

/// A secret's ARN without the JSON key, version stage and version id a task may add after it
/// (`…:secret:db-AbCdEf:password::`): one secret is one culprit, whichever key a task reads.
fn secret_arn(t: &str) -> Option<String> {
    if t.starts_with("arn:aws:secretsmanager:") {
        Some(t.split(':').take(7).collect::<Vec<_>>().join(":"))
    } else if t.starts_with("arn:aws:ssm:") {
        Some(t.to_string())
    } else {
        None
    }
}

fn place(report: &Report) -> String {
    let t = &report.task;
    format!(
        "{}/{}",
        t.cluster.as_deref().unwrap_or("-"),
        t.service
            .as_deref()
            .or(t.task_definition.as_deref())
            .unwrap_or("-")
    )
}

/// The culprit of a report's top cause: the resource its check named ([`RootCause::culprit`]),
/// else the report's facts; when nothing names it, the service itself (no grouping beats a wrong
/// one).
///
/// [`RootCause::culprit`]: crate::diagnose::RootCause::culprit
pub fn culprit(report: &Report) -> CulpritRef {
    let t = &report.task;
    let cause = report
        .root_causes
        .first()
        .map(|c| c.id.as_str())
        .unwrap_or("other");
    let kind = catalogue::cause(cause).map_or(Culprit::Service, |c| c.culprit);
    // A container instance's health event has no service: its check names the cluster's
    // instances that fail that way, so the incident is the cluster's.
    let kind = if kind == Culprit::Service && t.container_instance.is_some() {
        Culprit::Cluster
    } else {
        kind
    };
    // The check's own culprit, held as data, comes first; without one (the top cause is only
    // suspected from the text, or no check can confirm it) the report's facts name what they can,
    // and nothing is read from the summary's words: the service itself beats a wrong grouping.
    let typed = report.root_causes.first().and_then(|c| c.culprit.clone());
    let typed = typed.map(|c| match kind {
        // One secret is one culprit, whichever JSON key or version a task reads of it.
        Culprit::Secret => secret_arn(&c).unwrap_or(c),
        _ => c,
    });
    let id = typed.or_else(|| match kind {
        Culprit::RouteTable => t.route_table.clone(),
        Culprit::Subnet => t.subnet.clone(),
        Culprit::Vpc | Culprit::Endpoint => t.vpc.clone(),
        Culprit::SecurityGroup => {
            (!t.security_groups.is_empty()).then(|| t.security_groups.join(","))
        }
        Culprit::ExecutionRole => t.execution_role.clone(),
        Culprit::TaskDefinition => t.task_definition.clone(),
        Culprit::Cluster => t.cluster.clone(),
        Culprit::Account => t.account.clone(),
        Culprit::Nacl
        | Culprit::InstanceRole
        | Culprit::Secret
        | Culprit::Image
        | Culprit::LogGroup
        | Culprit::FileSystem
        | Culprit::TargetGroup
        | Culprit::Service => None,
    });
    match id {
        Some(id) => CulpritRef {
            kind: serde_json::to_value(kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            id,
        },
        None => CulpritRef {
            kind: "service".into(),
            id: place(report),
        },
    }
}

impl Default for CulpritRef {
    fn default() -> Self {
        CulpritRef {
            kind: "service".into(),
            id: String::new(),
        }
    }
}
