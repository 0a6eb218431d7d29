//! The CLI contract, through the real binary: formats, standard input, exit codes, bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecs-autopsy"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn classify_one_message_as_json() {
    let o = run(
        &[
            "classify",
            "--format",
            "json",
            "CannotPullContainerError: API error (404): repository x not found",
        ],
        b"",
    );
    assert!(o.status.success());
    let v = json_lines(&o);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["candidates"][0], "image.not_found");
    assert_eq!(
        v[0]["message"],
        "CannotPullContainerError: API error (404): repository x not found"
    );
    assert!(v[0]["family"].is_string());
    assert_eq!(v[0].as_object().unwrap().len(), 4);
}

#[test]
fn classify_standard_input_gives_one_object_per_line_in_order() {
    let input = "OutOfMemoryError: Container killed due to memory usage\r\n\nTask stopped by user\nsomething unheard of";
    let o = run(&["classify", "--format", "json"], input.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = json_lines(&o);
    let firsts: Vec<_> = v
        .iter()
        .map(|x| x["candidates"][0].as_str().unwrap())
        .collect();
    assert_eq!(firsts, ["container.oom", "other", "expected.stop", "other"]);
    assert_eq!(
        v[0]["message"],
        "OutOfMemoryError: Container killed due to memory usage"
    );
    assert_eq!(v[1]["service"], serde_json::Value::Null);
}

#[test]
fn service_is_named_when_known() {
    let o = run(
        &["classify", "--format", "json", "unable to retrieve secret from asm: service call has been retried 1 time(s): AccessDeniedException"],
        b"",
    );
    assert_eq!(json_lines(&o)[0]["service"], "Secrets Manager");
}

#[test]
fn text_format_is_for_people() {
    let o = run(
        &["classify", "CannotPullContainerError: context canceled"],
        b"",
    );
    let text = stdout(&o);
    assert!(
        text.contains("candidates  1. network.no_public_ip"),
        "{text}"
    );
    assert!(text.contains("family"), "{text}");
}

#[test]
fn empty_input_is_a_clear_error() {
    let o = run(&["classify"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no input"));
    let o = run(&["classify", "  "], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("empty"));
}

#[test]
fn invalid_utf8_is_replaced_not_fatal() {
    let o = run(
        &["classify", "--format", "json"],
        b"CannotPullContainerError: \xff\xfe no space left on device\n",
    );
    assert!(o.status.success());
    let v = json_lines(&o);
    assert_eq!(v[0]["candidates"][0], "storage.ephemeral");
    assert!(v[0]["message"].as_str().unwrap().contains('\u{fffd}'));
}

#[test]
fn a_one_megabyte_line_gets_a_result() {
    let mut line = "x".repeat(1024 * 1024);
    line.insert_str(0, "CannotPullContainerError: i/o timeout dkr.ecr ");
    let o = run(&["classify", "--format", "json"], line.as_bytes());
    assert!(o.status.success());
    let v = json_lines(&o);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["candidates"][0], "network.no_public_ip");
}

#[test]
fn causes_lists_every_cause_and_explain_explains_each() {
    let o = run(&["causes", "--format", "json"], b"");
    assert!(o.status.success());
    let causes: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(causes.len(), ecs_autopsy::catalogue::CAUSES.len());
    let text = stdout(&run(&["causes"], b""));
    for c in ecs_autopsy::catalogue::CAUSES {
        assert!(text.contains(c.id), "causes does not list {}", c.id);
        let e = run(&["explain", c.id], b"");
        assert!(e.status.success());
        let e = stdout(&e);
        for part in [
            "What went wrong",
            "How ecs-autopsy confirms it",
            "How to fix it",
            "https://",
        ] {
            assert!(e.contains(part), "explain {} lacks {part}", c.id);
        }
    }
}

#[test]
fn explain_unknown_id_suggests_and_exits_2() {
    let o = run(&["explain", "network.nope"], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unknown cause id") && err.contains("network.no_route"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2_and_help_documents_exit_codes() {
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(
        run(&["classify", "--format", "yaml", "x"], b"")
            .status
            .code(),
        Some(2)
    );
    let help = run(&["--help"], b"");
    assert!(help.status.success());
    assert!(stdout(&help).contains("Exit codes"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecs-autopsy"))
        .args(["classify", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader went away, as with `| head`
    let mut input = child.stdin.take().unwrap();
    let _ = input.write_all("Task stopped by user\n".repeat(20_000).as_bytes());
    drop(input);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn classify_an_event_file() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/events/task-stopped-cannot-pull-network.json"
    );
    let o = run(&["classify", "--format", "json", "--event", path], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = json_lines(&o);
    assert_eq!(v[0]["source"], "containers[notifyservice].reason");
    assert_eq!(v[0]["service"], "ECR registry");
    assert_eq!(v[0]["candidates"][0], "network.no_public_ip");
}

#[test]
fn a_malformed_or_missing_event_file_is_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("ecs-autopsy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        b"{\"detail-type\": \"AWS API Call via CloudTrail\", \"detail\": {}}",
    )
    .unwrap();
    let o = run(&["classify", "--event", bad.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "this is an \"AWS API Call via CloudTrail\" event, not an \"ECS Task State Change\""
        ),
        "{err}"
    );
    assert!(!err.contains("Some("), "no Rust debug text: {err}");
    let o = run(
        &[
            "classify",
            "--event",
            dir.join("missing.json").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("reading"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `diagnose --event FILE --format json`, which must succeed: its report.
fn diagnose_json(event: &std::path::Path) -> serde_json::Value {
    let o = run(
        &[
            "diagnose",
            "--event",
            event.to_str().unwrap(),
            "--format",
            "json",
        ],
        b"",
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn a_placement_failure_event_is_diagnosed_without_aws() {
    let event = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("events/service-placement-failure.json");
    let r = diagnose_json(&event);
    assert_eq!(r["root_causes"][0]["id"], "capacity.placement");
    assert_eq!(
        r["service_event"]["event_name"],
        "SERVICE_TASK_PLACEMENT_FAILURE"
    );
    // A service event that is not a failure is a clear usage error.
    let steady = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("events/ignored-service-steady-state.json");
    let o = run(&["diagnose", "--event", steady.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not a failure"));
}

/// The other ERROR service actions name no task: the event and its reason are the evidence, and a
/// reading outside the catalogue (API throttling) leads as itself, not as its second candidate.
#[test]
fn an_error_service_action_without_a_task_is_diagnosed_from_its_reason() {
    let dir = std::env::temp_dir().join(format!("ecs-autopsy-cli-thr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let event = dir.join("throttled.json");
    std::fs::write(
        &event,
        br#"{"version": "0", "id": "0d7e5c2a-1b3f-4e6d-8a9c-5f4e3d2c1b0a", "detail-type": "ECS Service Action",
             "source": "aws.ecs", "account": "111122223333", "time": "2026-03-02T10:00:00Z", "region": "eu-west-1",
             "resources": ["arn:aws:ecs:eu-west-1:111122223333:service/prod/api"],
             "detail": {"eventType": "ERROR", "eventName": "ECS_OPERATION_THROTTLED",
                        "clusterArn": "arn:aws:ecs:eu-west-1:111122223333:cluster/prod",
                        "reason": "The service was unable to operate because of ECS API throttle limits.",
                        "createdAt": "2026-03-02T10:00:00Z"}}"#,
    )
    .unwrap();
    let r = diagnose_json(&event);
    assert_eq!(r["root_causes"][0]["id"], "other");
    let summary = r["root_causes"][0]["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("AWS API throttled the request"),
        "{summary}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_running_task_is_said_to_have_not_stopped() {
    let dir = std::env::temp_dir().join(format!("ecs-autopsy-cli-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let snap = dir.join("running.json");
    std::fs::write(
        &snap,
        br#"{"task": {"task_arn": "arn:aws:ecs:us-east-1:1:task/c/abc", "last_status": "RUNNING",
             "containers": [{"name": "app", "last_status": "RUNNING"}]}}"#,
    )
    .unwrap();
    let o = run(&["diagnose", "--snapshot", snap.to_str().unwrap()], b"");
    let out = stdout(&o);
    assert!(out.contains("has not stopped"), "{out}");
    assert!(!out.contains("No known cause matches"), "{out}");
}

/// Runs the CLI with no AWS access at all: no credentials anywhere the SDK looks (`lacks`), or
/// credentials and an endpoint where nothing listens (`unreachable`). Loopback only.
fn without_aws(args: &[&str], unreachable: bool) -> Output {
    let home = std::env::temp_dir().join("ecs-autopsy-no-aws-home");
    let _ = std::fs::create_dir_all(&home);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ecs-autopsy"));
    cmd.args(args)
        .env_clear()
        .env("HOME", &home)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", home.join("none"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.join("none"))
        .env("NO_COLOR", "1");
    if unreachable {
        cmd.env("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEEXAMPLE00")
            .env("AWS_SECRET_ACCESS_KEY", "not-a-secret")
            .env("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
    }
    cmd.output().expect("binary starts")
}

#[test]
fn without_aws_the_event_leads_and_what_was_not_read_is_said_once() {
    let events = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("events");
    let app_exit = events.join("task-stopped-app-exit.json");
    for unreachable in [false, true] {
        for format in ["text", "markdown", "json", "slack", "sns"] {
            let o = without_aws(
                &[
                    "diagnose",
                    "--event",
                    app_exit.to_str().unwrap(),
                    "--format",
                    format,
                    "--deadline",
                    "5",
                ],
                unreachable,
            );
            let all = format!("{}{}", stdout(&o), String::from_utf8_lossy(&o.stderr));
            assert_eq!(o.status.code(), Some(0), "{format}: {all}");
            for debug in [
                "DispatchFailure",
                "ConnectorError",
                "{ source",
                "Some(\"",
                "ProviderChain",
            ] {
                assert!(
                    !all.contains(debug),
                    "{format}, debug text {debug:?}: {all}"
                );
            }
            if format == "text" {
                assert!(all.len() < 6 * 1024, "{} bytes: {all}", all.len());
                assert!(all.starts_with("NOT CHECKED: "), "{all}");
                let why = if unreachable {
                    "could not be reached"
                } else {
                    "no AWS credentials"
                };
                assert_eq!(all.matches(why).count(), 1, "said once: {all}");
                // Who stopped the task and how still lead.
                assert!(
                    all.contains(
                        "ROOT CAUSE: The essential container notifyservice exited with code 1"
                    ),
                    "{all}"
                );
            }
        }
    }
    // A task named without an event: nothing to show, one clear line and exit 1.
    let o = without_aws(
        &[
            "diagnose",
            "--cluster",
            "arn:aws:ecs:us-east-1:111122223333:cluster/prod",
            "--task",
            "arn:aws:ecs:us-east-1:111122223333:task/prod/0123456789abcdef",
            "--deadline",
            "5",
        ],
        false,
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("no AWS credentials were found") && err.len() < 1024,
        "{err}"
    );
}

/// `read-log` reads a log at a terminal as `diagnose` reads a task's tail: on the real tails whose
/// line that says why sits ten lines or more above the end (a stack trace, a shutdown below it),
/// it quotes what the library reads, in text and in JSON.
#[test]
fn read_log_quotes_what_the_reader_reads_above_the_last_lines() {
    #[derive(serde::Deserialize)]
    struct Tail {
        lines: Vec<String>,
        key_lines: Vec<String>,
    }
    let tails: Vec<Tail> = crate::fixture::jsonl(
        include_str!("../corpus/real/crash-keylines.jsonl"),
        "crash-keylines",
    );
    let deep: Vec<&Tail> = tails
        .iter()
        .filter(|t| {
            let last_key = t.lines.iter().rposition(|l| t.key_lines.contains(l));
            last_key.is_some_and(|i| t.lines.len() - i >= 10)
        })
        .collect();
    assert!(deep.len() >= 3, "{}", deep.len());
    for t in &deep {
        let log = t.lines.join("\n");
        let o = run(&["read-log", "--format", "json"], log.as_bytes());
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["lines_read"], t.lines.len());
        let redacted: Vec<String> = t
            .lines
            .iter()
            .map(|l| ecs_autopsy::redact::log_line(l))
            .collect();
        let read = ecs_autopsy::crash::recognise(&redacted);
        let quoted = v["crash"]["line"].as_str();
        assert_eq!(quoted, read.as_ref().map(|c| c.line.as_str()));
        let text = stdout(&run(&["read-log"], log.as_bytes()));
        // The terminal cuts a long line: its start is what must be there.
        if let Some(q) = quoted.filter(|q| !q.contains('\t')) {
            let start: String = q.chars().take(120).collect();
            assert!(text.contains(&format!("> {start}")), "{text}");
        }
    }
}

#[test]
fn read_log_of_nothing_is_a_clear_error() {
    let o = run(&["read-log"], b"\n  \n");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("the log is empty"), "{err}");
    let o = run(&["read-log", "/nonexistent/app.log"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).lines().count() <= 2);
}
