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
//! - glog/klog's `E1205 12:00:00.000000` and `F…` prefixes, MongoDB's pre-4.4 text format's
//!   severity letter (`F CONTROL  [initandlisten] …`);
//! - Microsoft.Extensions.Logging's console formatter: `fail: Category[0]` / `crit: …`, the
//!   message on the next, indented line; X.Org's `(EE)`;
//! - a line that starts with the word itself (`error: …`, `Error: …`, `fatal: …`, `panic: …`),
//!   as CLIs and `fn main() -> Result` print it.
//!
//! A runtime marks its own failures as surely as a logger does: an exception or panic is printed
//! in a fixed shape whatever the program (`pkg.module.SomeError: message`, `Caused by: …`,
//! Ruby's `… (NameError)`, Elixir's `** (RuntimeError) …`, Rust's `thread 'main' panicked at`,
//! Go's `fatal error:`). Such a line counts as marked.
//!
//! A record may say why on the lines below its mark: Spring Boot's failure analysis
//! (`ERROR … LoggingFailureAnalysisReporter :`, a banner, `Description:`, the reason), a tool's
//! `… failed with:`. A marked line that ends in a colon is quoted together with the first line
//! below it that says something.
//!
//! Without any marked line, the last line in the words of failure: a system error's strerror(3)
//! text (`cp: cannot stat 'x': No such file or directory`), a signal's strsignal(3) text as the
//! shell reports a killed job (`Killed`, `Segmentation fault (core dumped)`), or a verb or state
//! of failure (`could not`, `not defined`, `already running`), never a stack frame.
//!
//! Some lines are never the answer: advice (`To install …, run …`, `If you need help …`), the
//! links between chained exceptions (`During handling of the above exception …`), and lines that
//! only close (`Aborting`, `Fatal errors found in configuration`, `Command failed with exit code
//! 1`, `Retrying in 5 seconds`): a closing line gives way to the nearest statement above it,
//! unless it quotes its cause itself.

use regex::Regex;
use std::sync::LazyLock;

/// The signature id of a line quoted by this fallback (a severity mark or the words of failure):
/// it names no cause, and the scoring of the corpora counts it apart from both a right reading
/// and a false claim.
pub const LAST_ERROR: &str = "log.error_line";

/// The signature id of the last resort's quote when no line is marked or worded as a failure: the
/// last line the process printed. It names no cause either, and is counted as [`LAST_ERROR`] is.
pub const LAST_LINE: &str = "log.last_line";

/// The name an error is thrown under at the start of a line (`Error`, `TypeError`,
/// `errors.ConfigError`, `Uncaught RangeError`), for the heads of multi-line messages.
macro_rules! error_name {
    () => {
        r"^(?:Uncaught )?(?:[\w$]+\.)*[A-Z]?\w*(?:Error|Exception)"
    };
}

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
        // glog/klog; MongoDB's text format before 4.4 (`F CONTROL  [initandlisten] …`).
        r"|^[EF]\d{4} \d{2}:\d{2}:\d{2}\.\d+|^[EF] [A-Z]{2,}\s+\[",
        // Microsoft.Extensions.Logging's console formatter.
        r"|^(?:fail|crit): ",
        // X.Org's log: os/log.c marks an X_ERROR message "(EE)".
        r"|^\(EE\) ",
        // The word itself first.
        r"|^(?:error|Error|ERROR|fatal|Fatal|panic)(?:\[\w+\])?[:!] ",
    ))
    .expect("severity marks compile")
});

/// Lines that only announce the end, or point elsewhere for the reason: a program logs them after
/// the line that says why (MySQL's "Aborting", Spring Boot's "Application run failed", npm's and
/// yarn's own errors, make's `*** [target] Error 1`, HAProxy's "Fatal errors found in
/// configuration" and "Error(s) found in configuration file", the JVM launcher's "A fatal exception
/// has occurred. Program will exit.", Perl's
/// "BEGIN failed--compilation aborted", a retry loop's "Retrying in 5 seconds").
static TERMINATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:aborting|application run failed|shutting down|exiting|exited with|stopping|terminating|giving up|unable to start|failed to start|startup failed|did(?:n.t| not) exit successfully",
        r"|see (?:above|below|the logs?)|error(?:s|\(s\))? (?:were |was )?found in|(?:will|must) exit|compilation (?:aborted|failed)",
        r"|retrying|retry in|will try again|command failed with exit code|(?:failed|exited|terminated) with (?:exit )?(?:code|status)",
        r"|exit (?:code|status):? -?\d+|a (?:fatal|jni) (?:exception|error) has occurred|failed at the \S+ (?:\S+ )?script",
        // A phase that failed, named and nothing more (php-fpm's "FPM initialization failed",
        // Elasticsearch's "bootstrap checks failed", Kafka's "Fatal error during KafkaServer
        // startup. Prepare to shutdown", systemd's "Failed with result 'exit-code'", the JVM
        // launcher's "Could not create the Java Virtual Machine", "check the logs at …").
        r"|(?:initiali[sz]ation|start-?up|bootstrap(?: checks)?|validation) (?:has )?failed|fatal error during \w+ startup",
        r"|prepare to shut ?down|failed with result|could not create the java virtual machine|check the logs?",
        // A configuration judged invalid with the reasons listed below it (Airlift's and Guice's
        // "Configuration is invalid" over "1) Defunct property …").
        r"|(?:configuration|config|settings|options|arguments) (?:is|are) invalid\.?$",
        // A line that only says something went wrong ("An error has occurred!", Shiny's).
        r"|^an? (?:error|exception|problem) (?:has )?occurred[.!]*$",
        // systemd closing a unit whose process failed (src/core/service.c "Main process exited,
        // code=%s, status=%i/%s", src/core/unit.c "Unit entered failed state.", "Failed to start
        // %s."), as journald prefixes show them on an instance's log.
        r"|main process exited|entered failed state|failed to start [\w .@-]+\.(?:service|scope)",
        // A line that stops because of the errors it logged before ("Can't continue due to the
        // errors loading the configuration", "Cannot proceed because of previous errors").
        r"|(?:can(?:no|')?t|unable to) (?:continue|proceed)|(?:due to|because of) (?:the )?(?:above |previous |earlier |preceding )?errors)\b",
        // "<Something> failed to <verb>." and nothing more ("App failed to load.", "Unable to
        // start Kestrel."): what failed, not why.
        r"|(?:failed|unable) to \w+(?: [\w.-]+){0,2}\.?$",
        r"|npm (?:ERR!|error)|^make(?:\[\d+\])?: \*\*\*|^\S*\s*(?:error|ERROR)\s*$",
        // MongoDB's fassert after the error it logged ("Fatal assertion" with only a msgid and a
        // source line, then "***aborting after fassert() failure", src/mongo/util/
        // assert_util.cpp); PostgreSQL's "configuration file \"%s\" contains errors" after the
        // lines it refused (guc-file.l).
        r"|fatal assertion|aborting after \w+\(\) failure|(?:file|configuration) [^\r\n]{0,200} contains errors",
        // Supervisors and process managers closing on a child that failed before: supervisord's
        // "gave up: %s entered FATAL state, too many start retries too quickly"
        // (supervisor/process.py), PM2's "Script %s had too many unstable restarts (%d).
        // Stopped." (lib/God/ActionMethods), nodemon's "app crashed - waiting for file changes
        // before starting...", s6-overlay's "s6-rc failed to properly bring all the services up!
        // Check your logs", pg_ctl's "could not start server" / "Examine the log output."
        // (src/bin/pg_ctl/pg_ctl.c), Apache httpd's "AH00013: Pre-configuration failed" and
        // "AH00016: Configuration Failed" (server/main.c), Yarn's "Failed with errors".
        r"|entered fatal state|too many (?:start retries|unstable restarts)|app crashed - waiting for file changes|check your logs?\b|could not start (?:the )?server|examine the log output|(?:pre-)?configuration failed\b|failed with errors",
        // git's closing line after the transport's own error ("Permission denied (publickey).",
        // "Repository not found."): "Could not read from remote repository." (connect.c); Yarn
        // 1's after the engine check it failed: "Found incompatible module." (reporters/lang/en.js).
        r"|could not read from remote repository|found incompatible module",
        // A build or task that reports the step it ran, after that step's own error: docker
        // build's "The command '%s' returned a non-zero code: %d" (moby builder/dockerfile);
        // Rails' db:create "Couldn't create '%s' database. Please check your configuration." (and
        // before 6.1 "Couldn't create database for %s", activerecord tasks/database_tasks.rb)
        // printed after the exception; Spring's "LifecycleProcessor not initialized - call
        // 'refresh'" (AbstractApplicationContext), thrown while closing a context whose refresh
        // failed above.
        r"|returned a non-zero code|couldn.t create (?:'[^']*' )?database|lifecycleprocessor not initialized",
        // bash's report of a job that SIGTERM ended ("line 185:    70 Terminated    tail -F …",
        // jobs.c with strsignal(SIGTERM)): a script stopping its helpers on the way out, or the
        // stop ECS itself sends, never why the program failed.
        r"|line \d+:\s+\d+ terminated\s",
    ))
    .expect("terminators compile")
});

/// A closing line that names its cause is not only a closing line ("Could not connect, will try
/// again: (OperationalError) … password authentication failed", "Web server failed to start.
/// Port 8080 was already in use").
static CAUSE_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\w(?:error|exception)\b|already in use|no such file|permission denied|connection refused|authentication failed|not found")
        .expect("causes compile")
});

/// Advice, pointers and the links between chained exceptions: never the line that says why.
static NOT_A_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Behind a tool's own mark too (`npm error To see a list of scripts, run:`).
        r"(?i)^(?:(?:npm )?(?:err!|error|warn)[:!]?\s+)?(?:to |run |see |please |if you |for more |try |consider |visit |you (?:can|may|might|need|should) |did you mean|hint:)",
        r"|^\(?background on this error|^during handling of the above exception|^the above exception was the direct cause",
        r"|download:\s*$|^https?://\S+$|\bat:$",
        // The properties Node prints under an error object (`code: 'EACCES',`, `errno: -13,`).
        r"|(?-i:^[a-z]\w*: (?:'[^']*'|-?\d+),?$)",
    ))
    .expect("non-statements compile")
});

/// An exception or panic as a runtime prints it (see the module's comment).
static THROWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // A class, dotted or `::`-joined, whose name says error/exception, or that lives in a
        // module named for them (`django.core.exceptions.ImproperlyConfigured`), then its message.
        // After a runtime's own prefix any class name is an exception (Deno's `PermissionDenied`).
        r"(?:^|[\s\[(|])(?:Caused by: |Exception in thread \S+ |Uncaught (?:\(in promise\) )?|Unhandled exception\. )[A-Za-z_$][\w$.]*(?: \([^)]*\))?:\s+\S",
        r"|(?:^|[\s\[(|])",
        // Lower case only behind a module (`socket.gaierror`), so that a word ending in "error"
        // ("Terror: …") is not a class.
        r"(?:(?:[A-Za-z_$][\w$]*(?:\.|::))*[A-Za-z_$][\w$]*(?:Error|Exception|Failure|Fault)|(?:[A-Za-z_$][\w$]*\.)+[a-z]\w*error|(?:[A-Za-z_$][\w$]*\.)*(?:exceptions?|errors)\.[A-Z]\w*)(?: \([^)]*\))?:\s+\S",
        // Node's `Error [ERR_REQUIRE_ESM]: …` (lib/internal/errors.js names the code so).
        r"|(?:^|\s)(?:[A-Z]\w*)?Error \[[A-Z][A-Z0-9_]+\]:\s+\S",
        // Ruby's `file:12:in 'm': message (NameError)`, Elixir's `** (RuntimeError) message`.
        r"|\((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception)\)\s*$|^\*\* \([\w.]+\) \S",
        // Rust's and Go's runtimes.
        r"|^thread '[^']*' panicked at|^(?:fatal error|panic): \S",
    ))
    .expect("exceptions compile")
});

/// A line that only frames what follows: a banner, a heading in capitals, a `Description:` label.
static FRAMING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[*=#~-]{3,}|[A-Z][A-Z ]{6,}|\w+:)$").expect("framing compiles")
});

/// How far above a terminating line the line that says why is looked for.
const ABOVE: usize = 30;

/// How far below a terminating line (a header over its reasons) they are looked for.
const BELOW: usize = 8;

/// The message a marked line carries: at least this many letters beyond its mark.
const MIN_MESSAGE: usize = 8;

/// The last line a logger marked as an error or a runtime printed as an exception — else the last
/// in the words of failure — its index, and the message to quote (the line below for .NET's
/// two-line records and for a record that ends in a colon). `lines` have their compose/timestamp
/// prefixes stripped.
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
        // A logger prints a stack trace's frames under its mark too.
        (letters >= MIN_MESSAGE && !NOT_A_STATEMENT.is_match(rest) && !is_frame(rest))
            .then(|| line.trim().to_string())
    };
    let thrown = |i: usize| -> Option<String> {
        let line = lines[i].trim();
        // An error thrown with a message that starts on a new line (a JavaScript template
        // literal: `throw new Error(\`\n  The … extension version is …`)) prints its bare name:
        // the message is the line below it.
        static BARE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(concat!(error_name!(), ":?$")).expect("bare heads compile")
        });
        if BARE_HEAD.is_match(line) {
            return below(lines, i).map(|message| format!("{line} {message}"));
        }
        (THROWN.is_match(line) && !is_frame(line) && !NOT_A_STATEMENT.is_match(line))
            .then(|| line.to_string())
    };
    // A statement that ends in a colon says why on the lines below it.
    let stated = |i: usize| -> Option<String> {
        let own = marked(i).or_else(|| thrown(i))?;
        // Both lines: the record is the two together (Lua's "module 'x' not found:" over the
        // places it looked, Spring's reporter over its banner and description).
        // PostgreSQL's elog.c puts the particulars of an ERROR or FATAL on the next line,
        // `DETAIL:  …` ("database files are incompatible with server" over "The data directory
        // was initialized by PostgreSQL version 15, …"): that line is part of the record.
        static DETAIL: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"\bDETAIL:\s+\S").expect("details compile"));
        let detail = lines
            .get(i + 1)
            .filter(|l| DETAIL.is_match(l))
            .map(|l| l.trim().to_string());
        Some(
            match detail
                .or_else(|| own.ends_with(':').then(|| below(lines, i)).flatten())
                .or_else(|| {
                    (own == lines[i].trim())
                        .then(|| continued(lines, i))
                        .flatten()
                }) {
                Some(rest) => format!("{own} {rest}"),
                None => own,
            },
        )
    };
    // Without a logger, a program says why it stops in the words of failure: a system error's
    // own text (strerror(3): "No such file or directory", "Permission denied", ...) or a verb of
    // failure. A stack frame is not a statement, and "0 errors" says the opposite.
    let worded = |i: usize| -> Option<String> {
        let line = lines[i].trim();
        if is_frame(line)
            || NO_FAILURE.is_match(line)
            || LOWER_LEVEL.is_match(line)
            || NOT_A_STATEMENT.is_match(line)
            || !FAILURE.is_match(line)
        {
            return None;
        }
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        (letters >= MIN_MESSAGE).then(|| match explained(lines, i) {
            Some(why) => format!("{line} {why}"),
            None => line.to_string(),
        })
    };
    // A closing line gives way to the nearest statement above it, marked or in the words of
    // failure (the JVM launcher's "A fatal exception has occurred" under an unmarked "Invalid
    // initial heap size").
    let either = |i: usize| stated(i).or_else(|| worded(i));
    last_of(lines.len(), stated, either).or_else(|| last_of(lines.len(), worded, worded))
}

/// Whether a line says that something failed, at any level a logger gave it (gunicorn logs
/// "Reason: Worker failed to boot." at INFO): an error mark or the words of failure.
pub(super) fn says_failure(line: &str) -> bool {
    (MARK.is_match(line) || FAILURE.is_match(line)) && !NO_FAILURE.is_match(line)
}

/// The line below a marked statement that is still part of it: an explanation a program gives
/// on the next line ("This happened because …", Prisma's engine errors; "Reason: …"), or the rest
/// of a thrown error's message, unmarked, between its head and its stack (a JavaScript `Error`
/// built from several lines: sharp's "Could not load the \"sharp\" module" over "Unsupported
/// CPU: …"), when what follows it is a frame, a blank line or the end.
fn continued(lines: &[&str], i: usize) -> Option<String> {
    if let Some(cause) = innermost_cause(lines, i) {
        return Some(cause);
    }
    let next = lines.get(i + 1)?.trim();
    if next.is_empty() || is_frame(next) || MARK.is_match(next) || NOT_A_STATEMENT.is_match(next) {
        return None;
    }
    let ends_the_message = lines
        .get(i + 2)
        .is_none_or(|l| l.trim().is_empty() || is_frame(l.trim()));
    static ERROR_HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(error_name!(), r"(?: \[[A-Z0-9_]+\])?: \S"))
            .expect("error heads compile")
    });
    explained(lines, i).or_else(|| {
        (ERROR_HEAD.is_match(lines[i].trim())
            && ends_the_message
            && FAILURE.is_match(next)
            && !THROWN.is_match(next))
        .then(|| next.to_string())
    })
}

/// The innermost cause of an error chain printed below its head the way Rust's anyhow and eyre
/// print one (anyhow's fmt.rs: "Error: {err}", a blank line, "Caused by:", then each cause
/// indented, numbered when there are several): the last indented line of the block.
fn innermost_cause(lines: &[&str], i: usize) -> Option<String> {
    let header = (i + 1..lines.len().min(i + 3)).find(|&j| lines[j].trim() == "Caused by:")?;
    lines[header + 1..]
        .iter()
        .take_while(|l| l.starts_with([' ', '\t']) && !l.trim().is_empty())
        .map(|l| l.trim())
        .filter(|l| !is_frame(l))
        .last()
        .map(str::to_string)
}

/// The next line when it explains the statement on line `i` ("This happened because …").
fn explained(lines: &[&str], i: usize) -> Option<String> {
    static EXPLAINED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:this (?:error )?(?:happened|happens|occurred|occurs|is|was)\b[^\r\n]*\bbecause\b|(?:this is |that is )?(?:probably |likely |most likely )?because\b|reason:\s+\S|cause:\s+\S)")
            .expect("explanations compile")
    });
    let next = lines.get(i + 1)?.trim();
    EXPLAINED.is_match(next).then(|| next.to_string())
}

/// The last line that says something, when none is marked or worded as a failure: not blank,
/// not a frame, banner or heading, not advice. A container that stops without an error line
/// (a usage text, a version banner, a last "starting …") still shows where it stopped.
pub fn last_statement(lines: &[&str]) -> Option<(usize, String)> {
    (0..lines.len()).rev().find_map(|i| {
        let line = lines[i].trim();
        let says = !line.is_empty()
            && !is_frame(line)
            && !FRAMING.is_match(line)
            && !NOT_A_STATEMENT.is_match(line)
            && line.chars().filter(|c| c.is_alphabetic()).count() >= MIN_MESSAGE;
        says.then(|| (i, line.to_string()))
    })
}

/// The first line below `i` that says something: not blank, not a banner or heading, not a
/// stack frame (Spring Boot's failure analysis puts its reason under `Description:`).
pub(super) fn below(lines: &[&str], i: usize) -> Option<String> {
    lines
        .iter()
        .skip(i + 1)
        .take(12)
        .map(|l| l.trim())
        .find(|l| !l.is_empty() && !FRAMING.is_match(l))
        .filter(|l| !is_frame(l) && l.chars().filter(|c| c.is_alphabetic()).count() >= MIN_MESSAGE)
        .map(str::to_string)
}

/// The last line `read` accepts; a closing one gives way to the first line below it that
/// `other` accepts and that says more than "stopping" (a header over its reasons:
/// Elasticsearch's "[1] bootstrap checks failed" over "[1]: max file descriptors … is too low",
/// Redis's "*** FATAL CONFIG FILE ERROR ***" banner over the directive and "Bad directive or
/// wrong number of arguments"), else to the nearest such line above it.
fn last_of(
    n: usize,
    read: impl Fn(usize) -> Option<String>,
    other: impl Fn(usize) -> Option<String>,
) -> Option<(usize, String)> {
    let (last, message) = (0..n).rev().find_map(|i| read(i).map(|m| (i, m)))?;
    if !closing(&message) {
        return Some((last, message));
    }
    let says_more = |i: usize| other(i).filter(|m| !closing(m)).map(|m| (i, m));
    (last + 1..n.min(last + 1 + BELOW))
        .find_map(says_more)
        .or_else(|| {
            let (j, m) = (last.saturating_sub(ABOVE)..last)
                .rev()
                .find_map(says_more)?;
            // A cascade of errors logged one after another above the closing line is read at
            // the one that carries the system's own error (unbound's "unable to open var/root.key
            // for reading: No such file or directory" under four lines that restate it).
            if OS_ERROR.is_match(&m) {
                return Some((j, m));
            }
            (j.saturating_sub(CASCADE)..j)
                .rev()
                .map_while(|k| other(k).map(|mk| (k, mk)))
                .find(|(_, mk)| OS_ERROR.is_match(mk) && !closing(mk))
                .or(Some((j, m)))
        })
        .or(Some((last, message)))
}

/// How far up a cascade of consecutive error lines the system's own error is looked for.
const CASCADE: usize = 6;

/// strerror(3)'s texts of the errors a container meets (glibc's and musl's wordings agree on
/// these), and the resolver's (gai_strerror).
macro_rules! strerror {
    () => {
        concat!(
            r"no such file or directory|permission denied|operation not permitted|connection refused|",
            r"connection reset|connection timed out|network is unreachable|no route to host|",
            r"address already in use|cannot assign requested address|no space left on device|",
            r"read-only file system|too many open files|name or service not known|",
            r"temporary failure in name resolution|exec format error|not a directory|is a directory|",
            r"broken pipe|cannot allocate memory",
        )
    };
}

/// A system error's own text in a line.
static OS_ERROR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(concat!("(?i:", strerror!(), ")")).expect("system errors compile"));

/// A line that is a stack frame: one starts it, behind at most a short prefix (`| Error \tat …`).
/// A record that carries its whole stack on one line (`"message":"…\n    at …"`) is a statement.
fn is_frame(line: &str) -> bool {
    FRAME.find(line).is_some_and(|m| m.start() <= 24)
}

/// A line that only closes: a terminator that does not quote its cause, or a banner (`***
/// FATAL CONFIG FILE ERROR ***`, Redis's config.c; opam's `#=== ERROR while compiling x ===#`)
/// that heads the reason below it.
fn closing(message: &str) -> bool {
    static BANNER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\W{0,2}[*=#~-]{3,} [^*=#~]+ [*=#~-]{3,}\W{0,2}\s*$").expect("banners compile")
    });
    (TERMINATOR.is_match(message) && !CAUSE_INSIDE.is_match(message)) || BANNER.is_match(message)
}

/// strerror(3)'s texts of the errors a container meets (glibc's and musl's wordings agree on
/// these), strsignal(3)'s as the shell reports a job a signal ended (`Killed`, `Segmentation
/// fault (core dumped)`), the verbs programs use to say they failed, and states of failure (a
/// negated state, "already running", "unrecognized …").
static FAILURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        "(?i:",
        strerror!(),
        r"|out of memory|",
        // bash's own errors (`set -u`, expansions, redirections).
        r"unbound variable|bad substitution|parameter null or not set|ambiguous redirect|",
        r"\b(?:killed|segmentation fault|illegal instruction|bus error|floating point exception|core dumped|terminated by sig\w+|signal \d+|sig(?:kill|segv|abrt|ill|bus))\b|",
        r"\bnot (?:\w+ )?(?:found|defined|specified|set|allowed|permitted|supported|available|empty|present|readable|writable|executable|recogni[sz]ed|installed|configured|initiali[sz]ed|valid|authori[sz]ed|exists?|compatible|reachable|running|ready)\b|",
        // What is not there, stated without a verb of failure: "Role \"x\" does not exist", "id:
        // 'x': no such user", "there is no package called 'x'", "no longer supported".
        r"\bdo(?:es)?(?:n't| not) exist\b|\bno such \w+|\bthere (?:is|are|was|were) no\b|\bno longer (?:supported|available|exists?|works?)\b|",
        // Absence stated with its subject first: "No application encryption key has been
        // specified." (Laravel's MissingAppKeyException), "No DataSource was configured", "no
        // credentials were found".
        r"\bno (?:[\w-]+ ){1,4}(?:has|have) been (?:specified|set|provided|given|configured|defined|loaded)\b|\bno (?:[\w-]+ ){1,4}(?:was|were|is|are) (?:specified|set|provided|given|configured|found|defined|loaded)\b|",
        r"\b(?:unavailable|unreachable|exceed(?:s|ed)|conflict(?:s|ing)?|crash(?:ed|es)|rejected|out of range|out of sync)\b|",
        // An unmet requirement: "MongoDB requires ARMv8.2-A or higher", "requires glibc 2.28 or
        // later", "your CPU does not support AVX", "does not appear to implement".
        r"\brequires? [^,;]{1,40}? or (?:higher|later|newer|above)\b|\bdoes(?:n't| not) (?:appear to |seem to )?(?:support|implement|meet)\b|",
        r"\balready (?:running|in use|exists|locked)\b|\b(?:is|are) required\b|\byou must\b|\bmust be (?:set|specified|provided|defined|configured)\b|\bterminated\b|",
        r"\b(?:unrecogni[sz]ed|unsupported|unexpected|undefined|mismatch|incompatible|corrupt(?:ed)?|illegal|forbidden|unauthori[sz]ed|expired|timed out)\b|",
        // A limit or setting out of range, a directive or argument the program refuses.
        r"\bunknown (?:option|argument|command|flag|parameter|variable|directive|property|key|field|setting)s?\b|\b(?:is|are|likely) too (?:low|small|high|large|long|short|old)\b|\bwrong (?:number|type|value|format|arguments?)\b|\bbad (?:directive|option|argument|value|parameter|syntax)\b|",
        r"\b(?:error|errors|failed|failure|fatal|cannot|can't|could not|couldn't|unable to|invalid|",
        r"not found|missing|denied|refused|exception|panic|abort(?:ed)?)\b)",
    ))
    .expect("failure words compile")
});

/// A stack frame of any runtime: Python's `File "…"`, the JVM's and Node's `at …(file:line)`
/// (also behind a logger's prefix), Ruby's `from file:line`, Go's `/path/file.go:12 +0x1d` and
/// `goroutine 1 [running]:`. Not a Go program's own `file.go:12:` message prefix.
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Logback's "... 45 common frames omitted" (ThrowableProxyUtil) and .NET's markers
        // between the frames of an inner exception or an async hop are frames too.
        r#"^(?:at |File "|from \S+:\d+|\.\.\. \d+ (?:more|common frames omitted)|goroutine \d+|--- End of (?:inner exception )?stack trace)"#,
        r"|(?:^|\s)at [\w$.<>/\[\]]+ ?\([^)]*(?::\d+|Native Method|Unknown Source)\)?\)?$",
        // Go's function line: the arguments in hex, `?` where a value may be inaccurate, `{…}`
        // around an aggregate's, `...` where they were cut (runtime/traceback.go, printArgs).
        r"|\.go:\d+(?: \+0x[0-9a-f]+)?$|^\S+\((?:0x[0-9a-f]+\??|[{}]|, ?|\.\.\.)*\)$",
        // Go's frame under any prefix: the path, its line and the pc offset (runtime/traceback.go).
        r"|(?:^|\s)/\S+\.go:\d+ \+0x[0-9a-f]+$",
    ))
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

    /// An unmet requirement is a failure however it is marked: MongoDB's entrypoint warns and
    /// exits on a CPU without ARMv8.2-A (father-bot/chatgpt_telegram_bot#289), its links below.
    #[test]
    fn an_unmet_requirement_is_a_failure() {
        let mongo = [
            "WARNING: MongoDB requires ARMv8.2-A or higher, and your current system does not appear to implement any of the common features for that!",
            "  applies to all versions ≥5.0, any of 4.4 ≥4.4.19",
            "  see https://jira.mongodb.org/browse/SERVER-71772",
        ];
        assert_eq!(pick(&mongo).as_deref(), Some(mongo[0]));
        for line in [
            "This program requires Python 3.10 or later",
            "Your CPU does not support AVX",
        ] {
            assert_eq!(pick(&[line]).as_deref(), Some(line), "{line}");
        }
        assert_eq!(pick(&["Requires: python3 >= 3.10, supports arm64"]), None);
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

    #[test]
    fn a_runtime_marks_its_exceptions_as_a_logger_does() {
        for (log, want) in [
            // Python's last exception line, under a logger's vaguer line above it.
            (
                &[
                    "ERROR:app.main:startup hook raised",
                    "Traceback (most recent call last):",
                    "  File \"/srv/app/settings.py\", line 9, in <module>",
                    "KeyError: 'QUEUE_URL'",
                ][..],
                "KeyError: 'QUEUE_URL'",
            ),
            (
                &["billing.errors.ConfigMissing: no tenant table"][..],
                "billing.errors.ConfigMissing: no tenant table",
            ),
            (
                &["socket.gaierror: [Errno -2] Name does not resolve"][..],
                "socket.gaierror: [Errno -2] Name does not resolve",
            ),
            // .NET's HRESULT or errno before the colon; the inner exception comes last.
            (
                &[
                    "Unhandled exception. System.AggregateException: One or more errors occurred.",
                    " ---> System.Net.Sockets.SocketException (13): Permission denied",
                ][..],
                "---> System.Net.Sockets.SocketException (13): Permission denied",
            ),
            (
                &["Uncaught (in promise) NotFound: No such file or directory (os error 2)"][..],
                "Uncaught (in promise) NotFound: No such file or directory (os error 2)",
            ),
            (
                &["/app/run.rb:4:in `<main>': uninitialized constant Worker (NameError)"][..],
                "/app/run.rb:4:in `<main>': uninitialized constant Worker (NameError)",
            ),
        ] {
            assert_eq!(pick(log).as_deref(), Some(want), "{log:?}");
        }
    }

    #[test]
    fn a_record_that_ends_in_a_colon_says_why_below() {
        let spring = [
            "2024-05-01 10:00:00.000 ERROR 1 --- [main] o.s.b.d.LoggingFailureAnalysisReporter   :",
            "",
            "***************************",
            "APPLICATION FAILED TO START",
            "***************************",
            "",
            "Description:",
            "",
            "The bean 'queueClient' could not be registered. A bean with that name has already been defined.",
        ];
        // The record and what it says below its colon, quoted together.
        assert_eq!(pick(&spring), Some(format!("{} {}", spring[0], spring[8])));
    }

    #[test]
    fn closing_lines_advice_and_links_give_way() {
        let log = [
            "[01-May-2024 10:00:00] ERROR: [pool api] cannot get uid for user 'svc'",
            "[01-May-2024 10:00:00] ERROR: FPM initialization failed",
        ];
        assert_eq!(pick(&log).as_deref(), Some(log[0]));
        let chained = [
            "ConnectionRefusedError: [Errno 111] Connection refused",
            "",
            "During handling of the above exception, another exception occurred:",
        ];
        assert_eq!(pick(&chained).as_deref(), Some(chained[0]));
        let advice = [
            "npm error Missing script: \"serve\"",
            "npm error To see a list of scripts, run:",
        ];
        assert_eq!(pick(&advice).as_deref(), Some(advice[0]));
        // Supervisors and servers that close on a failure logged before: the failure is quoted.
        let supervised = [
            "2024-05-01 10:00:01,002 INFO spawned: 'api' with pid 12",
            "Error: could not open /etc/api/config.yml: No such file or directory",
            "2024-05-01 10:00:02,004 INFO exited: api (exit status 1; not expected)",
            "2024-05-01 10:00:05,006 INFO gave up: api entered FATAL state, too many start retries too quickly",
        ];
        assert_eq!(pick(&supervised).as_deref(), Some(supervised[1]));
        let pg = [
            "2021-01-05 14:57:13.827 GMT [21] FATAL:  could not create lock file \"/var/run/postgresql/.s.PGSQL.5432.lock\": Permission denied",
            "pg_ctl: could not start server",
            "Examine the log output.",
        ];
        assert!(pick(&pg).is_some_and(|l| l.contains("could not create lock file")));
        let mongo = [
            r#"{"t":{"$date":"2024-02-16T05:10:38.069-05:00"},"s":"E","c":"STORAGE","id":22312,"ctx":"initandlisten","msg":"Error creating journal directory","attr":{"error":"Permission denied"}}"#,
            r#"{"t":{"$date":"2024-02-16T05:10:38.072-05:00"},"s":"F","c":"ASSERT","id":23091,"ctx":"initandlisten","msg":"Fatal assertion","attr":{"msgid":28561,"file":"src/mongo/db/storage/storage_engine_init.cpp","line":86}}"#,
            r#"{"t":{"$date":"2024-02-16T05:10:38.072-05:00"},"s":"F","c":"ASSERT","id":23092,"ctx":"initandlisten","msg":"\n\n***aborting after fassert() failure\n\n"}"#,
        ];
        assert_eq!(pick(&mongo).as_deref(), Some(mongo[0]));
        // A closing line that names its cause is kept.
        let inline = ["ERROR could not reach the store, will try again: (OperationalError) password authentication failed"];
        assert_eq!(pick(&inline).as_deref(), Some(inline[0]));
    }

    #[test]
    fn a_job_a_signal_ended_is_a_failure_and_a_go_prefix_is_not_a_frame() {
        assert_eq!(
            pick(&["/entrypoint.sh: line 12:    41 Killed                  node server.js"])
                .as_deref(),
            Some("/entrypoint.sh: line 12:    41 Killed                  node server.js")
        );
        assert_eq!(
            pick(&["Illegal instruction (core dumped)"]).as_deref(),
            Some("Illegal instruction (core dumped)")
        );
        let runc = "standard_init_linux.go:228: exec user process caused: exec format error";
        assert_eq!(pick(&[runc]).as_deref(), Some(runc));
        assert_eq!(
            pick(&["\t/usr/local/go/src/runtime/proc.go:250 +0x212"]),
            None
        );
    }

    #[test]
    fn a_closing_line_gives_way_to_an_unmarked_statement_above() {
        let jvm = [
            "Invalid maximum heap size: -Xmx2q",
            "Error: Could not create the Java Virtual Machine.",
            "Error: A fatal exception has occurred. Program will exit.",
        ];
        assert_eq!(pick(&jvm).as_deref(), Some(jvm[0]));
        let gunicorn = [
            "Failed to find attribute 'application' in 'service.wsgi'.",
            "[2024-05-01 10:00:00 +0000] [1] [ERROR] Reason: App failed to load.",
        ];
        assert_eq!(pick(&gunicorn).as_deref(), Some(gunicorn[0]));
    }

    #[test]
    fn node_codes_frames_under_a_mark_and_error_properties() {
        let esm = [
            "Error [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension \".ts\" for /app/src/main.ts",
            "    at Object.getFileProtocolModuleFormat (node:internal/modules/esm/get_format:160:9)",
            "  code: 'ERR_UNKNOWN_FILE_EXTENSION'",
        ];
        assert_eq!(pick(&esm).as_deref(), Some(esm[0]));
        let marked_frames = [
            "10:00:00 [SEVERE] java.sql.SQLTransientConnectionException: pool-1 - Connection is not available",
            "10:00:00 [SEVERE]     at com.example.pool.Pool.getConnection(Pool.java:100)",
        ];
        assert_eq!(pick(&marked_frames).as_deref(), Some(marked_frames[0]));
    }

    #[test]
    fn a_header_over_its_reasons_gives_way_below() {
        let log = [
            "ERROR: [1] bootstrap checks failed",
            "[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]",
            "stopping ...",
        ];
        assert_eq!(pick(&log).as_deref(), Some(log[1]));
        let redis = [
            "*** FATAL CONFIG FILE ERROR (Redis 7.2.4) ***",
            "Reading the configuration file, at line 3",
            ">>> 'maxmemory-policy allkeys'",
            "Bad directive or wrong number of arguments",
        ];
        assert_eq!(pick(&redis).as_deref(), Some(redis[3]));
    }

    #[test]
    fn postgres_details_belong_to_their_record() {
        let log = [
            "2024-05-01 10:00:00.000 UTC [1] FATAL:  database files are incompatible with server",
            "2024-05-01 10:00:00.000 UTC [1] DETAIL:  The data directory was initialized by PostgreSQL version 15, which is not compatible with this version 16.2.",
        ];
        let quoted = pick(&log).unwrap();
        assert!(
            quoted.contains("incompatible with server") && quoted.contains("version 15"),
            "{quoted}"
        );
    }

    #[test]
    fn an_explanation_or_the_rest_of_a_message_below_belongs_to_it() {
        // PatchMon/PatchMon#326 (Prisma's engine error and its "This happened because").
        let prisma = [
            "Prisma Client could not locate the Query Engine for runtime \"linux-musl-arm64-openssl-3.0.x\".",
            "This happened because Prisma Client was generated for \"linux-arm64-openssl-3.0.x\", but the actual deployment required \"linux-musl-arm64-openssl-3.0.x\".",
        ];
        assert!(pick(&prisma).unwrap().contains("This happened because"));
        // nxzai/NextExplorer#241: a JavaScript Error whose message goes on below its head.
        let sharp = [
            "  throw new Error(help.join('\\n'));",
            "  ^",
            "Error: Could not load the \"sharp\" module using the linux-x64 runtime",
            "Unsupported CPU: Prebuilt binaries for linux-x64 require v2 microarchitecture",
        ];
        assert!(pick(&sharp)
            .unwrap()
            .ends_with("require v2 microarchitecture"));
        // A line below that starts another record is not part of it.
        let two = ["Error: first failure here", "Error: second failure here"];
        assert_eq!(pick(&two).as_deref(), Some("Error: second failure here"));
    }

    #[test]
    fn a_cascade_is_read_at_the_systems_own_error() {
        // klutchell/unbound#21: four lines restate the missing file before the closing line.
        let unbound = [
            "[1572646613] unbound[1:0] error: unable to open var/root.key for reading: No such file or directory",
            "[1572646613] unbound[1:0] error: error reading auto-trust-anchor-file: var/root.key",
            "[1572646613] unbound[1:0] error: validator: error in trustanchors config",
            "[1572646613] unbound[1:0] error: validator: could not apply configuration settings.",
            "[1572646613] unbound[1:0] error: module init for module validator failed",
            "[1572646613] unbound[1:0] fatal error: failed to setup modules",
        ];
        assert_eq!(pick(&unbound).as_deref(), Some(unbound[0]));
    }

    #[test]
    fn what_is_not_there_is_a_failure_too() {
        // Homegear/Homegear#384's first line; PostgreSQL's and R's own wordings of a thing that
        // does not exist, with no verb of failure around them.
        for line in [
            "id: \u{2018}homegear\u{2019}: no such user",
            "Role \"app\" does not exist.",
            "there is no package called \u{2018}shinythemes\u{2019}",
            "The upstream service is unavailable",
            "memory limit exceeded while loading the model",
        ] {
            assert_eq!(pick(&[line]).as_deref(), Some(line), "{line}");
        }
    }

    #[test]
    fn a_bare_error_name_quotes_the_message_below_it() {
        // immich-app/immich#7900: `throw new Error(` with a template literal that starts on a
        // new line.
        let log = [
            "/usr/src/app/dist/domain/database/database.service.js:140",
            "            throw new Error(`",
            "                  ^",
            "Error:",
            "        The pgvecto.rs extension version is 0.1.11, but Immich only supports 0.2.0 and later minor releases.",
            "    at DatabaseService.assertVectorExtension (/usr/src/app/dist/domain/database/database.service.js:140:19)",
        ];
        assert_eq!(
            pick(&log).as_deref(),
            Some("Error: The pgvecto.rs extension version is 0.1.11, but Immich only supports 0.2.0 and later minor releases.")
        );
    }

    #[test]
    fn an_anyhow_chain_is_quoted_with_its_innermost_cause() {
        // huggingface/text-embeddings-inference#34.
        let log = [
            "Error: Could not create backend",
            "",
            "Caused by:",
            "    Could not start backend: Runtime compute cap 75 is not compatible with compile time compute cap 80",
        ];
        let quoted = pick(&log).unwrap();
        assert!(
            quoted.starts_with("Error: Could not create backend"),
            "{quoted}"
        );
        assert!(quoted.ends_with("compile time compute cap 80"), "{quoted}");
    }

    #[test]
    fn an_x_server_error_is_marked() {
        // balena-labs-projects/xserver#16: Xorg's (EE) lines over xinit's own.
        let log = [
            "(EE) Server is already active for display 0",
            "        If this server is no longer running, remove /tmp/.X0-lock",
            "(EE)",
            "xinit: giving up",
        ];
        assert_eq!(pick(&log).as_deref(), Some(log[0]));
    }
}
