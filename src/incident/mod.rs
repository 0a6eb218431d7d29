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

mod culprit;
pub use culprit::{culprit, CulpritRef};

use crate::diagnose::Report;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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
/// How an incident's messages are paced.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    /// At most one follow-up per this many seconds.
    pub followup_secs: i64,
    /// The first follow-up, when another service joined after the first message, comes after
    /// this many seconds instead: a team whose service joins a storm learns it within about a
    /// minute and the sweep's, not after `followup_secs`.
    pub first_followup_secs: i64,
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
        State::Open if i.tasks > i.msg_tasks || i.services.len() as u64 > i.msg_services => {
            let new_service = i.services.len() as u64 > i.msg_services;
            let wait = if new_service && i.msg_kind == Some(MessageKind::Opened) {
                pace.first_followup_secs.min(pace.followup_secs)
            } else {
                pace.followup_secs
            };
            (now - i.msg_at >= wait).then_some(MessageKind::Grown)
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
#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::catalogue::id;
    use crate::diagnose::{Confidence, RootCause};
    use serde_json::json;

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
            status: crate::diagnose::Verdict::Confirmed,
            title: "t".into(),
            summary: summary.into(),
            evidence: evidence.iter().map(|s| s.to_string()).collect(),
            fix: vec![],
            docs: vec![],
            score: 90,
            culprit: None,
        });
        r
    }

    #[test]
    fn the_checks_culprit_is_data_and_wins_over_the_words() {
        // The summary names another route table (a comparison, say): the check's own wins.
        let mut r = report(
            id::NETWORK_NO_ROUTE,
            "unlike rtb-0aaaaaaaaaaaaaaaa, the route table has no default route",
            &[],
        );
        r.root_causes[0].culprit = Some("rtb-0bbbbbbbbbbbbbbbb".into());
        assert_eq!(culprit(&r).id, "rtb-0bbbbbbbbbbbbbbbb");
    }

    #[test]
    fn the_culprit_is_what_the_fix_changes() {
        // The check's culprit, as data.
        let mut r = report(
            id::NETWORK_NO_ROUTE,
            "Subnet … has no route to the ECR API",
            &[],
        );
        r.root_causes[0].culprit = Some("rtb-3373a262596280a12".into());
        assert_eq!(culprit(&r).id, "rtb-3373a262596280a12");
        assert_eq!(culprit(&r).kind, "route_table");
        // One secret, whichever key a task reads.
        let mut r = report(id::SECRET_NOT_FOUND, "The secret … does not exist", &[]);
        r.root_causes[0].culprit = Some(
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:fx23f/db-WfuKuq:password::"
                .into(),
        );
        assert_eq!(
            culprit(&r).id,
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:fx23f/db-WfuKuq"
        );
        // Suspected only (no check named it): the report's facts, never the summary's words.
        let r = report(
            id::NETWORK_NO_ROUTE,
            "unlike rtb-0aaaaaaaaaaaaaaaa, the route table has no default route",
            &["route table rtb-3373a262596280a12"],
        );
        assert_eq!(culprit(&r).id, "rtb-0fallback000000");
        let r = report(
            id::IAM_EXEC_ROLE_ECR,
            "The role exec may not ecr:GetAuthorizationToken",
            &[],
        );
        assert_eq!(culprit(&r).id, "arn:aws:iam::123456789012:role/exec");
        // An image the checks did not name: the service, not a token that looks like one.
        let r = report(
            id::IMAGE_NOT_FOUND,
            "Image fx12f/app:1.0 does not exist",
            &["container app: image 123456789012.dkr.ecr.us-east-1.amazonaws.com/fx12f/app:1.0"],
        );
        assert_eq!(culprit(&r).kind, "service");
        // A bug of the service's own: its task definition, never grouped with another service.
        let r = report(id::CONTAINER_EXIT, "exited 1", &[]);
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
        let r = report(id::NETWORK_NACL, "denied acl-0123456789abcdef0", &[]);
        assert_eq!(culprit(&r).kind, "service");
    }

    #[test]
    fn one_route_table_is_one_incident_across_services_and_per_destination() {
        let mut a = report(id::NETWORK_NO_ROUTE, "x", &[]);
        a.root_causes[0].culprit = Some("rtb-3373a262596280a12".into());
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

    /// An incident of 14 services, with hostile text in its title and fix.
    pub(crate) fn incident() -> Incident {
        Incident {
            key: "incident#k".into(),
            cause: id::NETWORK_NO_ROUTE.into(),
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
        first_followup_secs: 60,
        quiet_secs: 900,
    };

    #[test]
    fn an_incident_owes_its_first_message_then_follow_ups_then_recovery() {
        let mut i = incident();
        i.msg_n = 0;
        assert_eq!(due(&i, 35_000, PACE), Some(MessageKind::Opened));
        i.msg_n = 1;
        // Services joined after the first message: the early first follow-up, after a minute.
        assert_eq!(due(&i, 35_030, PACE), None);
        assert_eq!(due(&i, 35_060, PACE), Some(MessageKind::Grown));
        // After a follow-up, growth waits for the pace.
        i.msg_kind = Some(MessageKind::Grown);
        assert_eq!(due(&i, 35_100, PACE), None);
        assert_eq!(due(&i, 35_300, PACE), Some(MessageKind::Grown));
        // Only more tasks of the same services: the pace, not the early follow-up.
        i.msg_kind = Some(MessageKind::Opened);
        i.msg_services = i.services.len() as u64;
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
}
