//! ecs-autopsy: why did this Amazon ECS task fail to start, with the evidence and the fix.
//!
//! The pipeline, and where each stage lives:
//!
//! ```text
//! EventBridge event / --cluster --task / --cluster --service / --snapshot   (input: event, cli)
//!        │
//!   gather   (AWS I/O, concurrent, read-only)  ──►  snapshot (serde data)   [gather, snapshot]
//!        │
//!   classify (pure: error text → family, service, candidate causes)         [classify]
//!   checks   (pure: snapshot → pass / fail / warn / unknown per cause)      [diagnose]
//!   rank + render (pure: text, Markdown, JSON, Slack Block Kit, SNS)        [diagnose, render, notification]
//!        │
//!   deliver  (Slack / SNS I/O, dedup; routing is pure)                      [lambda, deliver, routing]
//! ```
//!
//! Everything but the gather and deliver edges is a pure function, tested with fixtures; the
//! known causes are data in [`catalogue`], the message shapes data in [`classify`], and the checks
//! are registered in one list, [`diagnose::CHECKS`].

pub mod catalogue;
pub mod classify;
pub mod cli;
pub mod crash;
pub mod deliver;
pub mod diagnose;
pub mod event;
pub mod gather;
pub mod incident;
pub mod lambda;
pub mod net;
pub mod notification;
pub mod policy;
pub mod refs;
pub mod render;
pub mod routing;
pub mod snapshot;
pub mod stop;
pub mod taskdef;
