//! Resources the task definition references: ECR images and repository policies, secrets and
//! parameters (metadata only), their KMS keys, awslogs log groups, EFS mount targets.

use super::error::fetched;
use super::Ctx;
use crate::refs::{self, ImageRef};
use crate::snapshot::*;
use aws_sdk_ecr::types::ImageIdentifier;
use futures::future::join_all;

pub(crate) use crate::refs::secret_references;

/// One entry per container image; ECR images are described (existence, size) with their
/// repository policy, in the repository's own region.
pub(crate) async fn images(ctx: &Ctx<'_>, td: &TaskDefinition) -> Vec<ImageInfo> {
    join_all(td.containers.iter().map(|c| async move {
        let ecr = match ImageRef::parse(&c.image) {
            Some(ImageRef {
                registry: refs::Registry::Ecr { account, region },
                repository,
                tag,
                digest,
            }) => Some(ecr_image(ctx, account, region, repository, tag, digest).await),
            _ => None,
        };
        ImageInfo {
            container: c.name.clone(),
            image: c.image.clone(),
            ecr,
        }
    }))
    .await
}

async fn ecr_image(
    ctx: &Ctx<'_>,
    account: String,
    region: String,
    repository: String,
    tag: Option<String>,
    digest: Option<String>,
) -> EcrImage {
    let clients = ctx.clients.regional(Some(&region));
    let ecr = &clients.ecr;
    let id = match (&digest, &tag) {
        (Some(d), _) => ImageIdentifier::builder().image_digest(d).build(),
        (None, t) => ImageIdentifier::builder()
            .image_tag(t.as_deref().unwrap_or("latest"))
            .build(),
    };
    let (describe, repository_policy, manifest) = tokio::join!(
        ctx.call(async {
            let r = ecr
                .describe_images()
                .registry_id(&account)
                .repository_name(&repository)
                .image_ids(id.clone())
                .send()
                .await;
            fetched("ecr:DescribeImages", r, |o| {
                let d = o.image_details().first();
                EcrImageDetail {
                    digest: d.and_then(|d| d.image_digest()).map(str::to_string),
                    size_bytes: d.and_then(|d| d.image_size_in_bytes()),
                    tags: d.map(|d| d.image_tags().to_vec()).unwrap_or_default(),
                    manifest_media_type: d
                        .and_then(|d| d.image_manifest_media_type())
                        .map(str::to_string),
                }
            })
        }),
        ctx.call(async {
            let r = ecr
                .get_repository_policy()
                .registry_id(&account)
                .repository_name(&repository)
                .send()
                .await;
            match fetched("ecr:GetRepositoryPolicy", r, |o| {
                o.policy_text().map(str::to_string)
            }) {
                // No policy is an answer, not a failure.
                Fetched::Error(e)
                    if e.code.as_deref() == Some("RepositoryPolicyNotFoundException") =>
                {
                    Fetched::Ok(None)
                }
                f => f,
            }
        }),
        ctx.call(manifest(ecr, &account, &repository, id.clone())),
    );
    EcrImage {
        account,
        region,
        repository,
        tag,
        digest,
        describe,
        repository_policy,
        manifest,
    }
}

/// ecr:BatchGetImage, in the same round as DescribeImages: the manifest as pushed, for the
/// platforms of an image index. Only the platform list is kept.
async fn manifest(
    ecr: &aws_sdk_ecr::Client,
    account: &str,
    repository: &str,
    id: ImageIdentifier,
) -> Fetched<ImageManifest> {
    const ACTION: &str = "ecr:BatchGetImage";
    let mut req = ecr
        .batch_get_image()
        .registry_id(account)
        .repository_name(repository)
        .image_ids(id);
    for m in refs::MANIFEST_MEDIA_TYPES {
        req = req.accepted_media_types(*m);
    }
    let out = match req.send().await {
        Ok(o) => o,
        Err(e) => return Fetched::Error(super::error::call_error(ACTION, e)),
    };
    let Some(image) = out.images().first() else {
        // The image itself is image.not_found's finding (DescribeImages); here it only says
        // why there is no manifest.
        let f = out.failures().first();
        return Fetched::Error(CallError::new(
            ACTION,
            ErrorKind::NotFound,
            f.and_then(|f| f.failure_code())
                .map(|c| c.as_str().to_string()),
            f.and_then(|f| f.failure_reason())
                .unwrap_or("no image returned"),
        ));
    };
    let text = image.image_manifest().unwrap_or_default();
    match refs::manifest_platforms(image.image_manifest_media_type(), text) {
        Some(m) => Fetched::Ok(m),
        None => Fetched::Error(CallError::new(
            ACTION,
            ErrorKind::Other,
            None,
            "the manifest ECR returned is not JSON",
        )),
    }
}

/// Describes every referenced secret and parameter (never their values), then the customer
/// managed KMS keys that encrypt them.
pub(crate) async fn secrets_and_keys(
    ctx: &Ctx<'_>,
    refs: Vec<SecretInfo>,
) -> (Vec<SecretInfo>, Vec<KmsKeyInfo>) {
    let secrets: Vec<SecretInfo> = join_all(refs.into_iter().map(|mut s| async move {
        s.describe = describe_secret(ctx, &s).await;
        s
    }))
    .await;
    // A key lives in the region its ARN names, else in its secret's region.
    let mut key_ids: Vec<(String, Option<String>)> = secrets
        .iter()
        .filter_map(|s| {
            let key = s.describe.ok()?.kms_key_id.clone()?;
            let region = key
                .strip_prefix("arn:")
                .and_then(|rest| rest.split(':').nth(2))
                .map(str::to_string)
                .or_else(|| s.region.clone());
            Some((key, region))
        })
        .filter(|(k, _)| !k.starts_with("alias/aws/"))
        .collect();
    key_ids.sort();
    key_ids.dedup_by(|a, b| a.0 == b.0);
    let keys = join_all(key_ids.into_iter().map(|(key_id, region)| async move {
        let clients = ctx.clients.regional(region.as_deref());
        let describe = ctx
            .call(async {
                fetched(
                    "kms:DescribeKey",
                    clients.kms.describe_key().key_id(&key_id).send().await,
                    |o| {
                        let m = o.key_metadata();
                        KmsKeyDetail {
                            arn: m.and_then(|m| m.arn()).map(str::to_string),
                            manager: m
                                .and_then(|m| m.key_manager())
                                .map(|k| k.as_str().to_string()),
                            state: m
                                .and_then(|m| m.key_state())
                                .map(|k| k.as_str().to_string()),
                        }
                    },
                )
            })
            .await;
        KmsKeyInfo { key_id, describe }
    }))
    .await;
    (secrets, keys)
}

async fn describe_secret(ctx: &Ctx<'_>, s: &SecretInfo) -> Fetched<SecretMetadata> {
    let clients = ctx.clients.regional(s.region.as_deref());
    if s.lookup.is_empty() {
        return Fetched::Skipped("empty reference".into());
    }
    match s.store.as_str() {
        "secretsmanager" => {
            ctx.call(async {
                let r = clients
                    .secretsmanager
                    .describe_secret()
                    .secret_id(&s.lookup)
                    .send()
                    .await;
                fetched("secretsmanager:DescribeSecret", r, |o| SecretMetadata {
                    arn: o.arn().map(str::to_string),
                    name: o.name().map(str::to_string),
                    kms_key_id: o.kms_key_id().map(str::to_string),
                    deleted_date: o.deleted_date().map(|d| d.to_string()),
                    parameter_type: None,
                    version_stages: {
                        let mut v: Vec<String> = o
                            .version_ids_to_stages()
                            .map(|m| m.values().flatten().cloned().collect())
                            .unwrap_or_default();
                        v.sort();
                        v.dedup();
                        v
                    },
                })
            })
            .await
        }
        _ => {
            let filter = aws_sdk_ssm::types::ParameterStringFilter::builder()
                .key("Name")
                .option("Equals")
                .values(&s.lookup)
                .build();
            let Ok(filter) = filter else {
                return Fetched::Skipped("cannot build the parameter filter".into());
            };
            let f = ctx
                .call(async {
                    let r = clients
                        .ssm
                        .describe_parameters()
                        .parameter_filters(filter)
                        .send()
                        .await;
                    fetched("ssm:DescribeParameters", r, |o| {
                        o.parameters().first().map(|p| SecretMetadata {
                            arn: None,
                            name: p.name().map(str::to_string),
                            kms_key_id: p.key_id().map(str::to_string),
                            deleted_date: None,
                            parameter_type: p.r#type().map(|t| t.as_str().to_string()),
                            version_stages: Vec::new(),
                        })
                    })
                })
                .await;
            match f {
                Fetched::Ok(Some(m)) => Fetched::Ok(m),
                Fetched::Ok(None) => Fetched::Error(CallError::new(
                    "ssm:DescribeParameters",
                    ErrorKind::NotFound,
                    Some("ParameterNotFound".into()),
                    format!("parameter {} not found", s.lookup),
                )),
                Fetched::Error(e) => Fetched::Error(e),
                Fetched::Skipped(x) => Fetched::Skipped(x),
            }
        }
    }
}

/// awslogs log groups: does a group with exactly this name exist?
pub(crate) async fn log_groups(ctx: &Ctx<'_>, td: &TaskDefinition) -> Vec<LogGroupInfo> {
    let mut wanted: Vec<LogGroupInfo> = td
        .containers
        .iter()
        .filter_map(|c| {
            let (group, region, create_group, _) = refs::awslogs(c)?;
            Some(LogGroupInfo {
                container: c.name.clone(),
                group,
                region,
                create_group,
                exists: Fetched::default(),
            })
        })
        .collect();
    // One call per distinct group.
    let mut groups: Vec<(String, Option<String>)> = wanted
        .iter()
        .map(|l| (l.group.clone(), l.region.clone()))
        .collect();
    groups.sort();
    groups.dedup();
    let answers = join_all(groups.into_iter().map(|(group, region)| async move {
        let clients = ctx.clients.regional(region.as_deref());
        let exists = ctx
            .call(async {
                let r = clients
                    .logs
                    .describe_log_groups()
                    .log_group_name_prefix(&group)
                    .send()
                    .await;
                fetched("logs:DescribeLogGroups", r, |o| {
                    o.log_groups()
                        .iter()
                        .any(|g| g.log_group_name() == Some(group.as_str()))
                })
            })
            .await;
        (group, region, exists)
    }))
    .await;
    for l in &mut wanted {
        if let Some((_, _, exists)) = answers
            .iter()
            .find(|(g, r, _)| *g == l.group && *r == l.region)
        {
            l.exists = exists.clone();
        }
    }
    wanted
}

/// EFS volumes: mount targets and their security groups.
pub(crate) async fn efs(ctx: &Ctx<'_>, td: &TaskDefinition) -> Vec<EfsInfo> {
    join_all(td.volumes.iter().filter_map(|v| {
        let fs = v.efs_file_system_id.clone()?;
        let volume = v.name.clone();
        Some(async move {
            let targets = ctx
                .call(async {
                    let r = ctx
                        .clients
                        .efs
                        .describe_mount_targets()
                        .file_system_id(&fs)
                        .send()
                        .await;
                    fetched("elasticfilesystem:DescribeMountTargets", r, |o| {
                        o.mount_targets()
                            .iter()
                            .map(|m| MountTarget {
                                id: m.mount_target_id().to_string(),
                                subnet_id: Some(m.subnet_id().to_string()),
                                availability_zone: m.availability_zone_name().map(str::to_string),
                                state: Some(m.life_cycle_state().as_str().to_string()),
                                security_groups: Fetched::default(),
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .await;
            let mount_targets = match targets {
                Fetched::Ok(ts) => Fetched::Ok(
                    join_all(ts.into_iter().map(|mut t| async move {
                        t.security_groups = ctx
                            .call(async {
                                let r = ctx
                                    .clients
                                    .efs
                                    .describe_mount_target_security_groups()
                                    .mount_target_id(&t.id)
                                    .send()
                                    .await;
                                fetched(
                                    "elasticfilesystem:DescribeMountTargetSecurityGroups",
                                    r,
                                    |o| o.security_groups().to_vec(),
                                )
                            })
                            .await;
                        t
                    }))
                    .await,
                ),
                other => other,
            };
            EfsInfo {
                volume,
                file_system_id: fs,
                mount_targets,
            }
        })
    }))
    .await
}
