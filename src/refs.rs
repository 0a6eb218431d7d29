//! Parsing the references a task definition makes: image names, secret `valueFrom`s, log groups;
//! and the permissions the execution role needs for them. Pure, shared by gather and the checks.

use crate::catalogue::id;
use crate::snapshot::{ImageManifest, ImagePlatform, SecretInfo, TaskDefinition};

/// Where an image lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registry {
    /// A private ECR registry.
    Ecr {
        account: String,
        region: String,
    },
    PublicEcr,
    DockerHub,
    Other(String),
}

/// A parsed image reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    pub registry: Registry,
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl ImageRef {
    /// Parses `[registry/]repository[:tag][@digest]`. Returns `None` for an empty or malformed
    /// reference (spaces, empty repository).
    pub fn parse(image: &str) -> Option<ImageRef> {
        let image = image.trim();
        if image.is_empty() || image.chars().any(char::is_whitespace) {
            return None;
        }
        let (rest, digest) = match image.split_once('@') {
            Some((r, d)) => (r, Some(d.to_string())),
            None => (image, None),
        };
        let (host, path) = match rest.split_once('/') {
            Some((h, p)) if h.contains('.') || h.contains(':') || h == "localhost" => (Some(h), p),
            _ => (None, rest),
        };
        // A tag is after the last ':' of the last path segment.
        let (repository, tag) = match path.rsplit_once(':') {
            Some((r, t)) if !t.contains('/') => (r, Some(t.to_string())),
            _ => (path, None),
        };
        if repository.is_empty() || repository.ends_with('/') {
            return None;
        }
        let registry = match host {
            None | Some("docker.io" | "registry-1.docker.io" | "index.docker.io") => {
                Registry::DockerHub
            }
            Some("public.ecr.aws") => Registry::PublicEcr,
            Some(h) => match parse_ecr_host(h) {
                Some((account, region)) => Registry::Ecr { account, region },
                None => Registry::Other(h.to_string()),
            },
        };
        Some(ImageRef {
            registry,
            repository: repository.to_string(),
            tag: if tag.is_none() && digest.is_none() {
                Some("latest".into())
            } else {
                tag
            },
            digest,
        })
    }

    /// `arn:aws:ecr:REGION:ACCOUNT:repository/NAME` for ECR images.
    pub fn ecr_repository_arn(&self) -> Option<String> {
        match &self.registry {
            Registry::Ecr { account, region } => Some(format!(
                "arn:{}:ecr:{region}:{account}:repository/{}",
                partition(region),
                self.repository
            )),
            _ => None,
        }
    }
}

/// `ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]` → (account, region).
fn parse_ecr_host(host: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = host.split('.').collect();
    if parts.len() >= 6
        && parts[1] == "dkr"
        && parts[2].starts_with("ecr")
        && parts[4] == "amazonaws"
    {
        let account = parts[0];
        if account.len() == 12 && account.chars().all(|c| c.is_ascii_digit()) {
            return Some((account.to_string(), parts[3].to_string()));
        }
    }
    None
}

/// The AWS partition of a region.
pub fn partition(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else {
        "aws"
    }
}

/// A parsed `valueFrom` (or `credentialsParameter`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ValueFrom {
    /// `secretsmanager` or `ssm`.
    pub store: &'static str,
    /// The ARN of the secret or parameter itself (without JSON key / stage / version suffixes).
    pub arn: Option<String>,
    /// What to describe: the secret ARN, or the parameter name.
    pub lookup: String,
    pub region: Option<String>,
    pub account: Option<String>,
    pub json_key: Option<String>,
    pub version_stage: Option<String>,
    pub version_id: Option<String>,
}

/// Parses a `valueFrom`. Secrets Manager references must be ARNs (optionally with
/// `:json-key:version-stage:version-id`); anything else is an SSM parameter name or ARN.
/// `default_store` applies to bare names (`repositoryCredentials` names a Secrets Manager secret).
pub fn parse_value_from(
    value: &str,
    default_store: &'static str,
    region: Option<&str>,
    account: Option<&str>,
) -> ValueFrom {
    let value = value.trim();
    let parts: Vec<&str> = value.split(':').collect();
    if parts.len() >= 7 && parts[0] == "arn" && parts[2] == "secretsmanager" && parts[5] == "secret"
    {
        let arn = parts[..7].join(":");
        let opt = |i: usize| {
            parts
                .get(i)
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string())
        };
        return ValueFrom {
            store: "secretsmanager",
            lookup: arn.clone(),
            arn: Some(arn),
            region: Some(parts[3].to_string()),
            account: Some(parts[4].to_string()),
            json_key: opt(7),
            version_stage: opt(8),
            version_id: opt(9),
        };
    }
    if parts.len() >= 6 && parts[0] == "arn" && parts[2] == "ssm" {
        let resource = parts[5..].join(":");
        let name = resource.strip_prefix("parameter").unwrap_or(&resource);
        // arn:...:parameter/name → "/name" is wrong for a top-level parameter: SSM names without
        // a path are stored without the leading slash.
        let name = name.strip_prefix('/').map(|n| {
            if n.contains('/') {
                format!("/{n}")
            } else {
                n.to_string()
            }
        });
        return ValueFrom {
            store: "ssm",
            arn: Some(value.to_string()),
            lookup: name.unwrap_or_default(),
            region: Some(parts[3].to_string()),
            account: Some(parts[4].to_string()),
            ..ValueFrom::default()
        };
    }
    let arn = match (default_store, region, account) {
        ("ssm", Some(r), Some(a)) => Some(format!(
            "arn:{}:ssm:{r}:{a}:parameter/{}",
            partition(r),
            value.trim_start_matches('/')
        )),
        _ => None,
    };
    ValueFrom {
        store: default_store,
        arn,
        lookup: value.to_string(),
        region: region.map(str::to_string),
        account: account.map(str::to_string),
        ..ValueFrom::default()
    }
}

/// Every secret and parameter the task definition references, parsed, with nothing fetched yet.
pub fn secret_references(
    td: &TaskDefinition,
    region: Option<&str>,
    account: Option<&str>,
) -> Vec<SecretInfo> {
    let mut out = Vec::new();
    for c in &td.containers {
        let refs = c
            .secrets
            .iter()
            .map(|s| (s.name.clone(), s.value_from.clone(), "ssm"))
            .chain(c.repository_credentials.iter().map(|r| {
                (
                    "repositoryCredentials".to_string(),
                    r.clone(),
                    "secretsmanager",
                )
            }));
        for (name, value_from, default_store) in refs {
            let v = parse_value_from(&value_from, default_store, region, account);
            out.push(SecretInfo {
                container: c.name.clone(),
                name,
                value_from,
                store: v.store.to_string(),
                arn: v.arn,
                lookup: v.lookup,
                region: v.region,
                json_key: v.json_key,
                version_stage: v.version_stage,
                version_id: v.version_id,
                ..SecretInfo::default()
            });
        }
    }
    out
}

/// One permission the execution role needs, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    pub action: String,
    pub resource: String,
    /// What in the task definition needs it, e.g. `container web: image 1234….dkr.ecr…/api:1`.
    pub why: String,
    /// The cause id a missing permission confirms.
    pub cause: &'static str,
}

/// The log group an awslogs container writes to: `(group, region, create_group, stream_prefix)`.
pub fn awslogs(
    c: &crate::snapshot::ContainerDefinition,
) -> Option<(String, Option<String>, bool, Option<String>)> {
    if c.log_driver.as_deref() != Some("awslogs") {
        return None;
    }
    let group = c.log_options.get("awslogs-group")?.clone();
    Some((
        group,
        c.log_options.get("awslogs-region").cloned(),
        c.log_options
            .get("awslogs-create-group")
            .is_some_and(|v| v.eq_ignore_ascii_case("true")),
        c.log_options.get("awslogs-stream-prefix").cloned(),
    ))
}

/// Where a container's log events are in CloudWatch Logs for one task: `(group, region,
/// stream)`. awslogs: `prefix/container/task-id` (awslogs-stream-prefix). FireLens whose output
/// is CloudWatch Logs (Fluent Bit's `cloudwatch_logs` plugin or the older `cloudwatch` one):
/// `log_stream_name`, else `log_stream_prefix` followed by the tag FireLens gives the
/// container's records, `<container>-firelens-<task id>`. `None` when the stream cannot be
/// named (awslogs without a prefix, a FireLens stream template, another output).
pub fn log_stream(
    c: &crate::snapshot::ContainerDefinition,
    task_id: &str,
) -> Option<(String, Option<String>, String)> {
    if let Some((group, region, _, prefix)) = awslogs(c) {
        return Some((group, region, format!("{}/{}/{task_id}", prefix?, c.name)));
    }
    if c.log_driver.as_deref() != Some("awsfirelens") {
        return None;
    }
    let option = |k: &str| {
        c.log_options
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(k))
            .map(|(_, v)| v.clone())
    };
    if !matches!(
        option("Name").as_deref(),
        Some("cloudwatch_logs" | "cloudwatch")
    ) {
        return None;
    }
    let group = option("log_group_name")?;
    let stream = match (option("log_stream_name"), option("log_stream_prefix")) {
        (Some(name), _) if !name.contains("$(") && !name.contains("${") => name,
        (None, Some(prefix)) => format!("{prefix}{}-firelens-{task_id}", c.name),
        _ => return None,
    };
    Some((group, option("region"), stream))
}

/// What the execution role must be allowed to do for this task definition (KMS keys are added
/// by the caller once the secrets' key ids are known).
pub fn execution_role_needs(
    td: &TaskDefinition,
    secrets: &[SecretInfo],
    region: &str,
    account: &str,
    task_id: Option<&str>,
) -> Vec<Need> {
    let p = partition(region);
    let mut needs = Vec::new();
    let mut push = |action: &str, resource: String, why: String, cause: &'static str| {
        if !needs
            .iter()
            .any(|n: &Need| n.action == action && n.resource == resource)
        {
            needs.push(Need {
                action: action.into(),
                resource,
                why,
                cause,
            });
        }
    };
    for c in &td.containers {
        if let Some(img) = ImageRef::parse(&c.image) {
            if let Some(repo) = img.ecr_repository_arn() {
                let why = format!("container {}: image {}", c.name, c.image);
                push(
                    "ecr:GetAuthorizationToken",
                    "*".into(),
                    why.clone(),
                    id::IAM_EXEC_ROLE_ECR,
                );
                for a in [
                    "ecr:BatchCheckLayerAvailability",
                    "ecr:GetDownloadUrlForLayer",
                    "ecr:BatchGetImage",
                ] {
                    push(a, repo.clone(), why.clone(), id::IAM_EXEC_ROLE_ECR);
                }
            }
        }
        if let Some((group, log_region, create, prefix)) = awslogs(c) {
            let r = log_region.as_deref().unwrap_or(region);
            let stream = match (prefix, task_id) {
                (Some(pre), Some(id)) => format!("{pre}/{}/{id}", c.name),
                _ => "*".into(),
            };
            let why = format!("container {}: awslogs group {group}", c.name);
            let stream_arn =
                format!("arn:{p}:logs:{r}:{account}:log-group:{group}:log-stream:{stream}");
            push(
                "logs:CreateLogStream",
                stream_arn.clone(),
                why.clone(),
                id::IAM_EXEC_ROLE_LOGS,
            );
            push(
                "logs:PutLogEvents",
                stream_arn,
                why.clone(),
                id::IAM_EXEC_ROLE_LOGS,
            );
            if create {
                push(
                    "logs:CreateLogGroup",
                    format!("arn:{p}:logs:{r}:{account}:log-group:{group}"),
                    why,
                    id::IAM_EXEC_ROLE_LOGS,
                );
            }
        }
        for f in &c.environment_files {
            push(
                "s3:GetObject",
                f.clone(),
                format!("container {}: environment file {f}", c.name),
                id::ENVFILE_S3,
            );
        }
    }
    for s in secrets {
        let Some(arn) = &s.arn else { continue };
        let why = format!(
            "container {}: {} from {}",
            s.container, s.name, s.value_from
        );
        match s.store.as_str() {
            "secretsmanager" => push(
                "secretsmanager:GetSecretValue",
                arn.clone(),
                why,
                id::IAM_EXEC_ROLE_SECRETS,
            ),
            _ => push(
                "ssm:GetParameters",
                arn.clone(),
                why,
                id::IAM_EXEC_ROLE_SECRETS,
            ),
        }
    }
    needs
}

/// The media types of an image index: a manifest list (Docker) or an OCI index. Their entries
/// name a platform each; a single-platform manifest does not.
pub const INDEX_MEDIA_TYPES: &[&str] = &[
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.index.v1+json",
];

/// Every manifest media type ECR stores, indexes first: what `BatchGetImage` is told to
/// accept, so it returns the manifest as pushed instead of converting or refusing it.
pub const MANIFEST_MEDIA_TYPES: &[&str] = &[
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v1+json",
];

/// Reads the platforms out of a manifest `BatchGetImage` returned. An index lists one platform
/// per entry; `docker buildx` adds attestation entries (`unknown/unknown`, annotated
/// `vnd.docker.reference.type`) that are not runnable, so they are left out. Unparseable text
/// is `None`: the caller reports it, it never guesses a platform.
pub fn manifest_platforms(media_type: Option<&str>, text: &str) -> Option<ImageManifest> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let media_type = media_type.map(str::to_string).or_else(|| {
        v.get("mediaType")
            .and_then(|m| m.as_str())
            .map(str::to_string)
    });
    let entries = v.get("manifests").and_then(|m| m.as_array());
    let index = entries.is_some()
        || media_type
            .as_deref()
            .is_some_and(|m| INDEX_MEDIA_TYPES.contains(&m));
    let platforms = entries
        .into_iter()
        .flatten()
        .filter(|e| {
            e.pointer("/annotations/vnd.docker.reference.type")
                .is_none()
        })
        .filter_map(|e| {
            let p = e.get("platform")?;
            let field = |k: &str| p.get(k).and_then(|x| x.as_str()).map(str::to_string);
            let (os, architecture) = (field("os")?, field("architecture")?);
            (os != "unknown" && architecture != "unknown").then(|| ImagePlatform {
                os,
                architecture,
                variant: field("variant"),
            })
        })
        .collect();
    Some(ImageManifest {
        media_type,
        index,
        platforms,
    })
}

/// The platform a task needs, in the words of an image index (`linux/arm64`): from
/// `runtimePlatform` (Fargate's default is Linux on X86_64) or the container instance's
/// `ecs.cpu-architecture` attribute. `None` when nothing says (an EC2 task definition without
/// runtimePlatform, before a task was placed).
pub fn task_platform(
    cpu_architecture: Option<&str>,
    os_family: Option<&str>,
    fargate: bool,
) -> Option<(String, String)> {
    let arch = match cpu_architecture.map(str::to_ascii_uppercase).as_deref() {
        Some("ARM64") => "arm64",
        Some("X86_64") => "amd64",
        Some(_) => return None,
        None if fargate => "amd64",
        None => return None,
    };
    let os = match os_family {
        Some(f) if f.to_ascii_uppercase().starts_with("WINDOWS") => "windows",
        _ => "linux",
    };
    Some((os.to_string(), arch.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape `docker buildx` and the Docker official images push (an OCI index with an
    /// attestation entry per platform, e.g. docker-library's postgres:17), trimmed.
    const BUILDX_INDEX: &str = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json",
      "manifests":[
        {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:1111","size":3626,
         "platform":{"architecture":"amd64","os":"linux"}},
        {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:2222","size":841,
         "annotations":{"vnd.docker.reference.digest":"sha256:1111","vnd.docker.reference.type":"attestation-manifest"},
         "platform":{"architecture":"unknown","os":"unknown"}},
        {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:3333","size":3626,
         "platform":{"architecture":"arm","os":"linux","variant":"v7"}}]}"#;

    #[test]
    fn a_containers_log_stream_is_named_as_its_driver_names_it() {
        let def = |driver: &str, options: &[(&str, &str)]| crate::snapshot::ContainerDefinition {
            name: "app".into(),
            log_driver: Some(driver.into()),
            log_options: options
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Default::default()
        };
        let id = "0123456789abcdef0123456789abcdef";
        let awslogs = def(
            "awslogs",
            &[
                ("awslogs-group", "/ecs/app"),
                ("awslogs-stream-prefix", "ecs"),
            ],
        );
        assert_eq!(
            log_stream(&awslogs, id),
            Some(("/ecs/app".into(), None, format!("ecs/app/{id}")))
        );
        let firelens = def(
            "awsfirelens",
            &[
                ("Name", "cloudwatch_logs"),
                ("region", "eu-west-1"),
                ("log_group_name", "/ecs/firelens"),
                ("log_stream_prefix", "copilot/"),
            ],
        );
        assert_eq!(
            log_stream(&firelens, id),
            Some((
                "/ecs/firelens".into(),
                Some("eu-west-1".into()),
                format!("copilot/app-firelens-{id}")
            ))
        );
        let named = def(
            "awsfirelens",
            &[
                ("Name", "cloudwatch"),
                ("log_group_name", "g"),
                ("log_stream_name", "all"),
            ],
        );
        assert_eq!(log_stream(&named, id).map(|l| l.2), Some("all".into()));
        // A template, another output, awslogs without a prefix: not named.
        let template = def(
            "awsfirelens",
            &[
                ("Name", "cloudwatch_logs"),
                ("log_group_name", "g"),
                ("log_stream_template", "$(ecs_task_id)"),
            ],
        );
        assert_eq!(log_stream(&template, id), None);
        assert_eq!(log_stream(&def("awsfirelens", &[("Name", "s3")]), id), None);
        assert_eq!(
            log_stream(&def("awslogs", &[("awslogs-group", "g")]), id),
            None
        );
    }

    #[test]
    fn index_platforms_leave_attestations_out() {
        let m = manifest_platforms(None, BUILDX_INDEX).unwrap();
        assert!(m.index);
        let names: Vec<String> = m.platforms.iter().map(|p| p.to_string()).collect();
        assert_eq!(names, ["linux/amd64", "linux/arm/v7"]);
    }

    #[test]
    fn a_single_manifest_names_no_platform() {
        let m = manifest_platforms(
            Some("application/vnd.docker.distribution.manifest.v2+json"),
            r#"{"schemaVersion":2,"config":{"digest":"sha256:aa","size":1},"layers":[]}"#,
        )
        .unwrap();
        assert!(!m.index && m.platforms.is_empty());
        assert!(manifest_platforms(None, "not json").is_none());
    }

    #[test]
    fn task_platforms() {
        let p = |a, o, f| task_platform(a, o, f).map(|(o, a)| format!("{o}/{a}"));
        assert_eq!(
            p(Some("ARM64"), Some("LINUX"), true).as_deref(),
            Some("linux/arm64")
        );
        assert_eq!(p(None, None, true).as_deref(), Some("linux/amd64"));
        assert_eq!(
            p(Some("x86_64"), None, false).as_deref(),
            Some("linux/amd64")
        );
        assert_eq!(
            p(Some("X86_64"), Some("WINDOWS_SERVER_2022_CORE"), true).as_deref(),
            Some("windows/amd64")
        );
        assert_eq!(p(None, None, false), None);
    }

    #[test]
    fn image_references() {
        let i =
            ImageRef::parse("111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/api:1.2").unwrap();
        assert_eq!(
            i.registry,
            Registry::Ecr {
                account: "111122223333".into(),
                region: "eu-west-1".into()
            }
        );
        assert_eq!(
            (i.repository.as_str(), i.tag.as_deref()),
            ("team/api", Some("1.2"))
        );
        assert_eq!(
            i.ecr_repository_arn().unwrap(),
            "arn:aws:ecr:eu-west-1:111122223333:repository/team/api"
        );
        let d = ImageRef::parse("111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/api@sha256:abc")
            .unwrap();
        assert_eq!(
            (d.tag.as_deref(), d.digest.as_deref()),
            (None, Some("sha256:abc"))
        );
        assert!(d.ecr_repository_arn().unwrap().starts_with("arn:aws-cn:"));
        assert_eq!(
            ImageRef::parse("nginx").unwrap().registry,
            Registry::DockerHub
        );
        assert_eq!(
            ImageRef::parse("nginx").unwrap().tag.as_deref(),
            Some("latest")
        );
        assert_eq!(
            ImageRef::parse("public.ecr.aws/nginx/nginx:1")
                .unwrap()
                .registry,
            Registry::PublicEcr
        );
        assert_eq!(
            ImageRef::parse("localhost:5000/app:1").unwrap().registry,
            Registry::Other("localhost:5000".into())
        );
        assert_eq!(
            ImageRef::parse("ghcr.io/acme/api").unwrap().registry,
            Registry::Other("ghcr.io".into())
        );
        assert!(ImageRef::parse("").is_none());
        assert!(ImageRef::parse("bad image").is_none());
        assert!(ImageRef::parse("ghcr.io/").is_none());
    }

    #[test]
    fn value_from_forms() {
        let v = parse_value_from(
            "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf:password:AWSPREVIOUS:",
            "ssm",
            None,
            None,
        );
        assert_eq!(v.store, "secretsmanager");
        assert_eq!(
            v.arn.as_deref(),
            Some("arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf")
        );
        assert_eq!(v.json_key.as_deref(), Some("password"));
        assert_eq!(v.version_stage.as_deref(), Some("AWSPREVIOUS"));
        assert_eq!(v.version_id, None);

        let p = parse_value_from(
            "arn:aws:ssm:eu-west-1:111122223333:parameter/prod/db/url",
            "ssm",
            None,
            None,
        );
        assert_eq!((p.store, p.lookup.as_str()), ("ssm", "/prod/db/url"));
        let top = parse_value_from(
            "arn:aws:ssm:eu-west-1:111122223333:parameter/DB_URL",
            "ssm",
            None,
            None,
        );
        assert_eq!(top.lookup, "DB_URL");
        let name = parse_value_from(
            "/prod/db/url",
            "ssm",
            Some("eu-west-1"),
            Some("111122223333"),
        );
        assert_eq!(
            name.arn.as_deref(),
            Some("arn:aws:ssm:eu-west-1:111122223333:parameter/prod/db/url")
        );
        let odd = parse_value_from(":::", "ssm", None, None);
        assert_eq!(odd.store, "ssm");
    }
}
