//! The terminal report: the cause first, then the proof, the fix and the details.

use crate::diagnose::{Confidence, Report, Status};
use std::fmt::Write;

/// ANSI styling, or none (pipes, `NO_COLOR`).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Every check on its own line; otherwise the passing and skipped ones are one line each.
    pub verbose: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn bold(&self, t: &str) -> String {
        self.paint("1", t)
    }
    fn red(&self, t: &str) -> String {
        self.paint("1;31", t)
    }
    fn yellow(&self, t: &str) -> String {
        self.paint("33", t)
    }
    fn green(&self, t: &str) -> String {
        self.paint("32", t)
    }
    fn dim(&self, t: &str) -> String {
        self.paint("2", t)
    }
}

pub(super) fn mark(status: Status) -> &'static str {
    match status {
        Status::Fail => "✗",
        Status::Warn => "!",
        Status::Unknown => "?",
        Status::Pass => "✓",
        Status::Skipped => "-",
    }
}

pub(super) fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "confirmed",
        Confidence::Medium => "likely",
        Confidence::Low => "suspected from the error text",
    }
}

/// Replaces control characters so that text from AWS or containers cannot move the cursor.
pub(super) fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// How many of the last log lines a terminal shows, and how much of each.
const LOG_LINES_SHOWN: usize = 10;
const LOG_LINE_WIDTH: usize = 200;

/// Unknown checks with one same reason are one line from this many on.
const GROUPED: usize = 3;

/// The crashed container's log: what it shows first, then its last lines.
fn log_section(o: &mut String, logs: &crate::diagnose::LogReport, style: Style) {
    let place = match (&logs.group, &logs.stream) {
        (Some(g), Some(s)) => format!(" · {g} {s}"),
        _ => String::new(),
    };
    let _ = writeln!(
        o,
        "\n{}",
        style.bold(&format!("Log of {}{}", cut(&logs.container), cut(&place)))
    );
    crash_and_lines(
        o,
        logs.crash.as_ref(),
        logs.note.as_deref(),
        &logs.lines,
        style,
    );
}

/// A log line or a reading as a terminal shows it: no control characters, one screen wide.
fn cut(s: &str) -> String {
    clean(s).chars().take(LOG_LINE_WIDTH).collect()
}

/// What a log shows (the line that says why, its meaning and fix), a note, then its last lines.
fn crash_and_lines(
    o: &mut String,
    crash: Option<&crate::crash::Crash>,
    note: Option<&str>,
    lines: &[String],
    style: Style,
) {
    if let Some(c) = crash {
        let _ = writeln!(o, "  {}", style.bold(&cut(&c.summary)));
        let _ = writeln!(o, "    > {}", cut(&c.shown_line()));
        // The fix is the catalogue's own text, not the log's: cut, it loses its point (the part
        // that says what to do comes last).
        let _ = writeln!(o, "    fix: {}", clean(&c.fix));
    }
    if let Some(note) = note {
        let _ = writeln!(o, "  {}", cut(note));
    }
    let from = lines.len().saturating_sub(LOG_LINES_SHOWN);
    for l in &lines[from..] {
        let _ = writeln!(
            o,
            "  {}",
            style.dim(&format!("│ {}", cut(&crate::crash::readable(l))))
        );
    }
}

/// A log read on its own (`ecs-autopsy read-log`): what it shows, then its last lines.
pub fn pasted(p: &crate::crash::Pasted, style: Style) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        style.bold(&if p.lines_given == 1 {
            "Read its one line".to_string()
        } else if p.lines_read == p.lines_given {
            format!("Read all {} lines", p.lines_given)
        } else {
            format!("Read the last {} of {} lines", p.lines_read, p.lines_given)
        })
    );
    let nothing = p.crash.is_none().then_some(
        "no line here says more than a stack frame or a banner: the error is further up the log",
    );
    crash_and_lines(&mut o, p.crash.as_ref(), nothing, &p.last_lines, style);
    o
}

/// The report for a terminal.
pub fn text(r: &Report, style: Style) -> String {
    let mut o = String::new();
    let t = &r.task;
    if let Some(why) = &r.access {
        let _ = writeln!(
            o,
            "{}\n",
            style.yellow(&format!("NOT CHECKED: {}", clean(why)))
        );
    }
    match r.root_causes.first() {
        Some(top) => {
            let head = format!(
                "{} {}",
                if top.confidence == Confidence::High {
                    "ROOT CAUSE:"
                } else {
                    "LIKELY CAUSE:"
                },
                clean(&top.summary)
            );
            let _ = writeln!(
                o,
                "{}",
                if top.confidence == Confidence::High {
                    style.red(&head)
                } else {
                    style.yellow(&head)
                }
            );
            let _ = writeln!(o, "  {} · {}", top.id, confidence(top.confidence));
            if !top.evidence.is_empty() {
                let _ = writeln!(o, "\n{}", style.bold("Evidence"));
                for e in &top.evidence {
                    let _ = writeln!(o, "  • {}", clean(e));
                }
            }
            let _ = writeln!(o, "\n{}", style.bold("Fix"));
            for (i, f) in top.fix.iter().enumerate() {
                let _ = writeln!(o, "  {}. {}", i + 1, clean(f));
            }
            for d in &top.docs {
                let _ = writeln!(o, "  {}", style.dim(d));
            }
        }
        None => {
            let _ = writeln!(o, "{}", style.bold("No root cause found"));
        }
    }
    if let Some(logs) = &r.logs {
        log_section(&mut o, logs, style);
    }
    let _ = writeln!(o, "\n{}", style.bold("Task"));
    let line = |k: &str, v: Option<&str>| {
        v.map(|v| format!("  {k:<16} {}\n", clean(v)))
            .unwrap_or_default()
    };
    o.push_str(&line("cluster", t.cluster.as_deref()));
    o.push_str(&line("service", t.service.as_deref()));
    o.push_str(&line("task", t.task_id.as_deref()));
    o.push_str(&line("task definition", t.task_definition.as_deref()));
    let launch = match (&t.launch_type, &t.platform_version) {
        (Some(l), Some(p)) => Some(format!("{l} {p}")),
        (l, _) => l.clone(),
    };
    o.push_str(&line("launch type", launch.as_deref()));
    o.push_str(&line("zone", t.availability_zone.as_deref()));
    o.push_str(&line("account", t.account.as_deref()));
    o.push_str(&line("region", t.region.as_deref()));
    o.push_str(&line("subnet", t.subnet.as_deref()));
    let sgs = t.security_groups.join(", ");
    o.push_str(&line(
        "security groups",
        Some(sgs.as_str()).filter(|s| !s.is_empty()),
    ));
    o.push_str(&line("execution role", t.execution_role.as_deref()));
    o.push_str(&line("stop code", t.stop_code.as_deref()));
    let event = super::service_event_line(r);
    o.push_str(&line("service event", event.as_deref()));
    let similar = r.similar_stops.as_ref().map(|s| s.line());
    o.push_str(&line("same failure", similar.as_deref()));
    if let Some(stop) = &r.stop {
        if stop.culprit.is_some() || stop.ran_secs.is_some() || stop.waited_secs.is_some() {
            o.push_str(&line("stopped", Some(&stop.summary)));
            for c in &stop.consequences {
                let _ = writeln!(
                    o,
                    "  {:<16} {}",
                    "",
                    style.dim(&clean(&format!(
                        "{}: exit {}, {} (a consequence)",
                        c.container,
                        c.exit_code.map_or("none".into(), |e| e.to_string()),
                        c.why
                    )))
                );
            }
        }
    }
    let c = &r.classification;
    let _ = writeln!(o, "\n{}", style.bold("Error"));
    let _ = writeln!(o, "  {}", clean(&c.message));
    let _ = writeln!(
        o,
        "  {}",
        style.dim(&format!(
            "{} · {} · from {}",
            c.family,
            c.service.as_deref().unwrap_or("service unknown"),
            c.source
        ))
    );
    if r.root_causes.len() > 1 {
        let _ = writeln!(o, "\n{}", style.bold("Other suspects"));
        for rc in &r.root_causes[1..] {
            let _ = writeln!(
                o,
                "  • {} ({}): {}",
                rc.id,
                confidence(rc.confidence),
                clean(&rc.summary)
            );
            for e in rc.evidence.iter().take(3) {
                let _ = writeln!(o, "      {}", style.dim(&clean(e)));
            }
            if let Some(f) = rc.fix.first() {
                let _ = writeln!(o, "      fix: {}", clean(f));
            }
        }
    }
    if !r.network_paths.is_empty() {
        let _ = writeln!(o, "\n{}", style.bold("Network paths"));
        let _ = writeln!(o, "  {}", clean(&r.network_paths.join(", ")));
    }
    let _ = writeln!(o, "\n{}", style.bold("Checks"));
    let painted = |status: Status| {
        let m = mark(status);
        match status {
            Status::Fail => style.red(m),
            Status::Warn | Status::Unknown => style.yellow(m),
            Status::Pass => style.green(m),
            Status::Skipped => style.dim(m),
        }
    };
    // Nothing could be read (said once at the top): the checks that needed AWS are one line.
    let not_read = |ch: &crate::diagnose::CheckResult| {
        r.access.is_some() && ch.status == Status::Unknown && !style.verbose
    };
    // Checks that could not run for one same reason (a service event has no task definition to
    // read) say it once, as one line, not once each.
    let mut unknown_for: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for ch in r
        .checks
        .iter()
        .filter(|c| c.status == Status::Unknown && !not_read(c))
    {
        unknown_for
            .entry(ch.summary.as_str())
            .or_default()
            .push(ch.id.as_str());
    }
    unknown_for.retain(|_, ids| ids.len() >= GROUPED && !style.verbose);
    for ch in &r.checks {
        if not_read(ch)
            || (ch.status == Status::Unknown && unknown_for.contains_key(ch.summary.as_str()))
        {
            continue;
        }
        if style.verbose || !matches!(ch.status, Status::Pass | Status::Skipped) || ch.inconclusive
        {
            let m = if ch.inconclusive && ch.status == Status::Pass {
                style.yellow("~")
            } else {
                painted(ch.status)
            };
            let _ = writeln!(o, "  {m} {:<26} {}", ch.id, clean(&ch.summary));
        }
    }
    for (why, ids) in &unknown_for {
        let _ = writeln!(
            o,
            "  {} {} not checked ({}): {}",
            painted(Status::Unknown),
            ids.len(),
            clean(why),
            ids.join(", ")
        );
    }
    let unread: Vec<&str> = r
        .checks
        .iter()
        .filter(|c| not_read(c))
        .map(|c| c.id.as_str())
        .collect();
    if !unread.is_empty() {
        let _ = writeln!(
            o,
            "  {} {} not checked (AWS could not be read): {}",
            painted(Status::Unknown),
            unread.len(),
            unread.join(", ")
        );
    }
    if !style.verbose {
        for (status, what) in [(Status::Pass, "passed"), (Status::Skipped, "did not apply")] {
            let ids: Vec<&str> = r
                .checks
                .iter()
                .filter(|c| c.status == status && !c.inconclusive)
                .map(|c| c.id.as_str())
                .collect();
            if !ids.is_empty() {
                let _ = writeln!(
                    o,
                    "  {} {} {what}: {}",
                    painted(status),
                    ids.len(),
                    ids.join(", ")
                );
            }
        }
        let _ = writeln!(
            o,
            "  {}",
            style.dim("(--verbose lists every check with its finding)")
        );
    }
    if !r.gather_errors.is_empty() || r.deadline_hit {
        let _ = writeln!(o, "\n{}", style.bold("Could not check"));
        if r.deadline_hit {
            let _ = writeln!(o, "  • the gather deadline passed: some data is missing");
        }
        for e in &r.gather_errors {
            let _ = writeln!(o, "  • {}", clean(e));
        }
    }
    o
}
