//! What a watch prints: progress while it runs, then the outcome and, on failure, each distinct
//! cause with its report (the existing renderers), the circuit breaker and the service events.

use super::progress::{clock, Progress, Verdict};
use super::{Format, Options, Outcome, Summary};
use crate::render::ci::{gh_data, gh_property};
use crate::render::terminal::{self, Style};
use serde_json::json;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::time::Duration;

/// Text from AWS or containers, made safe for one terminal line.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// One progress report: an updating line on a terminal, a line per change when piped, a JSON
/// object per change with `--format json`.
pub fn progress(
    out: &mut dyn Write,
    opts: &Options,
    service: &str,
    p: &Progress,
    elapsed: Duration,
) -> Result<(), super::WatchError> {
    let written = match opts.format {
        Format::Json => {
            let mut v = json!(p);
            v["type"] = json!("progress");
            v["service"] = json!(service);
            v["elapsed_s"] = json!(elapsed.as_secs());
            writeln!(out, "{v}")
        }
        _ if opts.live => {
            write!(out, "\r\x1b[2K{}", clean(&p.line(service, elapsed))).and_then(|()| out.flush())
        }
        _ => writeln!(out, "{}", clean(&p.line(service, elapsed))).and_then(|()| out.flush()),
    };
    Ok(written?)
}

/// The outcome in one sentence.
pub fn headline(s: &Summary) -> String {
    let who = format!(
        "{}: deployment {} ({})",
        s.service, s.deployment, s.task_definition
    );
    let took = clock(Duration::from_secs(s.elapsed_s));
    match (&s.outcome, &s.verdict) {
        (Outcome::Completed, _) => format!("✓ {who} COMPLETED in {took}"),
        (Outcome::Timeout, _) => format!(
            "✗ {who} still {} after {took}: the watch timed out",
            s.progress
                .as_ref()
                .map_or("IN_PROGRESS", |p| p.rollout_state.as_str())
        ),
        (Outcome::Superseded, Verdict::Superseded { by }) => {
            format!("✗ {who} was replaced by deployment {by} before it completed")
        }
        (_, Verdict::RolledBack {
            reason,
            deployment,
            rollout_state,
            ..
        }) => format!(
            "✗ {who} FAILED after {took}{}; the circuit breaker rolled back to {} (deployment {deployment}, {})",
            reason.as_deref().map(|r| format!(": {}", clean(r.trim_end_matches('.')))).unwrap_or_default(),
            s.rolled_back_to.as_deref().unwrap_or("the previous revision"),
            rollout_state.as_deref().unwrap_or("IN_PROGRESS"),
        ),
        (_, Verdict::Failed { reason }) => format!(
            "✗ {who} FAILED after {took}{}",
            reason.as_deref().map(|r| format!(": {}", clean(r))).unwrap_or_default()
        ),
        _ => format!("✗ {who} did not complete"),
    }
}

/// The circuit breaker in words.
fn breaker_lines(s: &Summary) -> Vec<String> {
    let Some(b) = &s.breaker else {
        return Vec::new();
    };
    if !b.enabled {
        return vec![format!("Circuit breaker: {}.", b.explanation)];
    }
    let count = b
        .failure_count
        .map(|n| format!("{n} of {} failed tasks", b.threshold))
        .unwrap_or_else(|| format!("threshold {}", b.threshold));
    let how = if b.source == "formula" {
        format!(
            "threshold {}, computed: ECS did not report it",
            b.explanation
        )
    } else {
        format!(
            "threshold from DescribeServiceDeployments{}",
            b.status
                .as_deref()
                .map(|st| format!(", status {st}"))
                .unwrap_or_default()
        )
    };
    let rollback = match (&s.rolled_back_to, b.rollback_enabled) {
        (Some(to), _) => format!("Rollback enabled: rolled back to {to}."),
        (None, true) => "Rollback enabled: no rollback started yet.".into(),
        (None, false) => {
            "Rollback disabled: the failed revision stays deployed; fix it and deploy again.".into()
        }
    };
    vec![format!("Circuit breaker: {count} ({how})."), rollback]
}

fn stack_line(s: &Summary) -> Option<String> {
    s.cloudformation_stack.as_ref().map(|stack| {
        format!(
            "The service belongs to CloudFormation stack {stack}: CloudFormation may still report the stack COMPLETE (or keep waiting); the deployment itself {}.",
            if s.outcome == Outcome::Timeout { "did not complete" } else { "failed" }
        )
    })
}

/// `14:03:27 UTC` of an epoch time (events of one deployment: the day is not needed).
fn time_of_day(epoch: f64) -> String {
    let secs = (epoch as i64).rem_euclid(86_400);
    format!(
        "{:02}:{:02}:{:02} UTC",
        secs / 3600,
        (secs % 3600) / 60,
        secs % 60
    )
}

fn calls_line(s: &Summary) -> String {
    format!(
        "AWS calls of the watch: {} ({}), plus one gather per cause diagnosed",
        s.calls.total,
        s.calls
            .by_action
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "task"
    } else {
        "tasks"
    }
}

/// The summary for a person (and CI logs).
pub fn text(s: &Summary, color: bool) -> String {
    let style = Style {
        color,
        verbose: false,
    };
    let mut o = String::new();
    let _ = writeln!(o, "{}", headline(s));
    if s.outcome == Outcome::Completed {
        let _ = writeln!(o, "{}", calls_line(s));
        return o;
    }
    for l in breaker_lines(s) {
        let _ = writeln!(o, "{l}");
    }
    let n = s.causes.len() + s.placement.len();
    for (i, c) in s.causes.iter().enumerate() {
        let _ = writeln!(
            o,
            "\n━━ Cause {} of {n}: {} {} stopped this way (diagnosed: task {})",
            i + 1,
            c.count,
            plural(c.count),
            c.task.rsplit('/').next().unwrap_or(&c.task)
        );
        match (&c.report, &c.error) {
            (Some(r), _) => o.push_str(&terminal::text(r, style)),
            (None, e) => {
                let _ = writeln!(o, "not diagnosed: {}", e.as_deref().unwrap_or("no report"));
            }
        }
    }
    for (i, p) in s.placement.iter().enumerate() {
        let _ = writeln!(
            o,
            "\n━━ Cause {} of {n}: placement failure, no task was placed\n  {}",
            s.causes.len() + i + 1,
            clean(&p.message)
        );
        o.push_str(&terminal::text(&p.report, style));
    }
    if n == 0 {
        let _ = writeln!(
            o,
            "\nNo task of the new revision stopped, and ECS reported no placement failure: the tasks are slow to start or to pass health checks, or the deployment waits for capacity."
        );
    }
    if !s.events.is_empty() {
        let _ = writeln!(o, "\nService events since the deployment started:");
        for e in &s.events {
            let _ = writeln!(o, "  {}  {}", time_of_day(e.at), clean(&e.message));
        }
    }
    if let Some(l) = stack_line(s) {
        let _ = writeln!(o, "\n{l}");
    }
    let _ = writeln!(o, "\n{}", calls_line(s));
    o
}

/// Markdown: GitLab and CodeBuild reports, GitHub job summaries.
pub fn markdown(s: &Summary) -> String {
    let mut o = String::new();
    let md = |t: &str| {
        clean(t)
            .replace('|', "\\|")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let _ = writeln!(o, "## {}\n", md(&headline(s)));
    if s.outcome != Outcome::Completed {
        for l in breaker_lines(s) {
            let _ = writeln!(o, "- {}", md(&l));
        }
        if let Some(l) = stack_line(s) {
            let _ = writeln!(o, "- {}", md(&l));
        }
        let n = s.causes.len() + s.placement.len();
        for (i, c) in s.causes.iter().enumerate() {
            let _ = writeln!(
                o,
                "\n### Cause {} of {n}: {} {} stopped this way\n",
                i + 1,
                c.count,
                plural(c.count)
            );
            match &c.report {
                Some(r) => o.push_str(&crate::render::markdown::markdown(r)),
                None => {
                    let _ = writeln!(
                        o,
                        "Not diagnosed: {}",
                        md(c.error.as_deref().unwrap_or("no report"))
                    );
                }
            }
        }
        for (i, p) in s.placement.iter().enumerate() {
            let _ = writeln!(
                o,
                "\n### Cause {} of {n}: placement failure\n\n> {}\n",
                s.causes.len() + i + 1,
                md(&p.message)
            );
            o.push_str(&crate::render::markdown::markdown(&p.report));
        }
        if !s.events.is_empty() {
            let _ = writeln!(o, "\n### Service events since the deployment started\n");
            for e in &s.events {
                let _ = writeln!(o, "- `{}` {}", time_of_day(e.at), md(&e.message));
            }
        }
    }
    let _ = writeln!(o, "\n{}", md(&calls_line(s)));
    o
}

/// GitHub Actions annotations: the outcome, then one `::error` per distinct cause.
pub fn github(s: &Summary) -> String {
    let mut o = String::new();
    let title = format!("ecs-autopsy watch ({})", s.service);
    let level = if s.outcome == Outcome::Completed {
        "notice"
    } else {
        "error"
    };
    let _ = writeln!(
        o,
        "::{level} title={}::{}",
        gh_property(&title),
        gh_data(&headline(s))
    );
    for c in &s.causes {
        let what = c
            .report
            .as_ref()
            .and_then(|r| r.root_causes.first())
            .map(|rc| {
                format!(
                    "{} ({}){}",
                    rc.summary.trim_end_matches('.'),
                    rc.id,
                    rc.fix
                        .first()
                        .map(|f| format!(". Fix: {f}"))
                        .unwrap_or_default()
                )
            })
            .unwrap_or_else(|| c.error.clone().unwrap_or_else(|| "not diagnosed".into()));
        let _ = writeln!(
            o,
            "::error title={}::{}",
            gh_property(&format!(
                "{}: {} {} stopped this way",
                s.service,
                c.count,
                plural(c.count)
            )),
            gh_data(&what)
        );
    }
    for p in &s.placement {
        let _ = writeln!(
            o,
            "::error title={}::{}",
            gh_property(&format!("{}: placement failure", s.service)),
            gh_data(&p.message)
        );
    }
    o
}

/// The final JSON line (`"type": "result"`).
pub fn json(s: &Summary) -> serde_json::Value {
    let mut v = json!(s);
    v["type"] = json!("result");
    v
}

/// Writes the summary in `format`.
pub fn summary(out: &mut dyn Write, s: &Summary, format: Format, color: bool) -> io::Result<()> {
    match format {
        Format::Json => writeln!(out, "{}", json(s)),
        Format::Markdown => write!(out, "{}", markdown(s)),
        Format::Github => write!(out, "{}{}", github(s), text(s, false)),
        Format::Text => write!(out, "{}", text(s, color)),
    }
}
