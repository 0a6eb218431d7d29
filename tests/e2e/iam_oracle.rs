//! The local IAM evaluator (src/policy.rs) against an independent one: npm's
//! `@cloud-copilot/iam-simulate` (pinned in tests/oracle/package.json), on random execution-role
//! policy sets. The policies mix actions, NotAction, wildcards, log-stream resources
//! (`…:log-stream:ecs/*` against the stream the awslogs driver creates), permissions boundaries,
//! and conditions on keys the request never carries (`kms:ViaService` on an ECR call,
//! `aws:SourceArn` on a role session), which IAM evaluates as missing. Every verdict must agree,
//! and none may be left as "depends on a condition": every key here is certainly absent.
//!
//! Needs Node.js; the test installs the oracle (`npm ci` in tests/oracle) when it is missing.

use ecs_autopsy::policy::{evaluate_identity, Decision, Named};
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const CASES: usize = 2000;
const ACCOUNT: &str = "123456789012";
const TASK_ID: &str = "0123456789abcdef0123456789abcdef";

/// xorshift64*: deterministic, so a failure names a case that reproduces.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn requests() -> Vec<(&'static str, String)> {
    let group = format!("arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/ecs/app");
    vec![
        ("ecr:GetAuthorizationToken", "*".to_string()),
        (
            "ecr:BatchGetImage",
            format!("arn:aws:ecr:us-east-1:{ACCOUNT}:repository/app"),
        ),
        (
            "logs:CreateLogStream",
            format!("{group}:log-stream:ecs/web/{TASK_ID}"),
        ),
        (
            "logs:PutLogEvents",
            format!("{group}:log-stream:ecs/web/{TASK_ID}"),
        ),
        (
            "secretsmanager:GetSecretValue",
            format!("arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:db-AbCdEf"),
        ),
    ]
}

fn statement(rng: &mut Rng) -> Value {
    let actions = [
        "ecr:BatchGetImage",
        "ecr:GetAuthorizationToken",
        "ecr:*",
        "ecr:Get*",
        "logs:CreateLogStream",
        "logs:PutLogEvents",
        "logs:*",
        "secretsmanager:GetSecretValue",
        "secretsmanager:*",
        "*",
        "s3:GetObject",
    ];
    let resources = [
        "*".to_string(),
        format!("arn:aws:ecr:us-east-1:{ACCOUNT}:repository/app"),
        format!("arn:aws:ecr:us-east-1:{ACCOUNT}:repository/*"),
        format!("arn:aws:ecr:us-east-1:{ACCOUNT}:repository/other"),
        format!("arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/ecs/app:log-stream:ecs/*"),
        format!("arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/ecs/app:log-stream:ecs/worker/*"),
        format!("arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/ecs/app:log-stream:*"),
        format!("arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/ecs/app:*"),
        format!("arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/ecs/other:*"),
        format!("arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:db-*"),
        format!("arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:other-*"),
    ];
    // Keys no request here carries, under every kind of operator.
    let conditions = [
        json!({"StringEquals": {"kms:ViaService": "secretsmanager.us-east-1.amazonaws.com"}}),
        json!({"StringNotEquals": {"kms:ViaService": "ecr.us-east-1.amazonaws.com"}}),
        json!({"StringEqualsIfExists": {"kms:ViaService": "x"}}),
        json!({"StringNotLikeIfExists": {"aws:SourceArn": "arn:aws:ecs:*"}}),
        json!({"ArnLike": {"aws:SourceArn": "arn:aws:ecs:us-east-1:123456789012:*"}}),
        json!({"ArnNotLike": {"aws:SourceArn": "arn:aws:ecs:us-east-1:123456789012:*"}}),
        json!({"StringEquals": {"aws:SourceAccount": ACCOUNT}}),
        json!({"Null": {"kms:ViaService": "true"}}),
        json!({"Null": {"aws:SourceArn": "false"}}),
        json!({"ForAnyValue:StringEquals": {"aws:TagKeys": ["team"]}}),
        json!({"ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}}),
        json!({"StringEquals": {"ecs:cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod"}}),
        json!({"StringLike": {"aws:RequestTag/team": "*"}}),
        json!({"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}),
    ];
    let mut s = serde_json::Map::new();
    s.insert(
        "Effect".into(),
        json!(if rng.chance(30) { "Deny" } else { "Allow" }),
    );
    let n = 1 + (rng.next() % 2) as usize;
    let acts: Vec<&str> = (0..n).map(|_| *rng.pick(&actions)).collect();
    if rng.chance(10) {
        s.insert("NotAction".into(), json!(acts));
    } else {
        s.insert("Action".into(), json!(acts));
    }
    let n = 1 + (rng.next() % 2) as usize;
    let res: Vec<String> = (0..n).map(|_| rng.pick(&resources).clone()).collect();
    if rng.chance(8) {
        s.insert("NotResource".into(), json!(res));
    } else {
        s.insert("Resource".into(), json!(res));
    }
    if rng.chance(35) {
        s.insert("Condition".into(), rng.pick(&conditions).clone());
    }
    Value::Object(s)
}

fn policy(rng: &mut Rng) -> Value {
    let n = 1 + (rng.next() % 3) as usize;
    json!({"Version": "2012-10-17", "Statement": (0..n).map(|_| statement(rng)).collect::<Vec<_>>()})
}

fn oracle_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oracle")
}

fn ensure_oracle() {
    let dir = oracle_dir();
    if dir
        .join("node_modules/@cloud-copilot/iam-simulate")
        .exists()
    {
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--silent"])
        .current_dir(&dir)
        .status()
        .expect("npm is needed to install the IAM oracle (tests/oracle)");
    assert!(status.success(), "npm ci in tests/oracle failed");
}

#[test]
fn the_local_evaluator_agrees_with_iam_simulate() {
    ensure_oracle();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let reqs = requests();
    let mut cases = Vec::new();
    let mut ours = Vec::new();
    for _ in 0..CASES {
        let policies: Vec<Value> = (0..1 + rng.next() % 2).map(|_| policy(&mut rng)).collect();
        let boundary = rng.chance(20).then(|| policy(&mut rng));
        let (action, resource) = rng.pick(&reqs).clone();
        let texts: Vec<String> = policies.iter().map(Value::to_string).collect();
        let named: Vec<Named<'_>> = texts
            .iter()
            .map(|t| Named {
                name: "p",
                document: t,
            })
            .collect();
        let btext = boundary.as_ref().map(Value::to_string);
        let b = btext.as_deref().map(|t| Named {
            name: "boundary",
            document: t,
        });
        let e = evaluate_identity(&named, b.as_ref(), action, &resource);
        ours.push(e.decision);
        cases.push(json!({
            "policies": policies,
            "boundary": boundary,
            "action": action,
            "resource": resource,
            "principal": format!("arn:aws:iam::{ACCOUNT}:role/ecsTaskExecutionRole"),
            "account": ACCOUNT,
        }));
    }
    let mut child = Command::new("node")
        .arg(oracle_dir().join("simulate.mjs"))
        .current_dir(oracle_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs the IAM oracle");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(Value::Array(cases.clone()).to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the oracle failed");
    let verdicts: Vec<String> = serde_json::from_slice(&out.stdout).expect("oracle output");
    assert_eq!(verdicts.len(), CASES);
    let (mut agree, mut refused) = (0, 0);
    let mut disagreements = Vec::new();
    for (i, (mine, theirs)) in ours.iter().zip(&verdicts).enumerate() {
        if theirs.starts_with("error") {
            refused += 1;
            continue;
        }
        let mine_s = match mine {
            Decision::Allowed { .. } => "Allowed",
            Decision::ExplicitDeny { .. } => "ExplicitlyDenied",
            Decision::ImplicitDeny | Decision::NotInBoundary { .. } => "ImplicitlyDenied",
            Decision::DependsOnCondition { .. } => "depends",
        };
        if mine_s == theirs {
            agree += 1;
        } else if disagreements.len() < 5 {
            disagreements.push(format!(
                "case {i}: ours {mine:?}, iam-simulate {theirs}\n  {}",
                cases[i]
            ));
        } else {
            disagreements.push(String::new());
        }
    }
    println!(
        "IAM evaluator vs iam-simulate: {agree}/{} agree ({refused} refused by the oracle)",
        CASES - refused
    );
    assert!(refused < CASES / 10, "the oracle refused {refused} cases");
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}
