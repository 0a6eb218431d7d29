//! A log handed over as text (piped to `ecs-autopsy read-log`, pasted to the MCP `read_log`
//! tool): kept and read the way the diagnosis keeps and reads a task's CloudWatch tail, so a
//! log read at a terminal says what a report would.

use super::{recognise, Crash};
use serde::Serialize;

/// What a pasted log shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pasted {
    /// How many of the text's lines were read: the last ones, at most the limit asked for (a
    /// JSON record's stack is read with its record, [`super::as_printed`]).
    pub lines_read: usize,
    /// How many lines the text held.
    pub lines_given: usize,
    /// The line that says why, what it means and the fix; `None` when no line says anything.
    pub crash: Option<Crash>,
    /// The last lines as a report shows them, redacted, oldest first.
    pub last_lines: Vec<String>,
}

/// Reads the last `max_lines` lines of `text` (a `\r\n` or `\n` separated log, oldest first),
/// each redacted and cut as a gathered tail's are, and recognises the crash they show.
pub fn read_pasted(text: &str, max_lines: usize, shown: usize) -> Pasted {
    let all: Vec<&str> = text.lines().collect();
    let read = &all[all.len().saturating_sub(max_lines)..];
    let tail = super::kept_lines(read.iter().copied());
    Pasted {
        lines_read: read.len(),
        lines_given: all.len(),
        crash: recognise(&tail),
        last_lines: tail[tail.len().saturating_sub(shown)..].to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exception_above_a_long_stack_is_read_and_secrets_stay_out() {
        let mut log = vec![
            "Exception in thread \"main\" java.lang.IllegalStateException: boot failed".to_string(),
            "Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"app\"".to_string(),
        ];
        log.extend((0..60).map(|i| format!("\tat org.example.Boot{i}.run(Boot{i}.java:{i})")));
        log.push("\t... 45 common frames omitted".into());
        log.push("DATABASE_URL=postgres://app:hunter2hunter2@db:5432/app".into());
        let p = read_pasted(&log.join("\r\n"), 100, 20);
        assert_eq!(p.lines_given, 64);
        assert_eq!(p.lines_read, 64);
        assert_eq!(p.crash.as_ref().unwrap().signature, "db.auth");
        assert_eq!(p.last_lines.len(), 20);
        assert!(!format!("{p:?}").contains("hunter2"), "{p:?}");
    }

    /// A structured record longer than a kept line (its stack makes it so) is read for the stack
    /// it holds before it is cut.
    #[test]
    fn a_long_json_records_stack_is_read_before_the_record_is_cut() {
        let frames: String = (0..12)
            .map(|i| {
                format!("\\n    at Pool.connect{i} (/app/node_modules/pg-pool/index.js:{i}:5)")
            })
            .collect();
        let record = format!(
            r#"{{"level":50,"time":1700000000100,"msg":"boot failed","err":{{"type":"Error","message":"connect ECONNREFUSED 10.0.3.7:5432","stack":"Error: connect ECONNREFUSED 10.0.3.7:5432{frames}"}}}}"#
        );
        assert!(
            record.len() > crate::redact::LOG_LINE_MAX,
            "{}",
            record.len()
        );
        let p = read_pasted(&format!("starting\n{record}"), 100, 20);
        assert_eq!(p.crash.unwrap().signature, "net.refused");
        assert_eq!(p.lines_given, 2);
    }

    #[test]
    fn only_the_last_lines_are_read() {
        let log = "Error: first failure\nstarting\nready";
        let p = read_pasted(log, 2, 20);
        assert_eq!((p.lines_read, p.lines_given), (2, 3));
        assert!(p.crash.is_none_or(|c| !c.line.contains("first failure")));
    }

    #[test]
    fn a_tail_of_frames_alone_claims_nothing() {
        let log: Vec<String> = (0..30)
            .map(|i| format!("\tat org.example.Boot{i}.run(Boot{i}.java:{i})"))
            .chain(["\t... 12 common frames omitted".to_string()])
            .collect();
        assert_eq!(read_pasted(&log.join("\n"), 100, 20).crash, None);
    }
}
