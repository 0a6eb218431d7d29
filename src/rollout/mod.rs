//! The rollout in Slack and SNS: one short story per ECS service deployment.
//!
//! `ECS Deployment State Change` events say that a deployment (`ecs-svc/…`) is in progress,
//! completed or failed; CloudTrail's `CreateService`/`UpdateService` says who started it and with
//! which task definition; the diagnosis says why it failed; task events (`startedBy` = the
//! deployment id) are its failed tasks. A [`Story`] gathers them, keyed by deployment id, and
//! [`due`] says what each destination is owed now. Pure: the Lambda stores the story (JSON in
//! DynamoDB), applies what arrives ([`apply`]), sends what [`due`] lists and records it
//! ([`mark`]).
//!
//! What ECS sends (<https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service_deployment_events.html>,
//! and real captures in `tests/fixtures/rollout/`):
//! - `SERVICE_DEPLOYMENT_IN_PROGRESS` — "ECS deployment ecs-svc/N in progress.", or for a
//!   rollback "ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/B." (B is the
//!   deployment rolled back to: the last completed one);
//! - `SERVICE_DEPLOYMENT_COMPLETED` — "ECS deployment ecs-svc/N completed.";
//! - `SERVICE_DEPLOYMENT_FAILED` (circuit breaker or alarms only) — "ECS deployment circuit
//!   breaker: tasks failed to start." (the docs' example says "task failed").
//!
//! **The rollback event is not the failed deployment's.** Its `deploymentId` is the rollback's
//! (in a real capture it is B's own id: ECS brings the old deployment back as PRIMARY) and its
//! reason names B, never the failed deployment. So the Lambda routes it: a rollback event goes to
//! the service's current story (the per-service pointer), and leaves an alias from its
//! deployment id to that story so the rollback's later COMPLETED/FAILED follow. [`apply`] then
//! files any event whose deployment id is not the story's own under [`Rollback`].
//!
//! **Order and duplicates.** EventBridge delivers at least once and in no particular order.
//! Each state is a join: the state only moves up `InProgress < Superseded < Completed < Failed`
//! (a late IN_PROGRESS never regresses a finished story), times keep the earliest, the reason
//! belongs to the winning state, task failures are counted once by task id. Applying the same
//! update twice, or two updates in either order, gives the same story — except which of more
//! than [`MAX_REPLIES`] failures are kept in full (the first to arrive: they are the ones
//! already replied) and the cause (the first diagnosis stays, so the message does not flip).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeSet;

/// Task failures kept in full (and replied in the Slack thread); the rest are counted.
pub const MAX_REPLIES: usize = 10;
/// Task ids remembered (as 32-bit hashes) beyond the first [`MAX_REPLIES`], so a duplicate task
/// event is not counted twice. Beyond that, failures are counted without that check (the
/// Lambda's event dedup still drops redelivered events).
pub const MAX_SEEN: usize = 500;
/// Past the failures kept in full, the message's count is refreshed every this many failures.
pub const FAILURE_COUNT_STEP: u64 = 10;
/// Webhook mode: a deployment still running after this long gets one "still deploying" post.
pub const SLOW_SECS: i64 = 15 * 60;
/// Webhook mode: an ended deployment's one post waits at most this long for what usually
/// follows within seconds (the rollback event, the diagnosis, CloudTrail's initiator).
pub const END_GRACE_SECS: i64 = 60;

/// Where a deployment state stands. Ordered: a story only moves up.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum State {
    #[default]
    InProgress,
    /// Another (non-rollback) deployment of the service started before this one ended.
    Superseded,
    Completed,
    Failed,
}

/// The service a deployment belongs to. Empty strings are unknown.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Place {
    pub cluster: String,
    pub service: String,
    pub region: String,
    pub account: String,
}

impl Place {
    /// Fills what is unknown from `other` (the same deployment always has one place).
    fn fill(&mut self, other: &Place) {
        for (mine, theirs) in [
            (&mut self.cluster, &other.cluster),
            (&mut self.service, &other.service),
            (&mut self.region, &other.region),
            (&mut self.account, &other.account),
        ] {
            if mine.is_empty() && !theirs.is_empty() {
                mine.clone_from(theirs);
            }
        }
    }

    /// "cluster/service", with "?" for what is unknown.
    pub fn name(&self) -> String {
        let or = |s: &str| {
            if s.is_empty() {
                "?".to_string()
            } else {
                s.to_string()
            }
        };
        format!("{}/{}", or(&self.cluster), or(&self.service))
    }
}

/// One `ECS Deployment State Change` event, read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DeploymentEvent {
    /// `detail.deploymentId`, `ecs-svc/…`.
    pub deployment_id: String,
    /// `detail.eventName`: SERVICE_DEPLOYMENT_IN_PROGRESS / _COMPLETED / _FAILED.
    pub event_name: String,
    pub reason: String,
    /// `detail.updatedAt` (else the envelope's `time`), epoch seconds; 0 when unknown.
    pub at: i64,
    pub place: Place,
}

/// Who started a deployment, from the CloudTrail CreateService/UpdateService call.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Initiator {
    /// The principal, shortened ([`short_principal`]): "alice", "deploy/github-actions",
    /// "jane@example.com (SSO AdministratorAccess)".
    pub principal: String,
    /// "family:revision" of the task definition the call deploys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// The tool, when the record says: "CloudFormation", "Terraform", "AWS CLI", "console".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// `eventTime`, epoch seconds.
    pub at: i64,
}

/// The confirmed cause of a failure (the diagnosis' top cause, as plain strings).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Cause {
    /// Catalogue id, `image.not_found`.
    pub id: String,
    pub title: String,
    /// One line.
    pub summary: String,
    /// The first fix.
    pub fix: String,
}

/// A stopped task of the deployment (`startedBy` = its deployment id).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TaskFailure {
    pub task_id: String,
    /// One line: the diagnosis' summary, else the stopped reason.
    pub cause: String,
    /// `stoppedAt`, epoch seconds; 0 when unknown.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub at: i64,
    /// A task of the rollback deployment, not of the failed one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub rollback: bool,
}

/// The rollback of a failed deployment, as far as its events told.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Rollback {
    /// The rollback deployment's own id (the events' `deploymentId`; may equal `to`).
    pub id: String,
    /// The deployment rolled back to, read from the reason; empty when not said.
    pub to: String,
    /// "family:revision" it runs, when the Lambda knows it (the story of `to`, or
    /// DescribeServices' PRIMARY deployment).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    pub state: State,
    #[serde(skip_serializing_if = "is_zero")]
    pub started_at: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub ended_at: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// One deployment's story, as stored (DynamoDB, JSON). Small: at most [`MAX_REPLIES`] failures in
/// full, and up to [`MAX_SEEN`] 32-bit hashes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Story {
    /// The deployment id, `ecs-svc/…` (the key).
    pub id: String,
    pub place: Place,
    pub state: State,
    /// The first IN_PROGRESS event, or the CloudTrail call, whichever is earlier; 0 unknown.
    #[serde(skip_serializing_if = "is_zero")]
    pub started_at: i64,
    /// When the state reached COMPLETED / FAILED / superseded; 0 while in progress.
    #[serde(skip_serializing_if = "is_zero")]
    pub ended_at: i64,
    /// ECS's reason for the state (or "superseded by ecs-svc/…").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiator: Option<Initiator>,
    /// "family:revision" the deployment runs, when the service's description said (the
    /// initiator's call says it too).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Rollback>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<Cause>,
    /// The first [`MAX_REPLIES`] task failures to arrive, sorted by (time, task id).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<TaskFailure>,
    /// Every distinct failed task counted, the kept ones included.
    #[serde(skip_serializing_if = "is_zero_u")]
    pub failures_total: u64,
    /// Hashes of the failed task ids counted beyond `failures`.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub seen: BTreeSet<u32>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}
fn is_zero_u(n: &u64) -> bool {
    *n == 0
}
fn is_false(b: &bool) -> bool {
    !*b
}

/// What can arrive about a deployment. Every variant names the deployment it is about: the
/// story's own id, or (routed there by the Lambda) its rollback deployment's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Update {
    Event(DeploymentEvent),
    Initiator {
        deployment_id: String,
        place: Place,
        initiator: Initiator,
    },
    Cause {
        deployment_id: String,
        cause: Cause,
    },
    TaskFailure {
        /// The task's `startedBy`.
        deployment_id: String,
        failure: TaskFailure,
    },
    /// The task definition the deployment runs ("family:revision"), from DescribeServices.
    Revision {
        deployment_id: String,
        revision: String,
    },
    /// The task definition the rollback runs ("family:revision").
    RollbackRevision {
        deployment_id: String,
        revision: String,
    },
    /// Another, non-rollback deployment of the service started while this one was in progress
    /// (ECS sends nothing more about a deployment replaced that way).
    Superseded {
        deployment_id: String,
        by: String,
        at: i64,
    },
}

impl Update {
    /// The deployment the update is about.
    pub fn deployment_id(&self) -> &str {
        match self {
            Update::Event(e) => &e.deployment_id,
            Update::Initiator { deployment_id, .. }
            | Update::Cause { deployment_id, .. }
            | Update::TaskFailure { deployment_id, .. }
            | Update::Revision { deployment_id, .. }
            | Update::RollbackRevision { deployment_id, .. }
            | Update::Superseded { deployment_id, .. } => deployment_id,
        }
    }
}

/// What a deployment event says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Started,
    /// A rollback started, to the deployment named (empty when the reason names none).
    RollbackStarted {
        to: String,
    },
    Completed,
    Failed,
    /// Another event name (ECS may add some): changes nothing.
    Other,
}

/// Reads a deployment event's name and reason.
pub fn classify(event_name: &str, reason: &str) -> Kind {
    match event_name {
        "SERVICE_DEPLOYMENT_IN_PROGRESS" => match rollback_target(reason) {
            Some(to) => Kind::RollbackStarted { to },
            None => Kind::Started,
        },
        "SERVICE_DEPLOYMENT_COMPLETED" => Kind::Completed,
        "SERVICE_DEPLOYMENT_FAILED" => Kind::Failed,
        _ => Kind::Other,
    }
}

/// The deployment a rollback reason names: "ECS deployment circuit breaker: rolling back to
/// deploymentId ecs-svc/6405940160831029548." → `ecs-svc/6405940160831029548`. `Some("")` when
/// the reason says it rolls back but names nothing readable; `None` when it is no rollback.
/// Also reads the service event's wording ("rolling back to deployment ecs-svc/…").
pub fn rollback_target(reason: &str) -> Option<String> {
    let lower = reason.to_ascii_lowercase();
    let at = lower.find("rolling back")?;
    let rest = &reason[at + "rolling back".len()..];
    let rest = rest.trim_start();
    let rest = strip_word(rest, "to").unwrap_or(rest).trim_start();
    let rest = strip_word(rest, "deploymentId")
        .or_else(|| strip_word(rest, "deployment"))
        .unwrap_or(rest)
        .trim_start();
    let id: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.' | ':'))
        .collect();
    Some(id.trim_end_matches(['.', ':']).chars().take(200).collect())
}

fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let head = text.get(..word.len())?;
    let rest = &text[word.len()..];
    (head.eq_ignore_ascii_case(word) && rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        .then_some(rest)
}

/// The deployment a task belongs to: its `startedBy` when that is a service deployment id.
pub fn deployment_of_task(started_by: Option<&str>) -> Option<&str> {
    started_by.filter(|s| s.starts_with("ecs-svc/"))
}

/// The earlier of two times, 0 being unknown.
fn earliest(a: i64, b: i64) -> i64 {
    match (a > 0, b > 0) {
        (true, true) => a.min(b),
        (true, false) => a,
        _ => b,
    }
}

/// Whether (state, at, reason) `new` wins over `cur`: the higher state, then the earlier known
/// time, then the smaller reason. A total order, so joining is order-independent.
fn wins(cur: (State, i64, &str), new: (State, i64, &str)) -> bool {
    let key = |(s, at, r): (State, i64, &str)| {
        (
            s,
            std::cmp::Reverse(if at > 0 { at } else { i64::MAX }),
            std::cmp::Reverse(r.to_string()),
        )
    };
    key(new) > key(cur)
}

/// The smaller of two non-empty strings (deterministic choice between two readings).
fn fill_min(slot: &mut String, new: &str) {
    if !new.is_empty() && (slot.is_empty() || new < slot.as_str()) {
        *slot = new.to_string();
    }
}

/// FNV-1a, 32 bits: remembers a task id in 4 bytes.
fn hash32(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// FNV-1a, 64 bits, hex (as `incident::short_hash`).
fn hash64(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl Story {
    pub fn new(id: &str) -> Self {
        Story {
            id: id.to_string(),
            ..Default::default()
        }
    }

    /// A story that only knows a rollback (its failed deployment was never found): its id is
    /// the rollback deployment's.
    pub fn is_rollback_only(&self) -> bool {
        self.rollback.as_ref().is_some_and(|r| r.id == self.id)
    }

    /// The story in one word, for the renderers and [`due`].
    pub fn phase(&self) -> Phase {
        let of_rollback = |r: &Rollback| match r.state {
            State::InProgress => Phase::RollingBack,
            State::Completed => Phase::RolledBack,
            State::Failed | State::Superseded => Phase::RollbackFailed,
        };
        match (&self.rollback, self.state) {
            // A rollback proves the failure even when the FAILED event is late or lost.
            (Some(r), _) => of_rollback(r),
            (None, State::InProgress) => Phase::Deploying,
            (None, State::Superseded) => Phase::Superseded,
            (None, State::Completed) => Phase::Completed,
            (None, State::Failed) => Phase::Failed,
        }
    }

    /// When the deployment ended (failed, completed, was replaced), if it did: its own terminal
    /// event, else the start of its rollback. `Some(0)` when ended at an unknown time.
    pub fn ended(&self) -> Option<i64> {
        if self.phase() == Phase::Deploying {
            return None;
        }
        Some(if self.ended_at > 0 {
            self.ended_at
        } else {
            self.rollback.as_ref().map_or(0, |r| r.started_at)
        })
    }

    /// Failed tasks not kept in full.
    pub fn more_failures(&self) -> u64 {
        self.failures_total
            .saturating_sub(self.failures.len() as u64)
    }

    /// A digest of everything a message shows: a Slack app's message is updated when it changes.
    /// Past the failures kept in full, the count only moves the digest every
    /// [`FAILURE_COUNT_STEP`] failures: a deployment that fails 200 tasks (a circuit breaker's
    /// threshold can be that high) edits its message 20 times, not 200, against Slack's pace.
    pub fn digest(&self) -> String {
        let mut shown = self.clone();
        shown.seen.clear();
        let kept = shown.failures.len() as u64;
        if shown.failures_total > kept {
            let beyond = shown.failures_total - kept;
            shown.failures_total = kept + beyond - beyond % FAILURE_COUNT_STEP;
        }
        hash64(&serde_json::to_string(&shown).unwrap_or_default())
    }

    fn event(&mut self, ev: DeploymentEvent) {
        self.place.fill(&ev.place);
        let kind = classify(&ev.event_name, &ev.reason);
        let own = ev.deployment_id == self.id;
        let of_rollback = matches!(kind, Kind::RollbackStarted { .. })
            || !own
            || self
                .rollback
                .as_ref()
                .is_some_and(|r| r.id == ev.deployment_id);
        if of_rollback {
            if matches!(kind, Kind::Other) {
                return;
            }
            let r = self.rollback.get_or_insert_with(Rollback::default);
            fill_min(&mut r.id, &ev.deployment_id);
            match kind {
                Kind::RollbackStarted { to } => {
                    fill_min(&mut r.to, &to);
                    r.started_at = earliest(r.started_at, ev.at);
                }
                Kind::Started => r.started_at = earliest(r.started_at, ev.at),
                Kind::Completed | Kind::Failed => {
                    let state = if kind == Kind::Completed {
                        State::Completed
                    } else {
                        State::Failed
                    };
                    if wins((r.state, r.ended_at, &r.reason), (state, ev.at, &ev.reason)) {
                        r.state = state;
                        r.ended_at = ev.at.max(0);
                        r.reason = ev.reason.chars().take(1000).collect();
                    }
                }
                Kind::Other => {}
            }
            return;
        }
        let state = match kind {
            Kind::Started => {
                self.started_at = earliest(self.started_at, ev.at);
                return;
            }
            Kind::Completed => State::Completed,
            Kind::Failed => State::Failed,
            Kind::RollbackStarted { .. } | Kind::Other => return,
        };
        self.settle(state, ev.at, &ev.reason);
    }

    fn settle(&mut self, state: State, at: i64, reason: &str) {
        if wins(
            (self.state, self.ended_at, &self.reason),
            (state, at, reason),
        ) {
            self.state = state;
            self.ended_at = at.max(0);
            self.reason = reason.chars().take(1000).collect();
        }
    }

    fn failure(&mut self, deployment_id: &str, mut f: TaskFailure) {
        if f.task_id.is_empty() {
            return;
        }
        let h = hash32(&f.task_id);
        if self.failures.iter().any(|k| k.task_id == f.task_id) || self.seen.contains(&h) {
            return;
        }
        f.rollback = f.rollback || deployment_id != self.id;
        f.cause = f.cause.chars().take(500).collect();
        f.task_id = f.task_id.chars().take(100).collect();
        self.failures_total += 1;
        if self.failures.len() < MAX_REPLIES {
            // Sorted by (time, task id): the kept ones do not depend on arrival order until the
            // cap is reached (after it, what was kept — and replied — stays).
            let at = self
                .failures
                .partition_point(|k| (k.at, &k.task_id) < (f.at, &f.task_id));
            self.failures.insert(at, f);
        } else if self.seen.len() < MAX_SEEN {
            self.seen.insert(h);
        }
    }
}

/// Applies what arrived to a story. Pure; see the module's notes on order and duplicates.
/// `prev: None` starts the story of the update's own deployment; an update the Lambda routed to
/// another story (a rollback's events and tasks) must be given that story, or
/// `Story::new(its id)` when none is stored yet.
pub fn apply(prev: Option<Story>, update: Update) -> Story {
    let mut s = prev.unwrap_or_else(|| Story::new(update.deployment_id()));
    match update {
        Update::Event(ev) => s.event(ev),
        Update::Initiator {
            place, initiator, ..
        } => {
            s.place.fill(&place);
            s.started_at = earliest(s.started_at, initiator.at);
            let replace = match &s.initiator {
                None => true,
                Some(cur) => {
                    let k = |i: &Initiator| {
                        (if i.at > 0 { i.at } else { i64::MAX }, i.principal.clone())
                    };
                    k(&initiator) < k(cur)
                }
            };
            if replace {
                s.initiator = Some(initiator);
            }
        }
        Update::Cause { cause, .. } => {
            if s.cause.is_none() {
                s.cause = Some(cause);
            }
        }
        Update::TaskFailure {
            deployment_id,
            failure,
        } => s.failure(&deployment_id, failure),
        Update::Revision { revision, .. } => {
            if s.revision.is_none() && !revision.is_empty() {
                s.revision = Some(revision);
            }
        }
        Update::RollbackRevision { revision, .. } => {
            let r = s.rollback.get_or_insert_with(Rollback::default);
            if r.revision.is_none() && !revision.is_empty() {
                r.revision = Some(revision);
            }
        }
        Update::Superseded { by, at, .. } => {
            let reason = format!("superseded by {by}");
            s.settle(State::Superseded, at, &reason);
        }
    }
    s
}

/// The story in one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Deploying,
    Completed,
    Superseded,
    /// Failed, no rollback (none configured, or not heard of yet).
    Failed,
    RollingBack,
    RolledBack,
    /// The rollback deployment failed too: the service may be down.
    RollbackFailed,
}

/// How a destination can show a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// A Slack app: one message per deployment, updated in place (`chat.update`), the task
    /// failures as replies in its thread (`thread_ts`).
    App,
    /// Post-only: a Slack incoming webhook, or an SNS topic.
    Webhook,
}

/// The posts of a post-only destination.
///
/// Chosen: **one post when the deployment ends, and one at start only if it is still running
/// after [`SLOW_SECS`]** (plus one if its rollback fails after that post) — not start + end.
/// - A webhook cannot edit, so start + end is two posts for every deployment, most of them
///   routine and a few minutes apart: a channel of a busy team fills with pairs, and the "started"
///   post is stale as soon as the second arrives. The one post at the end carries the whole story
///   (who, which revision, how long, the outcome, the rollback, the cause and its fix, the first
///   failed tasks), which is what people read.
/// - What the end-only choice would hide is a deployment that never ends: without a circuit
///   breaker ECS retries failing tasks for hours and sends no FAILED event. "Still deploying after
///   15 minutes" is then news (normal rolling deployments behind a load balancer take a few
///   minutes, deregistration delay included), and it comes at most once.
/// - A failed deployment's post waits up to [`END_GRACE_SECS`] for the rollback event, the
///   diagnosis and the CloudTrail initiator, which arrive within seconds of the failure, so the
///   post is complete rather than followed by corrections. The 1-minute sweep sends it when the
///   grace runs out.
/// - After the end post, only a failed rollback is worth another one (the service may have no
///   healthy revision); a completed rollback is what the end post already announced.
/// - A deployment superseded by the next one is posted only if "still deploying" went out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WebhookKind {
    /// Still in progress after [`SLOW_SECS`].
    Slow,
    /// Completed, failed (rolling back or not), or superseded.
    Ended,
    /// The rollback failed after the end post.
    RollbackFailed,
}

/// What a destination received of a story (stored per destination beside the story).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Sent {
    /// App: the parent message's `ts`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_ts: Option<String>,
    /// App: [`Story::digest`] of the story the parent message shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_digest: Option<String>,
    /// App: task ids replied in the thread.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replied: Vec<String>,
    /// Webhook: the posts made.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub posted: Vec<WebhookKind>,
}

/// One message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Send {
    /// App: post the story's message (then [`mark`] with its `ts`).
    PostParent,
    /// App: `chat.update` the message in place.
    UpdateParent,
    /// App: reply in the message's thread.
    ThreadReply(TaskFailure),
    WebhookPost(WebhookKind),
}

/// What `story` owes a destination that already had `sent`, now, in order (a parent before
/// its replies). Idempotent: once each send is [`mark`]ed, calling again lists nothing, so a
/// retried invocation sends only what is missing.
pub fn due(story: &Story, sent: &Sent, mode: Mode, now: i64) -> Vec<Send> {
    due_expecting(story, sent, mode, now, true)
}

/// [`due`] when CloudTrail's calls may not arrive at all (`initiator_expected` false: the
/// function does not receive them), so an ended story's post does not wait for its initiator.
pub fn due_expecting(
    story: &Story,
    sent: &Sent,
    mode: Mode,
    now: i64,
    initiator_expected: bool,
) -> Vec<Send> {
    let mut out = Vec::new();
    match mode {
        Mode::App => {
            if sent.parent_ts.is_none() {
                out.push(Send::PostParent);
            } else if sent.parent_digest.as_deref() != Some(story.digest().as_str()) {
                out.push(Send::UpdateParent);
            }
            for f in &story.failures {
                if !sent.replied.contains(&f.task_id) {
                    out.push(Send::ThreadReply(f.clone()));
                }
            }
        }
        Mode::Webhook => {
            let posted = |k| sent.posted.contains(&k);
            let phase = story.phase();
            if let Some(ended) = story.ended() {
                if !posted(WebhookKind::Ended) {
                    let worth = phase != Phase::Superseded || posted(WebhookKind::Slow);
                    let complete = (story.initiator.is_some() || !initiator_expected)
                        && match phase {
                            Phase::Completed | Phase::Superseded => true,
                            _ => story.rollback.is_some() && story.cause.is_some(),
                        };
                    if worth && (complete || now - ended >= END_GRACE_SECS) {
                        out.push(Send::WebhookPost(WebhookKind::Ended));
                    }
                } else if phase == Phase::RollbackFailed && !posted(WebhookKind::RollbackFailed) {
                    out.push(Send::WebhookPost(WebhookKind::RollbackFailed));
                }
            } else if !posted(WebhookKind::Slow)
                && story.started_at > 0
                && now - story.started_at >= SLOW_SECS
            {
                out.push(Send::WebhookPost(WebhookKind::Slow));
            }
        }
    }
    out
}

/// Records that `send` went out (`ts`: the posted parent's). Call it with the story the message
/// was rendered from.
pub fn mark(sent: &mut Sent, story: &Story, send: &Send, ts: Option<&str>) {
    match send {
        Send::PostParent => {
            if let Some(ts) = ts {
                sent.parent_ts = Some(ts.to_string());
            }
            sent.parent_digest = Some(story.digest());
        }
        Send::UpdateParent => sent.parent_digest = Some(story.digest()),
        Send::ThreadReply(f) => {
            if !sent.replied.contains(&f.task_id) {
                sent.replied.push(f.task_id.clone());
            }
        }
        Send::WebhookPost(k) => {
            let mut add = |k: WebhookKind| {
                if !sent.posted.contains(&k) {
                    sent.posted.push(k);
                }
            };
            add(*k);
            // The end post already said the rollback failed.
            if *k == WebhookKind::Ended && story.phase() == Phase::RollbackFailed {
                add(WebhookKind::RollbackFailed);
            }
        }
    }
}

/// When [`due`] may change by time alone (webhook grace and "still deploying"): the sweep's
/// next look at the story. `None`: only a new update can make something due.
pub fn wake_at(story: &Story, sent: &Sent, mode: Mode) -> Option<i64> {
    if mode == Mode::App {
        return None;
    }
    match story.ended() {
        Some(ended) if !sent.posted.contains(&WebhookKind::Ended) => Some(ended + END_GRACE_SECS),
        Some(_) => None,
        None if !sent.posted.contains(&WebhookKind::Slow) && story.started_at > 0 => {
            Some(story.started_at + SLOW_SECS)
        }
        None => None,
    }
}

/// The story's DynamoDB key.
pub fn key(account: &str, region: &str, deployment_id: &str) -> String {
    format!("rollout#{account}#{region}#{deployment_id}")
}

/// The key of a rollback deployment's alias (→ the story it belongs to). Apart from [`key`]:
/// the rollback's id can be the rolled-back-to deployment's own, which has its own story.
pub fn rollback_key(account: &str, region: &str, rollback_id: &str) -> String {
    format!("rollback#{account}#{region}#{rollback_id}")
}

/// The key of a service's pointer to its latest story (rollback routing, supersession).
pub fn service_key(place: &Place) -> String {
    format!(
        "rolloutsvc#{}#{}#{}#{}",
        place.account, place.region, place.cluster, place.service
    )
}

fn s(v: &Value) -> Option<String> {
    v.as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Epoch seconds of an ISO-8601 time ("2020-05-23T11:11:11Z", "…T12:06:21.711000+08:00").
pub fn iso_epoch(text: &str) -> Option<i64> {
    crate::stop::parse_time(text).map(|t| t.floor() as i64)
}

/// Reads an `ECS Deployment State Change` EventBridge event. `None` for another detail type or
/// an event without a deployment id.
pub fn deployment_event(envelope: &Value) -> Option<DeploymentEvent> {
    if envelope["detail-type"] != "ECS Deployment State Change" {
        return None;
    }
    let d = &envelope["detail"];
    let deployment_id = s(&d["deploymentId"])?;
    let (cluster, service) = envelope["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .find_map(|r| r.split_once(":service/").map(|(_, p)| p))
        .map(|p| match p.split_once('/') {
            Some((c, s)) => (c.to_string(), s.to_string()),
            // The old ARN form service/NAME names no cluster.
            None => (String::new(), p.to_string()),
        })
        .unwrap_or_default();
    let cluster = s(&d["clusterArn"])
        .map(|a| a.rsplit('/').next().unwrap_or(&a).to_string())
        .unwrap_or(cluster);
    Some(DeploymentEvent {
        deployment_id,
        event_name: s(&d["eventName"]).unwrap_or_default(),
        reason: s(&d["reason"]).unwrap_or_default(),
        at: s(&d["updatedAt"])
            .or_else(|| s(&envelope["time"]))
            .and_then(|t| iso_epoch(&t))
            .unwrap_or(0),
        place: Place {
            cluster,
            service,
            region: s(&envelope["region"]).unwrap_or_default(),
            account: s(&envelope["account"]).unwrap_or_default(),
        },
    })
}

/// "family:revision" of a task definition ARN, name or family.
pub fn revision_of(task_definition: &str) -> String {
    task_definition
        .rsplit_once("task-definition/")
        .map_or(task_definition, |(_, r)| r)
        .to_string()
}

/// A CloudTrail principal, short: IAM user "alice"; role session "deploy/github-actions";
/// IAM Identity Center "jane@example.com (SSO AdministratorAccess)"; "root"; federated user
/// "bob"; a service "ecs.amazonaws.com". At most 120 characters.
pub fn short_principal(identity: &Value) -> String {
    let arn = s(&identity["arn"]).unwrap_or_default();
    let kind = s(&identity["type"]).unwrap_or_default();
    // The resource part of the ARN: `user/alice`, `assumed-role/ROLE/SESSION`, `root`.
    let tail = if arn.contains(':') {
        arn.rsplit(':').next().unwrap_or("")
    } else {
        ""
    };
    let short = match kind.as_str() {
        "Root" => "root".to_string(),
        "AWSService" => s(&identity["invokedBy"]).unwrap_or_else(|| "an AWS service".into()),
        _ if tail.starts_with("assumed-role/") => {
            let mut parts = tail["assumed-role/".len()..].splitn(2, '/');
            let role = parts.next().unwrap_or("");
            let session = parts.next().unwrap_or("");
            match role.strip_prefix("AWSReservedSSO_") {
                Some(set) => {
                    // AWSReservedSSO_<permission set>_<16 hex>
                    let set = match set.rsplit_once('_') {
                        Some((name, h))
                            if h.len() == 16 && h.chars().all(|c| c.is_ascii_hexdigit()) =>
                        {
                            name
                        }
                        _ => set,
                    };
                    format!("{session} (SSO {set})")
                }
                None if session.is_empty() || session == role => role.to_string(),
                None => format!("{role}/{session}"),
            }
        }
        _ => match tail.split_once('/') {
            // user/NAME, user/path/NAME, federated-user/NAME
            Some((_, rest)) => rest.rsplit('/').next().unwrap_or(rest).to_string(),
            None if !tail.is_empty() => tail.to_string(),
            None => s(&identity["principalId"]).unwrap_or_else(|| "unknown".into()),
        },
    };
    short.chars().take(120).collect()
}

/// The tool a CloudTrail record says made the call, when it says so plainly.
fn via(detail: &Value) -> Option<String> {
    let invoked = s(&detail["userIdentity"]["invokedBy"]).unwrap_or_default();
    let agent = s(&detail["userAgent"]).unwrap_or_default();
    let source_ip = s(&detail["sourceIPAddress"]).unwrap_or_default();
    let has = |t: &str, w: &str| t.to_ascii_lowercase().contains(w);
    let tool = if has(&invoked, "cloudformation") || has(&source_ip, "cloudformation") {
        "CloudFormation"
    } else if has(&agent, "terraform") {
        "Terraform"
    } else if has(&agent, "aws-cli/") {
        "AWS CLI"
    } else if has(&invoked, "codedeploy") {
        "CodeDeploy"
    } else if has(&agent, "console.amazonaws.com") || has(&source_ip, "console.amazonaws.com") {
        "console"
    } else {
        return None;
    };
    Some(tool.to_string())
}

/// Who started which deployment, from a CloudTrail `CreateService`/`UpdateService` record's
/// `detail`: the new deployment is the PRIMARY of `responseElements.service.deployments[]`.
/// `None` for another call, a failed one, or one that started no deployment (its PRIMARY is not
/// in progress: a call that only scaled the service).
pub fn initiator_of_call(detail: &Value) -> Option<(String, Place, Initiator)> {
    if detail["eventSource"] != "ecs.amazonaws.com"
        || !matches!(
            detail["eventName"].as_str(),
            Some("CreateService" | "UpdateService")
        )
        || detail.get("errorCode").is_some_and(|e| !e.is_null())
    {
        return None;
    }
    let svc = &detail["responseElements"]["service"];
    let req = &detail["requestParameters"];
    let primary = svc["deployments"]
        .as_array()?
        .iter()
        .find(|d| d["status"] == "PRIMARY")?;
    if primary["rolloutState"]
        .as_str()
        .is_some_and(|r| r != "IN_PROGRESS")
    {
        return None;
    }
    let id = s(&primary["id"])?;
    let revision = s(&primary["taskDefinition"])
        .or_else(|| s(&svc["taskDefinition"]))
        .or_else(|| s(&req["taskDefinition"]))
        .map(|t| revision_of(&t));
    let name = |v: Option<String>| v.map(|a| a.rsplit('/').next().unwrap_or(&a).to_string());
    let place = Place {
        cluster: name(s(&svc["clusterArn"]).or_else(|| s(&req["cluster"])))
            .unwrap_or_else(|| "default".into()),
        service: name(
            s(&svc["serviceName"])
                .or_else(|| s(&req["serviceName"]))
                .or_else(|| s(&req["service"])),
        )
        .unwrap_or_default(),
        region: s(&detail["awsRegion"]).unwrap_or_default(),
        account: s(&detail["recipientAccountId"])
            .or_else(|| s(&detail["userIdentity"]["accountId"]))
            .unwrap_or_default(),
    };
    let initiator = Initiator {
        principal: short_principal(&detail["userIdentity"]),
        revision,
        via: via(detail),
        at: s(&detail["eventTime"])
            .and_then(|t| iso_epoch(&t))
            .unwrap_or(0),
    };
    Some((id, place, initiator))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_failure_storm_moves_the_digest_every_ten_failures_past_the_kept_ones() {
        let mut s = apply(
            None,
            ev(A, "SERVICE_DEPLOYMENT_IN_PROGRESS", "started", 100),
        );
        let mut digests = std::collections::BTreeSet::new();
        for n in 0..(MAX_REPLIES as u64 + 40) {
            s = apply(
                Some(s),
                Update::TaskFailure {
                    deployment_id: A.into(),
                    failure: TaskFailure {
                        task_id: format!("{n:032x}"),
                        cause: "exit 1".into(),
                        at: 200 + n as i64,
                        rollback: false,
                    },
                },
            );
            digests.insert(s.digest());
        }
        // One per kept failure, then one per ten more.
        assert_eq!(digests.len(), MAX_REPLIES + 4, "{}", digests.len());
        assert_eq!(s.failures_total, MAX_REPLIES as u64 + 40);
    }

    fn fixture(name: &str) -> Value {
        let path = format!(
            "{}/tests/fixtures/rollout/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(&path).expect(&path)).expect(&path)
    }

    pub(crate) fn place() -> Place {
        Place {
            cluster: "prod".into(),
            service: "api".into(),
            region: "eu-west-1".into(),
            account: "111122223333".into(),
        }
    }

    pub(crate) fn ev(id: &str, name: &str, reason: &str, at: i64) -> Update {
        Update::Event(DeploymentEvent {
            deployment_id: id.into(),
            event_name: name.into(),
            reason: reason.into(),
            at,
            place: place(),
        })
    }

    pub(crate) const A: &str = "ecs-svc/1570303241572688488";
    pub(crate) const B: &str = "ecs-svc/6405940160831029548";

    pub(crate) fn failure(task: &str) -> Update {
        Update::TaskFailure {
            deployment_id: A.into(),
            failure: TaskFailure {
                task_id: task.into(),
                cause: "CannotPullContainerError: image not found".into(),
                at: 1000,
                rollback: false,
            },
        }
    }

    /// A failed deployment rolled back, as the events of the real capture would say it (the
    /// rollback's own id is the id it rolls back to).
    pub(crate) fn failed_story_updates() -> Vec<Update> {
        vec![
            ev(
                A,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                &format!("ECS deployment {A} in progress."),
                1000,
            ),
            Update::Initiator {
                deployment_id: A.into(),
                place: place(),
                initiator: Initiator {
                    principal: "deploy/github-actions".into(),
                    revision: Some("api:42".into()),
                    via: Some("AWS CLI".into()),
                    at: 990,
                },
            },
            failure("a1"),
            failure("a2"),
            ev(
                A,
                "SERVICE_DEPLOYMENT_FAILED",
                "ECS deployment circuit breaker: tasks failed to start.",
                1400,
            ),
            ev(
                B,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                &format!("ECS deployment circuit breaker: rolling back to deploymentId {B}."),
                1401,
            ),
            Update::RollbackRevision {
                deployment_id: A.into(),
                revision: "api:41".into(),
            },
            Update::Cause {
                deployment_id: A.into(),
                cause: Cause {
                    id: "image.not_found".into(),
                    title: "Image not found".into(),
                    summary: "Image api:42 does not exist in ECR".into(),
                    fix: "Push the image, or deploy a tag that exists".into(),
                },
            },
            ev(
                B,
                "SERVICE_DEPLOYMENT_COMPLETED",
                &format!("ECS deployment {B} completed."),
                1600,
            ),
        ]
    }

    /// Applies updates to story A, as the Lambda does once it has routed them there (a routed
    /// update that finds no stored story starts from `Story::new(A)`, not from `None`).
    fn replay(updates: &[Update]) -> Story {
        updates
            .iter()
            .cloned()
            .fold(Story::new(A), |s, u| apply(Some(s), u))
    }

    #[test]
    fn the_real_wordings_are_read() {
        let reasons = fixture("real-rollout-reasons.json");
        let read: Vec<(String, Option<String>)> = reasons["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let t = r["text"].as_str().unwrap().to_string();
                let to = rollback_target(&t);
                (t, to)
            })
            .collect();
        assert_eq!(read[0].1, None);
        assert_eq!(read[1].1, None);
        assert_eq!(read[2].1.as_deref(), Some("ecs-svc/6405940160831029548"));
        assert_eq!(read[3].1.as_deref(), Some("ecs-svc/8392534737912615571"));
        assert_eq!(read[4].1, None);
        // The service event's own wording, and a reason that names nothing.
        assert_eq!(
            rollback_target("(service x) rolling back to deployment ecs-svc/6405940160831029548.")
                .as_deref(),
            Some("ecs-svc/6405940160831029548")
        );
        assert_eq!(rollback_target("Rolling back.").as_deref(), Some(""));
        // The docs' example keeps its placeholder: read as given.
        let doc = deployment_event(&fixture("aws-doc-rollback-in-progress.json")).unwrap();
        assert_eq!(
            classify(&doc.event_name, &doc.reason),
            Kind::RollbackStarted {
                to: "deploymentID".into()
            }
        );
        let real = fixture("real-describe-services-rollback.json");
        let primary = &real["deployments"][0];
        assert_eq!(
            rollback_target(primary["rolloutStateReason"].as_str().unwrap()).as_deref(),
            primary["id"].as_str()
        );
    }

    #[test]
    fn the_documented_events_parse() {
        let e = deployment_event(&fixture("aws-doc-failed.json")).unwrap();
        assert_eq!(e.deployment_id, "ecs-svc/123");
        assert_eq!(e.place.cluster, "default");
        assert_eq!(e.place.service, "servicetest");
        assert_eq!(e.place.region, "us-west-2");
        assert_eq!(e.at, iso_epoch("2020-05-23T11:11:11Z").unwrap());
        assert_eq!(classify(&e.event_name, &e.reason), Kind::Failed);
        let story = ["aws-doc-in-progress.json", "aws-doc-completed.json"]
            .iter()
            .map(|f| Update::Event(deployment_event(&fixture(f)).unwrap()))
            .fold(None, |s, u| Some(apply(s, u)))
            .unwrap();
        assert_eq!(story.phase(), Phase::Completed);
        assert_eq!(story.place.name(), "default/servicetest");
        assert!(deployment_event(&json!({"detail-type": "ECS Task State Change"})).is_none());
        assert_eq!(iso_epoch("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            iso_epoch("2021-04-23T12:06:21.711000+08:00"),
            iso_epoch("2021-04-23T04:06:21Z")
        );
    }

    #[test]
    fn order_does_not_matter() {
        let updates = failed_story_updates();
        let forward = replay(&updates);
        let mut reversed = updates.clone();
        reversed.reverse();
        assert_eq!(replay(&reversed), forward);
        // Every rotation, too (the cause is set once and appears once, so it agrees).
        for k in 0..updates.len() {
            let mut r = updates.clone();
            r.rotate_left(k);
            assert_eq!(replay(&r), forward, "rotation {k}");
        }
        assert_eq!(forward.phase(), Phase::RolledBack);
        assert_eq!(forward.state, State::Failed);
        assert_eq!(forward.started_at, 990);
        assert_eq!(forward.ended_at, 1400);
        let r = forward.rollback.as_ref().unwrap();
        assert_eq!((r.id.as_str(), r.to.as_str()), (B, B));
        assert_eq!(r.revision.as_deref(), Some("api:41"));
        assert_eq!((r.started_at, r.ended_at), (1401, 1600));
    }

    #[test]
    fn a_late_in_progress_never_regresses_and_duplicates_change_nothing() {
        let done = replay(&[
            ev(A, "SERVICE_DEPLOYMENT_COMPLETED", "done", 2000),
            ev(
                A,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                "ECS deployment x in progress.",
                1000,
            ),
        ]);
        assert_eq!(done.phase(), Phase::Completed);
        assert_eq!(done.started_at, 1000);
        let failed = apply(
            Some(done.clone()),
            ev(A, "SERVICE_DEPLOYMENT_FAILED", "boom", 2100),
        );
        // Failed outranks completed, whichever came first.
        assert_eq!(failed.phase(), Phase::Failed);
        assert_eq!(
            apply(
                Some(failed.clone()),
                ev(A, "SERVICE_DEPLOYMENT_COMPLETED", "done", 2000)
            ),
            failed
        );
        for u in failed_story_updates() {
            let once = apply(None, u.clone());
            assert_eq!(apply(Some(once.clone()), u), once);
        }
        let all = replay(&failed_story_updates());
        for u in failed_story_updates() {
            assert_eq!(apply(Some(all.clone()), u), all);
        }
        // A superseded story stays superseded under a late IN_PROGRESS, and a real end wins.
        let sup = apply(
            None,
            Update::Superseded {
                deployment_id: A.into(),
                by: "ecs-svc/9".into(),
                at: 3000,
            },
        );
        let late = apply(
            Some(sup.clone()),
            ev(A, "SERVICE_DEPLOYMENT_IN_PROGRESS", "x", 10),
        );
        assert_eq!(late.phase(), Phase::Superseded);
        assert_eq!(
            apply(Some(late), ev(A, "SERVICE_DEPLOYMENT_FAILED", "f", 3100)).phase(),
            Phase::Failed
        );
    }

    #[test]
    fn a_rollback_heard_before_the_failure_still_makes_a_failed_story() {
        let s = replay(&[
            ev(A, "SERVICE_DEPLOYMENT_IN_PROGRESS", "in progress", 1000),
            ev(
                B,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                &format!("ECS deployment circuit breaker: rolling back to deploymentId {B}."),
                1401,
            ),
        ]);
        assert_eq!(s.phase(), Phase::RollingBack);
        assert_eq!(s.ended(), Some(1401));
        // The rollback's own failure.
        let s = apply(
            Some(s),
            ev(
                B,
                "SERVICE_DEPLOYMENT_FAILED",
                "ECS deployment circuit breaker: tasks failed to start.",
                1700,
            ),
        );
        assert_eq!(s.phase(), Phase::RollbackFailed);
        // Only a rollback heard: a story of its own, said so.
        let alone = apply(
            None,
            ev(
                B,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                &format!("rolling back to deploymentId {B}."),
                5,
            ),
        );
        assert!(alone.is_rollback_only());
        assert_eq!(alone.phase(), Phase::RollingBack);
        let alone = apply(
            Some(alone),
            ev(B, "SERVICE_DEPLOYMENT_COMPLETED", "done", 9),
        );
        assert_eq!(alone.phase(), Phase::RolledBack);
    }

    #[test]
    fn failures_are_counted_once_and_kept_up_to_the_cap() {
        let mut s = Story::new(A);
        for i in 0..30 {
            s = apply(Some(s), failure(&format!("t{i}")));
            s = apply(Some(s), failure(&format!("t{i}")));
        }
        assert_eq!(s.failures.len(), MAX_REPLIES);
        assert_eq!(s.failures_total, 30);
        assert_eq!(s.more_failures(), 20);
        assert_eq!(s.failures[0].task_id, "t0");
        let rb = apply(
            Some(s),
            Update::TaskFailure {
                deployment_id: B.into(),
                failure: TaskFailure {
                    task_id: "r1".into(),
                    cause: "x".into(),
                    at: 0,
                    rollback: false,
                },
            },
        );
        assert_eq!(rb.failures_total, 31);
        assert!(apply(None, failure("")).failures.is_empty());
        // Stays small: a story at its caps is a few kilobytes of JSON.
        let mut big = Story::new(A);
        for i in 0..5000 {
            big = apply(Some(big), failure(&format!("{i:032x}")));
        }
        assert_eq!(big.failures_total, 5000);
        assert!(serde_json::to_string(&big).unwrap().len() < 12_000);
    }

    #[test]
    fn the_story_round_trips_through_json() {
        let s = replay(&failed_story_updates());
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Story>(&text).unwrap(), s);
        assert_eq!(
            serde_json::from_str::<Story>("{}").unwrap(),
            Story::default()
        );
        let sent = Sent {
            parent_ts: Some("1.2".into()),
            ..Default::default()
        };
        assert_eq!(
            serde_json::from_str::<Sent>(&serde_json::to_string(&sent).unwrap()).unwrap(),
            sent
        );
    }

    /// Sends everything due, marking each, as the Lambda does.
    fn deliver(story: &Story, sent: &mut Sent, mode: Mode, now: i64) -> Vec<Send> {
        let sends = due(story, sent, mode, now);
        for (i, send) in sends.iter().enumerate() {
            mark(sent, story, send, Some(&format!("ts{i}")));
        }
        sends
    }

    #[test]
    fn app_mode_is_one_message_updated_and_a_thread_and_idempotent() {
        let mut sent = Sent::default();
        let mut s = apply(None, failed_story_updates()[0].clone());
        assert_eq!(deliver(&s, &mut sent, Mode::App, 0), vec![Send::PostParent]);
        assert_eq!(due(&s, &sent, Mode::App, 0), vec![]);
        // A duplicate event: nothing to send.
        s = apply(Some(s), failed_story_updates()[0].clone());
        assert_eq!(due(&s, &sent, Mode::App, 99_999), vec![]);
        s = apply(Some(s), failure("a1"));
        let sends = due(&s, &sent, Mode::App, 0);
        assert_eq!(sends[0], Send::UpdateParent);
        assert!(matches!(&sends[1], Send::ThreadReply(f) if f.task_id == "a1"));
        // A retry after the update but before the reply: only the reply.
        mark(&mut sent, &s, &sends[0], None);
        assert_eq!(due(&s, &sent, Mode::App, 0), vec![sends[1].clone()]);
        mark(&mut sent, &s, &sends[1], None);
        assert_eq!(due(&s, &sent, Mode::App, 0), vec![]);
        assert_eq!(sent.parent_ts.as_deref(), Some("ts0"));
        // Failures past the cap: the parent's count changes, no more replies.
        for i in 0..20 {
            s = apply(Some(s), failure(&format!("b{i}")));
        }
        let sends = deliver(&s, &mut sent, Mode::App, 0);
        assert_eq!(sends[0], Send::UpdateParent);
        assert_eq!(sends.len(), 1 + MAX_REPLIES - 1);
        assert_eq!(due(&s, &sent, Mode::App, 0), vec![]);
        // Heard first of a failure: the parent before its reply.
        let sends = due(&apply(None, failure("z")), &Sent::default(), Mode::App, 0);
        assert_eq!(sends[0], Send::PostParent);
        assert!(matches!(sends[1], Send::ThreadReply(_)));
        assert_eq!(wake_at(&s, &sent, Mode::App), None);
    }

    #[test]
    fn webhook_mode_posts_once_at_the_end_and_once_if_slow() {
        // A quick success: one post, when it completes (the initiator is known).
        let mut sent = Sent::default();
        let mut s = replay(&failed_story_updates()[..2]);
        assert_eq!(due(&s, &sent, Mode::Webhook, 1100), vec![]);
        assert_eq!(wake_at(&s, &sent, Mode::Webhook), Some(990 + SLOW_SECS));
        s = apply(Some(s), ev(A, "SERVICE_DEPLOYMENT_COMPLETED", "done", 1200));
        assert_eq!(
            deliver(&s, &mut sent, Mode::Webhook, 1200),
            vec![Send::WebhookPost(WebhookKind::Ended)]
        );
        assert_eq!(due(&s, &sent, Mode::Webhook, 1_000_000), vec![]);
        assert_eq!(wake_at(&s, &sent, Mode::Webhook), None);

        // A slow one: "still deploying" once, then the end.
        let mut sent = Sent::default();
        let s = replay(&failed_story_updates()[..1]);
        assert_eq!(due(&s, &sent, Mode::Webhook, 1000 + SLOW_SECS - 1), vec![]);
        assert_eq!(
            deliver(&s, &mut sent, Mode::Webhook, 1000 + SLOW_SECS),
            vec![Send::WebhookPost(WebhookKind::Slow)]
        );
        assert_eq!(due(&s, &sent, Mode::Webhook, 1000 + 10 * SLOW_SECS), vec![]);
        // Superseded after the slow post: the end post says so.
        let sup = apply(
            Some(s.clone()),
            Update::Superseded {
                deployment_id: A.into(),
                by: "ecs-svc/9".into(),
                at: 5000,
            },
        );
        assert_eq!(
            due(&sup, &sent, Mode::Webhook, 5000 + END_GRACE_SECS),
            vec![Send::WebhookPost(WebhookKind::Ended)]
        );
        // Superseded quietly: nothing.
        let quiet = apply(
            Some(replay(&failed_story_updates()[..1])),
            Update::Superseded {
                deployment_id: A.into(),
                by: "ecs-svc/9".into(),
                at: 1100,
            },
        );
        assert_eq!(
            due(&quiet, &Sent::default(), Mode::Webhook, 9_999_999),
            vec![]
        );

        // A failure waits for the rollback and the cause, or for the grace.
        let updates = failed_story_updates();
        let failed = replay(&[updates[0].clone(), updates[1].clone(), updates[4].clone()]);
        let mut sent = Sent::default();
        assert_eq!(due(&failed, &sent, Mode::Webhook, 1400), vec![]);
        assert_eq!(
            wake_at(&failed, &sent, Mode::Webhook),
            Some(1400 + END_GRACE_SECS)
        );
        assert_eq!(
            due(&failed, &sent, Mode::Webhook, 1400 + END_GRACE_SECS),
            vec![Send::WebhookPost(WebhookKind::Ended)]
        );
        let whole = replay(&updates[..8]);
        assert_eq!(
            deliver(&whole, &mut sent, Mode::Webhook, 1402),
            vec![Send::WebhookPost(WebhookKind::Ended)]
        );
        // The rollback completes: nothing more. It fails: one more post, once.
        let done = apply(Some(whole.clone()), updates[8].clone());
        assert_eq!(due(&done, &sent, Mode::Webhook, 2000), vec![]);
        let worse = apply(
            Some(whole.clone()),
            ev(
                B,
                "SERVICE_DEPLOYMENT_FAILED",
                "ECS deployment circuit breaker: tasks failed to start.",
                1700,
            ),
        );
        assert_eq!(
            deliver(&worse, &mut sent, Mode::Webhook, 1700),
            vec![Send::WebhookPost(WebhookKind::RollbackFailed)]
        );
        assert_eq!(due(&worse, &sent, Mode::Webhook, 1700), vec![]);
        // Heard only once the rollback had failed: the end post says it all, once.
        let mut sent = Sent::default();
        assert_eq!(
            deliver(&worse, &mut sent, Mode::Webhook, 9000),
            vec![Send::WebhookPost(WebhookKind::Ended)]
        );
        assert_eq!(due(&worse, &sent, Mode::Webhook, 9000), vec![]);
    }

    #[test]
    fn cloudtrail_names_who_started_which_deployment() {
        let record = fixture("cloudtrail-update-service.json");
        let (id, place, who) = initiator_of_call(&record["detail"]).unwrap();
        assert_eq!(id, "ecs-svc/4321987654321098765");
        assert_eq!(place.name(), "prod/api");
        assert_eq!(place.account, "123456789012");
        assert_eq!(who.principal, "deploy/deploy-pipeline");
        assert_eq!(who.revision.as_deref(), Some("api:42"));
        assert_eq!(who.via.as_deref(), Some("AWS CLI"));
        assert_eq!(who.at, iso_epoch("2026-11-30T09:38:12Z").unwrap());
        // A call that only scaled: its PRIMARY is not in progress, no deployment started.
        let mut scaled = record["detail"].clone();
        scaled["responseElements"]["service"]["deployments"][0]["rolloutState"] =
            json!("COMPLETED");
        assert!(initiator_of_call(&scaled).is_none());
        let mut refused = record["detail"].clone();
        refused["errorCode"] = json!("AccessDeniedException");
        assert!(initiator_of_call(&refused).is_none());
        // Principals: a CloudFormation execution role's session, as in the CreateService record
        // pasted in aws/aws-toolkit-visual-studio#293.
        let cfn = json!({"type": "AssumedRole",
            "arn": "arn:aws:sts::175195474598:assumed-role/cdk-hnb659fds-cfn-exec-role-175195474598-ap-southeast-3/AWSCloudFormation",
            "invokedBy": "cloudformation.amazonaws.com"});
        assert_eq!(
            short_principal(&cfn),
            "cdk-hnb659fds-cfn-exec-role-175195474598-ap-southeast-3/AWSCloudFormation"
        );
        assert_eq!(
            via(&json!({"userIdentity": cfn, "sourceIPAddress": "cloudformation.amazonaws.com"}))
                .as_deref(),
            Some("CloudFormation")
        );
        let sso = json!({"type": "AssumedRole",
            "arn": "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/jane@example.com"});
        assert_eq!(
            short_principal(&sso),
            "jane@example.com (SSO AdministratorAccess)"
        );
        assert_eq!(
            short_principal(&json!({"type": "IAMUser", "arn": "arn:aws:iam::1:user/ops/alice"})),
            "alice"
        );
        assert_eq!(
            short_principal(&json!({"type": "Root", "arn": "arn:aws:iam::1:root"})),
            "root"
        );
        assert_eq!(short_principal(&json!({})), "unknown");
        assert_eq!(
            revision_of("arn:aws:ecs:us-east-1:1:task-definition/api:42"),
            "api:42"
        );
        assert_eq!(revision_of("web:3"), "web:3");
        assert_eq!(deployment_of_task(Some("ecs-svc/1")), Some("ecs-svc/1"));
        assert_eq!(deployment_of_task(Some("events-rule/x")), None);
    }
}
