//! `ecs-autopsy preflight`: the failure found before any task ran, from a service or from a
//! task definition on a named network, against broken and healthy worlds in moto.

use crate::common;

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

/// `preflight --service`, as JSON.
fn on_service(cluster: &str, service: &str) -> (i32, String, String) {
    preflight(&[
        "--cluster",
        cluster,
        "--service",
        service,
        "--format",
        "json",
    ])
}

/// `preflight --task-definition` (an ARN or a FILE) on one subnet and security group, as JSON.
fn on_network(
    cluster: &str,
    td: &str,
    subnet: &str,
    sg: &str,
    more: &[&str],
) -> (i32, String, String) {
    let mut args = vec![
        "--cluster",
        cluster,
        "--task-definition",
        td,
        "--subnets",
        subnet,
        "--security-groups",
        sg,
        "--format",
        "json",
    ];
    args.extend_from_slice(more);
    preflight(&args)
}

/// The root cause `id` of a JSON report (it must be there).
fn cause_of<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["root_causes"]
        .as_array()
        .and_then(|all| all.iter().find(|c| c["id"] == id))
        .unwrap_or_else(|| panic!("no root cause {id}: {r}"))
}

/// The check `id` of a JSON report.
fn check_of<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["checks"]
        .as_array()
        .and_then(|all| all.iter().find(|c| c["id"] == id))
        .unwrap_or_else(|| panic!("no check {id}: {r}"))
}

/// Validates a SARIF document against the OASIS 2.1.0 JSON Schema (Python's jsonschema, which
/// moto[server] brings into .venv).
fn validate_sarif(doc: &str) {
    let schema = repo().join("tests/fixtures/sarif/sarif-schema-2.1.0.json");
    let path = std::env::temp_dir().join(format!("ecs-autopsy-{}.sarif", std::process::id()));
    std::fs::write(&path, doc).unwrap();
    let out = std::process::Command::new(python())
        .args([
            "-c",
            "import json,sys,jsonschema; s=json.load(open(sys.argv[1])); jsonschema.Draft4Validator.check_schema(s); \
             errs=list(jsonschema.Draft4Validator(s).iter_errors(json.load(open(sys.argv[2])))); \
             [print(e.message, list(e.path)) for e in errs]; sys.exit(1 if errs else 0)",
        ])
        .arg(&schema)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "SARIF invalid: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_broken_configuration_is_found_before_any_task_ran() {
    // No route: an isolated subnet, no NAT gateway, no endpoints; no task was ever started.
    let w = world("pfnoroute", json!({"subnet": "isolated", "nat": false}));
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    // From the service: its task definition and network configuration.
    let (code, out, err) = on_service(cluster, "pfnoroute");
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
    // SARIF for GitHub code scanning, valid against the 2.1.0 schema (tests/fixtures/sarif).
    let (code, out, err) = preflight(&[
        "--cluster",
        cluster,
        "--service",
        "pfnoroute",
        "--format",
        "sarif",
    ]);
    assert_eq!(code, 3, "{out}{err}");
    let sarif: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(sarif["runs"][0]["results"][0]["ruleId"], "network.no_route");
    assert_eq!(sarif["runs"][0]["results"][0]["level"], "error");
    validate_sarif(&out);
    // The execution role without ECR permissions, on a healthy network: also before the task.
    let w = world("pfnoecr", json!({"exec_role": "no-ecr"}));
    let (code, out, _) = on_service(w.ids["cluster_arn"].as_str().unwrap(), "pfnoecr");
    assert_eq!(code, 3);
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["root_causes"][0]["id"], "iam.exec_role_ecr", "{r}");
}

#[test]
fn a_load_balancer_on_a_port_the_container_does_not_map_is_found() {
    let w = world(
        "pflbport",
        json!({"load_balancer": {"path": "/health", "port": 8080}, "lb_port_mismatch": true}),
    );
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let (code, out, err) = on_service(cluster, "pflbport");
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let lint = cause_of(&r, "task.config");
    assert!(
        lint["evidence"]
            .to_string()
            .contains("app:8080, but app maps [8081]"),
        "{lint}"
    );
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
    // A clean SARIF run: no results, still a valid document.
    let (code, out, _) = preflight(&[
        "--cluster",
        cluster,
        "--service",
        "pfhealthy",
        "--format",
        "sarif",
    ]);
    assert_eq!(code, 0);
    validate_sarif(&out);
    // Subnets without a security group: ECS gives the task the VPC's default group (open
    // egress in this VPC), which the checks then judge.
    let (code, out, err) = preflight(&[
        "--cluster",
        cluster,
        "--task-definition",
        w.ids["task_definition_arn"].as_str().unwrap(),
        "--subnets",
        w.ids["subnets"]["private"].as_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let groups = r["task"]["security_groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "{r}");
    assert_ne!(groups[0], w.ids["task_sg"], "{r}");
    // A task definition file CI is about to register, on this healthy network: it names a
    // secret that does not exist, so the deployment would fail.
    let file = std::env::temp_dir().join(format!("ecs-autopsy-pf-{}.json", std::process::id()));
    let account = w.ids["account"].as_str().unwrap();
    std::fs::write(
        &file,
        json!({
            "family": "pfhealthy-next", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
            "cpu": "256", "memory": "512", "executionRoleArn": w.ids["exec_role_arn"],
            "containerDefinitions": [{
                "name": "app", "image": w.ids["image"], "essential": true,
                "secrets": [{"name": "DB_PASSWORD",
                             "valueFrom": format!("arn:aws:secretsmanager:us-east-1:{account}:secret:pfhealthy/renamed-AbCdEf")}],
                "logConfiguration": {"logDriver": "awslogs", "options": {
                    "awslogs-group": w.ids["log_group"], "awslogs-region": "us-east-1", "awslogs-stream-prefix": "ecs"}}
            }]
        })
        .to_string(),
    )
    .unwrap();
    let subnet = w.ids["subnets"]["private"].as_str().unwrap();
    let (code, out, err) = on_network(
        cluster,
        file.to_str().unwrap(),
        subnet,
        w.ids["task_sg"].as_str().unwrap(),
        &[],
    );
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["root_causes"][0]["id"], "secret.not_found", "{r}");
    assert_eq!(r["task"]["task_definition"], "pfhealthy-next");
    // Lints ECS would stop at: a Fargate size that does not exist, a HEALTHY dependency on a
    // container without a health check.
    std::fs::write(
        &file,
        json!({
            "family": "pfhealthy-lint", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
            "cpu": "256", "memory": "4096", "executionRoleArn": w.ids["exec_role_arn"],
            "containerDefinitions": [
                {"name": "app", "image": w.ids["image"], "dependsOn": [{"containerName": "proxy", "condition": "HEALTHY"}]},
                {"name": "proxy", "image": w.ids["image"], "essential": false}
            ]
        })
        .to_string(),
    )
    .unwrap();
    let (code, out, err) = on_network(
        cluster,
        file.to_str().unwrap(),
        subnet,
        w.ids["task_sg"].as_str().unwrap(),
        &["--launch-type", "FARGATE"],
    );
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let lint = cause_of(&r, "task.config");
    let evidence = lint["evidence"].to_string();
    assert!(
        evidence.contains("cpu 256 with memory 4096") && evidence.contains("proxy HEALTHY"),
        "{evidence}"
    );
    // A file that is not a task definition: bad input.
    std::fs::write(&file, "{\"family\": \"x\"}").unwrap();
    let (code, _, err) = preflight(&[
        "--cluster",
        cluster,
        "--task-definition",
        file.to_str().unwrap(),
        "--subnets",
        subnet,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("containerDefinitions"), "{err}");
    // Neither a service nor a task definition; a task definition without its network.
    assert_eq!(preflight(&["--cluster", cluster]).0, 2);
    assert_eq!(
        preflight(&["--cluster", cluster, "--task-definition", "api:1"]).0,
        2
    );
    // A service that does not exist: the command could not do its work.
    assert_eq!(preflight(&["--cluster", cluster, "--service", "nope"]).0, 1);
}

#[test]
fn an_arm64_task_definition_with_an_amd64_only_image_is_found() {
    // The image index (docker buildx) has linux/amd64 only; the service runs X86_64 and passes.
    let w = world("pfarch", json!({"image_platforms": ["linux/amd64"]}));
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let (code, out, err) = preflight(&["--cluster", cluster, "--service", "pfarch"]);
    assert_eq!(code, 0, "{out}{err}");
    // The revision CI is about to register moves to Graviton: it would never start.
    let file = std::env::temp_dir().join(format!("ecs-autopsy-pfarch-{}.json", std::process::id()));
    std::fs::write(
        &file,
        json!({
            "family": "pfarch", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
            "cpu": "256", "memory": "512", "executionRoleArn": w.ids["exec_role_arn"],
            "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
            "containerDefinitions": [{"name": "app", "image": w.ids["image"], "essential": true}]
        })
        .to_string(),
    )
    .unwrap();
    let (code, out, err) = on_network(
        cluster,
        file.to_str().unwrap(),
        w.ids["subnets"]["private"].as_str().unwrap(),
        w.ids["task_sg"].as_str().unwrap(),
        &[],
    );
    std::fs::remove_file(&file).ok();
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let first = &r["root_causes"][0];
    assert_eq!(first["id"], "image.platform_mismatch", "{r}");
    assert_eq!(first["status"], "confirmed");
    let evidence = first["evidence"].to_string();
    assert!(
        evidence.contains("image index lists linux/amd64")
            && evidence.contains("runtimePlatform.cpuArchitecture = ARM64"),
        "{evidence}"
    );
    assert!(
        first["fix"].to_string().contains("linux/amd64,linux/arm64"),
        "{first}"
    );
    // A multi-architecture image on ARM64 passes.
    let w = world(
        "pfarchok",
        json!({"image_platforms": ["linux/amd64", "linux/arm64/v8"], "cpu_architecture": "ARM64"}),
    );
    let (code, out, err) = on_service(w.ids["cluster_arn"].as_str().unwrap(), "pfarchok");
    assert_eq!(code, 0, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let check = check_of(&r, "image.platform_mismatch");
    assert_eq!(check["status"], "pass", "{check}");
}

/// Every broken account whose cause is configuration, as `diagnose_moto` builds them, is found
/// by `preflight --service` before any task ran: exit 3 and the cause confirmed, first. No stop
/// reason is given to any of them (world.py's default reason is not read by a pre-flight).
#[test]
fn every_configuration_cause_is_found_from_the_service() {
    const ALL: [&str; 6] = ["ecr.api", "ecr.dkr", "s3", "logs", "secretsmanager", "ssm"];
    let iso = |more: Value| {
        let mut spec = json!({"subnet": "isolated", "nat": false, "endpoints": ALL});
        for (k, v) in more.as_object().unwrap() {
            spec[k] = v.clone();
        }
        spec
    };
    let bad_s3 = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
        "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]});
    let cases: Vec<(&str, Value)> = vec![
        (
            "network.no_public_ip",
            json!({"subnet": "public", "nat": false}),
        ),
        (
            "network.no_route",
            json!({"subnet": "isolated", "nat": false}),
        ),
        (
            "network.endpoint_missing",
            iso(json!({"endpoints": ["ecr.dkr", "s3", "logs", "secretsmanager", "ssm"]})),
        ),
        ("network.sg_egress", json!({"task_sg_egress": "none"})),
        (
            "network.endpoint_sg",
            iso(json!({"endpoint_sg_ingress_443": false})),
        ),
        ("network.nacl", json!({"nacl_deny_egress_443": true})),
        (
            "network.endpoint_policy",
            iso(json!({"s3_endpoint_policy": bad_s3})),
        ),
        ("network.dns", iso(json!({"dns_support": false}))),
        ("iam.exec_role_missing", json!({"exec_role": "none"})),
        ("iam.exec_role_trust", json!({"exec_role": "bad-trust"})),
        ("iam.exec_role_ecr", json!({"exec_role": "no-ecr"})),
        ("iam.exec_role_secrets", json!({"exec_role": "no-secrets"})),
        ("iam.exec_role_logs", json!({"exec_role": "no-logs"})),
        ("iam.exec_role_kms", json!({"secret_kms": "cmk"})),
        ("ecr.repo_policy", json!({"repo_policy_deny": true})),
        ("image.not_found", json!({"image": "missing-tag"})),
        (
            "image.platform_mismatch",
            json!({"image_platforms": ["linux/amd64"], "cpu_architecture": "ARM64"}),
        ),
        ("secret.not_found", json!({"secret": "missing"})),
        ("logs.group_missing", json!({"log_group": "missing"})),
        (
            "health.elb",
            json!({"load_balancer": {"port": 8080, "alb": true, "task_sg_allows_lb": false}}),
        ),
    ];
    let mut missed = Vec::new();
    for (i, (cause, spec)) in cases.iter().enumerate() {
        let name = format!("pfall{i}");
        let w = world(&name, spec.clone());
        let (code, out, err) = on_service(w.ids["cluster_arn"].as_str().unwrap(), &name);
        let r: Value = serde_json::from_str(&out).unwrap_or(Value::Null);
        let first = &r["root_causes"][0];
        if code != 3 || first["id"] != *cause || first["status"] != "confirmed" {
            missed.push(format!(
                "{cause}: exit {code}, first {} ({}){err}",
                first["id"], first["status"]
            ));
        }
    }
    assert!(
        missed.is_empty(),
        "not found before the task ran:\n{}",
        missed.join("\n")
    );
}

/// A load balancer that can never reach the task fails every health check of the deployment:
/// found before it, from the load balancer's zones and the two sides' security groups.
#[test]
fn a_load_balancer_that_cannot_reach_the_task_is_found() {
    // Reachable: an ALB in zones a and b, the task in a, its group lets the ALB in on 8080.
    let w = world(
        "pflbok",
        json!({"load_balancer": {"port": 8080, "alb": true}}),
    );
    let (code, out, err) = on_service(w.ids["cluster_arn"].as_str().unwrap(), "pflbok");
    assert_eq!(code, 0, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        check_of(&r, "health.elb")["status"],
        "pass",
        "{}",
        check_of(&r, "health.elb")
    );
    // The task's group does not let the ALB in: every health check would time out.
    let w = world(
        "pflbsg",
        json!({"load_balancer": {"port": 8080, "alb": true, "task_sg_allows_lb": false}}),
    );
    let (code, out, err) = on_service(w.ids["cluster_arn"].as_str().unwrap(), "pflbsg");
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let first = &r["root_causes"][0];
    assert_eq!(first["id"], "health.elb", "{r}");
    assert_eq!(first["status"], "confirmed");
    let lb_sg = w.ids["lb_sg"].as_str().unwrap();
    assert!(
        first["summary"].as_str().unwrap().contains("port 8080"),
        "{first}"
    );
    assert!(
        first["fix"]
            .to_string()
            .contains(&format!("--port 8080 --source-group {lb_sg}")),
        "{first}"
    );
    // The ALB's own group has no egress (declared with ingress only).
    let w = world(
        "pflbout",
        json!({"load_balancer": {"port": 8080, "alb": true, "lb_egress": false}}),
    );
    let (code, out, err) = on_service(w.ids["cluster_arn"].as_str().unwrap(), "pflbout");
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["root_causes"][0]["id"], "health.elb", "{r}");
    assert!(
        r["root_causes"][0]["fix"]
            .to_string()
            .contains("authorize-security-group-egress"),
        "{}",
        r["root_causes"][0]
    );
    // The ALB has nodes in b and c only; the task's subnet is in a.
    let w = world(
        "pflbaz",
        json!({"load_balancer": {"port": 8080, "alb": true, "zones": ["b", "c"]}}),
    );
    let (code, out, err) = on_service(w.ids["cluster_arn"].as_str().unwrap(), "pflbaz");
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let first = &r["root_causes"][0];
    assert_eq!(first["id"], "health.elb", "{r}");
    assert!(
        first["summary"].as_str().unwrap().contains("us-east-1a"),
        "{first}"
    );
    assert!(
        first["evidence"].to_string().contains("Target.NotInUse"),
        "{first}"
    );
}

/// An EC2 deployment into a cluster without a container instance cannot be placed: found
/// before it, from DescribeClusters; the same cluster passes for Fargate.
#[test]
fn an_ec2_deployment_into_an_empty_cluster_is_found() {
    let w = world("pfempty", json!({}));
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let (code, out, err) = on_service(cluster, "pfempty");
    assert_eq!(code, 0, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        check_of(&r, "capacity.placement")["status"],
        "pass",
        "{}",
        check_of(&r, "capacity.placement")
    );
    let (code, out, err) = on_network(
        cluster,
        w.ids["task_definition_arn"].as_str().unwrap(),
        w.ids["subnets"]["private"].as_str().unwrap(),
        w.ids["task_sg"].as_str().unwrap(),
        &["--launch-type", "EC2"],
    );
    assert_eq!(code, 3, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    let cause = cause_of(&r, "capacity.placement");
    assert_eq!(cause["status"], "confirmed");
    assert!(
        cause["evidence"]
            .to_string()
            .contains("registeredContainerInstancesCount = 0"),
        "{cause}"
    );
    // A cluster with a registered instance has somewhere to put an EC2 task.
    let w = world("pfec2", json!({"launch": "ec2-bridge"}));
    let (code, out, err) = on_service(w.ids["cluster_arn"].as_str().unwrap(), "pfec2");
    let r: Value = serde_json::from_str(&out).unwrap_or(Value::Null);
    assert_ne!(
        check_of(&r, "capacity.placement")["status"],
        "fail",
        "{code} {out}{err}"
    );
}

/// A pre-flight of an EC2 service reads one of the cluster's container instances, as the task
/// would run on one: the instance role check judges that instance, never "the container instance
/// is unknown".
#[test]
fn an_ec2_preflight_reads_a_container_instance_of_the_cluster() {
    let w = world(
        "pfec2inst",
        json!({"launch": "ec2-bridge", "exec_role": "none", "service": true}),
    );
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let (_, out, err) = on_service(cluster, "pfec2inst");
    let r: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    let check = r["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "iam.instance_role")
        .expect("the instance role is checked");
    println!("instance role check: {check}");
    assert!(
        !check["summary"]
            .as_str()
            .unwrap_or_default()
            .contains("container instance is unknown"),
        "{check}"
    );
}
