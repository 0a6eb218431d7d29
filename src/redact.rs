//! Credentials out of log lines before they leave the function (Slack, SNS): AWS access key ids,
//! bearer/basic tokens, `password=`-style assignments, a URL's `user:password@`, private keys and
//! 40-character AWS secret access keys. What is not a credential stays as logged: a crash line is quoted to say what
//! went wrong, so `org.springframework.boot.SpringApplication` or MySQL's
//! `(using password: YES)` must survive.

use regex::{Captures, Regex};
use std::sync::LazyLock;

/// The line with every credential replaced by a `[REDACTED...]` marker.
pub fn redact(line: &str) -> String {
    static RULES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
        [
            (r"\b(AKIA|ASIA)[A-Z0-9]{16}\b", "[REDACTED-AWS-KEY]"),
            (
                r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}",
                "$1 [REDACTED]",
            ),
            (
                r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*",
                "[REDACTED-PRIVATE-KEY]",
            ),
            // A URL's user information (RFC 3986 §3.2.1, `scheme://user:password@host`), as
            // programs print the database or broker URL they connect to: the user and the host
            // stay, the password goes (Redis's `redis://:password@host` has no user).
            (
                r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/:@]*:)[^\s/@]+@",
                "${1}[REDACTED]@",
            ),
        ]
        .into_iter()
        .map(|(p, r)| (Regex::new(p).expect("redaction patterns compile"), r))
        .collect()
    });
    // `password=…`, `token: "…"`, `NEO4J_AUTH=user/password` (an image's `X_AUTH` variables
    // carry user and password in one value, and its entrypoint quotes an invalid one): the key
    // stays, the value goes. MySQL's own
    // "(using password: YES)" / "(using password: NO)" (ER_ACCESS_DENIED_ERROR 1045) says whether
    // a password was sent, not which: it stays. Ruby's hash rocket (`"password"=>"x"`, as Rails
    // prints a database configuration) is an assignment too; a value that says there is none
    // (`JWT_SECRET_KEY: undefined`, envalid's report of a missing variable; `NEXTAUTH_SECRET:
    // Required`, zod's as t3-env prints it) stays.
    static ASSIGNMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)((?:aws_)?(?:secret|password|passwd|pwd|token|api[_-]?key|access[_-]?key|secret[_-]?key|[a-z0-9]+_auth)["']?\s*(?:=>|[:=])\s*)(["']?)([^\s"',;]+)"#)
            .expect("redaction patterns compile")
    });
    // Candidates for an AWS secret access key: a whole run of the base64 alphabet (not a window
    // inside a longer run, so a path or a class name is never cut in two).
    static RUN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[A-Za-z0-9/+]+=*").expect("redaction patterns compile"));

    let mut out = line.to_string();
    for (re, rep) in RULES.iter() {
        out = re.replace_all(&out, *rep).into_owned();
    }
    let assigned = out.clone();
    out = ASSIGNMENT
        .replace_all(&assigned, |c: &Captures<'_>| {
            // A key word that ends a path is not a key (`…/latest/api/token": context deadline
            // exceeded`, `/run/secrets/password: permission denied`): what follows is the
            // error's message, not a value.
            let start = c.get(0).map_or(0, |m| m.start());
            let segment = assigned[..start]
                .trim_end_matches(|ch: char| ch.is_ascii_alphanumeric() || "_-.".contains(ch));
            if segment.ends_with('/') {
                return c[0].to_string();
            }
            let value = &c[3];
            let mysql_flag = c[1].to_ascii_lowercase().starts_with("password")
                && c[2].is_empty()
                && matches!(value.trim_end_matches(')'), "YES" | "NO")
                && value.ends_with(')');
            let no_value = matches!(
                value.to_ascii_lowercase().as_str(),
                "undefined"
                    | "null"
                    | "none"
                    | "nil"
                    | "unset"
                    | "empty"
                    | "<empty>"
                    | "<none>"
                    | "required"
            );
            if mysql_flag || no_value {
                c[0].to_string()
            } else {
                format!("{}{}[REDACTED]", &c[1], &c[2])
            }
        })
        .into_owned();
    RUN.replace_all(&out, |c: &Captures<'_>| {
        if looks_like_secret_key(&c[0]) {
            "[REDACTED-40]".to_string()
        } else {
            c[0].to_string()
        }
    })
    .into_owned()
}

/// An AWS secret access key is 40 characters of base64 drawn at random: upper and lower case
/// letters, digits, `/` and `+`. A run is taken for one when it is 40 long (trailing `=` aside)
/// and mixes cases the way random text does, unless it is an identifier path
/// (`org/springframework/boot/SpringApplication`, lower-case package segments and a class name).
fn looks_like_secret_key(run: &str) -> bool {
    let core = run.trim_end_matches('=');
    if core.len() != 40 {
        return false;
    }
    let upper = core.bytes().filter(u8::is_ascii_uppercase).count();
    let lower = core.bytes().filter(u8::is_ascii_lowercase).count();
    let digit = core.bytes().filter(u8::is_ascii_digit).count();
    if upper == 0 || lower == 0 {
        return false; // hex digests, upper-case constants, lower-case words
    }
    if identifier_path(core) || absolute_path(core) {
        return false;
    }
    // Random base64 has about 16 upper-case letters in 40; a CamelCase identifier of that length
    // has a handful. Digits, `+` or `/` (outside an identifier path) mark random text too.
    digit > 0 || core.contains(['+', '/']) || upper >= 10
}

/// `/Users/someone/RailsProjects/rails` (a run cut at the next `-` of a path): a leading `/`,
/// three or more identifier segments, each with capitals at most a quarter of it, two digits at
/// most in all. One in 2,000,000 random 40-character draws that start with `/` has that form.
fn absolute_path(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('/') else {
        return false;
    };
    let segs: Vec<&str> = rest.split('/').collect();
    segs.len() >= 3
        && s.bytes().filter(u8::is_ascii_digit).count() <= 2
        && segs.iter().all(|p| identifier(p) && few_capitals(p))
}

/// `org/springframework/boot/SpringApplication`, `com/skanehira/docui/panel/containerPanel`:
/// three or more identifier segments of two or more characters, all lower-case but the last,
/// which is a CamelCase name (capitals at most a quarter of it, two digits at most). Random
/// base64 almost never has that form (none in 2,000,000 random 40-character draws; the looser
/// two-segment rule let one in 40,000 through).
fn identifier_path(s: &str) -> bool {
    let segs: Vec<&str> = s.split('/').collect();
    let lower = |p: &str| !p.bytes().any(|b| b.is_ascii_uppercase());
    let (last, init) = segs.split_last().unwrap();
    segs.len() >= 3
        && segs.iter().all(|p| identifier(p))
        && init.iter().all(|p| lower(p))
        && few_capitals(last)
        && last.bytes().filter(u8::is_ascii_digit).count() <= 2
}

/// A path segment that is an identifier of two or more characters (`springframework`, `_gen`).
fn identifier(p: &str) -> bool {
    p.len() >= 2
        && p.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Capitals at most a quarter of the segment, as in a CamelCase name (`RailsProjects`), not
/// random base64 (about two in five).
fn few_capitals(p: &str) -> bool {
    p.bytes().filter(u8::is_ascii_uppercase).count() * 4 <= p.len().max(4)
}

/// The line without ECMA-48 escape sequences (colours, cursor moves); a line without ESC as is.
pub fn without_escapes(line: &str) -> std::borrow::Cow<'_, str> {
    if line.contains('\x1b') {
        std::borrow::Cow::Owned(strip_ansi_escapes::strip_str(line))
    } else {
        std::borrow::Cow::Borrowed(line)
    }
}

/// The longest log line kept, in characters (a stack trace on one line can be megabytes).
pub const LOG_LINE_MAX: usize = 500;

/// One log line as it is kept anywhere: the terminal's escape sequences removed (the colours a
/// logger adds on a TTY reach CloudWatch as `\x1b[31m…`), trailing space trimmed, redacted, at
/// most [`LOG_LINE_MAX`] characters (cut with an ellipsis).
pub fn log_line(line: &str) -> String {
    let line = redact(without_escapes(line).trim_end());
    if line.chars().count() <= LOG_LINE_MAX {
        return line;
    }
    let mut cut: String = line.chars().take(LOG_LINE_MAX - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spring Boot's and Nest's colours as they reach CloudWatch from a TTY-attached process.
    #[test]
    fn a_loggers_colours_are_not_kept() {
        assert_eq!(
            log_line(
                "\x1b[31m2024-05-01 10:00:01.000 ERROR\x1b[0m --- [main] Application run failed"
            ),
            "2024-05-01 10:00:01.000 ERROR --- [main] Application run failed"
        );
        assert_eq!(
            log_line("\x1b[38;5;3m[ExceptionHandler] \x1b[39m\x1b[31mgetaddrinfo ENOTFOUND db.internal\x1b[39m"),
            "[ExceptionHandler] getaddrinfo ENOTFOUND db.internal"
        );
    }

    #[test]
    fn a_urls_password_goes_and_its_user_and_host_stay() {
        for (line, want) in [
            (
                "connecting to postgres://app:s3cr3t-Pa55@db.internal:5432/app",
                "connecting to postgres://app:[REDACTED]@db.internal:5432/app",
            ),
            (
                "Error: connect ECONNREFUSED redis://:hunter2@cache:6379",
                "Error: connect ECONNREFUSED redis://:[REDACTED]@cache:6379",
            ),
            (
                "amqp://guest:guest@rabbitmq:5672/ unreachable",
                "amqp://guest:[REDACTED]@rabbitmq:5672/ unreachable",
            ),
        ] {
            assert_eq!(redact(line), want);
        }
        // No user information: nothing to take out.
        let plain = "GET http://localhost:8080/health failed: connection refused";
        assert_eq!(redact(plain), plain);
    }

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
        assert!(
            redact("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
                .contains("[REDACTED]")
        );
        assert!(!redact("key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end").contains("bPxRfiCY"));
        assert!(redact("-----BEGIN RSA PRIVATE KEY-----\nMIIEow").contains("REDACTED-PRIVATE-KEY"));
    }

    #[test]
    fn what_is_not_a_credential_is_kept() {
        for line in [
            "Access denied for user 'root'@'localhost' (using password: YES)",
            "Access denied for user 'root'@'localhost' (using password: NO)",
            "\tat org/springframework/boot/SpringApplication.run(SpringApplication.java:315)",
            "Parameter 2 of constructor in org.ehrbase.fhirbridge.config.FhirJpaConfiguration required a bean",
            "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
            "AbstractAutowireCapableBeanFactoryXYZabc",
            "\t/home/pdp/go/src/github.com/skanehira/docui/panel/containerPanel.go:716 +0x8f",
            "open /run/secrets/db_password: permission denied",
            "Put \"http://169.254.169.254/latest/api/token\": context deadline exceeded",
        ] {
            assert_eq!(redact(line), line);
        }
        assert_eq!(
            redact("password: hunter2 (using password: YES)"),
            "password: [REDACTED] (using password: YES)"
        );
    }
}
