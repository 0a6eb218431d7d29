//! Ranking by the strength of the evidence (docs/decisions.md, "Ranking"): one score per cause,
//! a pass that cannot rule its cause out keeps a suspect the text names, a warning leads when
//! nothing fails, a check without its data is unknown (never "does not apply"), and the report
//! never says "no check found a problem" while a check warns. Fixtures are the check fixtures
//! (tests/fixtures/checks) with the one change each case needs, written out below.

use ecs_autopsy::diagnose::{diagnose, score, Report, Status};
use ecs_autopsy::snapshot::{CallError, DhcpOptions, ErrorKind, Fetched, Snapshot};

use crate::fixture::check_fixture as load;

fn status(r: &Report, id: &str) -> Status {
    r.checks.iter().find(|c| c.id == id).unwrap().status
}

fn set_reason(snap: &mut Snapshot, reason: &str) {
    snap.task.stopped_reason = Some(reason.into());
    for c in &mut snap.task.containers {
        c.reason = Some(reason.into());
    }
}

fn no_all_clear(r: &Report) {
    assert!(
        !r.root_causes[0]
            .summary
            .starts_with("No check found a problem"),
        "{:?}",
        r.root_causes[0]
    );
}

#[test]
fn no_space_left_stays_the_suspect_when_the_compressed_image_fits() {
    // Layers extract to 2-4x their compressed size and the container writes to the same disk:
    // an image that fits compressed rules nothing out.
    let mut snap = load("network.no_route", "near_miss");
    set_reason(
        &mut snap,
        "CannotPullContainerError: failed to register layer: Error processing tar file(exit status 1): write /usr/lib/jvm/lib/modules: no space left on device",
    );
    let r = diagnose(&snap);
    assert_eq!(status(&r, "storage.ephemeral"), Status::Pass);
    assert!(r
        .checks
        .iter()
        .any(|c| c.id == "storage.ephemeral" && c.inconclusive));
    no_all_clear(&r);
    assert_eq!(
        r.root_causes[0].id, "storage.ephemeral",
        "{:?}",
        r.root_causes
    );
    assert_eq!(r.root_causes[0].status, "suspected");
    assert!(r.root_causes[0].score > 0);
}

#[test]
fn a_warning_leads_when_nothing_fails() {
    // A bare timeout in a VPC whose DHCP options name custom DNS servers, every other check
    // passing: the DNS warning is the lead, not "no check found a problem".
    let mut snap = load("network.no_route", "near_miss");
    set_reason(
        &mut snap,
        "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post \"https://api.ecr.us-east-1.amazonaws.com/\": dial tcp 52.94.0.1:443: i/o timeout",
    );
    let net = snap.network.as_mut().unwrap();
    if let Fetched::Ok(vpc) = &mut net.vpc {
        vpc.dhcp_options_id = Some("dopt-0custom".into());
    }
    net.dhcp_options = Fetched::Ok(vec![DhcpOptions {
        id: "dopt-0custom".into(),
        domain_name_servers: vec!["10.0.0.53".into()],
    }]);
    let r = diagnose(&snap);
    assert_eq!(status(&r, "network.dns"), Status::Warn);
    no_all_clear(&r);
    assert_eq!(r.root_causes[0].id, "network.dns", "{:?}", r.root_causes);
    assert_eq!(r.root_causes[0].status, "suspected");
}

#[test]
fn a_missing_task_definition_makes_network_checks_unknown_not_skipped() {
    // ecs:DescribeTaskDefinition failed (a 5xx): the event's images and the error text still say
    // the task needs ECR, so the network checks could not run; they did not "not apply".
    let mut snap = load("network.no_route", "near_miss");
    set_reason(
        &mut snap,
        "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/fx20n/app:1.0: failed to do request: Head \"https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/fx20n/app/manifests/1.0\": dial tcp 52.94.0.9:443: i/o timeout",
    );
    snap.task_definition = Fetched::Error(CallError::new(
        "ecs:DescribeTaskDefinition",
        ErrorKind::ServiceError,
        Some("ServerException".into()),
        "HTTP 500",
    ));
    let r = diagnose(&snap);
    for id in [
        "network.no_route",
        "network.no_public_ip",
        "network.sg_egress",
    ] {
        let c = r.checks.iter().find(|c| c.id == id).unwrap();
        assert_ne!(c.status, Status::Skipped, "{id}: {}", c.summary);
        assert!(
            !c.summary.contains("needs no AWS service"),
            "{id}: {}",
            c.summary
        );
    }
    // Nothing failed in what could be seen, so the report says what could not run instead of
    // claiming nothing is wrong.
    assert!(
        r.root_causes[0].summary.contains("could not run"),
        "{:?}",
        r.root_causes[0]
    );
    // With the network really broken, the same missing task definition still confirms it.
    let mut broken = load("network.no_route", "fires");
    broken.task_definition = snap.task_definition.clone();
    let r = diagnose(&broken);
    assert_eq!(
        r.root_causes[0].id, "network.no_route",
        "{:?}",
        r.root_causes[0]
    );
    assert_eq!(r.root_causes[0].status, "confirmed");
}

#[test]
fn scores_keep_their_bands() {
    let fail_worst = score(Some(Status::Fail), false, None);
    let warn_best = score(Some(Status::Warn), false, Some(0));
    let warn_worst = score(Some(Status::Warn), false, None);
    let unknown_best = score(Some(Status::Unknown), false, Some(0));
    assert!(
        fail_worst > warn_best,
        "a confirmed failure outranks any warning"
    );
    assert!(
        warn_worst > unknown_best,
        "a warning outranks any unverified suspect"
    );
    assert_eq!(
        score(Some(Status::Pass), false, Some(0)),
        0,
        "a conclusive pass rules out"
    );
    assert!(
        score(Some(Status::Pass), true, Some(0)) > 0,
        "an inconclusive pass keeps a named suspect"
    );
    assert_eq!(
        score(Some(Status::Pass), true, None),
        0,
        "…but adds nothing unnamed"
    );
    assert_eq!(score(Some(Status::Skipped), false, Some(0)), 0);
    assert!(score(None, false, Some(0)) > score(None, false, Some(3)));
}

#[test]
fn root_causes_are_sorted_by_score() {
    for cause in [
        "network.no_public_ip",
        "iam.exec_role_ecr",
        "network.dns",
        "storage.ephemeral",
    ] {
        let r = diagnose(&load(cause, "fires"));
        let scores: Vec<u32> = r.root_causes.iter().map(|c| c.score).collect();
        let mut sorted = scores.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(scores, sorted, "{cause}");
    }
}

#[test]
fn the_service_view_counts_the_tasks_that_stopped_the_same_way() {
    use ecs_autopsy::snapshot::{ContainerState, RecentStop};
    let mut snap = load("container.exit", "fires");
    let stop = |exit: i64, at: &str, reason: Option<&str>| RecentStop {
        task_arn: Some(format!("arn:aws:ecs:us-east-1:123456789012:task/c/{at}")),
        stop_code: Some("EssentialContainerExited".into()),
        stopped_reason: Some("Essential container in task exited".into()),
        stopped_at: Some(at.into()),
        containers: vec![ContainerState {
            name: "app".into(),
            exit_code: Some(exit),
            reason: reason.map(str::to_string),
            last_status: Some("STOPPED".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    snap.recent_stops = Fetched::Ok(vec![
        stop(1, "2025-11-12T09:40:00Z", None),
        stop(1, "2025-11-12T09:52:00Z", None),
        stop(
            137,
            "2025-11-12T09:30:00Z",
            Some("OutOfMemoryError: Container killed due to memory usage"),
        ),
        stop(2, "2025-11-12T09:20:00Z", None),
    ]);
    let r = diagnose(&snap);
    let s = r.similar_stops.expect("counted");
    assert_eq!((s.count, s.of), (3, 5));
    assert_eq!(s.since.as_deref(), Some("2025-11-12T09:40:00Z"));
    assert!(
        s.line()
            .starts_with("3 of the last 5 stopped tasks of fx0f stopped the same way since"),
        "{}",
        s.line()
    );
    // Nothing the same: no line.
    snap.recent_stops = Fetched::Ok(vec![stop(2, "2025-11-12T09:20:00Z", None)]);
    assert!(diagnose(&snap).similar_stops.is_none());
}

/// An arm64 task whose image has no arm64 build: the exit (`exec format error`) is the symptom,
/// the confirmed platform mismatch leads.
#[test]
fn a_confirmed_platform_mismatch_leads_over_the_exit_it_explains() {
    let mut snap = load("image.platform_mismatch", "fires");
    snap.task.stop_code = Some("EssentialContainerExited".into());
    snap.task.stopped_reason = Some("Essential container in task exited".into());
    for c in &mut snap.task.containers {
        c.reason = None;
        c.exit_code = Some(1);
    }
    let r = diagnose(&snap);
    assert_eq!(
        r.root_causes[0].id, "image.platform_mismatch",
        "{:?}",
        r.root_causes
    );
    assert!(r.root_causes.iter().any(|c| c.id == "container.exit"));
}

/// A task stopped on purpose is never diagnosed from today's configuration, whatever words the
/// person who stopped it used.
#[test]
fn a_stop_on_purpose_is_expected_whatever_its_words() {
    for (code, reason) in [
        (
            "UserInitiated",
            "OOM alert: restarting, error rate too high",
        ),
        (
            "ServiceSchedulerInitiated",
            "Scaling activity initiated by (deployment ecs-svc/4402768839102633456)",
        ),
    ] {
        // A world where a check fires (the image is gone today).
        let mut snap = load("image.not_found", "fires");
        snap.task.stop_code = Some(code.into());
        snap.task.stopped_reason = Some(reason.into());
        for c in &mut snap.task.containers {
            c.reason = None;
            c.exit_code = Some(143);
        }
        let r = diagnose(&snap);
        assert_eq!(
            r.root_causes[0].id, "expected.stop",
            "{code}: {:?}",
            r.root_causes
        );
        assert!(
            r.root_causes.iter().all(|c| c.status != "confirmed"),
            "{code}: {:?}",
            r.root_causes
        );
        assert_eq!(status(&r, "image.not_found"), Status::Skipped);
    }
}

/// A pre-flight in which a check that applies could not run (its data was not readable) never
/// says "no check found a problem": it names the checks that did not run.
#[test]
fn a_preflight_with_a_check_that_could_not_run_is_not_all_clear() {
    let mut snap = load("network.no_route", "near_miss");
    snap.source = "preflight".into();
    snap.task.stopped_reason = None;
    snap.task.stop_code = None;
    for c in &mut snap.task.containers {
        c.reason = None;
        c.exit_code = None;
    }
    snap.task.last_status = Some("PROVISIONING".into());
    let denied = CallError::new(
        "ec2:DescribeRouteTables",
        ErrorKind::AccessDenied,
        None,
        "not authorized",
    );
    if let Some(net) = snap.network.as_mut() {
        net.route_tables = Fetched::Error(denied);
    }
    let r = diagnose(&snap);
    assert!(
        r.checks.iter().any(|c| c.status == Status::Unknown),
        "the fixture leaves a check unknown: {:?}",
        r.checks
    );
    assert_eq!(r.root_causes[0].id, "other", "{:?}", r.root_causes);
    no_all_clear(&r);
    assert!(
        r.root_causes[0].summary.contains("could not run"),
        "{:?}",
        r.root_causes[0]
    );
}

/// A repository policy that denies pulls unless they come through a VPC endpoint
/// (`aws:SourceVpce`), for a task whose only path to ECR is a NAT or internet gateway: the
/// request cannot carry the key, so the Deny always applies — confirmed, not "depends on a
/// condition".
#[test]
fn a_deny_unless_through_an_endpoint_is_confirmed_when_the_path_has_none() {
    let mut snap = load("ecr.repo_policy", "near_miss");
    let policy = r#"{"Version":"2012-10-17","Statement":[
        {"Sid":"AllowPull","Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"]},
        {"Sid":"OnlyThroughTheEndpoint","Effect":"Deny","Principal":"*","Action":"ecr:*",
         "Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-0123456789abcdef0"}}}]}"#;
    for img in &mut snap.images {
        if let Some(ecr) = img.ecr.as_mut() {
            ecr.repository_policy = Fetched::Ok(Some(policy.to_string()));
        }
    }
    let r = diagnose(&snap);
    assert_eq!(
        status(&r, "ecr.repo_policy"),
        Status::Fail,
        "{:?}",
        r.checks
    );
    let check = r.checks.iter().find(|c| c.id == "ecr.repo_policy").unwrap();
    assert!(
        check
            .evidence
            .iter()
            .any(|e| e.contains("OnlyThroughTheEndpoint")),
        "{check:?}"
    );
}
