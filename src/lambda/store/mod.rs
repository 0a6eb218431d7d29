//! The function's state in DynamoDB, and the only module that touches it: incidents (who
//! received which message), deployments' stories (`rollouts`), the dedup of EventBridge's
//! repeated events, and Slack's pace shared by every copy of the function. One table, conditional writes; docs/decisions.md has the layout.

pub(super) mod dedup;
pub(super) mod incidents;
pub(super) mod ratelimit;
pub(super) mod rollouts;
