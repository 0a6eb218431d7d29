//! Console deep links for a report's resources, and the Block Kit Builder link of a payload.

use crate::diagnose::Report;
use serde_json::{json, Value};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::slack::{slack, SLACK_MAX_SECTION};
    use crate::render::Notification;

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
}
