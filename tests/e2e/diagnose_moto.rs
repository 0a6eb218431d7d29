//! End to end through `ecs-autopsy diagnose --event` against moto_server: one broken account per
//! cause the seeds name, plus seed 003 and the AWS runbook's false lead. Each asserts the first
//! root cause, that it is confirmed by evidence, and that its evidence names the real resource.

use crate::common;

use common::*;
use serde_json::{json, Value};

const ENDPOINTS: &[&str] = &["ecr.api", "ecr.dkr", "s3", "logs", "secretsmanager", "ssm"];
const TIMEOUT: &str = "CannotPullContainerError: The task cannot pull 'app' from the Amazon ECR repository. There is a connection issue between the task and Amazon ECR. Check your task network configuration. : dial tcp 52.94.1.1:443: i/o timeout";

fn diagnose(name: &str, spec: Value) -> (World, Value) {
    let w = world(name, spec);
    let out = autopsy(
        moto(),
        &[
            "diagnose",
            "--event",
            w.event_path.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(
        out.status.success(),
        "diagnose failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    (w, report)
}

/// Asserts the first root cause is `id`, confirmed, with evidence mentioning `needle`.
fn first_is(report: &Value, id: &str, needle: &str) {
    let rc = &report["root_causes"][0];
    let all: Vec<&str> = report["root_causes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        rc["id"],
        id,
        "root causes: {all:?}\n{}",
        serde_json::to_string_pretty(&report["root_causes"]).unwrap()
    );
    assert_eq!(rc["confidence"], "high", "{rc}");
    let text = format!("{} {}", rc["summary"], rc["evidence"]);
    assert!(
        text.contains(needle),
        "evidence of {id} does not name {needle}: {text}"
    );
    assert!(!rc["fix"].as_array().unwrap().is_empty());
    assert!(rc["docs"][0].as_str().unwrap().starts_with("https://"));
}

fn isolated(endpoints: &[&str], more: Value) -> Value {
    let mut spec =
        json!({"subnet": "isolated", "nat": false, "endpoints": endpoints, "reason": TIMEOUT});
    for (k, v) in more.as_object().unwrap() {
        spec[k] = v.clone();
    }
    spec
}

#[test]
fn public_subnet_without_public_ip() {
    let (w, r) = diagnose(
        "nopublicip",
        json!({"subnet": "public", "nat": false, "reason": TIMEOUT}),
    );
    first_is(&r, "network.no_public_ip", w.ids["igw"].as_str().unwrap());
}

#[test]
fn ec2_bridge_mode_uses_the_container_instances_network() {
    // bridge mode: no task ENI, the instance's subnet and public IP are the path.
    let (w, r) = diagnose(
        "bridgenoip",
        json!({"launch": "ec2-bridge", "subnet": "public", "nat": false, "reason": TIMEOUT}),
    );
    first_is(
        &r,
        "network.no_public_ip",
        w.ids["instance_id"].as_str().unwrap(),
    );
    let (w, r) = diagnose(
        "bridgenoroute",
        json!({"launch": "ec2-bridge", "subnet": "isolated", "nat": false, "reason": TIMEOUT}),
    );
    first_is(
        &r,
        "network.no_route",
        w.ids["route_tables"]["isolated"].as_str().unwrap(),
    );
    // A healthy path through the instance: no network cause is confirmed.
    let (_, r) = diagnose(
        "bridgeok",
        json!({"launch": "ec2-bridge", "subnet": "private", "reason": TIMEOUT}),
    );
    let confirmed_network: Vec<&Value> = r["root_causes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["confidence"] == "high" && c["id"].as_str().unwrap().starts_with("network."))
        .collect();
    assert!(confirmed_network.is_empty(), "{confirmed_network:?}");
    assert!(
        r["checks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == "network.no_route" && c["status"] == "pass"),
        "{}",
        r["checks"]
    );
}

#[test]
fn private_subnet_without_nat_or_endpoints() {
    let (w, r) = diagnose(
        "noroute",
        json!({"subnet": "isolated", "nat": false, "reason": TIMEOUT}),
    );
    first_is(
        &r,
        "network.no_route",
        w.ids["route_tables"]["isolated"].as_str().unwrap(),
    );
}

#[test]
fn nat_gateway_in_a_subnet_without_an_internet_route() {
    let (w, r) = diagnose(
        "natprivate",
        json!({"nat_in_private_subnet": true, "reason": TIMEOUT}),
    );
    first_is(&r, "network.no_route", w.ids["nat"].as_str().unwrap());
}

#[test]
fn missing_endpoints_one_by_one() {
    for (missing, needle) in [
        ("ecr.api", "com.amazonaws.us-east-1.ecr.api"),
        ("ecr.dkr", "com.amazonaws.us-east-1.ecr.dkr"),
        ("s3", "com.amazonaws.us-east-1.s3"),
        ("logs", "com.amazonaws.us-east-1.logs"),
        ("secretsmanager", "com.amazonaws.us-east-1.secretsmanager"),
        ("ssm", "com.amazonaws.us-east-1.ssm"),
    ] {
        let present: Vec<&str> = ENDPOINTS
            .iter()
            .copied()
            .filter(|e| *e != missing)
            .collect();
        let (_, r) = diagnose(
            &format!("noep{}", missing.replace('.', "")),
            isolated(&present, json!({})),
        );
        first_is(&r, "network.endpoint_missing", needle);
    }
}

#[test]
fn endpoint_security_group_without_443_ingress() {
    let (w, r) = diagnose(
        "epsg",
        isolated(ENDPOINTS, json!({"endpoint_sg_ingress_443": false})),
    );
    first_is(
        &r,
        "network.endpoint_sg",
        w.ids["endpoint_sg"].as_str().unwrap(),
    );
}

#[test]
fn task_security_group_without_egress() {
    let (w, r) = diagnose(
        "noegress",
        json!({"task_sg_egress": "none", "reason": TIMEOUT}),
    );
    first_is(&r, "network.sg_egress", w.ids["task_sg"].as_str().unwrap());
}

/// Bridge network mode on EC2: the task's traffic leaves with the instance's primary interface,
/// so its security groups are the ones checked (EC2 lists them on the instance and on the
/// interface; moto only on the interface).
#[test]
fn bridge_mode_instance_security_group_without_egress() {
    let (w, r) = diagnose(
        "bridgenoegress",
        json!({"launch": "ec2-bridge", "task_sg_egress": "none", "reason": TIMEOUT}),
    );
    first_is(&r, "network.sg_egress", w.ids["task_sg"].as_str().unwrap());
}

#[test]
fn nacl_denies_outbound_https() {
    let (w, r) = diagnose(
        "nacl",
        json!({"nacl_deny_egress_443": true, "reason": TIMEOUT}),
    );
    first_is(&r, "network.nacl", w.ids["nacl"].as_str().unwrap());
}

#[test]
fn nacl_denies_return_traffic() {
    let (w, r) = diagnose(
        "naclin",
        json!({"nacl_deny_ephemeral_in": true, "reason": TIMEOUT}),
    );
    first_is(&r, "network.nacl", w.ids["nacl"].as_str().unwrap());
}

#[test]
fn custom_dns_servers_unreachable() {
    let (_, r) = diagnose(
        "customdns",
        json!({"custom_dns": ["10.0.0.53"], "task_sg_egress": "443-vpc-only", "reason": TIMEOUT}),
    );
    first_is(&r, "network.sg_egress", "10.0.0.53");
}

#[test]
fn vpc_dns_support_off_with_endpoints() {
    let (w, r) = diagnose("dnsoff", isolated(ENDPOINTS, json!({"dns_support": false})));
    first_is(&r, "network.dns", w.ids["vpc"].as_str().unwrap());
}

#[test]
fn endpoint_private_dns_off() {
    let (_, r) = diagnose(
        "privdns",
        isolated(ENDPOINTS, json!({"endpoint_private_dns": false})),
    );
    first_is(&r, "network.dns", "PrivateDnsEnabled = false");
}

#[test]
fn s3_gateway_policy_without_the_layer_bucket() {
    let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]});
    let (w, r) = diagnose(
        "s3policy",
        isolated(ENDPOINTS, json!({"s3_endpoint_policy": policy})),
    );
    first_is(
        &r,
        "network.endpoint_policy",
        w.ids["endpoints"]["s3"].as_str().unwrap(),
    );
}

#[test]
fn execution_role_without_ecr_permissions() {
    let (_, r) = diagnose("noecr", json!({"exec_role": "no-ecr"}));
    first_is(&r, "iam.exec_role_ecr", "ecr:GetAuthorizationToken");
}

#[test]
fn execution_role_without_secret_permissions() {
    let (w, r) = diagnose(
        "nosecrets",
        json!({"exec_role": "no-secrets", "reason": "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): AccessDeniedException"}),
    );
    first_is(
        &r,
        "iam.exec_role_secrets",
        w.ids["secret_arn"].as_str().unwrap(),
    );
}

#[test]
fn execution_role_without_kms_decrypt() {
    let (w, r) = diagnose("nokms", json!({"secret_kms": "cmk"}));
    first_is(&r, "iam.exec_role_kms", w.ids["kms_key"].as_str().unwrap());
}

#[test]
fn execution_role_missing_or_nonexistent() {
    let (_, r) = diagnose("noexec", json!({"exec_role": "none"}));
    first_is(&r, "iam.exec_role_missing", "executionRoleArn is not set");
    let (_, r) = diagnose("ghostexec", json!({"exec_role": "missing"}));
    first_is(&r, "iam.exec_role_missing", "NoSuchEntity");
}

#[test]
fn execution_role_trust_policy() {
    let (_, r) = diagnose("badtrust", json!({"exec_role": "bad-trust"}));
    first_is(&r, "iam.exec_role_trust", "ec2.amazonaws.com");
}

#[test]
fn execution_role_without_log_permissions() {
    let (_, r) = diagnose("nologs", json!({"exec_role": "no-logs"}));
    first_is(&r, "iam.exec_role_logs", "logs:CreateLogStream");
}

#[test]
fn repository_policy_denies_the_pull() {
    let (w, r) = diagnose("repodeny", json!({"repo_policy_deny": true}));
    first_is(
        &r,
        "ecr.repo_policy",
        w.ids["exec_role_arn"].as_str().unwrap(),
    );
}

#[test]
fn image_not_found() {
    let (_, r) = diagnose(
        "notag",
        json!({"image": "missing-tag", "reason": "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref"}),
    );
    first_is(&r, "image.not_found", "ImageNotFoundException");
    let (_, r) = diagnose("norepo2", json!({"image": "missing-repo"}));
    first_is(&r, "image.not_found", "RepositoryNotFoundException");
    // A central registry in another region is looked up there, not skipped.
    let (_, r) = diagnose(
        "notagwest",
        json!({"image": "missing-tag", "image_region": "us-west-2"}),
    );
    first_is(&r, "image.not_found", "ImageNotFoundException");
}

#[test]
fn secret_and_parameter_not_found() {
    let (w, r) = diagnose("nosecret", json!({"secret": "missing"}));
    first_is(
        &r,
        "secret.not_found",
        w.ids["secret_arn"].as_str().unwrap(),
    );
    let (_, r) = diagnose("noparam", json!({"ssm_param": "missing", "secret": "none"}));
    first_is(&r, "secret.not_found", "/noparam/url");
}

#[test]
fn log_group_missing() {
    let (w, r) = diagnose("nologgroup", json!({"log_group": "missing"}));
    first_is(
        &r,
        "logs.group_missing",
        w.ids["log_group"].as_str().unwrap(),
    );
    let (_, r) = diagnose("createlog", json!({"log_group": "create"}));
    assert!(r["root_causes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["id"] != "logs.group_missing"));
}

#[test]
fn image_larger_than_ephemeral_storage() {
    let (_, r) = diagnose(
        "bigimage",
        json!({"image_size_gib": 30, "reason": "CannotPullContainerError: ref pull has been retried 1 time(s): failed to extract layer no space left on device: unknown"}),
    );
    first_is(&r, "storage.ephemeral", "20 GiB");
    let (_, r) = diagnose(
        "bigstorage",
        json!({"image_size_gib": 30, "ephemeral_gib": 200}),
    );
    assert!(r["root_causes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["id"] != "storage.ephemeral"));
}

#[test]
fn seed_003_timeout_text_but_the_role_lacks_ecr() {
    // All endpoints present; the text says "retried ... RequestError"; the fix was the role.
    let reason = "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post https://api.ecr.us-east-1.amazonaws.com/";
    let (_, r) = diagnose(
        "seed003",
        isolated(
            &["ecr.api", "ecr.dkr", "s3", "logs"],
            json!({"exec_role": "no-ecr", "secret": "none", "ssm_param": "none", "reason": reason}),
        ),
    );
    first_is(&r, "iam.exec_role_ecr", "ecr:GetAuthorizationToken");
    // The network was checked and cleared: no network cause is confirmed.
    assert!(
        r["root_causes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| !(c["id"].as_str().unwrap().starts_with("network.")
                && c["confidence"] == "high"))
    );
}

#[test]
fn the_runbooks_false_lead_endpoint_only_vpc() {
    // An endpoint-only VPC (no NAT, no IGW route) is a valid path: no "no route" finding...
    let (_, r) = diagnose("eponly", isolated(ENDPOINTS, json!({})));
    for c in r["root_causes"].as_array().unwrap() {
        assert_ne!(
            c["confidence"], "high",
            "a healthy endpoint-only VPC confirmed {c}"
        );
    }
    let check = |id: &str| {
        r["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(check("network.no_route"), "pass");
    assert_eq!(check("network.endpoint_missing"), "pass");
    // ...and the SG that lacks the S3 prefix list, which the runbook misses, is found.
    let (w, r) = diagnose(
        "eponlynopl",
        isolated(ENDPOINTS, json!({"task_sg_egress": "443-no-prefix-list"})),
    );
    first_is(&r, "network.sg_egress", "prefix list");
    assert!(r["root_causes"][0]["evidence"]
        .to_string()
        .contains(w.ids["task_sg"].as_str().unwrap()));
}

#[test]
fn every_check_is_reported_and_text_output_leads_with_the_cause() {
    let w = world(
        "textout",
        json!({"subnet": "public", "nat": false, "reason": TIMEOUT}),
    );
    let out = autopsy(
        moto(),
        &["diagnose", "--event", w.event_path.to_str().unwrap()],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("ROOT CAUSE: The task runs in public subnet"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no colour when piped");
    let out = autopsy(
        moto(),
        &[
            "diagnose",
            "--event",
            w.event_path.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        r["checks"].as_array().unwrap().len(),
        ecs_autopsy::diagnose::CHECKS.len()
    );
    let md = autopsy(
        moto(),
        &[
            "diagnose",
            "--event",
            w.event_path.to_str().unwrap(),
            "--format",
            "markdown",
        ],
    );
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("## The task runs in public subnet"));
}

#[test]
fn a_task_failing_elb_checks_because_the_alb_cannot_reach_it() {
    // The stop reason says only "failed ELB health checks"; the target is gone. The load
    // balancer's group is not allowed into the task's: that is why, and the fix names both.
    let (w, r) = diagnose(
        "elbreach",
        json!({"load_balancer": {"port": 8080, "alb": true, "task_sg_allows_lb": false},
               "stopped_reason": "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/elbreach-tg/0123456789abcdef)"}),
    );
    first_is(&r, "health.elb", w.ids["lb_sg"].as_str().unwrap());
    assert!(
        r["root_causes"][0]["summary"]
            .as_str()
            .unwrap()
            .contains("cannot reach the task on port 8080"),
        "{}",
        r["root_causes"][0]
    );
}

/// A container that logs through FireLens to CloudWatch Logs (the AWS documentation's
/// `cloudwatch_logs` example): its stream is named as Fluent Bit names it and its JSON records
/// are read as the lines the container printed.
#[test]
fn a_firelens_containers_cloudwatch_stream_is_read() {
    let lines = json!([
        "Traceback (most recent call last):",
        "  File \"/app/settings.py\", line 12, in <module>",
        "    DATABASE_URL = os.environ['DATABASE_URL']",
        "KeyError: 'DATABASE_URL'",
    ]);
    let w = world(
        "clifirelens",
        json!({"exit_code": 1, "firelens": true, "log_lines": lines}),
    );
    let event = w.event_path.to_str().unwrap();
    let out = autopsy(moto(), &["diagnose", "--event", event, "--format", "json"]);
    let r: Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    let logs = &r["logs"];
    assert_eq!(logs["driver"], "awsfirelens", "{logs}");
    assert!(
        logs["stream"]
            .as_str()
            .unwrap()
            .starts_with("fb-app-firelens-"),
        "{logs}"
    );
    assert_eq!(logs["crash"]["signature"], "config.missing_env", "{logs}");
    assert_eq!(logs["lines"][3], "KeyError: 'DATABASE_URL'", "{logs}");
    assert!(logs.get("note").is_none(), "{logs}");
}

/// A JVM's exception sits above its frames, each frame its own log event, and a multiline
/// pattern joins an exception and its causes into one event: the crash is read from the
/// exception however many frames follow, and the report carries the last 20 lines.
#[test]
fn an_exception_above_a_long_stack_trace_is_read() {
    let mut lines = vec![json!(
        "Exception in thread \"main\" java.lang.IllegalStateException: Failed to start\nCaused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"app\""
    )];
    lines.extend((0..60).map(|i| json!(format!("\tat org.example.Boot{i}.run(Boot{i}.java:{i})"))));
    lines.push(json!("\t... 45 common frames omitted"));
    let w = world("clistack", json!({"exit_code": 1, "log_lines": lines}));
    let event = w.event_path.to_str().unwrap();
    let out = autopsy(moto(), &["diagnose", "--event", event, "--format", "json"]);
    let r: Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    assert_eq!(r["logs"]["crash"]["signature"], "db.auth", "{}", r["logs"]);
    assert_eq!(r["logs"]["lines"].as_array().map(Vec::len), Some(20), "{r}");
}

/// The CLI reads the crashed container's log (logs:GetLogEvents, redacted) and shows what it
/// says in every format; `--no-logs` reads nothing.
#[test]
fn the_cli_shows_the_crash_line_from_the_log() {
    let lines = json!([
        "Traceback (most recent call last):",
        "  File \"/app/settings.py\", line 12, in <module>",
        "    DATABASE_URL = os.environ['DATABASE_URL']",
        "KeyError: 'DATABASE_URL'",
        "connecting with password=hunter2",
    ]);
    let w = world("clicrash", json!({"exit_code": 1, "log_lines": lines}));
    let event = w.event_path.to_str().unwrap();
    let text = autopsy(moto(), &["diagnose", "--event", event]);
    let text = String::from_utf8_lossy(&text.stdout).to_string();
    assert!(text.contains("Log of "), "{text}");
    assert!(
        text.contains("A required environment variable is not set (DATABASE_URL)"),
        "{text}"
    );
    assert!(
        !text.contains("hunter2"),
        "a credential was printed: {text}"
    );
    let out = autopsy(moto(), &["diagnose", "--event", event, "--format", "json"]);
    let r: Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    assert_eq!(r["logs"]["crash"]["signature"], "config.missing_env", "{r}");
    assert_eq!(r["logs"]["lines"].as_array().map(Vec::len), Some(5), "{r}");
    let md = autopsy(
        moto(),
        &["diagnose", "--event", event, "--format", "markdown"],
    );
    assert!(String::from_utf8_lossy(&md.stdout).contains("KeyError: 'DATABASE_URL'"));
    let none = autopsy(
        moto(),
        &[
            "diagnose",
            "--event",
            event,
            "--format",
            "json",
            "--no-logs",
        ],
    );
    let r: Value = serde_json::from_slice(&none.stdout).expect("a JSON report");
    assert!(r.get("logs").is_none(), "{r}");
}

/// The JSON report of `diagnose --event` on a SERVICE_TASK_PLACEMENT_FAILURE of the world's
/// service whose event gives no reason (a real event's shape, without `reasons`).
fn placement_without_a_reason(w: &World, name: &str) -> Value {
    let cluster_arn = w.ids["cluster_arn"].as_str().unwrap();
    let event = json!({
        "version": "0", "id": "ddca6449-0000-46c0-8653-e0e3a6d0468b",
        "detail-type": "ECS Service Action", "source": "aws.ecs",
        "account": "123456789012", "time": "2025-11-12T11:55:38Z", "region": "us-east-1",
        "resources": [cluster_arn.replace(":cluster/", ":service/") + "/" + name],
        "detail": {"eventType": "ERROR", "eventName": "SERVICE_TASK_PLACEMENT_FAILURE",
                   "clusterArn": cluster_arn, "createdAt": "2025-11-12T11:55:33.087Z"}
    });
    let path = std::env::temp_dir().join(format!(
        "ecs-autopsy-placement-{name}-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, event.to_string()).unwrap();
    let out = autopsy(
        moto(),
        &[
            "diagnose",
            "--event",
            path.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A placement failure of an EC2 service whose event gives no reason: the cluster's container
/// instances and what one task reserves say which resource ran out (here memory: the task asks
/// more than the one t3.small has).
#[test]
fn a_placement_failure_without_a_reason_names_the_resource_that_ran_out() {
    let w = world(
        "plroom",
        json!({"launch": "ec2-bridge", "task_memory": "16384"}),
    );
    let r = placement_without_a_reason(&w, "plroom");
    let top = &r["root_causes"][0];
    assert_eq!(top["id"], "capacity.placement", "{r}");
    let summary = top["summary"].as_str().unwrap_or_default();
    assert!(
        summary.contains("memory ran out: one task reserves 16384 MiB"),
        "{summary}"
    );
    let text = top.to_string();
    assert!(text.contains("free memory"), "{text}");
    assert!(
        text.contains("one task reserves 256 CPU units and 16384 MiB"),
        "{text}"
    );
}

/// A placement failure whose event gives no reason: the cluster and the service are read (one
/// round) and the report says what the cluster holds and where the reason is; a Fargate service
/// is never told it lacks container instances.
#[test]
fn a_placement_failure_without_a_reason_reads_the_cluster() {
    let w = world("plnoreason", json!({}));
    let r = placement_without_a_reason(&w, "plnoreason");
    let top = &r["root_causes"][0];
    assert_eq!(top["id"], "capacity.placement", "{r}");
    let text = top.to_string();
    assert!(text.contains("registered container instance"), "{text}");
    assert!(text.contains("describe-services"), "{text}");
    assert!(
        !top["summary"]
            .as_str()
            .unwrap_or_default()
            .contains("has no container instance"),
        "a Fargate service needs no instance: {text}"
    );
}

/// The log's condition is read against what gathering read (session 19): a call the container's
/// SDK made without a task role, as its log names the role it used, says that the task has none.
#[test]
fn a_denied_call_in_the_log_is_read_against_the_task_s_role() {
    let lines = json!([
        "Traceback (most recent call last):",
        "botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetItem operation: User: arn:aws:sts::123456789012:assumed-role/ecsInstanceRole/i-0a1b2c3d4e5f67890 is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders",
    ]);
    let w = world("clidenied", json!({"exit_code": 1, "log_lines": lines}));
    let event = w.event_path.to_str().unwrap();
    let out = autopsy(moto(), &["diagnose", "--event", event]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        text.contains("An AWS call from the application was denied"),
        "{text}"
    );
    assert!(
        text.contains("no task role (taskRoleArn)")
            && text.contains("instance i-0a1b2c3d4e5f67890"),
        "{text}"
    );
}
