//! `ecs-autopsy watch`: the real binary follows a deployment replayed by the ECS rollout
//! stand-in (tests/moto/ecs_rollout_stub.py: real DescribeServices / DescribeTasks /
//! DescribeServiceDeployments shapes, one timeline step per DescribeServices answered), with
//! every other call (STS, EC2, IAM, ...) forwarded to moto.

use crate::common;

use common::*;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

/// Runs `watch` on cluster prod, service api, polling fast (the stub's clock is the polls).
fn watch(endpoint: &str, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["watch", "--cluster", "prod", "--service", "api"];
    args.extend_from_slice(extra);
    if !extra.contains(&"--poll-ms") {
        args.extend_from_slice(&["--poll-ms", "20"]);
    }
    if !extra.contains(&"--timeout") {
        args.extend_from_slice(&["--timeout", "2m"]);
    }
    let out = autopsy(endpoint, &args);
    decode(out)
}

fn decode(out: Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Requests of one operation in the stand-in's log.
fn count(log: &Path, target: &str) -> usize {
    logged_requests(log)
        .iter()
        .filter(|r| r["target"] == target)
        .count()
}

/// The JSON lines of `--format json`: the progress objects, then the result.
fn json_lines(stdout: &str) -> (Vec<Value>, Value) {
    let mut all: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let result = all.pop().expect("a result line");
    assert_eq!(result["type"], "result", "{result}");
    assert!(all.iter().all(|p| p["type"] == "progress"), "{stdout}");
    (all, result)
}

#[test]
fn completes_exits_0_with_few_calls() {
    let (endpoint, log) = rollout_stub("completes", &[]);
    let (code, stdout, stderr) = watch(&endpoint, &[]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(stdout.contains("COMPLETED in"), "{stdout}");
    // Piped: one plain line per change, not one per poll.
    let lines = stdout
        .lines()
        .filter(|l| l.starts_with("api ecs-svc/"))
        .count();
    assert!((2..=6).contains(&lines), "{stdout}");
    // The stub completes at tick 4: five DescribeServices, nothing else (no task stopped).
    assert_eq!(count(&log, "DescribeServices"), 5, "{stdout}");
    assert_eq!(count(&log, "ListTasks"), 0);
    assert_eq!(count(&log, "DescribeTasks"), 0);
}

#[test]
fn pull_fails_rollback_names_the_cause_and_the_rollback() {
    let (endpoint, log) = rollout_stub("pull_fails_rollback", &[]);
    let (code, stdout, stderr) = watch(&endpoint, &[]);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    assert!(stdout.contains("CannotPullContainerError"), "{stdout}");
    assert!(stdout.contains("rolled back to api:41"), "{stdout}");
    assert!(stdout.contains("3 tasks stopped this way"), "{stdout}");
    assert!(
        stdout.contains("3 of 3 failed tasks (threshold from DescribeServiceDeployments"),
        "{stdout}"
    );
    assert!(
        stdout.contains("deployment failed: tasks failed to start"),
        "{stdout}"
    );
    // Bounded cost: one DescribeServices per poll (the gather of the one group adds one), each
    // stopped task described once by the watch (+ the gather's DescribeTasks of its task and of
    // the service's recent stops), one group gathered once.
    let stopped = 3;
    assert!(count(&log, "DescribeTasks") <= stopped + 2, "{stdout}");
    assert!(count(&log, "DescribeServiceDeployments") <= 1);
    assert!(count(&log, "DescribeTaskDefinition") <= 1);
    let polls = stdout
        .lines()
        .filter(|l| l.starts_with("api ecs-svc/"))
        .count();
    assert!(count(&log, "DescribeServices") <= 10, "{stdout}");
    assert!(polls >= 3, "{stdout}");
}

#[test]
fn pull_fails_rollback_as_json_lines() {
    let (endpoint, _log) = rollout_stub("pull_fails_rollback", &[]);
    let (code, stdout, stderr) = watch(&endpoint, &["--format", "json"]);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    let (progress, result) = json_lines(&stdout);
    assert!(progress.len() >= 3, "{stdout}");
    assert_eq!(result["outcome"], "rolled_back");
    assert_eq!(result["exit_code"], 3);
    assert_eq!(result["rolled_back_to"], "api:41");
    assert_eq!(result["task_definition"], "api:42");
    assert_eq!(result["causes"].as_array().unwrap().len(), 1, "{result}");
    assert_eq!(result["causes"][0]["count"], 3);
    assert_eq!(
        result["causes"][0]["report"]["classification"]["candidates"][0], "image.not_found",
        "{}",
        result["causes"][0]["report"]["classification"]
    );
    assert_eq!(result["breaker"]["threshold"], 3);
    assert_eq!(result["breaker"]["failure_count"], 3);
    assert_eq!(result["breaker"]["source"], "DescribeServiceDeployments");
    assert!(
        result["calls"]["by_action"]["ecs:DescribeTasks"]
            .as_u64()
            .unwrap()
            <= 3
    );
}

#[test]
fn crash_at_start_names_the_exit_code() {
    let (endpoint, _log) = rollout_stub("crash_at_start", &["--no-rollback"]);
    let (code, stdout, stderr) = watch(&endpoint, &["--format", "json"]);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    let (_, result) = json_lines(&stdout);
    assert_eq!(result["outcome"], "failed", "{result}");
    assert_eq!(result["rolled_back_to"], Value::Null);
    let cause = &result["causes"][0];
    assert_eq!(cause["count"], 3, "{result}");
    assert!(
        cause["fingerprint"].as_str().unwrap().ends_with("|1"),
        "{cause}"
    );
    let report = cause["report"].to_string();
    assert!(
        report.contains("exit code 1")
            || report.contains("exited with code 1")
            || report.contains("\"exit_code\":1"),
        "{report}"
    );
}

#[test]
fn crash_at_start_text_says_exit_code_1() {
    let (endpoint, _log) = rollout_stub("crash_at_start", &[]);
    let (code, stdout, stderr) = watch(&endpoint, &[]);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    assert!(stdout.contains("3 tasks stopped this way"), "{stdout}");
    assert!(stdout.contains("code 1"), "{stdout}");
    assert!(stdout.contains("rolled back to api:41"), "{stdout}");
}

#[test]
fn never_places_times_out_naming_the_placement_failure() {
    let (endpoint, log) = rollout_stub("never_places", &[]);
    let (code, stdout, stderr) = watch(&endpoint, &["--timeout", "2s", "--poll-ms", "200"]);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    assert!(stdout.contains("the watch timed out"), "{stdout}");
    assert!(stdout.contains("placement failure"), "{stdout}");
    assert!(stdout.contains("unable to place a task"), "{stdout}");
    assert!(stdout.contains("insufficient memory"), "{stdout}");
    // Nothing stopped: no task listed or described.
    assert_eq!(count(&log, "DescribeTasks"), 0);
    assert!(count(&log, "DescribeServices") <= 12, "{stdout}");
}

#[test]
fn throttling_is_retried_and_the_watch_completes() {
    let (endpoint, log) = rollout_stub("throttle", &[]);
    let (code, stdout, stderr) = watch(&endpoint, &[]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    let throttled = logged_requests(&log)
        .iter()
        .filter(|r| r["handled"] == "throttled")
        .count();
    assert!(throttled >= 1, "the stub throttled nothing");
}

#[test]
fn unknown_service_is_one_clear_line() {
    let (endpoint, _log) = rollout_stub("completes", &[]);
    let out = autopsy(
        &endpoint,
        &[
            "watch",
            "--cluster",
            "prod",
            "--service",
            "nope",
            "--poll-ms",
            "20",
        ],
    );
    let (code, stdout, stderr) = decode(out);
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("service nope not found in cluster prod"),
        "{stderr}"
    );
}

#[test]
fn github_format_annotates_and_writes_the_step_summary() {
    let (endpoint, _log) = rollout_stub("pull_fails_rollback", &[]);
    let summary = scratch_file("step-summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ecs-autopsy"));
    cmd.args([
        "watch",
        "--cluster",
        "prod",
        "--service",
        "api",
        "--poll-ms",
        "20",
        "--format",
        "github",
    ]);
    let out = aws_env(&mut cmd, &endpoint)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    let (code, stdout, stderr) = decode(out);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("::error title=ecs-autopsy watch (api)::"),
        "{stdout}"
    );
    assert!(
        stdout.contains("::error title=api%3A 3 tasks stopped this way::"),
        "{stdout}"
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("earlier step\n"), "{md}");
    assert!(
        md.contains("### Cause 1 of 1: 3 tasks stopped this way"),
        "{md}"
    );
    assert!(md.contains("rolled back to api:41"), "{md}");
}

#[test]
fn preflight_confirming_a_problem_stops_before_watching() {
    // The replayed task definition names an execution role that does not exist (in moto):
    // the pre-flight confirms it, and the watch never starts.
    let (endpoint, log) = rollout_stub("completes", &[]);
    let (code, stdout, stderr) = watch(&endpoint, &["--preflight"]);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    assert!(stdout.contains("iam.exec_role_missing"), "{stdout}");
    assert!(stderr.contains("not watching"), "{stderr}");
    assert!(!stdout.contains("api ecs-svc/"), "{stdout}");
    // The pre-flight's own reads only: no poll.
    assert!(count(&log, "DescribeServices") <= 2);
}

/// The GitHub Action (action.yml) runs as a workflow would run its step: its script, with the
/// inputs in the environment, fails the job with annotations when ECS rolls the deployment back.
#[test]
fn the_github_action_step_fails_the_job_with_the_cause() {
    // The stand-in first: it starts moto, whose virtualenv also has PyYAML to read action.yml.
    let (endpoint, _) = rollout_stub("pull_fails_rollback", &[]);
    let script = Command::new(repo().join(".venv/bin/python"))
        .args([
            "-c",
            "import sys, yaml; s = yaml.safe_load(open(sys.argv[1]))['runs']['steps']; print(s[1]['run'])",
        ])
        .arg(repo().join("action.yml"))
        .output()
        .expect("python reads action.yml");
    assert!(
        script.status.success(),
        "{}",
        String::from_utf8_lossy(&script.stderr)
    );
    let script = String::from_utf8(script.stdout).unwrap();
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_ecs-autopsy"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let summary = scratch_file("action-summary.md");
    let mut cmd = Command::new("bash");
    cmd.args(["-c", &script])
        .env("PATH", path)
        .env("COMMAND", "watch")
        .env("CLUSTER", "prod")
        .env("SERVICE", "api")
        .env("TASK_DEFINITION", "")
        .env("TIMEOUT", "2m")
        .env("REGION", "")
        .env("ARGS", "--poll-ms 20")
        .env("GITHUB_STEP_SUMMARY", &summary);
    let out = aws_env(&mut cmd, &endpoint).output().unwrap();
    let (code, stdout, stderr) = decode(out);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    assert!(stdout.contains("::error"), "{stdout}");
    assert!(std::fs::read_to_string(&summary)
        .unwrap_or_default()
        .contains("rolled back to api:41"));
    // A mistyped command is a clear error, not a silent pass.
    let out = Command::new("bash")
        .args(["-c", &script])
        .env("COMMAND", "deploy")
        .env("CLUSTER", "prod")
        .env("SERVICE", "api")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A role in moto trusting `service`, with no policy: what ECS finds when it tries to assume it.
fn role_in_moto(name: &str, service: &str) -> String {
    let script = format!(
        "import boto3, json\n\
         iam = boto3.client('iam', endpoint_url='{}', region_name='us-east-1', aws_access_key_id='testing', aws_secret_access_key='testing')\n\
         trust = {{'Version': '2012-10-17', 'Statement': [{{'Effect': 'Allow', 'Principal': {{'Service': '{service}'}}, 'Action': 'sts:AssumeRole'}}]}}\n\
         print(iam.create_role(RoleName='{name}', AssumeRolePolicyDocument=json.dumps(trust))['Role']['Arn'])\n",
        moto()
    );
    let out = Command::new(python())
        .args(["-c", &script])
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn ebs_attach_fails_names_the_infrastructure_role_s_trust() {
    // The mix-up the ECS guide warns of: the volumes' role made like a task role.
    let arn = role_in_moto(
        &format!("ebsInfra{}", free_port()),
        "ecs-tasks.amazonaws.com",
    );
    let (endpoint, log) = rollout_stub("ebs_attach_fails", &["--ebs-role", &arn]);
    let (code, stdout, stderr) = watch(&endpoint, &["--format", "json"]);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    let (_, result) = json_lines(&stdout);
    let cause = &result["causes"][0];
    assert_eq!(cause["count"], 3, "{result}");
    let report = &cause["report"];
    let top = &report["root_causes"][0];
    assert_eq!(top["id"], "task.config", "{report}");
    let summary = top["summary"].as_str().unwrap_or_default();
    assert!(
        summary.contains("trust policy does not allow ecs.amazonaws.com")
            && summary.contains("ecs-tasks.amazonaws.com"),
        "{summary}"
    );
    assert!(
        report["classification"]["source"] == "attachments[data].statusReason",
        "{report}"
    );
    // The role was read from moto through the stand-in, by the ARN the service's deployment gives.
    assert!(
        logged_requests(&log)
            .iter()
            .any(|r| r["handled"] == "upstream"),
        "the IAM calls go on to moto"
    );
}

#[test]
fn preflight_of_a_service_with_an_ebs_volume_names_the_role_before_any_task_fails() {
    let arn = role_in_moto(
        &format!("ebsInfraPre{}", free_port()),
        "ecs-tasks.amazonaws.com",
    );
    let (endpoint, _log) = rollout_stub("ebs_attach_fails", &["--ebs-role", &arn]);
    let out = autopsy(
        &endpoint,
        &[
            "preflight",
            "--cluster",
            "prod",
            "--service",
            "api",
            "--format",
            "json",
        ],
    );
    let (code, stdout, stderr) = decode(out);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    let report: Value = serde_json::from_str(&stdout).expect("a JSON report");
    // The stand-in's account lacks the other resources too (moto holds only the role): among the
    // confirmed causes, the role ECS could not assume, named before the deployment starts.
    let causes = report["root_causes"].as_array().expect("root causes");
    assert!(
        causes.iter().any(|c| c["id"] == "task.config"
            && c["status"] == "confirmed"
            && c["summary"]
                .as_str()
                .unwrap_or_default()
                .contains("trust policy does not allow ecs.amazonaws.com")),
        "{report}"
    );
}
