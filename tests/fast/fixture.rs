//! The check fixtures (`tests/fixtures/checks/<cause>/{fires,near_miss}.json`), read as snapshots.

/// A check fixture snapshot: `tests/fixtures/checks/<cause>/<kind>.json` (no AWS involved).
pub fn check_fixture(cause: &str, kind: &str) -> ecs_autopsy::snapshot::Snapshot {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/checks")
        .join(cause)
        .join(format!("{kind}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{}: not a snapshot: {e}", path.display()))
}
