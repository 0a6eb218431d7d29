//! The `ecs-autopsy` command line. `main` only calls [`run`]; tests drive the binary.
//!
//! Exit codes (a stable contract, also in `--help` and the README):
//! - 0: success
//! - 1: the command could not do its work (I/O error, AWS error)
//! - 2: bad usage or bad input (unknown option, unknown cause id, no input)
//! - 3: `preflight` confirmed a problem (with `--strict`, also a likely one); `watch`: the
//!   deployment did not complete (failed, rolled back, replaced, or the watch timed out)

use crate::catalogue::{self, Cause, CAUSES};
use crate::classify::{self, Classification};
use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use serde_json::json;
use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

const EXIT_HELP: &str = "\
Exit codes:
  0  success
  1  the command could not do its work (I/O or AWS error, task not found)
  2  bad usage or bad input (unknown option, unknown cause id, empty input, malformed event)
  3  preflight: a confirmed problem (with --strict, also a likely one): the deployment would fail;
     watch: the deployment failed, was rolled back or replaced, or the watch timed out

AWS: the usual configuration (environment, profile, instance or container role); AWS_ENDPOINT_URL
points every client at a stand-in such as moto_server.";

/// Tells you why an Amazon ECS task failed to start.
#[derive(Debug, Parser)]
#[command(name = "ecs-autopsy", version, after_help = EXIT_HELP)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Classify ECS error text (containers[].reason or stoppedReason) into candidate causes.
    ///
    /// With MESSAGE, classifies it; without, classifies every line of standard input, in order,
    /// one result per line (blank lines give `other`). Invalid UTF-8 is replaced, not rejected.
    #[command(after_help = EXIT_HELP)]
    Classify {
        /// The error text; read from standard input when absent.
        #[arg(conflicts_with = "event")]
        message: Option<OsString>,
        /// Classify the stopped task of an EventBridge `ECS Task State Change` event instead: its
        /// container reasons, stoppedReason and stopCode (the most specific text wins).
        #[arg(long, value_name = "FILE")]
        event: Option<std::path::PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Diagnose a stopped task: gather, check every known cause, rank the root causes.
    ///
    /// Exit code 0 whenever a report is printed (whatever it found).
    #[command(after_help = EXIT_HELP)]
    Diagnose {
        #[command(flatten)]
        target: TargetArgs,
        /// Diagnose a stored snapshot (from `gather --out`) instead; no AWS call is made.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["event", "cluster", "task", "service"])]
        snapshot: Option<std::path::PathBuf>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Text format: list every check, the passing ones too (JSON always has them all).
        #[arg(long, short = 'v')]
        verbose: bool,
        /// Slack format: also print (on standard error) a Block Kit Builder link that shows the
        /// message as Slack renders it.
        #[arg(long)]
        builder_link: bool,
    },
    /// Before a deployment: check the task it would start (a service's current task definition
    /// and network configuration, or a task definition on the network you name) with every
    /// configuration check. No task needs to have run.
    ///
    /// Exit code 0: nothing confirmed; 3: a confirmed problem (the report says which and its fix).
    #[command(after_help = EXIT_HELP)]
    Preflight {
        #[command(flatten)]
        plan: PlanArgs,
        #[arg(long, value_enum, default_value_t = PreflightFormat::Text)]
        format: PreflightFormat,
        /// Also fail (exit 3) on a likely problem (a warning), not only a confirmed one.
        #[arg(long)]
        strict: bool,
    },
    /// Follow a service deployment to its end (the deploy step of a pipeline); when it fails,
    /// say why: each distinct way the new revision's tasks stopped, diagnosed once, the circuit
    /// breaker and the rollback, the service's events.
    ///
    /// Exit code 0: the deployment completed; 3: it failed, was rolled back or replaced, or the
    /// watch timed out; 1: the service cannot be watched.
    #[command(after_help = EXIT_HELP)]
    Watch(WatchArgs),
    /// Gather the AWS context of one stopped task into a snapshot (JSON), read-only.
    #[command(after_help = EXIT_HELP)]
    Gather {
        #[command(flatten)]
        target: TargetArgs,
        /// Write the snapshot here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Read a container's log (a file, or standard input): the line that says why it failed,
    /// what that means and the fix, as `diagnose` reads a task's CloudWatch tail.
    ///
    /// For a log you have at hand: `docker logs app 2>&1 | ecs-autopsy read-log`, or `aws logs
    /// tail GROUP --log-stream-names STREAM --format short > app.log` (the short format: without
    /// the stream's name before each line). Lines are redacted before anything is shown. Exit
    /// code 0 whenever the log was read (whatever it shows).
    #[command(after_help = EXIT_HELP)]
    ReadLog {
        /// The log file; standard input when absent or `-`. Invalid UTF-8 is replaced.
        file: Option<std::path::PathBuf>,
        /// How many of the last lines to read.
        #[arg(long, value_name = "N", default_value_t = crate::gather::DEFAULT_LOG_LINES,
              value_parser = clap::value_parser!(u32).range(1..=10_000))]
        lines: u32,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// List the catalogue of known causes.
    #[command(after_help = EXIT_HELP)]
    Causes {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Explain one cause: what it is, how it is confirmed, how to fix it, AWS documentation.
    #[command(after_help = EXIT_HELP)]
    Explain {
        /// A cause id, as listed by `ecs-autopsy causes` (e.g. network.no_route).
        id: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Serve the diagnosis to AI assistants: a Model Context Protocol server on standard input
    /// and output (docs/mcp.md). Read-only; the same AWS configuration as `diagnose`.
    #[command(after_help = EXIT_HELP)]
    Mcp(crate::mcp::McpArgs),
}

/// Which task: an EventBridge event, a task, or the last stopped task of a service.
#[derive(Debug, clap::Args)]
struct TargetArgs {
    /// An EventBridge event (JSON file): `ECS Task State Change` (the source of truth), or an
    /// `ECS Service Action` / `ECS Deployment State Change` of a failure (placement, start
    /// impaired, a failed deployment), an `ECS Daemon Service Action`, or an `ECS Container
    /// Instance Health Change` of an impaired instance.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["cluster", "task", "service"])]
    event: Option<std::path::PathBuf>,
    /// Cluster name or ARN (with --task or --service).
    #[arg(long)]
    cluster: Option<String>,
    /// Task id or ARN (stopped tasks stay visible for about an hour).
    #[arg(long, requires = "cluster", conflicts_with = "service")]
    task: Option<String>,
    /// Service name: its most recently stopped task.
    #[arg(long, requires = "cluster")]
    service: Option<String>,
    /// AWS region (default: from the event or ARN, else the usual AWS configuration).
    #[arg(long)]
    region: Option<String>,
    /// Overall deadline for the AWS calls, in seconds; a partial snapshot is returned when it passes.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    deadline: f64,
    /// Do not read the last log lines of the container that crashed (logs:GetLogEvents).
    #[arg(long)]
    no_logs: bool,
    #[command(flatten)]
    access: crate::target::AccessArgs,
}

/// What `preflight` checks: a service's next deployment, or a task definition on a network.
#[derive(Debug, clap::Args)]
struct PlanArgs {
    /// Cluster name or ARN.
    #[arg(long)]
    cluster: String,
    /// A service: its current task definition and network configuration.
    #[arg(long, conflicts_with = "task_definition")]
    service: Option<String>,
    /// A task definition to run on the network given below: an ARN, family:revision, family,
    /// or a FILE (the JSON `register-task-definition` takes, or `describe-task-definition`
    /// prints), so CI checks what it is about to register.
    #[arg(long, value_name = "ARN|FILE", requires = "subnets")]
    task_definition: Option<String>,
    /// Subnets, comma-separated (with --task-definition).
    #[arg(long, value_delimiter = ',')]
    subnets: Vec<String>,
    /// Security groups, comma-separated.
    #[arg(long, value_delimiter = ',')]
    security_groups: Vec<String>,
    #[arg(long, value_parser = ["ENABLED", "DISABLED"])]
    assign_public_ip: Option<String>,
    #[arg(long, value_parser = ["FARGATE", "EC2", "EXTERNAL"], conflicts_with = "capacity_provider")]
    launch_type: Option<String>,
    /// A capacity provider instead of a launch type (FARGATE, FARGATE_SPOT, or an Auto
    /// Scaling group provider's name): what a capacity provider strategy deploys on.
    #[arg(long)]
    capacity_provider: Option<String>,
    #[arg(long)]
    platform_version: Option<String>,
    /// AWS region (default: the cluster ARN's, else the usual AWS configuration).
    #[arg(long)]
    region: Option<String>,
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    deadline: f64,
}

/// What `watch` follows, and how.
#[derive(Debug, clap::Args)]
struct WatchArgs {
    /// Cluster name or ARN.
    #[arg(long)]
    cluster: String,
    /// Service name or ARN.
    #[arg(long)]
    service: String,
    /// The deployment to follow (ecs-svc/N); default: the PRIMARY deployment when the watch starts.
    #[arg(long, value_name = "ID", conflicts_with = "task_definition")]
    deployment: Option<String>,
    /// Follow the deployment of this task definition (ARN or family:revision).
    #[arg(long, value_name = "ARN")]
    task_definition: Option<String>,
    /// Give up (exit 3) after this long: 30m, 90s, 1h30m.
    #[arg(long, default_value = "30m", value_name = "DURATION")]
    timeout: String,
    #[arg(long, value_enum, default_value_t = WatchFormat::Text)]
    format: WatchFormat,
    /// AWS region (default: the cluster ARN's, else the usual AWS configuration).
    #[arg(long)]
    region: Option<String>,
    /// Pre-flight the service first (as `preflight --service`); exit 3 without watching if it
    /// confirms a problem.
    #[arg(long)]
    preflight: bool,
    /// A fixed poll interval in milliseconds instead of the 3-15 s back-off (tests, stand-ins).
    #[arg(long, hide = true, value_name = "MS")]
    poll_ms: Option<u64>,
}

/// Output formats of a watch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum WatchFormat {
    /// Progress (one updating line on a terminal), then the outcome and its causes.
    Text,
    /// One JSON object per change (`"type": "progress"`), then one with the outcome (`"result"`).
    Json,
    /// GitHub Actions annotations; with $GITHUB_STEP_SUMMARY set, a Markdown summary there too.
    Github,
    /// Markdown (GitLab, CodeBuild reports).
    Markdown,
}

/// Output formats of a pre-flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PreflightFormat {
    Text,
    Json,
    Markdown,
    /// GitHub Actions workflow commands (`::error::`, `::warning::`), one per problem.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`).
    Sarif,
}

/// Output formats of a diagnosis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    /// For a person at a terminal (colour on a terminal, none when piped or with NO_COLOR).
    Text,
    /// The report as one JSON document (schema: docs/report-schema.md).
    Json,
    /// Markdown, for tickets and chat.
    Markdown,
    /// Exactly the Slack incoming-webhook payload the Lambda would post (Block Kit JSON).
    Slack,
    /// Exactly the SNS message the Lambda would publish: subject, body, message attributes.
    Sns,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Readable text for a person.
    Text,
    /// Machine-readable JSON (one object per input line for `classify`).
    Json,
}

/// A failure the user can fix by changing the invocation (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(String);

/// Parses `args` and runs the command; returns the process exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match execute(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ecs-autopsy: error: {e:#}");
            ExitCode::from(if e.downcast_ref::<UsageError>().is_some() {
                2
            } else {
                1
            })
        }
    }
}

/// `ecs-autopsy classify ... | head` closes the pipe early; that is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .map(io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(|j| j.io_error_kind())
            })
            == Some(io::ErrorKind::BrokenPipe)
    })
}

fn execute(cli: Cli) -> anyhow::Result<u8> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match cli.command {
        Command::Classify {
            event: Some(path),
            format,
            ..
        } => classify_event_cmd(&path, format, &mut out)?,
        Command::Classify {
            message, format, ..
        } => classify_cmd(message, format, &mut out)?,
        Command::Diagnose {
            target,
            snapshot,
            format,
            verbose,
            builder_link,
        } => {
            let snap = match snapshot {
                Some(path) => {
                    let text = std::fs::read(&path)
                        .with_context(|| format!("reading {}", path.display()))?;
                    serde_json::from_slice::<crate::snapshot::Snapshot>(&text).map_err(|e| {
                        UsageError(format!("{}: not a snapshot: {e}", path.display()))
                    })?
                }
                None => gather_snapshot(&target)?,
            };
            let report = crate::diagnose::diagnose(&snap);
            match format {
                ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
                ReportFormat::Markdown => {
                    write!(out, "{}", crate::render::markdown::markdown(&report))?
                }
                ReportFormat::Slack => {
                    let n = crate::render::Notification::new(report);
                    let payload = crate::render::slack::slack(&n);
                    writeln!(out, "{}", serde_json::to_string_pretty(&payload)?)?;
                    if builder_link {
                        eprintln!(
                            "Block Kit Builder: {}",
                            crate::render::links::block_kit_builder_url(&payload)
                        );
                    }
                }
                ReportFormat::Sns => {
                    let n = crate::render::Notification::new(report);
                    writeln!(
                        out,
                        "{}",
                        serde_json::to_string_pretty(&crate::render::sns::sns(&n, false))?
                    )?
                }
                ReportFormat::Text => write!(out, "{}", terminal_text(&report, verbose))?,
            }
        }
        Command::Preflight {
            plan,
            format,
            strict,
        } => {
            let report = preflight_report(&plan)?;
            match format {
                PreflightFormat::Json => {
                    writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?
                }
                PreflightFormat::Markdown => {
                    write!(out, "{}", crate::render::markdown::markdown(&report))?
                }
                PreflightFormat::Github => {
                    write!(out, "{}", crate::render::ci::github_annotations(&report))?
                }
                PreflightFormat::Text => write!(out, "{}", terminal_text(&report, false))?,
                PreflightFormat::Sarif => {
                    // A file is where the problem lives; a service has no file: a logical place.
                    let artifact = match &plan.task_definition {
                        Some(td) if std::path::Path::new(td).is_file() => td.clone(),
                        _ => format!(
                            "ecs/{}/{}",
                            plan.cluster.rsplit('/').next().unwrap_or(&plan.cluster),
                            plan.service
                                .as_deref()
                                .or(plan.task_definition.as_deref())
                                .unwrap_or("task")
                        ),
                    };
                    writeln!(
                        out,
                        "{}",
                        serde_json::to_string_pretty(&crate::render::ci::sarif(
                            &report, &artifact
                        ))?
                    )?
                }
            }
            out.flush()?;
            return Ok(u8::from(crate::render::ci::preflight_fails(&report, strict)) * 3);
        }
        Command::Watch(args) => return watch_cmd(&args, &mut out),
        Command::Mcp(args) => {
            // Standard output is the protocol's: release this function's lock on it first.
            drop(out);
            crate::mcp::serve(args)?;
            return Ok(0);
        }
        Command::Gather { target, out: path } => {
            let snapshot = gather_snapshot(&target)?;
            let json = serde_json::to_string_pretty(&snapshot)?;
            match path {
                Some(p) => std::fs::write(&p, json + "\n")
                    .with_context(|| format!("writing {}", p.display()))?,
                None => writeln!(out, "{json}")?,
            }
        }
        Command::ReadLog {
            file,
            lines,
            format,
        } => read_log_cmd(file.as_deref(), lines as usize, format, &mut out)?,
        Command::Causes { format } => causes_cmd(format, &mut out)?,
        Command::Explain { id, format } => explain_cmd(&id, format, &mut out)?,
    }
    out.flush()?;
    Ok(0)
}

/// `ecs-autopsy watch`: an optional pre-flight, then the watch; the exit code is the outcome's.
fn watch_cmd(a: &WatchArgs, out: &mut impl Write) -> anyhow::Result<u8> {
    use crate::watch::{self, progress::Selector, Format as F};
    use std::io::IsTerminal;
    let timeout = crate::watch::progress::parse_duration(&a.timeout)
        .map_err(|e| UsageError(format!("--timeout {e}")))?;
    let format = match a.format {
        WatchFormat::Text => F::Text,
        WatchFormat::Json => F::Json,
        WatchFormat::Github => F::Github,
        WatchFormat::Markdown => F::Markdown,
    };
    let terminal = std::io::stdout().is_terminal();
    let color = terminal && std::env::var_os("NO_COLOR").is_none();
    if a.preflight {
        let report = preflight_report(&PlanArgs {
            cluster: a.cluster.clone(),
            service: Some(a.service.clone()),
            task_definition: None,
            subnets: Vec::new(),
            security_groups: Vec::new(),
            assign_public_ip: None,
            launch_type: None,
            capacity_provider: None,
            platform_version: None,
            region: a.region.clone(),
            deadline: 10.0,
        })?;
        if crate::render::ci::preflight_fails(&report, false) {
            match format {
                F::Json => writeln!(
                    out,
                    "{}",
                    json!({"type": "preflight", "outcome": "failed", "exit_code": 3, "report": report})
                )?,
                F::Markdown => write!(out, "{}", crate::render::markdown::markdown(&report))?,
                F::Github => write!(out, "{}", crate::render::ci::github_annotations(&report))?,
                F::Text => write!(
                    out,
                    "{}",
                    crate::render::terminal::text(
                        &report,
                        crate::render::terminal::Style {
                            color,
                            verbose: false
                        }
                    )
                )?,
            }
            writeln!(
                io::stderr(),
                "ecs-autopsy: the pre-flight confirmed a problem: not watching"
            )?;
            out.flush()?;
            return Ok(3);
        }
        if format != F::Json {
            writeln!(
                out,
                "pre-flight: no confirmed problem ({} checks)",
                report.checks.len()
            )?;
        }
    }
    let poll = a.poll_ms.map(std::time::Duration::from_millis);
    let opts = watch::Options {
        cluster: a.cluster.clone(),
        service: a.service.clone(),
        selector: match (&a.deployment, &a.task_definition) {
            (Some(id), _) => Selector::Id(id.clone()),
            (None, Some(td)) => Selector::TaskDefinition(td.clone()),
            (None, None) => Selector::Primary,
        },
        timeout,
        poll_start: poll.unwrap_or(std::time::Duration::from_secs(3)),
        poll_max: poll.unwrap_or(std::time::Duration::from_secs(15)),
        format,
        live: terminal && format == F::Text,
    };
    let region = a
        .region
        .clone()
        .or_else(|| crate::target::arn_region(&a.cluster));
    let progress_out: &mut dyn Write = &mut *out;
    let summary = with_aws(
        region,
        std::time::Duration::from_secs(10),
        |config| async move {
            let access = crate::gather::Access::new(&config, crate::gather::Way::default());
            Ok(watch::watch(&access, &opts, progress_out).await?)
        },
    )?;
    watch::render::summary(out, &summary, format, color)?;
    out.flush()?;
    if format == F::Github {
        // The job's summary page: appended, as other steps may have written there too.
        if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .with_context(|| {
                    format!("writing $GITHUB_STEP_SUMMARY ({})", path.to_string_lossy())
                })?;
            write!(f, "{}", watch::render::markdown(&summary))?;
        }
    }
    Ok(summary.exit_code)
}

/// The report for a person: colour on a terminal, none when piped or with NO_COLOR.
fn terminal_text(report: &crate::diagnose::Report, verbose: bool) -> String {
    use std::io::IsTerminal;
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    crate::render::terminal::text(report, crate::render::terminal::Style { color, verbose })
}

/// Gathers and diagnoses the task a deployment would start.
fn preflight_report(p: &PlanArgs) -> anyhow::Result<crate::diagnose::Report> {
    use crate::gather::{self, preflight};
    let deadline = deadline_of(p.deadline)?;
    if p.service.is_none() && p.task_definition.is_none() {
        return Err(UsageError(
            "name what to check: --service S, or --task-definition ARN --subnets A,B".into(),
        )
        .into());
    }
    let region = p
        .region
        .clone()
        .or_else(|| crate::target::arn_region(&p.cluster));
    with_aws(region, deadline, |config| async move {
        let clients = gather::Clients::new(&config);
        // A file, or a name AWS knows.
        let file = match &p.task_definition {
            Some(td) if std::path::Path::new(td).is_file() => {
                let text = std::fs::read_to_string(td).with_context(|| format!("reading {td}"))?;
                Some(crate::taskdef::parse(&text).map_err(|e| UsageError(format!("{td}: {e}")))?)
            }
            _ => None,
        };
        let plan = match (&p.service, &p.task_definition) {
            (Some(service), _) => preflight::plan_of_service(&clients, &p.cluster, service).await?,
            (None, Some(td)) => preflight::Plan {
                cluster: p.cluster.clone(),
                task_definition: match &file {
                    Some(f) => f.family.clone().unwrap_or_else(|| "file".into()),
                    None => td.clone(),
                },
                service: None,
                subnets: p.subnets.clone(),
                security_groups: p.security_groups.clone(),
                assign_public_ip: p.assign_public_ip.as_deref().map(|v| v == "ENABLED"),
                launch_type: p.launch_type.clone(),
                capacity_provider: p.capacity_provider.clone(),
                platform_version: p.platform_version.clone(),
            },
            (None, None) => {
                return Err(UsageError("name a --service or a --task-definition".into()).into())
            }
        };
        let snap = preflight::gather_plan(
            &clients,
            &plan,
            file,
            &gather::Options {
                deadline,
                log_lines: 0,
            },
        )
        .await?;
        Ok(crate::diagnose::diagnose(&snap))
    })
}

/// Resolves the target and gathers its snapshot.
fn gather_snapshot(t: &TargetArgs) -> anyhow::Result<crate::snapshot::Snapshot> {
    use crate::gather::{self, Target};
    use crate::target::FromEvent;
    let deadline = deadline_of(t.deadline)?;
    let log_lines = if t.no_logs {
        0
    } else {
        gather::Options::default().log_lines
    };
    let mut service_event = None;
    let mut fallback = None;
    let (target, region) = match (&t.event, &t.cluster, &t.task, &t.service) {
        (Some(path), ..) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            let asked = crate::target::from_event(&bytes, t.region.clone())
                .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
            match asked {
                FromEvent::NotAFailure(why) => {
                    return Err(UsageError(format!("{}: {why}", path.display())).into())
                }
                // No task ever ran: the event is the evidence. When it gives no reason, the
                // cluster is read to say what it lacks.
                FromEvent::Snapshot(snapshot) => {
                    let mut snapshot = *snapshot;
                    let no_reason = snapshot
                        .service_event
                        .as_ref()
                        .is_some_and(|e| e.reason.as_deref().is_none_or(|r| r.trim().is_empty()));
                    if !no_reason {
                        return Ok(snapshot);
                    }
                    let region = snapshot.region.clone();
                    return with_aws(region, deadline, |config| async move {
                        let access = gather::Access::new(&config, t.access.way());
                        let options = gather::Options {
                            deadline,
                            log_lines: 0,
                        };
                        gather::placement_cluster(&access, &mut snapshot, &options).await;
                        Ok(snapshot)
                    });
                }
                FromEvent::Gather {
                    target,
                    region,
                    service_event: event,
                    fallback: alone,
                } => {
                    service_event = event.map(|e| *e);
                    fallback = alone;
                    (*target, region)
                }
            }
        }
        (None, Some(cluster), Some(task), None) => {
            let region = t.region.clone().or_else(|| {
                crate::target::arn_region(task).or_else(|| crate::target::arn_region(cluster))
            });
            (
                Target::Task {
                    cluster: cluster.clone(),
                    task: task.clone(),
                },
                region,
            )
        }
        (None, Some(cluster), None, Some(service)) => {
            let region = t
                .region
                .clone()
                .or_else(|| crate::target::arn_region(cluster));
            (
                Target::Service {
                    cluster: cluster.clone(),
                    service: service.clone(),
                },
                region,
            )
        }
        _ => {
            return Err(UsageError(
                "name the task: --event FILE, --cluster C --task T, or --cluster C --service S"
                    .into(),
            )
            .into())
        }
    };
    with_aws(region, deadline, |config| async move {
        let access = gather::Access::new(&config, t.access.way());
        let gathered = gather::gather_via(
            &access,
            target,
            &gather::Options {
                deadline,
                log_lines,
            },
        )
        .await;
        let mut snapshot = match (gathered, fallback) {
            (Ok(s), _) => s,
            (Err(e), Some(alone)) => crate::target::event_alone(*alone, &e),
            (Err(e), None) => return Err(e.into()),
        };
        if service_event.is_some() {
            snapshot.service_event = service_event;
        }
        Ok(snapshot)
    })
}

/// `--deadline`, checked: a gather runs at most as long as a Lambda invocation may.
fn deadline_of(seconds: f64) -> anyhow::Result<std::time::Duration> {
    if !(seconds.is_finite() && seconds > 0.0 && seconds <= 900.0) {
        return Err(UsageError("--deadline must be between 0 and 900 seconds".into()).into());
    }
    Ok(std::time::Duration::from_secs_f64(seconds))
}

/// Runs AWS work on the one async runtime the CLI starts, with the SDK configuration loaded
/// for `region` (credential resolution bounded by the deadline, at most 3 s).
fn with_aws<T, F, Fut>(
    region: Option<String>,
    deadline: std::time::Duration,
    work: F,
) -> anyhow::Result<T>
where
    F: FnOnce(aws_config::SdkConfig) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<T>>,
{
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let config =
            crate::gather::load_config(region, deadline.min(std::time::Duration::from_secs(3)))
                .await;
        work(config).await
    })
}

fn classify_cmd(
    message: Option<OsString>,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    if let Some(message) = message {
        let message = message.to_string_lossy();
        if message.trim().is_empty() {
            return Err(UsageError(
                "MESSAGE is empty: give the error text, or pipe lines on standard input".into(),
            )
            .into());
        }
        return write_classification(&message, format, out);
    }
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut line = Vec::new();
    let mut count = 0usize;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        if format == Format::Text && count > 0 {
            writeln!(out)?;
        }
        write_classification(&String::from_utf8_lossy(&line), format, out)?;
        count += 1;
    }
    if count == 0 {
        return Err(UsageError(
            "no input: give MESSAGE, or pipe one error text per line on standard input".into(),
        )
        .into());
    }
    Ok(())
}

fn classify_event_cmd(
    path: &std::path::Path,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let event = crate::target::event::parse_task_event(&bytes)
        .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
    let detail = event.detail.unwrap_or_default();
    let t = classify::classify_task(
        &detail.container_reasons(),
        detail.stopped_reason.as_deref(),
        detail.stop_code.as_deref(),
    );
    match format {
        Format::Json => {
            let mut v = crate::classify::contract_json(&t.message, &t.classification);
            v["source"] = json!(t.source);
            serde_json::to_writer(&mut *out, &v)?;
            writeln!(out)?;
        }
        Format::Text => {
            writeln!(out, "from {}:", t.source)?;
            write_classification_text(&t.message, &t.classification, out)?;
        }
    }
    Ok(())
}

fn write_classification(message: &str, format: Format, out: &mut impl Write) -> anyhow::Result<()> {
    let c = classify::classify(message);
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, &crate::classify::contract_json(message, &c))?;
            writeln!(out)?;
        }
        Format::Text => write_classification_text(message, &c, out)?,
    }
    Ok(())
}

fn write_classification_text(
    message: &str,
    c: &Classification,
    out: &mut impl Write,
) -> io::Result<()> {
    writeln!(out, "{}", shorten(message.trim(), 200))?;
    writeln!(out, "  family      {}", c.family)?;
    writeln!(
        out,
        "  service     {}",
        c.service.map_or("unknown", |s| s.label())
    )?;
    for (i, id) in c.candidates.iter().enumerate() {
        let label = if i == 0 { "candidates" } else { "" };
        let title = catalogue::cause(id).map_or("", |c| c.title);
        writeln!(out, "  {label:<11} {}. {id:<26} {title}", i + 1)?;
    }
    Ok(())
}

/// One line of at most `max` characters, control characters replaced, with an ellipsis if cut.
fn shorten(text: &str, max: usize) -> String {
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.chars().count() <= max {
        clean
    } else {
        clean.chars().take(max - 1).chain(['…']).collect()
    }
}

fn read_log_cmd(
    file: Option<&std::path::Path>,
    lines: usize,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let bytes = match file.filter(|f| f.as_os_str() != "-") {
        Some(path) => std::fs::read(path).with_context(|| format!("reading {}", path.display()))?,
        None => {
            let mut all = Vec::new();
            io::Read::read_to_end(&mut io::stdin().lock(), &mut all)?;
            all
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    if text.trim().is_empty() {
        return Err(UsageError(
            "the log is empty: give a file, or pipe the log on standard input".into(),
        )
        .into());
    }
    let shown = crate::diagnose::LOG_LINES_REPORTED;
    let read = crate::crash::read_pasted(&text, lines, shown);
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&read)?)?,
        Format::Text => {
            use std::io::IsTerminal;
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let style = crate::render::terminal::Style {
                color,
                verbose: false,
            };
            write!(out, "{}", crate::render::terminal::pasted(&read, style))?
        }
    }
    Ok(())
}

fn causes_cmd(format: Format, out: &mut impl Write) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, CAUSES)?;
            writeln!(out)?;
        }
        Format::Text => {
            let mut area = None;
            for c in CAUSES {
                if area != Some(c.area) {
                    writeln!(
                        out,
                        "{}{}",
                        if area.is_some() { "\n" } else { "" },
                        c.area.label()
                    )?;
                    area = Some(c.area);
                }
                writeln!(out, "  {:<26} {}", c.id, c.title)?;
            }
            writeln!(out, "\n`ecs-autopsy explain ID` tells more about one.")?;
        }
    }
    Ok(())
}

fn explain_cmd(id: &str, format: Format, out: &mut impl Write) -> anyhow::Result<()> {
    let Some(cause) = catalogue::cause(id.trim()) else {
        let near: Vec<&str> = CAUSES
            .iter()
            .map(|c| c.id)
            .filter(|c| {
                let stem = id.split('.').next().unwrap_or(id);
                !stem.is_empty() && (c.starts_with(stem) || c.contains(id))
            })
            .collect();
        let hint = if near.is_empty() {
            "`ecs-autopsy causes` lists the known ids".to_string()
        } else {
            format!("did you mean {}?", near.join(", "))
        };
        return Err(UsageError(format!("unknown cause id {id:?}: {hint}")).into());
    };
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, cause)?;
            writeln!(out)?;
        }
        Format::Text => write_explanation(cause, out)?,
    }
    Ok(())
}

fn write_explanation(c: &Cause, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}: {}\n", c.id, c.title)?;
    writeln!(out, "What went wrong\n  {}\n", c.what)?;
    writeln!(out, "How ecs-autopsy confirms it\n  {}\n", c.confirm)?;
    writeln!(out, "How to fix it")?;
    for (i, step) in c.fix.iter().enumerate() {
        writeln!(out, "  {}. {step}", i + 1)?;
    }
    writeln!(out, "\nAWS documentation")?;
    for d in c.docs {
        writeln!(out, "  {d}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_on_characters_and_removes_control_characters() {
        assert_eq!(shorten("a\u{7}b", 10), "a b");
        assert_eq!(shorten("ééééé", 3), "éé…");
    }

    #[test]
    fn json_has_exactly_the_contract_keys() {
        let c = classify::classify("CannotPullContainerError: context canceled");
        let v = crate::classify::contract_json("x", &c);
        let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["candidates", "family", "message", "service"]);
    }
}
