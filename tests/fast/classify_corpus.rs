//! The classifier against its corpus (`tests/corpus/messages.tsv`): every documented and seed
//! message must give its expected first candidate, also when ids, regions, IPs and digests change
//! and when the category prefix is missing.

use ecs_autopsy::classify::{classify, Classification};

struct Case {
    line: usize,
    expected: String,
    source: String,
    message: String,
}

fn corpus() -> Vec<Case> {
    let text = include_str!("../corpus/messages.tsv");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let mut parts = l.splitn(3, '\t');
            let (e, s, m) = (parts.next(), parts.next(), parts.next());
            let (Some(e), Some(s), Some(m)) = (e, s, m) else {
                panic!("corpus line {}: want 3 tab-separated fields", i + 1)
            };
            Case {
                line: i + 1,
                expected: e.to_string(),
                source: s.to_string(),
                message: m.to_string(),
            }
        })
        .collect()
}

fn describe(c: &Case, got: &Classification) -> String {
    format!(
        "line {} ({}): expected {} first, got {:?} ({})\n  {}",
        c.line, c.source, c.expected, got.candidates, got.family_id, c.message
    )
}

#[test]
fn every_corpus_message_gives_its_expected_first_candidate() {
    let cases = corpus();
    assert!(cases.len() >= 100, "the corpus shrank to {}", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let got = classify(&c.message);
            (got.candidates.first().copied() != Some(c.expected.as_str()))
                .then(|| describe(c, &got))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} misclassified:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Rewrites what varies between accounts: account ids, regions, IPv4 addresses, digests.
fn vary(message: &str) -> String {
    let mut out = message.to_string();
    for (from, to) in [
        ("111122223333", "210987654321"),
        ("151284513677", "000011112222"),
        ("us-east-1", "ap-northeast-2"),
        ("ap-southeast-1", "eu-central-1"),
        ("eu-west-1", "sa-east-1"),
        ("52.219.41.3", "3.5.140.2"),
        ("10.42.10.15", "172.31.7.9"),
        ("10.0.0.2", "192.168.0.2"),
        (
            "0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
            &"ab12".repeat(16),
        ),
    ] {
        out = out.replace(from, to);
    }
    out
}

#[test]
fn ids_regions_ips_and_digests_do_not_matter() {
    for c in corpus() {
        let varied = vary(&c.message);
        let got = classify(&varied);
        assert_eq!(
            got.candidates.first().copied(),
            Some(c.expected.as_str()),
            "{}",
            describe(&c, &got)
        );
    }
}

#[test]
fn the_category_prefix_does_not_matter() {
    for c in corpus() {
        for prefix in [
            "CannotPullContainerError: ",
            "ResourceInitializationError: ",
        ] {
            let (with, without) = match c.message.strip_prefix(prefix) {
                Some(rest) => (c.message.clone(), rest.to_string()),
                None => continue,
            };
            assert_eq!(
                classify(&with).candidates,
                classify(&without).candidates,
                "line {}",
                c.line
            );
        }
    }
}

#[test]
fn the_first_255_characters_still_point_at_the_cause() {
    // stoppedReason is cut to 255 characters (the container reason keeps more). A cut message must
    // stay recognised; when the cut keeps the decisive words (same family) the answer must not
    // change; and overall the expected cause must stay in the top three for nearly all of them
    // (a cut can remove the only words that name it, e.g. "Access to KMS is not allowed": seven of
    // the 31 long messages lose them; the test prints which).
    let (mut long, mut top3) = (0, 0);
    for c in corpus() {
        if c.message.chars().count() <= 255 {
            continue;
        }
        long += 1;
        let cut: String = c.message.chars().take(255).collect();
        let (full, got) = (classify(&c.message), classify(&cut));
        assert!(
            !got.is_other(),
            "line {}: cut to 255 characters it is no longer recognised",
            c.line
        );
        // Same family: the same first candidate, unless the cut removed a detail a refinement
        // reads (the address an AWS name was dialled at, which tells whether an interface
        // endpoint was in the path and so which cause leads: classify/shapes.rs).
        let address_cut = c.message.contains("dial tcp ") && !cut.contains("dial tcp ");
        if got.family_id == full.family_id && !address_cut {
            assert_eq!(got.candidates[0], full.candidates[0], "line {}", c.line);
        }
        if got.candidates.iter().take(3).any(|id| *id == c.expected) {
            top3 += 1;
        } else if address_cut {
            // The address was the evidence: the cut text cannot be expected to name it.
            long -= 1;
        } else {
            eprintln!("cut to 255, no longer in the top 3: {}", describe(&c, &got));
        }
    }
    assert!(long >= 20, "only {long} long messages");
    assert!(
        top3 * 100 >= long * 75,
        "only {top3} of {long} cut messages keep the cause in the top 3"
    );
}

#[test]
fn classification_is_case_insensitive() {
    for c in corpus() {
        assert_eq!(
            classify(&c.message.to_lowercase())
                .candidates
                .first()
                .copied(),
            Some(c.expected.as_str()),
            "line {} lower-cased",
            c.line
        );
    }
}
