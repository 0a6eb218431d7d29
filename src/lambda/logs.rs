//! The last log lines of the container that stopped the task (awslogs), redacted before they
//! go anywhere.

use super::Deps;

/// The last lines of the container's awslogs stream, redacted.
pub(super) async fn log_tail(
    deps: &Deps,
    snap: &crate::snapshot::Snapshot,
    container: &str,
) -> Vec<String> {
    let Some(td) = snap.task_definition.ok() else {
        return Vec::new();
    };
    let Some(def) = td.containers.iter().find(|c| c.name == container) else {
        return Vec::new();
    };
    let (Some((group, _, _, Some(prefix))), Some(task_id)) =
        (crate::refs::awslogs(def), snap.task.task_id())
    else {
        return Vec::new();
    };
    let stream = format!("{prefix}/{container}/{task_id}");
    // The task's account and region (a member account's log group, read with its role).
    let clients = match deps
        .access
        .clients(snap.account.as_deref(), snap.region.as_deref(), task_id)
        .await
    {
        Ok(c) => c,
        Err(_) => return Vec::new(),
    };
    let r = clients
        .logs
        .get_log_events()
        .log_group_name(&group)
        .log_stream_name(&stream)
        .limit(deps.config.log_tail_lines.max(1))
        .start_from_head(false)
        .send()
        .await;
    match r {
        Ok(out) => out
            .events()
            .iter()
            .filter_map(|e| e.message())
            .map(|m| crate::render::escape::truncate(&crate::redact::redact(m.trim_end()), 500))
            .collect(),
        Err(e) => {
            tracing::warn!(group = %group, stream = %stream, error = %crate::sdk_error::plain(&e), "log tail unavailable");
            Vec::new()
        }
    }
}
