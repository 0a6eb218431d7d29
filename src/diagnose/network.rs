//! The network path of every AWS service the task needs, and what blocks it.
//!
//! For each needed service the analysis decides the path the traffic takes (interface endpoint,
//! S3 gateway endpoint, NAT gateway, internet gateway, something else) and then walks it: DNS,
//! the task's security groups, the endpoint's security groups, the NACLs of both subnets, the
//! endpoint policy, the NAT gateway's own route. Endpoints are a valid path: a VPC without NAT
//! or IGW is fine when the endpoints are there (the AWS runbook gets this wrong).
//!
//! The analysis runs once per diagnosis; each network cause's check reads the problems of its id.

use super::{Facts, Outcome, Status};
use crate::catalogue::id;
use crate::net::{self, Cidr, Peer, Proto};
use crate::policy::{self, Named};
use crate::refs::{self, ImageRef, Registry};
use crate::snapshot::*;

/// Where the task's traffic to a service goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Path {
    InterfaceEndpoint(String),
    GatewayEndpoint(String),
    Nat(String),
    Igw(String),
    /// Transit gateway, peering, appliance...: beyond what a VPC snapshot can verify.
    Other(String),
    None,
}

/// One thing wrong (or possibly wrong) on a path.
#[derive(Debug, Clone)]
pub struct Problem {
    pub cause: &'static str,
    /// The resource the fix changes (a route table, a security group, an endpoint...): the
    /// incident's culprit, held as data where the analysis has it.
    pub culprit: Option<String>,
    pub status: Status,
    pub summary: String,
    pub evidence: Vec<String>,
    pub fix: Vec<String>,
}

/// The path of one needed service.
#[derive(Debug, Clone)]
pub struct ServicePath {
    /// `ecr.api`, `ecr.dkr`, `s3`, `logs`, `secretsmanager`, `ssm`, or `internet` (public registries).
    pub service: String,
    pub why: String,
    pub path: Path,
}

/// The analysis of the whole task.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub paths: Vec<ServicePath>,
    pub problems: Vec<Problem>,
    /// Causes that could not be evaluated, with why.
    pub unknown: Vec<(&'static str, String)>,
    /// Set when no network analysis applies (no subnet): the reason.
    pub not_applicable: Option<String>,
}

/// A public address standing for "an AWS public endpoint" when exact addresses are unknown.
const PUBLIC_AWS: [u8; 4] = [52, 94, 133, 131];

const NETWORK_CAUSES: &[&str] = &[
    id::NETWORK_NO_PUBLIC_IP,
    id::NETWORK_NO_ROUTE,
    id::NETWORK_SG_EGRESS,
    id::NETWORK_NACL,
    id::NETWORK_ENDPOINT_MISSING,
    id::NETWORK_ENDPOINT_SG,
    id::NETWORK_ENDPOINT_POLICY,
    id::NETWORK_DNS,
];

/// The services the task must reach, with why.
pub fn needed_services(f: &Facts<'_>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |key: &str, why: String| {
        if let Some(e) = out.iter_mut().find(|(k, _)| k == key) {
            if !e.1.contains(&why) && e.1.len() < 200 {
                e.1.push_str("; ");
                e.1.push_str(&why);
            }
        } else {
            out.push((key.to_string(), why));
        }
    };
    let pv_needs_ecr_api = !f.snap.task.is_fargate() || platform_at_least_1_4(f.platform_version());
    let Some(td) = f.td else {
        // Without the task definition (a call failed, or it was deregistered), what the task
        // needs still shows in the event: its containers' images, and the service the error
        // text names. A check without its data must say unknown, never "needs nothing".
        let images = f
            .snap
            .task
            .containers
            .iter()
            .filter_map(|c| c.image.as_deref());
        for image in images {
            add_image(&mut add, image, &f.region, pv_needs_ecr_api);
        }
        use crate::classify::Service;
        let named = match f.classification.classification.service {
            Some(Service::EcrApi) => &["ecr.api"][..],
            Some(Service::EcrRegistry) => &["ecr.dkr", "s3"][..],
            Some(Service::S3Layer | Service::S3) => &["s3"][..],
            Some(Service::SecretsManager) => &["secretsmanager"][..],
            Some(Service::Ssm) => &["ssm"][..],
            Some(Service::CloudWatchLogs) => &["logs"][..],
            Some(Service::DockerHub | Service::PublicEcr | Service::OtherRegistry) => {
                &["internet"][..]
            }
            _ => &[][..],
        };
        for key in named {
            add(
                key,
                format!("named by the error text ({})", f.classification.source),
            );
        }
        return out;
    };
    for c in &td.containers {
        add_image(&mut add, &c.image, &f.region, pv_needs_ecr_api);
        if refs::awslogs(c).is_some() {
            add("logs", format!("awslogs of container {}", c.name));
        }
        if c.repository_credentials.is_some() {
            add(
                "secretsmanager",
                format!("repositoryCredentials of container {}", c.name),
            );
        }
        for s in &c.secrets {
            let v = refs::parse_value_from(&s.value_from, "ssm", None, None);
            add(
                v.store,
                format!("secret {} of container {}", s.name, c.name),
            );
        }
        for e in &c.environment_files {
            add("s3", format!("environment file {e}"));
        }
    }
    out
}

/// The services pulling `image` needs: ECR in the task's region goes through ecr.api, ecr.dkr
/// and the S3 layer bucket; ECR elsewhere and every other registry need the internet.
fn add_image(add: &mut impl FnMut(&str, String), image: &str, task_region: &str, ecr_api: bool) {
    match ImageRef::parse(image).map(|i| i.registry) {
        Some(Registry::Ecr { region, .. }) => {
            let why = format!("image {image}");
            if region == task_region {
                if ecr_api {
                    add("ecr.api", why.clone());
                }
                add("ecr.dkr", why);
                add(
                    "s3",
                    format!("image layers (prod-{region}-starport-layer-bucket)"),
                );
            } else {
                add("internet", format!("{why} (ECR in another region)"));
            }
        }
        Some(_) => add("internet", format!("image {image}")),
        None => {}
    }
}

fn platform_at_least_1_4(pv: Option<&str>) -> bool {
    match pv {
        None | Some("LATEST") => true,
        Some(v) => {
            let mut parts = v.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
            let (major, minor) = (parts.next().unwrap_or(1), parts.next().unwrap_or(4));
            (major, minor) >= (1, 4)
        }
    }
}

/// Everything the walk needs, resolved once.
struct Ctx<'a> {
    f: &'a Facts<'a>,
    net: &'a Network,
    subnets: &'a [Subnet],
    task_subnet: &'a Subnet,
    route_table: Option<&'a RouteTable>,
    task_sgs: Vec<&'a SecurityGroup>,
    all_sgs: &'a [SecurityGroup],
    endpoints: &'a [VpcEndpoint],
    /// What the task needs to reach, and why (`needed_services`, computed once).
    needs: &'a [(String, String)],
}

impl<'a> Ctx<'a> {
    fn subnet(&self, id: &str) -> Option<&'a Subnet> {
        self.subnets.iter().find(|s| s.id == id)
    }
    fn route_table_of(&self, subnet: &str) -> Option<&'a RouteTable> {
        self.net.route_table_of(subnet)
    }
    fn nacl_of(&self, subnet: &str) -> Option<&'a NetworkAcl> {
        self.net.nacl_of(subnet)
    }
    fn sg(&self, id: &str) -> Option<&'a SecurityGroup> {
        self.all_sgs.iter().find(|g| g.id == id)
    }
    fn service_name(&self, key: &str) -> String {
        format!("com.amazonaws.{}.{key}", self.f.region)
    }
    fn s3_prefix_list(&self) -> Option<&'a PrefixList> {
        let name = self.service_name("s3");
        self.net.prefix_lists.ok()?.iter().find(|p| p.name == name)
    }
    fn task_cidr(&self) -> Option<Cidr> {
        self.task_subnet.cidr.as_deref().and_then(Cidr::parse)
    }
}

/// Runs the analysis.
pub fn analyze(f: &Facts<'_>) -> Analysis {
    let mut a = Analysis::default();
    let Some(network) = f.snap.network.as_ref() else {
        // A task whose event names its subnet has a network path, even when nothing of its VPC
        // could be read (no credentials, another account, AccessDenied): unknown, not "did not
        // apply", so the error text's network suspects stay in the report.
        if f.snap.awsvpc.subnets.is_empty() && f.snap.task.subnet_id.is_none() {
            a.not_applicable = Some(
                "the task has no subnet and its container instance's network could not be read"
                    .into(),
            );
        } else {
            for c in NETWORK_CAUSES {
                a.unknown
                    .push((c, "the task's subnet and VPC could not be read".to_string()));
            }
        }
        return a;
    };
    let needs = needed_services(f);
    if needs.is_empty() && f.td.is_none() {
        let why = format!(
            "what the task reaches is unknown: {}",
            f.snap.task_definition.why_missing().unwrap_or_default()
        );
        for c in NETWORK_CAUSES {
            a.unknown.push((c, why.clone()));
        }
        return a;
    }
    if needs.is_empty() {
        a.not_applicable = Some("the task needs no AWS service over the network".into());
        return a;
    }
    let subnet_id = f
        .snap
        .awsvpc
        .subnets
        .first()
        .cloned()
        .or_else(|| f.snap.task.subnet_id.clone());
    let (Some(subnet_id), Some(subnets)) = (subnet_id, network.subnets.ok()) else {
        let why = network
            .subnets
            .why_missing()
            .unwrap_or_else(|| "the task's subnet is unknown".into());
        for c in NETWORK_CAUSES {
            a.unknown.push((c, why.clone()));
        }
        return a;
    };
    let Some(task_subnet) = subnets.iter().find(|s| s.id == subnet_id) else {
        for c in NETWORK_CAUSES {
            a.unknown.push((
                c,
                format!("subnet {subnet_id} is not in the VPC's subnet list"),
            ));
        }
        return a;
    };
    let empty_sgs: &[SecurityGroup] = &[];
    let all_sgs = network
        .security_groups
        .ok()
        .map(Vec::as_slice)
        .unwrap_or(empty_sgs);
    let ctx = Ctx {
        f,
        net: network,
        subnets,
        task_subnet,
        route_table: None,
        task_sgs: f
            .snap
            .awsvpc
            .security_groups
            .iter()
            .filter_map(|id| all_sgs.iter().find(|g| &g.id == id))
            .collect(),
        all_sgs,
        endpoints: network.endpoints.ok().map(Vec::as_slice).unwrap_or(&[]),
        needs: &needs,
    };
    let ctx = Ctx {
        route_table: ctx.route_table_of(&task_subnet.id),
        ..ctx
    };
    // What could not be read limits what can be said.
    if let Some(why) = network.route_tables.why_missing() {
        a.unknown.push((id::NETWORK_NO_ROUTE, why.clone()));
        a.unknown.push((id::NETWORK_NO_PUBLIC_IP, why));
    }
    if let Some(why) = network.endpoints.why_missing() {
        for c in [
            id::NETWORK_ENDPOINT_MISSING,
            id::NETWORK_ENDPOINT_SG,
            id::NETWORK_ENDPOINT_POLICY,
            id::NETWORK_NO_ROUTE,
        ] {
            a.unknown.push((c, why.clone()));
        }
    }
    if let Some(why) = network.security_groups.why_missing() {
        a.unknown.push((id::NETWORK_SG_EGRESS, why.clone()));
        a.unknown.push((id::NETWORK_ENDPOINT_SG, why));
    } else if f.snap.awsvpc.security_groups.is_empty() {
        a.unknown.push((
            id::NETWORK_SG_EGRESS,
            "the task's security groups are unknown (its ENI is gone and it belongs to no service)"
                .into(),
        ));
    }
    if let Some(why) = network.network_acls.why_missing() {
        a.unknown.push((id::NETWORK_NACL, why));
    }
    dns_basics(&ctx, &mut a);
    for (service, why) in &needs {
        let path = walk(&ctx, service, &mut a);
        a.paths.push(ServicePath {
            service: service.clone(),
            why: why.clone(),
            path,
        });
    }
    a
}

/// VPC DNS attributes and DHCP options: they decide whether any AWS name resolves.
fn dns_basics(ctx: &Ctx<'_>, a: &mut Analysis) {
    let vpc = ctx.net.vpc_id.as_deref().unwrap_or("the VPC");
    if let Some(why) = ctx.net.dns_support.why_missing() {
        a.unknown.push((id::NETWORK_DNS, why));
    }
    if ctx.net.dns_support.ok() == Some(&false) && custom_dns(ctx).is_empty() {
        a.problems.push(Problem {
            cause: id::NETWORK_DNS,
            culprit: ctx.net.vpc_id.clone(),
            status: Status::Fail,
            summary: format!("DNS resolution is turned off in {vpc}: the task cannot resolve any AWS endpoint"),
            evidence: vec![format!("{vpc}: enableDnsSupport = false, and the DHCP options name no other DNS server")],
            fix: vec![format!(
                "aws ec2 modify-vpc-attribute --vpc-id {vpc} --enable-dns-support '{{\"Value\":true}}'"
            )],
        });
    }
    let servers = custom_dns(ctx);
    if !servers.is_empty() {
        // Whatever the path, every AWS name the task resolves goes to these servers: they must
        // answer for amazonaws.com (and forward private names to the VPC resolver). Nothing in
        // the configuration shows whether they do, so this is a warning, never a pass.
        a.problems.push(Problem {
            cause: id::NETWORK_DNS,
            culprit: ctx.net.vpc_id.clone(),
            status: Status::Warn,
            summary: format!(
                "The VPC's DHCP options send DNS to custom servers ({}): they must resolve AWS service names",
                servers.join(", ")
            ),
            evidence: vec![format!(
                "DHCP options of {vpc}: domain-name-servers = {} (not AmazonProvidedDNS)",
                servers.join(", ")
            )],
            fix: vec![
                "Check the servers resolve the service names the task needs (ecr, s3, logs, secretsmanager) and forward amazonaws.com to the VPC resolver (VPC CIDR base + 2)".into(),
                format!("Or associate DHCP options with AmazonProvidedDNS: aws ec2 associate-dhcp-options --vpc-id {vpc} --dhcp-options-id <id>"),
            ],
        });
        let sgs: Vec<&SecurityGroup> = ctx.task_sgs.clone();
        for ip in &servers {
            let Some(c) = Cidr::parse(ip) else { continue };
            let peer = Peer {
                cidrs: vec![c],
                ..Peer::default()
            };
            if !sgs.is_empty()
                && net::sg_allows(&sgs, true, Proto::Udp, 53, &peer).is_none()
                && net::sg_allows(&sgs, true, Proto::Tcp, 53, &peer).is_none()
            {
                a.problems.push(Problem {
                    cause: id::NETWORK_SG_EGRESS,
                    culprit: ctx.task_sgs.first().map(|g| g.id.clone()),
                    status: Status::Fail,
                    summary: format!("The task's security groups block DNS (port 53) to the custom DNS server {ip}"),
                    evidence: vec![format!(
                        "DHCP options of {vpc} name domain-name-servers {}; no egress rule of {} allows UDP/TCP 53 to {ip}",
                        servers.join(", "),
                        sg_ids(&sgs)
                    )],
                    fix: vec![format!(
                        "aws ec2 authorize-security-group-egress --group-id {} --ip-permissions 'IpProtocol=udp,FromPort=53,ToPort=53,IpRanges=[{{CidrIp={ip}/32}}]'",
                        sgs[0].id
                    )],
                });
            }
        }
    }
}

/// Custom DNS servers of the VPC's DHCP options (empty when AmazonProvidedDNS is among them).
fn custom_dns(ctx: &Ctx<'_>) -> Vec<String> {
    ctx.net.custom_dns_servers()
}

fn sg_ids(sgs: &[&SecurityGroup]) -> String {
    sgs.iter()
        .map(|g| g.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn label(service: &str) -> &str {
    match service {
        "ecr.api" => "the ECR API",
        "ecr.dkr" => "the ECR registry",
        "s3" => "S3 (image layers)",
        "logs" => "CloudWatch Logs",
        "secretsmanager" => "Secrets Manager",
        "ssm" => "SSM Parameter Store",
        _ => "the public registry",
    }
}

/// Decides and walks the path of one service.
fn walk(ctx: &Ctx<'_>, service: &str, a: &mut Analysis) -> Path {
    let name = ctx.service_name(service);
    let rt = ctx.route_table;
    if service == "s3" {
        let gateway = ctx.endpoints.iter().find(|e| {
            e.service_name == name
                && e.endpoint_type.eq_ignore_ascii_case("Gateway")
                && rt.is_some_and(|t| e.route_table_ids.contains(&t.id))
        });
        if let Some(ep) = gateway {
            walk_gateway(ctx, ep, a);
            return Path::GatewayEndpoint(ep.id.clone());
        }
    }
    if service != "internet" {
        let interface = ctx
            .endpoints
            .iter()
            .find(|e| e.service_name == name && e.endpoint_type.eq_ignore_ascii_case("Interface"));
        if let Some(ep) = interface {
            if ep.private_dns_enabled == Some(false) {
                // The AWS name resolves to public addresses: the endpoint is bypassed.
                let has_default = default_route(ctx).is_some();
                a.problems.push(Problem {
                    cause: id::NETWORK_DNS,
                    culprit: ctx.net.vpc_id.clone(),
                    status: if has_default { Status::Warn } else { Status::Fail },
                    summary: format!("The {name} endpoint {} has private DNS turned off, so the task does not use it", ep.id),
                    evidence: vec![format!(
                        "{}: PrivateDnsEnabled = false; {} resolves to public addresses{}",
                        ep.id,
                        label(service),
                        if has_default { " and goes through the default route instead" } else { " and there is no default route" }
                    )],
                    fix: vec![format!("aws ec2 modify-vpc-endpoint --vpc-endpoint-id {} --private-dns-enabled", ep.id)],
                });
                if !has_default {
                    return Path::InterfaceEndpoint(ep.id.clone());
                }
            } else {
                walk_interface(ctx, service, ep, a);
                return Path::InterfaceEndpoint(ep.id.clone());
            }
        }
    }
    match default_route(ctx) {
        Some(target) if target.starts_with("nat-") => {
            walk_nat(ctx, service, &target, a);
            Path::Nat(target)
        }
        Some(target) if target.starts_with("igw-") => {
            walk_igw(ctx, service, &target, a);
            Path::Igw(target)
        }
        Some(target) => {
            a.unknown.push((
                id::NETWORK_NO_ROUTE,
                format!(
                    "{} leaves the VPC through {target}; what lies beyond is not visible from here",
                    label(service)
                ),
            ));
            egress_internet(ctx, service, a);
            Path::Other(target)
        }
        None => {
            no_path(ctx, service, a);
            Path::None
        }
    }
}

/// The active 0.0.0.0/0 route of the task's route table: its target.
fn default_route(ctx: &Ctx<'_>) -> Option<String> {
    let rt = ctx.route_table?;
    rt.routes
        .iter()
        .find(|r| {
            r.destination_cidr.as_deref() == Some("0.0.0.0/0")
                && r.state.as_deref() != Some("blackhole")
        })
        .and_then(|r| r.target.clone())
}

fn no_path(ctx: &Ctx<'_>, service: &str, a: &mut Analysis) {
    // Route tables that could not be read say nothing about a route: the causes that need them
    // are already unknown (`analyze`), and "no route" from missing data would be a false claim.
    if ctx.route_table.is_none() && ctx.net.route_tables.ok().is_none() {
        return;
    }
    let rt = ctx
        .route_table
        .map(|t| t.id.as_str())
        .unwrap_or("(no route table)");
    let subnet = &ctx.task_subnet.id;
    let blackhole = ctx.route_table.and_then(|t| {
        t.routes.iter().find(|r| {
            r.destination_cidr.as_deref() == Some("0.0.0.0/0")
                && r.state.as_deref() == Some("blackhole")
        })
    });
    let route_fact = match blackhole {
        Some(r) => format!(
            "route table {rt} of {subnet}: 0.0.0.0/0 → {} is a blackhole (its target was deleted)",
            r.target.as_deref().unwrap_or("?")
        ),
        None => format!("route table {rt} of {subnet} has no 0.0.0.0/0 route (no NAT gateway, no internet gateway)"),
    };
    if service == "internet" {
        // ECR in another region is reached over the internet too: interface endpoints are
        // regional, so this VPC's endpoints cannot carry it, and it is not "a public registry".
        let remote_ecr = ctx
            .needs
            .iter()
            .find(|(k, why)| k == "internet" && why.contains("ECR in another region"));
        if let Some((_, why)) = remote_ecr {
            a.problems.push(Problem {
                cause: id::NETWORK_NO_ROUTE,
                culprit: ctx.route_table.map(|t| t.id.clone()),
                status: Status::Fail,
                summary: format!(
                    "The task cannot reach ECR in another region: VPC endpoints are regional, and subnet {subnet} has no route to the internet"
                ),
                evidence: vec![
                    route_fact,
                    format!("needed: {why}; the VPC's ECR endpoints serve {} only", ctx.f.region),
                ],
                fix: vec![
                    format!("aws ec2 create-route --route-table-id {rt} --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-gateway in a public subnet>"),
                    format!(
                        "Or replicate the repository into {} (ECR replication: aws ecr put-replication-configuration) and use the image from there",
                        ctx.f.region
                    ),
                ],
            });
            return;
        }
        a.problems.push(Problem {
            cause: id::NETWORK_NO_ROUTE,
            culprit: ctx.route_table.map(|t| t.id.clone()),
            status: Status::Fail,
            summary: format!("The task cannot reach the public registry: subnet {subnet} has no route to the internet"),
            evidence: vec![route_fact, "a public registry can only be reached through a NAT or internet gateway".into()],
            fix: vec![
                format!("aws ec2 create-route --route-table-id {rt} --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-gateway in a public subnet>"),
                "Or copy the image into ECR (or use an ECR pull through cache) and use VPC endpoints".into(),
            ],
        });
        return;
    }
    let name = ctx.service_name(service);
    let vpc = ctx.net.vpc_id.as_deref().unwrap_or("<vpc>");
    let uses_endpoints = ctx
        .endpoints
        .iter()
        .any(|e| e.service_name.starts_with("com.amazonaws."));
    let create = if service == "s3" {
        format!("aws ec2 create-vpc-endpoint --vpc-id {vpc} --vpc-endpoint-type Gateway --service-name {name} --route-table-ids {rt}")
    } else {
        let sg = ctx
            .task_sgs
            .first()
            .map(|g| g.id.as_str())
            .unwrap_or("<endpoint-sg>");
        format!("aws ec2 create-vpc-endpoint --vpc-id {vpc} --vpc-endpoint-type Interface --service-name {name} --subnet-ids {subnet} --security-group-ids {sg} --private-dns-enabled")
    };
    // An S3 gateway endpoint that exists but is not associated with the task subnet's route
    // table: the fix is to associate it, not to create another.
    let unassociated = (service == "s3")
        .then(|| {
            ctx.endpoints
                .iter()
                .find(|e| e.service_name == name && e.endpoint_type.eq_ignore_ascii_case("Gateway"))
        })
        .flatten();
    if let Some(ep) = unassociated {
        a.problems.push(Problem {
            cause: id::NETWORK_ENDPOINT_MISSING,
            culprit: Some(ep.id.clone()),
            status: Status::Fail,
            summary: format!(
                "The S3 gateway endpoint {} is not associated with route table {rt} of the task's subnet: image layers cannot be downloaded",
                ep.id
            ),
            evidence: vec![
                route_fact,
                format!(
                    "{}: route tables {}; the task subnet {subnet} uses {rt}",
                    ep.id,
                    if ep.route_table_ids.is_empty() {
                        "none".to_string()
                    } else {
                        ep.route_table_ids.join(", ")
                    }
                ),
                format!("image layers come from prod-{}-starport-layer-bucket in S3", ctx.f.region),
            ],
            fix: vec![format!(
                "aws ec2 modify-vpc-endpoint --vpc-endpoint-id {} --add-route-table-ids {rt}",
                ep.id
            )],
        });
        return;
    }
    if uses_endpoints {
        let present: Vec<&str> = ctx
            .endpoints
            .iter()
            .map(|e| e.service_name.rsplit('.').next().unwrap_or(""))
            .collect();
        let s3_note = if service == "s3" {
            format!(
                "; the S3 gateway endpoint must be associated with route table {rt} (image layers come from prod-{}-starport-layer-bucket)",
                ctx.f.region
            )
        } else {
            String::new()
        };
        a.problems.push(Problem {
            cause: id::NETWORK_ENDPOINT_MISSING,
            culprit: ctx.net.vpc_id.clone(),
            status: Status::Fail,
            summary: format!("No {name} endpoint: the task cannot reach {} (the VPC relies on endpoints, no NAT)", label(service)),
            evidence: vec![
                route_fact,
                format!("VPC {vpc} has endpoints for {} but none for {name}{s3_note}", present.join(", ")),
            ],
            fix: vec![create],
        });
    } else {
        a.problems.push(Problem {
            cause: id::NETWORK_NO_ROUTE,
            culprit: ctx.route_table.map(|t| t.id.clone()),
            status: Status::Fail,
            summary: format!("Subnet {subnet} has no route to {}: no NAT gateway, internet gateway or VPC endpoint", label(service)),
            evidence: vec![route_fact, format!("VPC {vpc} has no VPC endpoint for {name}")],
            fix: vec![
                format!("aws ec2 create-route --route-table-id {rt} --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-gateway in a public subnet>"),
                "Or create the VPC endpoints the task needs instead (ecs-autopsy explain network.endpoint_missing)".into(),
            ],
        });
    }
}

fn walk_interface(ctx: &Ctx<'_>, service: &str, ep: &VpcEndpoint, a: &mut Analysis) {
    let name = &ep.service_name;
    if ep
        .state
        .as_deref()
        .is_some_and(|s| !s.eq_ignore_ascii_case("available"))
    {
        a.problems.push(Problem {
            cause: id::NETWORK_ENDPOINT_MISSING,
            culprit: Some(ep.id.clone()),
            status: Status::Fail,
            summary: format!(
                "The {name} endpoint {} is {}, not available",
                ep.id,
                ep.state.as_deref().unwrap_or("?")
            ),
            evidence: vec![format!(
                "{}: State = {}",
                ep.id,
                ep.state.as_deref().unwrap_or("?")
            )],
            fix: vec![format!(
                "aws ec2 describe-vpc-endpoints --vpc-endpoint-ids {} (fix or recreate it)",
                ep.id
            )],
        });
    }
    // VPC DNS attributes: private DNS of endpoints needs both.
    let vpc = ctx.net.vpc_id.as_deref().unwrap_or("the VPC");
    if ctx.net.dns_hostnames.ok() == Some(&false) || ctx.net.dns_support.ok() == Some(&false) {
        let text = format!(
            "{vpc}: enableDnsSupport = {}, enableDnsHostnames = {}",
            ctx.net.dns_support.ok().copied().unwrap_or(true),
            ctx.net.dns_hostnames.ok().copied().unwrap_or(true)
        );
        a.problems.push(Problem {
            cause: id::NETWORK_DNS,
            culprit: ctx.net.vpc_id.clone(),
            status: Status::Fail,
            summary: format!("Private DNS of the {name} endpoint does not work: VPC DNS attributes are off"),
            evidence: vec![text],
            fix: vec![
                format!("aws ec2 modify-vpc-attribute --vpc-id {vpc} --enable-dns-support '{{\"Value\":true}}'"),
                format!("aws ec2 modify-vpc-attribute --vpc-id {vpc} --enable-dns-hostnames '{{\"Value\":true}}'"),
            ],
        });
    }
    let servers = custom_dns(ctx);
    if !servers.is_empty() {
        a.problems.push(Problem {
            cause: id::NETWORK_DNS,
            culprit: ctx.net.vpc_id.clone(),
            status: Status::Warn,
            summary: format!("Custom DNS servers must resolve {name}'s private DNS name to the endpoint"),
            evidence: vec![format!(
                "DHCP options of {vpc}: domain-name-servers = {} (not AmazonProvidedDNS)",
                servers.join(", ")
            )],
            fix: vec!["Forward amazonaws.com queries to the VPC resolver (VPC CIDR base + 2), or use AmazonProvidedDNS".into()],
        });
    }
    // AZ coverage.
    let task_az = ctx.task_subnet.availability_zone.as_deref();
    let ep_subnets: Vec<&Subnet> = ep.subnet_ids.iter().filter_map(|s| ctx.subnet(s)).collect();
    if let Some(az) = task_az {
        if !ep_subnets.is_empty()
            && !ep_subnets
                .iter()
                .any(|s| s.availability_zone.as_deref() == Some(az))
        {
            a.problems.push(Problem {
                cause: id::NETWORK_ENDPOINT_MISSING,
                culprit: Some(ep.id.clone()),
                status: Status::Warn,
                summary: format!(
                    "The {name} endpoint has no network interface in the task's AZ {az}"
                ),
                evidence: vec![format!("{} subnets: {}", ep.id, ep.subnet_ids.join(", "))],
                fix: vec![format!(
                    "aws ec2 modify-vpc-endpoint --vpc-endpoint-id {} --add-subnet-ids {}",
                    ep.id, ctx.task_subnet.id
                )],
            });
        }
    }
    // Task SG egress 443 to the endpoint.
    let ep_cidrs: Vec<Cidr> = ep_subnets
        .iter()
        .filter_map(|s| s.cidr.as_deref().and_then(Cidr::parse))
        .collect();
    let peer = Peer {
        cidrs: ep_cidrs.clone(),
        security_groups: ep.security_group_ids.clone(),
        prefix_lists: Vec::new(),
    };
    if !ctx.task_sgs.is_empty()
        && net::sg_allows(&ctx.task_sgs, true, Proto::Tcp, 443, &peer).is_none()
    {
        a.problems.push(Problem {
            cause: id::NETWORK_SG_EGRESS,
            culprit: ctx.task_sgs.first().map(|g| g.id.clone()),
            status: Status::Fail,
            summary: format!("The task's security groups do not allow HTTPS to the {name} endpoint"),
            evidence: vec![format!(
                "no egress rule of {} allows tcp 443 to {} (endpoint {}, subnets {})",
                sg_ids(&ctx.task_sgs),
                ep.security_group_ids.join(", "),
                ep.id,
                ep.subnet_ids.join(", ")
            )],
            fix: vec![format!(
                "aws ec2 authorize-security-group-egress --group-id {} --ip-permissions 'IpProtocol=tcp,FromPort=443,ToPort=443,UserIdGroupPairs=[{{GroupId={}}}]'",
                ctx.task_sgs[0].id,
                ep.security_group_ids.first().map(String::as_str).unwrap_or("<endpoint-sg>")
            )],
        });
    }
    // Endpoint SG ingress 443 from the task.
    let ep_sgs: Vec<&SecurityGroup> = ep
        .security_group_ids
        .iter()
        .filter_map(|g| ctx.sg(g))
        .collect();
    if ep_sgs.len() < ep.security_group_ids.len() {
        a.unknown.push((
            id::NETWORK_ENDPOINT_SG,
            format!("security groups of {} are not in the VPC's list", ep.id),
        ));
    } else if !ep_sgs.is_empty() {
        let mut task_cidrs: Vec<Cidr> = ctx.task_cidr().into_iter().collect();
        if let Some(ip) = ctx.f.snap.task.private_ip.as_deref().and_then(Cidr::parse) {
            task_cidrs.push(ip);
        }
        let task_peer = Peer {
            cidrs: task_cidrs,
            security_groups: ctx.f.snap.awsvpc.security_groups.clone(),
            prefix_lists: Vec::new(),
        };
        if net::sg_allows(&ep_sgs, false, Proto::Tcp, 443, &task_peer).is_none() {
            a.problems.push(Problem {
                cause: id::NETWORK_ENDPOINT_SG,
                culprit: Some(ep.id.clone()),
                status: Status::Fail,
                summary: format!("The {name} endpoint's security group does not accept HTTPS from the task"),
                evidence: vec![format!(
                    "no ingress rule of {} allows tcp 443 from {} or {}",
                    sg_ids(&ep_sgs),
                    if ctx.f.snap.awsvpc.security_groups.is_empty() { "(unknown task SGs)".to_string() } else { ctx.f.snap.awsvpc.security_groups.join(", ") },
                    ctx.task_subnet.cidr.as_deref().unwrap_or("the task subnet")
                )],
                fix: vec![format!(
                    "aws ec2 authorize-security-group-ingress --group-id {} --protocol tcp --port 443 --source-group {}",
                    ep_sgs[0].id,
                    ctx.f.snap.awsvpc.security_groups.first().map(String::as_str).unwrap_or("<task-sg>")
                )],
            });
        }
    }
    // NACLs between the task subnet and the endpoint subnets (same subnet: no NACL on the way).
    if !ep.subnet_ids.contains(&ctx.task_subnet.id) {
        if let Some(ep_subnet) = ep_subnets
            .iter()
            .find(|s| s.availability_zone == ctx.task_subnet.availability_zone)
            .or(ep_subnets.first())
        {
            if let (Some(tc), Some(ec)) = (
                ctx.task_cidr(),
                ep_subnet.cidr.as_deref().and_then(Cidr::parse),
            ) {
                nacl_pair(
                    ctx,
                    &ctx.task_subnet.id,
                    ec.addr,
                    &format!("the {name} endpoint"),
                    a,
                );
                nacl_server_side(
                    ctx,
                    &ep_subnet.id,
                    tc.addr,
                    &format!("endpoint subnet {}", ep_subnet.id),
                    a,
                );
            }
        }
    }
    endpoint_policy(ctx, service, ep, a);
}

/// The task subnet's NACL: outbound 443 to `peer`, inbound ephemeral from it.
fn nacl_pair(ctx: &Ctx<'_>, subnet: &str, peer: u32, what: &str, a: &mut Analysis) {
    let Some(nacl) = ctx.nacl_of(subnet) else {
        return;
    };
    let ip = std::net::Ipv4Addr::from(peer);
    // (egress, port probed, what is blocked, the ports the fix opens)
    for (egress, port, blocked, ports) in [
        (true, 443, format!("outbound HTTPS to {what}"), "443"),
        (
            false,
            49152,
            format!("the return traffic from {what} (ephemeral ports)"),
            "1024-65535",
        ),
    ] {
        let (ok, entry) = net::nacl_decision(nacl, egress, Proto::Tcp, port, peer);
        if ok {
            continue;
        }
        let (from, to) = ports.split_once('-').unwrap_or((ports, ports));
        a.problems.push(Problem {
            cause: id::NETWORK_NACL,
            culprit: Some(nacl.id.clone()),
            status: Status::Fail,
            summary: format!("The network ACL of subnet {subnet} blocks {blocked}"),
            evidence: vec![format!(
                "tcp {ports} {} {ip}: {}",
                if egress { "to" } else { "from" },
                net::describe_nacl_entry(nacl, entry, egress)
            )],
            fix: vec![format!(
                "aws ec2 create-network-acl-entry --network-acl-id {} --{} --rule-number <below {}> --protocol tcp --port-range From={from},To={to} --cidr-block 0.0.0.0/0 --rule-action allow",
                nacl.id,
                if egress { "egress" } else { "ingress" },
                entry.map(|e| e.rule_number).unwrap_or(32767)
            )],
        });
    }
}

/// The far side's NACL (endpoint or NAT subnet): inbound 443 from the task, outbound ephemeral back.
fn nacl_server_side(ctx: &Ctx<'_>, subnet: &str, task_addr: u32, what: &str, a: &mut Analysis) {
    let Some(nacl) = ctx.nacl_of(subnet) else {
        return;
    };
    let (in_ok, in_e) = net::nacl_decision(nacl, false, Proto::Tcp, 443, task_addr);
    let (out_ok, out_e) = net::nacl_decision(nacl, true, Proto::Tcp, 49152, task_addr);
    for (ok, e, egress, text) in [
        (in_ok, in_e, false, "inbound HTTPS from the task"),
        (
            out_ok,
            out_e,
            true,
            "the return traffic to the task (ephemeral ports)",
        ),
    ] {
        if !ok {
            a.problems.push(Problem {
                cause: id::NETWORK_NACL,
                culprit: Some(nacl.id.clone()),
                status: Status::Fail,
                summary: format!("The network ACL of {what} blocks {text}"),
                evidence: vec![net::describe_nacl_entry(nacl, e, egress)],
                fix: vec![format!(
                    "Add an allow rule to {} before rule {}",
                    nacl.id,
                    e.map(|e| e.rule_number).unwrap_or(32767)
                )],
            });
        }
    }
}

fn walk_gateway(ctx: &Ctx<'_>, ep: &VpcEndpoint, a: &mut Analysis) {
    let pl = ctx.s3_prefix_list();
    let pl_id = pl.map(|p| p.id.clone());
    let peer = Peer {
        cidrs: pl
            .map(|p| {
                p.cidrs
                    .iter()
                    .filter_map(|c| Cidr::parse(c))
                    .collect::<Vec<_>>()
            })
            .filter(|c: &Vec<Cidr>| !c.is_empty())
            .unwrap_or_else(|| vec![Cidr::parse("52.216.0.1").expect("constant parses")]),
        security_groups: Vec::new(),
        prefix_lists: pl_id.iter().cloned().collect(),
    };
    if !ctx.task_sgs.is_empty()
        && net::sg_allows(&ctx.task_sgs, true, Proto::Tcp, 443, &peer).is_none()
    {
        let pl_text = pl_id.as_deref().unwrap_or("pl-… (com.amazonaws.REGION.s3)");
        a.problems.push(Problem {
            cause: id::NETWORK_SG_EGRESS,
            culprit: ctx.task_sgs.first().map(|g| g.id.clone()),
            status: Status::Fail,
            summary: format!("The task's security groups do not allow HTTPS to S3 through the gateway endpoint {} (the S3 prefix list is missing)", ep.id),
            evidence: vec![format!(
                "no egress rule of {} allows tcp 443 to {pl_text} or 0.0.0.0/0; image layers come from prod-{}-starport-layer-bucket in S3",
                sg_ids(&ctx.task_sgs),
                ctx.f.region
            )],
            fix: vec![format!(
                "aws ec2 authorize-security-group-egress --group-id {} --ip-permissions 'IpProtocol=tcp,FromPort=443,ToPort=443,PrefixListIds=[{{PrefixListId={pl_text}}}]'",
                ctx.task_sgs[0].id
            )],
        });
    }
    nacl_pair(ctx, &ctx.task_subnet.id, peer.cidrs[0].addr, "S3", a);
    endpoint_policy(ctx, "s3", ep, a);
}

fn walk_nat(ctx: &Ctx<'_>, service: &str, nat_id: &str, a: &mut Analysis) {
    let nats = ctx.net.nat_gateways.ok();
    let nat = nats.and_then(|n| n.iter().find(|x| x.id == nat_id));
    match (nats, nat) {
        (None, _) => a.unknown.push((
            id::NETWORK_NO_ROUTE,
            ctx.net.nat_gateways.why_missing().unwrap_or_default(),
        )),
        (Some(_), None) => a.problems.push(Problem {
            cause: id::NETWORK_NO_ROUTE,
            culprit: ctx.route_table.map(|t| t.id.clone()),
            status: Status::Fail,
            summary: format!("The default route of the task's subnet points to NAT gateway {nat_id}, which no longer exists"),
            evidence: vec![format!("0.0.0.0/0 → {nat_id}; {nat_id} is not among the VPC's NAT gateways")],
            fix: vec!["Create a NAT gateway in a public subnet and point the route at it".into()],
        }),
        (Some(_), Some(n)) => {
            if n.state.as_deref().is_some_and(|s| s != "available") {
                a.problems.push(Problem {
                    cause: id::NETWORK_NO_ROUTE,
                    culprit: ctx.route_table.map(|t| t.id.clone()),
                    status: Status::Fail,
                    summary: format!("NAT gateway {nat_id} is {}, not available", n.state.as_deref().unwrap_or("?")),
                    evidence: vec![format!("{nat_id}: State = {}", n.state.as_deref().unwrap_or("?"))],
                    fix: vec!["Create a new NAT gateway in a public subnet and update the route".into()],
                });
            }
            if n.connectivity_type.as_deref() == Some("private") {
                a.problems.push(Problem {
                    cause: id::NETWORK_NO_ROUTE,
                    culprit: ctx.route_table.map(|t| t.id.clone()),
                    status: Status::Fail,
                    summary: format!("NAT gateway {nat_id} is a private NAT gateway: it cannot reach the internet"),
                    evidence: vec![format!("{nat_id}: ConnectivityType = private")],
                    fix: vec!["Use a public NAT gateway (in a subnet routed to an internet gateway)".into()],
                });
            }
            if let Some(nat_subnet) = n.subnet_id.as_deref() {
                let nat_rt = ctx.route_table_of(nat_subnet);
                let to_igw = nat_rt.is_some_and(|t| {
                    t.routes.iter().any(|r| {
                        r.destination_cidr.as_deref() == Some("0.0.0.0/0")
                            && r.target.as_deref().is_some_and(|x| x.starts_with("igw-"))
                            && r.state.as_deref() != Some("blackhole")
                    })
                });
                if nat_rt.is_some() && !to_igw {
                    a.problems.push(Problem {
                        cause: id::NETWORK_NO_ROUTE,
                        culprit: ctx.route_table.map(|t| t.id.clone()),
                        status: Status::Fail,
                        summary: format!("NAT gateway {nat_id} sits in subnet {nat_subnet}, which has no route to an internet gateway"),
                        evidence: vec![format!(
                            "route table {} of {nat_subnet} has no 0.0.0.0/0 → igw-… route",
                            nat_rt.map(|t| t.id.as_str()).unwrap_or("?")
                        )],
                        fix: vec![format!(
                            "Put the NAT gateway in a public subnet, or aws ec2 create-route --route-table-id {} --destination-cidr-block 0.0.0.0/0 --gateway-id <igw>",
                            nat_rt.map(|t| t.id.as_str()).unwrap_or("<route-table>")
                        )],
                    });
                }
                if let Some(tc) = ctx.task_cidr() {
                    nacl_server_side(ctx, nat_subnet, tc.addr, &format!("NAT subnet {nat_subnet}"), a);
                }
            }
        }
    }
    egress_internet(ctx, service, a);
}

/// The EC2 instance id of the task's container instance, for messages.
fn instance_id<'a>(ctx: &Ctx<'a>) -> &'a str {
    ctx.f
        .snap
        .container_instance
        .as_ref()
        .and_then(|c| c.instance.ok())
        .map(|i| i.id.as_str())
        .unwrap_or("?")
}

fn walk_igw(ctx: &Ctx<'_>, service: &str, igw: &str, a: &mut Analysis) {
    let awsvpc = &ctx.f.snap.awsvpc;
    let subnet = &ctx.task_subnet.id;
    let rt = ctx.route_table.map(|t| t.id.as_str()).unwrap_or("?");
    // awsvpc tasks on EC2 never get a public IP (assignPublicIp is Fargate-only): an internet
    // gateway alone can never serve them, whatever the service says.
    let ec2_awsvpc = awsvpc.source != AwsvpcSource::Instance
        && ctx.f.snap.task.launch_type.as_deref() == Some("EC2");
    if !ec2_awsvpc && awsvpc.assign_public_ip.is_none() {
        if ctx.f.snap.task.is_fargate() {
            a.unknown.push((
                id::NETWORK_NO_PUBLIC_IP,
                "whether the task had a public IP is unknown: its ENI is gone and it belongs to no service".into(),
            ));
        }
    } else if ec2_awsvpc || awsvpc.assign_public_ip == Some(false) {
        let cluster = ctx.f.snap.task.cluster_name().unwrap_or("<cluster>");
        let service_name = ctx.f.snap.task.service_name().unwrap_or("<service>");
        let sgs = awsvpc.security_groups.join(",");
        let (why, fix) = match awsvpc.source {
            _ if ec2_awsvpc => (
                "launch type EC2 in awsvpc network mode: the task's ENI never gets a public IP (assignPublicIp is for Fargate only)".to_string(),
                vec![
                    format!("Run the tasks in a private subnet whose default route goes to a NAT gateway: aws ecs update-service --cluster {cluster} --service {service_name} --network-configuration 'awsvpcConfiguration={{subnets=[<private-subnet>],securityGroups=[{sgs}]}}'"),
                    "Or add VPC endpoints for ECR (api, dkr), S3 (gateway) and CloudWatch Logs, or use bridge/host network mode on instances that have public IPs".into(),
                ],
            ),
            AwsvpcSource::Instance => (
                format!("container instance {} has no public IP (bridge/host network mode: the task uses the instance's network)", instance_id(ctx)),
                vec![
                    format!("Launch the container instances with a public IP (launch template: NetworkInterfaces AssociatePublicIpAddress=true), or in a private subnet whose default route goes to a NAT gateway (instance {})", instance_id(ctx)),
                    "Or add VPC endpoints for ECR (api, dkr), S3 (gateway) and CloudWatch Logs".into(),
                ],
            ),
            source => (
                match source {
                    AwsvpcSource::Service => format!("assignPublicIp = DISABLED (service {})", ctx.f.snap.task.service_name().unwrap_or("?")),
                    AwsvpcSource::Eni => "assignPublicIp = DISABLED (the task's ENI has no public IP)".into(),
                    _ => "assignPublicIp = DISABLED".into(),
                },
                vec![
                    format!("aws ecs update-service --cluster {cluster} --service {service_name} --network-configuration 'awsvpcConfiguration={{subnets=[{subnet}],securityGroups=[{sgs}],assignPublicIp=ENABLED}}'"),
                    "Or run the task in a private subnet whose default route goes to a NAT gateway".into(),
                ],
            ),
        };
        a.problems.push(Problem {
            cause: id::NETWORK_NO_PUBLIC_IP,
            culprit: Some(ctx.task_subnet.id.clone()),
            status: Status::Fail,
            summary: format!("The task runs in public subnet {subnet} without a public IP, so it cannot reach {}", label(service)),
            evidence: vec![
                format!("route table {rt} of {subnet}: 0.0.0.0/0 → {igw} (an internet gateway needs a public IP)"),
                why,
                format!("no VPC endpoint serves {} in VPC {}", label(service), ctx.net.vpc_id.as_deref().unwrap_or("?")),
            ],
            fix,
        });
    }
    egress_internet(ctx, service, a);
}

/// Task SG and NACL towards the internet (NAT or IGW path).
fn egress_internet(ctx: &Ctx<'_>, service: &str, a: &mut Analysis) {
    let public = u32::from(std::net::Ipv4Addr::from(PUBLIC_AWS));
    let mut peer = Peer {
        cidrs: vec![Cidr {
            addr: public,
            prefix: 32,
        }],
        ..Peer::default()
    };
    if service == "s3" {
        if let Some(pl) = ctx.s3_prefix_list() {
            peer.prefix_lists.push(pl.id.clone());
        }
    }
    if !ctx.task_sgs.is_empty()
        && net::sg_allows(&ctx.task_sgs, true, Proto::Tcp, 443, &peer).is_none()
    {
        a.problems.push(Problem {
            cause: id::NETWORK_SG_EGRESS,
            culprit: ctx.task_sgs.first().map(|g| g.id.clone()),
            status: Status::Fail,
            summary: format!("The task's security groups do not allow outbound HTTPS to {}", label(service)),
            evidence: vec![format!(
                "no egress rule of {} allows tcp 443 to the internet (0.0.0.0/0)",
                sg_ids(&ctx.task_sgs)
            )],
            fix: vec![format!(
                "aws ec2 authorize-security-group-egress --group-id {} --ip-permissions 'IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{{CidrIp=0.0.0.0/0}}]'",
                ctx.task_sgs[0].id
            )],
        });
    }
    nacl_pair(ctx, &ctx.task_subnet.id, public, label(service), a);
}

/// The actions a service endpoint must allow, on which resources.
fn endpoint_needs(ctx: &Ctx<'_>, service: &str) -> Vec<(String, String)> {
    let Some(td) = ctx.f.td else {
        return Vec::new();
    };
    let needs = refs::execution_role_needs(
        td,
        &ctx.f.snap.secrets,
        &ctx.f.region,
        &ctx.f.account,
        ctx.f.snap.task.task_id(),
    );
    match service {
        "s3" => vec![(
            "s3:GetObject".to_string(),
            format!(
                "arn:{}:s3:::prod-{}-starport-layer-bucket/layer",
                refs::partition(&ctx.f.region),
                ctx.f.region
            ),
        )],
        _ => {
            let prefix = match service {
                "ecr.api" => "ecr:GetAuthorizationToken",
                "ecr.dkr" => "ecr:Batch",
                "logs" => "logs:",
                "secretsmanager" => "secretsmanager:",
                "ssm" => "ssm:",
                _ => return Vec::new(),
            };
            needs
                .into_iter()
                .filter(|n| n.action.starts_with(prefix))
                .map(|n| (n.action, n.resource))
                .collect()
        }
    }
}

fn endpoint_policy(ctx: &Ctx<'_>, service: &str, ep: &VpcEndpoint, a: &mut Analysis) {
    let Some(doc) = ep.policy.as_deref() else {
        return;
    };
    let role = ctx
        .f
        .td
        .and_then(|t| t.execution_role_arn.clone())
        .unwrap_or_default();
    let root = format!("arn:aws:iam::{}:root", ctx.f.account);
    let ids = [role.as_str(), root.as_str(), ctx.f.account.as_str()];
    let named = Named {
        name: &ep.id,
        document: doc,
    };
    for (action, resource) in endpoint_needs(ctx, service) {
        let e = policy::evaluate_resource(&named, Some(&ids), &action, &resource);
        if let Some(err) = e.unreadable.first() {
            a.unknown.push((
                id::NETWORK_ENDPOINT_POLICY,
                format!("policy of {}: {err}", ep.id),
            ));
            return;
        }
        let (status, how) = match &e.decision {
            policy::Decision::Allowed { .. } => continue,
            policy::Decision::DependsOnCondition { by } => {
                (Status::Warn, format!("depends on a condition ({by})"))
            }
            policy::Decision::ExplicitDeny { by } => (Status::Fail, format!("denied by {by}")),
            policy::Decision::ImplicitDeny | policy::Decision::NotInBoundary { .. } => {
                (Status::Fail, "no statement allows it".to_string())
            }
        };
        let what = if service == "s3" {
            format!(
                "s3:GetObject on arn:aws:s3:::prod-{}-starport-layer-bucket/* (ECR image layers)",
                ctx.f.region
            )
        } else {
            format!("{action} on {resource}")
        };
        a.problems.push(Problem {
            cause: id::NETWORK_ENDPOINT_POLICY,
            culprit: Some(ep.id.clone()),
            status,
            summary: format!("The policy of endpoint {} ({}) does not allow {what}", ep.id, ep.service_name),
            evidence: vec![format!("{}: {what}: {how}", ep.id)],
            fix: vec![format!(
                "Allow {what} in the endpoint policy: aws ec2 modify-vpc-endpoint --vpc-endpoint-id {} --policy-document file://policy.json",
                ep.id
            )],
        });
        return;
    }
}

/// The outcome of one network cause from the analysis.
pub fn outcome(f: &Facts<'_>, cause: &'static str) -> Outcome {
    let a = f.network();
    if let Some(why) = &a.not_applicable {
        return Outcome::skipped(why.clone());
    }
    let mine: Vec<&Problem> = a.problems.iter().filter(|p| p.cause == cause).collect();
    if !mine.is_empty() {
        return Outcome::combine(
            mine.iter()
                .map(|p| Outcome {
                    status: p.status,
                    summary: p.summary.clone(),
                    evidence: p.evidence.clone(),
                    fix: p.fix.clone(),
                    inconclusive: false,
                    culprit: p.culprit.clone(),
                })
                .collect(),
        );
    }
    if let Some((_, why)) = a.unknown.iter().find(|(c, _)| *c == cause) {
        return Outcome::unknown(why.clone());
    }
    Outcome::pass("No problem of this kind on the task's network paths")
}

/// `service → what carries it`, one per needed service (the report shows them once).
pub fn path_lines(a: &Analysis) -> Vec<String> {
    a.paths
        .iter()
        .map(|p| {
            let via = match &p.path {
                Path::InterfaceEndpoint(id)
                | Path::GatewayEndpoint(id)
                | Path::Nat(id)
                | Path::Igw(id) => id.clone(),
                Path::Other(t) => t.clone(),
                Path::None => "no path".into(),
            };
            format!("{} → {via}", p.service)
        })
        .collect()
}
