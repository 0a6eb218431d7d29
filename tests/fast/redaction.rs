//! Redaction against the real crash corpora: a line that holds no credential reaches the report
//! exactly as logged (the crash reading quotes it), and the lines that do hold one lose it.

use crate::fixture::jsonl;
use ecs_autopsy::crash::recognise;
use ecs_autopsy::redact::redact;
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Sample {
    lines: Vec<String>,
    source: String,
}

/// Both real crash corpora: the tails of `crash-logs.jsonl` and those of `crash-keylines.jsonl`,
/// whose labelled key lines are the lines a report must quote intact.
fn corpus() -> Vec<Sample> {
    let mut all: Vec<Sample> = jsonl(
        include_str!("../corpus/real/crash-logs.jsonl"),
        "crash-logs.jsonl",
    );
    all.extend(jsonl::<Sample>(
        include_str!("../corpus/real/crash-keylines.jsonl"),
        "crash-keylines.jsonl",
    ));
    all
}

/// Corpus lines that do hold a credential (or what a reporter left of one), each with the part
/// that must not survive. Every other line must survive unchanged.
const WITH_CREDENTIALS: &[(&str, &str)] = &[
    // A Slack event body: the reporter replaced the token with x's; what is left is still the
    // value of a "token" key and goes.
    (
        r#""[ERROR] body={"token":"xxxxx,"team_id":"Txxxxxxxx","api_app_id":"A025D07UY93","event":{"type":"link_shared","user":"U1GUWU81Z","channel":"D1H10B30V","message_ts":"1624119596.010100","links":[{"url":"https:\/\/gitlab.com\/nakatanakatana\/memo\/-\/issues\/1","domain":"gitlab.com"}],"is_bot_user_member":false,"event_ts":"1624119597.505335"},"type":"event_callback","event_id":"Ev02558FSF63","event_time":1624119597,"authorizations":[{"enterprise_id":null,"team_id":"Txxxxxxxx","user_id":"U0259BVL6B0","is_bot":true,"is_enterprise_install":false}],"is_ext_shared_channel":false,"event_context":"2-link_shared-T1FPE5N9K-A025D07UY93-D1H10B30V"}, response=Failed: FetchURL, error=Get "https://gitlab.com/api/v4/projects/nakatanakatana%2Fmemo": x509: certificate signed by unknown authority""#,
        r#""token":"xxxxx"#,
    ),
    // Rails printing its database configuration when it cannot create the database: the
    // password is in the hash.
    (
        r#"Couldn't create database for {"adapter"=>"mysql2", "encoding"=>"utf8mb4", "collation"=>"utf8mb4_bin", "reconnect"=>false, "pool"=>5, "username"=>"root", "password"=>"password", "host"=>"mysql", "port"=>3306, "database"=>"quepid"}, {:charset=>"utf8mb4", :collation=>"utf8mb4_bin"}"#,
        r#""password"=>"password""#,
    ),
    (
        r#"Couldn't create database for {"adapter"=>"mysql2", "encoding"=>"utf8", "pool"=>5, "username"=>"root", "password"=>"root", "database"=>"standardfile", "host"=>"database", "port"=>nil}, {:charset=>"utf8"}"#,
        r#""password"=>"root""#,
    ),
    // A database URL with its user information (RFC 3986's `user:password@`): the password
    // goes, even where the user put a placeholder in it before pasting
    // (prometheus-community/postgres_exporter#345, fpiesche/docker-hercules-old#11).
    (
        r#"2021-05-29 22:11:42,087: Database URL: mysql://ragnarok:ragnarok@db:3306/ragnarok"#,
        ":ragnarok@",
    ),
    (
        r#"ERRO[0006] Error opening connection to database (postgresql://%!p(MISSING)ostgres%!:(MISSING)PASSWORD_REMOVED@"db.hostname.eu-west-1.rds.amazonaws.com:5432/postgres/?sslmode=disable"): dial tcp: lookup "db.hostname.eu-west-1.rds.amazonaws.com: no such host  source="postgres_exporter.go:1474""#,
        "PASSWORD_REMOVED",
    ),
    // A curl command echoed by a VPN image's start script (thrnz/docker-wireguard-pia#131): the
    // password the compose file cut at its `$` is still a password.
    (
        "https://www.privateinternetaccess.com/api/client/v2/token --data-urlencode username=XXXXXXXXXXX --data-urlencode password=sSe",
        "password=sSe",
    ),
];

#[test]
fn corpus_lines_without_credentials_survive_unchanged() {
    let mut changed = Vec::new();
    for s in corpus() {
        for line in &s.lines {
            let r = redact(line);
            match WITH_CREDENTIALS.iter().find(|(l, _)| l == line) {
                Some((_, secret)) => assert!(!r.contains(secret), "{secret} survived in {r}"),
                // A `…PASSWORD=value` assignment is a credential by its shape, even when it is
                // the example of the postgres image's own hint (`-e POSTGRES_PASSWORD=password`):
                // the log cannot tell an example from a real one, so the value goes.
                None if line.contains("PASSWORD=") => {
                    assert!(r.contains("PASSWORD=[REDACTED]"), "not redacted: {r}")
                }
                None if r != *line => changed.push(format!("{}\n  {line}\n→ {r}", s.source)),
                None => {}
            }
        }
    }
    assert!(
        changed.is_empty(),
        "redaction changed lines with no credential:\n{}",
        changed.join("\n")
    );
}

#[test]
fn redacting_first_reads_the_corpus_the_same() {
    for s in corpus() {
        let redacted: Vec<String> = s.lines.iter().map(|l| redact(l)).collect();
        assert_eq!(
            recognise(&s.lines).map(|c| c.summary),
            recognise(&redacted).map(|c| c.summary),
            "{}",
            s.source
        );
    }
}

fn b64(n: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        proptest::sample::select(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                .chars()
                .collect::<Vec<_>>(),
        ),
        n,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, failure_persistence: None, ..ProptestConfig::default() })]
    // Random 40-character secret access keys never survive, alone or inside a line, unless the
    // draw is indistinguishable from an identifier (checked, and rare enough to fail the run).
    #[test]
    fn aws_secret_keys_never_survive(key in b64(40), before in "([a-z_]{0,10}[ :=\"'])?", after in "[ ,;\"')]{0,6}") {
        // A draw with no lower-case or no upper-case letter (odds below 1e-10) is left out.
        prop_assume!(key.bytes().any(|b| b.is_ascii_lowercase()) && key.bytes().any(|b| b.is_ascii_uppercase()));
        let line = format!("{before}{key}{after}");
        let r = redact(&line);
        prop_assert!(!r.contains(&key), "{} survived: {}", key, r);
    }

    #[test]
    fn assigned_secrets_never_survive(
        key in "(?i)(password|passwd|pwd|secret|token|api_key|apikey|access_key|secret_key|[A-Z0-9]{1,8}_AUTH)",
        sep in "(=|: |=\"|: ')",
        value in "[A-Za-z0-9!@#%^&*_./-]{1,30}",
    ) {
        let line = format!("connecting with {key}{sep}{value} now");
        let r = redact(&line);
        prop_assert!(!r.contains(&format!("{sep}{value}")), "{} survived: {}", value, r);
    }

    #[test]
    fn access_key_ids_and_bearer_tokens_never_survive(id in "[A-Z0-9]{16}", tok in "[A-Za-z0-9._~+/-]{8,40}") {
        let line = format!("id=AKIA{id} Authorization: Bearer {tok}");
        let r = redact(&line);
        let akia = format!("AKIA{}", id);
        prop_assert!(!r.contains(&akia));
        prop_assert!(!r.contains(&tok));
    }
}
