//! The classifier against messages that real users pasted in public threads
//! (tests/corpus/real/{github,pages}.jsonl; runtime.jsonl: the container runtimes' and registries'
//! own wordings as Docker, containerd, runc, crun and the registries print them, unwrapped), each
//! verbatim with its source and the cause its thread established. Kept apart from
//! tests/corpus/messages.tsv (catalogue messages and our rewrites): this one measures
//! generalisation, that one memory.
//!
//! "clear" messages name their cause in their own words: the cause must come first. For
//! ambiguous ones (a bare timeout whose thread found a security group) it must be in the top 3.
//! Ambiguous messages whose thread never established a cause (`established` starts with "not
//! established", `plausible` lists what it could be) have no truth to score against: they are
//! kept (they reach families, see tests/catalogue.rs) and their top 3 against `plausible` is
//! printed, but not gated.
//! The scores are printed on one line that CI keeps (`classifier on real messages: …`).

use ecs_autopsy::catalogue;
use ecs_autopsy::classify::classify;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    message: String,
    cause: String,
    clear: bool,
    source: String,
    #[serde(default)]
    established: String,
    /// For a message whose cause was not established: the causes it could be.
    #[serde(default)]
    plausible: Vec<String>,
    /// The corpus file the message comes from (set on load).
    #[serde(skip)]
    file: &'static str,
}

impl Case {
    fn unverified(&self) -> bool {
        !self.clear && self.established.starts_with("not established")
    }
}

fn corpus() -> Vec<Case> {
    let mut out = Vec::new();
    for (name, text) in [
        ("github.jsonl", include_str!("../corpus/real/github.jsonl")),
        ("pages.jsonl", include_str!("../corpus/real/pages.jsonl")),
        (
            "issues-more.jsonl",
            include_str!("../corpus/real/issues-more.jsonl"),
        ),
        (
            "wrappers.jsonl",
            include_str!("../corpus/real/wrappers.jsonl"),
        ),
        (
            "kubernetes.jsonl",
            include_str!("../corpus/real/kubernetes.jsonl"),
        ),
        ("shapes.jsonl", include_str!("../corpus/real/shapes.jsonl")),
        (
            "runtime.jsonl",
            include_str!("../corpus/real/runtime.jsonl"),
        ),
    ] {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let mut c: Case =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{name} line {}: {e}", i + 1));
            c.file = name;
            out.push(c);
        }
    }
    out
}

#[test]
fn every_real_message_is_labelled_with_a_known_cause_and_a_source() {
    for c in corpus() {
        assert!(
            catalogue::cause(&c.cause).is_some(),
            "unknown cause {} ({})",
            c.cause,
            c.source
        );
        assert!(c.source.starts_with("https://"), "no source: {}", c.message);
        assert!(!c.message.trim().is_empty());
        if c.unverified() {
            assert!(
                !c.plausible.is_empty()
                    && c.plausible.iter().all(|p| catalogue::cause(p).is_some()),
                "a message without an established cause lists its plausible known causes: {}",
                c.source
            );
        }
    }
}

#[test]
fn real_messages_score_at_the_targets() {
    let cases = corpus();
    let (mut clear, mut clear_top1, mut clear_top3) = (0, 0, 0);
    let (mut amb, mut amb_top1, mut amb_top3) = (0, 0, 0);
    let (mut unverified, mut unverified_top3) = (0, 0);
    let mut misses = Vec::new();
    // Per file: (clear, clear top-1, ambiguous, ambiguous top-3, unverified, unverified top-3).
    let mut by_file: std::collections::BTreeMap<&str, [usize; 6]> = Default::default();
    for c in &cases {
        let got = classify(&c.message);
        let f = by_file.entry(c.file).or_default();
        if c.unverified() {
            unverified += 1;
            let hit = got
                .candidates
                .iter()
                .take(3)
                .any(|id| c.plausible.iter().any(|p| p == id));
            unverified_top3 += usize::from(hit);
            f[4] += 1;
            f[5] += usize::from(hit);
            continue;
        }
        let pos = got.candidates.iter().position(|id| *id == c.cause);
        let (top1, top3) = (pos == Some(0), pos.is_some_and(|p| p < 3));
        if c.clear {
            clear += 1;
            clear_top1 += usize::from(top1);
            clear_top3 += usize::from(top3);
            f[0] += 1;
            f[1] += usize::from(top1);
            if !top1 {
                misses.push(format!(
                    "clear {} → {:?} [{}] ({})\n    {}",
                    c.cause, got.candidates, got.family_id, c.source, c.message
                ));
            }
        } else {
            amb += 1;
            amb_top1 += usize::from(top1);
            amb_top3 += usize::from(top3);
            f[2] += 1;
            f[3] += usize::from(top3);
            if !top3 {
                misses.push(format!(
                    "ambiguous {} → {:?} [{}] ({})\n    {}",
                    c.cause, got.candidates, got.family_id, c.source, c.message
                ));
            }
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!(
        "classifier on real messages: {} messages; clear {clear}: top-1 {:.1} %, top-3 {:.1} %; ambiguous {amb}: top-1 {:.1} %, top-3 {:.1} %; not established {unverified}: a plausible cause in the top 3 {:.1} %",
        cases.len(),
        pct(clear_top1, clear),
        pct(clear_top3, clear),
        pct(amb_top1, amb),
        pct(amb_top3, amb),
        pct(unverified_top3, unverified),
    );
    for (file, f) in &by_file {
        println!(
            "  {file}: clear top-1 {}/{}; ambiguous top-3 {}/{}; not established, a plausible cause in the top 3 {}/{}",
            f[1], f[0], f[3], f[2], f[5], f[4]
        );
    }
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(
        cases.len() >= 150,
        "the real corpus shrank to {}",
        cases.len()
    );
    assert!(pct(clear_top1, clear) >= 95.0, "clear top-1 below 95 %");
    // 80 % on the 93 ambiguous messages of 2026-12-01; the held-out set of 2026-12-02 (deployment
    // tools' wrappers, console-truncated text, network faults whose layer only the checks can
    // name) measured 79.4 % on 107 after the fixes it prompted. The gate guards regressions.
    assert!(pct(amb_top3, amb) >= 78.0, "ambiguous top-3 below 78 %");
}
