//! Storage: the image fits ephemeral storage; EFS volumes are reachable.

use crate::diagnose::{Facts, Outcome};
use crate::net::{self, Cidr, Peer, Proto};

const GIB: f64 = 1024.0 * 1024.0 * 1024.0;

pub fn ephemeral_storage(f: &Facts<'_>) -> Outcome {
    if !f.snap.task.is_fargate() {
        return Outcome::skipped(
            "not a Fargate task (the instance's Docker storage is not gathered)",
        );
    }
    let sizes: Vec<(String, Option<i64>)> = f
        .snap
        .images
        .iter()
        .filter_map(|i| {
            Some((
                i.image.clone(),
                i.ecr.as_ref()?.describe.ok().and_then(|d| d.size_bytes),
            ))
        })
        .collect();
    if sizes.is_empty() {
        return Outcome::unknown("no image size is known (only ECR images are measured)");
    }
    let total: i64 = sizes.iter().filter_map(|(_, s)| *s).sum();
    let available = f
        .snap
        .task
        .ephemeral_storage_gib
        .or(f.td.and_then(|t| t.ephemeral_storage_gib.map(i64::from)))
        .unwrap_or(20);
    let compressed = total as f64 / GIB;
    // Layers are stored compressed in ECR and typically take 2-3 times that once extracted.
    let extracted = compressed * 2.5;
    let evidence = vec![
        format!("images ({}): {compressed:.1} GiB compressed in ECR, about {extracted:.1} GiB extracted", sizes.len()),
        format!("ephemeral storage: {available} GiB"),
    ];
    let fix = vec![format!(
        "Raise ephemeralStorage.sizeInGiB in the task definition (now {available}, at most 200), or make the image smaller"
    )];
    if compressed >= available as f64 * 0.9 || extracted > available as f64 * 1.2 {
        Outcome::fail(format!("The image (about {extracted:.0} GiB extracted) does not fit in {available} GiB of ephemeral storage"), evidence, fix)
    } else if extracted > available as f64 * 0.6 {
        Outcome::warn(format!("The image (about {extracted:.0} GiB extracted) leaves little of the {available} GiB of ephemeral storage"), evidence, fix)
    } else {
        // Not a rule-out: the extraction ratio varies (2-4x) and the container's own writes
        // share the disk, so "no space left on device" stays a suspect.
        Outcome::nothing_found(format!(
            "{compressed:.2} GiB of images (compressed) in {available} GiB of ephemeral storage; \
             extraction and the container's own writes are not visible"
        ))
    }
}

pub fn efs(f: &Facts<'_>) -> Outcome {
    if f.snap.efs.is_empty() {
        return f
            .td_missing()
            .unwrap_or_else(|| Outcome::skipped("no EFS volume"));
    }
    let az = f.snap.task.availability_zone.clone();
    let task_sgs = f.snap.awsvpc.security_groups.clone();
    let sgs = f.snap.network.as_ref().and_then(|n| n.security_groups.ok());
    let task_cidr = f
        .snap
        .network
        .as_ref()
        .and_then(|n| n.subnets.ok())
        .and_then(|s| {
            s.iter()
                .find(|s| Some(&s.id) == f.snap.awsvpc.subnets.first())
        })
        .and_then(|s| s.cidr.as_deref().and_then(Cidr::parse));
    let outcomes = f
        .snap
        .efs
        .iter()
        .map(|v| {
            let Some(targets) = v.mount_targets.ok() else {
                return Outcome::unknown(v.mount_targets.why_missing().unwrap_or_default());
            };
            let in_az: Vec<_> = targets.iter().filter(|t| az.is_none() || t.availability_zone == az).collect();
            if in_az.is_empty() {
                return Outcome::fail_on(v.file_system_id.clone(),
                    format!("EFS {} has no mount target in the task's AZ {}", v.file_system_id, az.as_deref().unwrap_or("?")),
                    vec![format!(
                        "mount targets in: {}",
                        targets.iter().filter_map(|t| t.availability_zone.clone()).collect::<Vec<_>>().join(", ")
                    )],
                    vec![format!(
                        "aws efs create-mount-target --file-system-id {} --subnet-id {} --security-groups <sg allowing tcp 2049 from the task>",
                        v.file_system_id,
                        f.snap.awsvpc.subnets.first().map(String::as_str).unwrap_or("<task subnet>")
                    )],
                );
            }
            let t = in_az[0];
            let Some(ids) = t.security_groups.ok() else {
                return Outcome::unknown(t.security_groups.why_missing().unwrap_or_default());
            };
            let Some(all) = sgs else {
                return Outcome::unknown("the VPC's security groups are unknown");
            };
            let groups: Vec<_> = ids.iter().filter_map(|id| all.iter().find(|g| &g.id == id)).collect();
            let peer = Peer {
                cidrs: task_cidr.into_iter().collect(),
                security_groups: task_sgs.clone(),
                prefix_lists: Vec::new(),
            };
            if net::sg_allows(&groups, false, Proto::Tcp, 2049, &peer).is_none() {
                return Outcome::fail_on(v.file_system_id.clone(),
                    format!("The security group of EFS mount target {} does not allow NFS (tcp 2049) from the task", t.id),
                    vec![format!("no ingress rule of {} allows tcp 2049 from {}", ids.join(", "), task_sgs.join(", "))],
                    vec![format!(
                        "aws ec2 authorize-security-group-ingress --group-id {} --protocol tcp --port 2049 --source-group {}",
                        ids.first().map(String::as_str).unwrap_or("<mount-target-sg>"),
                        task_sgs.first().map(String::as_str).unwrap_or("<task-sg>")
                    )],
                );
            }
            Outcome::pass(format!("EFS {} has a reachable mount target {} in {}", v.file_system_id, t.id, az.as_deref().unwrap_or("the task's AZ")))
        })
        .collect();
    Outcome::combine(outcomes)
}

/// The service principal ECS uses for the infrastructure role of EBS volumes.
const ECS_SERVICE: &str = "ecs.amazonaws.com";
/// The AWS managed policy the ECS Developer Guide gives the infrastructure role for volumes.
const VOLUMES_POLICY: &str = "AmazonECSInfrastructureRolePolicyForVolumes";

/// Amazon EBS volumes ECS creates and attaches for the task (`configuredAtLaunch`): why an
/// attachment failed, in ECS's words (the attachment's `statusReason`), read against the
/// service's volume configuration and its infrastructure role. `None` when the task has no EBS
/// volume or nothing about one is wrong. The wordings and their causes are those of the ECS
/// Developer Guide's "Troubleshooting Amazon EBS volume attachments" (docs/ecs-newer-features-2.md).
pub fn ebs(f: &Facts<'_>) -> Option<Outcome> {
    let failed: Vec<_> = f
        .snap
        .task
        .ebs_volumes
        .iter()
        .filter(|a| a.failed())
        .collect();
    let configs = f
        .snap
        .service_detail()
        .map(|s| s.ebs_volumes.as_slice())
        .unwrap_or_default();
    let role = role_problem(f);
    if failed.is_empty() {
        // Nothing failed on this task; a role ECS cannot use fails every next one.
        let arn = f
            .snap
            .iam
            .infrastructure_role
            .as_ref()
            .map(|r| r.arn.clone());
        return role
            .filter(|r| r.certain)
            .map(|r| Outcome::fail_on(arn.unwrap_or_default(), r.summary, r.evidence, r.fix));
    }
    let outcomes = failed
        .iter()
        .map(|a| attachment_failed(f, a, configs, role.as_ref()))
        .collect();
    Some(Outcome::combine(outcomes))
}

/// One attachment ECS could not make, read by what its `statusReason` names.
fn attachment_failed(
    f: &Facts<'_>,
    a: &crate::snapshot::EbsAttachment,
    configs: &[crate::snapshot::EbsVolumeConfig],
    role: Option<&RoleProblem>,
) -> Outcome {
    let name = a.volume_name.as_deref().unwrap_or("(unnamed)");
    let reason = a.status_reason.as_deref().unwrap_or("no reason given");
    let config = configs
        .iter()
        .find(|c| Some(c.name.as_str()) == a.volume_name.as_deref());
    let mut evidence = vec![format!(
        "EBS volume {name}{}: {}: {}",
        a.volume_id
            .as_deref()
            .map(|v| format!(" ({v})"))
            .unwrap_or_default(),
        a.status.as_deref().unwrap_or("?"),
        crate::classify::clip(reason, 400)
    )];
    let lower = reason.to_ascii_lowercase();
    // The resource the fix changes: the role when it is to blame, else the task's own
    // configuration (never the volume's name, which other services share).
    let role_blamed = lower.contains("infrastructure role");
    let culprit = a.role_arn.clone().filter(|_| role_blamed);
    let (why, fix) = if role_blamed {
        match &role {
            Some(r) => {
                evidence.extend(r.evidence.iter().cloned());
                (r.summary.clone(), r.fix.clone())
            }
            None => (
                "ECS could not assume the volume's infrastructure role".to_string(),
                vec![format!(
                    "The role must trust {ECS_SERVICE} and carry {VOLUMES_POLICY}; whoever creates the service or runs the task needs iam:PassRole on it (condition iam:PassedToService {ECS_SERVICE}); a role created moments before may not have propagated: run the task again"
                )],
            ),
        }
    } else if lower.contains("idempotentparametermismatch") || lower.contains("kms") {
        let key = config.and_then(|c| c.kms_key_id.as_deref());
        if let Some(k) = key {
            evidence.push(format!("volume {name}: kmsKeyId {k}"));
        }
        (
            "ECS could not set up the EBS volume with its KMS key".to_string(),
            vec![format!(
                "Check that the volume's kmsKeyId ({}) names an existing, enabled key in the task's Region, and that its key policy lets the infrastructure role use it for EBS (the ECS Developer Guide's EBS encryption page gives the statement)",
                key.unwrap_or("the cluster's or the account's default")
            )],
        )
    } else if lower.contains("timed out while configuring the ebs volume") {
        let fs = config.and_then(|c| c.filesystem_type.as_deref());
        let os = f.td.and_then(|t| t.os_family.as_deref());
        evidence.push(format!(
            "volume {name}: filesystemType {}, snapshot {}, task OS {}",
            fs.unwrap_or("xfs (default)"),
            config
                .and_then(|c| c.snapshot_id.as_deref())
                .unwrap_or("none"),
            os.unwrap_or("LINUX")
        ));
        (
            "ECS timed out attaching the EBS volume: its file system type does not fit".to_string(),
            vec!["Set the volume configuration's filesystemType to the snapshot's file system (xfs, ext3 or ext4 on Linux; NTFS on Windows)".to_string()],
        )
    } else if let Some(code) = ec2_error(reason) {
        let zone = f
            .snap
            .task
            .availability_zone
            .as_deref()
            .unwrap_or("the task's zone");
        let fix = if code == "VolumeTypeNotAvailableInZone" {
            format!("Choose a volume type that {zone} offers, or run the task in subnets of other zones")
        } else {
            format!("Fix the volume configuration as EC2's {code} says (size, IOPS, throughput and type must agree)")
        };
        (format!("EC2 refused the EBS volume ({code})"), vec![fix])
    } else {
        (
            "ECS could not create or attach the EBS volume".to_string(),
            vec!["Read the attachment's statusReason; the ECS Developer Guide's \"Troubleshooting Amazon EBS volume attachments\" lists its causes".to_string()],
        )
    };
    let summary = format!("EBS volume {name}: {why}");
    match culprit {
        Some(role) => Outcome::fail_on(role, summary, evidence, fix),
        None => Outcome::fail(summary, evidence, fix),
    }
}

/// What is wrong with the EBS volumes' infrastructure role, as far as IAM was read: `certain`
/// when ECS cannot use it at all (missing, or not trusting ECS).
struct RoleProblem {
    summary: String,
    evidence: Vec<String>,
    fix: Vec<String>,
    certain: bool,
}

fn role_problem(f: &Facts<'_>) -> Option<RoleProblem> {
    let role = f.snap.iam.infrastructure_role.as_ref()?;
    let name = if role.name.is_empty() {
        role.arn.as_str()
    } else {
        role.name.as_str()
    };
    let trust_ecs = crate::policy::trust_document(ECS_SERVICE);
    let create = format!(
        "aws iam create-role --role-name {name} --assume-role-policy-document '{trust_ecs}' && aws iam attach-role-policy --role-name {name} --policy-arn arn:aws:iam::aws:policy/service-role/{VOLUMES_POLICY}"
    );
    if role.role.is_not_found() {
        return Some(RoleProblem {
            summary: format!("the infrastructure role {name} does not exist"),
            evidence: vec![format!("iam:GetRole {}: NoSuchEntity", role.arn)],
            fix: vec![create],
            certain: true,
        });
    }
    let trust = role.role.ok().and_then(|r| r.trust_policy.as_deref())?;
    if let Ok(false) = crate::policy::trusts_service(trust, ECS_SERVICE) {
        // Roles made for tasks trust ecs-tasks.amazonaws.com: a common mix-up.
        let tasks = crate::policy::trusts_service(trust, "ecs-tasks.amazonaws.com") == Ok(true);
        return Some(RoleProblem {
            summary: format!(
                "ECS cannot assume the infrastructure role {name}: its trust policy does not allow {ECS_SERVICE}{}",
                if tasks { " (it trusts ecs-tasks.amazonaws.com, the tasks' principal)" } else { "" }
            ),
            evidence: vec![format!("{name} trust policy: {}", crate::diagnose::iam::compact(trust))],
            fix: vec![format!(
                "aws iam update-assume-role-policy --role-name {name} --policy-document '{trust_ecs}'"
            )],
            certain: true,
        });
    }
    let managed = role.managed_policies.ok()?;
    let inline = role.inline_policies.ok()?;
    if inline.is_empty() && !managed.iter().any(|p| p.name.ends_with(VOLUMES_POLICY)) {
        return Some(RoleProblem {
            summary: format!("the infrastructure role {name} trusts ECS but has no policy for volumes"),
            evidence: vec![format!(
                "{name} managed policies: {}",
                if managed.is_empty() { "none".to_string() } else { managed.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ") }
            )],
            fix: vec![format!("aws iam attach-role-policy --role-name {name} --policy-arn arn:aws:iam::aws:policy/service-role/{VOLUMES_POLICY}")],
            certain: false,
        });
    }
    None
}

/// The EC2 error code in "Encountered '<code>' error from AmazonEC2".
fn ec2_error(reason: &str) -> Option<&str> {
    let (_, rest) = reason.split_once("Encountered '")?;
    let (code, rest) = rest.split_once('\'')?;
    rest.trim_start()
        .starts_with("error from AmazonEC2")
        .then_some(code)
}
