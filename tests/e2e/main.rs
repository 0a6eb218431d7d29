//! The end-to-end tier: the real binaries against real HTTP APIs on 127.0.0.1 — moto_server
//! (installed into `.venv` on first use), the project's fault-injecting proxy, local Slack sinks, a
//! fake Lambda Runtime API — and the IAM evaluator against npm's iam-simulate (installed into
//! `tests/oracle` on first use). One moto for the whole tier; each test builds its own world.
//!
//! `cargo test --test e2e` runs it alone; `cargo test` runs it with the fast tier.

#[path = "../common/mod.rs"]
mod common;

mod diagnose_moto;
mod faultproxy;
mod gather_moto;
mod iam_oracle;
mod lambda_e2e;
mod mcp;
mod organisation;
mod preflight;
mod storm;
mod watch;
