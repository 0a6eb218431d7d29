//! Image and registry: the image exists, has the task's platform, and private registries have their credentials.

use crate::catalogue::id;
use crate::diagnose::{Facts, Outcome};
use crate::refs::{self, ImageRef, Registry};
use crate::snapshot::{ErrorKind, Fetched};

pub fn image_not_found(f: &Facts<'_>) -> Outcome {
    if f.snap.images.is_empty() {
        return f
            .td_missing()
            .unwrap_or_else(|| Outcome::skipped("no container image"));
    }
    let outcomes = f
        .snap
        .images
        .iter()
        .map(|img| {
            if ImageRef::parse(&img.image).is_none() {
                return Outcome::fail_on(img.image.clone(),
                    format!("Container {}: the image reference {:?} is malformed", img.container, img.image),
                    vec![format!("container {}: image = {:?}", img.container, img.image)],
                    vec!["Use registry/repository[:tag] or registry/repository@sha256:digest".into()],
                );
            }
            let Some(ecr) = &img.ecr else {
                return Outcome::skipped(format!("{} is not in ECR: its existence is not checked", img.image));
            };
            let reference = ecr.digest.clone().or(ecr.tag.clone()).unwrap_or_else(|| "latest".into());
            match &ecr.describe {
                Fetched::Ok(d) => Outcome::pass(format!(
                    "{}:{reference} exists ({})",
                    ecr.repository,
                    d.digest.as_deref().unwrap_or("digest unknown")
                )),
                Fetched::Error(e) if e.kind == ErrorKind::NotFound => {
                    let repo_missing = e.code.as_deref() == Some("RepositoryNotFoundException");
                    Outcome::fail_on(img.image.clone(),
                        if repo_missing {
                            format!("Repository {} does not exist in account {} ({})", ecr.repository, ecr.account, ecr.region)
                        } else {
                            format!("Image {}:{reference} does not exist", ecr.repository)
                        },
                        vec![format!("ecr:DescribeImages {}:{reference}: {}", ecr.repository, e.code.as_deref().unwrap_or("not found")), format!("container {}: image {}", img.container, img.image)],
                        vec![
                            format!(
                                "aws ecr describe-images --registry-id {} --repository-name {} (list what exists; a lifecycle policy may have expired the tag)",
                                ecr.account, ecr.repository
                            ),
                            "Push the image, or register a task definition revision naming an existing tag or digest".into(),
                        ],
                    )
                }
                other => Outcome::unknown(other.why_missing().unwrap_or_default()),
            }
        })
        .collect();
    Outcome::combine(outcomes)
}

/// An image index (what `docker buildx --platform` pushes) names the platform of each entry, so
/// it can be held against the platform the task runs on before anything is pulled. A
/// single-platform manifest keeps its architecture in the config blob, which ECR's API does not
/// return: then the check says it cannot tell, and the error text ("exec format error", "no
/// matching manifest for linux/arm64") stays the only witness.
pub fn image_platform(f: &Facts<'_>) -> Outcome {
    let Some(td) = f.td else {
        return f.td_missing().expect("no task definition");
    };
    let suspected = f
        .classification
        .classification
        .candidates
        .contains(&id::IMAGE_PLATFORM_MISMATCH);
    // Cannot tell: unknown when the text suspects a platform mismatch, else nothing to report.
    let cannot_tell = |why: String| {
        if suspected {
            Outcome::unknown(why)
        } else {
            Outcome::skipped(why)
        }
    };
    let t = &f.snap.task;
    let fargate = t.is_fargate()
        || (t.launch_type.is_none()
            && t.capacity_provider.is_none()
            && td.requires_compatibilities == ["FARGATE"]);
    let (platform, source) = match (&t.cpu_architecture, &td.cpu_architecture) {
        (Some(a), _) => (
            refs::task_platform(Some(a), td.os_family.as_deref(), fargate),
            format!("the task ran on {a} (attribute ecs.cpu-architecture)"),
        ),
        (None, Some(a)) => (
            refs::task_platform(Some(a), td.os_family.as_deref(), fargate),
            format!("runtimePlatform.cpuArchitecture = {a}"),
        ),
        (None, None) => (
            refs::task_platform(None, td.os_family.as_deref(), fargate),
            "Fargate runs X86_64 when runtimePlatform names no cpuArchitecture".to_string(),
        ),
    };
    let Some((os, arch)) = platform else {
        return cannot_tell(
            "the task's CPU architecture is not known before it is placed (no runtimePlatform in the task definition)".into(),
        );
    };
    let wanted = format!("{os}/{arch}");
    let outcomes = f
        .snap
        .images
        .iter()
        .map(|img| {
            let Some(ecr) = &img.ecr else {
                return cannot_tell(format!("{} is not in ECR: its platforms are not read", img.image));
            };
            let reference = ecr.digest.clone().or(ecr.tag.clone()).unwrap_or_else(|| "latest".into());
            let name = format!("{}:{reference}", ecr.repository);
            if matches!(&ecr.describe, Fetched::Error(e) if e.kind == ErrorKind::NotFound) {
                return Outcome::skipped(format!("{name} does not exist (image.not_found)"));
            }
            let m = match &ecr.manifest {
                Fetched::Ok(m) => m,
                other => return cannot_tell(other.why_missing().unwrap_or_default()),
            };
            if !m.index {
                return cannot_tell(format!(
                    "{name} is a single-platform image: its architecture is in its config blob, which ECR's API does not return (docker image inspect --format '{{{{.Os}}}}/{{{{.Architecture}}}}' tells)"
                ));
            }
            let listed: Vec<String> = m.platforms.iter().map(|p| p.to_string()).collect();
            if m.platforms.iter().any(|p| p.os == os && p.architecture == arch) {
                // The index can list the platform while a binary copied into that entry is
                // built for another one: an exec format error keeps its suspect.
                return Outcome::nothing_found(format!("{name} has a {wanted} image (index: {})", listed.join(", ")));
            }
            let other_arch = if arch == "arm64" { "X86_64" } else { "ARM64" };
            let fix_td = if m.platforms.iter().any(|p| p.os == os) {
                vec![format!(
                    "Or run the task on what the image has: runtimePlatform {{\"cpuArchitecture\": \"{other_arch}\", \"operatingSystemFamily\": \"{}\"}} in a new task definition revision",
                    if os == "windows" { "WINDOWS_SERVER_2022_CORE" } else { "LINUX" }
                )]
            } else {
                Vec::new()
            };
            Outcome::fail_on(name.to_string(),
                format!(
                    "Container {}: the image {name} has no {wanted} variant, and the task runs on {wanted}",
                    img.container
                ),
                vec![
                    format!(
                        "ecr:BatchGetImage {name}: image index lists {}",
                        if listed.is_empty() { "no platform".to_string() } else { listed.join(", ") }
                    ),
                    format!("the task needs {wanted}: {source}"),
                ],
                [format!(
                    "Push a {wanted} variant: docker buildx build --platform {} -t {} --push .",
                    listed.iter().chain([&wanted]).cloned().collect::<Vec<_>>().join(","),
                    img.image
                )]
                .into_iter()
                .chain(fix_td)
                .collect(),
            )
        })
        .collect::<Vec<_>>();
    if outcomes.is_empty() {
        return Outcome::skipped("no container image");
    }
    Outcome::combine(outcomes)
}

pub fn registry_auth(f: &Facts<'_>) -> Outcome {
    let Some(td) = f.td else {
        return f.td_missing().expect("no task definition");
    };
    let mut outcomes = Vec::new();
    for c in &td.containers {
        let registry = ImageRef::parse(&c.image).map(|i| i.registry);
        match (&c.repository_credentials, registry) {
            (Some(param), _) => {
                let s = f.snap.secrets.iter().find(|s| s.container == c.name && s.name == "repositoryCredentials");
                outcomes.push(match s.map(|s| &s.describe) {
                    Some(Fetched::Error(e)) if e.kind == ErrorKind::NotFound => Outcome::fail_on(param.clone(),
                        format!("The registry credentials secret {param} of container {} does not exist", c.name),
                        vec![format!("repositoryCredentials.credentialsParameter = {param}: {}", e.code.as_deref().unwrap_or("not found"))],
                        vec!["Create the secret with {\"username\":…,\"password\":…} and reference its ARN".into()],
                    ),
                    Some(Fetched::Ok(_)) => Outcome::nothing_found(format!("registry credentials {param} exist (their content is not read)")),
                    Some(other) => Outcome::unknown(other.why_missing().unwrap_or_default()),
                    None => Outcome::unknown("the credentials secret was not gathered"),
                });
            }
            (None, Some(Registry::Other(host))) => outcomes.push(Outcome::warn(
                format!("Container {} pulls from {host} without repositoryCredentials", c.name),
                vec![format!("image {}: no repositoryCredentials (fine only if the image is public)", c.image)],
                vec!["If the image is private, add repositoryCredentials with a Secrets Manager secret".into()],
            )),
            _ => {}
        }
    }
    if outcomes.is_empty() {
        return Outcome::skipped("no private registry outside ECR");
    }
    Outcome::combine(outcomes)
}
