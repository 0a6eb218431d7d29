//! The function's configuration: read from the environment once per cold start, validated, so
//! that a typo fails the deploy's first invocation loudly instead of sending failures nowhere.

use crate::notify::routing::{self, Route};
use crate::notify::Destination;
use std::time::Duration;

/// Configuration from the environment (the only place the function reads it).
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Where a task no route matches goes: a Slack webhook (`SLACK_WEBHOOK_SECRET_ARN`) or a
    /// Slack app (`SLACK_BOT_TOKEN_SECRET_ARN` and `SLACK_CHANNEL`), and/or `SNS_TOPIC_ARN`.
    pub default_destinations: Vec<Destination>,
    /// The Slack Web API's base URL (`SLACK_API_URL`; tests point it at a loopback sink).
    pub slack_api_url: String,
    pub routes: Vec<Route>,
    /// SSM parameter holding more routes (JSON, same shape as `ROUTES`), read at the first
    /// invocation that needs it and kept for `routes_ttl`: teams edit routing without a deploy.
    pub routes_parameter: Option<String>,
    pub routes_ttl: Duration,
    pub dedup_table: Option<String>,
    /// How long an incident stays open without a new failure (grouping window); also how
    /// long a hint lets a repeat join without a new gather.
    pub dedup_window: Duration,
    /// At most one follow-up message per incident per this long.
    pub incident_followup: Duration,
    /// The first follow-up when another service joined (`INCIDENT_FIRST_FOLLOWUP_SECONDS`).
    pub incident_first_followup: Duration,
    /// Slack's pace per webhook, shared by every copy: one message per `slack_interval`, with
    /// bursts of `slack_burst`.
    pub slack_interval: Duration,
    pub slack_burst: u32,
    pub notify_expected: bool,
    pub notify_spot: bool,
    pub chatbot_format: bool,
    /// Pre-flight each CreateService/UpdateService call (`PREFLIGHT_ON_DEPLOY`, default on). Off,
    /// the calls still tell deployments' stories who started them.
    pub preflight_on_deploy: bool,
    /// The function receives CloudTrail's CreateService/UpdateService calls
    /// (`DEPLOYMENT_CALLS`): a deployment's story waits briefly for who started it.
    pub deployment_calls: bool,
    pub log_tail_lines: u32,
    /// The reader role every member account has (member-template.yaml): a task of another
    /// account is read with it, never with the function's own credentials.
    pub member_role_name: Option<String>,
    /// Account id → a name people know (`ACCOUNT_NAMES`, JSON object), shown in reports.
    pub account_names: std::collections::HashMap<String, String>,
    pub member_external_id: Option<String>,
    /// Time kept for delivery out of the invocation's remaining time.
    pub delivery_reserve: Duration,
    /// Upper bound of the gather deadline.
    pub gather_deadline: Duration,
}

/// A configuration error: the function cannot start.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
    }

    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let flag = |k: &str, default: bool| -> Result<bool, ConfigError> {
            match get(k).as_deref().map(str::trim) {
                None => Ok(default),
                Some("true" | "1" | "yes") => Ok(true),
                Some("false" | "0" | "no") => Ok(false),
                Some(v) => Err(ConfigError(format!("{k} must be true or false, not {v:?}"))),
            }
        };
        let number = |k: &str, default: u64| -> Result<u64, ConfigError> {
            get(k).map_or(Ok(default), |v| {
                v.trim()
                    .parse()
                    .map_err(|_| ConfigError(format!("{k} must be a whole number, not {v:?}")))
            })
        };
        let routes = match get("ROUTES") {
            None => Vec::new(),
            Some(json) => routing::parse_routes(&json)
                .map_err(|e| ConfigError(format!("ROUTES is not a valid list of routes: {e}")))?,
        };
        let slack = match (
            get("SLACK_WEBHOOK_SECRET_ARN"),
            get("SLACK_BOT_TOKEN_SECRET_ARN"),
            get("SLACK_CHANNEL"),
        ) {
            (Some(_), Some(_), _) => {
                return Err(ConfigError(
                    "set SLACK_WEBHOOK_SECRET_ARN or SLACK_BOT_TOKEN_SECRET_ARN, not both".into(),
                ))
            }
            (None, Some(arn), Some(channel)) => Some(Destination::SlackApp {
                token_secret_arn: arn,
                channel,
            }),
            (None, Some(_), None) => return Err(ConfigError(
                "SLACK_BOT_TOKEN_SECRET_ARN needs SLACK_CHANNEL (the channel ID the app posts to)"
                    .into(),
            )),
            (webhook, None, _) => {
                webhook.map(|secret_arn| Destination::SlackWebhook { secret_arn })
            }
        };
        let sns = get("SNS_TOPIC_ARN").map(|topic_arn| Destination::Sns { topic_arn });
        let c = Config {
            default_destinations: slack.into_iter().chain(sns).collect(),
            slack_api_url: get("SLACK_API_URL").unwrap_or_else(|| "https://slack.com/api".into()),
            routes,
            routes_parameter: get("ROUTES_PARAMETER"),
            routes_ttl: Duration::from_secs(number("ROUTES_CACHE_SECONDS", 300)?),
            dedup_table: get("DEDUP_TABLE_NAME"),
            dedup_window: Duration::from_secs(60 * number("DEDUP_WINDOW_MINUTES", 15)?),
            incident_followup: Duration::from_secs(number("INCIDENT_FOLLOWUP_SECONDS", 300)?),
            incident_first_followup: Duration::from_secs(number(
                "INCIDENT_FIRST_FOLLOWUP_SECONDS",
                60,
            )?),
            slack_interval: Duration::from_millis(number("SLACK_INTERVAL_MS", 1100)?.max(1)),
            slack_burst: number("SLACK_BURST", 2)?.clamp(1, 10) as u32,
            notify_expected: flag("NOTIFY_EXPECTED_STOPS", false)?,
            notify_spot: flag("NOTIFY_SPOT_AND_HOST", true)?,
            chatbot_format: flag("SNS_CHATBOT_FORMAT", false)?,
            preflight_on_deploy: flag("PREFLIGHT_ON_DEPLOY", true)?,
            deployment_calls: flag("DEPLOYMENT_CALLS", false)?,
            log_tail_lines: number("LOG_TAIL_LINES", crate::gather::DEFAULT_LOG_LINES.into())?
                .min(200) as u32,
            member_role_name: get("MEMBER_ROLE_NAME"),
            account_names: match get("ACCOUNT_NAMES") {
                None => Default::default(),
                Some(json) => serde_json::from_str(&json).map_err(|e| {
                    ConfigError(format!(
                        "ACCOUNT_NAMES must be a JSON object of account id to name: {e}"
                    ))
                })?,
            },
            member_external_id: get("MEMBER_ROLE_EXTERNAL_ID"),
            delivery_reserve: Duration::from_millis(number("DELIVERY_RESERVE_MS", 5000)?),
            gather_deadline: Duration::from_millis(number("GATHER_DEADLINE_MS", 20_000)?),
        };
        if c.default_destinations.is_empty() && c.routes.is_empty() && c.routes_parameter.is_none()
        {
            return Err(ConfigError(
                "no destination: set SLACK_WEBHOOK_SECRET_ARN (or SLACK_BOT_TOKEN_SECRET_ARN and SLACK_CHANNEL) and/or SNS_TOPIC_ARN (or ROUTES / ROUTES_PARAMETER)"
                    .into(),
            ));
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configuration_errors_are_clear() {
        assert!(Config::from_lookup(|_| None)
            .unwrap_err()
            .to_string()
            .contains("no destination"));
        let bad = Config::from_lookup(|k| match k {
            "SNS_TOPIC_ARN" => Some("t".into()),
            "DEDUP_WINDOW_MINUTES" => Some("soon".into()),
            _ => None,
        });
        assert!(bad
            .unwrap_err()
            .to_string()
            .contains("DEDUP_WINDOW_MINUTES"));
        let routes = Config::from_lookup(|k| match k {
            "ROUTES" => {
                Some(r#"[{"tag":"team=payments","slack_webhook_secret_arn":"arn:s"}]"#.into())
            }
            _ => None,
        })
        .unwrap();
        assert_eq!(routes.routes[0].tag.as_deref(), Some("team=payments"));
        assert!(Config::from_lookup(|k| (k == "ROUTES").then(|| "{".into())).is_err());
        // A misspelt key, a route matching nothing, a route sending nowhere: refused at start.
        for bad in [
            r#"[{"tag":"team=a","slack_secret":"arn:s"}]"#,
            r#"[{"slack_webhook_secret_arn":"arn:s"}]"#,
            r#"[{"cluster":"prod-*"}]"#,
        ] {
            let e = Config::from_lookup(|k| (k == "ROUTES").then(|| bad.into())).unwrap_err();
            assert!(e.to_string().contains("ROUTES"), "{bad}: {e}");
        }
        let bot = Config::from_lookup(|k| match k {
            "SLACK_BOT_TOKEN_SECRET_ARN" => Some("arn:bot".into()),
            "SLACK_CHANNEL" => Some("C0123".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(
            bot.default_destinations,
            [Destination::SlackApp {
                token_secret_arn: "arn:bot".into(),
                channel: "C0123".into()
            }]
        );
        assert!(
            Config::from_lookup(|k| (k == "SLACK_BOT_TOKEN_SECRET_ARN").then(|| "a".into()))
                .unwrap_err()
                .to_string()
                .contains("SLACK_CHANNEL")
        );
        let from_parameter = Config::from_lookup(|k| {
            (k == "ROUTES_PARAMETER").then(|| "/ecs-autopsy/routes".into())
        })
        .unwrap();
        assert_eq!(from_parameter.routes_ttl, Duration::from_secs(300));
    }
}
