//! Diagnosis: pure checks over a snapshot, ranked into root causes with evidence and fixes.
//!
//! Every known cause that can be verified has one check, registered in [`CHECKS`]; all of them
//! run whatever the error text says (a timeout can hide a missing permission, seed 003). A check
//! answers `pass`, `fail`, `warn`, `unknown` (with the reason: a call that failed, data that
//! cannot be seen) or `skipped` (does not apply). Ranking puts causes confirmed by evidence first,
//! then causes suspected from the text; a passing check never appears as a cause.

mod iam;
mod network;
mod resources;

use crate::catalogue;
use crate::classify::{self, TaskClassification};
use crate::snapshot::{Snapshot, TaskDefinition};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

pub use network::{needed_services, Analysis, Path};

/// Version of the report's JSON schema (docs/report-schema.md).
pub const REPORT_VERSION: u32 = 1;

/// The status of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    // Order = severity, least first (see `Outcome::combine`).
    Skipped,
    Pass,
    Unknown,
    Warn,
    Fail,
}

/// What one check found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub status: Status,
    /// One line in plain words: the finding, or why the check could not run.
    pub summary: String,
    pub evidence: Vec<String>,
    pub fix: Vec<String>,
}

impl Outcome {
    pub fn pass(summary: impl Into<String>) -> Self {
        Self::new(Status::Pass, summary)
    }
    pub fn skipped(why: impl Into<String>) -> Self {
        Self::new(Status::Skipped, why)
    }
    pub fn unknown(why: impl Into<String>) -> Self {
        Self::new(Status::Unknown, why)
    }
    pub fn fail(summary: impl Into<String>, evidence: Vec<String>, fix: Vec<String>) -> Self {
        Outcome {
            status: Status::Fail,
            summary: summary.into(),
            evidence,
            fix,
        }
    }
    pub fn warn(summary: impl Into<String>, evidence: Vec<String>, fix: Vec<String>) -> Self {
        Outcome {
            status: Status::Warn,
            summary: summary.into(),
            evidence,
            fix,
        }
    }
    fn new(status: Status, summary: impl Into<String>) -> Self {
        Outcome {
            status,
            summary: summary.into(),
            evidence: Vec::new(),
            fix: Vec::new(),
        }
    }

    /// Several findings of one check: the worst status decides; its findings are kept.
    pub fn combine(outcomes: Vec<Outcome>) -> Outcome {
        let Some(worst) = outcomes.iter().map(|o| o.status).max() else {
            return Outcome::skipped("nothing to check");
        };
        let mut top = outcomes.into_iter().filter(|o| o.status == worst);
        let mut out = top.next().expect("the worst status has an outcome");
        let mut extra = 0;
        for o in top {
            for e in o.evidence {
                if !out.evidence.contains(&e) {
                    out.evidence.push(e);
                }
            }
            for f in o.fix {
                if !out.fix.contains(&f) {
                    out.fix.push(f);
                }
            }
            if worst == Status::Unknown && !out.summary.contains(&o.summary) {
                out.summary = format!("{}; {}", out.summary, o.summary);
            }
            extra += 1;
        }
        if matches!(worst, Status::Pass | Status::Skipped) && extra > 0 {
            out.summary = format!("{} (and {extra} more)", out.summary);
        }
        out
    }
}

/// Everything a check may read: the snapshot and what is derived from it once.
pub struct Facts<'a> {
    pub snap: &'a Snapshot,
    pub td: Option<&'a TaskDefinition>,
    pub region: String,
    pub account: String,
    pub classification: TaskClassification,
    network: OnceLock<Analysis>,
}

impl<'a> Facts<'a> {
    pub fn new(snap: &'a Snapshot) -> Self {
        let reasons: Vec<(&str, &str)> = snap
            .task
            .containers
            .iter()
            .filter_map(|c| Some((c.name.as_str(), c.reason.as_deref()?)))
            .collect();
        let classification = classify::classify_task(
            &reasons,
            snap.task.stopped_reason.as_deref(),
            snap.task.stop_code.as_deref(),
        );
        let arn = snap.task.task_arn.as_deref();
        Facts {
            snap,
            td: snap.task_definition.ok(),
            region: snap
                .region
                .clone()
                .or_else(|| arn.and_then(|a| a.split(':').nth(3)).map(str::to_string))
                .unwrap_or_default(),
            account: snap
                .account
                .clone()
                .or_else(|| arn.and_then(|a| a.split(':').nth(4)).map(str::to_string))
                .unwrap_or_default(),
            classification,
            network: OnceLock::new(),
        }
    }

    /// The network analysis, computed on first use.
    pub fn network(&self) -> &Analysis {
        self.network.get_or_init(|| network::analyze(self))
    }

    pub fn platform_version(&self) -> Option<&str> {
        self.snap.task.platform_version.as_deref()
    }

    /// Why task-definition-based checks cannot run, if they cannot.
    fn td_missing(&self) -> Option<Outcome> {
        match self.td {
            Some(_) => None,
            None => Some(Outcome::unknown(format!(
                "the task definition is unknown: {}",
                self.snap.task_definition.why_missing().unwrap_or_default()
            ))),
        }
    }
}

/// One check: the cause it confirms or rules out, and the pure function that decides.
pub struct Check {
    pub cause: &'static str,
    pub run: fn(&Facts) -> Outcome,
}

/// Every check, one per verifiable cause. Causes not listed here are recognised from the error
/// text only (see [`TEXT_ONLY`]); `tests/diagnose_fixtures.rs` keeps the two lists complete.
/// The order breaks ties between confirmed causes the error text does not rank: what is missing
/// (role, image, secret, log group) comes before the permissions on it.
pub static CHECKS: &[Check] = &[
    Check {
        cause: "iam.exec_role_missing",
        run: iam::exec_role_missing,
    },
    Check {
        cause: "image.not_found",
        run: resources::image_not_found,
    },
    Check {
        cause: "secret.not_found",
        run: resources::secret_not_found,
    },
    Check {
        cause: "registry.auth",
        run: resources::registry_auth,
    },
    Check {
        cause: "logs.group_missing",
        run: resources::log_group_missing,
    },
    Check {
        cause: "network.no_public_ip",
        run: |f| network::outcome(f, "network.no_public_ip"),
    },
    Check {
        cause: "network.no_route",
        run: |f| network::outcome(f, "network.no_route"),
    },
    Check {
        cause: "network.endpoint_missing",
        run: |f| network::outcome(f, "network.endpoint_missing"),
    },
    Check {
        cause: "network.sg_egress",
        run: |f| network::outcome(f, "network.sg_egress"),
    },
    Check {
        cause: "network.endpoint_sg",
        run: |f| network::outcome(f, "network.endpoint_sg"),
    },
    Check {
        cause: "network.nacl",
        run: |f| network::outcome(f, "network.nacl"),
    },
    Check {
        cause: "network.endpoint_policy",
        run: |f| network::outcome(f, "network.endpoint_policy"),
    },
    Check {
        cause: "network.dns",
        run: |f| network::outcome(f, "network.dns"),
    },
    Check {
        cause: "iam.exec_role_trust",
        run: iam::exec_role_trust,
    },
    Check {
        cause: "iam.exec_role_ecr",
        run: |f| iam::exec_role_permissions(f, "iam.exec_role_ecr"),
    },
    Check {
        cause: "iam.exec_role_secrets",
        run: |f| iam::exec_role_permissions(f, "iam.exec_role_secrets"),
    },
    Check {
        cause: "iam.exec_role_logs",
        run: |f| iam::exec_role_permissions(f, "iam.exec_role_logs"),
    },
    Check {
        cause: "iam.exec_role_kms",
        run: iam::exec_role_kms,
    },
    Check {
        cause: "envfile.s3",
        run: |f| iam::exec_role_permissions(f, "envfile.s3"),
    },
    Check {
        cause: "iam.instance_role",
        run: iam::instance_role,
    },
    Check {
        cause: "ecr.repo_policy",
        run: iam::repo_policy,
    },
    Check {
        cause: "storage.ephemeral",
        run: resources::ephemeral_storage,
    },
    Check {
        cause: "volume.efs",
        run: resources::efs,
    },
    Check {
        cause: "eni.capacity",
        run: resources::eni_capacity,
    },
    Check {
        cause: "task.config",
        run: resources::task_config,
    },
    Check {
        cause: "container.exit",
        run: resources::container_exit,
    },
    Check {
        cause: "container.oom",
        run: resources::container_oom,
    },
];

/// Causes known only from the error text (no configuration evidence can confirm them).
pub const TEXT_ONLY: &[&str] = &[
    "image.platform_mismatch",
    "registry.rate_limit",
    "capacity.placement",
    "container.command",
    "container.start_timeout",
    "health.elb",
    "health.container",
    "infra.spot_or_host",
    "expected.stop",
    "other",
];

/// How sure a root cause is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Confirmed by evidence in the snapshot.
    High,
    /// The evidence points at it but cannot settle it (a warning, a condition).
    Medium,
    /// Suspected from the error text; the evidence could not confirm or rule it out.
    Low,
}

/// A ranked root cause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RootCause {
    pub id: String,
    pub confidence: Confidence,
    /// `confirmed` (by evidence) or `suspected` (from the error text, or a warning).
    pub status: String,
    pub title: String,
    pub summary: String,
    pub evidence: Vec<String>,
    pub fix: Vec<String>,
    pub docs: Vec<String>,
}

/// The result of one check, for the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    pub id: String,
    pub status: Status,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

/// The facts of the task a person needs at a glance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskFacts {
    pub task_arn: Option<String>,
    pub task_id: Option<String>,
    pub cluster: Option<String>,
    pub service: Option<String>,
    pub task_definition: Option<String>,
    pub launch_type: Option<String>,
    pub platform_version: Option<String>,
    pub availability_zone: Option<String>,
    pub region: Option<String>,
    pub account: Option<String>,
    pub subnet: Option<String>,
    pub security_groups: Vec<String>,
    pub assign_public_ip: Option<bool>,
    pub execution_role: Option<String>,
    pub stop_code: Option<String>,
    pub stopped_reason: Option<String>,
    pub stopped_at: Option<String>,
    /// Route table, VPC: for console links.
    pub route_table: Option<String>,
    pub vpc: Option<String>,
}

/// The classification of the error text, in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassificationReport {
    pub source: String,
    pub message: String,
    pub family: String,
    pub service: Option<String>,
    pub candidates: Vec<String>,
}

/// The whole diagnosis (`ecs-autopsy diagnose --format json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub report_version: u32,
    pub task: TaskFacts,
    pub classification: ClassificationReport,
    /// Best first; confirmed causes before suspected ones.
    pub root_causes: Vec<RootCause>,
    /// Every check with its status.
    pub checks: Vec<CheckResult>,
    /// Calls that failed while gathering ("unknown" checks say which permission is missing).
    pub gather_errors: Vec<String>,
    pub deadline_hit: bool,
}

/// Diagnoses a snapshot. Pure: the same snapshot gives the same report.
pub fn diagnose(snap: &Snapshot) -> Report {
    let f = Facts::new(snap);
    let outcomes: Vec<(&'static str, Outcome)> =
        CHECKS.iter().map(|c| (c.cause, (c.run)(&f))).collect();
    let candidates = &f.classification.classification.candidates;
    let rank_of = |id: &str| {
        candidates
            .iter()
            .position(|c| *c == id)
            .unwrap_or(usize::MAX)
    };

    let mut confirmed: Vec<(usize, usize, &str, &Outcome)> = outcomes
        .iter()
        .enumerate()
        .filter(|(_, (_, o))| o.status == Status::Fail)
        .map(|(i, (id, o))| (rank_of(id), i, *id, o))
        .collect();
    confirmed.sort_by_key(|(r, i, ..)| (*r, *i));
    let mut warned: Vec<(usize, usize, &str, &Outcome)> = outcomes
        .iter()
        .enumerate()
        .filter(|(_, (id, o))| o.status == Status::Warn && rank_of(id) != usize::MAX)
        .map(|(i, (id, o))| (rank_of(id), i, *id, o))
        .collect();
    warned.sort_by_key(|(r, i, ..)| (*r, *i));

    let mut root_causes: Vec<RootCause> = Vec::new();
    for (_, _, id, o) in &confirmed {
        push_cause(&mut root_causes, id, Confidence::High, "confirmed", Some(o));
    }
    for (_, _, id, o) in &warned {
        push_cause(
            &mut root_causes,
            id,
            Confidence::Medium,
            "suspected",
            Some(o),
        );
    }
    // Suspected from the text: candidates whose check could not rule them out.
    for id in candidates {
        let check = outcomes.iter().find(|(c, _)| c == id).map(|(_, o)| o);
        match check {
            Some(o) if matches!(o.status, Status::Pass | Status::Skipped) => {}
            Some(o) if o.status == Status::Unknown => {
                let mut o = o.clone();
                o.summary = format!(
                    "{} (not verified: {})",
                    catalogue::cause(id).map_or("", |c| c.title),
                    o.summary
                );
                push_cause(&mut root_causes, id, Confidence::Low, "suspected", Some(&o));
            }
            _ if *id == "other" && !root_causes.is_empty() => {}
            _ => push_cause(&mut root_causes, id, Confidence::Low, "suspected", None),
        }
    }
    if root_causes.is_empty() {
        let all_clear = Outcome {
            status: Status::Unknown,
            summary: "No check found a problem: the cause is outside what ecs-autopsy can see (transient, SCP, or new)".into(),
            evidence: vec![format!("error: {}", f.classification.message)],
            fix: Vec::new(),
        };
        push_cause(
            &mut root_causes,
            "other",
            Confidence::Low,
            "suspected",
            Some(&all_clear),
        );
    }

    let t = &snap.task;
    let c = &f.classification;
    Report {
        report_version: REPORT_VERSION,
        task: TaskFacts {
            task_arn: t.task_arn.clone(),
            task_id: t.task_id().map(str::to_string),
            cluster: t.cluster_name().map(str::to_string),
            service: t.service_name().map(str::to_string),
            task_definition: t
                .task_definition_arn
                .as_deref()
                .map(|a| a.rsplit('/').next().unwrap_or(a).to_string()),
            launch_type: t
                .launch_type
                .clone()
                .or_else(|| t.capacity_provider.clone()),
            platform_version: t.platform_version.clone(),
            availability_zone: t.availability_zone.clone(),
            region: Some(f.region.clone()).filter(|r| !r.is_empty()),
            account: Some(f.account.clone()).filter(|a| !a.is_empty()),
            subnet: snap
                .awsvpc
                .subnets
                .first()
                .cloned()
                .or_else(|| t.subnet_id.clone()),
            security_groups: snap.awsvpc.security_groups.clone(),
            assign_public_ip: snap.awsvpc.assign_public_ip,
            execution_role: f.td.and_then(|d| d.execution_role_arn.clone()),
            stop_code: t.stop_code.clone(),
            stopped_reason: t.stopped_reason.clone(),
            stopped_at: t.stopped_at.clone(),
            route_table: route_table_of(snap),
            vpc: snap.network.as_ref().and_then(|n| n.vpc_id.clone()),
        },
        classification: ClassificationReport {
            source: c.source.clone(),
            message: c.message.clone(),
            family: c.classification.family.to_string(),
            service: c.classification.service.map(|s| s.label().to_string()),
            candidates: c
                .classification
                .candidates
                .iter()
                .map(|s| s.to_string())
                .collect(),
        },
        root_causes,
        checks: outcomes
            .into_iter()
            .map(|(id, o)| CheckResult {
                id: id.to_string(),
                status: o.status,
                summary: o.summary,
                evidence: o.evidence,
            })
            .collect(),
        gather_errors: snap.errors.iter().map(|e| e.describe()).collect(),
        deadline_hit: snap.deadline_hit,
    }
}

/// Adds a root cause once, with the check's words when it has them, else the catalogue's.
fn push_cause(
    list: &mut Vec<RootCause>,
    id: &str,
    confidence: Confidence,
    status: &str,
    outcome: Option<&Outcome>,
) {
    if list.iter().any(|r| r.id == id) {
        return;
    }
    let Some(cause) = catalogue::cause(id) else {
        return;
    };
    list.push(RootCause {
        id: id.to_string(),
        confidence,
        status: status.into(),
        title: cause.title.into(),
        summary: outcome
            .map(|o| o.summary.clone())
            .unwrap_or_else(|| cause.title.to_string()),
        evidence: outcome.map(|o| o.evidence.clone()).unwrap_or_default(),
        fix: match outcome {
            Some(o) if !o.fix.is_empty() => o.fix.clone(),
            _ => cause.fix.iter().map(|s| s.to_string()).collect(),
        },
        docs: cause.docs.iter().map(|s| s.to_string()).collect(),
    });
}

fn route_table_of(snap: &Snapshot) -> Option<String> {
    let net = snap.network.as_ref()?;
    let subnet = snap
        .awsvpc
        .subnets
        .first()
        .or(snap.task.subnet_id.as_ref())?;
    let tables = net.route_tables.ok()?;
    tables
        .iter()
        .find(|t| t.subnet_ids.contains(subnet))
        .or_else(|| tables.iter().find(|t| t.main))
        .map(|t| t.id.clone())
}
