//! Slack: an incoming webhook (it can only post) or a Slack app's Web API (`chat.postMessage`,
//! `chat.update`). I/O only; the payloads come from `crate::render`.
//!
//! The webhook URL and the bot token are credentials: read from Secrets Manager (the only secret
//! values ecs-autopsy ever reads), cached for the life of the Lambda container, and never logged
//! or put in an error (reqwest errors carry the URL; it is stripped).

use serde_json::Value;
use std::collections::HashMap;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::Instant;

/// Slack delivery with a cache of webhook URLs and bot tokens by secret ARN.
///
/// Two ways in: an incoming webhook (a URL; it can only post), or a Slack app's bot token with
/// the Web API (`chat.postMessage`, `chat.update`): one message per incident updated in place,
/// follow-ups in its thread. The bot token is a credential like the webhook URL: read from
/// Secrets Manager, never logged.
pub struct Slack {
    http: reqwest::Client,
    secrets: aws_sdk_secretsmanager::Client,
    cache: Mutex<HashMap<String, String>>,
    /// The Web API's base URL (`https://slack.com/api`; a loopback sink in tests).
    api: String,
}

/// What a Web API call answered: the message's channel and `ts` (its id, for updates and
/// thread replies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    pub channel: String,
    pub ts: String,
}

impl Slack {
    pub fn new(secrets: aws_sdk_secretsmanager::Client) -> Self {
        Self::with_api(secrets, "https://slack.com/api")
    }

    pub fn with_api(secrets: aws_sdk_secretsmanager::Client, api: &str) -> Self {
        Slack {
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(5))
                .connect_timeout(Duration::from_secs(3))
                .build()
                .unwrap_or_default(),
            secrets,
            cache: Mutex::new(HashMap::new()),
            api: api.trim_end_matches('/').to_string(),
        }
    }

    /// The secret's string, cached for the life of the container.
    async fn secret(&self, secret_arn: &str) -> Result<String, String> {
        if let Some(v) = self.cache.lock().await.get(secret_arn) {
            return Ok(v.clone());
        }
        let out = self
            .secrets
            .get_secret_value()
            .secret_id(secret_arn)
            .send()
            .await
            .map_err(|e| {
                use aws_sdk_secretsmanager::error::ProvideErrorMetadata;
                format!(
                    "cannot read the Slack secret {secret_arn}: {}",
                    e.as_service_error()
                        .and_then(|s| s.code())
                        .unwrap_or("request failed")
                )
            })?;
        let raw = out.secret_string().unwrap_or_default().trim().to_string();
        self.cache
            .lock()
            .await
            .insert(secret_arn.to_string(), raw.clone());
        Ok(raw)
    }

    async fn webhook(&self, secret_arn: &str) -> Result<String, String> {
        parse_webhook_secret(&self.secret(secret_arn).await?).ok_or_else(|| {
            format!("the secret {secret_arn} holds no webhook URL (a URL, or JSON with \"url\" or \"webhook_url\")")
        })
    }

    async fn bot_token(&self, secret_arn: &str) -> Result<String, String> {
        parse_bot_token_secret(&self.secret(secret_arn).await?).ok_or_else(|| {
            format!(
                "the secret {secret_arn} holds no bot token (xoxb-…, or JSON with \"bot_token\")"
            )
        })
    }

    /// Posts the payload; retries 429 (honouring Retry-After) and 5xx until `deadline`.
    pub async fn post(
        &self,
        secret_arn: &str,
        payload: &Value,
        deadline: Instant,
    ) -> Result<(), String> {
        self.post_gated(secret_arn, payload, deadline, |wait| async move {
            if let Some(wait) = wait {
                tokio::time::sleep(wait).await;
            }
            Ok(())
        })
        .await
    }

    /// [`Slack::post`] with a gate before every attempt: the Lambda's gate waits for a turn of
    /// the webhook's rate limit shared by all copies, and is told Slack's Retry-After after a
    /// 429 (the wait is the gate's). A gate that refuses ends the post: the message stays owed.
    pub async fn post_gated<G, F>(
        &self,
        secret_arn: &str,
        payload: &Value,
        deadline: Instant,
        gate: G,
    ) -> Result<(), String>
    where
        G: FnMut(Option<Duration>) -> F,
        F: std::future::Future<Output = Result<(), String>>,
    {
        let url = self.webhook(secret_arn).await?;
        self.send(&url, None, &payload.to_string(), deadline, gate)
            .await
            .map(|_| ())
    }

    /// A Web API call (`chat.postMessage`, `chat.update`) with the bot token of `secret_arn`,
    /// gated like [`Slack::post_gated`]. Slack answers 200 with `"ok": false` for what it
    /// refuses (`channel_not_found`, `invalid_auth`, `invalid_blocks`): not retried.
    pub async fn api<G, F>(
        &self,
        secret_arn: &str,
        method: &str,
        body: &Value,
        deadline: Instant,
        gate: G,
    ) -> Result<Posted, String>
    where
        G: FnMut(Option<Duration>) -> F,
        F: std::future::Future<Output = Result<(), String>>,
    {
        let token = self.bot_token(secret_arn).await?;
        let url = format!("{}/{method}", self.api);
        let answer = self
            .send(&url, Some(&token), &body.to_string(), deadline, gate)
            .await?;
        let v: Value = serde_json::from_str(&answer)
            .map_err(|_| format!("Slack {method}: the answer is not JSON"))?;
        if v["ok"] != Value::Bool(true) {
            return Err(format!(
                "Slack {method} refused: {}",
                v["error"].as_str().unwrap_or("no error given")
            ));
        }
        Ok(Posted {
            channel: v["channel"]
                .as_str()
                .or(body["channel"].as_str())
                .unwrap_or_default()
                .to_string(),
            ts: v["ts"]
                .as_str()
                .or(body["ts"].as_str())
                .unwrap_or_default()
                .to_string(),
        })
    }

    /// One HTTP POST with retries: 429 (Retry-After, through the gate) and 5xx until
    /// `deadline`, at most 5 attempts. The URL (a credential for webhooks) never reaches an error.
    async fn send<G, F>(
        &self,
        url: &str,
        token: Option<&str>,
        body: &str,
        deadline: Instant,
        mut gate: G,
    ) -> Result<String, String>
    where
        G: FnMut(Option<Duration>) -> F,
        F: std::future::Future<Output = Result<(), String>>,
    {
        let mut attempt = 0u32;
        let mut retry_after = None;
        loop {
            attempt += 1;
            gate(retry_after.take()).await?;
            let mut req = self
                .http
                .post(url)
                .header("content-type", "application/json; charset=utf-8")
                .body(body.to_string());
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            let (pause, why, limited) = match req.send().await {
                Ok(resp) if resp.status().is_success() => {
                    return Ok(resp.text().await.unwrap_or_default())
                }
                Ok(resp) if resp.status().as_u16() == 429 => {
                    let secs = resp
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<u64>().ok())
                        .unwrap_or(1);
                    (
                        Duration::from_secs(secs.min(30)),
                        "Slack rate limited the post (429)".to_string(),
                        true,
                    )
                }
                Ok(resp) if resp.status().is_server_error() => (
                    Duration::from_millis(300 * u64::from(attempt)),
                    format!("Slack answered {}", resp.status().as_u16()),
                    false,
                ),
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let text = resp.text().await.unwrap_or_default();
                    return Err(format!(
                        "Slack rejected the message ({status}): {}",
                        text.chars().take(200).collect::<String>()
                    ));
                }
                Err(e) => (
                    Duration::from_millis(300 * u64::from(attempt)),
                    format!("Slack unreachable: {}", e.without_url()),
                    false,
                ),
            };
            if attempt >= 5 || Instant::now() + pause >= deadline {
                return Err(format!("{why}; gave up after {attempt} attempt(s)"));
            }
            if limited {
                retry_after = Some(pause);
            } else {
                tokio::time::sleep(pause).await;
            }
        }
    }
}

/// A bot-token secret is the token itself (`xoxb-…`), or JSON with `bot_token` / `token`.
pub fn parse_bot_token_secret(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.starts_with("xoxb-") || raw.starts_with("xoxp-") {
        return Some(raw.to_string());
    }
    let v: Value = serde_json::from_str(raw).ok()?;
    ["bot_token", "token", "slack_bot_token"]
        .iter()
        .find_map(|k| v.get(*k)?.as_str())
        .filter(|t| t.starts_with("xox"))
        .map(str::to_string)
}

/// A webhook secret is the URL itself, or JSON with `url` / `webhook_url` / `webhookUrl`.
pub fn parse_webhook_secret(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.starts_with("https://") || raw.starts_with("http://") {
        return Some(raw.to_string());
    }
    let v: Value = serde_json::from_str(raw).ok()?;
    ["url", "webhook_url", "webhookUrl", "slack_webhook_url"]
        .iter()
        .find_map(|k| v.get(*k)?.as_str())
        .filter(|u| u.starts_with("http"))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhook_secrets() {
        assert_eq!(
            parse_webhook_secret(" https://hooks.slack.com/x "),
            Some("https://hooks.slack.com/x".into())
        );
        assert_eq!(
            parse_webhook_secret(r#"{"webhook_url":"https://h/x"}"#),
            Some("https://h/x".into())
        );
        assert_eq!(parse_webhook_secret(r#"{"url":"ftp://x"}"#), None);
        assert_eq!(parse_webhook_secret("not a url"), None);
        assert_eq!(
            parse_bot_token_secret(" xoxb-1-2 "),
            Some("xoxb-1-2".into())
        );
        assert_eq!(
            parse_bot_token_secret(r#"{"bot_token":"xoxb-9"}"#),
            Some("xoxb-9".into())
        );
        assert_eq!(parse_bot_token_secret("https://hooks.slack.com/x"), None);
    }
}
