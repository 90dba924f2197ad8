//! [`Fault`]: what `POST /_emulator/faults` (and [`super::Emulator::inject`]) asks the
//! emulator to answer instead of acting, or how late, and the bounds it is checked against:
//! a status only where the spec declares it (and `Retry-After` only where the spec gives that
//! status one), so that no fault makes the emulator answer outside its contract.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

/// A fault the emulator applies to the next `count` authenticated API requests (to one
/// operation, or any), so that clients can be tested against rate limits, server errors and
/// slow answers (`POST /_emulator/faults` takes the same fields as JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fault {
    /// Answer this status instead of acting: nothing is created. One the spec declares for
    /// every operation the fault applies to (400, 401, 403, 404, 408, 413, 415, 429, 500 or
    /// 503; 409 too for `createApiKeyAccessListEntries` alone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// With `status` 429 or 503 (the answers the spec gives one): the `Retry-After` header,
    /// in seconds (at most a day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Without `status`: act (create the key), then wait this long before answering, as a
    /// server that did the work but whose answer is late (at most 60,000).
    #[serde(default)]
    pub delay_ms: u64,
    /// How many requests it applies to (1 to 1,000).
    pub count: u32,
    /// Only requests to this operation (its `operationId`, such as
    /// `createApiKeyAccessListEntries`); any operation when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
}

/// The spec's `operationId`s, which [`Fault::operation`] may name.
pub(crate) const OPERATIONS: [&str; 5] = [
    "createOrgApiKey",
    "createProjectApiKey",
    "createAgentApiKey",
    "createUserApiKey",
    "createApiKeyAccessListEntries",
];

impl Fault {
    /// Most requests one fault may apply to.
    pub const MAX_COUNT: u32 = 1000;
    /// Longest delay, in milliseconds.
    pub const MAX_DELAY_MS: u64 = 60_000;
    /// Longest `Retry-After`, in seconds.
    pub const MAX_RETRY_AFTER: u64 = 86_400;
    /// Most faults waiting at once (each for up to [`Fault::MAX_COUNT`] requests).
    pub const MAX_QUEUED: usize = 1000;

    /// Why the emulator would refuse this fault, if it would.
    pub fn check(&self) -> Result<(), String> {
        if !(1..=Self::MAX_COUNT).contains(&self.count) {
            return Err(format!(
                "count must be 1 to {}, not {}",
                Self::MAX_COUNT,
                self.count
            ));
        }
        if self.delay_ms > Self::MAX_DELAY_MS {
            return Err(format!(
                "delayMs must be at most {} (60 s), not {}",
                Self::MAX_DELAY_MS,
                self.delay_ms
            ));
        }
        if let Some(name) = self
            .operation
            .as_deref()
            .filter(|n| !OPERATIONS.contains(n))
        {
            return Err(format!(
                "operation {name:?} is not one of the spec's operationIds: {}",
                OPERATIONS.join(", ")
            ));
        }
        self.check_status()
    }

    /// `status` and `retryAfter`: an error status the spec declares where the fault applies,
    /// and a `Retry-After` only with a status whose answer the spec gives one.
    fn check_status(&self) -> Result<(), String> {
        let operation = self.operation.as_deref();
        let declared = declared(operation, None);
        match (self.status, self.retry_after) {
            (Some(status), _) if !(400..=599).contains(&status) => Err(format!(
                "status must be an error status, 400 to 599, not {status}"
            )),
            (Some(status), _) if !declared.contains(&status) => Err(format!(
                "status {status} is not one the spec declares for {}: {}",
                operation.unwrap_or("every operation"),
                comma_separated(&declared)
            )),
            (Some(_), _) if self.delay_ms > 0 => Err(
                "give status or delayMs, not both: a refused request is answered at once".into(),
            ),
            (None, Some(_)) => Err("retryAfter needs a status (429 or 503, say)".into()),
            (Some(status), Some(_)) if !declared_with_retry_after(operation).contains(&status) => {
                Err(format!(
                    "retryAfter goes only with a status whose answer the spec gives a \
                     Retry-After header: {}, not {status}",
                    comma_separated(&declared_with_retry_after(operation))
                ))
            }
            (_, Some(seconds)) if seconds > Self::MAX_RETRY_AFTER => Err(format!(
                "retryAfter must be at most {} seconds, not {seconds}",
                Self::MAX_RETRY_AFTER
            )),
            _ => Ok(()),
        }
    }

    /// Whether it applies to a request to `operation` (its `operationId`).
    pub(crate) fn applies_to(&self, operation: Option<&str>) -> bool {
        self.operation.is_none() || self.operation.as_deref() == operation
    }
}

/// The statuses whose answer declares `Retry-After` where a fault for `operation` applies.
fn declared_with_retry_after(operation: Option<&str>) -> Vec<u16> {
    declared(operation, Some("Retry-After"))
}

/// `statuses` for a message: `429, 503`.
fn comma_separated(statuses: &[u16]) -> String {
    let texts: Vec<String> = statuses.iter().map(u16::to_string).collect();
    texts.join(", ")
}

/// An operation's declared error responses: each status, and the headers its answer declares.
type Declared = Vec<(u16, Vec<String>)>;

/// The error statuses (400 and up) the spec declares for `operation`, or for every operation
/// when `None`, whose answer declares `header` when one is named; empty for an unknown
/// operation (which [`Fault::check`] refuses by name).
fn declared(operation: Option<&str>, header: Option<&str>) -> Vec<u16> {
    static BY_OPERATION: LazyLock<Vec<(String, Declared)>> = LazyLock::new(|| {
        let spec = crate::spec::openapi_json();
        let resolve = |value: &serde_json::Value| match value["$ref"].as_str() {
            Some(name) => spec.pointer(name.trim_start_matches('#')).cloned(),
            None => Some(value.clone()),
        };
        let items = spec["paths"]
            .as_object()
            .into_iter()
            .flat_map(|p| p.values());
        let operations = items
            .filter_map(|item| item.as_object())
            .flat_map(|o| o.values());
        operations
            .filter_map(|operation| {
                let id = operation["operationId"].as_str()?.to_owned();
                let responses = operation["responses"].as_object()?.iter();
                let errors = responses.filter_map(|(status, response)| {
                    let status = status.parse().ok().filter(|s| *s >= 400)?;
                    let response = resolve(response)?;
                    let headers = response["headers"].as_object().into_iter().flatten();
                    Some((status, headers.map(|(name, _)| name.clone()).collect()))
                });
                Some((id, errors.collect()))
            })
            .collect()
    });
    let statuses = |declared: &Declared| -> Vec<u16> {
        let with = |headers: &Vec<String>| header.is_none_or(|h| headers.iter().any(|n| n == h));
        declared
            .iter()
            .filter(|(_, headers)| with(headers))
            .map(|(status, _)| *status)
            .collect()
    };
    match operation {
        Some(name) => BY_OPERATION
            .iter()
            .find(|(id, _)| id == name)
            .map(|(_, declared)| statuses(declared))
            .unwrap_or_default(),
        None => {
            let mut all = BY_OPERATION
                .first()
                .map(|(_, declared)| statuses(declared))
                .unwrap_or_default();
            all.retain(|s| BY_OPERATION.iter().all(|(_, d)| statuses(d).contains(s)));
            all
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Faults each out of bounds in one way, starting from `ok`: (fault, what the error names).
    fn out_of_bounds(ok: &Fault) -> [(Fault, &'static str); 7] {
        [
            (
                Fault {
                    count: 4_294_967_295,
                    ..ok.clone()
                },
                "count",
            ),
            (
                Fault {
                    count: 0,
                    ..ok.clone()
                },
                "count",
            ),
            (
                Fault {
                    status: Some(200),
                    ..ok.clone()
                },
                "status",
            ),
            (
                Fault {
                    status: Some(600),
                    ..ok.clone()
                },
                "status",
            ),
            (
                Fault {
                    retry_after: Some(86_401),
                    ..ok.clone()
                },
                "retryAfter",
            ),
            (
                Fault {
                    status: None,
                    retry_after: None,
                    delay_ms: 60_001,
                    count: 1,
                    operation: None,
                },
                "delayMs",
            ),
            (
                Fault {
                    operation: Some("createOrgKey".into()),
                    ..ok.clone()
                },
                "createOrgApiKey",
            ),
        ]
    }

    #[test]
    fn faults_are_bounded() {
        let ok = Fault {
            status: Some(429),
            retry_after: Some(1),
            count: 2,
            ..Fault::default()
        };
        assert_eq!(ok.check(), Ok(()));
        for (bad, why) in out_of_bounds(&ok) {
            let error = bad.check().unwrap_err();
            assert!(error.contains(why), "{bad:?}: {error}");
        }
    }

    #[test]
    fn statuses_and_retry_after_only_where_the_spec_declares_them() {
        let fault = |status: u16, retry_after: Option<u64>, operation: Option<&str>| Fault {
            status: Some(status),
            retry_after,
            count: 1,
            operation: operation.map(str::to_owned),
            ..Fault::default()
        };
        for status in [400, 401, 403, 404, 408, 413, 415, 429, 500, 503] {
            assert_eq!(fault(status, None, None).check(), Ok(()), "{status}");
        }
        for status in [402, 405, 409, 418, 502, 504, 599] {
            let error = fault(status, None, None).check().unwrap_err();
            assert!(error.contains("every operation"), "{status}: {error}");
        }
        let access_list = Some("createApiKeyAccessListEntries");
        assert_eq!(fault(409, None, access_list).check(), Ok(()));
        for status in [429, 503] {
            assert_eq!(fault(status, Some(5), None).check(), Ok(()), "{status}");
        }
        let error = fault(500, Some(5), None).check().unwrap_err();
        assert!(
            error.contains("Retry-After header: 429, 503, not 500"),
            "{error}"
        );
    }
}
