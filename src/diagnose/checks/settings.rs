//! What the container definition says about the condition its log names. A log line says what
//! the process met ("Read-only file system", "/dev/shm" full, a port below 1024 refused); the task
//! definition often says why it met it (readonlyRootFilesystem, a read-only mount, no
//! sharedMemorySize, a non-root `user`). Stating that setting turns a reading into evidence the
//! operator can act on without opening the console.

use crate::crash::Crash;
use crate::snapshot::{ContainerDefinition, TaskDefinition};

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
        _ => None,
    }
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
    // The innermost mount point that holds the path.
    let mount = absolute.and_then(|p| {
        def.mount_points
            .iter()
            .filter(|m| under(p, &m.container_path))
            .max_by_key(|m| m.container_path.len())
    });
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
        let efs = td
            .volumes
            .iter()
            .find(|v| v.name == m.source_volume)
            .and_then(|v| v.efs_file_system_id.as_deref());
        return efs.map(|fs| Setting {
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
    use crate::snapshot::{MountPoint, Volume};

    fn crash(signature: &str, path: Option<&str>) -> Crash {
        Crash {
            signature: signature.into(),
            summary: String::new(),
            line: String::new(),
            fix: String::new(),
            path: path.map(str::to_string),
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
