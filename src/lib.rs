//! ecs-autopsy: why did this Amazon ECS task fail to start, with the evidence and the fix.
//!
//! The pipeline, and where each stage lives:
//!
//! ```text
//! EventBridge event / --cluster --task      (input)
//!        │
//!   gather  (AWS I/O, concurrent)  ──►  snapshot (serde data)        [coming: gather issue]
//!        │
//!   classify (pure: error text → family, service, candidate causes)  [classify]
//!   checks   (pure: snapshot → confirmed / ruled out / unknown)       [coming: diagnose issue]
//!   rank + render (pure: text, JSON, Slack Block Kit, SNS)            [coming]
//!        │
//!   deliver (Slack / SNS I/O)                                         [coming: deliver issue]
//! ```
//!
//! Everything in this crate except the gather and deliver edges is a pure function, tested with
//! fixtures; the known causes are data in [`catalogue`] and the message shapes are data in
//! [`classify`].

pub mod catalogue;
pub mod classify;
pub mod cli;
pub mod deliver;
pub mod diagnose;
pub mod event;
pub mod gather;
pub mod lambda;
pub mod net;
pub mod notification;
pub mod policy;
pub mod refs;
pub mod render;
pub mod snapshot;
