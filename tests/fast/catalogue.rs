//! Meta-tests over the catalogue: it lists exactly the ids of `../shared/CAUSES.md` (the public
//! contract), and every id is exercised by the classifier corpus.

use ecs_autopsy::catalogue::CAUSES;
use ecs_autopsy::classify::{classify, FAMILIES};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Where `CAUSES.md` lives: `$ECS_AUTOPSY_SHARED`, else `../shared` beside the repository (where CI
/// and every developer checkout have it).
fn causes_md() -> PathBuf {
    std::env::var_os("ECS_AUTOPSY_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"))
        .join("CAUSES.md")
}

/// The ids of `CAUSES.md`, or `None` when it is not beside the repository (a clone alone): the
/// comparison is then skipped with a message; CI, which has `../shared`, always makes it
/// (`.ci/run` refuses to start without it).
fn contract_ids() -> Option<BTreeSet<String>> {
    let path = causes_md();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "SKIPPED the CAUSES.md comparison: cannot read {}: {e} (set ECS_AUTOPSY_SHARED to the shared/ folder)",
                path.display()
            );
            return None;
        }
    };
    let ids = text
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect();
    Some(ids)
}

#[test]
fn catalogue_and_causes_md_list_the_same_ids() {
    let Some(contract) = contract_ids() else {
        return;
    };
    assert!(
        contract.len() >= 30,
        "parsed only {} ids from CAUSES.md",
        contract.len()
    );
    let ours: BTreeSet<String> = CAUSES.iter().map(|c| c.id.to_string()).collect();
    let missing: Vec<_> = contract.difference(&ours).collect();
    let extra: Vec<_> = ours.difference(&contract).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing from the catalogue: {missing:?}; not in CAUSES.md: {extra:?}"
    );
}

/// Causes whose error text is the same as that of another cause (a NACL drop and an endpoint
/// security group both read as a plain timeout): only the evidence of a diagnosis can put them
/// first, so the corpus must name them as candidates rather than as the first one.
const ONLY_FROM_EVIDENCE: &[&str] = &["network.nacl", "network.endpoint_sg"];

#[test]
fn every_cause_has_a_corpus_message() {
    let corpus = include_str!("../corpus/messages.tsv");
    let rows: Vec<(&str, &str)> = corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut p = l.splitn(3, '\t');
            Some((p.next()?, p.nth(1)?))
        })
        .collect();
    let firsts: BTreeSet<&str> = rows.iter().map(|(e, _)| *e).collect();
    let candidates: BTreeSet<&str> = rows
        .iter()
        .flat_map(|(_, m)| classify(m).candidates)
        .collect();
    for cause in CAUSES {
        if ONLY_FROM_EVIDENCE.contains(&cause.id) {
            assert!(
                candidates.contains(cause.id),
                "{} is never even a candidate",
                cause.id
            );
        } else {
            assert!(
                firsts.contains(cause.id),
                "no corpus message expects {} first",
                cause.id
            );
        }
    }
}

#[test]
fn every_family_is_reached_by_the_corpus_or_marked_generic() {
    // A family that no message reaches is dead data, or hides behind an earlier family.
    // Both corpora count: the catalogue's messages with our rewrites, and the real ones.
    let corpus = include_str!("../corpus/messages.tsv");
    let mut reached: BTreeSet<&str> = corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.splitn(3, '\t').nth(2))
        .map(|m| classify(m).family_id)
        .collect();
    for real in [
        include_str!("../corpus/real/github.jsonl"),
        include_str!("../corpus/real/pages.jsonl"),
        include_str!("../corpus/real/issues-more.jsonl"),
        include_str!("../corpus/real/wrappers.jsonl"),
        include_str!("../corpus/real/kubernetes.jsonl"),
        include_str!("../corpus/real/runtime.jsonl"),
    ] {
        for line in real.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("real corpus line");
            reached.insert(classify(v["message"].as_str().unwrap_or_default()).family_id);
        }
    }
    let unreached: Vec<&str> = FAMILIES
        .iter()
        .map(|f| f.id)
        .filter(|id| !reached.contains(id))
        .collect();
    assert!(
        unreached.is_empty(),
        "no corpus message reaches the families {unreached:?}"
    );
}

#[test]
fn behaviour_flags_name_known_causes_and_agree_with_the_ids() {
    use ecs_autopsy::catalogue::{cause, id, Area, Severity, CAUSES};
    // `id::ALL` (the constants code uses) and the catalogue are the same list, in one order.
    let ids: Vec<&str> = CAUSES.iter().map(|c| c.id).collect();
    assert_eq!(ids, id::ALL, "catalogue::id and CAUSES differ");
    for c in CAUSES {
        for symptom in c.explains {
            assert!(
                cause(symptom).is_some(),
                "{} explains {symptom}, not a cause",
                c.id
            );
            assert_ne!(*symptom, c.id, "{} explains itself", c.id);
        }
        // Only what needs no person is announced as info: expected stops and AWS's own losses.
        if c.severity == Severity::Info {
            assert!(
                matches!(c.area, Area::Expected | Area::Infrastructure),
                "{} is info but not an expected stop or an infrastructure loss",
                c.id
            );
        }
    }
}
