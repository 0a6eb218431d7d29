//! Property tests on everything that reads hostile input: the event parser, the classifier, the
//! IAM policy evaluator, ARN and `valueFrom` parsing, image references, the renderers and the
//! Slack payload. None may panic, loop, or (for Slack) break the payload rules. 512 cases each.

use ecs_autopsy::classify::{classify, classify_task};
use ecs_autopsy::diagnose::diagnose;
use ecs_autopsy::policy::{evaluate_identity, evaluate_resource, trusts_service, wildcard, Named};
use ecs_autopsy::refs::{parse_value_from, ImageRef};
use ecs_autopsy::render::{
    slack::{self as slack_render, SLACK_MAX_BLOCKS, SLACK_MAX_HEADER, SLACK_MAX_SECTION},
    sns::{self as sns_render, SNS_MAX_ATTRIBUTE, SNS_MAX_BODY},
    Notification,
};
use ecs_autopsy::snapshot::Snapshot;
use ecs_autopsy::target::event::parse_task_event;
use proptest::prelude::*;
use serde_json::json;

const CASES: u32 = 512;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Strings with the characters that matter: Slack control sequences, JSON, ARNs, Unicode.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[<>&!@|`*:/\\\\\"{}\\[\\] a-zA-Z0-9.\\-_\\n\\t\u{0}-\u{1f}é漢]{0,300}",
        Just("<!channel> <!here> <@U123> <https://evil|click>".to_string()),
        Just(
            "arn:aws:secretsmanager:us-east-1:111122223333:secret:x-AbC:key:stage:id:extra"
                .to_string()
        ),
    ]
}

/// A stopped task whose every name and reason is hostile text.
fn hostile_snapshot(text: &str, long: &str) -> Snapshot {
    Snapshot {
        task: ecs_autopsy::snapshot::Task {
            stopped_reason: Some(long.to_string()),
            cluster_arn: Some(format!("arn:aws:ecs:us-east-1:1:cluster/{text}")),
            group: Some(format!("service:{text}")),
            containers: vec![ecs_autopsy::snapshot::ContainerState {
                name: text.to_string(),
                reason: Some(long.to_string()),
                ..Default::default()
            }],
            ..Default::default()
        },
        ..Snapshot::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn classifier_never_panics_and_names_known_causes(text in hostile()) {
        let c = classify(&text);
        prop_assert!(!c.candidates.is_empty() && c.candidates.len() <= 5);
        for id in &c.candidates {
            prop_assert!(ecs_autopsy::catalogue::cause(id).is_some());
        }
        let t = classify_task(&[("c", text.as_str())], Some(&text), Some(&text));
        prop_assert!(!t.classification.candidates.is_empty());
    }

    #[test]
    fn event_parser_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512), text in hostile()) {
        let _ = parse_task_event(&bytes);
        let ev = json!({"detail-type": "ECS Task State Change", "detail": {
            "stoppedReason": text, "containers": [{"name": text, "reason": text}], "group": text,
            "attachments": [{"type": "eni", "details": [{"name": "subnetId", "value": text}]}]}});
        let parsed = parse_task_event(ev.to_string().as_bytes());
        prop_assert!(parsed.is_ok());
        let task = parsed.unwrap().detail.unwrap().to_task();
        // A snapshot made of hostile text diagnoses and renders without panicking.
        let snap = Snapshot { task, ..Snapshot::default() };
        let report = diagnose(&snap);
        let _ = ecs_autopsy::render::terminal::text(&report, ecs_autopsy::render::terminal::Style { color: false, verbose: false });
        let _ = ecs_autopsy::render::markdown::markdown(&report);
    }

    #[test]
    fn policy_evaluator_never_panics(doc in hostile(), action in hostile(), resource in hostile(),
                                     effect in prop_oneof![Just("Allow"), Just("Deny"), Just("x")]) {
        let n = Named { name: "p", document: &doc };
        let _ = evaluate_identity(std::slice::from_ref(&n), Some(&n), &action, &resource);
        let _ = evaluate_resource(&n, Some(&["a"]), &action, &resource);
        let _ = trusts_service(&doc, &action);
        let structured = json!({"Statement": [{"Effect": effect, "Action": [action.clone(), "*"], "NotResource": resource.clone(),
            "Principal": {"AWS": [doc.clone()]}, "Condition": {}}, {"Effect": "Allow", "Action": action.clone()}]}).to_string();
        let s = Named { name: "s", document: &structured };
        let _ = evaluate_identity(std::slice::from_ref(&s), None, &action, &resource);
        let _ = evaluate_resource(&s, Some(&[doc.as_str()]), &action, &resource);
        let _ = wildcard(&doc, &action, true);
    }

    #[test]
    fn references_parse_or_refuse(text in hostile()) {
        let _ = ImageRef::parse(&text).map(|i| i.ecr_repository_arn());
        let v = parse_value_from(&text, "ssm", Some("us-east-1"), Some("111122223333"));
        prop_assert!(v.store == "ssm" || v.store == "secretsmanager");
    }

    // Mostly small texts, some of 120 KB: every case diagnoses and renders a whole report.
    #[test]
    fn slack_payloads_stay_inert_and_within_limits(text in hostile(), big in prop_oneof![15 => 0usize..2_000, 1 => Just(120_000usize)]) {
        let long = format!("{text}{}", "x".repeat(big));
        let snap = hostile_snapshot(&text, &long);
        let mut n = Notification::new(diagnose(&snap));
        n.report.logs = Some(ecs_autopsy::diagnose::LogReport {
            container: text.clone(),
            lines: vec![text.clone(); 30],
            note: Some(long.clone()),
            ..Default::default()
        });
        let payload = slack_render::slack(&n);
        let blocks = payload["blocks"].as_array().unwrap();
        prop_assert!(blocks.len() <= SLACK_MAX_BLOCKS);
        let all = payload.to_string();
        prop_assert!(!all.contains("<!channel>") && !all.contains("<!here>") && !all.contains("<@U"));
        for b in blocks {
            if b["type"] == "header" {
                prop_assert!(b["text"]["text"].as_str().unwrap().chars().count() <= SLACK_MAX_HEADER);
            }
            if let Some(t) = b["text"]["text"].as_str() {
                prop_assert!(t.chars().count() <= SLACK_MAX_SECTION);
            }
        }
        let sns = sns_render::sns(&n, false);
        prop_assert!(sns.subject.len() <= 100 && sns.subject.is_ascii() && !sns.subject.contains('\n'));
        prop_assert!(sns.body.len() <= SNS_MAX_BODY + 20);
        let _ = ecs_autopsy::redact::redact(&text);
        // Console links are whole or absent: every `<` opens a link that closes.
        for b in blocks {
            if b["type"] == "context" {
                if let Some(t) = b["elements"][0]["text"].as_str() {
                    prop_assert_eq!(t.matches('<').count(), t.matches('>').count(), "{}", t);
                }
            }
        }
        if let Some(logs) = n.report.logs.as_mut() {
            logs.crash = ecs_autopsy::crash::recognise(&[format!("KeyError: '{text}'"), text.clone()]);
        }
        let payload = slack_render::slack(&n).to_string();
        prop_assert!(!payload.contains("<!channel>") && !payload.contains("<https://evil"));
    }

    // The Chatbot / Amazon Q custom-notification JSON is rendered as Slack markup: no field may
    // carry a live control sequence, an entity cut in half, or a link that was not ours.
    #[test]
    fn chatbot_json_stays_inert(text in hostile(), big in prop_oneof![3 => 0usize..300, 1 => Just(9_000usize)]) {
        let long = format!("{}{text}", "&".repeat(big));
        let snap = hostile_snapshot(&text, &long);
        let n = Notification::new(diagnose(&snap));
        let sns = sns_render::sns(&n, true);
        let v: serde_json::Value = serde_json::from_str(&sns.body).unwrap();
        let mut fields: Vec<String> = vec![
            v["content"]["title"].as_str().unwrap().to_string(),
            v["content"]["description"].as_str().unwrap().to_string(),
            v["metadata"]["threadId"].as_str().unwrap().to_string(),
            v["metadata"]["summary"].as_str().unwrap().to_string(),
        ];
        fields.extend(v["content"]["nextSteps"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()));
        for f in &fields {
            prop_assert!(!f.contains('<') && !f.contains('>'), "unescaped markup in {f:?}");
            // Every '&' starts a whole entity.
            for (i, _) in f.match_indices('&') {
                let rest = &f[i..];
                prop_assert!(rest.starts_with("&amp;") || rest.starts_with("&lt;") || rest.starts_with("&gt;"), "cut entity in {f:?}");
            }
        }
        prop_assert!(v["content"]["title"].as_str().unwrap().chars().count() <= 250);
        prop_assert!(v["content"]["description"].as_str().unwrap().chars().count() <= 8000);
        for (_, value) in &sns.attributes {
            prop_assert!(value.chars().count() <= SNS_MAX_ATTRIBUTE);
            prop_assert!(!value.chars().any(char::is_control));
        }
    }

    // An incident's follow-up and recovery carry names from AWS (services, the culprit, the
    // title and fix of the first report): inert in Slack, in Chatbot's JSON, and on SNS.
    #[test]
    fn incident_messages_stay_inert_and_within_limits(text in hostile(), big in prop_oneof![3 => 0usize..300, 1 => Just(9_000usize)]) {
        use ecs_autopsy::incident::{self, CulpritRef, Incident, MessageKind};
        use ecs_autopsy::render::incident as incident_render;
        let long = format!("{text}{}", "&<".repeat(big));
        let i = Incident {
            key: format!("incident#{text}"),
            cause: text.clone(),
            culprit: CulpritRef { kind: text.clone(), id: long.clone() },
            title: long.clone(),
            fix: vec![long.clone(), text.clone()],
            opened_at: 1,
            last_seen: 2,
            tasks: 7,
            services: (0..60).map(|k| (format!("{text}/{k}{long}"), k)).collect(),
            msg_n: 1,
            ..Default::default()
        };
        for kind in [MessageKind::Grown, MessageKind::Recovered] {
            let payload = incident_render::slack(&i, kind, 100);
            let all = payload.to_string();
            prop_assert!(!all.contains("<!channel>") && !all.contains("<https://evil") && !all.contains("<@U"));
            for b in payload["blocks"].as_array().unwrap() {
                let t = b["text"]["text"].as_str().unwrap();
                let limit = if b["type"] == "header" { SLACK_MAX_HEADER } else { SLACK_MAX_SECTION };
                prop_assert!(t.chars().count() <= limit);
                if b["type"] != "header" {
                    prop_assert!(!t.contains('<') && !t.contains('>'), "markup in {t:?}");
                }
            }
            for chatbot in [false, true] {
                let m = incident_render::sns(&i, kind, 100, chatbot);
                prop_assert!(m.subject.len() <= 100 && m.subject.is_ascii());
                prop_assert!(m.body.len() <= SNS_MAX_BODY + 20);
                for (_, value) in &m.attributes {
                    prop_assert!(value.chars().count() <= SNS_MAX_ATTRIBUTE);
                    prop_assert!(!value.chars().any(char::is_control));
                }
                if chatbot {
                    let v: serde_json::Value = serde_json::from_str(&m.body).unwrap();
                    for f in [&v["content"]["title"], &v["content"]["description"], &v["metadata"]["threadId"], &v["metadata"]["summary"]] {
                        let f = f.as_str().unwrap();
                        prop_assert!(!f.contains('<') && !f.contains('>'), "unescaped markup in {f:?}");
                    }
                }
            }
        }
        let line = incident_render::opened_line(&i, incident::Pace { followup_secs: 300, first_followup_secs: 60, quiet_secs: 900 });
        let mut n = Notification::new(diagnose(&hostile_snapshot(&text, &long)));
        n.incident = Some(line);
        let payload = slack_render::slack(&n).to_string();
        prop_assert!(!payload.contains("<!channel>") && !payload.contains("<https://evil"));
    }
}

#[test]
fn huge_policy_documents_are_bounded() {
    let statements: Vec<_> = (0..20_000)
        .map(|i| json!({"Effect": "Allow", "Action": format!("svc:A{i}"), "Resource": "*"}))
        .collect();
    let doc = json!({"Statement": statements}).to_string();
    let start = std::time::Instant::now();
    let e = evaluate_identity(
        &[Named {
            name: "big",
            document: &doc,
        }],
        None,
        "svc:A19999",
        "*",
    );
    assert!(start.elapsed().as_secs() < 5);
    // Beyond 10,000 statements the rest is not read (IAM documents are at most 10 KB anyway).
    assert!(!e.decision.is_allowed());
    let pathological = format!("{}b", "*a".repeat(2000));
    let start = std::time::Instant::now();
    assert!(!wildcard(&pathological, &"a".repeat(5000), false));
    assert!(start.elapsed().as_secs() < 5);
}
