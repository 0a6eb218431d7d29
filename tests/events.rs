//! The sample events in events/ (for `cargo lambda invoke --data-file` and `sam local invoke -e`):
//! each parses, is triaged as its name says, and classifies to the cause it illustrates.

use ecs_autopsy::classify::classify_task;
use ecs_autopsy::event::parse_task_event;
use ecs_autopsy::lambda::{triage, Config, Triage};

fn config() -> Config {
    Config::from_lookup(|k| (k == "SNS_TOPIC_ARN").then(|| "arn:aws:sns:us-east-1:1:t".to_string()))
        .unwrap()
}

#[test]
fn every_sample_event_is_triaged_as_named() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("events");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        seen += 1;
        if name == "ignored-container-instance-change" {
            assert!(
                parse_task_event(&bytes).is_err(),
                "{name} is not a task event"
            );
            continue;
        }
        let event = parse_task_event(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let t = triage(event.detail.as_ref().unwrap(), &config());
        match name.split('-').next() {
            Some("ignored") => assert!(matches!(t, Triage::Ignore(_)), "{name}: {t:?}"),
            _ => assert!(matches!(t, Triage::Notify(_)), "{name}: {t:?}"),
        }
    }
    assert!(seen >= 12);
}

#[test]
fn sample_events_classify_to_their_cause() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("events");
    for (file, cause) in [
        ("task-stopped-cannot-pull-network", "network.no_public_ip"),
        ("task-stopped-secrets-timeout", "network.no_public_ip"),
        (
            "task-stopped-ec2-bridge-cannot-pull",
            "network.no_public_ip",
        ),
        ("task-stopped-ecr-auth-denied", "iam.exec_role_ecr"),
        ("task-stopped-image-not-found", "image.not_found"),
        ("task-stopped-no-space", "storage.ephemeral"),
        ("task-stopped-log-group-missing", "logs.group_missing"),
        ("task-stopped-eks-style-no-basic-auth", "iam.instance_role"),
        ("task-stopped-oom", "container.oom"),
        ("task-stopped-app-exit", "container.exit"),
        ("task-stopped-elb-health", "health.elb"),
        ("task-stopped-spot", "infra.spot_or_host"),
    ] {
        let e =
            parse_task_event(&std::fs::read(dir.join(format!("{file}.json"))).unwrap()).unwrap();
        let d = e.detail.unwrap();
        let c = classify_task(
            &d.container_reasons(),
            d.stopped_reason.as_deref(),
            d.stop_code.as_deref(),
        );
        assert_eq!(c.classification.candidates[0], cause, "{file}");
    }
}
