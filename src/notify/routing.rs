//! Routing to teams (pure): which Slack destination and SNS topic a task's report goes to.
//!
//! A routing table is a JSON list of [`Route`]s, first match wins; it comes from the `ROUTES`
//! environment variable and/or an SSM parameter (read by `crate::lambda`). A matching route's
//! destinations replace the defaults; a task no route matches goes to the defaults.

use super::Destination;
use crate::diagnose::Report;
use crate::snapshot::Snapshot;

/// One routing rule: the first that matches a task picks its destinations. Unknown keys are an
/// error (a misspelt `slack_webhook_secret_arn` would otherwise route a team's failures nowhere).
#[derive(Debug, Clone, Default, serde::Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Route {
    /// `key=value` (value may be a glob; `key` alone = any value): a tag of the service or of
    /// the task definition.
    pub tag: Option<String>,
    /// Glob on the cluster name (`*`, `?`).
    pub cluster: Option<String>,
    /// Glob on the service name.
    pub service: Option<String>,
    /// Glob on the task's account id (organisation mode: an account → a team).
    pub account: Option<String>,
    /// Glob on the task's region.
    pub region: Option<String>,
    pub slack_webhook_secret_arn: Option<String>,
    /// A Slack app instead of a webhook: the secret holding its bot token, and the channel
    /// (`slack_channel`) it posts to. One message per incident, updated in place.
    pub slack_bot_token_secret_arn: Option<String>,
    pub slack_channel: Option<String>,
    pub sns_topic_arn: Option<String>,
    /// Also tell this route's destinations the story of each deployment of its services
    /// (`crate::rollout`): started, completed, or failed with the cause and the rollback. Off by
    /// default: a busy team's channel would otherwise hear every routine deployment.
    pub rollouts: bool,
}

impl Route {
    /// The route's Slack destination: a Slack app's, else a webhook's.
    fn slack(&self) -> Option<Destination> {
        match (&self.slack_bot_token_secret_arn, &self.slack_channel) {
            (Some(arn), Some(channel)) => Some(Destination::SlackApp {
                token_secret_arn: arn.clone(),
                channel: channel.clone(),
            }),
            _ => self
                .slack_webhook_secret_arn
                .clone()
                .map(|secret_arn| Destination::SlackWebhook { secret_arn }),
        }
    }

    fn destinations(&self) -> Vec<Destination> {
        let sns = self
            .sns_topic_arn
            .clone()
            .map(|topic_arn| Destination::Sns { topic_arn });
        self.slack().into_iter().chain(sns).collect()
    }
}

/// Parses and checks a routing table: every route needs a matcher and a destination.
pub fn parse_routes(json: &str) -> Result<Vec<Route>, String> {
    let routes: Vec<Route> = serde_json::from_str(json).map_err(|e| e.to_string())?;
    for (i, r) in routes.iter().enumerate() {
        if r.tag.is_none()
            && r.cluster.is_none()
            && r.service.is_none()
            && r.account.is_none()
            && r.region.is_none()
        {
            return Err(format!(
                "route {i} has no \"tag\", \"cluster\", \"service\", \"account\" or \"region\" to match"
            ));
        }
        if r.slack_bot_token_secret_arn.is_some() != r.slack_channel.is_some() {
            return Err(format!(
                "route {i}: \"slack_bot_token_secret_arn\" and \"slack_channel\" go together"
            ));
        }
        if r.slack_bot_token_secret_arn.is_some() && r.slack_webhook_secret_arn.is_some() {
            return Err(format!(
                "route {i} has both a webhook and a bot token: choose one"
            ));
        }
        if r.slack().is_none() && r.sns_topic_arn.is_none() {
            return Err(format!(
                "route {i} has no \"slack_webhook_secret_arn\", \"slack_bot_token_secret_arn\" or \"sns_topic_arn\""
            ));
        }
    }
    Ok(routes)
}

/// The tags routing looks at: the task definition's and the service's, the service's winning
/// on a key both carry.
pub fn routing_tags(snap: &Snapshot) -> Vec<(String, String)> {
    let mut tags = snap
        .task_definition
        .ok()
        .map(|t| t.tags.clone())
        .unwrap_or_default();
    // A key on both: the service's value wins (it is the deployment's own label).
    if let Some(s) = snap.service_detail() {
        tags.extend(s.tags.clone());
    }
    tags.into_iter().collect()
}

/// The destinations of a task: the first matching route's, else the defaults.
pub fn destinations(
    defaults: &[Destination],
    routes: &[Route],
    report: &Report,
    tags: &[(String, String)],
) -> Vec<Destination> {
    let t = &report.task;
    let glob = |p: &Option<String>, v: &Option<String>| match (p, v) {
        (None, _) => true,
        (Some(p), Some(v)) => crate::policy::wildcard(p, v, false),
        (Some(_), None) => false,
    };
    for r in routes {
        let tag_ok = match &r.tag {
            None => true,
            Some(kv) => {
                let (k, v) = kv.split_once('=').unwrap_or((kv.as_str(), "*"));
                tags.iter()
                    .any(|(tk, tv)| tk == k && crate::policy::wildcard(v, tv, false))
            }
        };
        if tag_ok
            && glob(&r.cluster, &t.cluster)
            && glob(&r.service, &t.service)
            && glob(&r.account, &t.account)
            && glob(&r.region, &t.region)
            && (r.tag.is_some()
                || r.cluster.is_some()
                || r.service.is_some()
                || r.account.is_some()
                || r.region.is_some())
        {
            return r.destinations();
        }
    }
    defaults.to_vec()
}

/// The destinations of a deployment's story: those of the first route that matches its place
/// and opts in (`"rollouts": true`). Routes by tag are skipped: a deployment event carries no
/// tags, and reading them would cost a call for every routine deployment.
pub fn rollout_destinations(
    routes: &[Route],
    cluster: &str,
    service: &str,
    account: &str,
    region: &str,
) -> Vec<Destination> {
    let glob = |p: &Option<String>, v: &str| {
        p.as_ref()
            .is_none_or(|p| !v.is_empty() && crate::policy::wildcard(p, v, false))
    };
    routes
        .iter()
        .filter(|r| r.tag.is_none())
        .find(|r| {
            glob(&r.cluster, cluster)
                && glob(&r.service, service)
                && glob(&r.account, account)
                && glob(&r.region, region)
        })
        .filter(|r| r.rollouts)
        .map(Route::destinations)
        .unwrap_or_default()
}

/// The last routing table read from its source and when: fresh for `ttl`, then read again; if
/// that read fails, the last table is used (a routing store outage must not silence alerts).
#[derive(Debug, Default)]
pub struct Cache {
    entry: std::sync::Mutex<Option<(std::time::Instant, Vec<Route>)>>,
}

impl Cache {
    /// The cached table while fresh, else `read()`'s; `read()`'s error only when nothing was
    /// ever read.
    pub async fn get<F, Fut>(&self, ttl: std::time::Duration, read: F) -> Result<Vec<Route>, String>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<Vec<Route>, String>>,
    {
        let cached = self.entry.lock().ok().and_then(|c| c.clone());
        if let Some((at, routes)) = &cached {
            if at.elapsed() < ttl {
                return Ok(routes.clone());
            }
        }
        match read().await {
            Ok(routes) => {
                if let Ok(mut c) = self.entry.lock() {
                    *c = Some((std::time::Instant::now(), routes.clone()));
                }
                Ok(routes)
            }
            Err(e) => match cached {
                Some((_, routes)) => {
                    tracing::warn!(error = %e, "routing table unavailable: using the last one read");
                    Ok(routes)
                }
                None => Err(e),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The destinations' stored forms, to compare.
    fn names(d: Vec<Destination>) -> Vec<String> {
        d.iter().map(ToString::to_string).collect()
    }

    fn sns(topic: &str) -> Destination {
        Destination::Sns {
            topic_arn: topic.into(),
        }
    }

    #[test]
    fn routing_tags_come_from_the_service_then_the_task_definition() {
        use crate::snapshot::{Fetched, ServiceDetail, ServiceInfo, TaskDefinition};
        let mut snap = Snapshot {
            task_definition: Fetched::Ok(TaskDefinition {
                tags: [("team".to_string(), "payments".to_string())].into(),
                ..TaskDefinition::default()
            }),
            ..Snapshot::default()
        };
        assert_eq!(
            routing_tags(&snap),
            vec![("team".to_string(), "payments".to_string())]
        );
        let defaults = vec![sns("default-topic")];
        let routes = parse_routes(r#"[{"tag":"team=pay*","sns_topic_arn":"payments"}]"#).unwrap();
        let r = crate::diagnose::diagnose(&snap);
        assert_eq!(
            names(destinations(&defaults, &routes, &r, &routing_tags(&snap))),
            ["sns:payments"]
        );
        snap.service = Some(ServiceInfo {
            describe: Fetched::Ok(ServiceDetail {
                tags: [("team".to_string(), "search".to_string())].into(),
                ..ServiceDetail::default()
            }),
            ..ServiceInfo::default()
        });
        assert_eq!(routing_tags(&snap)[0].1, "search");
        // The service's tag comes first: search is not routed to payments.
        assert_eq!(
            destinations(&defaults, &routes, &r, &routing_tags(&snap)),
            defaults
        );
        assert!(destinations(&[], &[], &r, &[]).is_empty());
    }

    #[test]
    fn routing_by_account_and_region() {
        let routes = parse_routes(
            r#"[{"account":"1111*","region":"eu-*","slack_webhook_secret_arn":"payments-eu"},
                {"account":"111111111111","sns_topic_arn":"payments"},
                {"slack_bot_token_secret_arn":"bot","slack_channel":"C1","region":"us-west-2"}]"#,
        )
        .unwrap();
        let mut r = crate::diagnose::diagnose(&Snapshot::default());
        r.task.account = Some("111111111111".into());
        r.task.region = Some("eu-west-1".into());
        assert_eq!(
            names(destinations(&[], &routes, &r, &[])),
            ["slack:payments-eu"]
        );
        r.task.region = Some("us-east-1".into());
        assert_eq!(names(destinations(&[], &routes, &r, &[])), ["sns:payments"]);
        r.task.account = Some("222222222222".into());
        r.task.region = Some("us-west-2".into());
        assert_eq!(
            names(destinations(&[], &routes, &r, &[])),
            ["slackbot:bot#C1"]
        );
        // A bot token without its channel, or both ways into Slack: refused.
        assert!(parse_routes(r#"[{"account":"1","slack_bot_token_secret_arn":"b"}]"#).is_err());
        assert!(parse_routes(
            r#"[{"account":"1","slack_bot_token_secret_arn":"b","slack_channel":"C","slack_webhook_secret_arn":"w"}]"#
        )
        .is_err());
    }

    #[test]
    fn routing_by_tag_and_name() {
        let defaults = vec![Destination::SlackWebhook {
            secret_arn: "default".into(),
        }];
        let routes = vec![
            Route {
                tag: Some("team=payments".into()),
                slack_webhook_secret_arn: Some("payments".into()),
                ..Route::default()
            },
            Route {
                cluster: Some("prod-*".into()),
                service: Some("search*".into()),
                sns_topic_arn: Some("search".into()),
                ..Route::default()
            },
        ];
        let mut r = crate::diagnose::diagnose(&Snapshot::default());
        let tags = vec![("team".to_string(), "payments".to_string())];
        assert_eq!(
            names(destinations(&defaults, &routes, &r, &tags)),
            ["slack:payments"]
        );
        r.task.cluster = Some("prod-eu".into());
        r.task.service = Some("search-api".into());
        assert_eq!(destinations(&defaults, &routes, &r, &[]), [sns("search")]);
        r.task.service = Some("other".into());
        assert_eq!(destinations(&defaults, &routes, &r, &[]), defaults);
    }

    #[tokio::test]
    async fn the_cache_reads_once_while_fresh_and_keeps_the_last_table_on_failure() {
        use std::time::Duration;
        let table = || parse_routes(r#"[{"cluster":"a","sns_topic_arn":"t"}]"#);
        let reads = std::cell::Cell::new(0);
        let cache = Cache::default();
        let ok = || async {
            reads.set(reads.get() + 1);
            table()
        };
        let long = Duration::from_secs(300);
        assert_eq!(cache.get(long, ok).await.unwrap().len(), 1);
        assert_eq!(cache.get(long, ok).await.unwrap().len(), 1);
        assert_eq!(reads.get(), 1, "fresh: not read again");
        // Stale, and the source fails: the last table is kept.
        let failing = || async { Err::<Vec<Route>, _>("AccessDenied".to_string()) };
        assert_eq!(cache.get(Duration::ZERO, failing).await.unwrap().len(), 1);
        // Stale, and the source answers: the new table replaces it.
        let empty = || async { Ok(Vec::new()) };
        assert!(cache.get(Duration::ZERO, empty).await.unwrap().is_empty());
        // Never read and failing: the error.
        let fresh = Cache::default();
        assert_eq!(fresh.get(long, failing).await.unwrap_err(), "AccessDenied");
    }
}
