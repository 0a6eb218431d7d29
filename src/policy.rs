//! A local IAM policy evaluator, for when `iam:SimulatePrincipalPolicy` is not available.
//!
//! It follows IAM's evaluation logic for one principal's own policies: an explicit Deny wins, an
//! Allow is needed, and a permissions boundary must allow too. `Action`/`NotAction`,
//! `Resource`/`NotResource` and `*`/`?` wildcards are evaluated; a statement with a `Condition`
//! is never guessed: it makes the answer "depends on condition". SCPs and session policies are
//! out of its sight (the report says so). Resource policies (ECR repository, endpoint policies)
//! are evaluated with their `Principal`.
//!
//! Malformed documents never panic: an unreadable document is reported as such.

use serde_json::Value;

/// The decision for one action on one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Allowed {
        by: String,
    },
    ExplicitDeny {
        by: String,
    },
    /// No statement allows it.
    ImplicitDeny,
    /// Only statements with conditions decide; IAM's answer depends on request context.
    DependsOnCondition {
        by: String,
    },
}

impl Decision {
    pub fn is_allowed(&self) -> bool {
        matches!(self, Decision::Allowed { .. })
    }
    pub fn is_denied(&self) -> bool {
        matches!(self, Decision::ExplicitDeny { .. } | Decision::ImplicitDeny)
    }
}

/// A policy document with a name for evidence (`inline policy secrets`, a managed policy ARN).
#[derive(Debug, Clone)]
pub struct Named<'a> {
    pub name: &'a str,
    pub document: &'a str,
}

/// Documents are at most a few KB (IAM caps them at 10 KB); refuse pathological inputs.
const MAX_DOCUMENT: usize = 1 << 20;
const MAX_STATEMENTS: usize = 10_000;

#[derive(Debug)]
struct Statement {
    label: String,
    allow: bool,
    actions: Matcher,
    resources: Matcher,
    principals: Option<Vec<String>>,
    conditional: bool,
}

#[derive(Debug)]
enum Matcher {
    Any(Vec<String>),
    Not(Vec<String>),
    /// The element is absent (resource policies have no Resource; it means the resource itself).
    Absent,
}

impl Matcher {
    fn matches(&self, value: &str, case_insensitive: bool) -> bool {
        let hit = |ps: &Vec<String>| ps.iter().any(|p| wildcard(p, value, case_insensitive));
        match self {
            Matcher::Any(ps) => hit(ps),
            Matcher::Not(ps) => !hit(ps),
            Matcher::Absent => true,
        }
    }
}

fn strings(v: Option<&Value>) -> Option<Vec<String>> {
    match v? {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Array(a) => Some(
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect(),
        ),
        _ => Some(Vec::new()),
    }
}

fn principals(v: Option<&Value>) -> Option<Vec<String>> {
    match v? {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Object(m) => Some(
            m.values()
                .flat_map(|x| strings(Some(x)).unwrap_or_default())
                .collect(),
        ),
        _ => Some(Vec::new()),
    }
}

/// Parses a policy document; `Err` says why it cannot be read.
fn parse(doc: &Named<'_>) -> Result<Vec<Statement>, String> {
    if doc.document.len() > MAX_DOCUMENT {
        return Err(format!("{}: document too large", doc.name));
    }
    let v: Value =
        serde_json::from_str(doc.document).map_err(|e| format!("{}: not JSON ({e})", doc.name))?;
    let stmts = match v.get("Statement") {
        Some(Value::Array(a)) => a.iter().take(MAX_STATEMENTS).collect::<Vec<_>>(),
        Some(o @ Value::Object(_)) => vec![o],
        _ => return Err(format!("{}: no Statement", doc.name)),
    };
    Ok(stmts
        .into_iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let allow = match s.get("Effect").and_then(Value::as_str) {
                Some("Allow") => true,
                Some("Deny") => false,
                _ => return None,
            };
            let actions = match (strings(s.get("Action")), strings(s.get("NotAction"))) {
                (Some(a), _) => Matcher::Any(a),
                (None, Some(n)) => Matcher::Not(n),
                (None, None) => return None,
            };
            let resources = match (strings(s.get("Resource")), strings(s.get("NotResource"))) {
                (Some(r), _) => Matcher::Any(r),
                (None, Some(n)) => Matcher::Not(n),
                (None, None) => Matcher::Absent,
            };
            let sid = s
                .get("Sid")
                .and_then(Value::as_str)
                .map(|x| format!(" (Sid {x})"))
                .unwrap_or_default();
            Some(Statement {
                label: format!("{} statement {}{sid}", doc.name, i + 1),
                allow,
                actions,
                resources,
                principals: principals(s.get("Principal")).or_else(|| {
                    // NotPrincipal: treat as "everyone but", conservatively as everyone.
                    s.get("NotPrincipal").map(|_| vec!["*".to_string()])
                }),
                conditional: s
                    .get("Condition")
                    .is_some_and(|c| c.as_object().is_some_and(|m| !m.is_empty())),
            })
        })
        .collect())
}

/// `*` and `?` wildcard match (IAM semantics; actions compare case-insensitively).
pub fn wildcard(pattern: &str, value: &str, case_insensitive: bool) -> bool {
    let (p, v): (Vec<char>, Vec<char>) = if case_insensitive {
        (
            pattern.to_lowercase().chars().collect(),
            value.to_lowercase().chars().collect(),
        )
    } else {
        (pattern.chars().collect(), value.chars().collect())
    };
    // Iterative matcher with backtracking on the last '*': linear in practice, no recursion.
    let (mut pi, mut vi, mut star, mut mark) = (0usize, 0usize, None::<usize>, 0usize);
    while vi < v.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == v[vi]) {
            pi += 1;
            vi += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = vi;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            vi = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// The outcome of evaluating a set of documents, with the documents that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub decision: Decision,
    pub unreadable: Vec<String>,
}

fn decide(
    statements: &[Statement],
    action: &str,
    resource: &str,
    principal: Option<&[&str]>,
) -> Decision {
    let applies = |s: &&Statement| {
        s.actions.matches(action, true)
            && s.resources.matches(resource, false)
            && match (principal, &s.principals) {
                (Some(ids), Some(ps)) => ps
                    .iter()
                    .any(|p| p == "*" || ids.iter().any(|id| wildcard(p, id, false))),
                (Some(_), None) => false,
                (None, _) => true,
            }
    };
    let matching: Vec<&Statement> = statements.iter().filter(applies).collect();
    if let Some(d) = matching.iter().find(|s| !s.allow && !s.conditional) {
        return Decision::ExplicitDeny {
            by: d.label.clone(),
        };
    }
    let conditional_deny = matching.iter().find(|s| !s.allow && s.conditional);
    if let Some(a) = matching.iter().find(|s| s.allow && !s.conditional) {
        if let Some(d) = conditional_deny {
            return Decision::DependsOnCondition {
                by: d.label.clone(),
            };
        }
        return Decision::Allowed {
            by: a.label.clone(),
        };
    }
    if let Some(a) = matching.iter().find(|s| s.allow && s.conditional) {
        return Decision::DependsOnCondition {
            by: a.label.clone(),
        };
    }
    Decision::ImplicitDeny
}

/// Evaluates a principal's identity policies (and permissions boundary) for one request.
pub fn evaluate_identity(
    policies: &[Named<'_>],
    boundary: Option<&Named<'_>>,
    action: &str,
    resource: &str,
) -> Evaluation {
    let mut unreadable = Vec::new();
    let mut statements = Vec::new();
    for p in policies {
        match parse(p) {
            Ok(s) => statements.extend(s),
            Err(e) => unreadable.push(e),
        }
    }
    let mut decision = decide(&statements, action, resource, None);
    if let (Some(b), true) = (
        boundary,
        decision.is_allowed() || matches!(decision, Decision::DependsOnCondition { .. }),
    ) {
        match parse(b) {
            Ok(bs) => match decide(&bs, action, resource, None) {
                Decision::Allowed { .. } => {}
                Decision::ExplicitDeny { by } => decision = Decision::ExplicitDeny { by },
                Decision::ImplicitDeny => {
                    decision = Decision::ExplicitDeny {
                        by: format!("permissions boundary {} (does not allow it)", b.name),
                    }
                }
                c @ Decision::DependsOnCondition { .. } => decision = c,
            },
            Err(e) => unreadable.push(e),
        }
    }
    Evaluation {
        decision,
        unreadable,
    }
}

/// Evaluates a resource policy (ECR repository policy, VPC endpoint policy) for a principal
/// (`ids`: role ARN, account root ARN, account id). `None` principal = endpoint policies, where
/// the statement's principal is usually `*`.
pub fn evaluate_resource(
    policy: &Named<'_>,
    principal: Option<&[&str]>,
    action: &str,
    resource: &str,
) -> Evaluation {
    match parse(policy) {
        Ok(s) => Evaluation {
            decision: decide(&s, action, resource, principal),
            unreadable: Vec::new(),
        },
        Err(e) => Evaluation {
            decision: Decision::ImplicitDeny,
            unreadable: vec![e],
        },
    }
}

/// Does a trust policy let `service` (e.g. `ecs-tasks.amazonaws.com`) assume the role?
pub fn trusts_service(trust: &str, service: &str) -> Result<bool, String> {
    let v: Value =
        serde_json::from_str(trust).map_err(|e| format!("trust policy is not JSON ({e})"))?;
    let stmts: Vec<&Value> = match v.get("Statement") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(o @ Value::Object(_)) => vec![o],
        _ => return Err("trust policy has no Statement".into()),
    };
    let allows = |s: &&Value| {
        s.get("Effect").and_then(Value::as_str) == Some("Allow")
            && strings(s.get("Action"))
                .unwrap_or_default()
                .iter()
                .any(|a| wildcard(a, "sts:AssumeRole", true))
            && s.get("Principal")
                .and_then(|p| p.get("Service"))
                .map(|x| strings(Some(x)).unwrap_or_default())
                .unwrap_or_default()
                .iter()
                .any(|p| p == service)
    };
    let denies = |s: &&Value| {
        s.get("Effect").and_then(Value::as_str) == Some("Deny")
            && s.get("Principal")
                .and_then(|p| p.get("Service"))
                .map(|x| strings(Some(x)).unwrap_or_default())
                .unwrap_or_default()
                .iter()
                .any(|p| p == service)
    };
    Ok(stmts.iter().any(allows) && !stmts.iter().any(denies))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(doc: &str) -> Named<'_> {
        Named {
            name: "p",
            document: doc,
        }
    }

    #[test]
    fn wildcards() {
        assert!(wildcard("ecr:*", "ecr:BatchGetImage", true));
        assert!(wildcard("ECR:batch*", "ecr:BatchGetImage", true));
        assert!(!wildcard("ecr:Get*", "ecr:BatchGetImage", true));
        assert!(wildcard(
            "arn:aws:s3:::prod-*-starport-layer-bucket/*",
            "arn:aws:s3:::prod-us-east-1-starport-layer-bucket/x",
            false
        ));
        assert!(wildcard("a?c", "abc", false));
        assert!(!wildcard("A", "a", false));
        assert!(wildcard("*", "", false));
        assert!(wildcard(&"*a".repeat(50), &"a".repeat(200), false));
    }

    #[test]
    fn deny_beats_allow_and_allow_is_needed() {
        let allow = r#"{"Statement":[{"Effect":"Allow","Action":"ecr:*","Resource":"*"}]}"#;
        let deny = r#"{"Statement":{"Effect":"Deny","Action":["ecr:BatchGetImage"],"Resource":"arn:aws:ecr:*:*:repository/secret"}}"#;
        let e = evaluate_identity(
            &[n(allow), n(deny)],
            None,
            "ecr:BatchGetImage",
            "arn:aws:ecr:us-east-1:1:repository/secret",
        );
        assert!(matches!(e.decision, Decision::ExplicitDeny { .. }));
        let e = evaluate_identity(
            &[n(allow), n(deny)],
            None,
            "ecr:BatchGetImage",
            "arn:aws:ecr:us-east-1:1:repository/other",
        );
        assert!(e.decision.is_allowed());
        let e = evaluate_identity(&[n(allow)], None, "logs:PutLogEvents", "*");
        assert_eq!(e.decision, Decision::ImplicitDeny);
    }

    #[test]
    fn not_action_not_resource_conditions_and_boundaries() {
        let na = r#"{"Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}"#;
        assert!(evaluate_identity(&[n(na)], None, "ecr:BatchGetImage", "x")
            .decision
            .is_allowed());
        assert!(!evaluate_identity(&[n(na)], None, "iam:GetRole", "x")
            .decision
            .is_allowed());
        let nr = r#"{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","NotResource":"arn:aws:s3:::private/*"}]}"#;
        assert!(
            !evaluate_identity(&[n(nr)], None, "s3:GetObject", "arn:aws:s3:::private/a")
                .decision
                .is_allowed()
        );
        let cond = r#"{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"kms:ViaService":"secretsmanager.us-east-1.amazonaws.com"}}}]}"#;
        assert!(matches!(
            evaluate_identity(&[n(cond)], None, "kms:Decrypt", "k").decision,
            Decision::DependsOnCondition { .. }
        ));
        let allow = r#"{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;
        let boundary = r#"{"Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]}"#;
        let b = n(boundary);
        assert!(matches!(
            evaluate_identity(&[n(allow)], Some(&b), "ecr:BatchGetImage", "*").decision,
            Decision::ExplicitDeny { .. }
        ));
        assert!(
            evaluate_identity(&[n(allow)], Some(&b), "logs:PutLogEvents", "*")
                .decision
                .is_allowed()
        );
    }

    #[test]
    fn malformed_documents_are_reported_not_fatal() {
        for bad in [
            "",
            "{",
            "[]",
            r#"{"Statement":5}"#,
            r#"{"Statement":[1,"x",{"Effect":"Maybe"}]}"#,
        ] {
            let e = evaluate_identity(&[n(bad)], None, "a:b", "*");
            assert!(!e.decision.is_allowed(), "{bad}");
        }
        assert_eq!(
            evaluate_identity(&[n("{")], None, "a:b", "*")
                .unreadable
                .len(),
            1
        );
        let weird = r#"{"Statement":[{"Effect":"Allow","Action":{"x":1},"Resource":7}]}"#;
        assert_eq!(
            evaluate_identity(&[n(weird)], None, "a:b", "*").decision,
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn resource_policies_match_principals() {
        let p = r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"ecr:BatchGetImage"},
                                {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::222233334444:root"]},"Action":"ecr:*"}]}"#;
        let role = [
            "arn:aws:iam::111122223333:role/exec",
            "arn:aws:iam::111122223333:root",
            "111122223333",
        ];
        assert!(matches!(
            evaluate_resource(&n(p), Some(&role), "ecr:BatchGetImage", "repo").decision,
            Decision::ExplicitDeny { .. }
        ));
        let cross = r#"{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ecr:BatchGetImage"]}]}"#;
        assert!(
            evaluate_resource(&n(cross), Some(&role), "ecr:BatchGetImage", "repo")
                .decision
                .is_allowed()
        );
        assert_eq!(
            evaluate_resource(&n(cross), Some(&role), "ecr:GetDownloadUrlForLayer", "repo")
                .decision,
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn trust_policies() {
        let t = r#"{"Statement":[{"Effect":"Allow","Principal":{"Service":["ecs-tasks.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"#;
        assert_eq!(trusts_service(t, "ecs-tasks.amazonaws.com"), Ok(true));
        let ec2 = t.replace("ecs-tasks", "ec2");
        assert_eq!(trusts_service(&ec2, "ecs-tasks.amazonaws.com"), Ok(false));
        assert!(trusts_service("nope", "x").is_err());
    }
}
