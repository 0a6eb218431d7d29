//! The SNS message of a failure: a plain-text body (or AWS Chatbot's custom-notification JSON),
//! an ASCII subject and filterable attributes.

use super::escape::{escape_cut, truncate};
use super::message::Notification;
use serde::Serialize;
use serde_json::json;

pub const SNS_MAX_SUBJECT: usize = 100;
/// SNS accepts 256 KB; stay well below.
pub const SNS_MAX_BODY: usize = 200 * 1024;
/// Each SNS message attribute value at most (four of them keep a publish far under 256 KB).
pub const SNS_MAX_ATTRIBUTE: usize = 256;

/// An SNS message: subject, plain-text body, and filterable attributes.
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
        let mut text = super::terminal::text(
            r,
            super::terminal::Style {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn subjects_are_ascii_one_line_and_short() {
        assert_eq!(sns_subject("a\nb\tc  é"), "a b c");
        assert_eq!(sns_subject(&"x".repeat(300)).len(), 100);
        assert_eq!(sns_subject("\u{1}\u{2}"), "ecs-autopsy");
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
}
