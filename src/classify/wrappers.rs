//! Wrappers: the text other tools put around an ECS error, and where the inner error starts.
//!
//! A deployment tool, a workflow engine or a log line wraps the error ECS (or the container
//! runtime) wrote: CloudFormation's `Resource handler returned message: "…"`, the service event
//! `failed to launch a task with (error …)`, a Step Functions or `describe-tasks` JSON document with
//! `"StoppedReason": "…"`, Terraform's `waiting for ECS Service (…) create: …`, gRPC's
//! `rpc error: code = … desc = …`, the Docker client's `Error response from daemon: …`. The words
//! of the wrapper must not decide the family (a `timeout` of a Terraform waiter is not a network
//! timeout, an `eni-…` id in a JSON attachment is not an ENI failure), and a wrapper nobody listed
//! must not hide the inner text either. So the classifier reads, besides the whole text:
//!
//! * what a known wrapper shape captures ([`SHAPES`], group 1 is the inner text);
//! * the text from the first name of an error the ECS agent, Fargate, containerd or the kubelet
//!   *defines* ([`ANCHORS`]) to the end, whatever precedes it.
//!
//! Every entry names where the wording is defined. Patterns are case-insensitive.

/// One wrapper shape: group 1 of every match of `regex` is an inner text.
pub struct Shape {
    pub id: &'static str,
    /// Where the wording is defined.
    pub defined_by: &'static str,
    pub regex: &'static str,
    /// The wrapper's own words say nothing about the failure (a JSON document, a handler's
    /// framing): when it matched, only its inner texts are read, and an inner text nobody
    /// recognises makes the whole message unrecognised rather than read by the framing's words.
    pub transparent: bool,
    /// The inner text is a JSON string: `\"` and `\\` are unescaped before it is read.
    pub json: bool,
}

macro_rules! shape {
    ($id:literal, $by:literal, $re:literal, transparent: $t:literal, json: $j:literal) => {
        Shape {
            id: $id,
            defined_by: $by,
            regex: $re,
            transparent: $t,
            json: $j,
        }
    };
}

pub static SHAPES: &[Shape] = &[
    shape!(
        "cloudformation",
        "CloudFormation resource handler error event (AWS::ECS::Service, CDK, Copilot, SAM print it)",
        r#"Resource handler returned message:\s*\\?"?(.+?)\\?"?\s*(?:\(RequestToken:[^)]*\))?\s*$"#,
        transparent: true, json: false
    ),
    shape!(
        "service_event",
        "ECS service event: (service NAME) failed to launch a task with (error …)",
        r"failed to launch a task with \(error (.+)\)\.?\s*$",
        transparent: true, json: false
    ),
    shape!(
        "json_reason",
        "ECS DescribeTasks / Step Functions ecs:runTask.sync cause / Batch DescribeJobs: reason fields",
        r#""(?:StoppedReason|stoppedReason|Reason|reason|StatusReason|statusReason)"\s*:\s*"((?:[^"\\]|\\.)+)""#,
        transparent: true, json: true
    ),
    shape!(
        "terraform_waiter",
        "Terraform AWS provider aws_ecs_service: waiting for ECS Service (ID) create|update: ERR",
        r"waiting for ECS [Ss]ervice \([^)]*\)[^:]{0,60}:\s*(.+)$",
        transparent: false, json: false
    ),
    shape!(
        "grpc",
        "gRPC status error (containerd CRI, kubelet): rpc error: code = CODE desc = MESSAGE",
        r"rpc error: code = \w+ desc ?= ?(.+)$",
        transparent: false, json: false
    ),
    shape!(
        "moby_client",
        "Docker client (moby): Error response from daemon: MESSAGE",
        r"Error response from daemon: (.+)$",
        transparent: false, json: false
    ),
    // aws-actions/amazon-ecs-deploy-task-definition (index.js, v2.6.3): `tasksExitCode` throws
    // `Run task failed: ${JSON.stringify(failures)}`, the containers' `reason`s as a JSON array
    // (the first is read); `updateEcsService` throws `Deployment ${id} FAILED:
    // ${deployment.rolloutStateReason}` when the circuit breaker failed the rollout. Its waiter
    // timeouts are the SDK's ("Waiter has timed out", `service.not_stable`).
    shape!(
        "gha_ecs_deploy_run_task",
        "aws-actions/amazon-ecs-deploy-task-definition index.js tasksExitCode: Run task failed: [\"REASON\", …]",
        r#"Run task failed: \[\s*"((?:[^"\\]|\\.)+)""#,
        transparent: true, json: true
    ),
    shape!(
        "gha_ecs_deploy_rollout",
        "aws-actions/amazon-ecs-deploy-task-definition index.js updateEcsService: Deployment ID FAILED: ROLLOUT_STATE_REASON",
        r"Deployment \S+ FAILED: (.+)$",
        transparent: false, json: false
    ),
    // AWS Copilot (internal/pkg/term/progress/ecs.go renderStoppedTasks): under "Latest N tasks
    // stopped reason", one line per reason, `- [SHORTID,SHORTID]: STOPPED_REASON`; a long reason
    // continues on the following indented lines (splitByLength), read up to the next `- [` line
    // or the blank line the renderer puts after the reasons.
    shape!(
        "copilot_stopped_tasks",
        "AWS Copilot progress renderer (term/progress/ecs.go): - [TASK_IDS]: STOPPED_REASON",
        r"(?m)^[\s\-]*\[[0-9a-f]{6,}(?:,[0-9a-f]{6,})*\]:[ \t]*([^\n]+(?:\n[ \t]*[^\s\-\n][^\n]*)*)",
        transparent: false, json: false
    ),
    // Pulumi's AWS provider (Terraform-bridged) prints the provider's error under the resource's
    // URN: `* creating urn:pulumi:STACK::PROJECT::aws:ecs/service:Service::NAME: 1 error
    // occurred:\n\t* ERROR` (its continuation lines included), and the SDK's own line
    // `sdk.helper_schema: ERROR: provider=aws@V`.
    shape!(
        "pulumi_urn",
        "Pulumi AWS provider diagnostics: (creating|updating) urn:pulumi:URN: N error(s) occurred: * ERROR",
        r"(?:creating|updating|replacing|deleting|reading) urn:pulumi:\S+?: (?:\d+ errors? occurred:\s*\*\s*)?([^\n]+(?:\n[ \t]*[^\s\-*\n][^\n]*)*)",
        transparent: false, json: false
    ),
    shape!(
        "pulumi_sdk_line",
        "Pulumi AWS provider diagnostics (sdk-v2 bridge): sdk.helper_schema: ERROR: provider=aws@V",
        r"(?m)sdk\.helper_schema: (.+?)(?::\s*provider=aws@[0-9.]+)?\s*$",
        transparent: false, json: false
    ),
    // ecspresso (ecspresso.go DescribeTaskStatus): `task failed to start: STOPPED_REASON`, written
    // when the stop code is TaskFailedToStart. The words restate the stop code, which decides
    // nothing on its own (`classify_task` maps no family to it): transparent. The reason is the
    // last thing ecspresso prints, so it is read to the end (a reason may hold newlines).
    shape!(
        "ecspresso_failed_to_start",
        "ecspresso ecspresso.go DescribeTaskStatus: task failed to start: STOPPED_REASON",
        r"(?m)^task failed to start: ((?s:.+))",
        transparent: true, json: false
    ),
    shape!(
        "batch_nextflow",
        "Nextflow / AWS Batch job failure lines: Task failed to start - REASON, Job X failed: REASON",
        r"(?:Task failed to start|Job \S+ failed)\s*[-:]\s*(.+)$",
        transparent: false, json: false
    ),
];

/// Where an inner text starts: the first name or opening words of an error whose wording is
/// defined upstream, whatever precedes it.
///
/// * ECS agent `ErrorName()`s (agent/dockerclient/dockerapi/errors.go, agent/engine/errors.go,
///   agent/api/errors, agent/taskresource/*) and the agent's augmented pull messages
///   (agent/api/errormessages: "The task can’t pull the image. Check …");
/// * the Fargate names and openings of the "Amazon ECS stopped task error codes" and
///   "CannotPullContainer task errors" pages (ResourceInitializationError, TaskFailedToStart,
///   "ref pull has been retried", "pull image manifest has been retried", "unable to pull secrets
///   or registry auth", "failed to validate logger args", "Essential container in task exited", …);
/// * the ECS API's exception names (ClientException, InvalidParameterException, …) that the SDKs,
///   Terraform and CloudFormation put after their own words;
/// * the kubelet's and containerd's image pull wordings (pkg/kubelet/images: "Failed to pull
///   image", "Back-off pulling image", ErrImagePull, ImagePullBackOff; CRI: "failed to pull and
///   unpack image"; container states CrashLoopBackOff, OOMKilled);
/// * the kubelet's prober, eviction, pod sandbox and env-reference wordings, the scheduler's
///   "N/M nodes are available", Karpenter's "Could not schedule pod" and the VPC CNI's "add cmd:"
///   (NOTES-k8s.md names each source file).
pub static ANCHORS: &str = concat!(
    // ECS agent error names
    r"\b(?:CannotPullContainerError|CannotPullContainerAuthError|CannotPullECRContainerError|",
    r"CannotPullImageManifestError|CannotCreateContainerError|CannotStartContainerError|",
    r"CannotInspectContainerError|CannotStopContainerError|CannotRemoveContainerError|",
    r"CannotDescribeContainerError|CannotCreateVolumeError|CannotInspectVolumeError|InvalidVolumeError|",
    r"DockerTimeoutError|DockerStateError|DockerClientConfigError|HostConfigError|",
    r"ContainerNetworkingError|ContainerVanishedError|TaskDependencyError|",
    r"TaskStoppedBeforePullBeginError|OutOfMemoryError|",
    r"The task can.t pull the image|",
    // Fargate names and openings (stopped task error codes, CannotPullContainer task errors)
    r"ResourceInitializationError|ContainerRuntimeError|ContainerRuntimeTimeoutError|",
    r"TaskFailedToStart|SpotInterruption|InternalError|",
    r"ref pull has been retried|pull image manifest has been retried|inspect image has been retried|",
    r"pull command failed|unable to pull secrets or registry auth|failed to validate logger args|",
    r"failed to download env files|failed to invoke EFS utils|failed to configure ENI|",
    r"failed to initialize logging driver|failed to normalize image reference|",
    r"Timeout waiting for network interface provisioning|Your Spot Task was interrupted|",
    r"ECS is performing maintenance|Essential container in task exited|",
    r"Task failed (?:ELB|container) health checks|Task failed to start|",
    r"ECS was unable to assume the role|Scaling activity initiated by|Task stopped by user|",
    // service events (service-event-messages.html): "(service NAME) …", "service NAME was unable
    // to place a task …", "… is unhealthy in target-group …"
    r"\(service [^)]{1,255}\)|service \S+ was unable to place a task|was unable to place a task|",
    r"No Container Instances were found|",
    // ECS API exceptions, as SDKs and tools print them after their own words
    // (as the message's head: "ClientException: …", "(ClientException) when calling …"; not the
    // Java SDK's trailing "Error Code: ClientException;")
    r"(?:ClientException|InvalidParameterException|PlatformUnknownException|",
    r"PlatformTaskDefinitionIncompatibilityException|UnsupportedFeatureException|",
    r"AccessDeniedException|ServerException)(?::|\) when calling)|",
    // kubelet and containerd CRI
    r"Failed to pull image|failed to pull and unpack image|Back-off pulling image|ErrImagePull|",
    r"ImagePullBackOff|CrashLoopBackOff|OOMKilled|",
    // kubelet (prober, eviction, pod sandbox, env references), scheduler, Karpenter, VPC CNI
    r"(?:Liveness|Readiness|Startup) probe (?:failed|errored)|Failed (?:to )?create pod sandbox|",
    r"failed to setup network for sandbox|The node was low on resource|The node had condition|",
    r"\b\d+/\d+ nodes are available|Could not schedule pod|couldn.t find key|ErrImageNeverPull|",
    r"InvalidImageName|add cmd: )"
);
