//! Crash signatures: the last log lines of the container that stopped the task → one line that
//! says what went wrong and what to fix ("Python raised KeyError: 'DATABASE_URL' in
//! app/settings.py:12").
//!
//! Data, like the message families: one [`Signature`] per shape, registered in [`SIGNATURES`],
//! most specific first; each has a fixture of real log lines in `tests/fixtures/crash/<id>.log`
//! (`tests/crash_signatures.rs` keeps the two in step). Pure, no I/O: the Lambda fetches the tail.
//!
//! Which line decides: the **last** line that matches any signature (the one closest to the
//! process's death: a traceback's final exception, a Java `Caused by:`), and on that line the
//! first signature of the list (a `Connection refused` inside a Python exception is the more useful
//! reading). Where the line has no location of its own, the nearest stack frame around it adds one.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

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
}

/// What was recognised in a log tail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Crash {
    pub signature: String,
    /// One line: "Python raised KeyError: 'DATABASE_URL' in app/settings.py:12".
    pub summary: String,
    /// The log line that matched, as logged (already redacted by the caller).
    pub line: String,
    pub fix: String,
}

macro_rules! sig {
    ($id:literal, $pattern:literal, $summary:literal, $fix:literal $(,)?) => {
        Signature {
            id: $id,
            pattern: $pattern,
            summary: $summary,
            fix: $fix,
        }
    };
}

/// Every signature, most specific first.
pub static SIGNATURES: &[Signature] = &[
    // ---- memory -------------------------------------------------------------------------------
    sig!("java.oom", r"java\.lang\.OutOfMemoryError:?\s*(?P<what>[^\r\n]*)",
        "Java ran out of memory ($what)",
        "Raise the container's memory, or cap the heap below it (-XX:MaxRAMPercentage=75 or -Xmx); for Metaspace raise -XX:MaxMetaspaceSize"),
    sig!("node.heap_oom", r"JavaScript heap out of memory|Reached heap limit Allocation failed|Ineffective mark-compacts near heap limit|<--- Last few GCs --->",
        "Node.js ran out of heap memory",
        "Raise the container's memory and set NODE_OPTIONS=--max-old-space-size to about 75% of it, or fix the leak"),
    sig!("go.oom", r"fatal error: runtime: out of memory",
        "Go ran out of memory",
        "Raise the container's memory, or set GOMEMLIMIT below it and bound what the program holds"),
    sig!("killed", r"^\s*Killed\s*$|[Oo]ut of memory: Killed process \d+ \((?P<proc>[^)]+)\)|oom-kill|exited on signal 9 \(SIGKILL\)|signal 9 \(SIGKILL\)",
        "A process was killed with SIGKILL, as the kernel does when the container runs out of memory",
        "Raise the container's memory (and the task's), or lower what the process uses (fewer workers, smaller batches)"),
    // ---- the network, from the application ----------------------------------------------------
    sig!("net.addr_in_use", r"(?i)address already in use|EADDRINUSE|port (?P<port>\d+) (?:was|is) already in use|\(98: Address in use\)|still could not bind",
        "The port is already in use",
        "Two processes bind the same port: in awsvpc mode all containers of a task share localhost, so give each container its own port (and match portMappings)"),
    sig!("net.dns", r"(?i)getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?P<host>[^\s,]+)|could not translate host name \x22?(?P<phost>[^\x22\s]+)|UnknownHostException:? (?P<jhost>[^\s:]+)|lookup (?P<ghost>[^\s:]+)(?: on [^\s]+)?: no such host|Name or service not known|nodename nor servname provided|Temporary failure in name resolution|host not found in upstream \x22?(?P<nhost>[^\x22\s:]+)",
        "A host name did not resolve ($host$phost$jhost$ghost$nhost)",
        "Check the host name in the container's configuration; for a service-discovery or private name, that its namespace/zone is associated with the VPC and the VPC's DNS support is on"),
    sig!("net.tls", r"(?i)x509: certificate|CERTIFICATE_VERIFY_FAILED|unable to get local issuer certificate|PKIX path building failed|SSLHandshakeException|self[- ]signed certificate|certificate has expired|SSL routines",
        "A TLS certificate was not accepted",
        "Install the CA bundle in the image (ca-certificates), trust the private CA that signed the server's certificate, or connect by the name the certificate was issued for"),
    sig!("net.refused", r"(?i)connect ECONNREFUSED (?P<addr>[^\s,]+)|dial tcp (?P<gaddr>[^\s]+): connect: connection refused|connection to server at (?P<pgaddr>[^,]+,\s*port \d+) failed: Connection refused|Connection refused|ECONNREFUSED|Error 111 connecting|Errno 111\b",
        "A connection was refused ($addr$gaddr$pgaddr)",
        "Nothing listens at that address and port: check the endpoint the container is given, that the other service runs, and that it listens on that port (on 0.0.0.0, not 127.0.0.1)"),
    sig!("net.timeout", r"(?i)connect ETIMEDOUT (?P<addr>[^\s,]+)|dial tcp (?P<gaddr>[^\s]+): (?:connect: connection timed out|i/o timeout)|Communications link failure|Connection timed out|ETIMEDOUT|timeout expired|Operation timed out|connect timed out",
        "A connection timed out ($addr$gaddr)",
        "The network path is closed: the other side's security group must allow the task's security group on that port, and the task subnet needs a route to it"),
    // ---- configuration ------------------------------------------------------------------------
    sig!("config.missing_env", r#"(?:^|\s)KeyError: '(?P<key>[A-Z][A-Z0-9_]{2,})'|(?i:environment variable)\s+["'`]?(?P<ekey>[A-Z][A-Z0-9_]{2,})["'`]?\s+(?i:is not set|not set|is missing|missing|is required|required|is undefined|must be set)|["'`]?(?P<vkey>[A-Z][A-Z0-9_]{2,})["'`]? (?i:environment variable )?(?i:is not set|must be set|is required|is not defined|not defined)|: (?P<ukey>[A-Z][A-Z0-9_]{2,}): unbound variable|(?i:env ?var(?:iable)?s?\b[^\r\n]{0,40}?(?:is unset|unset|not set|missing|should exist|not present))|NotPresent"#,
        "A required environment variable is not set ($key$ekey$vkey$ukey)",
        "Add it to the container definition's environment, or to its secrets (valueFrom a Secrets Manager secret or SSM parameter), and register a new revision"),
    sig!("python.module", r"ModuleNotFoundError: No module named '(?P<module>[^']+)'|ImportError: (?P<msg>[^\r\n]+)",
        "Python could not import $module$msg",
        "The dependency is missing from the image: add it to requirements and rebuild, or fix PYTHONPATH / the working directory"),
    sig!("node.module", r"Error: Cannot find module '(?P<module>[^']+)'|ERR_MODULE_NOT_FOUND[^\r\n]*?'(?P<esm>[^']+)'",
        "Node.js cannot find module $module$esm",
        "The module is not in the image: install production dependencies in the image (npm ci --omit=dev) and check the entrypoint's path"),
    sig!("config.missing_file", r"FileNotFoundError: [^\r\n]*?'(?P<path>[^']+)'|ENOENT: no such file or directory, (?:open|stat|scandir) '(?P<npath>[^']+)'|open (?P<gpath>/\S+): no such file or directory|java\.io\.FileNotFoundException: (?P<jpath>\S+)|The configuration file '(?P<dpath>[^']+)' was not found|Could not find file '(?P<cpath>[^']+)'|open\(\) \x22(?P<xpath>[^\x22]+)\x22 failed \(2: No such file or directory\)",
        "A file the application needs does not exist ($path$npath$gpath$jpath$dpath$cpath$xpath)",
        "Add the file to the image, or mount it (a volume, an EFS access point); check the path and the container's working directory"),
    sig!("exec.format", r"exec format error",
        "The binary is for another CPU architecture (exec format error)",
        "Build the image for the task's platform (docker buildx --platform linux/amd64 or linux/arm64), or set runtimePlatform.cpuArchitecture to match it"),
    // ---- language runtimes --------------------------------------------------------------------
    sig!("exec.user_process", r"exec user process caused:? ?\x22?(?P<msg>[^\x22\r\n]+)",
        "The entrypoint could not be executed ($msg)",
        "Check the entrypoint exists in the image, is executable, has Unix line endings and a valid #! line"),
    sig!("fs.permission", r"PermissionError: [^\r\n]*|EACCES[^\r\n]*|(?i)permission denied|Read-only file system|EROFS",
        "The application was denied access to a file or port",
        "Run as a user that owns the path (USER in the image, user in the container definition), write only to a mounted volume when readonlyRootFilesystem is on, and bind ports above 1024 as a non-root user"),
    // ---- frameworks ---------------------------------------------------------------------------
    sig!("spring.failed", r"APPLICATION FAILED TO START",
        "Spring Boot failed to start",
        "Read the Description and Action lines that follow in the log: usually a missing property, a port in use or an unreachable database"),
    sig!("gunicorn.boot", r"Worker failed to boot|Reason: App failed to load",
        "Gunicorn's worker failed to boot",
        "Run the app module once by hand (python -c 'import app') in the image: the traceback above this line has the import or configuration error"),
    sig!("go.panic", r"^panic: (?P<msg>[^\r\n]+)",
        "Go panicked: $msg",
        "Fix the code at the frame shown (or the configuration it read); the goroutine trace in the log has the call path"),
    sig!("go.fatal", r"^fatal error: (?P<msg>[^\r\n]+)",
        "Go stopped on a fatal error: $msg",
        "Fix the code at the goroutine frames shown (a deadlock means every goroutine waits: a channel or WaitGroup nobody completes)"),
    sig!("rust.panic", r"thread '(?P<thread>[^']+)' panicked at (?:'(?P<msg>[^']*)', )?(?P<loc>[^\s:]+:\d+(?::\d+)?)",
        "Rust panicked at $loc$msg",
        "Fix the code at that location (an unwrap/expect on a missing value or configuration is the usual cause); RUST_BACKTRACE=1 gives the call path"),
    sig!("node.unhandled", r"UnhandledPromiseRejection|Unhandled promise rejection|triggerUncaughtException",
        "Node.js stopped on an unhandled promise rejection",
        "Handle the rejected promise (await inside try/catch, .catch()); the error printed above this line is the cause"),
    sig!("dotnet.unhandled", r"(?i:u?nhandled exception)[.:] (?P<exc>[\w.]+(?:Exception|Error)):? ?(?P<msg>[^\r\n]*)",
        ".NET threw $exc: $msg",
        "Fix the code or configuration at the first frame of the application's own namespace in the stack trace"),
    sig!("php.fatal", r"PHP Fatal error:\s+(?P<msg>[^\r\n]+)",
        "PHP fatal error: $msg",
        "Fix the file and line PHP names; for 'Allowed memory size' raise memory_limit and the container's memory"),
    sig!("java.exception", r"^(?:Exception in thread \x22[^\x22]+\x22 |Caused by: )?(?P<exc>(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)):? ?(?P<msg>[^\r\n]*)",
        "Java threw $exc: $msg",
        "Fix the cause the deepest 'Caused by:' names, at its first frame in the application's own package"),
    sig!("python.exception", r"^(?P<exc>[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt))(?:: ?(?P<msg>[^\r\n]*))?$",
        "Python raised $exc: $msg",
        "Fix the code or configuration at the last frame of the traceback (the file and line shown)"),
];

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

/// A stack frame near the matched line: the location to name when the line has none.
fn locate(lines: &[&str], at: usize) -> Option<String> {
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

/// Recognises the crash in a log tail (oldest line first), if any signature matches.
pub fn recognise<S: AsRef<str>>(lines: &[S]) -> Option<Crash> {
    let lines: Vec<&str> = lines.iter().map(AsRef::as_ref).collect();
    // docker compose's `name  | ` and a leading timestamp are not part of what the process said.
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[\w.-]+\s+\|\s?)?(?:\[?\d{4}-\d{2}-\d{2}[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?\]?\s*)?").unwrap()
    });
    let lines: Vec<&str> = lines
        .iter()
        .map(|l| {
            let l = crate::classify::clip(l, 4096);
            PREFIX.find(l).map_or(l, |m| &l[m.end()..])
        })
        .collect();
    for (i, line) in lines.iter().enumerate().rev() {
        let Some((c, caps)) = compiled()
            .iter()
            .find_map(|c| c.re.captures(line).map(|caps| (c, caps)))
        else {
            continue;
        };
        let mut summary = String::new();
        caps.expand(c.sig.summary, &mut summary);
        // Empty groups leave "()" or a trailing ": " behind.
        let mut summary = summary
            .replace(" ()", "")
            .trim_end_matches([':', ' '])
            .to_string();
        if !c.sig.summary.contains("$loc") {
            if let Some(loc) = locate(&lines, i) {
                summary.push_str(&format!(" in {loc}"));
            }
        }
        return Some(Crash {
            signature: c.sig.id.to_string(),
            summary,
            line: line.trim().to_string(),
            fix: c.sig.fix.to_string(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_signature_compiles_and_ids_are_unique() {
        assert_eq!(compiled().len(), SIGNATURES.len());
        let mut seen = std::collections::HashSet::new();
        for s in SIGNATURES {
            assert!(seen.insert(s.id), "duplicate {}", s.id);
            assert!(!s.fix.is_empty() && !s.summary.is_empty());
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
    fn nothing_recognised_is_none_and_huge_lines_are_safe() {
        assert_eq!(recognise(&["listening on :8080", "GET /health 200"]), None);
        let huge = "é".repeat(10_000);
        assert_eq!(recognise(&[huge.as_str()]), None);
        let empty: [&str; 0] = [];
        assert_eq!(recognise(&empty), None);
    }
}
