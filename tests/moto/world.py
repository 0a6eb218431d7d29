#!/usr/bin/env python3
"""Builds a realistic ECS account in moto_server and prints the EventBridge event of a task that
failed to start in it.

    world.py --endpoint http://127.0.0.1:PORT --spec '{"subnet": "isolated", "endpoints": ["ecr.dkr"]}'

The spec's knobs (all optional) describe what is broken; the defaults are a healthy Fargate service
task in a private subnet behind a NAT gateway, with an ECR image, a Secrets Manager secret, an SSM
parameter and awslogs. Output (stdout, JSON): {"event": {...}, "ids": {...}}.

Used by the Rust integration tests (tests/gather_moto.rs, tests/diagnose_moto.rs) and the demo.
Talks to the given loopback endpoint only.
"""
import argparse
import json
import sys
import time
import uuid

import boto3

DEFAULTS = {
    "region": "us-east-1",
    "name": "api",                 # names everything, so several worlds can share one moto
    "subnet": "private",           # public | private | isolated
    "assign_public_ip": False,
    "nat": True,                   # a NAT gateway in the public subnet, default route of "private"
    "nat_in_private_subnet": False,  # the NAT gateway itself sits in a subnet without an IGW route
    "endpoints": [],               # interface: ecr.api ecr.dkr logs secretsmanager ssm; gateway: s3
    "endpoint_sg_ingress_443": True,
    "endpoint_private_dns": True,
    "s3_endpoint_policy": None,    # a policy document for the S3 gateway endpoint
    "task_sg_egress": "all",       # all | none | 443-no-prefix-list | 443-vpc-only
    "nacl_deny_egress_443": False,
    "nacl_deny_ephemeral_in": False,
    "dns_support": True,
    "dns_hostnames": True,
    "custom_dns": None,            # e.g. ["10.0.0.53"]
    "exec_role": "full",           # full | none | missing | no-ecr | no-secrets | bad-trust | no-logs
    "secret": "exists",            # exists | missing | none
    "secret_kms": None,            # "cmk": secret encrypted with a customer managed key the role may not use
    "ssm_param": "exists",         # exists | missing | none
    "image": "exists",             # exists | missing-tag | missing-repo | dockerhub
    "image_size_gib": 0.2,
    "image_region": None,          # the ECR repository lives in this region (a central registry)
    "image_platforms": None,       # e.g. ["linux/amd64"]: the tag is an image index (manifest list) of
                                   # these platforms; None = a single-platform manifest
    "cpu_architecture": None,      # runtimePlatform.cpuArchitecture of the task definition: X86_64 | ARM64
    "container_settings": False,   # app: readonlyRootFilesystem, user 1000, a /tmp volume, sharedMemorySize
    "ephemeral_gib": 20,
    "repo_policy_deny": False,
    "log_group": "exists",         # exists | missing | create
    "platform_version": "1.4.0",
    "reason": "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref",
    "stopped_reason": None,
    "service": True,
    "run_task": False,             # also run the task in moto and stop it (for --task / --service)
    "exit_code": None,             # the essential container exited with this code (EssentialContainerExited)
    "log_lines": [],               # written to the container's awslogs stream
    "firelens": False,             # the container logs through FireLens (a Fluent Bit router) to CloudWatch
                                   # Logs; log_lines are then written as FireLens's JSON records
    "task_definition_tags": {},    # tags of the task definition (routing to teams)
    "service_tags": {},            # tags of the service
    "load_balancer": None,         # {"path": "/health", "port": 8080}: the service sits behind an ALB target group;
                                   # with "alb": True the group is attached to an application load balancer
                                   # (its own security group, subnets in "zones", default ["a", "b"]) and
                                   # "task_sg_allows_lb" (default True) lets it into the task on the port;
                                   # "lb_egress": False leaves the ALB's group without egress rules
    "lb_port_mismatch": False,     # the container maps another port than the load balancer targets
    "account": None,               # build the world in this account (moto: assumed-role credentials
                                   # act in the role's account); None = the caller's
    "launch": "fargate",           # fargate | ec2-bridge (an EC2 container instance in "subnet", bridge mode;
                                   # assign_public_ip then applies to the instance)
    "task_memory": "512",          # the task definition's task-level memory (MiB)
}


def build(endpoint, spec):
    s = dict(DEFAULTS)
    s.update(spec)
    region, name = s["region"], s["name"]
    kw = dict(endpoint_url=endpoint, region_name=region, aws_access_key_id="testing",
              aws_secret_access_key="testing")
    if s["account"]:
        c = boto3.client("sts", **kw).assume_role(
            RoleArn=f"arn:aws:iam::{s['account']}:role/world-builder", RoleSessionName="world-builder")["Credentials"]
        kw.update(aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"],
                  aws_session_token=c["SessionToken"])
    ec2 = boto3.client("ec2", **kw)
    iam = boto3.client("iam", **kw)
    ecr = boto3.client("ecr", **{**kw, "region_name": s["image_region"] or region})
    ecs = boto3.client("ecs", **kw)
    sm = boto3.client("secretsmanager", **kw)
    ssm = boto3.client("ssm", **kw)
    logs = boto3.client("logs", **kw)
    kms = boto3.client("kms", **kw)
    account = boto3.client("sts", **kw).get_caller_identity()["Account"]
    ids = {"account": account}

    # ---- network ---------------------------------------------------------------------------
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    ids["vpc"] = vpc
    ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsSupport={"Value": s["dns_support"]})
    ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsHostnames={"Value": s["dns_hostnames"]})
    if s["custom_dns"]:
        dopt = ec2.create_dhcp_options(DhcpConfigurations=[
            {"Key": "domain-name-servers", "Values": s["custom_dns"]}])["DhcpOptions"]["DhcpOptionsId"]
        ec2.associate_dhcp_options(DhcpOptionsId=dopt, VpcId=vpc)
    az = region + "a"
    subnets = {}
    for i, kind in enumerate(["public", "private", "isolated"]):
        subnets[kind] = ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.0.{i + 1}.0/24",
                                          AvailabilityZone=az)["Subnet"]["SubnetId"]
    ids["subnets"] = subnets
    igw = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=igw, VpcId=vpc)
    ids["igw"] = igw
    tables = {}
    for kind in subnets:
        rt = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
        ec2.associate_route_table(RouteTableId=rt, SubnetId=subnets[kind])
        tables[kind] = rt
    ids["route_tables"] = tables
    ec2.create_route(RouteTableId=tables["public"], DestinationCidrBlock="0.0.0.0/0", GatewayId=igw)
    if s["nat"]:
        eip = ec2.allocate_address(Domain="vpc")["AllocationId"]
        nat_subnet = subnets["isolated"] if s["nat_in_private_subnet"] else subnets["public"]
        nat = ec2.create_nat_gateway(SubnetId=nat_subnet, AllocationId=eip)["NatGateway"]["NatGatewayId"]
        ids["nat"] = nat
        ec2.create_route(RouteTableId=tables["private"], DestinationCidrBlock="0.0.0.0/0", NatGatewayId=nat)

    task_sg = ec2.create_security_group(GroupName=f"{name}-task", Description="task", VpcId=vpc)["GroupId"]
    ids["task_sg"] = task_sg
    # Replace the default allow-all egress with what the spec says.
    ec2.revoke_security_group_egress(GroupId=task_sg, IpPermissions=[
        {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    egress = s["task_sg_egress"]
    if egress == "all":
        ec2.authorize_security_group_egress(GroupId=task_sg, IpPermissions=[
            {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    elif egress == "443-vpc-only":
        ec2.authorize_security_group_egress(GroupId=task_sg, IpPermissions=[
            {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "10.0.0.0/16"}]}])
    elif egress == "443-no-prefix-list":
        ec2.authorize_security_group_egress(GroupId=task_sg, IpPermissions=[
            {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "10.0.0.0/16"}]},
            {"IpProtocol": "udp", "FromPort": 53, "ToPort": 53, "IpRanges": [{"CidrIp": "10.0.0.0/16"}]}])

    ep_sg = ec2.create_security_group(GroupName=f"{name}-endpoints", Description="endpoints", VpcId=vpc)["GroupId"]
    ids["endpoint_sg"] = ep_sg
    if s["endpoint_sg_ingress_443"]:
        ec2.authorize_security_group_ingress(GroupId=ep_sg, IpPermissions=[
            {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "UserIdGroupPairs": [{"GroupId": task_sg}]}])
    else:
        ec2.authorize_security_group_ingress(GroupId=ep_sg, IpPermissions=[
            {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "UserIdGroupPairs": [{"GroupId": task_sg}]}])
    ids["endpoints"] = {}
    for svc in s["endpoints"]:
        if svc == "s3":
            args = dict(VpcId=vpc, ServiceName=f"com.amazonaws.{region}.s3", VpcEndpointType="Gateway",
                        RouteTableIds=[tables[s["subnet"]]])
            if s["s3_endpoint_policy"]:
                args["PolicyDocument"] = json.dumps(s["s3_endpoint_policy"])
            ep = ec2.create_vpc_endpoint(**args)
        else:
            ep = ec2.create_vpc_endpoint(VpcId=vpc, ServiceName=f"com.amazonaws.{region}.{svc}",
                                         VpcEndpointType="Interface", SubnetIds=[subnets[s["subnet"]]],
                                         SecurityGroupIds=[ep_sg], PrivateDnsEnabled=s["endpoint_private_dns"])
        ids["endpoints"][svc] = ep["VpcEndpoint"]["VpcEndpointId"]

    if s["nacl_deny_egress_443"] or s["nacl_deny_ephemeral_in"]:
        nacl = ec2.create_network_acl(VpcId=vpc)["NetworkAcl"]["NetworkAclId"]
        ids["nacl"] = nacl
        # Move the task subnet to the new NACL.
        assoc = ec2.describe_network_acls(Filters=[{"Name": "association.subnet-id", "Values": [subnets[s["subnet"]]]}])
        for a in assoc["NetworkAcls"][0]["Associations"]:
            if a["SubnetId"] == subnets[s["subnet"]]:
                ec2.replace_network_acl_association(AssociationId=a["NetworkAclAssociationId"], NetworkAclId=nacl)
        out_action = "deny" if s["nacl_deny_egress_443"] else "allow"
        in_action = "deny" if s["nacl_deny_ephemeral_in"] else "allow"
        ec2.create_network_acl_entry(NetworkAclId=nacl, RuleNumber=90, Protocol="6", RuleAction=out_action,
                                     Egress=True, CidrBlock="0.0.0.0/0", PortRange={"From": 443, "To": 443})
        ec2.create_network_acl_entry(NetworkAclId=nacl, RuleNumber=100, Protocol="-1", RuleAction="allow",
                                     Egress=True, CidrBlock="0.0.0.0/0")
        ec2.create_network_acl_entry(NetworkAclId=nacl, RuleNumber=90, Protocol="6", RuleAction=in_action,
                                     Egress=False, CidrBlock="0.0.0.0/0", PortRange={"From": 1024, "To": 65535})
        ec2.create_network_acl_entry(NetworkAclId=nacl, RuleNumber=100, Protocol="-1", RuleAction="allow",
                                     Egress=False, CidrBlock="0.0.0.0/0")

    # ---- resources ---------------------------------------------------------------------------
    repo_name = f"{name}/app"
    if s["image"] == "dockerhub":
        image = "nginx:1.27"
    else:
        repo = ecr.create_repository(repositoryName=repo_name)["repository"]
        image = f"{account}.dkr.ecr.{s['image_region'] or region}.amazonaws.com/{repo_name}:1.0"
        if s["image"] == "exists":
            size = int(s["image_size_gib"] * 1024 ** 3)
            # moto reports imageSizeInBytes from the config's size, so the config carries the size.
            manifest = {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
                        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": size,
                                   "digest": "sha256:" + "a" * 64},
                        "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
                                    "size": size, "digest": "sha256:" + "b" * 64}]}
            if s["image_platforms"]:
                # An index as `docker buildx` pushes it: one manifest per platform, referenced by digest.
                entries = []
                for i, platform in enumerate(s["image_platforms"]):
                    os_, arch, *variant = platform.split("/")
                    one = dict(manifest, layers=[dict(manifest["layers"][0], digest="sha256:" + f"{i}" * 64)])
                    digest = ecr.put_image(repositoryName=repo_name, imageManifest=json.dumps(one))[
                        "image"]["imageId"]["imageDigest"]
                    entries.append({"mediaType": manifest["mediaType"], "size": len(json.dumps(one)), "digest": digest,
                                    "platform": dict({"architecture": arch, "os": os_},
                                                     **({"variant": variant[0]} if variant else {}))})
                manifest = {"schemaVersion": 2,
                            "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json",
                            "manifests": entries}
            ecr.put_image(repositoryName=repo_name, imageManifest=json.dumps(manifest), imageTag="1.0")
        if s["image"] == "missing-repo":
            ecr.delete_repository(repositoryName=repo_name, force=True)
        if s["repo_policy_deny"]:
            ecr.set_repository_policy(repositoryName=repo_name, policyText=json.dumps({
                "Version": "2012-10-17", "Statement": [{"Sid": "DenyAll", "Effect": "Deny", "Principal": "*",
                                                        "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}]}))
        ids["repository_arn"] = repo["repositoryArn"]
    ids["image"] = image

    secrets = []
    if s["secret"] != "none":
        secret_args = dict(Name=f"{name}/db", SecretString='{"password":"not-read-by-ecs-autopsy"}')
        if s["secret_kms"] == "cmk":
            key = kms.create_key(Description="secret key")["KeyMetadata"]["Arn"]
            ids["kms_key"] = key
            secret_args["KmsKeyId"] = key
        sec = sm.create_secret(**secret_args)
        secret_arn = sec["ARN"]
        if s["secret"] == "missing":
            sm.delete_secret(SecretId=secret_arn, ForceDeleteWithoutRecovery=True)
        ids["secret_arn"] = secret_arn
        secrets.append({"name": "DB_PASSWORD", "valueFrom": secret_arn + ":password::"})
    if s["ssm_param"] != "none":
        pname = f"/{name}/url"
        if s["ssm_param"] == "exists":
            ssm.put_parameter(Name=pname, Value="https://example.invalid", Type="String")
        param_arn = f"arn:aws:ssm:{region}:{account}:parameter{pname}"
        ids["param_arn"] = param_arn
        secrets.append({"name": "SERVICE_URL", "valueFrom": param_arn})

    log_group = f"/ecs/{name}"
    if s["log_group"] == "exists":
        logs.create_log_group(logGroupName=log_group)
    ids["log_group"] = log_group

    # ---- IAM ---------------------------------------------------------------------------------
    role_name = f"{name}-exec"
    role_arn = f"arn:aws:iam::{account}:role/{role_name}"
    if s["exec_role"] not in ("none", "missing"):
        service = "ecs-tasks.amazonaws.com" if s["exec_role"] != "bad-trust" else "ec2.amazonaws.com"
        trust = {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]}
        iam.create_role(RoleName=role_name, AssumeRolePolicyDocument=json.dumps(trust))
        if s["exec_role"] in ("full", "bad-trust", "no-secrets"):
            iam.attach_role_policy(RoleName=role_name,
                                   PolicyArn="arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")
        elif s["exec_role"] == "no-logs":
            iam.put_role_policy(RoleName=role_name, PolicyName="ecr-only", PolicyDocument=json.dumps({
                "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [
                    "ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                    "ecr:BatchCheckLayerAvailability"], "Resource": "*"}]}))
        elif s["exec_role"] == "no-ecr":
            iam.put_role_policy(RoleName=role_name, PolicyName="logs-only", PolicyDocument=json.dumps({
                "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [
                    "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]}))
        if s["exec_role"] in ("full", "no-ecr", "no-logs", "bad-trust"):
            resources = [r for r in (ids.get("secret_arn"), ids.get("param_arn")) if r]
            if resources:
                iam.put_role_policy(RoleName=role_name, PolicyName="secrets", PolicyDocument=json.dumps({
                    "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [
                        "secretsmanager:GetSecretValue", "ssm:GetParameters"], "Resource": resources}]}))
    ids["exec_role_arn"] = role_arn if s["exec_role"] != "none" else None

    # ---- ECS ---------------------------------------------------------------------------------
    cluster_arn = ecs.create_cluster(clusterName=f"{name}-cluster")["cluster"]["clusterArn"]
    container = {"name": "app", "image": image, "essential": True, "memory": 512,
                 "portMappings": [{"containerPort": (s["load_balancer"] or {}).get("port", 8080)
                                   + (1 if s.get("lb_port_mismatch") else 0)}],
                 "logConfiguration": {"logDriver": "awslogs", "options": {
                     "awslogs-group": log_group, "awslogs-region": region, "awslogs-stream-prefix": "ecs"}}}
    if s["log_group"] == "create":
        container["logConfiguration"]["options"]["awslogs-create-group"] = "true"
    containers = [container]
    if s["firelens"]:
        # The shape of the AWS documentation's FireLens-to-CloudWatch example: the router logs
        # through awslogs, the application through awsfirelens with the cloudwatch_logs output.
        router = {"name": "log_router", "image": image, "essential": True, "memoryReservation": 50,
                  "firelensConfiguration": {"type": "fluentbit"},
                  "logConfiguration": dict(container["logConfiguration"])}
        container["logConfiguration"] = {"logDriver": "awsfirelens", "options": {
            "Name": "cloudwatch_logs", "region": region, "log_group_name": log_group,
            "log_stream_prefix": "fb-", "auto_create_group": "true"}}
        containers = [router, container]
    if secrets:
        container["secrets"] = secrets
    if s["container_settings"]:
        container.update(readonlyRootFilesystem=True, user="1000",
                         environment=[{"name": "LOG_LEVEL", "value": "debug-value-not-gathered"}],
                         mountPoints=[{"sourceVolume": "scratch", "containerPath": "/tmp", "readOnly": False}],
                         linuxParameters={"sharedMemorySize": 256})
    td_args = dict(family=name, networkMode="awsvpc", requiresCompatibilities=["FARGATE"], cpu="256",
                   memory=s["task_memory"], containerDefinitions=containers,
                   ephemeralStorage={"sizeInGiB": s["ephemeral_gib"]} if s["ephemeral_gib"] > 20 else None)
    td_args = {k: v for k, v in td_args.items() if v is not None}
    if s["container_settings"]:
        td_args["volumes"] = [{"name": "scratch"}]
    if s["exec_role"] != "none":
        td_args["executionRoleArn"] = role_arn
    if s["cpu_architecture"]:
        td_args["runtimePlatform"] = {"cpuArchitecture": s["cpu_architecture"], "operatingSystemFamily": "LINUX"}
    bridge = s["launch"] == "ec2-bridge"
    if bridge:
        td_args.update(networkMode="bridge", requiresCompatibilities=["EC2"])
    if s["task_definition_tags"]:
        td_args["tags"] = [{"key": k, "value": v} for k, v in s["task_definition_tags"].items()]
    td_arn = ecs.register_task_definition(**td_args)["taskDefinition"]["taskDefinitionArn"]
    ids["task_definition_arn"] = td_arn
    subnet = subnets[s["subnet"]]
    container_instance_arn = None
    if bridge:
        ami = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
        inst = ec2.run_instances(ImageId=ami, MinCount=1, MaxCount=1, InstanceType="t3.small", NetworkInterfaces=[{
            "DeviceIndex": 0, "SubnetId": subnet, "Groups": [task_sg],
            "AssociatePublicIpAddress": s["assign_public_ip"]}])["Instances"][0]
        ids["instance_id"] = inst["InstanceId"]
        container_instance_arn = ecs.register_container_instance(cluster=f"{name}-cluster", instanceIdentityDocument=json.dumps({
            "instanceId": inst["InstanceId"], "region": region, "accountId": account, "availabilityZone": az,
            "instanceType": "t3.small", "imageId": ami}))["containerInstance"]["containerInstanceArn"]
        ids["container_instance_arn"] = container_instance_arn
    if s["service"] and bridge:
        ecs.create_service(cluster=cluster_arn, serviceName=name, taskDefinition=td_arn, desiredCount=0,
                           launchType="EC2")
    elif s["service"]:
        lb = {}
        if s["load_balancer"]:
            elbv2 = boto3.client("elbv2", **kw)
            tg = elbv2.create_target_group(
                Name=f"{name}-tg"[:32], Protocol="HTTP", Port=s["load_balancer"].get("port", 8080), VpcId=vpc,
                TargetType="ip", HealthCheckPath=s["load_balancer"].get("path", "/health"),
                HealthCheckIntervalSeconds=10, UnhealthyThresholdCount=3,
                Matcher={"HttpCode": "200"})["TargetGroups"][0]
            ids["target_group_arn"] = tg["TargetGroupArn"]
            if s["load_balancer"].get("alb"):
                lb_sg = ec2.create_security_group(GroupName=f"{name}-alb", Description="alb", VpcId=vpc)["GroupId"]
                ids["lb_sg"] = lb_sg
                lb_subnets = [ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.0.{10 + i}.0/24",
                                                AvailabilityZone=region + z)["Subnet"]["SubnetId"]
                              for i, z in enumerate(s["load_balancer"].get("zones", ["a", "b"]))]
                for sub in lb_subnets:
                    ec2.associate_route_table(RouteTableId=tables["public"], SubnetId=sub)
                alb = elbv2.create_load_balancer(Name=f"{name}-alb"[:32], Subnets=lb_subnets, SecurityGroups=[lb_sg],
                                                 Scheme="internet-facing", Type="application")["LoadBalancers"][0]
                ids["load_balancer_arn"] = alb["LoadBalancerArn"]
                elbv2.create_listener(LoadBalancerArn=alb["LoadBalancerArn"], Protocol="HTTP", Port=80,
                                      DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}])
                if not s["load_balancer"].get("lb_egress", True):
                    # A group declared with ingress only (Terraform drops the default egress).
                    ec2.revoke_security_group_egress(GroupId=lb_sg, IpPermissions=[
                        {"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
                if s["load_balancer"].get("task_sg_allows_lb", True):
                    port = s["load_balancer"].get("port", 8080)
                    ec2.authorize_security_group_ingress(GroupId=task_sg, IpPermissions=[
                        {"IpProtocol": "tcp", "FromPort": port, "ToPort": port, "UserIdGroupPairs": [{"GroupId": lb_sg}]}])
            lb = {"loadBalancers": [{"targetGroupArn": tg["TargetGroupArn"], "containerName": "app",
                                     "containerPort": s["load_balancer"].get("port", 8080)}]}
        ecs.create_service(cluster=cluster_arn, serviceName=name, taskDefinition=td_arn, desiredCount=0, **lb,
                           launchType="FARGATE", networkConfiguration={"awsvpcConfiguration": {
                               "subnets": [subnet], "securityGroups": [task_sg],
                               "assignPublicIp": "ENABLED" if s["assign_public_ip"] else "DISABLED"}},
                           **({"tags": [{"key": k, "value": v} for k, v in s["service_tags"].items()]}
                              if s["service_tags"] else {}))

    if s["run_task"] and not bridge:
        run = ecs.run_task(cluster=cluster_arn, taskDefinition=td_arn, launchType="FARGATE", startedBy="ecs-svc/1",
                           group=f"service:{name}", networkConfiguration={"awsvpcConfiguration": {
                               "subnets": [subnet], "securityGroups": [task_sg], "assignPublicIp": "DISABLED"}})
        ids["ran_task_arn"] = run["tasks"][0]["taskArn"]
        ecs.stop_task(cluster=cluster_arn, task=ids["ran_task_arn"], reason=s["reason"][:255])
    ids["cluster_arn"] = cluster_arn

    task_id = uuid.uuid4().hex
    task_arn = f"arn:aws:ecs:{region}:{account}:task/{name}-cluster/{task_id}"
    ids["task_arn"] = task_arn
    if s["log_lines"]:
        stream = f"ecs/app/{task_id}"
        messages = s["log_lines"]
        if s["firelens"]:
            # The stream Fluent Bit's cloudwatch_logs output names (log_stream_prefix + the tag
            # FireLens gives the container's records) and the records it writes without log_key.
            stream = f"fb-app-firelens-{task_id}"
            messages = [json.dumps({"container_id": "f0a1b2c3d4e5", "container_name": f"/ecs-{name}-1-app",
                                    "ecs_cluster": f"{name}-cluster", "ecs_task_arn": task_arn,
                                    "ecs_task_definition": f"{name}:1", "log": m, "source": "stderr"})
                        for m in messages]
        logs.create_log_stream(logGroupName=log_group, logStreamName=stream)
        now = int(time.time() * 1000)
        logs.put_log_events(logGroupName=log_group, logStreamName=stream,
                            logEvents=[{"timestamp": now + i, "message": m} for i, m in enumerate(messages)])
    event = {
        "version": "0", "id": str(uuid.uuid4()), "detail-type": "ECS Task State Change", "source": "aws.ecs",
        "account": account, "time": "2026-11-21T12:00:00Z", "region": region, "resources": [task_arn],
        "detail": {
            "attachments": [{"id": str(uuid.uuid4()), "type": "eni", "status": "DELETED", "details": [
                {"name": "subnetId", "value": subnet},
                {"name": "networkInterfaceId", "value": "eni-0123456789abcdef0"},
                {"name": "privateIPv4Address", "value": "10.0.9.9"}]}],
            "attributes": [{"name": "ecs.cpu-architecture",
                            "value": "arm64" if s["cpu_architecture"] == "ARM64" else "x86_64"}],
            "availabilityZone": az, "clusterArn": cluster_arn, "launchType": "FARGATE",
            "capacityProviderName": "FARGATE",
            "containers": [{"name": "app", "image": image, "lastStatus": "STOPPED",
                            "reason": None if s["exit_code"] is not None else s["reason"],
                            "exitCode": s["exit_code"], "taskArn": task_arn}],
            "cpu": "256", "memory": "512", "desiredStatus": "STOPPED", "lastStatus": "STOPPED",
            "ephemeralStorage": {"sizeInGiB": s["ephemeral_gib"]},
            "group": f"service:{name}" if s["service"] else f"family:{name}",
            "startedBy": "ecs-svc/1234567890" if s["service"] else "user",
            "platformVersion": s["platform_version"],
            "stopCode": "EssentialContainerExited" if s["exit_code"] is not None else "TaskFailedToStart",
            "stoppedReason": s["stopped_reason"] or ("Essential container in task exited" if s["exit_code"] is not None else s["reason"][:255]),
            "taskArn": task_arn, "taskDefinitionArn": td_arn, "version": 4,
        },
    }
    if bridge:
        d = event["detail"]
        del d["attachments"], d["capacityProviderName"], d["platformVersion"], d["ephemeralStorage"]
        d.update(launchType="EC2", containerInstanceArn=container_instance_arn)
    return {"event": event, "ids": ids}


def delivery(endpoint, spec):
    """The function's own resources: the Slack webhook secret, an SNS topic read back through an
    SQS subscription, the dedup table, the routing parameter.
    spec: {"name", "webhook": URL or null, "bot_token": a Slack app's token or null, "dedup": bool,
           "routes": a routing table or null}."""
    kw = dict(endpoint_url=endpoint, region_name=spec.get("region", "us-east-1"), aws_access_key_id="testing",
              aws_secret_access_key="testing")
    name = spec["name"]
    ids = {}
    if spec.get("webhook"):
        ids["slack_secret_arn"] = boto3.client("secretsmanager", **kw).create_secret(
            Name=f"{name}/slack-webhook", SecretString=json.dumps({"webhook_url": spec["webhook"]}))["ARN"]
    if spec.get("bot_token"):
        ids["bot_secret_arn"] = boto3.client("secretsmanager", **kw).create_secret(
            Name=f"{name}/slack-bot", SecretString=json.dumps({"bot_token": spec["bot_token"]}))["ARN"]
    sns = boto3.client("sns", **kw)
    sqs = boto3.client("sqs", **kw)
    topic = sns.create_topic(Name=f"{name}-autopsy")["TopicArn"]
    queue = sqs.create_queue(QueueName=f"{name}-autopsy-read")["QueueUrl"]
    qarn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=qarn)
    ids.update(topic_arn=topic, queue_url=queue)
    if spec.get("dedup"):
        ddb = boto3.client("dynamodb", **kw)
        table = f"{name}-autopsy-dedup"
        ddb.create_table(TableName=table, KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
                         AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}], BillingMode="PAY_PER_REQUEST")
        ids["dedup_table"] = table
    if spec.get("routes") is not None:
        parameter = f"/{name}/routes"
        boto3.client("ssm", **kw).put_parameter(Name=parameter, Type="String", Value=json.dumps(spec["routes"]))
        ids["routes_parameter"] = parameter
    return ids


def read_queue(endpoint, queue_url):
    """Every message the SNS topic delivered to the queue: [{"Subject", "Message", "MessageAttributes"}]."""
    sqs = boto3.client("sqs", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="testing",
                       aws_secret_access_key="testing")
    out = []
    while True:
        r = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=0)
        msgs = r.get("Messages", [])
        if not msgs:
            return out
        for m in msgs:
            out.append(json.loads(m["Body"]))
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=m["ReceiptHandle"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--spec", default="{}")
    ap.add_argument("--delivery", action="store_true", help="build the function's resources instead")
    ap.add_argument("--read-queue", help="print the SNS messages delivered to this SQS queue URL")
    args = ap.parse_args()
    if not args.endpoint.startswith(("http://127.", "http://localhost")):
        sys.exit("world.py: loopback endpoints only")
    if args.read_queue:
        print(json.dumps(read_queue(args.endpoint, args.read_queue)))
    elif args.delivery:
        print(json.dumps(delivery(args.endpoint, json.loads(args.spec))))
    else:
        print(json.dumps(build(args.endpoint, json.loads(args.spec))))


if __name__ == "__main__":
    main()
