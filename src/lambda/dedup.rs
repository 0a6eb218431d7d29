//! Duplicate deliveries and crash loops, as DynamoDB conditional writes: an event is handled
//! once, and one (place, cause) is reported at most once per window, the repeats counted.

use super::Deps;
use aws_sdk_dynamodb::types::AttributeValue;
use std::time::{SystemTime, UNIX_EPOCH};

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Marks an event as being handled; false when another delivery of it already did.
async fn claim_event(deps: &Deps, table: &str, key: &str) -> Result<bool, String> {
    let r = deps
        .dynamodb
        .put_item()
        .table_name(table)
        .item("pk", AttributeValue::S(key.into()))
        .item(
            "expires_at",
            AttributeValue::N((now_secs() + 86_400).to_string()),
        )
        .condition_expression("attribute_not_exists(pk)")
        .send()
        .await;
    match r {
        Ok(_) => Ok(true),
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_conditional_check_failed_exception()) =>
        {
            Ok(false)
        }
        Err(e) => Err(format!(
            "dedup table {table}: {}",
            aws_sdk_dynamodb::error::DisplayErrorContext(&e)
        )),
    }
}

async fn release_event(deps: &Deps, table: &str, key: &str) {
    let _ = deps
        .dynamodb
        .delete_item()
        .table_name(table)
        .key("pk", AttributeValue::S(key.into()))
        .send()
        .await;
}

/// Releases dedup claims (event and window) so a retry of the event can post.
pub(super) async fn release_claims(deps: &Deps, keys: &[Option<&str>]) {
    if let Some(table) = &deps.config.dedup_table {
        for key in keys.iter().flatten() {
            release_event(deps, table, key).await;
        }
    }
}

/// Crash-loop window: `Ok(Some(n))` = send, `n` repeats were suppressed since the last message;
/// `Ok(None)` = suppress (counted for the next message).
pub(super) async fn window(deps: &Deps, table: &str, key: &str) -> Result<Option<u64>, String> {
    let now = now_secs();
    let cutoff = now - deps.config.dedup_window.as_secs() as i64;
    let r = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", AttributeValue::S(key.into()))
        .update_expression("SET last_sent = :now, repeats = :zero, expires_at = :exp")
        .condition_expression("attribute_not_exists(pk) OR last_sent <= :cutoff")
        .expression_attribute_values(":now", AttributeValue::N(now.to_string()))
        .expression_attribute_values(":zero", AttributeValue::N("0".into()))
        .expression_attribute_values(":cutoff", AttributeValue::N(cutoff.to_string()))
        .expression_attribute_values(":exp", AttributeValue::N((now + 7 * 86_400).to_string()))
        .return_values(aws_sdk_dynamodb::types::ReturnValue::AllOld)
        .send()
        .await;
    match r {
        Ok(out) => Ok(Some(
            out.attributes()
                .and_then(|a| a.get("repeats"))
                .and_then(|v| v.as_n().ok())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0),
        )),
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_conditional_check_failed_exception()) =>
        {
            let _ = deps
                .dynamodb
                .update_item()
                .table_name(table)
                .key("pk", AttributeValue::S(key.into()))
                .update_expression("ADD repeats :one")
                .expression_attribute_values(":one", AttributeValue::N("1".into()))
                .send()
                .await;
            Ok(None)
        }
        Err(e) => Err(format!(
            "dedup table {table}: {}",
            aws_sdk_dynamodb::error::DisplayErrorContext(&e)
        )),
    }
}

/// Claims an event for this invocation: `Some(summary)` when another delivery of it was already
/// handled (the invocation ends there), `None` to go on. Without a table, or when the table
/// cannot be reached, the event is handled (a duplicate message beats a lost one).
pub(super) async fn claim_or_duplicate(deps: &Deps, key: &str) -> Option<super::Summary> {
    let table = deps.config.dedup_table.as_ref()?;
    match claim_event(deps, table, key).await {
        Ok(false) => Some(super::Summary::ignored(
            "duplicate",
            format!("already handled {key}"),
        )),
        Ok(true) => None,
        Err(e) => {
            tracing::warn!(error = %e, "dedup unavailable: notifying anyway");
            None
        }
    }
}
