//! The catalogue of known root causes: one entry per id of `../shared/CAUSES.md`.
//!
//! The ids are a public contract (JSON reports, SNS attributes, tests): add ids, never rename them.
//! Each entry is what `ecs-autopsy explain ID` prints: what went wrong, which evidence confirms it,
//! how to fix it, and where AWS documents it. The classifier (`crate::classify`) only ever names
//! ids from this table, and `tests/catalogue.rs` keeps this table and CAUSES.md identical.

use serde::Serialize;

/// The cause ids as constants: code names a cause by constant, so a mistyped id does not
/// compile, and every id exists as text once, here. [`id::ALL`] lists them in the order of
/// CAUSES.md; the meta-tests keep it and [`CAUSES`] identical.
pub mod id {
    macro_rules! cause_ids {
        ($($name:ident = $id:literal,)*) => {
            $(pub const $name: &str = $id;)*
            /// Every id, in the order of CAUSES.md.
            pub const ALL: &[&str] = &[$($name),*];
        };
    }
    cause_ids! {
        NETWORK_NO_PUBLIC_IP = "network.no_public_ip",
        NETWORK_NO_ROUTE = "network.no_route",
        NETWORK_SG_EGRESS = "network.sg_egress",
        NETWORK_NACL = "network.nacl",
        NETWORK_ENDPOINT_MISSING = "network.endpoint_missing",
        NETWORK_ENDPOINT_SG = "network.endpoint_sg",
        NETWORK_ENDPOINT_POLICY = "network.endpoint_policy",
        NETWORK_DNS = "network.dns",
        IAM_EXEC_ROLE_MISSING = "iam.exec_role_missing",
        IAM_EXEC_ROLE_TRUST = "iam.exec_role_trust",
        IAM_EXEC_ROLE_ECR = "iam.exec_role_ecr",
        IAM_EXEC_ROLE_SECRETS = "iam.exec_role_secrets",
        IAM_EXEC_ROLE_KMS = "iam.exec_role_kms",
        IAM_EXEC_ROLE_LOGS = "iam.exec_role_logs",
        IAM_INSTANCE_ROLE = "iam.instance_role",
        ECR_REPO_POLICY = "ecr.repo_policy",
        IMAGE_NOT_FOUND = "image.not_found",
        IMAGE_PLATFORM_MISMATCH = "image.platform_mismatch",
        REGISTRY_AUTH = "registry.auth",
        REGISTRY_RATE_LIMIT = "registry.rate_limit",
        SECRET_NOT_FOUND = "secret.not_found",
        LOGS_GROUP_MISSING = "logs.group_missing",
        ENVFILE_S3 = "envfile.s3",
        STORAGE_EPHEMERAL = "storage.ephemeral",
        VOLUME_EFS = "volume.efs",
        ENI_CAPACITY = "eni.capacity",
        CAPACITY_PLACEMENT = "capacity.placement",
        TASK_CONFIG = "task.config",
        CONTAINER_COMMAND = "container.command",
        CONTAINER_START_TIMEOUT = "container.start_timeout",
        CONTAINER_OOM = "container.oom",
        CONTAINER_EXIT = "container.exit",
        HEALTH_ELB = "health.elb",
        HEALTH_CONTAINER = "health.container",
        INFRA_SPOT_OR_HOST = "infra.spot_or_host",
        EXPECTED_STOP = "expected.stop",
        OTHER = "other",
    }
}

/// Broad area of a cause, used to group `ecs-autopsy causes` and to pick report icons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Area {
    Network,
    Iam,
    Image,
    Secrets,
    Logs,
    Storage,
    Placement,
    Container,
    Health,
    Infrastructure,
    Expected,
    Unknown,
}

impl Area {
    pub fn label(self) -> &'static str {
        match self {
            Area::Network => "network",
            Area::Iam => "IAM",
            Area::Image => "image and registry",
            Area::Secrets => "secrets and configuration",
            Area::Logs => "logging",
            Area::Storage => "storage and volumes",
            Area::Placement => "placement and capacity",
            Area::Container => "container",
            Area::Health => "health checks",
            Area::Infrastructure => "AWS infrastructure",
            Area::Expected => "expected stop",
            Area::Unknown => "unknown",
        }
    }
}

/// How a failure of this cause is announced (SNS attribute `severity`, the Slack header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The task failed and needs a person.
    Error,
    /// Informational: Spot or host loss, a task stopped on purpose; usually nothing to fix.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Info => "info",
        }
    }
}

/// What can confirm a cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// The account's configuration: one check of `crate::diagnose::CHECKS` confirms or rules it
    /// out (the meta-tests hold the two lists equal).
    Check,
    /// The error text alone: no configuration shows it (a registry's rate limit, a Spot
    /// interruption, a stop on purpose).
    TextOnly,
}

/// One known root cause.
#[derive(Debug, Clone, Serialize)]
pub struct Cause {
    /// Stable id from CAUSES.md, e.g. `network.no_route`.
    pub id: &'static str,
    pub area: Area,
    /// One line in plain words, the headline of a report.
    pub title: &'static str,
    /// What went wrong and why the task fails.
    pub what: &'static str,
    /// The evidence that turns a suspicion from the error text into a confirmed cause.
    pub confirm: &'static str,
    /// The fix, as steps; `<...>` marks the values a report fills in from the snapshot.
    pub fix: &'static [&'static str],
    /// AWS documentation.
    pub docs: &'static [&'static str],
    /// The resource the fix changes: failures of one cause on one culprit are one incident,
    /// however many services they hit (`crate::incident`).
    pub culprit: Culprit,
    pub severity: Severity,
    pub evidence: Evidence,
    /// Causes this one explains when both are confirmed: it leads over them whatever the text
    /// (an arm64 task whose image has no arm64 build exits with `exec format error`; the exit is
    /// the symptom, the image the cause).
    pub explains: &'static [&'static str],
}

/// What a cause's fix changes, so that failures are grouped by the broken resource: the route
/// table that lost its NAT route, the execution role, the secret, the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Culprit {
    RouteTable,
    Subnet,
    Vpc,
    SecurityGroup,
    Nacl,
    /// A VPC endpoint (its security group or policy); the VPC when the evidence names none.
    Endpoint,
    ExecutionRole,
    InstanceRole,
    /// A Secrets Manager secret or SSM parameter (also registry credentials).
    Secret,
    /// The image reference (repository and tag).
    Image,
    LogGroup,
    FileSystem,
    /// The task definition revision: a bug of one service's own code or configuration.
    TaskDefinition,
    TargetGroup,
    Cluster,
    /// The account's NAT address (Docker Hub's pull limit counts per source IP).
    Account,
    /// Nothing shared: the service itself (transient, expected, unknown).
    Service,
}

const DOC_PULL: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_cannot_pull_image.html";
const DOC_KC_FARGATE_PULL: &str =
    "https://repost.aws/knowledge-center/ecs-fargate-pull-container-error";
const DOC_KC_API_ERROR: &str =
    "https://repost.aws/knowledge-center/ecs-pull-container-api-error-ecr";
const DOC_KC_SECRETS: &str = "https://repost.aws/knowledge-center/ecs-unable-to-pull-secrets";
const DOC_FARGATE_NET: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html";
const DOC_ECS_ENDPOINTS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html";
const DOC_ECR_ENDPOINTS: &str =
    "https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html";
const DOC_EXEC_ROLE: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html";
const DOC_SECRETS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html";
const DOC_STOPPED: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html";
const DOC_TASK_PARAMS: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html";

/// Every known cause, in the order of CAUSES.md.
pub static CAUSES: &[Cause] = &[
    Cause {
        id: id::NETWORK_NO_PUBLIC_IP,
        area: Area::Network,
        culprit: Culprit::Subnet,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "Task in a public subnet has no public IP, so it cannot reach AWS",
        what: "The task's subnet sends 0.0.0.0/0 to an internet gateway, but the task has no public IP \
               (assignPublicIp DISABLED, or an EC2 instance without a public IP). Without a public IP an \
               internet gateway drops the traffic, so ECR, Secrets Manager, SSM and CloudWatch Logs time out.",
        confirm: "Route table of the task subnet (explicit association, else the VPC main table) sends 0.0.0.0/0 \
                  to igw-...; the awsvpc configuration has assignPublicIp DISABLED (or the container instance has \
                  no public IP); no VPC endpoint covers the service the task needed.",
        fix: &[
            "Run the task or service with a public IP: aws ecs update-service --cluster <cluster> --service <service> \
             --network-configuration 'awsvpcConfiguration={subnets=[<subnet>],securityGroups=[<sg>],assignPublicIp=ENABLED}'",
            "Or move the task to a private subnet whose default route goes to a NAT gateway",
            "Or add VPC endpoints (ecr.api, ecr.dkr, the S3 gateway, logs, secretsmanager/ssm) so no internet path is needed",
        ],
        docs: &[DOC_KC_FARGATE_PULL, DOC_FARGATE_NET, DOC_PULL],
    },
    Cause {
        id: id::NETWORK_NO_ROUTE,
        area: Area::Network,
        culprit: Culprit::RouteTable,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The task's subnet has no route to AWS services: no NAT, no internet gateway, no endpoint",
        what: "The route table that applies to the task subnet has no usable default route (none, a blackhole, a NAT \
               gateway that is not available, or a NAT gateway in a subnet that itself has no route to an internet \
               gateway), and no VPC endpoint covers the service, so every connection times out.",
        confirm: "Route table (explicit association, else the VPC main table) without an active 0.0.0.0/0 route to \
                  igw-/nat-; or the NAT gateway's state or its own subnet's routes; and no endpoint for the service.",
        fix: &[
            "Add a default route to a NAT gateway that sits in a public subnet: aws ec2 create-route \
             --route-table-id <route-table> --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-gateway>",
            "Or add the VPC endpoints the task needs (ecr.api, ecr.dkr, S3 gateway, logs, secretsmanager, ssm)",
        ],
        docs: &[DOC_KC_FARGATE_PULL, DOC_FARGATE_NET, DOC_ECS_ENDPOINTS],
    },
    Cause {
        id: id::NETWORK_SG_EGRESS,
        area: Area::Network,
        culprit: Culprit::SecurityGroup,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The task's security groups block outbound HTTPS (or DNS)",
        what: "No egress rule of the task's security groups allows TCP 443 to where the call goes (the internet, the \
               endpoint ENIs or their security group, the S3 managed prefix list for the S3 gateway endpoint), or \
               port 53 to a custom DNS server.",
        confirm: "Egress rules of every task security group evaluated against the destination: CIDR, prefix list, \
                  security-group reference, protocol -1 and port ranges.",
        fix: &[
            "Allow outbound HTTPS: aws ec2 authorize-security-group-egress --group-id <sg> --ip-permissions \
             'IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{CidrIp=0.0.0.0/0}]'",
            "With an S3 gateway endpoint, allow 443 to the S3 prefix list (pl-...) as well",
            "With custom DNS servers, allow UDP and TCP 53 to them",
        ],
        docs: &["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html", DOC_KC_API_ERROR],
    },
    Cause {
        id: id::NETWORK_NACL,
        area: Area::Network,
        culprit: Culprit::Nacl,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "A network ACL on the path denies HTTPS or its return traffic",
        what: "The network ACL of the task subnet or of an endpoint subnet denies outbound TCP 443 or the inbound \
               return traffic on ephemeral ports 1024-65535. NACLs are stateless and evaluated in rule-number order; \
               the first matching rule wins.",
        confirm: "NACL entries of the subnets on the path, evaluated in number order for egress 443 and ingress \
                  1024-65535 (and the mirror on endpoint subnets).",
        fix: &[
            "Add allow rules before the deny: aws ec2 create-network-acl-entry --network-acl-id <nacl> --egress \
             --rule-number <n> --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow",
            "And for the return traffic: aws ec2 create-network-acl-entry --network-acl-id <nacl> --ingress \
             --rule-number <n> --protocol tcp --port-range From=1024,To=65535 --cidr-block 0.0.0.0/0 --rule-action allow",
        ],
        docs: &["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html", DOC_KC_API_ERROR],
    },
    Cause {
        id: id::NETWORK_ENDPOINT_MISSING,
        area: Area::Network,
        culprit: Culprit::Vpc,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "A VPC endpoint the task needs is missing or not available",
        what: "The task has no NAT or internet path and relies on PrivateLink, but a required endpoint is missing or \
               not `available`: ecr.api (Fargate platform 1.4.0 and later), ecr.dkr, the S3 gateway endpoint \
               associated with the task subnet's route table (image layers live in S3), logs (awslogs), \
               secretsmanager or ssm (secrets).",
        confirm: "VPC endpoints of the VPC: service name, type, state, subnets (task AZ) and route tables, against \
                  the services the task definition needs.",
        fix: &[
            "Create the interface endpoint in the task subnets: aws ec2 create-vpc-endpoint --vpc-id <vpc> \
             --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.<service> --subnet-ids <subnet> \
             --security-group-ids <endpoint-sg> --private-dns-enabled",
            "For S3: aws ec2 create-vpc-endpoint --vpc-id <vpc> --vpc-endpoint-type Gateway --service-name \
             com.amazonaws.<region>.s3 --route-table-ids <route-table>",
        ],
        docs: &[DOC_ECS_ENDPOINTS, DOC_ECR_ENDPOINTS, DOC_KC_FARGATE_PULL],
    },
    Cause {
        id: id::NETWORK_ENDPOINT_SG,
        area: Area::Network,
        culprit: Culprit::Endpoint,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "An interface endpoint's security group does not accept HTTPS from the task",
        what: "The security groups on the interface endpoint's ENIs do not allow inbound TCP 443 from the task \
               (its security group, its IP, or the VPC CIDR), so the connection to the endpoint times out.",
        confirm: "Ingress rules of the endpoint security groups against the task's security group ids and address.",
        fix: &["Allow HTTPS from the task: aws ec2 authorize-security-group-ingress --group-id <endpoint-sg> \
                --protocol tcp --port 443 --source-group <task-sg>"],
        docs: &[DOC_ECR_ENDPOINTS, DOC_KC_FARGATE_PULL],
    },
    Cause {
        id: id::NETWORK_ENDPOINT_POLICY,
        area: Area::Network,
        culprit: Culprit::Endpoint,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "A VPC endpoint policy denies what the task needs",
        what: "An endpoint policy does not allow the call: an interface endpoint policy restricting ECR, Secrets \
               Manager, SSM or Logs, or an S3 gateway endpoint policy that does not allow the ECR layer bucket \
               arn:aws:s3:::prod-<region>-starport-layer-bucket/*.",
        confirm: "Endpoint PolicyDocument evaluated for the actions and resources the task needs.",
        fix: &[
            "Allow s3:GetObject on arn:aws:s3:::prod-<region>-starport-layer-bucket/* in the S3 gateway endpoint policy: \
             aws ec2 modify-vpc-endpoint --vpc-endpoint-id <endpoint> --policy-document file://policy.json",
            "Allow the ECR, Secrets Manager, SSM or Logs actions the task needs in the interface endpoint policy",
        ],
        docs: &[DOC_ECR_ENDPOINTS, DOC_KC_API_ERROR],
    },
    Cause {
        id: id::NETWORK_DNS,
        area: Area::Network,
        culprit: Culprit::Vpc,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "AWS service names do not resolve to a reachable address",
        what: "The VPC has enableDnsSupport or enableDnsHostnames off while private-DNS endpoints are relied on, an \
               interface endpoint has private DNS disabled, or the DHCP option set uses custom domain-name-servers \
               instead of AmazonProvidedDNS (which then must forward the AWS names).",
        confirm: "VPC attributes enableDnsSupport/enableDnsHostnames, DHCP options of the VPC, endpoint PrivateDnsEnabled.",
        fix: &[
            "Turn on VPC DNS: aws ec2 modify-vpc-attribute --vpc-id <vpc> --enable-dns-support '{\"Value\":true}' \
             (and --enable-dns-hostnames)",
            "Enable private DNS on the endpoint: aws ec2 modify-vpc-endpoint --vpc-endpoint-id <endpoint> --private-dns-enabled",
            "Use AmazonProvidedDNS in the DHCP options, or forward amazonaws.com to the VPC resolver",
        ],
        docs: &[
            "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html",
            "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_DHCP_Options.html",
        ],
    },
    Cause {
        id: id::IAM_EXEC_ROLE_MISSING,
        area: Area::Iam,
        culprit: Culprit::ExecutionRole,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The task has no execution role, or it does not exist",
        what: "The task definition has no executionRoleArn although one is needed (Fargate with an ECR image, awslogs, \
               secrets, private registry authentication), or the role it names does not exist.",
        confirm: "Task definition executionRoleArn; iam:GetRole answering NoSuchEntity.",
        fix: &[
            "Create ecsTaskExecutionRole with the AmazonECSTaskExecutionRolePolicy managed policy and a trust policy \
             for ecs-tasks.amazonaws.com",
            "Register a new task definition revision with executionRoleArn set, then update the service",
        ],
        docs: &[DOC_EXEC_ROLE],
    },
    Cause {
        id: id::IAM_EXEC_ROLE_TRUST,
        area: Area::Iam,
        culprit: Culprit::ExecutionRole,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "ECS cannot assume the execution role (trust policy)",
        what: "The execution role's trust policy does not allow ecs-tasks.amazonaws.com to assume it, so the agent \
               gets no credentials to pull the image, fetch secrets or write logs.",
        confirm: "The role's AssumeRolePolicyDocument has no Allow of sts:AssumeRole for ecs-tasks.amazonaws.com.",
        fix: &["aws iam update-assume-role-policy --role-name <role> --policy-document \
                '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}'"],
        docs: &[DOC_EXEC_ROLE],
    },
    Cause {
        id: id::IAM_EXEC_ROLE_ECR,
        area: Area::Iam,
        culprit: Culprit::ExecutionRole,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The execution role is not allowed to pull the image from ECR",
        what: "The execution role cannot call ecr:GetAuthorizationToken (resource *) or ecr:BatchGetImage / \
               ecr:GetDownloadUrlForLayer / ecr:BatchCheckLayerAvailability on the repository. Connection-looking \
               errors can hide this (the agent retries and times out).",
        confirm: "Role policies (inline, managed at their default version, permissions boundary) evaluated for the \
                  four ECR actions, or iam:SimulatePrincipalPolicy results.",
        fix: &["Attach the managed policy: aws iam attach-role-policy --role-name <role> --policy-arn \
                arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"],
        docs: &[DOC_EXEC_ROLE, DOC_PULL],
    },
    Cause {
        id: id::IAM_EXEC_ROLE_SECRETS,
        area: Area::Iam,
        culprit: Culprit::ExecutionRole,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The execution role may not read a secret or parameter the task references",
        what: "The execution role cannot secretsmanager:GetSecretValue or ssm:GetParameters on a secret or parameter \
               named in the task definition (secrets, repositoryCredentials).",
        confirm: "Role policies evaluated for the exact ARNs from the task definition's valueFrom and credentialsParameter.",
        fix: &["Grant the exact ARNs: aws iam put-role-policy --role-name <role> --policy-name ecs-secrets \
                --policy-document '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"secretsmanager:GetSecretValue\",\"ssm:GetParameters\"],\"Resource\":[\"<arn>\"]}]}'"],
        docs: &[DOC_SECRETS, DOC_KC_SECRETS, DOC_EXEC_ROLE],
    },
    Cause {
        id: id::IAM_EXEC_ROLE_KMS,
        area: Area::Iam,
        culprit: Culprit::ExecutionRole,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The execution role may not decrypt the KMS key of a secret",
        what: "A referenced secret or SecureString parameter is encrypted with a customer managed KMS key and the \
               execution role cannot kms:Decrypt it (role policy or key policy).",
        confirm: "The secret's KmsKeyId (DescribeSecret, never GetSecretValue) or the parameter's KeyId is a customer \
                  managed key; role policies evaluated for kms:Decrypt on it.",
        fix: &["Allow kms:Decrypt on the key for the role (role policy, and the key policy must not deny it): \
                aws iam put-role-policy --role-name <role> --policy-name ecs-kms --policy-document \
                '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\",\"Resource\":\"<key-arn>\"}]}'"],
        docs: &[DOC_SECRETS, DOC_KC_SECRETS],
    },
    Cause {
        id: id::IAM_EXEC_ROLE_LOGS,
        area: Area::Iam,
        culprit: Culprit::ExecutionRole,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The execution role may not write to the CloudWatch log group",
        what: "With the awslogs driver the execution role needs logs:CreateLogStream and logs:PutLogEvents on the log \
               group (and logs:CreateLogGroup when awslogs-create-group is true).",
        confirm: "Role policies evaluated against the log group ARN.",
        fix: &["Attach AmazonECSTaskExecutionRolePolicy, and add logs:CreateLogGroup if awslogs-create-group is true: \
                aws iam attach-role-policy --role-name <role> --policy-arn \
                arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html", DOC_EXEC_ROLE],
    },
    Cause {
        id: id::IAM_INSTANCE_ROLE,
        area: Area::Iam,
        culprit: Culprit::InstanceRole,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The container instance role may not pull from ECR",
        what: "EC2 launch type without an execution role pulls with the container instance's role (instance profile); \
               that role lacks the ECR pull permissions. The same applies to EKS worker nodes.",
        confirm: "Container instance -> EC2 instance -> instance profile -> role policies evaluated for the ECR actions.",
        fix: &["Attach the managed policy to the instance role: aws iam attach-role-policy --role-name <role> \
                --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/instance_IAM_role.html", DOC_KC_API_ERROR],
    },
    Cause {
        id: id::ECR_REPO_POLICY,
        area: Area::Iam,
        culprit: Culprit::Image,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The ECR repository policy denies the pulling role",
        what: "The repository policy denies the role that pulls, or the repository is in another account and its \
               policy does not allow this account's role (use the role ARN, not the instance profile ARN).",
        confirm: "ecr:GetRepositoryPolicy evaluated for the pulling role and the pull actions.",
        fix: &["Allow ecr:BatchGetImage, ecr:GetDownloadUrlForLayer and ecr:BatchCheckLayerAvailability for <role-arn>: \
                aws ecr set-repository-policy --repository-name <repository> --policy-text file://policy.json"],
        docs: &["https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html", DOC_KC_API_ERROR],
    },
    Cause {
        id: id::IMAGE_NOT_FOUND,
        area: Area::Image,
        culprit: Culprit::Image,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The image does not exist: wrong repository, tag or digest",
        what: "The repository, tag or digest does not exist (typo, never pushed, expired by a lifecycle policy, tag \
               moved since a digest was pinned), or the image reference is malformed.",
        confirm: "ecr:DescribeImages answering RepositoryNotFoundException or ImageNotFoundException; the reference parse.",
        fix: &[
            "Check the image in the task definition against the registry: aws ecr describe-images --repository-name \
             <repository> --image-ids imageTag=<tag>",
            "Push the image, or register a task definition revision that names an existing tag or digest",
        ],
        docs: &[DOC_PULL, DOC_KC_API_ERROR],
    },
    Cause {
        id: id::IMAGE_PLATFORM_MISMATCH,
        area: Area::Image,
        culprit: Culprit::Image,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[id::CONTAINER_EXIT, id::CONTAINER_COMMAND],
        title: "The image is built for another OS or CPU architecture",
        what: "The image has no manifest for the task's OS/CPU architecture (runtimePlatform, ecs.cpu-architecture), \
               or the binary is for another architecture (exec format error).",
        confirm: "ecr:BatchGetImage: the platforms of the image index against the task's (runtimePlatform, the \
                  ecs.cpu-architecture it ran on, Fargate's X86_64 default). A single-platform image's architecture \
                  is in its config blob, which the API does not return: then only the error text says so.",
        fix: &[
            "Build a multi-architecture image (docker buildx build --platform linux/amd64,linux/arm64 ...)",
            "Or set runtimePlatform.cpuArchitecture in the task definition to the image's architecture",
        ],
        docs: &[DOC_TASK_PARAMS],
    },
    Cause {
        id: id::REGISTRY_AUTH,
        area: Area::Image,
        culprit: Culprit::Secret,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "Private registry credentials are missing or wrong",
        what: "repositoryCredentials are missing, malformed (the secret must hold username and password) or wrong; \
               or an ECR token for another region or account is used.",
        confirm: "Task definition repositoryCredentials; the credentials secret's metadata.",
        fix: &["Store {\"username\":...,\"password\":...} in a Secrets Manager secret, reference it in \
                repositoryCredentials.credentialsParameter, and let the execution role read it"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html"],
    },
    Cause {
        id: id::REGISTRY_RATE_LIMIT,
        area: Area::Image,
        culprit: Culprit::Account,
        severity: Severity::Error,
        evidence: Evidence::TextOnly,
        explains: &[],
        title: "A public registry throttled the image pull",
        what: "Docker Hub (or another public registry) refused the pull with toomanyrequests: anonymous pulls share \
               the NAT's public IP and its rate limit.",
        confirm: "The image's registry is not ECR.",
        fix: &[
            "Mirror the image into ECR, or use an ECR pull through cache rule for Docker Hub",
            "Or authenticate pulls with repositoryCredentials",
        ],
        docs: &[
            "https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html",
        ],
    },
    Cause {
        id: id::SECRET_NOT_FOUND,
        area: Area::Secrets,
        culprit: Culprit::Secret,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "A secret or parameter the task references does not exist",
        what: "A secret or SSM parameter named in the task definition does not exist, was deleted, is in another region \
               without a full ARN, or the JSON key or version stage named in valueFrom does not exist.",
        confirm: "secretsmanager:DescribeSecret / ssm:DescribeParameters (metadata only, never the value).",
        fix: &[
            "Check the reference: aws secretsmanager describe-secret --secret-id <arn> (or aws ssm describe-parameters)",
            "Fix valueFrom in a new task definition revision (full ARN, same region, existing JSON key and stage)",
        ],
        docs: &[
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/resource-not-found-error.html",
            DOC_SECRETS,
        ],
    },
    Cause {
        id: id::LOGS_GROUP_MISSING,
        area: Area::Logs,
        culprit: Culprit::LogGroup,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The CloudWatch log group does not exist",
        what: "The awslogs driver writes to a log group that does not exist, and awslogs-create-group is not true.",
        confirm: "logs:DescribeLogGroups with the awslogs-group prefix finds no exact match.",
        fix: &[
            "Create it: aws logs create-log-group --log-group-name <log-group>",
            "Or set awslogs-create-group to true and allow logs:CreateLogGroup to the execution role",
        ],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html"],
    },
    Cause {
        id: id::ENVFILE_S3,
        area: Area::Secrets,
        culprit: Culprit::ExecutionRole,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "An environment file in S3 is missing or unreadable",
        what: "An environmentFiles S3 object is missing, or the execution role cannot s3:GetObject it (and \
               s3:GetBucketLocation on the bucket).",
        confirm: "Task definition environmentFiles; role policies for s3:GetObject on the object.",
        fix: &["Upload the file or fix its ARN, and allow s3:GetObject on it and s3:GetBucketLocation on the bucket to \
                the execution role"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html"],
    },
    Cause {
        id: id::STORAGE_EPHEMERAL,
        area: Area::Storage,
        culprit: Culprit::TaskDefinition,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The image does not fit in the task's storage (no space left on device)",
        what: "Extracting the image ran out of disk: Fargate ephemeral storage (20 GiB by default, up to 200 GiB), or \
               the EC2 instance's Docker volume or thin pool.",
        confirm: "ephemeralStorage.sizeInGiB against the image size (ecr:DescribeImages imageSizeInBytes, compressed).",
        fix: &[
            "Raise ephemeralStorage.sizeInGiB in the task definition (Fargate, up to 200)",
            "Or make the image smaller; on EC2 grow the Docker volume and clean old images",
        ],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html", DOC_PULL],
    },
    Cause {
        id: id::VOLUME_EFS,
        area: Area::Storage,
        culprit: Culprit::FileSystem,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The EFS volume could not be mounted",
        what: "No EFS mount target in the task's AZ, a mount target security group without inbound NFS 2049 from the \
               task, an access point or IAM authorization failure, or DNS for the file system name.",
        confirm: "Task definition volumes; EFS mount targets, their AZs and security groups.",
        fix: &[
            "Create a mount target in every task subnet's AZ and allow TCP 2049 from the task security group",
            "With IAM authorization, allow elasticfilesystem:ClientMount (and ClientWrite) to the task role",
        ],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html"],
    },
    Cause {
        id: id::ENI_CAPACITY,
        area: Area::Placement,
        culprit: Culprit::Cluster,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "No network interface could be created or attached for the task",
        what: "The subnet has no free IP addresses, the instance reached its ENI limit (trunking not in effect), or ENI \
               provisioning timed out.",
        confirm: "Subnet AvailableIpAddressCount; instance ENI limits.",
        fix: &[
            "Use larger or more subnets (aws ec2 describe-subnets --subnet-ids <subnet> shows AvailableIpAddressCount)",
            "On EC2, enable awsvpcTrunking or use instance types with more ENIs",
        ],
        docs: &[
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/failed-to-start-error.html",
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-eni.html",
        ],
    },
    Cause {
        id: id::CAPACITY_PLACEMENT,
        area: Area::Placement,
        culprit: Culprit::Cluster,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The task could not be placed on any capacity",
        what: "No container instance could take the task: none registered, not enough CPU, memory or ports, placement \
               constraints unmet, or the capacity provider cannot scale.",
        confirm: "The placement failure's reason (RESOURCE:CPU, RESOURCE:MEMORY, a port, an attribute); an EC2 task \
                  in a cluster with no registered container instance and no capacity provider (also before a \
                  deployment). Free CPU and memory per instance are not gathered.",
        fix: &["Add capacity (scale the Auto Scaling group or capacity provider) or lower the task's CPU/memory"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html"],
    },
    Cause {
        id: id::TASK_CONFIG,
        area: Area::Container,
        culprit: Culprit::TaskDefinition,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The task definition is invalid for where it runs",
        what: "The task definition does not fit the launch type or platform (incompatible compute strategy, missing \
               task-level cpu/memory on Fargate, an unsupported parameter).",
        confirm: "Task definition compatibilities and parameters against the launch type.",
        fix: &["Register a task definition revision compatible with the launch type or capacity provider"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/failed-to-start-error.html", DOC_TASK_PARAMS],
    },
    Cause {
        id: id::CONTAINER_COMMAND,
        area: Area::Container,
        culprit: Culprit::TaskDefinition,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The container's command or entrypoint cannot be executed",
        what: "The runtime could not start the process: executable file not found in $PATH, permission denied, or a \
               missing file named in command/entryPoint.",
        confirm: "Container definition command and entryPoint against the image.",
        fix: &["Fix command/entryPoint (or the image's ENTRYPOINT), make the file executable, and use absolute paths"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cannot-start-container.html"],
    },
    Cause {
        id: id::CONTAINER_START_TIMEOUT,
        area: Area::Container,
        culprit: Culprit::TaskDefinition,
        severity: Severity::Error,
        evidence: Evidence::TextOnly,
        explains: &[],
        title: "A container did not reach RUNNING in time",
        what: "A container did not start within its startTimeout, a dependsOn condition was never met, or the runtime \
               timed out (Fargate's default start timeout is 3 minutes; slow image pulls over a poor path cause it too).",
        confirm: "dependsOn conditions and startTimeout in the container definitions.",
        fix: &["Raise startTimeout, fix the dependency's health check, and check the network path for slow pulls"],
        docs: &[
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-runtime-timeout-error.html",
            DOC_TASK_PARAMS,
        ],
    },
    Cause {
        id: id::CONTAINER_OOM,
        area: Area::Container,
        culprit: Culprit::TaskDefinition,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "A container was killed for using more memory than it may",
        what: "The container exceeded its memory limit and was killed (OutOfMemoryError, exit code 137).",
        confirm: "Container memory limits and exit code.",
        fix: &["Raise memory (container and task level) or lower the application's memory use"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/out-of-memory.html"],
    },
    Cause {
        id: id::CONTAINER_EXIT,
        area: Area::Container,
        culprit: Culprit::TaskDefinition,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The essential container exited: an application error",
        what: "The essential container stopped on its own with a non-zero exit code; the reason is in its logs.",
        confirm: "Exit code; the last lines of the container's CloudWatch Logs stream when awslogs is used.",
        fix: &["Read the container's last log lines, fix the application or its configuration, then redeploy"],
        docs: &[DOC_STOPPED, "https://repost.aws/knowledge-center/ecs-task-stopped"],
    },
    Cause {
        id: id::HEALTH_ELB,
        area: Area::Health,
        culprit: Culprit::TargetGroup,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The task failed its load balancer health checks",
        what: "The target group marked the task unhealthy and ECS replaced it: wrong health check path or port, the \
               application starts slower than the grace period, the security groups block the load balancer, or the \
               task runs in an Availability Zone the load balancer has no node in.",
        confirm: "Target group health check settings and target health, healthCheckGracePeriodSeconds; the load \
                  balancer's zones against the task's subnets, the task's security group ingress from the load \
                  balancer and the load balancer's egress to the task on the health-check port (also before a \
                  deployment).",
        fix: &["Fix the health check path/port, raise the service's healthCheckGracePeriodSeconds, allow the load \
                balancer's security group into the task (and out of its own), enable the task's zones on the load \
                balancer"],
        docs: &["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/troubleshoot-service-load-balancers.html"],
    },
    Cause {
        id: id::HEALTH_CONTAINER,
        area: Area::Health,
        culprit: Culprit::TaskDefinition,
        severity: Severity::Error,
        evidence: Evidence::Check,
        explains: &[],
        title: "The task failed its container health check",
        what: "The healthCheck command of an essential container kept failing (command missing in the image, wrong \
               port, too short startPeriod).",
        confirm: "healthCheck in the container definition.",
        fix: &["Make the health check command exist in the image and succeed; raise startPeriod and retries"],
        docs: &[DOC_TASK_PARAMS],
    },
    Cause {
        id: id::INFRA_SPOT_OR_HOST,
        area: Area::Infrastructure,
        culprit: Culprit::Service,
        severity: Severity::Info,
        evidence: Evidence::Check,
        explains: &[],
        title: "AWS took the capacity away or failed internally (usually transient)",
        what: "Spot interruption, host termination or maintenance, InternalError or ContainerRuntimeError, or a \
               container instance whose container runtime, GPU, daemon tasks or agent connection is impaired. The \
               task itself was not at fault; services start a replacement.",
        confirm: "stopCode SpotInterruption / TerminationNotice, or the error category; an impaired container instance \
                  from its ECS Container Instance Health Change event (the check).",
        fix: &["Nothing to change if it is rare; spread across AZs and mix on-demand capacity if it repeats"],
        docs: &[
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/spot-interruption-errors.html",
            DOC_STOPPED,
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_health_events.html",
        ],
    },
    Cause {
        id: id::EXPECTED_STOP,
        area: Area::Expected,
        culprit: Culprit::Service,
        severity: Severity::Info,
        evidence: Evidence::TextOnly,
        explains: &[],
        title: "Not a failure: the task was stopped on purpose",
        what: "User-initiated stop, scale-in or deployment replacement. Not notified by default.",
        confirm: "stopCode UserInitiated / ServiceSchedulerInitiated with a scaling or deployment reason.",
        fix: &["Nothing to fix"],
        docs: &[DOC_STOPPED],
    },
    Cause {
        id: id::OTHER,
        area: Area::Unknown,
        culprit: Culprit::Service,
        severity: Severity::Error,
        evidence: Evidence::TextOnly,
        explains: &[],
        title: "No known cause matches this error",
        what: "Nothing in the catalogue matches the error text. The report still carries the raw reason and every \
               context check.",
        confirm: "None: the checks of the whole context still run.",
        fix: &["Read the raw reason and the checks; if it is a new failure, add it to the catalogue"],
        docs: &[DOC_STOPPED],
    },
];

/// Looks a cause up by id.
pub fn cause(id: &str) -> Option<&'static Cause> {
    CAUSES.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for c in CAUSES {
            assert!(seen.insert(c.id), "duplicate id {}", c.id);
            assert!(
                c.id == "other"
                    || c.id.split('.').count() == 2
                        && c.id.chars().all(|ch| ch.is_ascii_lowercase()
                            || ch.is_ascii_digit()
                            || ch == '.'
                            || ch == '_'),
                "bad id {}",
                c.id
            );
            assert!(
                !c.fix.is_empty() && !c.docs.is_empty(),
                "{} needs a fix and docs",
                c.id
            );
            assert!(c.docs.iter().all(|d| d.starts_with("https://")), "{}", c.id);
            assert!(
                !c.title.ends_with('.'),
                "{}: titles carry no trailing period",
                c.id
            );
        }
    }

    #[test]
    fn lookup() {
        assert_eq!(cause("network.nacl").unwrap().area, Area::Network);
        assert!(cause("nope").is_none());
    }
}
