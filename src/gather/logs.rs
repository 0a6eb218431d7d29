//! The last log lines of the container whose exit stopped the task: what it said as it died is
//! most often the reason ("KeyError: 'DATABASE_URL'"). Read in the round after the task
//! definition (beside the role and the images), so it costs no round of its own; only the
//! culprit's stream is read (never a sidecar that ECS stopped after it), and every line is
//! redacted before it is kept.

use super::error::fetched;
use super::Ctx;
use crate::snapshot::{Fetched, LogTail, Task, TaskDefinition};
use crate::stop::{self, Ending};

/// The culprit's log tail, or `None` when no container crashed or no lines were asked for.
pub(crate) async fn tail(
    ctx: &Ctx<'_>,
    task: &Task,
    td: &TaskDefinition,
) -> Option<Fetched<LogTail>> {
    if ctx.log_lines == 0 {
        return None;
    }
    let name = container_to_read(task, td)?;
    let def = td.containers.iter().find(|c| c.name == name)?;
    let mut tail = LogTail {
        container: name.clone(),
        driver: def.log_driver.clone().unwrap_or_else(|| "none".into()),
        ..LogTail::default()
    };
    // Another driver (Splunk, json-file, FireLens to another output...): named, with where to
    // look, not read.
    let task_id = task.task_id()?;
    let Some((group, region, stream)) = crate::refs::log_stream(def, task_id) else {
        return Some(Fetched::Ok(tail));
    };
    tail.group = Some(group.clone());
    tail.stream = Some(stream.clone());
    let clients = ctx.clients.regional(region.as_deref());
    let lines = ctx
        .call(async {
            let r = clients
                .logs
                .get_log_events()
                .log_group_name(&group)
                .log_stream_name(&stream)
                .limit(ctx.log_lines.min(200) as i32)
                .start_from_head(false)
                .send()
                .await;
            fetched("logs:GetLogEvents", r, |o| {
                lines_of(o.events().iter().filter_map(|e| e.message()))
            })
        })
        .await;
    Some(lines.map(|lines| LogTail { lines, ..tail }))
}

/// The container whose log says why the task stopped: the one whose exit stopped it; for a task
/// the scheduler replaced after failed health checks, the container that failed them (its
/// container health check UNHEALTHY, else the one essential container that serves a port: what
/// a load balancer probes). A server that listens on 127.0.0.1 says so at start, and the health
/// checks then fail while it runs. Pure.
pub(crate) fn container_to_read(task: &Task, td: &TaskDefinition) -> Option<String> {
    let analysis = stop::analyze(task, Some(td));
    match analysis.ending {
        Ending::Crashed | Ending::ExitedZero => analysis.culprit,
        Ending::StoppedFromOutside
            if stop::failed_health_checks(task.stopped_reason.as_deref()) =>
        {
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

/// The most lines kept from the events read: an event joined by `awslogs-multiline-pattern`
/// can hold a whole stack trace.
const MAX_LINES: usize = 400;

/// The events' lines, oldest first, each redacted: an event that `awslogs-multiline-pattern` or
/// `awslogs-datetime-format` joined (a stack trace under its exception) is split back into the
/// lines the program printed, as the crash reader reads them, and a JSON record's stack follows
/// it before the record is cut to its kept length ([`crate::crash::kept_lines`]); at most the
/// last [`MAX_LINES`].
fn lines_of<'a>(messages: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut lines = crate::crash::kept_lines(messages.flat_map(str::lines));
    lines.drain(..lines.len().saturating_sub(MAX_LINES));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{ContainerDefinition, ContainerState};

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
        assert_eq!(container_to_read(&task, &td).as_deref(), Some("web"));
        // A scale-in or a deployment: nothing to read.
        let scaled = Task {
            stopped_reason: Some("Scaling activity initiated by (deployment ecs-svc/1)".into()),
            ..task.clone()
        };
        assert_eq!(container_to_read(&scaled, &td), None);
    }

    #[test]
    fn a_joined_event_is_read_as_the_lines_it_holds() {
        let events = [
            "starting",
            "Exception in thread \"main\" java.lang.IllegalStateException: boot\n\tat a.B.c(B.java:1)\r\n\tat a.B.d(B.java:2)",
        ];
        assert_eq!(
            lines_of(events.into_iter()),
            [
                "starting",
                "Exception in thread \"main\" java.lang.IllegalStateException: boot",
                "\tat a.B.c(B.java:1)",
                "\tat a.B.d(B.java:2)"
            ]
        );
        let many = "x\n".repeat(MAX_LINES + 5);
        assert_eq!(lines_of([many.as_str()].into_iter()).len(), MAX_LINES);
    }
}
