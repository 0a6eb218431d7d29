//! `ecs-autopsy mcp` driven by a real MCP client: the official Python SDK (PyPI `mcp`,
//! installed into `.venv` on first use) runs tests/mcp/client.py, which launches the binary over
//! stdio the way docs/mcp.md configures assistants, against moto.

use crate::common;

use common::*;
use serde_json::{json, Value};
use std::process::Command;
use std::sync::Mutex;

/// Installs the MCP Python SDK into the project's virtualenv once.
fn ensure_mcp_sdk() {
    static LOCK: Mutex<()> = Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let has = |py: &std::path::Path| {
        Command::new(py)
            .args(["-c", "import mcp.client.stdio"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    moto(); // creates the virtualenv when it is missing
    if has(&python()) {
        return;
    }
    let pip = python().with_file_name("pip");
    let out = Command::new(pip)
        .args(["install", "--quiet", "mcp"])
        .output()
        .expect("pip runs");
    assert!(
        out.status.success(),
        "pip install mcp failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The server's arguments in the documented stdio configuration (docs/mcp.md, the Amazon Q /
/// Cursor `mcpServers` block): the test starts exactly what the docs tell assistants to start.
fn documented_stdio_args() -> Vec<String> {
    let docs = std::fs::read_to_string(repo().join("docs/mcp.md")).expect("docs/mcp.md");
    let block = docs
        .split("```json")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .filter_map(|b| serde_json::from_str::<Value>(b).ok())
        .find(|v| v["mcpServers"]["ecs-autopsy"]["command"].is_string())
        .expect("docs/mcp.md shows an mcpServers configuration");
    let server = &block["mcpServers"]["ecs-autopsy"];
    assert_eq!(server["command"], "ecs-autopsy");
    server["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

/// Runs tests/mcp/client.py against `ecs-autopsy ARGS` in a broken world; its JSON answer.
fn client_run(world_name: &str, args: &[String], http: bool) -> Value {
    ensure_mcp_sdk();
    let w = world(
        world_name,
        json!({"subnet": "isolated", "nat": false, "reason": "CannotPullContainerError: The task cannot pull 'app' from the Amazon ECR repository. There is a connection issue between the task and Amazon ECR. Check your task network configuration. : dial tcp 52.94.1.1:443: i/o timeout"}),
    );
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let mut cmd = Command::new(python());
    cmd.arg(repo().join("tests/mcp/client.py")).args([
        "--event",
        w.event_path.to_str().unwrap(),
        "--cluster",
        cluster,
        "--service",
        world_name,
    ]);
    if http {
        cmd.arg("--http");
    }
    cmd.arg("--")
        .arg(env!("CARGO_BIN_EXE_ecs-autopsy"))
        .args(args);
    let out = aws_env(&mut cmd, moto()).output().expect("client.py runs");
    assert!(
        out.status.success(),
        "client.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("client.py prints JSON")
}

#[test]
fn an_mcp_client_diagnoses_through_the_server() {
    let r = client_run("mcpnoroute", &documented_stdio_args(), false);
    check_every_tool(&r);
}

/// The same client and checks over streamable HTTP on loopback (`mcp --http 127.0.0.1:0`, the
/// documented `--http 127.0.0.1:8765` on a free port); a browser's foreign Host or Origin is
/// refused (DNS rebinding).
#[test]
fn an_mcp_client_diagnoses_over_http() {
    let args: Vec<String> = ["mcp", "--http", "127.0.0.1:0"].map(String::from).into();
    let r = client_run("mcphttp", &args, true);
    check_every_tool(&r);
    let h = &r["http"];
    assert!(
        h["url"].as_str().unwrap().starts_with("http://127.0.0.1:"),
        "{h}"
    );
    assert_eq!(h["no_origin"], 200, "{h}");
    assert_eq!(h["loopback_origin"], 200, "{h}");
    assert_eq!(h["foreign_host"], 403, "{h}");
    assert_eq!(h["foreign_origin"], 403, "{h}");
}

#[test]
fn the_http_server_refuses_an_address_other_machines_reach() {
    let out = Command::new(env!("CARGO_BIN_EXE_ecs-autopsy"))
        .args(["mcp", "--http", "0.0.0.0:8765"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a loopback address"), "{err}");
    assert!(err.lines().count() <= 4, "{err}");
}

/// What every transport must answer, tool by tool.
fn check_every_tool(r: &Value) {
    // Every tool is listed, read-only, with a valid JSON Schema object as input.
    for name in [
        "diagnose_task",
        "diagnose_service",
        "preflight",
        "classify_error",
        "read_log",
        "explain_cause",
        "list_causes",
        "recent_failures",
        "watch_status",
    ] {
        let t = &r["tools"][name];
        assert_eq!(t["problems"], json!([]), "{name}: {t}");
        assert_eq!(t["readOnly"], true, "{name}");
    }
    assert_eq!(
        r["resources"].as_u64().unwrap() as usize,
        ecs_autopsy::catalogue::CAUSES.len()
    );
    assert!(r["resource_read"]["text"]
        .as_str()
        .unwrap()
        .starts_with("# "));

    let ok = |key: &str| -> &Value {
        let v = &r[key];
        assert_eq!(v["isError"], false, "{key}: {v}");
        v
    };
    assert_eq!(
        ok("classify_error")["structured"]["candidates"][0],
        "network.no_public_ip"
    );
    // A pasted log: the line that says why, and the log's text marked as data.
    let log = ok("read_log");
    assert_eq!(
        log["structured"]["crash"]["line"], "KeyError: 'DATABASE_URL'",
        "{log}"
    );
    assert!(log["texts"][0]
        .as_str()
        .unwrap()
        .starts_with(ecs_autopsy::mcp::tools::DATA_NOTICE));
    assert!(ok("explain_cause")["texts"][0]
        .as_str()
        .unwrap()
        .contains("network.no_route"));
    assert!(
        ok("list_causes")["structured"]["causes"]
            .as_array()
            .unwrap()
            .len()
            > 10
    );

    // The broken world: the cause found, the AWS text marked as data, the checks cut.
    let d = ok("diagnose_event");
    let report = &d["structured"]["report"];
    assert_eq!(
        report["root_causes"][0]["id"], "network.no_route",
        "{report}"
    );
    assert!(d["texts"][0]
        .as_str()
        .unwrap()
        .starts_with(ecs_autopsy::mcp::tools::DATA_NOTICE));
    assert!(report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["status"] != "pass"));
    let full = ok("diagnose_event_full");
    assert!(
        full["structured"]["report"]["checks"]
            .as_array()
            .unwrap()
            .len()
            > report["checks"].as_array().unwrap().len()
    );

    // Errors are tool results, readable, and the server keeps serving.
    for (key, needle) in [
        ("malformed_arn", "task ARN"),
        ("missing_task", "not found"),
        ("too_big", "at most 16384"),
        ("explain_unknown", "unknown cause id"),
    ] {
        let v = &r[key];
        assert_eq!(v["isError"], true, "{key}: {v}");
        let text = v["texts"][0].as_str().unwrap();
        assert!(text.contains(needle), "{key}: {text}");
    }
    // The service's next deployment would fail the same way, before any task runs.
    let pre = ok("preflight");
    assert_eq!(
        pre["structured"]["report"]["root_causes"][0]["status"], "confirmed",
        "{pre}"
    );
    // No stopped task of its own in this world: a readable answer either way, never a crash.
    let svc = &r["diagnose_service"];
    assert!(
        svc["isError"] == false
            || svc["texts"][0]
                .as_str()
                .is_some_and(|t| t.contains("stopped task")),
        "{svc}"
    );
    // Where the service's deployment stands (moto keeps a PRIMARY deployment, no rollout).
    let status = ok("watch_status");
    assert!(
        status["structured"]["deployment"]["id"].is_string(),
        "{status}"
    );
    let missing = &r["watch_status_missing"];
    assert_eq!(missing["isError"], true, "{missing}");
    let recent = ok("recent_failures");
    assert!(recent["structured"]["groups"].is_array(), "{recent}");
    ok("after_errors");

    // What a model pays for a call: shown in the test output (`--nocapture`).
    for key in [
        "classify_error",
        "list_causes",
        "diagnose_event",
        "diagnose_event_full",
    ] {
        println!(
            "mcp {key}: {} ms, {} bytes",
            r[key]["latency_ms"], r[key]["bytes"]
        );
    }
    assert!(d["bytes"].as_u64().unwrap() < full["bytes"].as_u64().unwrap());
}
