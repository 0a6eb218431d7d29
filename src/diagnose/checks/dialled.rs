//! Where an address a crash line dialled lies, read against the task's network (pure). A log's
//! "connection timed out" to an IP address is a network path that is closed somewhere; the VPC
//! the snapshot holds says which part: the task's own security groups or its subnet's network
//! ACL that let nothing out to it, a private address outside the VPC that no route leads to, or
//! (when the task's side is open) the destination's security group, which the snapshot cannot
//! see. A name that did not resolve is read against who answers the task's lookups.

use super::settings::Setting;
use crate::crash::Crash;
use crate::diagnose::Facts;
use crate::net::{nacl_decision, sg_allows, Cidr, Peer, Proto};
use crate::snapshot::{Network, SecurityGroup};
use regex::Regex;
use std::net::Ipv4Addr;
use std::sync::LazyLock;

/// The setting behind a timed-out or unreachable IPv4 address the line names, if the snapshot
/// holds the task's network.
pub(crate) fn behind(f: &Facts<'_>, crash: &Crash) -> Option<Setting> {
    if crash.signature == "net.dns" {
        return resolver(f.snap.network.as_ref()?, crash.host.as_deref()?);
    }
    if !matches!(crash.signature.as_str(), "net.timeout" | "net.unreachable") {
        return None;
    }
    let ip = ipv4(crash.address.as_deref()?)?;
    let port = crash.port?;
    let net = f.snap.network.as_ref()?;
    let subnet_id = f
        .snap
        .awsvpc
        .subnets
        .first()
        .or(f.snap.task.subnet_id.as_ref())?;
    let vpc_cidrs: Vec<Cidr> = net
        .vpc
        .ok()?
        .cidrs
        .iter()
        .filter_map(|c| Cidr::parse(c))
        .collect();
    let addr = u32::from(ip);
    if let Some(cidr) = vpc_cidrs.iter().find(|c| c.contains_addr(addr)) {
        return Some(inside(f, net, subnet_id, ip, port, cidr));
    }
    if private(ip) {
        return outside(net, subnet_id, ip, port, &vpc_cidrs);
    }
    None
}

/// The address is the VPC's own: its local route reaches it, so a security group or a network
/// ACL dropped the connection (a drop times out; a refusal would say so).
fn inside(
    f: &Facts<'_>,
    net: &Network,
    subnet: &str,
    ip: Ipv4Addr,
    port: u16,
    cidr: &Cidr,
) -> Setting {
    let peer = Peer {
        cidrs: vec![Cidr {
            addr: u32::from(ip),
            prefix: 32,
        }],
        ..Peer::default()
    };
    let task_sgs: Vec<&SecurityGroup> = f
        .snap
        .awsvpc
        .security_groups
        .iter()
        .filter_map(|id| net.security_group(id))
        .collect();
    let names = f.snap.awsvpc.security_groups.join(", ");
    if !task_sgs.is_empty()
        && task_sgs.len() == f.snap.awsvpc.security_groups.len()
        && sg_allows(&task_sgs, true, Proto::Tcp, port, &peer).is_none()
    {
        return Setting {
            evidence: format!(
                "network: {ip} is in the task's VPC ({cidr}), and the task's security groups ({names}) allow no outbound TCP {port} to it"
            ),
            fix: Some(format!(
                "Allow outbound TCP {port} to {ip} (or to the security group of what listens there) in one of the task's security groups ({names})"
            )),
        };
    }
    let nacl = net.nacl_of(subnet);
    if let Some(nacl) = nacl {
        if let (false, _) = nacl_decision(nacl, true, Proto::Tcp, port, u32::from(ip)) {
            return Setting {
                evidence: format!(
                    "network: {ip} is in the task's VPC ({cidr}), and the network ACL {} of subnet {subnet} denies outbound TCP {port} to it",
                    nacl.id
                ),
                fix: Some(format!(
                    "Allow outbound TCP {port} to {ip} in network ACL {} (and the return traffic on ports 1024-65535 inbound)",
                    nacl.id
                )),
            };
        }
    }
    let task = if names.is_empty() {
        "the task".to_string()
    } else {
        format!("the task's security group ({names})")
    };
    Setting {
        evidence: format!(
            "network: {ip} is in the task's VPC ({cidr}) and the task's side lets TCP {port} out: what drops it is the destination's side, the security group of what listens at {ip} (an RDS instance's, another service's) or its subnet's network ACL"
        ),
        fix: Some(format!(
            "Allow inbound TCP {port} from {task} in the security group of what listens at {ip}, and check that it listens on {port}"
        )),
    }
}

/// A private address outside the VPC is reached only through a route for it (a peering
/// connection, a transit gateway, a VPN); the default route to the internet cannot reach it.
fn outside(
    net: &Network,
    subnet: &str,
    ip: Ipv4Addr,
    port: u16,
    vpc_cidrs: &[Cidr],
) -> Option<Setting> {
    let table = net.route_table_of(subnet)?;
    let addr = u32::from(ip);
    let route = table
        .routes
        .iter()
        .filter_map(|r| Some((r, Cidr::parse(r.destination_cidr.as_deref()?)?)))
        .filter(|(_, c)| c.prefix > 0 && c.contains_addr(addr))
        .max_by_key(|(_, c)| c.prefix);
    let vpc = vpc_cidrs
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let Some((route, cidr)) = route else {
        return Some(Setting {
            evidence: format!(
                "network: {ip} is a private address outside the task's VPC ({vpc}), and route table {} of subnet {subnet} has no route for it: the default route to the internet cannot reach it",
                table.id
            ),
            fix: Some(format!(
                "Add a route for {ip}'s network to the peering connection, transit gateway or VPN in {} (and the route back on the other side), or give the container an address reachable from this VPC",
                table.id
            )),
        });
    };
    let target = route.target.as_deref().unwrap_or("its target");
    if route.state.as_deref() == Some("blackhole") {
        return Some(Setting {
            evidence: format!(
                "network: route table {} sends {cidr} (holding {ip}) to {target}, which no longer exists (blackhole)",
                table.id
            ),
            fix: Some(format!(
                "Point the route for {cidr} in {} at a peering connection or transit gateway that exists and is active",
                table.id
            )),
        });
    }
    Some(Setting {
        evidence: format!(
            "network: route table {} sends {cidr} (holding {ip}) to {target}: the other side must route the task's subnet back and its security group must allow TCP {port} from it",
            table.id
        ),
        fix: None,
    })
}

/// A name that did not resolve, read against who answers the task's lookups: the VPC's own
/// resolver when its DNS support is on and the DHCP options name it, else nothing or the servers
/// the DHCP options name, which must know the name (or forward it to the VPC's resolver).
fn resolver(net: &Network, host: &str) -> Option<Setting> {
    let vpc = net.vpc_id.as_deref().unwrap_or("the VPC");
    let servers = net.custom_dns_servers();
    if net.dns_support.ok() == Some(&false) && servers.is_empty() {
        return Some(Setting {
            evidence: format!(
                "network: DNS resolution is off in {vpc} (enableDnsSupport false): nothing answers the task's lookup of {host}"
            ),
            fix: Some(format!(
                "aws ec2 modify-vpc-attribute --vpc-id {vpc} --enable-dns-support '{{\"Value\":true}}'"
            )),
        });
    }
    (!servers.is_empty()).then(|| Setting {
        evidence: format!(
            "network: the DHCP options of {vpc} send the task's lookups to {} instead of the Amazon-provided resolver: those servers must resolve {host}",
            servers.join(", ")
        ),
        fix: Some(format!(
            "Make {} resolve {host} (or forward its domain, and amazonaws.com, to the VPC's resolver at the VPC CIDR's base + 2), or use DHCP options with AmazonProvidedDNS",
            servers.join(", ")
        )),
    })
}

/// The first IPv4 literal of an address as a line names it ("10.0.2.7:5432", "(10.0.2.7), port
/// 5432", "tcp://10.0.2.7:6379").
fn ipv4(address: &str) -> Option<Ipv4Addr> {
    static IP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b").expect("the IPv4 pattern compiles")
    });
    IP.captures(address)?[1].parse().ok()
}

/// RFC 1918 and the shared address space (100.64/10) that VPCs may use.
fn private(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_private() || (a == 100 && (64..128).contains(&b))
}
