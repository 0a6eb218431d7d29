//! Packet-filter arithmetic: IPv4 CIDRs, security-group rules and network ACLs. Pure.

use crate::snapshot::{NaclEntry, NetworkAcl, SecurityGroup, SgRule};

/// An IPv4 network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    pub addr: u32,
    pub prefix: u8,
}

impl Cidr {
    pub fn parse(text: &str) -> Option<Cidr> {
        let (ip, prefix) = match text.trim().split_once('/') {
            Some((ip, p)) => (ip, p.parse::<u8>().ok()?),
            None => (text.trim(), 32),
        };
        if prefix > 32 {
            return None;
        }
        let ip: std::net::Ipv4Addr = ip.parse().ok()?;
        Some(Cidr {
            addr: u32::from(ip) & mask(prefix),
            prefix,
        })
    }
    pub fn contains_addr(&self, addr: u32) -> bool {
        addr & mask(self.prefix) == self.addr
    }
    /// True when every address of `other` is in `self`.
    pub fn contains(&self, other: &Cidr) -> bool {
        self.prefix <= other.prefix && self.contains_addr(other.addr)
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", std::net::Ipv4Addr::from(self.addr), self.prefix)
    }
}

fn mask(prefix: u8) -> u32 {
    if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - u32::from(prefix))
    }
}

/// Where traffic goes, as a security group rule sees it.
#[derive(Debug, Clone, Default)]
pub struct Peer {
    /// The peer's addresses (a subnet CIDR, an IP as /32, or a representative public address).
    pub cidrs: Vec<Cidr>,
    /// The peer's security groups (endpoint ENIs, the task).
    pub security_groups: Vec<String>,
    /// Managed prefix lists that contain the peer (the S3 prefix list for the gateway endpoint).
    pub prefix_lists: Vec<String>,
}

/// Protocol names as security groups and NACLs write them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proto {
    Tcp,
    Udp,
}

impl Proto {
    fn sg_matches(self, p: &str) -> bool {
        match p.to_ascii_lowercase().as_str() {
            "-1" | "all" => true,
            "tcp" | "6" => self == Proto::Tcp,
            "udp" | "17" => self == Proto::Udp,
            _ => false,
        }
    }
}

fn port_in(from: Option<i32>, to: Option<i32>, port: u16) -> bool {
    match (from, to) {
        (Some(f), Some(t)) if f >= 0 && t >= 0 => (f..=t).contains(&i32::from(port)),
        _ => true, // absent (protocol -1) or -1: all ports
    }
}

/// Whether a rule covers the protocol and port, whoever the peer.
pub fn rule_covers(rule: &SgRule, proto: Proto, port: u16) -> bool {
    proto.sg_matches(&rule.protocol)
        && (rule.protocol == "-1" || port_in(rule.from_port, rule.to_port, port))
}

fn rule_matches(rule: &SgRule, proto: Proto, port: u16, peer: &Peer) -> bool {
    if !rule_covers(rule, proto, port) {
        return false;
    }
    rule.cidrs
        .iter()
        .filter_map(|c| Cidr::parse(c))
        .any(|rc| peer.cidrs.iter().any(|pc| rc.contains(pc)))
        || rule
            .security_group_ids
            .iter()
            .any(|g| peer.security_groups.contains(g))
        || rule
            .prefix_list_ids
            .iter()
            .any(|p| peer.prefix_lists.contains(p))
}

/// The first rule (as `group: rule`) of any of `groups` that allows the traffic, if any.
/// Security groups are allow-lists: one matching rule in one group is enough.
pub fn sg_allows(
    groups: &[&SecurityGroup],
    egress: bool,
    proto: Proto,
    port: u16,
    peer: &Peer,
) -> Option<String> {
    groups.iter().find_map(|g| {
        let rules = if egress { &g.egress } else { &g.ingress };
        rules
            .iter()
            .find(|r| rule_matches(r, proto, port, peer))
            .map(|r| {
                format!(
                    "{} {} {}",
                    g.id,
                    if egress { "egress" } else { "ingress" },
                    describe_rule(r)
                )
            })
    })
}

pub fn describe_rule(r: &SgRule) -> String {
    let ports = match (r.protocol.as_str(), r.from_port, r.to_port) {
        ("-1", ..) => "all traffic".to_string(),
        (p, Some(f), Some(t)) if f == t => format!("{p} {f}"),
        (p, Some(f), Some(t)) => format!("{p} {f}-{t}"),
        (p, ..) => p.to_string(),
    };
    let peers: Vec<&str> = r
        .cidrs
        .iter()
        .chain(&r.ipv6_cidrs)
        .chain(&r.prefix_list_ids)
        .chain(&r.security_group_ids)
        .map(String::as_str)
        .collect();
    format!("{ports} {}", peers.join(","))
}

/// The decisive entry of a NACL for one packet: first match in rule-number order wins; the
/// implicit `*` rule denies.
pub fn nacl_decision(
    nacl: &NetworkAcl,
    egress: bool,
    proto: Proto,
    port: u16,
    peer: u32,
) -> (bool, Option<&NaclEntry>) {
    let mut entries: Vec<&NaclEntry> = nacl.entries.iter().filter(|e| e.egress == egress).collect();
    entries.sort_by_key(|e| e.rule_number);
    for e in entries {
        let proto_ok = match e.protocol.as_str() {
            "-1" | "all" => true,
            "6" | "tcp" => proto == Proto::Tcp,
            "17" | "udp" => proto == Proto::Udp,
            _ => false,
        };
        if !proto_ok || !(e.protocol == "-1" || port_in(e.from_port, e.to_port, port)) {
            continue;
        }
        let Some(c) = e.cidr.as_deref().and_then(Cidr::parse) else {
            continue;
        };
        if c.contains_addr(peer) {
            return (e.allow, Some(e));
        }
    }
    (false, None)
}

pub fn describe_nacl_entry(nacl: &NetworkAcl, e: Option<&NaclEntry>, egress: bool) -> String {
    let dir = if egress { "outbound" } else { "inbound" };
    match e {
        Some(e) => format!(
            "{} {dir} rule {} ({} {} {}{})",
            nacl.id,
            e.rule_number,
            if e.allow { "allow" } else { "deny" },
            match e.protocol.as_str() {
                "-1" => "all".to_string(),
                "6" => "tcp".to_string(),
                "17" => "udp".to_string(),
                p => p.to_string(),
            },
            e.cidr.as_deref().unwrap_or("?"),
            match (e.from_port, e.to_port) {
                (Some(f), Some(t)) if e.protocol != "-1" => format!(" ports {f}-{t}"),
                _ => String::new(),
            }
        ),
        None => format!(
            "{} {dir}: no rule matches, the final * rule denies",
            nacl.id
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(p: &str, from: Option<i32>, to: Option<i32>, cidr: &str) -> SgRule {
        SgRule {
            protocol: p.into(),
            from_port: from,
            to_port: to,
            cidrs: vec![cidr.into()],
            ..SgRule::default()
        }
    }

    #[test]
    fn cidrs() {
        let vpc = Cidr::parse("10.0.0.0/16").unwrap();
        assert!(vpc.contains(&Cidr::parse("10.0.3.0/24").unwrap()));
        assert!(!vpc.contains(&Cidr::parse("10.1.3.0/24").unwrap()));
        assert!(Cidr::parse("0.0.0.0/0").unwrap().contains(&vpc));
        assert!(Cidr::parse("10.0.0.0/33").is_none());
        assert!(Cidr::parse("nope").is_none());
        assert_eq!(Cidr::parse("10.0.0.7").unwrap().prefix, 32);
    }

    #[test]
    fn security_group_rules() {
        let g = SecurityGroup {
            id: "sg-1".into(),
            egress: vec![rule("tcp", Some(443), Some(443), "10.0.0.0/16")],
            ..SecurityGroup::default()
        };
        let inside = Peer {
            cidrs: vec![Cidr::parse("10.0.3.0/24").unwrap()],
            ..Peer::default()
        };
        let internet = Peer {
            cidrs: vec![Cidr::parse("52.94.0.1").unwrap()],
            ..Peer::default()
        };
        assert!(sg_allows(&[&g], true, Proto::Tcp, 443, &inside).is_some());
        assert!(sg_allows(&[&g], true, Proto::Tcp, 443, &internet).is_none());
        assert!(sg_allows(&[&g], true, Proto::Udp, 443, &inside).is_none());
        assert!(sg_allows(&[&g], true, Proto::Tcp, 80, &inside).is_none());
        let all = SecurityGroup {
            id: "sg-2".into(),
            egress: vec![rule("-1", None, None, "0.0.0.0/0")],
            ..SecurityGroup::default()
        };
        assert!(sg_allows(&[&g, &all], true, Proto::Tcp, 443, &internet)
            .unwrap()
            .starts_with("sg-2"));
        let range = SecurityGroup {
            id: "sg-3".into(),
            egress: vec![rule("6", Some(0), Some(65535), "0.0.0.0/0")],
            ..SecurityGroup::default()
        };
        assert!(sg_allows(&[&range], true, Proto::Tcp, 443, &internet).is_some());
        let pl = SecurityGroup {
            id: "sg-4".into(),
            egress: vec![SgRule {
                protocol: "tcp".into(),
                from_port: Some(443),
                to_port: Some(443),
                prefix_list_ids: vec!["pl-s3".into()],
                ..SgRule::default()
            }],
            ..SecurityGroup::default()
        };
        let s3 = Peer {
            prefix_lists: vec!["pl-s3".into()],
            ..Peer::default()
        };
        assert!(sg_allows(&[&pl], true, Proto::Tcp, 443, &s3).is_some());
        assert!(sg_allows(&[&pl], true, Proto::Tcp, 443, &internet).is_none());
    }

    #[test]
    fn nacls_first_match_wins() {
        let e = |n, egress, proto: &str, allow, cidr: &str, ports: Option<(i32, i32)>| NaclEntry {
            rule_number: n,
            egress,
            protocol: proto.into(),
            from_port: ports.map(|p| p.0),
            to_port: ports.map(|p| p.1),
            cidr: Some(cidr.into()),
            ipv6_cidr: None,
            allow,
        };
        let nacl = NetworkAcl {
            id: "acl-1".into(),
            entries: vec![
                e(200, true, "-1", true, "0.0.0.0/0", None),
                e(100, true, "6", false, "0.0.0.0/0", Some((443, 443))),
                e(100, false, "6", true, "0.0.0.0/0", Some((1024, 65535))),
            ],
            ..NetworkAcl::default()
        };
        let ip = u32::from(std::net::Ipv4Addr::new(52, 94, 0, 1));
        assert!(!nacl_decision(&nacl, true, Proto::Tcp, 443, ip).0);
        assert!(nacl_decision(&nacl, true, Proto::Tcp, 80, ip).0);
        assert!(nacl_decision(&nacl, false, Proto::Tcp, 40000, ip).0);
        let (allowed, entry) = nacl_decision(&nacl, false, Proto::Tcp, 80, ip);
        assert!(!allowed && entry.is_none());
        assert!(describe_nacl_entry(&nacl, None, false).contains("final * rule"));
    }
}
