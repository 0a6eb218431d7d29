// The handler future (incidents, Slack app, pre-flight) nests deeper than rustc's default layout limit.
#![recursion_limit = "256"]
//! The Lambda function: configuration and AWS clients are built once per cold start; every
//! invocation runs `ecs_autopsy::lambda::handler`.

use ecs_autopsy::lambda::{handler, init_tracing, Config, Deps};
use lambda_runtime::{service_fn, Error, LambdaEvent};

#[tokio::main]
async fn main() -> Result<(), Error> {
    init_tracing();
    let config = Config::from_env()?;
    let deps = Deps::new(config).await;
    let deps = &deps;
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<serde_json::Value>| async move { handler(event, deps).await },
    ))
    .await
}
