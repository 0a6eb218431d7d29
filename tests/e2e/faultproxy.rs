//! The tests' fault proxy (tests/common/faultproxy.rs) in front of moto_server, driven with plain
//! HTTP: what is forwarded, each fault kind's answer in its service's protocol, the call log and
//! its report.
use crate::common;

use common::{faultproxy, moto, proxy, proxy_report};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// (status, headers lowercased, body) of one answer, or None when the connection ended unanswered.
type Answer = Option<(u16, Vec<(String, String)>, String)>;

fn header<'a>(a: &'a (u16, Vec<(String, String)>, String), name: &str) -> Option<&'a str> {
    a.1.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Reads one answer off a connection.
fn read_answer(s: &mut TcpStream) -> Answer {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .map(|(_, v)| v.parse().unwrap())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(n) => body.extend_from_slice(&chunk[..n]),
        }
    }
    Some((status, headers, String::from_utf8_lossy(&body).into_owned()))
}

fn host_port(endpoint: &str) -> String {
    endpoint.trim_start_matches("http://").to_string()
}

fn auth(service: &str) -> String {
    format!("AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/{service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000")
}

fn raw(
    endpoint: &str,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    body: &str,
) -> Vec<u8> {
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nX-Amz-Date: 20260101T000000Z\r\n",
        host_port(endpoint)
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    req.into_bytes()
}

fn send(endpoint: &str, req: &[u8]) -> Answer {
    let mut s = TcpStream::connect(host_port(endpoint)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(req).unwrap();
    read_answer(&mut s)
}

/// A query-protocol call (EC2, IAM, STS, ...): form body with Action.
fn query(endpoint: &str, service: &str, action: &str, version: &str) -> Answer {
    let body = format!("Action={action}&Version={version}");
    send(
        endpoint,
        &raw(
            endpoint,
            "POST",
            "/",
            &[
                ("Authorization", auth(service)),
                (
                    "Content-Type",
                    "application/x-www-form-urlencoded; charset=utf-8".into(),
                ),
            ],
            &body,
        ),
    )
}

/// A JSON-protocol call: X-Amz-Target.
fn json_call(endpoint: &str, service: &str, target: &str, body: &str) -> Answer {
    send(
        endpoint,
        &raw(
            endpoint,
            "POST",
            "/",
            &[
                ("Authorization", auth(service)),
                ("X-Amz-Target", target.into()),
                ("Content-Type", "application/x-amz-json-1.1".into()),
            ],
            body,
        ),
    )
}

const FAULTS: &[&str] = &[
    "ec2:DescribeVpcs=AccessDenied",
    "ecs:*=AccessDenied",
    "iam:ListRoles=Throttling",
    "ec2:DescribeSubnets=Throttling",
    "ssm:GetParameter=ServerError",
    "sts:GetCallerIdentity=ServerError",
    "ecr:*=Reset",
    "logs:*=Timeout",
    "kms:ListKeys=AccessDenied@0",
];

/// The call sequence, answers in order (printed as JSON lines with --nocapture).
fn sequence(endpoint: &str) -> Vec<(String, Answer)> {
    let mut out = vec![
        (
            "ec2:DescribeVpcs".to_string(),
            query(endpoint, "ec2", "DescribeVpcs", "2016-11-15"),
        ),
        (
            "ec2:DescribeSecurityGroups".into(),
            query(endpoint, "ec2", "DescribeSecurityGroups", "2016-11-15"),
        ),
        (
            "ecs:ListClusters".into(),
            json_call(
                endpoint,
                "ecs",
                "AmazonEC2ContainerServiceV20141113.ListClusters",
                "{}",
            ),
        ),
        (
            "iam:ListRoles".into(),
            query(endpoint, "iam", "ListRoles", "2010-05-08"),
        ),
        (
            "ec2:DescribeSubnets".into(),
            query(endpoint, "ec2", "DescribeSubnets", "2016-11-15"),
        ),
        (
            "ssm:GetParameter".into(),
            json_call(
                endpoint,
                "ssm",
                "AmazonSSM.GetParameter",
                r#"{"Name":"/x"}"#,
            ),
        ),
        (
            "sts:GetCallerIdentity".into(),
            query(endpoint, "sts", "GetCallerIdentity", "2011-06-15"),
        ),
        (
            "ecr:DescribeRepositories".into(),
            json_call(
                endpoint,
                "ecr",
                "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories",
                "{}",
            ),
        ),
        (
            "logs:DescribeLogGroups".into(),
            json_call(endpoint, "logs", "Logs_20140328.DescribeLogGroups", "{}"),
        ),
        (
            "kms:ListKeys".into(),
            json_call(endpoint, "kms", "TrentService.ListKeys", "{}"),
        ),
        (
            "lambda:?".into(),
            send(
                endpoint,
                &raw(
                    endpoint,
                    "GET",
                    "/2015-03-31/functions/",
                    &[("Authorization", auth("lambda"))],
                    "",
                ),
            ),
        ),
    ];
    // Three at once: one round, peak concurrency 3.
    let e = endpoint.to_string();
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let e = e.clone();
            std::thread::spawn(move || {
                json_call(&e, "secretsmanager", "secretsmanager.ListSecrets", "{}")
            })
        })
        .collect();
    for h in handles {
        out.push(("secretsmanager:ListSecrets".into(), h.join().unwrap()));
    }
    out
}

fn print_sequence(answers: &[(String, Answer)]) {
    for (name, a) in answers {
        let line = match a {
            Some((status, headers, body)) => json!({
                "call": name, "status": status,
                "content_type": headers.iter().find(|(k, _)| k == "content-type").map(|(_, v)| v),
                "request_id": headers.iter().find(|(k, _)| k == "x-amzn-requestid").map(|(_, v)| v),
                "body": if *status >= 400 { Value::from(body.as_str()) } else { Value::from(body.len()) },
            }),
            None => json!({"call": name, "status": null}),
        };
        println!("ANSWER {line}");
    }
}

#[test]
fn forwards_and_injects_each_fault_kind_with_protocol_correct_answers() {
    let (endpoint, log) = proxy(FAULTS, 0, 1);
    let started = Instant::now();
    let answers = sequence(&endpoint);
    print_sequence(&answers);
    let get = |name: &str| answers.iter().find(|(n, _)| n == name).unwrap().1.clone();

    // AccessDenied on an EC2 query action: EC2's XML error.
    let a = get("ec2:DescribeVpcs").expect("answered");
    assert_eq!(a.0, 403);
    assert_eq!(header(&a, "content-type"), Some("text/xml"));
    assert!(
        a.2.contains("<Code>UnauthorizedOperation</Code>"),
        "{}",
        a.2
    );
    assert!(a.2.contains("AccessDenied on ec2:DescribeVpcs"), "{}", a.2);
    assert!(a.2.starts_with("<?xml"));
    // Not faulted: moto's answer, unchanged.
    let a = get("ec2:DescribeSecurityGroups").expect("answered");
    assert_eq!(a.0, 200, "{}", a.2);
    assert!(a.2.contains("DescribeSecurityGroupsResponse"), "{}", a.2);
    // AccessDenied on an ECS JSON action.
    let a = get("ecs:ListClusters").expect("answered");
    assert_eq!(a.0, 403);
    assert_eq!(
        header(&a, "content-type"),
        Some("application/x-amz-json-1.1")
    );
    assert_eq!(header(&a, "x-amzn-requestid"), Some("faultproxy"));
    let v: Value = serde_json::from_str(&a.2).unwrap();
    assert_eq!(v["__type"], "AccessDeniedException");
    assert_eq!(
        v["message"],
        "injected by faultproxy: AccessDenied on ecs:ListClusters"
    );
    // Throttling: IAM's query ErrorResponse, EC2's RequestLimitExceeded.
    let a = get("iam:ListRoles").expect("answered");
    assert_eq!(a.0, 400);
    assert!(
        a.2.starts_with("<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code>"),
        "{}",
        a.2
    );
    let a = get("ec2:DescribeSubnets").expect("answered");
    assert_eq!(a.0, 503);
    assert!(a.2.contains("<Code>RequestLimitExceeded</Code>"), "{}", a.2);
    // ServerError: JSON InternalFailure; STS's Receiver ServiceFailure.
    let a = get("ssm:GetParameter").expect("answered");
    assert_eq!(a.0, 500);
    assert_eq!(
        serde_json::from_str::<Value>(&a.2).unwrap()["__type"],
        "InternalFailure"
    );
    let a = get("sts:GetCallerIdentity").expect("answered");
    assert_eq!(a.0, 500);
    assert!(
        a.2.contains("<Type>Receiver</Type><Code>ServiceFailure</Code>"),
        "{}",
        a.2
    );
    // Reset and Timeout: no answer.
    assert!(get("ecr:DescribeRepositories").is_none());
    assert!(get("logs:DescribeLogGroups").is_none());
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "the timeout held the call"
    );
    // @0 never fires.
    assert_eq!(get("kms:ListKeys").expect("answered").0, 200);
    // A REST call is forwarded (its action is `?`).
    let a = get("lambda:?").expect("answered");
    assert_eq!(a.0, 200, "{}", a.2);
    assert!(a.2.contains("Functions"), "{}", a.2);
    for (name, a) in &answers[answers.len() - 3..] {
        assert_eq!(a.as_ref().expect(name).0, 200);
    }

    // The log: one line per call, six fields.
    let rows: Vec<Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 14);
    for r in &rows {
        let keys: Vec<&str> = r.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        assert_eq!(keys.len(), 6, "{r}");
        for k in ["service", "action", "start", "end", "status", "fault"] {
            assert!(r.get(k).is_some(), "{r}");
        }
        assert!(r["end"].as_f64() >= r["start"].as_f64());
    }
    let find = |key: &str| {
        rows.iter()
            .find(|r| {
                format!(
                    "{}:{}",
                    r["service"].as_str().unwrap(),
                    r["action"].as_str().unwrap()
                ) == key
            })
            .unwrap()
    };
    assert_eq!(find("ecr:DescribeRepositories")["status"], "reset");
    assert_eq!(find("ecr:DescribeRepositories")["fault"], "Reset");
    assert_eq!(find("logs:DescribeLogGroups")["status"], "timeout");
    assert_eq!(find("ec2:DescribeVpcs")["status"], 403);
    assert_eq!(find("ec2:DescribeVpcs")["fault"], "AccessDenied");
    assert_eq!(find("kms:ListKeys")["fault"], Value::Null);
    assert_eq!(find("lambda:?")["status"], 200);

    // The report.
    let report = proxy_report(&log);
    println!("REPORT {report}");
    assert_eq!(report["calls"], 14);
    assert_eq!(report["sequential_rounds"], 12, "{report}");
    assert_eq!(report["peak_concurrency"], 3, "{report}");
    assert_eq!(report["by_action"]["secretsmanager:ListSecrets"], 3);
    assert_eq!(report["by_action"]["ec2:DescribeVpcs"], 1);
    assert_eq!(report["by_action"]["lambda:?"], 1);
    assert_eq!(report["by_action"].as_object().unwrap().len(), 12);
    assert_eq!(report["repeated"], json!({"secretsmanager:ListSecrets": 3}));
    assert!(report["span_s"].as_f64().unwrap() >= 1.0, "{report}");
}

#[test]
fn delay_is_added_to_each_call_and_counts_in_rounds() {
    let (endpoint, log) = proxy(&["sts:*=AccessDenied"], 150, 30);
    let start = Instant::now();
    for _ in 0..3 {
        let a = query(&endpoint, "sts", "GetCallerIdentity", "2011-06-15").unwrap();
        assert_eq!(a.0, 403);
    }
    assert!(start.elapsed() >= Duration::from_millis(450));
    let r = proxy_report(&log);
    assert_eq!(r["calls"], 3);
    assert_eq!(r["sequential_rounds"], 3);
    assert_eq!(r["peak_concurrency"], 1);
    assert!(r["span_s"].as_f64().unwrap() >= 0.45, "{r}");
    assert_eq!(r["repeated"]["sts:GetCallerIdentity"], 3);
}

#[test]
fn a_probability_applies_the_fault_to_about_that_share_of_calls() {
    let (endpoint, _) = proxy(&["sts:*=AccessDenied@0.5"], 0, 30);
    let mut denied = 0;
    for _ in 0..200 {
        let a = query(&endpoint, "sts", "GetCallerIdentity", "2011-06-15").unwrap();
        assert!(a.0 == 403 || a.0 == 200, "{}", a.2);
        denied += usize::from(a.0 == 403);
    }
    assert!((60..=140).contains(&denied), "{denied} of 200 denied");
}

#[test]
fn keep_alive_chunked_bodies_and_head() {
    let (endpoint, log) = proxy(&[], 0, 30);
    let mut s = TcpStream::connect(host_port(&endpoint)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    // Two requests on one connection.
    for action in ["DescribeVpcs", "DescribeSubnets"] {
        let body = format!("Action={action}&Version=2016-11-15");
        s.write_all(&raw(
            &endpoint,
            "POST",
            "/",
            &[
                ("Authorization", auth("ec2")),
                ("Content-Type", "application/x-www-form-urlencoded".into()),
            ],
            &body,
        ))
        .unwrap();
        let a = read_answer(&mut s).expect("answered on the same connection");
        assert_eq!(a.0, 200, "{}", a.2);
        assert!(a.2.contains(&format!("{action}Response")), "{}", a.2);
    }
    // A chunked body: forwarded whole, its Action read.
    let body = "Action=Describe%56pcs&Version=2016-11-15";
    let (one, two) = body.split_at(10);
    let req = format!(
        "POST / HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{one}\r\n{:x};ext=1\r\n{two}\r\n0\r\n\r\n",
        host_port(&endpoint),
        auth("ec2"),
        one.len(),
        two.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    let a = read_answer(&mut s).expect("answered");
    assert_eq!(a.0, 200, "{}", a.2);
    assert!(a.2.contains("DescribeVpcsResponse"), "{}", a.2);
    drop(s);
    let r = proxy_report(&log);
    assert_eq!(r["by_action"]["ec2:DescribeVpcs"], 2, "{r}");
    assert_eq!(r["by_action"]["ec2:DescribeSubnets"], 1, "{r}");
}

#[test]
fn bad_specs_and_non_loopback_upstreams_are_refused() {
    for bad in [
        "ec2:DescribeVpcs=Nope",
        "ec2=AccessDenied",
        "ec2:Describe Vpcs=Reset",
        "ec2:X=Reset@x",
    ] {
        assert!(faultproxy::Rule::parse(bad).is_err(), "{bad}");
    }
    let r = faultproxy::Rule::parse("elasticfilesystem:*=Timeout@0.25").unwrap();
    assert_eq!(r.kind, faultproxy::Kind::Timeout);
    assert_eq!(r.probability, 0.25);
    assert_eq!(r.action, "*");
    for upstream in ["http://10.0.0.1:5000", "http://example.com:80"] {
        let res = std::panic::catch_unwind(|| {
            faultproxy::start(faultproxy::Options {
                upstream: upstream.into(),
                faults: vec![],
                delay_ms: 0.0,
                hang_s: 1.0,
                log: None,
            })
        });
        assert!(res.is_err(), "{upstream} accepted");
    }
    let res = std::panic::catch_unwind(|| {
        faultproxy::start(faultproxy::Options {
            upstream: moto().into(),
            faults: vec!["ec2:*=Slow".into()],
            delay_ms: 0.0,
            hang_s: 1.0,
            log: None,
        })
    });
    assert!(res.is_err());
}

#[test]
fn an_upstream_that_is_down_drops_the_call_and_logs_a_null_status() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log = common::scratch_file("down.jsonl");
    let endpoint = faultproxy::start(faultproxy::Options {
        upstream: format!("http://127.0.0.1:{port}"),
        faults: vec![],
        delay_ms: 0.0,
        hang_s: 1.0,
        log: Some(log.clone()),
    });
    assert!(query(&endpoint, "ec2", "DescribeVpcs", "2016-11-15").is_none());
    let line = std::fs::read_to_string(&log).unwrap();
    let row: Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(row["status"], Value::Null);
    assert_eq!(row["action"], "DescribeVpcs");
}

#[test]
fn report_matches_the_summary_rules() {
    // Hand-made rows: a chain of 3, two concurrent, ties (end == start counts as after).
    let rows = vec![
        json!({"service": "ec2", "action": "A", "start": 0.0, "end": 1.0, "status": 200, "fault": null}),
        json!({"service": "ec2", "action": "B", "start": 1.0, "end": 2.0, "status": 200, "fault": null}),
        json!({"service": "ecs", "action": "C", "start": 1.5, "end": 2.5, "status": 200, "fault": null}),
        json!({"service": "ec2", "action": "A", "start": 2.5, "end": 3.0004, "status": 200, "fault": null}),
    ];
    let r = faultproxy::summarize(&rows);
    assert_eq!(
        r,
        json!({"calls": 4, "sequential_rounds": 3, "peak_concurrency": 2, "span_s": 3.0,
               "repeated": {"ec2:A": 2}, "by_action": {"ec2:A": 2, "ec2:B": 1, "ecs:C": 1}})
    );
    assert_eq!(
        faultproxy::summarize(&[]),
        json!({"calls": 0, "sequential_rounds": 0, "peak_concurrency": 0, "span_s": 0.0,
               "repeated": {}, "by_action": {}})
    );
}
