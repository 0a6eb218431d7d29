//! The fast tier: everything that needs no server, no network and no package manager — the
//! catalogue and its meta-tests, both message corpora, crash signatures on real log tails,
//! redaction, every check's fixtures, ranking and wording, rendered reports, property tests, the
//! event samples, least privilege and the CLI contract (the binary on files, no AWS).
//!
//! `cargo test --lib --test fast` (alias `cargo fast`) runs it alone, in well under a minute after
//! the build; `cargo test` runs it with the end-to-end tier (`tests/e2e/`).

mod fixture;

mod catalogue;
mod classify_corpus;
mod classify_real;
mod classify_wrapped;
mod cli;
mod crash_signatures;
mod crash_wordings;
mod diagnose_fixtures;
mod events;
mod heldout;
mod least_privilege;
mod properties;
mod ranking;
mod redaction;
mod regex_features;
mod wording;
