//! The message families: the data of the classifier, one entry per shape of error message.
//!
//! Order matters: the list is read top to bottom and the **first** family whose patterns all match
//! wins, so specific shapes (a denial *of Secrets Manager*) come before generic ones (any timeout),
//! and the catch-alls (a bare `CannotPullContainerError`) come last. A family's position is also its
//! specificity when a task's several reasons compete (see `classify_task`).
//!
//! Patterns are case-insensitive regexes matched anywhere in the text; `@NAME` stands for an entry
//! of the shared vocabulary (`vocab.rs`). Candidates are cause ids of `crate::catalogue`, most likely
//! first, at most five.

use super::{shapes, Service, Symptom};
use crate::catalogue::id;

/// One shape of error message.
#[derive(Debug)]
pub struct Family {
    /// Stable slug, for tests and logs.
    pub id: &'static str,
    /// Human name of the failure family, shown to people.
    pub name: &'static str,
    /// The AWS service the message concerns; `None` = detect it from the text.
    pub service: Option<Service>,
    pub symptom: Symptom,
    /// Every pattern must match.
    pub all: &'static [&'static str],
    /// No pattern may match.
    pub none: &'static [&'static str],
    /// Candidate cause ids, most likely first.
    pub candidates: &'static [&'static str],
}

// Ambiguous network shapes: their candidate order is data in `shapes.rs`, with its source.
const NET_AWS: &[&str] = shapes::AWS_UNREACHABLE.candidates;
const NET_SECRETS: &[&str] = shapes::SECRETS_UNREACHABLE.candidates;
const NET_ECR: &[&str] = shapes::ECR_UNREACHABLE.candidates;
const NET_ECR_API: &[&str] = shapes::ECR_API_UNREACHABLE.candidates;
const NET_PUBLIC: &[&str] = shapes::PUBLIC_REGISTRY_UNREACHABLE.candidates;
const NET_S3: &[&str] = shapes::S3_LAYER_UNREACHABLE.candidates;
const DNS: &[&str] = shapes::NAME_UNRESOLVED.candidates;
const ECR_DENIED: &[&str] = shapes::ECR_DENIED.candidates;
/// A denial of a secret or parameter: a wrong name (the policy names the right ARN, the task a
/// wrong one) reads exactly like a missing permission, so it comes second (`shapes.rs`).
const SECRETS_DENIED: &[&str] = shapes::SECRETS_DENIED.candidates;
const SECRETS_NOT_FOUND: &[&str] = &[
    id::SECRET_NOT_FOUND,
    id::IAM_EXEC_ROLE_SECRETS,
    id::IAM_EXEC_ROLE_KMS,
];

macro_rules! family {
    ($id:literal, $name:literal, $service:expr, $symptom:ident, all: $all:expr, none: $none:expr, $cands:expr $(,)?) => {
        Family {
            id: $id,
            name: $name,
            service: $service,
            symptom: Symptom::$symptom,
            all: &$all,
            none: &$none,
            candidates: $cands,
        }
    };
}

use Service::*;

/// A request ECS refused (its API's exceptions and validation wordings), read by
/// `task.validation` and `ecs.request_refused` alike; what the two families leave to others
/// (`ECS_REFUSAL_NOT`): a denial, a role not assumed, a network failure, something missing, a
/// secret, the execution role.
const ECS_REFUSAL: &str = "ClientException|InvalidParameterException|PlatformTaskDefinitionIncompatibility|PlatformUnknownException|UnsupportedFeatureException|when calling the (?:RegisterTaskDefinition|RunTask|CreateService|UpdateService|StartTask) operation|Failed to register task definition|should not be null or empty|can ?not be blank|must be at most \\d+|length must be|must be provided when|is not valid for the given|cannot depend on container|dependsOn|No Fargate configuration exists|Invalid (?:CPU|memory)(?: or memory)? (?:value|configuration|size|specified)|Invalid '(?:cpu|memory)'|firelensConfiguration|log configuration specified|Unsupported operating system|not supported (?:on|by|with|for) (?:Fargate|the|this|tasks)|is not supported|Load balancer container name or port changed in task definition|\\bonly supports? (?:network|launch|the|log|platform)|does not support (?:launch|network|the|\\w+Mode)|Max(?:imum)? allowed (?:length|size|value)|does not refer to any named";
const ECS_REFUSAL_NOT: [&str; 6] = [
    "@DENIED",
    "unable to assume|could not assume|cannot assume",
    "@NET_HARD",
    "does not exist|not found|cannot be found|no container instances? (?:were )?found",
    "secret|parameter store",
    "execution ?role",
];

/// What `task.validation` leaves to `ecs.request_refused` besides `ECS_REFUSAL_NOT`: a refusal
/// that names a service's own parameter (CreateService's serviceRegistries, a Cloud Map
/// registration's record type) is the service's setting, even when it names the network mode
/// it clashes with.
const TASK_VALIDATION_NOT: [&str; ECS_REFUSAL_NOT.len() + 1] = {
    // Every entry of ECS_REFUSAL_NOT, whatever it grows to, then the service's own parameter.
    let mut out = ["serviceRegistries|type '?(?:A|SRV)'? DNS record"; ECS_REFUSAL_NOT.len() + 1];
    let mut i = 0;
    while i < ECS_REFUSAL_NOT.len() {
        out[i] = ECS_REFUSAL_NOT[i];
        i += 1;
    }
    out
};

/// What a task definition holds, by the names RegisterTaskDefinition and ContainerDefinition give
/// their parameters (ECS API reference), the launch type or platform a task definition must fit,
/// and the task definition itself (`task.validation`); not a `TaskDefinitionArn` key, which a
/// wrapper's record carries whatever was refused.
const TASK_DEFINITION_SUBJECT: &str = r"task ?definitions?(?:[^a-z]|$)|\bcontainer|Fargate|networkMode|awsvpc|\b(?:cpu|memory|memoryReservation|family|essential|entryPoint|command|environment(?:Files)?|ulimits?|linuxParameters|healthCheck|dependsOn|hostname|ipcMode|pidMode|volumes?|mountPoints?|portMappings?|(?:host|container) ?port|log ?(?:driver|configuration|groups?)|awslogs-\w+|firelens\w*|runtimePlatform|operating system|ephemeralStorage|requiresCompatibilities|launch ?type|platform ?version|placementConstraints|taskRoleArn|tags?)\b|launch_type|at the task level|in task\b";

/// The error codes AWS SDKs retry as throttling, and AWS's message for them.
const AWS_THROTTLED: &str = r"ThrottlingException|ThrottledException|RequestThrottled(?:Exception)?|\bThrottling\b|TooManyRequestsException|ProvisionedThroughputExceededException|RequestLimitExceeded|Request limit exceeded|BandwidthLimitExceeded|EC2ThrottledException|(?-i:\bSlowDown\b)|\bRate exceeded|Too many concurrent attempts|operations are being throttled|ECS_OPERATION_THROTTLED|SERVICE_DISCOVERY_OPERATION_THROTTLED";

/// An image pull or the registry login before it, by the agent's and the runtime's words and
/// the ECR calls and hosts on that path. A registry's own throttling answer counts as one: the
/// OCI distribution spec's TOOMANYREQUESTS code and HTTP 429 (ECR Public words it with AWS's
/// "Rate exceeded").
const IMAGE_PULL: &str = r"\btoomanyrequests\b|too many requests|\b429\b|public\.ecr\.aws|CannotPull(?:ECR)?Container|pull(?:ing)? (?:the )?image|image pull|BatchGetImage|GetDownloadUrlForLayer|GetAuthorizationToken|ecr registry auth|\.dkr\.ecr\.|\bapi\.ecr\.|docker\.io|registry-1\.";

/// Every family, most specific first.
pub static FAMILIES: &[Family] = &[
    // ---- Kubernetes (EKS) texts whose wording names the failure outright ------------------------
    // Defined by the kubelet, the scheduler, Karpenter and the AWS VPC CNI (NOTES-k8s.md names the
    // source file of each). They come first because their own words (a probe's "connection
    // refused", a scheduler's "volume", an ipamd gRPC "connection refused") would otherwise read
    // as the network or volume failures of the families below.
    // A failing probe is the container's own health check; an OOM kill beside it is the cause.
    family!("k8s.probe", "Kubernetes probe failed (container health check)", None, Health,
        all: ["@K8S_PROBE"], none: ["OOMKilled|OutOfMemory"],
        &[id::HEALTH_CONTAINER, id::HEALTH_ELB, id::CONTAINER_EXIT]),
    // The kubelet's lifecycle hooks (pkg/kubelet/lifecycle/handlers.go: "Exec lifecycle hook (%v)
    // for Container %q in Pod %q failed - error: %v, message: %q" and its HTTP twin; kuberuntime's
    // PostStartHookError; the events FailedPostStartHook and FailedPreStopHook): the container's
    // own hook command failed, and the kubelet killed the container for it. Before CodeDeploy's
    // lifecycle-hook family, whose words it shares.
    family!("k8s.lifecycle_hook", "A container's postStart or preStop hook failed", None, Crash,
        all: ["(?:Exec|HTTP) lifecycle hook \\(|PostStartHookError|FailedPostStartHook|FailedPreStopHook"], none: [],
        &[id::CONTAINER_COMMAND, id::CONTAINER_EXIT]),
    // The Job controller's conditions (pkg/controller/job/job_controller.go): BackoffLimitExceeded,
    // "Job has reached the specified backoff limit" (its pods kept failing: their exits say why),
    // and DeadlineExceeded, "Job was active longer than specified deadline".
    family!("k8s.job_backoff", "The Job's pods kept failing until its backoffLimit was reached", None, Crash,
        all: ["Job has reached the specified backoff limit|\\bBackoffLimitExceeded\\b"], none: [],
        &[id::CONTAINER_EXIT, id::CONTAINER_OOM, id::CONTAINER_COMMAND]),
    family!("k8s.job_deadline", "The Job ran longer than its activeDeadlineSeconds and was stopped", None, Other,
        all: ["Job was active longer than specified deadline"], none: [],
        &["other", id::CONTAINER_EXIT]),
    // The kubelet's device manager admitting a pod the scheduler placed (pkg/kubelet/cm/
    // devicemanager/manager.go: "requested number of devices unavailable for %s. Requested: %d,
    // Available: %d, which is unexpected", an UnexpectedAdmissionError): no free GPU or other
    // device on the node.
    family!("k8s.device_unavailable", "The node had no free device (GPU) of the kind the pod requests", None, Capacity,
        all: ["requested number of devices unavailable for"], none: [],
        &[id::CAPACITY_PLACEMENT, id::TASK_CONFIG]),
    // The Deployment controller gave up waiting (pkg/controller/deployment/util/
    // deployment_util.go: ProgressDeadlineExceeded, "%s %q has timed out progressing.", and
    // MinimumReplicasUnavailable, "Deployment does not have minimum availability."): the new
    // pods never became ready, as a circuit breaker's "tasks failed to start" says — a crash, a
    // readiness probe, an image, or no room. Its words name no network: before the timeouts.
    family!("k8s.rollout_stalled", "The Deployment's new pods never became ready (its progress deadline passed)", None, Crash,
        all: ["has timed out progressing|ProgressDeadlineExceeded|Deployment does not have minimum availability|MinimumReplicasUnavailable"], none: [],
        &[id::CONTAINER_EXIT, id::HEALTH_CONTAINER, id::IMAGE_NOT_FOUND, id::CAPACITY_PLACEMENT]),
    // The runtime could not create the container (the kubelet's ErrCreateContainer,
    // "CreateContainerError", around the runtime's own words: a spec it cannot generate, a mount
    // it cannot make, a name still reserved): the pod's spec against the node, read by its inner
    // text when that names more.
    family!("k8s.create_container", "The container runtime could not create the container", None, Config,
        all: ["\\bCreateContainerError\\b"], none: [],
        &[id::TASK_CONFIG, id::CONTAINER_COMMAND, "other"]),
    family!("k8s.eviction_disk", "The node ran low on disk (ephemeral storage): the pod was evicted or kept off it", None, DiskFull,
        all: ["@K8S_EVICT_DISK"], none: [],
        &[id::STORAGE_EPHEMERAL, id::CAPACITY_PLACEMENT]),
    family!("k8s.eviction_memory", "Pod evicted: the node ran low on memory", None, Crash,
        all: ["@K8S_EVICT_MEMORY"], none: [],
        &[id::CONTAINER_OOM, id::CAPACITY_PLACEMENT]),
    // The EKS Fargate scheduler's refusal of what Fargate cannot run ("Pod not supported on
    // Fargate: invalid SecurityContext fields: Privileged", "fields not supported: HostNetwork,
    // port contains HostIP or HostPort", "volumes not supported: … is of an unsupported volume
    // Type"; the EKS user guide's Fargate considerations list the same): the pod's spec, as a
    // task definition invalid for its launch type. Before the scheduler's family (the refusal is a
    // FailedScheduling event) and the NotFound family (a missing claim's "not found").
    // Its refusal of a pod larger than any Fargate size (the condition reason
    // POD_CPU_MEM_EXCEEDS_MAX_FARGATE_SIZE, "Your pod's cpu/memory requirements exceed the max
    // Fargate configuration"; the user guide's Fargate pod configuration) is the same: the spec's
    // requests, as a task size Fargate does not offer.
    family!("k8s.fargate_unsupported", "EKS Fargate cannot run the pod as specified (privileged, host network or port, a volume type Fargate lacks, or a size above the largest)", None, Config,
        all: ["Pod not supported on Fargate|POD_CPU_MEM_EXCEEDS_MAX_FARGATE_SIZE|requirements exceed the max Fargate configuration"], none: [],
        &[id::TASK_CONFIG, "other"]),
    // The scheduler kept the pod off every node for its volumes alone: the volumebinding plugin
    // (pkg/scheduler/framework/plugins/volumebinding: "pod has unbound immediate
    // PersistentVolumeClaims", "node(s) had volume node affinity conflict", "node(s) didn't find
    // available persistent volumes to bind", "node(s) did not have enough free storage",
    // "node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)"), volumezone
    // ("node(s) had no available volume zone"), nodevolumelimits ("node(s) exceed max volume
    // count"), volumerestrictions ("node(s) had no available disk"), and the predicates before
    // 1.19 (NoVolumeZoneConflict, NoDiskConflict, CheckVolumeBinding, Max*VolumeCount). A claim
    // no volume can satisfy (no StorageClass or provisioner, an EBS volume in another zone) is
    // no want of CPU or memory: the claim's events say which, as for a volume that cannot mount.
    // A resource reason beside them ("Insufficient cpu") leaves the want of room first.
    // The EFS CSI driver's controller could not create the access point a dynamically
    // provisioned volume needs (aws-efs-csi-driver pkg/driver/controller.go: "Failed to create
    // Access point in File System %v : %v"; pkg/cloud: "Failed to create access point: %v"),
    // whatever the inner error: its IAM role (IRSA or Pod Identity), the file system's policy or
    // its access point limit. The EFS volume, before the denial and role families its inner
    // words would reach.
    family!("efs.csi_access_point", "The EFS CSI driver could not create the volume's access point", Some(Efs), Other,
        all: ["Failed to create (?:Access|access) point"], none: [],
        &[id::VOLUME_EFS, "other"]),
    family!("k8s.volume_scheduling", "The pod's volumes keep it off every node (a claim not bound, a volume in another zone, or a volume limit)", None, Other,
        all: ["pod has unbound (?:immediate )?PersistentVolumeClaims|volume node affinity conflict|didn.t find available persistent volumes|did not have enough free storage|bound to non-existent pv|had no available volume zone|exceed max volume count|had no available disk|NoVolumeZoneConflict|NoDiskConflict|CheckVolumeBinding|Max\\w*VolumeCount"], none: ["Insufficient |Too many pods"],
        &["other", id::VOLUME_EFS, id::CAPACITY_PLACEMENT]),
    // "0/3 nodes are available: …": nothing could place the pod. On EKS "Too many pods" is the
    // node's max-pods, which the VPC CNI derives from the instance's ENI and IP limits.
    family!("k8s.scheduling", "Pod could not be scheduled on any node", None, Capacity,
        all: ["@K8S_SCHEDULER"], none: [],
        &[id::CAPACITY_PLACEMENT, id::ENI_CAPACITY, id::TASK_CONFIG]),
    family!("k8s.karpenter", "Karpenter could not launch a node for the pod", None, Capacity,
        all: ["@KARPENTER"], none: [],
        &[id::CAPACITY_PLACEMENT, id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    // The pod's network could not be set up: the VPC CNI had no IP to give (subnet or ENI limits)
    // or its ipamd was not running on the node.
    family!("k8s.cni", "Pod network could not be set up (CNI, no IP address)", Some(Ec2), Capacity,
        all: ["@VPC_CNI"], none: [],
        &[id::ENI_CAPACITY, id::CAPACITY_PLACEMENT, id::INFRA_SPOT_OR_HOST]),
    // The kubelet could not read a Secret the pod's imagePullSecrets names (pkg/kubelet/
    // kubelet_pods.go getPullSecretsForPod: "Unable to retrieve some image pull secrets (%s);
    // attempting to pull the image may not succeed.", event FailedToRetrieveImagePullSecret): it
    // pulls without those credentials, so a private registry refuses the pull. The credentials the
    // pull needed are missing (ECS's repositoryCredentials counterpart); the Secret's name or
    // namespace is the likeliest slip.
    family!("k8s.pull_secret_missing", "An image pull secret the pod names does not exist: the pull goes without registry credentials", None, Denied,
        all: ["Unable to retrieve some image pull secrets|FailedToRetrieveImagePullSecret"], none: [],
        &[id::REGISTRY_AUTH, id::SECRET_NOT_FOUND, id::IMAGE_NOT_FOUND]),
    // A Kubernetes Secret (or ConfigMap) or a key the pod references does not exist.
    // A ConfigMap is plain configuration: no cause of the catalogue (ECS has no counterpart
    // object; a file of settings or the task definition itself holds it), the secret second.
    family!("k8s.configmap_ref", "Referenced Kubernetes ConfigMap or key does not exist", None, NotFound,
        all: ["@K8S_CONFIGMAP_REF"], none: [],
        &["other", id::SECRET_NOT_FOUND, id::TASK_CONFIG]),
    // The External Secrets Operator's provider found no such secret (its NoSecretError, "Secret
    // does not exist", in the ExternalSecret's SecretSyncedError: "error retrieving secret at
    // .data[%d], key: %s, err: %w"): the secret store lacks the path, the counterpart of a
    // task's valueFrom naming a secret that is gone.
    family!("eso.secret_missing", "The secret an ExternalSecret names does not exist in its store", None, NotFound,
        all: ["\\bSecret does not exist\\b"], none: [],
        SECRETS_NOT_FOUND),
    family!("k8s.secret_ref", "Referenced Kubernetes secret or key does not exist", None, NotFound,
        all: ["@K8S_SECRET_REF"], none: [],
        &[id::SECRET_NOT_FOUND, id::IAM_EXEC_ROLE_SECRETS]),
    // The kubelet's reasons for a container it could not create (pkg/kubelet/kuberuntime:
    // ErrCreateContainerConfig "CreateContainerConfigError", raised while building the
    // container's configuration: its environment from a Secret or ConfigMap key, its volume
    // mounts, or the security context's verification, "container has runAsNonRoot and image will
    // run as root"). Bare, the reference the kubelet could not resolve is likeliest; a named
    // Secret or key is read above; the security context's refusal names itself, a setting of the
    // pod's spec (the task definition's counterpart).
    family!("k8s.run_as_non_root", "The pod requires a non-root user and the image runs as root", None, Config,
        all: ["container has runAsNonRoot and image (?:will run as root|has non-numeric user)"], none: [],
        &[id::TASK_CONFIG, "other"]),
    // Pod Security admission refuses a pod whose spec breaks the namespace's enforced level
    // (kubernetes/pod-security-admission admission/admission.go: "violates PodSecurity %q: %s",
    // the level and the checks' ForbiddenDetail, e.g. "allowPrivilegeEscalation != false");
    // a controller repeats it in its FailedCreate event ("Error creating: pods \"…\" is
    // forbidden: violates PodSecurity …"). The pod's own settings, not the account: before the
    // API server's Forbidden, which reads as a denial.
    // The policies before and beside it refuse the same way: PodSecurityPolicy (plugin/pkg/
    // admission/security/podsecuritypolicy, removed in 1.25: "unable to validate against any pod
    // security policy: […]") and OpenShift's SecurityContextConstraints ("unable to validate
    // against any security context constraint: […]").
    // The API server's RBAC refusal (k8s.io/apiserver's authorization filter,
    // responsewriters.ForbiddenStatusError: `%s is forbidden: User %q cannot %s resource %q in
    // API group %q …`, before 1.14 `… cannot %s %s at the cluster scope`), in whatever client
    // printed it: a service account or user without the Role it needs. No cause of the
    // catalogue; never an image pull, whatever "manifest" or 403 the client's words hold.
    family!("k8s.rbac_forbidden", "A Kubernetes user or service account lacks the RBAC permission for the call", None, Denied,
        all: ["is forbidden: User \\\\*\"[^\"\\\\]+\\\\*\" cannot \\w+"], none: [],
        &["other", id::TASK_CONFIG]),
    // The API server's validation of an object's spec (apimachinery's field.Error types, as
    // NewInvalid prints them: `%s %q is invalid: spec.containers[0].image: Required value`,
    // "Invalid value", "Unsupported value", "Duplicate value", "Forbidden", "Too long", "Too
    // many", "Not found" for a name the spec refers to, such as a volume mount's): the pod's (or its controller's template's) spec, the task definition's counterpart.
    family!("k8s.spec_invalid", "The API server refused the pod's spec (a field missing or invalid)", None, Config,
        all: ["\\bspec\\.[\\w.\\[\\]\"=-]*: (?:Required value|Invalid value|Unsupported value|Duplicate value|Forbidden|Too long|Too many|Not found)\\b"], none: [],
        &[id::TASK_CONFIG, "other"]),
    family!("k8s.pod_security", "A pod security policy refused the pod: its security settings break what the namespace allows", None, Config,
        all: ["violates PodSecurity|unable to validate against any (?:pod security policy|security context constraint)"], none: [],
        &[id::TASK_CONFIG, "other"]),
    // The namespace's admission plugins refuse a pod's resources before it exists. ResourceQuota
    // (plugin/pkg/admission/resourcequota/controller.go): "exceeded quota: %s, requested: %s,
    // used: %s, limited: %s" is the namespace's quota used up (room, as an account's quota is);
    // "failed quota: %s: must specify %s" is a pod that declares no request or limit the quota
    // counts (its spec). LimitRanger (plugin/pkg/admission/limitranger/admission.go): "maximum
    // %s usage per %s is %s, but limit is %s", "minimum … but request is …", "… max limit to
    // request ratio per …": the pod's own request or limit outside the namespace's range.
    // Before the memory families, whose word "memory" the values carry.
    family!("k8s.quota_exceeded", "The namespace's ResourceQuota is used up: the pod's requests do not fit", None, Capacity,
        all: ["exceeded quota: "], none: [],
        &[id::CAPACITY_PLACEMENT, id::TASK_CONFIG]),
    family!("k8s.resource_policy", "The pod's resource requests or limits break the namespace's ResourceQuota or LimitRange", None, Config,
        all: ["(?i:failed quota): \\S+: must specify|(?:maximum|minimum) \\S+ usage per (?:Container|Pod|PersistentVolumeClaim) is|max limit to request ratio per"], none: [],
        &[id::TASK_CONFIG, id::CAPACITY_PLACEMENT]),
    // An admission webhook the API server could not call (k8s.io/apiserver's ErrCallingWebhook,
    // "failed calling webhook %q: …", around "failed to call webhook: Post …: no endpoints
    // available for service …" or a refused connection): the webhook's own service is down or
    // unreachable from the control plane, not the pod's network nor a registry. No cause of the
    // catalogue; before the network families, whose words its inner error carries.
    // The AWS Load Balancer Controller could not build an Ingress's or a Service's load
    // balancer (kubernetes-sigs/aws-load-balancer-controller: the FailedBuildModel event "Failed
    // build model due to %v" around pkg/ingress's "couldn't auto-discover subnets" and
    // pkg/networking/subnet_resolver.go's "unable to resolve at least one subnet"): no subnet
    // carries the kubernetes.io/role/elb (or internal-elb) tag, or they are tagged for another
    // cluster or out of addresses. The pods are not at fault; no cause of the catalogue.
    family!("k8s.lb_subnets", "The AWS Load Balancer Controller found no subnet for the load balancer (subnet role tags)", Some(Ec2), Config,
        all: ["couldn.t auto-discover subnets|unable to resolve at least one subnet"], none: [],
        &["other", id::TASK_CONFIG]),
    family!("k8s.admission_webhook", "An admission webhook the API server must call was unavailable", None, Config,
        all: ["failed calling webhook"], none: [],
        &["other", id::TASK_CONFIG]),
    family!("k8s.container_config", "Kubernetes could not build the container's configuration", None, Config,
        all: ["CreateContainerConfigError"], none: [],
        &[id::SECRET_NOT_FOUND, id::TASK_CONFIG, "other"]),
    // The API server's NotFound for an object that is neither a Secret, a ConfigMap nor an image
    // (apimachinery's NewNotFound: `%s %q not found` with the resource's plural, e.g.
    // `serviceaccounts "web" not found`, `persistentvolumeclaims "data" not found`,
    // `storageclasses.storage.k8s.io "gp3" not found`; the service-account admission plugin's
    // `serviceaccount "web" not found`). A name in the pod's spec that the cluster lacks: no
    // cause of the catalogue, and never an image (whose family reads any "not found"). Only the
    // A kind or API version the cluster does not serve (apimachinery's NoKindMatchError "no
    // matches for kind %q in version %q", Helm's "resource mapping not found for name", the
    // API server's bare NotFound "the server could not find the requested resource" of an API
    // it stopped serving) is the same: a chart or client out of step with the cluster.
    // plural resource names the API server prints (and the RBAC kinds with their group), so that
    // an ECS tool's `service "web" not found` or a role's stays with the ECS families.
    family!("k8s.object_missing", "A Kubernetes object the pod names does not exist", None, NotFound,
        all: ["no matches for kind \"[^\"]+\" in version|the server could not find the requested resource|resource mapping not found for name|\\bserviceaccounts? \"[^\"]+\" not found|\\b(?:persistentvolumeclaims|persistentvolumes|namespaces|storageclasses(?:\\.storage\\.k8s\\.io)?|priorityclasses(?:\\.scheduling\\.k8s\\.io)?|runtimeclasses(?:\\.node\\.k8s\\.io)?|ingressclasses(?:\\.networking\\.k8s\\.io)?|(?:cluster)?role(?:binding)?s\\.rbac\\.authorization\\.k8s\\.io) \"[^\"]+\" not found"], none: [],
        &["other", id::TASK_CONFIG]),
    // The kubelet's volume operations (pkg/volume/util/operationexecutor/operation_generator.go:
    // "MountVolume.SetUp failed for volume %q", "MountVolume.MountDevice failed", "AttachVolume.
    // Attach failed", "Multi-Attach error for volume"; the volume manager's "Unable to attach or
    // mount volumes: unmounted volumes=…"; kuberuntime's "failed to prepare subPath for
    // volumeMount", and a path under the pod's own volumes directory that a mount named) and its
    // events (FailedMount, FailedAttachVolume): the pod's volume, whatever deadline or denial the
    // driver returned, never an image pull or the network. The persistent-volume controller's
    // events say the same of a claim (pv_controller.go: "failed to provision volume with
    // StorageClass %q: %v", "waiting for a volume to be created, either by external provisioner
    // %q or manually created by system administrator": no provisioner, or one without its IAM
    // permissions). An EFS volume is read by the EFS families below; a Secret or ConfigMap above; a
    // Secrets Store CSI volume by what its provider says of the secret.
    family!("k8s.volume", "A Kubernetes volume could not be attached or mounted", None, Other,
        all: ["(?:MountVolume|MapVolume)\\.\\w+(?: initialization)? failed for volume|AttachVolume\\.Attach failed for volume|failed to provision volume with StorageClass|waiting for a volume to be created, either by external provisioner|Multi-Attach error for volume|Unable to (?:attach or mount|mount) volumes|FailedAttachVolume|FailedMount\\b|failed to prepare subPath for volumeMount|/var/lib/kubelet/pods/\\S+/volumes/"], none: ["\\befs\\b|\\bfs-[0-9a-f]{8}|EFS", "secrets[- ]store|SecretProviderClass"],
        &["other", id::VOLUME_EFS, id::TASK_CONFIG]),
    // pkg/kubelet/images/image_manager.go: imagePullPolicy Never and the image is not on the node.
    family!("kubelet.never_pull", "Image not on the node and its pull policy is Never", None, NotFound,
        all: ["is not present with pull policy of Never|ErrImageNeverPull"], none: [],
        &[id::IMAGE_NOT_FOUND, id::TASK_CONFIG]),
    // The agent's own pause container image (`shapes.rs`: AGENT_PAUSE_IMAGE): bundled with the
    // agent, never the task's image, so before every pull family.
    family!("agent.pause_image", "The agent's pause container image is missing", None, NotFound,
        all: ["amazon-ecs-pause|~internal~ecs~pause"], none: ["veth|\\bCNI\\b|netns"],
        shapes::AGENT_PAUSE_IMAGE.candidates),
    // ---- image content, disk, throttling: unambiguous wherever they appear ----------------------
    // ENOEXEC, strerror "exec format error": execve(2) refuses a file that "is not in a recognized
    // format, is for the wrong architecture, or has some other format error". runc prints it as
    // `exec PATH: exec format error` (internal/linux/linux.go Exec) or, before 1.1, `exec user
    // process caused: exec format error`. Another architecture first; then the command itself, a
    // script without an interpreter line (`#!`) or a file that is no executable.
    family!("exec.format", "The container's program cannot be executed on this host (exec format error)", None, Platform,
        all: ["exec format error"], none: [],
        &[id::IMAGE_PLATFORM_MISMATCH, id::CONTAINER_COMMAND, id::CONTAINER_EXIT]),
    family!("image.platform", "Image built for another platform", None, Platform,
        all: ["@PLATFORM"], none: [],
        &[id::IMAGE_PLATFORM_MISMATCH, id::IMAGE_NOT_FOUND, id::TASK_CONFIG]),
    // The tag names an image the runtime will not pull: a schema 1 manifest (removed from moby
    // and containerd) or an artifact that is no container image (vocab IMAGE_FORMAT). The image
    // exists, so the reference is what to change (another tag, an image pushed again); a
    // manifest list without the task's platform reads alike.
    family!("image.format", "The image is in a format the runtime no longer pulls (schema 1, not a container image)", None, NotFound,
        all: ["@IMAGE_FORMAT"], none: [],
        &[id::IMAGE_NOT_FOUND, id::IMAGE_PLATFORM_MISMATCH, id::TASK_CONFIG]),
    // The image in the registry is broken, not the host or the network (containerd's own
    // checks, core/remotes/handlers.go, core/unpack/unpacker.go and the CRI's image service):
    // "unable to fetch descriptor (%s) which reports content size of zero" (a blob pushed
    // empty), "wrong diff id %q calculated on extraction" (a layer whose content is not the one
    // the image's config names), "mismatched image rootfs and manifest layers". Pushing the
    // image again (or pinning one that was pushed whole) is the fix. Before the layer-write
    // family, whose "failed to extract layer" it shares.
    family!("image.corrupt", "The image in the registry is broken (an empty blob, or layers that do not match its config)", None, NotFound,
        all: ["which reports content size of zero|wrong diff id [^\\n]{0,200}calculated on extraction|mismatched image rootfs and manifest layers"], none: [],
        &["other", id::IMAGE_NOT_FOUND, id::INFRA_SPOT_OR_HOST]),
    // The registry's authentication could not even be attempted with what the runtime has
    // (containerd core/remotes/docker/authorizer.go and auth/fetch.go: "failed to handle basic
    // auth because missing username or secret", "failed to find supported auth scheme",
    // "authorization server did not include a token in the response"): the credentials or the
    // registry's token service, not a missing image. Its inner errors carry no network words.
    // ECR's answer to a login token past its 12 hours ("Your authorization token has expired.
    // Reauthenticate and try again.", the ECR user guide's Docker errors) is the same: the
    // credentials the pull used, which only a new login replaces.
    family!("registry.auth_unusable", "The registry's authentication failed: no usable credentials or token", None, Denied,
        all: ["missing username or secret|failed to find supported auth scheme|authorization server did not include a token|authorization token has expired"], none: [],
        &[id::REGISTRY_AUTH, id::IAM_EXEC_ROLE_SECRETS, id::IMAGE_NOT_FOUND]),
    // A registry that answered with a server error (containerd's "unexpected status code %s: %s"
    // and "unexpected status from %s request to %s: %s", moby's "received unexpected HTTP status:
    // %s") on an image pull: the registry's side, not AWS's host, when the registry is not ECR
    // (an ECR 5xx stays with the host family below, as ECS's own InternalError does).
    family!("registry.server_error", "The image registry answered with a server error (5xx)", None, Infrastructure,
        all: ["(?:unexpected status(?: code| from \\w+ request to)? \\S+|received unexpected HTTP status): 5\\d\\d", "CannotPull|pull(?:ing)? (?:the )?image|failed to (?:copy|resolve|pull)|httpReadSeeker|/v2/"], none: ["\\.dkr\\.ecr\\.|public\\.ecr\\.aws"],
        &["other", id::INFRA_SPOT_OR_HOST, id::NETWORK_NO_ROUTE]),
    family!("storage.disk_full", "Out of disk space while pulling or creating the container", None, DiskFull,
        all: ["@DISK"], none: [],
        &[id::STORAGE_EPHEMERAL, id::IMAGE_NOT_FOUND]),
    // A downloaded layer could not be applied to the host's storage: moby registers a layer only
    // after its download was verified against its digest (daemon/internal/distribution/
    // xfer/download.go: "failed to register layer: %v"; in v20.10 pkg/chrootarchive applied the
    // tar: "ApplyLayer %s stdout: %s stderr: %s", "Error processing tar file(%v): %s"), containerd
    // extracts from its local content store (core/unpack/unpacker.go, pkg/rootfs/apply.go:
    // "failed to extract layer …"; client/image.go unpacks after the fetch: "failed to unpack image
    // on snapshotter %s"). No network is on that path whatever the inner words: the
    // host's disk first (its space, its overlay state), then the host itself, then a layer that
    // was pushed broken.
    family!("pull.register_layer", "A pulled image layer could not be written to the host's storage", None, DiskFull,
        all: ["failed to register layer|failed to extract layer|failed to unpack image|ApplyLayer exit status|Error processing tar file"], none: [],
        &[id::STORAGE_EPHEMERAL, id::INFRA_SPOT_OR_HOST, id::IMAGE_NOT_FOUND]),
    // AWS rejected the credentials a call was signed with, before asking whether they may do it:
    // the common errors of every AWS API reference (IncompleteSignature, InvalidClientTokenId,
    // MissingAuthenticationToken, RequestExpired, ExpiredTokenException "The security token
    // included in the request is expired"), the JSON protocol's UnrecognizedClientException "…
    // is invalid" and InvalidSignatureException "Signature expired: … is now earlier than …", S3's
    // SignatureDoesNotMatch, RequestTimeTooSkewed and ExpiredToken's "The provided token has
    // expired", STS's RegionDisabledException (a bare "ExpiredToken" names no AWS). No policy
    // grant fixes these: the session expired or was revoked (a role deleted and re-created), the
    // host's clock is off by more than 15 minutes (an EC2 container instance), or STS is not
    // activated in the Region. Another registry's own "ExpiredToken" is its credentials'.
    family!("aws.credentials_rejected", "AWS rejected the credentials the call was signed with (expired, invalid, or a skewed clock)", None, Denied,
        all: ["UnrecognizedClientException|InvalidClientTokenId|security token included in the request is (?:invalid|expired)|ExpiredTokenException|The provided token has expired|IncompleteSignature|MissingAuthenticationToken|RequestExpired|Signature expired|SignatureDoesNotMatch|RequestTimeTooSkewed|InvalidSignatureException|RegionDisabledException|STS is not activated in this region"], none: ["@DOCKER_HUB|ghcr\\.io|quay\\.io|gcr\\.io|pkg\\.dev|azurecr\\.io"],
        &["other", id::INFRA_SPOT_OR_HOST, id::IAM_EXEC_ROLE_TRUST]),
    // An AWS API that throttled the call (ECS's own, or Secrets Manager, SSM, ECR's API, CloudWatch
    // Logs called by the agent): the error codes every AWS SDK classifies as throttling
    // (aws-sdk-js-v3 service-error-classification THROTTLING_ERROR_CODES, the same list as
    // aws-sdk-go's request/retryer.go and botocore's retry handlers) and their shared message
    // "Rate exceeded". Read before a registry's rate limit, which answers HTTP 429 or
    // `toomanyrequests`; a throttled pull or registry login (ECR's API throttling the agent's
    // GetAuthorizationToken or BatchGetImage) stays the registry's: `registry.rate_limit` is a
    // registry that throttled the pull. Not the task's configuration: too many calls at once
    // (tasks starting together, a deploy tool polling), retried by ECS and the SDKs.
    family!("ecs.api_throttled", "AWS API throttled the request", None, RateLimit,
        all: [AWS_THROTTLED], none: [IMAGE_PULL],
        &["other", id::INFRA_SPOT_OR_HOST]),
    family!("registry.rate_limit", "Public registry rate limit", Some(DockerHub), RateLimit,
        all: ["@RATE"], none: [],
        &[id::REGISTRY_RATE_LIMIT, id::REGISTRY_AUTH, id::NETWORK_NO_ROUTE]),
    // A host port another container or process already holds (bridge or host network mode with
    // a static hostPort): moby's port allocator "Bind for %s failed: port is already allocated"
    // (libnetwork/portallocator), the daemon's "driver failed programming external connectivity
    // on endpoint %s (%s): %v" around it, and the userland proxy's "Error starting userland
    // proxy: listen tcp4 %s: bind: address already in use". The scheduler reserves the ports of
    // the tasks it places, so a port held outside ECS comes second to a static port.
    family!("host.port_in_use", "A host port the container maps is already in use", None, Config,
        all: ["port is already allocated|driver failed programming external connectivity|userland proxy[^\\n]{0,80}address already in use"], none: [],
        &[id::CAPACITY_PLACEMENT, id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    // A GPU the task asks for is not on the host or the host has no NVIDIA runtime: the agent's
    // "task gpu %s not found in host gpus" and "could not associate multiple containers to GPU
    // %s" (agent/api/task), moby's "could not select device driver %q with capabilities: %v"
    // (daemon/devices.go), nvidia-container-cli's "initialization error: nvml error: driver not
    // loaded". GPU tasks need the ECS GPU-optimized AMI (resourceRequirements GPU on EC2 only).
    family!("task.gpu", "A GPU the task asks for is not available on the host", None, Config,
        all: ["not found in host gpus|could not associate multiple containers to GPU|could not select device driver[^\\n]{0,40}capabilities: \\[\\[gpu\\]\\]|nvidia-container-cli: initialization error"], none: [],
        &[id::TASK_CONFIG, id::CAPACITY_PLACEMENT, id::INFRA_SPOT_OR_HOST]),
    // A FireLens task definition the agent cannot set up (agent/taskresource/firelens and
    // agent/api/task): the log router container missing ("there's no firelens container",
    // "firelens container config doesn't exist"), an output option it requires ("missing output
    // key %s which is required for firelens configuration of type %s"), an invalid type, or bridge
    // mode without the bridge IP it needs ("Bridge IP not available to use for firelens"). Before
    // logs.firelens, which reads the router not running; a HostConfigError is agent.host_config's.
    family!("logs.firelens_config", "FireLens configuration invalid", None, Config,
        all: ["firelens", "no firelens container|firelens container config doesn.t exist|required for firelens configuration|invalid firelens configuration|Bridge IP not available|unable to generate config to create firelens|unable to apply log options of container"], none: ["HostConfigError"],
        &[id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    // The agent's check of an SSM parameter reference ("the provided SSM parameter:%s is in an
    // invalid format", agent/taskresource/ssmsecret): the task definition's valueFrom.
    family!("secrets.ssm_reference", "SSM parameter reference malformed", Some(Ssm), NotFound,
        all: ["SSM parameter[^\\n]{0,200}invalid format"], none: [],
        &[id::SECRET_NOT_FOUND, id::TASK_CONFIG, id::IAM_EXEC_ROLE_SECRETS]),
    // The memory limit was too low for the runtime to start the container at all (vocab
    // MEMORY_TOO_LOW: runc's init OOM-killed, the cgroup limit below the usage, crun's "memory
    // limit could be too low"). Before `container.init` and `container.exec`, whose "unable to
    // start container process" heads these texts: the container's memory first (the task
    // definition's `memory`/`memoryReservation`), then a host out of memory; the command never ran.
    family!("container.memory_limit", "The container's memory limit is too low for it to start", None, Crash,
        all: ["@MEMORY_TOO_LOW"], none: [],
        &[id::CONTAINER_OOM, id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    // The task definition's `user` names a user the image does not have (or the image has no
    // /etc/passwd to look it up in): a setting to change before it is the command's fault.
    family!("task.user", "The task definition's user is not in the image", None, Config,
        all: ["/etc/(?:passwd|group)\\b|unable to find (?:user|group)|no matching entries in (?:passwd|group) file|no users found"], none: [],
        &[id::TASK_CONFIG, id::CONTAINER_COMMAND]),
    // The runtime failed setting the container up before its command ran: a mount, a device
    // node, runc's init (`shapes.rs`: CONTAINER_INIT_FAILED); runc's other init-time settings
    // (libcontainer/init_linux.go: "chdir to cwd (%q) set in config.json failed" — the
    // workingDirectory; "error setting rlimit type %v" — the ulimits; libcontainer/process_linux.go:
    // "unable to apply cgroup configuration", "error setting cgroup config for procHooks process" —
    // the task's cpu and memory as cgroup limits; apparmor.go: "unable to apply apparmor profile";
    // a systemControls sysctl the host's kernel does not have: "open /proc/sys/…: no such file").
    // Before `container.exec`, whose
    // "OCI runtime create" also heads these texts; a text that names the command is still its.
    family!("container.init", "Container could not be set up (mount or device)", None, Config,
        all: ["error mounting \"|error creating device nodes|\\bmknod\\b|container init exited prematurely|error during container init[^\\n]{0,40}(?:mount|device)|rootfs_linux|chdir to cwd|error setting rlimit|unable to apply cgroup configuration|error setting cgroup config|unable to apply apparmor profile|open /proc/sys/\\S+: no such file"],
        none: ["@EFS", "executable file not found|exec: \"|exec format error"],
        shapes::CONTAINER_INIT_FAILED.candidates),
    // runc's exec path, not its create or start: containerd and Docker word a failed `exec` into
    // a running container as "OCI runtime exec failed: …", and Docker's HEALTHCHECK — the ECS
    // container health check — runs its command that way (as do ECS Exec and exec probes, whose
    // own families come first). The container itself started; the health check's command could
    // not run in it (a curl or wget the image lacks, a CMD-SHELL with no shell).
    family!("health.exec_failed", "A command run inside the running container (its health check) could not start", None, Health,
        all: ["OCI runtime exec failed"], none: [],
        &[id::HEALTH_CONTAINER, id::CONTAINER_COMMAND, "other"]),
    family!("container.exec", "Container command cannot be executed", None, Crash,
        all: ["@CONTAINER_EXEC"], none: [],
        &[id::CONTAINER_COMMAND, id::IMAGE_PLATFORM_MISMATCH, id::CONTAINER_EXIT]),
    // A shell inside the container could not find a command (exit status 127,
    // `shapes.rs`: EXITED_COMMAND_NOT_FOUND): bash's "NAME: command not found" (execute_cmd.c)
    // and its exec builtin's "exec: NAME: not found" (builtins/exec.def, sh_notfound); dash's
    // "sh: 1: NAME: not found" (exec.c). A program the image lacks, not an image the registry
    // lacks: before `image.not_found`, whose "not found" it shares. The candidates of that exit
    // code, without the OOM kill (no signal) — a health check command the image lacks last.
    family!("shell.not_found", "A command run by the container's shell was not found", None, Crash,
        all: [": command not found|\\bexec: [^\\s:\"]+: not found|\\b(?:ba|da)?sh: (?:line )?\\d+: [^\\s:]+: not found|: line \\d+: [^\\s:]+: not found"], none: [],
        &[id::CONTAINER_COMMAND, id::CONTAINER_EXIT, id::IMAGE_PLATFORM_MISMATCH, id::HEALTH_CONTAINER]),
    family!("infra.docker_network", "The host's container runtime network is broken", None, Infrastructure,
        all: ["network bridge|docker0|bridge[^\\n]{0,40}(?:not found|missing)|failed to create endpoint [^\\n]* on network"], none: [],
        &[id::INFRA_SPOT_OR_HOST, id::ENI_CAPACITY, id::TASK_CONFIG]),
    // EFS: the file system's name did not resolve, the NFS connection timed out or was reset, or
    // the mount failed otherwise (`shapes.rs`: EFS_UNRESOLVED, EFS_UNREACHABLE, EFS_MOUNT_FAILED).
    family!("efs.dns", "EFS file system name did not resolve", Some(Efs), Dns,
        all: ["@EFS", "@DNS"], none: [],
        shapes::EFS_UNRESOLVED.candidates),
    family!("efs.network", "EFS mount target unreachable (network)", Some(Efs), Timeout,
        all: ["@EFS", "@NET_HARD"], none: ["@DENIED"],
        shapes::EFS_UNREACHABLE.candidates),
    family!("efs.mount", "EFS volume could not be mounted", Some(Efs), Other,
        all: ["@EFS"], none: [],
        shapes::EFS_MOUNT_FAILED.candidates),
    // Amazon EBS volumes that ECS creates and attaches for a task (`configuredAtLaunch`), in the
    // words of the ECS Developer Guide's "Troubleshooting Amazon EBS volume attachments"
    // (troubleshoot-ebs-volumes-scenarios.html): "ECS was unable to assume the configured ECS
    // Infrastructure Role '%s'. Please verify that the role being passed has the proper trust
    // relationship with Amazon ECS" (also CreateService's InvalidParameterException when a new
    // role has not propagated), "ECS failed to set up the EBS volume. Encountered
    // IdempotentParameterMismatch" (a KMS key the role may not use), "ECS timed out while
    // configuring the EBS volume attachment to your Task" (a filesystemType that does not match
    // the snapshot or the OS); and the API's "ECS managed EBS volume configuration was invalid
    // for volume '%s'. Encountered '%s' error from AmazonEC2" and "no matching configuredAtLaunch
    // volume found". The infrastructure role is not the execution role: before `iam.assume`,
    // and before the network families that read "timed out". The catalogue has no id of its
    // own for the role: `other` first, then the volume's configuration.
    family!("ebs.infrastructure_role", "ECS could not use its infrastructure role (EBS volumes, Express services)", Some(Iam), Denied,
        all: ["Infrastructure ?Role"], none: [],
        &["other", id::TASK_CONFIG]),
    family!("ebs.volume", "The task's Amazon EBS volume could not be created or attached", None, Config,
        all: ["EBS volume|managed ?EBS|AmazonElasticBlockStorage|configuredAtLaunch"], none: [],
        &[id::TASK_CONFIG, "other"]),
    // A bind mount whose source is not on the host (moby volume/mounts: "invalid mount config for
    // type \"bind\": bind source path does not exist: %s"): on EC2 a host volume's sourcePath the
    // instance lacks, a setting of the task definition; not an EFS volume. The agent's own
    // CannotCreateVolumeError (Fargate's volumes, catalogue CV1) stays `volume.create`'s. The
    // daemon creating a missing source itself and failing ("error while creating mount source
    // path '%s': %v", moby daemon/volumes_unix.go: a read-only host root such as Bottlerocket's,
    // or a path it may not write) is the same host path.
    family!("volume.bind_source", "A bind mount's host path does not exist or cannot be created", None, Config,
        all: ["bind source path does not exist|invalid mount config for type \"bind\"|error while creating mount source path"], none: ["CannotCreateVolumeError"],
        &[id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    family!("volume.create", "Volume could not be created", None, Other,
        all: ["CannotCreateVolumeError|CannotInspectVolumeError|create volume|mount (?:target|volume)|bind source path|VolumeDriver\\.|volume[- ]plugin"], none: [],
        &[id::VOLUME_EFS, id::TASK_CONFIG]),
    // ---- API validation and ECS's own roles: the request was refused before any task ran ---------
    // Placed before the resource families: "ClientException: Log driver awslogs option
    // 'awslogs-group' should not be null" is a task definition to fix, not a log group to create.
    // A request that never left the client: Go's net/http Transport refuses a URL without an
    // http(s) scheme or host before it dials (net/http/transport.go, roundTrip: "unsupported
    // protocol scheme", "http: no Host in request URL"), so no route, security group or endpoint
    // was involved however the SDK words the retry around it ("request send failed"). The URL
    // is built by the agent from its Region and endpoint settings: its own fault (`other`), an
    // endpoint or Region the task definition set wrongly, or the host's agent.
    // TLS with a registry (or an AWS endpoint) failed before any answer (vocab REGISTRY_TLS:
    // Go's crypto/x509 and net/http wordings): a certificate the host does not trust (a private
    // CA, a TLS-inspecting proxy), a name it was not issued for, an expired one or a host clock
    // off, or a registry that speaks plain HTTP. No route, security group or endpoint of the
    // catalogue is involved and none of its causes is this one: `other`, named.
    family!("registry.tls", "TLS with the registry failed (certificate not trusted, or plain HTTP)", None, Config,
        all: ["@REGISTRY_TLS"], none: [],
        &["other"]),
    family!("request.bad_url", "The request URL was malformed; nothing was sent", None, Config,
        all: ["unsupported protocol schem|no Host in request URL"], none: [],
        &["other", id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    // Service Connect settings ECS refuses: the ECS API model's NamespaceNotFoundException ("The
    // specified namespace wasn't found": the Cloud Map namespace is missing or in another
    // Region), and the ingress port override below 1024 ("IngressPortOverride cannot use ports
    // <= 1024", as CreateService returns it).
    family!("service_connect.config", "The service's Service Connect configuration is invalid", None, Config,
        all: ["IngressPortOverride|NamespaceNotFoundException|specified namespace wasn'?t found"], none: [],
        &[id::TASK_CONFIG, "other"]),
    // The ECS API's own exceptions, by their names in the API reference (the SDKs' error types:
    // ClusterNotFoundException "The specified cluster wasn't found ... clusters are Region
    // specific", ServiceNotFoundException, ServiceNotActiveException, TaskSetNotFoundException,
    // NamespaceNotFoundException, TargetNotFoundException) and the Failure reasons of
    // api_failures_messages.html (`MISSING` for a cluster, service or task): the request named
    // something that is not there — a name, cluster or Region the caller got wrong, or a service
    // deleted since. No cause of the catalogue; the family's name says it. Before
    // `task.validation`, whose "when calling the RunTask operation" they share.
    family!("ecs.api_not_found", "The request names an ECS cluster, service or task set that does not exist (name, cluster or Region)", None, NotFound,
        all: ["(?:Cluster|Service|TaskSet|Namespace|Target)NotFoundException|ServiceNotActiveException|specified (?:cluster|service|task set|namespace) (?:wasn.t|was not|is not|isn.t) (?:found|active)|\\b(?:Cluster|Service) not found\\b|Service was not ACTIVE|:(?:cluster|service)/\\S+ is MISSING\\b"], none: [],
        &["other", id::TASK_CONFIG]),
    // AWS Batch stops a job attempt that outlives its timeout (JobTimeout.attemptDurationSeconds:
    // "After this time passes, AWS Batch terminates your jobs if they aren't finished") with the
    // status reason "Job attempt duration exceeded timeout": the job's own run time, not a
    // network path. Before the timeout families, whose word it shares.
    family!("batch.attempt_timeout", "The job ran longer than its timeout (attemptDurationSeconds) and AWS Batch stopped it", None, Other,
        all: ["Job attempt duration exceeded timeout"], none: [],
        &["other", id::CONTAINER_EXIT]),
    // AWS Batch's reasons for a RUNNABLE job that blocks its queue (the API reference's
    // JobDetail.statusReason; the user guide's job_stuck_in_runnable pages). The codes are the
    // contract: the sentence after " - " varies, and a jobStateTimeLimitActions cancel repeats
    // only the code ("Canceled by JobStateTimeLimit action due to reason: …"). A job no compute
    // environment can run — more vCPU, memory or GPU than any allowed instance type offers, or
    // more than maxvCpus — is a placement that will never succeed; EC2 without capacity for the
    // allowed instance types is a placement that may later. A service role without permissions
    // or an INVALID compute environment is Batch's own setup: no cause of the catalogue.
    family!("batch.job_requirement", "No compute environment of the job queue can run the job: its vCPU, memory or GPU exceed the allowed instance types or maxvCpus", None, Capacity,
        all: ["MISCONFIGURATION:(?:JOB_RESOURCE_REQUIREMENT|COMPUTE_ENVIRONMENT_MAX_RESOURCE)"], none: [],
        &[id::CAPACITY_PLACEMENT, id::TASK_CONFIG]),
    family!("batch.insufficient_capacity", "EC2 could not supply the instance types the job's compute environments allow", None, Capacity,
        all: ["CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY"], none: [],
        &[id::CAPACITY_PLACEMENT, id::INFRA_SPOT_OR_HOST]),
    family!("batch.environment_broken", "The job queue's compute environments are INVALID, or AWS Batch's service role lacks permissions", None, Config,
        all: ["MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS|CE\\(s\\) associated with the job queue are invalid"], none: [],
        &["other", id::CAPACITY_PLACEMENT]),
    // ECS managed tags on a service's tasks need the account's long ARN format (the
    // taskLongArnFormat account setting, "Task long arn format must be enabled for launching
    // service tasks with ECS managed tags"): a setting to change, as for the task definition.
    // A resource ECS will not remove while something still uses it: the API reference's
    // ResourceInUseException ("The specified resource is in-use and can't be removed"), as a
    // capacity provider still referenced by a service's tasks says it ("The specified capacity
    // provider is in use and cannot be removed", typically a stack deleted before its services
    // drained). No task failed; before the placement family, whose "capacity provider" it shares.
    // Service events of the ECS Developer Guide's list (service-event-messages-list.html) that no
    // task's text says: "IAM permissions policies have been misconfigured or changed, and ECS can
    // no longer maintain your service" and "IAM trust relationship has been misconfigured or
    // changed, …" (ECS's own role for the service: its service-linked role or the service's
    // roleArn, not the execution role, whose family reads "trust relationship" below); a
    // container instance whose agent never started ("Timed out waiting for Amazon ECS Agent to
    // start. Please check logs at /var/log/ecs/ecs-agent.log": the instance never registered,
    // read as no instance is); a target group or target gone under the service ("… is not healthy
    // in target-group … due to TARGET GROUP IS NOT FOUND", "TARGET IS NOT FOUND").
    family!("ecs.service_role_broken", "ECS's own role for the service is missing permissions or trust", Some(Iam), Denied,
        all: ["ECS can no longer maintain your service"], none: [],
        &["other", id::TASK_CONFIG]),
    // A container instance's own health checks (InstanceHealthCheckResult.type in the API
    // reference; the `ECS Container Instance Health Change` event, whose reason the Lambda and
    // the CLI write as "CHECK IMPAIRED (statusReason)"): the host's container runtime, a GPU
    // (an NVIDIA Xid code such as XID_46, "GPU stopped processing") or the agent's connection
    // failed, not the task. A DAEMON check is a daemon task on the instance that failed: its
    // own task's reason says why. Before the placement and health-check families, whose words
    // (a capacity provider, "unhealthy") it shares.
    family!("ecs.instance_impaired", "A container instance is impaired: its container runtime, a GPU or its agent's connection failed", None, Infrastructure,
        all: ["\\b(?:CONTAINER_RUNTIME|ACCELERATED_COMPUTE|AGENT_CONNECTIVITY) IMPAIRED\\b"], none: [],
        &[id::INFRA_SPOT_OR_HOST]),
    family!("ecs.instance_daemon_failed", "A required daemon task on a container instance failed", None, Health,
        all: ["\\bDAEMON IMPAIRED\\b"], none: [],
        &[id::INFRA_SPOT_OR_HOST, id::HEALTH_CONTAINER, id::CONTAINER_EXIT]),
    // ecs-init supervising the agent on a container instance (amazon-ecs-agent
    // ecs-init/engine/engine.go): "ECS Agent failed to start, retrying in %s", "agent exited
    // with terminal exit code", and its engine errors "could not create docker client", "could
    // not check Docker for Agent image presence", "could not load Amazon Elastic Container
    // Service Agent (from cache|into Docker)", "could not start Agent", "could not remove
    // existing Agent container"; the agent's own TaskEngine line "Unable to connect to docker
    // daemon . Ensure docker is running". The host's Docker or its set-up (a daemon.json
    // runtime, moved storage, a socket the agent cannot reach), no task's cause: the catalogue
    // has none for a host, so `other` first; an instance that never registers leaves tasks
    // unplaced.
    family!("ecs.agent_host", "The ECS agent on a container instance cannot start or reach Docker: the host's Docker or its set-up", None, Infrastructure,
        all: ["ECS Agent failed to start, retrying|agent exited with terminal exit code|could not (?:create docker client|check Docker for Agent image presence|load Amazon Elastic Container Service Agent|start Agent|remove existing Agent container)|Unable to connect to docker daemon ?\\. Ensure docker is running"], none: [],
        &["other", id::INFRA_SPOT_OR_HOST, id::CAPACITY_PLACEMENT]),
    family!("ecs.agent_not_started", "The ECS agent on a container instance never started", None, Capacity,
        all: ["Timed out waiting for (?:the )?Amazon ECS Agent to start"], none: [],
        &[id::CAPACITY_PLACEMENT, id::NETWORK_NO_PUBLIC_IP, id::NETWORK_NO_ROUTE, id::NETWORK_ENDPOINT_MISSING]),
    // ELBv2's RegisterTargets refusal as a service event quotes it ("(service x) failed to
    // register targets in (target-group …) with (error The following targets are not in a
    // running state and can not be registered: 'i-…')"): the instance the task ran on is stopping
    // or gone, not a health check.
    family!("elb.target_not_running", "The load balancer refused a target whose instance is not running", None, Infrastructure,
        all: ["not in a running state and can ?not be registered"], none: [],
        &[id::INFRA_SPOT_OR_HOST, id::CAPACITY_PLACEMENT]),
    // The service's informational events (the ECS Developer Guide's service event list): targets
    // registered or deregistered, tasks started or stopped, connections drained. Nothing failed;
    // a paste that also holds a failure is read by the failure's own words.
    family!("ecs.service_info", "An informational service event: nothing failed", None, Expected,
        all: ["\\(service [^)]+\\) (?:(?:de)?registered \\d+ targets? in|has started \\d+ tasks?|has stopped \\d+ running tasks?|has begun draining connections)"],
        none: ["unhealthy|fail|unable|error|denied|not authorized|insufficient|is missing"],
        &[id::EXPECTED_STOP]),
    family!("elb.target_group_missing", "The service's target group (or its target) no longer exists", None, Health,
        all: ["TARGET GROUP IS NOT FOUND|TARGET IS NOT FOUND"], none: [],
        &["other", id::HEALTH_ELB]),
    family!("ecs.resource_in_use", "ECS will not remove a resource that is still in use", None, Config,
        all: ["ResourceInUseException|is in[- ]use and (?:cannot|can'?t) be (?:removed|deleted)"], none: [],
        &["other"]),
    // An account setting, like the service's own role below, is not the task definition
    // (CAUSES.md: `task.config` is a task definition invalid for where it runs): `other` first.
    family!("ecs.long_arn_format", "ECS managed tags need the long ARN format account setting", None, Config,
        all: ["long arn format must be enabled|taskLongArnFormat"], none: [],
        &["other", id::TASK_CONFIG]),
    // ServerException ("These errors are usually caused by a server issue", the API reference)
    // and its throttled retries: ECS itself failed the call, whatever operation it was.
    family!("ecs.api_server_error", "The ECS API failed on its side (ServerException)", None, Infrastructure,
        all: ["\\bServerException\\b"], none: [],
        &[id::INFRA_SPOT_OR_HOST, "other"]),
    // The ECS agent's registration of its instance refused (agent/app/agent.go "Unable to
    // register as a container instance with ECS", its older "Error registering container
    // instance"; "unable to register container instance" before a terminal exit): with an
    // AccessDenied it is the container instance role's own permission
    // (ecs:RegisterContainerInstance, granted with the ECR pulls by
    // AmazonEC2ContainerServiceforEC2Role), whatever else the error quotes.
    family!("ecs.agent_register_denied", "The container instance role may not register the instance with the cluster", None, Denied,
        all: ["Unable to register as a container instance|Error registering container instance|unable to register container instance", "AccessDenied"], none: [],
        &[id::IAM_INSTANCE_ROLE, "other", id::CAPACITY_PLACEMENT]),
    // AccessDenied on a control-plane action — ECS's own API, iam:PassRole of the task's roles,
    // the load balancer's, CloudFormation's, CodeDeploy's, Auto Scaling's, Cloud Map's — is the
    // caller's permission (the user or pipeline that deploys), which no task role fixes: the
    // execution role only ever calls ECR, Secrets Manager, SSM, KMS, Logs and S3. A container
    // instance's session (`assumed-role/…/i-…`) is the instance role, without which the agent
    // cannot register or take tasks. ECR's push actions (InitiateLayerUpload, UploadLayerPart,
    // CompleteLayerUpload, PutImage) are a pipeline pushing an image, never a task pulling one.
    family!("caller.denied", "The caller may not make this AWS call (its own IAM permissions)", Some(Iam), Denied,
        all: ["not authorized to perform:? (?:iam:PassRole\\b|(?:ecs|elasticloadbalancing|cloudformation|codedeploy|application-autoscaling|servicediscovery|ec2):|ecr:(?:InitiateLayerUpload|UploadLayerPart|CompleteLayerUpload|PutImage)\\b)|does not give you permission to perform operations in the following AWS service"], none: [],
        &["other", id::IAM_INSTANCE_ROLE, id::CAPACITY_PLACEMENT]),
    // "Unable to assume role and validate the specified targetGroupArn": the service role could
    // not be assumed or the target group not validated (`shapes.rs`: SERVICE_ROLE_NOT_ASSUMED).
    // Before `ecs.service_role_param`, whose words it shares but not its "how".
    family!("ecs.service_role_assume", "ECS could not assume the service role or validate the target group", Some(Iam), Denied,
        all: ["validate the specified targetGroupArn|ECS service role being passed", "unable to assume|could not assume|cannot assume"], none: [],
        shapes::SERVICE_ROLE_NOT_ASSUMED.candidates),
    family!("ecs.service_role_param", "A service role given where ECS uses its service-linked role", None, Config,
        all: ["cannot specify an IAM role for services|validate the specified targetGroupArn|ECS service role being passed"], none: [],
        &["other", id::TASK_CONFIG]),
    // A deployment ECS rolled back for a reason of its own, not a task's: a native blue/green
    // deployment whose lifecycle hook (a Lambda function) failed or
    // returned FAILED ("deployment failed: hook execution failure(s) detected", as ECS writes its
    // rollback). No stopped-task cause.
    // CodeDeploy's blue/green hooks say it in their own words (CodeDeploy User Guide,
    // troubleshooting-ecs: "The deployment failed because one or more of the lifecycle event
    // validation functions failed", "The deployment timed out while waiting for a status
    // callback", a Lambda hook that never called PutLifecycleEventHookExecutionStatus).
    family!("ecs.lifecycle_hook", "A deployment lifecycle hook failed (blue/green)", None, Other,
        all: ["hook execution failure|HOOK_EXECUTION_FAILURE|lifecycle hook[^\n]{0,80}(?:fail|timed out)|lifecycle event validation functions? failed|timed out while waiting for a status callback"], none: [],
        &["other", id::HEALTH_ELB]),
    // CodeDeploy's own words for an ECS blue/green deployment (CodeDeploy User Guide,
    // troubleshooting-ecs), read before the catch-all network family that their "timed out"
    // would otherwise reach. The replacement (green) task set never became healthy within the
    // hour: a wrapper, the service's stopped tasks and events say why (the page's example is a
    // mistyped image); the likeliest first, as for a service that never reached a steady state.
    family!("codedeploy.replacement_unhealthy", "CodeDeploy's replacement task set never became healthy (blue/green)", None, Crash,
        all: ["timed out while waiting for the replacement task set to become healthy"], none: [],
        &[id::CONTAINER_EXIT, id::HEALTH_ELB, id::IMAGE_NOT_FOUND, id::HEALTH_CONTAINER, id::CAPACITY_PLACEMENT]),
    // The deployment group's own settings: a traffic reroute nobody continued within the wait
    // ("timed out while waiting for a notification to continue"), gradual routing on a Network
    // Load Balancer ("Only ALB supports gradual traffic routing"), and ECS refusing a task
    // definition change on a service CodeDeploy deploys (UpdateService: with the CODE_DEPLOY
    // deployment controller only a new CodeDeploy deployment changes the task definition). No
    // task failed.
    family!("codedeploy.config", "CodeDeploy's deployment settings stopped the deployment (blue/green)", None, Config,
        all: ["timed out while waiting for a notification to continue|Only ALB supports gradual traffic routing|on services with a CODE_DEPLOY deployment controller|Use AWS CodeDeploy to trigger a new deployment"], none: [],
        &["other", id::TASK_CONFIG]),
    // The load balancer's listeners do not point where the deployment group says: "The ELB could
    // not be updated due to the following error: Primary taskset target group must be behind
    // listener" (a test listener on the wrong target group), and the task set still behind the
    // production listener ("TaskSet <…> is behind prod listener …: update the listener rule").
    // A listener rule to fix, not a failing health check.
    family!("elb.listener_target_group", "A load balancer listener does not point at the deployment's target group", None, Config,
        all: ["target group must be behind listener|is behind prod(?:uction)? listener|update the listener rule"], none: [],
        &["other", id::TASK_CONFIG]),
    family!("ecs.service_linked_role", "ECS service-linked role missing", None, Config,
        all: ["service[- ]linked role|AWSServiceRoleForECS"], none: [],
        &["other", id::TASK_CONFIG]),
    family!("elb.no_load_balancer", "Target group is not attached to a load balancer", None, Config,
        all: ["target ?group[^\n]{0,200}(?:does not have an associated load balancer|not associated with a load balancer)"], none: [],
        &["other", id::TASK_CONFIG, id::HEALTH_ELB]),
    // A CloudWatch Logs quota the awslogs driver met (CreateLogGroup with awslogs-create-group,
    // CreateLogStream): LimitExceededException "Resource limit exceeded" is the log groups of the
    // account and Region, not the cluster's capacity.
    family!("logs.quota", "A CloudWatch Logs quota was reached (log groups of the account)", Some(CloudWatchLogs), Capacity,
        all: ["@LOGS", "LimitExceededException|Resource limit exceeded"], none: [],
        &["other", id::LOGS_GROUP_MISSING, id::TASK_CONFIG]),
    family!("ecs.account_limit", "Account or service quota reached", None, Capacity,
        all: ["above your limit|reached (?:the|your) (?:account )?(?:limit|quota)|exceeds? (?:the|your) (?:account )?(?:limit|quota)|vCPU (?:limit|quota)|LimitExceededException"], none: [],
        &[id::CAPACITY_PLACEMENT, id::ENI_CAPACITY, id::TASK_CONFIG]),
    // The token a pod's AWS credentials are exchanged for is a file the EKS webhook projects
    // into it: IRSA's /var/run/secrets/eks.amazonaws.com/serviceaccount/token
    // (AWS_WEB_IDENTITY_TOKEN_FILE, amazon-eks-pod-identity-webhook) and EKS Pod Identity's
    // /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token. An SDK that
    // cannot read it (the SDK for Go's "unable to read file at %s", a permission denied or a
    // missing file) names the pod's setup: a container user the token's mode does not let read
    // it (no fsGroup), or a service account without the role annotation or association. Not the
    // container's command, whose "permission denied" family would claim it.
    family!("eks.pod_token_unreadable", "The pod cannot read the token its AWS credentials come from (IRSA or EKS Pod Identity)", Some(Iam), Config,
        all: ["(?:eks|pods\\.eks)\\.amazonaws\\.com/serviceaccount/(?:token|eks-pod-identity-token)"], none: [],
        &["other", id::TASK_CONFIG]),
    // EKS Pod Identity serves a pod's credentials from 169.254.170.23 (the EKS user guide's
    // pod-id-minimum-sdk page lists the SDK versions that accept it); older SDKs refuse any
    // container credentials host but 169.254.170.2 and loopback: botocore's ContainerMetadataFetcher
    // "Unsupported host '%s'.  Can only retrieve metadata from these hosts: %s" (utils.py), the Go
    // SDK v1's "HTTP credential provider invalid endpoint host, %q, only loopback hosts are
    // allowed" (aws/defaults), the JavaScript SDK v2's "%s is not a valid container metadata
    // service hostname". Not a network fault: the image's SDK is too old (no cause of the
    // catalogue; ECS tasks use 169.254.170.2, which every SDK accepts).
    family!("eks.pod_identity_sdk", "The AWS SDK in the image is too old for EKS Pod Identity's credentials endpoint (169.254.170.23)", Some(Iam), Config,
        all: ["169\\.254\\.170\\.23"], none: [],
        &["other", id::TASK_CONFIG]),
    family!("credentials.endpoint", "The task's credentials endpoint (169.254.170.2) was unreachable", None, Config,
        all: ["169\\.254\\.170\\.2|CredentialsEndpointError|AWS_CONTAINER_CREDENTIALS"], none: [],
        &[id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST, id::IAM_EXEC_ROLE_MISSING]),
    // The agent's dependency graph (agent/engine/dependencygraph/graph.go,
    // verifyContainerOrderingStatusResolvable): a dependsOn condition that can never be met is a
    // terminal error, reported as the waiting container's CannotStartContainerError with exit code
    // 143 (agent/engine/task_manager.go, handleTerminalDependencyError). Its wordings name what
    // failed: a dependency container the task does not have ("does not exist": `task.depends_on`
    // below); a dependency that started but missed its condition within its `startTimeout` ("has
    // timed out", `shapes.rs`: DEPENDENCY_TIMED_OUT); a SUCCESS dependency that exited non-zero
    // ("did not exit successfully"). A dependency the graph shows with `Exit: 0` did exit
    // successfully (hasDependencyStoppedSuccessfully), so that text is the agent's own state
    // (aws/amazon-ecs-agent#2404, fixed in the agent). "will never start" is left to
    // `task.start_timeout`: the dependency never started, and its own reason tells why.
    family!("depends_on.timed_out", "A container dependency (dependsOn) did not reach its condition in time", None, Timeout,
        all: ["ordering dependency[^\\n]{0,400}has timed out"], none: [],
        shapes::DEPENDENCY_TIMED_OUT.candidates),
    family!("depends_on.agent_state", "The agent judged a dependency that exited 0 as failed", None, Infrastructure,
        all: ["ordering dependency \\[[^\\]\\n]{0,300}- Exit: 0\\][^\\n]{0,300}did not exit successfully"], none: [],
        &[id::INFRA_SPOT_OR_HOST, id::CONTAINER_EXIT]),
    family!("depends_on.failed", "A container dependency (dependsOn SUCCESS) exited with an error", None, Crash,
        all: ["ordering dependency[^\\n]{0,400}did not exit successfully"], none: [],
        &[id::CONTAINER_EXIT, id::CONTAINER_COMMAND, id::INFRA_SPOT_OR_HOST]),
    family!("task.depends_on", "Container dependency (dependsOn) invalid", None, Config,
        all: ["cannot depend on container|depends on container|dependsOn|dependency condition|TaskDependencyError|Task dependencies cannot be resolved|circular dependencies|ordering dependency[^\\n]{0,400}does not exist"], none: ["timed out|timeout|could not transition"],
        &[id::TASK_CONFIG, id::CONTAINER_START_TIMEOUT]),
    family!("task.device", "A device or host resource of the task definition is missing on the host", None, Config,
        all: ["custom device|device information|linuxParameters"], none: [],
        &[id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    family!("task.platform_version", "Fargate platform version unknown or without the capabilities the task needs", None, Config,
        all: ["PlatformUnknownException|PlatformTaskDefinitionIncompatibility|specified platform does not (?:exist|satisfy)|required capabilities"], none: [],
        &[id::TASK_CONFIG, id::CAPACITY_PLACEMENT]),
    // Service Connect's proxy that the ECS agent could not set up for the task, in the agent's
    // words: "error initializing ports for Service Connect: %v" and "error injecting required env
    // vars to Service Connect container: %v" inside its ResourceInitializationError (agent/api/
    // task/task.go), "ServiceConnect is only supported on linux" (agent/engine/serviceconnect/
    // manager_other.go). Not a network path: before the network families that read "resource
    // cannot be initialized".
    family!("service_connect.setup", "Service Connect could not be set up for the task", None, Config,
        all: ["(?:initializing ports|injecting required env vars) (?:for|to) Service Connect|ServiceConnect is only supported on linux"], none: [],
        &[id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    // ECS Exec (`aws ecs execute-command`): not a task that failed but a session that could not
    // open, so no stopped-task cause applies. The ExecuteCommand API's InvalidParameterException
    // "The execute command failed because execute command was not enabled when the task was run
    // or the execute command agent isn't running" (the task predates enableExecuteCommand), its
    // TargetNotConnectedException (the ECS API model: incorrect IAM permissions, the SSM agent not
    // running, an ECS interface endpoint without one for Session Manager), and the AWS CLI's
    // SessionManagerPlugin is not found (awscli/customizations/ecs/executecommand.py). Before
    // `task.validation`, whose InvalidParameterException it carries.
    family!("ecs.exec", "ECS Exec could not open a session (execute-command)", None, Config,
        all: ["execute command failed|execute command was not enabled|calling the ExecuteCommand operation|TargetNotConnectedException|SessionManagerPlugin is not found"], none: [],
        &["other", id::NETWORK_ENDPOINT_MISSING]),
    // EC2 could not launch the instances the capacity needs (an ECS capacity provider's or AWS
    // Batch's Auto Scaling group, an EKS node group), in EC2's own words (EC2 API reference, error
    // codes): InsufficientInstanceCapacity "We currently do not have sufficient %s capacity in
    // the Availability Zone you requested (%s)" and, for Spot, "There is no Spot capacity
    // available that matches your request"; Unsupported "Your requested instance type (%s) is not
    // supported in your requested Availability Zone (%s)"; the account's limits, VcpuLimitExceeded
    // "You have requested more vCPU capacity than your current vCPU limit of %d allows" and
    // InstanceLimitExceeded "You have requested more instances (%d) than your current instance
    // limit of %d allows". No instance, so nothing to place the task on; a Spot pool that ran
    // dry is AWS taking capacity away. Before ECS's refusals, which such a wrapped 400 resembles.
    // An account that may launch only Free Tier types ("The specified instance type is not
    // eligible for Free Tier", InvalidParameterCombination) is the same limit; an EKS node group
    // reports any of them as its health issue AsgInstanceLaunchFailures (EKS API, Issue codes).
    family!("ec2.capacity", "EC2 could not launch the instances: no capacity of that type in the zone, a type the zone does not offer, or the account's vCPU or instance limit", Some(Ec2), Capacity,
        all: ["We currently do not have sufficient \\S+ capacity|There is no Spot capacity available|is not supported in your requested Availability Zone|requested more vCPU capacity than your current vCPU limit|requested more instances \\(\\d+\\) than your current instance limit|not eligible for Free Tier|\\b(?:InsufficientInstanceCapacity|VcpuLimitExceeded|InstanceLimitExceeded|MaxSpotInstanceCountExceeded|AsgInstanceLaunchFailures)\\b"], none: [],
        &[id::CAPACITY_PLACEMENT, id::INFRA_SPOT_OR_HOST, id::TASK_CONFIG]),
    // EKS refuses a managed node group in a public subnet that does not give its instances a
    // public IP (CreateNodegroup since April 2020, and the node group health issue
    // Ec2SubnetInvalidConfiguration: "One or more Amazon EC2 Subnets of [%s] for node group %s
    // does not automatically assign public IP addresses to instances launched into it"): a node
    // there could not reach the cluster's endpoint, ECR or S3, as a task without a public IP in
    // a public subnet cannot (the EKS user guide's managed node groups page).
    // An EKS managed add-on whose pods do not run reports DEGRADED (the EKS API's AddonStatus; its
    // health issue InsufficientNumberOfReplicas, "The add-on is unhealthy because it doesn't have
    // the desired number of replicas"), which Terraform's waiter prints as "unexpected state
    // 'DEGRADED', wanted target 'ACTIVE'" and CloudFormation as the add-on's CREATE_FAILED. CoreDNS
    // and the other Deployments of an add-on need nodes: created before any node group has ready
    // nodes, they have nowhere to run, the want of capacity a task without an instance meets.
    family!("eks.addon_degraded", "An EKS add-on's pods are not running (DEGRADED): most often no node was ready to run them yet", None, Capacity,
        all: ["InsufficientNumberOfReplicas|add-?on[^\\n]{0,160}\\bDEGRADED\\b"], none: ["ConfigurationConflict|Conflicts found when trying to apply"],
        &[id::CAPACITY_PLACEMENT, "other", id::TASK_CONFIG]),
    // The node group health issue NodeCreationFailure (EKS API reference, Issue codes): "Your
    // launched instances are unable to register with your Amazon EKS cluster. Common causes of
    // this failure are insufficient node IAM role permissions or lack of outbound internet
    // access for the nodes" — the instance role, then the route; never a container's health
    // check, whatever "Unhealthy nodes" says.
    family!("eks.node_creation_failure", "The node group's instances could not register with the EKS cluster", Some(Ec2), Capacity,
        all: ["NodeCreationFailure"], none: [],
        &[id::IAM_INSTANCE_ROLE, id::NETWORK_NO_ROUTE, "other"]),
    family!("eks.subnet_public_ip", "A public subnet of the node group does not give its instances a public IP", Some(Ec2), Config,
        all: ["does not automatically assign public IP addresses to instances launched into it|Ec2SubnetInvalidConfiguration"], none: [],
        &[id::NETWORK_NO_PUBLIC_IP, id::NETWORK_NO_ROUTE]),
    // A request ECS refused is the task definition's fault when it names what a task definition
    // holds: RegisterTaskDefinition's and ContainerDefinition's parameters (API reference), the
    // launch type or platform it must fit, or the task definition itself. A refusal that names
    // none of them is about something else the request carries (a service's or a cluster's
    // setting, an override, the account), which the catalogue has no cause for.
    // CreateService and UpdateService refuse a load balancer (or Service Connect) entry whose
    // container name the task definition lacks ("The container %s does not exist in the task
    // definition"): the two disagree, and the task definition is where the name must be.
    // Before `task.validation`, which leaves any "does not exist" to the NotFound families.
    family!("ecs.container_not_in_task_definition", "A container the service names is not in its task definition", None, Config,
        all: ["container (?:\\S+ )?does not exist in the task definition"], none: [],
        &[id::TASK_CONFIG, "other"]),
    family!("task.validation", "The request or the task definition is invalid", None, Config,
        all: [ECS_REFUSAL, TASK_DEFINITION_SUBJECT],
        none: TASK_VALIDATION_NOT,
        &[id::TASK_CONFIG, id::IAM_EXEC_ROLE_MISSING, id::CAPACITY_PLACEMENT]),
    family!("ecs.request_refused", "ECS refused the request", None, Config,
        all: [ECS_REFUSAL],
        none: ECS_REFUSAL_NOT,
        &["other", id::TASK_CONFIG, id::IAM_EXEC_ROLE_MISSING]),
    // ---- the execution role itself -----------------------------------------------------------------
    family!("iam.assume", "ECS could not assume the execution role", Some(Iam), Denied,
        all: ["unable to assume|could not assume|cannot assume|sts:AssumeRole|assume ?role|trust relationship"], none: [],
        shapes::ROLE_NOT_ASSUMED.candidates),
    family!("iam.no_exec_role", "Task has no execution role", Some(Iam), Missing,
        all: ["(?:specify|requires?|must)[^.]{0,80}executionRoleArn|requires?[^.]*execution ?role|(?:have|specify|needs?|requires?|missing|without|no)[^.]{0,40}execution ?role arn|no (?:task )?execution role|without (?:an? )?(?:task )?execution role|executionRoleArn'? (?:is )?(?:required|missing|must)|role [^ ]* ?(?:does not exist|cannot be found)|NoSuchEntity"], none: [],
        &[id::IAM_EXEC_ROLE_MISSING, id::IAM_EXEC_ROLE_TRUST, id::IAM_EXEC_ROLE_ECR]),
    // The agent found no execution-role credentials for a resource that needs them (the task
    // definition has no executionRoleArn, or ECS could not hand its credentials over):
    // agent/taskresource/{asmsecret,ssmsecret,envFiles,asmauth}, the engine's pull auth, the
    // HostConfigError of agent/api/task/task.go (awslogs with execution credentials) and the
    // dependency graph's CredentialsNotResolvedErr.
    family!("iam.exec_credentials_missing", "No execution-role credentials for the task's resources", Some(Iam), Missing,
        all: ["unable to find execution role credentials|container uses execution credentials, but the credentials are empty|engine (?:ecr|docker private registry) credentials: not found|No execution credentials set for the task|Unable to get execution role credentials for task|execution role credentials not available"], none: [],
        &[id::IAM_EXEC_ROLE_MISSING, id::IAM_EXEC_ROLE_TRUST, id::IAM_EXEC_ROLE_ECR]),
    // The task definition links to a container, or mounts a volume, that is not in it
    // (agent/engine, agent/api/task: InvalidVolumeError).
    family!("task.links", "A link or volume names a container or volume the task does not have", None, Config,
        all: ["Link target not available|could not find container for link|Invalid link format|InvalidVolumeError|Invalid volume referenced|Volume target not available|could not find volume source container"], none: [],
        &[id::TASK_CONFIG]),
    // ---- secrets and parameters (ResourceInitializationError) ---------------------------------------
    // An AWS service that answered with its own failure (the common errors of every AWS API
    // reference: InternalFailure, ServiceUnavailable; Secrets Manager's InternalServiceError;
    // the Go SDK's "status code: 5xx" after the code). An answer proves the network path works,
    // so no route or endpoint is in question: AWS failed, usually for a moment (ECS retries).
    // Not when a network failure is inside it (Docker's old "API error (500)" around a timeout).
    family!("aws.server_error", "An AWS service answered with a server error", None, Infrastructure,
        all: ["InternalServiceError|InternalServerError|InternalServiceException|InternalFailure|ServiceUnavailable|status code: 5\\d\\d\\b"], none: ["@NET_HARD", "API error \\(5"],
        &[id::INFRA_SPOT_OR_HOST, "other"]),
    family!("endpoint_policy.denied", "Denied by a VPC endpoint policy", None, Denied,
        all: ["VPC endpoint policy|vpce policy|endpoint policy"], none: [],
        &[id::NETWORK_ENDPOINT_POLICY, id::IAM_EXEC_ROLE_ECR, id::IAM_EXEC_ROLE_SECRETS]),
    family!("kms.denied", "KMS key of a secret could not be used", Some(Kms), Denied,
        all: ["@KMS", "@DENIED|disabled|pending deletion|not usable|KMSInvalidState|InvalidCiphertext|KMSNotFound|DecryptionFailure|can.?t decrypt|(?:unable|failed) to decrypt|customer master key that does not exist"], none: [],
        &[id::IAM_EXEC_ROLE_KMS, id::IAM_EXEC_ROLE_SECRETS, id::NETWORK_ENDPOINT_POLICY]),
    // containerd's resolver asks for an anonymous token only when it has no credentials for the
    // registry (remotes/docker/auth/fetch.go, "failed to fetch anonymous token"): nothing was
    // read from a secret, so a secret that could not be read is not why. No credentials were
    // configured for a private registry (repositoryCredentials), or the node's own credential
    // path (a kubelet's ECR credential provider, the instance role) gave none.
    family!("registry.anonymous", "The registry refused a pull made without credentials", None, Denied,
        all: ["failed to fetch anonymous token"], none: [],
        &[id::REGISTRY_AUTH, id::IAM_INSTANCE_ROLE, id::IAM_EXEC_ROLE_ECR]),
    family!("registry.creds", "Private registry credentials rejected or unreadable", None, Denied,
        all: ["@REGISTRY_CREDS"], none: ["@NOT_FOUND|@NET", "@ECR", "requested access to the resource is denied|pull access denied"],
        &[id::REGISTRY_AUTH, id::IAM_EXEC_ROLE_SECRETS, id::SECRET_NOT_FOUND]),
    // The agent's "retrieved secret from Secrets Manager did not contain json key %s"
    // (agent/taskresource/asmsecret) names the service; a paste that elides the middle keeps
    // only "did not contain json key", which no other path words so.
    family!("secret.shape", "Secret reference, JSON key or version does not exist", None, NotFound,
        all: ["@ASM|@SSM|did not contain json key", "@SECRET_SHAPE"], none: ["@DENIED"],
        SECRETS_NOT_FOUND),
    family!("asm.denied", "Secrets Manager access denied", Some(SecretsManager), Denied,
        all: ["@ASM", "@DENIED"], none: [],
        SECRETS_DENIED),
    family!("ssm.denied", "SSM Parameter Store access denied", Some(Ssm), Denied,
        all: ["@SSM", "@DENIED"], none: [],
        SECRETS_DENIED),
    family!("asm.not_found", "Secret not found", Some(SecretsManager), NotFound,
        all: ["@ASM", "@NOT_FOUND"], none: [],
        SECRETS_NOT_FOUND),
    family!("ssm.not_found", "SSM parameter not found", Some(Ssm), NotFound,
        all: ["@SSM", "@NOT_FOUND"], none: [],
        SECRETS_NOT_FOUND),
    family!("asm.dns", "Secrets Manager name did not resolve", Some(SecretsManager), Dns,
        all: ["@ASM", "@DNS"], none: [],
        DNS),
    family!("ssm.dns", "SSM name did not resolve", Some(Ssm), Dns,
        all: ["@SSM", "@DNS"], none: [],
        DNS),
    family!("asm.network", "Secrets Manager unreachable (network)", Some(SecretsManager), Timeout,
        all: ["@ASM", "@NET_HARD"], none: [],
        NET_SECRETS),
    family!("ssm.network", "SSM Parameter Store unreachable (network)", Some(Ssm), Timeout,
        all: ["@SSM", "@NET_HARD"], none: [],
        NET_SECRETS),
    // Retried or killed without the final error (cut off): the network is likeliest, but a denial
    // or a missing secret reads the same until the text is complete.
    family!("secrets.failed", "Secret or parameter could not be retrieved", None, Other,
        all: ["@ASM|@SSM"], none: [],
        shapes::SECRETS_CUT_OFF.candidates),
    // ---- environment files in S3 ---------------------------------------------------------------------
    family!("envfile.denied", "Environment file in S3 denied or missing", Some(S3), Denied,
        all: ["@ENV_FILE", "@DENIED|@NOT_FOUND"], none: [],
        &[id::ENVFILE_S3, id::NETWORK_ENDPOINT_POLICY, id::IAM_EXEC_ROLE_MISSING]),
    family!("envfile.network", "Environment file in S3 unreachable (network)", Some(S3), Timeout,
        all: ["@ENV_FILE", "@NET"], none: [],
        &[id::NETWORK_NO_PUBLIC_IP, id::NETWORK_NO_ROUTE, id::NETWORK_ENDPOINT_MISSING, id::NETWORK_SG_EGRESS, id::ENVFILE_S3]),
    family!("envfile.failed", "Environment file in S3 missing or unreadable", Some(S3), Other,
        all: ["@ENV_FILE"], none: [],
        &[id::ENVFILE_S3, id::NETWORK_ENDPOINT_POLICY, id::IAM_EXEC_ROLE_MISSING]),
    // ---- CloudWatch Logs (awslogs driver) ----------------------------------------------------------
    // Fargate's wording when the logs endpoint cannot be reached says both "cannot find the log
    // group" and "a connection issue ... check your network configuration": the network.
    // The FireLens log router's local socket (`dial unix /var/run/fluent.sock`) refused or
    // missing: the router container is not up, which is no network path to open
    // (`shapes.rs`: FIRELENS_ROUTER_DOWN). Before the network families, which read "connect:".
    family!("logs.firelens", "FireLens log router not running", None, Other,
        all: ["fluent\\.sock|fluentd?[- ]address|firelens|log[ _-]?router", "@NET_HARD|no such file|not running|exited|unhealthy|did not start"], none: ["@DENIED"],
        shapes::FIRELENS_ROUTER_DOWN.candidates),
    family!("logs.connection", "CloudWatch Logs unreachable (network)", Some(CloudWatchLogs), Timeout,
        all: ["@LOGS", "connection issue|check (?:your |the )?(?:task )?network configuration"], none: ["@DENIED"],
        shapes::LOGS_UNREACHABLE.candidates),
    family!("logs.denied", "CloudWatch Logs access denied", Some(CloudWatchLogs), Denied,
        all: ["@LOGS", "@DENIED"], none: [],
        shapes::LOGS_DENIED.candidates),
    family!("logs.not_found", "CloudWatch log group not found", Some(CloudWatchLogs), NotFound,
        all: ["@LOGS", "@NOT_FOUND"], none: [],
        shapes::LOG_GROUP_NOT_FOUND.candidates),
    family!("logs.dns", "CloudWatch Logs name did not resolve", Some(CloudWatchLogs), Dns,
        all: ["@LOGS", "@DNS"], none: [],
        DNS),
    family!("logs.network", "CloudWatch Logs unreachable (network)", Some(CloudWatchLogs), Timeout,
        all: ["@LOGS", "@NET"], none: [],
        NET_AWS),
    family!("logs.failed", "awslogs driver failed to start", Some(CloudWatchLogs), Other,
        all: ["@LOGS"], none: [],
        shapes::LOGGING_DRIVER_FAILED.candidates),
    // ---- image pull: authorization -----------------------------------------------------------------
    family!("ecr.resource_policy", "ECR repository policy denied the pull", None, Denied,
        all: ["resource-based policy|repository policy"], none: [],
        &[id::ECR_REPO_POLICY, id::IAM_EXEC_ROLE_ECR, id::IAM_INSTANCE_ROLE]),
    // The same refusal to a person's own `docker` command (the CLI prints a daemon error as
    // "docker: %v" and its pull as "Error response from daemon"): nobody ran `docker login` (or
    // `aws ecr get-login-password`) on that machine, the registry credentials, not a role.
    family!("ecr.no_basic_auth_cli", "No registry credentials for a docker command (no docker login)", Some(EcrRegistry), Denied,
        all: ["no basic auth credentials", "\\bdocker: |^\\s*docker (?:pull|push|run)\\b"], none: [],
        &[id::REGISTRY_AUTH, id::IAM_INSTANCE_ROLE, id::IAM_EXEC_ROLE_ECR]),
    family!("ecr.no_basic_auth", "No ECR credentials on the host", Some(EcrRegistry), Denied,
        all: ["no basic auth credentials"], none: [],
        &[id::IAM_INSTANCE_ROLE, id::IAM_EXEC_ROLE_ECR, id::ECR_REPO_POLICY, id::REGISTRY_AUTH]),
    family!("ecr.resolve_denied", "ECR refused to resolve the image reference", Some(EcrRegistry), Denied,
        all: ["@ECR", "failed to resolve ref|/manifests/|/blobs/", "\\b40[13]\\b|forbidden|unauthorized"], none: ["no basic auth credentials", "not authorized to perform"],
        &[id::IAM_EXEC_ROLE_ECR, id::IMAGE_NOT_FOUND, id::ECR_REPO_POLICY, id::IAM_INSTANCE_ROLE, id::NETWORK_ENDPOINT_POLICY]),
    family!("ecr.auth_denied", "ECR authorization denied", Some(EcrApi), Denied,
        all: ["@ECR_API", "@DENIED"], none: [],
        ECR_DENIED),
    family!("ecr.pull_denied", "ECR image pull denied", Some(EcrRegistry), Denied,
        all: ["@ECR", "not authorized|AccessDenied|\\b40[13]\\b|unauthorized|forbidden|permission"], none: [],
        ECR_DENIED),
    family!("pull.role_permissions", "Role lacks permission to pull the image", None, Denied,
        all: ["check that the role has|permissions? to pull"], none: [],
        &[id::IAM_EXEC_ROLE_ECR, id::IAM_INSTANCE_ROLE, id::ECR_REPO_POLICY, id::IMAGE_NOT_FOUND, id::IAM_EXEC_ROLE_MISSING]),
    family!("pull.access_denied", "Pull access denied: no such repository or no login", None, NotFound,
        all: ["pull access denied|may require .?docker login|requested access to the resource is denied"], none: [],
        &[id::IMAGE_NOT_FOUND, id::REGISTRY_AUTH, id::IAM_EXEC_ROLE_ECR, id::ECR_REPO_POLICY, id::IAM_INSTANCE_ROLE]),
    family!("s3.layer_status_denied", "Image layer download from S3 refused", Some(S3Layer), Denied,
        all: ["@S3_LAYER|httpRead(?:er)?Seeker|error pulling image configuration|<Code>AccessDenied|error parsing HTTP 403", "\\b403\\b|AccessDenied|Forbidden"], none: ["@DOCKER_HUB|@OTHER_REGISTRY|@PUBLIC_ECR"],
        &[id::NETWORK_ENDPOINT_POLICY, id::NETWORK_ENDPOINT_MISSING, id::IAM_EXEC_ROLE_ECR, id::ECR_REPO_POLICY]),
    // An AWS SDK's own request failure, the AWS SDK for Go v1's "%s: %s\n\tstatus code: %d,
    // request id: %s" (aws/awserr RequestFailure) and v2's "operation error %s: %s, https response
    // error StatusCode: %d, RequestID: %s, …" (smithy-go, aws/transport/http): the 403 is the AWS API's answer to the
    // container's own call (S3's AccessDenied, most often), not a registry's, so without a word
    // of a pull it is no image pull. The task role's permissions or a bucket or VPC endpoint
    // policy decide it; the catalogue has no task-role cause.
    family!("aws.sdk_call_denied", "An AWS call the container made was denied (its task role, or a bucket or endpoint policy)", None, Denied,
        all: ["AccessDenied|Access Denied|not authorized", "status code: 403, request id|https response error StatusCode: 403"], none: ["@PULL_SUBJECT"],
        &["other", id::NETWORK_ENDPOINT_POLICY]),
    // Only a denial that says it was a pull (or a registry's 401/403): a bare AccessDenied of
    // some other call is not the execution role's ECR permissions.
    family!("pull.denied", "Image pull denied", None, Denied,
        all: ["not authorized|AccessDenied|access denied|\\b40[13]\\b|unauthorized|forbidden|denied:|:\\s*denied\\b", "@PULL_SUBJECT|\\b40[13]\\b|unauthorized"], none: ["@CONTAINER_EXEC"],
        &[id::IAM_EXEC_ROLE_ECR, id::REGISTRY_AUTH, id::ECR_REPO_POLICY, id::IAM_INSTANCE_ROLE, id::IMAGE_NOT_FOUND]),
    // ---- image pull: existence --------------------------------------------------------------------
    family!("image.not_found", "Image, tag or repository not found", None, NotFound,
        all: ["@NOT_FOUND"], none: ["@NET", "NoSuchContainerError|No container matching saved ID"],
        &[id::IMAGE_NOT_FOUND, id::IAM_EXEC_ROLE_ECR, id::ECR_REPO_POLICY, id::REGISTRY_AUTH]),
    // ---- image pull: network -------------------------------------------------------------------------
    family!("s3.network", "ECR image layers in S3 unreachable (network)", Some(S3Layer), Timeout,
        all: ["@S3_LAYER", "@NET|@DNS"], none: [],
        NET_S3),
    family!("s3.layer_failed", "ECR image layers in S3 could not be fetched", Some(S3Layer), Other,
        all: ["@S3_LAYER"], none: [],
        NET_S3),
    family!("dockerhub.status", "Docker Hub refused the pull (rate limit, status cut off)", Some(DockerHub), RateLimit,
        all: ["@DOCKER_HUB", "unexpected status|status code|httpRead(?:er)?Seeker|failed open"], none: [],
        &[id::REGISTRY_RATE_LIMIT, id::REGISTRY_AUTH, id::NETWORK_NO_ROUTE, id::NETWORK_NO_PUBLIC_IP]),
    // A connection to an address and port the application names itself: the ECS agent, the
    // runtime and Fargate reach registries and AWS endpoints over HTTPS (443; 80 for the task
    // credentials and metadata endpoints; 53 for DNS), so a dial, connect or client error to
    // any other port (a database's 5432 or 3306, a cache's 6379, a broker's 9092, another
    // service's 8080) is the application reaching what it depends on, and its exit follows.
    // Not when the words name a pull, a registry, a secret, a log driver or a volume: those
    // paths have their own families above and below.
    family!("app.dependency_unreachable", "The application could not reach a service it depends on (a database, cache, broker or API on its own port)", None, Other,
        all: ["(?:dial tcp|dial udp|connect(?:ing)? to|server on|\\()\\s*['\"\\[]?[\\w.:\\[\\]-]*?[\\w\\]]:(?:\\d{4,5}|[1-35-9]\\d\\d|4[0-35-9]\\d|44[0-24-9])\\b"],
        none: ["pull|registry|image|manifest|ResourceInitialization|secret|\\bssm\\b|\\basm\\b|awslogs|firelens|fluent|\\befs\\b|nfs|mount|amazonaws\\.com|169\\.254\\."],
        &[id::CONTAINER_EXIT, "other", id::NETWORK_SG_EGRESS]),
    family!("dns", "Registry or AWS name did not resolve", None, Dns,
        all: ["@DNS"], none: [],
        DNS),
    family!("ecr_api.network", "ECR API unreachable (network)", Some(EcrApi), Timeout,
        all: ["@ECR_API", "@NET"], none: [],
        NET_ECR_API),
    family!("ecr.network", "ECR registry unreachable (network)", Some(EcrRegistry), Timeout,
        all: ["@ECR", "@NET"], none: ["@PUBLIC_ECR"],
        NET_ECR),
    family!("public_registry.network", "Public registry unreachable (network)", None, Timeout,
        all: ["@DOCKER_HUB|@PUBLIC_ECR|@OTHER_REGISTRY", "@NET"], none: [],
        NET_PUBLIC),
    family!("endpoints", "VPC endpoints missing or unusable", None, Missing,
        all: ["(?:vpc|interface|gateway) endpoints?|privatelink"], none: [],
        &[id::NETWORK_ENDPOINT_MISSING, id::NETWORK_ENDPOINT_SG, id::NETWORK_DNS, id::NETWORK_ENDPOINT_POLICY]),
    // A registry that answered 5xx (distribution's client, registry/client/errors.go
    // UnexpectedHTTPStatusError: "received unexpected HTTP status: %s") failed on its side.
    // The agent's own failures on the host: its CNI plugin call for an awsvpc task on EC2
    // (agent/engine/docker_task_engine.go: "startContainer: cni plugin invocation failed", also
    // inside a CannotStartContainerError) and a task it could not move to STOPPED
    // (agent/engine/task_manager.go: "TaskStateError: Agent could not progress task's state to
    // stopped") are the host's agent, not the application. So is Docker's name conflict
    // (daemon/names.go: "Conflict. The container name %q is already in use by container %q"):
    // the agent names each container it creates, so a left-over container of that name is the
    // host's state after an agent or daemon restart.
    family!("infra.runtime", "AWS host or runtime failure", None, Infrastructure,
        all: ["InternalError|received unexpected HTTP status: 5\\d\\d|\\b500 Internal Server Error\\b|ContainerRuntimeError\\b|CannotInspectContainerError|could not transition to inspecting|\\bUntar\\b|API error \\(5\\d\\d\\)|CannotStopContainerError|ServerException|Service Unavailable|InternalFailure|ServiceUnavailableException|Status Code: 5\\d\\d|docker0|bridge[^\\n]{0,40}(?:not found|missing)|agent (?:is |was )?disconnected|AGENT_DISCONNECTED|DockerClientConfigError|CannotGetDockerclientError|CannotGetDockerClientVersionError|CannotListContainersError|CannotListImagesError|CannotRemoveContainerError|CannotDescribeContainerError|ContainerNetworkingError|CannotGetContainerTopError|NoSuchContainerError|ImpossibleStateTransitionError|ContainerVanishedError|No container matching saved ID|container resource provisioning|cni plugin invocation failed|TaskStateError|Agent could not progress task.s state|Conflict\\. The container name [^\\n]{0,200} is already in use"], none: ["image reference|reference format"],
        &[id::INFRA_SPOT_OR_HOST, id::ENI_CAPACITY]),
    // ---- task start, placement, ENI --------------------------------------------------------------------
    family!("task.start_timeout", "Container did not start in time", None, Timeout,
        all: ["could not transition to (?:running|started|start|stopped)|DockerTimeoutError|docker ?timeout|ContainerRuntimeTimeoutError|timed out after waiting|dependency|dependsOn|start ?timeout|^\\s*Task failed to start\\s*\\.?\\s*$"], none: [],
        shapes::CONTAINER_RUNTIME_TIMEOUT.candidates),
    // EC2's InsufficientFreeAddressesInSubnet is also worded without its code: "The specified
    // subnet does not have enough free addresses to satisfy the request."
    family!("eni", "Network interface could not be created or attached", Some(Ec2), Capacity,
        all: ["network interface|\\beni\\b(?:[^-]|$)|free ip|free addresses|ip address(?:es)?\\b.*(?:subnet|available|enough)|unused device index|InsufficientFreeAddresses|PrivateIpAddressLimitExceeded|trunk|NetworkInterfaceLimitExceeded"], none: [],
        shapes::ENI_PROVISIONING.candidates),
    // AWS documents this event for a subnet in an Availability Zone Fargate does not support
    // (service-event-messages.html): the network configuration to change, not capacity to add.
    family!("placement.internal", "Task could not be placed: subnet in an unsupported Availability Zone", None, Config,
        all: ["unable to place a task[^\\n]{0,40}Internal error"], none: [],
        &[id::TASK_CONFIG, id::CAPACITY_PLACEMENT, id::ENI_CAPACITY]),
    // RunTask on Fargate: "Capacity is unavailable at this time. Please try again later or in a
    // different availability zone" (KC ecs-fargate-runtask-capacity; `shapes.rs`).
    family!("capacity.fargate", "Fargate capacity unavailable", None, Capacity,
        all: ["capacity is unavailable at this time|FargateInsufficientCapacity"], none: [],
        shapes::FARGATE_CAPACITY.candidates),
    // "No Container Instances were found in your cluster" (service-event-messages.html): nothing
    // is registered. Either there is no capacity (the Auto Scaling
    // group or capacity provider at zero) or the instances run and cannot register: the ECS agent
    // must reach the ECS endpoints, through a public IP in a public subnet, a NAT gateway, or the
    // ecs, ecs-agent and ecs-telemetry interface endpoints (KC "ECS container instance not
    // connected / not registered"; CAUSES.md: `network.no_public_ip` covers an instance without
    // a public IP).
    family!("placement.no_instances", "No container instance is registered in the cluster", None, Capacity,
        all: ["no container instances? (?:were )?found"], none: [],
        &[id::CAPACITY_PLACEMENT, id::NETWORK_NO_PUBLIC_IP, id::NETWORK_NO_ROUTE, id::NETWORK_ENDPOINT_MISSING]),
    // A placement event quotes the failure of the task it tried when that task failed to start
    // ("(service x) was unable to place a task. Reason: ResourceInitializationError: …"): the
    // quoted start error decides, not the placement words around it.
    family!("placement", "Task could not be placed", None, Capacity,
        all: ["RESOURCE:[A-Z]+|no container instances? (?:were )?found|no container instance met|unable to place|insufficient (?:cpu|memory)|not enough (?:cpu|memory)|capacity provider|^\\s*(?:MISSING|AGENT|ATTRIBUTE|LOCATION)\\s*$|:\\s*(?:AGENT|ATTRIBUTE|MISSING)\\s*$|\"Reason\"\\s*:\\s*\"(?:AGENT|ATTRIBUTE|MISSING|LOCATION|RESOURCE:[A-Z]+)\"|\\[\\s*\"(?:AGENT|ATTRIBUTE|MISSING|LOCATION|RESOURCE:[A-Z]+)\"|closest matching container-instance|required by your task|agent .*disconnected|placement constraint"], none: ["ResourceInitializationError|CannotPull(?:ECR)?Container|unable to pull secrets"],
        &[id::CAPACITY_PLACEMENT, id::ENI_CAPACITY]),
    family!("task.config", "Task definition invalid for where it runs", None, Config,
        all: ["not compatible with the selected compute|does not support (?:the )?launch ?type|requires that .* be defined|ClientException|invalid (?:task definition|parameter|setting)|not supported (?:on|by|with|for)|incompatible|InvalidParameterException|no runtime for \"[^\"]*\" is configured"], none: [],
        &[id::TASK_CONFIG, id::CAPACITY_PLACEMENT]),
    // ---- container runtime ----------------------------------------------------------------------------
    family!("container.oom", "Container ran out of memory", None, Crash,
        all: ["OutOfMemory|out of memory|killed due to memory|memory usage|OOMKilled|\\boom\\b"], none: [],
        shapes::OUT_OF_MEMORY.candidates),
    // A process the container ran was killed with SIGKILL, as its parent reports it: a
    // non-interactive bash's job report ("%s: line %d: " then the job, strsignal(SIGKILL) =
    // "Killed": jobs.c notify_of_job_status), npm ("npm ERR! signal SIGKILL"), yarn ("Command failed with
    // signal \"SIGKILL\""), execa and pnpm ("Command was killed with SIGKILL"), GCC's driver
    // ("Killed signal terminated program cc1plus"), uWSGI ("killed by signal 9"). Inside a
    // container the kernel's OOM killer sends it to the largest process of the cgroup; a stop
    // sends SIGTERM first. Not Go's os.ProcessState "signal: killed": the ECS agent's own
    // "pull command failed: : signal: killed" is a pull it killed at its timeout (seed 000). The
    // crash reader's `killed` signature reads the same in a log.
    family!("process.killed", "A process in the container was killed with SIGKILL (the kernel's out-of-memory killer, most often)", None, Crash,
        all: ["line \\d+:\\s+\\d+ Killed\\s|npm (?:ERR!|error) signal SIGKILL|Command failed with signal \"?SIGKILL|command was killed with SIGKILL|Killed signal terminated program|killed by signal 9\\b"], none: [],
        &[id::CONTAINER_OOM, id::CONTAINER_EXIT, id::INFRA_SPOT_OR_HOST]),
    family!("container.command", "Container command cannot be executed", None, Crash,
        all: ["executable file not found|no such file or directory|is a directory|permission denied|starting container process|OCI runtime|exec: |not a directory|entrypoint"], none: [],
        &[id::CONTAINER_COMMAND, id::IMAGE_PLATFORM_MISMATCH, id::CONTAINER_EXIT]),
    // The Service Connect proxy or an App Mesh Envoy sidecar unhealthy or stopped
    // (`shapes.rs`: SIDECAR_PROXY_UNHEALTHY). Before the health-check families: the proxy's own
    // health is not the application's.
    family!("sidecar.proxy", "Service Connect or App Mesh proxy unhealthy", None, Health,
        all: ["service ?connect|ecs-service-connect|app ?mesh|\\benvoy\\b", "healthy|health ?checks?|exited|stopped"], none: [],
        shapes::SIDECAR_PROXY_UNHEALTHY.candidates),
    family!("health.elb", "Load balancer health checks failed", None, Health,
        all: ["elb health|load balancer health|target[ -]?group|Target\\.(?:Timeout|FailedHealthChecks|ResponseCodeMismatch)|unhealthy in \\(elb\\b|UnhealthyThreshold|Health checks failed with these codes"], none: [],
        shapes::ELB_HEALTH.candidates),
    family!("infra.spot", "Spot capacity reclaimed", None, Infrastructure,
        all: ["spot ?interruption|spot task was interrupted|spot instance|TerminationNotice|spot capacity"], none: [],
        &[id::INFRA_SPOT_OR_HOST]),
    family!("infra.host", "AWS host or runtime failure", None, Infrastructure,
        all: ["\\bNodeNotReady\\b|Kubelet stopped posting node status|underlying infrastructure|maintenance|instance draining|host (?:termination|is being|ec2 .*terminated)|instance (?:was |has been )?(?:terminated|deregistered|retired)|unhealthy container instance|agent (?:was )?disconnected|\\bhost\\b.*(?:terminated|stopped)"], none: [],
        &[id::INFRA_SPOT_OR_HOST, id::ENI_CAPACITY]),
    // App Runner's own deployment log: "[AppRunner] Health check failed on protocol `HTTP`[Path:
    // '/'], [Port: '8080']. Check your configured port number." The service pings the port it
    // was told from outside the container (manage-configure-healthcheck.html: TCP by default,
    // HTTP on a path) — a load balancer's kind of check, not the container's HEALTHCHECK
    // command: an application listening on another port or on localhost fails it. Before
    // `health.container`, whose "health check failed" it shares.
    family!("apprunner.health_check", "App Runner's health check of the service port failed", None, Health,
        all: ["\\[AppRunner\\] Health check failed|Health check failed on protocol [^\\r\\n]{0,80}Check your configured port number"], none: [],
        &[id::HEALTH_ELB, id::CONTAINER_EXIT, id::HEALTH_CONTAINER]),
    family!("health.container", "Container health checks failed", None, Health,
        all: ["health ?checks?|unhealthy"], none: [],
        shapes::CONTAINER_HEALTH.candidates),
    // The circuit breaker failed the deployment: its CloudFormation wording, its rollout reason and
    // its service event "deployment failed: tasks failed to start" (`shapes.rs`:
    // DEPLOYMENT_CIRCUIT_BREAKER). Before `task.failed_to_start`, whose "failed to start" it shares.
    family!("deployment.circuit_breaker", "Deployment rolled back by the circuit breaker", None, Crash,
        all: ["circuit ?breaker|deployment failed:? tasks failed to start|rolling back to deployment"], none: [],
        shapes::DEPLOYMENT_CIRCUIT_BREAKER.candidates),
    // The scheduler cannot replace tasks within minimumHealthyPercent/maximumPercent (on EC2,
    // typically static host ports with no spare instance): a service setting to change.
    family!("service.deployment_config", "Deployment blocked by the service's deployment configuration", None, Config,
        all: ["because of the service deployment configuration|minimumHealthyPercent|maximumPercent"], none: [],
        &[id::TASK_CONFIG, id::CAPACITY_PLACEMENT]),
    // service-event-messages.html: a task set could not scale in because more tasks are protected
    // (UpdateTaskProtection) than the desired count. Nothing failed; the protection is a setting.
    family!("service.protected_tasks", "Scale-in blocked by task scale-in protection", None, Expected,
        all: ["protected tasks are more than the desired count|unable to scale in"], none: [],
        &[id::EXPECTED_STOP, id::TASK_CONFIG]),
    // What a deployment tool says when the service never reached a steady state (CloudFormation,
    // CDK, `aws ecs wait services-stable`, ecs-cli, the service's own event): a wrapper. The cause
    // is in the service's stopped tasks and events; the likeliest first, as an operator looks.
    // service-throttle-logic.html: the scheduler's own event when tasks go from PENDING straight
    // to STOPPED (`shapes.rs`: SERVICE_START_THROTTLED). Not a wrapper: the page names its causes,
    // and excludes ELB health checks and exits after RUNNING.
    family!("service.start_throttled", "Service tasks repeatedly fail to start (throttled)", None, Capacity,
        all: ["unable to consistently start tasks"], none: [],
        shapes::SERVICE_START_THROTTLED.candidates),
    family!("service.not_stable", "Service did not reach a steady state", None, Crash,
        all: ["did not stabili[sz]e|servicesStable|services-stable|Waiter ServicesStable|Timeout waiting for ECS tasks|Resource timed out waiting for completion|exceeded the specified timeout|waiting for ECS [Ss]ervice \\([^)]*\\) (?:create|update)|to reach (?:a )?steady state|ResourceNotReady|failed waiting for successful resource state|Waiter has timed out|exceeded max wait time for ServicesStable|timeout while waiting for state to become"], none: [],
        &[id::CONTAINER_EXIT, id::HEALTH_ELB, id::CAPACITY_PLACEMENT, id::HEALTH_CONTAINER, id::IMAGE_NOT_FOUND]),
    // `aws ecs wait tasks-running` and the SDK waiters: a task it waited for reached STOPPED. A
    // wrapper: the task's own reasons tell why; a pull or a crash are likeliest.
    family!("waiter.tasks_stopped", "A task stopped while a tool waited for it to run", None, Crash,
        all: ["Waiter TasksRunning failed|TasksRunning waiter|tasks-running|matched expected path:\\s*\"?STOPPED"], none: [],
        &[id::CONTAINER_EXIT, id::IMAGE_NOT_FOUND, id::NETWORK_NO_PUBLIC_IP, id::IAM_EXEC_ROLE_ECR, id::NETWORK_NO_ROUTE]),
    family!("expected", "Stopped on purpose", None, Expected,
        all: ["has reached a steady state|has started \\d+ tasks?\\b|has stopped \\d+ running tasks?\\b|has begun draining connections|(?:de)?registered \\d+ targets?\\b|Successfully set desired count|stopped by user|user ?initiated|deregistration forced by user|scaling activity initiated|scale-?in|deployment completed|stopped by (?:the )?(?:service|scheduler)|TaskStoppedBeforePullBeginError|stopped before image pull could begin|ServiceSchedulerInitiated|replaced by|rolling update"], none: [],
        &[id::EXPECTED_STOP]),
    // cannot-start-container.html documents one message, "failed to get container status", and
    // its remedy is the container's memory (`shapes.rs`: CANNOT_START_CONTAINER). The exec,
    // mount and log-driver texts of this error have their own families above.
    // The agent could not build the container's host configuration from the task definition
    // (agent/api/task/task.go: HostConfigError for the port map, the FireLens configuration
    // type, the awslogs credentials; the credential texts have their own family above): a
    // setting of the task first, else the host's agent.
    family!("agent.host_config", "The agent could not build the container's host configuration", None, Config,
        all: ["HostConfigError"], none: [],
        &[id::TASK_CONFIG, id::INFRA_SPOT_OR_HOST]),
    // A container the local runtime could not create, with no detail an earlier family reads
    // (`shapes.rs`: CANNOT_CREATE_CONTAINER): no network is involved, whatever deadline it names.
    // The daemon refused the container's resources before creating it (moby daemon/daemon_unix.go
    // verifyPlatformContainerResources: "Minimum memory limit allowed is 6MB", "Minimum memory
    // reservation allowed is 6MB", "Minimum memoryswap limit should be larger than memory limit",
    // "Range of CPUs is from 0.01 to %d.00, as there are only %d CPUs available", "Your kernel does
    // not support …"): the container definition's memory or cpu.
    family!("container.resources_refused", "The container's memory or CPU settings were refused", None, Config,
        all: ["Minimum memory (?:limit|reservation) allowed is|Minimum memoryswap limit|Range of CPUs is from|Your kernel does not support"], none: [],
        &[id::TASK_CONFIG, id::CONTAINER_OOM]),
    // A link to a container that is not running (moby daemon: "Cannot link to a non running
    // container: %s AS %s"): the linked container stopped first, and its own exit is why.
    family!("container.link_not_running", "A linked container was not running", None, Crash,
        all: ["Cannot link to a non running container"], none: [],
        &[id::CONTAINER_EXIT, id::TASK_CONFIG]),
    family!("container.create", "Container could not be created", None, Other,
        all: ["CannotCreateContainerError"], none: [],
        shapes::CANNOT_CREATE_CONTAINER.candidates),
    family!("container.cannot_start", "Container could not be started", None, Crash,
        all: ["CannotStartContainerError|failed to get container status"], none: ["essential container|exit ?code|exited with"],
        shapes::CANNOT_START_CONTAINER.candidates),
    family!("container.exit", "Essential container exited", None, Crash,
        all: ["essential container|container exited|exit ?code|exited with|EssentialContainerExited|CannotStartContainerError|CrashLoopBackOff|Back-off (?:\\S+ )?restarting failed container"], none: [],
        shapes::ESSENTIAL_CONTAINER_EXITED.candidates),
    // ---- catch-alls for truncated or terse messages -----------------------------------------------
    // k8s.io/apimachinery's wait.ErrWaitTimeout ("timed out waiting for the condition"), which
    // Helm's --wait, `kubectl wait` ("… on pods/NAME") and controllers return when a poll gives
    // up: a waiter, like `service.not_stable`, whose own words name no failure. What it waited
    // for (a pod's events, a load balancer still pending, a Job) says why; a wait budget shorter
    // than the rollout is common enough to come first. Never the network: "timed out" here is
    // the waiter's.
    family!("k8s.wait_timeout", "A Kubernetes wait gave up (Helm --wait, kubectl wait): what it waited for says why", None, Other,
        all: ["timed out waiting for the condition"], none: [],
        &["other", id::CAPACITY_PLACEMENT, id::CONTAINER_EXIT]),
    family!("pull.network", "Registry or AWS service unreachable (network)", None, Timeout,
        all: ["@NET|context canceled|api error"], none: [],
        NET_AWS),
    family!("pull.layer_status", "Image layer download refused", Some(S3Layer), Other,
        all: ["unexpected status code|httpReaderSeeker: failed open|httpReadSeeker: failed open"], none: [],
        &[id::NETWORK_ENDPOINT_POLICY, id::NETWORK_ENDPOINT_MISSING, id::NETWORK_SG_EGRESS, id::REGISTRY_RATE_LIMIT, id::IAM_EXEC_ROLE_ECR]),
    family!("pull.nil_pointer", "Image pull crashed reaching S3", Some(S3Layer), Other,
        all: ["nil pointer dereference|invalid memory address"], none: [],
        &[id::NETWORK_SG_EGRESS, id::NETWORK_ENDPOINT_MISSING, id::NETWORK_NO_ROUTE, id::NETWORK_ENDPOINT_POLICY]),
    family!("pull.image_config", "Image configuration could not be pulled", None, Other,
        all: ["error pulling image conf|failed to copy"], none: [],
        &[id::REGISTRY_RATE_LIMIT, id::NETWORK_NO_ROUTE, id::NETWORK_NO_PUBLIC_IP, id::STORAGE_EPHEMERAL]),
    // The reference grammar's own errors (distribution/reference reference.go: "invalid reference
    // format", "invalid tag format", "invalid digest format", "repository name must be
    // lowercase"…) and the registry's NAME_INVALID ("name invalid: invalid repository name",
    // registry/api/errcode/register.go); containers/image's short names (pkg/shortnames: "short-name
    // %q did not resolve to an alias and no unqualified-search registries are defined in %q",
    // "short-name resolution enforced but cannot prompt without a TTY"): a reference without its
    // registry, which CRI-O and Podman will not guess.
    family!("pull.ref", "Image reference could not be resolved", None, NotFound,
        all: ["failed to resolve ref|manifest has been retried|invalid reference format|repository name must|invalid (?:tag|digest) format|invalid repository name|inspect image has been retried|normalize image reference|image contains invalid characters|invalid image (?:name|reference)|InvalidImageName|Failed to apply default image tag|couldn.t parse image (?:name|reference)|short-name \"?\\S+? did not resolve to an alias|short-name resolution enforced but cannot prompt"], none: [],
        &[id::IMAGE_NOT_FOUND, id::NETWORK_NO_ROUTE, id::IAM_EXEC_ROLE_ECR, id::NETWORK_ENDPOINT_MISSING]),
    family!("resource_init", "Task resources could not be initialized", None, Other,
        all: ["ResourceInitializationError|unable to pull secrets or registry auth|execution resource retrieval failed"], none: [],
        &[id::NETWORK_NO_PUBLIC_IP, id::NETWORK_NO_ROUTE, id::NETWORK_ENDPOINT_MISSING, id::IAM_EXEC_ROLE_SECRETS, id::IAM_EXEC_ROLE_ECR]),
    // The kubelet's back-off says only that a pull failed before (pkg/kubelet/images). For an
    // EKS node the AWS troubleshooting page (seed 002) names, in order: no path to ECR (route,
    // security group, NACL), the node instance role, the interface endpoints; a wrong tag is the
    // other common reason. The API server answers a log request for such a container with
    // "container %q in pod %q is waiting to start: image can't be pulled" (pkg/registry/core/pod
    // strategy.go, for ErrImagePull and ImagePullBackOff; older releases named the image).
    family!("kubelet.pull_backoff", "Kubernetes node could not pull the image (back-off)", None, Other,
        all: ["Back-off pulling image|ImagePullBackOff|ErrImagePull|is waiting to start: (?:image |\\S+ )?can't be pulled"], none: [],
        &[id::NETWORK_NO_ROUTE, id::IAM_INSTANCE_ROLE, id::IMAGE_NOT_FOUND, id::NETWORK_ENDPOINT_MISSING, id::NETWORK_SG_EGRESS]),
    family!("pull.failed", "Image pull failed", None, Other,
        all: ["CannotPullContainer|CannotPullECRContainerError|CannotPullImageManifestError|pull image|pulling image|image pull|pull command failed|Failed to pull|inspect image|ref pull|image manifest"], none: [],
        &[id::NETWORK_NO_PUBLIC_IP, id::NETWORK_NO_ROUTE, id::IMAGE_NOT_FOUND, id::IAM_EXEC_ROLE_ECR, id::NETWORK_ENDPOINT_MISSING]),
    family!("task.failed_to_start", "Task failed to start", None, Other,
        all: ["TaskFailedToStart|failed to start"], none: [],
        shapes::TASK_FAILED_TO_START.candidates),
];
