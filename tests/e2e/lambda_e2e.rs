//! The real Lambda binary, end to end: the fake Runtime API feeds it EventBridge events, moto
//! stands in for AWS (the gathered account, the Slack secret, SNS → SQS, the dedup table), and a
//! local Slack sink enforces Slack's payload rules.

use crate::common;

use common::*;
use serde_json::{json, Value};
use std::path::PathBuf;

const TIMEOUT: &str = "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post \"https://api.ecr.us-east-1.amazonaws.com/\": dial tcp 52.46.1.1:443: i/o timeout";

fn event_file(name: &str, event: &Value) -> PathBuf {
    let p = std::env::temp_dir().join(format!("ecs-autopsy-ev-{}-{name}.json", std::process::id()));
    std::fs::write(&p, event.to_string()).unwrap();
    p
}

#[test]
fn a_failed_task_reaches_slack_and_sns() {
    let w = world(
        "lnoroute",
        json!({"subnet": "isolated", "nat": false, "reason": TIMEOUT}),
    );
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("lnoroute", Some(&webhook), false);
    let run = run_lambda(
        &[&w.event_path],
        &[
            (
                "SLACK_WEBHOOK_SECRET_ARN",
                d["slack_secret_arn"].as_str().unwrap(),
            ),
            ("SNS_TOPIC_ARN", d["topic_arn"].as_str().unwrap()),
        ],
    );
    let r = &run.results[0];
    assert_eq!(r["kind"], "response", "{r} {}", run.logs);
    assert_eq!(r["payload"]["action"], "notified");
    assert_eq!(r["payload"]["cause"], "network.no_route");
    let posts = slack_posts(&posts);
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert!(
        posts[0]["rejected"].as_array().unwrap().is_empty(),
        "{}",
        posts[0]["rejected"]
    );
    let text = posts[0]["payload"].to_string();
    assert!(
        text.contains("no route")
            && text.contains(w.ids["route_tables"]["isolated"].as_str().unwrap())
    );
    let msgs = sns_messages(d["queue_url"].as_str().unwrap());
    assert_eq!(msgs.len(), 1);
    let subject = msgs[0]["Subject"].as_str().unwrap();
    assert!(
        subject.len() <= 100 && subject.is_ascii() && !subject.contains('\n'),
        "{subject}"
    );
    assert_eq!(
        msgs[0]["MessageAttributes"]["cause"]["Value"],
        "network.no_route"
    );
    assert_eq!(
        msgs[0]["MessageAttributes"]["cluster"]["Value"],
        "lnoroute-cluster"
    );
    assert_eq!(msgs[0]["MessageAttributes"]["severity"]["Value"], "error");
    assert!(msgs[0]["Message"]
        .as_str()
        .unwrap()
        .starts_with("ROOT CAUSE:"));
    // The webhook URL is a credential: never logged.
    assert!(
        !run.logs.contains("secret-token-of-the-webhook"),
        "{}",
        run.logs
    );
    assert!(
        run.logs
            .lines()
            .all(|l| l.trim().is_empty() || serde_json::from_str::<Value>(l).is_ok()),
        "logs are JSON: {}",
        run.logs
    );
}

#[test]
fn expected_stops_and_other_events_are_ignored_and_duplicates_reported_once() {
    let w = world("lignore", json!({"exec_role": "no-ecr"}));
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("lignore", Some(&webhook), true);
    let mut user = w.event.clone();
    user["detail"]["stopCode"] = json!("UserInitiated");
    user["detail"]["stoppedReason"] = json!("Task stopped by user");
    let other = json!({"detail-type": "ECS Container Instance State Change", "source": "aws.ecs", "detail": {}});
    let files = [
        w.event_path.clone(),
        w.event_path.clone(), // EventBridge delivered it twice
        event_file("lignore-user", &user),
        event_file("lignore-other", &other),
    ];
    let refs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    let run = run_lambda(
        &refs,
        &[
            (
                "SLACK_WEBHOOK_SECRET_ARN",
                d["slack_secret_arn"].as_str().unwrap(),
            ),
            ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
        ],
    );
    let actions: Vec<&str> = run
        .results
        .iter()
        .map(|r| r["payload"]["action"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        actions,
        ["notified", "duplicate", "ignored", "ignored"],
        "{}",
        run.logs
    );
    assert_eq!(run.results[0]["payload"]["cause"], "iam.exec_role_ecr");
    assert_eq!(slack_posts(&posts).len(), 1);
}

#[test]
fn a_crash_loop_is_one_incident_followed_up_then_recovered() {
    let w = world("lloop", json!({"exec_role": "no-ecr"}));
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("lloop", Some(&webhook), true);
    let task = |i: &str| {
        let mut e = w.event.clone();
        e["detail"]["taskArn"] = json!(format!(
            "{}{i}",
            w.event["detail"]["taskArn"].as_str().unwrap()
        ));
        e
    };
    let files: Vec<PathBuf> = (0..3)
        .map(|i| event_file(&format!("lloop-{i}"), &task(&i.to_string())))
        .collect();
    let refs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    let secret = d["slack_secret_arn"].as_str().unwrap();
    let table = d["dedup_table"].as_str().unwrap();
    let env = [
        ("SLACK_WEBHOOK_SECRET_ARN", secret),
        ("DEDUP_TABLE_NAME", table),
    ];
    let run = run_lambda(&refs, &env);
    let actions: Vec<&str> = run
        .results
        .iter()
        .map(|r| r["payload"]["action"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(actions, ["notified", "counted", "counted"], "{}", run.logs);
    // The repeats joined without a new gather.
    assert_eq!(
        run.logs
            .matches("joined its incident without a new diagnosis")
            .count(),
        2,
        "{}",
        run.logs
    );
    let first = slack_posts(&posts);
    assert_eq!(first.len(), 1);
    let text = first[0]["payload"].to_string();
    assert!(
        text.contains("Incident: `iam.exec_role_ecr` on execution role")
            && text.contains("1 service, 1 task since"),
        "{text}"
    );
    // The next failure after the follow-up pace: one follow-up with the counts.
    let f = event_file("lloop-x", &task("x"));
    let mut env_now = env.to_vec();
    env_now.push(("INCIDENT_FOLLOWUP_SECONDS", "0"));
    let run = run_lambda(&[&f], &env_now);
    assert_eq!(
        run.results[0]["payload"]["action"], "notified",
        "{}",
        run.logs
    );
    let p = slack_posts(&posts);
    assert_eq!(p.len(), 2);
    let text = p[1]["payload"].to_string();
    assert!(
        text.contains("Still failing")
            && text.contains("1 service, 4 tasks since")
            && text.contains("lloop (4)"),
        "{text}"
    );
    // The service reaches steady state: the incident is over, said once.
    let steady = json!({
        "version": "0", "id": "0f5c7a46-0000-4000-8000-00000000aaaa",
        "detail-type": "ECS Service Action", "source": "aws.ecs",
        "account": "123456789012", "time": "2025-11-12T12:00:00Z", "region": "us-east-1",
        "resources": [w.ids["cluster_arn"].as_str().unwrap().replace(":cluster/", ":service/") + "/lloop"],
        "detail": {"eventType": "INFO", "eventName": "SERVICE_STEADY_STATE",
                   "clusterArn": w.ids["cluster_arn"], "createdAt": "2025-11-12T12:00:00.000Z"}
    });
    let sf = event_file("lloop-steady", &steady);
    let sweep = json!({"version": "0", "id": "1", "detail-type": "Scheduled Event", "source": "aws.events",
        "account": "123456789012", "time": "2025-11-12T12:01:00Z", "region": "us-east-1",
        "resources": [], "detail": {}});
    let sw = event_file("lloop-sweep", &sweep);
    let run = run_lambda(&[&sf, &sf, &sw], &env);
    let actions: Vec<&str> = run
        .results
        .iter()
        .map(|r| r["payload"]["action"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(actions, ["recovered", "ignored", "swept"], "{}", run.logs);
    let p = slack_posts(&posts);
    assert_eq!(p.len(), 3, "{p:?}");
    let text = p[2]["payload"].to_string();
    assert!(
        text.contains("Recovered") && text.contains("4 stopped tasks in all"),
        "{text}"
    );
    // A failure after the recovery opens a new incident.
    let f = event_file("lloop-again", &task("again"));
    let run = run_lambda(&[&f], &env);
    assert_eq!(
        run.results[0]["payload"]["action"], "notified",
        "{}",
        run.logs
    );
    assert!(slack_posts(&posts)[3]["payload"]
        .to_string()
        .contains("1 service, 1 task since"));
}

#[test]
fn a_slack_app_gets_one_message_per_incident_updated_in_place_with_follow_ups_in_its_thread() {
    let w = world("lbot", json!({"exec_role": "no-ecr"}));
    let (webhook, posts) = slack_sink(&["--token", "xoxb-test-token-of-the-app"]);
    let api = webhook.split("/services/").next().unwrap().to_string() + "/api";
    let d = delivery_resources_spec(
        json!({"name": "lbot", "bot_token": "xoxb-test-token-of-the-app", "dedup": true}),
    );
    let task = |i: &str| {
        let mut e = w.event.clone();
        e["detail"]["taskArn"] = json!(format!(
            "{}{i}",
            w.event["detail"]["taskArn"].as_str().unwrap()
        ));
        e
    };
    let files: Vec<PathBuf> = (0..2)
        .map(|i| event_file(&format!("lbot-{i}"), &task(&i.to_string())))
        .collect();
    let env = [
        (
            "SLACK_BOT_TOKEN_SECRET_ARN",
            d["bot_secret_arn"].as_str().unwrap(),
        ),
        ("SLACK_CHANNEL", "C0INCIDENTS"),
        ("SLACK_API_URL", api.as_str()),
        ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
        ("INCIDENT_FOLLOWUP_SECONDS", "0"),
    ];
    let run = run_lambda(&[&files[0], &files[1]], &env);
    let actions: Vec<&str> = run
        .results
        .iter()
        .map(|r| r["payload"]["action"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(actions, ["notified", "notified"], "{}", run.logs);
    let p = slack_posts(&posts);
    let calls: Vec<&str> = p
        .iter()
        .map(|c| c["method"].as_str().unwrap_or("?"))
        .collect();
    // The first message, then its update in place and the follow-up in its thread.
    assert_eq!(
        calls,
        ["chat.postMessage", "chat.update", "chat.postMessage"],
        "{p:#?}"
    );
    for c in &p {
        assert!(c["rejected"].as_array().unwrap().is_empty(), "{c}");
        assert_eq!(c["payload"]["channel"], "C0INCIDENTS");
    }
    let first_ts = p[1]["payload"]["ts"].as_str().unwrap();
    assert_eq!(p[2]["payload"]["thread_ts"], first_ts);
    assert!(p[1]["payload"]
        .to_string()
        .contains("Still failing: `iam.exec_role_ecr`"));
    assert!(p[1]["payload"]
        .to_string()
        .contains("1 service, 2 tasks since"));
    // Recovered: the first message turns green in place, the thread says so.
    let steady = json!({
        "version": "0", "id": "0f5c7a46-0000-4000-8000-00000000bbbb",
        "detail-type": "ECS Service Action", "source": "aws.ecs",
        "account": "123456789012", "time": "2025-11-12T12:00:00Z", "region": "us-east-1",
        "resources": [w.ids["cluster_arn"].as_str().unwrap().replace(":cluster/", ":service/") + "/lbot"],
        "detail": {"eventType": "INFO", "eventName": "SERVICE_STEADY_STATE",
                   "clusterArn": w.ids["cluster_arn"], "createdAt": "2025-11-12T12:00:00.000Z"}
    });
    let sf = event_file("lbot-steady", &steady);
    let run = run_lambda(&[&sf], &env);
    assert_eq!(
        run.results[0]["payload"]["action"], "recovered",
        "{}",
        run.logs
    );
    let p = slack_posts(&posts);
    assert_eq!(p.len(), 5, "{p:#?}");
    assert_eq!(p[3]["method"], "chat.update");
    assert!(p[3]["payload"].to_string().contains(":large_green_circle:"));
    assert_eq!(p[4]["payload"]["thread_ts"], first_ts);
    // The token is a credential: never logged.
    assert!(!run.logs.contains("xoxb-test-token-of-the-app"));
    // A token Slack refuses: the invocation fails (retried), with Slack's reason.
    let (webhook2, _) = slack_sink(&["--token", "xoxb-another"]);
    let api2 = webhook2.split("/services/").next().unwrap().to_string() + "/api";
    let mut env2 = env.to_vec();
    env2[2] = ("SLACK_API_URL", api2.as_str());
    let f = event_file("lbot-x", &task("x"));
    let run = run_lambda(&[&f], &env2);
    assert_eq!(run.results[0]["kind"], "error", "{}", run.logs);
    assert!(
        run.results[0]["payload"]
            .to_string()
            .contains("invalid_auth"),
        "{}",
        run.results[0]
    );
}

#[test]
fn a_deployment_that_would_fail_is_announced_before_any_task_stops() {
    let w = world("ldeployfail", json!({"subnet": "isolated", "nat": false}));
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("ldeployfail", Some(&webhook), true);
    // The sample CloudTrail event, pointed at this world's service and task definition.
    let mut e: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("events/cloudtrail-update-service.json")).unwrap(),
    )
    .unwrap();
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    e["detail"]["requestParameters"] = json!({"cluster": cluster, "service": "ldeployfail",
        "taskDefinition": w.ids["task_definition_arn"]});
    let svc = &mut e["detail"]["responseElements"]["service"];
    svc["serviceName"] = json!("ldeployfail");
    svc["clusterArn"] = json!(cluster);
    svc["taskDefinition"] = w.ids["task_definition_arn"].clone();
    svc["networkConfiguration"]["awsvpcConfiguration"]["subnets"] =
        json!([w.ids["subnets"]["isolated"]]);
    svc["networkConfiguration"]["awsvpcConfiguration"]["securityGroups"] =
        json!([w.ids["task_sg"]]);
    let f = event_file("ldeployfail-ct", &e);
    let env = [
        (
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        ),
        ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
    ];
    let run = run_lambda(&[&f, &f], &env);
    let r = &run.results[0];
    assert_eq!(r["payload"]["action"], "notified", "{r} {}", run.logs);
    assert_eq!(r["payload"]["cause"], "network.no_route");
    assert_eq!(run.results[1]["payload"]["action"], "duplicate");
    let p = slack_posts(&posts);
    assert_eq!(p.len(), 1);
    let text = p[0]["payload"].to_string();
    assert!(
        text.contains("Deploying ldeployfail (task definition ldeployfail:1) will fail"),
        "{text}"
    );
    // A healthy deployment says nothing; another API call is not a deployment.
    let ok = world("ldeployok", json!({}));
    let mut e2 = e.clone();
    e2["id"] = json!("another-id");
    let c2 = ok.ids["cluster_arn"].as_str().unwrap();
    e2["detail"]["requestParameters"] = json!({"cluster": c2, "service": "ldeployok"});
    e2["detail"]["responseElements"] = json!(null);
    let mut e3 = e.clone();
    e3["id"] = json!("a-third-id");
    e3["detail"]["eventName"] = json!("DescribeServices");
    let (f2, f3) = (
        event_file("ldeployok-ct", &e2),
        event_file("ldeploy-describe", &e3),
    );
    let run = run_lambda(&[&f2, &f3], &env);
    let actions: Vec<&str> = run
        .results
        .iter()
        .map(|r| r["payload"]["action"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(actions, ["ignored", "ignored"], "{}", run.logs);
    assert!(
        run.results[0]["payload"]["reason"]
            .as_str()
            .unwrap()
            .contains("no configuration problem"),
        "{}",
        run.logs
    );
    assert_eq!(slack_posts(&posts).len(), 1);
}

#[test]
fn slack_429_is_retried_and_one_failing_destination_does_not_block_the_other() {
    let w = world("lretry", json!({"exec_role": "no-ecr"}));
    let (webhook, posts) = slack_sink(&["--status", "429", "--fail", "1", "--retry-after", "1"]);
    let d = delivery_resources("lretry", Some(&webhook), false);
    let run = run_lambda(
        &[&w.event_path],
        &[(
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        )],
    );
    assert_eq!(
        run.results[0]["payload"]["action"], "notified",
        "{}",
        run.logs
    );
    assert_eq!(
        slack_posts(&posts).len(),
        1,
        "one accepted post after the 429"
    );

    let (webhook, _) = slack_sink(&["--status", "500"]);
    let d = delivery_resources("lretry2", Some(&webhook), false);
    let run = run_lambda(
        &[&w.event_path],
        &[
            (
                "SLACK_WEBHOOK_SECRET_ARN",
                d["slack_secret_arn"].as_str().unwrap(),
            ),
            ("SNS_TOPIC_ARN", d["topic_arn"].as_str().unwrap()),
        ],
    );
    // Slack failing does not stop SNS; and since Slack is still owed, the invocation fails so
    // that Lambda retries it (nothing lost).
    let r = &run.results[0];
    assert_eq!(r["kind"], "error", "{r} {}", run.logs);
    assert_eq!(r["payload"]["errorType"], "DeliveryFailed");
    assert!(
        r["payload"]["errorMessage"]
            .as_str()
            .unwrap()
            .contains("1 of 2"),
        "{r}"
    );
    assert_eq!(sns_messages(d["queue_url"].as_str().unwrap()).len(), 1);
}

#[test]
fn a_partial_delivery_is_retried_for_what_is_owed_only() {
    // Slack is down for the first attempt, SNS is not. Lambda's retry of the same event (the
    // dedup table remembers SNS got it) posts to Slack once and publishes nothing twice; a third
    // delivery of the event is a duplicate.
    let w = world("lpartial", json!({"exec_role": "no-ecr"}));
    let (webhook, posts) = slack_sink(&["--status", "500", "--fail", "5"]);
    let d = delivery_resources("lpartial", Some(&webhook), true);
    let env = [
        (
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        ),
        ("SNS_TOPIC_ARN", d["topic_arn"].as_str().unwrap()),
        ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
    ];
    let run = run_lambda(&[&w.event_path], &env);
    assert_eq!(run.results[0]["kind"], "error", "{}", run.logs);
    let queue = d["queue_url"].as_str().unwrap();
    assert_eq!(sns_messages(queue).len(), 1);
    assert_eq!(slack_posts(&posts).len(), 0);
    // The retry (Slack is back once its first posts have failed).
    let run = run_lambda(&[&w.event_path, &w.event_path], &env);
    let actions: Vec<&str> = run
        .results
        .iter()
        .map(|r| r["payload"]["action"].as_str().unwrap_or("error"))
        .collect();
    assert_eq!(actions, ["notified", "duplicate"], "{}", run.logs);
    let deliveries = run.results[0]["payload"]["deliveries"].as_array().unwrap();
    assert_eq!(deliveries.len(), 1, "only Slack was owed: {deliveries:?}");
    assert_eq!(deliveries[0]["kind"], "slack");
    assert_eq!(slack_posts(&posts).len(), 1);
    assert_eq!(sns_messages(queue).len(), 0, "SNS is not published twice");
}

#[test]
fn when_every_destination_fails_the_invocation_errors_and_can_be_retried() {
    let w = world("lallfail", json!({"exec_role": "no-ecr"}));
    // Slack is down for the first invocation's five attempts, then back.
    let (webhook, posts) = slack_sink(&["--status", "500", "--fail", "5"]);
    let d = delivery_resources("lallfail", Some(&webhook), true);
    let env = [
        (
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        ),
        ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
    ];
    let run = run_lambda(&[&w.event_path], &env);
    assert_eq!(run.results[0]["kind"], "error", "{}", run.logs);
    assert_eq!(run.results[0]["payload"]["errorType"], "DeliveryFailed");
    assert!(!run.results[0]["payload"]
        .to_string()
        .contains("secret-token-of-the-webhook"));
    // Lambda's retry of the same event is not taken for a duplicate nor counted twice: Slack
    // is back, the incident's first message arrives, once.
    let run = run_lambda(&[&w.event_path, &w.event_path], &env);
    let actions: Vec<&str> = run
        .results
        .iter()
        .map(|r| r["payload"]["action"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(actions, ["notified", "duplicate"], "{}", run.logs);
    let p: Vec<Value> = slack_posts(&posts)
        .into_iter()
        .filter(|p| p["payload"].is_object())
        .collect();
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0]["payload"]
        .to_string()
        .contains("1 service, 1 task since"));
}

#[test]
fn hostile_text_reaches_slack_inert() {
    let reason = format!(
        "<!channel> <!here> <@U123> <https://evil.example|click> `rm -rf` \u{7} {}",
        "x".repeat(100_000)
    );
    let w = world("lhostile", json!({"exec_role": "no-ecr", "reason": reason}));
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("lhostile", Some(&webhook), false);
    let run = run_lambda(
        &[&w.event_path],
        &[(
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        )],
    );
    assert_eq!(
        run.results[0]["payload"]["action"], "notified",
        "{}",
        run.logs
    );
    let posts = slack_posts(&posts);
    assert!(
        posts[0]["rejected"].as_array().unwrap().is_empty(),
        "{}",
        posts[0]["rejected"]
    );
    let text = posts[0]["payload"].to_string();
    assert!(text.contains("&lt;!channel&gt;") && !text.contains("<!channel>"));
}

#[test]
fn malformed_events_are_clear_errors() {
    let bad = event_file(
        "lbad",
        &json!({"detail-type": "ECS Task State Change", "source": "aws.ecs", "detail": {"containers": "not a list"}}),
    );
    let run = run_lambda(
        &[&bad],
        &[("SNS_TOPIC_ARN", "arn:aws:sns:us-east-1:123456789012:x")],
    );
    assert_eq!(run.results[0]["kind"], "error");
    assert_eq!(run.results[0]["payload"]["errorType"], "MalformedEvent");
}

#[test]
fn a_full_run_reads_no_secret_material_and_writes_only_its_own_resources() {
    let w = world(
        "lcalls",
        json!({"secret_kms": "cmk", "exec_role": "no-ecr"}),
    );
    let (webhook, _) = slack_sink(&[]);
    let d = delivery_resources("lcalls", Some(&webhook), true);
    let (endpoint, log) = proxy(&[], 0, 30);
    let mut again = w.event.clone();
    again["detail"]["version"] = json!(5);
    let second = event_file("lcalls-2", &again);
    let run = run_lambda(
        &[&w.event_path, &second],
        &[
            ("AWS_ENDPOINT_URL", endpoint.as_str()),
            (
                "SLACK_WEBHOOK_SECRET_ARN",
                d["slack_secret_arn"].as_str().unwrap(),
            ),
            ("SNS_TOPIC_ARN", d["topic_arn"].as_str().unwrap()),
            ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
            ("DEDUP_WINDOW_MINUTES", "0"),
        ],
    );
    assert!(
        run.results
            .iter()
            .all(|r| r["payload"]["action"] == "notified"),
        "{:?} {}",
        run.results,
        run.logs
    );
    let report = proxy_report(&log);
    let actions: Vec<String> = report["by_action"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let writes = [
        "sns:Publish",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
    ];
    for a in &actions {
        let op = a.split(':').nth(1).unwrap_or("");
        // BatchGetImage reads a manifest (platforms, layer digests), never a layer.
        let read_only = ["Describe", "Get", "List", "Simulate", "BatchGet"]
            .iter()
            .any(|p| op.starts_with(p));
        assert!(
            read_only || writes.contains(&a.as_str()),
            "unexpected call {a}"
        );
        assert!(
            !matches!(
                a.as_str(),
                "ssm:GetParameter" | "ssm:GetParameters" | "kms:Decrypt"
            ),
            "read secret material: {a}"
        );
    }
    // GetSecretValue: the webhook only, once for two invocations (cached).
    assert_eq!(
        report["by_action"]["secretsmanager:GetSecretValue"], 1,
        "{report}"
    );
    assert!(
        actions.contains(&"kms:DescribeKey".to_string())
            && actions.contains(&"secretsmanager:DescribeSecret".to_string())
    );
}

#[test]
fn a_slack_that_hangs_or_drops_the_connection_does_not_stop_sns() {
    let w = world("lslow", json!({"exec_role": "no-ecr"}));
    for (name, args) in [("lslow", vec!["--hang", "20"]), ("lclose", vec!["--close"])] {
        let (webhook, _) = slack_sink(&args);
        let d = delivery_resources(name, Some(&webhook), false);
        let start = std::time::Instant::now();
        let run = run_lambda(
            &[&w.event_path],
            &[
                (
                    "SLACK_WEBHOOK_SECRET_ARN",
                    d["slack_secret_arn"].as_str().unwrap(),
                ),
                ("SNS_TOPIC_ARN", d["topic_arn"].as_str().unwrap()),
            ],
        );
        // SNS is published; Slack is still owed, so the invocation fails for Lambda to retry.
        let r = &run.results[0];
        assert_eq!(r["kind"], "error", "{name}: {}", run.logs);
        assert_eq!(r["payload"]["errorType"], "DeliveryFailed", "{name}");
        assert!(
            !r.to_string().contains("secret-token-of-the-webhook")
                && !run.logs.contains("secret-token-of-the-webhook"),
            "{name}: the URL leaked: {r}"
        );
        assert_eq!(
            sns_messages(d["queue_url"].as_str().unwrap()).len(),
            1,
            "{name}"
        );
        assert!(
            start.elapsed().as_secs() < 40,
            "{name}: took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn an_application_crash_comes_with_its_last_log_lines_redacted() {
    let lines = json!([
        "starting api",
        "connecting with password=hunter2 to db",
        "AKIAIOSFODNN7EXAMPLE used",
        "fatal: cannot bind :8080"
    ]);
    let w = world("lcrash", json!({"exit_code": 1, "log_lines": lines}));
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("lcrash", Some(&webhook), false);
    let run = run_lambda(
        &[&w.event_path],
        &[(
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        )],
    );
    assert_eq!(
        run.results[0]["payload"]["cause"], "container.exit",
        "{}",
        run.logs
    );
    let posts = slack_posts(&posts);
    let text = posts[0]["payload"].to_string();
    assert!(
        text.contains("Last log lines") && text.contains("fatal: cannot bind :8080"),
        "{text}"
    );
    assert!(
        !text.contains("hunter2") && !text.contains("AKIAIOSFODNN7EXAMPLE"),
        "a credential reached Slack: {text}"
    );
    assert!(posts[0]["rejected"].as_array().unwrap().is_empty());
}

#[test]
fn faults_on_the_functions_own_calls_degrade_gracefully() {
    let w = world("lownfaults", json!({"exit_code": 1, "log_lines": ["boom"]}));
    let (webhook, _) = slack_sink(&[]);
    let d = delivery_resources("lownfaults", Some(&webhook), true);
    let env = |endpoint: &str| -> Vec<(String, String)> {
        vec![
            ("AWS_ENDPOINT_URL".into(), endpoint.into()),
            (
                "SLACK_WEBHOOK_SECRET_ARN".into(),
                d["slack_secret_arn"].as_str().unwrap().into(),
            ),
            (
                "SNS_TOPIC_ARN".into(),
                d["topic_arn"].as_str().unwrap().into(),
            ),
            (
                "DEDUP_TABLE_NAME".into(),
                d["dedup_table"].as_str().unwrap().into(),
            ),
            ("DEDUP_WINDOW_MINUTES".into(), "0".into()),
        ]
    };
    for (i, (fault, failed_kind)) in [
        ("sns:Publish=AccessDenied", Some("sns")),
        ("secretsmanager:GetSecretValue=AccessDenied", Some("slack")),
        ("dynamodb:*=ServerError", None),
        ("logs:GetLogEvents=AccessDenied", None),
    ]
    .into_iter()
    .enumerate()
    {
        let (endpoint, _) = proxy(&[fault], 0, 30);
        let mut e = w.event.clone();
        e["detail"]["version"] = json!(100 + i);
        let f = event_file(&format!("lownfaults-{i}"), &e);
        let vars = env(&endpoint);
        let refs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let run = run_lambda(&[&f], &refs);
        let r = &run.results[0];
        match failed_kind {
            // The other destination was reached; the failed one is owed, so the invocation
            // fails and Lambda retries it (until the DLQ, for a permission that stays denied).
            Some(kind) => {
                assert_eq!(r["kind"], "error", "{fault}: {}", run.logs);
                assert_eq!(r["payload"]["errorType"], "DeliveryFailed", "{fault}");
                let other = if kind == "sns" { "slack" } else { "sns" };
                assert!(
                    run.logs
                        .contains(&format!("\"message\":\"delivered\",\"kind\":\"{other}\"")),
                    "{fault}: {}",
                    run.logs
                );
            }
            // Faults on the table and on log reads degrade the message (no incident: a message
            // of its own), never its delivery.
            None => {
                let p = &r["payload"];
                assert_eq!(p["action"], "notified", "{fault}: {}", run.logs);
                for d in p["deliveries"].as_array().unwrap() {
                    assert_eq!(d["ok"], true, "{fault}: {d}");
                }
            }
        }
        assert!(!run.logs.contains("secret-token-of-the-webhook"), "{fault}");
    }
}

#[test]
fn routes_from_an_ssm_parameter_send_a_team_its_own_failures() {
    // The payments task definition carries team=payments; the other task has no tags.
    let pay_world = world(
        "lrpay",
        json!({"exec_role": "no-ecr", "task_definition_tags": {"team": "payments"}}),
    );
    let other_world = world("lrother", json!({"exec_role": "no-ecr"}));
    let (pay_hook, pay_posts) = slack_sink(&[]);
    let (default_hook, default_posts) = slack_sink(&[]);
    let pay = delivery_resources("lrpay-team", Some(&pay_hook), false);
    let d = delivery_resources_spec(json!({
        "name": "lrdefault", "webhook": default_hook,
        "routes": [{"tag": "team=payments",
                    "slack_webhook_secret_arn": pay["slack_secret_arn"],
                    "sns_topic_arn": pay["topic_arn"]}],
    }));
    let (endpoint, log) = proxy(&[], 0, 30);
    let run = run_lambda(
        &[
            &pay_world.event_path,
            &other_world.event_path,
            &pay_world.event_path,
        ],
        &[
            ("AWS_ENDPOINT_URL", &endpoint),
            ("ROUTES_PARAMETER", d["routes_parameter"].as_str().unwrap()),
            (
                "SLACK_WEBHOOK_SECRET_ARN",
                d["slack_secret_arn"].as_str().unwrap(),
            ),
            ("SNS_TOPIC_ARN", d["topic_arn"].as_str().unwrap()),
        ],
    );
    for r in &run.results {
        assert_eq!(r["payload"]["action"], "notified", "{r} {}", run.logs);
    }
    assert_eq!(slack_posts(&pay_posts).len(), 2, "{}", run.logs);
    assert_eq!(slack_posts(&default_posts).len(), 1);
    assert!(slack_posts(&default_posts)[0]["payload"]
        .to_string()
        .contains("lrother"));
    assert_eq!(sns_messages(pay["queue_url"].as_str().unwrap()).len(), 2);
    assert_eq!(sns_messages(d["queue_url"].as_str().unwrap()).len(), 1);
    // Read at the first invocation that needs it, then from the cache.
    let report = proxy_report(&log);
    assert_eq!(report["by_action"]["ssm:GetParameter"], 1, "{report}");
}

#[test]
fn an_unreadable_routing_parameter_falls_back_to_the_default_or_errors() {
    let w = world("lrbroken", json!({"exec_role": "no-ecr"}));
    let (hook, posts) = slack_sink(&[]);
    let d = delivery_resources("lrbroken", Some(&hook), false);
    let (endpoint, _) = proxy(&["ssm:GetParameter=AccessDenied"], 0, 30);
    // With a default destination: sent there, the error logged.
    let run = run_lambda(
        &[&w.event_path],
        &[
            ("AWS_ENDPOINT_URL", &endpoint),
            ("ROUTES_PARAMETER", "/lrbroken/routes"),
            (
                "SLACK_WEBHOOK_SECRET_ARN",
                d["slack_secret_arn"].as_str().unwrap(),
            ),
        ],
    );
    assert_eq!(
        run.results[0]["payload"]["action"], "notified",
        "{}",
        run.logs
    );
    assert!(
        run.logs.contains("routing table unavailable"),
        "{}",
        run.logs
    );
    assert_eq!(slack_posts(&posts).len(), 1);
    // Without one: an error, so Lambda retries the event and keeps it on failure.
    let run = run_lambda(
        &[&w.event_path],
        &[
            ("AWS_ENDPOINT_URL", &endpoint),
            ("ROUTES_PARAMETER", "/lrbroken/routes"),
        ],
    );
    let r = &run.results[0];
    assert_eq!(r["kind"], "error", "{r} {}", run.logs);
    assert!(
        r["payload"]["errorMessage"]
            .as_str()
            .unwrap()
            .contains("AccessDenied"),
        "{r}"
    );
}

#[test]
fn a_task_no_route_matches_without_a_default_is_reported_unrouted_not_retried() {
    let w = world("lunrouted", json!({"exec_role": "no-ecr"}));
    let run = run_lambda(
        &[&w.event_path],
        &[(
            "ROUTES",
            r#"[{"cluster": "payments-*", "sns_topic_arn": "arn:aws:sns:us-east-1:123456789012:payments"}]"#,
        )],
    );
    let r = &run.results[0];
    assert_eq!(r["kind"], "response", "{r} {}", run.logs);
    assert_eq!(r["payload"]["action"], "unrouted", "{r}");
    assert_eq!(r["payload"]["cause"], "iam.exec_role_ecr");
    assert!(run.logs.contains("no route matches"), "{}", run.logs);
}

#[test]
fn a_placement_failure_reaches_slack_from_the_service_event() {
    // The ECS developer guide's SERVICE_TASK_PLACEMENT_FAILURE example (events/): no task ever
    // ran, so nothing is gathered; the event's reason is the evidence.
    let path = repo().join("events/service-placement-failure.json");
    let text = one_event_to_slack("lplace", &path, "capacity.placement");
    assert!(
        text.contains("servicetest") && text.contains("CPU"),
        "{text}"
    );
}

/// Runs the function on one event with a Slack webhook: it must notify with `cause`, in one post
/// Slack accepts; the post's payload as text.
fn one_event_to_slack(name: &str, event: &std::path::Path, cause: &str) -> String {
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources(name, Some(&webhook), false);
    let run = run_lambda(
        &[event],
        &[(
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        )],
    );
    let r = &run.results[0];
    assert_eq!(r["payload"]["action"], "notified", "{r} {}", run.logs);
    assert_eq!(r["payload"]["cause"], cause);
    let posts = slack_posts(&posts);
    assert_eq!(posts.len(), 1);
    assert!(posts[0]["rejected"].as_array().unwrap().is_empty());
    posts[0]["payload"].to_string()
}

#[test]
fn an_error_service_action_without_a_task_reaches_slack_as_what_it_names() {
    // ECS_OPERATION_THROTTLED (eventType ERROR, ecs_service_events.html) names no task: nothing
    // is gathered, the reason is the evidence, and the message leads with what the text names.
    let event = json!({
        "version": "0", "id": "7c2d9e4f-0000-4000-8000-000000000002",
        "detail-type": "ECS Service Action", "source": "aws.ecs",
        "account": "123456789012", "time": "2026-03-02T10:00:00Z", "region": "us-east-1",
        "resources": ["arn:aws:ecs:us-east-1:123456789012:service/lthrottle-cluster/api"],
        "detail": {"eventType": "ERROR", "eventName": "ECS_OPERATION_THROTTLED",
                   "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/lthrottle-cluster",
                   "reason": "The service was unable to operate because of ECS API throttle limits.",
                   "createdAt": "2026-03-02T10:00:00.000Z"}
    });
    let path = event_file("lthrottle", &event);
    let text = one_event_to_slack("lthrottle", &path, "other");
    assert!(text.contains("AWS API throttled the request"), "{text}");
}

#[test]
fn a_daemon_task_that_could_not_be_created_reaches_slack_and_one_that_ran_waits_for_its_task_event()
{
    // Managed Daemons' DAEMON_TASK_START_IMPAIRED, shaped after the developer guide's example
    // (managed-daemons-events.html). TASK_CREATION_FAILED sends no task event: this one is the
    // evidence. TASK_FAILED_TO_RUN names a task whose own state change is diagnosed.
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("ldaemon", Some(&webhook), false);
    let event = |id: &str, failure: &str, resource: &str| {
        json!({
            "version": "0", "id": id, "detail-type": "ECS Daemon Service Action", "source": "aws.ecs",
            "account": "123456789012", "time": "2026-05-04T09:12:00Z", "region": "us-east-1",
            "resources": [resource],
            "detail": {"eventType": "WARNING", "eventName": "DAEMON_TASK_START_IMPAIRED",
                       "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/ldaemon-cluster",
                       "failureType": failure}
        })
    };
    let not_created = event_file(
        "ldaemon-created",
        &event(
            "9b0c1d2e-0000-4000-8000-000000000003",
            "TASK_CREATION_FAILED",
            "arn:aws:ecs:us-east-1:123456789012:container-instance/ldaemon-cluster/0a1b2c3d4e5f",
        ),
    );
    let ran = event_file(
        "ldaemon-ran",
        &event(
            "9b0c1d2e-0000-4000-8000-000000000004",
            "TASK_FAILED_TO_RUN",
            "arn:aws:ecs:us-east-1:123456789012:task/ldaemon-cluster/a1b2c3d4e5f6",
        ),
    );
    let payload = notified_then_ignored(
        &d,
        &posts,
        [not_created.as_path(), ran.as_path()],
        "capacity.placement",
    );
    assert!(payload.contains("TASK_CREATION_FAILED"), "{payload}");
}

/// Runs two events through the function: the first is notified with `cause` and reaches Slack
/// (which accepts it), the second is ignored. The one Slack payload, as text.
fn notified_then_ignored(
    d: &Value,
    posts: &std::path::Path,
    events: [&std::path::Path; 2],
    cause: &str,
) -> String {
    let run = run_lambda(
        &events,
        &[(
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        )],
    );
    let r = &run.results[0];
    assert_eq!(r["payload"]["action"], "notified", "{r} {}", run.logs);
    assert_eq!(r["payload"]["cause"], cause);
    assert_eq!(
        run.results[1]["payload"]["action"], "ignored",
        "{}",
        run.logs
    );
    let posts = slack_posts(posts);
    assert_eq!(posts.len(), 1);
    assert!(posts[0]["rejected"].as_array().unwrap().is_empty());
    posts[0]["payload"].to_string()
}

#[test]
fn an_impaired_container_instance_reaches_slack_and_a_healthy_one_is_ignored() {
    // ECS Container Instance Health Change, as the developer guide prints it
    // (tests/fixtures/events-docs/): a GPU fault is notified from the event alone; OK is not.
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("lhealth", Some(&webhook), false);
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events-docs");
    let gpu = docs.join("instance-health-accelerated-compute.json");
    let ok = docs.join("instance-health-container-runtime-ok.json");
    let payload = notified_then_ignored(
        &d,
        &posts,
        [gpu.as_path(), ok.as_path()],
        "infra.spot_or_host",
    );
    assert!(
        payload.contains("i-0abcdef1234567890") && payload.contains("XID_46"),
        "{payload}"
    );
}

#[test]
fn a_failed_deployment_diagnoses_its_last_stopped_task_once_with_the_task_event() {
    let w = world(
        "ldeploy",
        json!({"exec_role": "no-ecr", "run_task": true, "service": true}),
    );
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("ldeploy", Some(&webhook), true);
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let service_arn = cluster.replace(":cluster/", ":service/") + "/ldeploy";
    let deployment = json!({
        "version": "0", "id": "5e1f0c2a-0000-4000-8000-000000000001",
        "detail-type": "ECS Deployment State Change", "source": "aws.ecs",
        "account": "123456789012", "time": "2025-11-12T11:50:00Z", "region": "us-east-1",
        "resources": [service_arn],
        "detail": {"eventType": "ERROR", "eventName": "SERVICE_DEPLOYMENT_FAILED",
                   "deploymentId": "ecs-svc/1", "updatedAt": "2025-11-12T11:49:58.000Z",
                   "reason": "ECS deployment circuit breaker: tasks failed to start."}
    });
    let dep = event_file("ldeploy-failed", &deployment);
    let env = [
        (
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        ),
        ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
    ];
    // The deployment event alone: the service's last stopped task is gathered and diagnosed.
    let run = run_lambda(&[dep.as_path()], &env);
    let r = &run.results[0];
    assert_eq!(r["payload"]["action"], "notified", "{r} {}", run.logs);
    assert_eq!(r["payload"]["cause"], "iam.exec_role_ecr", "{}", run.logs);
    let text = slack_posts(&posts)[0]["payload"].to_string();
    assert!(text.contains("SERVICE_DEPLOYMENT_FAILED"), "{text}");
    // Then the task event of the same failure: the same (cause, culprit) incident.
    let run = run_lambda(&[&w.event_path], &env);
    assert_eq!(
        run.results[0]["payload"]["action"], "counted",
        "{}",
        run.logs
    );
    assert_eq!(slack_posts(&posts).len(), 1);
}

#[test]
fn a_service_that_cannot_start_tasks_is_diagnosed_from_its_last_stopped_task() {
    // SERVICE_TASK_START_IMPAIRED carries no reason (the ECS developer guide's example, and a
    // real capture in tests/fixtures/events-real/): the service's last stopped task says why.
    let w = world(
        "limpaired",
        json!({"exec_role": "no-ecr", "run_task": true, "service": true}),
    );
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("limpaired", Some(&webhook), false);
    let cluster = w.ids["cluster_arn"].as_str().unwrap();
    let event = json!({
        "version": "0", "id": "af3c496d-f4a8-65d1-70f4-a69d52e9b584",
        "detail-type": "ECS Service Action", "source": "aws.ecs",
        "account": "123456789012", "time": "2025-11-12T11:50:00Z", "region": "us-east-1",
        "resources": [cluster.replace(":cluster/", ":service/") + "/limpaired"],
        "detail": {"eventType": "WARN", "eventName": "SERVICE_TASK_START_IMPAIRED",
                   "clusterArn": cluster, "createdAt": "2025-11-12T11:49:58.000Z"}
    });
    let f = event_file("limpaired", &event);
    let run = run_lambda(
        &[f.as_path()],
        &[(
            "SLACK_WEBHOOK_SECRET_ARN",
            d["slack_secret_arn"].as_str().unwrap(),
        )],
    );
    let r = &run.results[0];
    assert_eq!(r["payload"]["action"], "notified", "{r} {}", run.logs);
    assert_eq!(r["payload"]["cause"], "iam.exec_role_ecr", "{}", run.logs);
    let text = slack_posts(&posts)[0]["payload"].to_string();
    assert!(text.contains("SERVICE_TASK_START_IMPAIRED"), "{text}");
}

/// A deployment's story in a Slack app (a route with `"rollouts": true`): CloudTrail's call, the
/// deployment's events, a failed task of it and the rollback make one message, updated in place,
/// naming cluster, service, both revisions, who started it and the confirmed cause; the failed
/// task is a reply in its thread. The failure's own incident message still goes out.
#[test]
fn a_deployment_story_is_one_slack_message_updated_in_place() {
    let w = world(
        "lstory",
        json!({"exec_role": "no-ecr", "run_task": true, "service": true}),
    );
    let (webhook, posts) = slack_sink(&["--token", "xoxb-test-token-of-the-app"]);
    let api = webhook.split("/services/").next().unwrap().to_string() + "/api";
    let d = delivery_resources_spec(
        json!({"name": "lstory", "bot_token": "xoxb-test-token-of-the-app", "dedup": true}),
    );
    let cluster_arn = w.ids["cluster_arn"].as_str().unwrap();
    let cluster = cluster_arn.rsplit('/').next().unwrap();
    let service_arn = cluster_arn.replace(":cluster/", ":service/") + "/lstory";
    let (new, old) = ("ecs-svc/7000000000000000001", "ecs-svc/6000000000000000001");
    let deployment = |id: &str, name: &str, reason: &str, at: &str| {
        json!({
            "version": "0", "id": format!("5e1f0c2a-0000-4000-8000-{:012}", at.len() + name.len() + id.len()),
            "detail-type": "ECS Deployment State Change", "source": "aws.ecs",
            "account": "123456789012", "time": at, "region": "us-east-1",
            "resources": [service_arn],
            "detail": {"eventType": if name.ends_with("FAILED") { "ERROR" } else { "INFO" },
                       "eventName": name, "deploymentId": id, "updatedAt": at, "reason": reason}
        })
    };
    let call = json!({
        "version": "0", "id": "6f4c1b8e-2d3a-4f5e-9a7b-0c1d2e3f4a5b",
        "detail-type": "AWS API Call via CloudTrail", "source": "aws.ecs",
        "account": "123456789012", "time": "2025-11-12T11:40:00Z", "region": "us-east-1",
        "resources": [],
        "detail": {
            "eventVersion": "1.08", "eventTime": "2025-11-12T11:40:00Z",
            "eventSource": "ecs.amazonaws.com", "eventName": "UpdateService", "awsRegion": "us-east-1",
            "recipientAccountId": "123456789012",
            "userIdentity": {"type": "AssumedRole", "accountId": "123456789012",
                             "arn": "arn:aws:sts::123456789012:assumed-role/deploy/github-actions"},
            "userAgent": "aws-cli/2.15.0",
            "requestParameters": {"cluster": cluster, "service": "lstory", "taskDefinition": "lstory:2"},
            "responseElements": {"service": {"serviceName": "lstory", "clusterArn": cluster_arn,
                "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/lstory:2",
                "deployments": [
                    {"id": new, "status": "PRIMARY", "rolloutState": "IN_PROGRESS",
                     "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/lstory:2"},
                    {"id": old, "status": "ACTIVE", "rolloutState": "COMPLETED",
                     "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/lstory:1"}]}}
        }
    });
    let mut task = w.event.clone();
    task["detail"]["startedBy"] = json!(new);
    let events = [
        event_file("lstory-call", &call),
        event_file(
            "lstory-started",
            &deployment(
                new,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                &format!("ECS deployment {new} in progress."),
                "2025-11-12T11:40:05Z",
            ),
        ),
        event_file("lstory-task", &task),
        event_file(
            "lstory-failed",
            &deployment(
                new,
                "SERVICE_DEPLOYMENT_FAILED",
                "ECS deployment circuit breaker: tasks failed to start.",
                "2025-11-12T11:49:58Z",
            ),
        ),
        event_file(
            "lstory-rollback",
            &deployment(
                old,
                "SERVICE_DEPLOYMENT_IN_PROGRESS",
                &format!("ECS deployment circuit breaker: rolling back to deploymentId {old}."),
                "2025-11-12T11:50:01Z",
            ),
        ),
    ];
    let routes = json!([{"service": "lstory", "rollouts": true,
        "slack_bot_token_secret_arn": d["bot_secret_arn"], "slack_channel": "C0DEPLOYS"}])
    .to_string();
    let env = [
        ("ROUTES", routes.as_str()),
        ("SLACK_API_URL", api.as_str()),
        ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
        ("PREFLIGHT_ON_DEPLOY", "false"),
    ];
    let paths: Vec<&std::path::Path> = events.iter().map(|p| p.as_path()).collect();
    let run = run_lambda(&paths, &env);
    for r in &run.results {
        assert_ne!(r["kind"], "error", "{r} {}", run.logs);
    }
    let p = slack_posts(&posts);
    for c in &p {
        assert!(c["rejected"].as_array().unwrap().is_empty(), "{c}");
        assert_eq!(c["payload"]["channel"], "C0DEPLOYS");
    }
    let is_story = |c: &&Value| c["payload"].to_string().contains("Deployment");
    let story: Vec<&Value> = p.iter().filter(is_story).collect();
    let parents: Vec<&&Value> = story
        .iter()
        .filter(|c| c["method"] == "chat.postMessage" && c["payload"]["thread_ts"].is_null())
        .collect();
    assert_eq!(parents.len(), 1, "one story message: {story:#?}");
    let updates: Vec<&&Value> = story
        .iter()
        .filter(|c| c["method"] == "chat.update")
        .collect();
    let last = updates.last().expect("the story is updated in place")["payload"].to_string();
    println!("the story's last version: {last}");
    for needle in [
        cluster,
        "lstory",
        "lstory:2",
        "lstory:1",
        "github-actions",
        "rolled back",
    ] {
        assert!(last.contains(needle), "{needle} missing from {last}");
    }
    assert!(
        last.contains("iam.exec_role_ecr") || last.to_lowercase().contains("execution role"),
        "the confirmed cause: {last}"
    );
    // The failed task: a reply in the story's thread.
    let story_ts = updates[0]["payload"]["ts"].as_str().unwrap();
    assert!(
        p.iter().any(|c| c["payload"]["thread_ts"] == story_ts),
        "a reply in the story's thread: {p:#?}"
    );
    // The failure itself still opened its incident (its own message).
    assert!(
        p.iter().any(|c| !is_story(&c)),
        "the incident's message: {p:#?}"
    );
    assert!(!run.logs.contains("xoxb-test-token-of-the-app"));
}

/// A deployment's story on post-only destinations (a webhook and SNS): a deployment that fails
/// and is rolled back is one post each, when it ends, with the cause and the rollback; the
/// rollback completing adds nothing. A deployment that completes is one post.
#[test]
fn a_deployment_story_is_one_post_when_it_ends_on_a_webhook_and_sns() {
    let w = world(
        "lstoryhook",
        json!({"exec_role": "no-ecr", "run_task": true, "service": true}),
    );
    let (webhook, posts) = slack_sink(&[]);
    let d = delivery_resources("lstoryhook", Some(&webhook), true);
    let cluster_arn = w.ids["cluster_arn"].as_str().unwrap();
    let service_arn = cluster_arn.replace(":cluster/", ":service/") + "/lstoryhook";
    let deployment = |n: u32, id: &str, name: &str, reason: &str, at: &str| {
        json!({
            "version": "0", "id": format!("7a2b0c2a-0000-4000-8000-{n:012}"),
            "detail-type": "ECS Deployment State Change", "source": "aws.ecs",
            "account": "123456789012", "time": at, "region": "us-east-1",
            "resources": [service_arn],
            "detail": {"eventType": "INFO", "eventName": name, "deploymentId": id,
                       "updatedAt": at, "reason": reason}
        })
    };
    let (bad, good, next) = (
        "ecs-svc/7100000000000000001",
        "ecs-svc/7100000000000000000",
        "ecs-svc/7100000000000000002",
    );
    // Times of a deployment happening now: "still deploying" is judged against the clock.
    let at = |secs_ago: i64| {
        jiff::Timestamp::now()
            .checked_sub(jiff::SignedDuration::from_secs(secs_ago))
            .unwrap()
            .to_string()
    };
    let events = [
        deployment(
            1,
            bad,
            "SERVICE_DEPLOYMENT_IN_PROGRESS",
            &format!("ECS deployment {bad} in progress."),
            &at(540),
        ),
        deployment(
            2,
            bad,
            "SERVICE_DEPLOYMENT_FAILED",
            "ECS deployment circuit breaker: tasks failed to start.",
            &at(120),
        ),
        deployment(
            3,
            good,
            "SERVICE_DEPLOYMENT_IN_PROGRESS",
            &format!("ECS deployment circuit breaker: rolling back to deploymentId {good}."),
            &at(110),
        ),
        deployment(
            4,
            good,
            "SERVICE_DEPLOYMENT_COMPLETED",
            &format!("ECS deployment {good} completed."),
            &at(60),
        ),
        // The next deployment, which completes.
        deployment(
            5,
            next,
            "SERVICE_DEPLOYMENT_IN_PROGRESS",
            &format!("ECS deployment {next} in progress."),
            &at(50),
        ),
        deployment(
            6,
            next,
            "SERVICE_DEPLOYMENT_COMPLETED",
            &format!("ECS deployment {next} completed."),
            &at(10),
        ),
    ];
    let files: Vec<PathBuf> = events
        .iter()
        .enumerate()
        .map(|(i, e)| event_file(&format!("lstoryhook-{i}"), e))
        .collect();
    let routes = json!([{"service": "lstoryhook", "rollouts": true,
        "slack_webhook_secret_arn": d["slack_secret_arn"], "sns_topic_arn": d["topic_arn"]}])
    .to_string();
    let env = [
        ("ROUTES", routes.as_str()),
        ("DEDUP_TABLE_NAME", d["dedup_table"].as_str().unwrap()),
    ];
    let paths: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    let run = run_lambda(&paths, &env);
    for r in &run.results {
        assert_ne!(r["kind"], "error", "{r} {}", run.logs);
    }
    let p = slack_posts(&posts);
    let header = |c: &Value| {
        c["payload"]["blocks"][0]["text"]["text"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let stories: Vec<String> = p
        .iter()
        .filter(|c| header(c).starts_with("Deployment") || header(c).starts_with("Still"))
        .map(|c| c["payload"].to_string())
        .collect();
    assert_eq!(stories.len(), 2, "one post per deployment: {stories:#?}");
    assert!(
        stories[0].contains("rolled back") || stories[0].contains("rolling back"),
        "{}",
        stories[0]
    );
    assert!(stories[0].contains("iam.exec_role_ecr"), "{}", stories[0]);
    assert!(stories[1].contains("completed"), "{}", stories[1]);
    let msgs = sns_messages(d["queue_url"].as_str().unwrap());
    let sns_stories = msgs
        .iter()
        .filter(|m| {
            m["Subject"]
                .as_str()
                .unwrap_or_default()
                .contains("eployment")
        })
        .count();
    assert_eq!(sns_stories, 2, "{msgs:#?}");
    // The failure itself: its incident's message, once, on both.
    assert_eq!(p.len(), 3, "{p:#?}");
}
