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

/// Tokens of a text that may be resource names: split on spaces and the punctuation around
/// names in our own evidence lines, keeping `:` and `/` (ARNs, image references).
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | '"' | '\'' | '`'))
        .map(|t| t.trim_end_matches(['.', ':']))
        .filter(|t| !t.is_empty())
}

/// The first token of the top cause's summary and evidence that `want` accepts.
fn find(report: &Report, want: impl Fn(&str) -> bool) -> Option<String> {
    let top = report.root_causes.first()?;
    std::iter::once(top.summary.as_str())
        .chain(top.evidence.iter().map(String::as_str))
        .flat_map(tokens)
        .find(|t| want(t))
        .map(str::to_string)
}

fn aws_id(prefix: &'static str) -> impl Fn(&str) -> bool {
    move |t: &str| {
        t.strip_prefix(prefix)
            .is_some_and(|rest| rest.len() >= 8 && rest.chars().all(|c| c.is_ascii_hexdigit()))
    }
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
/// else the report's facts, else the evidence's words; when nothing names it, the service itself
/// (no grouping beats a wrong one).
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
    let image = || {
        find(report, |t| {
            t.contains(".dkr.ecr.") || t.contains("docker.io/")
        })
        .or_else(|| {
            find(report, |t| {
                t.contains('/') && t.contains(':') && !t.starts_with("arn:")
            })
        })
    };
    // The check's own culprit, held as data, comes first; reading the evidence's words is only
    // the fallback for checks that do not name one yet (load balancer target groups).
    let typed = report.root_causes.first().and_then(|c| c.culprit.clone());
    let id = typed.or_else(|| match kind {
        Culprit::RouteTable => find(report, aws_id("rtb-")).or_else(|| t.route_table.clone()),
        Culprit::Subnet => find(report, aws_id("subnet-")).or_else(|| t.subnet.clone()),
        Culprit::Vpc => find(report, aws_id("vpc-")).or_else(|| t.vpc.clone()),
        Culprit::SecurityGroup => find(report, aws_id("sg-"))
            .or_else(|| (!t.security_groups.is_empty()).then(|| t.security_groups.join(","))),
        Culprit::Nacl => find(report, aws_id("acl-")),
        Culprit::Endpoint => find(report, aws_id("vpce-")).or_else(|| t.vpc.clone()),
        Culprit::ExecutionRole => t.execution_role.clone().or_else(|| {
            find(report, |t| {
                t.starts_with("arn:aws:iam::") && t.contains(":role/")
            })
        }),
        Culprit::InstanceRole => find(report, |t| {
            t.starts_with("arn:aws:iam::") && t.contains(":role/")
        }),
        Culprit::Secret => find(report, |t| secret_arn(t).is_some()).and_then(|t| secret_arn(&t)),
        Culprit::Image => image(),
        Culprit::LogGroup => find(report, |t| t.starts_with("/ecs/") || t.starts_with("/aws/")),
        Culprit::FileSystem => find(report, aws_id("fs-")),
        Culprit::TaskDefinition => t.task_definition.clone(),
        Culprit::TargetGroup => find(report, |t| t.contains(":targetgroup/")),
        Culprit::Cluster => t.cluster.clone(),
        Culprit::Account => t.account.clone(),
        Culprit::Service => None,
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
