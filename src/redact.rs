//! Redaction of what looks like a credential in a log line, before a line is kept anywhere
//! (snapshot, report, Slack, SNS).

/// Redacts what looks like a credential in a log line: AWS access keys, bearer tokens,
/// `password=`/`secret:`/`token=` assignments, and private keys.
pub fn redact(line: &str) -> String {
    use regex::Regex;
    use std::sync::LazyLock;
    static RULES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
        [
            (r"\b(AKIA|ASIA)[A-Z0-9]{16}\b", "[REDACTED-AWS-KEY]"),
            (r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}", "$1 [REDACTED]"),
            (
                r#"(?i)((?:aws_)?(?:secret|password|passwd|pwd|token|api[_-]?key|access[_-]?key|secret[_-]?key)["']?\s*[:=]\s*)["']?[^\s"',;]+"#,
                "$1[REDACTED]",
            ),
            (r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*", "[REDACTED-PRIVATE-KEY]"),
            (r"\b[A-Za-z0-9/+=]{40}\b", "[REDACTED-40]"),
        ]
        .into_iter()
        .map(|(p, r)| (Regex::new(p).expect("redaction patterns compile"), r))
        .collect()
    });
    let mut out = line.to_string();
    for (re, rep) in RULES.iter() {
        out = re.replace_all(&out, *rep).into_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_redacted() {
        let line = "connect with AKIAIOSFODNN7EXAMPLE password=hunter2 Authorization: Bearer abcdefghijklmnop token: \"xyz123456\"";
        let r = redact(line);
        for secret in [
            "AKIAIOSFODNN7EXAMPLE",
            "hunter2",
            "abcdefghijklmnop",
            "xyz123456",
        ] {
            assert!(!r.contains(secret), "{secret} survived: {r}");
        }
        assert_eq!(redact("plain line"), "plain line");
        assert!(redact("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").contains("REDACTED"));
    }
}
