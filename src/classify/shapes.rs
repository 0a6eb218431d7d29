//! Ambiguous shapes: texts that say *what* failed and *how* (a timeout, a name that did not
//! resolve) but not *why*. Their candidate causes, most likely first, are data taken from where
//! AWS documents the failure, one row per shape, each with its source — not from samples.
//!
//! Families (`families.rs`) recognise the shape; the row says what to suspect. A family of an
//! ambiguous shape names its row's `candidates`, so the order lives here once.
//!
//! Sources (`../shared/seeds/`, AWS re:Post knowledge-center articles):
//! * seed 000 — "unable to pull secrets or registry auth" (ecs-unable-to-pull-secrets, zh):
//!   (1) route to the internet: public subnet → public IP + IGW route; private subnet → NAT;
//!   (2) network ACL and security groups must allow outbound 443; (3) the VPC endpoints (and, for
//!   PrivateLink, the endpoint security group allowing 443 from the task); (4) the execution role;
//!   (5) the secret and parameter names.
//! * seed 001 — "CannotPullContainerError: API error" (ecs-pull-container-api-error-ecr, de):
//!   (1) no access to the ECR endpoint: NAT route (private subnet), public IP (public subnet),
//!   endpoint security group 443, task security group outbound 443 and 53, NACL; (2) repository
//!   policy; (3) IAM role; (4) image not found; (5) S3 gateway endpoint policy.
//! * seed 004 — "cannotpullcontainererror" on Fargate (ecs-fargate-pull-container-error, pt):
//!   default route to NAT or IGW; public IP with an IGW; with PrivateLink the endpoints
//!   (ecr.dkr, ecr.api, S3 gateway) and their security groups; the DHCP option set
//!   (AmazonProvidedDNS); the execution role; the image; ephemeral storage.
//! * seed 002 — ECR from EKS (eks-ecr-troubleshooting, pt): route, node security group, NACL;
//!   node instance role; interface endpoints.

use super::Service;
use crate::catalogue::id;

/// How an ambiguous text failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A timeout, deadline, refused or reset connection: the path, not the answer.
    Unreachable,
    /// A name did not resolve.
    NoSuchHost,
    /// Retried or killed without the final error.
    CutOff,
    /// A resource that does not exist (a log group).
    NotFound,
    /// A check or a step that failed without saying on which path (a health check, a mount, an
    /// ENI, a role).
    Failed,
    /// An AWS API or a registry refused the call (AccessDenied, not authorized, 401/403).
    Denied,
}

/// One ambiguous shape and what AWS documents behind it.
#[derive(Debug)]
pub struct Shape {
    /// What failed, as a slug: `pull.ecr`, `secrets`, `logs`, …
    pub what: &'static str,
    pub how: How,
    /// Cause ids, most likely first (at most five).
    pub candidates: &'static [&'static str],
    /// Where the order comes from.
    pub source: &'static str,
}

/// A Secrets Manager or SSM call that never got an answer, the text naming no address. Seed 000
/// checks the route first (public IP in a public subnet, NAT in a private one); seeds 001 and 004
/// put the endpoints in that same first step (a private subnet reaches the service through a
/// NAT *or* the endpoints), before the security group and NACL checks.
pub const SECRETS_UNREACHABLE: Shape = Shape {
    what: "secrets",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_NO_PUBLIC_IP,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_ENDPOINT_MISSING,
        id::NETWORK_SG_EGRESS,
        id::NETWORK_NACL,
    ],
    source: "seed 000 (route, NACL/SG outbound 443, endpoints); seeds 001, 004 (endpoints are the private subnet's route)",
};

/// The agent's ECR authorization call (GetAuthorizationToken on api.ecr) that never got an
/// answer: the same article (seed 000 covers "registry auth") and the same order; seed 003 shows
/// a missing ECR permission behind this exact text, so the role stays in the list.
pub const ECR_API_UNREACHABLE: Shape = Shape {
    what: "pull.ecr_api",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_NO_PUBLIC_IP,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_ENDPOINT_MISSING,
        id::NETWORK_SG_EGRESS,
        id::IAM_EXEC_ROLE_ECR,
    ],
    source: "seed 000 (registry auth: route, SG/NACL 443, endpoints, role); seed 003 (a missing ECR permission behind this timeout)",
};

/// An AWS service name dialled at a **public** address (`dial tcp 34.223.27.76:443: i/o
/// timeout`): the name resolved publicly, so no interface endpoint with private DNS is in the
/// path and its security group or policy cannot be the cause. What seed 000 checks for the
/// internet path is left: route and public IP, then the security group and NACL outbound 443;
/// an endpoint is still a fix (the last candidate), not a fault.
pub const AWS_UNREACHABLE_PUBLIC_ADDRESS: Shape = Shape {
    what: "aws",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_NO_PUBLIC_IP,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_SG_EGRESS,
        id::NETWORK_NACL,
        id::NETWORK_ENDPOINT_MISSING,
    ],
    source: "seed 000 (internet path: route, public IP, SG/NACL outbound 443)",
};

/// An AWS service name dialled at a **private** address (10/8, 172.16/12, 192.168/16): an
/// interface endpoint with private DNS answered the name, so the route and the public IP are not
/// in question. Seeds 000, 001 (step 4) and 004 check, for PrivateLink, the endpoint security
/// group's inbound 443 from the task, the task's own outbound 443 and the NACL; the task's own
/// group first, as in the one documented case of this shape (the runbook's Fargate task whose
/// security group had no egress: `GetAuthorizationToken … dial tcp 10.42.10.15:443: i/o
/// timeout`, `../shared/reference/runbook-and-error-catalogue.md`).
pub const AWS_UNREACHABLE_PRIVATE_ADDRESS: Shape = Shape {
    what: "aws",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_SG_EGRESS,
        id::NETWORK_ENDPOINT_SG,
        id::NETWORK_NACL,
        id::NETWORK_DNS,
        id::NETWORK_ENDPOINT_MISSING,
    ],
    source:
        "seed 001 step 4, seed 004 (PrivateLink: endpoint SG inbound 443), seed 000 (SG/NACL 443)",
};

/// The ECR registry (ecr.dkr) unreachable while pulling. Seeds 001 and 004 check the route and
/// the public IP first, then (PrivateLink) the endpoints and their security group, then the task
/// security group and NACL.
pub const ECR_UNREACHABLE: Shape = Shape {
    what: "pull.ecr",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_NO_PUBLIC_IP,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_ENDPOINT_MISSING,
        id::NETWORK_SG_EGRESS,
        id::NETWORK_ENDPOINT_SG,
    ],
    source: "seed 001 step 1 (NAT, public IP, endpoint SG, SG 443/53, NACL); seed 004",
};

/// Any AWS service (CloudWatch Logs, an env file in S3, an unnamed one) unreachable: the
/// checks of seed 000, which apply to every call the task ENI makes on Fargate 1.4.0.
pub const AWS_UNREACHABLE: Shape = Shape {
    what: "aws",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_NO_PUBLIC_IP,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_ENDPOINT_MISSING,
        id::NETWORK_SG_EGRESS,
        id::NETWORK_ENDPOINT_SG,
    ],
    source: "seed 000 (all traffic of Fargate 1.4.0 goes through the task ENI); seed 004",
};

/// A public registry (Docker Hub, quay, ghcr, ECR Public) unreachable: only the internet path
/// applies; VPC endpoints cannot serve it (seed 004: "if you do not use ECR, … image:tag in
/// the registry", reached through a NAT or IGW only).
pub const PUBLIC_REGISTRY_UNREACHABLE: Shape = Shape {
    what: "pull.public",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_NO_PUBLIC_IP,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_SG_EGRESS,
        id::NETWORK_NACL,
        id::NETWORK_DNS,
    ],
    source: "seed 004 (route to NAT/IGW, public IP); seed 001 step 5 (SG 443/53, NACL)",
};

/// ECR's layer bucket in S3 unreachable: the registry answered, so the route works; what the
/// private path lacks is the S3 gateway endpoint (seeds 000, 004 list it among the required
/// endpoints), the security group egress to the S3 prefix list, or the gateway endpoint policy
/// (seed 001, last section).
pub const S3_LAYER_UNREACHABLE: Shape = Shape {
    what: "pull.s3_layer",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_ENDPOINT_MISSING,
        id::NETWORK_SG_EGRESS,
        id::NETWORK_ENDPOINT_POLICY,
        id::NETWORK_NACL,
        id::NETWORK_NO_ROUTE,
    ],
    source: "seeds 000/004 (S3 gateway endpoint required), seed 001 (gateway endpoint policy)",
};

/// A name that did not resolve: seed 004 checks the DHCP option set (AmazonProvidedDNS), seed
/// 000 a custom DNS server's outbound 53; a private-DNS endpoint needs the VPC's DNS support.
pub const NAME_UNRESOLVED: Shape = Shape {
    what: "aws",
    how: How::NoSuchHost,
    candidates: &[
        id::NETWORK_DNS,
        id::NETWORK_ENDPOINT_MISSING,
        id::NETWORK_SG_EGRESS,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_NACL,
    ],
    source: "seed 004 (DHCP option set, AmazonProvidedDNS); seed 000 (custom DNS: outbound 53)",
};

/// A secret or parameter retrieval retried or killed without its final error: seed 000 names
/// both network ("signal: killed", "service call has been retried") and the role and names.
pub const SECRETS_CUT_OFF: Shape = Shape {
    what: "secrets",
    how: How::CutOff,
    candidates: &[
        id::NETWORK_NO_PUBLIC_IP,
        id::IAM_EXEC_ROLE_SECRETS,
        id::SECRET_NOT_FOUND,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_ENDPOINT_MISSING,
    ],
    source: "seed 000 (both messages of its summary; sections route, role, names)",
};

// ---- beyond the network: log driver, ENI, EFS, health checks, capacity, ECS's own roles -------
//
// Sources (AWS documentation and re:Post knowledge-center articles, found with the `docs` and
// `pages` corpora; each row names its own):
// * KC ecs-fargate-health-check-failures — https://repost.aws/knowledge-center/ecs-fargate-health-check-failures
// * KC ecs-task-container-health-check-failures — https://repost.aws/knowledge-center/ecs-task-container-health-check-failures
// * KC ecs-fargate-mount-efs-containers-tasks — https://repost.aws/knowledge-center/ecs-fargate-mount-efs-containers-tasks
// * KC eks-troubleshoot-efs-volume-mount-issues — https://repost.aws/knowledge-center/eks-troubleshoot-efs-volume-mount-issues
// * stopped-task-error-codes — https://docs.aws.amazon.com/AmazonECS/latest/userguide/stopped-task-error-codes.html
// * KC ecs-fargate-runtask-capacity — https://repost.aws/knowledge-center/ecs-fargate-runtask-capacity
// * KC "Resolve network interface provisioning errors for Amazon ECS on Fargate" (re:Post, quoted
//   at https://zenn.dev/mn87/articles/89a72e76e86c59) and container-instance-eni.html —
//   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-eni.html
// * service-event-messages.html — the "unable to assume the role" event's own wording.

/// "Task failed ELB health checks", "(port N) is unhealthy in (target-group …)". The KC article
/// checks, in order: the task security group's inbound rule from the load balancer, the ping
/// port, the health check grace period, the service's CPU and **memory** metrics (a starved
/// task stops answering), the application logs, the ping path. The first three and the last are
/// the load balancer's settings (`health.elb`); the logs are the application (`container.exit`);
/// memory is `container.oom`. The task SG's *inbound* rule from the load balancer has no id of
/// its own (`network.sg_egress` is outbound): it is part of `health.elb` here.
pub const ELB_HEALTH: Shape = Shape {
    what: "health.elb",
    how: How::Failed,
    candidates: &[
        id::HEALTH_ELB,
        id::CONTAINER_EXIT,
        id::CONTAINER_OOM,
        id::HEALTH_CONTAINER,
    ],
    source: "KC ecs-fargate-health-check-failures (SG from the LB, ping port, grace period, CPU/memory, logs, path)",
};

/// "Task failed container health checks". The KC article: test the container locally, check
/// the command and its syntax, give the container time to start (`startPeriod`) — all the
/// health check itself (`health.container`) — then read the application logs
/// (`container.exit`). The family also takes texts that say only "unhealthy" or "health
/// check", which the load balancer's own family did not recognise, so `health.elb` stays third.
pub const CONTAINER_HEALTH: Shape = Shape {
    what: "health.container",
    how: How::Failed,
    candidates: &[id::HEALTH_CONTAINER, id::CONTAINER_EXIT, id::HEALTH_ELB],
    source:
        "KC ecs-task-container-health-check-failures (command, startPeriod, then application logs)",
};

/// An EFS mount that timed out or was reset (`mount.nfs4: Connection timed out`, `Connection
/// reset by peer`). The mount KC: the file system's security group must allow inbound 2049 from
/// the task's and a mount target must exist in the task's Availability Zone (both
/// `volume.efs`); the task's security group must allow outbound 2049 (`network.sg_egress`).
/// The subnet's NACL is the remaining filter on that path.
pub const EFS_UNREACHABLE: Shape = Shape {
    what: "efs",
    how: How::Unreachable,
    candidates: &[id::VOLUME_EFS, id::NETWORK_SG_EGRESS, id::NETWORK_NACL],
    source: "KC ecs-fargate-mount-efs-containers-tasks (EFS SG inbound 2049, task SG outbound 2049); KC eks-troubleshoot-efs-volume-mount-issues (mount target per AZ)",
};

/// `Failed to resolve "fs-….efs.REGION.amazonaws.com"`: the EKS EFS KC names a missing mount
/// target in the Availability Zone (`volume.efs`); the stopped-task error codes page names a VPC
/// without DNS resolution as a common cause of ResourceInitializationError (`network.dns`); the
/// message itself asks to check the file system ID (a wrong id in the task definition).
pub const EFS_UNRESOLVED: Shape = Shape {
    what: "efs",
    how: How::NoSuchHost,
    candidates: &[id::VOLUME_EFS, id::NETWORK_DNS, id::TASK_CONFIG],
    source: "KC eks-troubleshoot-efs-volume-mount-issues (mount targets per AZ); stopped-task-error-codes (VPC DNS resolution)",
};

/// Any other EFS mount failure (`failed to invoke EFS utils commands`, `access denied by
/// server`, `No such file or directory`): the mount itself first (mount target, access point,
/// IAM authorization, root directory: `volume.efs`), then the path of the mount KC. IAM
/// authorization uses the task role, which has no cause id of its own: it is part of
/// `volume.efs`.
pub const EFS_MOUNT_FAILED: Shape = Shape {
    what: "efs",
    how: How::Failed,
    candidates: &[
        id::VOLUME_EFS,
        id::NETWORK_SG_EGRESS,
        id::NETWORK_DNS,
        id::NETWORK_NACL,
    ],
    source: "KC ecs-fargate-mount-efs-containers-tasks; stopped-task-error-codes (DNS resolution)",
};

/// An ENI that could not be created or attached ("Timeout waiting for network interface
/// provisioning to complete", a subnet without free addresses, an instance at its ENI limit).
/// The catalogue's `eni.capacity` names the provisioning timeout and the subnet's free IPs; the
/// re:Post article on provisioning errors on Fargate says the timeout also comes from
/// intermittent API issues on Fargate's underlying host (`infra.spot_or_host`: retry); on EC2,
/// container-instance-eni.html: the instance's ENI limit without trunking keeps tasks from
/// being placed (`capacity.placement`).
pub const ENI_PROVISIONING: Shape = Shape {
    what: "eni",
    how: How::Failed,
    candidates: &[
        id::ENI_CAPACITY,
        id::INFRA_SPOT_OR_HOST,
        id::CAPACITY_PLACEMENT,
        id::NETWORK_NO_ROUTE,
    ],
    source: "re:Post KC on Fargate network interface provisioning errors (host API issues); container-instance-eni.html (ENI limit, trunking)",
};

/// RunTask's "Capacity is unavailable at this time. Please try again later or in a different
/// availability zone": the KC article says retry later (AWS's capacity), give the task subnets
/// in several Availability Zones (the service's placement) and try other CPU and memory
/// combinations (the task size).
pub const FARGATE_CAPACITY: Shape = Shape {
    what: "capacity.fargate",
    how: How::Failed,
    candidates: &[
        id::CAPACITY_PLACEMENT,
        id::INFRA_SPOT_OR_HOST,
        id::TASK_CONFIG,
    ],
    source:
        "KC ecs-fargate-runtask-capacity (retry; subnets in several AZs; other CPU/memory sizes)",
};

/// "ECS was unable to assume the role … Please verify that the role being passed has the proper
/// trust relationship and permissions and that your IAM user has permissions to pass this role"
/// (service-event-messages.html; the event names its three checks itself). The trust policy
/// (`iam.exec_role_trust`) and a role that does not exist (`iam.exec_role_missing`); the
/// caller's `iam:PassRole` has no cause id, so `other` stands for it (as does IAM's eventual
/// consistency for a role created seconds before).
pub const ROLE_NOT_ASSUMED: Shape = Shape {
    what: "iam.assume",
    how: How::Failed,
    candidates: &[id::IAM_EXEC_ROLE_TRUST, id::IAM_EXEC_ROLE_MISSING, id::OTHER],
    source: "service-event-messages.html (the event's own three checks: trust, permissions, iam:PassRole)",
};

/// "Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS
/// service role being passed has the proper permissions": CreateService with a `role`, the IAM
/// role ECS assumes to register targets with the load balancer (API_CreateService.html, `role`).
/// The message names both halves of the check. The role first: its trust policy must allow
/// `ecs.amazonaws.com` (the service role of AmazonEC2ContainerServiceRole.html; no catalogue id
/// of its own, so the nearest, a role trust, `iam.exec_role_trust`). Then the request: a role
/// with a path given without its full ARN, a role where the service-linked role is required
/// (awsvpc, several target groups), a target group given by name (`task.config`). Last, a
/// target group without a load balancer, which has no id either (`other`, as
/// `elb.no_load_balancer` reads it).
pub const SERVICE_ROLE_NOT_ASSUMED: Shape = Shape {
    what: "ecs.service_role",
    how: How::Failed,
    candidates: &[id::IAM_EXEC_ROLE_TRUST, id::TASK_CONFIG, id::OTHER],
    source: "API_CreateService.html (`role`: assumed for the load balancer; full ARN with a path; service-linked role for awsvpc or several target groups); AmazonEC2ContainerServiceRole.html",
};

/// The task's pause container image (`amazon/amazon-ecs-pause`, container
/// `~internal~ecs~pause`) could not be pulled or was not on the instance. ecs-agent-versions.html:
/// "The Amazon ECS container agent contains the amazon-ecs-pause image. Amazon ECS uses this
/// image for tasks that use awsvpc network mode." It is never pulled from a registry, so the
/// image, registry and IAM causes of a pull do not apply: the agent on the container instance
/// did not load it (an agent or AMI set up without it; no catalogue id, so `other`), the host's
/// agent failing (`infra.spot_or_host`), or a task whose network mode the instance cannot serve
/// (`task.config`).
pub const AGENT_PAUSE_IMAGE: Shape = Shape {
    what: "agent.pause",
    how: How::NotFound,
    candidates: &[id::OTHER, id::INFRA_SPOT_OR_HOST, id::TASK_CONFIG],
    source: "ecs-agent-versions.html (the agent contains the amazon-ecs-pause image, used for awsvpc tasks)",
};

/// "Essential container in task exited" with exit code 1. KC ecs-task-exec-format-error: an
/// image built for another CPU architecture stops the task with exactly this reason and exit
/// code 1. An OOM kill is a SIGKILL, exit code 137 (`container.oom` in CAUSES.md; the exit-code
/// table of aws/agent-toolkit-for-aws ecs-troubleshooting-guide.md: 1 = application error, 137 =
/// OOM kill or stop timeout), so a stated 1 puts it last.
pub const EXITED_WITH_CODE_1: Shape = Shape {
    what: "container.exit",
    how: How::Failed,
    candidates: &[
        id::CONTAINER_EXIT,
        id::IMAGE_PLATFORM_MISMATCH,
        id::CONTAINER_COMMAND,
        id::HEALTH_CONTAINER,
        id::CONTAINER_OOM,
    ],
    source: "KC ecs-task-exec-format-error (\"Essential container in task exited\", exit code 1); CAUSES.md container.oom (exit 137)",
};

/// The awslogs log group does not exist: `awslogs-create-group` not set (`logs.group_missing`),
/// the execution role lacking `logs:CreateLogGroup` when it is set (`iam.exec_role_logs`), or
/// `awslogs-region` naming another Region than the group's (a task definition to fix).
pub const LOG_GROUP_NOT_FOUND: Shape = Shape {
    what: "logs",
    how: How::NotFound,
    candidates: &[
        id::LOGS_GROUP_MISSING,
        id::IAM_EXEC_ROLE_LOGS,
        id::TASK_CONFIG,
    ],
    source: "using_awslogs.html (awslogs-create-group needs logs:CreateLogGroup; awslogs-region is the group's Region)",
};

// ---- the log driver, container start, task start, sidecars (classify4) -------------------------
//
// Sources, each row names its own:
// * using_awslogs — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html,
//   read in its archived source awsdocs/amazon-ecs-developer-guide doc_source/using_awslogs.md
//   (commit 3aef759, May 2023).
// * resource-initialization-error — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/resource-initialization-error.html
//   (its headings as quoted in ../shared/reference/runbook-and-error-catalogue.md, R3 and R4).
// * verify-connectivity — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/verify-connectivity.html
//   (the runbook checks the registry connectivity, then the VPC endpoints, then the security groups).
// * using_firelens — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html
//   (archived doc_source/using_firelens.md and firelens-taskdef.md, commit 3aef759).
// * cannot-start-container — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cannot-start-container.html
// * container-runtime-error — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-runtime-error.html
// * bind-mounts — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html
// * failed-to-start-error — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/failed-to-start-error.html
// * out-of-memory — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/out-of-memory.html
// * service-connect — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html
//   (archived doc_source/service-connect.md, commit 3aef759: "Service Connect proxy").
// * task_cannot_pull_image — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_cannot_pull_image.html

/// The log driver refused by CloudWatch Logs (`AccessDeniedException` on CreateLogStream,
/// CreateLogGroup or PutLogEvents). using_awslogs: the task execution role (or, on EC2, the
/// container instance role) must allow `logs:CreateLogStream` and `logs:PutLogEvents`, and
/// `logs:CreateLogGroup` when `awslogs-create-group` is set — a group the driver was not allowed
/// to create stays missing, so creating it is the other fix. A VPC endpoint policy is the last
/// place a denial can come from.
pub const LOGS_DENIED: Shape = Shape {
    what: "logs",
    how: How::Denied,
    candidates: &[
        id::IAM_EXEC_ROLE_LOGS,
        id::LOGS_GROUP_MISSING,
        id::IAM_INSTANCE_ROLE,
        id::NETWORK_ENDPOINT_POLICY,
    ],
    source: "using_awslogs.html (execution role or EC2 instance role: CreateLogStream, PutLogEvents; CreateLogGroup with awslogs-create-group)",
};

/// "The task cannot find the Amazon CloudWatch log group … There is a connection issue between
/// the task and Amazon CloudWatch. Check your network configuration": the new wording sends the
/// reader to verify-connectivity, whose runbook checks the route, then the VPC endpoints, then
/// the security groups; the group itself (resource-initialization-error R3) comes last. A
/// plain log-driver timeout, which does not mention the group, reads as [`AWS_UNREACHABLE`].
pub const LOGS_UNREACHABLE: Shape = Shape {
    what: "logs",
    how: How::Unreachable,
    candidates: &[
        id::NETWORK_NO_PUBLIC_IP,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_ENDPOINT_MISSING,
        id::NETWORK_SG_EGRESS,
        id::LOGS_GROUP_MISSING,
    ],
    source: "verify-connectivity.html (route, endpoints, security groups); resource-initialization-error.html R3 (the log group)",
};

/// "failed to initialize logging driver" with nothing after it. resource-initialization-error
/// (R4): "the group specified in the task definition is incorrect, or the log group does not
/// exist" — a missing group first, a wrong name or Region in the task definition second; then
/// the execution role (using_awslogs) and the path to CloudWatch Logs.
pub const LOGGING_DRIVER_FAILED: Shape = Shape {
    what: "logs",
    how: How::Failed,
    candidates: &[
        id::LOGS_GROUP_MISSING,
        id::TASK_CONFIG,
        id::IAM_EXEC_ROLE_LOGS,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_ENDPOINT_MISSING,
    ],
    source: "resource-initialization-error.html R4 (group incorrect or missing); using_awslogs.html (execution role)",
};

/// The FireLens log router did not answer on its socket (`dial unix /var/run/fluent.sock:
/// connect: connection refused | no such file or directory`): a local socket, not the network.
/// using_firelens: the container with the FireLens configuration must start before the
/// containers that log through it (a `dependsOn` condition in the task definition); firelens-taskdef
/// recommends the router be essential, so its own exit (its configuration) stops the task; a
/// dependency that never reaches its condition ends in a start timeout.
pub const FIRELENS_ROUTER_DOWN: Shape = Shape {
    what: "logs.firelens",
    how: How::Unreachable,
    candidates: &[
        id::TASK_CONFIG,
        id::CONTAINER_EXIT,
        id::CONTAINER_START_TIMEOUT,
    ],
    source: "using_firelens.html (the router starts first: dependsOn); firelens-taskdef (router essential)",
};

/// `CannotStartContainerError` that names no cause, or "failed to get container status": the
/// only entry of cannot-start-container is that message, and its remedy is the container's
/// `memory`. The exec and mount failures have families of their own before this one; what is
/// left is the application's own start (exit) and its command.
pub const CANNOT_START_CONTAINER: Shape = Shape {
    what: "container.start",
    how: How::Failed,
    candidates: &[id::CONTAINER_OOM, id::CONTAINER_EXIT, id::CONTAINER_COMMAND],
    source: "cannot-start-container.html (failed to get container status: increase the container memory)",
};

/// The runtime failed while setting the container up, before its command ran: `error mounting
/// "…" to rootfs`, `error creating device nodes`, `container init exited prematurely`. What it
/// mounts is the task definition's (`mountPoints`, `volumes`, `linuxParameters`: bind-mounts),
/// or an EFS volume behind the mount; otherwise container-runtime-error: "an internal failure in
/// the agent or the containerd runtime".
pub const CONTAINER_INIT_FAILED: Shape = Shape {
    what: "container.init",
    how: How::Failed,
    candidates: &[id::TASK_CONFIG, id::VOLUME_EFS, id::INFRA_SPOT_OR_HOST],
    source: "bind-mounts.html (mountPoints, volumes); container-runtime-error.html (agent or containerd failure)",
};

/// `TaskFailedToStart` with no detail. The Medium/VRT write-up of the bare "Task failed to
/// start" (a dependency's `startTimeout`) keeps the start timeout first; verify-connectivity and
/// the AWSSupport-TroubleshootECSTaskFailedToStart runbook test the network path; failed-to-start-error
/// documents the subnet's free IPs and the ENI device index (`eni.capacity`), a task definition
/// that does not match the compute (`task.config`) and a disconnected agent (placement).
pub const TASK_FAILED_TO_START: Shape = Shape {
    what: "task.start",
    how: How::Failed,
    candidates: &[
        id::CONTAINER_START_TIMEOUT,
        id::NETWORK_NO_ROUTE,
        id::ENI_CAPACITY,
        id::TASK_CONFIG,
        id::CAPACITY_PLACEMENT,
    ],
    source: "failed-to-start-error.html (free IPs, device index, compute strategy, AGENT); verify-connectivity.html (runbook)",
};

/// "OutOfMemoryError: Container killed due to memory usage". out-of-memory: the processes used
/// more memory than the task definition allocated (`container.oom`), "or due to host or
/// operating system constraints" — the host itself out of memory (`infra.spot_or_host`). A
/// process that dies of its own exit in the same text is the application (`container.exit`).
pub const OUT_OF_MEMORY: Shape = Shape {
    what: "container.oom",
    how: How::Failed,
    candidates: &[
        id::CONTAINER_OOM,
        id::CONTAINER_EXIT,
        id::INFRA_SPOT_OR_HOST,
    ],
    source: "out-of-memory.html (memory above the task definition's, or host or OS constraints)",
};

/// The Service Connect proxy (or an App Mesh Envoy sidecar) unhealthy or stopped. service-connect:
/// the proxy runs on the task's CPU and memory not allocated to other containers, so the task
/// definition must set the task memory limit and leave room for it (`task.config`, then
/// `container.oom` when it is starved); the proxy has a health check of its own (as the Envoy
/// container of App Mesh has, with the application depending on it being HEALTHY); route tables
/// and network ACLs must allow the `containerPort` between proxies.
pub const SIDECAR_PROXY_UNHEALTHY: Shape = Shape {
    what: "sidecar.proxy",
    how: How::Failed,
    candidates: &[
        id::HEALTH_CONTAINER,
        id::TASK_CONFIG,
        id::CONTAINER_OOM,
        id::NETWORK_NACL,
    ],
    source: "service-connect.html (Service Connect proxy: task memory limit, unallocated CPU/memory, route tables and NACLs)",
};

/// An image pull or registry auth refused by ECR. task_cannot_pull_image (P1): "Check that the
/// role has the permissions to pull images" — the execution role on Fargate, the instance role
/// on EC2; seed 001: the repository policy, then the role; the S3 gateway endpoint policy last.
pub const ECR_DENIED: Shape = Shape {
    what: "pull.ecr",
    how: How::Denied,
    candidates: &[
        id::IAM_EXEC_ROLE_ECR,
        id::ECR_REPO_POLICY,
        id::IAM_INSTANCE_ROLE,
        id::IAM_EXEC_ROLE_MISSING,
        id::NETWORK_ENDPOINT_POLICY,
    ],
    source: "task_cannot_pull_image.html P1 (execution or instance role); seed 001 (repository policy, role, endpoint policy)",
};

/// A secret or parameter refused. resource-initialization-error (R2): the execution role lacks
/// the Secrets Manager permission, or the ARN is wrong (the policy names the right ARN, the task
/// a wrong one, which reads exactly like a missing permission); seed 000: `kms:Decrypt` for a
/// customer key, then the endpoint policy.
pub const SECRETS_DENIED: Shape = Shape {
    what: "secrets",
    how: How::Denied,
    candidates: &[
        id::IAM_EXEC_ROLE_SECRETS,
        id::SECRET_NOT_FOUND,
        id::IAM_EXEC_ROLE_KMS,
        id::NETWORK_ENDPOINT_POLICY,
        id::IAM_EXEC_ROLE_MISSING,
    ],
    source: "resource-initialization-error.html R2 (ARN, execution role); seed 000 (kms:Decrypt)",
};

/// A public or third-party registry refused the pull. task_cannot_pull_image (P11): "pull access
/// denied" means no access to the image — authenticate the client (private-auth.html: the
/// `repositoryCredentials` secret, which the execution role must be allowed to read), or the
/// repository does not exist (the registry answers both the same way).
pub const REGISTRY_DENIED: Shape = Shape {
    what: "pull.public",
    how: How::Denied,
    candidates: &[
        id::REGISTRY_AUTH,
        id::IAM_EXEC_ROLE_SECRETS,
        id::IMAGE_NOT_FOUND,
    ],
    source: "task_cannot_pull_image.html P11 (authenticate; no access to the image); private-auth.html (repositoryCredentials secret)",
};

// ---- service events, deployments, container create/start (classify6) ---------------------------
//
// Sources, each row names its own:
// * service-throttle-logic — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-throttle-logic.html
// * KC ecs-troubleshoot-deployment-failures — https://repost.aws/knowledge-center/ecs-troubleshoot-deployment-failures
// * deployment-circuit-breaker — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html
// * container-runtime-timeout-error — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-runtime-timeout-error.html
// * KC ecs-fargate-docker-timeout-error — https://repost.aws/knowledge-center/ecs-fargate-docker-timeout-error
// * KC ecs-task-stopped — https://repost.aws/knowledge-center/ecs-task-stopped
// * CannotCreateContainerError — archived awsdocs/amazon-ecs-developer-guide doc_source/CannotCreateContainerError.md
//   (commit 3aef759), https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CannotCreateContainerError.html

/// "(service X) is unable to consistently start tasks successfully". service-throttle-logic:
/// the event is sent only when tasks go from PENDING straight to STOPPED, and the page lists
/// its common causes in this order: a lack of resources in the cluster (ports, memory, CPU:
/// `capacity.placement`), the agent unable to pull the image (a bad image name or tag:
/// `image.not_found`; a lack of registry authentication or permissions: `iam.exec_role_ecr`,
/// `registry.auth`), and insufficient disk space to create the container
/// (`storage.ephemeral`). The same page says what does **not** send it: failed ELB health
/// checks, and a container command that exits after the task reached RUNNING — so neither
/// `health.elb` nor `container.exit` is a candidate.
pub const SERVICE_START_THROTTLED: Shape = Shape {
    what: "service.throttled",
    how: How::Failed,
    candidates: &[
        id::CAPACITY_PLACEMENT,
        id::IMAGE_NOT_FOUND,
        id::IAM_EXEC_ROLE_ECR,
        id::REGISTRY_AUTH,
        id::STORAGE_EPHEMERAL,
    ],
    source: "service-throttle-logic.html (resources; image pull: name/tag, registry auth or permissions; disk space; not ELB health checks, not an exit after RUNNING)",
};

/// The deployment circuit breaker failed a deployment: "(service X) (deployment ecs-svc/…)
/// deployment failed: tasks failed to start." (the service event), "ECS deployment circuit
/// breaker: tasks failed to start." (the rollout reason), "Error occurred during operation 'ECS
/// Deployment Circuit Breaker was triggered'" (CloudFormation). KC ecs-troubleshoot-deployment-failures
/// lists what sets the deployment to FAILED, in this order: a container failed its health check
/// (`health.container`); a target group failed the load balancer's health checks
/// (`health.elb`); a Cloud Map health check (no id of its own); the ECR image does not exist
/// (`image.not_found`); the container instances did not meet the placement criteria
/// (`capacity.placement`); a task of the new deployment stopped or failed to start
/// consecutively (`container.exit`). deployment-circuit-breaker.html counts the same two stages
/// (tasks that never reach RUNNING; tasks that fail ELB, Cloud Map or container health checks).
pub const DEPLOYMENT_CIRCUIT_BREAKER: Shape = Shape {
    what: "deployment.failed",
    how: How::Failed,
    candidates: &[
        id::HEALTH_CONTAINER,
        id::HEALTH_ELB,
        id::IMAGE_NOT_FOUND,
        id::CAPACITY_PLACEMENT,
        id::CONTAINER_EXIT,
    ],
    source: "KC ecs-troubleshoot-deployment-failures (container health check, ALB health checks, Cloud Map, ECR image missing, placement, tasks stopped or failed to start); deployment-circuit-breaker.html (two stages)",
};

/// `DockerTimeoutError` / `ContainerRuntimeTimeoutError`: "Could not transition to running;
/// timed out after waiting 1m", "Docker timeout error". container-runtime-timeout-error: a
/// container could not reach RUNNING or STOPPED within the timeout (`container.start_timeout`).
/// KC ecs-fargate-docker-timeout-error: on Fargate this is "a networking configuration issue" —
/// a private subnet without a NAT gateway (`network.no_route`) or without the endpoints for
/// ECR, S3, Secrets Manager or SSM and CloudWatch Logs (`network.endpoint_missing`). A large
/// image unpacked on a small disk is the last reading.
pub const CONTAINER_RUNTIME_TIMEOUT: Shape = Shape {
    what: "container.timeout",
    how: How::Unreachable,
    candidates: &[
        id::CONTAINER_START_TIMEOUT,
        id::NETWORK_NO_ROUTE,
        id::NETWORK_ENDPOINT_MISSING,
        id::STORAGE_EPHEMERAL,
    ],
    source: "container-runtime-timeout-error.html (no RUNNING/STOPPED within the timeout); KC ecs-fargate-docker-timeout-error (Fargate: no NAT, missing endpoints)",
};

/// "Essential container in task exited" with no code, or a code other than 1. KC ecs-task-stopped:
/// an essential container that "fails or stops for any reason" stops the task; read its exit
/// code (the application, `container.exit`; 137 a SIGKILL, the memory limit: `container.oom`;
/// a command that cannot run: `container.command`). A container health check that kills the
/// container is the KC's next stopped reason.
pub const ESSENTIAL_CONTAINER_EXITED: Shape = Shape {
    what: "container.exit",
    how: How::Failed,
    candidates: &[
        id::CONTAINER_EXIT,
        id::CONTAINER_OOM,
        id::CONTAINER_COMMAND,
        id::HEALTH_CONTAINER,
    ],
    source: "KC ecs-task-stopped (essential container exited: read the exit code; container health checks)",
};

/// `CannotCreateContainerError` that no earlier family explains (`context deadline exceeded`,
/// `container already exists`, a daemon error without detail). The container is created by the
/// local runtime, so no network path is involved. service-throttle-logic: "Insufficient disk
/// space on your container instance to create the container … CannotCreateContainerError";
/// CannotCreateContainerError.html: the Docker thin pool is full (`storage.ephemeral`). The
/// runtime rejects a container configuration it cannot create (`task.config`: links, names,
/// host settings), or the host's runtime is failing (`infra.spot_or_host`).
pub const CANNOT_CREATE_CONTAINER: Shape = Shape {
    what: "container.create",
    how: How::Failed,
    candidates: &[
        id::STORAGE_EPHEMERAL,
        id::TASK_CONFIG,
        id::INFRA_SPOT_OR_HOST,
    ],
    source: "service-throttle-logic.html (insufficient disk: CannotCreateContainerError); CannotCreateContainerError.html (thin pool full)",
};

// ---- the agent's dependency graph and the exit codes of the shells and the kernel (classify7) ---
//
// Sources, each row names its own:
// * aws/amazon-ecs-agent agent/engine/dependencygraph/graph.go (@8dfceca), hasDependencyTimedOut;
//   task_definition_parameters.html, container dependency (`startTimeout`, HEALTHY needs a
//   health check) — https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
// * Bash reference manual, Exit Status — https://www.gnu.org/software/bash/manual/html_node/Exit-Status.html
//   ("If a command is not found, the child process created to execute it returns a status of
//   127. If a command is found but is not executable, the return status is 126." "When a
//   command terminates on a fatal signal whose number is N, Bash uses the value 128+N");
//   Docker run reference, exit status (126 "contained command cannot be invoked", 127
//   "contained command cannot be found") — https://docs.docker.com/engine/containers/run/#exit-status
// * signal(7) — https://man7.org/linux/man-pages/man7/signal.7.html (SIGSEGV 11, SIGTERM 15)
// * API_StopTask.html — https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StopTask.html
//   (a stop is a SIGTERM, then SIGKILL after the stop timeout)

/// "dependency graph: container ordering dependency [X] for target [Y] has timed out." The agent
/// raises it only for a dependency that has **started** and whose condition (SUCCESS, COMPLETE,
/// HEALTHY) was not met within the dependency's `startTimeout` (graph.go, hasDependencyTimedOut),
/// so its image was pulled and no network path is in question. task_definition_parameters.html:
/// `startTimeout` is how long to wait before giving up on a container's dependencies
/// (`container.start_timeout`); HEALTHY requires that the dependency has a health check and
/// passes it (`health.container`); a dependency that keeps running instead of completing is
/// the application (`container.exit`).
pub const DEPENDENCY_TIMED_OUT: Shape = Shape {
    what: "depends_on.timeout",
    how: How::Failed,
    candidates: &[
        id::CONTAINER_START_TIMEOUT,
        id::HEALTH_CONTAINER,
        id::CONTAINER_EXIT,
    ],
    source: "agent graph.go hasDependencyTimedOut (started, condition not met within startTimeout); task_definition_parameters.html (startTimeout; HEALTHY needs a health check)",
};

/// An essential container that exited with code 126. Bash, Exit-Status.html: "a command is found
/// but is not executable" (a script without the execute bit, a directory: `container.command`);
/// Bash also returns 126 when the kernel refuses the binary's format ("cannot execute binary
/// file: Exec format error": an image for another CPU architecture, `image.platform_mismatch`).
/// Docker's run reference: "contained command cannot be invoked". No signal, so no OOM kill.
pub const EXITED_NOT_EXECUTABLE: Shape = Shape {
    what: "container.exit",
    how: How::Failed,
    candidates: &[
        id::CONTAINER_COMMAND,
        id::IMAGE_PLATFORM_MISMATCH,
        id::CONTAINER_EXIT,
        id::HEALTH_CONTAINER,
        id::CONTAINER_OOM,
    ],
    source: "Exit-Status.html (126: found but not executable); Docker run reference (126: cannot be invoked)",
};

/// An essential container that exited with code 127. Bash, Exit-Status.html: "If a command is
/// not found, the child process created to execute it returns a status of 127" — a command or
/// entrypoint not in the image or not on its PATH, or a script whose interpreter is missing
/// (`container.command`); a shell script of the application returns it for a command it runs
/// (`container.exit`). A binary whose dynamic loader is for another platform also reads "not
/// found" (`image.platform_mismatch`).
pub const EXITED_COMMAND_NOT_FOUND: Shape = Shape {
    what: "container.exit",
    how: How::Failed,
    candidates: &[
        id::CONTAINER_COMMAND,
        id::CONTAINER_EXIT,
        id::IMAGE_PLATFORM_MISMATCH,
        id::HEALTH_CONTAINER,
        id::CONTAINER_OOM,
    ],
    source:
        "Exit-Status.html (127: command not found); Docker run reference (127: cannot be found)",
};

/// An essential container that exited with code 143 = 128 + 15, SIGTERM (Exit-Status.html,
/// signal(7)): something stopped it. API_StopTask.html: ECS stops a task's containers with a
/// SIGTERM — for a failed container health check (`health.container`), a failed load balancer
/// health check (`health.elb`), a deployment or scale-in (`expected.stop`). The application
/// may also exit 143 on its own (`container.exit`), and the agent reports 143 for a container
/// whose dependsOn condition could never be met (task_manager.go,
/// handleTerminalDependencyError: `container.start_timeout`). A SIGTERM is no OOM kill.
pub const EXITED_ON_SIGTERM: Shape = Shape {
    what: "container.exit",
    how: How::Failed,
    candidates: &[
        id::HEALTH_CONTAINER,
        id::HEALTH_ELB,
        id::EXPECTED_STOP,
        id::CONTAINER_EXIT,
        id::CONTAINER_START_TIMEOUT,
    ],
    source: "Exit-Status.html (128+N: signal N); signal(7) (SIGTERM 15); API_StopTask.html (SIGTERM, then SIGKILL); agent task_manager.go (143 for a dependency that cannot resolve)",
};

/// The row for a text no family recognised, by the service it names and how it failed: the
/// service's own row when the table has one for that `how`, else the row of any AWS service
/// (for a timeout or a name that did not resolve). `None` when the table has nothing to say.
pub fn for_service(service: Service, how: How) -> Option<&'static Shape> {
    let whats: &[&str] = match service {
        Service::S3Layer => &["pull.s3_layer"],
        Service::EcrApi => &["pull.ecr_api", "pull.ecr"],
        Service::EcrRegistry => &["pull.ecr"],
        Service::SecretsManager | Service::Ssm => &["secrets"],
        Service::CloudWatchLogs => &["logs"],
        Service::Efs => &["efs"],
        Service::DockerHub | Service::PublicEcr | Service::OtherRegistry => &["pull.public"],
        Service::S3 | Service::Kms | Service::Iam | Service::Ec2 => &[],
    };
    let own = whats.iter().find_map(|w| {
        AMBIGUOUS
            .iter()
            .copied()
            .find(|s| s.what == *w && s.how == how)
    });
    own.or(match how {
        How::Unreachable => Some(&AWS_UNREACHABLE),
        How::NoSuchHost => Some(&NAME_UNRESOLVED),
        How::CutOff | How::NotFound | How::Failed | How::Denied => None,
    })
}

/// Every ambiguous shape, for tests and documentation.
pub static AMBIGUOUS: &[&Shape] = &[
    &SECRETS_UNREACHABLE,
    &ECR_API_UNREACHABLE,
    &AWS_UNREACHABLE_PUBLIC_ADDRESS,
    &AWS_UNREACHABLE_PRIVATE_ADDRESS,
    &ECR_UNREACHABLE,
    &AWS_UNREACHABLE,
    &PUBLIC_REGISTRY_UNREACHABLE,
    &S3_LAYER_UNREACHABLE,
    &NAME_UNRESOLVED,
    &SECRETS_CUT_OFF,
    &ELB_HEALTH,
    &CONTAINER_HEALTH,
    &EFS_UNREACHABLE,
    &EFS_UNRESOLVED,
    &EFS_MOUNT_FAILED,
    &ENI_PROVISIONING,
    &FARGATE_CAPACITY,
    &ROLE_NOT_ASSUMED,
    &SERVICE_ROLE_NOT_ASSUMED,
    &AGENT_PAUSE_IMAGE,
    &EXITED_WITH_CODE_1,
    &LOG_GROUP_NOT_FOUND,
    &LOGS_DENIED,
    &LOGS_UNREACHABLE,
    &LOGGING_DRIVER_FAILED,
    &FIRELENS_ROUTER_DOWN,
    &CANNOT_START_CONTAINER,
    &CONTAINER_INIT_FAILED,
    &TASK_FAILED_TO_START,
    &OUT_OF_MEMORY,
    &SIDECAR_PROXY_UNHEALTHY,
    &ECR_DENIED,
    &SECRETS_DENIED,
    &REGISTRY_DENIED,
    &SERVICE_START_THROTTLED,
    &DEPLOYMENT_CIRCUIT_BREAKER,
    &CONTAINER_RUNTIME_TIMEOUT,
    &ESSENTIAL_CONTAINER_EXITED,
    &CANNOT_CREATE_CONTAINER,
    &DEPENDENCY_TIMED_OUT,
    &EXITED_NOT_EXECUTABLE,
    &EXITED_COMMAND_NOT_FOUND,
    &EXITED_ON_SIGTERM,
];
