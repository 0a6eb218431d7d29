//! template.yaml grants exactly the actions the code calls: nothing missing, nothing extra, no
//! `*` action, resource `*` only for actions without resource-level permissions; and the code
//! never reads secret material other than the Slack webhook secret (the one SSM parameter it
//! reads is its own routing table, without decryption).

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// Every Rust file under `dir` (sub-folders too: a new sub-module cannot escape the checks).
fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    out
}

/// Every file under `src/<dir>`, in one string.
fn sources(dir: &str) -> String {
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir))
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// `service:Action` strings in a text (the gatherer records each call by its action).
fn actions_in(text: &str) -> BTreeSet<String> {
    let re = regex::Regex::new(
        r#""((?:ecs|ec2|iam|ecr|secretsmanager|ssm|kms|logs|elasticfilesystem|elasticloadbalancing|sts):[A-Z][A-Za-z]+)""#,
    )
    .unwrap();
    re.captures_iter(text).map(|c| c[1].to_string()).collect()
}

/// The actions of a diagnosis: every call of the gather edge but the watch's own additions
/// (`gather::rollout::ACTIONS`, the CLI's only: the templates must not grant them).
fn gather_actions() -> BTreeSet<String> {
    let watch_only: BTreeSet<String> = ecs_autopsy::gather::rollout::ACTIONS
        .iter()
        .map(|a| a.to_string())
        .collect();
    actions_in(&sources("gather"))
        .difference(&watch_only)
        .cloned()
        .collect()
}

#[test]
fn the_watch_declares_the_actions_it_adds_and_the_readme_names_them() {
    let rollout = read("src/gather/rollout.rs");
    let diagnosis = actions_in(&sources("gather").replace(&rollout, ""));
    let added: BTreeSet<String> = actions_in(&rollout)
        .difference(&diagnosis)
        .cloned()
        .collect();
    let declared: BTreeSet<String> = ecs_autopsy::gather::rollout::ACTIONS
        .iter()
        .map(|a| a.to_string())
        .collect();
    assert_eq!(
        added, declared,
        "gather::rollout::ACTIONS is out of step with its calls"
    );
    let readme = read("README.md");
    for a in &declared {
        assert!(
            readme.contains(&format!("`{a}`")),
            "README's IAM table does not name {a}"
        );
    }
}

/// Actions granted by template.yaml, with the resources of their statement.
fn template_grants() -> Vec<(String, Vec<String>)> {
    grants_of("template.yaml")
}

/// Actions granted by a template's policy statements, with their resources.
fn grants_of(template: &str) -> Vec<(String, Vec<String>)> {
    let text = read(template);
    let mut grants = Vec::new();
    let mut actions: Vec<String> = Vec::new();
    let mut in_actions = false;
    let mut resources: Vec<String> = Vec::new();
    let flush = |actions: &mut Vec<String>,
                 resources: &mut Vec<String>,
                 grants: &mut Vec<(String, Vec<String>)>| {
        for a in actions.drain(..) {
            grants.push((a, resources.clone()));
        }
        resources.clear();
    };
    // Only permission statements count (every one has a Sid here); trust policies (`- Effect:`
    // with a Principal), resource policies and permissions of other resources (a new `Type:`)
    // end the current statement.
    let mut in_statement = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("- Sid:") || t.starts_with("Sid:") {
            flush(&mut actions, &mut resources, &mut grants);
            in_actions = false;
            in_statement = true;
        } else if t.starts_with("Type: AWS::")
            || t.starts_with("- Effect:")
            || t.starts_with("Principal")
        {
            flush(&mut actions, &mut resources, &mut grants);
            in_actions = false;
            in_statement = false;
        } else if !in_statement {
            continue;
        } else if let Some(a) = t.strip_prefix("Action:") {
            let a = a.trim().trim_matches('"');
            if a.is_empty() {
                in_actions = true;
            } else {
                actions.push(a.to_string());
            }
        } else if let Some(r) = t.strip_prefix("Resource:") {
            in_actions = false;
            if !r.trim().is_empty() {
                resources.push(r.trim().trim_matches('"').to_string());
            }
        } else if in_actions && t.starts_with("- ") {
            actions.push(t[2..].trim().to_string());
        } else if !actions.is_empty() && t.starts_with("- !Sub") {
            resources.push(t[2..].to_string());
        }
    }
    flush(&mut actions, &mut resources, &mut grants);
    grants
}

#[test]
fn the_template_grants_exactly_what_the_code_calls() {
    let mut code = gather_actions();
    code.extend(
        ecs_autopsy::lambda::DELIVERY_ACTIONS
            .iter()
            .map(|s| s.to_string()),
    );
    assert!(
        code.len() > 30,
        "found only {} actions in the code",
        code.len()
    );
    let grants = template_grants();
    let granted: BTreeSet<String> = grants.iter().map(|(a, _)| a.clone()).collect();
    let missing: Vec<_> = code.difference(&granted).collect();
    let extra: Vec<_> = granted.difference(&code).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing from template.yaml: {missing:?}; granted but unused: {extra:?}"
    );
    assert!(
        !granted.iter().any(|a| a.contains('*')),
        "a wildcard action is granted"
    );
}

/// The member accounts' reader role (member-template.yaml) may do exactly what the gatherer
/// does (and read the log tail), nothing else; its other statement forwards events to the
/// central bus and nowhere else.
#[test]
fn the_member_role_grants_exactly_what_the_gatherer_reads() {
    let mut expected = gather_actions();
    expected.remove("sts:AssumeRole");
    expected.insert("logs:GetLogEvents".to_string());
    expected.insert("events:PutEvents".to_string());
    let grants = grants_of("member-template.yaml");
    let granted: BTreeSet<String> = grants.iter().map(|(a, _)| a.clone()).collect();
    let missing: Vec<_> = expected.difference(&granted).collect();
    let extra: Vec<_> = granted.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "member-template.yaml: missing {missing:?}; granted but unused: {extra:?}"
    );
    assert!(!granted.iter().any(|a| a.contains('*')));
    for (a, resources) in &grants {
        if a == "events:PutEvents" {
            assert_eq!(resources, &["!Ref CentralEventBusArn".to_string()]);
        }
    }
    // Writes: none. Every granted action reads, but the forward.
    let writes = [
        "Put", "Create", "Delete", "Update", "Attach", "Modify", "Run", "Start", "Stop",
    ];
    for a in &granted {
        let verb = a.split(':').nth(1).unwrap_or_default();
        assert!(
            a == "events:PutEvents" || !writes.iter().any(|w| verb.starts_with(w)),
            "the member role writes: {a}"
        );
    }
}

#[test]
fn resource_star_only_where_the_api_has_no_resource_level_permissions() {
    // Describe* of EC2 and of Elastic Load Balancing, DescribeTaskDefinition, DescribeParameters,
    // DescribeLogGroups: AWS offers no resource type for them (Service Authorization Reference).
    let allowed_star = |a: &str| {
        a.starts_with("ec2:Describe")
            || a.starts_with("elasticloadbalancing:Describe")
            || matches!(
                a,
                "ecs:DescribeTaskDefinition" | "ssm:DescribeParameters" | "logs:DescribeLogGroups"
            )
    };
    for (action, resources) in template_grants() {
        if resources.iter().any(|r| r == "*") {
            assert!(allowed_star(&action), "{action} is granted on *");
        }
        assert!(!resources.is_empty(), "{action} has no resource");
    }
}

#[test]
fn no_secret_material_is_read() {
    // The gatherer reads metadata only; GetSecretValue exists once, for the Slack webhook.
    let gather = sources("gather");
    for forbidden in [
        ".get_secret_value(",
        ".get_parameter(",
        ".get_parameters(",
        ".get_parameters_by_path(",
        ".decrypt(",
    ] {
        assert!(
            !gather.contains(forbidden),
            "the gatherer calls {forbidden}"
        );
    }
    // The whole tree: wherever a module lives, it is counted.
    let lambda = sources("lambda");
    let all = sources("");
    assert_eq!(
        all.matches(".get_secret_value(").count(),
        1,
        "only the Slack webhook secret is read"
    );
    assert!(read("src/notify/slack.rs")
        .contains(".get_secret_value()\n            .secret_id(secret_arn)"));
    // One GetParameter: the routing table named by ROUTES_PARAMETER (routes, not a secret).
    assert_eq!(all.matches(".get_parameter(").count(), 1);
    assert!(lambda.contains("ssm\n        .get_parameter()\n        .name(name)\n        .send()"));
    for forbidden in [".get_parameters(", ".decrypt(", ".with_decryption("] {
        assert!(!all.contains(forbidden), "{forbidden}");
    }
}
