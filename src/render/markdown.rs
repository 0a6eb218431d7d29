//! The Markdown report (GitHub comments, job summaries, tickets).

use super::terminal::{clean, confidence, mark};
use crate::diagnose::Report;
use std::fmt::Write;

/// Escapes text for Markdown tables and prose.
fn md(text: &str) -> String {
    clean(text)
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The report as Markdown (tickets, PR comments, wikis).
pub fn markdown(r: &Report) -> String {
    let mut o = String::new();
    match r.root_causes.first() {
        Some(top) => {
            let _ = writeln!(o, "## {} `{}`\n", md(&top.summary), top.id);
            let _ = writeln!(o, "**{}**\n", confidence(top.confidence));
            if !top.evidence.is_empty() {
                let _ = writeln!(o, "### Evidence\n");
                for e in &top.evidence {
                    let _ = writeln!(o, "- {}", md(e));
                }
                o.push('\n');
            }
            let _ = writeln!(o, "### Fix\n");
            for (i, f) in top.fix.iter().enumerate() {
                let _ = writeln!(o, "{}. `{}`", i + 1, f.replace('`', "'"));
            }
            o.push('\n');
            for d in &top.docs {
                let _ = writeln!(o, "- <{d}>");
            }
        }
        None => o.push_str("## No root cause found\n"),
    }
    if let Some(logs) = &r.logs {
        let _ = writeln!(o, "\n### Log of {}\n", md(&logs.container));
        if let Some(c) = &logs.crash {
            let _ = writeln!(
                o,
                "**{}**\n\n> {}\n\nFix: {}\n",
                md(&c.summary),
                md(&c.shown_line()),
                md(&c.fix)
            );
        }
        if let Some(note) = &logs.note {
            let _ = writeln!(o, "{}\n", md(note));
        }
        if !logs.lines.is_empty() {
            // A fence no log line can close: the lines' own backticks become quotes.
            let _ = writeln!(o, "```text");
            for l in &logs.lines {
                let _ = writeln!(o, "{}", clean(&crate::crash::readable(l)).replace('`', "'"));
            }
            let _ = writeln!(o, "```");
        }
    }
    let t = &r.task;
    let _ = writeln!(o, "\n### Task\n\n| | |\n|---|---|");
    for (k, v) in [
        ("cluster", &t.cluster),
        ("service", &t.service),
        ("task", &t.task_id),
        ("task definition", &t.task_definition),
        ("launch type", &t.launch_type),
        ("platform version", &t.platform_version),
        ("zone", &t.availability_zone),
        ("account", &t.account),
        ("region", &t.region),
        ("subnet", &t.subnet),
        ("execution role", &t.execution_role),
        ("stop code", &t.stop_code),
        (
            "stopped",
            &r.stop
                .as_ref()
                .filter(|s| s.culprit.is_some() || s.ran_secs.is_some() || s.waited_secs.is_some())
                .map(|s| s.summary.clone()),
        ),
        ("service event", &super::service_event_line(r)),
        ("same failure", &r.similar_stops.as_ref().map(|s| s.line())),
    ] {
        if let Some(v) = v {
            let _ = writeln!(o, "| {k} | {} |", md(v));
        }
    }
    let _ = writeln!(
        o,
        "\n### Error\n\n> {}\n\n{} · {}",
        md(&r.classification.message),
        md(&r.classification.family),
        r.classification
            .service
            .as_deref()
            .unwrap_or("service unknown")
    );
    if r.root_causes.len() > 1 {
        let _ = writeln!(o, "\n### Other suspects\n");
        for rc in &r.root_causes[1..] {
            let _ = writeln!(
                o,
                "- `{}` ({}): {}",
                rc.id,
                confidence(rc.confidence),
                md(&rc.summary)
            );
        }
    }
    let _ = writeln!(
        o,
        "\n### Checks\n\n| check | status | finding |\n|---|---|---|"
    );
    for ch in &r.checks {
        let _ = writeln!(
            o,
            "| `{}` | {} {:?} | {} |",
            ch.id,
            mark(ch.status),
            ch.status,
            md(&ch.summary)
        );
    }
    if !r.gather_errors.is_empty() {
        let _ = writeln!(o, "\n### Could not check\n");
        for e in &r.gather_errors {
            let _ = writeln!(o, "- {}", md(e));
        }
    }
    o
}
