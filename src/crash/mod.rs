//! Crash signatures: the last log lines of the container that stopped the task → one line that
//! says what went wrong and what to fix ("Python raised KeyError: 'DATABASE_URL' in
//! app/settings.py:12").
//!
//! Data, like the message families: one [`Signature`] per shape, in `signatures.rs`
//! ([`SIGNATURES`]), most specific first; every signature is reached by a real log tail in
//! `tests/corpus/real/crash-logs.jsonl` (`tests/fast/crash_signatures.rs` keeps the two in step).
//! This file is the reader. Pure, no I/O: the gather fetches the tail.
//!
//! Which line decides: the **last** line that matches any signature (the one closest to the
//! process's death: a traceback's final exception, a Java `Caused by:`), and on that line the
//! first signature of the list (a `Connection refused` inside a Python exception is the more useful
//! reading). Where the line has no location of its own, the nearest stack frame around it adds one.
//! When no signature matches, `severity.rs` quotes the last line a logger marked as an error.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::LazyLock;

mod pasted;
mod severity;
mod signatures;
pub use pasted::{read_pasted, Pasted};
pub use severity::{LAST_ERROR, LAST_LINE};
pub use signatures::SIGNATURES;

/// One shape of crash in a log.
#[derive(Debug)]
pub struct Signature {
    /// Stable slug (`python.exception`, `net.refused`, ...).
    pub id: &'static str,
    /// Matched against one log line, case-sensitive unless the pattern says `(?i)`.
    pub pattern: &'static str,
    /// The report's line, with `$name` replaced by the pattern's named groups.
    pub summary: &'static str,
    /// What to fix, in one sentence.
    pub fix: &'static str,
    /// The traceback shapes the line may sit in. Most lines name their runtime themselves
    /// (`java.lang.OutOfMemoryError`, `Error [ERR_REQUIRE_ESM]`); an exception line alone does
    /// not (`TypeError: ...` is Python's and JavaScript's), so those signatures say which
    /// runtime's traceback must surround the line (see [`shape_at`]).
    pub shapes: &'static [Shape],
    /// A line that announces a failure whose cause is printed elsewhere in the tail.
    pub wrapper: Wrapper,
}

/// Which runtime printed the traceback around a line, read from the traceback's own layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Python's `traceback.print_exception`: `Traceback (most recent call last):`, then
    /// `  File "path", line N, in name` frames, then the exception line (Lib/traceback.py).
    Python,
    /// `Throwable.printStackTrace`: the exception line, then `\tat pkg.Class.method(File.java:N)`
    /// frames; causes as `Caused by: ` (java.base/java/lang/Throwable.java).
    Java,
    /// V8's `Error.prototype.stack`: the `Name: message` line, then `    at fn (file:line:col)`
    /// frames; Node prints the source line and a caret above it and `Node.js vX` below it
    /// (lib/internal/process/execution.js, src/node_errors.cc). `Name [ERR_X]: message` is
    /// Node's own error format (lib/internal/errors.js).
    Node,
    /// Ruby's uncaught-exception report (eval_error.c error_print): `file:N:in 'meth': message
    /// (Class)`, then `\tfrom file:N:in 'meth'` frames (vm_backtrace.c); Rails and rake print
    /// `Class: message` with bare `file:N:in 'meth'` frames below. Ruby < 3.4 quotes with `` ` ``.
    Ruby,
    /// Go's runtime report (runtime/panic.go, runtime/traceback.go): `panic: …` or `fatal error:
    /// …`, then a blank line and `goroutine N [status]:`, `runtime stack:` or the `[signal …]`
    /// line, then `\t/path/file.go:N +0x…` frames. A C program's `fatal error:` has none of them.
    Go,
    /// No frame of any runtime around the line.
    Bare,
}

/// Where a wrapper line's cause is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrapper {
    /// Not a wrapper: the line says what went wrong.
    No,
    /// The cause was logged before the wrapper (gunicorn logs the worker's traceback, then
    /// `Reason: Worker failed to boot.`): the nearest line above it that another signature
    /// reads is quoted instead.
    CauseAbove,
    /// The cause follows under a `Description:` heading (Spring Boot's
    /// `LoggingFailureAnalysisReporter`): its first line is quoted as `$detail`.
    DescriptionBelow,
}

/// Every shape: the line names its runtime itself.
const ANY: &[Shape] = &[
    Shape::Python,
    Shape::Java,
    Shape::Node,
    Shape::Ruby,
    Shape::Go,
    Shape::Bare,
];

/// What was recognised in a log tail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Crash {
    pub signature: String,
    /// One line: "Python raised KeyError: 'DATABASE_URL' in app/settings.py:12".
    pub summary: String,
    /// The log line that matched, as logged (already redacted by the caller).
    pub line: String,
    pub fix: String,
    /// The file or directory the line names, when its signature captures one (a group whose
    /// name ends in `path`): what the diagnosis checks against the task definition's mounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The network address (host:port) the line names, when its signature captures one (a
    /// group whose name ends in `addr`): checked against the task's containers and their ports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The host name the line names, when its signature captures one (a group whose name ends
    /// in `host`): checked against the names of the task's containers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The variable, setting or key the line names, when its signature captures one (a group
    /// whose name ends in `key`): a missing variable is checked against the container's
    /// environment and secrets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The AWS principal a denied call was made as, when its signature captures one (a group
    /// whose name ends in `principal`, an `assumed-role` ARN): checked against the task's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// The port the line names: a group whose name ends in `port`, else the port of `address`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
}

impl Crash {
    /// The quoted line as a person reads it: a structured record (JSON) as its level, message
    /// and error (`fatal failed to connect to database: dial tcp …: connection refused`), which
    /// a cut of the raw record can lose behind its timestamp and metadata; any other line as
    /// logged. `line` stays the record as logged.
    pub fn shown_line(&self) -> Cow<'_, str> {
        readable(&self.line)
    }
}

/// A log line as a person reads it: a structured record as its level, message and error (see
/// [`Crash::shown_line`]), any other line as logged. For display; evidence keeps the line.
pub fn readable(line: &str) -> Cow<'_, str> {
    readable_record(line).map_or(Cow::Borrowed(line), Cow::Owned)
}

/// A JSON record's level, message and error, in that order, from the names the common loggers
/// give them (zap, logrus, pino, bunyan, structlog, Logback's and Serilog's JSON, ECS format).
fn readable_record(line: &str) -> Option<String> {
    let record = json_object(line)?;
    let text = |v: &serde_json::Value| -> Option<String> {
        match v {
            serde_json::Value::String(s) => Some(s.lines().next().unwrap_or_default().to_string()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            // pino's and bunyan's `err` object: its message.
            serde_json::Value::Object(o) => o
                .get("message")
                .and_then(|m| m.as_str())
                .map(str::to_string),
            _ => None,
        }
    };
    let first = |keys: &[&str]| keys.iter().find_map(|k| record.get(*k).and_then(text));
    let message = first(&["msg", "message", "@m", "@mt", "event"])?;
    let level = first(&["level", "severity", "log.level", "lvl", "@l"])
        .filter(|l| l.parse::<f64>().is_err());
    let error = first(&[
        "error",
        "err",
        "error.message",
        "exception",
        "exc_info",
        "@x",
    ])
    .filter(|e| *e != message);
    let shown = match level {
        Some(level) => format!("{level} {message}"),
        None => message,
    };
    Some(match error {
        Some(e) => format!("{shown}: {e}"),
        None => shown,
    })
}

/// On a line with no frames around it, `python.exception` reads only names that can only be
/// Python's: these are ECMAScript's own error constructors (ECMA-262 §20.5), Java packages
/// (`software.amazon.awssdk` is the AWS SDK for Java 2.x's) or .NET namespaces (`System.`,
/// `Microsoft.`, `Amazon.Runtime`: PascalCase segments, the .NET naming guidelines').
const NOT_BARE_PYTHON: &str = r"^(?:(?:Type|Syntax|Reference|Range|Eval|URI|Aggregate|Internal)?Error(?:$|:)|(?:java|javax|jakarta|org|com|io|net|kotlin|scala|software)\.|(?:System|Microsoft|Amazon)\.[A-Z])";

/// A bare Python exception line must still look like one: a name ending as Python's builtin
/// exceptions do (Objects/exceptions.c: ...Error, SystemExit, KeyboardInterrupt, ...Warning).
/// An undotted name is a builtin (or a `__main__` class: traceback.format_exception_only
/// qualifies every other class with its module), so without frames only the builtins' own
/// names are Python's: an undotted `PrismaClientInitializationError` or
/// `IllegalArgumentException` is another runtime's class logged by its simple name.
const BARE_PYTHON_NAME: &str = r"^(?:(?:[A-Za-z_]\w*\.)+[A-Z]\w*(?:Error|Exception|Exit|Interrupt)|(?:Arithmetic|Assertion|Attribute|BlockingIO|BrokenPipe|Buffer|ChildProcess|ConnectionAborted|Connection|ConnectionRefused|ConnectionReset|EOF|Environment|FileExists|FileNotFound|FloatingPoint|IO|Import|Indentation|Index|Interrupted|IsADirectory|Key|Lookup|Memory|ModuleNotFound|Name|NotADirectory|NotImplemented|OS|Overflow|Permission|ProcessLookup|PythonFinalization|Recursion|Reference|Runtime|Syntax|System|Tab|Timeout|Type|UnboundLocal|UnicodeDecode|UnicodeEncode|Unicode|UnicodeTranslate|Value|ZeroDivision)Error|GeneratorExit|SystemExit|KeyboardInterrupt|(?:Base)?Exception(?:Group)?)(?::|$)";

struct Compiled {
    sig: &'static Signature,
    re: Regex,
}

fn compiled() -> &'static [Compiled] {
    static C: LazyLock<Vec<Compiled>> = LazyLock::new(|| {
        SIGNATURES
            .iter()
            .map(|sig| Compiled {
                sig,
                re: Regex::new(&format!("(?m){}", sig.pattern))
                    .unwrap_or_else(|e| panic!("signature {}: {e}", sig.id)),
            })
            .collect()
    });
    &C
}

/// A stack frame near the matched line: the location to name when the line has none. `ruby`:
/// the line was read in a Ruby backtrace (its frames are looked for only then).
fn locate(lines: &[&str], at: usize, ruby: bool) -> Option<String> {
    static PY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"File "(?P<f>[^"]+)", line (?P<l>\d+)"#).unwrap());
    static JAVA: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*at [\w.$<>]+\((?P<f>[\w$.-]+:\d+)\)").unwrap());
    static NODE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*at (?:[^(]*\()?(?P<f>(?:file://)?/[^():]+:\d+)(?::\d+)?\)?\s*$").unwrap()
    });
    static GO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+(?P<f>/\S+\.go:\d+)").unwrap());
    // Python: the last frame above the exception line that is the application's own (not the
    // standard library's or an installed package's), else the last frame.
    let frames: Vec<(String, String)> = lines[..at]
        .iter()
        .rev()
        .take(60)
        .filter_map(|l| {
            PY.captures(l)
                .map(|c| (c["f"].to_string(), c["l"].to_string()))
        })
        .collect();
    let own =
        |f: &str| !f.contains("/lib/python") && !f.contains("site-packages") && !f.starts_with('<');
    if let Some((file, line)) = frames.iter().find(|(f, _)| own(f)).or(frames.first()) {
        let file = file
            .trim_start_matches("/usr/src/app/")
            .trim_start_matches("/app/");
        return Some(format!("{file}:{line}"));
    }
    // Ruby: the first frame (the uncaught line's own, then those below) that is not a gem's or
    // Ruby's own library.
    if ruby {
        let lib = |f: &str| {
            f.contains("/gems/")
                || f.contains("/lib/ruby/")
                || f.contains("/rubygems/")
                || f.starts_with('<')
        };
        if let Some(f) = lines
            .iter()
            .skip(at)
            .take(41)
            .filter_map(|l| RUBY_FRAME.captures(l))
            .map(|c| c["f"].to_string())
            .find(|f| !lib(f))
        {
            return Some(f);
        }
    }
    // Java, Node, Go: the first frame below it that is not the runtime's own.
    for l in lines.iter().skip(at + 1).take(40) {
        if let Some(c) = JAVA.captures(l) {
            return Some(c["f"].to_string());
        }
        if let Some(c) = NODE.captures(l) {
            if !c["f"].contains("node:internal") && !c["f"].contains("/node_modules/") {
                return Some(c["f"].trim_start_matches("file://").to_string());
            }
        }
        if let Some(c) = GO.captures(l) {
            if !c["f"].contains("/runtime/") && !c["f"].contains("/go/src/") {
                return Some(c["f"].to_string());
            }
        }
    }
    None
}

/// A Ruby backtrace frame: `\tfrom file:N:in 'meth'` (uncaught) or `file:N:in 'meth'` (Rails).
static RUBY_FRAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:from )?(?P<f>[^\s:'`]+:\d+):in [`']").unwrap());
/// Ruby's uncaught-exception line: `file:N:in 'meth': message (Class)`.
static RUBY_UNCAUGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\S+:\d+:in [`'][^'`]*'?: [^\r\n]* \([A-Z]\w*(?:::[A-Z]\w*)*\)\s*$").unwrap()
});

/// Which runtime's traceback surrounds line `at`, read from the traceback's layout.
pub fn shape_at(lines: &[&str], at: usize) -> Shape {
    static PY_FRAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^\s*File "[^"]+", line \d+|^Traceback \(most recent call last\):"#).unwrap()
    });
    static JAVA_FRAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*at [\w.$<>/]+\((?:[\w$.-]+\.(?:java|kt|scala|groovy):\d+|Native Method|Unknown Source)\)|^\s*\.\.\. \d+ (?:more|common frames omitted)").unwrap()
    });
    static NODE_FRAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*at (?:.*\()?(?:node:|internal/|file://|/|[A-Za-z]:\\)[^()]*:\d+:\d+\)?(?:\s*\{,?)?\s*$|^\s*at .*\(<anonymous>\)\s*$").unwrap()
    });
    static NODE_CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\w*Error \[ERR_[A-Z0-9_]+\]:").unwrap());
    static NODE_VERSION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^Node\.js v\d+").unwrap());
    static GO_TRACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:goroutine \d+ \[|runtime stack:|\[signal |\s+\S+\.go:\d+)").unwrap()
    });
    let line = lines[at];
    if RUBY_UNCAUGHT.is_match(line) {
        return Shape::Ruby;
    }
    if line.starts_with("Caused by: ") || line.starts_with("Exception in thread \"") {
        return Shape::Java;
    }
    if NODE_CODE.is_match(line) {
        return Shape::Node;
    }
    // Below: the frames Java and V8 print after the exception line (the first non-blank lines).
    for l in lines
        .iter()
        .skip(at + 1)
        .filter(|l| !l.trim().is_empty())
        .take(2)
    {
        if JAVA_FRAME.is_match(l) {
            return Shape::Java;
        }
        if NODE_FRAME.is_match(l) {
            return Shape::Node;
        }
        if RUBY_FRAME.is_match(l) {
            return Shape::Ruby;
        }
        if GO_TRACE.is_match(l) {
            return Shape::Go;
        }
    }
    // Above: Python prints its frames before the exception line; the nearest frame decides.
    for l in lines[..at].iter().rev().take(40) {
        if PY_FRAME.is_match(l) {
            return Shape::Python;
        }
        if JAVA_FRAME.is_match(l) || NODE_FRAME.is_match(l) {
            break;
        }
    }
    // Node's uncaught-exception report ends with the version line.
    if lines
        .iter()
        .skip(at + 1)
        .take(12)
        .any(|l| NODE_VERSION.is_match(l))
    {
        return Shape::Node;
    }
    Shape::Bare
}

/// The signature that reads line `i` in its surroundings: the first of the list, unless another
/// matches wholly to the right of it. An error chained into one line puts its innermost cause
/// last (Go's `fmt.Errorf("creating certificates: %w")` → "error creating self-signed
/// certificates: mkdir x: read-only file system", Node's and Rust's "context: cause"), so a
/// match after the chosen one's end is the cause it wraps; a match inside it (`EACCES` inside
/// `listen EACCES: permission denied 0.0.0.0:80`) is part of the same reading.
fn read_line<'a>(lines: &[&'a str], i: usize) -> Option<(&'static Compiled, regex::Captures<'a>)> {
    let mut readings = readings_of(lines, i);
    let (mut c, mut caps) = readings.next()?;
    for (next, next_caps) in readings {
        let (end, start) = (
            caps.get(0).map_or(0, |m| m.end()),
            next_caps.get(0).map_or(0, |m| m.start()),
        );
        if start >= end {
            (c, caps) = (next, next_caps);
        }
    }
    Some((c, caps))
}

/// Every signature that reads line `i` in its surroundings, in the list's order.
fn readings_of<'a, 'l>(
    lines: &'l [&'a str],
    i: usize,
) -> impl Iterator<Item = (&'static Compiled, regex::Captures<'a>)> + 'l {
    static NOT_BARE: LazyLock<Regex> = LazyLock::new(|| Regex::new(NOT_BARE_PYTHON).unwrap());
    static BARE_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(BARE_PYTHON_NAME).unwrap());
    let line = lines[i];
    let mut shape = None;
    compiled().iter().filter_map(move |c| {
        let caps = c.re.captures(line)?;
        if c.sig.shapes.len() < ANY.len() {
            let s = *shape.get_or_insert_with(|| shape_at(lines, i));
            if !c.sig.shapes.contains(&s) {
                return None;
            }
            if s == Shape::Bare
                && (NOT_BARE.is_match(line.trim()) || !BARE_NAME.is_match(line.trim()))
            {
                return None;
            }
        }
        Some((c, caps))
    })
}

/// Recognises the crash in a log tail (oldest line first): the signature that names it, else the
/// last line a logger marked as an error ([`LAST_ERROR`], no cause claimed), else the last line
/// it printed ([`LAST_LINE`], no cause claimed), else nothing.
pub fn recognise<S: AsRef<str>>(lines: &[S]) -> Option<Crash> {
    let said = what_the_process_said(lines);
    let lines: Vec<&str> = said.iter().map(AsRef::as_ref).collect();
    named(&lines)
        .or_else(|| quote_last_error(&lines))
        .or_else(|| quote_last_line(&lines))
}

/// The fallback alone: the last line a logger marked as an error (else in the words of failure),
/// quoted with no cause. Public so that the corpora can measure it on tails a signature names.
pub fn last_logged_error<S: AsRef<str>>(lines: &[S]) -> Option<Crash> {
    let said = what_the_process_said(lines);
    quote_last_error(&said.iter().map(AsRef::as_ref).collect::<Vec<&str>>())
}

/// The lines without what the runtime around the process added: a logger's colours, docker
/// compose's `name  | `, a leading timestamp, and what [`as_printed`] unwraps.
fn what_the_process_said<S: AsRef<str>>(lines: &[S]) -> Vec<String> {
    let lines: Vec<String> = lines
        .iter()
        .map(|l| plain(crate::classify::clip(l.as_ref(), 4096)))
        .collect();
    let mut said = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let printed = as_printed(line);
        // A record whose held lines already follow it was unwrapped when it was read in.
        let held = &printed[1..];
        let unwrapped = !held.is_empty()
            && lines.get(i + 1..i + 1 + held.len()).is_some_and(|next| {
                next.iter()
                    .zip(held)
                    .all(|(n, h)| n.trim_end() == plain(h).trim_end())
            });
        if unwrapped {
            said.push(line.clone());
            continue;
        }
        said.extend(printed.into_iter().map(|p| match p {
            Cow::Borrowed(line) => line.to_string(),
            Cow::Owned(unwrapped) => plain(&unwrapped),
        }));
    }
    said
}

/// One line without a logger's colours (a tail kept as pasted may still carry them) and without
/// the prefixes [`unprefixed`] strips.
fn plain(line: &str) -> String {
    unprefixed(&crate::redact::without_escapes(line)).to_string()
}

/// The lines of a log as they are kept wherever one is read in (a task's CloudWatch events, a
/// pasted log): each line [`as_printed`], then redacted and cut ([`crate::redact::log_line`]).
pub fn kept_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    lines
        .into_iter()
        .flat_map(as_printed)
        .map(|l| crate::redact::log_line(&l))
        .collect()
}

/// One log line as the process printed it: Docker's json-file record around a line
/// (`{"log":"…\n","stream":…}`, as `/var/lib/docker/containers/*/*-json.log` holds it) and
/// FireLens's (`{"source":"stderr","log":"…","container_id":…}`, what a `cloudwatch_logs` output
/// without `log_key` writes) give the line; a structured record with a multi-line field (pino's `err.stack`, structlog's
/// `exception`, Logstash's `stack_trace`) is followed by the lines that field holds; any other
/// line is itself. Applied where a log is read in (before a line is cut to its kept length, which
/// would break the record) and again by the reader, for tails kept as they were pasted.
pub fn as_printed(line: &str) -> Vec<Cow<'_, str>> {
    match json_record(line) {
        Some(Record::Wrapped(log)) => vec![Cow::Owned(log)],
        Some(Record::Structured(held)) => std::iter::once(Cow::Borrowed(line))
            .chain(held.into_iter().map(Cow::Owned))
            .collect(),
        None => vec![Cow::Borrowed(line)],
    }
}

/// A log line that is a JSON object.
enum Record {
    /// A record a log driver wrapped around a line (Docker's json-file, FireLens): the line.
    Wrapped(String),
    /// A program's own structured record: the lines of its multi-line string fields.
    Structured(Vec<String>),
}

/// A log line that is one JSON object (a structured record), parsed.
fn json_object(line: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let t = line.trim();
    if !(t.starts_with('{') && t.ends_with('}')) {
        return None;
    }
    match serde_json::from_str(t).ok()? {
        serde_json::Value::Object(record) => Some(record),
        _ => None,
    }
}

fn json_record(line: &str) -> Option<Record> {
    let record = json_object(line)?;
    // Docker's json-file record has `stream` and `time`; FireLens's (Fluent Bit's forward input
    // under ECS) has `source` and the container's and task's metadata.
    if let Some(serde_json::Value::String(log)) = record.get("log") {
        let around = [
            "stream",
            "time",
            "source",
            "container_id",
            "container_name",
            "ecs_task_arn",
        ];
        if around.iter().any(|k| record.contains_key(*k)) {
            return Some(Record::Wrapped(
                log.trim_end_matches(['\n', '\r']).to_string(),
            ));
        }
    }
    fn held(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.contains('\n') => out.extend(
                s.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_string),
            ),
            serde_json::Value::Object(o) => o.values().for_each(|v| held(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    record.values().for_each(|v| held(v, &mut out));
    (!out.is_empty()).then_some(Record::Structured(out))
}

/// One line without docker compose's `name  | `, a leading timestamp and a syslog header
/// (`May  1 10:00:00 host app[123]: `, RFC 3164 as journald's short format prints it too): what
/// the quoted line of a [`Crash`] is made of (public so that a corpus can compare its labelled
/// lines the same way). The prefixes stack in either order (`docker compose logs -t` puts the
/// timestamp after the name, `aws logs tail` puts its own before), so they are taken off until
/// none is left.
pub fn unprefixed(line: &str) -> &str {
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[\w.-]+\s+\|\s?)?(?:\[?(?:\d{4}-\d{2}-\d{2}[T ]|\d{2}/\d{2}/\d{4} |\d{4}/\d{2}/\d{2} )[\d:.,]+ ?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} \S+ [\w./-]+(?:\[\d+\])?: )?").unwrap()
    });
    let mut rest = line;
    // Three rounds cover every order of the three prefixes.
    for _ in 0..3 {
        match PREFIX.find(rest) {
            Some(m) if !m.is_empty() => rest = &rest[m.end()..],
            _ => break,
        }
    }
    rest
}

/// Signatures of a process that ran out of memory: what it logs after that (a heap dump it could
/// not write, a worker restarting, a connection dropped on the way down) is the aftermath, so a
/// line read by one of these above the last reading outranks it. OpenJ9 writes its dumps after an
/// OutOfMemoryError and reports each failed write; Node and Go abort on theirs.
const EXHAUSTION: &[&str] = &["java.oom", "node.heap_oom", "go.oom", "gpu.oom"];

/// The runtimes' own exception readings: they quote what was thrown, not why (public so that the
/// corpora can count them apart).
pub const RUNTIME_EXCEPTIONS: &[&str] = &[
    "python.exception",
    "java.exception",
    "node.exception",
    "ruby.exception",
    "elixir.exception",
    "dotnet.unhandled",
    "php.fatal",
    "go.panic",
    "go.fatal",
    "rust.panic",
];

/// A thread the runtime could not start: what the JVM's insufficient-memory banner above it means.
const THREAD_CREATE: &str = "thread.create";

/// How many lines above a runtime's generic exception a specific reading counts as what it wraps.
const WRAPPED_WITHIN: usize = 2;

/// A line a signature reads: its index, the signature and what it captured.
type Reading<'a> = (usize, &'static Compiled, regex::Captures<'a>);

/// The line that decides: the last one a signature reads, unless a line above it ran out of
/// memory ([`EXHAUSTION`]).
fn deciding_line<'a>(lines: &[&'a str]) -> Option<Reading<'a>> {
    let reading_at = |i: usize| read_line(lines, i).map(|(c, caps)| (i, c, caps));
    let last = (0..lines.len())
        .rev()
        .find_map(|i| reading_at(i).filter(|(_, c, _)| !quiet_and_failed_below(lines, i, c)))?;
    let last = error_object_head(lines, last, reading_at);
    let last = richer_above(last, reading_at);
    // A thread the runtime could not start is why the JVM's banner above it says "insufficient
    // memory": the banner does not outrank it.
    if EXHAUSTION.contains(&last.1.sig.id) || last.1.sig.id == THREAD_CREATE {
        return Some(last);
    }
    let exhausted = (0..last.0)
        .rev()
        .find_map(|j| reading_at(j).filter(|(_, c, _)| EXHAUSTION.contains(&c.sig.id)));
    Some(exhausted.unwrap_or_else(|| killer_above(last, reading_at)))
}

/// Readings of what a process did rather than of a failure (a server's banner naming the
/// loopback address it listens on), or of a failure programs often survive (a limit the
/// entrypoint could not raise): one decides only when no line below it states a failure, else
/// the failure below is what the log says.
pub const QUIET: &[&str] = &["net.listen_loopback", "limit.denied"];

fn quiet_and_failed_below(lines: &[&str], i: usize, c: &Compiled) -> bool {
    QUIET.contains(&c.sig.id) && lines[i + 1..].iter().any(|l| severity::says_failure(l))
}

/// gunicorn's arbiter kills a worker after its "WORKER TIMEOUT (pid:N)" with SIGKILL and since
/// 20.1 logs "Worker (pid:N) was sent SIGKILL! Perhaps out of memory?" (gunicorn/arbiter.py):
/// that kill is the timeout's aftermath, not the kernel's OOM killer. A user an entrypoint could
/// not create (adduser refused to a non-root user) is then missing for its chown or gosu: the
/// refusal is why.
/// Each with how far above the aftermath its cause is looked for: gunicorn logs the kill right
/// after the timeout; an entrypoint's trace runs on between adduser and the chown that needs
/// the user.
const KILLED_AFTER: &[(&str, &str, usize)] = &[
    ("killed", "gunicorn.worker_timeout", 6),
    ("user.missing", "user.switch_denied", 40),
];

fn killer_above<'a>(
    last: Reading<'a>,
    reading_at: impl Fn(usize) -> Option<Reading<'a>>,
) -> Reading<'a> {
    let Some((_, killer, within)) = KILLED_AFTER.iter().find(|(id, ..)| *id == last.1.sig.id)
    else {
        return last;
    };
    (last.0.saturating_sub(*within)..last.0)
        .rev()
        .find_map(|j| reading_at(j).filter(|(_, c, _)| c.sig.id == *killer))
        .unwrap_or(last)
}

/// How far above a reading the same condition, named with more of what it concerns, is looked for.
const RICHER_WITHIN: usize = 3;

/// The same condition read twice in a row (.NET's exception over its inner one, `---> …`; a
/// framework's message over the system error it wraps): the line that names more of what it
/// concerns (an address, a port, a path, a key) is the one quoted, so that the reading carries it.
fn richer_above<'a>(
    reading: Reading<'a>,
    reading_at: impl Fn(usize) -> Option<Reading<'a>>,
) -> Reading<'a> {
    let named = |r: &Reading<'_>| {
        r.1.re
            .capture_names()
            .flatten()
            .filter(|n| r.2.name(n).is_some_and(|m| !m.as_str().is_empty()))
            .count()
    };
    let own = named(&reading);
    (reading.0.saturating_sub(RICHER_WITHIN)..reading.0)
        .rev()
        .filter_map(reading_at)
        .find(|r| r.1.sig.id == reading.1.sig.id && named(r) > own)
        .unwrap_or(reading)
}

/// How far above a property of a Node error object its head (`[Error: EACCES: …] {`) is looked for.
const PROPERTIES_BELOW_HEAD: usize = 8;

/// A property Node's util.inspect prints under an error object (`code: 'EACCES',`, `errno: -13,`;
/// Bun's formatter quotes strings with `"`: `code: "EACCES"`) repeats what the object's head
/// says: where the same signature reads a line just above, that line is the reading. A code no
/// line above names (`code: 'ERR_OSSL_EVP_UNSUPPORTED'`) stays.
fn error_object_head<'a>(
    lines: &[&'a str],
    reading: Reading<'a>,
    reading_at: impl Fn(usize) -> Option<Reading<'a>>,
) -> Reading<'a> {
    static PROPERTY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"^\s*[a-z]\w*: (?:'[^']*'|"[^"]*"|-?\d+),?$"#).unwrap());
    if !PROPERTY.is_match(lines[reading.0]) {
        return reading;
    }
    let id = reading.1.sig.id;
    (reading.0.saturating_sub(PROPERTIES_BELOW_HEAD)..reading.0)
        .rev()
        .find_map(|j| reading_at(j).filter(|(_, c, _)| c.sig.id == id))
        .unwrap_or(reading)
}

/// A runtime's generic exception right under a line a specific signature reads is the wrapper a
/// library threw around it (jansi's "Unable to load jansi native library" under the
/// UnsatisfiedLinkError it logged): the specific line is the cause.
fn unwrapped<'a>(lines: &[&'a str], reading: Reading<'a>) -> Reading<'a> {
    let i = reading.0;
    if !RUNTIME_EXCEPTIONS.contains(&reading.1.sig.id) {
        return reading;
    }
    (i.saturating_sub(WRAPPED_WITHIN)..i)
        .rev()
        .find_map(|j| {
            read_line(lines, j)
                .filter(|(c, _)| {
                    c.sig.wrapper == Wrapper::No && !RUNTIME_EXCEPTIONS.contains(&c.sig.id)
                })
                .map(|(c, caps)| (j, c, caps))
        })
        .unwrap_or(reading)
}

/// Signatures whose lines in a row are one failure told line by line, the first being its cause,
/// with the signatures the lines of that run may carry: musl's loader reports every library it
/// could not load ("Error loading shared library", `lib.missing`), then every symbol those would
/// have provided ("Error relocating …: symbol not found", `lib.symbol_missing`), before it exits
/// (ldso/dynlink.c: load_deps, then reloc_all). Symbols alone are the C library's.
const TOLD_LINE_BY_LINE: &[(&str, &[&str])] = &[
    ("lib.missing", &["lib.missing"]),
    ("lib.symbol_missing", &["lib.missing", "lib.symbol_missing"]),
];

/// The same failure on several objects in a row (chown on each path, sysctl on each key) is read
/// at the first: where it began.
fn first_of_the_run<'a>(lines: &[&'a str], reading: Reading<'a>) -> Reading<'a> {
    let id = reading.1.sig.id;
    let same_signature = |j: usize| read_line(lines, j).is_some_and(|(c, _)| c.sig.id == id);
    let told = TOLD_LINE_BY_LINE
        .iter()
        .find(|(s, _)| *s == id)
        .map(|(_, run)| *run);
    let start = match told {
        Some(run) => first_above(reading.0, |j| {
            read_line(lines, j).is_some_and(|(c, _)| run.contains(&c.sig.id))
        }),
        None => run_start(lines, reading.0, same_signature),
    };
    match read_line(lines, start) {
        Some((c, caps)) if start != reading.0 => (start, c, caps),
        _ => reading,
    }
}

/// The first line of the run of lines above `at` that say the same failure of other objects
/// ([`same_failure_other_object`]) and that `also` accepts.
fn run_start(lines: &[&str], at: usize, also: impl Fn(usize) -> bool) -> usize {
    first_above(at, |j| {
        same_failure_other_object(lines[j], lines[j + 1]) && also(j)
    })
}

/// The first index of the unbroken run of lines above `at` that `joins` accepts (`at` itself
/// when the line above is not accepted).
fn first_above(mut at: usize, joins: impl Fn(usize) -> bool) -> usize {
    while at > 0 && joins(at - 1) {
        at -= 1;
    }
    at
}

/// The signature that names the crash, read from the last line up.
fn named(lines: &[&str]) -> Option<Crash> {
    let (i, mut c, mut caps) = unwrapped(lines, deciding_line(lines)?);
    let mut at = i;
    let mut detail = String::new();
    match c.sig.wrapper {
        Wrapper::No => {}
        // The nearest line above that a signature reads as a cause (not another wrapper).
        Wrapper::CauseAbove => {
            if let Some((j, cc, ccaps)) = (i.saturating_sub(80)..i).rev().find_map(|j| {
                // A quiet reading (a banner) is never what a failure below it wraps.
                read_line(lines, j)
                    .filter(|(cc, _)| cc.sig.wrapper == Wrapper::No && !QUIET.contains(&cc.sig.id))
                    .map(|(cc, ccaps)| (j, cc, ccaps))
            }) {
                (at, c, caps) = (j, cc, ccaps);
            }
        }
        Wrapper::DescriptionBelow => {
            if let Some(d) = lines
                .iter()
                .skip(i + 1)
                .take(8)
                .position(|l| l.trim() == "Description:")
            {
                detail = lines
                    .iter()
                    .skip(i + 2 + d)
                    .take(4)
                    .map(|l| l.trim())
                    .find(|l| !l.is_empty() && *l != "Action:")
                    .unwrap_or_default()
                    .to_string();
            }
        }
    }
    if c.sig.wrapper == Wrapper::No {
        (at, c, caps) = first_of_the_run(lines, (at, c, caps));
    }
    // `$detail` is not a group of the pattern: fill it in first, its own `$` escaped.
    let template = c.sig.summary.replace("$detail", &detail.replace('$', "$$"));
    let mut summary = String::new();
    caps.expand(&template, &mut summary);
    // Empty groups leave "()", a label with nothing after it ("(user )", "(port )") or a trailing
    // ": " behind.
    static EMPTY_PARENS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r" \((?:[a-z]+ )?\)").expect("empty parentheses compile"));
    let mut summary = EMPTY_PARENS
        .replace_all(&summary, "")
        .trim_end_matches([':', ' '])
        .to_string();
    let mut line = lines[at].trim().to_string();
    if !detail.is_empty() {
        line = format!("{line}: {detail}");
    } else if line.ends_with(':') {
        // A record that goes on below its colon (Rust >= 1.73's `thread 'main' panicked at
        // src/main.rs:7:5:` over the message, Apache's "Syntax error on line N of F:" over the
        // reason): the line below is part of what it says.
        if let Some(rest) = severity::below(lines, at) {
            line = format!("{line} {rest}");
            summary = format!("{summary}: {rest}");
        }
    }
    if !c.sig.summary.contains("$loc") {
        let ruby = c.sig.shapes == [Shape::Ruby];
        if let Some(loc) = locate(lines, at, ruby) {
            summary.push_str(&format!(" in {loc}"));
        }
    }
    // What the line names, by the naming convention of the signatures' groups.
    let named_by = |suffix: &str| {
        c.re.capture_names()
            .flatten()
            .filter(|name| name.ends_with(suffix))
            .find_map(|name| caps.name(name))
            .map(|m| m.as_str().to_string())
            .filter(|p| !p.is_empty())
    };
    let address = named_by("addr");
    let port = named_by("port")
        .or_else(|| {
            address
                .as_deref()
                .and_then(|a| a.trim_end_matches(['/', ']']).rsplit(':').next())
                .map(str::to_string)
        })
        .and_then(|p| p.parse().ok());
    Some(Crash {
        signature: c.sig.id.to_string(),
        summary,
        line,
        fix: c.sig.fix.to_string(),
        path: named_by("path"),
        address,
        host: named_by("host"),
        key: named_by("key"),
        principal: named_by("principal"),
        port,
    })
}

/// Whether two lines say the same failure of different objects: equal once their quoted parts
/// are masked, and the quoted parts differ (`chown: changing ownership of '/a': Operation not
/// permitted` over the same for '/b'). A retry of the same object (the same quoted parts, another
/// timestamp or attempt number) is not another object.
fn same_failure_other_object(a: &str, b: &str) -> bool {
    static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"'[^'\n]*'|"[^"\n]*"|‘[^’\n]*’|`[^`\n]*`"#).expect("quotes compile")
    });
    let shape = |l: &str| QUOTED.replace_all(l.trim(), "Q").into_owned();
    let quoted = |l: &str| -> Vec<String> {
        QUOTED
            .find_iter(l)
            .map(|m| m.as_str().to_string())
            .collect()
    };
    let (qa, qb) = (quoted(a), quoted(b));
    !qa.is_empty() && shape(a) == shape(b) && qa != qb
}

/// No signature: the last line a logger marked as an error, quoted, claiming no cause.
fn quote_last_error(lines: &[&str]) -> Option<Crash> {
    let (at, mut message) = severity::last_error(lines)?;
    // As for a named line: the first of the same failure on several objects in a row.
    if message == lines[at].trim() {
        message = lines[run_start(lines, at, |_| true)].trim().to_string();
    }
    Some(Crash {
        signature: LAST_ERROR.to_string(),
        summary: "Its last logged error, a failure no signature names yet".to_string(),
        line: message,
        fix: "Fix what the quoted line says; the log lines above it give its context".to_string(),
        path: None,
        address: None,
        host: None,
        key: None,
        principal: None,
        port: None,
    })
}

/// Nothing says it failed: the last line the process printed, quoted, claiming nothing.
fn quote_last_line(lines: &[&str]) -> Option<Crash> {
    let (_, line) = severity::last_statement(lines)?;
    Some(Crash {
        signature: LAST_LINE.to_string(),
        summary: "Its last line: no line of the log says that it failed".to_string(),
        line,
        fix: "Read the log up to this line and the container's exit code: a program that stops without an error line often printed its usage, or was stopped from outside".to_string(),
        path: None,
        address: None,
        host: None,
        key: None,
        principal: None,
        port: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// .NET's exception over its inner one names the same condition twice: the outer line names
    /// the address, so it is quoted and the reading carries the port.
    #[test]
    fn of_the_same_condition_twice_the_line_naming_more_is_quoted() {
        let c = recognise(&[
            "Unhandled exception. System.IO.IOException: Failed to bind to address http://0.0.0.0:8080: address already in use.",
            " ---> System.Net.Sockets.SocketException (98): Address already in use",
            "   at System.Net.Sockets.Socket.Bind(EndPoint localEP)",
        ])
        .unwrap();
        assert_eq!(c.signature, "net.addr_in_use");
        assert_eq!(c.port, Some(8080), "{c:?}");
        assert!(c.line.contains("http://0.0.0.0:8080"), "{c:?}");
    }

    /// A structured record is shown as its level, message and error; the raw record stays.
    #[test]
    fn a_structured_record_is_shown_as_its_message_and_error() {
        let line = r#"{"level":"fatal","ts":1700000000.2,"caller":"main.go:42","msg":"failed to connect to database","error":"dial tcp 10.0.0.5:5432: connect: connection refused"}"#;
        let c = recognise(&[line]).unwrap();
        assert_eq!(c.line, line);
        assert_eq!(
            c.shown_line(),
            "fatal failed to connect to database: dial tcp 10.0.0.5:5432: connect: connection refused"
        );
        // pino: a numeric level is left out, the err object's message kept.
        let pino = r#"{"level":50,"time":1,"msg":"boot failed","err":{"type":"Error","message":"getaddrinfo ENOTFOUND redis.internal"}}"#;
        assert_eq!(
            readable_record(pino).as_deref(),
            Some("boot failed: getaddrinfo ENOTFOUND redis.internal")
        );
        assert_eq!(readable_record("plain line"), None);
        assert_eq!(readable_record(r#"{"no":"message"}"#), None);
    }

    /// Go's standard logger (log.LstdFlags: `2009/11/10 23:00:00 `) and nginx's error log put the
    /// date year first with slashes: a prefix like the others.
    #[test]
    fn gos_log_date_is_a_prefix() {
        assert_eq!(
            unprefixed("2024/05/01 10:00:00 failed to open the state store: permission denied"),
            "failed to open the state store: permission denied"
        );
        assert_eq!(
            unprefixed("2024/05/01 10:00:00 [emerg] 1#1: unknown directive \"proxy_passs\""),
            "[emerg] 1#1: unknown directive \"proxy_passs\""
        );
    }

    /// Go's function lines with aggregate arguments (`{0x…, 0x…?}`, DataDog/helm-charts#1181) are
    /// frames: a tail of frames alone claims nothing.
    #[test]
    fn gos_function_lines_with_aggregate_arguments_are_frames() {
        let tail = [
            "github.com/DataDog/datadog-agent/cmd/cluster-agent/subcommands/start.start({0x45cef80, 0x64a4d68}, {0x45e08d0?, 0xc000bab158}, {0x45d2c90, 0xc000c46b90}, {0x45d6d70?, 0xc0001e7380}, 0x9?)",
            "        /go/src/github.com/DataDog/datadog-agent/cmd/cluster-agent/subcommands/start/command.go:303 +0x15f8",
            "reflect.Value.call({0x34b63e0?, 0x3bd57d8?, 0x10?}, {0x39ed093, 0x4}, {0xc0001e7480, 0x5, 0xc000e3f900?})",
            "        /goroot/src/reflect/value.go:586 +0xb0b",
        ];
        assert_eq!(recognise(&tail), None);
    }

    /// musl's loader (ldso/dynlink.c) reports the library it could not load, then each symbol
    /// that library would have provided: the first line is the cause.
    #[test]
    fn musls_loader_is_read_at_the_library_it_could_not_load() {
        let tail = [
            "Error loading shared library libstdc++.so.6: No such file or directory (needed by /app/server)",
            "Error relocating /app/server: _ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm: symbol not found",
            "Error relocating /app/server: __cxa_begin_catch: symbol not found",
        ];
        let c = recognise(&tail).unwrap();
        assert_eq!(c.signature, "lib.missing");
        assert_eq!(c.line, tail[0]);
    }

    /// gunicorn's arbiter reports a worker's signal as the raw wait status when the core-dump
    /// bit is set (serengil/deepface#871: 132 = 0x80 | SIGILL), under gunicorn's own timestamp
    /// (`[2023-10-24 15:44:19 +0000]`, a space before the offset).
    #[test]
    fn gunicorns_signalled_worker_is_read_as_its_signal() {
        let tail = [
            "[2023-10-24 15:44:18 +0000] [7] [INFO] Booting worker with pid: 7",
            "[2023-10-24 15:44:19 +0000] [1] [ERROR] Worker (pid:7) was sent code 132!",
        ];
        let c = recognise(&tail).unwrap();
        assert_eq!(c.signature, "native.illegal_instruction");
        assert_eq!(c.line, "[1] [ERROR] Worker (pid:7) was sent code 132!");
    }

    /// Docker's json-file records (hofq/docker-templates#35, the raw `*-json.log` an Unraid
    /// template showed): each record is the line the process printed; an empty one says nothing.
    #[test]
    fn a_docker_json_file_record_is_read_as_the_line_it_holds() {
        let tail = [
            r#"{"log":"\n","stream":"stderr","time":"2025-01-25T01:53:11.208911297Z"}"#,
            r#"{"log":"/app/node_modules/better-sqlite3/lib/methods/wrappers.js:9\n","stream":"stderr","time":"2025-01-25T01:53:11.20893367Z"}"#,
            r#"{"log":"SqliteError: no such column: password\n","stream":"stderr","time":"2025-01-25T01:53:11.209966404Z"}"#,
            r#"{"log":"    at Database.exec (/app/node_modules/better-sqlite3/lib/methods/wrappers.js:9:14)\n","stream":"stderr","time":"2025-01-25T01:53:11.209979215Z"}"#,
        ];
        let c = recognise(&tail).unwrap();
        assert_eq!(c.line, "SqliteError: no such column: password");
        // FireLens's record, as a `cloudwatch_logs` output without `log_key` writes it (the
        // metadata fields of the AWS for Fluent Bit documentation's example).
        let firelens = [
            r#"{"container_id":"f0a1b2c3d4e5","container_name":"/ecs-app-1-app-8e9f","ecs_cluster":"prod","ecs_task_arn":"arn:aws:ecs:us-east-1:123456789012:task/prod/0123456789abcdef0123456789abcdef","ecs_task_definition":"app:1","log":"psycopg2.OperationalError: FATAL:  password authentication failed for user \"app\"","source":"stderr"}"#,
        ];
        assert_eq!(recognise(&firelens).unwrap().signature, "db.auth");
    }

    /// A structured record whose field holds a stack (pino's `err.stack`, structlog's
    /// `exception`): the lines it holds are read after the record.
    #[test]
    fn a_structured_records_stack_is_read() {
        let tail = [
            r#"{"level":50,"time":1700000000100,"msg":"boot failed","err":{"type":"Error","message":"connect ECONNREFUSED 10.0.3.7:5432","stack":"Error: connect ECONNREFUSED 10.0.3.7:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"}}"#,
        ];
        let c = recognise(&tail).unwrap();
        assert_eq!(c.signature, "net.refused");
        // A record without a multi-line field is read as itself.
        let flat = [
            r#"{"level":"fatal","msg":"failed to connect","error":"dial tcp 10.0.0.5:5432: connect: connection refused"}"#,
        ];
        assert_eq!(recognise(&flat).unwrap().line, flat[0]);
    }

    /// The properties util.inspect prints under a Node error (cryptpad/documentation#122) repeat
    /// its head, which is quoted; a code only a property names stays the reading.
    #[test]
    fn a_node_error_objects_head_is_quoted_not_its_properties() {
        let tail = [
            "cryptpad-1  | [Error: EACCES: permission denied, mkdir '/cryptpad/data/logs'] {",
            "cryptpad-1  |   errno: -13,",
            "cryptpad-1  |   code: 'EACCES',",
            "cryptpad-1  |   syscall: 'mkdir',",
            "cryptpad-1  |   path: '/cryptpad/data/logs'",
            "cryptpad-1  | }",
        ];
        let c = recognise(&tail).unwrap();
        assert_eq!(c.signature, "fs.permission");
        assert!(c.line.starts_with("[Error: EACCES"), "{}", c.line);
    }

    /// Bun prints an error's properties with double quotes (`code: "EACCES"`): the same head wins.
    #[test]
    fn a_bun_error_objects_head_is_quoted_not_its_properties() {
        let tail = [
            "EACCES: permission denied, mkdir '/home/bun/.config/app/uploads'",
            "    path: \"/home/bun/.config/app/uploads\",",
            " syscall: \"mkdir\",",
            "   errno: -13,",
            "    code: \"EACCES\"",
        ];
        let c = recognise(&tail).unwrap();
        assert_eq!(c.signature, "fs.permission");
        assert!(
            c.line.starts_with("EACCES: permission denied"),
            "{}",
            c.line
        );
    }

    /// A server's banner naming the loopback address decides only when nothing below it fails.
    #[test]
    fn a_loopback_banner_decides_only_when_nothing_below_fails() {
        // gunicorn's own lines (arbiter.py), its default bind: the log ends while it runs.
        let quiet = [
            "[2024-03-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0",
            "[2024-03-01 10:00:00 +0000] [1] [INFO] Listening at: http://127.0.0.1:8000 (1)",
            "[2024-03-01 10:00:00 +0000] [1] [INFO] Using worker: sync",
            "[2024-03-01 10:00:00 +0000] [7] [INFO] Booting worker with pid: 7",
        ];
        let c = recognise(&quiet).unwrap();
        assert_eq!(c.signature, "net.listen_loopback", "{c:?}");
        assert!(c.summary.contains("http://127.0.0.1:8000"), "{}", c.summary);
        // The same banner, then a worker that fails: the failure is what the log says.
        let failed = [
            quiet[0],
            quiet[1],
            quiet[2],
            "[2024-03-01 10:00:01 +0000] [7] [ERROR] Exception in worker process",
            "ModuleNotFoundError: No module named 'app'",
        ];
        let c = recognise(&failed).unwrap();
        assert_ne!(c.signature, "net.listen_loopback", "{c:?}");
        // Bound to every interface: nothing to say about the address.
        let all = ["[2024-03-01 10:00:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)"];
        assert!(recognise(&all).is_none_or(|c| c.signature != "net.listen_loopback"));
    }

    /// Real banners of servers bound to every interface (each thread's failure was elsewhere):
    /// the loopback reading stays silent.
    #[test]
    fn a_banner_on_every_interface_claims_nothing_about_the_address() {
        let tails: &[&[&str]] = &[
            // https://github.com/tiangolo/uvicorn-gunicorn-fastapi-docker/issues/11
            &[
                "[2019-06-18 15:17:00 +0000] [1] [INFO] Starting gunicorn 19.9.0",
                "[2019-06-18 15:17:00 +0000] [1] [INFO] Listening at: http://0.0.0.0:80 (1)",
                "[2019-06-18 15:17:00 +0000] [1] [INFO] Using worker: uvicorn.workers.UvicornWorker",
                "[2019-06-18 15:17:00 +0000] [8] [INFO] Booting worker with pid: 8",
                "[2019-06-18 15:17:00 +0000] [9] [INFO] Booting worker with pid: 9",
                "[2019-06-18 15:17:01 +0000] [8] [INFO] Started server process [8]",
                "[2019-06-18 15:17:01 +0000] [9] [INFO] Started server process [9]",
                "[2019-06-18 15:17:01 +0000] [9] [INFO] Waiting for application startup.",
                "[2019-06-18 15:17:01 +0000] [8] [INFO] Waiting for application startup.",
            ],
            // https://github.com/wsvincent/djangoforprofessionals/issues/45
            &[
                "Watching for file changes with StatReloader",
                "Performing system checks...",
                "",
                "System check identified no issues (0 silenced).",
                "March 29, 2020 - 16:44:16",
                "Django version 3.0, using settings 'hello_project.settings'",
                "Starting development server at http://0.0.0.0:8000/",
                "Quit the server with CONTROL-C.",
            ],
            // https://github.com/mozilla/testpilot/issues/54
            &[
                "server_1 | Django version 1.8.4, using settings 'idea_town.settings'",
                "server_1 | Starting development server at http://0.0.0.0:8000/",
                "server_1 | Quit the server with CONTROL-C.",
            ],
            // https://github.com/pgjones/hypercorn/issues/182
            &[
                "[2024-01-24 13:26:10 +0800] [39801] [INFO] Running on https://0.0.0.0:8080 (CTRL + C to quit)",
                "2024-01-24 13:26:10 INFO     Running on https://0.0.0.0:8080 (CTRL + C to quit)",
                "[2024-01-24 13:26:10 +0800] [39801] [INFO] Running on https://0.0.0.0:4433 (QUIC) (CTRL + C to quit)",
                "2024-01-24 13:26:10 INFO     Running on https://0.0.0.0:4433 (QUIC) (CTRL + C to quit)",
            ],
        ];
        for tail in tails {
            let c = recognise(tail);
            assert!(
                c.as_ref()
                    .is_none_or(|c| c.signature != "net.listen_loopback"),
                "{c:?}"
            );
        }
    }

    #[test]
    fn every_signature_compiles_and_ids_are_unique() {
        assert_eq!(compiled().len(), SIGNATURES.len());
        let mut seen = std::collections::HashSet::new();
        for s in SIGNATURES {
            assert!(seen.insert(s.id), "duplicate {}", s.id);
            assert!(!s.fix.is_empty() && !s.summary.is_empty());
        }
        // The reader's own lists name signatures by id: each must be one.
        for id in EXHAUSTION
            .iter()
            .chain(RUNTIME_EXCEPTIONS)
            .chain(QUIET)
            .chain(&[THREAD_CREATE])
        {
            assert!(seen.contains(id), "{id} is no signature");
        }
        // Groups are filled in the summary only: a fix naming one would show `$name` as is.
        for c in compiled() {
            for name in c.re.capture_names().flatten() {
                assert!(
                    !c.sig.fix.contains(&format!("${name}")),
                    "{}: the fix names ${name}",
                    c.sig.id
                );
            }
        }
    }

    #[test]
    fn a_python_key_error_names_the_variable_and_the_line() {
        let log = [
            "Traceback (most recent call last):",
            "  File \"/app/manage.py\", line 22, in <module>",
            "  File \"/app/app/settings.py\", line 12, in <module>",
            "    DATABASE_URL = os.environ['DATABASE_URL']",
            "  File \"/usr/local/lib/python3.11/os.py\", line 679, in __getitem__",
            "    raise KeyError(key) from None",
            "KeyError: 'DATABASE_URL'",
        ];
        let c = recognise(&log).unwrap();
        assert_eq!(c.signature, "config.missing_env");
        assert_eq!(
            c.summary,
            "A required environment variable is not set (DATABASE_URL) in app/settings.py:12"
        );
        assert_eq!(c.line, "KeyError: 'DATABASE_URL'");
    }

    #[test]
    fn the_last_matching_line_decides() {
        let log = [
            "WARN retrying: connect ECONNREFUSED 10.0.1.5:5432",
            "Error: Cannot find module 'express'",
            "    at Module._resolveFilename (node:internal/modules/cjs/loader:1039:15)",
            "    at Object.<anonymous> (/usr/src/app/server.js:3:17)",
        ];
        let c = recognise(&log).unwrap();
        assert_eq!(c.signature, "node.module");
        assert_eq!(
            c.summary,
            "Node.js cannot find module express in /usr/src/app/server.js:3"
        );
    }

    #[test]
    fn a_fatal_error_is_gos_only_with_gos_trace() {
        let go = [
            "fatal error: all goroutines are asleep - deadlock!",
            "",
            "goroutine 1 [chan receive]:",
            "main.main()",
            "\t/src/main.go:9 +0x3d",
        ];
        assert_eq!(recognise(&go).unwrap().signature, "go.fatal");
        let c = [
            "[1733400000] daemon[1:0] info: start of service",
            "fatal error: could not open the pid file: Permission denied",
        ];
        assert_ne!(recognise(&c).unwrap().signature, "go.fatal");
    }

    #[test]
    fn every_node_resolver_wording_is_a_missing_module() {
        for line in [
            "Error: Cannot find module 'dotenv'",
            "{\"level\":\"error\",\"msg\":\"Cannot find module 'dotenv'\"}",
            "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'express' imported from /app/server.js",
            "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './lib/util' is not defined by \"exports\" in /app/node_modules/kit/package.json",
            "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '/app/dist/routes' is not supported resolving ES modules imported from /app/dist/main.js",
        ] {
            assert_eq!(recognise(&[line]).unwrap().signature, "node.module", "{line}");
        }
    }

    #[test]
    fn the_runtime_is_read_from_the_traceback_shape() {
        // A JavaScript TypeError is Node's, not Python's.
        let js = [
            "TypeError: Cannot read properties of undefined (reading 'x')",
            "    at main (/app/index.js:3:9)",
        ];
        assert_eq!(recognise(&js).unwrap().signature, "node.exception");
        // A dotted class under Python frames is Python's, whatever its name ends in.
        let py = [
            "Traceback (most recent call last):",
            "  File \"/app/manage.py\", line 22, in <module>",
            "    main()",
            "django.core.exceptions.ImproperlyConfigured: settings.DATABASES is improperly configured.",
        ];
        let c = recognise(&py).unwrap();
        assert_eq!(c.signature, "python.exception");
        assert!(c
            .summary
            .starts_with("Python raised django.core.exceptions.ImproperlyConfigured"));
        let sa = [
            "  File \"/app/db.py\", line 3, in <module>",
            "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string 'postgres//db'",
        ];
        assert_eq!(recognise(&sa).unwrap().signature, "python.exception");
        // Handed an empty URL, the same exception says a setting is missing.
        let empty = [
            sa[0],
            "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string ''",
        ];
        assert_eq!(recognise(&empty).unwrap().signature, "config.missing_env");
        // The same dotted line under Java frames is Java's.
        let java = [
            "org.example.BootFailure: no config",
            "\tat org.example.Main.main(Main.java:12)",
        ];
        assert_eq!(recognise(&java).unwrap().signature, "java.exception");
        // Alone, a name both languages have names no runtime: the line is quoted, no cause claimed.
        let alone = recognise(&["TypeError: x is not a function"]).unwrap();
        assert_eq!(alone.signature, LAST_ERROR);
        // A logger's error line is quoted, still without a cause.
        let logged = recognise(&["ERROR:__main__:Unexpected error"]).unwrap();
        assert_eq!(logged.signature, LAST_ERROR);
    }

    #[test]
    fn a_wrapper_quotes_its_cause() {
        let log = [
            "ModuleNotFoundError: No module named 'wsgi'",
            "[2024-03-11 09:26:13 +0000] [11] [INFO] Worker exiting (pid: 11)",
            "[2024-03-11 09:26:13 +0000] [7] [INFO] Reason: Worker failed to boot.",
        ];
        let c = recognise(&log).unwrap();
        assert_eq!(c.signature, "python.module");
        assert_eq!(c.line, "ModuleNotFoundError: No module named 'wsgi'");
        let spring = [
            "APPLICATION FAILED TO START",
            "",
            "Description:",
            "",
            "Failed to bind properties under 'server.port' to java.lang.Integer",
            "",
            "Action:",
        ];
        assert_eq!(
            recognise(&spring).unwrap().summary,
            "Spring Boot failed to start: Failed to bind properties under 'server.port' to java.lang.Integer"
        );
    }

    #[test]
    fn a_make_line_under_a_ruby_traceback_header_is_not_a_python_exception() {
        // Ruby 2.5-3.3 print Python's "Traceback (most recent call last):" header too.
        let log = [
            "Traceback (most recent call last):",
            "\t1: from /usr/local/lib/ruby/site_ruby/2.6.0/rubygems.rb:252:in `bin_path'",
            "Makefile:21: recipe for target 'build' failed",
        ];
        // Quoted as the last failure (no cause claimed), never read as Python's.
        assert_eq!(recognise(&log).unwrap().signature, LAST_ERROR);
        let py = ["Traceback (most recent call last):", "ValueError: bad"];
        assert_eq!(recognise(&py).unwrap().signature, "python.exception");
    }

    #[test]
    fn only_ports_below_1024_are_read_as_privileged() {
        let low = recognise(&["Error: listen EACCES: permission denied 0.0.0.0:80"]).unwrap();
        assert_eq!(low.signature, "net.privileged_port");
        assert!(low.summary.contains("(port 80)"));
        // An EACCES on a high port is not the low-port rule (a file or socket permission).
        let high = recognise(&["Error: listen EACCES: permission denied 0.0.0.0:8080"]).unwrap();
        assert_eq!(high.signature, "fs.permission");
        let go = recognise(&["listen tcp :443: bind: permission denied"]).unwrap();
        assert_eq!(go.signature, "net.privileged_port");
    }

    #[test]
    fn nothing_recognised_is_only_quoted_and_huge_lines_are_safe() {
        let quiet = recognise(&["listening on :8080", "GET /health 200"]).unwrap();
        assert_eq!(
            (quiet.signature.as_str(), quiet.line.as_str()),
            (LAST_LINE, "GET /health 200")
        );
        let huge = "é".repeat(10_000);
        let c = recognise(&[huge.as_str()]).unwrap();
        assert!(c.line.len() <= 4096, "clipped");
        let empty: [&str; 0] = [];
        assert_eq!(recognise(&empty), None);
        assert_eq!(recognise(&["", "   at x (y.js:1:1)", "====="]), None);
    }

    #[test]
    fn a_chained_error_is_read_at_its_innermost_cause() {
        // Go's fmt.Errorf("...: %w") chain: the cause is furthest right.
        let c = recognise(&[
            "Error: error creating self-signed certificates: mkdir /var/run/app: read-only file system",
        ])
        .unwrap();
        assert_eq!(
            (c.signature.as_str(), c.path.as_deref()),
            ("fs.read_only", Some("/var/run/app"))
        );
        // A match inside another is part of it: the privileged port, not the bare EACCES.
        let p = recognise(&["Error: listen EACCES: permission denied 0.0.0.0:443"]).unwrap();
        assert_eq!(p.signature, "net.privileged_port");
    }

    #[test]
    fn running_out_of_memory_outranks_what_follows_it() {
        let log = [
            "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
            "\tat com.example.Cache.fill(Cache.java:42)",
            "Failed to write core dump to /dumps/core.1: Permission denied",
        ];
        assert_eq!(recognise(&log).unwrap().signature, "java.oom");
    }

    #[test]
    fn a_record_continued_below_its_colon_is_quoted_whole() {
        // Rust >= 1.73 (library/std/src/panicking.rs): the location, then the message below.
        let log = [
            "thread 'main' panicked at src/main.rs:12:5:",
            "DATABASE_URL must be a postgres URL",
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
        ];
        let c = recognise(&log).unwrap();
        assert_eq!(c.signature, "rust.panic");
        assert!(
            c.line.ends_with("DATABASE_URL must be a postgres URL"),
            "{}",
            c.line
        );
        assert!(
            c.summary.contains("DATABASE_URL must be a postgres URL"),
            "{}",
            c.summary
        );
    }

    #[test]
    fn a_generic_exception_under_its_specific_cause_is_read_at_the_cause() {
        // fusesource/jansi#193: the library logs the loader's error, then throws its own.
        let log = [
            "java.lang.UnsatisfiedLinkError: /tmp/jansi-2.2.1-libjansi.so: /tmp/jansi-2.2.1-libjansi.so: failed to map segment from shared object",
            "Exception in thread \"main\" java.lang.RuntimeException: Unable to load jansi native library",
            "\tat org.fusesource.jansi.internal.JansiLoader.initialize(JansiLoader.java:62)",
        ];
        let c = recognise(&log).unwrap();
        assert_eq!(c.signature, "lib.map_failed");
        assert_eq!(c.line, log[0]);
    }

    #[test]
    fn the_same_failure_on_several_objects_is_read_at_the_first() {
        // endurain-project/endurain#69: chown refused on each path in turn.
        let log = [
            "chown: changing ownership of '/app/backend/logs': Operation not permitted",
            "chown: changing ownership of '/app/backend/files/processed': Operation not permitted",
        ];
        assert_eq!(recognise(&log).unwrap().line, log[0]);
        // A retry of the same object is not another object: the last stays.
        let retries = [
            "2024-05-01 10:00:01 ERROR could not connect to 'db:5432': connection refused (attempt 1)",
            "2024-05-01 10:00:06 ERROR could not connect to 'db:5432': connection refused (attempt 2)",
        ];
        assert!(!same_failure_other_object(retries[0], retries[1]));
    }

    #[test]
    fn with_no_error_line_the_last_line_is_quoted_claiming_nothing() {
        let log = [
            "Starting taskmanager daemon on host flink-worker.",
            "    at main (/app/index.js:1:1)",
            "",
        ];
        let c = recognise(&log).unwrap();
        assert_eq!(c.signature, LAST_LINE);
        assert_eq!(c.line, log[0]);
        // Advice and banners are not what it printed last.
        let advice = [
            "Listening on 0.0.0.0:8080 for incoming jobs",
            "To see more, run with --verbose",
            "==========",
        ];
        assert_eq!(recognise(&advice).unwrap().line, advice[0]);
    }

    #[test]
    fn a_thread_that_cannot_start_is_not_out_of_memory() {
        // scireum/s3ninja#205 and the JVM's banner as HotSpot prints it under such a line.
        let log = [
            "[0.014s][warning][os,thread] Failed to start thread \"GC Thread#0\" - pthread_create failed (EPERM) for attributes: stacksize: 1024k, guardsize: 4k, detached.",
            "#",
            "# There is insufficient memory for the Java Runtime Environment to continue.",
            "# Cannot create worker GC thread. Out of system resources.",
        ];
        assert_eq!(recognise(&log).unwrap().signature, "thread.create");
        let native = ["Exception in thread \"main\" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached"];
        assert_eq!(recognise(&native).unwrap().signature, "thread.create");
    }
}
