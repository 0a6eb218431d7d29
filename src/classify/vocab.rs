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
        r"\basm\b|secrets ?manager|secretsmanager|GetSecretValue|secret with arn|the secret\b|:secret:|secrets store objects",
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
    // Also the words of the services that decrypt with KMS for the agent: Secrets Manager's
    // DecryptionFailure ("can't decrypt the protected secret text using the provided KMS key"),
    // and KMS's own answer to SSM for a SecureString ("The ciphertext refers to a customer master
    // key that does not exist, … or you are not allowed to access").
    (
        "KMS",
        r"\bkms\b|kms:|KMS key|KMS\w*Exception|KMS\.|\bcmk\b|DecryptionFailure|customer master key|ciphertext refers to",
    ),
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
        r"kubelet|Failed to pull image|ErrImagePull|ImagePullBackOff|Back-off pulling image|failed to pull and unpack image|CrashLoopBackOff|credential provider plugin|ecr-credential-provider|pod sandbox|FailedCreatePodSandBox|ErrImageNeverPull|InvalidImageName|because the registry is unavailable",
    ),
    // The runtime could not run the container's command. runc (libcontainer/standard_init_linux.go,
    // exec.LookPath) prints Go's os/exec `exec: "NAME": executable file not found in $PATH`;
    // crun (src/libcrun/utils.c) `executable file `NAME` not found in $PATH`; podman wraps these
    // as define.ErrOCIRuntimeNotFound / ErrOCIRuntimePermissionDenied (libpod/define/errors.go:
    // "OCI runtime attempted to invoke a command that was not found", in v3 "OCI not found",
    // "OCI permission denied"). A Windows container's command that is not in the image: hcsshim's
    // "container %s encountered an error during hcs::System::CreateProcess: failure in a Windows
    // system call: The system cannot find the file specified. (0x2)" (internal/hcs/errors.go).
    (
        "CONTAINER_EXEC",
        r#"executable file not found|executable file `[^`\n]{1,200}` not found|OCI runtime attempted to invoke a command that was not found|\bOCI (?:not found|permission denied)\b|starting container process|OCI runtime (?:create|exec|start)|exec: "|exec user process caused|unable to start container process|permission denied: unknown|No command specified|DockerStateError[^\n]{0,200}?(?:not found|does not exist)|error during hcs(?:shim)?::System::CreateProcess|failure in a Windows system call: The system cannot find the (?:file|path) specified"#,
    ),
    // ---- Kubernetes (EKS): where each wording is defined is in NOTES-k8s.md -------------------
    // The kubelet's prober (pkg/kubelet/prober/prober.go: "%s probe failed: %s", "%s probe
    // errored: %v"; pkg/probe/http: "HTTP probe failed with statuscode: %d") and the restart it
    // causes (pkg/kubelet/kuberuntime/kuberuntime_manager.go: "Container %s failed %s probe, will
    // be restarted").
    (
        "K8S_PROBE",
        r"(?:Liveness|Readiness|Startup) probe (?:failed|errored)|failed (?:liveness|readiness|startup) probe|HTTP probe failed with statuscode|probe failed with statuscode",
    ),
    // The kubelet's eviction manager (pkg/kubelet/eviction/helpers.go): nodeLowMessageFmt with a
    // storage signal, nodeConditionMessageFmt with DiskPressure, the container and pod ephemeral
    // storage limits and the emptyDir limit; and the taint the node lifecycle controller sets
    // from the same condition (`node.kubernetes.io/disk-pressure`), which keeps new pods off the
    // node: the scheduler's "had untolerated taint {node.kubernetes.io/disk-pressure: }" is that
    // node's full disk, not a want of CPU or memory.
    (
        "K8S_EVICT_DISK",
        r"low on resource: (?:ephemeral-storage|nodefs|imagefs|inodes)|exceeded its local ephemeral storage limit|ephemeral local storage usage exceeds|Usage of EmptyDir volume|node had condition: \[DiskPressure\]|has larger consumption of ephemeral-storage|node\.kubernetes\.io/disk-pressure",
    ),
    (
        "K8S_EVICT_MEMORY",
        r"low on resource: memory|node had condition: \[MemoryPressure\]",
    ),
    // The scheduler's FitError (pkg/scheduler/framework/types.go: "0/%v nodes are available: %v.";
    // before 1.10 pkg/scheduler/core/generic_scheduler.go's "No nodes are available that match all
    // of the following predicates:: %v.", the predicates' names with their counts)
    // and its plugins' reasons (pkg/scheduler/framework/plugins/*): noderesources "Insufficient %v"
    // and "Too many pods", tainttoleration, nodeaffinity, nodeunschedulable, nodeports,
    // volumebinding, volumezone, nodevolumelimits, interpodaffinity, podtopologyspread; the
    // preemption summary; the event reason FailedScheduling.
    // The kubelet's admission of a pod the scheduler placed (pkg/kubelet/lifecycle/predicate.go:
    // "Node didn't have enough resource: %s, requested: %d, used: %d, capacity: %d" with reason
    // OutOf<resource>, "Predicate %s failed" before 1.19, "Node didn't satisfy plugin(s): %v",
    // in the pod's status as "Pod was rejected: …") is the same want of room on a node; so is
    // the cluster autoscaler's refusal to add one (cluster-autoscaler's eventing scale-up
    // processor: reason NotTriggerScaleUp, "pod didn't trigger scale-up: %s": a node group at its
    // maximum, in backoff after a failed scale-up, or no group whose nodes would fit the pod).
    // The kubelet's admission of a critical pod that found nothing to evict for it
    // (pkg/kubelet/preemption/preemption.go: "no set of running pods found to reclaim resources:
    // %v") and Kueue's admission of a job to a ClusterQueue (pkg/scheduler/flavorassigner:
    // "couldn't assign flavors to pod set %s: %s", "resource %s unavailable in ClusterQueue",
    // "insufficient quota for %s in flavor %s", "insufficient unused quota …") are the same want
    // of room, the second in a queue's quota.
    (
        "K8S_SCHEDULER",
        r#"pod didn.t trigger scale-up|NotTriggerScaleUp|\d+/\d+ nodes are available|No nodes are available that match all of the (?:following )?predicates|FailedScheduling|node\(s\) (?:had untolerated taint|had taints? |didn.t match (?:Pod.s node affinity|pod affinity|pod anti-affinity|pod topology)|were unschedulable|didn.t have free ports|had volume node affinity conflict|didn.t find available persistent volumes|had no available volume zone|exceed max volume count)|that the pod didn.t tolerate|\b\d+ Insufficient (?:cpu|memory|pods|ephemeral-storage|hugepages|[a-z0-9.-]+\.[a-z]+/[a-z0-9.-]+)\b|\bToo many pods\b|Preemption is not helpful for scheduling|No preemption victims found|pod has unbound immediate PersistentVolumeClaims|Node didn.t have enough resource: |Pod was rejected: |Predicate \w+ failed|Node didn.t satisfy plugin|no set of running pods found to reclaim resources|couldn.t assign flavors to pod set|unavailable in ClusterQueue|insufficient (?:unused )?quota for \S+ in flavor"#,
    ),
    // Karpenter's provisioner and launch errors (kubernetes-sigs/karpenter pkg/controllers/
    // provisioning/scheduling, aws/karpenter-provider-aws pkg/providers/instance, pkg/errors).
    // Its launch wrapper (nodeclaim/lifecycle/launch.go "launching nodeclaim, %w", the AWS
    // provider's "creating instance, %w" around CreateFleet's "with fleet error(s), …"): no node
    // came up for the pending pods, whatever EC2 answered (capacity, a limit, the controller's
    // own permissions), so they wait for room.
    (
        "KARPENTER",
        r"(?:Could not|Failed to) schedule pod,|incompatible with (?:nodepool|provisioner) |no instance type (?:satisfied resources|met the scheduling requirements|met the requirements|which had enough resources|has enough resources)|all available instance types exceed limits|all requested instance types were unavailable|InsufficientInstanceCapacity|UnfulfillableCapacity|MaxSpotInstanceCountExceeded|creating instance, insufficient capacity|launching nodeclaim,|creating instance, with fleet error",
    ),
    // The AWS VPC CNI (aws/amazon-vpc-cni-k8s): the CNI plugin's ADD errors
    // (cmd/routed-eni-cni-plugin/cni.go), ipamd's datastore and EC2 allocation errors
    // (pkg/ipamd/datastore/data_store.go, pkg/ipamd/ipamd.go, pkg/awsutils/awsutils.go), and the
    // ipamd's gRPC address as the plugin dials it (cni.go: "127.0.0.1:50051", since 2026 the
    // socket /var/run/aws-node/ipamd.sock): a refused dial there is ipamd (aws-node) not running;
    // the CRI's wrapper of any CNI failure (containerd internal/cri/server/sandbox_run.go "failed to
    // setup network for sandbox %q"; dockershim's "NetworkPlugin cni failed to set up pod").
    (
        "VPC_CNI",
        r#"failed to assign an IP address to container|no available IP/Prefix addresses|Error received from AddNetwork gRPC call|127\.0\.0\.1:50051|/var/run/aws-node/(?:ipamd|npa)\.sock|failed to connect to backend server|plugin type="aws-cni"|failed to set ?up network for sandbox|failed to set up sandbox container "[^"]*" network|NetworkPlugin cni failed|cni plugin not initialized|NetworkPluginNotReady|network plugin is not ready"#,
    ),
    // The kubelet resolving a pod's env and volume references (pkg/kubelet/kubelet_pods.go:
    // "couldn't find key %v in Secret %v/%v"; the API server's NotFound: `secret "x" not found`,
    // `secrets "x" not found`).
    (
        "K8S_SECRET_REF",
        r#"couldn.t find key \S+ in Secret\b|\bsecrets? "[^"]+" not found"#,
    ),
    // The same for a ConfigMap ("couldn't find key %v in ConfigMap %v/%v"; `configmap "x" not
    // found` from the kubelet's configmap manager, `configmaps "x" not found` from the API
    // server): plain configuration, not a secret.
    (
        "K8S_CONFIGMAP_REF",
        r#"couldn.t find key \S+ in ConfigMap\b|\bconfigmaps? "[^"]+" not found"#,
    ),
    // ---- symptoms -------------------------------------------------------------------------
    (
        "DNS",
        r"no such host|server misbehaving|lookup [^\s]+ on [0-9a-f.:\[\]]+:53|could not resolve|temporary failure in name resolution|name resolution|Failed to resolve .?fs-|dial (?:tcp|udp): lookup|\bdns\b",
    ),
    (
        "NET_HARD",
        r"i/o timeout|timed? ?out|timeout|request canceled|context deadline exceeded|context canceled|connection (?:issue|refused|reset|timed out|closed)|network connection|check (?:your |the )?(?:task )?network configuration|dial tcp|tls handshake|no route to host|network is unreachable|awaiting headers|connect: |unexpected EOF|code = DeadlineExceeded|because the registry is unavailable|RegistryUnavailable",
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
        r"API error \(404\)|not found|does not exist|doesn.?t exist|can.?t find|cannot find|could not find|can not find|unable to find|ResourceNotFound|ParameterNotFound|InvalidParameters|invalid (?:ssm )?parameters\b|manifest unknown|name unknown|no such image|blob unknown|unknown blob|not known to registry|check (?:whether|that|if) the (?:image|secret|parameter|log group|repository)[^.]* exists?|RepositoryNotFound|ImageNotFound|marked for deletion|scheduled for deletion|code = NotFound",
    ),
    (
        "SECRET_SHAPE",
        r"json key|ValidationException|version ?stage|VersionStage|staging label|version id|VersionId|Unexpected character|invalid json|unmarshal|invalid arn|arn is not valid|malformed",
    ),
    (
        "DISK",
        r"no space left on device|failed to extract layer[^\n]{0,160}write /|disk ?(?:is )?full|thin pool|free data blocks|Filesystem verification failed|not enough (?:disk )?space|insufficient (?:disk|storage)|write /var/lib/docker|disk quota exceeded",
    ),
    (
        "RATE",
        r"toomanyrequests|too many requests|rate ?limit|pull rate|\b429\b|ThrottlingException|Rate exceeded",
    ),
    // Also a Windows image for another Windows build than the host's: HCS's 0xc0370101, "The
    // container operating system does not match the host operating system." (older hosts: "The
    // operating system of the container does not match the operating system of the host.").
    // containers/image (CRI-O, Podman, Buildah, skopeo) choosing from an image index: "no image
    // found in manifest list for architecture %q, variant %q, OS %q" (internal/manifest/list.go;
    // "image index" in its OCI form).
    (
        "PLATFORM",
        r"no matching manifest|exec format error|descriptor matching platform|descriptor for platform|no supported platform|image is incompatible with a [0-9.]+ host|based image is incompatible|image operating system [^\n]{0,60}cannot be used|no match for platform|platform[^\n]{0,40}not found in (?:the )?manifest|does not match the (?:specified|detected) (?:host )?platform|image'?s? platform|manifest list entries|image (?:with reference [^ ]+ )?was found but does not match|unsupported (?:os|architecture|platform)|CpuArchitecture|container operating system does not match the host operating system|operating system of the container does not match the operating system of the host|0xc0370101|no image found in (?:manifest list|image index) for architecture",
    ),
    // Words that make a denial one of an image pull (a registry, its repositories, manifests and
    // layers): `pull.denied` needs one, and an AWS SDK's own 403 without one is the container's
    // call (`aws.sdk_call_denied`).
    (
        "PULL_SUBJECT",
        r"pull|image|registr|manifest|\becr\b|docker|repositor|layer",
    ),
    // The container's memory limit was too low for the runtime to even start it: runc
    // (libcontainer/process_linux.go: "container init was OOM-killed (memory limit too low?)",
    // "%w (possibly OOM-killed)"); the cgroup v1 limit write refused with EBUSY because the
    // usage is already above it (opencontainers/cgroups fs/memory.go setMemory: "unable to set
    // memory limit to %d (current usage: %d, peak usage: %d)"; before it, the bare write error
    // "failed to write N to memory.limit_in_bytes: … device or resource busy"); crun
    // (src/libcrun/container.c: "OOM: the memory limit could be too low"). Before runc 1.0.0-rc94
    // the same kill said only "read init-p: connection reset by peer" (runc 5d0ffbf9c and
    // 38b2dd391, "report OOM": that message is what a memory limit too tight gave).
    (
        "MEMORY_TOO_LOW",
        r"container init was OOM-killed|read init-p: connection reset by peer|\(possibly OOM-killed\)|the memory limit could be too low|unable to set memory limit to \d+|memory\.(?:memsw\.)?limit_in_bytes[^\n]{0,200}?device or resource busy",
    ),
    // An image whose manifest format the runtime no longer pulls, or that is not a container
    // image at all: moby (daemon/internal/distribution/errors.go: "Docker Image Format v1 and
    // Docker Image manifest version 2, schema 1 support has been removed." — "… is disabled by
    // default …" in v26–v27; "unsupported media type %s"; invalidManifestClassError "Encountered
    // remote %q(%s) when fetching"), containerd (core/images/image.go: "media-type: schema 1 not
    // supported"; core/remotes/docker/resolver.go: "media type %q is no longer supported since
    // containerd v2.0"), and the schema 1 media type itself (containerd core/images/mediatypes.go
    // MediaTypeDockerSchema1Manifest, "application/vnd.docker.distribution.manifest.v1+prettyjws"),
    // which other clients name when they refuse it.
    (
        "IMAGE_FORMAT",
        r#"manifest version 2, schema 1|schema 1 (?:support|not supported|images?\b|manifests?\b)|distribution\.manifest\.v1\+(?:pretty)?jws|unsupported media ?type:? "?application/|is no longer supported since containerd|Encountered remote "[^"\n]{1,200}"\([^)\n]{0,40}\) when fetching"#,
    ),
    // TLS with the registry failed before any answer: Go's crypto/x509 (verify.go:
    // UnknownAuthorityError "x509: certificate signed by unknown authority", HostnameError
    // "x509: certificate is valid for %s, not %s", CertificateInvalidError "x509: certificate has
    // expired or is not yet valid"), crypto/tls "tls: failed to verify certificate", and
    // net/http's "http: server gave HTTP response to HTTPS client" (a plain-HTTP registry).
    (
        "REGISTRY_TLS",
        r"x509: |tls: failed to verify certificate|server gave HTTP response to HTTPS client",
    ),
];

/// Looks a vocabulary entry up by name.
pub fn lookup(name: &str) -> Option<&'static str> {
    VOCAB.iter().find(|(n, _)| *n == name).map(|(_, re)| *re)
}
