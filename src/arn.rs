//! Amazon Resource Names, read in one place: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`.
//! Events, API answers and users name resources by ARN; every part the code needs (the task's
//! region and account, a role's name, a cluster's) is read through [`Arn`], never by counting
//! colons at the call site.

/// A parsed ARN, borrowing the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arn<'a> {
    pub partition: &'a str,
    pub service: &'a str,
    /// Empty for global services (IAM).
    pub region: &'a str,
    /// Empty for AWS-owned resources of some services (S3 buckets).
    pub account: &'a str,
    /// Everything after the fifth colon: `task/CLUSTER/ID`, `role/PATH/NAME`,
    /// `secret:NAME-AbCdEf` (and the JSON key a task may add: `…:password::`).
    pub resource: &'a str,
}

impl<'a> Arn<'a> {
    /// The ARN `text` is, or `None` when it is not one.
    pub fn parse(text: &'a str) -> Option<Arn<'a>> {
        let mut parts = text.trim().splitn(6, ':');
        if parts.next()? != "arn" {
            return None;
        }
        let arn = Arn {
            partition: parts.next()?,
            service: parts.next()?,
            region: parts.next()?,
            account: parts.next()?,
            resource: parts.next()?,
        };
        (!arn.partition.is_empty() && !arn.service.is_empty()).then_some(arn)
    }

    /// The region, when the ARN names one.
    pub fn region(&self) -> Option<&'a str> {
        Some(self.region).filter(|r| !r.is_empty())
    }

    /// The account, when the ARN names one.
    pub fn account(&self) -> Option<&'a str> {
        Some(self.account).filter(|a| !a.is_empty())
    }

    /// The resource's type: `task`, `role`, `secret`, `targetgroup`.
    pub fn kind(&self) -> &'a str {
        self.resource
            .split(['/', ':'])
            .next()
            .unwrap_or(self.resource)
    }

    /// The resource's last path segment: a task id, a role or cluster name.
    pub fn name(&self) -> &'a str {
        self.resource.rsplit('/').next().unwrap_or(self.resource)
    }
}

/// The region of `text` when it is an ARN naming one.
pub fn region_of(text: Option<&str>) -> Option<String> {
    text.and_then(Arn::parse)
        .and_then(|a| a.region())
        .map(str::to_string)
}

/// The account of `text` when it is an ARN naming one.
pub fn account_of(text: Option<&str>) -> Option<String> {
    text.and_then(Arn::parse)
        .and_then(|a| a.account())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parts_of_real_arns() {
        let t = Arn::parse("arn:aws:ecs:eu-west-1:123456789012:task/prod/0123abcd").unwrap();
        assert_eq!(
            (t.service, t.region(), t.account(), t.kind(), t.name()),
            (
                "ecs",
                Some("eu-west-1"),
                Some("123456789012"),
                "task",
                "0123abcd"
            )
        );
        let r = Arn::parse("arn:aws:iam::123456789012:role/service-role/exec").unwrap();
        assert_eq!((r.region(), r.kind(), r.name()), (None, "role", "exec"));
        let s = Arn::parse("arn:aws-cn:secretsmanager:cn-north-1:1:secret:db-AbCdEf:password::")
            .unwrap();
        assert_eq!((s.partition, s.kind()), ("aws-cn", "secret"));
        assert_eq!(s.resource, "secret:db-AbCdEf:password::");
        for not in [
            "",
            "arn",
            "arn:aws",
            "task/prod/1",
            "urn:aws:ecs:r:a:x",
            "arn::ecs:r:a:x",
        ] {
            assert!(Arn::parse(not).is_none(), "{not}");
        }
    }
}
