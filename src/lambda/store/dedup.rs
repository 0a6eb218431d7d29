//! Duplicate deliveries, as DynamoDB conditional writes: an event is handled once. (Repeats of a
//! failure are grouped by incidents.rs.)
//!
//! Nothing lost, nothing twice: when a destination fails and another succeeds, the event's item
//! records what was delivered and that something is still owed (`owed`); the invocation fails,
//! Lambda retries it, and the retry claims the event again and delivers only what is owed.

use crate::lambda::Action;
use crate::lambda::Deps;
use aws_sdk_dynamodb::types::AttributeValue;
use std::time::{SystemTime, UNIX_EPOCH};

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// What claiming an event found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Claim {
    /// First time: deliver everywhere.
    New,
    /// A retry of an event whose delivery was partial: these destinations already have it.
    Resume { delivered: Vec<String> },
    /// Another delivery of the event was handled, or is being handled.
    Duplicate,
}

/// Marks an event as being handled. The condition admits a first claim, or a retry of an
/// event that is still owed somewhere; the old item tells which destinations already have it.
async fn claim_event(deps: &Deps, table: &str, key: &str) -> Result<Claim, String> {
    let r = deps
        .dynamodb
        .put_item()
        .table_name(table)
        .item("pk", AttributeValue::S(key.into()))
        .item(
            "expires_at",
            AttributeValue::N((now_secs() + 86_400).to_string()),
        )
        .condition_expression("attribute_not_exists(pk) OR attribute_exists(owed)")
        .return_values(aws_sdk_dynamodb::types::ReturnValue::AllOld)
        .send()
        .await;
    match r {
        Ok(out) => Ok(
            match out
                .attributes()
                .and_then(|a| a.get("delivered"))
                .and_then(|v| v.as_ss().ok())
            {
                Some(d) => Claim::Resume {
                    delivered: d.clone(),
                },
                None if out.attributes().is_some_and(|a| a.contains_key("owed")) => Claim::Resume {
                    delivered: Vec::new(),
                },
                None => Claim::New,
            },
        ),
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_conditional_check_failed_exception()) =>
        {
            Ok(Claim::Duplicate)
        }
        Err(e) => Err(format!(
            "dedup table {table}: {}",
            crate::sdk_error::plain(&e)
        )),
    }
}

/// Records a partial delivery: what has the event now, and that the rest is owed, so Lambda's
/// retry delivers only that. Best effort: if the write fails, the retry delivers everywhere
/// (a duplicate beats a loss).
pub(crate) async fn record_owed(deps: &Deps, key: &str, delivered: &[String]) {
    let Some(table) = &deps.config.dedup_table else {
        return;
    };
    let mut req = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", AttributeValue::S(key.into()));
    req = if delivered.is_empty() {
        req.update_expression("SET owed = :t")
    } else {
        req.update_expression("SET owed = :t ADD delivered :d")
            .expression_attribute_values(":d", AttributeValue::Ss(delivered.to_vec()))
    };
    if let Err(e) = req
        .expression_attribute_values(":t", AttributeValue::Bool(true))
        .send()
        .await
    {
        tracing::warn!(error = %crate::sdk_error::plain(&e), "could not record the partial delivery: the retry will deliver everywhere");
    }
}

/// A retried event delivered everything it owed: later deliveries of it are duplicates again.
pub(crate) async fn settle(deps: &Deps, key: &str) {
    let Some(table) = &deps.config.dedup_table else {
        return;
    };
    let _ = deps
        .dynamodb
        .update_item()
        .table_name(table)
        .key("pk", AttributeValue::S(key.into()))
        .update_expression("REMOVE owed")
        .send()
        .await;
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

/// Releases event claims so a retry of the event is not taken for a duplicate.
pub(crate) async fn release_claims(deps: &Deps, keys: &[Option<&str>]) {
    if let Some(table) = &deps.config.dedup_table {
        for key in keys.iter().flatten() {
            release_event(deps, table, key).await;
        }
    }
}

/// Claims an event for this invocation: `Err(summary)` when another delivery of it was already
/// handled (the invocation ends there), else what is already delivered. Without a table, or when
/// the table cannot be reached, the event is handled (a duplicate message beats a lost one).
pub(crate) async fn claim_or_duplicate(
    deps: &Deps,
    key: &str,
) -> Result<Vec<String>, crate::lambda::Summary> {
    let Some(table) = deps.config.dedup_table.as_ref() else {
        return Ok(Vec::new());
    };
    match claim_event(deps, table, key).await {
        Ok(Claim::Duplicate) => Err(crate::lambda::Summary::ignored(
            Action::Duplicate,
            format!("already handled {key}"),
        )),
        Ok(Claim::New) => Ok(Vec::new()),
        Ok(Claim::Resume { delivered }) => {
            tracing::info!(event = %key, delivered = ?delivered, "retry of a partial delivery: only what is owed is sent");
            Ok(delivered)
        }
        Err(e) => {
            tracing::warn!(error = %e, "dedup unavailable: notifying anyway");
            Ok(Vec::new())
        }
    }
}
