//! Rendering (pure): a [`Report`](crate::diagnose::Report), a [`Notification`] or an
//! [`Incident`](crate::incident::Incident) in, text or a payload out. No I/O here: `crate::notify`
//! sends what is built here, the CLI prints it.
//!
//! | for | module |
//! |---|---|
//! | a terminal | [`terminal`] |
//! | Markdown (tickets, job summaries) | [`markdown`] |
//! | CI (GitHub annotations, SARIF) | [`ci`] |
//! | Slack (Block Kit) | [`slack`], an incident's messages in [`incident`] |
//! | SNS and AWS Chatbot | [`sns`], an incident's messages in [`incident`] |
//! | a deployment's story (Slack, SNS) | [`rollout`] |
//!
//! Every text that comes from AWS, a container or a log is escaped ([`escape`]) on every path
//! into a message, so it is shown as data and never acts as markup, a mention or a link.

pub mod ci;
pub mod escape;
pub mod incident;
pub mod links;
pub mod markdown;
mod message;
pub mod rollout;
pub mod slack;
pub mod sns;
pub mod terminal;

pub use message::{service_event_line, Notification, Severity};
