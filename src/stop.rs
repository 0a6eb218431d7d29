//! Who stopped the task, and when: pure reading of exit codes, reasons, `stopCode`, `essential`
//! and the task's timestamps.
//!
//! Most tasks stop because the application exited, not because a pull failed; and when one
//! essential container exits, ECS stops every other container (SIGTERM, exit 143, then SIGKILL,
//! exit 137, after the stop timeout). Blaming the first container of the list, or the sidecar's
//! 143, is what a person would never do. This module decides, once, for the checks, the triage
//! and the log tail: which container's exit stopped the task, how long it had run, which exits
//! were only consequences, and what the stop code is when older events do not carry one.

use crate::snapshot::{ContainerState, Task, TaskDefinition};
use serde::{Deserialize, Serialize};

/// What one exit code means, in the words an operator would use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitMeaning {
    pub code: i64,
    /// `SIGKILL`, `SIGTERM`, ... for 128 + n.
    pub signal: Option<&'static str>,
    /// One short phrase: "general application error", "command not found".
    pub meaning: &'static str,
}

/// Explains an exit code. Codes above 128 are 128 + the signal number (the shell's and Docker's
/// convention); the ones people meet are named, the others get their signal number.
pub fn explain_exit(code: i64) -> ExitMeaning {
    let (signal, meaning) = match code {
        0 => (None, "exited successfully"),
        1 => (None, "general application error"),
        2 => (None, "misuse of a shell builtin or bad arguments"),
        126 => (None, "the command is not executable (permission or format)"),
        127 => (None, "command not found in the image"),
        128 => (None, "invalid exit argument"),
        130 => (Some("SIGINT"), "interrupted"),
        132 => (
            Some("SIGILL"),
            "illegal instruction: often a binary built for another CPU architecture",
        ),
        134 => (
            Some("SIGABRT"),
            "the process aborted itself (assertion, abort())",
        ),
        135 => (Some("SIGBUS"), "bus error"),
        136 => (Some("SIGFPE"), "arithmetic error"),
        137 => (Some("SIGKILL"), "killed (SIGKILL)"),
        139 => (Some("SIGSEGV"), "segmentation fault"),
        141 => (Some("SIGPIPE"), "wrote to a closed pipe"),
        143 => (Some("SIGTERM"), "terminated (SIGTERM)"),
        255 => (
            None,
            "exit status out of range (exit -1), often a fatal runtime error",
        ),
        129..=192 => (None, "killed by a signal"),
        _ => (None, "application error"),
    };
    ExitMeaning {
        code,
        signal,
        meaning,
    }
}

/// A UTC timestamp as seconds since the epoch (milliseconds kept).
///
/// Events carry ISO 8601 (`2025-11-12T11:41:40.112Z`), DescribeTasks through the SDK prints the
/// same, and archived snapshots may carry epoch seconds; all are accepted, anything else is `None`.
pub fn parse_time(text: &str) -> Option<f64> {
    let t = text.trim();
    if let Ok(epoch) = t.parse::<f64>() {
        // Epoch milliseconds are 13 digits; seconds 10.
        return Some(if epoch > 1e11 { epoch / 1000.0 } else { epoch });
    }
    // ISO 8601 with a zone (`Z`, `+01:00`); without one (some archived snapshots), UTC.
    let ts = t.parse::<jiff::Timestamp>().ok().or_else(|| {
        let civil = t.parse::<jiff::civil::DateTime>().ok()?;
        civil
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp())
    })?;
    Some(ts.as_millisecond() as f64 / 1000.0)
}

/// How the task ended, as a person would put it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// A standalone task (job) whose essential containers exited 0: a success, not a failure.
    Succeeded,
    /// An essential container exited on its own with a non-zero code, or was killed for memory.
    Crashed,
    /// A service's essential container exited 0: a service's container must never exit.
    ExitedZero,
    /// The task never got its containers running (pull, secrets, logs, ENI...).
    NeverStarted,
    /// Stopped from outside: a user, the scheduler (scale-in, deployment, health checks), Spot, host.
    StoppedFromOutside,
    /// Not stopped (yet).
    NotStopped,
    /// Nothing in the task tells.
    Unknown,
}

/// One container's exit that ECS caused by stopping the task, not the reason it stopped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consequence {
    pub container: String,
    pub exit_code: Option<i64>,
    pub why: String,
}

/// Who stopped the task, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StopAnalysis {
    /// The stop code as given, else as inferred from the reason and the exits.
    pub stop_code: Option<String>,
    /// True when `stop_code` was inferred (older agents, archives and replays carry none).
    pub stop_code_inferred: bool,
    pub ending: Ending,
    /// The container whose exit stopped the task.
    pub culprit: Option<String>,
    pub culprit_exit: Option<i64>,
    /// The culprit's exit explained, e.g. "exit 1: general application error".
    pub exit_meaning: Option<String>,
    /// True when the culprit was killed for exceeding its memory.
    pub oom: bool,
    /// Seconds from `startedAt` to when the task began stopping; `None` when it never started.
    pub ran_secs: Option<f64>,
    /// Seconds from `createdAt` to the stop, when the task never started.
    pub waited_secs: Option<f64>,
    /// Exits that were consequences of the stop (sidecars stopped by ECS).
    pub consequences: Vec<Consequence>,
    /// One line: "app exited with code 1 (general application error) 66 s after it started".
    pub summary: String,
}

impl StopAnalysis {
    /// "66 s after it started" / "never started (41 s after it was created)".
    pub fn timing(&self) -> String {
        match (self.ran_secs, self.waited_secs) {
            (Some(r), _) => format!("{} after it started", human_secs(r)),
            // An exit code proves the process ran: only the event's startedAt is missing.
            (None, Some(w)) if self.culprit_exit.is_some() => {
                format!("{} after the task was created", human_secs(w))
            }
            (None, Some(w)) => format!("never started ({} after it was created)", human_secs(w)),
            _ => String::new(),
        }
    }
}

/// `66 s`, `4 min 10 s`, `2 h 3 min`.
/// Whether the stopped reason says the scheduler replaced the task after failed health checks
/// ("Task failed ELB health checks in (target-group …)", "Task failed container health checks").
pub fn failed_health_checks(stopped_reason: Option<&str>) -> bool {
    stopped_reason
        .unwrap_or_default()
        .to_ascii_lowercase()
        .contains("health check")
}

pub fn human_secs(s: f64) -> String {
    let s = s.max(0.0).round() as i64;
    match s {
        0..=119 => format!("{s} s"),
        120..=7199 => format!("{} min {} s", s / 60, s % 60),
        _ => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}

fn is_oom(c: &ContainerState) -> bool {
    c.reason.as_deref().is_some_and(|r| {
        let l = r.to_ascii_lowercase();
        l.contains("outofmemory") || l.contains("killed due to memory") || l.contains("oomkilled")
    })
}

/// Infers the stop code from the reason and the container states, as ECS would have set it.
fn infer_stop_code(task: &Task, essential: &dyn Fn(&str) -> bool) -> Option<&'static str> {
    let reason = task
        .stopped_reason
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    let any_exit = task.containers.iter().any(|c| c.exit_code.is_some());
    let has = |s: &str| reason.contains(s);
    if has("spot") && (has("interrupt") || has("instance")) {
        return Some("SpotInterruption");
    }
    if has("terminat") && (has("host") || has("instance") || has("underlying"))
        || has("maintenance")
    {
        return Some("TerminationNotice");
    }
    if has("stopped by user") || has("user initiated") || has("user-initiated") {
        return Some("UserInitiated");
    }
    if has("scaling activity")
        || has("deployment")
        || has("health check")
        || has("scheduler")
        || has("scale-in")
    {
        return Some("ServiceSchedulerInitiated");
    }
    if has("essential container") && has("exited") {
        return Some("EssentialContainerExited");
    }
    let failed_to_start = has("cannotpull")
        || has("resourceinitialization")
        || has("failed to start")
        || has("cannotcreatecontainer")
        || has("cannotstartcontainer")
        || has("cannot pull")
        || task.containers.iter().any(|c| {
            c.reason
                .as_deref()
                .is_some_and(|r| r.contains("CannotPull") || r.contains("ResourceInitialization"))
        });
    if failed_to_start && !any_exit {
        return Some("TaskFailedToStart");
    }
    if task
        .containers
        .iter()
        .any(|c| essential(&c.name) && (c.exit_code.is_some() || is_oom(c)))
    {
        return Some("EssentialContainerExited");
    }
    if failed_to_start {
        return Some("TaskFailedToStart");
    }
    None
}

/// The container whose log says why the task stopped: the one whose exit stopped it; for a task
/// the scheduler replaced after failed health checks, the container that failed them (its
/// container health check UNHEALTHY, else the one essential container that serves a port: what
/// a load balancer probes). A server that listens on 127.0.0.1 says so at start, and the health
/// checks then fail while it runs. Pure.
pub fn log_container(task: &Task, td: &TaskDefinition) -> Option<String> {
    let analysis = analyze(task, Some(td));
    match analysis.ending {
        Ending::Crashed | Ending::ExitedZero => analysis.culprit,
        Ending::StoppedFromOutside if failed_health_checks(task.stopped_reason.as_deref()) => {
            let unhealthy = task
                .containers
                .iter()
                .find(|c| c.health_status.as_deref() == Some("UNHEALTHY"))
                .map(|c| c.name.clone());
            unhealthy.or_else(|| {
                let mut serving = td
                    .containers
                    .iter()
                    .filter(|c| c.essential != Some(false) && !c.container_ports.is_empty());
                match (serving.next(), serving.next()) {
                    (Some(one), None) => Some(one.name.clone()),
                    _ => None,
                }
            })
        }
        _ => None,
    }
}

/// Reads the task: the stop code (given or inferred), the container that stopped it, its timing.
///
/// `td` tells which containers are essential; without it every container counts as essential
/// (the ECS default), and a 137/143 beside another exit is taken for a consequence.
pub fn analyze(task: &Task, td: Option<&TaskDefinition>) -> StopAnalysis {
    let essential = |name: &str| {
        td.and_then(|t| t.containers.iter().find(|c| c.name == name))
            .map(|c| c.essential != Some(false))
            .unwrap_or(true)
    };
    let given = task.stop_code.clone().filter(|c| !c.trim().is_empty());
    let (stop_code, inferred) = match given {
        Some(c) => (Some(c), false),
        None => (infer_stop_code(task, &essential).map(str::to_string), true),
    };
    let inferred = inferred && stop_code.is_some();
    let time = |t: &Option<String>| t.as_deref().and_then(parse_time);
    let started = time(&task.started_at);
    let stopping = time(&task.stopping_at)
        .or(time(&task.execution_stopped_at))
        .or(time(&task.stopped_at));
    let ran_secs = match (started, stopping) {
        (Some(a), Some(b)) if b >= a => Some(b - a),
        _ => None,
    };
    let waited_secs = match (started, time(&task.created_at), stopping) {
        (None, Some(a), Some(b)) if b >= a => Some(b - a),
        _ => None,
    };
    let not_stopped = task
        .last_status
        .as_deref()
        .is_some_and(|s| !matches!(s, "STOPPED" | "DELETED" | "DEPROVISIONING" | "STOPPING"));

    // The culprit: the essential container whose exit stopped the task. A 137/143 is ECS
    // stopping a container, so an essential container with any other exit is preferred; among
    // those, a memory kill, then a non-zero exit, then 0.
    let exits_on_its_own =
        |c: &&ContainerState| !matches!(c.exit_code, Some(137 | 143)) || is_oom(c);
    let ranked = |c: &&ContainerState| -> u8 {
        match (is_oom(c), c.exit_code) {
            (true, _) => 0,
            (false, Some(e)) if e != 0 && e != 137 && e != 143 => 1,
            (false, Some(0)) => 2,
            (false, Some(_)) => 3,
            (false, None) => 4,
        }
    };
    let mut candidates: Vec<&ContainerState> = task
        .containers
        .iter()
        .filter(|c| essential(&c.name) && (c.exit_code.is_some() || is_oom(c)))
        .collect();
    candidates.sort_by_key(|c| ranked(c));
    let exited_code = stop_code.as_deref() == Some("EssentialContainerExited");
    let culprit = if exited_code || (stop_code.is_none() && !candidates.is_empty()) {
        candidates.first().copied()
    } else {
        // Stopped from outside: a memory kill still names its container.
        candidates.iter().copied().find(|c| is_oom(c))
    };
    let standalone = task
        .group
        .as_deref()
        .is_none_or(|g| !g.starts_with("service:"));
    let consequences: Vec<Consequence> = task
        .containers
        .iter()
        .filter(|c| Some(c.name.as_str()) != culprit.map(|k| k.name.as_str()))
        .filter_map(|c| {
            let why = match c.exit_code {
                Some(143) => "stopped by ECS with SIGTERM when the task stopped",
                Some(137) if !is_oom(c) => {
                    "killed by ECS (SIGKILL) after the stop timeout when the task stopped"
                }
                Some(0) if culprit.is_some() => "exited 0 as the task stopped",
                None if c.last_status.as_deref() == Some("STOPPED") && culprit.is_some() => {
                    "stopped with the task"
                }
                _ => return None,
            };
            Some(Consequence {
                container: c.name.clone(),
                exit_code: c.exit_code,
                why: why.into(),
            })
        })
        .collect();

    let oom = culprit.is_some_and(is_oom);
    let all_zero = !candidates.is_empty()
        && candidates
            .iter()
            .filter(|c| exits_on_its_own(c))
            .all(|c| c.exit_code == Some(0) && !is_oom(c));
    let ending = if not_stopped {
        Ending::NotStopped
    } else {
        match stop_code.as_deref() {
            Some("TaskFailedToStart") => Ending::NeverStarted,
            Some("EssentialContainerExited") | None if culprit.is_some() => {
                let c = culprit.expect("checked");
                match c.exit_code {
                    Some(0) if !oom && all_zero && standalone => Ending::Succeeded,
                    Some(0) if !oom => Ending::ExitedZero,
                    _ => Ending::Crashed,
                }
            }
            Some(
                "UserInitiated"
                | "ServiceSchedulerInitiated"
                | "SpotInterruption"
                | "TerminationNotice"
                // ECS's stop for the health of the infrastructure under the task (TaskStopCode
                // in the ECS API model since 2025, e.g. Managed Instances' repairs).
                | "InfrastructureHealth",
            ) => Ending::StoppedFromOutside,
            _ if started.is_none()
                && task.containers.iter().all(|c| c.exit_code.is_none())
                && task.stopped_reason.is_some() =>
            {
                Ending::NeverStarted
            }
            _ => Ending::Unknown,
        }
    };
    let exit_meaning = culprit.and_then(|c| c.exit_code).map(|e| {
        let m = explain_exit(e);
        let meaning = if e == 137 && oom {
            "killed for exceeding its memory (OOM)"
        } else if e == 137 {
            "killed (SIGKILL): by ECS after the stop timeout, or by the kernel"
        } else {
            m.meaning
        };
        format!("exit {e}: {meaning}")
    });
    let mut out = StopAnalysis {
        stop_code,
        stop_code_inferred: inferred,
        ending,
        culprit: culprit.map(|c| c.name.clone()),
        culprit_exit: culprit.and_then(|c| c.exit_code),
        exit_meaning,
        oom,
        ran_secs,
        waited_secs,
        consequences,
        summary: String::new(),
    };
    out.summary = summarize(&out);
    out
}

fn summarize(a: &StopAnalysis) -> String {
    let timing = a.timing();
    let when = if timing.is_empty() {
        String::new()
    } else {
        format!(" {timing}")
    };
    let name = a.culprit.as_deref().unwrap_or("?");
    match a.ending {
        // A comma keeps the code apart from the time: "exited with code 0, 12 s after it started".
        Ending::Succeeded if when.is_empty() => format!("{name} exited with code 0: the job succeeded"),
        Ending::Succeeded => format!("{name} exited with code 0,{when}: the job succeeded"),
        Ending::ExitedZero => format!(
            "The essential container {name} exited with code 0{when}: a service's essential container must keep running"
        ),
        Ending::Crashed if a.oom => format!(
            "The essential container {name} was killed for exceeding its memory{when}"
        ),
        Ending::Crashed => format!(
            "The essential container {name} exited with code {}{}{when}",
            a.culprit_exit.map_or("?".into(), |e| e.to_string()),
            a.culprit_exit
                .map(|e| format!(" ({})", explain_exit(e).meaning))
                .unwrap_or_default()
        ),
        Ending::NeverStarted => match a.waited_secs {
            Some(w) => format!(
                "The task never started ({} after it was created)",
                human_secs(w)
            ),
            None => "The task never started".to_string(),
        },
        Ending::StoppedFromOutside => format!(
            "The task was stopped from outside ({}){when}",
            a.stop_code.as_deref().unwrap_or("?")
        ),
        Ending::NotStopped => "The task has not stopped".into(),
        Ending::Unknown => "Nothing in the task tells which container stopped it".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::ContainerDefinition;

    fn c(name: &str, exit: Option<i64>, reason: Option<&str>) -> ContainerState {
        ContainerState {
            name: name.into(),
            exit_code: exit,
            reason: reason.map(str::to_string),
            last_status: Some("STOPPED".into()),
            ..Default::default()
        }
    }

    fn task(code: Option<&str>, reason: &str, containers: Vec<ContainerState>) -> Task {
        Task {
            last_status: Some("STOPPED".into()),
            stop_code: code.map(str::to_string),
            stopped_reason: Some(reason.into()),
            group: Some("service:api".into()),
            created_at: Some("2025-11-12T11:40:00.000Z".into()),
            started_at: Some("2025-11-12T11:41:40.112Z".into()),
            stopping_at: Some("2025-11-12T11:42:46.112Z".into()),
            containers,
            ..Default::default()
        }
    }

    fn td(non_essential: &[&str], names: &[&str]) -> TaskDefinition {
        TaskDefinition {
            containers: names
                .iter()
                .map(|n| ContainerDefinition {
                    name: n.to_string(),
                    essential: Some(!non_essential.contains(n)),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn iso_and_epoch_times_parse() {
        assert_eq!(parse_time("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(
            parse_time("2025-11-12T11:41:40.112Z").map(|t| t.round()),
            Some(1_762_947_700.0)
        );
        assert_eq!(
            parse_time("2025-11-12T12:41:40+01:00"),
            parse_time("2025-11-12T11:41:40Z")
        );
        assert_eq!(
            parse_time("2025-11-12 11:41:40.5+00:00"),
            Some(1_762_947_700.5)
        );
        assert_eq!(parse_time("1762947700.112"), Some(1_762_947_700.112));
        assert_eq!(parse_time("1762947700112"), Some(1_762_947_700.112));
        assert_eq!(parse_time("yesterday"), None);
        assert_eq!(parse_time("2025-13-01T00:00:00Z"), None);
    }

    #[test]
    fn a_sidecar_stopped_by_ecs_is_a_consequence_not_the_cause() {
        let t = task(
            Some("EssentialContainerExited"),
            "Essential container in task exited",
            vec![c("envoy", Some(143), None), c("app", Some(1), None)],
        );
        let a = analyze(&t, None);
        assert_eq!(a.culprit.as_deref(), Some("app"));
        assert_eq!(a.ending, Ending::Crashed);
        assert_eq!(a.ran_secs.map(f64::round), Some(66.0));
        assert_eq!(a.consequences.len(), 1);
        assert!(
            a.summary.contains("app exited with code 1"),
            "{}",
            a.summary
        );
        assert!(a.summary.contains("66 s after it started"), "{}", a.summary);
    }

    #[test]
    fn a_job_that_exited_zero_succeeded_and_its_sidecars_do_not_count() {
        let mut t = task(
            Some("EssentialContainerExited"),
            "Essential container in task exited",
            vec![c("job", Some(0), None), c("datadog-agent", Some(143), None)],
        );
        t.group = Some("family:nightly".into());
        let a = analyze(&t, Some(&td(&["datadog-agent"], &["job", "datadog-agent"])));
        assert_eq!(a.ending, Ending::Succeeded, "{a:?}");
        assert_eq!(a.culprit.as_deref(), Some("job"));
        // The same container of a service must never exit.
        t.group = Some("service:api".into());
        assert_eq!(analyze(&t, None).ending, Ending::ExitedZero);
    }

    #[test]
    fn a_missing_stop_code_is_inferred() {
        let t = task(
            None,
            "Essential container in task exited",
            vec![c("app", Some(255), None)],
        );
        let a = analyze(&t, None);
        assert_eq!(a.stop_code.as_deref(), Some("EssentialContainerExited"));
        assert!(a.stop_code_inferred);
        assert_eq!(a.ending, Ending::Crashed);
        let mut job = task(
            None,
            "Essential container in task exited",
            vec![c("app", Some(0), None)],
        );
        job.group = Some("family:etl".into());
        assert_eq!(analyze(&job, None).ending, Ending::Succeeded);
        let pull = task(
            None,
            "CannotPullContainerError: pull image manifest has been retried 5 time(s)",
            vec![c("app", None, Some("CannotPullContainerError: ..."))],
        );
        let mut pull = pull;
        pull.started_at = None;
        let a = analyze(&pull, None);
        assert_eq!(a.stop_code.as_deref(), Some("TaskFailedToStart"));
        assert_eq!(a.ending, Ending::NeverStarted);
        assert!(a.timing().starts_with("never started"), "{}", a.timing());
        let said = summarize(&a);
        assert!(
            said.starts_with("The task never started (") && !said.contains("never started (never"),
            "{said}"
        );
        for (reason, code) in [
            ("Task stopped by user", "UserInitiated"),
            (
                "Scaling activity initiated by (deployment ecs-svc/123)",
                "ServiceSchedulerInitiated",
            ),
            (
                "Task failed ELB health checks in (target-group arn:...)",
                "ServiceSchedulerInitiated",
            ),
            ("Your Spot Task was interrupted.", "SpotInterruption"),
        ] {
            let a = analyze(&task(None, reason, vec![c("app", Some(137), None)]), None);
            assert_eq!(a.stop_code.as_deref(), Some(code), "{reason}");
        }
    }

    #[test]
    fn an_oom_kill_is_the_culprit_wherever_it_is_listed() {
        let t = task(
            Some("EssentialContainerExited"),
            "Essential container in task exited",
            vec![
                c("log-router", Some(143), None),
                c(
                    "worker",
                    Some(137),
                    Some("OutOfMemoryError: Container killed due to memory usage"),
                ),
            ],
        );
        let a = analyze(&t, None);
        assert_eq!(a.culprit.as_deref(), Some("worker"));
        assert!(a.oom);
        assert_eq!(
            a.exit_meaning.as_deref(),
            Some("exit 137: killed for exceeding its memory (OOM)")
        );
    }

    #[test]
    fn a_non_essential_container_never_stops_the_task() {
        let t = task(
            Some("EssentialContainerExited"),
            "Essential container in task exited",
            vec![c("migrate", Some(1), None), c("web", Some(2), None)],
        );
        let a = analyze(&t, Some(&td(&["migrate"], &["migrate", "web"])));
        assert_eq!(a.culprit.as_deref(), Some("web"));
    }

    #[test]
    fn exit_codes_are_explained() {
        assert!(explain_exit(132).meaning.contains("CPU architecture"));
        assert_eq!(explain_exit(143).signal, Some("SIGTERM"));
        assert!(explain_exit(127).meaning.contains("not found"));
        assert_eq!(human_secs(66.2), "66 s");
        assert_eq!(human_secs(250.0), "4 min 10 s");
    }

    #[test]
    fn a_running_task_has_not_stopped() {
        let mut t = task(None, "", vec![c("app", None, None)]);
        t.last_status = Some("RUNNING".into());
        t.stopped_reason = None;
        assert_eq!(analyze(&t, None).ending, Ending::NotStopped);
    }

    /// A service task the scheduler replaced after its load balancer's health checks: the
    /// essential container that serves the port is read, not its log router.
    #[test]
    fn a_health_check_stop_reads_the_container_that_serves() {
        let task = Task {
            stop_code: Some("ServiceSchedulerInitiated".into()),
            stopped_reason: Some("Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef)".into()),
            last_status: Some("STOPPED".into()),
            started_at: Some("2024-03-01T10:00:00Z".into()),
            containers: vec![
                ContainerState { name: "web".into(), exit_code: Some(143), ..ContainerState::default() },
                ContainerState { name: "log_router".into(), exit_code: Some(0), ..ContainerState::default() },
            ],
            ..Task::default()
        };
        let td = TaskDefinition {
            containers: vec![
                ContainerDefinition {
                    name: "web".into(),
                    essential: Some(true),
                    container_ports: vec![8000],
                    ..ContainerDefinition::default()
                },
                ContainerDefinition {
                    name: "log_router".into(),
                    essential: Some(true),
                    ..ContainerDefinition::default()
                },
            ],
            ..TaskDefinition::default()
        };
        assert_eq!(log_container(&task, &td).as_deref(), Some("web"));
        // A scale-in or a deployment: nothing to read.
        let scaled = Task {
            stopped_reason: Some("Scaling activity initiated by (deployment ecs-svc/1)".into()),
            ..task.clone()
        };
        assert_eq!(log_container(&scaled, &td), None);
    }
}
