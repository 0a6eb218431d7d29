//! The routing table of the function: `ROUTES_PARAMETER` (SSM, read lazily and cached) before
//! `ROUTES` (environment). Which route a report takes is pure, in `crate::routing`.

use super::Deps;
use crate::notify::routing::{self, Route};

/// The routing table: the routes of `ROUTES_PARAMETER` (read lazily, never at cold start, and kept
/// for `routes_ttl`), then those of `ROUTES`.
pub(super) async fn routing_table(deps: &Deps) -> Result<Vec<Route>, String> {
    let config = &deps.config;
    let Some(name) = &config.routes_parameter else {
        return Ok(config.routes.clone());
    };
    let mut routes = deps
        .routes_cache
        .get(config.routes_ttl, || {
            read_routes_parameter(&deps.clients.ssm, name)
        })
        .await?;
    routes.extend(config.routes.iter().cloned());
    Ok(routes)
}

/// Reads the routing parameter (a routing table, not secret material: the secrets it names are
/// read by [`deliver::Slack`]).
async fn read_routes_parameter(
    ssm: &aws_sdk_ssm::Client,
    name: &str,
) -> Result<Vec<Route>, String> {
    let out = ssm
        .get_parameter()
        .name(name)
        .send()
        .await
        .map_err(|e| format!("ssm:GetParameter {name}: {}", crate::sdk_error::plain(&e)))?;
    let value = out.parameter().and_then(|p| p.value()).unwrap_or_default();
    routing::parse_routes(value).map_err(|e| format!("{name} is not a valid list of routes: {e}"))
}
