//! Diagnosis: pure checks over a snapshot, ranked into root causes with evidence and fixes.
//!
//! Every known cause that can be verified has one check, registered in [`CHECKS`]; all of them
//! run whatever the error text says (a timeout can hide a missing permission, seed 003). A check
//! answers `pass`, `fail`, `warn`, `unknown` (with the reason: a call that failed, data that
//! cannot be seen) or `skipped` (does not apply). Ranking puts causes confirmed by evidence first,
//! then causes suspected from the text; a passing check never appears as a cause.

mod checks;
mod iam;
mod network;

use crate::catalogue::{self, id};
use crate::classify::{self, TaskClassification};
use crate::snapshot::{ErrorKind, Fetched, LogTail, Snapshot, TaskDefinition};
use crate::stop::{self, StopAnalysis};
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
    /// For a pass: true when it found nothing wrong in what it can see but cannot rule the cause
    /// out (the image's compressed size fits, yet layers extract to 2-4 times that and the
    /// container writes to the same disk). A suspect the text names stays a suspect after such a
    /// pass; a conclusive pass removes it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inconclusive: bool,
    /// The resource the fix changes, when the check holds it: the incident groups failures by it
    /// (`crate::incident`), so it is data here, never read back from the summary's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub culprit: Option<String>,
}

impl Outcome {
    /// A failure of `culprit`, the resource the fix changes (see [`Outcome::culprit`]).
    pub fn fail_on(
        culprit: impl Into<String>,
        summary: impl Into<String>,
        evidence: Vec<String>,
        fix: Vec<String>,
    ) -> Self {
        Outcome {
            culprit: Some(culprit.into()),
            ..Self::fail(summary, evidence, fix)
        }
    }

    /// Names the resource a failure's fix changes, when the failure does not name one yet.
    pub fn naming(mut self, culprit: impl Into<String>) -> Self {
        if self.status == Status::Fail && self.culprit.is_none() {
            self.culprit = Some(culprit.into());
        }
        self
    }

    /// A pass that rules the cause out.
    pub fn pass(summary: impl Into<String>) -> Self {
        Self::new(Status::Pass, summary)
    }
    /// A pass that found nothing wrong in what it can see, without ruling the cause out.
    pub fn nothing_found(summary: impl Into<String>) -> Self {
        Outcome {
            inconclusive: true,
            ..Self::new(Status::Pass, summary)
        }
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
            inconclusive: false,
            culprit: None,
        }
    }
    pub fn warn(summary: impl Into<String>, evidence: Vec<String>, fix: Vec<String>) -> Self {
        Outcome {
            status: Status::Warn,
            summary: summary.into(),
            evidence,
            fix,
            inconclusive: false,
            culprit: None,
        }
    }
    fn new(status: Status, summary: impl Into<String>) -> Self {
        Outcome {
            status,
            summary: summary.into(),
            evidence: Vec::new(),
            fix: Vec::new(),
            inconclusive: false,
            culprit: None,
        }
    }

    /// Several findings of one check: the worst status decides; its findings are kept.
    pub fn combine(outcomes: Vec<Outcome>) -> Outcome {
        let Some(worst) = outcomes.iter().map(|o| o.status).max() else {
            return Outcome::skipped("nothing to check");
        };
        let inconclusive = outcomes.iter().any(|o| o.status == worst && o.inconclusive);
        let mut top = outcomes.into_iter().filter(|o| o.status == worst);
        let mut out = top.next().expect("the worst status has an outcome");
        out.inconclusive = inconclusive;
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
    /// Who stopped the task and when (the stop code inferred when the event has none).
    pub stop: StopAnalysis,
    network: OnceLock<Analysis>,
    crash: OnceLock<Option<crate::crash::Crash>>,
}

impl<'a> Facts<'a> {
    pub fn new(snap: &'a Snapshot) -> Self {
        // The containers' reasons, then why an EBS volume could not be attached: ECS stops the
        // task for it, and its stopped reason need not say so.
        let reasons: Vec<(String, &str)> = snap
            .task
            .containers
            .iter()
            .filter_map(|c| Some((classify::container_source(&c.name), c.reason.as_deref()?)))
            .chain(snap.task.ebs_volumes.iter().filter_map(|v| {
                Some((
                    format!(
                        "attachments[{}].statusReason",
                        v.volume_name.as_deref().unwrap_or("EBS volume")
                    ),
                    v.status_reason.as_deref()?,
                ))
            }))
            .collect();
        let td = snap.task_definition.ok();
        let stop = stop::analyze(&snap.task, td);
        let classification = classify::classify_reasons(
            &reasons,
            snap.task.stopped_reason.as_deref(),
            stop.stop_code.as_deref(),
        );
        let arn = snap.task.task_arn.as_deref();
        Facts {
            snap,
            td,
            stop,
            region: snap
                .region
                .clone()
                .or_else(|| crate::arn::region_of(arn))
                .unwrap_or_default(),
            account: snap
                .account
                .clone()
                .or_else(|| crate::arn::account_of(arn))
                .unwrap_or_default(),
            classification,
            network: OnceLock::new(),
            crash: OnceLock::new(),
        }
    }

    /// What the culprit's log tail shows ([`crate::crash::recognise`]), read on first use.
    pub fn crash(&self) -> Option<&crate::crash::Crash> {
        self.crash
            .get_or_init(|| {
                let lines = &self.snap.log_tail.as_ref()?.ok()?.lines;
                crate::crash::recognise(lines)
            })
            .as_ref()
    }

    /// The network analysis, computed on first use.
    pub fn network(&self) -> &Analysis {
        self.network.get_or_init(|| network::analyze(self))
    }

    /// The condition keys a request of `action` cannot carry on the task's path: when the
    /// analysis says that service is reached through a NAT or internet gateway, no VPC endpoint
    /// stamps it (`aws:SourceVpce`, `aws:SourceVpc`, `aws:VpcSourceIp`). Empty when the path goes
    /// through an endpoint, is unknown, or the action is not one the task sends itself.
    pub fn keys_absent_for(&self, action: &str) -> &'static [&'static str] {
        let (service, name) = action.split_once(':').unwrap_or((action, ""));
        let key = match (service, name) {
            ("ecr", "GetAuthorizationToken") => "ecr.api",
            ("ecr", _) => "ecr.dkr",
            ("secretsmanager" | "ssm" | "logs" | "s3", _) => service,
            _ => return &[],
        };
        let through_gateway = self
            .network()
            .paths
            .iter()
            .find(|p| p.service == key)
            .is_some_and(|p| matches!(p.path, network::Path::Nat(_) | network::Path::Igw(_)));
        if through_gateway {
            crate::policy::NOT_THROUGH_AN_ENDPOINT
        } else {
            &[]
        }
    }

    pub fn platform_version(&self) -> Option<&str> {
        self.snap.task.platform_version.as_deref()
    }

    /// Why task-definition-based checks cannot run, if they cannot.
    fn td_missing(&self) -> Option<Outcome> {
        match self.td {
            Some(_) => None,
            // An impaired container instance's event: no task, so nothing of a task definition
            // can be why (the instance's own check says what failed).
            None if self.snap.task.instance_name().is_some() => Some(Outcome::skipped(
                "a container instance's health event: no task or task definition is involved",
            )),
            // With AWS unreadable the report says so once; the check only points there.
            None if self.snap.access.is_some() => {
                Some(Outcome::unknown("AWS could not be read, see above"))
            }
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
    pub run: fn(&Facts<'_>) -> Outcome,
}

/// Every check, one per verifiable cause. Causes not listed here are recognised from the error
/// text only (`Evidence::TextOnly` in the catalogue); `tests/fast/diagnose_fixtures.rs` keeps the
/// two in step.
/// The order breaks ties between confirmed causes the error text does not rank: what is missing
/// (role, image, secret, log group) comes before the permissions on it.
pub static CHECKS: &[Check] = &[
    Check {
        cause: id::IAM_EXEC_ROLE_MISSING,
        run: iam::exec_role_missing,
    },
    Check {
        cause: id::IMAGE_NOT_FOUND,
        run: checks::image::image_not_found,
    },
    Check {
        cause: id::IMAGE_PLATFORM_MISMATCH,
        run: checks::image::image_platform,
    },
    Check {
        cause: id::SECRET_NOT_FOUND,
        run: checks::secrets::secret_not_found,
    },
    Check {
        cause: id::REGISTRY_AUTH,
        run: checks::image::registry_auth,
    },
    Check {
        cause: id::LOGS_GROUP_MISSING,
        run: checks::logs::log_group_missing,
    },
    Check {
        cause: id::NETWORK_NO_PUBLIC_IP,
        run: |f| network::outcome(f, id::NETWORK_NO_PUBLIC_IP),
    },
    Check {
        cause: id::NETWORK_NO_ROUTE,
        run: |f| network::outcome(f, id::NETWORK_NO_ROUTE),
    },
    Check {
        cause: id::NETWORK_ENDPOINT_MISSING,
        run: |f| network::outcome(f, id::NETWORK_ENDPOINT_MISSING),
    },
    Check {
        cause: id::NETWORK_SG_EGRESS,
        run: |f| network::outcome(f, id::NETWORK_SG_EGRESS),
    },
    Check {
        cause: id::NETWORK_ENDPOINT_SG,
        run: |f| network::outcome(f, id::NETWORK_ENDPOINT_SG),
    },
    Check {
        cause: id::NETWORK_NACL,
        run: |f| network::outcome(f, id::NETWORK_NACL),
    },
    Check {
        cause: id::NETWORK_ENDPOINT_POLICY,
        run: |f| network::outcome(f, id::NETWORK_ENDPOINT_POLICY),
    },
    Check {
        cause: id::NETWORK_DNS,
        run: |f| network::outcome(f, id::NETWORK_DNS),
    },
    Check {
        cause: id::IAM_EXEC_ROLE_TRUST,
        run: iam::exec_role_trust,
    },
    Check {
        cause: id::IAM_EXEC_ROLE_ECR,
        run: |f| iam::exec_role_permissions(f, id::IAM_EXEC_ROLE_ECR),
    },
    Check {
        cause: id::IAM_EXEC_ROLE_SECRETS,
        run: |f| iam::exec_role_permissions(f, id::IAM_EXEC_ROLE_SECRETS),
    },
    Check {
        cause: id::IAM_EXEC_ROLE_LOGS,
        run: |f| iam::exec_role_permissions(f, id::IAM_EXEC_ROLE_LOGS),
    },
    Check {
        cause: id::IAM_EXEC_ROLE_KMS,
        run: iam::exec_role_kms,
    },
    Check {
        cause: id::ENVFILE_S3,
        run: |f| iam::exec_role_permissions(f, id::ENVFILE_S3),
    },
    Check {
        cause: id::IAM_INSTANCE_ROLE,
        run: iam::instance_role,
    },
    Check {
        cause: id::ECR_REPO_POLICY,
        run: iam::repo_policy,
    },
    Check {
        cause: id::STORAGE_EPHEMERAL,
        run: checks::storage::ephemeral_storage,
    },
    Check {
        cause: id::VOLUME_EFS,
        run: checks::storage::efs,
    },
    Check {
        cause: id::ENI_CAPACITY,
        run: checks::placement::eni_capacity,
    },
    Check {
        cause: id::TASK_CONFIG,
        run: checks::task::task_config,
    },
    Check {
        cause: id::CONTAINER_EXIT,
        run: checks::container::container_exit,
    },
    Check {
        cause: id::CONTAINER_OOM,
        run: checks::container::container_oom,
    },
    Check {
        cause: id::CONTAINER_COMMAND,
        run: checks::container::container_command,
    },
    Check {
        cause: id::CAPACITY_PLACEMENT,
        run: checks::placement::capacity_placement,
    },
    Check {
        cause: id::HEALTH_CONTAINER,
        run: checks::health::container_health,
    },
    Check {
        cause: id::HEALTH_ELB,
        run: checks::health::elb_health,
    },
    Check {
        cause: id::INFRA_SPOT_OR_HOST,
        run: checks::instance::host_or_capacity_lost,
    },
];

/// Why no check runs for a task stopped on purpose.
const STOPPED_ON_PURPOSE: &str = "the task was stopped on purpose (a user, a deployment or a scale-in): today's configuration is not why it stopped";

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

/// Whether the evidence settled a root cause (serialized `confirmed` / `suspected`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A check found the evidence.
    Confirmed,
    /// From the error text, or a warning: the evidence could not settle it.
    Suspected,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Suspected => "suspected",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// As serialized: `verdict == "confirmed"` reads as the JSON report does.
impl PartialEq<&str> for Verdict {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A ranked root cause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RootCause {
    pub id: String,
    pub confidence: Confidence,
    pub status: Verdict,
    pub title: String,
    pub summary: String,
    pub evidence: Vec<String>,
    pub fix: Vec<String>,
    pub docs: Vec<String>,
    /// 0-100: the evidence's band and the text's likelihood in one number ([`score`]).
    #[serde(default)]
    pub score: u32,
    /// The resource the fix changes, when the check named it ([`Outcome::culprit`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub culprit: Option<String>,
}

/// The result of one check, for the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    pub id: String,
    pub status: Status,
    pub summary: String,
    /// A pass that found nothing wrong in what it could see, without ruling the cause out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inconclusive: bool,
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
    /// A daemon event's Managed Daemon, when the report is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daemon: Option<String>,
    /// An instance health event's container instance, when the report is about one (no task).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<String>,
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
    /// Who stopped the task and when: the container whose exit stopped it, how long it ran,
    /// which exits were consequences, the stop code (inferred when the event has none).
    #[serde(default)]
    pub stop: Option<StopAnalysis>,
    /// How the task reaches each service it needs (`ecr.api → vpce-…`), once for all checks.
    #[serde(default)]
    pub network_paths: Vec<String>,
    /// The service event that started the diagnosis (placement failure, start impaired, a
    /// deployment rolled back), when it was not a task state change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_event: Option<crate::snapshot::ServiceEvent>,
    /// Why the task's account could not be read, if it could not (nothing was checked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<String>,
    /// For a deployment that failed: the task definition the service rolled back to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rolled_back_to: Option<String>,
    /// How many of the service's recently stopped tasks stopped the same way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similar_stops: Option<SimilarStops>,
    /// The last log lines of the container that stopped the task, when one crashed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<LogReport>,
}

/// What the container that stopped the task logged last.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LogReport {
    pub container: String,
    /// `awslogs`, or the driver that was not read.
    pub driver: String,
    pub group: Option<String>,
    pub stream: Option<String>,
    /// Oldest first, redacted.
    pub lines: Vec<String>,
    /// What the lines show ([`crate::crash`]): "Python raised KeyError: 'DATABASE_URL'".
    pub crash: Option<crate::crash::Crash>,
    /// Why there are no lines, and where to look.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// "12 tasks of api stopped the same way since 09:40": the same failure family, the same
/// ending and the same exit code of the container that stopped them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimilarStops {
    pub service: String,
    /// This task included.
    pub count: usize,
    /// Stopped tasks looked at (ECS keeps stopped tasks for about an hour), this one included.
    pub of: usize,
    /// When the earliest of them stopped.
    pub since: Option<String>,
}

impl SimilarStops {
    pub fn line(&self) -> String {
        format!(
            "{} of the last {} stopped tasks of {} stopped the same way{}",
            self.count,
            self.of,
            self.service,
            self.since
                .as_deref()
                .map(|s| format!(" since {s}"))
                .unwrap_or_default()
        )
    }
}

fn similar_stops(f: &Facts<'_>) -> Option<SimilarStops> {
    let recent = f.snap.recent_stops.ok()?;
    let service = f.snap.task.service_name()?;
    let family = f.classification.classification.family_id;
    let same: Vec<&crate::snapshot::RecentStop> = recent
        .iter()
        .filter(|r| {
            let task = crate::snapshot::Task {
                last_status: Some("STOPPED".into()),
                group: f.snap.task.group.clone(),
                stop_code: r.stop_code.clone(),
                stopped_reason: r.stopped_reason.clone(),
                containers: r.containers.clone(),
                ..Default::default()
            };
            let stop = stop::analyze(&task, f.td);
            let reasons: Vec<(&str, &str)> = r
                .containers
                .iter()
                .filter_map(|c| Some((c.name.as_str(), c.reason.as_deref()?)))
                .collect();
            let c = classify::classify_task(
                &reasons,
                r.stopped_reason.as_deref(),
                stop.stop_code.as_deref(),
            );
            c.classification.family_id == family
                && stop.ending == f.stop.ending
                && stop.culprit_exit == f.stop.culprit_exit
        })
        .collect();
    if same.is_empty() {
        return None;
    }
    let since = same
        .iter()
        .filter_map(|r| {
            let at = r.stopped_at.as_deref()?;
            Some((stop::parse_time(at)?, at))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, at)| at.to_string());
    Some(SimilarStops {
        service: service.to_string(),
        count: same.len() + 1,
        of: recent.len() + 1,
        since,
    })
}

/// How strongly the error text points at a cause: 1.0 for the family's first candidate, less
/// for the later ones, a little for a cause the text does not name at all (every check runs).
fn text_likelihood(position: Option<usize>) -> f64 {
    match position {
        Some(0) => 1.0,
        Some(1) => 0.6,
        Some(2) => 0.45,
        Some(3) => 0.35,
        Some(_) => 0.3,
        None => 0.05,
    }
}

/// One score per cause, 0-100: the evidence sets the band, the text's likelihood the place in
/// it. A confirmed failure (71-100) always outranks a warning (41-65), which always outranks a
/// suspect the evidence could not settle (an unknown or text-only cause, 11-40, or a pass that
/// could not rule it out, 6-25). A conclusive pass or a check that does not apply scores 0:
/// the cause is ruled out. Ranking is this one number (ties: the text's order, then [`CHECKS`]).
pub fn score(status: Option<Status>, inconclusive: bool, position: Option<usize>) -> u32 {
    let l = text_likelihood(position);
    let s = match status {
        Some(Status::Fail) => 70.0 + 30.0 * l,
        Some(Status::Warn) => 40.0 + 25.0 * l,
        Some(Status::Pass) if inconclusive && position.is_some() => 5.0 + 20.0 * l,
        Some(Status::Pass | Status::Skipped) => 0.0,
        // Unknown, or no check (known from the text only): only what the text names.
        Some(Status::Unknown) | None if position.is_some() => 10.0 + 30.0 * l,
        Some(Status::Unknown) | None => 0.0,
    };
    s.round() as u32
}

/// Diagnoses a snapshot. Pure: the same snapshot gives the same report.
pub fn diagnose(snap: &Snapshot) -> Report {
    let f = Facts::new(snap);
    // When the task's account could not be read (`snap.access`), the snapshot holds the event
    // alone and nothing of any account: the checks that need more say unknown, and those that
    // read the event (who stopped the task, its exit, how long it ran) still decide.
    //
    // A task stopped on purpose (a user, a deployment replacing it, a scale-in) is not a failure:
    // checking today's configuration would blame it for something that did not happen (an image
    // tag deleted since the task started is not why a deployment replaced it).
    //
    // A standalone task (a job) whose essential containers exited 0 succeeded: its stop reason
    // ("Essential container in task exited") reads like a crash, but there is nothing to find.
    let succeeded = f.stop.ending == stop::Ending::Succeeded;
    let on_purpose =
        succeeded || f.classification.classification.candidates.first() == Some(&id::EXPECTED_STOP);
    // Confirmed (a finding, not a failure): the exit codes the event carries say so.
    let job_done = succeeded.then(|| {
        Outcome::fail(
            format!("Not a failure: {}", f.stop.summary),
            vec![format!(
                "stop code {}{}; no essential container exited with an error",
                f.stop.stop_code.as_deref().unwrap_or("?"),
                if f.stop.stop_code_inferred {
                    " (inferred)"
                } else {
                    ""
                }
            )],
            Vec::new(),
        )
    });
    let outcomes: Vec<(&'static str, Outcome)> = CHECKS
        .iter()
        .map(|c| {
            let outcome = if on_purpose {
                Outcome::skipped(STOPPED_ON_PURPOSE)
            } else {
                (c.run)(&f)
            };
            (c.cause, outcome)
        })
        .collect();
    let candidates = &f.classification.classification.candidates;
    let position = |id: &str| candidates.iter().position(|c| *c == id);

    // Every cause with a check, and every cause the text names: one score each.
    let mut scored: Vec<(u32, usize, usize, &str, Option<&Outcome>)> = Vec::new();
    for (i, (id, o)) in outcomes.iter().enumerate() {
        let sc = score(Some(o.status), o.inconclusive, position(id));
        if sc > 0 {
            scored.push((sc, position(id).unwrap_or(usize::MAX), i, id, Some(o)));
        }
    }
    // A family that reads `other` first names what failed although no cause of the catalogue
    // covers it (an AWS API that throttled, a cluster that is not there, the caller's own
    // permissions): it leads as itself, not as its second candidate (throttling would read as
    // "AWS took the capacity away", a missing cluster as an invalid task definition).
    let named_other = named_other(&f.classification);
    for (p, id) in candidates.iter().enumerate() {
        if outcomes.iter().all(|(c, _)| c != id) {
            if *id != "other" {
                scored.push((score(None, false, Some(p)), p, usize::MAX, id, None));
            } else if let (0, Some(o)) = (p, &named_other) {
                scored.push((score(None, false, Some(p)), p, usize::MAX, id, Some(o)));
            }
        }
    }
    scored.sort_by_key(|(sc, p, i, ..)| (std::cmp::Reverse(*sc), *p, *i));
    if let Some(done) = &job_done {
        scored.retain(|e| e.3 != id::EXPECTED_STOP);
        scored.insert(
            0,
            (
                score(Some(Status::Fail), false, Some(0)),
                0,
                usize::MAX,
                id::EXPECTED_STOP,
                Some(done),
            ),
        );
    }
    for (cause, symptoms) in catalogue::CAUSES.iter().map(|c| (c.id, c.explains)) {
        let confirmed = |e: &(u32, usize, usize, &str, Option<&Outcome>)| {
            e.4.is_some_and(|o| o.status == Status::Fail)
        };
        let at = scored.iter().position(|e| e.3 == cause && confirmed(e));
        let first_symptom = scored
            .iter()
            .position(|e| symptoms.contains(&e.3) && confirmed(e));
        if let (Some(at), Some(s)) = (at, first_symptom) {
            if s < at {
                let explained = scored.remove(at);
                scored.insert(s, explained);
            }
        }
    }

    let mut root_causes: Vec<RootCause> = Vec::new();
    for (sc, _, _, id, o) in &scored {
        let (confidence, status) = match o.map(|o| o.status) {
            Some(Status::Fail) => (Confidence::High, Verdict::Confirmed),
            Some(Status::Warn) => (Confidence::Medium, Verdict::Suspected),
            _ => (Confidence::Low, Verdict::Suspected),
        };
        let shown = match o {
            Some(o) if matches!(o.status, Status::Unknown) => {
                let mut o = (*o).clone();
                o.summary = format!(
                    "{} (not verified: {})",
                    catalogue::cause(id).map_or("", |c| c.title),
                    o.summary
                );
                Some(o)
            }
            Some(o) if o.status == Status::Pass => {
                // An inconclusive pass: the text names it and nothing ruled it out.
                let mut o = (*o).clone();
                o.summary = format!(
                    "{} (named by the error text; the check could not rule it out: {})",
                    catalogue::cause(id).map_or("", |c| c.title),
                    o.summary
                );
                o.evidence
                    .insert(0, format!("error: {}", f.classification.message));
                Some(o)
            }
            Some(o) => Some((*o).clone()),
            None => None,
        };
        push_cause(
            &mut root_causes,
            id,
            confidence,
            status,
            shown.as_ref(),
            *sc,
        );
    }
    // Titled by what the text names (a Slack header, an SNS subject), not "no known cause".
    if let Some(rc) = root_causes.iter_mut().find(|r| r.id == "other") {
        if named_other.is_some() {
            rc.title = f.classification.classification.family.to_string();
        }
    }
    if root_causes.is_empty() {
        // A check that applies but could not run is named: "no check found a problem" is said
        // only when every check that applies ran.
        let unknown: Vec<&str> = outcomes
            .iter()
            .filter(|(_, o)| o.status == Status::Unknown)
            .map(|(id, _)| *id)
            .collect();
        let not_run = |may: &str| {
            format!(
                "Nothing was found in what could be checked, but {} check(s) could not run ({}): {may}",
                unknown.len(),
                unknown.join(", ")
            )
        };
        let summary = if snap.source == "preflight" {
            if unknown.is_empty() {
                "No check found a problem in the configuration this deployment would run on".into()
            } else {
                not_run("the deployment may still fail there")
            }
        } else if f.stop.ending == stop::Ending::NotStopped {
            let state = snap.task.last_status.as_deref().unwrap_or("?");
            if unknown.is_empty() {
                format!(
                    "This task has not stopped (lastStatus {state}): there is no failure to explain, and no check found a problem in its configuration"
                )
            } else {
                format!(
                    "This task has not stopped (lastStatus {state}): there is no failure to explain. {}",
                    not_run("a problem may be there")
                )
            }
        } else if unknown.is_empty() {
            "No check found a problem: the cause is outside what ecs-autopsy can see (transient, SCP, or new)".into()
        } else {
            not_run("the cause may be there")
        };
        let all_clear = Outcome {
            status: Status::Unknown,
            summary,
            evidence: vec![format!("error: {}", f.classification.message)],
            fix: Vec::new(),
            inconclusive: false,
            culprit: None,
        };
        push_cause(
            &mut root_causes,
            "other",
            Confidence::Low,
            Verdict::Suspected,
            Some(&all_clear),
            score(None, false, Some(0)),
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
            daemon: t.daemon_name().map(str::to_string),
            container_instance: t.instance_name().map(str::to_string),
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
            stop_code: t.stop_code.clone().or_else(|| f.stop.stop_code.clone()),
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
                inconclusive: o.inconclusive,
                evidence: o.evidence,
            })
            .collect(),
        gather_errors: snap.errors.iter().map(|e| e.describe()).collect(),
        deadline_hit: snap.deadline_hit,
        stop: Some(f.stop.clone()),
        network_paths: network::path_lines(f.network()),
        service_event: snap.service_event.clone(),
        rolled_back_to: rolled_back_to(snap),
        access: snap.access.clone(),
        similar_stops: similar_stops(&f),
        logs: logs(&f),
    }
}

/// How many of the tail's last lines a report carries (the crash is read on all of them).
pub const LOG_LINES_REPORTED: usize = 20;

/// The crashed container's last log lines as the report shows them, with the crash they show,
/// or why there are none and where to look.
fn logs(f: &Facts<'_>) -> Option<LogReport> {
    let tail = f.snap.log_tail.as_ref()?;
    let Some(t) = tail.ok() else {
        return Some(unread_log(f, tail));
    };
    // A stream that was read (awslogs, or FireLens to CloudWatch Logs) needs no note unless empty.
    let read = t.group.is_some() && t.stream.is_some();
    let note = match (t.driver.as_str(), t.lines.is_empty()) {
        (_, false) if read => None,
        (_, true) if read => Some(format!(
            "the log stream {} of group {} holds no events",
            t.stream.as_deref().unwrap_or("?"),
            t.group.as_deref().unwrap_or("?")
        )),
        ("none", _) => Some(format!(
            "container {} has no log configuration: its output was not kept (add logConfiguration, e.g. awslogs)",
            t.container
        )),
        // EC2 only: without awslogs-stream-prefix the stream is named by the Docker container id.
        ("awslogs", _) => Some(format!(
            "container {} logs through awslogs without awslogs-stream-prefix, so its stream is named by the Docker container id: look in its awslogs group",
            t.container
        )),
        (driver, _) => Some(format!(
            "container {} logs through {driver}, which ecs-autopsy does not read: look where it sends them ({})",
            t.container,
            match driver {
                "awsfirelens" => "the FireLens router's configured output (its Name option), e.g. its S3 bucket, Firehose stream or OpenSearch index; a CloudWatch Logs output is read when its stream has no template",
                "splunk" => "the Splunk index of its splunk-url",
                "json-file" | "local" => "`docker logs` on the container instance, while the container is kept",
                "fluentd" => "the fluentd-address's pipeline",
                _ => "its log options in the task definition",
            }
        )),
    };
    Some(LogReport {
        container: t.container.clone(),
        driver: t.driver.clone(),
        group: t.group.clone(),
        stream: t.stream.clone(),
        // Read on the whole tail: a JVM's or .NET's stack trace puts the exception above
        // dozens of frame lines, each its own log event.
        crash: f.crash().cloned(),
        lines: t.lines[t.lines.len().saturating_sub(LOG_LINES_REPORTED)..].to_vec(),
        note,
    })
}

/// A log that could not be read: which container and stream it was (named again from the task
/// and its definition, as gathering named them), and why there are no lines in plain words.
fn unread_log(f: &Facts<'_>, tail: &Fetched<LogTail>) -> LogReport {
    let container =
        f.td.and_then(|td| crate::stop::log_container(&f.snap.task, td))
            .unwrap_or_default();
    let def =
        f.td.and_then(|td| td.containers.iter().find(|c| c.name == container));
    let place = def.and_then(|def| crate::refs::log_stream(def, f.snap.task.task_id()?));
    let (group, stream) = match place {
        Some((g, _, s)) => (Some(g), Some(s)),
        None => (None, None),
    };
    let note = match (tail, &group, &stream) {
        // awslogs creates the stream when the container starts: none means the container never
        // started, or the group's retention or someone deleted it since.
        (Fetched::Error(e), Some(g), Some(s)) if e.kind == ErrorKind::NotFound => format!(
            "no log stream {s} in group {g}: the container did not start, or the stream was deleted since (retention, or by hand)"
        ),
        _ => tail.why_missing().unwrap_or_default(),
    };
    let driver = def.and_then(|c| c.log_driver.clone()).unwrap_or_default();
    LogReport {
        container,
        driver,
        group,
        stream,
        note: Some(note),
        ..LogReport::default()
    }
}

/// What a family that reads `other` first says failed: its name, the text as evidence, and a fix
/// that points at what the text names. `None` for an unrecognised text (nothing is named).
fn named_other(c: &TaskClassification) -> Option<Outcome> {
    let family = &c.classification;
    if family.family_id == "other" || family.candidates.first() != Some(&"other") {
        return None;
    }
    Some(Outcome {
        // Not a check's verdict: the text's reading, shown as it is.
        status: Status::Skipped,
        summary: format!(
            "{} (named by the error text; outside the causes ecs-autopsy checks)",
            family.family
        ),
        evidence: vec![format!("error: {}", c.message)],
        fix: vec![format!(
            "The error text names what failed ({}): act on it; the checks rule out the causes ecs-autopsy knows",
            family.family
        )],
        inconclusive: false,
        culprit: None,
    })
}

/// Adds a root cause once, with the check's words when it has them, else the catalogue's.
fn push_cause(
    list: &mut Vec<RootCause>,
    id: &str,
    confidence: Confidence,
    status: Verdict,
    outcome: Option<&Outcome>,
    score: u32,
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
        status,
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
        score,
        culprit: outcome.and_then(|o| o.culprit.clone()),
    });
}

/// The task definition a failed deployment rolled back to: the service's PRIMARY deployment,
/// when it is not the deployment that failed.
fn rolled_back_to(snap: &Snapshot) -> Option<String> {
    let ev = snap.service_event.as_ref()?;
    if ev.event_name != "SERVICE_DEPLOYMENT_FAILED" {
        return None;
    }
    let service = snap.service.as_ref()?.describe.ok()?;
    service
        .deployments
        .iter()
        .find(|d| {
            d.status.as_deref() == Some("PRIMARY") && Some(&d.id) != ev.deployment_id.as_ref()
        })
        .and_then(|d| d.task_definition.as_deref())
        .map(|arn| arn.rsplit('/').next().unwrap_or(arn).to_string())
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
