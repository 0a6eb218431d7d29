//! What is sent to people: the report plus delivery context, and its Slack (Block Kit) and SNS
//! renderings. Pure: the payloads are built here, sent by `crate::deliver`.
//!
//! Every text that comes from AWS or from a container (error reasons, names, tags, log lines) is
//! escaped before it goes into Slack mrkdwn (`&`, `<`, `>`), so a reason containing `<!channel>`
//! or `<https://evil|click>` shows as text and cannot ping or phish anyone. Slack's limits are
//! kept by truncating: 50 blocks, 150 characters in a header, 3000 in a section, 10 fields.

use crate::diagnose::{Confidence, Report};
use serde::Serialize;
use serde_json::{json, Value};

pub const SLACK_MAX_BLOCKS: usize = 50;
pub const SLACK_MAX_HEADER: usize = 150;
pub const SLACK_MAX_SECTION: usize = 3000;
pub const SLACK_MAX_FIELD: usize = 2000;
pub const SLACK_MAX_FIELDS: usize = 10;
pub const SLACK_MAX_FALLBACK: usize = 3000;
pub const SNS_MAX_SUBJECT: usize = 100;
/// SNS accepts 256 KB; stay well below.
pub const SNS_MAX_BODY: usize = 200 * 1024;
/// Each SNS message attribute value at most (four of them keep a publish far under 256 KB).
pub const SNS_MAX_ATTRIBUTE: usize = 256;

/// How serious a notification is (SNS attribute `severity`, Slack colour of the header emoji).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The task failed and needs a person.
    Error,
    /// Informational: Spot or host loss, usually transient.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Info => "info",
        }
    }
}

/// A report and what delivery adds to it.
#[derive(Debug, Clone)]
pub struct Notification {
    pub report: Report,
    pub severity: Severity,
    /// Earlier failures of the same (cluster, service, cause) suppressed since the last message.
    pub suppressed_repeats: u64,
    /// The incident this failure opened ([`crate::incident::opened_line`]): its culprit and
    /// counts so far. Unescaped.
    pub incident: Option<String>,
    /// A deployment's pre-flight found this ("api (task definition api:42)"): the message says
    /// the deployment will fail, not that a task stopped.
    pub deploying: Option<String>,
    /// The task's account's name (`ACCOUNT_NAMES`), shown beside its id.
    pub account_name: Option<String>,
    /// Last lines of the container's log stream (already redacted).
    pub log_tail: Vec<String>,
    /// The crash recognised in `log_tail` ([`crate::crash`]), if any.
    pub crash: Option<crate::crash::Crash>,
}

impl Notification {
    pub fn new(report: Report) -> Self {
        let severity = match report.root_causes.first().map(|c| c.id.as_str()) {
            Some("infra.spot_or_host" | "expected.stop") => Severity::Info,
            _ => Severity::Error,
        };
        Notification {
            report,
            severity,
            suppressed_repeats: 0,
            incident: None,
            account_name: None,
            deploying: None,
            log_tail: Vec::new(),
            crash: None,
        }
    }

    /// The root cause id, or `other`.
    pub fn cause(&self) -> &str {
        self.report
            .root_causes
            .first()
            .map(|c| c.id.as_str())
            .unwrap_or("other")
    }

    fn headline(&self) -> String {
        self.report
            .root_causes
            .first()
            .map(|c| c.title.clone())
            .unwrap_or_else(|| "ECS task stopped".into())
    }

    pub fn place(&self) -> String {
        let t = &self.report.task;
        match (&t.cluster, &t.service) {
            (Some(c), Some(s)) => format!("{c}/{s}"),
            (Some(c), None) => format!("{c}/{}", t.task_definition.as_deref().unwrap_or("task")),
            _ => "ECS".into(),
        }
    }
}

/// One line about the service event that started the diagnosis, if one did: "ECS Deployment
/// State Change SERVICE_DEPLOYMENT_FAILED: … (rolled back to api:41)". Unescaped.
pub fn service_event_line(r: &Report) -> Option<String> {
    let e = r.service_event.as_ref()?;
    let mut line = format!("{} {}", e.detail_type, e.event_name);
    if let Some(reason) = &e.reason {
        line.push_str(&format!(": {reason}"));
    }
    if let Some(td) = &r.rolled_back_to {
        line.push_str(&format!(" (rolled back to {td})"));
    }
    if let Some(at) = &e.at {
        line.push_str(&format!(", at {at}"));
    }
    Some(line)
}

/// Escapes text for Slack mrkdwn: the three characters Slack's formatting uses.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text for `plain_text` objects (no mrkdwn, no entity decoding): angle brackets become look-alike
/// quotes so that nothing resembles a Slack control sequence, control characters become spaces.
pub fn plain(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '<' => '‹',
            '>' => '›',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// Cuts to at most `max` characters, with an ellipsis when cut, never inside an HTML entity
/// (`&lt;` cut to `&l` would show as text, or worse, pair with what follows).
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    if let Some(amp) = out.rfind('&') {
        let tail = &out[amp + 1..];
        if tail.len() <= 6
            && !tail.contains(';')
            && tail.chars().all(|c| c.is_ascii_alphanumeric() || c == '#')
        {
            out.truncate(amp);
        }
    }
    out.push('…');
    out
}

/// Escapes for Slack mrkdwn and cuts to at most `max` characters of *escaped* text: the cut
/// happens before escaping, one whole character (and its entity) at a time, so no entity is
/// ever split and the result always fits.
pub fn escape_cut(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut len = 0;
    let total: usize = text
        .chars()
        .map(|c| escape(&c.to_string()).chars().count())
        .sum();
    if total <= max {
        return escape(text);
    }
    for c in text.chars() {
        let piece = escape(&c.to_string());
        let n = piece.chars().count();
        if len + n > max.saturating_sub(1) {
            break;
        }
        out.push_str(&piece);
        len += n;
    }
    out.push('…');
    out
}

/// An SNS message attribute value: printable, one line, bounded (long AWS names would otherwise
/// push a publish past SNS's 256 KB, and control characters break consumers' filters).
pub fn attribute_value(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.trim();
    if clean.is_empty() {
        "-".into()
    } else {
        truncate(clean, SNS_MAX_ATTRIBUTE)
    }
}

/// Code inside a code span: no backticks (they would end the span), escaped.
fn code(text: &str) -> String {
    escape(&text.replace('`', "'"))
}

/// What a URL component may carry as is: RFC 3986's unreserved characters. Everything else in
/// an AWS name (`|`, `>`, spaces, `%`) is encoded; `-`, `.`, `_` and `~` stay, so that host names
/// (`us-east-1.console.aws.amazon.com`) and ids (`subnet-0abc`) remain what they are.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes a path or query component of a console URL built from AWS names.
fn url_part(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, COMPONENT).to_string()
}

/// A link that opens `payload` in Slack's Block Kit Builder, so a person sees the message as Slack
/// renders it (`diagnose --format slack --builder-link`, the demo). Nothing is sent anywhere: the
/// payload travels in the URL fragment, which browsers never send to the server.
pub fn block_kit_builder_url(payload: &Value) -> String {
    let blocks = json!({"blocks": payload.get("blocks").cloned().unwrap_or_else(|| json!([]))});
    format!(
        "https://app.slack.com/block-kit-builder#{}",
        percent_encoding::utf8_percent_encode(&blocks.to_string(), COMPONENT)
    )
}

/// Console deep links for the task's resources: `(label, url)`.
pub fn console_links(r: &Report) -> Vec<(String, String)> {
    let t = &r.task;
    // The region becomes a host name: only a region's shape may (never a hostile string).
    let Some(region) = t.region.as_deref().filter(|r| {
        !r.is_empty()
            && r.len() <= 32
            && r.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }) else {
        return Vec::new();
    };
    let base = format!("https://{region}.console.aws.amazon.com");
    let q = format!("region={}", url_part(region));
    let mut links = Vec::new();
    if let (Some(c), Some(task)) = (&t.cluster, &t.task_id) {
        links.push((
            "task".into(),
            format!(
                "{base}/ecs/v2/clusters/{}/tasks/{}/configuration?{q}",
                url_part(c),
                url_part(task)
            ),
        ));
    }
    if let (Some(c), Some(s)) = (&t.cluster, &t.service) {
        links.push((
            "service".into(),
            format!(
                "{base}/ecs/v2/clusters/{}/services/{}/health?{q}",
                url_part(c),
                url_part(s)
            ),
        ));
    }
    if let Some(s) = &t.subnet {
        links.push((
            "subnet".into(),
            format!(
                "{base}/vpcconsole/home?{q}#SubnetDetails:subnetId={}",
                url_part(s)
            ),
        ));
    }
    if let Some(rt) = &t.route_table {
        links.push((
            "route table".into(),
            format!(
                "{base}/vpcconsole/home?{q}#RouteTableDetails:RouteTableId={}",
                url_part(rt)
            ),
        ));
    }
    if let Some(sg) = t.security_groups.first() {
        links.push((
            "security group".into(),
            format!("{base}/ec2/home?{q}#SecurityGroup:groupId={}", url_part(sg)),
        ));
    }
    if let Some(role) = &t.execution_role {
        let name = role.rsplit('/').next().unwrap_or(role);
        links.push((
            "execution role".into(),
            format!(
                "https://console.aws.amazon.com/iam/home#/roles/details/{}",
                url_part(name)
            ),
        ));
    }
    links
}

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
    if let Some(c) = &n.crash {
        blocks.push(section(truncate(
            &format!(
                "*In the log*: {}\n`{}`\n{}",
                escape_cut(&c.summary, 300),
                escape_cut(&c.line.replace('`', "'"), 300),
                escape_cut(&c.fix, 600)
            ),
            SLACK_MAX_SECTION,
        )));
    }
    if !n.log_tail.is_empty() {
        let body = n
            .log_tail
            .iter()
            .map(|l| code(l))
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
            None => format!("ECS task stopped in {}: {}", escape(&n.place()), escape(&n.headline())),
        }, SLACK_MAX_FALLBACK),
        "blocks": blocks,
    })
}

/// An SNS message: subject, plain-text body, and filterable attributes.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct SnsMessage {
    pub subject: String,
    pub body: String,
    pub attributes: Vec<(String, String)>,
}

/// An SNS subject: printable ASCII, one line, at most 100 characters (SNS rejects others).
pub fn sns_subject(text: &str) -> String {
    let ascii: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let one_line = ascii.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = if one_line.len() > SNS_MAX_SUBJECT {
        format!("{}...", &one_line[..SNS_MAX_SUBJECT - 3])
    } else {
        one_line
    };
    if s.is_empty() {
        "ecs-autopsy".into()
    } else {
        s
    }
}

/// The SNS message. With `chatbot`, the body is the AWS Chatbot / Amazon Q Developer custom
/// notification JSON, so a topic can feed a Slack channel without a webhook.
pub fn sns(n: &Notification, chatbot: bool) -> SnsMessage {
    let r = &n.report;
    let subject = sns_subject(&format!(
        "ECS {}: {} - {}",
        n.place(),
        n.cause(),
        n.headline()
    ));
    let body = if chatbot {
        let top = r.root_causes.first();
        json!({
            "version": "1.0",
            "source": "custom",
            "id": r.task.task_arn,
            "content": {
                "textType": "client-markdown",
                // Chatbot renders these fields as Slack markup: every one is escaped like mrkdwn
                // (a container's `<!channel>` or `<https://evil|click>` must stay text).
                "title": escape_cut(&format!("{}: {}", n.place(), n.headline()), 250),
                "description": escape_cut(&format!("{}{}\n\n{}", n.incident.as_deref().map(|l| format!("{l}\n\n")).unwrap_or_default(), top.map(|t| t.summary.as_str()).unwrap_or(""),
                    top.map(|t| t.evidence.iter().map(|e| format!("• {e}")).collect::<Vec<_>>().join("\n")).unwrap_or_default()), 8000),
                "nextSteps": top.map(|t| t.fix.iter().take(5).map(|f| escape_cut(f, 500)).collect::<Vec<_>>()).unwrap_or_default(),
            },
            "metadata": {"threadId": escape_cut(&format!("{}/{}", n.place(), n.cause()), 200), "summary": escape_cut(&n.headline(), 200),
                "eventType": "ecs-autopsy", "relatedResources": [r.task.task_arn]},
        })
        .to_string()
    } else {
        let mut text = crate::render::text(
            r,
            crate::render::Style {
                color: false,
                verbose: false,
            },
        );
        if let Some(line) = &n.incident {
            text = format!("{line}\n\n{text}");
        }
        if n.suppressed_repeats > 0 {
            text.push_str(&format!(
                "\nThe same failure happened {} more time(s) since the last message.\n",
                n.suppressed_repeats
            ));
        }
        if let Some(c) = &n.crash {
            text.push_str(&format!(
                "\nIn the log: {}\n  {}\n  fix: {}\n",
                c.summary, c.line, c.fix
            ));
        }
        if !n.log_tail.is_empty() {
            text.push_str("\nLast log lines\n");
            for l in &n.log_tail {
                text.push_str(&format!("  {l}\n"));
            }
        }
        text
    };
    let body = if body.len() > SNS_MAX_BODY {
        let mut end = SNS_MAX_BODY;
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}\n[truncated]", &body[..end])
    } else {
        body
    };
    let attr = |v: Option<&String>| attribute_value(v.map_or("", String::as_str));
    SnsMessage {
        subject,
        body,
        attributes: vec![
            ("cause".into(), attribute_value(n.cause())),
            ("cluster".into(), attr(r.task.cluster.as_ref())),
            ("service".into(), attr(r.task.service.as_ref())),
            ("severity".into(), n.severity.as_str().into()),
        ],
    }
}

/// Redacts what looks like a credential in a log line: AWS access keys, bearer tokens,
/// `password=`/`secret:`/`token=` assignments, and private keys.
pub fn redact(line: &str) -> String {
    use regex::Regex;
    use std::sync::LazyLock;
    static RULES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
        [
            (r"\b(AKIA|ASIA)[A-Z0-9]{16}\b", "[REDACTED-AWS-KEY]"),
            (r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}", "$1 [REDACTED]"),
            (
                r#"(?i)((?:aws_)?(?:secret|password|passwd|pwd|token|api[_-]?key|access[_-]?key|secret[_-]?key)["']?\s*[:=]\s*)["']?[^\s"',;]+"#,
                "$1[REDACTED]",
            ),
            (r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*", "[REDACTED-PRIVATE-KEY]"),
            (r"\b[A-Za-z0-9/+=]{40}\b", "[REDACTED-40]"),
        ]
        .into_iter()
        .map(|(p, r)| (Regex::new(p).expect("redaction patterns compile"), r))
        .collect()
    });
    let mut out = line.to_string();
    for (re, rep) in RULES.iter() {
        out = re.replace_all(&out, *rep).into_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn console_links_keep_host_names_and_stay_whole() {
        let mut r = crate::diagnose::diagnose(&crate::snapshot::Snapshot::default());
        r.task.region = Some("us-east-1".into());
        r.task.cluster = Some("c".repeat(255));
        r.task.service = Some("s-".repeat(127));
        r.task.task_id = Some("0123456789abcdef".into());
        r.task.subnet = Some("subnet-0abc".into());
        let links = console_links(&r);
        assert!(links
            .iter()
            .all(|(_, u)| u.starts_with("https://us-east-1.console.aws.amazon.com/")));
        assert!(links.iter().all(|(_, u)| !u.contains("%2D")), "{links:?}");
        let payload = slack(&Notification::new(r.clone()));
        let ctx = payload["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["type"] == "context")
            .filter_map(|b| b["elements"][0]["text"].as_str())
            .find(|t| t.contains("console.aws.amazon.com"))
            .expect("a links line");
        assert_eq!(ctx.matches('<').count(), ctx.matches('>').count(), "{ctx}");
        assert!(ctx.chars().count() <= SLACK_MAX_SECTION);
        // A region that is not a region never becomes a host name.
        r.task.region = Some("evil.example/x#".into());
        assert!(console_links(&r).is_empty());
        let url = block_kit_builder_url(&payload);
        assert!(url.starts_with("https://app.slack.com/block-kit-builder#%7B%22blocks%22"));
    }

    #[test]
    fn escaping_defuses_mentions_and_links() {
        assert_eq!(
            escape("<!channel> & <https://evil|click>"),
            "&lt;!channel&gt; &amp; &lt;https://evil|click&gt;"
        );
        assert_eq!(escape("a\u{7}b\nc"), "a b\nc");
        assert_eq!(code("rm `x`"), "rm 'x'");
    }

    #[test]
    fn subjects_are_ascii_one_line_and_short() {
        assert_eq!(sns_subject("a\nb\tc  é"), "a b c");
        assert_eq!(sns_subject(&"x".repeat(300)).len(), 100);
        assert_eq!(sns_subject("\u{1}\u{2}"), "ecs-autopsy");
    }

    #[test]
    fn credentials_are_redacted() {
        let line = "connect with AKIAIOSFODNN7EXAMPLE password=hunter2 Authorization: Bearer abcdefghijklmnop token: \"xyz123456\"";
        let r = redact(line);
        for secret in [
            "AKIAIOSFODNN7EXAMPLE",
            "hunter2",
            "abcdefghijklmnop",
            "xyz123456",
        ] {
            assert!(!r.contains(secret), "{secret} survived: {r}");
        }
        assert_eq!(redact("plain line"), "plain line");
        assert!(redact("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").contains("REDACTED"));
    }

    #[test]
    fn chatbot_custom_notification_shape() {
        let mut snap = crate::snapshot::Snapshot::default();
        snap.task.task_arn = Some("arn:aws:ecs:us-east-1:1:task/c/t".into());
        snap.task.cluster_arn = Some("arn:aws:ecs:us-east-1:1:cluster/prod".into());
        snap.task.stopped_reason = Some("CannotPullContainerError: context canceled".into());
        let n = Notification::new(crate::diagnose::diagnose(&snap));
        let m = sns(&n, true);
        let v: Value = serde_json::from_str(&m.body).expect("the Chatbot body is JSON");
        assert_eq!(v["version"], "1.0");
        assert_eq!(v["source"], "custom");
        assert_eq!(v["content"]["textType"], "client-markdown");
        assert!(v["content"]["title"].as_str().unwrap().starts_with("prod/"));
        assert!(v["content"]["description"].as_str().unwrap().len() <= 8000);
        assert!(v["content"]["nextSteps"].as_array().unwrap().len() <= 5);
        assert_eq!(m.attributes[0].0, "cause");
    }

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate("ééé", 2), "é…");
        assert_eq!(truncate("abc", 3), "abc");
    }
}
