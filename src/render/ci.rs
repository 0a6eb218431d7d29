//! CI outputs of a pre-flight: GitHub workflow annotations and SARIF 2.1.0.

use crate::diagnose::{Confidence, Report};
use std::fmt::Write;

/// Whether a pre-flight fails the gate: a confirmed problem, or with `strict` a likely one.
pub fn preflight_fails(r: &Report, strict: bool) -> bool {
    r.root_causes
        .iter()
        .any(|c| c.confidence == Confidence::High || (strict && c.confidence == Confidence::Medium))
}

/// A GitHub Actions workflow command's message: `%`, CR and LF encoded as the runner expects.
pub(crate) fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,`.
pub(crate) fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The report as GitHub Actions annotations: `::error` for each confirmed problem, `::warning`
/// for each likely one (message: the finding, then the first fix), a `::notice` when none.
pub fn github_annotations(r: &Report) -> String {
    let mut o = String::new();
    let place = r
        .task
        .service
        .as_deref()
        .or(r.task.task_definition.as_deref())
        .unwrap_or("task");
    for c in &r.root_causes {
        let level = match c.confidence {
            Confidence::High => "error",
            Confidence::Medium => "warning",
            Confidence::Low => continue,
        };
        let fix = c
            .fix
            .first()
            .map(|f| format!(" Fix: {f}"))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "::{level} title={}::{}",
            gh_property(&format!("ecs-autopsy {} ({place})", c.id)),
            gh_data(&format!("{}.{fix}", c.summary.trim_end_matches('.')))
        );
    }
    if o.is_empty() {
        let _ = writeln!(
            o,
            "::notice title={}::{}",
            gh_property(&format!("ecs-autopsy ({place})")),
            gh_data(&format!(
                "no configuration problem found ({} checks)",
                r.checks.len()
            ))
        );
    }
    o
}

/// The report as SARIF 2.1.0 (GitHub code scanning): one rule per cause of the catalogue that
/// a result names, one result per confirmed (`error`) or likely (`warning`) problem, located at
/// `artifact` (the task definition file, or `ecs/CLUSTER/SERVICE`).
pub fn sarif(r: &Report, artifact: &str) -> serde_json::Value {
    use serde_json::json;
    let mut rules = Vec::new();
    let mut results = Vec::new();
    for c in &r.root_causes {
        let level = match c.confidence {
            Confidence::High => "error",
            Confidence::Medium => "warning",
            Confidence::Low => continue,
        };
        let rule_index = match rules
            .iter()
            .position(|x: &serde_json::Value| x["id"] == c.id.as_str())
        {
            Some(i) => i,
            None => {
                let cause = crate::catalogue::cause(&c.id);
                let mut rule = json!({
                    "id": c.id,
                    "name": c.id.replace(['.', '_'], " "),
                    "shortDescription": {"text": cause.map_or(c.title.as_str(), |k| k.title)},
                    "fullDescription": {"text": cause.map_or(c.summary.as_str(), |k| k.what)},
                    "help": {"text": c.fix.join("\n")},
                    "defaultConfiguration": {"level": level},
                });
                if let Some(doc) = c.docs.first() {
                    rule["helpUri"] = json!(doc);
                }
                rules.push(rule);
                rules.len() - 1
            }
        };
        let mut text = c.summary.clone();
        if let Some(f) = c.fix.first() {
            text.push_str(&format!(". Fix: {f}"));
        }
        results.push(json!({
            "ruleId": c.id,
            "ruleIndex": rule_index,
            "level": level,
            "message": {"text": text},
            "locations": [{
                "physicalLocation": {"artifactLocation": {"uri": artifact}},
                "logicalLocations": [{
                    "name": r.task.service.as_deref().or(r.task.task_definition.as_deref()).unwrap_or("task"),
                    "fullyQualifiedName": format!("{}/{}", r.task.cluster.as_deref().unwrap_or("-"),
                        r.task.service.as_deref().or(r.task.task_definition.as_deref()).unwrap_or("task")),
                    "kind": "module"
                }]
            }],
            "properties": {"evidence": c.evidence, "score": c.score},
        }));
    }
    json!({
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "ecs-autopsy",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/ecs-autopsy/ecs-autopsy",
                "rules": rules,
            }},
            "results": results,
        }],
    })
}
