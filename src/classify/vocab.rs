//! The shared vocabulary of error messages: what names a service and what names a symptom.
//!
//! Families (`families.rs`) refer to these by `@NAME`, so that a new wording of, say, a timeout is
//! taught once here and every family that cares about timeouts recognises it. All patterns are
//! case-insensitive substring regexes: AWS rewords and truncates these messages.

/// `(name, regex)`. A pattern `@NAME` expands to `(?:regex)`, also inside vocabulary entries.
pub static VOCAB: &[(&str, &str)] = &[
    // ---- services -------------------------------------------------------------------------
    (
        "ECR_API",
        r"api\.ecr\.|ecr\.api|GetAuthorizationToken|ecr registry auth|registry auth from (?:amazon )?ecr|ecr auth",
    ),
    ("ECR", r"\.dkr\.ecr\.|dkr\.ecr|amazon ecr|\becr\b|ecr:"),
    (
        "S3_LAYER",
        r"starport-layer-bucket|layer bucket|\.s3[.-][a-z0-9.-]*amazonaws\.com|s3\.amazonaws\.com|amazon s3",
    ),
    (
        "ASM",
        r"\basm\b|secrets ?manager|secretsmanager|GetSecretValue|secret with arn|the secret\b|:secret:",
    ),
    (
        "SSM",
        r"\bssm\b|parameter store|systems manager|GetParameters?\b|ParameterNotFound|:parameter/",
    ),
    (
        "LOGS",
        r"log group|logs\.[a-z0-9-]+\.amazonaws|awslogs|logging driver|logger args|log stream|cloudwatch ?logs?|logs:(?:CreateLogStream|PutLogEvents|CreateLogGroup)|log driver",
    ),
    (
        "EFS",
        r"\befs\b|efs[- ]utils|elasticfilesystem|mount\.nfs|amazon-efs|\bnfs4?\b",
    ),
    ("KMS", r"\bkms\b|kms:|KMS key|KMSAccessDenied|KMS\.|\bcmk\b"),
    (
        "DOCKER_HUB",
        r"docker\.io|registry-1\.docker|index\.docker|docker ?hub|auth\.docker",
    ),
    ("PUBLIC_ECR", r"public\.ecr\.aws"),
    (
        "OTHER_REGISTRY",
        r"ghcr\.io|quay\.io|gcr\.io|registry\.gitlab|pkg\.dev|azurecr\.io|jfrog\.io|nexus",
    ),
    (
        "ENV_FILE",
        r"environment ?files?|env ?file|environmentFiles|\.env\b",
    ),
    (
        "REGISTRY_CREDS",
        r"repositoryCredentials|registry credentials|credentialsParameter|private registry|incorrect username or password|invalid username/password|authentication (?:is )?required|failed to fetch anonymous token|failed to fetch oauth token|registry auth from asm|docker login",
    ),
    (
        "KUBELET",
        r"kubelet|Failed to pull image|ErrImagePull|ImagePullBackOff|Back-off pulling image|failed to pull and unpack image|CrashLoopBackOff|credential provider plugin|ecr-credential-provider",
    ),
    (
        "CONTAINER_EXEC",
        r#"executable file not found|starting container process|OCI runtime (?:create|exec|start)|exec: "|exec user process caused|unable to start container process|permission denied: unknown|No command specified|DockerStateError[^\n]{0,200}?(?:not found|does not exist)"#,
    ),
    // ---- symptoms -------------------------------------------------------------------------
    (
        "DNS",
        r"no such host|server misbehaving|lookup [^\s]+ on [0-9a-f.:\[\]]+:53|could not resolve|temporary failure in name resolution|name resolution|Failed to resolve .?fs-|dial (?:tcp|udp): lookup|\bdns\b",
    ),
    (
        "NET_HARD",
        r"i/o timeout|timed? ?out|timeout|request canceled|context deadline exceeded|context canceled|connection (?:issue|refused|reset|timed out|closed)|network connection|check (?:your |the )?(?:task )?network configuration|dial tcp|tls handshake|no route to host|network is unreachable|awaiting headers|connect: |unexpected EOF|code = DeadlineExceeded",
    ),
    // Retries and killed helpers also follow denials and missing resources whose text was cut off.
    (
        "NET",
        r"@NET_HARD|send request failed|exceeded maximum number of attempts|signal: killed|service call has been retried|failed to do request|RequestError",
    ),
    (
        "DENIED",
        r"AccessDenied|access denied|not authorized|unauthorized|forbidden|\b40[13]\b|no basic auth credentials|permission to|permissions to|check that the role has|UnrecognizedClientException|InvalidSignatureException|ExpiredToken|security token included in the request is invalid|not allowed|denied:|:\s*denied\b|code = (?:PermissionDenied|Unauthenticated)",
    ),
    (
        "NOT_FOUND",
        r"not found|does not exist|doesn.?t exist|can.?t find|cannot find|could not find|can not find|unable to find|ResourceNotFound|ParameterNotFound|InvalidParameters|invalid (?:ssm )?parameters\b|manifest unknown|name unknown|no such image|check (?:whether|that|if) the (?:image|secret|parameter|log group|repository)[^.]* exists?|RepositoryNotFound|ImageNotFound|marked for deletion|scheduled for deletion|code = NotFound",
    ),
    (
        "SECRET_SHAPE",
        r"json key|ValidationException|version ?stage|VersionStage|staging label|version id|VersionId|Unexpected character|invalid json|unmarshal|invalid arn|arn is not valid|malformed",
    ),
    (
        "DISK",
        r"no space left on device|failed to extract layer[^\n]{0,160}write /|disk ?(?:is )?full|thin pool|free data blocks|Filesystem verification failed|not enough (?:disk )?space|insufficient (?:disk|storage)|write /var/lib/docker",
    ),
    (
        "RATE",
        r"toomanyrequests|too many requests|rate ?limit|pull rate|\b429\b|ThrottlingException|Rate exceeded",
    ),
    (
        "PLATFORM",
        r"no matching manifest|exec format error|descriptor matching platform|descriptor for platform|no supported platform|image is incompatible with a [0-9.]+ host|based image is incompatible|image operating system [^\n]{0,60}cannot be used|no match for platform|platform[^\n]{0,40}not found in (?:the )?manifest|does not match the (?:specified|detected) (?:host )?platform|image'?s? platform|manifest list entries|image (?:with reference [^ ]+ )?was found but does not match|unsupported (?:os|architecture|platform)|CpuArchitecture",
    ),
];

/// Looks a vocabulary entry up by name.
pub fn lookup(name: &str) -> Option<&'static str> {
    VOCAB.iter().find(|(n, _)| *n == name).map(|(_, re)| *re)
}
