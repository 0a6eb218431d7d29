//! Gathering against moto_server: realistic accounts in, the snapshot out; the three ways to
//! name a task; and faults injected by awsproxy on every AWS service the gatherer calls.

use crate::common;

use common::*;
use serde_json::{json, Value};
use std::time::Instant;

fn ok<'a>(v: &'a Value, what: &str) -> &'a Value {
    v.get("ok")
        .unwrap_or_else(|| panic!("{what} is not ok: {v}"))
}

/// `diagnose --event` of a world's event through `endpoint` (often an awsproxy with `fault`),
/// with an 8 s deadline: the JSON report, after checking the command succeeded.
fn diagnose_json(endpoint: &str, w: &World, fault: &str) -> Value {
    let out = autopsy(
        endpoint,
        &[
            "diagnose",
            "--event",
            w.event_path.to_str().unwrap(),
            "--format",
            "json",
            "--deadline",
            "8",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{fault}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_healthy_private_task_is_gathered_whole() {
    let w = world("healthy", json!({}));
    let s = gather(moto(), &w, &[]);
    assert_eq!(s["schema_version"], 1);
    assert_eq!(s["source"], "event");
    assert_eq!(s["region"], "us-east-1");
    assert_eq!(s["account"], w.ids["account"]);

    // awsvpc: the ENI is gone, the service says DISABLED.
    assert_eq!(s["awsvpc"]["source"], "service");
    assert_eq!(s["awsvpc"]["assign_public_ip"], false);
    assert_eq!(s["awsvpc"]["security_groups"][0], w.ids["task_sg"]);
    assert_eq!(s["awsvpc"]["eni"]["error"]["kind"], "not_found");

    // Network: the subnet's own route table goes to the NAT gateway.
    let n = &s["network"];
    assert_eq!(n["vpc_id"], w.ids["vpc"]);
    assert_eq!(ok(&n["dns_support"], "dns_support"), true);
    let private_rt = w.ids["route_tables"]["private"].as_str().unwrap();
    let tables = ok(&n["route_tables"], "route tables").as_array().unwrap();
    let rt = tables
        .iter()
        .find(|t| t["id"] == private_rt)
        .expect("private route table");
    assert!(rt["subnet_ids"]
        .as_array()
        .unwrap()
        .contains(&w.ids["subnets"]["private"]));
    assert!(rt["routes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["destination_cidr"] == "0.0.0.0/0" && r["target"] == w.ids["nat"]));
    assert!(tables.iter().any(|t| t["main"] == true));
    let nats = ok(&n["nat_gateways"], "nat gateways").as_array().unwrap();
    assert_eq!(nats[0]["subnet_id"], w.ids["subnets"]["public"]);
    assert_eq!(ok(&n["internet_gateways"], "igws")[0]["id"], w.ids["igw"]);
    let sgs = ok(&n["security_groups"], "sgs").as_array().unwrap();
    assert!(sgs
        .iter()
        .any(|g| g["id"] == w.ids["task_sg"] && !g["egress"].as_array().unwrap().is_empty()));
    assert!(!ok(&n["network_acls"], "nacls")
        .as_array()
        .unwrap()
        .is_empty());
    assert!(ok(&n["prefix_lists"], "prefix lists")
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "com.amazonaws.us-east-1.s3"));

    // IAM: trust, inline and the AWS managed policy document (MOTO_IAM_LOAD_MANAGED_POLICIES).
    let role = &s["iam"]["execution_role"];
    assert!(ok(&role["role"], "GetRole")["trust_policy"]
        .as_str()
        .unwrap()
        .contains("ecs-tasks.amazonaws.com"));
    assert_eq!(ok(&role["inline_policies"], "inline")[0]["name"], "secrets");
    let managed = ok(&role["managed_policies"], "managed").as_array().unwrap();
    assert!(ok(&managed[0]["document"], "managed document")
        .as_str()
        .unwrap()
        .contains("ecr:GetAuthorizationToken"));
    // moto does not implement SimulatePrincipalPolicy: recorded, and the checks fall back.
    assert!(s["iam"]["simulation"]["error"].is_object());

    // Resources: metadata only.
    let img = &s["images"][0]["ecr"];
    assert_eq!(img["repository"], "healthy/app");
    assert!(ok(&img["describe"], "DescribeImages")["digest"]
        .as_str()
        .unwrap()
        .starts_with("sha256:"));
    assert_eq!(ok(&img["repository_policy"], "repo policy"), &Value::Null);
    // A single-platform manifest: its platform is not in the manifest, so none is claimed.
    let manifest = ok(&img["manifest"], "BatchGetImage");
    assert_eq!(manifest["index"], false);
    assert_eq!(manifest["platforms"], serde_json::json!([]));
    let secrets = s["secrets"].as_array().unwrap();
    assert_eq!(secrets.len(), 2);
    assert_eq!(secrets[0]["json_key"], "password");
    assert_eq!(
        ok(&secrets[0]["describe"], "DescribeSecret")["name"],
        "healthy/db"
    );
    assert_eq!(
        ok(&secrets[1]["describe"], "DescribeParameters")["parameter_type"],
        "String"
    );
    assert_eq!(ok(&s["log_groups"][0]["exists"], "log group"), true);
    // Only the unimplemented simulation failed.
    let errors = s["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["action"], "iam:SimulatePrincipalPolicy");
}

#[test]
fn an_endpoint_only_vpc_shows_its_endpoints() {
    let w = world(
        "endpointsonly",
        json!({"subnet": "isolated", "nat": false, "endpoints": ["ecr.api", "ecr.dkr", "s3", "logs", "secretsmanager", "ssm"]}),
    );
    let s = gather(moto(), &w, &[]);
    let eps = ok(&s["network"]["endpoints"], "endpoints")
        .as_array()
        .unwrap();
    assert_eq!(eps.len(), 6);
    let s3 = eps
        .iter()
        .find(|e| e["endpoint_type"] == "Gateway")
        .unwrap();
    assert_eq!(s3["route_table_ids"][0], w.ids["route_tables"]["isolated"]);
    let dkr = eps
        .iter()
        .find(|e| e["service_name"] == "com.amazonaws.us-east-1.ecr.dkr")
        .unwrap();
    assert_eq!(dkr["subnet_ids"][0], w.ids["subnets"]["isolated"]);
    assert_eq!(dkr["security_group_ids"][0], w.ids["endpoint_sg"]);
    assert_eq!(dkr["private_dns_enabled"], true);
}

#[test]
fn missing_resources_are_recorded_as_not_found() {
    let w = world(
        "missing",
        json!({"image": "missing-tag", "secret": "missing", "ssm_param": "missing", "exec_role": "missing", "log_group": "missing"}),
    );
    let s = gather(moto(), &w, &[]);
    let describe = &s["images"][0]["ecr"]["describe"]["error"];
    assert_eq!(describe["kind"], "not_found");
    assert_eq!(describe["code"], "ImageNotFoundException");
    assert_eq!(s["secrets"][0]["describe"]["error"]["kind"], "not_found");
    assert_eq!(
        s["secrets"][1]["describe"]["error"]["code"],
        "ParameterNotFound"
    );
    assert_eq!(
        s["iam"]["execution_role"]["role"]["error"]["kind"],
        "not_found"
    );
    assert_eq!(ok(&s["log_groups"][0]["exists"], "log group"), false);
    // Not-found answers are findings, not failures.
    assert!(s["errors"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["kind"] != "not_found"));

    let w = world("norepo", json!({"image": "missing-repo"}));
    let s = gather(moto(), &w, &[]);
    assert_eq!(
        s["images"][0]["ecr"]["describe"]["error"]["code"],
        "RepositoryNotFoundException"
    );
}

#[test]
fn a_task_and_a_service_can_be_named_instead_of_an_event() {
    let w = world("byname", json!({"run_task": true}));
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let task = w.ids["ran_task_arn"].as_str().unwrap();
    let out = autopsy(moto(), &["gather", "--cluster", cluster, "--task", task]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["source"], "task");
    assert_eq!(s["task"]["task_arn"], task);
    assert_eq!(
        s["task_definition"]["ok"]["arn"],
        w.ids["task_definition_arn"]
    );
    assert!(
        s["network"]["vpc_id"].is_string(),
        "the subnet comes from the task's ENI attachment"
    );

    let out = autopsy(
        moto(),
        &["gather", "--cluster", cluster, "--service", "byname"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["source"], "service");
    assert_eq!(s["task"]["task_arn"], task);
}

#[test]
fn a_task_that_no_longer_exists_is_a_clear_error() {
    let w = world("gone", json!({}));
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let out = autopsy(
        moto(),
        &[
            "gather",
            "--cluster",
            cluster,
            "--task",
            "0123456789abcdef0123456789abcdef",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not found"));
    let out = autopsy(
        moto(),
        &["gather", "--cluster", cluster, "--service", "gone"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no stopped task"));
}

#[test]
fn the_snapshot_round_trips_through_a_file() {
    // With the container settings a log's condition is checked against (fs.read_only and the
    // others in diagnose/checks/settings.rs), so they are gathered and kept.
    let w = world("roundtrip", json!({"container_settings": true}));
    let path = std::env::temp_dir().join(format!("ecs-autopsy-snap-{}.json", std::process::id()));
    let out = autopsy(
        moto(),
        &[
            "gather",
            "--event",
            w.event_path.to_str().unwrap(),
            "--out",
            path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let text = std::fs::read_to_string(&path).unwrap();
    let snap: ecs_autopsy::snapshot::Snapshot =
        serde_json::from_str(&text).expect("the snapshot reads back");
    assert_eq!(serde_json::to_string_pretty(&snap).unwrap() + "\n", text);
    let td = snap.task_definition.ok().expect("the task definition");
    let app = td.containers.iter().find(|c| c.name == "app").unwrap();
    assert_eq!(app.readonly_root_filesystem, Some(true));
    assert_eq!(app.user.as_deref(), Some("1000"));
    assert_eq!(app.shared_memory_size, Some(256));
    // The environment's names are gathered, never its values.
    assert_eq!(app.environment_names, vec!["LOG_LEVEL".to_string()]);
    assert!(!text.contains("debug-value-not-gathered"));
    assert_eq!(
        app.mount_points,
        vec![ecs_autopsy::snapshot::MountPoint {
            source_volume: "scratch".into(),
            container_path: "/tmp".into(),
            read_only: false,
        }]
    );
    std::fs::remove_file(path).unwrap();
}

/// The signing names of every service the gatherer calls.
const SERVICES: &[&str] = &[
    "ecs",
    "ec2",
    "iam",
    "ecr",
    "secretsmanager",
    "ssm",
    "logs",
    "elasticfilesystem",
    "kms",
];

/// Gathers a world with every ECS service affected by `kind` in turn; returns, per service, the
/// snapshot and the seconds it took.
fn with_faults(name: &str, kind: &str, deadline: &str) -> Vec<(String, Value, f64)> {
    let w = world(name, json!({"secret_kms": "cmk"}));
    std::thread::scope(|scope| {
        let handles: Vec<_> = SERVICES
            .iter()
            .map(|svc| {
                let w = &w;
                scope.spawn(move || {
                    let fault = format!("{svc}:*={kind}");
                    let (endpoint, _log) = proxy(&[&fault], 0, 30);
                    let start = Instant::now();
                    let s = gather(&endpoint, w, &["--deadline", deadline]);
                    (svc.to_string(), s, start.elapsed().as_secs_f64())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

/// Every error in the snapshot of a service under fault is that service's, of the expected kind.
fn assert_contained(svc: &str, s: &Value, kinds: &[&str]) {
    let errors = s["errors"].as_array().unwrap();
    let prefix = match svc {
        "logs" => "logs:".to_string(),
        other => format!("{other}:"),
    };
    let (ours, others): (Vec<&Value>, Vec<&Value>) = errors
        .iter()
        .partition(|e| e["action"].as_str().unwrap().starts_with(&prefix));
    if svc != "ecs" && svc != "elasticfilesystem" {
        assert!(!ours.is_empty(), "{svc}: no error recorded: {errors:?}");
    }
    for e in &ours {
        assert!(
            kinds.contains(&e["kind"].as_str().unwrap()),
            "{svc}: unexpected {e}"
        );
    }
    // Other services are untouched (moto's missing SimulatePrincipalPolicy aside).
    for e in others {
        assert!(
            e["action"] == "iam:SimulatePrincipalPolicy",
            "{svc}: fault leaked into {e}"
        );
    }
}

#[test]
fn access_denied_on_any_service_leaves_the_rest_of_the_snapshot() {
    for (svc, s, _) in with_faults("denied", "AccessDenied", "10") {
        assert_contained(&svc, &s, &["access_denied"]);
        if svc == "ec2" {
            assert_eq!(
                s["network"]["vpc"]["skipped"]
                    .as_str()
                    .map(|m| m.contains("AccessDenied")),
                Some(true)
            );
        }
        if svc == "ecs" {
            assert_eq!(s["task_definition"]["error"]["kind"], "access_denied");
            assert!(
                s["task"]["task_arn"].is_string(),
                "the event still names the task"
            );
        }
    }
}

#[test]
fn throttling_is_retried_then_recorded() {
    for (svc, s, secs) in with_faults("throttled", "Throttling", "10") {
        assert_contained(&svc, &s, &["throttling"]);
        assert!(secs < 12.0, "{svc}: took {secs:.1}s");
    }
}

#[test]
fn server_errors_are_recorded() {
    for (svc, s, _) in with_faults("servererror", "ServerError", "10") {
        assert_contained(&svc, &s, &["service_error"]);
    }
}

#[test]
fn a_hanging_service_is_cut_by_the_deadline() {
    for (svc, s, secs) in with_faults("hang", "Timeout", "4") {
        assert!(secs < 6.5, "{svc}: took {secs:.1}s with a 4 s deadline");
        let errors = s["errors"].as_array().unwrap();
        assert!(
            errors
                .iter()
                .all(|e| e["kind"] == "timeout" || e["action"] == "iam:SimulatePrincipalPolicy"),
            "{svc}: {errors:?}"
        );
        let text = s.to_string();
        if svc != "elasticfilesystem" {
            assert!(
                text.contains("timeout") || text.contains("deadline"),
                "{svc}: the hang left no trace"
            );
        }
    }
}

#[test]
fn simulation_results_are_recorded_when_the_caller_may_simulate() {
    let w = world("simulated", json!({}));
    let endpoint = simulation_stub(&["ecr:BatchGetImage"]);
    let s = gather(&endpoint, &w, &[]);
    let results = ok(&s["iam"]["simulation"], "simulation")
        .as_array()
        .unwrap();
    let repo = w.ids["repository_arn"].as_str().unwrap();
    let find = |action: &str, resource: &str| {
        results
            .iter()
            .find(|r| r["action"] == action && r["resource"] == resource)
            .unwrap_or_else(|| panic!("no result for {action} on {resource}: {results:?}"))
            ["decision"]
            .clone()
    };
    assert_eq!(find("ecr:GetAuthorizationToken", "*"), "allowed");
    assert_eq!(find("ecr:BatchGetImage", repo), "implicitDeny");
    assert_eq!(
        find(
            "secretsmanager:GetSecretValue",
            w.ids["secret_arn"].as_str().unwrap()
        ),
        "allowed"
    );
    // Only the pairs the task needs, not the whole cross product.
    assert!(results
        .iter()
        .all(|r| !(r["action"] == "ecr:GetAuthorizationToken" && r["resource"] != "*")));
    assert!(
        s["errors"].as_array().unwrap().is_empty(),
        "{}",
        s["errors"]
    );
}

#[test]
fn connection_resets_are_recorded() {
    for (svc, s, secs) in with_faults("reset", "Reset", "10") {
        assert!(secs < 12.0, "{svc}: took {secs:.1}s");
        let errors = s["errors"].as_array().unwrap();
        assert!(
            errors
                .iter()
                .all(|e| e["action"] == "iam:SimulatePrincipalPolicy"
                    || e["action"]
                        .as_str()
                        .unwrap()
                        .starts_with(&format!("{svc}:"))),
            "{svc}: {errors:?}"
        );
        if svc != "elasticfilesystem" && svc != "ecs" {
            assert!(!errors.is_empty(), "{svc}: the reset left no trace");
        }
    }
}

#[test]
fn under_faults_diagnose_reports_unknown_and_never_confirms_from_missing_data() {
    // A healthy account: whatever fails while gathering, no cause may be confirmed, and the checks
    // that lost their data say unknown with the action to grant.
    let w = world("faultdiag", json!({}));
    for svc in SERVICES {
        for kind in ["AccessDenied", "ServerError"] {
            let fault = format!("{svc}:*={kind}");
            let (endpoint, _) = proxy(&[&fault], 0, 30);
            let r = diagnose_json(&endpoint, &w, &fault);
            let confirmed: Vec<&Value> = r["root_causes"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| c["confidence"] == "high")
                .collect();
            assert!(
                confirmed.is_empty(),
                "{fault}: confirmed from missing data: {confirmed:?}"
            );
            // (this account has no EFS volume and no customer managed key: nothing to deny there)
            if kind == "AccessDenied" && !matches!(*svc, "elasticfilesystem" | "kms") {
                let unknown: Vec<&Value> = r["checks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|c| c["status"] == "unknown")
                    .collect();
                assert!(!unknown.is_empty(), "{fault}: no check says unknown");
                let text =
                    serde_json::to_string(&unknown).unwrap() + &r["gather_errors"].to_string();
                assert!(
                    text.contains(&format!("AccessDenied on {svc}:")) && text.contains("grant"),
                    "{fault}: {text}"
                );
            }
        }
    }
}

#[test]
fn a_service_behind_a_load_balancer_brings_its_target_group_and_recent_stops() {
    let w = world(
        "albsvc",
        json!({"load_balancer": {"path": "/healthz", "port": 8080}, "run_task": true,
               "stopped_reason": "Task failed ELB health checks in (target-group x)"}),
    );
    let s = gather(moto(), &w, &[]);
    let tgs = s["target_groups"].as_array().unwrap();
    assert_eq!(tgs.len(), 1, "{}", s["target_groups"]);
    let tg = ok(&tgs[0]["describe"], "target group");
    assert_eq!(tg["health_check_path"], "/healthz");
    assert_eq!(tg["interval_seconds"], 10);
    assert_eq!(tg["target_type"], "ip");
    assert!(tgs[0]["health"].get("ok").is_some(), "{}", tgs[0]["health"]);
    // A group attached to no load balancer: nothing to describe, said so.
    assert!(
        tgs[0]["load_balancers"].get("skipped").is_some(),
        "{}",
        tgs[0]["load_balancers"]
    );
    // The service's other stopped task (moto ran and stopped one) is counted.
    assert!(
        s["recent_stops"].get("ok").is_some(),
        "{}",
        s["recent_stops"]
    );
}

#[test]
fn a_missing_task_definition_still_finds_the_network_cause() {
    // ecs:DescribeTaskDefinition answers 5xx (injected by awsproxy) for a task whose error text
    // is an ECR connection timeout, in a subnet with no route: what the task needs comes from the
    // event's image and the text, so the network checks run and confirm the missing route.
    let reason = "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref: dial tcp 52.94.0.9:443: i/o timeout";
    let w = world(
        "notdnoroute",
        json!({"subnet": "isolated", "nat": false, "reason": reason}),
    );
    let fault = "ecs:DescribeTaskDefinition=ServerError";
    let (endpoint, _) = proxy(&[fault], 0, 30);
    let r = diagnose_json(&endpoint, &w, fault);
    assert!(
        r["gather_errors"]
            .to_string()
            .contains("ecs:DescribeTaskDefinition"),
        "{}",
        r["gather_errors"]
    );
    assert_eq!(
        r["root_causes"][0]["id"], "network.no_route",
        "{}",
        r["root_causes"][0]
    );
    let check = |id: &str| {
        r["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(check("network.no_route")["status"], "fail");
    assert_ne!(check("network.sg_egress")["status"], "skipped");
    assert_eq!(check("iam.exec_role_ecr")["status"], "unknown");
}

/// A start-impaired (or deployment-failed) event whose service's stopped tasks cannot be read
/// (expired, or the service is gone) is still diagnosed from the event: exit 0, what could not
/// be read said once, no cause confirmed.
#[test]
fn a_service_event_without_readable_tasks_is_diagnosed_from_the_event() {
    for name in [
        "service-task-start-impaired.json",
        "service-deployment-failed.json",
    ] {
        let event = repo().join("events").join(name);
        let out = autopsy(
            moto(),
            &[
                "diagnose",
                "--event",
                event.to_str().unwrap(),
                "--format",
                "json",
            ],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r: Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
        let access = r["access"].as_str().unwrap_or_default();
        assert!(
            access.contains("diagnosed from the event alone"),
            "{name}: {r}"
        );
        assert!(
            r["root_causes"]
                .as_array()
                .unwrap()
                .iter()
                .all(|c| c["status"] != "confirmed"),
            "{name}: {r}"
        );
        let text = autopsy(moto(), &["diagnose", "--event", event.to_str().unwrap()]);
        let text = String::from_utf8_lossy(&text.stdout);
        assert_eq!(
            text.matches("diagnosed from the event alone").count(),
            1,
            "{text}"
        );
    }
}

/// Credentials that work but may read nothing (AccessDenied on every call of every service, the
/// caller's identity included): the report still leads with who stopped the task and how (the
/// event), names nothing that no evidence confirmed, stays short and holds no debug text.
#[test]
fn access_denied_everywhere_the_event_still_leads_and_nothing_is_claimed() {
    let faults: Vec<String> = [
        "sts",
        "ecs",
        "ec2",
        "iam",
        "ecr",
        "secretsmanager",
        "ssm",
        "logs",
        "kms",
        "elasticfilesystem",
        "elasticloadbalancing",
    ]
    .iter()
    .map(|s| format!("{s}:*=AccessDenied"))
    .collect();
    let faults: Vec<&str> = faults.iter().map(String::as_str).collect();
    let (endpoint, _) = proxy(&faults, 0, 5);
    let event = repo().join("events/task-stopped-app-exit.json");
    for format in ["text", "json"] {
        let out = autopsy(
            &endpoint,
            &[
                "diagnose",
                "--event",
                event.to_str().unwrap(),
                "--format",
                format,
                "--deadline",
                "8",
            ],
        );
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0), "{all}");
        for debug in [
            "DispatchFailure",
            "ConnectorError",
            "{ source",
            "Some(\"",
            "ServiceError {",
        ] {
            assert!(
                !all.contains(debug),
                "{format}: debug text {debug:?}: {all}"
            );
        }
        if format == "text" {
            assert!(all.len() < 6 * 1024, "{} bytes: {all}", all.len());
            assert!(
                all.contains("The essential container notifyservice exited with code 1"),
                "{all}"
            );
        } else {
            let r: Value = serde_json::from_str(&String::from_utf8_lossy(&out.stdout)).unwrap();
            // Only the event can confirm anything: the container's exit.
            for c in r["root_causes"].as_array().unwrap() {
                assert!(
                    c["status"] != "confirmed" || c["id"] == "container.exit",
                    "confirmed from denied reads: {c}"
                );
            }
            assert_eq!(r["root_causes"][0]["id"], "container.exit", "{r}");
        }
    }
}
