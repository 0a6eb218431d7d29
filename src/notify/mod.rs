//! Delivery: where a message goes ([`Destination`], chosen by [`routing`]) and sending it there
//! ([`send`]). Slack and SNS are I/O; routing is pure. The payloads come from `crate::render`.

pub mod routing;
pub mod slack;
pub mod sns;

use crate::render::sns::SnsMessage;
use serde_json::Value;
use std::fmt;
use std::str::FromStr;
use std::time::Duration;
use tokio::time::Instant;

/// Where one message goes.
///
/// Stored in the incident table by its [`fmt::Display`] form (`slack:ARN`, `slackbot:ARN#CHANNEL`,
/// `sns:ARN`), which records which destination received which message: keep that form stable.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Destination {
    /// An incoming webhook: the Secrets Manager secret holding its URL. It can only post.
    SlackWebhook {
        secret_arn: String,
    },
    /// A Slack app: the secret holding its bot token, and the channel it posts to. One message per
    /// incident, updated in place, follow-ups in its thread.
    SlackApp {
        token_secret_arn: String,
        channel: String,
    },
    Sns {
        topic_arn: String,
    },
}

impl Destination {
    /// `slack` or `sns`, as delivery records name them.
    pub fn kind(&self) -> &'static str {
        match self {
            Destination::SlackWebhook { .. } | Destination::SlackApp { .. } => "slack",
            Destination::Sns { .. } => "sns",
        }
    }

    /// What a person may see of it (never a webhook URL): the secret or topic ARN, and a Slack
    /// app's channel. Also the key of its shared rate limit.
    pub fn target(&self) -> String {
        match self {
            Destination::SlackWebhook { secret_arn } => secret_arn.clone(),
            Destination::SlackApp {
                token_secret_arn,
                channel,
            } => format!("{token_secret_arn}#{channel}"),
            Destination::Sns { topic_arn } => topic_arn.clone(),
        }
    }
}

impl fmt::Display for Destination {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Destination::SlackWebhook { secret_arn } => write!(f, "slack:{secret_arn}"),
            Destination::SlackApp { .. } => write!(f, "slackbot:{}", self.target()),
            Destination::Sns { topic_arn } => write!(f, "sns:{topic_arn}"),
        }
    }
}

/// A stored destination that is not one of the three forms.
#[derive(Debug, thiserror::Error)]
#[error("unknown destination {0:?}")]
pub struct UnknownDestination(String);

impl FromStr for Destination {
    type Err = UnknownDestination;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let unknown = || UnknownDestination(s.to_string());
        match s.split_once(':').ok_or_else(unknown)? {
            ("slack", arn) if !arn.is_empty() => Ok(Destination::SlackWebhook {
                secret_arn: arn.to_string(),
            }),
            ("slackbot", target) => {
                let (arn, channel) = target.split_once('#').ok_or_else(unknown)?;
                Ok(Destination::SlackApp {
                    token_secret_arn: arn.to_string(),
                    channel: channel.to_string(),
                })
            }
            ("sns", topic) if !topic.is_empty() => Ok(Destination::Sns {
                topic_arn: topic.to_string(),
            }),
            _ => Err(unknown()),
        }
    }
}

/// Why a message did not reach its destination: what Slack or SNS answered, or why nothing was
/// sent. Never holds a webhook URL or a token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// A message kept for a later send could not be read back.
    #[error("the stored message is unreadable")]
    Unreadable,
    /// A stored destination that is not one (`slack:…`, `slackbot:…#…`, `sns:…`).
    #[error("{0}")]
    Destination(String),
    /// Only a Slack app edits what it posted.
    #[error("{0} cannot edit a message")]
    CannotEdit(String),
    #[error("{0}")]
    Slack(String),
    #[error("{0}")]
    Sns(String),
}

/// A delivery that failed, with its destination (as [`Destination::target`] names it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{destination}: {source}")]
pub struct DeliveryError {
    pub destination: String,
    #[source]
    pub source: SendError,
}

/// One destination's outcome.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Delivery {
    /// `slack` or `sns`.
    pub kind: &'static str,
    /// [`Destination::target`] (never the webhook URL).
    pub target: String,
    pub ok: bool,
    /// Why it failed (serialized as its text).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "as_text")]
    pub error: Option<SendError>,
}

fn as_text<S: serde::Serializer>(e: &Option<SendError>, s: S) -> Result<S::Ok, S::Error> {
    match e {
        Some(e) => s.collect_str(e),
        None => s.serialize_none(),
    }
}

impl Delivery {
    pub fn of(destination: &Destination, result: Result<(), SendError>) -> Self {
        Delivery {
            kind: destination.kind(),
            target: destination.target(),
            ok: result.is_ok(),
            error: result.err(),
        }
    }

    /// The failure, with where it happened; `None` when the message was delivered.
    pub fn failure(&self) -> Option<DeliveryError> {
        self.error.clone().map(|source| DeliveryError {
            destination: self.target.clone(),
            source,
        })
    }
}

/// The clients a send needs.
pub struct Senders<'a> {
    pub slack: &'a slack::Slack,
    pub sns: &'a aws_sdk_sns::Client,
}

/// One message, rendered for every kind of destination.
pub struct Message<'a> {
    pub slack: Option<&'a Value>,
    pub sns: Option<&'a SnsMessage>,
    /// For a Slack app's later message of an incident or a deployment: the first message's `ts`
    /// and, when it changed, its live version. The first is updated in place (when given) and the
    /// message goes into its thread.
    pub parent: Option<(&'a str, Option<Value>)>,
}

/// Sends `message` to `destination`. `gate` runs before every Slack attempt (the Lambda's gate
/// waits for a turn of the destination's rate limit shared by all copies, and is told Slack's
/// Retry-After after a 429); a gate that refuses ends the send and the message stays owed.
/// Returns the delivery and, for a Slack app's first message, its `ts` (kept for updates).
pub async fn send<G, F>(
    senders: &Senders<'_>,
    destination: &Destination,
    message: &Message<'_>,
    deadline: Instant,
    gate: G,
) -> (Delivery, Option<String>)
where
    G: FnMut(Option<Duration>) -> F + Clone,
    F: std::future::Future<Output = Result<(), String>>,
{
    let unreadable = |d: &Destination| (Delivery::of(d, Err(SendError::Unreadable)), None);
    match destination {
        Destination::SlackWebhook { secret_arn } => {
            let Some(payload) = message.slack else {
                return unreadable(destination);
            };
            let r = senders
                .slack
                .post_gated(secret_arn, payload, deadline, gate)
                .await
                .map_err(SendError::Slack);
            (Delivery::of(destination, r), None)
        }
        Destination::SlackApp {
            token_secret_arn,
            channel,
        } => {
            let Some(payload) = message.slack else {
                return unreadable(destination);
            };
            let mut body = payload.clone();
            body["channel"] = Value::String(channel.clone());
            if let Some((ts, live)) = &message.parent {
                if let Some(live) = live {
                    let r = update_in_place(senders, destination, ts, live, deadline, gate.clone());
                    if let Err(e) = r.await {
                        tracing::warn!(error = %e, "could not update the first message in place");
                    }
                }
                body["thread_ts"] = Value::String(ts.to_string());
            }
            match senders
                .slack
                .api(token_secret_arn, "chat.postMessage", &body, deadline, gate)
                .await
            {
                // A thread reply's ts is not the incident's message.
                Ok(posted) => (
                    Delivery::of(destination, Ok(())),
                    message.parent.is_none().then_some(posted.ts),
                ),
                Err(e) => (Delivery::of(destination, Err(SendError::Slack(e))), None),
            }
        }
        Destination::Sns { topic_arn } => {
            let Some(m) = message.sns else {
                return unreadable(destination);
            };
            (
                Delivery::of(
                    destination,
                    sns::publish(senders.sns, topic_arn, m)
                        .await
                        .map_err(SendError::Sns),
                ),
                None,
            )
        }
    }
}

/// Replaces a Slack app's message `ts` with `payload` (`chat.update`). Only a Slack app can edit
/// what it posted; for any other destination this is an error.
pub async fn update_in_place<G, F>(
    senders: &Senders<'_>,
    destination: &Destination,
    ts: &str,
    payload: &Value,
    deadline: Instant,
    gate: G,
) -> Result<(), SendError>
where
    G: FnMut(Option<Duration>) -> F + Clone,
    F: std::future::Future<Output = Result<(), String>>,
{
    let Destination::SlackApp {
        token_secret_arn,
        channel,
    } = destination
    else {
        return Err(SendError::CannotEdit(destination.kind().to_string()));
    };
    let mut update = payload.clone();
    update["channel"] = Value::String(channel.clone());
    update["ts"] = Value::String(ts.to_string());
    senders
        .slack
        .api(token_secret_arn, "chat.update", &update, deadline, gate)
        .await
        .map(|_| ())
        .map_err(SendError::Slack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_keep_their_stored_form() {
        for s in [
            "slack:arn:aws:secretsmanager:us-east-1:1:secret:hook-AbCdEf",
            "slackbot:arn:aws:secretsmanager:us-east-1:1:secret:bot-AbCdEf#C0123",
            "sns:arn:aws:sns:us-east-1:1:alerts",
        ] {
            let d: Destination = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
        assert!("teams:x".parse::<Destination>().is_err());
        assert!("slackbot:arn-without-channel"
            .parse::<Destination>()
            .is_err());
    }
}
