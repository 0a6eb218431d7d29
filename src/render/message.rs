//! The message model: a report plus what delivery adds to it (severity, incident line, account
//! name, log tail, crash). Pure data; the Slack and SNS renderers read it.

use crate::diagnose::Report;

pub use crate::catalogue::Severity;

/// A report and what delivery adds to it.
#[derive(Debug, Clone)]
pub struct Notification {
    pub report: Report,
    pub severity: Severity,
    /// Earlier failures of the same (cluster, service, cause) suppressed since the last message.
    pub suppressed_repeats: u64,
    /// The incident this failure opened ([`crate::render::incident::opened_line`]): its culprit and
    /// counts so far. Unescaped.
    pub incident: Option<String>,
    /// A deployment's pre-flight found this ("api (task definition api:42)"): the message says
    /// the deployment will fail, not that a task stopped.
    pub deploying: Option<String>,
    /// The task's account's name (`ACCOUNT_NAMES`), shown beside its id.
    pub account_name: Option<String>,
}

impl Notification {
    pub fn new(report: Report) -> Self {
        // The catalogue says how a cause is announced (Spot loss and stops on purpose are info).
        // An impaired container instance needs a person (drain and replace it) whatever its
        // cause's usual severity: the tasks on it have not failed yet.
        let severity = if report.task.container_instance.is_some() {
            Severity::Error
        } else {
            report
                .root_causes
                .first()
                .and_then(|c| crate::catalogue::cause(&c.id))
                .map_or(Severity::Error, |c| c.severity)
        };
        Notification {
            report,
            severity,
            suppressed_repeats: 0,
            incident: None,
            account_name: None,
            deploying: None,
        }
    }

    /// The root cause id, or `other`.
    pub fn cause(&self) -> &str {
        self.report
            .root_causes
            .first()
            .map(|c| c.id.as_str())
            .unwrap_or("other")
    }

    /// The cause's title; for a container instance, its finding (which instance, what failed),
    /// since the title of a host's loss says "usually transient" of a fault that is not.
    pub(super) fn headline(&self) -> String {
        let first = self.report.root_causes.first();
        match first {
            Some(c) if self.report.task.container_instance.is_some() => c.summary.clone(),
            Some(c) => c.title.clone(),
            None => "ECS task stopped".into(),
        }
    }

    /// What stopped: "ECS task stopped in", or what an event without a task is about.
    pub(super) fn what(&self) -> &'static str {
        if self.report.task.container_instance.is_some() {
            "ECS container instance impaired in"
        } else {
            "ECS task stopped in"
        }
    }

    pub fn place(&self) -> String {
        let t = &self.report.task;
        match (&t.cluster, &t.service, &t.daemon, &t.container_instance) {
            (Some(c), Some(s), _, _) => format!("{c}/{s}"),
            (Some(c), None, Some(d), _) => format!("{c}/daemon {d}"),
            (Some(c), None, None, Some(i)) => format!("{c}/{i}"),
            (Some(c), None, None, None) => {
                format!("{c}/{}", t.task_definition.as_deref().unwrap_or("task"))
            }
            _ => "ECS".into(),
        }
    }
}

/// One line about the service event that started the diagnosis, if one did: "ECS Deployment
/// State Change SERVICE_DEPLOYMENT_FAILED: … (rolled back to api:41)". Unescaped.
pub fn service_event_line(r: &Report) -> Option<String> {
    let e = r.service_event.as_ref()?;
    let mut line = format!("{} {}", e.detail_type, e.event_name);
    if let Some(reason) = &e.reason {
        line.push_str(&format!(": {reason}"));
    }
    if let Some(td) = &r.rolled_back_to {
        line.push_str(&format!(" (rolled back to {td})"));
    }
    if let Some(at) = &e.at {
        line.push_str(&format!(", at {at}"));
    }
    Some(line)
}
