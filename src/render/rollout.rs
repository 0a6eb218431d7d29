//! The messages of a deployment's story ([`crate::rollout`]): the Slack app's parent message
//! (updated in place) and its thread replies, the webhook posts, and SNS. Pure. Every text from
//! AWS or the diagnosis is escaped (names and ids in code spans, so `*bold*` stays literal) and
//! cut; the whole stays within Slack's limits.

use super::escape::{code, escape, escape_cut, plain, truncate};
use super::incident::{clock, duration};
use super::slack::{
    SLACK_MAX_BLOCKS, SLACK_MAX_FALLBACK, SLACK_MAX_FIELD, SLACK_MAX_FIELDS, SLACK_MAX_HEADER,
    SLACK_MAX_SECTION,
};
use super::sns::{attribute_value, sns_subject, SnsMessage, SNS_MAX_BODY};
use crate::rollout::{Phase, Story, TaskFailure, WebhookKind};
use serde_json::{json, Value};

/// Task failures listed in a webhook or SNS message (a webhook has no thread).
const LISTED_FAILURES: usize = 5;

/// A name or id in a code span: escaped, no backticks, cut (mrkdwn formatting is inert there).
fn name(text: &str, max: usize) -> String {
    let t: String = text.chars().take(max).collect();
    if t.is_empty() {
        "?".into()
    } else {
        format!("`{}`", code(&t))
    }
}

/// What happened, in words, for the header and the subject. Unescaped, no emoji.
pub fn title(s: &Story) -> String {
    let what = match s.phase() {
        Phase::Deploying => "Deploying",
        Phase::Completed => "Deployment completed",
        Phase::Superseded => "Deployment replaced by a newer one",
        Phase::Failed => "Deployment failed",
        Phase::RollingBack if s.is_rollback_only() => "Rolling back",
        Phase::RolledBack if s.is_rollback_only() => "Rolled back",
        Phase::RollbackFailed if s.is_rollback_only() => "Rollback failed",
        Phase::RollingBack => "Deployment failed, rolling back",
        Phase::RolledBack => "Deployment failed, rolled back",
        Phase::RollbackFailed => "Deployment failed, and its rollback failed",
    };
    format!("{what} — {}", s.place.name())
}

/// "api:42 → rolled back to api:41". Unescaped.
fn revision_line(s: &Story) -> Option<String> {
    let new = s
        .revision
        .clone()
        .or_else(|| s.initiator.as_ref().and_then(|i| i.revision.clone()));
    let back = s.rollback.as_ref().map(|r| {
        r.revision
            .clone()
            .or_else(|| (!r.to.is_empty()).then(|| format!("deployment {}", r.to)))
            .unwrap_or_else(|| "the last completed deployment".into())
    });
    match (new, back) {
        (Some(n), Some(b)) => Some(format!("{n} → rolled back to {b}")),
        (None, Some(b)) => Some(format!("? → rolled back to {b}")),
        (Some(n), None) => Some(n),
        (None, None) => None,
    }
}

/// "started 09:38 UTC · 6 min" / "started 09:38 UTC, running". Unescaped.
fn timing(s: &Story) -> Option<String> {
    let start = s.started_at;
    let end = s.ended().filter(|e| *e > 0);
    match (start > 0, end) {
        (true, Some(e)) => Some(format!(
            "started {} · {}",
            clock(start),
            duration(e - start)
        )),
        (true, None) => Some(format!("started {}, running", clock(start))),
        (false, Some(e)) => Some(format!("ended {}", clock(e))),
        (false, None) => None,
    }
}

/// The mrkdwn fields: cluster, service, revision, started by, duration, account.
fn fields(s: &Story) -> Vec<Value> {
    let mut f: Vec<(&str, String)> = vec![
        ("Cluster", name(&s.place.cluster, 255)),
        ("Service", name(&s.place.service, 255)),
    ];
    if let Some(r) = revision_line(s) {
        f.push(("Revision", escape_cut(&r, 600)));
    }
    let who = match &s.initiator {
        Some(i) => {
            let via = i
                .via
                .as_deref()
                .map(|v| format!(" via {v}"))
                .unwrap_or_default();
            format!(
                "{} {}",
                name(&i.principal, 200),
                escape_cut(via.trim_start(), 100)
            )
        }
        None if s.is_rollback_only() || s.phase() == Phase::Deploying => "not known yet".into(),
        None => "not known (no CloudTrail record)".into(),
    };
    f.push(("Started by", who.trim_end().to_string()));
    if let Some(t) = timing(s) {
        f.push(("Duration", t));
    }
    if s.failures_total > 0 {
        f.push(("Task failures", s.failures_total.to_string()));
    }
    if !s.place.account.is_empty() || !s.place.region.is_empty() {
        let acct = [s.place.account.as_str(), s.place.region.as_str()]
            .iter()
            .filter(|x| !x.is_empty())
            .map(|x| escape_cut(x, 64))
            .collect::<Vec<_>>()
            .join(" · ");
        f.push(("Account", acct));
    }
    f.truncate(SLACK_MAX_FIELDS);
    f.into_iter()
        .map(|(k, v)| {
            json!({"type": "mrkdwn", "text": truncate(&format!("*{k}*\n{v}"), SLACK_MAX_FIELD)})
        })
        .collect()
}

fn section(text: String) -> Value {
    json!({"type": "section", "text": {"type": "mrkdwn", "text": truncate(&text, SLACK_MAX_SECTION)}})
}

fn context(text: String) -> Value {
    json!({"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(&text, SLACK_MAX_SECTION)}]})
}

/// ECS's reason, the rollback's, and the cause with its fix.
fn body_blocks(s: &Story) -> Vec<Value> {
    let mut out = Vec::new();
    let mut lines = Vec::new();
    if !s.reason.is_empty() {
        lines.push(format!("*ECS:* {}", escape_cut(&s.reason, 800)));
    }
    if let Some(r) = &s.rollback {
        if !r.reason.is_empty() && r.reason != s.reason {
            lines.push(format!("*Rollback:* {}", escape_cut(&r.reason, 800)));
        }
    }
    if !lines.is_empty() {
        out.push(section(lines.join("\n")));
    }
    if let Some(c) = &s.cause {
        let mut text = format!(
            "*Cause:* {} · {}\n{}",
            escape_cut(&c.title, 200),
            name(&c.id, 100),
            escape_cut(&c.summary, 1200)
        );
        if !c.fix.is_empty() {
            text.push_str(&format!("\n*Fix:* {}", escape_cut(&c.fix, 1200)));
        }
        out.push(section(text));
    }
    out
}

/// The deployment ids, last.
fn ids_context(s: &Story) -> Value {
    let mut text = format!("Deployment {}", name(&s.id, 200));
    if let Some(r) = s
        .rollback
        .as_ref()
        .filter(|r| !r.id.is_empty() && r.id != s.id)
    {
        text.push_str(&format!(" · rollback {}", name(&r.id, 200)));
    }
    context(text)
}

fn header(text: &str) -> Value {
    json!({"type": "header", "text": {"type": "plain_text", "emoji": false,
        "text": truncate(&plain(text), SLACK_MAX_HEADER)}})
}

fn payload(fallback: &str, mut blocks: Vec<Value>) -> Value {
    blocks.truncate(SLACK_MAX_BLOCKS);
    json!({"text": truncate(&escape(fallback), SLACK_MAX_FALLBACK), "blocks": blocks})
}

/// The Slack app's message of the deployment (posted once, then `chat.update`d in place): the
/// whole story as it stands; the task failures are replies in its thread.
pub fn slack_parent(s: &Story) -> Value {
    let t = title(s);
    let mut blocks = vec![header(&t), json!({"type": "section", "fields": fields(s)})];
    blocks.extend(body_blocks(s));
    if s.failures_total > 0 {
        let more = s.more_failures();
        let line = if more > 0 {
            format!(
                "{} failed task(s): the first {} in the thread, and {more} more.",
                s.failures_total,
                s.failures.len()
            )
        } else {
            format!("{} failed task(s), in the thread.", s.failures_total)
        };
        blocks.push(context(line));
    }
    blocks.push(ids_context(s));
    payload(&t, blocks)
}

/// "`abc123…` stopped: cause" (mrkdwn, escaped).
fn failure_line(f: &TaskFailure) -> String {
    let id: String = f.task_id.chars().take(12).collect();
    let rb = if f.rollback { " (rollback)" } else { "" };
    let at = if f.at > 0 {
        format!(" at {}", clock(f.at))
    } else {
        String::new()
    };
    format!(
        "Task {}{rb} stopped{at}: {}",
        name(&id, 12),
        escape_cut(&f.cause, 1500)
    )
}

/// A thread reply of the parent: one failed task of the deployment.
pub fn slack_reply(s: &Story, f: &TaskFailure) -> Value {
    let text = failure_line(f);
    let fallback = format!("Task {} of {} stopped", f.task_id, s.place.name());
    json!({"text": truncate(&escape(&fallback), SLACK_MAX_FALLBACK), "blocks": [section(text)]})
}

fn webhook_title(s: &Story, kind: WebhookKind) -> String {
    match kind {
        WebhookKind::Slow => format!("Still deploying — {}", s.place.name()),
        WebhookKind::RollbackFailed => format!("Rollback failed — {}", s.place.name()),
        WebhookKind::Ended => title(s),
    }
}

/// The first failed tasks, for a message without a thread. mrkdwn lines.
fn listed_failures(s: &Story) -> Option<String> {
    if s.failures.is_empty() {
        return None;
    }
    let mut lines: Vec<String> = s
        .failures
        .iter()
        .take(LISTED_FAILURES)
        .map(|f| format!("• {}", failure_line(f)))
        .collect();
    let more = s.failures_total.saturating_sub(lines.len() as u64);
    if more > 0 {
        lines.push(format!("_…and {more} more_"));
    }
    Some(format!("*Failed tasks*\n{}", lines.join("\n")))
}

/// A post of a post-only destination (incoming webhook): the story as it stands, with the first
/// failed tasks listed (there is no thread).
pub fn slack_webhook(s: &Story, kind: WebhookKind) -> Value {
    let t = webhook_title(s, kind);
    let mut blocks = vec![header(&t), json!({"type": "section", "fields": fields(s)})];
    blocks.extend(body_blocks(s));
    if let Some(list) = listed_failures(s) {
        blocks.push(section(list));
    }
    blocks.push(ids_context(s));
    payload(&t, blocks)
}

/// The SNS message of a webhook post: an ASCII subject under 100 characters, a plain-text body
/// (or, with `chatbot`, AWS Chatbot's custom notification with every field escaped).
pub fn sns(s: &Story, kind: WebhookKind, chatbot: bool) -> SnsMessage {
    let t = webhook_title(s, kind);
    let rev = revision_line(s).unwrap_or_default();
    let subject = sns_subject(&format!(
        "ECS {}{}",
        t.replace('—', "-"),
        if rev.is_empty() {
            String::new()
        } else {
            format!(" ({})", rev.replace('→', "->"))
        }
    ));
    let who = s
        .initiator
        .as_ref()
        .map(|i| {
            format!(
                "{}{}",
                i.principal,
                i.via
                    .as_deref()
                    .map(|v| format!(" via {v}"))
                    .unwrap_or_default()
            )
        })
        .unwrap_or_else(|| "not known".into());
    let mut lines = vec![
        t.clone(),
        format!("Cluster: {}", s.place.cluster),
        format!("Service: {}", s.place.service),
    ];
    if !rev.is_empty() {
        lines.push(format!("Revision: {rev}"));
    }
    lines.push(format!("Started by: {who}"));
    if let Some(tm) = timing(s) {
        lines.push(format!("Duration: {tm}"));
    }
    if !s.reason.is_empty() {
        lines.push(format!("ECS: {}", s.reason));
    }
    if let Some(r) = s
        .rollback
        .as_ref()
        .filter(|r| !r.reason.is_empty() && r.reason != s.reason)
    {
        lines.push(format!("Rollback: {}", r.reason));
    }
    if let Some(c) = &s.cause {
        lines.push(format!("Cause: {} ({}): {}", c.title, c.id, c.summary));
        if !c.fix.is_empty() {
            lines.push(format!("Fix: {}", c.fix));
        }
    }
    if s.failures_total > 0 {
        lines.push(format!("Failed tasks: {}", s.failures_total));
        for f in s.failures.iter().take(LISTED_FAILURES) {
            lines.push(format!(
                "  {}{}: {}",
                f.task_id,
                if f.rollback { " (rollback)" } else { "" },
                f.cause
            ));
        }
    }
    lines.push(format!("Deployment: {}", s.id));
    let body = if chatbot {
        json!({
            "version": "1.0",
            "source": "custom",
            "id": escape_cut(&s.id, 200),
            "content": {
                "textType": "client-markdown",
                "title": escape_cut(&t, 250),
                "description": escape_cut(&lines[1..].join("\n"), 8000),
                "nextSteps": s.cause.iter().filter(|c| !c.fix.is_empty()).map(|c| escape_cut(&c.fix, 500)).collect::<Vec<_>>(),
            },
            "metadata": {"threadId": escape_cut(&s.id, 200), "summary": escape_cut(&t, 200),
                "eventType": "ecs-autopsy-rollout"},
        })
        .to_string()
    } else {
        // Control characters from AWS text become spaces; lines stay lines.
        let text: String = lines
            .join("\n")
            .chars()
            .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
            .collect();
        if text.len() > SNS_MAX_BODY {
            let mut end = SNS_MAX_BODY;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}\n[truncated]", &text[..end])
        } else {
            text
        }
    };
    let phase = serde_json::to_value(s.phase())
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    SnsMessage {
        subject,
        body,
        attributes: vec![
            ("cluster".into(), attribute_value(&s.place.cluster)),
            ("service".into(), attribute_value(&s.place.service)),
            ("deployment".into(), attribute_value(&phase)),
            (
                "severity".into(),
                match s.phase() {
                    Phase::Failed
                    | Phase::RollingBack
                    | Phase::RolledBack
                    | Phase::RollbackFailed => "error",
                    _ => "info",
                }
                .into(),
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rollout::tests::{ev, failed_story_updates, A, B};
    use crate::rollout::{apply, Cause, Initiator, Place, Story, Update};

    fn story(updates: Vec<Update>) -> Story {
        updates
            .into_iter()
            .fold(Story::new(A), |s, u| apply(Some(s), u))
    }

    /// Every Block Kit limit the repo's Slack sink enforces that these messages can reach.
    fn assert_within_slack_limits(v: &Value) {
        assert!(v["text"].as_str().unwrap().chars().count() <= SLACK_MAX_FALLBACK);
        let blocks = v["blocks"].as_array().unwrap();
        assert!(!blocks.is_empty() && blocks.len() <= SLACK_MAX_BLOCKS);
        for b in blocks {
            match b["type"].as_str().unwrap() {
                "header" => {
                    assert_eq!(b["text"]["type"], "plain_text");
                    assert!(
                        b["text"]["text"].as_str().unwrap().chars().count() <= SLACK_MAX_HEADER
                    );
                }
                "section" => {
                    if let Some(t) = b["text"]["text"].as_str() {
                        assert!(t.chars().count() <= SLACK_MAX_SECTION, "{}", t.len());
                    }
                    if let Some(f) = b["fields"].as_array() {
                        assert!(f.len() <= SLACK_MAX_FIELDS);
                        for x in f {
                            assert!(x["text"].as_str().unwrap().chars().count() <= SLACK_MAX_FIELD);
                        }
                    }
                }
                "context" => {
                    for e in b["elements"].as_array().unwrap() {
                        assert!(e["text"].as_str().unwrap().chars().count() <= SLACK_MAX_SECTION);
                    }
                }
                other => panic!("unexpected block {other}"),
            }
        }
    }

    /// No live Slack control sequence anywhere in the payload's text.
    fn assert_inert(v: &Value) {
        let all = v.to_string();
        for bad in ["<!channel>", "<!here>", "<https://evil", "<@U"] {
            assert!(!all.contains(bad), "{bad} in {all}");
        }
    }

    #[test]
    fn a_failed_rolled_back_deployment_tells_the_whole_story() {
        let s = story(failed_story_updates());
        let p = slack_parent(&s);
        assert_within_slack_limits(&p);
        let text = p.to_string();
        assert!(
            text.contains("Deployment failed, rolled back — prod/api"),
            "{text}"
        );
        assert!(text.contains("api:42 → rolled back to api:41"), "{text}");
        assert!(
            text.contains("`deploy/github-actions` via AWS CLI"),
            "{text}"
        );
        assert!(text.contains("started 00:16 UTC · 6 min"), "{text}");
        assert!(text.contains("tasks failed to start"), "{text}");
        assert!(
            text.contains("*Cause:* Image not found · `image.not_found`"),
            "{text}"
        );
        assert!(text.contains("*Fix:* Push the image"), "{text}");
        assert!(text.contains("2 failed task(s), in the thread."), "{text}");
        let r = slack_reply(&s, &s.failures[0]);
        assert_within_slack_limits(&r);
        assert!(r
            .to_string()
            .contains("Task `a1` stopped at 00:16 UTC: CannotPullContainerError"));
        let w = slack_webhook(&s, WebhookKind::Ended);
        assert_within_slack_limits(&w);
        assert!(w.to_string().contains("*Failed tasks*"));
        let m = sns(&s, WebhookKind::Ended, false);
        assert_eq!(
            m.subject,
            "ECS Deployment failed, rolled back - prod/api (api:42 -> rolled back to api:41)"
        );
        assert!(m.body.contains("Fix: Push the image"));
        assert!(m
            .attributes
            .iter()
            .any(|(k, v)| k == "severity" && v == "error"));
    }

    #[test]
    fn every_phase_has_its_words() {
        let start = || ev(A, "SERVICE_DEPLOYMENT_IN_PROGRESS", "in progress", 1000);
        let cases = [
            (vec![start()], "Deploying — prod/api"),
            (
                vec![start(), ev(A, "SERVICE_DEPLOYMENT_COMPLETED", "done", 1300)],
                "Deployment completed — prod/api",
            ),
            (
                vec![start(), ev(A, "SERVICE_DEPLOYMENT_FAILED", "f", 1300)],
                "Deployment failed — prod/api",
            ),
            (
                vec![
                    start(),
                    ev(
                        B,
                        "SERVICE_DEPLOYMENT_IN_PROGRESS",
                        &format!("rolling back to deploymentId {B}."),
                        1300,
                    ),
                ],
                "Deployment failed, rolling back — prod/api",
            ),
            (
                vec![
                    start(),
                    Update::Superseded {
                        deployment_id: A.into(),
                        by: "ecs-svc/9".into(),
                        at: 1200,
                    },
                ],
                "Deployment replaced by a newer one — prod/api",
            ),
        ];
        for (updates, want) in cases {
            let s = story(updates);
            assert_eq!(title(&s), want);
            let p = slack_parent(&s);
            assert_within_slack_limits(&p);
            assert!(p["blocks"][0]["text"]["text"]
                .as_str()
                .unwrap()
                .starts_with(want.split(" — ").next().unwrap()));
        }
        // In progress, no CloudTrail yet, no rollback: the revision is simply not shown.
        let s = story(vec![start()]);
        let text = slack_parent(&s).to_string();
        assert!(
            text.contains("not known yet") && text.contains("started 00:16 UTC, running"),
            "{text}"
        );
        assert!(slack_webhook(&s, WebhookKind::Slow)
            .to_string()
            .contains("Still deploying — prod/api"));
        // A rollback heard alone.
        let alone = apply(
            None,
            ev(
                B,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                &format!("rolling back to deploymentId {B}."),
                5,
            ),
        );
        assert_eq!(title(&alone), "Rolling back — prod/api");
        assert!(slack_parent(&alone)
            .to_string()
            .contains("rolled back to deployment ecs-svc/6405940160831029548"));
    }

    fn hostile() -> Story {
        let evil = "*bold* <!channel> <https://evil.example|click> & `tick` _it_ \u{7}";
        let mut updates = vec![
            Update::Event(crate::rollout::DeploymentEvent {
                deployment_id: A.into(),
                event_name: "SERVICE_DEPLOYMENT_FAILED".into(),
                reason: format!("{evil} {}", "r".repeat(20_000)),
                at: 1000,
                place: Place {
                    cluster: format!("<!here>{}", "c".repeat(5000)),
                    service: evil.into(),
                    region: "<@U123>".into(),
                    account: "&amp;".into(),
                },
            }),
            Update::Initiator {
                deployment_id: A.into(),
                place: Place::default(),
                initiator: Initiator {
                    principal: format!("{evil}{}", "p".repeat(3000)),
                    revision: Some(format!("{evil}:1")),
                    via: Some("<!channel>".into()),
                    at: 900,
                },
            },
            Update::Cause {
                deployment_id: A.into(),
                cause: Cause {
                    id: evil.into(),
                    title: evil.repeat(50),
                    summary: evil.repeat(500),
                    fix: evil.repeat(500),
                },
            },
            ev(
                B,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                &format!(
                    "rolling back to deploymentId <!channel>{}",
                    "x".repeat(9000)
                ),
                1001,
            ),
        ];
        for i in 0..40 {
            updates.push(Update::TaskFailure {
                deployment_id: A.into(),
                failure: TaskFailure {
                    task_id: format!("<!channel>{i}{}", "t".repeat(300)),
                    cause: evil.repeat(100),
                    at: 1000 + i,
                    rollback: false,
                },
            });
        }
        story(updates)
    }

    #[test]
    fn hostile_text_stays_text_and_everything_stays_within_limits() {
        let s = hostile();
        let p = slack_parent(&s);
        assert_within_slack_limits(&p);
        assert_inert(&p);
        // A service named `*bold*` is shown in a code span: literal, not bold.
        let fields = p["blocks"][1]["fields"].as_array().unwrap();
        let svc = fields[1]["text"].as_str().unwrap();
        assert!(
            svc.starts_with("*Service*\n`*bold* &lt;!channel&gt;"),
            "{svc}"
        );
        assert!(!svc.contains("`tick`"), "{svc}");
        for f in &s.failures {
            let r = slack_reply(&s, f);
            assert_within_slack_limits(&r);
            assert_inert(&r);
        }
        for kind in [
            WebhookKind::Slow,
            WebhookKind::Ended,
            WebhookKind::RollbackFailed,
        ] {
            let w = slack_webhook(&s, kind);
            assert_within_slack_limits(&w);
            assert_inert(&w);
            let m = sns(&s, kind, false);
            assert!(
                m.subject.len() <= 100
                    && m.subject.chars().all(|c| c.is_ascii_graphic() || c == ' '),
                "{}",
                m.subject
            );
            assert!(m.body.len() <= SNS_MAX_BODY + 20);
            assert!(!m.body.contains('\u{7}'));
            assert!(m.attributes.iter().all(|(_, v)| v.chars().count() <= 256));
            let c = sns(&s, kind, true);
            let v: Value = serde_json::from_str(&c.body).unwrap();
            assert_eq!(v["content"]["textType"], "client-markdown");
            assert!(!c.body.contains("<!channel>") && !c.body.contains("<https://evil"));
            assert!(
                v["content"]["description"]
                    .as_str()
                    .unwrap()
                    .chars()
                    .count()
                    <= 8000
            );
        }
    }
}
