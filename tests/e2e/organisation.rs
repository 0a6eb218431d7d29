//! One deployment for every account and region: tasks of member accounts are read with the
//! member's reader role, in the task's region, never from the caller's own account.
//!
//! moto keeps separate state per account (credentials from sts:AssumeRole for a role in account
//! X act in X). Three worlds with the same names: the central account (us-east-1) has its own,
//! different breakage, so reading the wrong account gives a confident wrong answer; member A
//! (eu-west-1) lost its execution role's ECR permissions; member B (us-west-2) has no route.

use crate::common;

use common::*;
use serde_json::{json, Value};
use std::path::PathBuf;

const TIMEOUT: &str = "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post \"https://api.ecr.us-west-2.amazonaws.com/\": dial tcp 52.46.1.1:443: i/o timeout";
const PULL: &str = "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref: unexpected status from HEAD request: 403 Forbidden";

struct Org {
    a: Value,
    b: Value,
    a_path: PathBuf,
    b_path: PathBuf,
    b_ids: Value,
}

fn org(name: &str) -> Org {
    // The central account: same names, a different problem (no log group).
    let _central = world(name, json!({"log_group": "missing", "reason": PULL}));
    let a = world(
        name,
        json!({"account": "111111111111", "region": "eu-west-1", "exec_role": "no-ecr", "reason": PULL}),
    );
    let b = world(
        name,
        json!({"account": "222222222222", "region": "us-west-2", "subnet": "isolated", "nat": false,
               "reason": TIMEOUT, "run_task": true}),
    );
    let dir = std::env::temp_dir();
    let a_path = dir.join(format!(
        "ecs-autopsy-org-{}-{name}-a.json",
        std::process::id()
    ));
    let b_path = dir.join(format!(
        "ecs-autopsy-org-{}-{name}-b.json",
        std::process::id()
    ));
    std::fs::write(&a_path, a.event.to_string()).unwrap();
    std::fs::write(&b_path, b.event.to_string()).unwrap();
    Org {
        a: a.event,
        b: b.event,
        a_path,
        b_path,
        b_ids: b.ids,
    }
}

fn report(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[test]
fn the_cli_reads_a_member_account_in_its_region_and_never_the_callers() {
    let o = org("orgcli");
    assert_eq!(o.a["account"], "111111111111");
    assert_eq!(
        (o.b["account"].as_str(), o.b["region"].as_str()),
        (Some("222222222222"), Some("us-west-2"))
    );
    let a = o.a_path.to_str().unwrap();
    // With the member role: member A's own cause, in eu-west-1.
    let out = autopsy(
        moto(),
        &[
            "diagnose",
            "--event",
            a,
            "--format",
            "json",
            "--assume-role-name",
            "ecs-autopsy-reader",
        ],
    );
    let r = report(&out);
    assert_eq!(r["root_causes"][0]["id"], "iam.exec_role_ecr", "{r}");
    assert_eq!(r["root_causes"][0]["status"], "confirmed");
    assert_eq!(r["task"]["account"], "111111111111");
    assert_eq!(r["task"]["region"], "eu-west-1");
    assert!(r["access"].is_null());
    // Member B by task ARN (no event): its account and region from the ARN.
    let task_arn = o.b_ids["ran_task_arn"].as_str().unwrap();
    let cluster_arn = o.b_ids["cluster_arn"].as_str().unwrap();
    let out = autopsy(
        moto(),
        &[
            "diagnose",
            "--cluster",
            cluster_arn,
            "--task",
            task_arn,
            "--format",
            "json",
            "--assume-role-name",
            "ecs-autopsy-reader",
        ],
    );
    let r = report(&out);
    assert_eq!(r["root_causes"][0]["id"], "network.no_route", "{r}");
    assert_eq!(r["task"]["region"], "us-west-2");
    // Without a way in: not checked, and not the central account's log-group problem.
    let out = autopsy(moto(), &["diagnose", "--event", a, "--format", "json"]);
    let r = report(&out);
    let access = r["access"].as_str().unwrap_or_default();
    assert!(
        access.contains("cannot read account 111111111111") && access.contains("member"),
        "{r}"
    );
    for c in r["root_causes"].as_array().unwrap() {
        assert_ne!(c["status"], "confirmed", "{c}");
        assert_ne!(
            c["id"], "logs.group_missing",
            "the central account was read: {c}"
        );
    }
    let text = autopsy(moto(), &["diagnose", "--event", a]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.starts_with("NOT CHECKED: cannot read account 111111111111"),
        "{text}"
    );
    // AssumeRole denied (or the role missing, which STS also answers AccessDenied): said so.
    let (endpoint, _) = proxy(&["sts:AssumeRole=AccessDenied"], 0, 30);
    let out = autopsy(
        &endpoint,
        &[
            "diagnose",
            "--event",
            a,
            "--format",
            "json",
            "--assume-role-name",
            "ecs-autopsy-reader",
        ],
    );
    let r = report(&out);
    let access = r["access"].as_str().unwrap_or_default();
    assert!(
        access.contains("arn:aws:iam::111111111111:role/ecs-autopsy-reader")
            && access.contains("AccessDenied"),
        "{r}"
    );
    // A task of the caller's own account needs no role.
    let own = world("orgcliown", json!({"exec_role": "no-ecr", "reason": PULL}));
    let out = autopsy(
        moto(),
        &[
            "diagnose",
            "--event",
            own.event_path.to_str().unwrap(),
            "--format",
            "json",
            "--assume-role-name",
            "ecs-autopsy-reader",
        ],
    );
    assert_eq!(report(&out)["root_causes"][0]["id"], "iam.exec_role_ecr");
}

#[test]
fn the_lambda_diagnoses_every_member_account_from_one_central_deployment() {
    let o = org("orglambda");
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("orglambda", Some(&webhook), false);
    let secret = d["slack_secret_arn"].as_str().unwrap();
    let run = run_lambda(
        &[&o.a_path, &o.b_path],
        &[
            ("SLACK_WEBHOOK_SECRET_ARN", secret),
            ("MEMBER_ROLE_NAME", "ecs-autopsy-reader"),
        ],
    );
    let causes: Vec<&str> = run
        .results
        .iter()
        .map(|r| r["payload"]["cause"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        causes,
        ["iam.exec_role_ecr", "network.no_route"],
        "{}",
        run.logs
    );
    // The assumed sessions say who read.
    let p = slack_posts(&posts);
    assert_eq!(p.len(), 2);
    assert!(p[0]["payload"].to_string().contains("eu-west-1"));
    // No member role configured: a message that says what to deploy, no wrong diagnosis.
    let run = run_lambda(&[&o.a_path], &[("SLACK_WEBHOOK_SECRET_ARN", secret)]);
    assert_eq!(run.results[0]["kind"], "response", "{}", run.logs);
    let p = slack_posts(&posts);
    let text = p[2]["payload"].to_string();
    assert!(
        text.contains("Not checked") && text.contains("cannot read account 111111111111"),
        "{text}"
    );
    // Nothing confirmed, and the central account's own problem (its log group) not named.
    assert!(!text.contains("confirmed by the evidence"), "{text}");
    assert!(!text.contains("logs.group_missing"), "{text}");
}
