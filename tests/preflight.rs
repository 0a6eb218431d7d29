//! `ecs-autopsy preflight`: the failure found before any task ran, from a service or from a
//! task definition on a named network, against broken and healthy worlds in moto.

mod common;

use common::*;
use serde_json::{json, Value};

fn preflight(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["preflight"];
    all.extend_from_slice(args);
    let out = autopsy(moto(), &all);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_broken_configuration_is_found_before_any_task_ran() {
    // No route: an isolated subnet, no NAT gateway, no endpoints; no task was ever started.
    let w = world("pfnoroute", json!({"subnet": "isolated", "nat": false}));
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    // From the service: its task definition and network configuration.
    let (code, out, err) = preflight(&[
        "--cluster",
        cluster,
        "--service",
        "pfnoroute",
        "--format",
        "json",
    ]);
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["root_causes"][0]["id"], "network.no_route", "{r}");
    assert_eq!(r["root_causes"][0]["status"], "confirmed");
    // From a task definition ARN on a named network: the same, in GitHub's annotation format.
    let subnet = w.ids["subnets"]["isolated"].as_str().unwrap();
    let sg = w.ids["task_sg"].as_str().unwrap();
    let td = w.ids["task_definition_arn"].as_str().unwrap();
    let (code, out, err) = preflight(&[
        "--cluster",
        cluster,
        "--task-definition",
        td,
        "--subnets",
        subnet,
        "--security-groups",
        sg,
        "--assign-public-ip",
        "DISABLED",
        "--launch-type",
        "FARGATE",
        "--format",
        "github",
    ]);
    assert_eq!(code, 3, "{out}{err}");
    let first = out.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("::error title=ecs-autopsy network.no_route"),
        "{out}"
    );
    // The message carries the fix; ':' and ',' are encoded in the title property only.
    assert!(first.contains(". Fix: "), "{first}");
    // The execution role without ECR permissions, on a healthy network: also before the task.
    let w = world("pfnoecr", json!({"exec_role": "no-ecr"}));
    let (code, out, _) = preflight(&[
        "--cluster",
        w.ids["cluster_arn"].as_str().unwrap(),
        "--service",
        "pfnoecr",
        "--format",
        "json",
    ]);
    assert_eq!(code, 3);
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["root_causes"][0]["id"], "iam.exec_role_ecr", "{r}");
}

#[test]
fn a_healthy_configuration_passes_and_bad_usage_is_a_usage_error() {
    let w = world("pfhealthy", json!({}));
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let (code, out, err) = preflight(&["--cluster", cluster, "--service", "pfhealthy"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("No check found a problem in the configuration"),
        "{out}"
    );
    let (code, out, _) = preflight(&[
        "--cluster",
        cluster,
        "--service",
        "pfhealthy",
        "--format",
        "github",
    ]);
    assert_eq!(code, 0);
    assert!(out.starts_with("::notice title=ecs-autopsy"), "{out}");
    // Neither a service nor a task definition; a task definition without its network.
    assert_eq!(preflight(&["--cluster", cluster]).0, 2);
    assert_eq!(
        preflight(&["--cluster", cluster, "--task-definition", "api:1"]).0,
        2
    );
    // A service that does not exist: the command could not do its work.
    assert_eq!(preflight(&["--cluster", cluster, "--service", "nope"]).0, 1);
}
