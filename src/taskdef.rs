//! A task definition as a pipeline holds it: the JSON `aws ecs register-task-definition
//! --cli-input-json` takes, or what `describe-task-definition` prints (`{"taskDefinition": …}`).
//! Pure: the file's text in, the snapshot's [`TaskDefinition`] out, so `preflight` checks what
//! CI is about to register, before it exists in AWS.

use crate::snapshot::{
    ContainerDefinition, Dependency, HealthCheck, MountPoint, SecretReference, TaskDefinition,
    Volume,
};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Td {
    task_definition_arn: Option<String>,
    family: Option<String>,
    revision: Option<i32>,
    task_role_arn: Option<String>,
    execution_role_arn: Option<String>,
    network_mode: Option<String>,
    requires_compatibilities: Vec<String>,
    cpu: Option<Value>,
    memory: Option<Value>,
    runtime_platform: Option<Platform>,
    ephemeral_storage: Option<Storage>,
    container_definitions: Vec<Container>,
    volumes: Vec<Vol>,
    tags: Vec<Tag>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Platform {
    cpu_architecture: Option<String>,
    operating_system_family: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Storage {
    #[serde(rename = "sizeInGiB")]
    size_in_gib: Option<i32>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Container {
    name: String,
    image: String,
    essential: Option<bool>,
    memory: Option<i32>,
    memory_reservation: Option<i32>,
    cpu: Option<i32>,
    command: Vec<String>,
    entry_point: Vec<String>,
    secrets: Vec<NameValueFrom>,
    repository_credentials: Option<RepoCreds>,
    log_configuration: Option<LogConfig>,
    environment_files: Vec<EnvFile>,
    depends_on: Vec<DependsOn>,
    start_timeout: Option<i32>,
    health_check: Option<Health>,
    port_mappings: Vec<Port>,
    readonly_root_filesystem: Option<bool>,
    user: Option<String>,
    mount_points: Vec<Mount>,
    linux_parameters: Option<Linux>,
    environment: Vec<EnvName>,
}

/// An `environment[]` entry, its name only: the value is never read.
#[derive(Deserialize, Default)]
#[serde(default)]
struct EnvName {
    name: String,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Mount {
    source_volume: String,
    container_path: String,
    read_only: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Linux {
    shared_memory_size: Option<i32>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct NameValueFrom {
    name: String,
    value_from: String,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RepoCreds {
    credentials_parameter: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct LogConfig {
    log_driver: Option<String>,
    options: BTreeMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EnvFile {
    value: String,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct DependsOn {
    container_name: String,
    condition: String,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Health {
    command: Vec<String>,
    interval: Option<i32>,
    timeout: Option<i32>,
    retries: Option<i32>,
    start_period: Option<i32>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Port {
    container_port: Option<i32>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Vol {
    name: String,
    configured_at_launch: bool,
    efs_volume_configuration: Option<Efs>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Efs {
    file_system_id: Option<String>,
    transit_encryption: Option<String>,
    authorization_config: Option<EfsAuth>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct EfsAuth {
    access_point_id: Option<String>,
    iam: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Tag {
    key: String,
    value: String,
}

/// `"512"` or `512`: ECS takes both.
fn units(v: Option<Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Parses a task definition file. The error says what is wrong in the file's own terms.
pub fn parse(text: &str) -> Result<TaskDefinition, String> {
    let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("not JSON: {e}"))?;
    // `describe-task-definition` output wraps it; the register input is the object itself.
    let v = match v.get("taskDefinition") {
        Some(inner) => inner.clone(),
        None => v,
    };
    let td: Td = serde_json::from_value(v)
        .map_err(|e| format!("not a task definition (register-task-definition JSON): {e}"))?;
    if td.container_definitions.is_empty() {
        return Err("not a task definition: it has no containerDefinitions".into());
    }
    if let Some(c) = td.container_definitions.iter().find(|c| c.name.is_empty()) {
        return Err(format!(
            "a container definition has no name (image {:?})",
            c.image
        ));
    }
    Ok(TaskDefinition {
        arn: td.task_definition_arn,
        family: td.family,
        revision: td.revision,
        execution_role_arn: td.execution_role_arn,
        task_role_arn: td.task_role_arn,
        network_mode: td.network_mode,
        requires_compatibilities: td.requires_compatibilities,
        cpu: units(td.cpu),
        memory: units(td.memory),
        cpu_architecture: td
            .runtime_platform
            .as_ref()
            .and_then(|p| p.cpu_architecture.clone()),
        os_family: td
            .runtime_platform
            .as_ref()
            .and_then(|p| p.operating_system_family.clone()),
        ephemeral_storage_gib: td.ephemeral_storage.and_then(|e| e.size_in_gib),
        containers: td
            .container_definitions
            .into_iter()
            .map(|c| ContainerDefinition {
                has_health_check: c.health_check.is_some(),
                health_check: c.health_check.map(|h| HealthCheck {
                    command: h.command,
                    interval: h.interval,
                    timeout: h.timeout,
                    retries: h.retries,
                    start_period: h.start_period,
                }),
                name: c.name,
                image: c.image,
                essential: c.essential,
                memory: c.memory,
                memory_reservation: c.memory_reservation,
                cpu: c.cpu,
                command: c.command,
                entry_point: c.entry_point,
                secrets: c
                    .secrets
                    .into_iter()
                    .map(|s| SecretReference {
                        name: s.name,
                        value_from: s.value_from,
                    })
                    .collect(),
                repository_credentials: c
                    .repository_credentials
                    .and_then(|r| r.credentials_parameter),
                log_driver: c
                    .log_configuration
                    .as_ref()
                    .and_then(|l| l.log_driver.clone()),
                log_options: c.log_configuration.map(|l| l.options).unwrap_or_default(),
                environment_files: c.environment_files.into_iter().map(|e| e.value).collect(),
                depends_on: c
                    .depends_on
                    .into_iter()
                    .map(|d| Dependency {
                        container: d.container_name,
                        condition: d.condition,
                    })
                    .collect(),
                start_timeout: c.start_timeout,
                container_ports: c
                    .port_mappings
                    .iter()
                    .filter_map(|p| p.container_port)
                    .collect(),
                readonly_root_filesystem: c.readonly_root_filesystem,
                user: c.user,
                mount_points: c
                    .mount_points
                    .into_iter()
                    .map(|m| MountPoint {
                        source_volume: m.source_volume,
                        container_path: m.container_path,
                        read_only: m.read_only.unwrap_or(false),
                    })
                    .collect(),
                shared_memory_size: c.linux_parameters.and_then(|l| l.shared_memory_size),
                environment_names: c.environment.into_iter().map(|e| e.name).collect(),
            })
            .collect(),
        volumes: td
            .volumes
            .into_iter()
            .map(|v| {
                let efs = v.efs_volume_configuration.unwrap_or_default();
                let auth = efs.authorization_config.unwrap_or_default();
                Volume {
                    name: v.name,
                    configured_at_launch: v.configured_at_launch,
                    efs_file_system_id: efs.file_system_id,
                    efs_access_point_id: auth.access_point_id,
                    efs_iam_authorization: auth.iam.as_deref() == Some("ENABLED"),
                    efs_transit_encryption: efs.transit_encryption.as_deref() == Some("ENABLED"),
                }
            })
            .collect(),
        tags: td.tags.into_iter().map(|t| (t.key, t.value)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_input_and_describe_output_both_parse() {
        let register = r#"{"family":"api","executionRoleArn":"arn:aws:iam::1:role/exec",
            "networkMode":"awsvpc","requiresCompatibilities":["FARGATE"],"cpu":"256","memory":512,
            "runtimePlatform":{"cpuArchitecture":"ARM64","operatingSystemFamily":"LINUX"},
            "containerDefinitions":[{"name":"app","image":"1.dkr.ecr.us-east-1.amazonaws.com/api:1",
              "secrets":[{"name":"DB","valueFrom":"arn:aws:secretsmanager:us-east-1:1:secret:db-AbCdEf"}],
              "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/api"}},
              "portMappings":[{"containerPort":8080}],
              "healthCheck":{"command":["CMD-SHELL","curl -f localhost:8080"]}}]}"#;
        let td = parse(register).unwrap();
        assert_eq!(td.memory.as_deref(), Some("512"));
        assert_eq!(td.cpu_architecture.as_deref(), Some("ARM64"));
        let c = &td.containers[0];
        assert_eq!(c.secrets[0].name, "DB");
        assert_eq!(c.log_options["awslogs-group"], "/ecs/api");
        assert_eq!(c.container_ports, [8080]);
        assert!(c.has_health_check);
        let describe = format!(r#"{{"taskDefinition": {register}}}"#);
        assert_eq!(parse(&describe).unwrap(), td);
        assert!(parse("{}").unwrap_err().contains("containerDefinitions"));
        assert!(parse("[").unwrap_err().contains("not JSON"));
    }
}
