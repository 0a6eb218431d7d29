//! EC2: the task's ENI, its VPC (one round of VPC-wide calls once the subnet names the VPC), and
//! the container instance of EC2-launched tasks.

use super::error::fetched;
use super::Ctx;
use crate::snapshot::*;
use aws_sdk_ec2::types::{Filter, VpcAttributeName};

fn filter(name: &str, value: &str) -> Filter {
    Filter::builder().name(name).values(value).build()
}

/// The task's ENI, if it still exists (it is usually deleted by the time the task is STOPPED).
pub(crate) async fn eni(ctx: &Ctx<'_>, eni_id: Option<&str>) -> Fetched<Eni> {
    let Some(id) = eni_id else {
        return Fetched::Skipped("the task has no ENI (not awsvpc)".into());
    };
    ctx.call(async {
        let r = ctx
            .clients
            .ec2
            .describe_network_interfaces()
            .network_interface_ids(id)
            .send()
            .await;
        let f = fetched("ec2:DescribeNetworkInterfaces", r, |o| {
            o.network_interfaces().first().map(|n| Eni {
                id: n.network_interface_id().unwrap_or(id).to_string(),
                subnet_id: n.subnet_id().map(str::to_string),
                security_groups: n
                    .groups()
                    .iter()
                    .filter_map(|g| g.group_id().map(str::to_string))
                    .collect(),
                private_ip: n.private_ip_address().map(str::to_string),
                public_ip: n
                    .association()
                    .and_then(|a| a.public_ip())
                    .map(str::to_string),
                status: n.status().map(|s| s.as_str().to_string()),
            })
        });
        f.required("ec2:DescribeNetworkInterfaces", || {
            format!("{id} no longer exists")
        })
    })
    .await
}

/// The VPC context of the task's subnet: DescribeSubnets names the VPC, then every VPC-wide
/// call runs at once.
pub(crate) async fn network(ctx: &Ctx<'_>, subnet_id: Option<&str>) -> Option<Network> {
    let subnet_id = subnet_id?;
    let subnet = ctx
        .call(async {
            let r = ctx
                .clients
                .ec2
                .describe_subnets()
                .subnet_ids(subnet_id)
                .send()
                .await;
            fetched("ec2:DescribeSubnets", r, |o| {
                o.subnets()
                    .first()
                    .and_then(|s| s.vpc_id())
                    .map(str::to_string)
            })
        })
        .await;
    let vpc_id = match subnet {
        Fetched::Ok(Some(v)) => v,
        other => {
            let why = match other {
                Fetched::Ok(None) => format!("subnet {subnet_id} not found"),
                f => f.why_missing().unwrap_or_default(),
            };
            let why = format!("the VPC is unknown: {why}");
            fn skip<T>(why: &str) -> Fetched<T> {
                Fetched::Skipped(why.to_string())
            }

            return Some(Network {
                vpc_id: None,
                vpc: skip(&why),
                dns_support: skip(&why),
                dns_hostnames: skip(&why),
                dhcp_options: skip(&why),
                subnets: skip(&why),
                route_tables: skip(&why),
                nat_gateways: skip(&why),
                internet_gateways: skip(&why),
                endpoints: skip(&why),
                security_groups: skip(&why),
                network_acls: skip(&why),
                prefix_lists: skip(&why),
            });
        }
    };
    let v = vpc_id.as_str();
    let ec2 = &ctx.clients.ec2;
    // One round: every call below needs only the VPC id.
    let (
        vpc,
        dns_support,
        dns_hostnames,
        dhcp_options,
        subnets,
        route_tables,
        nat_gateways,
        internet_gateways,
        endpoints,
        security_groups,
        network_acls,
        prefix_lists,
    ) = tokio::join!(
        ctx.call(async {
            fetched(
                "ec2:DescribeVpcs",
                ec2.describe_vpcs().vpc_ids(v).send().await,
                |o| {
                    let vpc = o.vpcs().first();
                    Vpc {
                        id: v.to_string(),
                        cidrs: vpc
                            .map(|x| {
                                let mut c: Vec<String> = x
                                    .cidr_block_association_set()
                                    .iter()
                                    .filter_map(|a| a.cidr_block().map(str::to_string))
                                    .collect();
                                if c.is_empty() {
                                    c.extend(x.cidr_block().map(str::to_string));
                                }
                                c
                            })
                            .unwrap_or_default(),
                        dhcp_options_id: vpc.and_then(|x| x.dhcp_options_id()).map(str::to_string),
                    }
                },
            )
        }),
        ctx.call(async {
            let r = ec2
                .describe_vpc_attribute()
                .vpc_id(v)
                .attribute(VpcAttributeName::EnableDnsSupport)
                .send()
                .await;
            fetched("ec2:DescribeVpcAttribute", r, |o| {
                o.enable_dns_support()
                    .and_then(|a| a.value())
                    .unwrap_or(false)
            })
        }),
        ctx.call(async {
            let r = ec2
                .describe_vpc_attribute()
                .vpc_id(v)
                .attribute(VpcAttributeName::EnableDnsHostnames)
                .send()
                .await;
            fetched("ec2:DescribeVpcAttribute", r, |o| {
                o.enable_dns_hostnames()
                    .and_then(|a| a.value())
                    .unwrap_or(false)
            })
        }),
        ctx.call(async {
            fetched(
                "ec2:DescribeDhcpOptions",
                ec2.describe_dhcp_options()
                    .into_paginator()
                    .send()
                    .collect::<Result<Vec<_>, _>>()
                    .await,
                |pages| {
                    pages
                        .iter()
                        .flat_map(|o| o.dhcp_options())
                        .map(|d| DhcpOptions {
                            id: d.dhcp_options_id().unwrap_or_default().to_string(),
                            domain_name_servers: d
                                .dhcp_configurations()
                                .iter()
                                .filter(|c| c.key() == Some("domain-name-servers"))
                                .flat_map(|c| c.values())
                                .filter_map(|x| x.value().map(str::to_string))
                                .collect(),
                        })
                        .collect()
                },
            )
        }),
        ctx.call(async {
            let r = ec2
                .describe_subnets()
                .filters(filter("vpc-id", v))
                .into_paginator()
                .send()
                .collect::<Result<Vec<_>, _>>()
                .await;
            fetched("ec2:DescribeSubnets", r, |pages| {
                pages
                    .iter()
                    .flat_map(|o| o.subnets())
                    .map(|s| Subnet {
                        id: s.subnet_id().unwrap_or_default().to_string(),
                        vpc_id: s.vpc_id().map(str::to_string),
                        availability_zone: s.availability_zone().map(str::to_string),
                        cidr: s.cidr_block().map(str::to_string),
                        available_ips: s.available_ip_address_count(),
                        map_public_ip_on_launch: s.map_public_ip_on_launch(),
                    })
                    .collect()
            })
        }),
        ctx.call(async {
            let r = ec2
                .describe_route_tables()
                .filters(filter("vpc-id", v))
                .into_paginator()
                .send()
                .collect::<Result<Vec<_>, _>>()
                .await;
            fetched("ec2:DescribeRouteTables", r, |pages| {
                pages
                    .iter()
                    .flat_map(|o| o.route_tables())
                    .map(|t| RouteTable {
                        id: t.route_table_id().unwrap_or_default().to_string(),
                        main: t.associations().iter().any(|a| a.main() == Some(true)),
                        subnet_ids: t
                            .associations()
                            .iter()
                            .filter_map(|a| a.subnet_id().map(str::to_string))
                            .collect(),
                        routes: t
                            .routes()
                            .iter()
                            .map(|r| Route {
                                destination_cidr: r.destination_cidr_block().map(str::to_string),
                                destination_prefix_list: r
                                    .destination_prefix_list_id()
                                    .map(str::to_string),
                                target: r
                                    .nat_gateway_id()
                                    .or(r.gateway_id())
                                    .or(r.transit_gateway_id())
                                    .or(r.vpc_peering_connection_id())
                                    .or(r.network_interface_id())
                                    .or(r.instance_id())
                                    .or(r.egress_only_internet_gateway_id())
                                    .map(str::to_string),
                                state: r.state().map(|s| s.as_str().to_string()),
                            })
                            .collect(),
                    })
                    .collect()
            })
        }),
        ctx.call(async {
            let r = ec2
                .describe_nat_gateways()
                .filter(filter("vpc-id", v))
                .into_paginator()
                .send()
                .collect::<Result<Vec<_>, _>>()
                .await;
            fetched("ec2:DescribeNatGateways", r, |pages| {
                pages
                    .iter()
                    .flat_map(|o| o.nat_gateways())
                    .map(|n| NatGateway {
                        id: n.nat_gateway_id().unwrap_or_default().to_string(),
                        state: n.state().map(|s| s.as_str().to_string()),
                        subnet_id: n.subnet_id().map(str::to_string),
                        connectivity_type: n.connectivity_type().map(|c| c.as_str().to_string()),
                    })
                    .collect()
            })
        }),
        ctx.call(async {
            let r = ec2
                .describe_internet_gateways()
                .filters(filter("attachment.vpc-id", v))
                .into_paginator()
                .send()
                .collect::<Result<Vec<_>, _>>()
                .await;
            fetched("ec2:DescribeInternetGateways", r, |pages| {
                pages
                    .iter()
                    .flat_map(|o| o.internet_gateways())
                    .map(|g| InternetGateway {
                        id: g.internet_gateway_id().unwrap_or_default().to_string(),
                        attached_vpcs: g
                            .attachments()
                            .iter()
                            .filter_map(|a| a.vpc_id().map(str::to_string))
                            .collect(),
                    })
                    .collect()
            })
        }),
        ctx.call(async {
            let r = ec2
                .describe_vpc_endpoints()
                .filters(filter("vpc-id", v))
                .into_paginator()
                .send()
                .collect::<Result<Vec<_>, _>>()
                .await;
            fetched("ec2:DescribeVpcEndpoints", r, |pages| {
                pages
                    .iter()
                    .flat_map(|o| o.vpc_endpoints())
                    .map(|e| VpcEndpoint {
                        id: e.vpc_endpoint_id().unwrap_or_default().to_string(),
                        service_name: e.service_name().unwrap_or_default().to_string(),
                        endpoint_type: e
                            .vpc_endpoint_type()
                            .map(|t| t.as_str().to_string())
                            .unwrap_or_default(),
                        state: e.state().map(|s| s.as_str().to_string()),
                        subnet_ids: e.subnet_ids().to_vec(),
                        route_table_ids: e.route_table_ids().to_vec(),
                        security_group_ids: e
                            .groups()
                            .iter()
                            .filter_map(|g| g.group_id().map(str::to_string))
                            .collect(),
                        private_dns_enabled: e.private_dns_enabled(),
                        policy: e.policy_document().map(super::decode_policy),
                    })
                    .collect()
            })
        }),
        ctx.call(async {
            let r = ec2
                .describe_security_groups()
                .filters(filter("vpc-id", v))
                .into_paginator()
                .send()
                .collect::<Result<Vec<_>, _>>()
                .await;
            fetched("ec2:DescribeSecurityGroups", r, |pages| {
                pages
                    .iter()
                    .flat_map(|o| o.security_groups())
                    .map(|g| SecurityGroup {
                        id: g.group_id().unwrap_or_default().to_string(),
                        name: g.group_name().map(str::to_string),
                        ingress: g.ip_permissions().iter().map(sg_rule).collect(),
                        egress: g.ip_permissions_egress().iter().map(sg_rule).collect(),
                    })
                    .collect()
            })
        }),
        ctx.call(async {
            let r = ec2
                .describe_network_acls()
                .filters(filter("vpc-id", v))
                .into_paginator()
                .send()
                .collect::<Result<Vec<_>, _>>()
                .await;
            fetched("ec2:DescribeNetworkAcls", r, |pages| {
                pages
                    .iter()
                    .flat_map(|o| o.network_acls())
                    .map(|n| NetworkAcl {
                        id: n.network_acl_id().unwrap_or_default().to_string(),
                        is_default: n.is_default().unwrap_or(false),
                        subnet_ids: n
                            .associations()
                            .iter()
                            .filter_map(|a| a.subnet_id().map(str::to_string))
                            .collect(),
                        entries: n
                            .entries()
                            .iter()
                            .map(|e| NaclEntry {
                                rule_number: e.rule_number().unwrap_or(32767),
                                egress: e.egress().unwrap_or(false),
                                protocol: e.protocol().unwrap_or("-1").to_string(),
                                from_port: e.port_range().and_then(|p| p.from()),
                                to_port: e.port_range().and_then(|p| p.to()),
                                cidr: e.cidr_block().map(str::to_string),
                                ipv6_cidr: e.ipv6_cidr_block().map(str::to_string),
                                allow: e.rule_action().is_some_and(|a| a.as_str() == "allow"),
                            })
                            .collect(),
                    })
                    .collect()
            })
        }),
        ctx.call(async {
            fetched(
                "ec2:DescribePrefixLists",
                ec2.describe_prefix_lists()
                    .into_paginator()
                    .send()
                    .collect::<Result<Vec<_>, _>>()
                    .await,
                |pages| {
                    pages
                        .iter()
                        .flat_map(|o| o.prefix_lists())
                        .map(|p| PrefixList {
                            id: p.prefix_list_id().unwrap_or_default().to_string(),
                            name: p.prefix_list_name().unwrap_or_default().to_string(),
                            cidrs: p.cidrs().to_vec(),
                        })
                        .collect()
                },
            )
        }),
    );
    Some(Network {
        vpc_id: Some(vpc_id),
        vpc,
        dns_support,
        dns_hostnames,
        dhcp_options,
        subnets,
        route_tables,
        nat_gateways,
        internet_gateways,
        endpoints,
        security_groups,
        network_acls,
        prefix_lists,
    })
}

fn sg_rule(p: &aws_sdk_ec2::types::IpPermission) -> SgRule {
    SgRule {
        protocol: p.ip_protocol().unwrap_or("-1").to_string(),
        from_port: p.from_port(),
        to_port: p.to_port(),
        cidrs: p
            .ip_ranges()
            .iter()
            .filter_map(|r| r.cidr_ip().map(str::to_string))
            .collect(),
        ipv6_cidrs: p
            .ipv6_ranges()
            .iter()
            .filter_map(|r| r.cidr_ipv6().map(str::to_string))
            .collect(),
        prefix_list_ids: p
            .prefix_list_ids()
            .iter()
            .filter_map(|r| r.prefix_list_id().map(str::to_string))
            .collect(),
        security_group_ids: p
            .user_id_group_pairs()
            .iter()
            .filter_map(|r| r.group_id().map(str::to_string))
            .collect(),
    }
}

/// The EC2 instance behind a container instance.
pub(crate) async fn instance(ctx: &Ctx<'_>, id: &str) -> Fetched<Ec2Instance> {
    ctx.call(async {
        let r = ctx
            .clients
            .ec2
            .describe_instances()
            .instance_ids(id)
            .send()
            .await;
        let f = fetched("ec2:DescribeInstances", r, |o| {
            o.reservations()
                .iter()
                .flat_map(|r| r.instances())
                .next()
                .map(|i| Ec2Instance {
                    id: i.instance_id().unwrap_or(id).to_string(),
                    subnet_id: i.subnet_id().map(str::to_string),
                    public_ip: i.public_ip_address().map(str::to_string),
                    security_groups: instance_security_groups(i),
                    instance_profile_arn: i
                        .iam_instance_profile()
                        .and_then(|p| p.arn())
                        .map(str::to_string),
                })
        });
        f.required("ec2:DescribeInstances", || format!("{id} not found"))
    })
    .await
}

/// The groups a bridge- or host-mode task's traffic leaves with: the primary network interface's
/// (device 0). EC2 lists them on the instance too; moto lists them only on the interface when
/// the instance was launched with `NetworkInterfaces`, so both are read.
fn instance_security_groups(i: &aws_sdk_ec2::types::Instance) -> Vec<String> {
    let mut groups: Vec<String> = i
        .security_groups()
        .iter()
        .filter_map(|g| g.group_id().map(str::to_string))
        .collect();
    let primary = i
        .network_interfaces()
        .iter()
        .filter(|n| n.attachment().and_then(|a| a.device_index()) == Some(0));
    for g in primary.flat_map(|n| n.groups()) {
        if let Some(id) = g.group_id() {
            if !groups.iter().any(|x| x == id) {
                groups.push(id.to_string());
            }
        }
    }
    groups
}
