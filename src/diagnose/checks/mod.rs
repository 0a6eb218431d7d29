//! The checks, one file per area of the catalogue (network and IAM checks are in
//! `diagnose/network.rs` and `diagnose/iam.rs`, built on their analyses). Each is a pure
//! `fn(&Facts) -> Outcome`, registered in [`crate::diagnose::CHECKS`].

pub mod container;
pub mod health;
pub mod image;
pub mod logs;
pub mod placement;
pub mod secrets;
pub mod storage;
pub mod task;
