//! The messages of an incident: the opened line, follow-ups and the recovery, for Slack and SNS.

use super::escape::{escape, escape_cut, plain, truncate};
use super::slack::{SLACK_MAX_HEADER, SLACK_MAX_SECTION};
use super::sns::{attribute_value, sns_subject, SnsMessage};
use crate::incident::{short_hash, Incident, MessageKind, Pace};
use serde_json::{json, Value};

pub fn clock(epoch: i64) -> String {
    let secs = epoch.rem_euclid(86_400);
    format!("{:02}:{:02} UTC", secs / 3600, (secs % 3600) / 60)
}

/// "45 s", "12 min", "2 h 5 min".
pub(crate) fn duration(secs: i64) -> String {
    let secs = secs.max(0);
    if secs < 120 {
        format!("{secs} s")
    } else if secs < 7200 {
        format!("{} min", secs / 60)
    } else {
        format!("{} h {} min", secs / 3600, (secs % 3600) / 60)
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// How a culprit's kind reads in a sentence ("on route table rtb-…", "on VPC vpc-…").
pub fn kind_label(kind: &str) -> String {
    match kind {
        "vpc" => "VPC".into(),
        "nacl" => "network ACL".into(),
        "security_group" => "security group".into(),
        "endpoint" => "VPC endpoint".into(),
        "file_system" => "EFS file system".into(),
        other => other.replace('_', " "),
    }
}

/// "14 services, 131 tasks since 09:40 UTC". Unescaped.
pub fn counts_line(i: &Incident) -> String {
    format!(
        "{}, {} since {}",
        plural(i.services.len() as u64, "service", "services"),
        plural(i.tasks, "task", "tasks"),
        clock(i.opened_at)
    )
}

/// The affected services with their counts, most failures first: "api (12), worker (9), … and
/// 5 more". Unescaped; the short name of each service (its cluster is in the incident's key).
pub fn services_line(i: &Incident, max: usize) -> String {
    let mut v: Vec<(&String, &u64)> = i.services.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let shown: Vec<String> = v
        .iter()
        .take(max)
        .map(|(s, n)| {
            let name = s.rsplit('/').next().unwrap_or(s);
            let mark = if i.recovered.contains(*s) { " ✓" } else { "" };
            format!("{name} ({n}){mark}")
        })
        .collect();
    let more = v.len().saturating_sub(max);
    if more > 0 {
        format!("{}, … and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The line the first message carries about its incident. Unescaped.
pub fn opened_line(i: &Incident, pace: Pace) -> String {
    format!(
        "Incident: `{}` on {} {} · {} · further failures are counted, with a follow-up here at most every {}",
        i.cause,
        kind_label(&i.culprit.kind),
        i.culprit.id,
        counts_line(i),
        duration(pace.followup_secs)
    )
}

/// The incident's first message as a Slack app updates it in place: its incident line shows the
/// live counts ("Still failing · 14 services, 131 tasks since 09:40 · updated 09:52"), and a
/// recovered incident's header turns green.
pub fn live_parent(first: &Value, i: &Incident, kind: MessageKind, now: i64) -> Value {
    let mut v = first.clone();
    let line = match kind {
        MessageKind::Recovered => format!(
            ":large_green_circle: Recovered: every affected service runs again · `{}` on {} {} · {} · updated {}",
            i.cause,
            kind_label(&i.culprit.kind),
            i.culprit.id,
            counts_line(i),
            clock(now)
        ),
        _ => format!(
            ":rotating_light: Still failing: `{}` on {} {} · {} · updated {} (details in the thread)",
            i.cause,
            kind_label(&i.culprit.kind),
            i.culprit.id,
            counts_line(i),
            clock(now)
        ),
    };
    if let Some(blocks) = v["blocks"].as_array_mut() {
        for b in blocks.iter_mut() {
            if b["type"] == "context"
                && b["elements"][0]["text"]
                    .as_str()
                    .is_some_and(|t| t.starts_with(":rotating_light:"))
            {
                b["elements"][0]["text"] = Value::String(escape_cut(&line, SLACK_MAX_SECTION));
            }
            if kind == MessageKind::Recovered && b["type"] == "header" {
                if let Some(t) = b["text"]["text"].as_str() {
                    let t = t.replacen(":red_circle:", ":large_green_circle:", 1);
                    b["text"]["text"] = Value::String(t);
                }
            }
        }
    }
    v
}

/// The sentence of a follow-up or a recovery that says what changed, the same in every channel
/// (counts and durations only: no text from AWS, nothing to escape).
fn progress(i: &Incident, kind: MessageKind, now: i64) -> String {
    match kind {
        MessageKind::Recovered => format!(
            "Every affected service runs again, {} after the first failure ({} in all).",
            duration(i.recovered_at.max(i.last_seen) - i.opened_at),
            plural(i.tasks, "stopped task", "stopped tasks")
        ),
        _ => format!(
            "+{} and +{} since the last message, {} ago; the last failure {} ago.",
            plural(
                (i.services.len() as u64).saturating_sub(i.msg_services),
                "service",
                "services"
            ),
            plural(i.tasks.saturating_sub(i.msg_tasks), "task", "tasks"),
            duration(now - i.msg_at),
            duration(now - i.last_seen)
        ),
    }
}

/// The Slack payload of a follow-up or a recovery. Every text from AWS is escaped, cut first.
pub fn slack(i: &Incident, kind: MessageKind, now: i64) -> Value {
    let (emoji, verb) = match kind {
        MessageKind::Recovered => (":large_green_circle:", "Recovered"),
        _ => (":red_circle:", "Still failing"),
    };
    let header = truncate(
        &plain(&format!("{emoji} {verb}: {}", i.title)),
        SLACK_MAX_HEADER,
    );
    let mut lines = vec![format!(
        "*{}* · `{}` on {} `{}`",
        escape(&counts_line(i)),
        escape(&i.cause),
        escape(&kind_label(&i.culprit.kind)),
        escape_cut(&i.culprit.id, 400)
    )];
    lines.push(progress(i, kind, now));
    let mut blocks = vec![
        json!({"type": "header", "text": {"type": "plain_text", "emoji": true, "text": header}}),
        json!({"type": "section", "text": {"type": "mrkdwn", "text": truncate(&lines.join("\n"), SLACK_MAX_SECTION)}}),
        json!({"type": "section", "text": {"type": "mrkdwn",
            "text": format!("*Affected services:* {}", escape_cut(&services_line(i, 40), SLACK_MAX_SECTION - 40))}}),
    ];
    if kind != MessageKind::Recovered && !i.fix.is_empty() {
        let fix: Vec<String> = i
            .fix
            .iter()
            .take(3)
            .map(|f| format!("• {}", escape_cut(f, 900)))
            .collect();
        blocks.push(json!({"type": "section", "text": {"type": "mrkdwn",
            "text": truncate(&format!("*Fix*\n{}", fix.join("\n")), SLACK_MAX_SECTION)}}));
    }
    json!({
        "text": truncate(&format!("{verb}: {} ({})", escape(&i.title), escape(&counts_line(i))), 3000),
        "blocks": blocks,
    })
}

/// The SNS message of a follow-up or a recovery (plain text, or Chatbot's custom JSON with
/// every rendered field escaped like mrkdwn).
pub fn sns(i: &Incident, kind: MessageKind, now: i64, chatbot: bool) -> SnsMessage {
    let verb = match kind {
        MessageKind::Recovered => "Recovered",
        _ => "Still failing",
    };
    let subject = sns_subject(&format!("ECS {verb}: {} - {}", i.cause, i.title));
    let detail = progress(i, kind, now);
    let body = if chatbot {
        json!({
            "version": "1.0",
            "source": "custom",
            "id": escape_cut(&i.key, 200),
            "content": {
                "textType": "client-markdown",
                "title": escape_cut(&format!("{verb}: {}", i.title), 250),
                "description": escape_cut(&format!("{} · {} on {} {}\n{detail}\nAffected services: {}",
                    counts_line(i), i.cause, i.culprit.kind, i.culprit.id, services_line(i, 40)), 8000),
                "nextSteps": i.fix.iter().take(3).map(|f| escape_cut(f, 500)).collect::<Vec<_>>(),
            },
            "metadata": {"threadId": escape_cut(&i.key, 200), "summary": escape_cut(&i.title, 200),
                "eventType": "ecs-autopsy"},
        })
        .to_string()
    } else {
        let mut text = format!(
            "{}: {}\n{} · {} on {} {}\n{detail}\nAffected services: {}\n",
            verb.to_uppercase(),
            i.title,
            counts_line(i),
            i.cause,
            i.culprit.kind,
            i.culprit.id,
            services_line(i, 200)
        );
        if kind != MessageKind::Recovered {
            for f in &i.fix {
                text.push_str(&format!("  fix: {f}\n"));
            }
        }
        // SNS counts bytes: cut on a character boundary under its limit.
        let max = super::sns::SNS_MAX_BODY;
        if text.len() > max {
            let mut end = max;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
            text.push_str("\n[truncated]");
        }
        text
    };
    SnsMessage {
        subject,
        body,
        attributes: vec![
            ("cause".into(), attribute_value(&i.cause)),
            ("incident".into(), attribute_value(&short_hash(&i.key))),
            (
                "message".into(),
                match kind {
                    MessageKind::Opened => "opened",
                    MessageKind::Grown => "grown",
                    MessageKind::Recovered => "recovered",
                }
                .into(),
            ),
            (
                "severity".into(),
                if kind == MessageKind::Recovered {
                    "info"
                } else {
                    "error"
                }
                .into(),
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::tests::incident;

    #[test]
    fn follow_ups_name_the_services_and_counts_and_stay_inert() {
        let i = incident();
        let p = slack(&i, MessageKind::Grown, 35_400).to_string();
        assert!(p.contains("14 services, 131 tasks since 09:43 UTC"), "{p}");
        assert!(
            p.contains("svc13 (22)") && p.contains("+13 services and +130 tasks"),
            "{p}"
        );
        assert!(
            !p.contains("<!channel>") && !p.contains("<https://evil"),
            "{p}"
        );
        let m = sns(&i, MessageKind::Recovered, 36_000, true);
        assert!(
            !m.body.contains("<https://evil") && !m.body.contains("<!channel>"),
            "{}",
            m.body
        );
        assert!(m.attributes.iter().all(|(_, v)| v.len() <= 256));
        let r = slack(&i, MessageKind::Recovered, 36_000).to_string();
        assert!(
            r.contains("Recovered") && r.contains("131 stopped tasks in all"),
            "{r}"
        );
    }
}
