//! The last resort when no signature names the crash: the last line a logger marked as an error.
//!
//! Long tails of servers and images have start-up failures no signature names yet, but almost
//! every program logs them through a logger that marks severity in a fixed place. Reading that
//! mark — not the wording — points the report at the application's own last error instead of
//! leaving the reader to find it among the shutdown noise. The line is quoted, never interpreted:
//! the report says "logged as an error", not what the cause is.
//!
//! The marks, from each logger's own default format:
//! - a level word as a field: log4j/logback/Spring Boot (`2024-… ERROR 1 --- [main] …`),
//!   Rust's env_logger (`[… ERROR app] …`) and tracing-subscriber (`… ERROR app: …`), zap's
//!   console encoder (`\tERROR\t`), Python logging's `BASIC_FORMAT` (`ERROR:root:…`),
//!   java.util.logging's SimpleFormatter (`SEVERE: …`), PostgreSQL's elog.c (`FATAL:  …`),
//!   MySQL's `[ERROR] [MY-…]`, Serilog's `[12:00:00 ERR]`/`FTL`, logrus' TTY form `ERRO[0000]`;
//! - a key: logfmt `level=error` (logrus, Go's slog TextHandler, `level=ERROR`), JSON
//!   `"level":"error"` (zap, slog's JSONHandler, winston), `"severity":"ERROR"`, pino/bunyan's
//!   numeric `"level":50`/`60`, MongoDB's structured log `"s":"E"`/`"F"`;
//! - a bracketed lowercase word: nginx's `[emerg]`/`[error]`, Apache httpd's `[core:error]`,
//!   Elixir's Logger `[error]`;
//! - glog/klog's `E1205 12:00:00.000000` and `F…` prefixes;
//! - Microsoft.Extensions.Logging's console formatter: `fail: Category[0]` / `crit: …`, the
//!   message on the next, indented line;
//! - a line that starts with the word itself (`error: …`, `Error: …`, `fatal: …`, `panic: …`),
//!   as CLIs and `fn main() -> Result` print it.
//!
//! Without any marked line, the last line in the words of failure: a system error's strerror(3)
//! text (`cp: cannot stat 'x': No such file or directory`) or a verb of failure, never a stack
//! frame.

use regex::Regex;
use std::sync::LazyLock;

/// The signature id of a line quoted by this fallback (a severity mark or the words of failure):
/// it names no cause, and the scoring of the corpora counts it apart from both a right reading
/// and a false claim.
pub const LAST_ERROR: &str = "log.error_line";

/// A severity mark of one of the loggers above.
static MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // A level word as a field, near the start (after a timestamp, a thread, a pid).
        r"^.{0,80}?(?:^|[\s\[|(])(?:ERROR|FATAL|CRITICAL|CRIT|SEVERE|EMERG|EMERGENCY|ALERT|PANIC|ERR|FTL|ERRO|FATA)(?:\]|:|\s|\[\d+\]|$)",
        // Keys: logfmt and JSON (text or pino/bunyan's numbers), MongoDB's "s".
        r#"|(?i:\blevel=["']?(?:error|fatal|panic|crit|critical|emerg|alert)\b)"#,
        r#"|(?i:"(?:level|severity|lvl|log\.level|levelname)"\s*:\s*"(?:error|fatal|panic|crit|critical|emerg|alert)")"#,
        r#"|"level"\s*:\s*(?:50|60)\b|"s"\s*:\s*"[EF]""#,
        // Bracketed lowercase words (nginx, Apache httpd's module:level, Elixir's Logger).
        r"|\[(?:\w+:)?(?:error|emerg|crit|alert|fatal|critical)\]",
        // glog/klog.
        r"|^[EF]\d{4} \d{2}:\d{2}:\d{2}\.\d+",
        // Microsoft.Extensions.Logging's console formatter.
        r"|^(?:fail|crit): ",
        // The word itself first.
        r"|^(?:error|Error|ERROR|fatal|Fatal|panic)(?:\[\w+\])?[:!] ",
    ))
    .expect("severity marks compile")
});

/// Lines that only announce the end: a program logs them at error level after the line that
/// says why (MySQL's "Aborting", Spring Boot's "Application run failed", npm's own errors).
static TERMINATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:aborting|application run failed|shutting down|exiting|exited with|stopping|terminating|giving up|unable to start|failed to start|startup failed|did(?:n.t| not) exit successfully)\b|npm (?:ERR!|error)|^\S*\s*(?:error|ERROR)\s*$")
        .expect("terminators compile")
});

/// How far above a terminating line the line that says why is looked for.
const ABOVE: usize = 30;

/// The message a marked line carries: at least this many letters beyond its mark.
const MIN_MESSAGE: usize = 8;

/// The last line marked as an error — else the last in the words of failure — its index, and
/// the message to quote (for .NET's two-line records, the indented line below). `lines` have
/// their compose/timestamp prefixes stripped.
pub fn last_error(lines: &[&str]) -> Option<(usize, String)> {
    let marked = |i: usize| -> Option<String> {
        let line = lines[i].trim_end();
        let m = MARK.find(line)?;
        // .NET prints the category on the marked line and the message below it.
        if line.starts_with("fail: ") || line.starts_with("crit: ") {
            let below = lines.get(i + 1).map(|l| l.trim()).unwrap_or_default();
            return (below.len() >= MIN_MESSAGE).then(|| below.to_string());
        }
        let rest = line[m.end()..].trim();
        let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
        (letters >= MIN_MESSAGE).then(|| line.trim().to_string())
    };
    // Without a logger, a program says why it stops in the words of failure: a system error's
    // own text (strerror(3): "No such file or directory", "Permission denied", ...) or a verb of
    // failure. A stack frame is not a statement, and "0 errors" says the opposite.
    let worded = |i: usize| -> Option<String> {
        let line = lines[i].trim();
        if FRAME.is_match(line)
            || NO_FAILURE.is_match(line)
            || LOWER_LEVEL.is_match(line)
            || !FAILURE.is_match(line)
        {
            return None;
        }
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        (letters >= MIN_MESSAGE).then(|| line.to_string())
    };
    last_of(lines.len(), marked).or_else(|| last_of(lines.len(), worded))
}

/// The last line `read` accepts; a terminating one gives way to the nearest accepted line above
/// it that says more than "stopping".
fn last_of(n: usize, read: impl Fn(usize) -> Option<String>) -> Option<(usize, String)> {
    let (last, message) = (0..n).rev().find_map(|i| read(i).map(|m| (i, m)))?;
    if !TERMINATOR.is_match(&message) {
        return Some((last, message));
    }
    (last.saturating_sub(ABOVE)..last)
        .rev()
        .find_map(|i| read(i).filter(|m| !TERMINATOR.is_match(m)).map(|m| (i, m)))
        .or(Some((last, message)))
}

/// strerror(3)'s texts of the errors a container meets (glibc's and musl's wordings agree on
/// these) and the verbs programs use to say they failed.
static FAILURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i:no such file or directory|permission denied|operation not permitted|connection refused|",
        r"connection reset|connection timed out|network is unreachable|no route to host|",
        r"address already in use|cannot assign requested address|no space left on device|",
        r"read-only file system|too many open files|name or service not known|",
        r"temporary failure in name resolution|exec format error|not a directory|is a directory|",
        r"broken pipe|cannot allocate memory|",
        r"\b(?:error|errors|failed|failure|fatal|cannot|can't|could not|couldn't|unable to|invalid|",
        r"not found|missing|denied|refused|exception|panic|abort(?:ed)?)\b)",
    ))
    .expect("failure words compile")
});

/// A stack frame of any runtime (Python, JVM/Node `at`, Ruby `from`, Go's file:line).
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:at |File "|from |\S+\.go:\d+|\.\.\. \d+ more|goroutine \d+)"#)
        .expect("frames compile")
});

/// A line a logger marked below error (info, debug, trace) is not the failure, whatever words it
/// holds; the same marks as [`MARK`]'s, one level down.
static LOWER_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^.{0,80}?(?:^|[\s\[|(])(?:INFO|DEBUG|TRACE|NOTICE|INF|DBG|TRC)(?:\]|:|\s|$)",
        r#"|(?i:\blevel=["']?(?:info|debug|trace)\b)"#,
        r#"|(?i:"(?:level|severity|lvl|log\.level|levelname)"\s*:\s*"(?:info|debug|trace|notice)")"#,
        r#"|"level"\s*:\s*(?:10|20|30)\b|"s"\s*:\s*"(?:I|D\d?)""#,
        r"|\[(?:\w+:)?(?:info|debug|notice)\]|^[ID]\d{4} \d{2}:\d{2}:\d{2}\.\d+|^(?:info|dbug|trce): ",
    ))
    .expect("lower levels compile")
});

/// Lines that count failures and find none.
static NO_FAILURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:no|0|zero|without) (?:errors?|failures?|warnings?)\b")
        .expect("no-failure lines compile")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(lines: &[&str]) -> Option<String> {
        last_error(lines).map(|(_, m)| m)
    }

    #[test]
    fn each_loggers_mark_is_read() {
        for line in [
            "2024-05-01T10:00:00.000Z ERROR 1 --- [main] c.e.App : cache warm-up failed for tenant",
            "[2024-05-01T10:00:00Z ERROR my_app] could not open the queue consumer",
            "ERROR:root:could not reach the payment gateway",
            "SEVERE: Servlet initialisation failed for dispatcher",
            "FATAL:  role \"app\" does not exist in this cluster",
            "2024-05-01T10:00:00.123456Z 0 [ERROR] [MY-012574] [InnoDB] Unable to lock ./ibdata1",
            "[10:00:00 ERR] Hosting failed to start the listener",
            "ERRO[0000] failed to load the configuration file",
            r#"time="2024-05-01T10:00:00Z" level=error msg="cannot dial the broker""#,
            r#"{"level":"error","ts":1714557600,"msg":"cannot open the state store"}"#,
            r#"{"level":50,"time":1714557600,"msg":"unhandled rejection in the worker"}"#,
            r#"{"t":{"$date":"2024-05-01"},"s":"F","c":"STORAGE","msg":"Fatal assertion in journal"}"#,
            "2024/05/01 10:00:00 [emerg] 1#1: unknown directive \"proxy_passs\"",
            "[Wed May 01 10:00:00 2024] [core:error] [pid 7] AH00526: Syntax error on line 4",
            "E0501 10:00:00.000000       1 main.go:42] unable to build the informer cache",
            "error: the configuration has no listeners defined",
        ] {
            assert_eq!(pick(&[line]).as_deref(), Some(line), "{line}");
        }
    }

    #[test]
    fn a_dotnet_record_quotes_the_message_below_its_category() {
        let log = [
            "info: Microsoft.Hosting.Lifetime[0]",
            "      Application is shutting down...",
            "fail: Program[0]",
            "      Could not connect to the configuration service at startup",
        ];
        assert_eq!(
            pick(&log).as_deref(),
            Some("Could not connect to the configuration service at startup")
        );
    }

    #[test]
    fn a_terminating_line_gives_way_to_the_error_above_it() {
        let log = [
            "2024-05-01T10:00:00Z 0 [ERROR] [MY-012574] [InnoDB] Unable to lock ./ibdata1 error: 11",
            "2024-05-01T10:00:01Z 0 [Note] [MY-012575] [InnoDB] Check that you do not already have another mysqld process",
            "2024-05-01T10:00:02Z 0 [ERROR] [MY-010119] [Server] Aborting",
        ];
        let (at, _) = last_error(&log).unwrap();
        assert_eq!(at, 0);
    }

    #[test]
    fn without_a_mark_the_words_of_failure_decide() {
        let log = [
            "starting worker 3",
            "cp: cannot stat '/app/config/settings.yml': No such file or directory",
            "    at Object.<anonymous> (/app/error-handler.js:4:11)",
            "build finished with 0 errors",
        ];
        assert_eq!(
            pick(&log).as_deref(),
            Some("cp: cannot stat '/app/config/settings.yml': No such file or directory")
        );
        // A marked line still comes first, wherever it is.
        let marked = [
            "ERROR:root:the queue consumer stopped early",
            "mkdir: cannot create directory",
        ];
        assert_eq!(
            pick(&marked).as_deref(),
            Some("ERROR:root:the queue consumer stopped early")
        );
    }

    #[test]
    fn unmarked_or_empty_lines_are_not_errors() {
        for line in [
            "INFO starting the server on port 8080",
            "connection pool NO_ERROR state",
            "ERROR",
            "the rate was 0 %",
            "Terror: a film review service",
            "Listening on port 8080 with no errors",
            r#"{"level":"info","msg":"error budget at 99.9 %"}"#,
        ] {
            assert_eq!(pick(&[line]), None, "{line}");
        }
    }
}
