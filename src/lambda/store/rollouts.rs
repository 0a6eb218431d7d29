//! Deployment stories in DynamoDB (the dedup table): the story, what each destination received,
//! and a lease so that one copy of the function sends. What a story is, what is due and what the
//! messages say is pure (`crate::rollout`, `crate::render::rollout`); this file stores and sends.
//!
//! Items (all with `expires_at`, 14 days after the last change):
//! - `rollout#ACCOUNT#REGION#DEPLOYMENT`: `story` (JSON), `sent` (JSON: destination → what it
//!   received), `dests` (the destinations, as stored strings), `ver` (bumped by every change of
//!   the story), `lease`;
//! - `rolloutsvc#ACCOUNT#REGION#CLUSTER#SERVICE` → `deployment`: the service's latest deployment
//!   that is not a rollback (a rollback's events name the deployment rolled back to, never the
//!   one that failed, so they are routed through this);
//! - `rollback#ACCOUNT#REGION#ID` → `story`: the story a rollback deployment's later events and
//!   tasks belong to;
//! - `open#rollouts` → `members`: the stories a post-only destination still owes a timed post
//!   ("still deploying", an end post waiting for its initiator), for the scheduled sweep.

use super::{conditional_failed, ddb_err, get_n, n, read, s, Item};
use crate::lambda::Deps;
use crate::notify::{self, Delivery, Destination};
use crate::render::rollout as render;
use crate::rollout::{self, Mode, Send, Sent, Story};
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue};
use std::collections::{BTreeMap, BTreeSet};
use tokio::time::Instant;

/// How long a story is kept after its last change.
const KEEP_SECS: i64 = 14 * 86_400;
/// How long one copy may hold a story's lease (a crashed copy's runs out).
const LEASE_SECS: i64 = 60;
const OPEN: &str = "open#rollouts";

fn get_s(item: &Item, k: &str) -> Option<String> {
    item.get(k).and_then(|v| v.as_s().ok()).cloned()
}

/// A stored story, what its destinations received and its destinations.
struct Stored {
    story: Option<Story>,
    sent: BTreeMap<String, Sent>,
    dests: BTreeSet<String>,
    ver: i64,
}

fn parse(item: Option<&Item>) -> Stored {
    let json = |k: &str| item.and_then(|i| get_s(i, k));
    Stored {
        story: json("story").and_then(|j| serde_json::from_str(&j).ok()),
        sent: json("sent")
            .and_then(|j| serde_json::from_str(&j).ok())
            .unwrap_or_default(),
        dests: json("dests")
            .and_then(|j| serde_json::from_str(&j).ok())
            .unwrap_or_default(),
        ver: item.map_or(0, |i| get_n(i, "ver")),
    }
}

/// A one-value item (`rolloutsvc#…`, `rollback#…`): its value.
pub(crate) async fn pointer(deps: &Deps, table: &str, key: &str) -> Result<Option<String>, String> {
    Ok(read(deps, table, key, "rollout read")
        .await?
        .and_then(|i| get_s(&i, "to"))
        .filter(|v| !v.is_empty()))
}

pub(crate) async fn set_pointer(
    deps: &Deps,
    table: &str,
    key: &str,
    to: &str,
    now: i64,
) -> Result<(), String> {
    deps.dynamodb
        .put_item()
        .table_name(table)
        .item("pk", s(key))
        .item("to", s(to))
        .item("expires_at", n(now + KEEP_SECS))
        .send()
        .await
        .map(|_| ())
        .map_err(|e| ddb_err("rollout pointer", &e))
}

/// Changes the story at `key` with `change` (given the stored story, or `None`; it returns the
/// new story, or `None` to leave it as it is) and adds `dests` to its destinations. One
/// conditional write on the story's version: concurrent copies each apply their update to what
/// the other wrote. Returns whether the story was written.
pub(crate) async fn change(
    deps: &Deps,
    table: &str,
    key: &str,
    dests: &[Destination],
    now: i64,
    mut change: impl FnMut(Option<Story>) -> Option<Story>,
) -> Result<bool, String> {
    for _ in 0..5 {
        let stored = parse(read(deps, table, key, "rollout read").await?.as_ref());
        let before = stored.story.clone();
        let Some(story) = change(stored.story) else {
            return Ok(false);
        };
        let mut all = stored.dests.clone();
        all.extend(dests.iter().map(Destination::to_string));
        if before.as_ref() == Some(&story) && all == stored.dests {
            return Ok(false);
        }
        let r = deps
            .dynamodb
            .update_item()
            .table_name(table)
            .key("pk", s(key))
            .update_expression("SET story = :s, dests = :d, ver = :v1, expires_at = :e")
            .condition_expression("attribute_not_exists(pk) OR ver = :v0")
            .expression_attribute_values(":s", s(serde_json::to_string(&story).unwrap_or_default()))
            .expression_attribute_values(":d", s(serde_json::to_string(&all).unwrap_or_default()))
            .expression_attribute_values(":v0", n(stored.ver))
            .expression_attribute_values(":v1", n(stored.ver + 1))
            .expression_attribute_values(":e", n(now + KEEP_SECS))
            .send()
            .await;
        match r {
            Ok(_) => return Ok(true),
            Err(e) if conditional_failed(&e) => continue,
            Err(e) => return Err(ddb_err("rollout write", &e)),
        }
    }
    Err(format!(
        "{key}: changed by other copies five times in a row"
    ))
}

/// A destination's way of showing a story: a Slack app edits its message, the others only post.
fn mode(d: &Destination) -> Mode {
    match d {
        Destination::SlackApp { .. } => Mode::App,
        Destination::SlackWebhook { .. } | Destination::Sns { .. } => Mode::Webhook,
    }
}

/// Sends what the story at `key` owes its destinations, under its lease. A destination that
/// fails keeps what it is owed (the next update of the story, the event's retry or the sweep
/// sends it). When the story changed while this copy sent, it looks again (the copy that
/// changed it found the lease taken and left the sending to this one).
pub(crate) async fn deliver(
    deps: &Deps,
    table: &str,
    key: &str,
    deadline: Instant,
) -> Result<Vec<Delivery>, String> {
    let mut deliveries = Vec::new();
    for _ in 0..3 {
        let now = super::incidents::now_secs();
        let leased = deps
            .dynamodb
            .update_item()
            .table_name(table)
            .key("pk", s(key))
            .update_expression("SET lease = :until")
            .condition_expression(
                "attribute_exists(story) AND (attribute_not_exists(lease) OR lease < :now)",
            )
            .expression_attribute_values(":now", n(now))
            .expression_attribute_values(":until", n(now + LEASE_SECS))
            .return_values(ReturnValue::AllNew)
            .send()
            .await;
        let item = match leased {
            Ok(out) => out.attributes().cloned(),
            Err(e) if conditional_failed(&e) => return Ok(deliveries),
            Err(e) => return Err(ddb_err("rollout lease", &e)),
        };
        let Stored {
            story,
            mut sent,
            dests,
            ver,
        } = parse(item.as_ref());
        let Some(story) = story else {
            return Ok(deliveries);
        };
        let mut wake: Option<i64> = None;
        for d in &dests {
            let Ok(destination) = d.parse::<Destination>() else {
                continue;
            };
            let sent_d = sent.entry(d.clone()).or_default();
            let sends = rollout::due_expecting(
                &story,
                sent_d,
                mode(&destination),
                now,
                deps.config.deployment_calls,
            );
            for send in sends {
                let (delivery, ts) =
                    send_one(deps, &destination, &story, &send, sent_d, deadline).await;
                let ok = delivery.ok;
                deliveries.push(delivery);
                if !ok {
                    // The rest (a reply before its parent) waits for the next try.
                    break;
                }
                rollout::mark(sent_d, &story, &send, ts.as_deref());
            }
            if let Some(at) = rollout::wake_at(&story, sent_d, mode(&destination)) {
                wake = Some(wake.map_or(at, |w| w.min(at)));
            }
        }
        let released = deps
            .dynamodb
            .update_item()
            .table_name(table)
            .key("pk", s(key))
            .update_expression("SET sent = :sent, lease = :zero")
            .condition_expression("lease = :until")
            .expression_attribute_values(
                ":sent",
                s(serde_json::to_string(&sent).unwrap_or_default()),
            )
            .expression_attribute_values(":zero", n(0))
            .expression_attribute_values(":until", n(now + LEASE_SECS))
            .return_values(ReturnValue::AllNew)
            .send()
            .await
            .map_err(|e| ddb_err("rollout release", &e))?;
        // A timed post still to come: the sweep looks at the story.
        let index = if wake.is_some() { "ADD" } else { "DELETE" };
        let _ = deps
            .dynamodb
            .update_item()
            .table_name(table)
            .key("pk", s(OPEN))
            .update_expression(format!("{index} members :k"))
            .expression_attribute_values(":k", AttributeValue::Ss(vec![key.to_string()]))
            .send()
            .await;
        let now_ver = released.attributes().map_or(ver, |i| get_n(i, "ver"));
        if now_ver == ver || Instant::now() >= deadline {
            break;
        }
    }
    Ok(deliveries)
}

/// Sends one message of a story; the parent's `ts` when one was posted.
async fn send_one(
    deps: &Deps,
    destination: &Destination,
    story: &Story,
    send: &Send,
    sent: &Sent,
    deadline: Instant,
) -> (Delivery, Option<String>) {
    let parent_ts = sent.parent_ts.as_deref().unwrap_or_default();
    match send {
        Send::PostParent => {
            let payload = render::slack_parent(story);
            let message = notify::Message {
                slack: Some(&payload),
                sns: None,
                parent: None,
            };
            deps.send(destination, &message, deadline).await
        }
        Send::UpdateParent => {
            let payload = render::slack_parent(story);
            let r = deps
                .update_in_place(destination, parent_ts, &payload, deadline)
                .await;
            (Delivery::of(destination, r), None)
        }
        Send::ThreadReply(failure) => {
            let payload = render::slack_reply(story, failure);
            let message = notify::Message {
                slack: Some(&payload),
                sns: None,
                parent: Some((parent_ts, None)),
            };
            let (delivery, _) = deps.send(destination, &message, deadline).await;
            (delivery, None)
        }
        Send::WebhookPost(kind) => {
            let slack = render::slack_webhook(story, *kind);
            let sns = render::sns(story, *kind, deps.config.chatbot_format);
            let message = notify::Message {
                slack: Some(&slack),
                sns: Some(&sns),
                parent: None,
            };
            let (delivery, _) = deps.send(destination, &message, deadline).await;
            (delivery, None)
        }
    }
}

/// The scheduled sweep's part: every story with a timed post still to come gets it when due.
pub(crate) async fn sweep(
    deps: &Deps,
    table: &str,
    deadline: Instant,
) -> Result<Vec<Delivery>, String> {
    let keys = read(deps, table, OPEN, "rollout read")
        .await?
        .and_then(|i| i.get("members").and_then(|v| v.as_ss().ok()).cloned())
        .unwrap_or_default();
    let mut deliveries = Vec::new();
    for key in keys {
        if Instant::now() >= deadline {
            break;
        }
        deliveries.extend(deliver(deps, table, &key, deadline).await?);
    }
    Ok(deliveries)
}
