//! Pure decisions of a watch: which deployment to follow, whether it is over and how, the
//! progress line, the circuit breaker's threshold, which stopped tasks fail the same way.
//! No I/O here: `crate::gather::rollout` reads AWS into the views these functions take.

pub use crate::gather::rollout::{
    DeploymentView, EventView, ServiceView, StoppedTask, ThresholdKind,
};
use serde::Serialize;
use std::time::Duration;

/// Which deployment to follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// The PRIMARY deployment at the first poll: the one just started by the deploy step.
    Primary,
    /// `--deployment ecs-svc/N`.
    Id(String),
    /// `--task-definition`: an ARN, or `family:revision`.
    TaskDefinition(String),
}

/// Whether `arn` is the task definition `wanted` names (ARN or `family:revision`).
pub fn same_task_definition(arn: &str, wanted: &str) -> bool {
    arn == wanted || arn.ends_with(&format!("task-definition/{wanted}"))
}

/// The deployment `selector` names, if the service has it.
pub fn select<'a>(view: &'a ServiceView, selector: &Selector) -> Option<&'a DeploymentView> {
    match selector {
        Selector::Primary => view
            .deployments
            .iter()
            .find(|d| d.status == "PRIMARY")
            .or(view.deployments.first()),
        Selector::Id(id) => view.deployments.iter().find(|d| &d.id == id),
        Selector::TaskDefinition(td) => view
            .deployments
            .iter()
            .find(|d| same_task_definition(&d.task_definition, td)),
    }
}

/// `family:revision` of a task definition ARN (what people call a revision: `api:41`).
pub fn short_task_definition(arn: &str) -> &str {
    arn.rsplit_once("task-definition/").map_or(arn, |(_, r)| r)
}

/// Where a followed deployment stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Verdict {
    InProgress,
    Completed,
    /// The circuit breaker (or ECS) failed it, and no rollback was started.
    Failed {
        reason: Option<String>,
    },
    /// It failed and ECS started a new deployment running the previous task definition.
    RolledBack {
        reason: Option<String>,
        /// The task definition rolled back to.
        to: String,
        /// The rollback deployment (a new id) and its rollout state.
        deployment: String,
        rollout_state: Option<String>,
    },
    /// It is gone, replaced by a deployment that is not a rollback (another deploy started).
    Superseded {
        by: String,
    },
}

impl Verdict {
    /// Whether the watch is over.
    pub fn is_final(&self) -> bool {
        !matches!(self, Verdict::InProgress)
    }
}

/// A rollback deployment says so in its reason ("ECS deployment circuit breaker: rolling back
/// to deploymentId ecs-svc/N.").
fn is_rollback(d: &DeploymentView) -> bool {
    d.rollout_state_reason
        .as_deref()
        .is_some_and(|r| r.contains("rolling back"))
}

/// Where deployment `id` stands in `view`.
pub fn verdict(view: &ServiceView, id: &str) -> Verdict {
    // A rollback is a NEW deployment (another id) running the old task definition.
    let rollback = view
        .deployments
        .iter()
        .find(|d| d.id != id && d.status == "PRIMARY" && is_rollback(d));
    let rolled_back = |reason: Option<String>| match rollback {
        Some(r) => Verdict::RolledBack {
            reason,
            to: r.task_definition.clone(),
            deployment: r.id.clone(),
            rollout_state: r.rollout_state.clone(),
        },
        None => Verdict::Failed { reason },
    };
    match view.deployments.iter().find(|d| d.id == id) {
        Some(d) => match d.rollout_state.as_deref() {
            Some("COMPLETED") => Verdict::Completed,
            Some("FAILED") => rolled_back(d.rollout_state_reason.clone()),
            // Without the circuit breaker there is no rollout state: steady state is the end.
            None if d.status == "PRIMARY"
                && view.deployments.len() == 1
                && d.running == d.desired
                && d.pending == 0 =>
            {
                Verdict::Completed
            }
            _ if rollback.is_some() => rolled_back(d.rollout_state_reason.clone()),
            _ => Verdict::InProgress,
        },
        None => match view.deployments.iter().find(|d| d.status == "PRIMARY") {
            // Gone (INACTIVE): replaced by its rollback, or by another deploy.
            Some(p) if is_rollback(p) => rolled_back(None),
            Some(p) => Verdict::Superseded { by: p.id.clone() },
            None => Verdict::Failed {
                reason: Some("the deployment is no longer listed".into()),
            },
        },
    }
}

/// The counts that make a progress line; a new line is printed when they change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub deployment: String,
    pub task_definition: String,
    pub desired: i32,
    pub running: i32,
    pub pending: i32,
    pub failed: i32,
    pub rollout_state: String,
}

impl Progress {
    pub fn of(d: &DeploymentView) -> Self {
        Progress {
            deployment: d.id.clone(),
            task_definition: short_task_definition(&d.task_definition).to_string(),
            desired: d.desired,
            running: d.running,
            pending: d.pending,
            failed: d.failed,
            rollout_state: d
                .rollout_state
                .clone()
                .unwrap_or_else(|| "IN_PROGRESS".into()),
        }
    }

    /// `api ecs-svc/N (api:42): desired 2 · running 1 · pending 1 · failed 0 · IN_PROGRESS · 12s`
    pub fn line(&self, service: &str, elapsed: Duration) -> String {
        format!(
            "{service} {} ({}): desired {} · running {} · pending {} · failed {} · {} · {}",
            self.deployment,
            self.task_definition,
            self.desired,
            self.running,
            self.pending,
            self.failed,
            self.rollout_state,
            clock(elapsed)
        )
    }
}

/// `42s`, `3m05s`, `1h02m`.
pub fn clock(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        0..=59 => format!("{s}s"),
        60..=3599 => format!("{}m{:02}s", s / 60, s % 60),
        _ => format!("{}h{:02}m", s / 3600, (s % 3600) / 60),
    }
}

/// An epoch time as ISO 8601 UTC (`2026-12-05T02:37:12Z`), the form events carry.
pub fn iso8601(epoch: f64) -> String {
    let secs = epoch.floor() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// The circuit breaker's threshold in force, computed from the configuration (when ECS does not
/// report it): BOUNDED_PERCENT (the default, 50) is ceil(value % × desired) clamped to
/// [3, 200]; UNBOUNDED_PERCENT the same without the clamp; COUNT the value itself.
pub fn computed_threshold(desired: i32, config: Option<(ThresholdKind, i32)>) -> i32 {
    let (kind, value) = config.unwrap_or((ThresholdKind::BoundedPercent, 50));
    let raw = (i64::from(value) * i64::from(desired.max(0)) + 99) / 100;
    let raw = i32::try_from(raw).unwrap_or(i32::MAX);
    match kind {
        ThresholdKind::Count => value,
        ThresholdKind::UnboundedPercent => raw,
        ThresholdKind::BoundedPercent => raw.clamp(3, 200),
    }
}

/// The formula of [`computed_threshold`] in words, for the report.
pub fn threshold_formula(desired: i32, config: Option<(ThresholdKind, i32)>) -> String {
    let n = computed_threshold(desired, config);
    match config {
        None | Some((ThresholdKind::BoundedPercent, 50)) => format!(
            "{n} (the default: 50 % of the desired count {desired}, rounded up, at least 3 and at most 200)"
        ),
        Some((ThresholdKind::BoundedPercent, v)) => format!(
            "{n} ({v} % of the desired count {desired}, rounded up, at least 3 and at most 200)"
        ),
        Some((ThresholdKind::UnboundedPercent, v)) => {
            format!("{n} ({v} % of the desired count {desired}, rounded up)")
        }
        Some((ThresholdKind::Count, _)) => format!("{n} (a fixed count)"),
    }
}

/// A placement failure ECS wrote in the service's events: no task could be placed, so none
/// stopped and none can be diagnosed; the event is the evidence.
pub fn is_placement_failure(message: &str) -> bool {
    message.contains("was unable to place a task")
        || message.contains("is unable to consistently start tasks")
}

/// The service's events since `since` (epoch seconds), oldest first.
pub fn events_since(events: &[EventView], since: f64) -> Vec<&EventView> {
    let mut out: Vec<&EventView> = events.iter().filter(|e| e.at >= since).collect();
    out.sort_by(|a, b| a.at.total_cmp(&b.at));
    out
}

impl StoppedTask {
    /// Whether the followed deployment started it (by `startedBy`; by its task definition when
    /// a task does not say).
    pub fn of_deployment(&self, id: &str, task_definition: &str) -> bool {
        match &self.started_by {
            Some(by) => by == id,
            None => self.task_definition.as_deref() == Some(task_definition),
        }
    }

    /// A failure, not the scheduler scaling the revision in (a rollback stops the new
    /// revision's running tasks that way: not a cause).
    pub fn is_failure(&self) -> bool {
        !self
            .stopped_reason
            .as_deref()
            .is_some_and(|r| r.starts_with("Scaling activity initiated by"))
    }

    pub fn fingerprint(&self) -> String {
        crate::incident::fingerprint(
            self.stop_code.as_deref(),
            self.stopped_reason.as_deref(),
            self.exit_code,
        )
    }
}

/// Stopped tasks that failed the same way.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub fingerprint: String,
    /// The task diagnosed for the group (the first that stopped this way).
    pub example: String,
    pub tasks: Vec<String>,
}

/// The failures among `tasks`, grouped by fingerprint, the largest group first (then the first
/// seen): each group is diagnosed once, whatever its size.
pub fn group(tasks: &[StoppedTask]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for t in tasks.iter().filter(|t| t.is_failure()) {
        let fp = t.fingerprint();
        match groups.iter_mut().find(|g| g.fingerprint == fp) {
            Some(g) => g.tasks.push(t.arn.clone()),
            None => groups.push(Group {
                fingerprint: fp,
                example: t.arn.clone(),
                tasks: vec![t.arn.clone()],
            }),
        }
    }
    // Stable: equal sizes keep their first-seen order.
    groups.sort_by_key(|g| std::cmp::Reverse(g.tasks.len()));
    groups
}

/// The next wait between polls: from `start`, ×1.5 per unchanged poll up to `max`; back to
/// `start` when something changed (a moving deployment is worth watching closely).
pub fn next_interval(current: Duration, changed: bool, start: Duration, max: Duration) -> Duration {
    if changed {
        start
    } else {
        current.mul_f64(1.5).min(max).max(start)
    }
}

/// `--timeout`: `30m`, `90s`, `1h`, `1h30m`, or bare seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    if let Ok(secs) = t.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    let mut total = 0u64;
    let mut number = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return Err(format!("{text:?}: not a duration (e.g. 30m, 90s, 1h30m)")),
        };
        let n: u64 = number
            .parse()
            .map_err(|_| format!("{text:?}: not a duration (e.g. 30m, 90s, 1h30m)"))?;
        total += n * unit;
        number.clear();
    }
    if !number.is_empty() || total == 0 {
        return Err(format!("{text:?}: not a duration (e.g. 30m, 90s, 1h30m)"));
    }
    Ok(Duration::from_secs(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dep(id: &str, status: &str, td: &str, state: &str, reason: &str) -> DeploymentView {
        DeploymentView {
            id: id.into(),
            status: status.into(),
            task_definition: format!("arn:aws:ecs:us-east-1:1:task-definition/{td}"),
            desired: 2,
            rollout_state: Some(state.into()),
            rollout_state_reason: Some(reason.into()),
            ..Default::default()
        }
    }

    fn service(deployments: Vec<DeploymentView>) -> ServiceView {
        ServiceView {
            name: "api".into(),
            deployments,
            ..Default::default()
        }
    }

    #[test]
    fn follows_the_primary_by_default_or_the_one_named() {
        let v = service(vec![
            dep("ecs-svc/2", "PRIMARY", "api:42", "IN_PROGRESS", ""),
            dep("ecs-svc/1", "ACTIVE", "api:41", "COMPLETED", ""),
        ]);
        assert_eq!(select(&v, &Selector::Primary).unwrap().id, "ecs-svc/2");
        assert_eq!(
            select(&v, &Selector::Id("ecs-svc/1".into())).unwrap().id,
            "ecs-svc/1"
        );
        assert_eq!(
            select(&v, &Selector::TaskDefinition("api:41".into()))
                .unwrap()
                .id,
            "ecs-svc/1"
        );
        assert!(select(&v, &Selector::Id("ecs-svc/9".into())).is_none());
    }

    #[test]
    fn completed_failed_and_rolled_back() {
        let v = service(vec![dep("ecs-svc/2", "PRIMARY", "api:42", "COMPLETED", "")]);
        assert_eq!(verdict(&v, "ecs-svc/2"), Verdict::Completed);

        let v = service(vec![dep(
            "ecs-svc/2",
            "PRIMARY",
            "api:42",
            "FAILED",
            "ECS deployment circuit breaker: tasks failed to start.",
        )]);
        assert!(matches!(
            verdict(&v, "ecs-svc/2"),
            Verdict::Failed { reason: Some(r) } if r.contains("circuit breaker")
        ));

        let v = service(vec![
            dep(
                "ecs-svc/3",
                "PRIMARY",
                "api:41",
                "IN_PROGRESS",
                "ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/1.",
            ),
            dep("ecs-svc/2", "ACTIVE", "api:42", "FAILED", "tasks failed"),
        ]);
        match verdict(&v, "ecs-svc/2") {
            Verdict::RolledBack { to, deployment, .. } => {
                assert_eq!(short_task_definition(&to), "api:41");
                assert_eq!(deployment, "ecs-svc/3");
            }
            other => panic!("{other:?}"),
        }
        // The failed deployment already gone (INACTIVE): still a rollback.
        let v = service(vec![dep(
            "ecs-svc/3",
            "PRIMARY",
            "api:41",
            "COMPLETED",
            "ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/1.",
        )]);
        assert!(matches!(
            verdict(&v, "ecs-svc/2"),
            Verdict::RolledBack { .. }
        ));
    }

    #[test]
    fn in_progress_and_superseded() {
        let v = service(vec![
            dep("ecs-svc/2", "PRIMARY", "api:42", "IN_PROGRESS", ""),
            dep("ecs-svc/1", "ACTIVE", "api:41", "COMPLETED", ""),
        ]);
        assert_eq!(verdict(&v, "ecs-svc/2"), Verdict::InProgress);
        assert!(!verdict(&v, "ecs-svc/2").is_final());
        let v = service(vec![dep(
            "ecs-svc/5",
            "PRIMARY",
            "api:43",
            "IN_PROGRESS",
            "",
        )]);
        assert_eq!(
            verdict(&v, "ecs-svc/2"),
            Verdict::Superseded {
                by: "ecs-svc/5".into()
            }
        );
    }

    #[test]
    fn without_a_circuit_breaker_steady_state_completes() {
        let mut d = dep("ecs-svc/2", "PRIMARY", "api:42", "", "");
        d.rollout_state = None;
        d.running = 2;
        let v = service(vec![d]);
        assert_eq!(verdict(&v, "ecs-svc/2"), Verdict::Completed);
    }

    #[test]
    fn the_progress_line() {
        let mut d = dep("ecs-svc/2", "PRIMARY", "api:42", "IN_PROGRESS", "");
        d.running = 1;
        d.pending = 1;
        let line = Progress::of(&d).line("api", Duration::from_secs(75));
        assert_eq!(
            line,
            "api ecs-svc/2 (api:42): desired 2 · running 1 · pending 1 · failed 0 · IN_PROGRESS · 1m15s"
        );
    }

    #[test]
    fn threshold_formula_of_the_default_and_the_configured_kinds() {
        assert_eq!(computed_threshold(2, None), 3);
        assert_eq!(computed_threshold(25, None), 13);
        assert_eq!(computed_threshold(1000, None), 200);
        assert_eq!(
            computed_threshold(1000, Some((ThresholdKind::UnboundedPercent, 50))),
            500
        );
        assert_eq!(computed_threshold(10, Some((ThresholdKind::Count, 7))), 7);
        assert!(threshold_formula(2, None).contains("the default"));
    }

    #[test]
    fn groups_by_fingerprint_and_ignores_scale_in() {
        let t = |arn: &str, code: &str, reason: &str, exit: Option<i64>| StoppedTask {
            arn: arn.into(),
            stop_code: Some(code.into()),
            stopped_reason: Some(reason.into()),
            exit_code: exit,
            ..Default::default()
        };
        let tasks = [
            t(
                "a",
                "EssentialContainerExited",
                "Essential container in task exited",
                Some(1),
            ),
            t(
                "b",
                "TaskFailedToStart",
                "CannotPullContainerError: pull image manifest has been retried 5 time(s)",
                None,
            ),
            t(
                "c",
                "TaskFailedToStart",
                "CannotPullContainerError: pull image manifest has been retried 7 time(s)",
                None,
            ),
            t(
                "d",
                "ServiceSchedulerInitiated",
                "Scaling activity initiated by (deployment ecs-svc/3)",
                None,
            ),
        ];
        let g = group(&tasks);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].tasks, ["b", "c"]);
        assert_eq!(g[0].example, "b");
        assert_eq!(g[1].tasks, ["a"]);
        let mine = StoppedTask {
            started_by: Some("ecs-svc/2".into()),
            ..Default::default()
        };
        assert!(mine.of_deployment("ecs-svc/2", "td"));
        assert!(!mine.of_deployment("ecs-svc/1", "td"));
    }

    #[test]
    fn placement_events_since_the_start() {
        let events = [
            EventView {
                at: 30.0,
                message: "(service api) was unable to place a task because no container instance met all of its requirements.".into(),
            },
            EventView {
                at: 5.0,
                message: "(service api) has reached a steady state.".into(),
            },
        ];
        let since = events_since(&events, 10.0);
        assert_eq!(since.len(), 1);
        assert!(is_placement_failure(&since[0].message));
        assert!(!is_placement_failure(&events[1].message));
    }

    #[test]
    fn backoff_and_durations() {
        let (s, m) = (Duration::from_secs(3), Duration::from_secs(15));
        assert_eq!(next_interval(s, false, s, m), Duration::from_millis(4500));
        assert_eq!(next_interval(Duration::from_secs(14), false, s, m), m);
        assert_eq!(next_interval(m, true, s, m), s);
        assert_eq!(parse_duration("30m"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("45"), Ok(Duration::from_secs(45)));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("0s").is_err());
        assert_eq!(clock(Duration::from_secs(3725)), "1h02m");
        assert_eq!(iso8601(0.0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(1_796_438_232.9), "2026-12-05T02:37:12Z");
        assert_eq!(iso8601(951_782_400.0), "2000-02-29T00:00:00Z");
    }
}
