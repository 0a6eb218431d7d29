//! Test harness: a real AWS stand-in (moto_server) on loopback, accounts built in it by
//! `tests/moto/world.py`, the fault-injecting proxy (`faultproxy.rs`, in this process), and the
//! `ecs-autopsy` binary.
//!
//! moto lives in `.venv` at the repository root; the first test that needs it creates the
//! virtualenv and installs `moto[server]` (what `.ci/run` also does up front). One moto_server
//! per test binary, shared by its tests (each builds its world under its own name); a watchdog
//! shell stops it when the test process exits.
#![allow(dead_code)]

pub mod faultproxy;

use serde_json::Value;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub const MOTO_VERSION: &str = "5.2.5";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn venv() -> PathBuf {
    std::env::var_os("ECS_AUTOPSY_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join(".venv"))
}

pub fn python() -> PathBuf {
    venv().join("bin/python")
}

/// Creates the virtualenv with moto if it is not there yet (once per machine).
fn ensure_moto() {
    static LOCK: Mutex<()> = Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    if venv().join("bin/moto_server").exists() {
        return;
    }
    let ok = Command::new("python3")
        .args(["-m", "venv"])
        .arg(venv())
        .status()
        .is_ok_and(|s| s.success())
        && Command::new(venv().join("bin/pip"))
            .args(["install", "-q", &format!("moto[server]=={MOTO_VERSION}")])
            .status()
            .is_ok_and(|s| s.success());
    assert!(
        ok,
        "could not install moto[server] into {}",
        venv().display()
    );
}

/// A path in the temp directory for this test process (`ecs-autopsy-{pid}-{name}`), not existing
/// yet: a helper server writes its records there.
pub fn scratch_file(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("ecs-autopsy-{}-{name}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    path
}

/// A free loopback port, never the same twice in one test process: tests start servers in
/// parallel, and the kernel may hand a just-released port to the next `bind(0)` before the first
/// server has bound it; two servers then race for one port and one test talks to the other's
/// server (seen: a fault injected for one service leaking into another service's run).
pub fn free_port() -> u16 {
    static GIVEN: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

fn wait_for_port(port: u16, what: &str) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{what} did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Starts `cmd` in the background, stopped when this test process exits.
fn spawn_watched(cmd: &str) {
    let script = format!(
        "{cmd} & child=$!; while kill -0 {} 2>/dev/null; do sleep 1; done; kill $child",
        std::process::id()
    );
    // Kept (never waited on): the watchdog outlives every test of this binary by design.
    static WATCHDOGS: Mutex<Vec<std::process::Child>> = Mutex::new(Vec::new());
    let child = Command::new("sh")
        .args(["-c", &script])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("sh starts");
    WATCHDOGS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(child);
}

/// The moto_server endpoint of this test binary.
pub fn moto() -> &'static str {
    static ENDPOINT: OnceLock<String> = OnceLock::new();
    ENDPOINT.get_or_init(|| {
        ensure_moto();
        let port = free_port();
        spawn_watched(&format!(
            "MOTO_IAM_LOAD_MANAGED_POLICIES=true exec {} -H 127.0.0.1 -p {port}",
            venv().join("bin/moto_server").display()
        ));
        wait_for_port(port, "moto_server");
        format!("http://127.0.0.1:{port}")
    })
}

/// The fault proxy ([`faultproxy`], on a thread of this process) in front of moto with the given
/// faults (`SERVICE:ACTION=KIND[@P]`), latency per call and hang of a `Timeout` fault; returns
/// (endpoint, call log path). It listens on a port the kernel picks and lives as long as the
/// test process.
pub fn proxy(faults: &[&str], delay_ms: u32, hang_s: u32) -> (String, PathBuf) {
    static N: AtomicUsize = AtomicUsize::new(0);
    let log = scratch_file(&format!(
        "calls-{}.jsonl",
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let endpoint = faultproxy::start(faultproxy::Options {
        upstream: moto().to_string(),
        faults: faults.iter().map(|f| f.to_string()).collect(),
        delay_ms: delay_ms.into(),
        hang_s: hang_s.into(),
        log: Some(log.clone()),
    });
    (endpoint, log)
}

/// The SimulatePrincipalPolicy stub in front of moto; `deny` lists the actions it denies.
pub fn simulation_stub(deny: &[&str]) -> String {
    let port = free_port();
    let mut cmd = format!(
        "exec python3 {} --listen 127.0.0.1:{port} --upstream {}",
        repo().join("tests/moto/sim_stub.py").display(),
        moto()
    );
    for d in deny {
        cmd.push_str(&format!(" --deny {d}"));
    }
    spawn_watched(&cmd);
    wait_for_port(port, "sim_stub");
    format!("http://127.0.0.1:{port}")
}

/// The report of a fault proxy's call log: `calls`, `sequential_rounds`, `peak_concurrency`,
/// `span_s`, `by_action` and `repeated` (see [`faultproxy::summarize`]).
pub fn proxy_report(log: &Path) -> Value {
    faultproxy::report(log)
}

/// A world built in moto: the event of its failed task and the ids of what was created.
pub struct World {
    pub event: Value,
    pub ids: Value,
    pub event_path: PathBuf,
}

/// Builds a world from a spec (see tests/moto/world.py for the knobs). `name` must be unique
/// within the test binary.
pub fn world(name: &str, spec: Value) -> World {
    let mut spec = spec;
    spec["name"] = Value::String(name.into());
    let out = Command::new(python())
        .arg(repo().join("tests/moto/world.py"))
        .args(["--endpoint", moto(), "--spec", &spec.to_string()])
        .output()
        .expect("world.py runs");
    assert!(
        out.status.success(),
        "world.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("world.py prints JSON");
    let event_path = std::env::temp_dir().join(format!(
        "ecs-autopsy-event-{}-{name}.json",
        std::process::id()
    ));
    std::fs::write(&event_path, v["event"].to_string()).unwrap();
    World {
        event: v["event"].clone(),
        ids: v["ids"].clone(),
        event_path,
    }
}

/// Points a command's AWS SDK at `endpoint` (moto or a stand-in) with test credentials, and at
/// nothing else (no profile, no instance metadata).
pub fn aws_env<'a>(cmd: &'a mut Command, endpoint: &str) -> &'a mut Command {
    cmd.env("AWS_ENDPOINT_URL", endpoint)
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", "testing")
        .env("AWS_REGION", "us-east-1")
        .env_remove("AWS_PROFILE")
        .env("AWS_EC2_METADATA_DISABLED", "true")
}

/// Runs the ecs-autopsy binary against `endpoint`.
pub fn autopsy(endpoint: &str, args: &[&str]) -> Output {
    aws_env(
        Command::new(env!("CARGO_BIN_EXE_ecs-autopsy")).args(args),
        endpoint,
    )
    .output()
    .expect("ecs-autopsy runs")
}

/// `ecs-autopsy gather --event` of a world, through `endpoint`; the snapshot as JSON.
pub fn gather(endpoint: &str, world: &World, extra: &[&str]) -> Value {
    let mut args = vec!["gather", "--event", world.event_path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = autopsy(endpoint, &args);
    assert!(
        out.status.success(),
        "gather failed ({:?}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("gather prints a JSON snapshot")
}

/// A Slack webhook stand-in (tests/moto/slack_sink.py); returns (webhook URL, record file).
pub fn slack_sink(args: &[&str]) -> (String, PathBuf) {
    let port = free_port();
    let out = scratch_file(&format!("slack-{port}.jsonl"));
    let mut cmd = format!(
        "exec python3 {} --listen 127.0.0.1:{port} --out {}",
        repo().join("tests/moto/slack_sink.py").display(),
        out.display()
    );
    for a in args {
        cmd.push(' ');
        cmd.push_str(a);
    }
    spawn_watched(&cmd);
    wait_for_port(port, "slack_sink");
    (
        format!("http://127.0.0.1:{port}/services/T000/B000/secret-token-of-the-webhook"),
        out,
    )
}

/// The payloads the Slack sink recorded.
pub fn slack_posts(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The function's own resources in moto: Slack secret (pointing at `webhook`), SNS topic with an
/// SQS reader, dedup table.
pub fn delivery_resources(name: &str, webhook: Option<&str>, dedup: bool) -> Value {
    delivery_resources_spec(serde_json::json!({"name": name, "webhook": webhook, "dedup": dedup}))
}

/// [`delivery_resources`] from a full spec (tests/moto/world.py `delivery`), e.g. with `routes`.
pub fn delivery_resources_spec(spec: Value) -> Value {
    let out = Command::new(python())
        .arg(repo().join("tests/moto/world.py"))
        .args([
            "--endpoint",
            moto(),
            "--delivery",
            "--spec",
            &spec.to_string(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The SNS messages that reached the reader queue.
pub fn sns_messages(queue_url: &str) -> Vec<Value> {
    let out = Command::new(python())
        .arg(repo().join("tests/moto/world.py"))
        .args(["--endpoint", moto(), "--read-queue", queue_url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// What one run of the Lambda binary did.
pub struct LambdaRun {
    /// One `{"kind": "response"|"error", "payload": …, "attempts": n}` per event, in order
    /// (the last attempt's answer when the runtime retried it).
    pub results: Vec<Value>,
    /// Events that failed every attempt (Lambda's dead-letter queue), by index.
    pub dlq: Vec<Value>,
    pub init_ms: Option<f64>,
    /// Everything the function logged.
    pub logs: String,
}

/// Runs the real `ecs-autopsy-lambda` binary against the fake Runtime API with these events and
/// environment, until every event is answered.
pub fn run_lambda(events: &[&Path], env: &[(&str, &str)]) -> LambdaRun {
    run_lambda_copies(events, env, 1, &[])
}

/// [`run_lambda`] with `copies` concurrent copies of the binary polling one fake Runtime API,
/// which takes `runtime_args` (`--retries`, `--pace-ms`, … of tests/moto/fake_runtime.py).
pub fn run_lambda_copies(
    events: &[&Path],
    env: &[(&str, &str)],
    copies: usize,
    runtime_args: &[&str],
) -> LambdaRun {
    let port = free_port();
    let out = scratch_file(&format!("runtime-{port}.json"));
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let mut cmd = format!(
        "exec python3 {} --listen 127.0.0.1:{port} --out {} --started {started}",
        repo().join("tests/moto/fake_runtime.py").display(),
        out.display()
    );
    for a in runtime_args {
        cmd.push_str(&format!(" {a}"));
    }
    // Many events: through a file of paths would be tidier, but the command line holds 300.
    for e in events {
        cmd.push_str(&format!(" {}", e.display()));
    }
    spawn_watched(&cmd);
    wait_for_port(port, "fake runtime");
    let mut children = Vec::new();
    let mut log_paths = Vec::new();
    for copy in 0..copies.max(1) {
        let log_path = scratch_file(&format!("lambda-{port}-{copy}.log"));
        let log = std::fs::File::create(&log_path).unwrap();
        log_paths.push(log_path);
        children.push(spawn_function(port, env, log));
    }
    let start = Instant::now();
    let results: Value = loop {
        if let Ok(text) = std::fs::read_to_string(&out) {
            break serde_json::from_str(&text).unwrap();
        }
        for child in children.iter_mut() {
            if let Ok(Some(status)) = child.try_wait() {
                let logs: String = log_paths
                    .iter()
                    .map(|p| std::fs::read_to_string(p).unwrap_or_default())
                    .collect();
                panic!("the function exited ({status}): {logs}");
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(600),
            "the function did not answer every event"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    for mut child in children {
        let _ = child.kill();
        let _ = child.wait();
    }
    LambdaRun {
        results: results["results"].as_array().unwrap().clone(),
        dlq: results["dlq"].as_array().cloned().unwrap_or_default(),
        init_ms: results["init_ms"].as_f64(),
        logs: log_paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap_or_default())
            .collect(),
    }
}

fn spawn_function(port: u16, env: &[(&str, &str)], log: std::fs::File) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_ecs-autopsy-lambda"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("AWS_LAMBDA_RUNTIME_API", format!("127.0.0.1:{port}"))
        .env("AWS_LAMBDA_FUNCTION_NAME", "ecs-autopsy")
        .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256")
        .env("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ENDPOINT_URL", moto())
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", "testing")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .envs(env.iter().copied())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("the lambda binary starts")
}

/// The ECS rollout stand-in (tests/moto/ecs_rollout_stub.py) replaying `scenario` for cluster
/// `prod`, service `api`, everything else forwarded to moto; returns (endpoint, request log).
pub fn rollout_stub(scenario: &str, extra: &[&str]) -> (String, PathBuf) {
    let port = free_port();
    let log = scratch_file(&format!("rollout-{scenario}-{port}.jsonl"));
    let mut cmd = format!(
        "exec python3 {} --scenario {scenario} --port {port} --upstream {} --log {}",
        repo().join("tests/moto/ecs_rollout_stub.py").display(),
        moto(),
        log.display()
    );
    for a in extra {
        cmd.push(' ');
        cmd.push_str(a);
    }
    spawn_watched(&cmd);
    wait_for_port(port, "ecs_rollout_stub");
    (format!("http://127.0.0.1:{port}"), log)
}

/// The requests a stand-in logged (one JSON object per line).
pub fn logged_requests(log: &Path) -> Vec<Value> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}
