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
