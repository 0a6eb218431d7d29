//! The awslogs group exists (or will be created).

use crate::diagnose::{Facts, Outcome};
use crate::snapshot::Fetched;

pub fn log_group_missing(f: &Facts<'_>) -> Outcome {
    if f.snap.log_groups.is_empty() {
        return f
            .td_missing()
            .unwrap_or_else(|| Outcome::skipped("no container uses awslogs"));
    }
    let outcomes = f
        .snap
        .log_groups
        .iter()
        .map(|l| match &l.exists {
            Fetched::Ok(true) => Outcome::pass(format!("log group {} exists", l.group)),
            Fetched::Ok(false) if l.create_group => Outcome::pass(format!(
                "log group {} does not exist yet; awslogs-create-group = true creates it",
                l.group
            )),
            Fetched::Ok(false) => Outcome::fail_on(
                l.group.clone(),
                format!(
                    "The log group {} does not exist (container {})",
                    l.group, l.container
                ),
                vec![
                    format!("logs:DescribeLogGroups: no group named {}", l.group),
                    format!(
                        "container {}: awslogs-create-group is not true",
                        l.container
                    ),
                ],
                vec![format!(
                    "aws logs create-log-group --log-group-name {}",
                    l.group
                )],
            ),
            other => Outcome::unknown(other.why_missing().unwrap_or_default()),
        })
        .collect();
    Outcome::combine(outcomes)
}
