//! SNS: one publish per message (the SDK retries throttling and 5xx).

use crate::render::sns::SnsMessage;
use aws_sdk_sns::types::MessageAttributeValue;

/// Publishes to SNS (the SDK retries throttling and 5xx).
pub async fn publish(sns: &aws_sdk_sns::Client, topic: &str, m: &SnsMessage) -> Result<(), String> {
    let mut req = sns
        .publish()
        .topic_arn(topic)
        .subject(&m.subject)
        .message(&m.body);
    for (k, v) in &m.attributes {
        if let Ok(attr) = MessageAttributeValue::builder()
            .data_type("String")
            .string_value(v)
            .build()
        {
            req = req.message_attributes(k, attr);
        }
    }
    req.send().await.map(|_| ()).map_err(|e| {
        use aws_sdk_sns::error::ProvideErrorMetadata;
        format!(
            "SNS publish failed: {}",
            e.as_service_error()
                .and_then(|s| s.code().map(str::to_string))
                .unwrap_or_else(|| crate::sdk_error::plain(&e).to_string())
        )
    })
}
