//! Which stopped tasks are worth a message. Pure: the event's fields in, a decision out.

use super::config::Config;
use crate::catalogue::id;
use crate::render::Severity;
use crate::target::event::TaskDetail;

/// Whether a stopped task is worth a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Triage {
    Notify(Severity),
    Ignore(String),
}

/// Pure: failures are notified; expected stops (user, scale-in, deployment) are not by default;
/// Spot and host loss are informational; a standalone job whose essential containers exited 0
/// succeeded. The stop code is inferred when the event has none ([`crate::stop`]), and exits
/// that ECS caused by stopping the task (a sidecar's 143) never count as failures.
pub fn triage(d: &TaskDetail, config: &Config) -> Triage {
    if d.last_status.as_deref() != Some("STOPPED") {
        return Triage::Ignore(format!(
            "lastStatus is {}: the task has not stopped",
            d.last_status.as_deref().unwrap_or("missing")
        ));
    }
    let stop = crate::stop::analyze(&d.to_task(), None);
    let expected = |why: &str| {
        if config.notify_expected {
            Triage::Notify(Severity::Info)
        } else {
            Triage::Ignore(format!("expected stop: {why}"))
        }
    };
    match stop.stop_code.as_deref() {
        Some("TaskFailedToStart") => Triage::Notify(Severity::Error),
        Some("EssentialContainerExited") => match stop.ending {
            crate::stop::Ending::Succeeded => Triage::Ignore(format!(
                "{}{}",
                stop.summary,
                if stop.stop_code_inferred {
                    " (stopCode inferred)"
                } else {
                    ""
                }
            )),
            _ => Triage::Notify(Severity::Error),
        },
        Some("SpotInterruption" | "TerminationNotice" | "InfrastructureHealth") => {
            if config.notify_spot {
                Triage::Notify(Severity::Info)
            } else {
                Triage::Ignore("Spot or host loss (NOTIFY_SPOT_AND_HOST=false)".into())
            }
        }
        Some("UserInitiated") => expected("stopped by a user"),
        Some("ServiceSchedulerInitiated")
            if crate::stop::failed_health_checks(d.stopped_reason.as_deref()) =>
        {
            Triage::Notify(Severity::Error)
        }
        Some("ServiceSchedulerInitiated") => expected("scale-in or deployment"),
        code => {
            let reasons = d.container_reasons();
            let c = crate::classify::classify_task(&reasons, d.stopped_reason.as_deref(), code);
            match c.classification.candidates.first().copied() {
                Some(id::EXPECTED_STOP) => expected("stopped on purpose"),
                Some(id::INFRA_SPOT_OR_HOST) if !config.notify_spot => {
                    Triage::Ignore("Spot or host loss".into())
                }
                first => Triage::Notify(
                    first
                        .and_then(crate::catalogue::cause)
                        .map_or(Severity::Error, |c| c.severity),
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> Config {
        Config::from_lookup(|k| {
            (k == "SNS_TOPIC_ARN").then(|| "arn:aws:sns:us-east-1:1:t".to_string())
        })
        .unwrap()
    }

    fn detail(stop_code: &str, reason: &str, exit: Option<i64>) -> TaskDetail {
        serde_json::from_value(serde_json::json!({
            "lastStatus": "STOPPED", "stopCode": stop_code, "stoppedReason": reason,
            "containers": [{"name": "app", "exitCode": exit}]
        }))
        .unwrap()
    }

    #[test]
    fn triage_follows_the_stop_code() {
        let c = cfg();
        assert_eq!(
            triage(&detail("TaskFailedToStart", "x", None), &c),
            Triage::Notify(Severity::Error)
        );
        assert_eq!(
            triage(
                &detail(
                    "EssentialContainerExited",
                    "Essential container in task exited",
                    Some(1)
                ),
                &c
            ),
            Triage::Notify(Severity::Error)
        );
        assert!(matches!(
            triage(
                &detail(
                    "EssentialContainerExited",
                    "Essential container in task exited",
                    Some(0)
                ),
                &c
            ),
            Triage::Ignore(_)
        ));
        assert!(matches!(
            triage(&detail("UserInitiated", "Task stopped by user", None), &c),
            Triage::Ignore(_)
        ));
        assert!(matches!(
            triage(
                &detail(
                    "ServiceSchedulerInitiated",
                    "Scaling activity initiated by (deployment ecs-svc/1)",
                    None
                ),
                &c
            ),
            Triage::Ignore(_)
        ));
        assert_eq!(
            triage(
                &detail(
                    "ServiceSchedulerInitiated",
                    "Task failed ELB health checks in (target-group x)",
                    None
                ),
                &c
            ),
            Triage::Notify(Severity::Error)
        );
        assert_eq!(
            triage(
                &detail("SpotInterruption", "Your Spot Task was interrupted.", None),
                &c
            ),
            Triage::Notify(Severity::Info)
        );
        let mut running = detail("TaskFailedToStart", "x", None);
        running.last_status = Some("RUNNING".into());
        assert!(matches!(triage(&running, &c), Triage::Ignore(_)));
        let loud = Config {
            notify_expected: true,
            ..cfg()
        };
        assert_eq!(
            triage(
                &detail("UserInitiated", "Task stopped by user", None),
                &loud
            ),
            Triage::Notify(Severity::Info)
        );
    }
}
