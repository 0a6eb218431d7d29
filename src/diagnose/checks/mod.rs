//! The checks, one file per area of the catalogue (network and IAM checks are in
//! `diagnose/network.rs` and `diagnose/iam.rs`, built on their analyses). Each is a pure
//! `fn(&Facts) -> Outcome`, registered in [`crate::diagnose::CHECKS`].

pub mod container;
mod dialled;
pub mod health;
pub mod image;
pub mod instance;
pub mod logs;
pub mod placement;
pub mod secrets;
mod settings;
pub mod storage;
pub mod task;

use crate::diagnose::Facts;

/// What a container's log says (the reading of `crate::crash` on the gathered tail): its line as
/// evidence, and, when a signature names the cause, that cause's summary and fix. The exit check
/// and the health checks quote it the same way. Where the task definition states the setting
/// behind the named condition ([`settings::behind`]), that is evidence too and its fix wins.
pub(crate) struct LogSays {
    /// The quoted line, then the setting behind it.
    pub evidence: Vec<String>,
    /// The named cause's summary and fix; `None` when the line is only quoted.
    pub named: Option<(String, String)>,
}

pub(crate) fn log_says(f: &Facts<'_>, container: &str) -> Option<LogSays> {
    let c = f.crash()?;
    let line = crate::classify::clip(&c.shown_line(), 300).to_string();
    let quoted = c.signature == crate::crash::LAST_ERROR || c.signature == crate::crash::LAST_LINE;
    let mut evidence = vec![if quoted {
        format!("log of {container}, its last error or line: {line}")
    } else {
        format!("log of {container}: {line}")
    }];
    // The task definition's setting behind the condition, then where a dialled address lies in
    // the task's network: each is evidence, and the first exact fix wins.
    let settings = [
        f.td.and_then(|td| settings::behind(c, td, container, f.snap.task.is_fargate())),
        dialled::behind(f, c),
    ];
    let mut exact = None;
    for s in settings.into_iter().flatten() {
        evidence.push(s.evidence);
        exact = exact.or(s.fix);
    }
    let fix = exact.unwrap_or_else(|| c.fix.clone());
    Some(LogSays {
        evidence,
        named: (!quoted).then(|| (c.summary.clone(), fix)),
    })
}
