//! The function's state in DynamoDB, and the only module that touches it: incidents (who
//! received which message), deployments' stories (`rollouts`), the dedup of EventBridge's
//! repeated events, and Slack's pace shared by every copy of the function. One table,
//! conditional writes; docs/decisions.md has the layout. The item helpers below are shared by
//! the stores.

pub(super) mod dedup;
pub(super) mod incidents;
pub(super) mod ratelimit;
pub(super) mod rollouts;

use crate::lambda::Deps;
use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_dynamodb::types::AttributeValue;
use std::collections::HashMap;

/// A DynamoDB item.
type Item = HashMap<String, AttributeValue>;

fn s(v: impl Into<String>) -> AttributeValue {
    AttributeValue::S(v.into())
}

fn n(v: impl ToString) -> AttributeValue {
    AttributeValue::N(v.to_string())
}

/// A number attribute, 0 when absent or not a number.
fn get_n(item: &Item, k: &str) -> i64 {
    item.get(k)
        .and_then(|v| v.as_n().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn ddb_err<E>(what: &str, e: &SdkError<E>) -> String
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    format!("{what}: {}", crate::sdk_error::plain(e))
}

/// Another copy changed the item first: the caller reads it again, or leaves it to that copy.
fn conditional_failed<E: ProvideErrorMetadata>(e: &SdkError<E>) -> bool {
    e.as_service_error()
        .and_then(|s| s.code())
        .is_some_and(|c| c == "ConditionalCheckFailedException")
}

/// One item, read consistently (`what` names it in the error).
async fn read(deps: &Deps, table: &str, key: &str, what: &str) -> Result<Option<Item>, String> {
    deps.dynamodb
        .get_item()
        .table_name(table)
        .key("pk", s(key))
        .consistent_read(true)
        .send()
        .await
        .map(|o| o.item().cloned())
        .map_err(|e| ddb_err(what, &e))
}
