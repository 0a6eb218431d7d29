//! The incidents' state in DynamoDB (the dedup table): join or open, lease a message, record
//! who received it, recover, sweep. Which message is due and what it says is pure
//! (`crate::incident`); this file only stores and delivers.
//!
//! Items (all with `expires_at`, the table's TTL):
//! - `incident#…`: one incident (counts, services, the message claims, who received what, its
//!   destinations and its first message, rendered when it opened);
//! - `hint#SERVICE#FINGERPRINT` → the incident a service's failure of that shape joined, so the
//!   storm's repeats join without a new gather (30 read calls each);
//! - `svcinc#SERVICE` → the incidents a service is in, for its recovery;
//! - `open#incidents` → the open incidents, for the scheduled sweep.
//!
//! Every change is one conditional write, so four concurrent copies agree: one opens an
//! incident, one holds the lease of a message, and a retry never counts a task twice.

use super::{conditional_failed, ddb_err, n, read, s, Item};
use crate::incident::{self, CulpritRef, Incident, MessageKind, Pace, State};
use crate::lambda::Deps;
use crate::notify::{self, Delivery, Destination};
use crate::render::incident as render;
use crate::render::sns::SnsMessage;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::time::Instant;

pub(crate) fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// An incident's item. Each field is the DynamoDB attribute of the same name (`serde_dynamo`
/// turns one into the other), so the update and condition expressions below speak of these
/// fields. Absent attributes read as their defaults; attributes only updates write (`lease`)
/// are not fields.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct IncidentItem {
    pk: String,
    cause: String,
    /// The culprit's kind and id.
    ckind: String,
    cid: String,
    title: String,
    summary: String,
    fixes: Vec<String>,
    phase: State,
    /// Epoch seconds: opened, the last failure, recovered.
    opened: i64,
    seen: i64,
    healed_at: i64,
    ntasks: u64,
    /// Service → its stopped tasks.
    svc: BTreeMap<String, u64>,
    /// The services that ran again: a string set, because `join` removes one with `DELETE`
    /// (DynamoDB stores no empty set, so an empty one is not written).
    #[serde(
        with = "serde_dynamo::string_set",
        skip_serializing_if = "BTreeSet::is_empty"
    )]
    healed: BTreeSet<String>,
    /// The messages claimed so far; the last one's kind, time and counts.
    msg_n: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    msg_kind: Option<MessageKind>,
    msg_at: i64,
    msg_tasks: u64,
    msg_svcs: u64,
    /// Destination → the last message number it received, and a Slack app's first message id.
    done: BTreeMap<String, u64>,
    ts: HashMap<String, String>,
    /// The destinations, and the first message rendered when the incident opened (JSON).
    dests: Vec<String>,
    first_slack: String,
    first_sns: String,
    expires_at: i64,
}

impl IncidentItem {
    fn read(item: &Item) -> Result<Self, String> {
        serde_dynamo::from_item(item.clone()).map_err(|e| format!("incident item: {e}"))
    }

    fn incident(&self) -> Incident {
        Incident {
            key: self.pk.clone(),
            cause: self.cause.clone(),
            culprit: CulpritRef {
                kind: self.ckind.clone(),
                id: self.cid.clone(),
            },
            title: self.title.clone(),
            summary: self.summary.clone(),
            fix: self.fixes.clone(),
            state: self.phase,
            opened_at: self.opened,
            last_seen: self.seen,
            recovered_at: self.healed_at,
            tasks: self.ntasks,
            services: self.svc.clone(),
            recovered: self.healed.clone(),
            msg_n: self.msg_n,
            msg_kind: self.msg_kind,
            msg_at: self.msg_at,
            msg_tasks: self.msg_tasks,
            msg_services: self.msg_svcs,
            done: self.done.clone(),
        }
    }
}

/// A `hint#…` item: the incident a service's failure of one shape joined, and when.
#[derive(Deserialize)]
struct HintItem {
    ikey: String,
    seen: i64,
}

/// An incident from its item.
fn parse(item: &Item) -> Result<Incident, String> {
    IncidentItem::read(item).map(|i| i.incident())
}

fn kind_str(k: MessageKind) -> &'static str {
    match k {
        MessageKind::Opened => "opened",
        MessageKind::Grown => "grown",
        MessageKind::Recovered => "recovered",
    }
}

/// A failure, as it joins an incident.
pub(crate) struct Failure<'a> {
    pub key: &'a str,
    pub service: &'a str,
    pub fingerprint: &'a str,
}

/// Counts one more failure of `f.service` in the open incident `f.key`, if it is open and not
/// quiet: `Ok(None)` when there is no such incident.
pub(crate) async fn join(
    deps: &Deps,
    table: &str,
    f: &Failure<'_>,
) -> Result<Option<Incident>, String> {
    let now = now_secs();
    let quiet = deps.config.dedup_window.as_secs() as i64;
    let r = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", s(f.key))
        .update_expression(
            "SET seen = :now, svc.#s = if_not_exists(svc.#s, :zero) + :one, expires_at = :exp \
             ADD ntasks :one DELETE healed :ss",
        )
        .condition_expression("attribute_exists(pk) AND phase = :open AND seen > :cutoff")
        .expression_attribute_names("#s", f.service)
        .expression_attribute_values(":now", n(now))
        .expression_attribute_values(":zero", n(0))
        .expression_attribute_values(":one", n(1))
        .expression_attribute_values(":exp", n(now + 7 * 86_400))
        .expression_attribute_values(":ss", AttributeValue::Ss(vec![f.service.to_string()]))
        .expression_attribute_values(":open", s("open"))
        .expression_attribute_values(":cutoff", n(now - quiet))
        .return_values(ReturnValue::AllNew)
        .send()
        .await;
    match r {
        Ok(out) => out.attributes().map(parse).transpose(),
        Err(e) if conditional_failed(&e) => Ok(None),
        Err(e) => Err(ddb_err("incident join", &e)),
    }
}

/// What an incident's first message is, rendered when it opens (so the sweep, or any copy,
/// can send it later without the first task's diagnosis).
pub(crate) struct Opening<'a> {
    pub incident: &'a Incident,
    pub destinations: &'a [String],
    pub first_slack: &'a Value,
    pub first_sns: &'a SnsMessage,
}

/// Opens the incident, unless another copy just did (`Ok(false)`: join it instead). A recovered
/// or quiet incident of the same key is replaced by the new one.
pub(crate) async fn open(deps: &Deps, table: &str, o: &Opening<'_>) -> Result<bool, String> {
    let i = o.incident;
    let now = now_secs();
    let quiet = deps.config.dedup_window.as_secs() as i64;
    let item = IncidentItem {
        pk: i.key.clone(),
        cause: i.cause.clone(),
        ckind: i.culprit.kind.clone(),
        cid: i.culprit.id.clone(),
        title: i.title.clone(),
        summary: i.summary.clone(),
        fixes: i.fix.clone(),
        phase: State::Open,
        opened: i.opened_at,
        seen: now,
        ntasks: i.tasks,
        svc: i.services.clone(),
        dests: o.destinations.to_vec(),
        first_slack: o.first_slack.to_string(),
        first_sns: serde_json::to_string(o.first_sns).unwrap_or_default(),
        expires_at: now + 7 * 86_400,
        ..IncidentItem::default()
    };
    let item: Item =
        serde_dynamo::to_item(item).map_err(|e| format!("incident open: the item: {e}"))?;
    let r = deps
        .dynamodb
        .put_item()
        .table_name(table)
        .set_item(Some(item))
        .condition_expression("attribute_not_exists(pk) OR phase = :recovered OR seen <= :cutoff")
        .expression_attribute_values(":recovered", s("recovered"))
        .expression_attribute_values(":cutoff", n(now - quiet))
        .send()
        .await;
    match r {
        Ok(_) => {
            // The sweep's list; best effort (an incident missing there is still followed by
            // its next failure and its recovery).
            let _ = deps
                .dynamodb
                .update_item()
                .table_name(table)
                .key("pk", s("open#incidents"))
                .update_expression("ADD members :k")
                .expression_attribute_values(":k", AttributeValue::Ss(vec![i.key.clone()]))
                .send()
                .await;
            Ok(true)
        }
        Err(e) if conditional_failed(&e) => Ok(false),
        Err(e) => Err(ddb_err("incident open", &e)),
    }
}

/// Remembers which incident a service's failure of this shape joined, and that the service is
/// in it (for its recovery). Best effort: without them, the next failure gathers again.
pub(crate) async fn remember(deps: &Deps, table: &str, f: &Failure<'_>) {
    let now = now_secs();
    let hint = deps
        .dynamodb
        .put_item()
        .table_name(table)
        .item("pk", s(format!("hint#{}#{}", f.service, f.fingerprint)))
        .item("ikey", s(f.key))
        .item("seen", n(now))
        .item("expires_at", n(now + 86_400))
        .send();
    let member = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", s(format!("svcinc#{}", f.service)))
        .update_expression("ADD members :k SET expires_at = :exp")
        .expression_attribute_values(":k", AttributeValue::Ss(vec![f.key.to_string()]))
        .expression_attribute_values(":exp", n(now + 7 * 86_400))
        .send();
    let (a, b) = tokio::join!(hint, member);
    if a.is_err() || b.is_err() {
        tracing::warn!("could not record the incident's hint or membership");
    }
}

/// The incident a failure of this shape of this service joined recently, if any.
pub(crate) async fn hinted(
    deps: &Deps,
    table: &str,
    service: &str,
    fingerprint: &str,
) -> Option<String> {
    let out = deps
        .dynamodb
        .get_item()
        .table_name(table)
        .key("pk", s(format!("hint#{service}#{fingerprint}")))
        .send()
        .await
        .ok()?;
    let hint: HintItem = serde_dynamo::from_item(out.item()?.clone()).ok()?;
    let quiet = deps.config.dedup_window.as_secs() as i64;
    (hint.seen > now_secs() - quiet).then_some(hint.ikey)
}

/// The incident keys an index item lists (`svcinc#…`, `open#incidents`).
async fn members(deps: &Deps, table: &str, key: &str) -> Result<Vec<String>, String> {
    Ok(read(deps, table, key, "incident read")
        .await?
        .and_then(|item| item.get("members").and_then(|v| v.as_ss().ok()).cloned())
        .unwrap_or_default())
}

/// The pace of the function's incidents.
pub(crate) fn pace(deps: &Deps) -> Pace {
    Pace {
        followup_secs: deps.config.incident_followup.as_secs() as i64,
        first_followup_secs: deps.config.incident_first_followup.as_secs() as i64,
        quiet_secs: deps.config.dedup_window.as_secs() as i64,
    }
}

/// What a flush did.
pub(crate) struct Flushed {
    pub kind: Option<MessageKind>,
    pub deliveries: Vec<Delivery>,
}

/// Sends the message the incident owes, if one is due and no other copy holds its lease: a
/// new message to every destination, or the last one to those that have not had it. Records
/// who received it; a failed destination stays owed (the next failure, the event's retry or
/// the sweep sends it), and the caller fails the invocation.
pub(crate) async fn flush(
    deps: &Deps,
    table: &str,
    key: &str,
    deadline: Instant,
) -> Result<Flushed, String> {
    let Some(item) = read(deps, table, key, "incident read").await? else {
        return Ok(Flushed {
            kind: None,
            deliveries: Vec::new(),
        });
    };
    let stored = IncidentItem::read(&item)?;
    let i = stored.incident();
    let now = now_secs();
    let destinations = &stored.dests;
    let due = incident::due(&i, now, pace(deps));
    let owed_before = incident::owed(&i, destinations);
    if due.is_none() && owed_before.is_empty() {
        return Ok(Flushed {
            kind: None,
            deliveries: Vec::new(),
        });
    }
    // The lease: one copy sends; a crashed copy's lease runs out after 60 s.
    let mut req = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", s(key))
        .condition_expression("(attribute_not_exists(lease) OR lease < :now) AND msg_n = :n0")
        .expression_attribute_values(":now", n(now))
        .expression_attribute_values(":until", n(now + 60))
        .expression_attribute_values(":n0", n(i.msg_n));
    req = match due {
        Some(k) => req
            .update_expression(
                "SET lease = :until, msg_n = :n1, msg_kind = :k, msg_at = :now, msg_tasks = :t, msg_svcs = :sv",
            )
            .expression_attribute_values(":n1", n(i.msg_n + 1))
            .expression_attribute_values(":k", s(kind_str(k)))
            .expression_attribute_values(":t", n(i.tasks))
            .expression_attribute_values(":sv", n(i.services.len())),
        None => req.update_expression("SET lease = :until"),
    };
    // What the incident holds now, under the lease: another copy may have delivered the owed
    // message between our read and our lease, so what is owed is decided on this state.
    let leased = match req.return_values(ReturnValue::AllNew).send().await {
        Ok(out) => out.attributes().map(parse).transpose()?.unwrap_or_default(),
        Err(e) if conditional_failed(&e) => {
            return Ok(Flushed {
                kind: None,
                deliveries: Vec::new(),
            })
        }
        Err(e) => return Err(ddb_err("incident lease", &e)),
    };
    let (kind, number, targets): (MessageKind, u64, Vec<String>) = match due {
        Some(k) => (k, i.msg_n + 1, destinations.clone()),
        None => (
            i.msg_kind.unwrap_or(MessageKind::Opened),
            i.msg_n,
            incident::owed(&leased, destinations)
                .into_iter()
                .cloned()
                .collect(),
        ),
    };
    if targets.is_empty() {
        release(deps, table, key).await;
        return Ok(Flushed {
            kind: None,
            deliveries: Vec::new(),
        });
    }
    let (slack_payload, sns_message) = match kind {
        MessageKind::Opened => (
            serde_json::from_str::<Value>(&stored.first_slack).ok(),
            serde_json::from_str::<SnsMessage>(&stored.first_sns).ok(),
        ),
        k => (
            Some(render::slack(&i, k, now)),
            Some(render::sns(&i, k, now, deps.config.chatbot_format)),
        ),
    };
    let parents = &stored.ts;
    let first_slack = serde_json::from_str::<Value>(&stored.first_slack).ok();
    let sends = targets.iter().map(|d| {
        let (slack_payload, sns_message) = (&slack_payload, &sns_message);
        let (first_slack, leased) = (&first_slack, &leased);
        async move {
            let destination: Destination = match d.parse() {
                Ok(destination) => destination,
                Err(e) => {
                    let why = notify::SendError::Destination(e.to_string());
                    return (failed("unknown", d, why), None);
                }
            };
            // A Slack app's later message updates the first in place and goes into its thread.
            let parent = match (&destination, parents.get(d.as_str()), first_slack) {
                (Destination::SlackApp { .. }, Some(ts), Some(first))
                    if kind != MessageKind::Opened =>
                {
                    Some((
                        ts.as_str(),
                        Some(render::live_parent(first, leased, kind, now)),
                    ))
                }
                _ => None,
            };
            let message = notify::Message {
                slack: slack_payload.as_ref(),
                sns: sns_message.as_ref(),
                parent,
            };
            deps.send(&destination, &message, deadline).await
        }
    });
    let answers: Vec<(Delivery, Option<String>)> = futures::future::join_all(sends).await;
    let deliveries: Vec<Delivery> = answers.iter().map(|(d, _)| d.clone()).collect();
    // Record who has message `number` (and a bot message's id, for its updates), and give the
    // lease back.
    let mut names = HashMap::new();
    let mut sets = Vec::new();
    let mut values = HashMap::new();
    for (idx, (d, (r, ts))) in targets.iter().zip(&answers).enumerate() {
        if r.ok {
            names.insert(format!("#d{idx}"), d.clone());
            sets.push(format!("done.#d{idx} = :num"));
            if let Some(ts) = ts {
                sets.push(format!("ts.#d{idx} = :ts{idx}"));
                values.insert(format!(":ts{idx}"), s(ts.as_str()));
            }
        }
    }
    let expr = if sets.is_empty() {
        "REMOVE lease".to_string()
    } else {
        format!("SET {} REMOVE lease", sets.join(", "))
    };
    let mut rec = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", s(key))
        .update_expression(expr)
        .set_expression_attribute_names((!names.is_empty()).then_some(names));
    if !sets.is_empty() {
        values.insert(":num".into(), n(number));
        rec = rec.set_expression_attribute_values(Some(values));
    }
    if let Err(e) = rec.send().await {
        tracing::warn!(error = %ddb_err("incident record", &e), "could not record the delivery: the lease runs out and the message may be sent again");
    }
    for d in &deliveries {
        if d.ok {
            tracing::info!(kind = d.kind, target = %d.target, message = kind_str(kind), incident = %key, "delivered");
        } else {
            tracing::error!(kind = d.kind, target = %d.target, message = kind_str(kind), incident = %key, error = %d.error.as_ref().map(|e| e.to_string()).unwrap_or_default(), "delivery failed");
        }
    }
    Ok(Flushed {
        kind: Some(kind),
        deliveries,
    })
}

/// Gives a lease back unused.
async fn release(deps: &Deps, table: &str, key: &str) {
    let _ = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", s(key))
        .update_expression("REMOVE lease")
        .send()
        .await;
}

fn failed(kind: &'static str, target: &str, why: notify::SendError) -> Delivery {
    Delivery {
        kind,
        target: target.to_string(),
        ok: false,
        error: Some(why),
    }
}

/// A service runs again: it leaves every incident it is in, and an incident all of whose
/// services run again is recovered (its "recovered" message is then due). Returns the keys of
/// the incidents this recovered.
pub(crate) async fn recover(
    deps: &Deps,
    table: &str,
    service: &str,
) -> Result<Vec<String>, String> {
    let keys = members(deps, table, &format!("svcinc#{service}")).await?;
    let now = now_secs();
    let mut recovered = Vec::new();
    for key in keys {
        let r = deps
            .dynamodb
            .update_item()
            .table_name(table)
            .key("pk", s(&key))
            .update_expression("ADD healed :ss")
            .condition_expression("attribute_exists(pk) AND phase = :open")
            .expression_attribute_values(":ss", AttributeValue::Ss(vec![service.to_string()]))
            .expression_attribute_values(":open", s("open"))
            .return_values(ReturnValue::AllNew)
            .send()
            .await;
        let i = match r {
            Ok(out) => match out.attributes() {
                Some(a) => parse(a)?,
                None => continue,
            },
            Err(e) if conditional_failed(&e) => continue,
            Err(e) => return Err(ddb_err("incident recovery", &e)),
        };
        if !incident::all_recovered(&i) {
            continue;
        }
        // One copy closes it (and so owes the "recovered" message).
        let closed = deps
            .dynamodb
            .update_item()
            .table_name(table)
            .key("pk", s(&key))
            .update_expression("SET phase = :recovered, healed_at = :now")
            .condition_expression("phase = :open")
            .expression_attribute_values(":recovered", s("recovered"))
            .expression_attribute_values(":open", s("open"))
            .expression_attribute_values(":now", n(now))
            .send()
            .await;
        match closed {
            Ok(_) => recovered.push(key),
            Err(e) if conditional_failed(&e) => {}
            Err(e) => return Err(ddb_err("incident recovery", &e)),
        }
    }
    Ok(recovered)
}

/// The scheduled sweep: every open incident gets what it owes (a follow-up that no later
/// failure triggered, a message a Slack outage held back); incidents that stayed quiet and
/// recovered incidents whose messages all arrived leave the list. Returns every delivery.
pub(crate) async fn sweep(
    deps: &Deps,
    table: &str,
    deadline: Instant,
) -> Result<Vec<Delivery>, String> {
    let keys = members(deps, table, "open#incidents").await?;
    let mut deliveries = Vec::new();
    let mut gone = Vec::new();
    let now = now_secs();
    let quiet = deps.config.dedup_window.as_secs() as i64;
    for key in keys {
        let flushed = flush(deps, table, &key, deadline).await?;
        deliveries.extend(flushed.deliveries);
        let Some(item) = read(deps, table, &key, "incident read").await? else {
            gone.push(key);
            continue;
        };
        let stored = IncidentItem::read(&item)?;
        let i = stored.incident();
        let settled = incident::owed(&i, &stored.dests).is_empty()
            && incident::due(&i, now, pace(deps)).is_none();
        let over = i.state == State::Recovered || now - i.last_seen > quiet;
        if settled && over {
            gone.push(key);
        }
    }
    if !gone.is_empty() {
        let _ = deps
            .dynamodb
            .update_item()
            .table_name(table)
            .key("pk", s("open#incidents"))
            .update_expression("DELETE members :k")
            .expression_attribute_values(":k", AttributeValue::Ss(gone))
            .send()
            .await;
    }
    Ok(deliveries)
}

/// How long a flush may take: what the invocation has left, minus a margin to answer.
pub(crate) fn deadline(remaining: Duration) -> Instant {
    Instant::now() + remaining.saturating_sub(Duration::from_millis(500))
}
