//! What the container definition says about the condition its log names. A log line says what
//! the process met ("Read-only file system", "/dev/shm" full, a port below 1024 refused); the task
//! definition often says why it met it (readonlyRootFilesystem, a read-only mount, no
//! sharedMemorySize, a non-root `user`). Stating that setting turns a reading into evidence the
//! operator can act on without opening the console.

use crate::crash::Crash;
use crate::snapshot::{ContainerDefinition, MountPoint, TaskDefinition};

/// The setting behind the condition: an evidence line, and the fix it makes exact (`None` keeps
/// the signature's own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Setting {
    pub evidence: String,
    pub fix: Option<String>,
}

/// The setting of `container` in `td` behind what its log says, when the definition states one.
pub(crate) fn behind(
    crash: &Crash,
    td: &TaskDefinition,
    container: &str,
    fargate: bool,
) -> Option<Setting> {
    let def = td.containers.iter().find(|c| c.name == container)?;
    match crash.signature.as_str() {
        "fs.read_only" => read_only(crash.path.as_deref(), def, td),
        "shm.too_small" => Some(shared_memory(def, fargate)),
        "net.privileged_port" => non_root_user(def),
        "net.refused_local" => loopback(crash.address.as_deref(), def, td),
        "lock.held" => lock_file(crash.path.as_deref(), def, td),
        "net.dns" => host_name(crash.host.as_deref(), def, td),
        "config.missing_env" => variable(crash.key.as_deref(), def),
        "aws.access_denied" => denied_as(crash.principal.as_deref(), td),
        "aws.no_credentials" => Some(credentials(td, fargate)),
        "fs.no_space" => ephemeral_storage(td, fargate),
        "browser.sandbox" => fargate.then(|| Setting {
            evidence: "the task runs on Fargate, which gives a container neither SYS_ADMIN nor user namespaces: Chromium's sandbox cannot start there".to_string(),
            fix: Some("Launch the browser with --no-sandbox on Fargate (Puppeteer args, Playwright's chromiumSandbox: false, Selenium's ChromeOptions)".to_string()),
        }),
        "exec.format"
        | "exec.format_shell"
        | "lib.wrong_platform"
        | "native.illegal_instruction" => architecture(td, fargate),
        "windows.os_mismatch" => windows_version(td),
        "user.missing" => Some(Setting {
            evidence: match def.user.as_deref() {
                Some(user) => format!(
                    "task definition: {} runs as user {user}, which the image must define in its /etc/passwd (a numeric user it does not define has no name or home)",
                    def.name
                ),
                None => format!(
                    "task definition: no user, so {} runs as the image's USER: the user the line names is one its entrypoint expects and the image lacks",
                    def.name
                ),
            },
            fix: None,
        }),
        "net.addr_in_use" => port_taken(crash.port?, def, td, fargate),
        "node.heap_oom" | "java.oom" | "go.oom" | "mem.exhausted" => {
            memory(&crash.signature, def, td)
        }
        _ => None,
    }
}

/// localhost is the task's own: in awsvpc mode every container of the task shares it, in bridge
/// mode only the container itself. A container of the task that maps the refused port is the
/// dependency, and `dependsOn` says whether the caller waited for it.
fn loopback(
    address: Option<&str>,
    def: &ContainerDefinition,
    td: &TaskDefinition,
) -> Option<Setting> {
    let name = &def.name;
    if td.network_mode.as_deref() == Some("bridge") {
        return Some(Setting {
            evidence: format!(
                "task definition: network mode bridge, so localhost in {name} is {name} alone; the task's other containers are not on it"
            ),
            fix: Some(format!(
                "Reach the other container by a link (bridge mode) or a service address, or move the task to awsvpc mode, where its containers share localhost; or run the server {name} expects inside {name}"
            )),
        });
    }
    let port: i32 = address?
        .rsplit(':')
        .next()?
        .trim_end_matches(']')
        .parse()
        .ok()?;
    let Some(server) = td
        .containers
        .iter()
        .find(|c| c.name != *name && c.container_ports.contains(&port))
    else {
        return Some(Setting {
            evidence: format!(
                "task definition: no other container of this task maps port {port}; what {name} reaches at localhost:{port} runs elsewhere (unless a sidecar listens there without a port mapping)"
            ),
            fix: None,
        });
    };
    let wait = def.depends_on.iter().find(|d| d.container == server.name);
    let s = &server.name;
    let fix = Some(format!(
        "Make {name} wait for {s}: dependsOn {s} with condition HEALTHY, and a health check on {s} that passes once it accepts connections on {port} (or retry the connection at start)"
    ));
    Some(match wait.map(|d| d.condition.as_str()) {
        None => Setting {
            evidence: format!(
                "task definition: {s} listens on port {port} in this task, and {name} does not wait for it (no dependsOn)"
            ),
            fix,
        },
        Some("HEALTHY") => Setting {
            evidence: format!(
                "task definition: {name} waits for {s} to be HEALTHY (dependsOn), yet {s} refused on port {port}: its health check passes before it listens, or it stopped"
            ),
            fix: None,
        },
        Some(condition) => Setting {
            evidence: format!(
                "task definition: {name} waits for {s} only to {} (dependsOn), not to accept connections on port {port}",
                condition.to_ascii_lowercase()
            ),
            fix,
        },
    })
}

/// A name that did not resolve, as a compose file names its services: a container of the same
/// task is not reached by its name on ECS (awsvpc: at localhost; bridge: through `links`), and a
/// name without a domain resolves only through Service Connect or a Cloud Map namespace.
fn host_name(
    host: Option<&str>,
    def: &ContainerDefinition,
    td: &TaskDefinition,
) -> Option<Setting> {
    let host = host?.trim_end_matches('.');
    let bare = host.split(':').next().unwrap_or(host);
    if bare.contains('.') || bare.is_empty() || bare.eq_ignore_ascii_case("localhost") {
        return None;
    }
    let name = &def.name;
    if let Some(sibling) = td
        .containers
        .iter()
        .find(|c| c.name != *name && c.name.eq_ignore_ascii_case(bare))
    {
        let s = &sibling.name;
        let port = sibling
            .container_ports
            .first()
            .map_or(String::new(), |p| format!(":{p}"));
        return Some(if td.network_mode.as_deref() == Some("bridge") {
            Setting {
                evidence: format!(
                    "task definition: {s} is a container of this task; in bridge mode {name} resolves its name only through links"
                ),
                fix: Some(format!(
                    "Add {s} to {name}'s links (bridge mode), or move the task to awsvpc mode and reach {s} at localhost{port}"
                )),
            }
        } else {
            Setting {
                evidence: format!(
                    "task definition: {s} is a container of this task; in awsvpc mode a task's containers reach each other at localhost, not by name"
                ),
                fix: Some(format!(
                    "Point {name} at localhost{port} for {s} (a compose service name does not resolve on ECS), and make it wait for {s} (dependsOn HEALTHY)"
                )),
            }
        });
    }
    Some(Setting {
        evidence: format!(
            "no container of this task is named {bare}, and a name without a domain resolves on ECS only through Service Connect (a client alias) or a Cloud Map namespace in the task's VPC"
        ),
        fix: Some(format!(
            "Give {name} the address of {bare} (an RDS or ElastiCache endpoint, a load balancer's DNS name), or reach another service by its Service Connect alias or Cloud Map name (name.namespace)"
        )),
    })
}

/// A variable the program found unset, against what the container definition gives it: not
/// there at all (the usual cause: a compose file's or a .env's variable not carried over), or
/// there as a secret or an environment entry whose value reached the program empty.
fn variable(key: Option<&str>, def: &ContainerDefinition) -> Option<Setting> {
    // A .NET connection string's parameter name, not a variable.
    let key = key.filter(|k| *k != "connectionString")?;
    let name = &def.name;
    if let Some(secret) = def.secrets.iter().find(|s| s.name == key) {
        return Some(Setting {
            evidence: format!(
                "task definition: {name} gets {key} from {}, so ECS set it: its value is empty (a JSON key of the secret not named in valueFrom gives the whole JSON; an empty parameter gives an empty string), or the program reads it under another name",
                secret.value_from
            ),
            fix: None,
        });
    }
    if def.environment_names.iter().any(|n| n == key) {
        return Some(Setting {
            evidence: format!(
                "task definition: {name} sets {key} in its environment: its value is empty, or the program reads it under another name or from a file"
            ),
            fix: None,
        });
    }
    let files = if def.environment_files.is_empty() {
        String::new()
    } else {
        format!(
            " (it may come from the environment file {}, which was not read)",
            def.environment_files.join(", ")
        )
    };
    Some(Setting {
        evidence: format!(
            "task definition: {key} is neither in {name}'s environment nor in its secrets{files}"
        ),
        fix: Some(format!(
            "Add {key} to {name}'s environment, or to its secrets (valueFrom a Secrets Manager secret or SSM parameter, with the execution role allowed to read it), and register a new revision; a compose file's or .env's variables do not carry over to ECS"
        )),
    })
}

/// Where a lock or PID file lives says how it outlived the process that wrote it: an EFS volume
/// outlives every task and is shared by all of them (a rolling deployment runs the old and the
/// new task together); the container's own filesystem starts as the image, so a file there came
/// with the image unless the container restarted in place.
fn lock_file(
    path: Option<&str>,
    def: &ContainerDefinition,
    td: &TaskDefinition,
) -> Option<Setting> {
    let p = path.filter(|p| p.starts_with('/'))?;
    let name = &def.name;
    let Some(m) = mount_holding(def, p) else {
        return Some(Setting {
            evidence: format!(
                "task definition: {p} is on {name}'s own filesystem, not a volume: it came with the image (a file copied in by the build) unless the container restarted in place"
            ),
            fix: Some(format!(
                "Keep the file out of the image (.dockerignore it, or delete it in the Dockerfile), and remove it in the entrypoint before {name}'s program starts"
            )),
        });
    };
    let fs = efs_of(td, m)?;
    Some(Setting {
        evidence: format!(
            "task definition: {p} lies on EFS volume {} ({fs}) at {}: it outlives every task, and every task that mounts it shares it (a rolling deployment runs the old and the new task together)",
            m.source_volume, m.container_path
        ),
        fix: None,
    })
}

/// The last part of a role ARN (`arn:aws:iam::1:role/path/name` → `name`).
fn role_name(arn: &str) -> &str {
    arn.rsplit('/').next().unwrap_or(arn)
}

/// Who made a denied call says whose policy to change. An application's SDK uses the task role
/// only when it finds no other credentials first; without a task role, on EC2, it falls back to
/// the container instance's role (its session name is the instance id).
fn denied_as(principal: Option<&str>, td: &TaskDefinition) -> Option<Setting> {
    let principal = principal?;
    if let Some((_, user)) = principal.split_once(":user/") {
        return Some(Setting {
            evidence: format!(
                "the call was made as the IAM user {user}: the container uses an access key, not the task role"
            ),
            fix: Some("Remove AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and any ~/.aws copied into the image) from the container, and allow the action in the task role (taskRoleArn), whose credentials the SDK then uses".to_string()),
        });
    }
    let (_, assumed) = principal.split_once(":assumed-role/")?;
    let (role, session) = assumed.split_once('/').unwrap_or((assumed, ""));
    let instance = if session.starts_with("i-") {
        format!(", the container instance's role (its session is the instance {session})")
    } else {
        String::new()
    };
    let execution = td
        .execution_role_arn
        .as_deref()
        .is_some_and(|a| role_name(a) == role);
    let setting = match td.task_role_arn.as_deref().map(role_name) {
        Some(task) if task == role => Setting {
            evidence: format!(
                "the call was made as the task role {role}: its policies do not allow it (or the resource's own policy, a permissions boundary or an SCP denies it)"
            ),
            fix: None,
        },
        Some(task) => Setting {
            evidence: format!(
                "the call was made as {role}{instance}{}, not as the task role {task}: the SDK found other credentials first",
                if execution { ", the task's execution role" } else { "" }
            ),
            fix: Some(format!(
                "Remove the other credentials from the container (access keys in its environment, a profile or credentials file in the image, a role the code assumes) so that its SDK uses the task role {task}, and allow the action there"
            )),
        },
        None => Setting {
            evidence: format!(
                "task definition: no task role (taskRoleArn), so the call was made as {role}{instance}"
            ),
            fix: Some(
                "Give the task a task role (taskRoleArn) that allows the action and register a new revision; the instance's role is shared by every task on the instance and should not carry an application's permissions"
                    .to_string(),
            ),
        },
    };
    Some(setting)
}

/// An SDK finds a task's credentials through the endpoint ECS names in the container's
/// environment (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI), and only when the task has a task role.
fn credentials(td: &TaskDefinition, fargate: bool) -> Setting {
    match td.task_role_arn.as_deref() {
        None => Setting {
            evidence: format!(
                "task definition: no task role (taskRoleArn), so ECS gives the container no AWS credentials{}",
                if fargate {
                    ""
                } else {
                    ", and the SDK did not reach the instance's role either (instance metadata blocked for tasks, or a hop limit of 1)"
                }
            ),
            fix: Some("Give the task a task role (taskRoleArn) with the permissions the application needs, and register a new revision".to_string()),
        },
        Some(arn) => Setting {
            evidence: format!(
                "task definition: task role {}: ECS serves its credentials at the endpoint AWS_CONTAINER_CREDENTIALS_RELATIVE_URI names in the container's environment; an SDK too old to read it, or a process started without the container's environment (su, sudo, cron, a supervisor that clears it), finds none",
                role_name(arn)
            ),
            fix: Some("Update the AWS SDK in the image (every current SDK reads the container credentials endpoint), and keep AWS_CONTAINER_CREDENTIALS_RELATIVE_URI in the environment of the process that calls AWS".to_string()),
        },
    }
}

/// On Fargate a task's disk is its ephemeral storage, 20 GiB unless the task definition raises
/// it (to 200). On EC2 it is the instance's Docker storage, which the task definition does not
/// state.
fn ephemeral_storage(td: &TaskDefinition, fargate: bool) -> Option<Setting> {
    if !fargate {
        return None;
    }
    let gib = td.ephemeral_storage_gib.unwrap_or(20);
    let set = if td.ephemeral_storage_gib.is_some() {
        ""
    } else {
        ", the default"
    };
    Some(Setting {
        evidence: format!("the task runs on Fargate with {gib} GiB of ephemeral storage{set}"),
        fix: Some(if gib >= 200 {
            "Ephemeral storage is at Fargate's maximum (200 GiB): write large or growing data to an EFS volume, and rotate logs and temporary files".to_string()
        } else {
            format!(
                "Raise the task definition's ephemeralStorage.sizeInGiB above {gib} (up to 200), or write large or growing data to an EFS volume; rotate logs and temporary files"
            )
        }),
    })
}

/// The CPU architecture the task asked for (runtimePlatform.cpuArchitecture); Fargate runs a
/// task that names none on X86_64. On EC2 without it the instance type decides.
fn architecture(td: &TaskDefinition, fargate: bool) -> Option<Setting> {
    let evidence = match (td.cpu_architecture.as_deref(), fargate) {
        (Some(arch), _) => format!("task definition: runtimePlatform.cpuArchitecture {arch}"),
        (None, true) => "task definition: no runtimePlatform.cpuArchitecture, so Fargate runs the task on X86_64".to_string(),
        (None, false) => return None,
    };
    Some(Setting {
        evidence,
        fix: None,
    })
}

/// How much memory the container may use, and whether its runtime's heap setting is in its
/// environment (names only): a runtime that sizes its heap by itself, or by a setting written for
/// another machine, runs out below or above the container's limit.
fn memory(signature: &str, def: &ContainerDefinition, td: &TaskDefinition) -> Option<Setting> {
    let name = &def.name;
    let task = td.memory.as_deref().and_then(crate::snapshot::memory_mib);
    let (limit, evidence) = match (def.memory, def.memory_reservation, task) {
        (Some(hard), _, _) => (i64::from(hard), format!("{name}'s memory hard limit is {hard} MiB")),
        (None, Some(soft), Some(t)) => (
            t,
            format!("{name} reserves {soft} MiB and has no hard limit: it may use up to the task's {t} MiB"),
        ),
        (None, None, Some(t)) => (t, format!("{name} has no memory limit of its own: it may use up to the task's {t} MiB")),
        _ => return None,
    };
    let (knobs, fix): (&[&str], Option<String>) = match signature {
        "node.heap_oom" => (
            &["NODE_OPTIONS"],
            Some(format!(
                "Set NODE_OPTIONS=--max-old-space-size={} (about 75 % of {limit} MiB) in {name}'s environment, or raise the memory if the heap needs more",
                limit * 3 / 4
            )),
        ),
        "java.oom" => (
            &["JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_OPTS"],
            Some(format!(
                "Set JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75 in {name}'s environment (the heap follows the {limit} MiB limit), or raise the memory; for Metaspace, -XX:MaxMetaspaceSize"
            )),
        ),
        "go.oom" => (
            &["GOMEMLIMIT"],
            Some(format!(
                "Set GOMEMLIMIT={}MiB (about 90 % of {limit} MiB) in {name}'s environment so that the garbage collector works before the limit, or raise the memory",
                limit * 9 / 10
            )),
        ),
        _ => (&[], None),
    };
    let set: Vec<&str> = knobs
        .iter()
        .copied()
        .filter(|k| def.environment_names.iter().any(|n| n == k))
        .collect();
    let (heap, fix) = match (knobs.is_empty(), set.is_empty()) {
        (true, _) => (String::new(), None),
        (false, true) => (
            format!(
                "; {} is not in its environment, so the runtime sizes its heap by itself",
                knobs[0]
            ),
            fix,
        ),
        (false, false) => (
            format!(
                "; {} is set in its environment: check the heap size it gives against the limit",
                set.join(" and ")
            ),
            None,
        ),
    };
    Some(Setting {
        evidence: format!("task definition: {evidence}{heap}"),
        fix,
    })
}

/// Who else may hold the port: in awsvpc mode the task's containers share one network namespace
/// (a compose file gave each service its own), so two of them cannot listen on the same port; in
/// host mode the port is the instance's, shared with every other task there.
fn port_taken(
    port: u16,
    def: &ContainerDefinition,
    td: &TaskDefinition,
    fargate: bool,
) -> Option<Setting> {
    let name = &def.name;
    let mode = td
        .network_mode
        .as_deref()
        .unwrap_or(if fargate { "awsvpc" } else { "bridge" });
    match mode {
        "host" => Some(Setting {
            evidence: format!(
                "task definition: network mode host, so port {port} is the container instance's: another task on the instance (a second copy of this one during a deployment) or a process of the instance holds it"
            ),
            fix: Some("Run one copy per instance (placement constraint distinctInstance, or a daemon service), or use awsvpc or bridge mode with a dynamic host port".to_string()),
        }),
        "awsvpc" => {
            let others: Vec<&str> = td
                .containers
                .iter()
                .filter(|c| c.name != *name && c.container_ports.contains(&i32::from(port)))
                .map(|c| c.name.as_str())
                .collect();
            if others.is_empty() {
                let siblings: Vec<&str> = td
                    .containers
                    .iter()
                    .filter(|c| c.name != *name)
                    .map(|c| c.name.as_str())
                    .collect();
                let who = if siblings.is_empty() {
                    format!("a second process in {name} binds it")
                } else {
                    format!(
                        "one of the task's other containers ({}) listens there without a port mapping (they share {name}'s network namespace), or a second process in {name} binds it",
                        siblings.join(", ")
                    )
                };
                return Some(Setting {
                    evidence: format!(
                        "task definition: no other container of this task maps port {port}: {who}"
                    ),
                    fix: None,
                });
            }
            Some(Setting {
                evidence: format!(
                    "task definition: {} also maps port {port}, and in awsvpc mode the task's containers share one network namespace: only one of them can listen on it",
                    others.join(", ")
                ),
                fix: Some(format!(
                    "Give {name} or {} another port (the program's listen setting and its portMappings, and the target group's port if a load balancer routes to it)",
                    others.join(", ")
                )),
            })
        }
        _ => None,
    }
}

/// A Windows image must match the host's Windows Server version (process isolation): the
/// task definition's operating system family is the host's version on Fargate, and places the
/// task on instances of that version on EC2.
fn windows_version(td: &TaskDefinition) -> Option<Setting> {
    let family = td.os_family.as_deref()?;
    let tag = if family.contains("2019") {
        "ltsc2019 (10.0.17763)"
    } else if family.contains("2022") {
        "ltsc2022 (10.0.20348)"
    } else if family.contains("2025") {
        "ltsc2025 (10.0.26100)"
    } else if family.contains("20H2") {
        "20H2 (10.0.19042)"
    } else if family.contains("2004") {
        "2004 (10.0.19041)"
    } else {
        return Some(Setting {
            evidence: format!("task definition: runtimePlatform.operatingSystemFamily {family}"),
            fix: None,
        });
    };
    Some(Setting {
        evidence: format!("task definition: runtimePlatform.operatingSystemFamily {family}"),
        fix: Some(format!(
            "Build the image FROM the {tag} tag of its Windows base image (servercore or nanoserver), the host's version, or change operatingSystemFamily to the version the image was built for"
        )),
    })
}

/// The innermost mount point of `def` that holds the absolute `path`.
fn mount_holding<'a>(def: &'a ContainerDefinition, path: &str) -> Option<&'a MountPoint> {
    def.mount_points
        .iter()
        .filter(|m| under(path, &m.container_path))
        .max_by_key(|m| m.container_path.len())
}

/// The EFS file system behind a mount point's volume, when it is one.
fn efs_of<'a>(td: &'a TaskDefinition, m: &MountPoint) -> Option<&'a str> {
    td.volumes
        .iter()
        .find(|v| v.name == m.source_volume)
        .and_then(|v| v.efs_file_system_id.as_deref())
}

/// Whether `path` lies at or under the mount point `at` (component-wise: `/data2` is not under
/// `/data`).
fn under(path: &str, at: &str) -> bool {
    let at = at.trim_end_matches('/');
    at.is_empty()
        || path == at
        || path
            .strip_prefix(at)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// EROFS: a read-only mount over the path, an EFS volume that grants no write, or the root
/// filesystem made read-only by `readonlyRootFilesystem`.
fn read_only(
    path: Option<&str>,
    def: &ContainerDefinition,
    td: &TaskDefinition,
) -> Option<Setting> {
    let name = &def.name;
    let absolute = path.filter(|p| p.starts_with('/'));
    let mount = absolute.and_then(|p| mount_holding(def, p));
    if let (Some(p), Some(m)) = (absolute, mount) {
        if m.read_only {
            return Some(Setting {
                evidence: format!(
                    "task definition: volume {} is mounted read-only at {} in {name}, which holds {p}",
                    m.source_volume, m.container_path
                ),
                fix: Some(format!(
                    "Set readOnly to false on {name}'s mount point of volume {} at {}, or have the program write outside it",
                    m.source_volume, m.container_path
                )),
            });
        }
        return efs_of(td, m).map(|fs| Setting {
            evidence: format!(
                "task definition: {p} lies on EFS volume {} ({fs}), mounted read-write at {}: EFS serves a mount read-only when its file system policy does not allow elasticfilesystem:ClientWrite",
                m.source_volume, m.container_path
            ),
            fix: Some(format!(
                "Allow elasticfilesystem:ClientWrite on {fs} in its file system policy (to the task role when the volume uses IAM authorization), or check the access point's permissions"
            )),
        });
    }
    let place = absolute.unwrap_or("the path it writes");
    match def.readonly_root_filesystem {
        Some(true) => Some(Setting {
            evidence: format!(
                "task definition: {name} has readonlyRootFilesystem true, and no volume is mounted over {place}"
            ),
            fix: Some(format!(
                "Mount a volume where {name} writes ({place}: the directory it writes in, since an empty volume hides what the image holds there), with a task-level volume that has no host path; or set readonlyRootFilesystem to false for {name}"
            )),
        }),
        _ => Some(Setting {
            evidence: format!(
                "task definition: readonlyRootFilesystem is off for {name} and no read-only mount holds {place}: the read-only filesystem is one the image or the program set up (a path under /proc or /sys, or its own mount)"
            ),
            fix: None,
        }),
    }
}

/// /dev/shm is Docker's default 64 MiB unless `linuxParameters.sharedMemorySize` says otherwise,
/// which only the EC2 launch type honours.
fn shared_memory(def: &ContainerDefinition, fargate: bool) -> Setting {
    let name = &def.name;
    match (def.shared_memory_size, fargate) {
        (_, true) => Setting {
            evidence: format!(
                "the task runs on Fargate, which supports no sharedMemorySize: {name}'s /dev/shm is 64 MiB"
            ),
            fix: None,
        },
        (Some(mib), false) => Setting {
            evidence: format!("task definition: {name} has sharedMemorySize {mib} MiB"),
            fix: Some(format!(
                "Raise linuxParameters.sharedMemorySize for {name} above {mib} MiB (the task's memory must hold it), or make the program use less shared memory"
            )),
        },
        (None, false) => Setting {
            evidence: format!(
                "task definition: {name} sets no sharedMemorySize, so its /dev/shm is Docker's default 64 MiB"
            ),
            fix: Some(format!(
                "Set linuxParameters.sharedMemorySize for {name} (MiB; the task's memory must hold it), or make the program use less shared memory"
            )),
        },
    }
}

/// A port below 1024 needs root (or CAP_NET_BIND_SERVICE); a `user` in the definition other
/// than root is why it was refused. The image's own USER is not in the definition.
fn non_root_user(def: &ContainerDefinition) -> Option<Setting> {
    let user = def.user.as_deref()?;
    let uid = user.split(':').next().unwrap_or(user);
    if uid == "0" || uid == "root" {
        return None;
    }
    Some(Setting {
        evidence: format!(
            "task definition: {} runs as user {user}, not root, and a port below 1024 needs root",
            def.name
        ),
        fix: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::Volume;

    fn crash(signature: &str, path: Option<&str>) -> Crash {
        Crash {
            signature: signature.into(),
            summary: String::new(),
            line: String::new(),
            fix: String::new(),
            path: path.map(str::to_string),
            address: None,
            host: None,
            key: None,
            principal: None,
            port: None,
        }
    }

    fn td(def: ContainerDefinition, volumes: Vec<Volume>) -> TaskDefinition {
        TaskDefinition {
            containers: vec![def],
            volumes,
            ..Default::default()
        }
    }

    fn app() -> ContainerDefinition {
        ContainerDefinition {
            name: "app".into(),
            ..Default::default()
        }
    }

    fn mount(volume: &str, at: &str, read_only: bool) -> MountPoint {
        MountPoint {
            source_volume: volume.into(),
            container_path: at.into(),
            read_only,
        }
    }

    #[test]
    fn a_read_only_root_filesystem_is_named_with_the_path() {
        let def = ContainerDefinition {
            readonly_root_filesystem: Some(true),
            mount_points: vec![mount("tmp", "/tmp", false)],
            ..app()
        };
        let s = behind(
            &crash("fs.read_only", Some("/app/cache")),
            &td(def, vec![]),
            "app",
            false,
        )
        .expect("the setting");
        assert!(s.evidence.contains("readonlyRootFilesystem true"), "{s:?}");
        assert!(s.evidence.contains("/app/cache"), "{s:?}");
        assert!(s
            .fix
            .is_some_and(|f| f.contains("set readonlyRootFilesystem to false")));
    }

    #[test]
    fn a_read_only_mount_over_the_path_is_named_before_the_root_filesystem() {
        let def = ContainerDefinition {
            readonly_root_filesystem: Some(true),
            mount_points: vec![
                mount("data", "/data", true),
                mount("data2", "/data2", false),
            ],
            ..app()
        };
        let t = td(def, vec![]);
        let s = behind(&crash("fs.read_only", Some("/data/x.db")), &t, "app", false).unwrap();
        assert!(
            s.evidence
                .contains("volume data is mounted read-only at /data"),
            "{s:?}"
        );
        // /data2 is not under /data: a writable non-EFS mount says nothing.
        assert_eq!(
            behind(&crash("fs.read_only", Some("/data2/x")), &t, "app", false),
            None
        );
    }

    #[test]
    fn an_efs_volume_mounted_read_write_points_at_its_policy() {
        let def = ContainerDefinition {
            mount_points: vec![mount("shared", "/mnt/efs", false)],
            ..app()
        };
        let efs = Volume {
            name: "shared".into(),
            efs_file_system_id: Some("fs-0123".into()),
            ..Default::default()
        };
        let s = behind(
            &crash("fs.read_only", Some("/mnt/efs/a")),
            &td(def, vec![efs]),
            "app",
            false,
        )
        .unwrap();
        assert!(s.evidence.contains("fs-0123"), "{s:?}");
        assert!(s
            .fix
            .is_some_and(|f| f.contains("elasticfilesystem:ClientWrite")));
    }

    #[test]
    fn with_the_root_filesystem_writable_the_setting_is_ruled_out() {
        let s = behind(
            &crash("fs.read_only", None),
            &td(app(), vec![]),
            "app",
            false,
        )
        .unwrap();
        assert!(
            s.evidence.contains("readonlyRootFilesystem is off"),
            "{s:?}"
        );
        assert_eq!(s.fix, None);
    }

    #[test]
    fn shared_memory_by_launch_type() {
        let t = td(app(), vec![]);
        let ec2 = behind(&crash("shm.too_small", None), &t, "app", false).unwrap();
        assert!(ec2.evidence.contains("64 MiB"), "{ec2:?}");
        assert!(ec2.fix.is_some());
        let fargate = behind(&crash("shm.too_small", None), &t, "app", true).unwrap();
        assert!(fargate.evidence.contains("Fargate"), "{fargate:?}");
        assert_eq!(fargate.fix, None);
    }

    #[test]
    fn a_non_root_user_explains_a_privileged_port() {
        let user = |u: &str| {
            td(
                ContainerDefinition {
                    user: Some(u.into()),
                    ..app()
                },
                vec![],
            )
        };
        let c = crash("net.privileged_port", None);
        assert!(behind(&c, &user("1000:1000"), "app", false)
            .is_some_and(|s| s.evidence.contains("runs as user 1000:1000")));
        assert_eq!(behind(&c, &user("root"), "app", false), None);
        assert_eq!(behind(&c, &td(app(), vec![]), "app", false), None);
    }

    fn address(signature: &str, addr: &str) -> Crash {
        Crash {
            address: Some(addr.into()),
            ..crash(signature, None)
        }
    }

    #[test]
    fn a_refused_loopback_port_names_the_container_of_the_task_that_serves_it() {
        let db = ContainerDefinition {
            name: "db".into(),
            container_ports: vec![5432],
            ..Default::default()
        };
        let caller = |condition: Option<&str>| ContainerDefinition {
            depends_on: condition
                .map(|c| crate::snapshot::Dependency {
                    container: "db".into(),
                    condition: c.into(),
                })
                .into_iter()
                .collect(),
            ..app()
        };
        let task = |condition: Option<&str>, mode: &str| TaskDefinition {
            network_mode: Some(mode.into()),
            containers: vec![caller(condition), db.clone()],
            ..Default::default()
        };
        let c = address("net.refused_local", "127.0.0.1:5432");
        let none = behind(&c, &task(None, "awsvpc"), "app", true).unwrap();
        assert!(
            none.evidence.contains("db listens on port 5432"),
            "{none:?}"
        );
        assert!(none.fix.is_some_and(|f| f.contains("condition HEALTHY")));
        let start = behind(&c, &task(Some("START"), "awsvpc"), "app", true).unwrap();
        assert!(start.evidence.contains("only to start"), "{start:?}");
        let healthy = behind(&c, &task(Some("HEALTHY"), "awsvpc"), "app", true).unwrap();
        assert!(healthy.evidence.contains("HEALTHY"), "{healthy:?}");
        assert_eq!(healthy.fix, None);
        let bridge = behind(&c, &task(None, "bridge"), "app", false).unwrap();
        assert!(
            bridge.evidence.contains("network mode bridge"),
            "{bridge:?}"
        );
        let elsewhere = behind(
            &address("net.refused_local", "localhost:6379"),
            &task(None, "awsvpc"),
            "app",
            true,
        )
        .unwrap();
        assert!(elsewhere
            .evidence
            .contains("no other container of this task maps port 6379"));
    }

    #[test]
    fn a_full_disk_on_fargate_states_the_ephemeral_storage() {
        let t = td(app(), vec![]);
        let s = behind(&crash("fs.no_space", None), &t, "app", true).unwrap();
        assert!(
            s.evidence
                .contains("20 GiB of ephemeral storage, the default"),
            "{s:?}"
        );
        assert_eq!(behind(&crash("fs.no_space", None), &t, "app", false), None);
        let max = TaskDefinition {
            ephemeral_storage_gib: Some(200),
            ..td(app(), vec![])
        };
        let s = behind(&crash("fs.no_space", None), &max, "app", true).unwrap();
        assert!(s.fix.is_some_and(|f| f.contains("maximum")));
    }

    #[test]
    fn a_binary_for_another_cpu_states_the_task_s_architecture() {
        let arm = TaskDefinition {
            cpu_architecture: Some("ARM64".into()),
            ..td(app(), vec![])
        };
        let s = behind(&crash("exec.format", None), &arm, "app", false).unwrap();
        assert!(s.evidence.contains("ARM64"), "{s:?}");
        let t = td(app(), vec![]);
        assert!(behind(&crash("exec.format", None), &t, "app", true)
            .is_some_and(|s| s.evidence.contains("X86_64")));
        assert_eq!(behind(&crash("exec.format", None), &t, "app", false), None);
    }

    #[test]
    fn a_lock_file_says_where_it_outlived_its_process() {
        let def = ContainerDefinition {
            mount_points: vec![mount("data", "/var/lib/postgresql/data", false)],
            ..app()
        };
        let efs = Volume {
            name: "data".into(),
            efs_file_system_id: Some("fs-0abc".into()),
            ..Default::default()
        };
        let t = td(def, vec![efs]);
        let on_efs = crash("lock.held", Some("/var/lib/postgresql/data/postmaster.pid"));
        assert!(behind(&on_efs, &t, "app", true)
            .is_some_and(|s| s.evidence.contains("EFS volume data (fs-0abc)")));
        let in_image = crash("lock.held", Some("/app/tmp/pids/server.pid"));
        assert!(behind(&in_image, &t, "app", true)
            .is_some_and(|s| s.evidence.contains("came with the image")));
        assert_eq!(
            behind(&crash("lock.held", Some("celerybeat.pid")), &t, "app", true),
            None
        );
    }

    #[test]
    fn a_compose_service_name_that_did_not_resolve_is_checked_against_the_task() {
        let dns = |host: &str| Crash {
            host: Some(host.into()),
            ..crash("net.dns", None)
        };
        let redis = ContainerDefinition {
            name: "redis".into(),
            container_ports: vec![6379],
            ..Default::default()
        };
        let task = |mode: &str| TaskDefinition {
            network_mode: Some(mode.into()),
            containers: vec![app(), redis.clone()],
            ..Default::default()
        };
        let s = behind(&dns("redis"), &task("awsvpc"), "app", true).unwrap();
        assert!(
            s.evidence.contains("reach each other at localhost"),
            "{s:?}"
        );
        assert!(s.fix.is_some_and(|f| f.contains("localhost:6379")));
        let s = behind(&dns("redis"), &task("bridge"), "app", false).unwrap();
        assert!(s.evidence.contains("links"), "{s:?}");
        let s = behind(&dns("postgres"), &task("awsvpc"), "app", true).unwrap();
        assert!(s.evidence.contains("Service Connect"), "{s:?}");
        assert_eq!(
            behind(&dns("db.example.com"), &task("awsvpc"), "app", true),
            None
        );
    }

    #[test]
    fn a_denied_call_names_whose_policy_to_change() {
        let as_role = |arn: &str| Crash {
            principal: Some(arn.into()),
            ..crash("aws.access_denied", None)
        };
        let mut t = td(app(), vec![]);
        // No task role on EC2: the SDK fell back to the instance's role.
        let instance =
            as_role("arn:aws:sts::111122223333:assumed-role/ecsInstanceRole/i-0a1b2c3d4e5f67890");
        let s = behind(&instance, &t, "app", false).unwrap();
        assert!(
            s.evidence.contains("no task role")
                && s.evidence.contains("instance i-0a1b2c3d4e5f67890"),
            "{s:?}"
        );
        assert!(s.fix.is_some_and(|f| f.contains("taskRoleArn")));
        // The task role itself: its policy is what to change (the signature's own fix).
        t.task_role_arn = Some("arn:aws:iam::111122223333:role/service/app-task".into());
        let own = as_role("arn:aws:sts::111122223333:assumed-role/app-task/3f2a");
        let s = behind(&own, &t, "app", true).unwrap();
        assert!(s.evidence.contains("the task role app-task"), "{s:?}");
        assert_eq!(s.fix, None);
        // Another role than the task's: other credentials came first.
        let s = behind(&instance, &t, "app", false).unwrap();
        assert!(
            s.evidence.contains("not as the task role app-task"),
            "{s:?}"
        );
        // An access key's user.
        let user = as_role("arn:aws:iam::111122223333:user/ci-deployer");
        let s = behind(&user, &t, "app", true).unwrap();
        assert!(s.evidence.contains("IAM user ci-deployer"), "{s:?}");
        // Without a principal in the line, nothing is claimed.
        assert_eq!(
            behind(&crash("aws.access_denied", None), &t, "app", true),
            None
        );
    }

    #[test]
    fn a_windows_image_is_matched_against_the_host_s_version() {
        let c = crash("windows.os_mismatch", None);
        let mut t = td(app(), vec![]);
        assert_eq!(behind(&c, &t, "app", true), None);
        t.os_family = Some("WINDOWS_SERVER_2022_CORE".into());
        let s = behind(&c, &t, "app", true).unwrap();
        assert!(s.evidence.contains("WINDOWS_SERVER_2022_CORE"), "{s:?}");
        assert!(s.fix.is_some_and(|f| f.contains("ltsc2022")));
    }

    #[test]
    fn a_port_in_use_names_the_container_of_the_task_that_maps_it_too() {
        let taken = Crash {
            port: Some(8080),
            ..crash("net.addr_in_use", None)
        };
        let sidecar = ContainerDefinition {
            name: "otel".into(),
            container_ports: vec![8080],
            ..Default::default()
        };
        let mut t = td(app(), vec![]);
        t.containers.push(sidecar);
        t.network_mode = Some("awsvpc".into());
        let s = behind(&taken, &t, "app", true).unwrap();
        assert!(s.evidence.contains("otel also maps port 8080"), "{s:?}");
        assert!(s.fix.is_some_and(|f| f.contains("another port")));
        t.network_mode = Some("host".into());
        let s = behind(&taken, &t, "app", false).unwrap();
        assert!(s.evidence.contains("network mode host"), "{s:?}");
        // Bridge mode gives each container its own namespace; without a port nothing is claimed.
        t.network_mode = Some("bridge".into());
        assert_eq!(behind(&taken, &t, "app", false), None);
        assert_eq!(
            behind(&crash("net.addr_in_use", None), &t, "app", true),
            None
        );
    }

    #[test]
    fn a_heap_out_of_memory_states_the_limit_and_the_runtime_s_setting() {
        let c = crash("node.heap_oom", None);
        let mut t = td(
            ContainerDefinition {
                name: "app".into(),
                memory: Some(2048),
                ..Default::default()
            },
            vec![],
        );
        let s = behind(&c, &t, "app", true).unwrap();
        assert!(
            s.evidence.contains("hard limit is 2048 MiB")
                && s.evidence.contains("NODE_OPTIONS is not"),
            "{s:?}"
        );
        assert!(s
            .fix
            .is_some_and(|f| f.contains("--max-old-space-size=1536")));
        t.containers[0].environment_names = vec!["NODE_OPTIONS".into()];
        let s = behind(&c, &t, "app", true).unwrap();
        assert!(s.evidence.contains("NODE_OPTIONS is set"), "{s:?}");
        assert_eq!(s.fix, None);
        // No container limit: the task's memory.
        t.containers[0].memory = None;
        t.memory = Some("4096".into());
        let s = behind(&crash("java.oom", None), &t, "app", true).unwrap();
        assert!(
            s.evidence.contains("task's 4096 MiB")
                && s.evidence.contains("JAVA_TOOL_OPTIONS is not"),
            "{s:?}"
        );
        // Nothing known about memory: nothing claimed.
        t.memory = None;
        assert_eq!(behind(&c, &t, "app", true), None);
    }

    #[test]
    fn a_missing_user_is_read_against_the_task_definition_s_user() {
        let c = crash("user.missing", None);
        let mut def = app();
        def.user = Some("1000".into());
        let s = behind(&c, &td(def, vec![]), "app", true).unwrap();
        assert!(s.evidence.contains("runs as user 1000"), "{s:?}");
        let s = behind(&c, &td(app(), vec![]), "app", true).unwrap();
        assert!(s.evidence.contains("runs as the image's USER"), "{s:?}");
    }

    #[test]
    fn no_credentials_is_read_against_the_task_role() {
        let c = crash("aws.no_credentials", None);
        let mut t = td(app(), vec![]);
        let s = behind(&c, &t, "app", true).unwrap();
        assert!(s.evidence.contains("no task role"), "{s:?}");
        t.task_role_arn = Some("arn:aws:iam::111122223333:role/app-task".into());
        let s = behind(&c, &t, "app", true).unwrap();
        assert!(
            s.evidence
                .contains("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
            "{s:?}"
        );
    }

    #[test]
    fn chromium_s_sandbox_on_fargate_has_one_way_out() {
        let t = td(app(), vec![]);
        let c = crash("browser.sandbox", None);
        assert!(behind(&c, &t, "app", true)
            .is_some_and(|s| s.fix.is_some_and(|f| f.contains("--no-sandbox"))));
        assert_eq!(behind(&c, &t, "app", false), None);
    }

    #[test]
    fn a_missing_variable_is_looked_for_in_the_environment_and_the_secrets() {
        let missing = Crash {
            key: Some("DATABASE_URL".into()),
            ..crash("config.missing_env", None)
        };
        let t = td(app(), vec![]);
        let s = behind(&missing, &t, "app", true).unwrap();
        assert!(
            s.evidence
                .contains("neither in app's environment nor in its secrets"),
            "{s:?}"
        );
        assert!(s.fix.is_some_and(|f| f.contains("Add DATABASE_URL")));
        let with_secret = td(
            ContainerDefinition {
                secrets: vec![crate::snapshot::SecretReference {
                    name: "DATABASE_URL".into(),
                    value_from: "arn:aws:secretsmanager:us-east-1:1:secret:db".into(),
                }],
                ..app()
            },
            vec![],
        );
        let s = behind(&missing, &with_secret, "app", true).unwrap();
        assert!(s.evidence.contains("from arn:aws:secretsmanager"), "{s:?}");
        assert_eq!(s.fix, None);
        let with_env = td(
            ContainerDefinition {
                environment_names: vec!["DATABASE_URL".into()],
                ..app()
            },
            vec![],
        );
        assert!(behind(&missing, &with_env, "app", true)
            .is_some_and(|s| s.evidence.contains("sets DATABASE_URL in its environment")));
        let unnamed = crash("config.missing_env", None);
        assert_eq!(behind(&unnamed, &t, "app", true), None);
    }

    #[test]
    fn other_readings_and_other_containers_say_nothing() {
        let t = td(app(), vec![]);
        assert_eq!(
            behind(&crash("python.exception", None), &t, "app", false),
            None
        );
        assert_eq!(
            behind(&crash("shm.too_small", None), &t, "sidecar", false),
            None
        );
    }
}
