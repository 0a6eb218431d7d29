//! The check fixtures (`tests/fixtures/checks/<cause>/{fires,near_miss}.json`), read as snapshots,
//! and the corpora's JSON lines.

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

/// One value per non-blank line of a JSON-lines corpus; `name` says which in a parse error.
pub fn jsonl<T: serde::de::DeserializeOwned>(text: &str, name: &str) -> Vec<T> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{name} line {}: {e}", i + 1))
        })
        .collect()
}
