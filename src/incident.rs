//! Incidents, not messages: failures grouped by the resource at fault, across services.
//!
//! A bad morning is 300 stopped tasks of 30 services with three root causes. People need three
//! messages, each naming the broken resource, its fix and every service it hit, then word when
//! it grows and when it is over: not 300 messages, nor 30 near-identical ones. An incident is
//! one (cause, culprit), where the culprit is what the fix changes ([`Culprit`], declared per
//! cause in the catalogue): the route table that lost its NAT route, the execution role that lost
//! its ECR permissions, the deleted secret.
//!
//! Pure: the state of an incident ([`Incident`], kept in DynamoDB by `lambda/incidents.rs`)
//! in, which message is due ([`due`]) and its payloads out. The I/O edge only stores, leases and
//! delivers.

use crate::catalogue::{self, Culprit};
use crate::diagnose::Report;
use crate::notification::{
    attribute_value, escape, escape_cut, plain, sns_subject, truncate, SnsMessage,
    SLACK_MAX_HEADER, SLACK_MAX_SECTION,
};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The resource an incident is about: what its fix changes, named as AWS names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CulpritRef {
    pub kind: String,
    pub id: String,
}

/// Tokens of a text that may be resource names: split on spaces and the punctuation around
/// names in our own evidence lines, keeping `:` and `/` (ARNs, image references).
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | '"' | '\'' | '`'))
        .map(|t| t.trim_end_matches(['.', ':']))
        .filter(|t| !t.is_empty())
}

/// The first token of the top cause's summary and evidence that `want` accepts.
fn find(report: &Report, want: impl Fn(&str) -> bool) -> Option<String> {
    let top = report.root_causes.first()?;
    std::iter::once(top.summary.as_str())
        .chain(top.evidence.iter().map(String::as_str))
        .flat_map(tokens)
        .find(|t| want(t))
        .map(str::to_string)
}

fn aws_id(prefix: &'static str) -> impl Fn(&str) -> bool {
    move |t: &str| {
        t.strip_prefix(prefix)
            .is_some_and(|rest| rest.len() >= 8 && rest.chars().all(|c| c.is_ascii_hexdigit()))
    }
}

/// A secret's ARN without the JSON key, version stage and version id a task may add after it
/// (`…:secret:db-AbCdEf:password::`): one secret is one culprit, whichever key a task reads.
fn secret_arn(t: &str) -> Option<String> {
    if t.starts_with("arn:aws:secretsmanager:") {
        Some(t.split(':').take(7).collect::<Vec<_>>().join(":"))
    } else if t.starts_with("arn:aws:ssm:") {
        Some(t.to_string())
    } else {
        None
    }
}

fn place(report: &Report) -> String {
    let t = &report.task;
    format!(
        "{}/{}",
        t.cluster.as_deref().unwrap_or("-"),
        t.service
            .as_deref()
            .or(t.task_definition.as_deref())
            .unwrap_or("-")
    )
}

/// The culprit of a report's top cause. When the evidence does not name the resource, the
/// report's facts do; when nothing does, the service itself (no grouping beats a wrong one).
pub fn culprit(report: &Report) -> CulpritRef {
    let t = &report.task;
    let cause = report
        .root_causes
        .first()
        .map(|c| c.id.as_str())
        .unwrap_or("other");
    let kind = catalogue::cause(cause).map_or(Culprit::Service, |c| c.culprit);
    let image = || {
        find(report, |t| {
            t.contains(".dkr.ecr.") || t.contains("docker.io/")
        })
        .or_else(|| {
            find(report, |t| {
                t.contains('/') && t.contains(':') && !t.starts_with("arn:")
            })
        })
    };
    let id = match kind {
        Culprit::RouteTable => find(report, aws_id("rtb-")).or_else(|| t.route_table.clone()),
        Culprit::Subnet => find(report, aws_id("subnet-")).or_else(|| t.subnet.clone()),
        Culprit::Vpc => find(report, aws_id("vpc-")).or_else(|| t.vpc.clone()),
        Culprit::SecurityGroup => find(report, aws_id("sg-"))
            .or_else(|| (!t.security_groups.is_empty()).then(|| t.security_groups.join(","))),
        Culprit::Nacl => find(report, aws_id("acl-")),
        Culprit::Endpoint => find(report, aws_id("vpce-")).or_else(|| t.vpc.clone()),
        Culprit::ExecutionRole => t.execution_role.clone().or_else(|| {
            find(report, |t| {
                t.starts_with("arn:aws:iam::") && t.contains(":role/")
            })
        }),
        Culprit::InstanceRole => find(report, |t| {
            t.starts_with("arn:aws:iam::") && t.contains(":role/")
        }),
        Culprit::Secret => find(report, |t| secret_arn(t).is_some()).and_then(|t| secret_arn(&t)),
        Culprit::Image => image(),
        Culprit::LogGroup => find(report, |t| t.starts_with("/ecs/") || t.starts_with("/aws/")),
        Culprit::FileSystem => find(report, aws_id("fs-")),
        Culprit::TaskDefinition => t.task_definition.clone(),
        Culprit::TargetGroup => find(report, |t| t.contains(":targetgroup/")),
        Culprit::Cluster => t.cluster.clone(),
        Culprit::Account => t.account.clone(),
        Culprit::Service => None,
    };
    match id {
        Some(id) => CulpritRef {
            kind: serde_json::to_value(kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            id,
        },
        None => CulpritRef {
            kind: "service".into(),
            id: place(report),
        },
    }
}

/// Where a service lives: account, region, cluster and name (the same name in two clusters
/// is two services). A standalone task's "service" is its task definition.
pub fn service_id(
    account: Option<&str>,
    region: Option<&str>,
    cluster: Option<&str>,
    name: Option<&str>,
) -> String {
    format!(
        "{}/{}/{}/{}",
        account.unwrap_or("-"),
        region.unwrap_or("-"),
        cluster.unwrap_or("-"),
        name.unwrap_or("-")
    )
}

/// [`service_id`] of a report's task.
pub fn service_key(report: &Report) -> String {
    let t = &report.task;
    service_id(
        t.account.as_deref(),
        t.region.as_deref(),
        t.cluster.as_deref(),
        t.service.as_deref().or(t.task_definition.as_deref()),
    )
}

/// [`service_id`] of a task as an event describes it, before anything is gathered (the same
/// key as [`service_key`] of its report).
pub fn task_service_key(
    task: &crate::snapshot::Task,
    account: Option<&str>,
    region: Option<&str>,
) -> String {
    let td = task
        .task_definition_arn
        .as_deref()
        .map(|a| a.rsplit('/').next().unwrap_or(a));
    service_id(
        account,
        region,
        task.cluster_name(),
        task.service_name().or(td),
    )
}

/// The incident's key: one per (account, region, destination, cause, culprit). Each channel
/// follows its own incidents, so two teams behind one broken route table each hear of it.
pub fn key(report: &Report, destination: &str) -> String {
    let t = &report.task;
    let cause = report
        .root_causes
        .first()
        .map(|c| c.id.as_str())
        .unwrap_or("other");
    let c = culprit(report);
    let raw = format!(
        "incident#{}#{}#{}#{cause}#{}",
        t.account.as_deref().unwrap_or("-"),
        t.region.as_deref().unwrap_or("-"),
        short_hash(destination),
        c.id
    );
    // DynamoDB keys stay far under their 2048-byte limit, whatever names AWS allows.
    if raw.len() > 700 {
        let mut cut = 600;
        while !raw.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}#{}", &raw[..cut], short_hash(&raw))
    } else {
        raw
    }
}

/// A stable short hash (FNV-1a): names a destination in keys without spelling out ARNs.
pub fn short_hash(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A stopped task's failure, reduced to what repeats: the stop code, the reason with its
/// numbers, ids and addresses blanked, and the exit code. Two tasks of one service with the same
/// fingerprint fail the same way, so a storm's repeats join the incident without a new gather.
pub fn fingerprint(stop_code: Option<&str>, reason: Option<&str>, exit: Option<i64>) -> String {
    let mut out = String::new();
    let mut last_blank = false;
    for c in reason.unwrap_or("").chars().take(400) {
        if c.is_ascii_digit() {
            if !last_blank {
                out.push('#');
            }
            last_blank = true;
        } else {
            out.push(c.to_ascii_lowercase());
            last_blank = false;
        }
    }
    format!(
        "{}|{}|{}",
        stop_code.unwrap_or("-"),
        short_hash(&out),
        exit.map_or("-".into(), |e| e.to_string())
    )
}

/// Whether an incident is still failing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum State {
    #[default]
    Open,
    /// Every affected service ran again (steady state, or a RUNNING task).
    Recovered,
}

/// The messages of an incident, in the order they are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// The first message: the whole diagnosis of the first failure, and the counts so far.
    Opened,
    /// More services or tasks since the last message (at most every few minutes).
    Grown,
    /// Over: every affected service runs again.
    Recovered,
}

/// One incident as stored (DynamoDB item `incident#…`, see docs/decisions.md).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Incident {
    pub key: String,
    pub cause: String,
    pub culprit: CulpritRef,
    pub title: String,
    /// The top cause's summary of the first failure.
    pub summary: String,
    pub fix: Vec<String>,
    pub state: State,
    /// Epoch seconds.
    pub opened_at: i64,
    pub last_seen: i64,
    pub recovered_at: i64,
    pub tasks: u64,
    /// Service (cluster/name) → stopped tasks.
    pub services: BTreeMap<String, u64>,
    /// Services that ran again since they last failed.
    pub recovered: BTreeSet<String>,
    /// Messages claimed so far; the last one's kind, time, and counts then.
    pub msg_n: u64,
    pub msg_kind: Option<MessageKind>,
    pub msg_at: i64,
    pub msg_tasks: u64,
    pub msg_services: u64,
    /// Destination (`slack:ARN`, `sns:ARN`) → the last message number it received.
    pub done: BTreeMap<String, u64>,
}

impl Default for CulpritRef {
    fn default() -> Self {
        CulpritRef {
            kind: "service".into(),
            id: String::new(),
        }
    }
}

/// How an incident's messages are paced.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    /// At most one follow-up per this many seconds.
    pub followup_secs: i64,
    /// An incident without a new failure for this long is over for grouping: the next failure
    /// of its (cause, culprit) opens a new one (and a new first message).
    pub quiet_secs: i64,
}

/// The message an incident owes now, if any. Pure.
pub fn due(i: &Incident, now: i64, pace: Pace) -> Option<MessageKind> {
    match i.state {
        State::Recovered if i.msg_kind != Some(MessageKind::Recovered) && i.msg_n > 0 => {
            Some(MessageKind::Recovered)
        }
        State::Recovered => None,
        State::Open if i.msg_n == 0 => Some(MessageKind::Opened),
        State::Open
            if (i.tasks > i.msg_tasks || i.services.len() as u64 > i.msg_services)
                && now - i.msg_at >= pace.followup_secs =>
        {
            Some(MessageKind::Grown)
        }
        State::Open => None,
    }
}

/// The destinations still owed the incident's last message.
pub fn owed<'a>(i: &Incident, destinations: &'a [String]) -> Vec<&'a String> {
    destinations
        .iter()
        .filter(|d| i.done.get(*d).copied().unwrap_or(0) < i.msg_n)
        .collect()
}

/// Whether every service the incident hit runs again.
pub fn all_recovered(i: &Incident) -> bool {
    !i.services.is_empty() && i.services.keys().all(|s| i.recovered.contains(s))
}

/// "09:40 UTC" from epoch seconds.
pub fn clock(epoch: i64) -> String {
    let secs = epoch.rem_euclid(86_400);
    format!("{:02}:{:02} UTC", secs / 3600, (secs % 3600) / 60)
}

fn duration(secs: i64) -> String {
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
        let max = crate::notification::SNS_MAX_BODY;
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
    use crate::diagnose::{Confidence, RootCause};

    fn report(cause: &str, summary: &str, evidence: &[&str]) -> Report {
        let mut r: Report = serde_json::from_value(json!({
            "report_version": 1,
            "task": {"cluster": "prod", "service": "api", "task_definition": "api:7",
                     "account": "123456789012", "region": "eu-west-1",
                     "route_table": "rtb-0fallback000000", "vpc": "vpc-0abc12345678",
                     "execution_role": "arn:aws:iam::123456789012:role/exec"},
            "classification": {"source": "x", "message": "m", "family": "f", "service": null, "candidates": []},
            "root_causes": [], "checks": [], "gather_errors": [], "deadline_hit": false
        }))
        .unwrap();
        r.root_causes.push(RootCause {
            id: cause.into(),
            confidence: Confidence::High,
            status: "confirmed".into(),
            title: "t".into(),
            summary: summary.into(),
            evidence: evidence.iter().map(|s| s.to_string()).collect(),
            fix: vec![],
            docs: vec![],
            score: 90,
        });
        r
    }

    #[test]
    fn the_culprit_is_what_the_fix_changes() {
        let r = report(
            "network.no_route",
            "Subnet subnet-9a76bf9c386440849 has no route to the ECR API",
            &["route table rtb-3373a262596280a12 of subnet-9a76bf9c386440849 has no 0.0.0.0/0 route"],
        );
        assert_eq!(culprit(&r).id, "rtb-3373a262596280a12");
        assert_eq!(culprit(&r).kind, "route_table");
        let r = report(
            "secret.not_found",
            "The secret arn:aws:secretsmanager:us-east-1:123456789012:secret:fx23f/db-WfuKuq does not exist (referenced by DB_PASSWORD in container app)",
            &["container app: DB_PASSWORD from arn:aws:secretsmanager:us-east-1:123456789012:secret:fx23f/db-WfuKuq:password::"],
        );
        assert_eq!(
            culprit(&r).id,
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:fx23f/db-WfuKuq"
        );
        let r = report(
            "iam.exec_role_ecr",
            "The role exec may not ecr:GetAuthorizationToken",
            &[],
        );
        assert_eq!(culprit(&r).id, "arn:aws:iam::123456789012:role/exec");
        let r = report(
            "image.not_found",
            "Image fx12f/app:1.0 does not exist",
            &["container app: image 123456789012.dkr.ecr.us-east-1.amazonaws.com/fx12f/app:1.0"],
        );
        assert_eq!(
            culprit(&r).id,
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/fx12f/app:1.0"
        );
        // A bug of the service's own: its task definition, never grouped with another service.
        let r = report("container.exit", "exited 1", &[]);
        assert_eq!(culprit(&r).id, "api:7");
        // Nothing shared: the service.
        let r = report("other", "?", &[]);
        assert_eq!(
            culprit(&r),
            CulpritRef {
                kind: "service".into(),
                id: "prod/api".into()
            }
        );
        // The evidence names no NACL: the service, not a guess.
        let r = report("network.nacl", "denied", &[]);
        assert_eq!(culprit(&r).kind, "service");
    }

    #[test]
    fn one_route_table_is_one_incident_across_services_and_per_destination() {
        let a = report("network.no_route", "x rtb-3373a262596280a12", &[]);
        let mut b = a.clone();
        b.task.service = Some("worker".into());
        assert_eq!(key(&a, "slack:x"), key(&b, "slack:x"));
        assert_ne!(key(&a, "slack:x"), key(&a, "slack:y"));
        assert_ne!(service_key(&a), service_key(&b));
        let mut long = a.clone();
        long.root_causes[0].summary = format!("rtb-3373a262596280a12 {}", "x".repeat(5000));
        assert!(key(&long, "d").len() < 800);
    }

    #[test]
    fn fingerprints_ignore_ids_and_numbers() {
        let a = fingerprint(
            Some("TaskFailedToStart"),
            Some("dial tcp 52.46.1.1:443: i/o timeout (task 1234)"),
            None,
        );
        let b = fingerprint(
            Some("TaskFailedToStart"),
            Some("dial tcp 52.46.9.200:443: i/o timeout (task 98)"),
            None,
        );
        assert_eq!(a, b);
        assert_ne!(
            a,
            fingerprint(Some("TaskFailedToStart"), Some("secret not found"), None)
        );
        assert_ne!(
            fingerprint(Some("EssentialContainerExited"), Some("x"), Some(1)),
            fingerprint(Some("EssentialContainerExited"), Some("x"), Some(137))
        );
    }

    fn incident() -> Incident {
        Incident {
            key: "incident#k".into(),
            cause: "network.no_route".into(),
            culprit: CulpritRef {
                kind: "route_table".into(),
                id: "rtb-1".into(),
            },
            title: "No route <!channel>".into(),
            fix: vec!["aws ec2 create-route <https://evil.example|click>".into()],
            opened_at: 35_000,
            last_seen: 35_100,
            tasks: 131,
            services: (0..14)
                .map(|i| (format!("prod/svc{i}"), 9 + i as u64))
                .collect(),
            msg_n: 1,
            msg_kind: Some(MessageKind::Opened),
            msg_at: 35_000,
            msg_tasks: 1,
            msg_services: 1,
            ..Default::default()
        }
    }

    const PACE: Pace = Pace {
        followup_secs: 300,
        quiet_secs: 900,
    };

    #[test]
    fn an_incident_owes_its_first_message_then_follow_ups_then_recovery() {
        let mut i = incident();
        i.msg_n = 0;
        assert_eq!(due(&i, 35_000, PACE), Some(MessageKind::Opened));
        i.msg_n = 1;
        // Grown, but the last message is younger than the pace.
        assert_eq!(due(&i, 35_100, PACE), None);
        assert_eq!(due(&i, 35_300, PACE), Some(MessageKind::Grown));
        // Not grown: nothing to say.
        i.msg_tasks = i.tasks;
        i.msg_services = i.services.len() as u64;
        assert_eq!(due(&i, 40_000, PACE), None);
        i.state = State::Recovered;
        assert_eq!(due(&i, 40_000, PACE), Some(MessageKind::Recovered));
        i.msg_kind = Some(MessageKind::Recovered);
        assert_eq!(due(&i, 40_000, PACE), None);
        // Owed: whoever has not had message n.
        let dests = vec!["slack:a".to_string(), "sns:b".to_string()];
        i.done.insert("slack:a".into(), 1);
        assert_eq!(owed(&i, &dests), vec![&dests[1]]);
    }

    #[test]
    fn recovery_needs_every_service() {
        let mut i = incident();
        assert!(!all_recovered(&i));
        i.recovered = i.services.keys().cloned().collect();
        assert!(all_recovered(&i));
    }

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
