//! A local IAM policy evaluator, for when `iam:SimulatePrincipalPolicy` is not available.
//!
//! It follows IAM's evaluation logic for one principal's own policies: an explicit Deny wins, an
//! Allow is needed, and a permissions boundary must allow too. `Action`/`NotAction`,
//! `Resource`/`NotResource` and `*`/`?` wildcards are evaluated. Conditions are evaluated as far
//! as the request makes them certain: a condition key the request never carries (`kms:ViaService`
//! on an ECR call, `aws:SourceArn` on a role session) is evaluated as IAM does for a missing key
//! (false for ordinary operators, true for negated ones and for `…IfExists`; `Null` and the
//! `ForAllValues`/`ForAnyValue` set operators by their own rules), so such an Allow does not
//! allow and such a Deny does not deny. A key the request does carry, with a value we cannot know,
//! makes the answer "depends on condition". SCPs and session policies are out of its sight (the
//! report says so). Resource policies (ECR repository, endpoint policies)
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
    /// The identity policies allow it but the permissions boundary does not (an implicit deny:
    /// no statement of the boundary allows it).
    NotInBoundary {
        boundary: String,
    },
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
        matches!(
            self,
            Decision::ExplicitDeny { .. } | Decision::ImplicitDeny | Decision::NotInBoundary { .. }
        )
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
    /// `(operator, key, values)` of every condition of the statement.
    conditions: Vec<(String, String, Vec<String>)>,
}

/// Whether a condition block holds for a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holds {
    Yes,
    No,
    /// A key the request carries, with a value this evaluator cannot know.
    Depends,
}

/// Does the request for `action`, made with a role session by ECS (the agent, or Fargate),
/// carry this condition key? `false` only when it certainly does not.
/// Condition keys the request is known not to carry, on the path it takes: a request that
/// leaves the VPC through a NAT or internet gateway carries no `aws:SourceVpce`, `aws:SourceVpc`
/// or `aws:VpcSourceIp`, so a condition on them is decided, not "depends".
pub const NOT_THROUGH_AN_ENDPOINT: &[&str] =
    &["aws:sourcevpce", "aws:sourcevpc", "aws:vpcsourceip"];

fn key_present(key: &str, action: &str, absent: &[&str]) -> bool {
    let k = key.to_ascii_lowercase();
    if absent.iter().any(|a| a.eq_ignore_ascii_case(&k)) {
        return false;
    }
    let Some((service, name)) = k.split_once(':') else {
        return true;
    };
    let action_service = action.split(':').next().unwrap_or("").to_ascii_lowercase();
    if service == "aws" {
        // Keys only set on other kinds of requests: tag-on-create keys (our actions are reads
        // and log writes), service-principal keys, MFA age, federation and source identity.
        let absent = name.starts_with("requesttag/")
            || matches!(
                name,
                "tagkeys"
                    | "sourcearn"
                    | "sourceaccount"
                    | "sourceorgid"
                    | "sourceorgpaths"
                    | "multifactorauthage"
                    | "sourceidentity"
                    | "federatedprovider"
            )
            // A service calling on the principal's behalf: only KMS is called that way here
            // (Secrets Manager and SSM decrypt through it).
            || (matches!(name, "calledvia" | "calledviafirst" | "calledvialast")
                && action_service != "kms");
        return !absent;
    }
    // A service's own keys exist only in requests to that service.
    service == action_service
}

/// What a missing key makes of one condition, by IAM's rules; `None` for unknown operators.
fn missing_key_holds(operator: &str, values: &[String]) -> Option<bool> {
    let op = operator.to_ascii_lowercase();
    let (set, base) = match op.split_once(':') {
        Some((q, b)) => (Some(q.to_string()), b.to_string()),
        None => (None, op.clone()),
    };
    if base == "null" {
        // Null: true means "the key is absent".
        return Some(values.iter().any(|v| v.eq_ignore_ascii_case("true")));
    }
    if base.ends_with("ifexists") {
        return Some(true);
    }
    match set.as_deref() {
        Some("forallvalues") => return Some(true),
        Some("foranyvalue") => return Some(false),
        Some(_) => return None,
        None => {}
    }
    let negated = [
        "stringnot",
        "arnnot",
        "notipaddress",
        "numericnotequals",
        "datenotequals",
    ]
    .iter()
    .any(|p| base.starts_with(p));
    let known = [
        "string",
        "arn",
        "numeric",
        "date",
        "bool",
        "binary",
        "ipaddress",
        "notipaddress",
    ]
    .iter()
    .any(|p| base.starts_with(p));
    known.then_some(negated)
}

fn condition_holds(
    conditions: &[(String, String, Vec<String>)],
    action: &str,
    absent: &[&str],
) -> Holds {
    let mut depends = false;
    for (op, key, values) in conditions {
        if key_present(key, action, absent) {
            depends = true;
            continue;
        }
        match missing_key_holds(op, values) {
            Some(true) => {}
            Some(false) => return Holds::No,
            None => depends = true,
        }
    }
    if depends {
        Holds::Depends
    } else {
        Holds::Yes
    }
}

fn conditions(v: Option<&Value>) -> Vec<(String, String, Vec<String>)> {
    let Some(Value::Object(ops)) = v else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (op, block) in ops {
        match block {
            Value::Object(keys) => {
                for (key, values) in keys {
                    let vals = match values {
                        Value::Array(a) => a
                            .iter()
                            .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                            .collect(),
                        x => vec![x.as_str().map_or_else(|| x.to_string(), str::to_string)],
                    };
                    out.push((op.clone(), key.clone(), vals));
                }
            }
            // A malformed block: an unknown operator so that it "depends", never decides.
            _ => out.push(("?".into(), "?:?".into(), Vec::new())),
        }
    }
    out
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
                conditions: conditions(s.get("Condition")),
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

/// A statement that applies to the request, and whether its conditions decide it.
struct StatementRef<'a> {
    label: &'a str,
    allow: bool,
    conditional: bool,
}

fn decide(
    statements: &[Statement],
    action: &str,
    resource: &str,
    principal: Option<&[&str]>,
    absent: &[&str],
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
    // Statements whose conditions certainly fail do not apply; those that certainly hold are
    // unconditional; the rest depend on values of the request we cannot know.
    let matching: Vec<(&Statement, bool)> = statements
        .iter()
        .filter(applies)
        .filter_map(|s| match condition_holds(&s.conditions, action, absent) {
            Holds::No => None,
            Holds::Yes => Some((s, false)),
            Holds::Depends => Some((s, true)),
        })
        .collect();
    let matching: Vec<StatementRef<'_>> = matching
        .into_iter()
        .map(|(s, conditional)| StatementRef {
            label: &s.label,
            allow: s.allow,
            conditional,
        })
        .collect();
    if let Some(d) = matching.iter().find(|s| !s.allow && !s.conditional) {
        return Decision::ExplicitDeny {
            by: d.label.to_string(),
        };
    }
    let conditional_deny = matching.iter().find(|s| !s.allow && s.conditional);
    if let Some(a) = matching.iter().find(|s| s.allow && !s.conditional) {
        if let Some(d) = conditional_deny {
            return Decision::DependsOnCondition {
                by: d.label.to_string(),
            };
        }
        return Decision::Allowed {
            by: a.label.to_string(),
        };
    }
    if let Some(a) = matching.iter().find(|s| s.allow && s.conditional) {
        return Decision::DependsOnCondition {
            by: a.label.to_string(),
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
    evaluate_identity_without(policies, boundary, action, resource, &[])
}

/// [`evaluate_identity`] for a request known not to carry the condition keys `absent`
/// ([`NOT_THROUGH_AN_ENDPOINT`]).
pub fn evaluate_identity_without(
    policies: &[Named<'_>],
    boundary: Option<&Named<'_>>,
    action: &str,
    resource: &str,
    absent: &[&str],
) -> Evaluation {
    let mut unreadable = Vec::new();
    let mut statements = Vec::new();
    for p in policies {
        match parse(p) {
            Ok(s) => statements.extend(s),
            Err(e) => unreadable.push(e),
        }
    }
    let mut decision = decide(&statements, action, resource, None, absent);
    // A boundary's explicit Deny denies whatever the identity policies say; otherwise the
    // boundary must allow what they allow.
    if let Some(b) = boundary {
        match parse(b) {
            Ok(bs) => match (decide(&bs, action, resource, None, absent), &decision) {
                (Decision::ExplicitDeny { by }, _) => decision = Decision::ExplicitDeny { by },
                (_, Decision::ExplicitDeny { .. } | Decision::ImplicitDeny) => {}
                (Decision::Allowed { .. }, _) => {}
                (Decision::ImplicitDeny | Decision::NotInBoundary { .. }, _) => {
                    decision = Decision::NotInBoundary {
                        boundary: b.name.to_string(),
                    }
                }
                (c @ Decision::DependsOnCondition { .. }, _) => decision = c,
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
    evaluate_resource_without(policy, principal, action, resource, &[])
}

/// [`evaluate_resource`] for a request known not to carry the condition keys `absent`.
pub fn evaluate_resource_without(
    policy: &Named<'_>,
    principal: Option<&[&str]>,
    action: &str,
    resource: &str,
    absent: &[&str],
) -> Evaluation {
    match parse(policy) {
        Ok(s) => Evaluation {
            decision: decide(&s, action, resource, principal, absent),
            unreadable: Vec::new(),
        },
        Err(e) => Evaluation {
            decision: Decision::ImplicitDeny,
            unreadable: vec![e],
        },
    }
}

/// The trust policy that lets `service` assume a role, on one line (for a fix's command).
pub fn trust_document(service: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Service":"{service}"}},"Action":"sts:AssumeRole"}}]}}"#
    )
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

    fn allow_with(condition: &str) -> String {
        format!(
            r#"{{"Statement":[{{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"*","Condition":{condition}}}]}}"#
        )
    }

    fn decision(docs: &[&str], action: &str) -> Decision {
        let named: Vec<Named<'_>> = docs.iter().map(|d| n(d)).collect();
        evaluate_identity(
            &named,
            None,
            action,
            "arn:aws:ecr:us-east-1:1:repository/app",
        )
        .decision
    }

    #[test]
    fn a_condition_key_the_request_never_carries_is_evaluated_as_missing() {
        // kms:ViaService is never in an ECR request: an ordinary operator is false (the Allow
        // does not allow), a negated one true, ...IfExists true, Null true when asked "absent".
        let cases = [
            (
                r#"{"StringEquals":{"kms:ViaService":"ecr.us-east-1.amazonaws.com"}}"#,
                false,
            ),
            (r#"{"StringLike":{"aws:SourceArn":"arn:aws:ecs:*"}}"#, false),
            (r#"{"StringNotEquals":{"kms:ViaService":"x"}}"#, true),
            (r#"{"ArnNotLike":{"aws:SourceArn":"arn:aws:ecs:*"}}"#, true),
            (r#"{"StringEqualsIfExists":{"kms:ViaService":"x"}}"#, true),
            (r#"{"Null":{"kms:ViaService":"true"}}"#, true),
            (r#"{"Null":{"kms:ViaService":"false"}}"#, false),
            (
                r#"{"ForAllValues:StringEquals":{"aws:TagKeys":["a"]}}"#,
                true,
            ),
            (
                r#"{"ForAnyValue:StringEquals":{"aws:TagKeys":["a"]}}"#,
                false,
            ),
            (r#"{"Bool":{"aws:MultiFactorAuthAge":"true"}}"#, false),
        ];
        for (cond, allows) in cases {
            let d = decision(&[&allow_with(cond)], "ecr:BatchGetImage");
            assert_eq!(d.is_allowed(), allows, "{cond}: {d:?}");
            assert!(!matches!(d, Decision::DependsOnCondition { .. }), "{cond}");
        }
        // The same key on a Deny: a Deny whose condition cannot hold does not deny.
        let deny = r#"{"Statement":[{"Effect":"Allow","Action":"ecr:*","Resource":"*"},
            {"Effect":"Deny","Action":"ecr:*","Resource":"*","Condition":{"StringEquals":{"kms:ViaService":"x"}}}]}"#;
        assert!(decision(&[deny], "ecr:BatchGetImage").is_allowed());
        let deny_negated = deny.replace("StringEquals", "StringNotEquals");
        assert!(matches!(
            decision(&[&deny_negated], "ecr:BatchGetImage"),
            Decision::ExplicitDeny { .. }
        ));
    }

    #[test]
    fn a_key_the_request_carries_still_depends() {
        for cond in [
            r#"{"StringEquals":{"aws:SourceVpce":"vpce-1"}}"#,
            r#"{"StringEquals":{"ecr:ResourceTag/team":"a"}}"#,
            r#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
            // One certain key true, one unknown: depends.
            r#"{"StringNotEquals":{"kms:ViaService":"x"},"StringEquals":{"aws:PrincipalTag/t":"a"}}"#,
        ] {
            let d = decision(&[&allow_with(cond)], "ecr:BatchGetImage");
            assert!(
                matches!(d, Decision::DependsOnCondition { .. }),
                "{cond}: {d:?}"
            );
        }
        // One certain key false decides, whatever the unknown one would say.
        let d = decision(
            &[&allow_with(
                r#"{"StringEquals":{"kms:ViaService":"x","aws:SourceVpce":"vpce-1"}}"#,
            )],
            "ecr:BatchGetImage",
        );
        assert_eq!(d, Decision::ImplicitDeny);
        // kms:ViaService is carried by kms:Decrypt through Secrets Manager: it depends there.
        let kms = r#"{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"kms:ViaService":"secretsmanager.us-east-1.amazonaws.com"}}}]}"#;
        assert!(matches!(
            decision(&[kms], "kms:Decrypt"),
            Decision::DependsOnCondition { .. }
        ));
    }

    #[test]
    fn a_boundary_without_an_allow_is_an_implicit_deny() {
        let p = n(r#"{"Statement":[{"Effect":"Allow","Action":"ecr:*","Resource":"*"}]}"#);
        let b = Named {
            name: "boundary",
            document: r#"{"Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]}"#,
        };
        let e = evaluate_identity(&[p], Some(&b), "ecr:BatchGetImage", "*");
        assert_eq!(
            e.decision,
            Decision::NotInBoundary {
                boundary: "boundary".into()
            }
        );
        assert!(e.decision.is_denied());
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
            Decision::NotInBoundary { .. }
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
