//! ecs-autopsy: why did this Amazon ECS task fail to start, with the evidence and the fix.
//!
//! The pipeline, and where each stage lives:
//!
//! ```text
//! EventBridge event / --cluster --task / --cluster --service / --snapshot   (input: target, cli)
//!        │
//!   gather   (AWS I/O, concurrent, read-only)  ──►  snapshot (serde data)   [gather, snapshot]
//!        │
//!   classify (pure: error text → family, service, candidate causes)         [classify]
//!   checks   (pure: snapshot → pass / fail / warn / unknown per cause)      [diagnose]
//!   rank     (pure: one score per cause)                                    [diagnose]
//!   incident (pure: failures grouped by cause and culprit)                  [incident]
//!   render   (pure: text, Markdown, CI, Slack Block Kit, SNS)               [render]
//!        │
//!   notify   (Slack / SNS I/O; routing is pure)                             [notify]
//!   lambda / cli (the two front ends; DynamoDB state in lambda/store)       [lambda, cli]
//! ```
//!
//! Everything but the gather and deliver edges is a pure function, tested with fixtures; the
//! known causes are data in [`catalogue`], the message shapes data in [`classify`], and the checks
//! are registered in one list, [`diagnose::CHECKS`].
//!
//! Cargo features: `cli` (the command line, `watch`, the MCP server) and `lambda` (the function,
//! `notify`); both by default. Everything else is in both binaries.

pub mod arn;
pub mod catalogue;
pub mod classify;
#[cfg(feature = "cli")]
pub mod cli;
pub mod crash;
pub mod diagnose;
pub mod gather;
pub mod incident;
#[cfg(feature = "lambda")]
pub mod lambda;
#[cfg(feature = "cli")]
pub mod mcp;
pub mod net;
#[cfg(feature = "lambda")]
pub mod notify;
pub mod policy;
pub mod redact;
pub mod refs;
pub mod render;
pub mod rollout;
pub mod sdk_error;
pub mod snapshot;
pub mod stop;
pub mod target;
pub mod taskdef;
#[cfg(feature = "cli")]
pub mod watch;
