//! The last log lines of the container whose exit stopped the task: what it said as it died is
//! most often the reason ("KeyError: 'DATABASE_URL'"). Read in the round after the task
//! definition (beside the role and the images), so it costs no round of its own; only the
//! culprit's stream is read (never a sidecar that ECS stopped after it), and every line is
//! redacted before it is kept.

use super::error::fetched;
use super::Ctx;
use crate::snapshot::{Fetched, LogTail, Task, TaskDefinition};
use crate::stop;

/// The culprit's log tail, or `None` when no container crashed or no lines were asked for.
pub(crate) async fn tail(
    ctx: &Ctx<'_>,
    task: &Task,
    td: &TaskDefinition,
) -> Option<Fetched<LogTail>> {
    if ctx.log_lines == 0 {
        return None;
    }
    let name = stop::log_container(task, td)?;
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
