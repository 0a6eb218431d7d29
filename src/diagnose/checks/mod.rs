//! The checks, one file per area of the catalogue (network and IAM checks are in
//! `diagnose/network.rs` and `diagnose/iam.rs`, built on their analyses). Each is a pure
//! `fn(&Facts) -> Outcome`, registered in [`crate::diagnose::CHECKS`].

pub mod container;
pub mod health;
pub mod image;
pub mod logs;
pub mod placement;
pub mod secrets;
pub mod storage;
pub mod task;

use crate::diagnose::Facts;

/// What a container's log says (the reading of `crate::crash` on the gathered tail): its line as
/// evidence, and, when a signature names the cause, that cause's summary and fix. The exit check
/// and the health checks quote it the same way.
pub(crate) struct LogSays {
    pub evidence: String,
    /// The named cause's summary and fix; `None` when the line is only quoted.
    pub named: Option<(String, String)>,
}

pub(crate) fn log_says(f: &Facts<'_>, container: &str) -> Option<LogSays> {
    let c = f.crash()?;
    let line = crate::classify::clip(&c.shown_line(), 300).to_string();
    let quoted = c.signature == crate::crash::LAST_ERROR || c.signature == crate::crash::LAST_LINE;
    Some(LogSays {
        evidence: if quoted {
            format!("log of {container}, its last error or line: {line}")
        } else {
            format!("log of {container}: {line}")
        },
        named: (!quoted).then(|| (c.summary.clone(), c.fix.clone())),
    })
}
