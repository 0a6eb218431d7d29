//! The checks against their fixture snapshots (no AWS, no moto): each fires where it must and
//! stays quiet on its near miss; the catalogue is fully covered; rendered reports are stable.
//! Fixtures are captured by scripts/capture-fixtures.

use ecs_autopsy::catalogue::Evidence;
use ecs_autopsy::catalogue::CAUSES;
use ecs_autopsy::diagnose::{diagnose, Report, Status, CHECKS};
use ecs_autopsy::render;
use ecs_autopsy::snapshot::{Fetched, Snapshot};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/checks")
}

fn load(cause: &str, kind: &str) -> Snapshot {
    let path = dir().join(cause).join(format!("{kind}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{}: not a snapshot: {e}", path.display()))
}

fn status(r: &Report, cause: &str) -> Status {
    r.checks
        .iter()
        .find(|c| c.id == cause)
        .map(|c| c.status)
        .expect("every check is reported")
}

#[test]
fn every_check_fires_on_its_fixture_and_leads_the_report() {
    let mut failures = Vec::new();
    for check in CHECKS {
        let r = diagnose(&load(check.cause, "fires"));
        if status(&r, check.cause) != Status::Fail {
            failures.push(format!(
                "{}: does not fire: {:?}",
                check.cause,
                r.checks.iter().find(|c| c.id == check.cause)
            ));
            continue;
        }
        let rc = r
            .root_causes
            .iter()
            .find(|c| c.id == check.cause)
            .expect("a failing check is a root cause");
        assert_eq!(rc.status, "confirmed");
        assert!(
            !rc.evidence.is_empty() && !rc.fix.is_empty(),
            "{}: evidence and fix",
            check.cause
        );
        if r.root_causes[0].id != check.cause {
            failures.push(format!(
                "{}: fires but {} comes first",
                check.cause, r.root_causes[0].id
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A check that confirms a cause names the resource its fix changes, as data: incidents group
/// by it, and nothing re-reads it from the summary's words. Causes whose culprit is the task's
/// own (its service, task definition, cluster or account) are named by the report's facts.
#[test]
fn every_confirmed_cause_names_its_culprit() {
    use ecs_autopsy::catalogue::{cause, Culprit};
    let mut missing = Vec::new();
    for check in CHECKS {
        let r = diagnose(&load(check.cause, "fires"));
        let Some(rc) = r.root_causes.iter().find(|c| c.id == check.cause) else {
            continue;
        };
        let by_facts = matches!(
            cause(check.cause).map(|c| c.culprit),
            Some(Culprit::Service | Culprit::TaskDefinition | Culprit::Cluster | Culprit::Account)
        );
        if rc.culprit.is_none() && !by_facts {
            missing.push(check.cause);
        }
    }
    assert!(missing.is_empty(), "no typed culprit: {missing:?}");
}

#[test]
fn no_check_fires_on_its_near_miss() {
    for check in CHECKS {
        let r = diagnose(&load(check.cause, "near_miss"));
        let s = status(&r, check.cause);
        assert!(
            matches!(s, Status::Pass | Status::Skipped),
            "{}: near miss gives {s:?}: {:?}",
            check.cause,
            r.checks.iter().find(|c| c.id == check.cause)
        );
        assert!(r
            .root_causes
            .iter()
            .all(|c| c.id != check.cause || c.status != "confirmed"));
    }
}

#[test]
fn catalogue_checks_and_fixtures_agree() {
    let checked: BTreeSet<&str> = CHECKS.iter().map(|c| c.cause).collect();
    assert_eq!(checked.len(), CHECKS.len(), "a cause is registered twice");
    // The catalogue's `evidence` flag and the check registry say the same thing.
    let by_check: BTreeSet<&str> = CAUSES
        .iter()
        .filter(|c| c.evidence == Evidence::Check)
        .map(|c| c.id)
        .collect();
    assert_eq!(
        checked, by_check,
        "a cause with `evidence: Evidence::Check` has exactly one check in CHECKS, and only those"
    );
    let dirs: BTreeSet<String> = std::fs::read_dir(dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let expected: BTreeSet<String> = checked.iter().map(|s| s.to_string()).collect();
    assert_eq!(dirs, expected, "one fixture folder per check");
    for c in &checked {
        for kind in ["fires", "near_miss"] {
            assert!(
                dir().join(c).join(format!("{kind}.json")).exists(),
                "{c}/{kind}.json"
            );
        }
    }
}

#[test]
fn diagnosis_is_pure_and_deterministic() {
    let snap = load("network.no_public_ip", "fires");
    assert_eq!(diagnose(&snap), diagnose(&snap));
}

#[test]
fn report_json_keeps_its_contract() {
    let r = diagnose(&load("network.no_public_ip", "fires"));
    let v = serde_json::to_value(&r).unwrap();
    for key in [
        "report_version",
        "task",
        "classification",
        "root_causes",
        "checks",
        "gather_errors",
        "deadline_hit",
    ] {
        assert!(v.get(key).is_some(), "report lacks {key}");
    }
    for key in [
        "id",
        "confidence",
        "status",
        "summary",
        "evidence",
        "fix",
        "docs",
    ] {
        assert!(
            v["root_causes"][0].get(key).is_some(),
            "root cause lacks {key}"
        );
    }
    for key in ["source", "message", "family", "service", "candidates"] {
        assert!(
            v["classification"].get(key).is_some(),
            "classification lacks {key}"
        );
    }
    // It reads back.
    let back: Report = serde_json::from_value(v).unwrap();
    assert_eq!(back, r);
}

/// Rendered reports compared with tests/fixtures/render/*; `UPDATE_RENDER=1 cargo test` rewrites them.
#[test]
fn rendered_reports_are_stable() {
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render");
    let update = std::env::var_os("UPDATE_RENDER").is_some();
    for cause in [
        "network.no_public_ip",
        "iam.exec_role_ecr",
        "network.sg_egress",
    ] {
        let r = diagnose(&load(cause, "fires"));
        for (ext, text) in [
            (
                "txt",
                render::terminal::text(
                    &r,
                    render::terminal::Style {
                        color: false,
                        verbose: false,
                    },
                ),
            ),
            ("md", render::markdown::markdown(&r)),
        ] {
            let path = out.join(format!("{cause}.{ext}"));
            if update {
                std::fs::create_dir_all(&out).unwrap();
                std::fs::write(&path, &text).unwrap();
            }
            let expected = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_RENDER=1 to create)", path.display()));
            assert_eq!(
                text,
                expected,
                "{} changed (UPDATE_RENDER=1 to accept)",
                path.display()
            );
        }
    }
}

#[test]
fn awsvpc_tasks_on_ec2_never_have_a_public_ip() {
    // The Fargate fixture, moved to EC2 with its public-IP setting unknown: on EC2 an awsvpc
    // task never gets a public IP, so the internet gateway path fails, and the fix is a NAT
    // subnet or endpoints (assignPublicIp=ENABLED would be refused for EC2).
    let mut snap = load("network.no_public_ip", "fires");
    snap.task.launch_type = Some("EC2".into());
    snap.task.capacity_provider = None;
    snap.awsvpc.assign_public_ip = None;
    let r = diagnose(&snap);
    assert_eq!(status(&r, "network.no_public_ip"), Status::Fail);
    let rc = &r.root_causes[0];
    assert_eq!(rc.id, "network.no_public_ip");
    assert!(
        rc.evidence.iter().any(|e| e.contains("Fargate only")),
        "{:?}",
        rc.evidence
    );
    assert!(
        rc.fix.iter().all(|f| !f.contains("assignPublicIp=ENABLED")),
        "{:?}",
        rc.fix
    );
    // The same task on Fargate with the setting unknown stays unknown.
    snap.task.launch_type = Some("FARGATE".into());
    assert_eq!(
        status(&diagnose(&snap), "network.no_public_ip"),
        Status::Unknown
    );
}

/// The container.exit fixture with these lines as its culprit's CloudWatch tail.
fn crashed_with_log(lines: &[&str]) -> Snapshot {
    use ecs_autopsy::snapshot::LogTail;
    let mut snap = load("container.exit", "fires");
    snap.log_tail = Some(Fetched::Ok(LogTail {
        container: snap.task.containers[0].name.clone(),
        driver: "awslogs".into(),
        group: Some("/ecs/app".into()),
        stream: Some("ecs/app/0123".into()),
        lines: lines.iter().map(|l| l.to_string()).collect(),
    }));
    snap
}

/// The culprit's log joins the cause it explains: a named reading (here the psycopg2 line of
/// the tuned corpus's `db.auth` shape) leads the headline and gives the fix; a line quoted
/// without a cause is evidence only.
#[test]
fn a_named_log_reading_joins_the_container_exit_it_explains() {
    let with_tail = |lines: &[&str]| diagnose(&crashed_with_log(lines));
    let r = with_tail(&[
        "Traceback (most recent call last):",
        "psycopg2.OperationalError: FATAL:  password authentication failed for user \"app\"",
    ]);
    let top = &r.root_causes[0];
    assert_eq!(top.id, "container.exit");
    assert!(
        top.summary
            .contains("; its log: The database refused the login"),
        "{}",
        top.summary
    );
    assert!(top
        .evidence
        .iter()
        .any(|e| e.contains("password authentication failed")));
    assert!(
        top.fix[0].contains("does not match the database's"),
        "{:?}",
        top.fix
    );
    // Quoted without a cause: the headline and the fix stay the exit's.
    let r = with_tail(&["starting worker", "shutting down after the last job"]);
    let top = &r.root_causes[0];
    assert!(!top.summary.contains("its log:"), "{}", top.summary);
    assert!(
        top.fix[0].starts_with("Read the last log lines"),
        "{:?}",
        top.fix
    );
    assert!(top
        .evidence
        .iter()
        .any(|e| e.contains("its last error or line")));
}

/// A condition the task definition explains is checked against it: "Read-only file system" in
/// the log of a container with readonlyRootFilesystem on states that setting, and its fix is the
/// mount; with the setting off, the evidence says so and the signature's fix stays.
#[test]
fn a_read_only_filesystem_in_the_log_is_checked_against_the_task_definition() {
    let tail = [
        "Traceback (most recent call last):",
        "OSError: [Errno 30] Read-only file system: '/app/cache'",
    ];
    let mut snap = crashed_with_log(&tail);
    let name = snap.task.containers[0].name.clone();
    let Fetched::Ok(td) = &mut snap.task_definition else {
        panic!("the fixture holds its task definition");
    };
    let def = td
        .containers
        .iter_mut()
        .find(|c| c.name == name)
        .expect("the culprit's definition");
    def.readonly_root_filesystem = Some(true);
    let top = diagnose(&snap).root_causes.remove(0);
    assert!(
        top.summary.contains("read-only filesystem (/app/cache)"),
        "{}",
        top.summary
    );
    assert!(
        top.evidence
            .iter()
            .any(|e| e
                .contains("readonlyRootFilesystem true, and no volume is mounted over /app/cache")),
        "{:?}",
        top.evidence
    );
    assert!(
        top.fix[0].starts_with("Mount a volume where"),
        "{:?}",
        top.fix
    );

    let top = diagnose(&crashed_with_log(&tail)).root_causes.remove(0);
    assert!(
        top.evidence
            .iter()
            .any(|e| e.contains("readonlyRootFilesystem is off")),
        "{:?}",
        top.evidence
    );
    assert!(
        top.fix[0].starts_with("Give the program a writable path"),
        "{:?}",
        top.fix
    );
}

/// JSON log lines reach a person as their level, message and error, still escaped: in Slack a
/// record's `<@channel>` stays text.
#[test]
fn structured_log_lines_are_shown_readable_and_inert() {
    let snap = crashed_with_log(&[
        r#"{"level":"info","ts":1,"caller":"main.go:30","msg":"starting server"}"#,
        r#"{"level":"error","ts":2,"caller":"main.go:42","msg":"boot failed <!channel>","error":"open /data/state.db: permission denied"}"#,
    ]);
    let report = diagnose(&snap);
    let n = render::Notification::new(report.clone());
    let payload = render::slack::slack(&n).to_string();
    assert!(
        payload
            .contains("error boot failed &lt;!channel&gt;: open /data/state.db: permission denied"),
        "{payload}"
    );
    assert!(!payload.contains("<!channel>"), "{payload}");
    let text = render::terminal::text(
        &report,
        render::terminal::Style {
            color: false,
            verbose: false,
        },
    );
    assert!(text.contains("│ info starting server"), "{text}");
}

/// Who made a denied call and who else holds a port are read against the task definition
/// (session 19): a container without a task role on EC2 was denied as the instance's role, and a
/// port another container of the awsvpc task maps is taken by that container.
#[test]
fn a_denied_call_and_a_taken_port_are_checked_against_the_task_definition() {
    let denied = [
        "botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetItem operation: User: arn:aws:sts::111122223333:assumed-role/ecsInstanceRole/i-0a1b2c3d4e5f67890 is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders",
    ];
    let mut snap = crashed_with_log(&denied);
    let Fetched::Ok(td) = &mut snap.task_definition else {
        panic!("the fixture holds its task definition");
    };
    td.task_role_arn = None;
    let top = diagnose(&snap).root_causes.remove(0);
    assert!(
        top.evidence.iter().any(|e| e.contains("no task role")
            && e.contains("ecsInstanceRole")
            && e.contains("i-0a1b2c3d4e5f67890")),
        "{:?}",
        top.evidence
    );
    assert!(top.fix[0].contains("taskRoleArn"), "{:?}", top.fix);

    let taken = ["Error: listen EADDRINUSE: address already in use :::8080"];
    let mut snap = crashed_with_log(&taken);
    let name = snap.task.containers[0].name.clone();
    let Fetched::Ok(td) = &mut snap.task_definition else {
        panic!("the fixture holds its task definition");
    };
    td.network_mode = Some("awsvpc".into());
    let mut sidecar = td
        .containers
        .iter()
        .find(|c| c.name == name)
        .expect("the culprit's definition")
        .clone();
    sidecar.name = "otel-collector".into();
    sidecar.container_ports = vec![8080];
    td.containers.push(sidecar);
    let top = diagnose(&snap).root_causes.remove(0);
    assert!(
        top.evidence
            .iter()
            .any(|e| e.contains("otel-collector also maps port 8080")),
        "{:?}",
        top.evidence
    );
    assert!(top.fix[0].contains("another port"), "{:?}", top.fix);
}

/// A timed-out address the log names is placed in the task's network (session 19): an address of
/// the VPC whose task side is open points at the destination's security group; the task's own
/// group without that egress is named; a private address outside the VPC with no route for it is
/// a missing peering or transit gateway route.
#[test]
fn a_timed_out_address_is_placed_in_the_task_s_network() {
    let tail = |ip: &str| format!("panic: dial tcp {ip}:5432: connect: connection timed out");
    let evidence = |snap: &ecs_autopsy::snapshot::Snapshot| {
        diagnose(snap).root_causes.remove(0).evidence.join("\n")
    };
    // Inside the VPC, everything open on the task's side: the destination's group.
    let inside = tail("10.0.9.9");
    let snap = crashed_with_log(&[inside.as_str()]);
    let e = evidence(&snap);
    assert!(
        e.contains("10.0.9.9 is in the task's VPC (10.0.0.0/16)")
            && e.contains("destination's side"),
        "{e}"
    );
    // The task's group allows only 443 out.
    let mut snap = crashed_with_log(&[inside.as_str()]);
    let task_sg = snap.awsvpc.security_groups[0].clone();
    let net = snap.network.as_mut().expect("the fixture's VPC");
    let Fetched::Ok(groups) = &mut net.security_groups else {
        panic!("the fixture's security groups")
    };
    let g = groups.iter_mut().find(|g| g.id == task_sg).unwrap();
    g.egress[0].protocol = "tcp".into();
    g.egress[0].from_port = Some(443);
    g.egress[0].to_port = Some(443);
    let e = evidence(&snap);
    assert!(e.contains("allow no outbound TCP 5432"), "{e}");
    // Outside the VPC, a private address with only the default route.
    let outside = tail("172.20.1.5");
    let e = evidence(&crashed_with_log(&[outside.as_str()]));
    assert!(
        e.contains("172.20.1.5 is a private address outside the task's VPC")
            && e.contains("no route for it"),
        "{e}"
    );
    // A public address or a host name: nothing placed.
    let e = evidence(&crashed_with_log(&[tail("52.1.2.3").as_str()]));
    assert!(!e.contains("network: "), "{e}");
}

/// A name the log could not resolve is read against who answers the task's lookups (session
/// 19): DHCP options that name other DNS servers than the Amazon-provided resolver.
#[test]
fn an_unresolved_name_is_read_against_the_vpc_s_resolver() {
    let tail = [
        "psycopg2.OperationalError: could not translate host name \"db.internal\" to address: Name or service not known",
    ];
    let mut snap = crashed_with_log(&tail);
    let net = snap.network.as_mut().expect("the fixture's VPC");
    let Fetched::Ok(vpc) = &net.vpc else {
        panic!("the fixture's VPC")
    };
    let id = vpc.dhcp_options_id.clone().expect("the VPC's DHCP options");
    net.dhcp_options = Fetched::Ok(vec![ecs_autopsy::snapshot::DhcpOptions {
        id,
        domain_name_servers: vec!["10.0.0.53".into()],
    }]);
    let top = diagnose(&snap).root_causes.remove(0);
    assert!(
        top.evidence.iter().any(
            |e| e.contains("send the task's lookups to 10.0.0.53") && e.contains("db.internal")
        ),
        "{:?}",
        top.evidence
    );
    // With the Amazon-provided resolver and DNS support on, nothing is claimed about it.
    let top = diagnose(&crashed_with_log(&tail)).root_causes.remove(0);
    assert!(
        !top.evidence.iter().any(|e| e.starts_with("network: ")),
        "{:?}",
        top.evidence
    );
}

/// A task whose EBS volume ECS could not attach, with the attachment's reason in the ECS
/// Developer Guide's words (troubleshoot-ebs-volumes-scenarios.html) and the stopped reason a
/// start failure without a word about the volume.
fn ebs_attach_failed(reason: &str) -> Snapshot {
    let mut snap = load("task.config", "near_miss");
    snap.task.stopped_reason = Some("Task failed to start".into());
    for c in &mut snap.task.containers {
        c.reason = None;
    }
    snap.task.ebs_volumes = vec![ecs_autopsy::snapshot::EbsAttachment {
        volume_name: Some("data".into()),
        volume_id: None,
        role_arn: Some("arn:aws:iam::111122223333:role/ecsInfrastructureRole".into()),
        status: Some("FAILED".into()),
        status_reason: Some(reason.into()),
    }];
    snap
}

#[test]
fn an_ebs_volume_ecs_could_not_attach_is_read_against_its_infrastructure_role() {
    let reason = "ECS was unable to assume the configured ECS Infrastructure Role 'arn:aws:iam::111122223333:role/ecsInfrastructureRole'. Please verify that the role being passed has the proper trust relationship with Amazon ECS";
    let mut snap = ebs_attach_failed(reason);
    // The mix-up the guide warns of: the volumes' policy on a role made for tasks.
    snap.iam.infrastructure_role = Some(ecs_autopsy::snapshot::RoleInfo {
        arn: "arn:aws:iam::111122223333:role/ecsInfrastructureRole".into(),
        name: "ecsInfrastructureRole".into(),
        role: Fetched::Ok(ecs_autopsy::snapshot::RoleDetail {
            trust_policy: Some(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#.into()),
            permissions_boundary_arn: None,
        }),
        inline_policies: Fetched::Ok(Vec::new()),
        managed_policies: Fetched::Ok(Vec::new()),
        permissions_boundary: None,
    });
    let report = diagnose(&snap);
    let top = &report.root_causes[0];
    assert_eq!(top.id, "task.config", "{:?}", report.root_causes);
    assert!(
        top.summary
            .contains("ecs-tasks.amazonaws.com, the tasks' principal"),
        "{}",
        top.summary
    );
    assert!(
        top.evidence
            .iter()
            .any(|e| e.starts_with("EBS volume data: FAILED: ECS was unable to assume")),
        "{:?}",
        top.evidence
    );
    assert!(
        top.fix[0].contains("update-assume-role-policy"),
        "{:?}",
        top.fix
    );
    // One role, one incident: the culprit is the role, never the volume's name.
    assert_eq!(
        top.culprit.as_deref(),
        Some("arn:aws:iam::111122223333:role/ecsInfrastructureRole")
    );
    assert_eq!(
        report.classification.source, "attachments[data].statusReason",
        "the attachment's reason is what the task's text is read from"
    );

    // The event alone (nothing of the account read): the reason still leads, in ECS's words.
    let mut alone =
        ebs_attach_failed("ECS timed out while configuring the EBS volume attachment to your Task");
    alone.task_definition = Fetched::Skipped("AWS could not be read".into());
    let top = diagnose(&alone).root_causes.remove(0);
    assert_eq!(top.id, "task.config");
    assert!(top.summary.contains("file system type"), "{}", top.summary);
    assert!(top.fix[0].contains("filesystemType"), "{:?}", top.fix);

    // EC2's own refusal, by its code.
    let top = diagnose(&ebs_attach_failed(
        "ECS managed EBS volume configuration was invalid for volume 'data'. Encountered 'VolumeTypeNotAvailableInZone' error from AmazonEC2: \"The specified zone does not support gp3 volume type.\"",
    ))
    .root_causes
    .remove(0);
    assert!(
        top.summary.contains("VolumeTypeNotAvailableInZone"),
        "{}",
        top.summary
    );
}

#[test]
fn an_unhealthy_service_connect_proxy_is_read_against_the_room_the_task_leaves_it() {
    // The task definition's one container takes all of the task's memory; the proxy ECS adds
    // (named as DescribeTasks names it) fails its health check.
    let mut snap = load("health.container", "fires");
    snap.task.containers[0].health_status = Some("HEALTHY".into());
    snap.task
        .containers
        .push(ecs_autopsy::snapshot::ContainerState {
            name: "ecs-service-connect-oRK9o".into(),
            image: Some("public.ecr.aws/ecs/ecs-service-connect-agent:interface-v1".into()),
            last_status: Some("STOPPED".into()),
            exit_code: Some(143),
            health_status: Some("UNHEALTHY".into()),
            ..Default::default()
        });
    let Fetched::Ok(td) = &mut snap.task_definition else {
        panic!("the fixture holds its task definition");
    };
    td.cpu = Some("256".into());
    td.memory = Some("512".into());
    td.containers[0].memory = Some(512);
    let top = diagnose(&snap).root_causes.remove(0);
    assert_eq!(top.id, "health.container");
    assert!(
        top.summary
            .contains("Service Connect proxy ecs-service-connect-oRK9o")
            && top.summary.contains("0 MiB"),
        "{}",
        top.summary
    );
    assert!(top.fix[0].contains("64 MiB"), "{:?}", top.fix);
    // With room left, the proxy is still named, and its path is what is left to check.
    let Fetched::Ok(td) = &mut snap.task_definition else {
        panic!("the fixture holds its task definition");
    };
    td.memory = Some("1024".into());
    let top = diagnose(&snap).root_causes.remove(0);
    assert!(
        top.summary.ends_with("failed its health check"),
        "{}",
        top.summary
    );
    assert!(top.fix[0].contains("security groups"), "{:?}", top.fix);
}

/// A stream that could not be read still names its container and stream, and says in plain
/// words why there are no lines (gathering keeps only the error, so the report names them again
/// from the task and its definition).
#[test]
fn an_unread_log_names_its_container_and_says_why() {
    use ecs_autopsy::snapshot::{CallError, ErrorKind};
    let mut snap = load("container.exit", "fires");
    let culprit = snap.task.containers[0].name.clone();
    let unread = |snap: &mut Snapshot, kind, message| {
        snap.log_tail = Some(Fetched::Error(CallError::new(
            "logs:GetLogEvents",
            kind,
            None,
            message,
        )));
        diagnose(snap).logs.expect("a log section")
    };
    let logs = unread(
        &mut snap,
        ErrorKind::NotFound,
        "The specified log stream does not exist.",
    );
    assert_eq!(logs.container, culprit);
    // The fixture logs through awslogs with a stream prefix: the stream is named.
    let stream = logs.stream.expect("the stream named");
    let note = logs.note.unwrap_or_default();
    assert!(
        note.starts_with(&format!("no log stream {stream} in group ")),
        "{note}"
    );
    let logs = unread(&mut snap, ErrorKind::AccessDenied, "");
    assert_eq!(logs.container, culprit);
    assert!(logs.note.unwrap_or_default().contains("AccessDenied"));
}

/// A reading outside the catalogue that names what failed leads as itself: a missing cluster is
/// not an invalid task definition (the family's second candidate), and an unrecognised text
/// still says that nothing was found.
#[test]
fn a_named_reading_outside_the_catalogue_leads_as_itself() {
    let mut snap = Snapshot::default();
    snap.task.task_arn = Some("arn:aws:ecs:us-east-1:111122223333:task/c/0a1b".into());
    snap.task.last_status = Some("STOPPED".into());
    snap.task.stop_code = Some("TaskFailedToStart".into());
    snap.task.stopped_reason =
        Some("ClusterNotFoundException: The referenced cluster was not found.".into());
    let top = &diagnose(&snap).root_causes[0];
    assert_eq!(top.id, "other");
    assert!(top.summary.contains("does not exist"), "{}", top.summary);
    assert!(top.title.contains("does not exist"), "{}", top.title);
    assert!(top.evidence[0].contains("ClusterNotFoundException"));
    snap.task.stopped_reason = Some("the quick brown fox".into());
    let top = &diagnose(&snap).root_causes[0];
    assert_eq!(top.id, "other");
    assert!(
        !top.summary.contains("named by the error text"),
        "{}",
        top.summary
    );
}
