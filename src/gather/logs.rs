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
    let analysis = stop::analyze(task, Some(td));
    if !matches!(analysis.ending, Ending::Crashed | Ending::ExitedZero) {
        return None;
    }
    let name = analysis.culprit?;
    let def = td.containers.iter().find(|c| c.name == name)?;
    let mut tail = LogTail {
        container: name.clone(),
        driver: def.log_driver.clone().unwrap_or_else(|| "none".into()),
        ..LogTail::default()
    };
    // Another driver (FireLens, Splunk, json-file...): named, with where to look, not read.
    let Some((group, region, _, Some(prefix))) = crate::refs::awslogs(def) else {
        return Some(Fetched::Ok(tail));
    };
    let task_id = task.task_id()?;
    let stream = format!("{prefix}/{name}/{task_id}");
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
                o.events()
                    .iter()
                    .filter_map(|e| e.message())
                    .map(crate::redact::log_line)
                    .collect::<Vec<String>>()
            })
        })
        .await;
    Some(lines.map(|lines| LogTail { lines, ..tail }))
}
