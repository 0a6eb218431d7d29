//! The Slack (Block Kit) payload of a failure. Slack's limits are kept by truncating: 50 blocks,
//! 150 characters in a header, 3000 in a section, 10 fields.

use super::escape::{code, escape, escape_cut, plain, truncate};
use super::links::console_links;
use super::message::{service_event_line, Notification, Severity};
use crate::diagnose::Confidence;
use serde_json::{json, Value};

pub const SLACK_MAX_BLOCKS: usize = 50;
pub const SLACK_MAX_HEADER: usize = 150;
pub const SLACK_MAX_SECTION: usize = 3000;
pub const SLACK_MAX_FIELD: usize = 2000;
pub const SLACK_MAX_FIELDS: usize = 10;
pub const SLACK_MAX_FALLBACK: usize = 3000;

fn section(text: String) -> Value {
    json!({"type": "section", "text": {"type": "mrkdwn", "text": truncate(&text, SLACK_MAX_SECTION)}})
}

/// Lines joined until the section limit, with a note of how many were left out.
fn bounded_lines(title: &str, lines: &[String], max: usize) -> String {
    let mut out = format!("*{title}*");
    for (i, l) in lines.iter().enumerate() {
        let next = format!("\n{l}");
        if out.chars().count() + next.chars().count() > max - 40 {
            out.push_str(&format!("\n_…and {} more_", lines.len() - i));
            break;
        }
        out.push_str(&next);
    }
    out
}

/// "111111111111 (payments-prod) · eu-west-1". Unescaped.
fn account_line(n: &Notification) -> Option<String> {
    let t = &n.report.task;
    let account = t.account.as_deref()?;
    let name = n
        .account_name
        .as_deref()
        .map(|x| format!(" ({x})"))
        .unwrap_or_default();
    Some(match t.region.as_deref() {
        Some(r) => format!("{account}{name} · {r}"),
        None => format!("{account}{name}"),
    })
}

/// The Slack incoming-webhook payload (Block Kit plus a fallback `text`).
pub fn slack(n: &Notification) -> Value {
    let r = &n.report;
    let t = &r.task;
    let emoji = match n.severity {
        Severity::Error => ":red_circle:",
        Severity::Info => ":large_blue_circle:",
    };
    let mut blocks: Vec<Value> = Vec::new();
    blocks.push(
        json!({"type": "header", "text": {"type": "plain_text", "emoji": true,
        "text": truncate(&plain(&match &n.deploying {
            Some(d) => format!("{emoji} Deploying {d} will fail: {}", n.headline()),
            None => format!("{emoji} {}: {}", n.place(), n.headline()),
        }), SLACK_MAX_HEADER)}}),
    );
    if let Some(why) = &r.access {
        blocks.push(section(format!(
            ":warning: *Not checked:* {}",
            escape_cut(why, SLACK_MAX_SECTION - 40)
        )));
    }
    if let Some(line) = &n.incident {
        blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn",
            "text": format!(":rotating_light: {}", escape_cut(line, SLACK_MAX_SECTION - 30))}]}));
    }
    if let Some(line) = service_event_line(r) {
        blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn",
            "text": escape_cut(&line, SLACK_MAX_SECTION)}]}));
    }
    if let Some(similar) = &r.similar_stops {
        blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn",
            "text": escape_cut(&similar.line(), SLACK_MAX_SECTION)}]}));
    }
    if let Some(top) = r.root_causes.first() {
        let how = match top.confidence {
            Confidence::High => "confirmed by the evidence",
            Confidence::Medium => "likely",
            Confidence::Low => "suspected from the error text",
        };
        blocks.push(section(format!(
            "*{}*\n`{}` · {how}",
            escape(&top.summary),
            top.id
        )));
    }
    let mut fields = Vec::new();
    for (k, v) in [
        ("Cluster", &t.cluster),
        ("Service", &t.service),
        ("Task", &t.task_id),
        ("Task definition", &t.task_definition),
        (
            "Launch type",
            &t.launch_type.as_ref().map(|l| {
                format!("{l} {}", t.platform_version.as_deref().unwrap_or(""))
                    .trim()
                    .to_string()
            }),
        ),
        ("Zone", &t.availability_zone),
        ("Account", &account_line(n)),
    ] {
        if let Some(v) = v {
            fields.push(json!({"type": "mrkdwn", "text": truncate(&format!("*{k}*\n{}", escape(v)), SLACK_MAX_FIELD)}));
        }
    }
    fields.truncate(SLACK_MAX_FIELDS);
    if !fields.is_empty() {
        blocks.push(json!({"type": "section", "fields": fields}));
    }
    if n.suppressed_repeats > 0 {
        blocks.push(section(format!(
            ":repeat: The same failure happened {} more time(s) since the last message (not posted separately).",
            n.suppressed_repeats
        )));
    }
    if let Some(top) = r.root_causes.first() {
        if !top.evidence.is_empty() {
            let lines: Vec<String> = top
                .evidence
                .iter()
                .map(|e| format!("• {}", escape(e)))
                .collect();
            blocks.push(section(bounded_lines(
                "Evidence",
                &lines,
                SLACK_MAX_SECTION,
            )));
        }
        let fixes: Vec<String> = top
            .fix
            .iter()
            .enumerate()
            .map(|(i, f)| {
                if f.starts_with("aws ") {
                    format!("{}. `{}`", i + 1, code(f))
                } else {
                    format!("{}. {}", i + 1, escape(f))
                }
            })
            .collect();
        blocks.push(section(bounded_lines("Fix", &fixes, SLACK_MAX_SECTION)));
        if let Some(doc) = top.docs.first() {
            blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn", "text": format!("<{}|AWS documentation>", doc)}]}));
        }
    }
    let logs = r.logs.as_ref();
    if let Some(c) = logs.and_then(|l| l.crash.as_ref()) {
        blocks.push(section(truncate(
            &format!(
                "*In the log*: {}\n`{}`\n{}",
                escape_cut(&c.summary, 300),
                escape_cut(&c.shown_line().replace('`', "'"), 300),
                escape_cut(&c.fix, 600)
            ),
            SLACK_MAX_SECTION,
        )));
    }
    if let Some(note) = logs.and_then(|l| l.note.as_ref()) {
        blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn", "text": escape_cut(note, 1000)}]}));
    }
    if let Some(lines) = logs.map(|l| &l.lines).filter(|l| !l.is_empty()) {
        let body = lines
            .iter()
            .map(|l| code(&crate::crash::readable(l)))
            .collect::<Vec<_>>()
            .join("\n");
        blocks.push(section(format!(
            "*Last log lines*\n```{}```",
            truncate(&body, SLACK_MAX_SECTION - 40)
        )));
    }
    let c = &r.classification;
    blocks.push(
        json!({"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(
        &format!("*Error* ({}): {}", escape(&c.family), escape(&c.message)), SLACK_MAX_SECTION)}]}),
    );
    if r.root_causes.len() > 1 {
        let lines: Vec<String> = r.root_causes[1..]
            .iter()
            .map(|rc| format!("• `{}` {}", rc.id, escape(&rc.summary)))
            .collect();
        blocks.push(section(bounded_lines(
            "Other suspects",
            &lines,
            SLACK_MAX_SECTION,
        )));
    }
    let unknown: Vec<String> = r
        .checks
        .iter()
        .filter(|c| c.status == crate::diagnose::Status::Unknown)
        .map(|c| format!("• `{}`: {}", c.id, escape(&c.summary)))
        .collect();
    // With no access to the account, every check is unknown for the one reason said above.
    if !unknown.is_empty() && r.access.is_none() {
        blocks.push(section(bounded_lines(
            "Could not check",
            &unknown,
            SLACK_MAX_SECTION,
        )));
    }
    let links = console_links(r);
    if !links.is_empty() {
        // Whole links only: a link cut in the middle would leave `<https://…` open and swallow
        // whatever follows; the ones that do not fit are dropped, in order.
        // The links open the task's region; the console must be signed in to its account.
        let mut text = match &t.account {
            Some(a) => format!("In account {}:", escape_cut(a, 40)),
            None => String::new(),
        };
        let lead = text.len();
        for (label, url) in &links {
            let link = format!("<{url}|{}>", escape(label));
            let sep = if text.len() == lead {
                if lead == 0 {
                    ""
                } else {
                    " "
                }
            } else {
                " · "
            };
            if text.chars().count() + sep.len() + link.chars().count() > SLACK_MAX_SECTION {
                break;
            }
            text.push_str(sep);
            text.push_str(&link);
        }
        if text.len() > lead {
            blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}));
        }
    }
    if blocks.len() > SLACK_MAX_BLOCKS {
        blocks.truncate(SLACK_MAX_BLOCKS);
    }
    json!({
        "text": truncate(&match &n.deploying {
            Some(d) => format!("Deploying {} will fail: {}", escape(d), escape(&n.headline())),
            None => format!("{} {}: {}", n.what(), escape(&n.place()), escape(&n.headline())),
        }, SLACK_MAX_FALLBACK),
        "blocks": blocks,
    })
}
