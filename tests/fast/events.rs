//! The sample events in events/ (for `cargo lambda invoke --data-file` and `sam local invoke -e`):
//! each parses, is triaged as its name says, and classifies to the cause it illustrates.

use ecs_autopsy::classify::classify_task;
use ecs_autopsy::diagnose::{diagnose, Status};
use ecs_autopsy::lambda::{triage, Config, Triage};
use ecs_autopsy::stop::{self, Ending};
use ecs_autopsy::target::event::{detail_type, parse_service_event, parse_task_event};
use ecs_autopsy::target::{service_event_kind, service_event_snapshot};

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
        // A deployment as CloudTrail reports it: the pre-flight's plan comes out of it.
        if detail_type(&bytes).unwrap().as_deref() == Some(ecs_autopsy::lambda::CLOUDTRAIL_API_CALL)
        {
            let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            let plan = ecs_autopsy::lambda::deployment_plan(&v["detail"])
                .unwrap_or_else(|| panic!("{name}: no deployment plan"));
            assert!(
                !plan.task_definition.is_empty() && !plan.subnets.is_empty(),
                "{name}"
            );
            continue;
        }
        if detail_type(&bytes).unwrap().as_deref() != Some("ECS Task State Change") {
            let e = parse_service_event(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            let kind = service_event_kind(&e.event.event_name);
            match name.split('-').next() {
                Some("ignored") => assert!(kind.is_none(), "{name}: {kind:?}"),
                _ => assert!(kind.is_some(), "{name}"),
            }
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

/// The task of a sample event in `events/`.
fn detail(name: &str) -> ecs_autopsy::target::event::TaskDetail {
    parse_task_event(&event(name)).unwrap().detail.unwrap()
}

fn event(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("events")
            .join(format!("{name}.json")),
    )
    .unwrap()
}

/// Real event shapes (tests/fixtures/events-real/SOURCES.md): who stopped the task, and when.
#[test]
fn who_stopped_the_task_in_real_event_shapes() {
    // Fargate 2018, no stopCode: the essential container exited 255 after 66 s of running.
    let d = parse_task_event(&event("task-stopped-no-stopcode-exit-255"))
        .unwrap()
        .detail
        .unwrap();
    let a = stop::analyze(&d.to_task(), None);
    assert!(a.stop_code_inferred);
    assert_eq!(a.stop_code.as_deref(), Some("EssentialContainerExited"));
    assert_eq!(a.ending, Ending::Crashed);
    assert!(a.summary.contains("66 s after it started"), "{}", a.summary);
    let r = diagnose(&ecs_autopsy::snapshot::Snapshot {
        task: d.to_task(),
        ..Default::default()
    });
    assert_eq!(
        r.root_causes[0].id, "container.exit",
        "{:?}",
        r.root_causes[0]
    );

    // A service's app exited 2; its envoy sidecar's exit is a consequence, not the cause.
    let d = parse_task_event(&event("task-stopped-app-exit-envoy-sidecar"))
        .unwrap()
        .detail
        .unwrap();
    let a = stop::analyze(&d.to_task(), None);
    assert_eq!(a.culprit.as_deref(), Some("app"));
    assert_eq!(a.culprit_exit, Some(2));
    assert!(a.consequences.iter().any(|c| c.container == "envoy"));

    // A job whose essential container exited 0 while ECS stopped its sidecars (143): a success.
    for name in [
        "ignored-job-succeeded-sidecars-sigterm",
        "ignored-job-succeeded-no-stopcode",
    ] {
        let d = detail(name);
        assert_eq!(
            stop::analyze(&d.to_task(), None).ending,
            Ending::Succeeded,
            "{name}"
        );
    }
}

#[test]
fn a_byte_order_mark_changes_nothing() {
    let with = parse_task_event(&event("task-stopped-app-exit-bom")).unwrap();
    let without = parse_task_event(&event("task-stopped-app-exit")).unwrap();
    assert_eq!(
        with.detail.unwrap().task_arn,
        without.detail.unwrap().task_arn
    );
}

#[test]
fn a_placement_failure_is_diagnosed_from_the_event() {
    let e = parse_service_event(&event("service-placement-failure")).unwrap();
    assert_eq!(
        (e.cluster.as_str(), e.service.as_str()),
        ("default", "servicetest")
    );
    let r = diagnose(&service_event_snapshot(&e));
    let top = &r.root_causes[0];
    assert_eq!(top.id, "capacity.placement", "{top:?}");
    assert_eq!(top.status, "confirmed");
    assert!(top.summary.contains("CPU"), "{}", top.summary);
    assert!(
        top.evidence
            .iter()
            .any(|e| e.contains("container-instance/default/")),
        "{:?}",
        top.evidence
    );
}

/// A memory kill read from the event alone (no task definition read) is measured against the
/// task's memory, which the event carries.
#[test]
fn a_memory_kill_from_the_event_alone_names_the_tasks_memory() {
    let d = detail("task-stopped-oom");
    let r = diagnose(&ecs_autopsy::snapshot::Snapshot {
        task: d.to_task(),
        ..Default::default()
    });
    let top = &r.root_causes[0];
    assert_eq!(top.id, "container.oom");
    assert!(
        top.evidence
            .iter()
            .any(|e| e.contains("memory limit the task's 1024 MiB")),
        "{:?}",
        top.evidence
    );
}

/// A job whose essential container exited 0 is not diagnosed as a failure: the report leads with
/// "Not a failure" and checks nothing of today's configuration.
#[test]
fn a_job_that_succeeded_is_not_a_failure() {
    for name in [
        "ignored-job-succeeded-sidecars-sigterm",
        "ignored-job-succeeded-no-stopcode",
    ] {
        let d = detail(name);
        let r = diagnose(&ecs_autopsy::snapshot::Snapshot {
            task: d.to_task(),
            ..Default::default()
        });
        let top = &r.root_causes[0];
        assert_eq!(top.id, "expected.stop", "{name}: {top:?}");
        assert!(
            top.summary.starts_with("Not a failure: ") && top.summary.contains("the job succeeded"),
            "{name}: {}",
            top.summary
        );
        assert!(
            r.root_causes.iter().all(|c| c.id == "expected.stop"),
            "{name}: {:?}",
            r.root_causes
        );
    }
}

/// A task replaced after failed ELB health checks whose server said at start that it listens on
/// 127.0.0.1 (gunicorn's own banner, its default bind): the report names that, with the fix,
/// even when the target groups could not be read.
#[test]
fn a_health_check_stop_reads_the_servers_banner() {
    use ecs_autopsy::snapshot::{Fetched, LogTail, Snapshot};
    let d = detail("task-stopped-elb-health");
    let lines = [
        "[2024-03-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0",
        "[2024-03-01 10:00:00 +0000] [1] [INFO] Listening at: http://127.0.0.1:8000 (1)",
        "[2024-03-01 10:00:00 +0000] [1] [INFO] Using worker: sync",
        "[2024-03-01 10:00:00 +0000] [7] [INFO] Booting worker with pid: 7",
        "[2024-03-01 10:05:00 +0000] [1] [INFO] Handling signal: term",
        "[2024-03-01 10:05:01 +0000] [1] [INFO] Shutting down: Master",
    ];
    let r = diagnose(&Snapshot {
        task: d.to_task(),
        log_tail: Some(Fetched::Ok(LogTail {
            container: "web".into(),
            driver: "awslogs".into(),
            lines: lines.iter().map(|l| l.to_string()).collect(),
            ..LogTail::default()
        })),
        ..Default::default()
    });
    let top = &r.root_causes[0];
    assert_eq!(top.id, "health.elb", "{top:?}");
    assert!(
        top.summary.contains("loopback") && top.fix.iter().any(|f| f.contains("0.0.0.0")),
        "{top:?}"
    );
}

/// Every service event the function diagnoses reaches it: both EventBridge rules of template.yaml
/// (the single account's and the organisation's) list its name. The names are the service actions
/// and deployment state changes of the ECS developer guide (ecs_service_events.html).
#[test]
fn every_service_event_the_function_diagnoses_is_in_the_templates_rules() {
    let template = include_str!("../../template.yaml");
    let listed = |name: &str| {
        template
            .lines()
            .filter(|l| l.trim().trim_start_matches("- ") == name)
            .count()
    };
    for name in [
        "SERVICE_STEADY_STATE",
        "TASKSET_STEADY_STATE",
        "CAPACITY_PROVIDER_STEADY_STATE",
        "SERVICE_DESIRED_COUNT_UPDATED",
        "TASKS_STOPPED",
        "SERVICE_DEPLOYMENT_IN_PROGRESS",
        "SERVICE_DEPLOYMENT_COMPLETED",
        "SERVICE_DEPLOYMENT_FAILED",
        "SERVICE_TASK_START_IMPAIRED",
        "SERVICE_DISCOVERY_INSTANCE_UNHEALTHY",
        "VPC_LATTICE_TARGET_UNHEALTHY",
        "SERVICE_DAEMON_PLACEMENT_CONSTRAINT_VIOLATED",
        "ECS_OPERATION_THROTTLED",
        "SERVICE_DISCOVERY_OPERATION_THROTTLED",
        "SERVICE_TASK_PLACEMENT_FAILURE",
        "SERVICE_TASK_CONFIGURATION_FAILURE",
    ] {
        if service_event_kind(name).is_some() {
            assert_eq!(listed(name), 2, "{name}: in both rules of template.yaml");
        }
    }
    // Managed Daemons' events, by their own detail-type, in both rules and the member stack's.
    assert_eq!(listed("DAEMON_TASK_START_IMPAIRED"), 2);
    for t in [template, include_str!("../../member-template.yaml")] {
        assert!(t.contains("ECS Daemon Service Action"));
        assert!(t.contains("ECS Container Instance Health Change"));
    }
    // An impaired instance, in the account's rule and the organization bus's.
    assert_eq!(template.matches("overallStatus: [IMPAIRED]").count(), 2);
}

/// Managed Daemons' DAEMON_TASK_START_IMPAIRED, shaped after the developer guide's example
/// (managed-daemons-events.html: `resources` names the task, `detail` its `failureType`; the
/// guide's full example was not available, so only the fields it describes are used): a task that
/// could not be created is diagnosed from the event (the instance's resources), one that was
/// created is read like any task.
#[test]
fn a_daemon_task_that_could_not_start_is_read_by_its_failure_type() {
    use ecs_autopsy::gather::Target;
    use ecs_autopsy::target::{from_event, FromEvent};
    let event = |failure: &str, resources: &str| {
        format!(
            r#"{{"version": "0", "id": "6a1d0c3e-5b2f-4e8a-9c7d-0e1f2a3b4c5d", "detail-type": "ECS Daemon Service Action",
                "source": "aws.ecs", "account": "111122223333", "time": "2026-05-04T09:12:00Z", "region": "eu-west-1",
                "resources": [{resources}],
                "detail": {{"eventType": "WARNING", "eventName": "DAEMON_TASK_START_IMPAIRED",
                           "clusterArn": "arn:aws:ecs:eu-west-1:111122223333:cluster/platform", "failureType": "{failure}"}}}}"#
        )
    };
    let created = event(
        "TASK_CREATION_FAILED",
        r#""arn:aws:ecs:eu-west-1:111122223333:container-instance/platform/0a1b2c3d4e5f""#,
    );
    match from_event(created.as_bytes(), None).unwrap() {
        FromEvent::Snapshot(s) => {
            let r = diagnose(&s);
            assert_eq!(r.root_causes[0].id, "capacity.placement");
            assert_eq!(r.task.cluster.as_deref(), Some("platform"));
        }
        other => panic!("{other:?}"),
    }
    let ran = event(
        "TASK_FAILED_TO_RUN",
        r#""arn:aws:ecs:eu-west-1:111122223333:task/platform/a1b2c3d4e5f6""#,
    );
    match from_event(ran.as_bytes(), None).unwrap() {
        FromEvent::Gather { target, region, .. } => {
            assert!(matches!(*target, Target::Task { ref cluster, ref task }
                if cluster == "platform" && task.ends_with("task/platform/a1b2c3d4e5f6")));
            assert_eq!(region.as_deref(), Some("eu-west-1"));
        }
        other => panic!("{other:?}"),
    }
}

/// `ECS Container Instance Health Change`, as the developer guide prints it
/// (tests/fixtures/events-docs/): an impaired instance leads with the instance and what failed,
/// confirmed from the event, with the fix its check calls for; an instance that is OK is not a
/// failure.
#[test]
fn an_impaired_container_instance_is_read_from_its_health_event() {
    use ecs_autopsy::target::{from_event, FromEvent};
    let read = |name: &str| {
        std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/events-docs")
                .join(format!("instance-health-{name}.json")),
        )
        .unwrap()
    };
    for (name, says, fix) in [
        ("accelerated-compute", "a GPU reported a fault", "XID_46"),
        (
            "daemon",
            "a required daemon task failed",
            "daemon task's own",
        ),
        (
            "agent-connectivity",
            "its ECS agent lost the connection",
            "restart the agent",
        ),
    ] {
        let FromEvent::Snapshot(s) = from_event(&read(name), None).unwrap() else {
            panic!("{name}: not read from the event alone");
        };
        let r = diagnose(&s);
        let top = &r.root_causes[0];
        assert_eq!(top.id, "infra.spot_or_host", "{name}");
        assert!(
            top.summary.contains("i-0abcdef1234567890"),
            "{name}: {}",
            top.summary
        );
        assert!(top.summary.contains(says), "{name}: {}", top.summary);
        assert!(
            top.fix.iter().any(|f| f.contains(fix)),
            "{name}: {:?}",
            top.fix
        );
        assert_eq!(r.task.cluster.as_deref(), Some("my-cluster"));
        assert_eq!(
            r.task.container_instance.as_deref(),
            Some("i-0abcdef1234567890")
        );
        // No task: nothing of a task definition is left "not checked".
        assert!(
            r.checks.iter().all(|c| c.status != Status::Unknown),
            "{name}: {:?}",
            r.checks
        );
    }
    match from_event(&read("container-runtime-ok"), None).unwrap() {
        FromEvent::NotAFailure(why) => assert!(why.contains("is OK"), "{why}"),
        other => panic!("{other:?}"),
    }
}

/// An impairment storm (a bad AMI or agent update takes many instances of a cluster down at
/// once) is one incident per cluster and cause, not one per instance: the instances differ,
/// the culprit (the cluster's place) and the cause do not.
#[test]
fn instances_impaired_at_once_in_one_cluster_share_one_incident() {
    use ecs_autopsy::target::{from_event, FromEvent};
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/events-docs/instance-health-agent-connectivity.json"),
    )
    .unwrap();
    let keys: Vec<String> = ["i-0abcdef1234567890", "i-0fedcba9876543210"]
        .iter()
        .map(|instance| {
            let event = base.replace("i-0abcdef1234567890", instance);
            let FromEvent::Snapshot(s) = from_event(event.as_bytes(), None).unwrap() else {
                panic!("{instance}: not read from the event alone");
            };
            let r = diagnose(&s);
            assert_eq!(r.task.container_instance.as_deref(), Some(*instance));
            ecs_autopsy::incident::key(&r, "slack:#ops")
        })
        .collect();
    assert_eq!(keys[0], keys[1]);
}
