//! The container that stopped the task: its exit, its command, a memory kill.

use crate::diagnose::{Facts, Outcome};
use crate::stop::Ending;
use regex::Regex;
use std::sync::LazyLock;

/// What to do about an exit code, for the fix list.
fn exit_fix(code: Option<i64>, name: &str) -> Vec<String> {
    let logs = format!(
        "Read the last log lines of {name} (CloudWatch Logs) and fix the application or its configuration"
    );
    let extra = match code {
        Some(132) => Some(
            "Exit 132 is SIGILL: build the image for the task's CPU architecture (runtimePlatform.cpuArchitecture), or run the task on that architecture"
                .to_string(),
        ),
        Some(139) => Some(
            "Exit 139 is a segmentation fault: a native library or a binary built for another platform; rebuild the image for the task's platform"
                .to_string(),
        ),
        Some(134) => Some("Exit 134 is an abort: the runtime's log lines above it say which assertion or fatal error".to_string()),
        Some(137) => Some(
            "Exit 137 without an OOM reason is a SIGKILL: the process ignored SIGTERM until stopTimeout, or the kernel killed it; handle SIGTERM, raise stopTimeout, check its memory"
                .to_string(),
        ),
        Some(143) => Some(
            "Exit 143 is SIGTERM: something stopped the process (a failed health check, a deployment, the process itself); the service events say which"
                .to_string(),
        ),
        Some(0) => Some(
            "A service's essential container must keep running: run the process in the foreground (no daemonising entrypoint), or run one-off work as a standalone task"
                .to_string(),
        ),
        _ => None,
    };
    let mut out = vec![logs];
    out.extend(extra);
    out
}

/// The evidence lines every exit-based check shares: the culprit, its timing, the consequences.
fn exit_evidence(f: &Facts<'_>) -> Vec<String> {
    let s = &f.stop;
    let mut ev = Vec::new();
    if let Some(name) = &s.culprit {
        let reason = f
            .snap
            .task
            .containers
            .iter()
            .find(|c| &c.name == name)
            .and_then(|c| c.reason.as_deref())
            .map(|r| format!(", reason: {r}"))
            .unwrap_or_default();
        ev.push(format!(
            "container {name}: {}{reason}{}",
            s.exit_meaning.as_deref().unwrap_or("no exit code"),
            match s.timing() {
                t if t.is_empty() => String::new(),
                t => format!(", {t}"),
            }
        ));
    }
    for c in &s.consequences {
        ev.push(format!(
            "container {}: exit {} — {} (a consequence, not the cause)",
            c.container,
            c.exit_code.map_or("none".into(), |e| e.to_string()),
            c.why
        ));
    }
    if s.stop_code_inferred {
        ev.push(format!(
            "stopCode {} inferred: the event carries none (an older agent, an archive or a replay)",
            s.stop_code.as_deref().unwrap_or("?")
        ));
    }
    ev
}

pub fn container_exit(f: &Facts<'_>) -> Outcome {
    let s = &f.stop;
    match s.ending {
        Ending::Succeeded => Outcome::pass(format!("{}: not a failure", s.summary)),
        Ending::Crashed if s.oom => {
            Outcome::skipped("the container was killed for its memory (container.oom)")
        }
        Ending::Crashed if matches!(s.culprit_exit, Some(126 | 127)) => {
            Outcome::skipped("the command could not be executed (container.command)")
        }
        Ending::Crashed | Ending::ExitedZero => {
            let name = s.culprit.as_deref().unwrap_or("the container");
            let mut summary = s.summary.clone();
            let mut evidence = exit_evidence(f);
            let mut fix = exit_fix(s.culprit_exit, name);
            // What the log says is why it exited: named, it joins the headline and its fix
            // replaces "read the log"; quoted without a cause, it is evidence only.
            if let Some(log) = super::log_says(f, name) {
                evidence.extend(log.evidence);
                if let Some((said, said_fix)) = log.named {
                    summary = format!("{summary}; its log: {said}");
                    fix[0] = said_fix;
                }
            }
            Outcome::fail(summary, evidence, fix)
        }
        _ => Outcome::skipped("the task did not stop because a container exited"),
    }
}

/// The container's command or entrypoint could not run: exit 126/127, or the runtime said so.
pub fn container_command(f: &Facts<'_>) -> Outcome {
    static EXEC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)executable file not found|no such file or directory|permission denied|not found or does not exist|exec: "|unable to start container process"#).unwrap()
    });
    let s = &f.stop;
    let by_text = f.snap.task.containers.iter().find(|c| {
        c.reason.as_deref().is_some_and(|r| {
            EXEC.is_match(r) && !r.to_ascii_lowercase().contains("exec format error")
        })
    });
    let by_exit = s
        .culprit
        .as_deref()
        .filter(|_| matches!(s.culprit_exit, Some(126 | 127)));
    let Some(name) = by_exit.or(by_text.map(|c| c.name.as_str())) else {
        return match s.ending {
            Ending::Crashed | Ending::ExitedZero | Ending::Succeeded => Outcome::pass(format!(
                "the command ran ({})",
                s.exit_meaning.as_deref().unwrap_or("it exited")
            )),
            _ => Outcome::skipped("no container exited or failed to execute its command"),
        };
    };
    let def =
        f.td.and_then(|t| t.containers.iter().find(|c| c.name == name));
    let mut evidence = Vec::new();
    if let Some(c) = by_text {
        evidence.push(format!(
            "container {}: {}",
            c.name,
            c.reason.as_deref().unwrap_or("")
        ));
    }
    if by_exit.is_some() {
        evidence.extend(exit_evidence(f));
    }
    match def {
        Some(d) => evidence.push(format!(
            "container {name}: entryPoint {:?}, command {:?} (empty = the image's own)",
            d.entry_point, d.command
        )),
        None => {
            evidence.push("the task definition is unknown: its command could not be read".into())
        }
    }
    Outcome::fail(
        format!(
            "The command of container {name} could not be executed{}",
            match s.culprit_exit {
                Some(127) if by_exit.is_some() => ": not found in the image (exit 127)",
                Some(126) if by_exit.is_some() => ": not executable (exit 126)",
                _ => "",
            }
        ),
        evidence,
        vec![
            "Check that the entryPoint/command exists in the image (docker run --entrypoint sh IMAGE -c 'command -v …'), is executable (chmod +x) and has Unix line endings".into(),
            "Register a task definition revision with the right command, or rebuild the image".into(),
        ],
    )
}

pub fn container_oom(f: &Facts<'_>) -> Outcome {
    let oom: Vec<_> = f
        .snap
        .task
        .containers
        .iter()
        .filter(|c| {
            c.reason.as_deref().is_some_and(|r| {
                r.contains("OutOfMemory") || r.to_ascii_lowercase().contains("killed due to memory")
            })
        })
        .collect();
    let first = oom
        .iter()
        .find(|c| Some(c.name.as_str()) == f.stop.culprit.as_deref())
        .or(oom.first());
    match first {
        Some(c) => {
            let limit =
                f.td.and_then(|t| t.containers.iter().find(|d| d.name == c.name))
                    .and_then(|d| d.memory.or(d.memory_reservation));
            Outcome::fail(
                format!("Container {} was killed for exceeding its memory", c.name),
                vec![format!(
                    "container {}: {} (exit code {}); memory limit {}",
                    c.name,
                    c.reason.as_deref().unwrap_or(""),
                    c.exit_code
                        .map(|e| e.to_string())
                        .unwrap_or_else(|| "?".into()),
                    limit.map(|m| format!("{m} MiB")).unwrap_or_else(|| {
                        // No container limit: the task's, from the task definition or, when
                        // that could not be read, from the task itself (the event has it).
                        f.td.and_then(|t| t.memory.clone())
                            .or_else(|| f.snap.task.memory.clone())
                            .map_or_else(
                                || "not read (the task definition could not be read)".into(),
                                |m| format!("the task's {m} MiB"),
                            )
                    })
                )],
                vec![
                    "Raise the container's memory (and the task's), or lower the application's use"
                        .into(),
                ],
            )
        }
        None => Outcome::skipped("no container was killed for memory"),
    }
}
