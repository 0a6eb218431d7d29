//! Report wordings that held-out accounts found wrong (issue 10, part 4), each on a check fixture
//! with the one change its case needs.

use ecs_autopsy::diagnose::diagnose;
use ecs_autopsy::snapshot::Fetched;

use crate::fixture::check_fixture as load;

#[test]
fn an_unassociated_s3_gateway_endpoint_is_named_with_its_route_table() {
    // The endpoint-only VPC, with its ECR API endpoint in place and the S3 gateway endpoint
    // associated with another route table than the task subnet's.
    let mut snap = load("network.endpoint_missing", "fires");
    let net = snap.network.as_mut().unwrap();
    let Fetched::Ok(eps) = &mut net.endpoints else {
        panic!("fixture has endpoints")
    };
    let mut api = eps
        .iter()
        .find(|e| e.service_name.ends_with(".ecr.dkr"))
        .unwrap()
        .clone();
    api.id = "vpce-0api".into();
    api.service_name = "com.amazonaws.us-east-1.ecr.api".into();
    eps.push(api);
    let s3 = eps
        .iter_mut()
        .find(|e| e.service_name.ends_with(".s3"))
        .unwrap();
    s3.route_table_ids = vec!["rtb-6b35f45548cb1619f".into()];
    let s3_id = s3.id.clone();
    let r = diagnose(&snap);
    let top = &r.root_causes[0];
    assert_eq!(top.id, "network.endpoint_missing", "{top:?}");
    assert!(
        top.summary.contains(&s3_id) && top.summary.contains("rtb-e627af5f818c5d9d0"),
        "{}",
        top.summary
    );
    assert_eq!(
        top.fix,
        vec![format!(
            "aws ec2 modify-vpc-endpoint --vpc-endpoint-id {s3_id} --add-route-table-ids rtb-e627af5f818c5d9d0"
        )]
    );
    assert!(top.fix.iter().all(|f| !f.contains("create-vpc-endpoint")));
}

#[test]
fn ecr_in_another_region_is_not_a_public_registry() {
    let mut snap = load("network.endpoint_missing", "fires");
    let Fetched::Ok(td) = &mut snap.task_definition else {
        panic!()
    };
    td.containers[0].image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/fx15f/app:1.0".into();
    snap.images.clear();
    let r = diagnose(&snap);
    let top = r
        .root_causes
        .iter()
        .find(|c| c.id == "network.no_route")
        .expect("the internet path fails");
    assert!(
        top.summary.contains("ECR in another region"),
        "{}",
        top.summary
    );
    assert!(!top.summary.contains("public registry"), "{}", top.summary);
    assert!(
        top.fix.iter().any(|f| f.contains("replicat")),
        "{:?}",
        top.fix
    );
}
