//! Slack's limit, shared by every concurrent copy of the function: about one message a second
//! per webhook, with a short burst. One item per webhook (`rate#HASH`) holds the theoretical
//! arrival time of the next message (GCRA, the leaky bucket as a clock); a copy takes a slot
//! with one conditional write and sleeps until it. A 429's Retry-After moves the clock for all
//! copies, so nobody knocks again before Slack said. docs/decisions.md says why this and not an
//! SQS queue.

use crate::incident::short_hash;
use crate::lambda::Deps;
use aws_sdk_dynamodb::types::AttributeValue;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::time::Instant;

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The slot of the next message. Pure: GCRA with `interval` between messages and `burst` of
/// them at once. `tat` is the stored clock (0 when none); returns (send at, new clock).
pub fn slot(tat: i64, now: i64, interval: i64, burst: i64) -> (i64, i64) {
    let tat = tat.max(now);
    let send_at = now.max(tat - (burst.max(1) - 1) * interval);
    (send_at, tat + interval)
}

/// Waits for this copy's turn to post to the webhook of `secret_arn`. `retry_after`: Slack
/// answered 429 with it, so the shared clock moves past it first. Without a table the limit is
/// this copy's own (reserved concurrency bounds the copies). `Err` when the turn comes after
/// `deadline`: the message stays owed and is sent by the retry or the sweep.
pub(crate) async fn acquire(
    deps: &Deps,
    secret_arn: &str,
    retry_after: Option<Duration>,
    deadline: Instant,
) -> Result<(), String> {
    let interval = deps.config.slack_interval.as_millis() as i64;
    let burst = i64::from(deps.config.slack_burst);
    let Some(table) = &deps.config.dedup_table else {
        if let Some(wait) = retry_after {
            tokio::time::sleep(wait).await;
        }
        return Ok(());
    };
    let key = format!("rate#{}", short_hash(secret_arn));
    for _ in 0..20 {
        let got = deps
            .dynamodb
            .get_item()
            .table_name(table)
            .key("pk", AttributeValue::S(key.clone()))
            .consistent_read(true)
            .send()
            .await;
        let old = match got {
            Ok(out) => out
                .item()
                .and_then(|i| i.get("tat"))
                .and_then(|v| v.as_n().ok())
                .and_then(|v| v.parse::<i64>().ok()),
            Err(e) => {
                tracing::warn!(error = %crate::sdk_error::plain(&e), "shared Slack rate limit unavailable: posting at this copy's own pace");
                return Ok(());
            }
        };
        let now = now_ms();
        let floor = retry_after.map_or(0, |d| now + d.as_millis() as i64);
        // After a 429 nobody sends before Retry-After, bursts included.
        let (send_at, new_tat) = match retry_after {
            Some(_) => {
                let start = old.unwrap_or(0).max(floor);
                (start, start + interval)
            }
            None => slot(old.unwrap_or(0), now, interval, burst),
        };
        let remaining = deadline.saturating_duration_since(Instant::now());
        if send_at - now > remaining.as_millis() as i64 {
            return Err(format!(
                "Slack's rate limit: the next turn is in {} ms, after this invocation's deadline",
                send_at - now
            ));
        }
        let mut put = deps
            .dynamodb
            .put_item()
            .table_name(table)
            .item("pk", AttributeValue::S(key.clone()))
            .item("tat", AttributeValue::N(new_tat.to_string()))
            .item(
                "expires_at",
                AttributeValue::N((now / 1000 + 86_400).to_string()),
            );
        put = match old {
            Some(v) => put
                .condition_expression("tat = :old")
                .expression_attribute_values(":old", AttributeValue::N(v.to_string())),
            None => put.condition_expression("attribute_not_exists(pk)"),
        };
        match put.send().await {
            Ok(_) => {
                let wait = (send_at - now).max(0) as u64;
                if wait > 0 {
                    tokio::time::sleep(Duration::from_millis(wait)).await;
                }
                return Ok(());
            }
            Err(e)
                if e.as_service_error()
                    .is_some_and(|s| s.is_conditional_check_failed_exception()) =>
            {
                // Another copy took a slot first: read the clock again.
                continue;
            }
            Err(e) => {
                tracing::warn!(error = %crate::sdk_error::plain(&e), "shared Slack rate limit unavailable: posting at this copy's own pace");
                return Ok(());
            }
        }
    }
    Err("Slack's rate limit: too much contention for the shared clock".into())
}

#[cfg(test)]
mod tests {
    use super::slot;

    #[test]
    fn a_burst_then_one_a_second() {
        let (mut tat, mut sent) = (0, Vec::new());
        for _ in 0..6 {
            let (at, next) = slot(tat, 10_000, 1000, 3);
            sent.push(at);
            tat = next;
        }
        assert_eq!(sent, [10_000, 10_000, 10_000, 11_000, 12_000, 13_000]);
        // An idle webhook earns its burst back, never more.
        let (at, _) = slot(tat, 60_000, 1000, 3);
        assert_eq!(at, 60_000);
        // No more than `burst` messages in any window of `burst` intervals.
        let (mut tat, mut times) = (0, Vec::new());
        for t in (0..20_000).step_by(100) {
            let (at, next) = slot(tat, t, 1000, 3);
            times.push(at);
            tat = next;
        }
        for (i, a) in times.iter().enumerate() {
            let within = times[i..].iter().filter(|b| **b < a + 1000).count();
            assert!(within <= 3, "{within} messages within a second of {a}");
        }
    }
}
