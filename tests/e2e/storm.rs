//! A bad morning, end to end: 30 services of three accounts' worth of broken configuration
//! failing over and over, 300 stopped-task events with three root causes (a route table without
//! a NAT route, an execution role without ECR permissions, a deleted secret), 5 % of them
//! delivered twice, four concurrent copies of the real binary polling one fake Runtime API (with
//! Lambda's async retries and dead-letter list), a Slack webhook that takes one message a
//! second with a burst of 3 and answers 429 beyond, and a Slack outage for the storm's first 12 s.
//!
//! Done when every cause and every service reaches Slack in at most 10 messages, each naming
//! its services and counts, nothing is lost or dead-lettered, the first and the recovered
//! message of each incident arrive once each. The figures are printed (`storm figures:`) and
//! quoted in the README.

use crate::common;

use common::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const NO_ROUTE: &str = "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post \"https://api.ecr.us-east-1.amazonaws.com/\": dial tcp 52.46.1.1:443: i/o timeout";
const NO_SECRET: &str = "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 5 time(s): failed to fetch secret arn:aws:secretsmanager:us-east-1:123456789012:secret:db: ResourceNotFoundException: Secrets Manager can't find the specified secret.";
const NO_ECR: &str = "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref: unexpected status from HEAD request: 403 Forbidden";

const SERVICES_PER_CAUSE: usize = 10;
const TASKS_PER_SERVICE: usize = 10;

fn write(dir: &std::path::Path, name: &str, v: &Value) -> PathBuf {
    let p = dir.join(format!("{name}.json"));
    std::fs::write(&p, v.to_string()).unwrap();
    p
}

fn text_of(post: &Value) -> String {
    post["payload"].to_string()
}

#[test]
fn a_failure_storm_is_a_few_incidents_with_every_service_and_nothing_lost() {
    let started = Instant::now();
    let worlds = [
        (
            "stnoroute",
            "network.no_route",
            json!({"subnet": "isolated", "nat": false, "reason": NO_ROUTE}),
        ),
        (
            "stnoecr",
            "iam.exec_role_ecr",
            json!({"exec_role": "no-ecr", "reason": NO_ECR}),
        ),
        (
            "stnosecret",
            "secret.not_found",
            json!({"secret": "missing", "reason": NO_SECRET}),
        ),
    ];
    let down = scratch_file("storm-slack-down");
    std::fs::write(&down, "down").unwrap();
    let (webhook, posts) = slack_sink(&[
        "--rate",
        "1",
        "--burst",
        "3",
        "--down-file",
        down.to_str().unwrap(),
    ]);
    let d = delivery_resources("storm", Some(&webhook), true);
    let dir = std::env::temp_dir().join(format!("ecs-autopsy-storm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    // 30 services (10 per broken configuration), 10 stopped tasks each, interleaved in time.
    let mut by_round: Vec<Vec<Value>> = vec![Vec::new(); TASKS_PER_SERVICE];
    let mut services = Vec::new();
    let mut expect: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (name, cause, spec) in &worlds {
        let w = world(name, spec.clone());
        let cluster = w.ids["cluster_arn"].as_str().unwrap().to_string();
        for s in 0..SERVICES_PER_CAUSE {
            let service = format!("{name}-svc{s:02}");
            expect.entry(cause).or_default().insert(service.clone());
            services.push((cluster.clone(), service.clone()));
            for (t, round) in by_round.iter_mut().enumerate() {
                let mut e = w.event.clone();
                let arn = w.event["detail"]["taskArn"].as_str().unwrap();
                let task_arn = format!("{}{s:02}{t:02}", &arn[..arn.len() - 4]);
                e["id"] = json!(format!("storm-{name}-{s}-{t}"));
                e["detail"]["taskArn"] = json!(task_arn);
                e["resources"] = json!([task_arn]);
                e["detail"]["group"] = json!(format!("service:{service}"));
                round.push(e);
            }
        }
    }
    let mut events: Vec<Value> = Vec::new();
    for (r, round) in by_round.into_iter().enumerate() {
        // A different order each round, as 30 services' tasks fail at their own pace.
        let n = round.len();
        for i in 0..n {
            events.push(round[(i * 7 + r * 11) % n].clone());
        }
    }
    // 5 % delivered twice by EventBridge, a few events later.
    let mut stream = Vec::new();
    let mut dupes = 0;
    for (i, e) in events.iter().enumerate() {
        stream.push(e.clone());
        if i % 20 == 7 {
            stream.push(events[i.saturating_sub(3)].clone());
            dupes += 1;
        }
    }
    let files: Vec<PathBuf> = stream
        .iter()
        .enumerate()
        .map(|(i, e)| write(&dir, &format!("storm-{i:03}"), e))
        .collect();
    let refs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    let secret = d["slack_secret_arn"].as_str().unwrap();
    let topic = d["topic_arn"].as_str().unwrap();
    let table = d["dedup_table"].as_str().unwrap();
    let env = [
        ("SLACK_WEBHOOK_SECRET_ARN", secret),
        ("SNS_TOPIC_ARN", topic),
        ("DEDUP_TABLE_NAME", table),
        // Longer than the storm lasts here (as 5 minutes is longer than a 2-minute storm).
        ("INCIDENT_FOLLOWUP_SECONDS", "40"),
    ];
    let storm_started = Instant::now();
    // Slack is down for the storm's first seconds.
    let down_for = down.clone();
    let outage = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(12));
        let _ = std::fs::remove_file(&down_for);
    });
    let storm = run_lambda_copies(
        &refs,
        &env,
        4,
        &[
            "--retries",
            "2",
            "--retry-delay-ms",
            "3000",
            "--pace-ms",
            "30",
        ],
    );
    outage.join().unwrap();
    let storm_secs = storm_started.elapsed().as_secs_f64();
    let _ = std::fs::write(repo().join("target/storm-logs.txt"), &storm.logs);
    assert!(
        storm.dlq.is_empty(),
        "dead-lettered: {:?}\n{}",
        storm.dlq,
        storm.logs
    );
    for (i, r) in storm.results.iter().enumerate() {
        assert_eq!(r["kind"], "response", "event {i}: {r}");
    }
    let actions: Vec<&str> = storm
        .results
        .iter()
        .map(|r| r["payload"]["action"].as_str().unwrap_or("?"))
        .collect();
    let count = |a: &str| actions.iter().filter(|x| **x == a).count();
    assert_eq!(count("duplicate"), dupes, "{actions:?}");
    let gathers = storm.logs.matches("\"message\":\"diagnosed\"").count();
    let retried = storm
        .results
        .iter()
        .filter(|r| r["attempts"].as_u64().unwrap_or(1) > 1)
        .count();

    // After the follow-up pace, the scheduled sweep sends what the storm still owes: the
    // final counts. Then the services run again.
    std::thread::sleep(Duration::from_secs_f64((46.0 - storm_secs).max(1.0)));
    let sweep = write(
        &dir,
        "storm-sweep",
        &json!({"version": "0", "id": "sweep-1", "detail-type": "Scheduled Event", "source": "aws.events",
            "account": "123456789012", "time": "2025-11-12T12:01:00Z", "region": "us-east-1",
            "resources": [], "detail": {}}),
    );
    let run = run_lambda(&[&sweep], &env);
    assert_eq!(run.results[0]["kind"], "response", "{}", run.logs);
    let steady: Vec<PathBuf> = services
        .iter()
        .enumerate()
        .map(|(i, (cluster, service))| {
            write(
                &dir,
                &format!("storm-steady-{i}"),
                &json!({
                    "version": "0", "id": format!("steady-{i}"),
                    "detail-type": "ECS Service Action", "source": "aws.ecs",
                    "account": "123456789012", "time": "2025-11-12T12:05:00Z", "region": "us-east-1",
                    "resources": [format!("{}/{service}", cluster.replace(":cluster/", ":service/"))],
                    "detail": {"eventType": "INFO", "eventName": "SERVICE_STEADY_STATE",
                               "clusterArn": cluster, "createdAt": "2025-11-12T12:05:00.000Z"}
                }),
            )
        })
        .collect();
    let refs: Vec<&std::path::Path> = steady.iter().map(|p| p.as_path()).collect();
    let recovery = run_lambda_copies(&refs, &env, 4, &["--retries", "2"]);
    assert!(recovery.dlq.is_empty(), "{}", recovery.logs);
    let recovered = recovery
        .results
        .iter()
        .filter(|r| r["payload"]["action"] == "recovered")
        .count();
    assert_eq!(recovered, worlds.len(), "{}", recovery.logs);

    // What reached Slack.
    let all = slack_posts(&posts);
    let limited = all.iter().filter(|p| p["limited"] == true).count();
    let down_answers = all.iter().filter(|p| p["down"] == true).count();
    let accepted: Vec<&Value> = all.iter().filter(|p| p["payload"].is_object()).collect();
    for p in &accepted {
        assert!(
            p["rejected"].as_array().unwrap().is_empty(),
            "{}",
            p["rejected"]
        );
    }
    assert!(
        accepted.len() <= 10,
        "{} messages: {:#?}",
        accepted.len(),
        accepted
    );
    let mut max_per_second = 0;
    for p in &accepted {
        let at = p["at"].as_f64().unwrap();
        let within = accepted
            .iter()
            .filter(|q| (q["at"].as_f64().unwrap() - at).abs() < 1.0)
            .count();
        max_per_second = max_per_second.max(within);
    }
    for (cause, svcs) in &expect {
        let mine: Vec<String> = accepted
            .iter()
            .map(|p| text_of(p))
            .filter(|t| t.contains(&format!("`{cause}`")))
            .collect();
        assert!(!mine.is_empty(), "{cause}: no message");
        let opened = mine.iter().filter(|t| t.contains("Incident: `")).count();
        let recovered = mine.iter().filter(|t| t.contains("Recovered")).count();
        assert_eq!((opened, recovered), (1, 1), "{cause}: {mine:#?}");
        // Every service named, with the counts: the last message has them all.
        let last = mine.last().unwrap();
        for s in svcs {
            assert!(
                last.contains(&format!("{s} ({TASKS_PER_SERVICE})")),
                "{cause}: {s} missing in {last}"
            );
        }
        let total = SERVICES_PER_CAUSE * TASKS_PER_SERVICE;
        assert!(
            last.contains(&format!(
                "{SERVICES_PER_CAUSE} services, {total} tasks since"
            )),
            "{cause}: {last}"
        );
    }
    // SNS has the same messages (the same incidents, not one per task).
    let sns = sns_messages(d["queue_url"].as_str().unwrap());
    assert!(
        sns.len() <= 10 && sns.len() >= 2 * worlds.len(),
        "{} SNS messages",
        sns.len()
    );

    let figures = json!({
        "events": stream.len(), "duplicates": dupes, "services": services.len(),
        "causes": worlds.len(), "copies": 4,
        "gathers": gathers, "retried_events": retried, "dead_lettered": storm.dlq.len(),
        "slack_messages": accepted.len(), "slack_429": limited, "slack_503_during_outage": down_answers,
        "max_slack_messages_in_one_second": max_per_second,
        "sns_messages": sns.len(), "storm_seconds": (storm_secs * 10.0).round() / 10.0,
        "total_seconds": (started.elapsed().as_secs_f64() * 10.0).round() / 10.0,
    });
    println!("storm figures: {figures}");
    let _ = std::fs::write(
        repo().join("target/storm-figures.json"),
        figures.to_string(),
    );
}
